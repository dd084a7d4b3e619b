"""A whole run: crashes, deaths and hangs are listed and scored as empty; the run completes."""

from __future__ import annotations

import pytest
from conftest import TIMEOUT

from extractor.bench import score_corpus


def _records(result, extractor):
    return {r.case: r for r in result.records if r.extractor == extractor}


def test_crash_and_hang_are_listed_as_empty_output_and_the_run_completes(tiny_result):
    fake = _records(tiny_result, "fake")
    assert fake["crash"].status == "error" and "fake extractor crashed" in fake["crash"].error
    assert fake["hang"].status == "timeout" and fake["hang"].seconds is None
    assert fake["crash"].scores.shingle.f1 == 0.0 and fake["hang"].scores.shingle.f1 == 0.0
    assert tiny_result.output("fake", "tiny", "hang") == ""
    # the cases after the hang still ran, in a replacement worker
    assert all(fake[c].status == "ok" for c in ("a1", "t1", "zh1", "s1"))
    assert fake["a1"].scores.shingle.f1 == pytest.approx(1.0)
    listed = {(r.extractor, r.case, r.status) for r in tiny_result.failures}
    assert {("fake", "crash", "error"), ("fake", "hang", "timeout"), ("dies", "crash", "crash")} <= listed


def test_a_worker_that_dies_is_replaced(tiny_result):
    dies = _records(tiny_result, "dies")
    assert dies["crash"].status == "crash" and "exit code 3" in dies["crash"].error
    assert dies["a1"].status == "ok" and dies["zh1"].status == "ok"


def test_sentinels_bound_the_scores(tiny_result):
    nothing = tiny_result.summary("tiny", "nothing")
    everything = tiny_result.summary("tiny", "everything")
    assert nothing.f1 == 0.0 and nothing.with_share == 0.0 and nothing.without_share == 1.0
    assert everything.with_share == 1.0 and everything.without_share == 0.0    # the nav holds "Mehr lesen"
    assert 0.3 < everything.f1 < 1.0                                           # boilerplate costs precision
    # for a text rendition, "everything" is the input itself; for HTML, visible text without scripts
    assert tiny_result.output("everything", "tiny", "t1").startswith("Home | World")
    html_text = tiny_result.output("everything", "tiny", "a1")
    assert "Budget approved" in html_text and "hidden" not in html_text and "\n" in html_text


def test_speed_and_memory_figures(tiny_result):
    speed = tiny_result.speeds["fake"]
    assert speed.docs == 5 and speed.timeouts == 1 and speed.errors == 1    # the timeout has no time
    assert speed.ms_median is not None and speed.ms_median < TIMEOUT * 1000
    assert speed.docs_per_s > 0 and speed.mb_per_s > 0 and speed.jobs == 2
    assert speed.peak_rss_mb is not None and speed.peak_rss_mb >= 0


def test_groupings_cover_format_site_and_language(tiny_result):
    grouped = tiny_result.grouped
    assert grouped["format"][("text", "fake")].n == 1
    assert grouped["site"][("example.com", "fake")].n == 1
    assert grouped["lang"][("zh", "fake")].f1 == pytest.approx(1.0)
    assert grouped["lang"][("de", "fake")].with_share == 1.0


def test_score_corpus_takes_a_plain_function(tiny_corpus):
    result = score_corpus(tiny_corpus, {"first-100": lambda data, url: data[:100]}, timeout=10)
    assert result.extractors == ("first-100",)
    summary = result.summary("tiny", "first-100")
    assert summary.n == len(tiny_corpus.cases) and summary.failures == 0
    assert result.output("first-100", "tiny", "a1") == tiny_corpus.cases[0].path.read_text()[:100]


def test_an_input_that_vanishes_after_loading_is_an_error_not_a_crash(tmp_path):
    from bench_helpers import news_corpus

    from extractor.bench import load_corpus

    corpus = load_corpus(news_corpus(tmp_path))
    corpus.cases[0].path.unlink()
    result = score_corpus(corpus, {"same": lambda data, url: data}, timeout=10)
    record = next(r for r in result.records if r.case == corpus.cases[0].id)
    assert record.status == "error" and "cannot read the input" in record.error
    assert all(r.status == "ok" for r in result.records if r is not record)
