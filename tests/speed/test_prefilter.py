"""The Hyperscan prefilter names every pattern that matches a text (and maybe more), so KindMatcher
stays exact; where it cannot answer, the matcher rules patterns out itself."""

from __future__ import annotations

import re

import hyperscan
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor import patterns
from extractor.patterns import prefilter
from extractor.patterns.matcher import KindMatcher
from extractor.patterns.prefilter import Prefilter, translate

from test_pattern_matcher import BACKREF, PLAIN, RUNS, SAMPLES, TRICKY, _bundled_texts, _check, _naive

EVERY_CHARACTER = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
FLAGS = (hyperscan.HS_FLAG_CASELESS | hyperscan.HS_FLAG_UTF8 | hyperscan.HS_FLAG_DOTALL
         | hyperscan.HS_FLAG_SINGLEMATCH | hyperscan.HS_FLAG_ALLOWEMPTY)


def _scanner(source: str):
    db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    db.compile(expressions=[source.encode()], ids=[0], elements=1, flags=[FLAGS])

    def matches(text: str) -> bool:
        found: list[int] = []
        db.scan(text.encode(), match_event_handler=lambda *args: found.append(1))
        return bool(found)
    return matches


def test_classes_take_every_character_python_takes():
    for source in (r"\d", r"\D", r"\s", r"\S", r"\w", r"\W", r"[\d\s]", r"[^\d\s]", r"[^\w.]", r"[\S\s]", r"."):
        python = "".join(re.findall(source, EVERY_CHARACTER, re.S))
        assert python, source
        scan = _scanner(translate(re.compile(f"(?:{source})*\\Z")))
        assert scan(python), source


def test_white_space_is_pythons_own():
    listed = prefilter._SPACE
    codes = set()
    for part in re.findall(r"\\x\{([0-9a-f]+)\}(?:-\\x\{([0-9a-f]+)\})?|\\t-\\r", listed):
        if part == ("", ""):
            codes.update(range(9, 14))
        else:
            low = int(part[0], 16)
            codes.update(range(low, int(part[1] or part[0], 16) + 1))
    assert codes == {ord(c) for c in EVERY_CHARACTER if c.isspace()}


@pytest.mark.parametrize("source, texts", [
    (r"(?<![a-z])share(?= now)", ["share now", "SHARE now"]),
    (r"\bby\b \w+", ["by Zoë", "BY élan"]),
    (r".{0,200}\d{4}$", ["x" * 150 + "2024", "2024\n", "a\nb 2024"]),
    (r"[^()（）]{1,40}摄", ["记者 张三摄", "a摄"]),
    (r"(?-i:CaSe) only", ["CaSe only", "case only"]),
    (r"ſtreet|\u212aelvin|İtem", ["street", "STREET", "kelvin", "item", "ITEM"]),
    (r"[\u0100-\u017f]x", ["sx", "Sx"]),  # the range holds the long s, IGNORECASE's partner of s
    (r"σοφία|straße|café", ["ΣΟΦΊΑ", "σοφίας", "STRAẞE", "CAFÉ"]),
    (r"a\s+b", ["a\u3000b", "a\xa0\x1cb"]),
    (r"\d+ \D", ["٣٤ x", "３ y"]),
    (r"(?s).+x", ["a\nx"]),
    (r"(?m)^x$\n^y", ["x\ny"]),
    (r"a(?m:$\n^)b", ["a\nb"]),
    (r"(?>ab|a)c", ["ac"]),  # atomic groups: Python tries less, the scan more
])
def test_translations_match_at_least_what_python_matches(source, texts):
    scan = _scanner(translate(re.compile(source, re.I)))
    matched = [text for text in texts if re.match(source, text, re.I)]
    assert matched, source  # (the case shows something)
    for text in matched:
        assert scan(text), (source, text)


def test_bundled_lines_are_scanned_whole():
    matcher = KindMatcher(patterns.ALL, "lines")
    scan = matcher._prefilter
    assert scan.untranslated == ()
    assert scan.candidates("An ordinary sentence of a story about the council's budget.") == []
    assert scan.candidates("Share this article")
    assert KindMatcher(patterns.ALL, "heads", prefilter=False)._prefilter is None


def test_what_the_scan_does_not_answer_for():
    scan = KindMatcher((PLAIN, TRICKY), "lines")._prefilter
    assert not Prefilter.applies("kırmızı") and not Prefilter.applies("İtem 4")
    assert Prefilter.applies("Share 分享 “x”")
    assert scan.candidates("share \ud800") is None  # not valid Unicode: the matcher's own filters
    backref = KindMatcher((BACKREF, PLAIN), "lines")
    assert backref._whole  # a set with a backreference is tried as its union, outside the scan
    assert backref.kind("aax") == "backref" and backref.kind("share") == "plain"
    assert not Prefilter.applies("\u017f") and not Prefilter.applies("K\u212a")


