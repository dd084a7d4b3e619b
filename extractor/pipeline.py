"""The pipeline: decode -> detect -> parse -> profile -> classify -> select -> render.

Each stage is a function of its inputs; `Options` travels explicitly; the Result keeps the trace.
"""

from __future__ import annotations

import dataclasses
import re
import time
from dataclasses import dataclass, field

from . import metadata
from .blocks import Decision, Document, Kind
from .classify import features
from .decode import decode
from .detect import detect
from .favor import apply_favor
from .options import Options
from .parse import parse
from .patterns import line_kind
from .render import REPAIRED, finished, render_text
from .result import Result
from .select import select
from .sites.match import (Match, block_verdicts, claim, document_url, load_profiles, match, prepare_tree,
                          profile_date, profile_title)
from .textnorm import weight

#: below this weight (characters, CJK counted ~3x) our result for an HTML page is scraps and
#: `auto` asks trafilatura too; ~2% of the shared HTML pages
FALLBACK_WEIGHT = 250
#: below this weight (a few short paragraphs) it is doubtful as well, on a page of ordinary size
#: (up to FALLBACK_PAGE_CHARS: trafilatura takes seconds over a page of many megabytes, where a
#: short story is no sign of a miss); ~5% of the shared HTML pages in all, the ratio below keeping
#: ours on most of them. From 600 to 1,150 the answers are the same on every corpus; at 2,500 two
#: pages gain and two lose (a story of 1,566 weight we found whole lost to a longer page dump).
#: Each page asked costs trafilatura's time (~90 ms): `auto` over the shared HTML pages takes
#: ~1.34x `full`'s time, against ~1.10x with FALLBACK_WEIGHT alone, when trafilatura also read
#: the metadata (the fallback now asks for its text only: ~40% of that cost)
SHORT_WEIGHT = 600
FALLBACK_PAGE_CHARS = 1_000_000
#: `auto` takes trafilatura's answer only when it is this many times longer: a short story we found
#: whole (a two-paragraph post) is no less right for a longer answer that adds the page's widgets;
#: one we missed comes back from trafilatura ten or more times longer than our scraps
FALLBACK_RATIO = 5
#: a title line in a text copy weighs at least this much (CJK counted ~3x) and is at most this long
TITLE_MIN_WEIGHT = 16
TITLE_MAX_CHARS = 200
#: how many blocks before the story a text copy's title may sit
TITLE_LOOKBACK = 6
#: a CJK full stop inside a line: a title never holds two sentences (去年房价猛涨。合计合计，...)
_CJK_SENTENCE = re.compile(r"[。！？].")


