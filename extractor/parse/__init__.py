"""Parsers: one per rendition, each turning a str into a Document of Blocks."""

from __future__ import annotations

import re
from collections.abc import Callable

from selectolax.lexbor import LexborHTMLParser

from ..blocks import Document
from .bounds import SAFE_TAGS, bound_markup, surely_bounded
from .html import parse_html
from .markdown import parse_markdown
from .repair import close_runaway_title
from .text import parse_text

#: numeric references the HTML parser reads as C1 control characters (the five of U+0080-U+009F
#: without a windows-1252 character to stand for): text that can hold no controls drops them
_CONTROL_REFERENCE = re.compile(r"&#(?:[xX]0*(?:81|8[dDfF]|90|9[dD])(?![0-9a-fA-F])|0*(?:129|141|143|144|157)(?![0-9]));?")


def parse(text: str, fmt: str, prepare: Callable[[LexborHTMLParser], None] | None = None,
          utf8: bytes | None = None, prune: bool = False,
          choose: Callable[[str | None], Callable[[LexborHTMLParser], None] | None] | None = None) -> Document:
    """Blocks of a document in rendition `fmt`; `prepare` edits the HTML tree first (site profiles).
    `utf8`: the text in UTF-8, when the caller has it (the HTML parser reads it instead of encoding
    the text again, unless the text is rewritten below). `prune`: an HTML page's navigation,
    footers and sidebars without prose are removed before the walk (prune.py). `choose`: for HTML,
    instead of `prepare`, picks the hook by the URL the page gives in its tree (html.parse_html)."""
    if fmt == "text":
        return parse_text(text)
    given = text
    # the HTML parser is quadratic in nesting depth and attributes; a page of few tags is read as it is
    text, notes = (text, []) if surely_bounded(text, SAFE_TAGS) else bound_markup(text)
    if fmt == "html":
        text, repaired = close_runaway_title(text)
        notes.extend(repaired)
    # (one regex pass: sre finds its "&#" prefix faster than `"&#" in text` does, and a page
    # without such a reference comes back as the same object)
    text = _CONTROL_REFERENCE.sub("", text)
    if fmt in ("html", "fragment"):
        doc = parse_html(text, prepare, utf8 if text is given else None, prune, choose)
    else:
        doc = parse_markdown(text, prepare if choose is None else choose(None))
    doc.notes.extend(notes)
    return doc


__all__ = ["parse", "parse_html", "parse_markdown", "parse_text"]
