"""Double-encoded text: UTF-8 bytes once read as Latin-1 or windows-1252 and saved again as UTF-8
("letâ€™s" for "let's", "Â " for a no-break space).

A page stored that way is valid UTF-8, so decoding cannot tell. ftfy repairs it; what is ours is
when to ask, since ftfy reads every character with care (15-50 ms over a whole page, 20 ms for its
own badness test): only the text we keep is looked at (a small part of the page, as for NFC), and
ftfy is asked only when that text holds MIN_RUNS or more runs shaped like a UTF-8 character read
byte by byte (a lead character, then continuation characters): one stray "Ã©" may be meant, a
text full of them never is.
"""

from __future__ import annotations

import re
from itertools import islice

#: windows-1252's characters for the bytes 0x80-0x9F (the five it leaves undefined stay Latin-1's)
_CP1252_HIGH = "".join(bytes([b]).decode("cp1252") for b in range(0x80, 0xA0)
                       if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D))
#: a UTF-8 lead byte read as one character, then a continuation byte read as one
_RUN = re.compile(f"[\xc2-\xf4][\x80-\xbf{re.escape(_CP1252_HIGH)}]")
#: ftfy is asked only about a text holding at least this many such runs
MIN_RUNS = 3


def needs_repair(text: str, utf8: bytes | None = None) -> bool:
    """Whether `text` holds MIN_RUNS runs shaped like double-encoded characters. `utf8`: the text's
    UTF-8 encoding, where the caller has it."""
    if text.isascii():
        return False
    # a run opens with one of U+00C2..U+00F4, each encoded in UTF-8 as 0xC3 and a continuation
    # byte; no other character's encoding holds 0xC3. Text without one (English with curly quotes,
    # most non-Latin scripts) is ruled out by the encoding and one memchr, ~6x faster than the
    # regex's scan of every character
    try:
        if b"\xc3" not in (utf8 if utf8 is not None else text.encode("utf-8")):
            return False
    except UnicodeEncodeError:  # a lone surrogate: the regex decides
        pass
    return sum(1 for _ in islice(_RUN.finditer(text), MIN_RUNS)) >= MIN_RUNS  # stops at MIN_RUNS


def repair(text: str) -> str:
    """`text` with its double-encoded characters put back by ftfy (ask `needs_repair` first: ftfy
    reads the whole text with care, and leaves text it finds sound as it is)."""
    import ftfy

    return ftfy.fix_encoding(text)
