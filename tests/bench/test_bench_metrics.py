"""The metric definitions, on hand-computed examples."""

from __future__ import annotations

import pytest

from extractor.bench import metrics
from extractor.bench.aggregate import CaseRecord, bootstrap_ci, percentile, summarize
from extractor.bench.corpus import Gold
from extractor.bench.scoring import score_outputs

approx = pytest.approx


def test_tokens_nfkc_casefold_and_punctuation():
    # NFKC turns full-width letters, ligatures and half-width kana into their plain forms
    assert metrics.tokenize("Hello, World! Ｆｏｏ_bar ﬁne Straße １２,５") == [
        "hello", "world", "foo", "bar", "fine", "strasse", "12", "5"]


def test_tokens_cjk_one_per_character_hangul_by_word():
    assert metrics.tokenize("你好，世界！") == ["你", "好", "世", "界"]
    assert metrics.tokenize("iPhone手机ｶﾀカナ・ひらがな") == ["iphone", "手", "机", "カ", "タ", "カ", "ナ",
                                                          "ひ", "ら", "が", "な"]
    assert metrics.tokenize("한국어 문장입니다.") == ["한국어", "문장입니다"]


def test_shingles_of_four_and_short_documents():
    assert metrics.shingles(list("abcde")) == {("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1}
    assert metrics.shingles(["a", "b"]) == {("a", "b"): 1}
    assert metrics.shingles([]) == {}


def test_bag_and_shingle_scores_by_hand():
    out, gold = metrics.tokenize("a b c d e"), metrics.tokenize("a b c d f")
    bag = metrics.prf(metrics.bag(out), metrics.bag(gold))
    assert (bag.precision, bag.recall, bag.f1) == approx((0.8, 0.8, 0.8))
    sh = metrics.prf(metrics.shingles(out), metrics.shingles(gold))
    assert (sh.precision, sh.recall, sh.f1) == approx((0.5, 0.5, 0.5))


def test_multiset_overlap_counts_repeats_once_each():
    bag = metrics.prf(metrics.bag(["a", "a", "a"]), metrics.bag(["a"]))
    assert (bag.precision, bag.recall, bag.f1) == approx((1 / 3, 1.0, 0.5))
    # both under four tokens: each document is one shingle, and they differ
    assert metrics.prf(metrics.shingles(["a", "a", "a"]), metrics.shingles(["a"])).f1 == 0.0


@pytest.mark.parametrize(("output", "gold", "expected"), [
    ("", "", 1.0), ("...", "", 1.0), ("", "some gold", 0.0), ("some output", "", 0.0)])
def test_empty_cases(output, gold, expected):
    scores = score_outputs(Gold(text=gold), {"x": output})["x"]
    assert (scores.shingle.precision, scores.shingle.recall, scores.shingle.f1) == (expected,) * 3
    assert scores.bag.f1 == expected


def test_snippets_whitespace_collapsed_and_case_sensitive():
    s = metrics.snippet_score("Alpha beta\n\ngamma   delta", ["beta gamma", "Alpha", "alpha", "missing"],
                              ["delta", "nope", "   "])
    assert (s.with_found, s.with_total, s.without_absent, s.without_total) == (2, 4, 1, 2)
    assert (s.with_share, s.without_share, s.score) == approx((0.5, 0.5, 0.5))


def test_paragraph_rate_counts_whole_gold_paragraphs():
    gold = "One two.\n\nThree   four.\n\nFive."
    assert metrics.paragraph_rate("One two. Three four.\n\nSix", gold) == approx(2 / 3)
    assert metrics.paragraph_rate("anything", "  \n\n ") is None


def test_leaked_and_missed_ignore_hard_wraps():
    leaked, missed = metrics.leaked_and_missed("一二三四五六\n\n广告", "一二三\n四五六\n\n七八")
    assert leaked == ["广告"]
    assert missed == ["七八"]


def _record(p: float, r: float, corpus: str = "c") -> CaseRecord:
    from extractor.bench.scoring import Scores

    prf = metrics.PRF(p, r, metrics.f1(p, r))
    return CaseRecord(corpus, f"{p}-{r}", "x", "ok", None, 0.01, 100, "en", "html", None,
                      Scores(shingle=prf, bag=prf, paragraphs=1.0))


def test_mean_f1_and_zyte_f1_differ_as_defined():
    s = summarize([_record(1.0, 0.5), _record(0.5, 1.0)])
    assert s.f1 == approx(2 / 3)          # mean of the per-document F1s
    assert s.zyte_f1 == approx(0.75)      # F1 of mean precision 0.75 and mean recall 0.75
    assert s.headline == s.f1


def test_bootstrap_is_reproducible_and_brackets_the_mean():
    values = [0.1, 0.4, 0.5, 0.9, 0.95, 0.3, 0.7]
    low, high = bootstrap_ci(values)
    assert low < sum(values) / len(values) < high
    assert bootstrap_ci(values) == (low, high)
    assert bootstrap_ci([]) is None


def test_percentile_interpolates():
    assert percentile([1, 2, 3, 4, 5], 50) == 3
    assert percentile([0, 10], 95) == approx(9.5)
