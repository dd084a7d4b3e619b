"""bytes -> str: BOM, declared charset checked against the bytes, then detection.

Valid multi-byte UTF-8 is strong evidence and beats any declaration; a declared charset is used
when the bytes decode cleanly in it; otherwise charset-normalizer decides. Control characters and
lone surrogates are cleaned from every input, str or bytes.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from .mojibake import needs_repair, repair

#: how many leading bytes to search for a declared charset (the HTML standard prescans 1024)
DECLARATION_WINDOW = 4096
#: how many bytes charset-normalizer sees; detection on more costs time and rarely changes the answer
DETECTION_SAMPLE = 64 * 1024
#: share of NUL / control bytes above which input is treated as binary, not text (random bytes
#: hold ~6%; a text page with a stray NUL holds almost none)
BINARY_CONTROL_SHARE = 0.03
#: file signatures of formats that are never documents to extract from
_MAGIC = (b"\x89PNG", b"GIF87a", b"GIF89a", b"\xff\xd8\xff", b"%PDF-", b"PK\x03\x04", b"\x1f\x8b",
          b"BZh", b"\xfd7zXZ", b"7z\xbc\xaf", b"Rar!", b"\x7fELF", b"MZ", b"RIFF", b"OggS", b"fLaC", b"ID3")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_DECLARED = (
    re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]{1,40})""", re.I),
    re.compile(rb"""<\?xml[^>]{0,200}?encoding\s*=\s*["']([a-zA-Z0-9_.:-]{1,40})""", re.I),
)
#: labels whose superset the web actually uses (WHATWG Encoding Standard)
_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "big5": "big5hkscs",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "tis-620": "cp874",
}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
#: the bytes of _CONTROL's ASCII characters: UTF-8 text holds one of them exactly where its bytes do
_CONTROL_BYTES = bytes([*range(0, 9), 11, 12, *range(14, 32), 127])
#: a C1 control (U+0080-U+009F) in UTF-8
_C1_UTF8 = re.compile(rb"\xc2[\x80-\x9f]")
#: how many \xc2 bytes _has_c1 tries one by one before handing the rest of the page to the regex
C1_PROBES = 64
#: a text's UTF-8 encoding (made anyway, to check it) is kept for the HTML parser, which reads UTF-8,
#: up to this many bytes; a longer page is parsed in segments from its text (parse/segments.py),
#: and its bytes would only add to the memory peak
KEEP_UTF8_BYTES = 2_000_000
#: the bytes looks_binary counts
_BINARY_CONTROL_BYTES = bytes([*range(0, 9), *range(14, 27), 28, 29, 30, 31, 127])


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    how: str  # "str", "bom", "utf-16-pattern", "binary", "ascii", "utf-8", "utf-8-repaired", "declared", "detected", "fallback"
    binary: bool = False
    #: `text` encoded in UTF-8, when at hand (else None): the HTML parser takes it instead of encoding
    #: the text again
    utf8: bytes | None = field(default=None, repr=False, compare=False)
    #: True when control characters may be left in `text` (decode(..., keep_controls=True)): the
    #: caller cleans the part it keeps (`clean_kept`)
    raw_controls: bool = False


def canonical(label: str) -> str | None:
    """The Python codec for a charset label, upgraded to the superset browsers use; None if unknown."""
    label = label.strip().lower()
    label = _SUPERSETS.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def clean(text: str) -> str:
    """Drop NULs, C0/C1 controls other than tab/newline/CR, and lone surrogates."""
    return _clean(text)[0]


def clean_kept(texts: list[str]) -> list[str] | None:
    """The texts kept of a page decoded with raw controls, without the control characters and lone
    surrogates `clean` drops; None when none of them holds one. Such a character is not printable:
    texts that are (`isprintable`, a C loop ~10x faster than the regex) hold none; else one regex
    pass over their joined text. (`clean`'s mojibake repair is `render.finished`'s here.)"""
    if all(t.isprintable() for t in texts) or _CONTROL.search("\n".join(texts)) is None:
        return None
    return [_CONTROL.sub("", t) for t in texts]


