"""The caption of a picture set into the story: on a story illustrated by pictures set apart among
its paragraphs, the sentence under each is read as the story's (cleanportaleval's BBC, WSJ and
msnbc pages: "Bicycle Space owner Jordan Mittleman uses insight selling to compete with online
bike sellers"). Captions one after another make a gallery, whose captions are its own; a credit
("Courtesy of ...", "Getty Images") is no caption, though a caption may end with its picture's
credit in brackets ("... May 22, 2013. (Photo by Jonathan Ernst/Reuters)"); a <figcaption> is the
`include_captions` option's.

Gold texts split on captions (ANALYSIS.md): cleanportaleval, l3s-gn1, mozilla and cleaneval keep
them, dragnet and scrapinghub-aeb leave them out; this is the narrow kind where the first gain
more than the second lose.
"""

from __future__ import annotations

import re
from collections import Counter

from .blocks import Block, Document, Kind
from .classify import PROSE_WEIGHT, Features
from .lede import CAPTION_TOKENS, LEDE_WEIGHT
from .patterns import line_kind
from .textnorm import weight

#: class words naming a credit or a picture's source, which rule a caption out (lede.CAPTION_TOKENS
#: name the caption)
CREDIT_WORDS = frozenset({"credit", "credits", "photocredit", "imagecredit", "source", "copyright"})
#: the blocks a caption is set as: a paragraph (also inside a quoted passage), a list item, or a
#: table's cell under the picture (Blogger's "tr-caption")
_KINDS = (Kind.PARAGRAPH, Kind.LIST_ITEM, Kind.TABLE_CELL, Kind.QUOTE)


def story_captions(doc: Document, feats: list[Features], container: int | None) -> set[int]:
    """Block numbers of the captions, inside the story's `container`, that are the story's text."""
    if container is None or not doc.tags:
        return set()
    inner = [b for b in doc.blocks if container < b.node <= doc.end[container]]  # (not its own text)
    caption = Kind.CAPTION  # (read once: Kind.X calls an EnumType hook)
    every = [b for b in inner if feats[b.index].weight >= LEDE_WEIGHT
             and (feats[b.index].container_kind == "credit" or b.kind is caption)]
    if not every or _gallery(feats, inner, [b.index for b in every]):
        return set()
    shown = Counter(b.text for b in doc.blocks)
    return {b.index for b in every if b.kind in _KINDS and _uncredited(b.text, feats[b.index].line_kind)
            and _named_caption(doc, b.node, container)
            and shown[b.text] == 1}  # a caption shown twice is a slide's


def lead_captions(captions: set[int], run: frozenset[int] | set[int]) -> set[int]:
    """The story's `captions` above the first block of its `run`: the lead picture's caption opens
    the story (inside a container the run starts at the first prose block; a caption below the
    last is a video player's, and stays out)."""
    return {i for i in captions if i < min(run)} if run else set()


#: a picture's credit in brackets after the caption's sentence: "... May 22, 2013. (Photo by
#: Jonathan Ernst/Reuters)"
_TRAILING_CREDIT = re.compile(r"\s*[(（][^()（）]{1,80}[)）][.。]?\s*$")


def _uncredited(text: str, kind: str | None) -> bool:
    """True when a caption is no boilerplate line, or is one only by the credit in brackets after
    its sentence (the sentence, without it, is a caption's weight and no line of any kind)."""
    if not kind:
        return True
    if kind != "credit":
        return False
    sentence = _TRAILING_CREDIT.sub("", text)
    return sentence != text and weight(sentence) >= LEDE_WEIGHT and line_kind(sentence) is None


def _gallery(feats: list[Features], inner: list[Block], captions: list[int]) -> bool:
    """True when two captions (their <figcaption>s and credits counted) follow one another with no
    paragraph of the story's prose or point of its list (among the container's `inner` blocks)
    between them: a gallery groups its pictures, a story sets its illustrations apart among its
    paragraphs."""
    prose = [b.index for b in inner if _story_text(b, feats[b.index])]
    return any(not any(a < p < c for p in prose) for a, c in zip(captions, captions[1:]))


def _story_text(b: Block, f: Features) -> bool:
    """A paragraph of prose, or a point of the story's list (a list item no boilerplate pattern or
    container claims: a weekly report sets its pictures under its points), outside any boilerplate
    container."""
    return not f.container_kind and (b.kind is Kind.PARAGRAPH and f.weight >= PROSE_WEIGHT
                                     or b.kind is Kind.LIST_ITEM and not f.line_kind)


def _named_caption(doc: Document, e: int, container: int) -> bool:
    """True when an element from `e` up to `container` (not included) is named as a caption and
    none as a credit or a source."""
    named = False
    while e > container:
        tokens = doc.etokens[e]
        if not CREDIT_WORDS.isdisjoint(tokens):
            return False
        named = named or not CAPTION_TOKENS.isdisjoint(tokens)
        e = doc.parent[e]
    return named