def test_applies_is_the_partner_search():
    """Prefilter.applies tests each partner by a substring search: the same as PARTNER_RE's."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from extractor.patterns.regex_facts import ASCII_PARTNERS, PARTNER_RE

    @settings(max_examples=2000, deadline=None)
    @given(st.text(alphabet=st.sampled_from(ASCII_PARTNERS + "ikKsSI é’分\n")))
    def check(text):
        assert Prefilter.applies(text) == (text.isascii() or PARTNER_RE.search(text) is None)

    check()


def test_without_hyperscan_the_matcher_rules_patterns_out_itself(monkeypatch):
    monkeypatch.setattr(prefilter, "hyperscan", None)
    matcher = KindMatcher((PLAIN, TRICKY), "lines")
    assert matcher._prefilter.candidates("share this") is None
    _check((PLAIN, TRICKY), SAMPLES)


def test_a_refused_pattern_is_tried_by_re_alone(monkeypatch):
    real = prefilter.translate
    monkeypatch.setattr(prefilter, "translate", lambda p, tree=None: "x^y" if p.pattern.startswith("^(?:share") else real(p, tree))
    matcher = KindMatcher((PLAIN, TRICKY), "lines")
    assert matcher._prefilter.candidates("wait...") is not None
    assert matcher._prefilter.untranslated == (0,)  # Hyperscan refused the embedded anchor
    assert matcher.kind("share this") == "plain"


def test_the_database_is_kept_and_a_damaged_one_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("EXTRACTOR_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(prefilter, "CACHE_SECONDS", 0.0)
    first = KindMatcher((PLAIN, TRICKY), "lines")._prefilter
    assert first.candidates("share this") is not None
    (kept,) = tmp_path.glob("patterns-*.hsdb")
    assert kept.stat().st_mode & 0o777 == 0o644  # (an image's prebuilt cache, read by another user)
    kept.write_bytes(b"not a database")
    again = KindMatcher((PLAIN, TRICKY), "lines")._prefilter
    assert again.candidates("share this") == first.candidates("share this")
    assert kept.read_bytes() != b"not a database"
    (tmp_path / "sub").write_text("a file where the folder should be")
    monkeypatch.setenv("EXTRACTOR_CACHE_DIR", str(tmp_path / "sub" / "cache"))
    assert KindMatcher((PLAIN,), "lines")._prefilter.candidates("share this") is not None  # not kept


def test_sets_with_the_scan_give_what_trying_every_set_gives():
    texts = _bundled_texts()
    _check(patterns.ALL, texts, "lines")
    _check((RUNS, PLAIN, TRICKY), texts + SAMPLES)


ALPHABET = st.sampled_from(list("abcdeiksty SHARE.:|/-…“”©0123456789\n\t") +
                           ["ı", "İ", "ſ", "\u212a", "σ", "ς", "Σ", "ß", "ẞ", "é", "É", "\u3000", "\xa0", "\x1c", "٣",
                            "３", "分享", "热门", "相关", "share", "related", "By ", "photo", "credit", "reserved",
                            "read more", "年", "月", "日", "（", "）", "摄", "...", "@", "http://t.co/x"])


@settings(max_examples=3000, deadline=None)
@given(st.lists(ALPHABET, max_size=30).map("".join))
def test_bundled_sets_give_what_trying_every_set_gives(text):
    assert patterns.line_kind(text) == _naive(patterns.ALL, "lines", text)


def test_threads_scan_with_their_own_scratch_space():
    from concurrent.futures import ThreadPoolExecutor

    texts = [t for t in _bundled_texts() if Prefilter.applies(t)][:4000]
    matcher = KindMatcher(patterns.ALL, "lines")
    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(matcher._kind, texts))
    assert got == [_naive(patterns.ALL, "lines", t) for t in texts]


def test_a_database_without_refused_patterns_is_not_kept(tmp_path, monkeypatch):
    monkeypatch.setenv("EXTRACTOR_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(prefilter, "CACHE_SECONDS", 0.0)
    real = prefilter.translate
    monkeypatch.setattr(prefilter, "translate", lambda p, tree=None: "x^y" if p.pattern.startswith("^(?:share") else real(p, tree))
    assert KindMatcher((PLAIN, TRICKY), "lines")._prefilter.candidates("share this") is not None
    assert not list(tmp_path.glob("patterns-*.hsdb"))  # its numbers would not be the full set's


def test_a_database_that_cannot_scan_falls_back(monkeypatch):
    def refuse(db):
        raise hyperscan.InvalidError("no scratch space for this database")
    monkeypatch.setattr(prefilter.hyperscan, "Scratch", refuse)
    matcher = KindMatcher((PLAIN, TRICKY), "lines")
    assert matcher._prefilter.candidates("share this") is None
    _check((PLAIN, TRICKY), SAMPLES)
