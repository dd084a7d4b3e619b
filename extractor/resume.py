"""A story cut in two by a box set into it (a "Most read" list between two parts of the story):
in flat documents the best run holds the longer part only; the part before the box joins it when
it is a run of prose on the story's topic, and the box between stays out."""

from __future__ import annotations

from .blocks import Block
from .classify import Features
from .topic import overlap, vocabulary as story_vocabulary

#: at most this many blocks between the two parts: a box set into the story, not the rest of the page
BOX_BLOCKS = 16
#: the part before the box must hold this many prose paragraphs (blocks scoring as story)
PART_PARAGRAPHS = 2
#: ... sharing on average at least this share of their terms with the run's prose (twice
#: runs.OFF_TOPIC: clearly on the story's topic)
PART_TOPIC = 0.24


def _opens_box(f: Features) -> bool:
    """A list heading ("Most read in world news"), or a related line that is its box's heading and
    first title at once ("延伸阅读：57岁小学肄业 ...", "Read more: Council votes on bus fares")."""
    return bool(f.head_kind) and f.head_kind != "comments" or f.line_kind == "related"


def earlier_part(blocks: list[Block], feats: list[Features], candidates: list[int], scores: list[float],
                 lo: int, hi: int, good: float) -> tuple[int, int] | None:
    """Positions (first, last) of the story's part before a box that ends just before `lo`, or None.

    The box opens with a list heading ("Most read in world news") or a related line; the part before it is the
    best-scoring run among the blocks before the box, of PART_PARAGRAPHS or more paragraphs scoring
    at least `good`, on the topic of the prose in the run (`lo` to `hi`)."""
    heads = [k for k in range(max(0, lo - BOX_BLOCKS), lo) if _opens_box(feats[candidates[k]])]
    if not heads:
        return None
    box = heads[0]
    if any(scores[k] >= good for k in range(box, lo)):
        return None  # story prose inside the box: not a box of titles
    last = box - 1
    while last >= 0 and scores[last] < good:
        last -= 1
    if last < 0 or box - last > 2:
        return None  # the box must follow the part's last paragraph (a line between allowed)
    total, first, best_total = 0.0, last, float("-inf")
    for k in range(last, -1, -1):  # the best run ending at `last`
        total += scores[k]
        if total > best_total:
            first, best_total = k, total
    prose = [k for k in range(first, last + 1) if scores[k] >= good]
    if len(prose) < PART_PARAGRAPHS or best_total <= 0:
        return None
    vocabulary = story_vocabulary([blocks[candidates[k]].text for k in range(lo, hi + 1) if scores[k] >= good])
    shares = [overlap(blocks[candidates[k]].text, vocabulary) for k in prose]
    if sum(shares) / len(shares) < PART_TOPIC:
        return None
    return first, last
