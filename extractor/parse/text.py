"""Plain text -> blocks, through lines.

A text copy of a page puts each block on its own line (or separates paragraphs by blank lines);
some copies hard-wrap paragraphs at a fixed width, and those lines are joined back. List markers
make list items.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right

from ..blocks import Block, Document, Kind, Source
from ..textnorm import collapse

_BULLET = re.compile(r"^\s*(?:[-*+•·▪●◦‣]|\d{1,3}[.)])\s+(?=\S)")
#: a text is hard-wrapped when this share of its lines sit near one width
WRAPPED_SHARE = 0.4
#: lines within this fraction of the wrap width count as wrapped
WRAP_SLACK = 0.85
#: widths above this are not a wrap width (whole paragraphs on a line)
MAX_WRAP_WIDTH = 200
#: in a wrapped text, fewer than this share of the full-width lines end a sentence
WRAPPED_ENDED_SHARE = 0.5
_TERMINAL = re.compile(r"[.!?。！？…:：;；\"”』」)）]\s*$")


def _wrap_width(lines: list[str]) -> int:
    """The width at which the text is hard-wrapped, or 0 when it is not."""
    lengths = sorted(len(line) for line in lines if line.strip())
    if len(lengths) < 8:
        return 0
    # the width whose band [WRAP_SLACK * width, width] holds the most lines: unwrapped lines of other
    # lengths (a list of long teasers, a long footer) do not move it, as they moved a percentile
    width, best = 0, 0
    for w in sorted(set(lengths)):
        if 30 <= w <= MAX_WRAP_WIDTH:
            count = bisect_right(lengths, w) - bisect_left(lengths, WRAP_SLACK * w)
            if count >= best:
                width, best = w, count
    if not width:
        return 0
    # short lines (list items, headlines) say nothing either way, nor does the last line of a
    # paragraph (before a blank line): it is as long as the paragraph's last words make it
    going_on = [line for line, after in zip(lines, lines[1:] + [""]) if after.strip() and line.strip()]
    near = [line for line in going_on if WRAP_SLACK * width <= len(line) <= width and not _BULLET.match(line)]
    if not near or len(near) < WRAPPED_SHARE * sum(1 for line in going_on if len(line) >= width / 2):
        return 0
    # in a wrapped text the full-width lines carry the prose: when lines past the width carry more,
    # those are the paragraphs, and the lines near the width are a list (headlines) of like lengths
    if sum(lengths[bisect_right(lengths, width):]) > sum(len(line) for line in near):
        return 0
    # a wrapped line stops mid-sentence; lines that end their sentences are one block each
    ended = sum(1 for line in near if _TERMINAL.search(line))
    if ended >= WRAPPED_ENDED_SHARE * len(near):
        return 0
    # ... and in Latin script the next line mostly goes on in lower case; a list of headlines of
    # like lengths starts every line with a capital
    followed = [b.lstrip() for a, b in zip(lines, lines[1:])
                if b.strip() and WRAP_SLACK * width <= len(a) <= width and not _BULLET.match(a)]
    return width if goes_on_in_lower_case(followed) else 0


def goes_on_in_lower_case(next_lines: list[str]) -> bool:
    """Whether the lines that follow full-width ones read as a wrapped paragraph's: in Latin script
    they mostly go on in lower case (or few of them start with a Latin letter at all), where a list
    of headlines of like lengths starts every line with a capital."""
    latin = [b for b in next_lines if b[:1].isalpha() and b[:1].isascii()]
    return len(latin) < WRAPPED_ENDED_SHARE * len(next_lines) \
        or sum(1 for b in latin if b[:1].islower()) >= WRAPPED_ENDED_SHARE * len(latin)


def _ended_short(last: str, line: str, width: int) -> bool:
    """A line well short of the wrap width ends its paragraph, unless it stops mid-sentence where
    the next line's first word would not have fitted on it (a long word wrapped early: "...while
    promising further" / "consultation.")."""
    if len(last) >= WRAP_SLACK * width:
        return False
    if _TERMINAL.search(last):
        return True
    first = line.lstrip()
    wide = first[:1] and unicodedata.east_asian_width(first[0]) in "WF"  # CJK wraps anywhere
    word = 1 if wide else len(first.split(None, 1)[0]) if first else 0
    return len(last.rstrip()) + 1 + word <= width


def _paragraphs(lines: list[str]) -> list[tuple[str, int]]:
    """Group lines into (text, first line number) units: one per line, or wrapped lines joined."""
    width = _wrap_width(lines)
    units: list[tuple[str, int]] = []
    current: list[str] = []
    start = 0
    for number, line in enumerate(lines):
        if not line.strip():
            if current:
                units.append(("\n".join(current), start))
                current = []
            continue
        if not width or len(line) > width:  # a line longer than the wrap width was not wrapped
            if current:
                units.append(("\n".join(current), start))
                current = []
            units.append((line, number))
            continue
        if current and (_BULLET.match(line) or _ended_short(current[-1], line, width)
                        or _TERMINAL.search(current[-1]) and len(line) < WRAP_SLACK * width * 0.5):
            units.append(("\n".join(current), start))
            current = []
        if not current:
            start = number
        current.append(line)
    if current:
        units.append(("\n".join(current), start))
    return units


def parse_text(text: str) -> Document:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    blocks: list[Block] = []
    for unit, line_no in _paragraphs(lines):
        kind = Kind.PARAGRAPH
        bullet = _BULLET.match(unit)
        if bullet:
            kind = Kind.LIST_ITEM
            unit = unit[bullet.end():]
        clean = collapse(unit)
        if clean:
            blocks.append(Block(text=clean, kind=kind, index=len(blocks), source=Source.TEXT,
                                tag="line", path="line", node=0, depth=line_no))
    return Document(blocks=blocks, source=Source.TEXT)
