"""Sentences whose names are linked: "Companies using Polly are FICO, USA Today, ProQuest, etc."

A paragraph that ends its sentence, with words of its own between the links, set right after a
paragraph of plain prose under the same element, is the story naming things, not a list of links.
Likewise a linked heading ("2. Amazon SageMaker") set right before a paragraph of prose under the
same element (captions between them aside) heads that part of the story.
"""

from __future__ import annotations

from .blocks import Document, Kind
from .classify import LINK_HEAVY, Features

#: the linked paragraph's own words: weight outside its links (a "Home | About" line has none)
OWN_WEIGHT = 25
#: at most this share of it linked: a sentence, not a row of links with a full stop
MAX_LINKS = 0.75
#: the paragraph before it is prose this heavy, with few links
PROSE_BEFORE = 60
#: a paragraph linked nearly whole (a paragraph that is one link and nothing else is a link block)
#: is a sentence of the story when it weighs this much, ends with a full stop, and sits between two
#: paragraphs of prose under the same element ("CNN meanwhile used the Empire State Building to
#: show the colorful results.", all but "meanwhile" linked)
SANDWICHED_WEIGHT = 50
_FULL_STOPS = frozenset(".!?。！？")
#: a linked heading set right before prose this heavy, under the same element, heads that prose
#: (a manual's section link over its first sentence: 'celery can also be used to inspect ...')
HEADED_PROSE = 80


def linked_sentences(doc: Document, feats: list[Features]) -> set[int]:
    """Indices of link-heavy paragraphs that read as one of the story's sentences, and of linked
    headings over the story's prose (HTML only)."""
    if not doc.tags:
        return set()
    out: set[int] = set()
    blocks = doc.blocks
    last = len(blocks) - 1
    heading, paragraph = Kind.HEADING, Kind.PARAGRAPH  # (read once: Kind.X calls an EnumType hook)
    for i, (b, f) in enumerate(zip(blocks, feats)):
        if f.link_density <= LINK_HEAVY:
            continue  # each rule reads a linked heading or paragraph
        if b.kind is heading:
            if i == last or b.node >= len(doc.parent):
                continue
            k = i + 1
            while k < last and blocks[k].kind is Kind.CAPTION:
                k += 1
            n, g = blocks[k], feats[k]
            if n.kind is paragraph and g.weight >= HEADED_PROSE and g.link_density <= LINK_HEAVY \
                    and n.node < len(doc.parent) and doc.parent[n.node] == doc.parent[b.node]:
                out.add(i)
        elif b.kind is paragraph and i:
            if f.terminal and f.link_density <= MAX_LINKS and f.weight * (1 - f.link_density) >= OWN_WEIGHT \
                    and _prose_beside(doc, feats, i, i - 1):
                out.add(i)
            # a whole sentence linked, set between two paragraphs of prose under the same element
            elif i < last and f.weight >= SANDWICHED_WEIGHT and b.text.rstrip()[-1:] in _FULL_STOPS \
                    and _prose_beside(doc, feats, i, i - 1) and _prose_beside(doc, feats, i, i + 1):
                out.add(i)
    return out


def _prose_beside(doc: Document, feats: list[Features], i: int, k: int) -> bool:
    """True when block `k` is a paragraph of plain prose under the same element as block `i`."""
    b, p, g = doc.blocks[i], doc.blocks[k], feats[k]
    return p.kind is Kind.PARAGRAPH and g.weight >= PROSE_BEFORE and g.link_density <= LINK_HEAVY \
        and b.node < len(doc.parent) and p.node < len(doc.parent) and doc.parent[p.node] == doc.parent[b.node]
