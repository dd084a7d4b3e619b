"""A photo gallery read into a flat copy: each slide's counter ("Image 2 of 5", "3/12") is followed
by its caption. With markup the caption sits in a <figcaption> and its own rule drops it; in text
and Markdown the counters say which line is a caption."""

from __future__ import annotations

import re

from .blocks import Block
from .classify import Features

_COUNTER = re.compile(r"(\d{1,3})\s*(?:of|/)\s*(\d{1,3})\s*$")
#: counters of one gallery share their total; this many make a gallery (one counter may be a
#: fraction or a page number)
GALLERY_SLIDES = 2


def gallery_captions(blocks: list[Block], feats: list[Features], candidates: list[int]) -> list[int]:
    """Positions (in `candidates`) of the captions of a gallery's slides: the block after each
    slide counter, when it is no boilerplate line itself (a credit, the next counter)."""
    totals: dict[str, list[int]] = {}
    for k, i in enumerate(candidates):
        if feats[i].line_kind == "media":
            m = _COUNTER.search(blocks[i].text)
            if m and int(m.group(1)) <= int(m.group(2)):
                totals.setdefault(m.group(2), []).append(k)
    out: list[int] = []
    for counters in totals.values():
        if len(counters) >= GALLERY_SLIDES:
            out.extend(k + 1 for k in counters if k + 1 < len(candidates)
                       and not feats[candidates[k + 1]].line_kind and not feats[candidates[k + 1]].head_kind)
    return out
