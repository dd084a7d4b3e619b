"""Blog front pages: several dated posts built alike, one after the other; the page's article is the
first of them (the newest post), not the longest one.

A post is an element holding both a date line (its header "2005-03-21 01:20:44", or its footer
"posted by X @ 6:01 PM") and prose, whose siblings are built like it (the same tag and class words,
numbers set aside: `tr#p12128`, `tr#p10314`), hold a date line and prose too, and have their first
date line in the same place, inside elements named by a template (`td.post-title`). When the
story's container lies inside a later post, the first post is the story. (CleanEval's gold keeps
every post of a front page whose posts were all taken together; this rule leaves those alone: it
only moves a container that sits inside one post already.)
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from itertools import compress

from .blocks import Block, Document, subtree_sums
from .classify import LINK_HEAVY, PROSE_WEIGHT, Features
from .metadata import DATE_LINE_CHARS, parse_date
from .patterns import token_kind

#: a block this heavy, with few links and no boilerplate kind, is a post's prose
POST_PROSE_WEIGHT = 50
#: posts needed to call a page a list of posts
MIN_POSTS = 2
#: elements that hold a part of a post, never a whole one
_NOT_POSTS = frozenset({"p", "span", "a", "b", "i", "em", "strong", "font", "li"})

_SENTENCE_ENDS = frozenset(".!?。！？…")

Path = tuple[tuple[str, frozenset[str]], ...]


def _words(doc: Document, e: int) -> frozenset[str]:
    """An element's class/id words, without those that number it (`p12128`, `post-4471`)."""
    return frozenset(t for t in doc.etokens[e] if not _numbered(t))


_ASCII_DIGIT = re.compile("[0-9]")


def _numbered(word: str) -> bool:
    """True when the word holds a digit (str.isdigit: in ASCII, 0-9; one C-level search)."""
    return _ASCII_DIGIT.search(word) is not None if word.isascii() else any(ch.isdigit() for ch in word)


def _date_line(text: str, f: Features) -> bool:
    """A short line that is a byline or holds a date (parse_date answers a line without a year's
    digits at once)."""
    return len(text) <= DATE_LINE_CHARS and (f.line_kind == "byline" or parse_date(text) is not None)


def _path(doc: Document, node: int, top: int, words: Callable[[int], frozenset[str]]) -> Path:
    """The elements from `node` up to `top` (not included), as tags and `words`."""
    out = []
    while node > top:
        out.append((doc.tags[node], words(node)))
        node = doc.parent[node]
    return tuple(out)


def first_post(doc: Document, feats: list[Features], container: int) -> int | None:
    """The element holding the first post when `container` lies inside a later post of a list of
    dated posts; None otherwise."""
    n = len(doc.tags)
    dates = [0] * n
    prose = [0] * n
    for b, f in zip(doc.blocks, feats):
        if b.node >= n:
            continue
        if len(b.text) <= DATE_LINE_CHARS and _date_line(b.text, f):  # (most blocks are longer)
            dates[b.node] += 1
        elif f.weight >= POST_PROSE_WEIGHT and f.link_density <= LINK_HEAVY and not f.line_kind \
                and not f.head_kind and not f.container_kind:
            prose[b.node] += f.weight
    dated = list(compress(range(n), dates))  # the elements holding a date line, in page order
    if len(dated) < MIN_POSTS:
        return None  # posts each hold a date line in an element of their own: too few to be posts
    dates_in, prose_in = subtree_sums(doc, dates), subtree_sums(doc, prose)

    def post_like(e: int) -> bool:  # it holds a date line and prose
        return dates_in(e) > 0 and prose_in(e) > 0

    def first_date(e: int) -> int:  # the element of its first date line (it holds one)
        return dated[bisect_left(dated, e)]

    known: dict[int, frozenset[str]] = {}  # the walk up reads the same elements' words again and again

    def words(e: int) -> frozenset[str]:
        found = known.get(e)
        if found is None:
            found = known[e] = _words(doc, e)
        return found

    e = container
    while e > 0:  # the innermost element around the container with posts built like it beside it
        mine = words(e) if post_like(e) and doc.tags[e] not in _NOT_POSTS else None
        if mine is not None and not token_kind(mine):
            where = _path(doc, first_date(e), e, words)
            if any(w for _, w in where):  # a template's parts, named
                peers = [s for s in doc.children(doc.parent[e]) if s != e and post_like(s)
                         and doc.tags[s] == doc.tags[e] and words(s) == mine
                         and _path(doc, first_date(s), s, words) == where]
                if len(peers) + 1 >= MIN_POSTS:
                    return peers[0] if peers[0] < e else None
        e = doc.parent[e]
    return None


def dated_title(blocks: list[Block], feats: list[Features], region: list[int]) -> list[int]:
    """The title line opening a container when a date line follows it at once (a post's header:
    "昨天去金矿玩 (图)", then "2005-03-21 01:20:44"): a short line that ends no sentence (it may
    end in "(图)", a photo mark). Gold text never keeps titles."""
    if len(region) < 2:
        return []
    first, then = region[0], region[1]
    f = feats[first]
    if f.weight < PROSE_WEIGHT and blocks[first].text.rstrip()[-1:] not in _SENTENCE_ENDS and not f.line_kind \
            and _date_line(blocks[then].text, feats[then]):
        return [first]
    return []
