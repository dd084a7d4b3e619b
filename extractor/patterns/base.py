"""PatternSet: how one kind of boilerplate shows itself, in words and in class/id tokens.

`KindMatcher` answers "which set's patterns match this text first" for many sets at once, fast:
most blocks are tested against none of the patterns at all. Which texts match is decided by the
patterns alone; the matcher only skips patterns that cannot match, using two necessary conditions
read from each pattern's parse tree:

- the characters a match can start with (a text whose first character is not one of them cannot
  match: `^(?:share|分享)...` needs an s/S or 分 first), and
- a set of characters one of which every match contains (`.{0,40}\\d{4}...` needs a digit; a
  pattern whose words all hold a "v" or a 版 needs one of those).

Both are tested with the regex engine itself on single characters (so case-insensitivity means
exactly what it means in the pattern) and cached per character. A pattern the analysis does not
understand (backreferences, inline flag changes, ...) is always tried.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

try:  # Python 3.11+
    from re import _constants as _sre_c  # type: ignore[attr-defined]
    from re import _parser as _sre_p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sre_c  # type: ignore[no-redef]
    import sre_parse as _sre_p  # type: ignore[no-redef]


def lines(*patterns: str) -> tuple[re.Pattern[str], ...]:
    """Whole-block patterns: each must match the entire (short) block, case-insensitively."""
    return tuple(re.compile(rf"^(?:{p})$", re.I) for p in patterns)


#: a section heading ("Related", 热门资讯) is short
MAX_HEAD_CHARS = 40

#: a pattern's required strings are checked (in ASCII texts) when the shortest is this long
MIN_SUBSTRING = 3
#: the flags every set's union of patterns is compiled with (see _union); KindMatcher's ASCII
#: substring test relies on IGNORECASE
UNION_FLAGS = re.I


def _union(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), UNION_FLAGS)


@dataclass(frozen=True)
class PatternSet:
    """One kind of boilerplate.

    `lines` match a whole short block (at most `max_chars`); `heads` match a block that opens a
    section of that kind (a list heading such as "Related" or 相关内容), after which a text copy
    carries only boilerplate of that kind; `tokens` are whole class/id words of HTML containers.
    """

    kind: str
    lines: tuple[re.Pattern[str], ...] = ()
    heads: tuple[re.Pattern[str], ...] = ()
    tokens: frozenset[str] = field(default_factory=frozenset)
    max_chars: int = 80
    _line_re: re.Pattern[str] | None = field(init=False, repr=False, compare=False, default=None)
    _head_re: re.Pattern[str] | None = field(init=False, repr=False, compare=False, default=None)

    def __post_init__(self) -> None:
        # one alternation per set: a block is tested once per set, not once per pattern
        object.__setattr__(self, "_line_re", _union(self.lines))
        object.__setattr__(self, "_head_re", _union(self.heads))

    def matches_line(self, text: str) -> bool:
        return self._line_re is not None and len(text) <= self.max_chars and self._line_re.match(text) is not None

    def matches_head(self, text: str) -> bool:
        return self._head_re is not None and len(text) <= MAX_HEAD_CHARS and self._head_re.match(text) is not None

    def matches_tokens(self, tokens: frozenset[str] | tuple[str, ...]) -> bool:
        return not self.tokens.isdisjoint(tokens)


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
        return _required(sub) if low >= 1 else None
    if op in (_C.NOT_LITERAL, _C.ANY, _C.AT, _C.ASSERT, _C.ASSERT_NOT):
        return None
    raise _Opaque(str(op))


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


def _substrings(seq) -> tuple[set[str], int] | None:
    """In an ASCII text, lower-cased: (strings one of which every match holds, the length of the
    shortest), or None. From runs of literal characters, the alternatives of a branch, the body of
    a repeat that occurs at least once; an empty set (length _IMPOSSIBLE): no ASCII text matches."""
    best: tuple[set[str], int] | None = None
    run: list[str] = []

    def consider(found: tuple[set[str], int] | None) -> None:
        nonlocal best
        if found is not None and (best is None or found[1] > best[1]):
            best = found

    for op, av in list(seq) + [(None, None)]:
        if op is _C.LITERAL:
            ch = _ascii_char(av)
            if ch is None:
                return set(), _IMPOSSIBLE
            run.append(ch)
            continue
        if run:
            consider(({"".join(run)}, len(run)))
            run = []
        if op is _C.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if (add_flags | del_flags) & (re.I | re.A | re.L):
                raise _Opaque("inline case flags")
            consider(_substrings(sub))
        elif op is _ATOMIC:
            consider(_substrings(av))
        elif op is _C.BRANCH:
            found: set[str] = set()
            shortest = _IMPOSSIBLE
            for branch in av[1]:
                sub = _substrings(branch)
                if sub is None:
                    break
                found |= sub[0]
                shortest = min(shortest, sub[1])
            else:
                consider((found, shortest))
        elif op in _REPEATS and av[0] >= 1:
            consider(_substrings(av[2]))
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


@dataclass(slots=True)
class _Entry:
    """One pattern of one set, with the conditions a text must meet for it to be tried."""

    rank: int  # the set's position: a lower rank wins
    kind: str
    max_len: int
    regex: re.Pattern[str]
    first: re.Pattern[str] | None  # a one-character regex; None: any first character
    required: re.Pattern[str] | None  # a one-character regex; None: no requirement
    required_chars: str = ""  # the same characters as the inside of one [...] class
    prefix: re.Pattern[str] | None = None  # the first two characters of a match; None: any
    #: in an ASCII text (lower-cased), every match holds one of these; None: no such condition
    #: (an empty tuple: the pattern cannot match an ASCII text)
    ascii_substrings: tuple[str, ...] | None = None
    req_id: int = -1


class KindMatcher:
    """The kind of the first set (in order) whose `lines` (or `heads`) match a text, or None.

    Gives exactly `next((s.kind for s in sets if s.matches_line(text)), None)` (or matches_head),
    testing far fewer patterns; results are cached per text.
    """

    #: bounds of the per-character and per-text caches (cleared when full)
    CACHE_MAX = 50_000
    TEXT_CACHE_MAX = 50_000

    def __init__(self, sets: Sequence[PatternSet], which: str) -> None:
        assert which in ("lines", "heads")
        self._entries: list[_Entry] = []
        self._whole: list[tuple[int, PatternSet]] = []  # sets whose patterns are tried as a union
        for rank, ps in enumerate(sets):
            patterns = ps.lines if which == "lines" else ps.heads
            max_len = ps.max_chars if which == "lines" else MAX_HEAD_CHARS
            if not patterns:
                continue
            entries = self._analyse(rank, ps.kind, max_len, patterns)
            if entries is None:
                self._whole.append((rank, ps))
            else:
                self._entries.extend(entries)
        self._which = which
        self._max_len = max([e.max_len for e in self._entries] + [
            (ps.max_chars if which == "lines" else MAX_HEAD_CHARS) for _, ps in self._whole] + [-1])
        requirements = [e for e in self._entries if e.required is not None]
        for number, e in enumerate(requirements):
            e.req_id = number
        # one character class holding every requirement's characters: a single C-level scan
        parts = sorted({part for e in requirements for part in _class_parts(e.required_chars)})
        self._trigger = re.compile("[" + "".join(parts) + "]", UNION_FLAGS) if requirements else None
        self._by_first: dict[str, tuple[_Entry, ...]] = {}
        self._req_of: dict[str, frozenset[int]] = {}
        self._cache: dict[str, str | None] = {}

    @staticmethod
    @staticmethod
    def _analyse(rank: int, kind: str, max_len: int, patterns: tuple[re.Pattern[str], ...]) -> list[_Entry] | None:
        """One entry per pattern, or None when the set must be tried as its union (backreferences:
        group numbers differ between the union and a lone pattern). A filter the analysis cannot
        work out is left off (None: the pattern is tried on every text)."""
        entries = []
        for p in patterns:
            source = f"(?:{p.pattern})"
            try:
                tree = _sre_p.parse(source, UNION_FLAGS)
                if _has_backreference(tree.data):
                    return None
            except (re.error, RecursionError):
                return None
            first = required = prefix = None
            try:
                items, nullable = _first(tree.data)
                if items is not None and not nullable:  # an empty match: any text (even "\n") may hold it
                    first = re.compile("|".join(f"(?:{s})" for s in items) or "(?!)", UNION_FLAGS)
            except (_Opaque, re.error, RecursionError):
                pass
            try:
                found = _required(tree.data)
                # checked only for patterns that may start with anything: others are narrowed
                # down by their first characters and required strings, more cheaply
                if found is not None and first is None:
                    required = found[0]
            except (_Opaque, re.error, RecursionError):
                pass
            substrings = None
            try:
                found_strings = _substrings(tree.data)
                if found_strings is not None and found_strings[1] >= MIN_SUBSTRING:
                    substrings = tuple(sorted(found_strings[0]))
            except (_Opaque, RecursionError):
                pass
            try:
                pairs = sorted(t for t in _prefixes(tree.data) if len(t) == 2)
                prefix = re.compile("|".join(f"(?:{a})(?:{b})" for a, b in pairs) or "(?!)", UNION_FLAGS)
            except (_Opaque, re.error, RecursionError):
                pass
            entries.append(_Entry(
                rank, kind, max_len, re.compile(source, UNION_FLAGS), first,
                re.compile("|".join(f"(?:{s})" for s in required), UNION_FLAGS) if required else None,
                "".join(s[1:-1] if s.startswith("[") else s for s in required) if required else "",
                prefix, substrings,
            ))
        return entries

    def _candidates(self, start: str) -> tuple[_Entry, ...]:
        """Entries a text starting with `start` may match: one character (any text), or two (a text
        whose match must consume at least two characters: see _kind)."""
        if len(start) == 1:
            found = tuple(e for e in self._entries if e.first is None or e.first.match(start))
        else:
            base = self._by_first.get(start[0])
            if base is None:
                base = self._candidates(start[0])
            found = tuple(e for e in base if e.prefix is None or e.prefix.fullmatch(start))
        if len(self._by_first) >= self.CACHE_MAX:
            self._by_first.clear()
        self._by_first[start] = found
        return found

    def _requirements_met(self, ch: str) -> frozenset[int]:
        found = frozenset(e.req_id for e in self._entries if e.required is not None and e.required.match(ch))
        if len(self._req_of) >= self.CACHE_MAX:
            self._req_of.clear()
        self._req_of[ch] = found
        return found

    def _met(self, text: str) -> set[int]:
        """The requirements (ids) whose characters `text` holds."""
        met: set[int] = set()
        if self._trigger is not None:
            req_of = self._req_of
            for ch in set(self._trigger.findall(text)):
                ids = req_of.get(ch)
                met.update(self._requirements_met(ch) if ids is None else ids)
        return met

    def kind(self, text: str) -> str | None:
        if len(text) > self._max_len:
            return None  # longer than any pattern allows (and not worth hashing into the cache)
        cached = self._cache.get(text, self)
        if cached is not self:
            return cached  # type: ignore[return-value]
        found = self._kind(text)
        if len(self._cache) >= self.TEXT_CACHE_MAX:
            self._cache.clear()
        self._cache[text] = found
        return found

    def _kind(self, text: str) -> str | None:
        size = len(text)
        if size > self._max_len:
            return None
        best_rank, best = len(self._entries) + len(self._whole) + 1_000_000, None
        if text:
            # a match is the whole text, or all of it but a final "\n" ($ allows one): a text of
            # three or more characters, or two without that newline, has a match of two or more
            start = text[:2] if size >= 3 or (size == 2 and text[1] != "\n") else text[0]
            entries = self._by_first.get(start)
            if entries is None:
                entries = self._candidates(start)
        else:
            entries = tuple(self._entries)
        low = text.lower() if text.isascii() else None
        met: set[int] | None = None
        for e in entries:
            if size > e.max_len:
                continue
            if low is not None and e.ascii_substrings is not None:
                for piece in e.ascii_substrings:
                    if piece in low:
                        break
                else:
                    continue
            if e.required is not None:
                if met is None:
                    met = self._met(text)
                if e.req_id not in met:
                    continue
            if e.regex.match(text):
                best_rank, best = e.rank, e.kind
                break
        for rank, ps in self._whole:
            if rank >= best_rank:
                break
            if ps.matches_line(text) if self._which == "lines" else ps.matches_head(text):
                return ps.kind
        return best


class TokenMatcher:
    """The kind of the first set (in order) whose `tokens` share a word with the given ones, or None.

    Gives exactly `next((s.kind for s in sets if s.matches_tokens(tokens)), None)`, through one
    dict lookup per word instead of one set intersection per pattern set.
    """

    CACHE_MAX = 50_000

    def __init__(self, sets: Sequence[PatternSet]) -> None:
        self._kinds = [ps.kind for ps in sets]
        self._cache: dict[frozenset[str] | tuple[str, ...], str | None] = {}
        self._rank: dict[str, int] = {}
        for rank, ps in enumerate(sets):
            for token in ps.tokens:
                self._rank.setdefault(token, rank)

    def kind(self, tokens: frozenset[str] | tuple[str, ...]) -> str | None:
        try:
            found = self._cache.get(tokens, self)  # elements of a page share their class lists
        except TypeError:  # an unhashable collection: no caching
            return self._rank_kind(tokens)
        if found is not self:
            return found  # type: ignore[return-value]
        found = self._rank_kind(tokens)
        if len(self._cache) >= self.CACHE_MAX:
            self._cache.clear()
        self._cache[tokens] = found
        return found

    def _rank_kind(self, tokens) -> str | None:
        rank_of = self._rank
        best = -1
        for token in tokens:
            rank = rank_of.get(token)
            if rank is not None and (best < 0 or rank < best):
                best = rank
        return self._kinds[best] if best >= 0 else None
