"""Paragraphs set beside the story's box: an old page puts the writer's words in plain <p>
elements next to the table or quote that holds the rest (a comment before a quoted article, the
story's close after the layout table that held its start). They join the story when they are its
prose on its topic, and lie next to the box with nothing but other such paragraphs, a sub-heading
or a caption between."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable

from .blocks import Document
from .classify import _SENTENCE_MARK, LINK_HEAVY, PROSE_WEIGHT, Features
from .runs import OFF_TOPIC
from .topic import overlap, vocabulary

#: elements that may hold a paragraph set beside the story's box
PARAGRAPH_TAGS = frozenset({"p", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6"})
#: a paragraph beside the box shares this share of its terms with the story (a site's notice, a
#: copyright line or a comment policy beside it shares fewer)
BESIDE_TOPIC = OFF_TOPIC
#: a quotation closed by a straight quote mark ends a sentence too
_QUOTED_ENDS = (".'", "?'", "!'")
#: an element beside the box holding more elements than this, and no paragraph itself, ends the
#: walk unread (a caption's table or a sub-heading holds a few; a sidebar, many): each level's
#: walk then reads a few small elements, and a page nested 20,000 deep is read once, not 20,000 times
SMALL_ELEMENTS = 64
#: at most this many short elements (a sub-heading, a caption's table) between two joined paragraphs
SHORT_BETWEEN = 2


def beside_paragraphs(doc: Document, feats: list[Features], best: int) -> set[int]:
    """Elements beside `best` or beside one of its ancestors (below <body>'s own level) that are
    paragraphs of the story: each holds prose on the story's topic, and the walk from the box
    outwards stops at the first element that is neither such a paragraph nor a short one."""
    nodes = [b.node for b in doc.blocks]
    # the blocks by element (in page order within one), so that an element's blocks are one slice
    inside = sorted(range(len(nodes)), key=nodes.__getitem__)
    inside_nodes = [nodes[k] for k in inside]
    words: list[Counter[str]] = []  # the story's vocabulary, made at the first paragraph to weigh

    def story_words() -> Counter[str]:
        if not words:
            words.append(vocabulary([b.text for b, f in zip(doc.blocks, feats)
                                     if best <= b.node <= doc.end[best] and _prose(b.text, f)]))
        return words[0]

    found: set[int] = set()
    e = best
    while e and doc.tags[e] not in ("body", "html") and doc.tags[doc.parent[e]] not in ("html", "#root"):
        up = doc.parent[e]
        siblings = doc.children(up)
        at = siblings.index(e)
        for side in (siblings[at + 1:], siblings[at - 1::-1] if at else []):
            found |= _walk(doc, feats, (inside, inside_nodes), story_words, side)
        e = up
    return found


def _walk(doc: Document, feats: list[Features], inside: tuple[list[int], list[int]],
          story_words: Callable[[], Counter[str]], side: list[int]) -> set[int]:
    """The elements of `side` (siblings in order away from the box) that join the story; `inside`
    holds the blocks ordered by element and, alongside, their elements."""
    order, nodes = inside
    joined: set[int] = set()
    pending: list[int] = []

    def topical(k: int) -> bool:
        words = story_words()
        return bool(words) and overlap(doc.blocks[k].text, words) >= BESIDE_TOPIC

    for x in side:
        if doc.end[x] - x > SMALL_ELEMENTS and doc.tags[x] not in PARAGRAPH_TAGS:
            break  # a box of many elements (a sidebar, a table of links) ends the walk unread
        blocks = order[bisect_left(nodes, x):bisect_right(nodes, doc.end[x])]
        if not blocks:
            continue  # an empty paragraph or a rule: nothing to read, nothing to stop at
        if doc.tags[x] in PARAGRAPH_TAGS and all(_prose(doc.blocks[k].text, feats[k]) and topical(k) for k in blocks):
            joined.update(pending)
            joined.add(x)
            pending = []
        elif len(pending) < SHORT_BETWEEN and all(
                feats[k].line_kind in (None, "byline") and feats[k].link_density < LINK_HEAVY
                and (feats[k].weight < PROSE_WEIGHT or topical(k)) for k in blocks):
            pending.append(x)  # a sub-heading, a caption, the headline and date line of a quoted story
        else:
            break
    return joined


def _prose(text: str, f: Features) -> bool:
    """A paragraph of prose: a sentence or more (two, whatever its end: a quotation closed by a
    straight quote mark), few links."""
    return f.weight >= PROSE_WEIGHT and (f.terminal or text.rstrip().endswith(_QUOTED_ENDS)
                                         or len(_SENTENCE_MARK.findall(text)) >= 2) \
        and f.link_density < LINK_HEAVY / 2 and not f.line_kind and not f.container_kind
