"""parse/segments.py: a long HTML page parsed and walked in segments gives the whole page's Document.

The threshold and the segment length are lowered (a few KB, a few hundred characters) so that
ordinary pages are cut many times. Where a check fails the page is parsed whole, which gives the
same Document by construction; the tests count how many were really cut.
"""

from __future__ import annotations

import random
import re
import sys

import pytest
from corpus_paths import ROOT, SHARED
from hypothesis import given, settings, strategies as st

from extractor import extract
from extractor.decode import decode
from extractor.parse import segments
from extractor.parse.html import parse_html

sys.path.insert(0, str(ROOT / "tests" / "properties"))

FIELDS = ("text", "kind", "index", "source", "tag", "path", "tokens", "link_chars", "depth", "level", "node",
          "ancestors", "href")


def _key(doc):
    return ([tuple(getattr(b, f) for f in FIELDS) for b in doc.blocks], doc.parent, doc.end, doc.tags, doc.etokens,
            doc.meta)


def _whole(text: str):
    saved = segments.THRESHOLD
    segments.THRESHOLD = 1 << 60
    try:
        return parse_html(text)
    finally:
        segments.THRESHOLD = saved


@pytest.fixture
def short_segments(monkeypatch):
    monkeypatch.setattr(segments, "THRESHOLD", 4000)
    monkeypatch.setattr(segments, "SEGMENT", 2000)


def _long_page(size: int, seed: int = 1) -> str:
    import newsgen

    rnd = random.Random(seed)
    parts: list[str] = []
    while sum(map(len, parts)) < size:
        parts.append(newsgen.render(newsgen.random_spec(rnd, rendition="fragment")).text)
    head = "<!DOCTYPE html><html lang=\"en\"><head><title>Digest</title></head><body>"
    return head + "".join(parts) + "</body></html>"


def test_short_pages_are_not_cut():
    assert segments.parse_segmented("<p>" + "word " * 1000 + "</p>") is None


def test_cut_points_fall_where_nothing_is_open(short_segments):
    unit = ("<div class=a><p>text <b>bold</b></p><script>var s = '<div>x</div><!--';</script><!-- <div> -->"
            "<table><tr><td>cell<div>in cell</div></td></tr><tr><td>row</td></tr></table>"
            "<a href=/x><div>in a link</div></a><svg><g><p>in svg</p></g></svg></div>")
    text = "<html><body>" + unit * 40 + "</body></html>"
    cutter = segments.Cutter(text)
    cuts = []
    while (cut := cutter.next_cut(cuts[-1] + 1 if cuts else 0)) is not None:
        cuts.append(cut)
    assert len(cuts) > 40
    for cut in cuts:
        before = text[:cut]
        assert before.count("<script") == before.count("</script>")
        before = re.sub(r"<script.*?</script>", "", before)
        assert before.count("<!--") == before.count("-->")
        assert before.count("<svg") == before.count("</svg>")
        inside_table = before.count("<table") > before.count("</table>")
        assert not inside_table or before.rfind("<td") > max(before.rfind("</td>"), before.rfind("<tr>"))


def test_a_generated_long_page_gives_the_whole_pages_document(short_segments):
    text = _long_page(300_000)
    doc = segments.parse_segmented(text)
    assert doc is not None  # cut (into ~150 segments), not parsed whole
    assert _key(doc) == _key(_whole(text))
    # (without pruning: a nav, footer or aside a cut splits is read, not pruned, see below)
    cut = extract(text, format="html", prune=False)
    segments.THRESHOLD = 1 << 60
    assert cut.text == extract(text, format="html", prune=False).text and cut.text


def test_a_long_page_is_pruned_in_segments_as_whole_but_where_a_cut_splits_an_element(short_segments):
    text = _long_page(300_000)
    cut = segments.parse_segmented(text, prune=True)
    segments.THRESHOLD = 1 << 60
    whole = parse_html(text, prune=True)
    assert 0 < cut.pruned <= whole.pruned
    assert cut.pruned >= 0.8 * whole.pruned  # ~150 cuts of 2,000 characters split a few of them
    kept_texts = {b.text for b in cut.blocks}
    assert {b.text for b in whole.blocks} <= kept_texts  # nothing the whole page reads is lost


def test_a_site_profiles_prepare_runs_on_each_segment_with_the_whole_pages_result(short_segments):
    from extractor.sites.match import BODY_MARK, BODY_TOKEN

    def prepare(tree) -> None:  # what sites.match.prepare_tree does: drop selectors, mark the body
        for node in tree.css("div.share, aside.related"):
            node.decompose()
        for node in tree.css("article.article"):
            node.attrs[BODY_MARK] = "1"

    text = _long_page(200_000, seed=2)
    doc = segments.parse_segmented(text, prepare)
    assert doc is not None
    saved = segments.THRESHOLD
    segments.THRESHOLD = 1 << 60
    whole = parse_html(text, prepare)
    segments.THRESHOLD = saved
    assert _key(doc) == _key(whole)
    assert any(BODY_TOKEN in b.tokens for b in doc.blocks)  # the mark is read as a data-* word


@pytest.mark.parametrize("head", ['<?xml version="1.0"?>\n<!DOCTYPE html>', "<!DOCTYPE html>", "",
                                  '<!-- c --><!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">'])
def test_segments_are_parsed_in_the_pages_quirks_mode(head, short_segments):
    # a <table> closes an open <p> except in quirks mode: the paths differ between the two modes
    unit = ("<p>para <table><tr><td>cell</td></tr></table> after</p>"
            "<div class=d><p>x<table><tr><td>y</td></tr></table></div>")
    text = head + "<html><body>" + unit * 200
    doc = segments.parse_segmented(text)
    assert doc is not None and _key(doc) == _key(_whole(text))


