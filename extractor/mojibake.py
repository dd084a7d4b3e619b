"""Undo double-encoded text: UTF-8 bytes once read as Latin-1 or windows-1252 and saved again as
UTF-8 ("letâ\\x80\\x99s" or "letâ€™s" for "let's", "Â " for a no-break space).

A page stored that way is valid UTF-8, so decoding cannot tell; its text shows each non-ASCII
character as two to four Latin characters, the first a UTF-8 lead byte, the rest continuation
bytes. Each such run that decodes as UTF-8 is put back, but only in a text holding several of
them: one stray "Ã©" may be meant, a page of them never is.
"""

from __future__ import annotations

import re

#: windows-1252's characters for the bytes 0x80-0x9F (the five bytes it leaves undefined read as
#: the Latin-1 control of the same number)
_CP1252_HIGH = {b.to_bytes(1, "big").decode("cp1252"): b for b in range(0x80, 0xA0)
                if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}
_CONT = "[\x80-\xbf" + "".join(re.escape(c) for c in _CP1252_HIGH) + "]"
#: a UTF-8 lead byte and its continuation bytes, each read as one Latin character
_RUN = re.compile(f"[\xc2-\xdf]{_CONT}|[\xe0-\xef]{_CONT}{{2}}|[\xf0-\xf4]{_CONT}{{3}}")
#: a text is repaired only when it holds at least this many runs that decode as UTF-8
MIN_RUNS = 3
#: the lead characters, looked for one by one first (a C-level search each, much cheaper than the
#: regex over a page that holds none of them, as nearly every page does)
_LEADS = tuple(chr(c) for c in range(0xC2, 0xF5))


def _byte(ch: str) -> int:
    return _CP1252_HIGH.get(ch, ord(ch))


def _decoded(run: str) -> str | None:
    try:
        return bytes(_byte(c) for c in run).decode("utf-8")
    except UnicodeDecodeError:
        return None


def repair(text: str) -> str:
    """`text` with its double-encoded characters put back, when it holds MIN_RUNS or more."""
    if text.isascii() or not any(lead in text for lead in _LEADS):
        return text
    runs = _RUN.findall(text)
    if len(runs) < MIN_RUNS:
        return text
    fixed = {run: _decoded(run) for run in set(runs)}
    if sum(1 for run in runs if fixed[run] is not None) < MIN_RUNS:
        return text
    return _RUN.sub(lambda m: fixed.get(m.group()) or m.group(), text)
