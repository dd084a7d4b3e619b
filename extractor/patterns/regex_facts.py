"""What a regex's parse tree says every match needs: its possible first characters, a character
one of which every match holds, its possible two-character prefixes, strings one of which every
ASCII match holds. `matcher.KindMatcher` uses these to skip patterns that cannot match a text.
"""

from __future__ import annotations

import re
# what the regex engine calls cased (then IGNORECASE pairs it)
from _sre import unicode_iscased  # type: ignore[import-not-found]

try:  # Python 3.11+
    from re import _constants as _sre_c  # type: ignore[attr-defined]
    from re import _parser as _sre_p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sre_c  # type: ignore[no-redef]
    import sre_parse as _sre_p  # type: ignore[no-redef]

# --- pattern analysis ----------------------------------------------------------------------------

_C = _sre_c
_CATEGORY_SOURCE = {
    _C.CATEGORY_DIGIT: r"\d", _C.CATEGORY_NOT_DIGIT: r"\D", _C.CATEGORY_SPACE: r"\s",
    _C.CATEGORY_NOT_SPACE: r"\S", _C.CATEGORY_WORD: r"\w", _C.CATEGORY_NOT_WORD: r"\W",
}
_REPEATS = tuple(getattr(_C, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(_C, name))
_ATOMIC = getattr(_C, "ATOMIC_GROUP", None)
#: rough frequency of characters in text, to prefer a requirement on rare characters
_LETTER_FREQ = dict(zip("etaoinshrdlcumwfgypbvkjxqz", (12.7, 9.1, 8.2, 7.5, 7.0, 6.7, 6.3, 6.1, 6.0, 4.3, 4.0, 2.8,
                                                      2.8, 2.4, 2.4, 2.2, 2.0, 2.0, 1.9, 1.5, 1.0, 0.8, 0.15, 0.15,
                                                      0.1, 0.07)))
_CATEGORY_WEIGHT = {_C.CATEGORY_DIGIT: 5.0, _C.CATEGORY_SPACE: 16.0}
_UNIVERSAL = None  # "any character" (or: not understood)


class _Opaque(Exception):
    """The pattern holds a construct the analysis does not model."""


def _class_parts(inside: str) -> list[str]:
    """The items of the inside of a [...] class made by _class_source: escapes, ranges, categories."""
    return re.findall(r"\\U[0-9a-f]{8}-\\U[0-9a-f]{8}|\\U[0-9a-f]{8}|\\[dDsSwW]", inside)


def _char_source(code: int) -> str:
    return f"\\U{code:08x}"


def _class_source(items: list) -> str | None:
    """A one-character regex for an IN node's items, or None when it is not understood."""
    parts, negate = [], False
    for op, av in items:
        if op is _C.NEGATE:
            negate = True
        elif op is _C.LITERAL:
            parts.append(_char_source(av))
        elif op is _C.RANGE:
            parts.append(f"{_char_source(av[0])}-{_char_source(av[1])}")
        elif op is _C.CATEGORY and av in _CATEGORY_SOURCE:
            parts.append(_CATEGORY_SOURCE[av])
        else:
            return None
    if not parts:
        return None
    return f"[{'^' if negate else ''}{''.join(parts)}]"


#: punctuation common in ordinary sentences
_PUNCT_FREQ = {" ": 15.0, ".": 6.0, ",": 6.0, "-": 2.0, "'": 1.5, "\"": 1.5, "(": 1.0, ")": 1.0, ":": 1.0,
               "，": 4.0, "。": 3.0, "、": 2.0, "“": 1.5, "”": 1.5, "’": 1.0}


def _char_weight(code: int) -> float:
    ch = chr(code).lower()
    if ch in _LETTER_FREQ:
        return _LETTER_FREQ[ch]
    if ch in _PUNCT_FREQ:
        return _PUNCT_FREQ[ch]
    if ch.isdigit():
        return 0.5
    return 0.5 if code < 128 else 0.3


def _class_weight(items: list) -> float:
    total = 0.0
    for op, av in items:
        if op is _C.NEGATE:
            return float("inf")
        if op is _C.LITERAL:
            total += _char_weight(av)
        elif op is _C.RANGE:
            lo, hi = av
            total += sum(_char_weight(c) for c in range(lo, hi + 1)) if hi - lo < 256 else 30.0
        elif op is _C.CATEGORY:
            total += _CATEGORY_WEIGHT.get(av, float("inf"))
        else:
            return float("inf")
    return total


def _first(seq) -> tuple[list[str] | None, bool]:
    """(one-character regexes a match can start with, or None for any; can the sequence be empty?)"""
    out: list[str] = []
    for op, av in seq:
        items, nullable = _first_of(op, av)
        if items is None:
            return None, nullable
        out.extend(items)
        if not nullable:
            return out, False
    return out, True


def _first_of(op, av) -> tuple[list[str] | None, bool]:
    if op is _C.LITERAL:
        return [_char_source(av)], False
    if op is _C.NOT_LITERAL:
        return [f"[^{_char_source(av)}]"], False
    if op is _C.IN:
        source = _class_source(av)
        return ([source] if source else None), False
    if op is _C.ANY:
        return None, False
    if op is _C.AT or op in (_C.ASSERT, _C.ASSERT_NOT):
        return [], True  # zero-width
    if op is _C.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if (add_flags | del_flags) & (re.I | re.A | re.L):
            raise _Opaque("inline case flags")
        return _first(sub)
    if op is _ATOMIC:
        return _first(av)
    if op is _C.BRANCH:
        out: list[str] = []
        nullable = False
        for branch in av[1]:
            items, empty = _first(branch)
            if items is None:
                return None, True
            out.extend(items)
            nullable = nullable or empty
        return out, nullable
    if op in _REPEATS:
        low, high, sub = av
        if high == 0:
            return [], True
        items, empty = _first(sub)
        return items, empty or low == 0
    raise _Opaque(str(op))


def _required(seq) -> tuple[list[str], float] | None:
    """(one-character regexes one of which every match contains, their weight), or None."""
    best: tuple[list[str], float] | None = None
    for op, av in seq:
        found = _required_of(op, av)
        if found is not None and (best is None or found[1] < best[1]):
            best = found
    return best


def _required_of(op, av) -> tuple[list[str], float] | None:
    if op is _C.LITERAL:
        return [_char_source(av)], _char_weight(av)
    if op is _C.IN:
        source = _class_source(av)
        weight = _class_weight(av)
        return ([source], weight) if source and weight < float("inf") else None
    if op is _C.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if (add_flags | del_flags) & (re.I | re.A | re.L):
            raise _Opaque("inline case flags")
        return _required(sub)
    if op is _ATOMIC:
        return _required(av)
    if op is _C.BRANCH:
        out: list[str] = []
        weight = 0.0
        for branch in av[1]:
            found = _required(branch)
            if found is None:
                return None
            out.extend(found[0])
            weight += found[1]
        return out, weight
    if op in _REPEATS:
        low, _high, sub = av
        found = _required(sub) if low >= 1 else None
        if found is not None and low >= 2 and len(sub) == 1 and sub[0][0] in (_C.LITERAL, _C.IN):
            return _run(found, low)
        return found
    if op in (_C.NOT_LITERAL, _C.ANY, _C.AT, _C.ASSERT, _C.ASSERT_NOT):
        return None
    raise _Opaque(str(op))


#: a required run of one character class is looked for up to this long
MAX_RUN = 8


def _run(found: tuple[list[str], float], low: int) -> tuple[list[str], float]:
    """A character class repeated at least `low` times: `low` of them in a row are required (four
    digits of a year, where one digit is in most texts), their weight that of so many together."""
    (source,), weight = found
    run = min(low, MAX_RUN)
    return [f"(?:{source}){{{run}}}"], min(weight, 100.0 * (weight / 100.0) ** run)


#: more possible two-character starts than this: the pattern gets no prefix filter
_MAX_PREFIXES = 400
_ANY_CHAR = "(?s:.)"


def _concat(left: set[tuple[str, ...]], right: set[tuple[str, ...]]) -> set[tuple[str, ...]]:
    out = set()
    for a in left:
        if len(a) >= 2:
            out.add(a)
        else:
            for b in right:
                out.add((a + b)[:2])
    if len(out) > _MAX_PREFIXES:
        raise _Opaque("too many prefixes")
    return out


def _prefixes(seq) -> set[tuple[str, ...]]:
    """The possible first two characters of a match, as one-character regexes; a shorter tuple is
    a whole match shorter than two characters."""
    out: set[tuple[str, ...]] = {()}
    for op, av in seq:
        out = _concat(out, _prefixes_of(op, av))
    return out


def _prefixes_of(op, av) -> set[tuple[str, ...]]:
    if op is _C.LITERAL:
        return {(_char_source(av),)}
    if op is _C.NOT_LITERAL:
        return {(f"[^{_char_source(av)}]",)}
    if op is _C.IN:
        source = _class_source(av)
        if source is None:
            raise _Opaque("class")
        return {(source,)}
    if op is _C.ANY:
        return {(_ANY_CHAR,)}
    if op is _C.AT or op in (_C.ASSERT, _C.ASSERT_NOT):
        return {()}
    if op is _C.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if (add_flags | del_flags) & (re.I | re.A | re.L):
            raise _Opaque("inline case flags")
        return _prefixes(sub)
    if op is _ATOMIC:
        return _prefixes(av)
    if op is _C.BRANCH:
        out: set[tuple[str, ...]] = set()
        for branch in av[1]:
            out |= _prefixes(branch)
        return out
    if op in _REPEATS:
        low, high, sub = av
        if high == 0:
            return {()}
        once = _prefixes(sub)
        twice = _concat(once, once) if high >= 2 else set()
        if () in once:  # S^i grows with i and settles at i = 2
            return twice if high >= 2 else once
        out = {()} if low == 0 else set()
        if low <= 1:
            out |= once
        return out | twice
    raise _Opaque(str(op))


#: non-ASCII characters that IGNORECASE matches to an ASCII letter (simple lower-case mapping and
#: the regex engine's equivalences: Kelvin sign, long s, dotless i, dotted capital I)
_ASCII_PARTNER = {0x212A: "k", 0x017F: "s", 0x0131: "i", 0x0130: "i"}


_IMPOSSIBLE = 1 << 30


def _ascii_char(code: int) -> str | None:
    """The character an ASCII text must hold for an (IGNORECASE) literal: lower-cased; None when
    no ASCII character matches it."""
    ch = chr(code)
    return ch.lower() if ch.isascii() else _ASCII_PARTNER.get(code)


#: the non-ASCII characters of ASCII_PARTNER: a text holding none of them is one `_substrings(...,
#: wide=True)` speaks of (tests/speed checks the table against every code point)
ASCII_PARTNERS = "".join(chr(c) for c in sorted(_ASCII_PARTNER))
#: finds one of them
PARTNER_RE = re.compile("[" + ASCII_PARTNERS + "]")


def _wide_char(code: int) -> str | None:
    """The character a text without ASCII_PARTNERS holds, lower-cased, where an (IGNORECASE)
    literal matched: its ASCII letter, or an uncased character itself (IGNORECASE matches it
    alone: CJK, punctuation); None for a cased non-ASCII letter (é, Σ: their case partners and
    final forms are not modelled)."""
    ch = _ascii_char(code)
    if ch is not None:
        return ch
    ch = chr(code)
    return ch if not unicode_iscased(code) and ch.lower() == ch else None


def _substrings(seq, wide: bool = False) -> tuple[set[str], int] | None:
    """In an ASCII text, lower-cased: (strings one of which every match holds, the length of the
    shortest), or None. From runs of literal characters, the alternatives of a branch, the body of
    a repeat that occurs at least once; an empty set (length _IMPOSSIBLE): no ASCII text matches.
    With `wide`, the same for any text without ASCII_PARTNERS (lower-cased with str.lower): a
    non-ASCII literal is then a character of the run when uncased, else it ends the run."""
    best: tuple[set[str], int] | None = None
    run: list[str] = []

    def consider(found: tuple[set[str], int] | None) -> None:
        nonlocal best
        if found is not None and (best is None or found[1] > best[1]):
            best = found

    for op, av in list(seq) + [(None, None)]:
        if op is _C.LITERAL:
            ch = _wide_char(av) if wide else _ascii_char(av)
            if ch is not None:
                run.append(ch)
                continue
            if not wide:
                return set(), _IMPOSSIBLE
        if run:
            consider(({"".join(run)}, len(run)))
            run = []
        if op is _C.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if (add_flags | del_flags) & (re.I | re.A | re.L):
                raise _Opaque("inline case flags")
            consider(_substrings(sub, wide))
        elif op is _ATOMIC:
            consider(_substrings(av, wide))
        elif op is _C.BRANCH:
            found: set[str] = set()
            shortest = _IMPOSSIBLE
            for branch in av[1]:
                sub = _substrings(branch, wide)
                if sub is None:
                    break
                found |= sub[0]
                shortest = min(shortest, sub[1])
            else:
                consider((found, shortest))
        elif op in _REPEATS and av[0] >= 1:
            consider(_substrings(av[2], wide))
    return best


def _has_backreference(seq) -> bool:
    for op, av in seq:
        if op in (_C.GROUPREF, _C.GROUPREF_EXISTS):
            return True
        if op is _C.SUBPATTERN and _has_backreference(av[3]):
            return True
        if op is _C.BRANCH and any(_has_backreference(b) for b in av[1]):
            return True
        if op in _REPEATS and _has_backreference(av[2]):
            return True
        if op is _ATOMIC and _has_backreference(av):
            return True
        if op in (_C.ASSERT, _C.ASSERT_NOT) and _has_backreference(av[1]):
            return True
    return False


def required_literal(pattern: re.Pattern[str]) -> str | None:
    """A string every match of a case-sensitive `pattern` contains (the longest run of plain
    characters the pattern cannot do without), or None. `literal in text` is then a cheap test
    a text must pass before `pattern.search(text)` can succeed: a C-level substring search instead
    of trying the pattern at every position (which `(?m)^...` patterns force)."""
    if pattern.flags & re.I or not isinstance(pattern.pattern, str):
        return None
    try:
        tree = _sre_p.parse(pattern.pattern, pattern.flags)
    except (re.error, RecursionError):  # pragma: no cover - it compiled once already
        return None
    best = ""
    run: list[str] = []
    for op, av in list(tree.data) + [(None, None)]:
        if op is _C.LITERAL:
            run.append(chr(av))
            continue
        if len(run) > len(best):
            best = "".join(run)
        run = []
    return best or None


