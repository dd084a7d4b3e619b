"""The pipeline: decode -> detect -> parse -> profile -> classify -> select -> render.

Each stage is a function of its inputs; `Options` travels explicitly; the Result keeps the trace.
"""

from __future__ import annotations

import time

from . import metadata
from .blocks import Decision, Document, Kind
from .classify import features
from .decode import decode
from .detect import detect
from .options import Options
from .parse import parse
from .patterns import line_kind
from .render import render_text
from .result import Result
from .select import select

#: below this many characters an HTML result counts as "found nothing" and `auto` may fall back
FALLBACK_CHARS = 1


def _meta_title(doc: Document, fmt: str) -> tuple[str | None, int | None]:
    """The title and, when a block carries it, that block's index."""
    if doc.meta.get("title"):
        return doc.meta["title"], None
    if fmt in ("markdown", "html", "fragment"):
        heads = [b for b in doc.blocks[: metadata.HEAD_BLOCKS] if b.kind is Kind.HEADING and b.level <= 3]
        h1 = next((b for b in doc.blocks if b.kind is Kind.HEADING and b.level == 1), None)
        pick = h1 or (heads[0] if heads else None)
        if pick is not None and not line_kind(pick.text):
            return pick.text, pick.index
    return None, None


def _head_lines(doc: Document) -> dict[int, str]:
    """Date lines near the top: their date is metadata, their block is not story text."""
    found: dict[int, str] = {}
    for b in doc.blocks[: metadata.HEAD_BLOCKS]:
        if len(b.text) <= metadata.DATE_LINE_CHARS:
            date = metadata.parse_date(b.text)
            if date and len(b.text) <= 2 * len(date) + 12:
                found[b.index] = date
    return found


def _text_title(doc: Document, decisions: list[Decision]) -> tuple[str | None, int | None]:
    """In a text copy the title is the most title-like line before the story starts."""
    first = next((d.index for d in decisions if d.keep), None)
    if first is None:
        return None, None
    best = None
    for b in doc.blocks[max(0, first - 6): first]:
        text = b.text
        if 16 <= metadata_weight(text) and len(text) <= 200 and not line_kind(text) and text[-1:] not in ".。":
            if best is None or len(text) > len(best.text):
                best = b
    return (best.text, best.index) if best is not None else (None, None)


def metadata_weight(text: str) -> int:
    from .textnorm import weight

    return weight(text)


def run(data, *, url, fmt, sites, options: Options, name: str = "fast") -> Result:
    started = time.perf_counter()
    decoded = decode(data)
    if decoded.binary:
        return Result(format=fmt or "text", extractor=name, url=url, reason="binary input: not a text document")
    text = decoded.text
    notes: list[str] = []
    if len(text) > options.max_chars:
        text = text[: options.max_chars]
        notes.append(f"input cut to max_chars={options.max_chars}")
    if not text.strip():
        return Result(format=fmt or "text", extractor=name, url=url, reason="empty input")
    form = fmt or detect(text)
    doc = parse(text, form)
    if not doc.blocks:
        return Result(format=form, extractor=name, url=url, reason="no text blocks in the document")
    title, title_index = _meta_title(doc, form)
    pre: dict[int, str] = {}
    dates = _head_lines(doc)
    for index in dates:
        pre[index] = "metadata:date-line"
    if title_index is not None:
        pre[title_index] = "title"
    if options.time_budget and time.perf_counter() - started > options.time_budget:
        return Result(format=form, extractor=name, url=url, reason="time budget spent before classification")
    feats = features(doc, options)
    decisions = select(doc, feats, options, title, pre)
    if title is None:
        title, title_index = _text_title(doc, decisions)
        if title_index is not None:
            decisions[title_index] = Decision(title_index, False, "title", "metadata", title or "")
    kept = [doc.blocks[d.index] for d in decisions if d.keep]
    body = render_text(kept)
    published = doc.meta.get("published") or (dates[min(dates)] if dates else None)
    if not published and doc.meta.get("epoch"):
        published = metadata.epoch_millis(doc.meta["epoch"])
    if not published and kept:
        published = metadata.parse_date(kept[0].text[:40])
    found_url = url or doc.meta.get("url") or _title_link(doc, title_index) or _footer_url(doc)
    return Result(
        text=body, title=title, published=published, url=found_url,
        lang=doc.meta.get("lang") or metadata.guess_lang(body), format=form, extractor=name,
        reason=None if body else "no article found: every block looked like boilerplate",
        blocks=tuple(kept), trace=tuple(d for d in decisions if not d.keep), notes=tuple(notes),
    )


def _title_link(doc: Document, title_index: int | None) -> str | None:
    if title_index is None:
        return None
    href = doc.blocks[title_index].href
    return href if href.startswith("http") else None


def _footer_url(doc: Document) -> str | None:
    for b in reversed(doc.blocks[-8:]):
        if line_kind(b.text) == "footer":
            found = metadata.url_in(b.text)
            if found:
                return found
    return None


def run_auto(data, *, url, fmt, sites, options: Options) -> Result:
    result = run(data, url=url, fmt=fmt, sites=sites, options=options, name="fast")
    if options.fallback and len(result.text) < FALLBACK_CHARS and result.format in ("html", "fragment"):
        from .adapters.trafilatura import run as trafilatura_run

        other = trafilatura_run(data, url=url, fmt=fmt, options=options)
        if other.text:
            return other
    return result