def _clean(text: str) -> tuple[str, bytes | None]:
    """clean(text), and its UTF-8 encoding when the text comes back unchanged (see KEEP_UTF8_BYTES)."""
    try:
        raw = text.encode("utf-8")  # strict: fails on a lone surrogate
    except UnicodeEncodeError:
        return _CONTROL.sub("", text), None
    if not _has_controls(raw):
        return text, _kept(raw)
    if needs_repair(text, raw):  # its C1 "controls" are the bytes 0x80-0x9F of double-encoded characters
        text = repair(text)
    return _CONTROL.sub("", text), None


def _kept(raw: bytes) -> bytes | None:
    return raw if len(raw) <= KEEP_UTF8_BYTES else None


def _has_controls(raw: bytes) -> bool:
    """Whether UTF-8 bytes hold a character of _CONTROL: a C0 control is one ASCII byte, looked for
    with one memchr per byte value (30 of them cost half of one `translate` pass over the page; an
    int, not a one-byte string, goes to memchr directly: 0.047 against 0.071 ms on a Zyte page);
    a C1 control two bytes, the first \\xc2 (see _has_c1)."""
    return any(byte in raw for byte in _CONTROL_BYTES) or _has_c1(raw)


def _has_c1(raw: bytes) -> bool:
    """`_C1_UTF8.search(raw) is not None`, tried only at each \\xc2 byte (found with memchr; a page
    holds a few dozen), the regex scan taking over past C1_PROBES of them."""
    at = raw.find(b"\xc2")
    for _ in range(C1_PROBES):
        if at < 0:
            return False
        if _C1_UTF8.match(raw, at):
            return True
        at = raw.find(b"\xc2", at + 1)
    return at >= 0 and _C1_UTF8.search(raw, at) is not None


def declared_charset(data: bytes) -> str | None:
    head = data[:DECLARATION_WINDOW]
    for pattern in _DECLARED:
        m = pattern.search(head)
        if m:
            enc = canonical(m.group(1).decode("ascii", "ignore"))
            if enc:
                return enc
    return None


