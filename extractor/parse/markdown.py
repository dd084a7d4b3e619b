"""Markdown -> blocks: markdown-it-py reads the structure, selectolax reads it and the raw HTML islands.

Markdown is rendered to HTML with raw HTML passed through untouched, so a document's HTML islands
(feed-reader exports, mirrors) and its Markdown structure land in one tree; the same walker as for
HTML pages then makes the blocks, marked as coming from Markdown.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from markdown_it import MarkdownIt
from selectolax.lexbor import LexborHTMLParser

from ..blocks import Document, Source
from .html import parse_tree

_LEADING_COMMENT = re.compile(r"\A\s*<!--\s*(\d{10,13})\s*-->")
#: markdown-it nests at most this deep; deeper input is read as text rather than recursed into
MAX_NESTING = 40


def _renderer() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": True, "maxNesting": MAX_NESTING})
    md.enable("table")
    md.enable("strikethrough")
    return md


def parse_markdown(text: str, prepare: Callable[[LexborHTMLParser], None] | None = None) -> Document:
    html = _renderer().render(text)
    tree = LexborHTMLParser(f"<html><body>{html}</body></html>")
    if prepare is not None:
        prepare(tree)
    doc = parse_tree(tree, source=Source.MARKDOWN, br_splits=True)
    m = _LEADING_COMMENT.match(text)
    if m:
        doc.meta["epoch"] = m.group(1)
    from ..metadata import html_meta

    inner = html_meta(tree)
    for key in ("published", "url", "lang"):
        if key in inner:
            doc.meta[key] = inner[key]
    return doc
