"""KindMatcher / TokenMatcher give exactly the first matching pattern set, as trying every set does."""

from __future__ import annotations

import random
import re

import pytest
from corpus_paths import shared_files

from extractor import patterns
from extractor.patterns.base import PatternSet, lines
from extractor.patterns.matcher import KindMatcher, TokenMatcher
from extractor.patterns.regex_facts import ASCII_PARTNERS, required_literal


def _naive(sets, which, text):
    for ps in sets:
        if ps.matches_line(text) if which == "lines" else ps.matches_head(text):
            return ps.kind
    return None


def _check(sets, texts, which="lines"):
    # with the prefilter's scan, and with the filters read from the patterns alone
    for matcher in (KindMatcher(sets, which), KindMatcher(sets, which, prefilter=False)):
        for text in texts:
            want = _naive(sets, which, text)
            assert matcher._kind(text) == want, (which, text)
            assert matcher.kind(text) == want, (which, text)  # through the per-text cache
            assert matcher.kind(text) == want, (which, text)


BACKREF = PatternSet(kind="backref", lines=lines(r"(a)\1x", r"bb"))  # tried as a union, never analysed
TRICKY = PatternSet(kind="tricky", lines=lines(
    r"(?-i:CaSe) only",  # inline flag change: analysed as "any first character"
    r"x?",  # matches the empty text (and "\n")
    r"[^a]b",  # negated class under IGNORECASE
    r"\d{1,3}",
    r"(?:foo|)bar{0,2}",
    r"(?=look)lookahead.{0,3}",
    r"(?:ab){0,3}c",
    r"(?:|q|qq){2,5}z",
    r"(?:m|){0,3}n",
    r"ſtreet|kelvin",  # characters with unusual case partners
    r"热门|hot news",  # one alternative cannot occur in an ASCII text, the other can
    r"总统.{0,5}",  # cannot match an ASCII text at all
    r"\d+ ſtreets|İtem \d",  # non-ASCII literals an ASCII text can match (long s, dotted I)
    r"\u212aelvin \d+",  # the Kelvin sign matches k and K
    r"café…|naïve “news”",  # non-ASCII literals: cased ones end a required string, uncased ones belong to it
    r"σοφία|µmeter\d|ασ xyz",  # the micro sign's partner mu; a capital sigma lower-cased to a final one
    r"x.{0,3}(?:ß|straße)",  # ß and its capital
    r"[^|]{1,4}(?:\s*[|·•]\s*[^|]{1,4}){2,}",  # a menu line: rare separators gate the pattern
))
PLAIN = PatternSet(kind="plain", lines=lines(r"share(?: this)?", r".{0,20}\.\.\.", r"©.*"), max_chars=30,
                   heads=lines(r"related(?: posts)?", r"热门"))
SAMPLES = ["", "\n", "x", "x\n", "xx", "Ab", "ab", "AB", "bb", "\nb", "7", "7\n", "123", "1234", "bar", "foobarr",
           "CaSe only", "case only", "lookahead!!", "look", "c", "ababc", "ABABABc", "abababab c", "z", "qz", "qqqqz",
           "qqqqqqqqqqqz", "n", "mn", "mmn", "mmmn", "mmmmn", "street", "STREET", "ſtreet", "ſTREET", "kelvin", "\u212aelvin", "İ", "HOT NEWS", "hot news", "热门", "总统abc",
           "12 streets", "12 ſtreets", "12 STREETS", "item 4", "ITEM 4", "İtem 4", "kelvin 5", "KELVIN 5", "\u212aelvin 5", "Share", "SHARE THIS",
           "share this\n", "wait...", "wait…", "© 2024", "(c) 2024", "Related", "RELATED POSTS", "热门", " related",
           "café…", "CAFÉ…", "Café…", "cafe…", "naïve “news”", "NAÏVE “NEWS”", "naïve \"news\"", "σοφία", "ΣΟΦΊΑ",
           "σοφίας", "µmeter1", "μmeter1", "ΜMETER1", "ΑΣ XYZ", "ασ xyz", "ας xyz", "xstraße", "XSTRASSE", "xSTRAẞE", "x ẞ", "a | b | c", "a·b·c", "a • b",
           "a / b / c", "“a” | b | c"]


def test_tricky_constructs():
    rng = random.Random(11)
    texts = SAMPLES + ["".join(rng.choice("abxqzmn7 .\nſKkİı©c") for _ in range(rng.randint(0, 8))) for _ in range(3000)]
    texts += ["".join(rng.choice(["caf", "é", "É", "…", "naïve ", "“news”", "NEWS", "σ", "Σ", "ς", "οφία", "µ", "μ",
                                  "m1", "x", "ß", "ẞ", "stra", "SS", "e", "|", "·", " ", "•", "a", "K", "ı"])
                       for _ in range(rng.randint(0, 7))) for _ in range(4000)]
    _check((TRICKY, PLAIN), texts)
    _check((PLAIN, TRICKY), texts)
    _check((PLAIN, BACKREF, TRICKY), texts)
    _check((PLAIN, TRICKY), texts, "heads")
    assert len(KindMatcher((TRICKY,), "lines")._entries) == len(TRICKY.lines)  # every pattern analysed
    assert KindMatcher((BACKREF,), "lines")._whole


