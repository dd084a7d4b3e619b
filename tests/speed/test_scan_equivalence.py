"""Whole-page scans rewritten for speed give exactly what their plain regular expressions give."""

from __future__ import annotations

import importlib
import random
import re

from corpus_paths import shared_files

from extractor import decode
from extractor.parse import bounds

_C0 = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _has_controls_by_regex(raw: bytes) -> bool:
    return _C0.search(raw) is not None or decode._C1_UTF8.search(raw) is not None


def test_control_bytes_found_as_by_the_regex():
    rng = random.Random(5)
    pieces = [b"a", b"<p>", b" ", b"\xc2", b"\xc2\xa0", b"\xc2\x80", b"\xc2\x9f", b"\xc2\xa9", b"\x80", b"\x9f",
              b"\x00", b"\x0b", b"\x1f", b"\x7f", b"\t", b"\n", b"\r", b"\xe2\x80\x99", b"\xc3\xa9"]
    for _ in range(20_000):
        raw = b"".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert decode._has_controls(raw) == _has_controls_by_regex(raw), raw
    # past C1_PROBES \xc2 bytes the regex reads the rest
    many = b"\xc2\xa0" * (decode.C1_PROBES + 5)
    assert not decode._has_controls(many)
    assert decode._has_controls(many + b"\xc2\x85")
    assert decode._has_controls(b"\xc2\xa0" * 3 + b"\xc2\x85")
    assert decode._has_controls(b"x\xc2") is False


def _classes_only(names: tuple[str, ...]) -> str:
    """The names as a prefix tree with every letter a class of both cases (bounds' earlier form)."""
    tree: dict = {}
    for name in names:
        node = tree
        for ch in name:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [f"[{ch}{ch.upper()}]" + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(tree)


def test_nesting_marks_match_the_all_classes_prefix_tree():
    plain = re.compile(rf"<(/?){_classes_only(bounds.NESTING)}(?=[\s/>])")
    rng = random.Random(8)
    names = [*bounds.NESTING, "DIV", "Span", "sPaN", "bLockQuote", "p", "a", "h1", "divx", "spa", "li", "img",
             "script", "ARTICLE", "Articles", "em", "EM", "e", "ul", "UL", "u", "fieldset", "figcaption",
             "dıv", "DİV", "ſpan", "aſide"]
    after = [">", " ", "/", "\n", "\u00a0", "\u3000", "x", "1", "-", ""]
    for _ in range(20_000):
        text = "".join(f"<{rng.choice(['', '/'])}{rng.choice(names)}{rng.choice(after)}{rng.choice(['', 'x', '<'])}"
                       for _ in range(rng.randint(0, 6)))
        assert bounds._NEST_MARK.findall(text) == plain.findall(text), text


def test_anycase_classes_match_what_ignorecase_matches():
    from extractor.sites.match import anycase

    every = "".join(map(chr, range(0x110000)))
    for ch in "abcdefghijklmnopqrstuvwxyzABCZ":
        assert re.compile(anycase(ch)).findall(every) == re.compile(ch, re.I).findall(every), ch


def test_holds_word_as_ignorecase_search():
    from extractor.sites.match import holds_word

    rng = random.Random(9)
    pieces = ["source url", "SOURCE URL", "ſource url", "Original ", "orİgınal ", "canonical", "CANONİCAL", "canon",
              "x", " ", "\u201c", "总统", "K", "\u212a", "ſ", "ı", "İ", "\ud800", "url", "origin al"]
    words = [("source url", "original "), ("canonical",)]
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        for ws in words:
            want = any(re.search(re.escape(w), text, re.I) for w in ws)
            assert holds_word(text, ws) == want, (text, ws)


def _document_url_plain(text: str) -> str | None:
    match = importlib.import_module("extractor.sites.match")  # (the package exports a function of that name)
    head = text[:match.SIGNATURE_WINDOW]
    for pattern in match._URL_HINTS:
        m = pattern.search(head)
        if m:
            return m.group(1)
    m = match._FOOTER_URL.search(text[-match.SIGNATURE_WINDOW:])
    return m.group(1).rstrip(".,;)）") if m else None


def test_document_url_as_every_hint_searched():
    from extractor.sites.match import document_url

    texts = ['<link href="https://a.example/x" rel="canonical">', '<LINK HREF="https://a.example/y" REL=CANONİCAL>',
             "原文链接：https://b.example/z", "Original Article: https://c.example/", "ſource URL: http://d.example",
             "<p>none</p>", "source url - no link", "<link rel=canonical href=https://e.example/>"]
    for path in shared_files("*/cases/*")[::40]:
        with open(path, encoding="utf-8", errors="replace") as handle:
            texts.append(handle.read())
    for text in texts:
        assert document_url(text) == _document_url_plain(text), text[:200]


def test_name_list_fast_path_for_ascii_text():
    from extractor import classify
    from extractor.textnorm import is_cjk

    def plain(text: str) -> bool:
        items = text.split()
        if len(items) < classify.NAME_LIST_ITEMS or not classify._CJK_CLAUSE_MARKS.isdisjoint(text):
            return False
        return all(classify.NAME_CHARS[0] <= len(i) <= classify.NAME_CHARS[1] and is_cjk(i[0]) for i in items)

    rng = random.Random(4)
    words = ["北京", "天津", "河北", "ab", "cd", "x", "国家新闻出版署", "a,b", "，", "。"]
    for _ in range(5_000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 9)))
        assert classify._name_list(text) == plain(text), text
