"""The HTML parser reads the UTF-8 bytes decode() already has: the same Document as from the text."""

from __future__ import annotations

import pytest
from corpus_paths import shared_files

from extractor.decode import KEEP_UTF8_BYTES, decode
from extractor.parse import parse

CORPUS = shared_files("*/cases/*.html")
ODD = ["<p>plain</p>", "\ufeff<p>bom</p>", "<p>nul\x00 and \x1f</p>", "<p>c1 \x85 control</p>", "<p>lone \ud800</p>",
       "<p>caf\u00e9 \u201cquoted\u201d \u603b\u7edf \U0001F600</p>", "<title>runaway<p>story</p>",
       "<p>ref &#x81; and &#129;</p>", "<p>ok &#169; &#8217;</p>", "# Markdown\n\nA paragraph."]


def _document(doc):
    return doc.blocks, doc.parent, doc.end, doc.tags, doc.etokens, doc.meta, doc.notes


def _check(data, fmt="html"):
    decoded = decode(data)
    if decoded.utf8 is not None:
        assert decoded.utf8 == decoded.text.encode("utf-8")
    assert _document(parse(decoded.text, fmt, None, decoded.utf8)) == _document(parse(decoded.text, fmt))


def test_kept_only_for_clean_text():
    assert decode("<p>x</p>").utf8 == b"<p>x</p>"
    assert decode(b"<p>x</p>").utf8 == b"<p>x</p>"
    assert decode("caf\u00e9").utf8 == "caf\u00e9".encode()
    assert decode("nul\x00").utf8 is None  # cleaned: the text is not the input's
    assert decode("lone \ud800").utf8 is None
    assert decode(b"\xef\xbb\xbfbom").utf8 is None  # (bytes after a BOM: not kept)
    assert decode("x" * (KEEP_UTF8_BYTES + 1)).utf8 is None  # parsed in segments, from the text


@pytest.mark.parametrize("data", ODD)
def test_odd_inputs(data):
    _check(data)
    _check(data.encode("utf-8", "surrogatepass"))
    _check(data, "fragment")
    _check(data, "markdown")


@pytest.mark.skipif(not CORPUS, reason="shared corpora not available")
def test_a_sample_of_corpus_pages():
    for path in CORPUS[:: max(1, len(CORPUS) // 40)]:
        with open(path, "rb") as handle:
            raw = handle.read()
        _check(raw)
        _check(decode(raw).text)
