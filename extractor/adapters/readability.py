"""readability-lxml behind our interface (it reads HTML only; text and Markdown go in as they are)."""

from __future__ import annotations

from ..options import Options
from ..result import Result
from ._common import paragraphs, run_adapter


def _html_text(html: str) -> str:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    root = tree.body or tree.root
    if root is None:
        return ""
    for node in root.css("p, div, li, h1, h2, h3, h4, h5, h6, blockquote, pre, tr, br, td"):
        node.insert_before("\n\n")
    return root.text(deep=True, separator="")


def _call(text: str, url: str | None) -> Result:
    from readability import Document

    doc = Document(text, url=url)
    summary = doc.summary(html_partial=True)
    title = doc.short_title() or None
    return Result(text=paragraphs(_html_text(summary)), title=title)


def run(data: str | bytes, *, url: str | None, fmt: str | None, options: Options) -> Result:
    return run_adapter("readability", data, url, fmt, _call)
