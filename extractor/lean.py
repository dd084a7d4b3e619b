"""`fast`: the lean reading of whole HTML pages (lean_read.py) where it is sure (issue #7).

The full pipeline walks every node from Python and classifies every block; `fast` lets lexbor do
the walking and reads only the story's home. Where that reading is doubtful the full pipeline reads
the page instead (`full`, never trafilatura: its ~90 ms a page would undo the speed; `auto` asks
it), and the result says so in its notes: text and Markdown copies, pages a site profile claims,
pages whose markup must be bounded first, pages without paragraphs, a story under SHORT_WEIGHT
(pipeline's: under it `auto` doubts its own story too), or one that holds less than COVER of the
page's paragraph text (a story split over several homes, or paragraphs elsewhere that may belong
to it); and when `favor` or `include_captions` is set, which only the full pipeline reads.
`include_headings`, `_lists`, `_quotes` and `_tables` are honoured; `topic_filter` is the full
pipeline's.
"""

from __future__ import annotations

import dataclasses

from selectolax.lexbor import LexborHTMLParser

from . import metadata
from .blocks import Block, Decision, Kind
from .decode import clean, clean_kept, decode
from .detect import detect
from .lean_read import Pick, lean_pick
from .options import Options
from .parse.bounds import SAFE_TAGS, surely_bounded
from .pipeline import SHORT_WEIGHT, run
from .render import REPAIRED, finished, render_text
from .result import Result
from .sites.match import claim, load_profiles
from .textnorm import weight

#: the story must hold this share of the page's voting text, or the full pipeline reads the page
COVER = 0.75


def _doubt(pick: Pick | None) -> str:
    if pick is None:
        return "no paragraphs to vote"
    # a text weighs at least its length: the weights (which count CJK characters) are worked out
    # only for a story that may be short
    if sum(len(b.text) for b in pick.blocks) < SHORT_WEIGHT:
        text_weight = sum(weight(b.text) for b in pick.blocks)
        if text_weight < SHORT_WEIGHT:
            return f"story of weight {text_weight} under {SHORT_WEIGHT}"
    if pick.cover < COVER:
        return f"story holds {pick.cover:.0%} of the page's paragraph text, under {COVER:.0%}"
    return ""


def run_fast(data: str | bytes, *, url: str | None, fmt: str | None, sites, options: Options) -> Result:
    """`extract(..., extractor="fast")`: the lean reading where it is sure, else the full pipeline."""
    read = _lean(data, url, fmt, sites, options)
    if isinstance(read, Result):
        return read
    # handed on once the decoded text, its bytes and its tree are freed: the full pipeline decodes
    # and parses again, and the two copies would make the peak of a large document (issue #7)
    result = run(data, url=url, fmt=fmt, sites=sites, options=options, name="full")
    return dataclasses.replace(result, notes=(f"fast: {read}; the full pipeline read it", *result.notes))


def _lean(data: str | bytes, url: str | None, fmt: str | None, sites, options: Options) -> Result | str:
    """The lean reading's Result, or why the page goes to the full pipeline."""
    # control characters are cleaned from the story's text, not searched for in the whole page
    decoded = decode(data, keep_controls=True)
    text = decoded.text
    whole = len(text) <= options.max_chars
    if not whole:
        text = text[: options.max_chars]
    # (`isspace`, not `strip`: a page ending in a newline is not copied whole to be tested)
    form = fmt or (detect(text) if text and not text.isspace() and not decoded.binary else None)
    if form not in ("html", "fragment"):
        return f"{form or ('binary' if decoded.binary else 'empty')} input"
    if options.favor != "balanced" or options.include_captions:
        return "favor or include_captions set"
    if not surely_bounded(text, SAFE_TAGS):  # else the full pipeline bounds the markup first
        return "markup to be bounded first (many tags, or attributes)"
    # the UTF-8 bytes decoding had at hand spare lexbor encoding the text again
    try:
        tree = LexborHTMLParser(decoded.utf8 if whole and decoded.utf8 is not None else text)
    except UnicodeEncodeError:  # a lone surrogate in a str, which cleaning removes
        tree = LexborHTMLParser(clean(text))
    meta = metadata.html_meta(tree)
    # the URL the page names for itself (canonical link, og:url, JSON-LD), read from the tree,
    # spares the profiles a regex search of the text for it (document_url's other hints are for
    # Markdown and text: a title link, an original-link footer in plain text)
    profiles = load_profiles(sites) if sites is not False else ()
    found = claim(profiles, url or meta.get("url"), text, form) if profiles else None
    if found is not None:
        return f"site profile {found.profile.name}"
    pick = lean_pick(tree)
    doubt = _doubt(pick)
    if doubt or pick is None:
        return doubt
    return _result(pick, meta, url, form, options, decoded.raw_controls)


def _without_controls(blocks: list[Block], title: str | None) -> tuple[list[Block], str | None]:
    """The kept text with control characters cleaned out (after `finished`, whose mojibake repair
    reads C1 controls as evidence)."""
    cleaned = clean_kept([title or "", *(b.text for b in blocks)])
    if cleaned is None:
        return blocks, title
    kept = [b.with_(text=text) for b, text in zip(blocks, cleaned[1:]) if text.strip()]
    return kept, cleaned[0] or None


#: the kinds of block an option leaves out when it is off
_OPTIONAL = (("include_headings", Kind.HEADING), ("include_lists", Kind.LIST_ITEM),
             ("include_quotes", Kind.QUOTE), ("include_tables", Kind.TABLE_CELL))


def _result(pick: Pick, meta: dict[str, str], url: str | None, form: str, options: Options,
            raw_controls: bool = False) -> Result:
    off = {kind: name for name, kind in _OPTIONAL if not getattr(options, name)}
    dropped = list(pick.dropped) + [(b.text, f"options:{off[b.kind]}") for b in pick.blocks if b.kind in off]
    blocks, title, repaired = finished([b for b in pick.blocks if b.kind not in off], meta.get("title") or None)
    if raw_controls:
        blocks, title = _without_controls(blocks, title)
    notes = [f"fast: story in {pick.home}, {pick.cover:.0%} of the page's paragraph text"]
    if repaired:
        notes.append(REPAIRED)
    body = render_text(blocks)
    published = meta.get("published") or (metadata.epoch_millis(meta["epoch"]) if meta.get("epoch") else None)
    trace = tuple(Decision(i, False, rule, "fast", text) for i, (text, rule) in enumerate(dropped))
    return Result(text=body, title=title, published=published, url=url or meta.get("url"),
                  lang=meta.get("lang") or metadata.guess_lang(body), format=form, extractor="fast",
                  blocks=tuple(blocks), trace=trace, notes=tuple(notes))
