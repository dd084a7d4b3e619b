"""Parsers: one per rendition, each turning a str into a Document of Blocks."""

from __future__ import annotations

from ..blocks import Document
from .html import parse_html
from .markdown import parse_markdown
from .text import parse_text


def parse(text: str, fmt: str) -> Document:
    if fmt in ("html", "fragment"):
        return parse_html(text)
    if fmt == "markdown":
        return parse_markdown(text)
    return parse_text(text)


__all__ = ["parse", "parse_html", "parse_markdown", "parse_text"]
