"""A column of labelled lines that goes on from the story's last paragraph inside its container
("Local: metro@washpost.com or 202.334.7300", "National: ...", a dozen more): the directory the
story introduces ("use the e-mails and phone numbers at the bottom of this post"), not a menu."""

from __future__ import annotations

import re

from .blocks import Block, Kind
from .classify import PROSE_WEIGHT, Features

#: a label of one to four words and a colon, then its value
_LABELLED = re.compile(r"^[^\W\d][\w/&'’ -]{1,30}:\s+\S")
#: this many labelled lines in a row make a column
COLUMN_LINES = 5
_KINDS = (Kind.PARAGRAPH, Kind.LIST_ITEM)


def labelled_column(blocks: list[Block], feats: list[Features], candidates: list[int], run: frozenset[int]) -> set[int]:
    """Block numbers of a column of COLUMN_LINES or more labelled short lines right after the run."""
    if not run:
        return set()
    last = max(run)
    after = [i for i in candidates if i > last]
    column: list[int] = []
    for i in after:
        b, f = blocks[i], feats[i]
        label = _LABELLED.match(b.text)
        # the label is the line's own text: a linked headline with a colon is a teaser
        if b.kind not in _KINDS or f.line_kind or f.head_kind or f.weight >= PROSE_WEIGHT \
                or not label or b.link_chars > len(b.text) - label.end() + 1:
            break
        column.append(i)
    return set(column) if len(column) >= COLUMN_LINES else set()
