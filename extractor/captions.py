"""The caption of a picture set into the story: on a story illustrated by pictures set apart among
its paragraphs, the sentence under each is read as the story's (cleanportaleval's BBC, WSJ and
msnbc pages: "Bicycle Space owner Jordan Mittleman uses insight selling to compete with online
bike sellers"). Captions one after another make a gallery, whose captions are its own; a credit
("Courtesy of ...", "Getty Images") is no caption; a <figcaption> is the `include_captions`
option's.

Gold texts split on captions (ANALYSIS.md): cleanportaleval, l3s-gn1, mozilla and cleaneval keep
them, dragnet and scrapinghub-aeb leave them out; this is the narrow kind where the first gain
more than the second lose.
"""

from __future__ import annotations

from .blocks import Document, Kind
from .classify import PROSE_WEIGHT, Features
from .lede import LEDE_WEIGHT

#: class words naming a caption, and words naming a credit or a picture's source, which rule it out
CAPTION_WORDS = frozenset({"caption", "captions"})
CREDIT_WORDS = frozenset({"credit", "credits", "photocredit", "imagecredit", "source", "copyright"})
#: the blocks a caption is set as: a paragraph, a list item, or a table's cell under the picture
#: (Blogger's "tr-caption")
_KINDS = (Kind.PARAGRAPH, Kind.LIST_ITEM, Kind.TABLE_CELL)


def story_captions(doc: Document, feats: list[Features], container: int | None) -> set[int]:
    """Block numbers of the captions, inside the story's `container`, that are the story's text."""
    if container is None or not doc.tags:
        return set()
    every = [b for b, f in zip(doc.blocks, feats)
             if container < b.node <= doc.end[container] and f.weight >= LEDE_WEIGHT
             and (f.container_kind == "credit" or b.kind is Kind.CAPTION)]
    if _gallery(doc, feats, container, [b.index for b in every]):
        return set()
    texts = [b.text for b in doc.blocks]
    return {b.index for b in every if b.kind in _KINDS and not feats[b.index].line_kind
            and _named_caption(doc, b.node, container)
            and texts.count(b.text) == 1}  # a caption shown twice is a slide's


def _gallery(doc: Document, feats: list[Features], container: int, captions: list[int]) -> bool:
    """True when two captions (their <figcaption>s and credits counted) follow one another with no
    paragraph of the story's prose between them: a gallery groups its pictures, a story sets its
    illustrations apart among its paragraphs."""
    prose = [b.index for b, f in zip(doc.blocks, feats) if container < b.node <= doc.end[container]
             and b.kind is Kind.PARAGRAPH and f.weight >= PROSE_WEIGHT and not f.container_kind]
    return any(not any(a < p < c for p in prose) for a, c in zip(captions, captions[1:]))


def _named_caption(doc: Document, e: int, container: int) -> bool:
    """True when an element from `e` up to `container` (not included) is named as a caption and
    none as a credit or a source."""
    named = False
    while e > container:
        tokens = doc.etokens[e]
        if not CREDIT_WORDS.isdisjoint(tokens):
            return False
        named = named or not CAPTION_WORDS.isdisjoint(tokens)
        e = doc.parent[e]
    return named
