"""Whitespace and script helpers shared by every parser and by rendering.

Whitespace follows the CSS rule for segment breaks: a run of white space that holds a line break
and sits between two East Asian wide characters vanishes (`总统\n  普京` -> `总统普京`); any other
run becomes one space, so Latin words keep single spaces and a deliberate space in a CJK title stays.
"""

from __future__ import annotations

import re
import unicodedata

_WS_RUN = re.compile(r"[\s\u00a0\u200b\u3000\ufeff]+")
_CJK_RANGES = (
    (0x2E80, 0x2FDF),  # radicals
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0x3040, 0x30FF),  # hiragana, katakana
    (0x3100, 0x312F),  # bopomofo
    (0x31C0, 0x31FF),  # strokes, katakana extension
    (0x3400, 0x4DBF),  # extension A
    (0x4E00, 0x9FFF),  # unified ideographs
    (0xF900, 0xFAFF),  # compatibility ideographs
    (0xFE30, 0xFE4F),  # compatibility forms
    (0xFF00, 0xFF60),  # full-width forms
    (0x20000, 0x3134F),  # supplementary ideographs
)
_CJK_CLASS = "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in _CJK_RANGES)
CJK_CHAR = re.compile(f"[{_CJK_CLASS}]")
#: two or more CJK characters in a row, with no space or other script between them
CJK_RUN = re.compile(f"[{_CJK_CLASS}]{{2,}}")
#: punctuation that Chinese text sets without spaces although Unicode does not call it wide
_CJK_CONTEXT_PUNCT = "\u2014\u2018\u2019\u201c\u201d\u2026\u00b7\u2027"
_WIDE = f"[{_CJK_CLASS}{_CJK_CONTEXT_PUNCT}]"
_GAP = "[\\s\\u00a0\\u200b\\u3000]*\\n[\\s\\u00a0\\u200b\\u3000]*"
# a line break between two wide characters, at least one of them CJK proper, vanishes
_CJK_PAIR_BREAK = re.compile(
    f"(?<=[{_CJK_CLASS}]){_GAP}(?={_WIDE})|(?<={_WIDE}){_GAP}(?=[{_CJK_CLASS}])"
)


def is_cjk(ch: str) -> bool:
    o = ord(ch)
    return any(a <= o <= b for a, b in _CJK_RANGES)


#: any character at or above the first CJK range: text without one cannot hold a CJK pair break
MAYBE_CJK = re.compile("[\u2e80-\U0003134f]")


def collapse(text: str) -> str:
    """Collapse white space the way a browser lays out inline text (see module doc), trimmed."""
    if not text:
        return ""
    # already laid out: printable, so its only white space is " " (the one character both
    # printable and white space), and no two of them in a row or at either end; `isprintable` is
    # one C loop, ~4x faster than the split and join (half the blocks of a page pass)
    if text.isprintable() and "  " not in text and text[0] != " " and text[-1] != " ":
        return text
    if "\n" in text and not text.isascii() and MAYBE_CJK.search(text):
        text = _CJK_PAIR_BREAK.sub("", text)
    # str.split() splits on exactly the characters `\s` matches; U+200B and U+FEFF are the two
    # members of _WS_RUN it does not know, so they become spaces first (same result, ~10x faster)
    if "\u200b" in text:
        text = text.replace("\u200b", " ")
    if "\ufeff" in text:
        text = text.replace("\ufeff", " ")
    return " ".join(text.split())


def collapse_lines(text: str) -> str:
    """Collapse white space inside each line but keep the lines (for <pre> and code)."""
    lines = [_WS_RUN.sub(" ", line).rstrip() for line in text.split("\n")]
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    return "\n".join(lines)


def cjk_share(text: str) -> float:
    """Share of CJK characters among the non-space characters of `text`."""
    sample = text[:5000]
    letters = len("".join(sample.split()))  # the non-space characters (split() cuts at every isspace())
    return len(CJK_CHAR.findall(sample)) / letters if letters else 0.0


def weight(text: str) -> int:
    """A length that counts a CJK character like a short word: CJK text packs ~2-3x more per char."""
    if text.isascii() or MAYBE_CJK.search(text) is None:  # (one range per character, not CJK_CHAR's eleven:
        return len(text)                                  # English with curly quotes, accented Latin, Cyrillic)
    return len(text) + 2 * len(CJK_CHAR.findall(text))


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def nfc(text: str) -> str:
    """The text in Unicode normalization form C: a "ü" saved as u + U+0308 (as some editors save
    it) becomes the one character users search for (ASCII and most text already are: checked first)."""
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)
