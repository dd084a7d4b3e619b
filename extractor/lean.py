"""`fast`: a lean reader of whole HTML pages, built on lexbor's own queries (issue #7).

The full pipeline walks every node from Python and classifies every block; `fast` lets lexbor do
the walking. Paragraph-like elements vote for the element around them (readability's scoring:
one point, one per comma, one per 100 characters up to three; the grandparent gets half), class
and id words weigh the voters' homes, the best home without a boilerplate-named ancestor wins
(link text counted against it), siblings that scored well join it, and its blocks are read out
in document order, each checked against the same pattern sets the full pipeline uses.

Where this reading is doubtful, the full pipeline reads the page instead and the result says so
in its notes: text and Markdown copies, pages a site profile claims, pages whose markup must be
bounded first, pages without paragraphs, a story under SHORT_WEIGHT, or one that holds less than
COVER of the page's voting text (a story split over several homes, or paragraphs elsewhere that
may belong to it); and when `favor` or `include_captions` is set, which only the full pipeline
reads. `include_headings`, `_lists`, `_quotes` and `_tables` are honoured; `topic_filter` is
the full pipeline's.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

from . import metadata
from .blocks import Block, Decision, Kind, Source, slot_maker
from .decode import decode
from .detect import detect
from .mojibake import needs_repair, repair
from .options import Options
from .parse.bounds import surely_bounded
from .parse.classwords import attr_tokens
from .patterns import CONTENT_TOKENS, line_kind, token_kind
from .result import Result
from .sites.match import load_profiles, match
from .textnorm import collapse, nfc, weight

#: subtrees that hold no story text: removed before anything is read
DROP_TAGS = ("script", "style", "noscript", "template", "nav", "footer", "aside", "figure")
#: elements whose text votes for the element around them
VOTING_TAGS = ("p", "pre", "td", "blockquote")
#: the blocks read out of the chosen elements, in document order (h1 is the page's title)
BLOCK_QUERY = "p, h2, h3, h4, h5, h6, li, pre, blockquote, dd, dt, td"
_KINDS = {"li": Kind.LIST_ITEM, "blockquote": Kind.QUOTE, "pre": Kind.CODE, "td": Kind.TABLE_CELL,
          "dd": Kind.PARAGRAPH, "dt": Kind.PARAGRAPH, "p": Kind.PARAGRAPH}
#: a voter shorter than this (characters) is a label, not a paragraph
MIN_VOTE_CHARS = 25
#: what a story- or boilerplate-named element gains or loses (readability's class weight)
NAME_WEIGHT = 25
#: how many of the best-scored elements are weighed by their link text
CANDIDATES = 5
#: a sibling joins the winner when it scores this share of the winner's score, and at least SIBLING_MIN
SIBLING_SHARE = 0.2
SIBLING_MIN = 10
#: a sibling paragraph without links joins when it is longer than this
LOOSE_PARAGRAPH = 80
#: a block whose link text is more than this share of its text is a link list's
LINK_SHARE = 0.5
#: the story must hold this share of the page's voting text, or the full pipeline reads the page
COVER = 0.6
#: below this weight (characters, CJK ~3x) the full pipeline reads the page (pipeline.SHORT_WEIGHT)
SHORT_WEIGHT = 600
#: with at most this many '<' a page cannot nest deep enough to make the parse slow (4,096 nested
#: <div> parse in ~0.1 s); past it, or with a start tag long enough to hold thousands of
#: attributes, the full pipeline bounds the markup first (parse/bounds.py)
MAX_TAGS = 4096

_make_block = slot_maker(Block, ("text", "kind", "index", "source", "tag", "link_chars", "level"))


@dataclass(frozen=True)
class Pick:
    """What the lean reading found: the story's blocks, the blocks dropped inside its elements
    (text, rule), and how sure it is."""

    blocks: tuple[Block, ...]
    dropped: tuple[tuple[str, str], ...]
    home: str
    cover: float


def _words(node: LexborNode) -> tuple[str, ...]:
    return attr_tokens(node.attributes)


def _name_weight(node: LexborNode) -> int:
    words = _words(node)
    if not words:
        return 0
    score = -NAME_WEIGHT if token_kind(words) else 0
    return score + NAME_WEIGHT if any(w in CONTENT_TOKENS for w in words) else score


def _votes(tree: LexborHTMLParser) -> tuple[dict[int, float], dict[int, LexborNode], int]:
    """Each voter's points go to its parent, half to its grandparent. Returns the scores and nodes
    by lexbor node id, and the characters of all voters (the page's paragraph text)."""
    scores: dict[int, float] = {}
    nodes: dict[int, LexborNode] = {}
    total = 0
    for tag in VOTING_TAGS:
        for voter in tree.tags(tag):
            text = voter.text(deep=True)
            size = len(text.strip())
            if size < MIN_VOTE_CHARS:
                continue
            total += size
            points = 1 + text.count(",") + text.count("，") + text.count("、") + min(size // 100, 3)
            home, share = voter.parent, 1.0
            for _ in range(2):
                if home is None:
                    break
                key = home.mem_id
                if key not in nodes:
                    nodes[key] = home
                    scores[key] = _name_weight(home)
                scores[key] += points * share
                home, share = home.parent, 0.5
    return scores, nodes, total


def _named_above(node: LexborNode, stop: int, memo: dict[int, str]) -> str:
    """The boilerplate kind an element between `node` and `stop` is named as ("" if none); memo
    holds the answer for every element passed on the way up."""
    passed = []
    found = ""
    up = node.parent
    while up is not None:
        key = up.mem_id
        if key == stop:
            break
        if key in memo:
            found = memo[key]
            break
        passed.append(key)
        words = _words(up)
        kind = token_kind(words) if words else None
        if kind and not any(w in CONTENT_TOKENS for w in words):
            found = kind
            break
        up = up.parent
    for key in passed:
        memo[key] = found
    return found


def _link_chars(node: LexborNode) -> int:
    return sum(len(a.text(deep=True)) for a in node.css("a"))


def _winner(scores: dict[int, float], nodes: dict[int, LexborNode], stop: int) -> LexborNode:
    memo: dict[int, str] = {}
    ranked = sorted(scores, key=scores.__getitem__, reverse=True)
    clean = [k for k in ranked if not _named_above(nodes[k], stop, memo)][:CANDIDATES] or ranked[:CANDIDATES]
    best, best_score = nodes[clean[0]], float("-inf")
    for key in clean:
        node = nodes[key]
        size = len(node.text(deep=True)) or 1
        score = scores[key] * (1 - _link_chars(node) / size)
        if score > best_score:
            best, best_score = node, score
    return best


def _with_siblings(best: LexborNode, scores: dict[int, float]) -> list[LexborNode]:
    parent = best.parent
    if parent is None:
        return [best]
    limit = max(SIBLING_MIN, SIBLING_SHARE * scores.get(best.mem_id, 0.0))
    kept = []
    for sibling in parent.iter():
        score = scores.get(sibling.mem_id)
        if sibling.mem_id == best.mem_id or score is not None and score >= limit:
            kept.append(sibling)
        elif sibling.tag == "p" and len(sibling.text(deep=True)) > LOOSE_PARAGRAPH and sibling.css_first("a") is None:
            kept.append(sibling)
    return kept


def _inside(node: LexborNode, outer: int, stop: int) -> bool:
    """Whether `outer` is an ancestor of `node` (looked for up to `stop`)."""
    up = node.parent
    while up is not None:
        key = up.mem_id
        if key == outer:
            return True
        if key == stop:
            return False
        up = up.parent
    return False


def _read(roots: list[LexborNode]) -> tuple[list[Block], list[tuple[str, str]]]:
    """The innermost blocks under `roots`, in order, and the ones a rule dropped (text, rule)."""
    kept: list[Block] = []
    dropped: list[tuple[str, str]] = []
    for root in roots:
        stop = root.mem_id
        memo: dict[int, str] = {}
        found = root.css(BLOCK_QUERY)
        for i, el in enumerate(found):
            if i + 1 < len(found) and _inside(found[i + 1], el.mem_id, stop):
                continue  # a list item or quote holding paragraphs: its paragraphs are read
            text = collapse(el.text(deep=True))
            if not text:
                continue
            links = _link_chars(el) if el.css_first("a") is not None else 0
            rule = _drop_rule(el, text, links, stop, memo)
            if rule:
                dropped.append((text, rule))
                continue
            tag = el.tag
            kind = Kind.HEADING if tag[0] == "h" else _KINDS.get(tag, Kind.PARAGRAPH)
            level = int(tag[1]) if kind is Kind.HEADING else 0
            kept.append(_make_block(text, kind, len(kept), Source.HTML, tag, links, level))
    return kept, dropped


def _drop_rule(el: LexborNode, text: str, links: int, stop: int, memo: dict[int, str]) -> str:
    if links > LINK_SHARE * len(text):
        return "fast:links"
    kind = line_kind(text)
    if kind:
        return f"fast:pattern:{kind}"
    words = _words(el)
    kind = (token_kind(words) if words else None) or _named_above(el, stop, memo)
    return f"fast:named:{kind}" if kind else ""


def _describe(node: LexborNode) -> str:
    attrs = node.attributes
    named = "".join(f" {k}={attrs[k]!r}" for k in ("id", "class") if attrs.get(k))
    return f"<{node.tag}{named}>"


def lean_pick(tree: LexborHTMLParser) -> Pick | None:
    """The story of a parsed page by the lean reading, or None when no element drew a vote."""
    for tag in DROP_TAGS:
        for node in tree.tags(tag):
            node.decompose()
    scores, nodes, total = _votes(tree)
    if not scores:
        return None
    stop = (tree.body or tree.root).mem_id
    best = _winner(scores, nodes, stop)
    roots = _with_siblings(best, scores)
    kept, dropped = _read(roots)
    chars = sum(len(b.text) for b in kept)
    home = _describe(best) + (f" and {len(roots) - 1} of its siblings" if len(roots) > 1 else "")
    return Pick(tuple(kept), tuple(dropped), home, chars / total if total else 0.0)


def _doubt(pick: Pick | None) -> str:
    if pick is None:
        return "no paragraphs to vote"
    text_weight = sum(weight(b.text) for b in pick.blocks)
    if text_weight < SHORT_WEIGHT:
        return f"story of weight {text_weight} under {SHORT_WEIGHT}"
    if pick.cover < COVER:
        return f"story holds {pick.cover:.0%} of the page's paragraph text, under {COVER:.0%}"
    return ""


def _full(data, url, fmt, sites, options: Options, why: str) -> Result:
    from .pipeline import run

    result = run(data, url=url, fmt=fmt, sites=sites, options=options, name="fast")
    return dataclasses.replace(result, notes=(f"fast: {why}; the full pipeline read it", *result.notes))


def run_fast(data: str | bytes, *, url: str | None, fmt: str | None, sites, options: Options) -> Result:
    """`extract(..., extractor="fast")`: the lean reading where it is sure, else the full pipeline."""
    decoded = decode(data)
    text = decoded.text[: options.max_chars]
    form = fmt or (detect(text) if text.strip() and not decoded.binary else None)
    if form not in ("html", "fragment"):
        return _full(data, url, fmt, sites, options, f"{form or 'empty'} input")
    if options.favor != "balanced" or options.include_captions:
        return _full(data, url, fmt, sites, options, "favor or include_captions set")
    profiles = load_profiles(sites) if sites is not False else ()
    found = match(profiles, url, text) if profiles else None
    if found is not None:
        return _full(data, url, fmt, sites, options, f"site profile {found.profile.name}")
    if not surely_bounded(text, MAX_TAGS):
        return _full(data, url, fmt, sites, options, "markup to be bounded first (many tags or a long tag)")
    tree = LexborHTMLParser(text)
    meta = metadata.html_meta(tree)
    pick = lean_pick(tree)
    why = _doubt(pick)
    if why:
        return _full(data, url, fmt, sites, options, why)
    return _result(pick, meta, url, form, options)


#: the kinds of block an option leaves out when it is off
_OPTIONAL = (("include_headings", Kind.HEADING), ("include_lists", Kind.LIST_ITEM),
             ("include_quotes", Kind.QUOTE), ("include_tables", Kind.TABLE_CELL))


def _result(pick: Pick, meta: dict[str, str], url: str | None, form: str, options: Options) -> Result:
    off = {kind: name for name, kind in _OPTIONAL if not getattr(options, name)}
    dropped = list(pick.dropped) + [(b.text, f"options:{off[b.kind]}") for b in pick.blocks if b.kind in off]
    blocks = [b if (t := nfc(b.text)) is b.text else b.with_(text=t) for b in pick.blocks if b.kind not in off]
    title = nfc(meta["title"]) if meta.get("title") else None
    notes = [f"fast: story in {pick.home}, {pick.cover:.0%} of the page's paragraph text"]
    if needs_repair("\n".join([title or "", *(b.text for b in blocks)])):
        blocks = [b.with_(text=repair(b.text)) for b in blocks]
        title = repair(title) if title else title
        notes.append("double-encoded characters repaired (ftfy)")
    body = "\n\n".join(b.text for b in blocks)
    published = meta.get("published") or (metadata.epoch_millis(meta["epoch"]) if meta.get("epoch") else None)
    trace = tuple(Decision(i, False, rule, "fast", text) for i, (text, rule) in enumerate(dropped))
    return Result(text=body, title=title, published=published, url=url or meta.get("url"),
                  lang=meta.get("lang") or metadata.guess_lang(body), format=form, extractor="fast",
                  blocks=tuple(blocks), trace=trace, notes=tuple(notes))
