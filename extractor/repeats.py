"""Repeats in copies without markup: a second copy of the story (a print version, a hidden
duplicate), a paragraph the copy stutters, a photo's caption given again by its credit."""

from __future__ import annotations

from collections import Counter

from .blocks import Decision
from .classify import Features

STAGE = "select"


#: in a copy without markup, paragraphs at least REPEAT_WEIGHT heavy, REPEAT_RUN or more next to
#: each other, that repeat paragraphs kept before them in the same order are a second copy of the
#: story (a print version, a hidden duplicate) and are dropped; paragraphs repeated apart (a
#: recipe's lines between the day's labels in a week's meal plan) are the story's own
REPEAT_WEIGHT = 100
REPEAT_RUN = 2
#: ... and so is a paragraph that repeats the heavy paragraph just before it (a stutter of the
#: copy), once emphasis marks left at its edges ("..._") are set aside
_MARKUP_LEFTOVERS = "_*~` "
#: a heavy paragraph kept this many times, one copy next to a photo credit or a slide counter, is a
#: photo's caption repeated by the copy (thumbnail, slide, full size): every copy goes
REPEAT_MANY = 2


def drop_repeats(decisions: list[Decision], feats: list[Features]) -> list[Decision]:
    heavy = [k for k, d in enumerate(decisions) if d.keep and feats[d.index].weight >= REPEAT_WEIGHT]
    first: dict[str, int] = {}
    origin: list[int] = []  # per heavy block: the heavy position of its text's first copy
    for p, k in enumerate(heavy):
        origin.append(first.setdefault(" ".join(decisions[k].text.split()).strip(_MARKUP_LEFTOVERS), p))
    out = decisions[:]
    p = 0
    while p < len(heavy):
        end = p
        while origin[end] < end and end + 1 < len(heavy) and origin[end + 1] == origin[end] + 1 \
                and heavy[end + 1] == heavy[end] + 1:
            end += 1
        if origin[p] < p and (end - p + 1 >= REPEAT_RUN or origin[p] == p - 1):
            for j in heavy[p:end + 1]:
                out[j] = Decision(out[j].index, False, "repeat", STAGE, out[j].text)
        p = end + 1
    copies = Counter(origin)
    credited = {origin[p] for p, k in enumerate(heavy) if any(
        0 <= j < len(decisions) and feats[decisions[j].index].line_kind in ("credit", "media") for j in (k - 1, k + 1))}
    for p, k in enumerate(heavy):
        if copies[origin[p]] >= REPEAT_MANY and origin[p] in credited:
            out[k] = Decision(out[k].index, False, "repeat", STAGE, out[k].text)  # every copy, the first too
    return out
