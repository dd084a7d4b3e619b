"""`favor`: how borderline blocks go, after selection. "balanced" leaves the decisions as they are.

- "precision" also drops what is kept but does not read as prose: short lines without a sentence
  ending (labels, datelines, one-word paragraphs) and blocks that are mostly links. Headings stay
  while text follows them.
- "recall" also keeps what was dropped only for where it stands or for its links, when it reads as
  prose: a heavy paragraph ending a sentence outside the story's run or container, a paragraph of
  linked sentences. Blocks dropped for what they are (share bars, related lists, bylines, comment
  sections, captions unless `include_captions`) stay dropped.
"""

from __future__ import annotations

from .blocks import Block, Decision, Kind
from .classify import LINK_HEAVY, PROSE_WEIGHT, Features

STAGE = "favor"
#: under "precision", a block lighter than this without a sentence ending is no prose
SHORT_WEIGHT = PROSE_WEIGHT // 2
#: under "precision", a block with more of its text in links than this is dropped
PRECISE_LINK_DENSITY = 0.3
#: under "precision", the kept text starts and ends with a block scoring this much (prose)
EDGE_SCORE = 0.3
#: under "recall", rules that judge a block by where it stands or by its links, not by what it is
POSITIONAL_RULES = ("outside-run", "outside-container", "link-list", "empty-heading")


def apply_favor(favor: str, blocks: list[Block], feats: list[Features], decisions: list[Decision]) -> list[Decision]:
    """The decisions, with borderline blocks moved as `favor` says."""
    if favor == "precision":
        return _trim_edges([_precise(d, blocks[d.index], feats[d.index]) if d.keep else d for d in decisions], feats)
    if favor == "recall":
        return [d if d.keep else _recalled(d, blocks[d.index], feats[d.index]) for d in decisions]
    return decisions


def _trim_edges(decisions: list[Decision], feats: list[Features]) -> list[Decision]:
    """Kept blocks before the first and after the last that reads as prose go (a dateline, a
    bio line, a sign-off)."""
    kept = [d.index for d in decisions if d.keep]
    prose = [i for i in kept if feats[i].score >= EDGE_SCORE]
    if not prose:
        return decisions
    first, last = prose[0], prose[-1]
    return [Decision(d.index, False, "favor:precision:edge", STAGE, d.text)
            if d.keep and not first <= d.index <= last else d for d in decisions]


def _precise(d: Decision, b: Block, f: Features) -> Decision:
    if b.kind is Kind.HEADING:
        return d
    if f.link_density > PRECISE_LINK_DENSITY:
        return Decision(d.index, False, "favor:precision:links", STAGE, d.text)
    if f.weight < SHORT_WEIGHT and not f.terminal:
        return Decision(d.index, False, "favor:precision:short", STAGE, d.text)
    return d


def _recalled(d: Decision, b: Block, f: Features) -> Decision:
    if not d.rule.startswith(POSITIONAL_RULES) or b.kind not in (Kind.PARAGRAPH, Kind.LIST_ITEM, Kind.QUOTE):
        return d
    prose = f.weight >= PROSE_WEIGHT and f.terminal
    if prose and (f.link_density <= LINK_HEAVY or d.rule == "link-list") and not (f.line_kind or f.head_kind):
        return Decision(d.index, True, "favor:recall", STAGE, d.text)
    return d
