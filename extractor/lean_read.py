"""The lean reading of a parsed HTML page (`extractor="fast"`, lean.py): lexbor does the walking.

Paragraph-like elements vote for the element around them (readability's scoring: one point, one
per comma, one per 100 characters up to three; the grandparent gets half), class and id words
weigh the voters' homes with the full pipeline's token sets, the best home under no
boilerplate-named element wins once link text counts against it, readability.js moves it up over
a story split into boxes, siblings that scored well join it, and its innermost blocks are read out
in document order, each checked against the same pattern sets the full pipeline uses.

An element's text is lexbor's own text content (`text_lexbor`, one C call): the same string as
selectolax's `text(deep=True)` (tests/unit/test_lean.py checks every element of the bundled
pages), ~0.1 us faster an element and ~30% faster on a story's container.
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .blocks import Block, Kind, Source, slot_maker
from .classify import TRAILING_LINKS
from .parse.classwords import attr_tokens, describe
from .patterns import CONTENT_TOKENS, line_kind, token_kind
from .textnorm import collapse

#: subtrees that hold no story text: removed before anything is read (a walk of the tree each, no
#: Python object per element; a <template>'s content is not in the tree lexbor walks, so it needs none).
#: The containers go first: the walks after them skip what they held (the same tree in the end,
#: ~20% less of lexbor's time on the Zyte pages)
DROP_TAGS = ("nav", "footer", "aside", "figure", "noscript", "script", "style")
#: elements whose text votes for the element around them
VOTING_TAGS = ("p", "pre", "td", "blockquote")
#: the blocks read out of the chosen elements, in document order (h1 is the page's title)
BLOCK_QUERY = "p, h2, h3, h4, h5, h6, li, pre, blockquote, dd, dt, td"
#: the same as one compound selector: the same elements in the same order (tests/unit/test_lean.py),
#: ~2x faster under a story's root, where lexbor goes over the subtree once, not once per selector
_BLOCKS = f":is({BLOCK_QUERY})"
_KINDS = {"li": Kind.LIST_ITEM, "blockquote": Kind.QUOTE, "pre": Kind.CODE, "td": Kind.TABLE_CELL,
          "dd": Kind.PARAGRAPH, "dt": Kind.PARAGRAPH, "p": Kind.PARAGRAPH}
#: a read-out block's kind and heading level by its tag, in one look-up (on Python 3.11 each
#: `Kind.X` goes through the enum class's `__getattr__` hook, ~0.1 us)
_KIND_LEVEL = {**{tag: (kind, 0) for tag, kind in _KINDS.items()},
               **{f"h{n}": (Kind.HEADING, n) for n in range(1, 7)}}
_PARAGRAPH_LEVEL = (Kind.PARAGRAPH, 0)
_HTML = Source.HTML
#: a voter shorter than this (characters) is a label, not a paragraph
MIN_VOTE_CHARS = 25
#: what a story- or boilerplate-named element gains or loses (readability's class weight)
NAME_WEIGHT = 25
#: how many of the best-scored elements are weighed by their link text
CANDIDATES = 5
#: the winner moves up to an ancestor it shares with ALIKE_MIN of those that scored at least
#: ALIKE_SHARE of its score (readability.js's constants)
ALIKE_SHARE = 0.75
ALIKE_MIN = 3
#: climbing, the winner stops at an ancestor scoring under this share of the last one passed, and
#: moves to one scoring more (readability.js)
PARENT_FLOOR = 1 / 3
#: a sibling joins the winner when it scores this share of the winner's score, and at least SIBLING_MIN
SIBLING_SHARE = 0.2
SIBLING_MIN = 10
#: a sibling paragraph without links joins when it is longer than this
LOOSE_PARAGRAPH = 80
#: a block whose link text is more than this share of its text is a link list's
LINK_SHARE = 0.5
#: only blocks up to this long are checked against the pattern sets: the lines they catch inside a
#: story's home (bylines, credits, share labels, counters, promos) are short, and a long block
#: costs the matcher the most (its `.{0,200}` patterns: ~30 us a block cold over every block, ~11
#: up to 150 characters). Every bound from 100 to 200 characters gives the same result on every
#: corpus but for two lines of 159 and 163 characters (a Reuters credit, a paragraph ending in
#: "...", scrapinghub-aeb +0.0003 below 159); against checking every block, dragnet -0.0005 (two
#: blog footers of ~230 characters kept). 150 is the middle of that plateau
PATTERN_CHARS = 150

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


#: `_name` of an element whose one attribute is its class, by the class (a page repeats its
#: class lists: ~1.5 us an element saved, where the vote and the walks up ask ~30 a page); cleared
#: when full, so memory stays bounded over any number of pages
_name_by_class: dict[str, tuple[int, str]] = {}
_NAME_CACHE_MAX = 50_000


def _name(node: LexborNode) -> tuple[int, str]:
    """What an element's own class/id words say: its weight as a home (NAME_WEIGHT for a story
    word, less NAME_WEIGHT for a boilerplate one), and the boilerplate kind they name ("" if none,
    or if they also name a story: "article-share")."""
    attrs = node.attributes
    if not attrs:
        return 0, ""
    if len(attrs) == 1:
        value = attrs.get("class")
        if value is not None:  # (the words attr_tokens finds: the class's alone)
            found = _name_by_class.get(value)
            if found is None:
                found = _named(attr_tokens(attrs))
                if len(_name_by_class) >= _NAME_CACHE_MAX:
                    _name_by_class.clear()
                _name_by_class[value] = found
            return found
    return _named(attr_tokens(attrs))


def _named(words: tuple[str, ...]) -> tuple[int, str]:
    """`_name` from an element's class/id words."""
    if not words:
        return 0, ""
    kind = token_kind(words)
    story = not CONTENT_TOKENS.isdisjoint(words)
    return (NAME_WEIGHT if story else 0) - (NAME_WEIGHT if kind else 0), (kind if kind and not story else "")


