"""parse/markdown.py: a long document is rendered in pieces, with the HTML the whole would give."""

import pytest
from hypothesis import given, settings, strategies as st

import extractor.parse.markdown as md

BLOCKS = [
    "A paragraph of the story, with a [link](https://example.com/a) in it.",
    "## A heading",
    "- an item\n- another item\n\n- a loose item after a blank line",
    "1. first\n\n   indented continuation of the first item",
    "> a quote\n>\n> its second paragraph",
    "```\ncode\n\nwith a blank line inside\n```",
    "<!-- a comment\n\nover a blank line -->",
    "<pre>\npre text\n\nstill pre\n</pre>",
    "<div>raw html</div>",
    "    indented code",
    "| a | b |\n|---|---|\n| 1 | 2 |",
    "Setext heading\n---",
]


@pytest.fixture
def small_chunks(monkeypatch):
    monkeypatch.setattr(md, "CHUNK", 40)


def test_a_long_document_is_cut_into_pieces_between_blocks(small_chunks):
    text = "\n\n".join(BLOCKS * 3)
    pieces = list(md._pieces(text))
    assert len(pieces) > 3 and "".join(pieces) == text


def test_no_cut_inside_a_fence_or_a_comment(small_chunks):
    text = "intro paragraph\n\n```\n" + "line\n\n" * 50 + "```\n\nafter\n\n<!--\n" + "x\n\n" * 50 + "-->\n\nend"
    for piece in md._pieces(text):
        assert piece.count("```") % 2 == 0
        assert piece.count("<!--") == piece.count("-->")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(BLOCKS), min_size=1, max_size=30))
def test_pieces_render_as_the_whole(blocks):
    text = "\n\n".join(blocks)
    whole = md._render_piece(text)
    saved = md.CHUNK
    md.CHUNK = 40
    try:
        assert md.render(text) == whole
    finally:
        md.CHUNK = saved


def test_a_links_address_is_read_as_written():
    # markdown-it would percent-encode and punycode an address for a browser; nothing here is for
    # a browser, so a block's href is the address as the document wrote it
    doc = md.parse_markdown("Read [the report](https://bücher.example/über/2024?q=a|b) first.\n\n"
                            "* [目录](/新闻/目录)\n")
    assert [b.href for b in doc.blocks] == ["https://bücher.example/über/2024?q=a|b", "/新闻/目录"]
    assert md.render("[x](https://bücher.example/über)") == '<p><a href="https://bücher.example/über">x</a></p>\n'