def test_a_long_markdown_documents_html_is_walked_in_segments_with_the_same_blocks(short_segments, monkeypatch):
    import newsgen

    from extractor.parse import markdown

    rnd = random.Random(3)
    parts: list[str] = []
    while sum(map(len, parts)) < 200_000:
        parts.append(newsgen.render(newsgen.random_spec(rnd, rendition="markdown")).text)
    text = "\n\n".join(parts)
    calls = []
    real = segments.LexborHTMLParser
    monkeypatch.setattr(segments, "LexborHTMLParser", lambda markup: calls.append(1) or real(markup))
    cut = markdown.parse_markdown(text)
    assert len(calls) > 10  # parsed in segments
    segments.THRESHOLD = 1 << 60
    assert _key(cut) == _key(markdown.parse_markdown(text))


#: pieces of markup for random pages: the constructs that make a cut hard
SNIPPETS = [
    "<p>A paragraph with a <a href='/x'>link</a> in it.</p>", "<p>unclosed paragraph <b>bold", "</b> tail ",
    "<div class='story main'>", "</div>", "<section id=s1><h2>Heading</h2>", "</section>",
    "<ul><li>one<li>two <a href=/y>three</a></ul>", "<table><tr><td>cell <div>in cell</div>",
    "</td><td>second</td></tr>", "</table>", "<table><tr><td>a</td></tr><div>fostered</div><tr><td>b</td></tr></table>",
    "<font color=red>", "</font>", "<a href='/open'>open link ", "</a>", "<a href=/blk><div>block in link</div></a>",
    "<div style='display:none'><p>hidden</p>", "<div hidden>", "<pre>\n code  line\n</pre>", "<pre>open pre\n",
    "<script>var s = '<div>not</div><!--';</script>", "<!-- a comment <div> -->", "<svg><title>t</title><p>x</p></svg>",
    "<select><option>o</select>", "<br><br>after breaks", "text<br>line", "<template><div>t</div></template>",
    "<button><div>in button</div>", "</button>", "<b><p>mis</b>nested</p>", "<i>italic <div>block</div> more</i>",
    "<blockquote><p>quote", "</blockquote>", "<h1 class=title>Title</h1>", "<dl><dt>t<dd>d</dl>",
    "<span class=x>span <em>em</em></span>", "<img src=a.png alt='<p>'>", "<div title='a > b <p> c'>attr</div>",
    "<textarea><p>ta</p></textarea>", "<form class=f><div>form</div>", "</form>", "<p>", "plain words ",
    "&amp; entity &lt;div&gt; ", "<center><p>centered", "<object><p>obj</p></object>",
    "<table><caption>cap</caption><tr><th>h<td>d</table>", "<a href=/a1>a1<a href=/a2>a2</a>",
    "<nobr>nb<div>x</div></nobr>", "<body class=late>", "<meta name=description content=d>",
    "<table><tr><td><b>bold cell<table><tr><td>inner", "</td></tr></table>", "<object><div>obj<p>x</div></object>",
    "<marquee><p>m</marquee>", "<form><div>f</form>x</div>", "<p><a href=/z>unclosed in p</p>", "<ul><li><font><p>fp",
    "</font>", "<caption>", "<td>stray td", "<tr>stray tr", "</p>", "<listing>lst</listing>", "<h2>unclosed heading",
    "<dd>dd", "<table><tr><td>x</td></tr>stray text<tr><td>y</td></tr></table>", "<a href=/q><p>para in a</p></a>",
    "<s><div>s-div</div>", "</s>", "<div class=x hidden><table><tr><td>hid</td></tr></table>",
    "<h3><button aria-expanded=false>Question</button></h3>", "<div class=hidden><p>answer</p></div>",
    "<div class='hidden md:block'><p>wide</p>",
]
HEADS = ["<!DOCTYPE html><html><head><title>T</title></head><body class='b'>", "<html><body>", "", "<!doctype html>"]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(HEADS), st.lists(st.sampled_from(SNIPPETS), min_size=20, max_size=300),
       st.sampled_from([60, 150, 400]))
def test_random_pages_cut_anywhere_give_the_whole_pages_document(head, pieces, segment):
    text = head + "".join(pieces)
    whole = _whole(text)
    saved = segments.THRESHOLD, segments.SEGMENT
    segments.THRESHOLD, segments.SEGMENT = 100, segment
    try:
        doc = segments.parse_segmented(text)
    finally:
        segments.THRESHOLD, segments.SEGMENT = saved
    if doc is not None:  # (None: a check failed, the page is parsed whole)
        assert _key(doc) == _key(whole)


@pytest.mark.corpora
@pytest.mark.parametrize("corpus", ["scrapinghub-aeb", "zh-cwced"])
def test_corpus_pages_cut_in_segments_give_the_whole_pages_blocks_and_text(corpus, short_segments):
    folder = SHARED / corpus / "cases"
    if not folder.is_dir():
        pytest.skip(f"no corpus at {folder}")
    counts = {"cut": 0, "whole": 0, "short": 0}
    differ = []
    for path in sorted(folder.glob("*.html")):
        data = path.read_bytes()
        text = decode(data).text
        if len(text) <= segments.THRESHOLD:
            counts["short"] += 1
            continue
        doc = segments.parse_segmented(text)
        counts["cut" if doc is not None else "whole"] += 1
        if doc is not None and _key(doc) != _key(_whole(text)):
            differ.append(path.name)
            continue
        cut = extract(data, extractor="full").text
        segments.THRESHOLD = 1 << 60
        if cut != extract(data, extractor="full").text:
            differ.append(path.name)
        segments.THRESHOLD = 4000
    print(corpus, counts, "differ:", len(differ))
    assert not differ
    assert counts["cut"] >= 0.9 * (counts["cut"] + counts["whole"])
