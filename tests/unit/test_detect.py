"""detect: the four renditions, told apart by their structure."""

import pytest

from hypothesis import given, strategies as st

from extractor.detect import DETECT_WINDOW, detect


@pytest.mark.parametrize("doc, expected", [
    ("<!DOCTYPE html><html><head><title>t</title></head><body><p>x</p></body></html>", "html"),
    ("<!-- saved --><html><body><p>x</p></body></html>", "html"),
    ("<div class='story'><p>First paragraph.</p><p>Second.</p></div>", "fragment"),
    ("# Title\n\nSome text with a [link](https://example.com).\n\n## Section\n\nMore.", "markdown"),
    ("Title line\n=====\n\nBody with **bold** words.", "markdown"),
    ("<!--1697102102000-->\n[标题](https://www.rfi.fr/cn/x)\n------\n\n<div>12/10/2023 - 10:53</div><p>正文。</p>", "markdown"),
    ("Current:Home > Invest\nA title\nView\nDate:2025-04-15 17:29:06\nStory line one.\n- Related headline", "text"),
    ("标题\n作者\n2024-08-19 12:13:53\n0\n\n正文第一段。\n\n正文第二段。", "text"),
])
def test_renditions(doc, expected):
    assert detect(doc) == expected


def test_text_copy_with_a_stray_tracking_pixel_stays_text():
    doc = '<img width="1" height="1" src="http://t.example/p.gif">\n' + "\n".join(f"Line {i} of the page" for i in range(40))
    assert detect(doc) == "text"


_PIECES = ["<!DOCTYPE html>", "<html>", "<head>", "<!-- c -->", "<?xml version='1.0'?>", " ", "\n", "<p>", "</p>",
           "# Title", "**bold** and **more**", "- item", "text line", "<div>", "</div>"]


@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join), st.integers(0, 25_000))
def test_only_the_documents_start_decides(start, pad):
    # what lies past the window never changes the answer, however the window's end falls
    text = start + "x" * pad + "<html><body><p>late</p></body></html>"
    assert detect(text) == detect(text[:DETECT_WINDOW])