def _bundled_texts():
    rng = random.Random(5)
    texts = list(SAMPLES)
    words = ["share", "Share this:", "Facebook", "twitter", "related", "Home", "By", "Date:", "2023-10-18", "AFP",
             "Reuters", "All rights reserved", "comments", "Read more", "sign up", "newsletter", "...", "…", "热门",
             "相关", "Menu", "ſhare", "K", "İ", "12", "|", ">", "»", "：", "(", ")", "首页", "责任编辑", "编辑", "分享到"]
    for _ in range(4000):
        texts.append(" ".join(rng.choice(words) for _ in range(rng.randint(1, 6))))
        texts.append("".join(rng.choice("abcdefghijklmnoprstuvwxyz SHAREK.:/|>-()0123456789年月日分享到首页…©\n")
                             for _ in range(rng.randint(0, 40))))
    for path in shared_files("*/cases/*.txt")[::25]:
        with open(path, encoding="utf-8", errors="replace") as handle:
            texts.extend(line.strip() for line in handle)
    return texts


def test_bundled_pattern_sets():
    texts = _bundled_texts()
    _check(patterns.ALL, texts, "lines")
    _check(patterns.ALL, [t.strip(" :：>»#*-—_|[]【】") for t in texts], "heads")


def test_public_functions_agree_with_trying_every_set():
    for text in _bundled_texts()[:3000]:
        assert patterns.line_kind(text) == _naive(patterns.ALL, "lines", text)
        assert patterns.head_kind(text) == _naive(patterns.ALL, "heads", text.strip(" :：>»#*-—_|[]【】"))


@pytest.mark.parametrize("tokens", [(), ("share",), ("nav", "share"), ("comments", "related", "footer"),
                                    ("story", "body"), ("byline", "promo", "ad"), ("teaser", "hot")])
def test_token_matcher(tokens):
    want = next((ps.kind for ps in patterns.ALL if ps.matches_tokens(tokens)), None)
    matcher = TokenMatcher(patterns.ALL)
    assert matcher.kind(tokens) == want and matcher.kind(tokens) == want  # the second from its cache
    assert matcher.kind(list(tokens)) == want  # unhashable: not cached, same answer
    assert patterns.token_kind(frozenset(tokens)) == want


@pytest.mark.parametrize("source, flags, literal", [
    (r"(?m)^Current:\s*Home\s*>", 0, "Current:"),
    (r"(?m)^\d{4}-\d{2}-\d{2} \d{2}:\d{2}", 0, "-"),
    ("原文链接（需翻墙）", 0, "原文链接（需翻墙）"),
    (r'data-selfpromo-(?:newsletter|app)', 0, "data-selfpromo-"),
    (r"a\bb|c", 0, None),
    (r"(?i)Current:", 0, None),
    (r"Current:", re.I, None),
    (r"x?yz", 0, "yz"),
    (r"ab+c", 0, "a"),
])
def test_required_literal(source, flags, literal):
    pattern = re.compile(source, flags)
    assert required_literal(pattern) == literal
    rng = random.Random(1)
    pieces = ["Current:", " Home >", "\n", "2024-01-02 10:11", "原文链接（需翻墙）", "data-selfpromo-app", "ab", "c",
              "xyz", "abbbc", "CURRENT:", "x"]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        if pattern.search(text) and literal is not None:
            assert literal in text


def test_ascii_partners_are_every_character_matching_or_lowering_to_an_ascii_letter():
    # the wide string filter (regex_facts._substrings(wide=True)) holds for texts without these
    letters = re.compile("[a-z]", re.I)
    found = {chr(c) for c in range(128, 0x110000)
             if letters.match(chr(c)) or any(ord(x) < 128 for x in chr(c).lower())}
    assert found == set(ASCII_PARTNERS)


def test_texts_with_curly_quotes_are_filtered_by_the_strings_a_match_needs():
    # without the prefilter's scan, every text is ruled out by the filters read from the patterns;
    # they are worked out on the first text (not at import: a process that scans never needs them)
    matcher = KindMatcher(patterns.ALL, "lines", prefilter=False)
    assert all(e.first is None and e.wide_substrings is None for e in matcher._entries)
    for text in ("“Share this” on Facebook", "It’s here – all rights reserved", "Read more…", "版权所有 © 2024",
                 "首页 | 新闻 | 体育 | 财经", "Home · News · Sport · Business", "Naïve «text» – nothing"):
        assert matcher._kind(text) == _naive(patterns.ALL, "lines", text)
    assert any(e.wide_substrings for e in matcher._entries)
    assert any(e.required is not None for e in matcher._entries)


RUNS = PatternSet(kind="runs", lines=lines(
    r".{0,10}(?<!\d)\d{4}[-/.]\d{1,2}",  # four digits in a row required (one digit is in many texts)
    r"(?:x|y)\d{2}z|\d{3}q",  # a run in every branch
    r"[|·]{2,}.{0,5}",  # a run of a class
    r"a{9,12}",  # a run longer than MAX_RUN
    r"(?:ab){2}c",  # a repeated group: no run, its own requirement
    r"long enough to need twenty",  # min_len: shorter texts are never tried
    r"(?:)|.{3}",  # may match the empty text
), max_chars=40)


def test_required_runs_and_lengths():
    rng = random.Random(12)
    texts = ["", "\n", "2024-1", "x2024-12", "x20245-1", "x12z", "912q", "||", "·|ab", "aaaaaaaaa", "aaaaaaaaaaaa",
             "ababc", "long enough to need twenty", "long enough to need twenty\n", "abc"]
    texts += ["".join(rng.choice("0123456789-/.xyzqa|·b c\n") for _ in range(rng.randint(0, 30))) for _ in range(20_000)]
    _check((RUNS, PLAIN), texts)
    _check((PLAIN, RUNS, TRICKY), texts)
    matcher = KindMatcher((RUNS,), "lines", prefilter=False)
    matcher.kind("x")  # (the filters are worked out for the first text they are needed for)
    assert "{4}" in matcher._entries[0].required.pattern  # four digits, not one
    assert matcher._entries[5].min_len == len("long enough to need twenty")