def _utf16_without_bom(sample: bytes) -> str | None:
    """UTF-16 text without a BOM: NULs at every other position (ASCII-range characters)."""
    if len(sample) < 16 or sample.count(0) <= 0.4 * (len(sample) // 2):
        return None  # too few NULs for either half to be 40% NUL (one fast pass before slicing)
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def looks_binary(data: bytes) -> bool:
    sample = data[:DETECTION_SAMPLE]
    if not sample:
        return False
    if sample.startswith(_MAGIC) and not sample[:64].lstrip().startswith(b"<"):
        return True
    controls = len(sample) - len(sample.translate(None, _BINARY_CONTROL_BYTES))  # one C-level pass
    return controls / len(sample) > BINARY_CONTROL_SHARE


def _utf8_evidence(data: bytes) -> bool:
    """True when the bytes are valid UTF-8 (a cut multi-byte sequence at the very end is forgiven)."""
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError as err:
        return err.start >= len(data) - 3 and err.reason == "unexpected end of data"


#: UTF-8 with a few damaged bytes (a cut character, a stray byte from a bad copy): its valid
#: multi-byte sequences carry this many times more continuation bytes than it has invalid bytes.
#: Other charsets read as UTF-8 score below 0.5 (GBK, Big5, Shift_JIS, EUC-KR: a few chance
#: sequences among many invalid bytes; single-byte charsets: none), damaged UTF-8 in the hundreds.
UTF8_REPAIR_RATIO = 8
#: ... and at least this many continuation bytes, so that a page of ASCII with one stray byte is
#: still left to the declaration and detection
UTF8_REPAIR_MIN = 16


def _mostly_utf8(data: bytes) -> str | None:
    """The text of UTF-8 bytes with a few invalid bytes in them (each becomes U+FFFD), or None."""
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    continuation = len(data) - len(text)  # bytes past the first of each multi-byte character
    if continuation >= UTF8_REPAIR_MIN and continuation >= UTF8_REPAIR_RATIO * max(bad, 1):
        return text
    return None


def _decodes_cleanly(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
        return True
    except (UnicodeDecodeError, LookupError):
        return False


#: single-byte Latin codecs that detection confuses with windows-1252 on short Western text
_LATIN_LOOKALIKES = frozenset(
    {"cp1250", "cp1257", "cp775", "cp850", "cp437", "mac-latin2", "mac-roman", "latin-1"}
    | {f"iso8859-{n}" for n in (1, 2, 3, 4, 9, 10, 13, 14, 15, 16)}
)
_CYRILLIC_LOOKALIKES = frozenset({"mac-cyrillic", "iso8859-5", "cp855"})
_WESTERN = re.compile(r"[^\x00-\x7f\u00c0-\u00ff\u00a0-\u00bf\u2018-\u201e\u2013\u2014\u2026\u20ac\u0152\u0153\u0160\u0161\u0178\u017d\u017e]")


def _detect(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    sample = data[:DETECTION_SAMPLE]
    best = from_bytes(sample).best()
    if best is None:
        return None
    enc = canonical(best.encoding)
    if enc in _CYRILLIC_LOOKALIKES and _decodes_cleanly(sample, "cp1251"):
        # Russian and Bulgarian web text is windows-1251 far more often than Mac Cyrillic
        return "cp1251"
    if enc in _LATIN_LOOKALIKES and _decodes_cleanly(sample, "cp1252"):
        # Western text: windows-1252 is the web's default single-byte charset (WHATWG), so it wins
        # whenever it reads every non-ASCII byte as a Latin letter or common punctuation.
        if not _WESTERN.search(sample.decode("cp1252")):
            return "cp1252"
    return enc


def decode(data: str | bytes, *, keep_controls: bool = False) -> Decoded:
    """Turn any input into clean text, saying how the encoding was chosen. With `keep_controls`, a
    str and ASCII or UTF-8 bytes are not searched for control characters (a pass over the page):
    `raw_controls` says the caller must clean what it keeps of the text (`clean_kept`)."""
    if isinstance(data, str):
        # a str read from a file with a BOM ("utf-8" instead of "utf-8-sig") starts with U+FEFF
        text = data[1:] if data.startswith("\ufeff") else data
        if keep_controls:
            return Decoded(text, "str", "str", raw_controls=True)
        text, utf8 = _clean(text)
        return Decoded(text, "str", "str", utf8=utf8)
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return Decoded(clean(data[len(bom):].decode(enc, "replace")), enc, "bom")
    wide = _utf16_without_bom(data[:DETECTION_SAMPLE])
    if wide:
        return Decoded(clean(data.decode(wide, "replace")), wide, "utf-16-pattern")
    if looks_binary(data):
        return Decoded("", "binary", "binary", binary=True)
    declared = declared_charset(data)
    # ASCII and strict UTF-8 decoding give no lone surrogates, and a control character only where
    # the bytes hold its byte: without such bytes there is nothing to clean (saves a regex scan)
    controls = False if keep_controls else _has_controls(data)
    if data.isascii():
        text = data.decode("ascii")
        if controls:
            return Decoded(clean(text), "ascii", "ascii")
        return Decoded(text, "ascii", "ascii", utf8=_kept(data), raw_controls=keep_controls)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        if controls:
            return Decoded(clean(text), "utf-8", "utf-8")
        return Decoded(text, "utf-8", "utf-8", utf8=_kept(data), raw_controls=keep_controls)
    if _utf8_evidence(data):
        return Decoded(clean(data.decode("utf-8", "replace")), "utf-8", "utf-8")
    repaired = _mostly_utf8(data)
    if repaired is not None:
        return Decoded(clean(repaired), "utf-8", "utf-8-repaired")
    if declared and declared != "utf-8" and _decodes_cleanly(data, declared):
        return Decoded(clean(data.decode(declared)), declared, "declared")
    detected = _detect(data)
    if detected:
        return Decoded(clean(data.decode(detected, "replace")), detected, "detected")
    return Decoded(clean(data.decode(declared or "utf-8", "replace")), declared or "utf-8", "fallback")