@dataclass
class _Head:
    """What the stages before classification learned: metadata and verdicts given in advance."""

    title: str | None = None
    title_index: int | None = None
    published: str | None = None
    pre: dict[int, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def _markup_title(doc: Document, fmt: str) -> tuple[str | None, int | None]:
    """The title a page declares, or the first top heading (h1 anywhere, else an early h1-h3)."""
    if doc.meta.get("title"):
        return doc.meta["title"], None
    if fmt in ("html", "fragment"):
        heads = [b for b in doc.blocks[: metadata.HEAD_BLOCKS] if b.kind is Kind.HEADING and b.level <= 3]
        h1 = next((b for b in doc.blocks if b.kind is Kind.HEADING and b.level == 1), None)
        pick = h1 or (heads[0] if heads else None)
        if pick is not None and not line_kind(pick.text):
            return pick.text, pick.index
    return None, None


def _date_lines(doc: Document) -> dict[int, str]:
    """Short date lines near the top: their date is metadata, their block is not story text."""
    found: dict[int, str] = {}
    for b in doc.blocks[: metadata.HEAD_BLOCKS]:
        if len(b.text) <= metadata.DATE_LINE_CHARS:
            date = metadata.parse_date(b.text)
            if date and len(b.text) <= 2 * len(date) + 12:
                found[b.index] = date
    return found


def _text_title(doc: Document, decisions: list[Decision]) -> tuple[str | None, int | None]:
    """In a text or Markdown copy the title is the heading, or else the most title-like line,
    shortly before the story starts."""
    first = next((d.index for d in decisions if d.keep), None)
    if first is None:
        return None, None
    before = doc.blocks[max(0, first - TITLE_LOOKBACK): first]
    opening = doc.blocks[first]  # a story run may open with its own title
    heading = next((b for b in [opening, *reversed(before)] if b.kind is Kind.HEADING and b.level <= 3
                    and not line_kind(b.text)), None)
    if heading is not None:
        return heading.text, heading.index
    best = None
    for b in before:
        text = b.text
        if weight(text) >= TITLE_MIN_WEIGHT and len(text) <= TITLE_MAX_CHARS and not line_kind(text) \
                and text[-1:] not in ".。；;，,、" and not _CJK_SENTENCE.search(text):
            if best is None or len(text) > len(best.text):
                best = b
    return (best.text, best.index) if best is not None else (None, None)


def _head(doc: Document, form: str, found: Match | None, url: str | None) -> _Head:
    head = _Head()
    dates = _date_lines(doc)
    for index in dates:
        head.pre[index] = "metadata:date-line"
    head.title, head.title_index = _markup_title(doc, form)
    head.published = doc.meta.get("published") or (dates[min(dates)] if dates else None)
    if found is not None:
        profile = found.profile
        head.notes.append(f"profile {profile.name} ({profile.path}) matched: {found.why}")
        head.pre.update(block_verdicts(profile, doc))
        titled = profile_title(profile, doc)
        if titled:
            head.title, head.title_index = titled
        if profile.no_date:
            head.published = None
        elif profile.date is not None:
            head.published = profile_date(profile, doc, url) or head.published
    if head.title_index is not None:
        head.pre[head.title_index] = "title"
    return head


def run(data, *, url, fmt, sites, options: Options, name: str = "full") -> Result:
    """The full pipeline over one document. An HTML page is read with its navigation, footers and
    sidebars removed first (parse/prune.py; `Options.prune`), and read again whole when the story
    found is doubtful: the elements removed may have held it."""
    started = time.perf_counter()
    result, pruned = _run(data, url=url, fmt=fmt, sites=sites, options=options, name=name, prune=options.prune)
    if pruned and doubtful(result, data) and not _spent(options, started):
        again, _ = _run(data, url=url, fmt=fmt, sites=sites, options=options, name=name, prune=False)
        note = f"read again without removing elements: with {pruned} removed, the story weighed {weight(result.text)}"
        return dataclasses.replace(again, notes=(note, *again.notes))
    return result


def doubtful(result: Result, data: str | bytes) -> bool:
    """Whether the story found in an HTML page is short enough to be a miss: under FALLBACK_WEIGHT,
    or under SHORT_WEIGHT on a page of ordinary size."""
    if len(result.text) >= max(FALLBACK_WEIGHT, SHORT_WEIGHT) or result.format not in ("html", "fragment"):
        return False  # (a text weighs at least its length: not worked out for a long story)
    found = weight(result.text)
    return found < FALLBACK_WEIGHT or found < SHORT_WEIGHT and len(data) <= FALLBACK_PAGE_CHARS  # bytes or characters


def _run(data, *, url, fmt, sites, options: Options, name: str, prune: bool) -> tuple[Result, int]:
    """The Result, and how many elements were removed before the walk."""
    started = time.perf_counter()
    decoded = decode(data)
    if decoded.binary:
        return Result(format=fmt or "text", extractor=name, url=url, reason="binary input: not a text document"), 0
    if _spent(options, started):
        return Result(format=fmt or "text", extractor=name, url=url, reason="time budget spent while decoding"), 0
    text = decoded.text
    notes: list[str] = []
    if len(text) > options.max_chars:
        text = text[: options.max_chars]
        notes.append(f"input cut to max_chars={options.max_chars}")
    if not text or text.isspace():  # (not `strip`, which copies a page with a newline at its end)
        return Result(format=fmt or "text", extractor=name, url=url, reason="empty input"), 0
    form = fmt or detect(text)
    profiles = load_profiles(sites) if sites is not False else ()
    utf8 = decoded.utf8 if text is decoded.text else None  # (not when cut to max_chars)
    if profiles and not url and form in ("html", "fragment"):
        # the profile is chosen by the URL the page names in its tree, read with the metadata
        chosen: list[Match | None] = []
        doc = parse(text, form, None, utf8, prune, _chooser(profiles, text, form, chosen))
        found = chosen[0] if chosen else None
    else:
        found = match(profiles, url, text, form) if profiles else None
        doc = parse(text, form, prepare_tree(found.profile) if found else None, utf8, prune)
    del text, decoded, utf8  # not read again: freed before the stages whose objects make the peak (issue #7)
    notes.extend(doc.notes)
    if not doc.blocks:
        return Result(format=form, extractor=name, url=url, reason="no text blocks in the document"), doc.pruned
    head = _head(doc, form, found, url)
    notes.extend(head.notes)
    if _spent(options, started):
        return Result(format=form, extractor=name, url=url, reason="time budget spent before classification"), doc.pruned
    feats = features(doc, options)
    decisions = apply_favor(options.favor, doc.blocks, feats, select(doc, feats, options, head.title, head.pre))
    title = head.title
    if title is None:
        title, index = _text_title(doc, decisions)
        if index is not None:
            decisions[index] = Decision(index, False, "title", "metadata", title or "")
    kept, title, repaired = finished([doc.blocks[d.index] for d in decisions if d.keep], title)
    if repaired:
        notes.append(REPAIRED)
    body = render_text(kept)
    published = head.published
    if not published and not (found and found.profile.no_date):
        if doc.meta.get("epoch"):
            published = metadata.epoch_millis(doc.meta["epoch"])
        elif kept:
            published = metadata.parse_date(kept[0].text[:40])
    found_url = url or doc.meta.get("url") or _title_link(doc, head.title_index) or _footer_url(doc)
    return Result(
        text=body, title=title, published=published, url=found_url,
        lang=doc.meta.get("lang") or metadata.guess_lang(body), format=form, extractor=name,
        site=found.profile.name if found else None,
        reason=None if body else "no article found: every block looked like boilerplate",
        blocks=tuple(kept), trace=tuple(d for d in decisions if not d.keep), notes=tuple(notes),
    ), doc.pruned


def _chooser(profiles: tuple, text: str, form: str, chosen: list[Match | None]):
    """parse_html's `choose`: the hook of the profile that claims the page by the URL it names in
    its tree (canonical link, og:url, JSON-LD), as `fast` reads it, or by its signatures; the
    match is left in `chosen`. A page walked in segments, read before any tree is, is matched as
    `match` does, by the URL document_url finds in its text. (Not the others: an HTML page's
    original-link footer names the site it was copied from, whose profile describes other markup;
    and the search of the page's end for one costs ~0.3 ms. On the shared corpora no HTML page
    without a URL in its tree has one that document_url finds.)"""

    def choose(page_url: str | None):
        chosen.append(claim(profiles, document_url(text) if page_url is None else page_url or None, text, form))
        return prepare_tree(chosen[0].profile) if chosen[0] else None

    return choose


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


def _spent(options: Options, started: float) -> bool:
    return bool(options.time_budget) and time.perf_counter() - started > options.time_budget


def run_auto(data, *, url, fmt, sites, options: Options) -> Result:
    started = time.perf_counter()
    result = run(data, url=url, fmt=fmt, sites=sites, options=options, name="full")
    unsure = doubtful(result, data)
    if unsure and _spent(options, started):  # the fallback would start after the budget ran out
        return dataclasses.replace(result, notes=(*result.notes, "auto: time budget spent; no fallback"))
    if options.fallback and unsure and result.site is None:  # a matched profile knows its site
        from .adapters.trafilatura import run_text_only

        other = run_text_only(data, url=url, fmt=fmt)
        if len(other.text) > FALLBACK_RATIO * len(result.text):
            note = f"auto: the full pipeline found {len(result.text)} characters; trafilatura's far longer text used"
            # the page's title, date and URL are what we read; the text is trafilatura's
            return dataclasses.replace(
                other, title=result.title, published=result.published, url=result.url or other.url,
                lang=result.lang or metadata.guess_lang(other.text),
                notes=(*result.notes, note))
    return result