@dataclass
class _Votes:
    """The vote of one page, by lexbor node id: each home's score and node, the boilerplate kind its
    own words name (`_name`), and the characters of the voters whose parent it is."""

    scores: dict[int, float]
    nodes: dict[int, LexborNode]
    named: dict[int, str]
    own: dict[int, int]


def _votes(tree: LexborHTMLParser) -> _Votes:
    """Each voter's points go to its parent, half to its grandparent."""
    votes = _Votes({}, {}, {}, {})
    scores, nodes, named, own = votes.scores, votes.nodes, votes.named, votes.own
    for tag in VOTING_TAGS:
        for voter in tree.tags(tag):
            text = voter.text_lexbor()
            size = len(text.strip())
            if size < MIN_VOTE_CHARS:
                continue
            points = 1 + text.count(",") + min(size // 100, 3)
            if not text.isascii():  # (the ideographic commas: not in an ASCII text)
                points += text.count("，") + text.count("、")
            home, share = voter.parent, 1.0
            for _ in range(2):
                if home is None:
                    break
                key = home.mem_id
                if share == 1.0:
                    own[key] = own.get(key, 0) + size
                if key not in nodes:
                    nodes[key] = home
                    scores[key], named[key] = _name(home)
                scores[key] += points * share
                home, share = home.parent, 0.5
    return votes


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
        found = _name(up)[1]
        if found:
            break
        up = up.parent
    for key in passed:
        memo[key] = found
    return found


def _link_chars(node: LexborNode) -> int:
    return sum(len(a.text_lexbor()) for a in node.css("a"))


def _ancestors(node: LexborNode, stop: int) -> set[int]:
    found = set()
    up = node.parent
    while up is not None and up.mem_id != stop:
        found.add(up.mem_id)
        up = up.parent
    return found


def _winner(votes: _Votes, clean: list[int], stop: int) -> LexborNode:
    """The best of the clean homes once link text is counted against them, then moved up as
    readability.js moves it: to an ancestor shared by ALIKE_MIN other homes that scored nearly
    as well (a story split into boxes), to a parent that scores higher, and out of an only child."""
    scored: list[tuple[float, int]] = []
    high = 0.0  # the best score yet once link text counts
    for key in clean[:CANDIDATES]:  # (the homes come best first: a ranking by score)
        raw = votes.scores[key]
        # link text only lowers a score of 0 or more: once a home scores under ALIKE_SHARE of
        # the best yet, neither it nor a home after it can win or be alike (the same answer
        # without the link text of ~2 of the ~4 candidates a page has, ~15 us each)
        if 0 <= raw < ALIKE_SHARE * high:
            break
        scored.append((_weighed(votes, key), key))
        high = max(high, scored[-1][0])
    scored.sort(key=lambda pair: pair[0], reverse=True)  # ties keep the ranking's order, the page's: never
    top_score, top_key = scored[0]                       # the nodes' memory addresses (runs would differ)
    best = votes.nodes[top_key]
    alike = [_ancestors(votes.nodes[k], stop) for score, k in scored[1:] if score >= ALIKE_SHARE * top_score]
    if len(alike) >= ALIKE_MIN:
        up = best.parent
        while up is not None and up.mem_id != stop:
            if sum(up.mem_id in a for a in alike) >= ALIKE_MIN:
                return _out_of_only_child(up, stop)
            up = up.parent
    last = votes.scores[top_key]
    up = best.parent
    while up is not None and up.mem_id != stop:
        score = votes.scores.get(up.mem_id)
        if score is not None:
            if score < PARENT_FLOOR * last:
                break
            if score > last:
                best = up
                break
            last = score
        up = up.parent
    return _out_of_only_child(best, stop)


def _weighed(votes: _Votes, key: int) -> float:
    """A home's score once its link text counts against it (readability's link density)."""
    node = votes.nodes[key]
    return votes.scores[key] * (1 - _link_chars(node) / (len(node.text_lexbor()) or 1))


def _out_of_only_child(node: LexborNode, stop: int) -> LexborNode:
    up = node.parent
    while up is not None and up.mem_id != stop and _element_children(up) == 1:
        node, up = up, up.parent
    return node


def _element_children(node: LexborNode) -> int:
    count = 0
    for _ in node.iter():
        count += 1
        if count > 1:
            break
    return count


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
        elif sibling.tag == "p" and len(sibling.text_lexbor()) > LOOSE_PARAGRAPH and sibling.css_first("a") is None:
            kept.append(sibling)
    return kept


def _nearest_above(node: LexborNode, keys: Container[int], stop: int) -> int | None:
    """The lexbor id of the nearest element above `node` whose id is in `keys`, looked for up to
    `stop` (None if there is none)."""
    up = node.parent
    while up is not None:
        key = up.mem_id
        if key in keys:
            return key
        if key == stop:
            return None
        up = up.parent
    return None


def _read(roots: list[LexborNode]) -> tuple[list[Block], list[tuple[str, str]]]:
    """The innermost blocks under `roots`, in order, and the ones a rule dropped (text, rule)."""
    kept: list[Block] = []
    dropped: list[tuple[str, str]] = []
    for root in roots:
        stop = root.mem_id
        memo: dict[int, str] = {}
        found = root.css(_BLOCKS)
        texts = [el.text_lexbor() for el in found]
        links = _links_by_block(root, {el.mem_id for el in found})
        for i, el in enumerate(found):
            # a list item or quote holding paragraphs: its paragraphs are read (the next block is
            # inside it only if its text is part of this one's, looked for before walking up)
            if i + 1 < len(found) and texts[i + 1] in texts[i] \
                    and _nearest_above(found[i + 1], (el.mem_id,), stop) is not None:
                continue
            text = collapse(texts[i])
            if not text:
                continue
            link_chars = links.get(el.mem_id, 0)
            rule = _drop_rule(el, text, link_chars, stop, memo)
            if rule:
                dropped.append((text, rule))
                continue
            tag = el.tag or ""  # (an element found by its tag name has one)
            kind, level = _KIND_LEVEL.get(tag, _PARAGRAPH_LEVEL)
            kept.append(_make_block(text, kind, len(kept), _HTML, tag, link_chars, level))
    return kept, dropped


def _links_by_block(root: LexborNode, blocks: set[int]) -> dict[int, int]:
    """The link text of each block under `root` that holds links (by lexbor node id): each link's
    text goes to the nearest block around it (one query for the links of the whole root, not one
    per block; a block read out holds no other block, so its links are all its own)."""
    found: dict[int, int] = {}
    for link in root.css("a"):
        key = _nearest_above(link, blocks, root.mem_id)
        if key is not None:
            found[key] = found.get(key, 0) + len(link.text_lexbor())
    return found


def _drop_rule(el: LexborNode, text: str, links: int, stop: int, memo: dict[int, str]) -> str:
    if links > LINK_SHARE * len(text):
        return "fast:links"
    kind = line_kind(text) if len(text) <= PATTERN_CHARS else None
    # a paragraph trailing off in "..." with a word or two linked, not its headline, is the story's
    # own voice inside its home (classify._trailing_off)
    if kind and not (kind == "teaser" and links < TRAILING_LINKS * len(text)):
        return f"fast:pattern:{kind}"
    words = _words(el)
    kind = (token_kind(words) if words else None) or _named_above(el, stop, memo)
    return f"fast:named:{kind}" if kind else ""


def lean_pick(tree: LexborHTMLParser) -> Pick | None:
    """The story of a parsed page by the lean reading, or None when no element drew a vote."""
    tree.strip_tags(list(DROP_TAGS))  # each element taken out of the tree with what it holds, in C
    votes = _votes(tree)
    if not votes.scores:
        return None
    top = tree.body or tree.root  # (a tree whose elements voted has a root)
    stop = top.mem_id if top is not None else 0
    memo: dict[int, str] = {}
    ranked = sorted(votes.scores, key=votes.scores.__getitem__, reverse=True)
    clean = [k for k in ranked if not votes.named[k] and not _named_above(votes.nodes[k], stop, memo)]
    best = _winner(votes, clean or ranked, stop)
    roots = _with_siblings(best, votes.scores)
    kept, dropped = _read(roots)
    chars = sum(len(b.text) for b in kept)
    # the page's paragraph text: that of voters whose parent sits under no boilerplate-named element
    total = sum(votes.own.get(k, 0) for k in clean) or sum(votes.own.values())
    home = describe(best) + (f" and {len(roots) - 1} of its siblings" if len(roots) > 1 else "")
    return Pick(tuple(kept), tuple(dropped), home, chars / total if total else 0.0)
