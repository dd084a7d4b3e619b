"""Matching many pattern sets at once.

`KindMatcher` answers "which set's patterns match this text first" for many sets at once, fast:
most blocks are tested against none of the patterns at all. Which texts match is decided by the
patterns alone; the matcher only skips patterns that cannot match. One Hyperscan scan names the
patterns a text may match (prefilter.py). Where the scan does not answer, the matcher rules
patterns out with necessary conditions read from each pattern's parse tree:

- the characters a match can start with (a text whose first character is not one of them cannot
  match: `^(?:share|分享)...` needs an s/S or 分 first), and
- a set of characters one of which every match contains (`.{0,40}\\d{4}...` needs a digit; a
  pattern whose words all hold a "v" or a 版 needs one of those).

Both are tested with the regex engine itself on single characters (so case-insensitivity means
exactly what it means in the pattern) and cached per character. A pattern the analysis does not
understand (backreferences, inline flag changes, ...) is always tried. The analysis is done the
first time it is needed, not at import: where the scan answers, it seldom is.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from .base import MAX_HEAD_CHARS, MIN_SUBSTRING, UNION_FLAGS, PatternSet
from .prefilter import Prefilter
from .regex_facts import (
    _ANY_CHAR, _class_parts, _first, _has_backreference, _Opaque, _prefixes, _required, _sre_p, _substrings,
)


@dataclass(slots=True)
class _Entry:
    """One pattern of one set, with the conditions a text must meet for it to be tried."""

    rank: int  # the set's position: a lower rank wins
    kind: str
    max_len: int
    regex: re.Pattern[str]
    first: re.Pattern[str] | None  # a one-character regex; None: any first character
    #: a character class one of whose characters every match holds, searched for in the text
    #: before the pattern is tried; None: no requirement (or one too common to be worth a search)
    required: re.Pattern[str] | None
    prefix: re.Pattern[str] | None = None  # the first two characters of a match; None: any
    #: in an ASCII text (lower-cased), every match holds one of these; None: no such condition
    #: (an empty tuple: the pattern cannot match an ASCII text)
    ascii_substrings: tuple[str, ...] | None = None
    #: the same in any other text without ASCII_PARTNERS (curly quotes, dashes, CJK), lower-cased
    wide_substrings: tuple[str, ...] | None = None
    min_len: int = 0  # a match takes at least this many characters: a shorter text cannot hold one


#: a pattern with first characters gets a required character class too when its characters weigh
#: at most this (regex_facts._char_weight: ~ their frequency in text, per cent; ":" weighs 1.0, "e"
#: 12.7): the separators of a menu line "a | b | c"; a pattern that may start with anything always
REQUIRED_WEIGHT = 2.0
#: the flags of a pattern compiled with UNION_FLAGS (`re` adds UNICODE to a str pattern's)
_UNION_COMPILED_FLAGS = re.compile("", UNION_FLAGS).flags


def _required_class(sources: list[str]) -> re.Pattern[str]:
    """One regex for one-character sources (escaped characters, categories, classes that are not
    negated): a single character class where they are all of that form, searched in one C-level
    scan; else their alternation."""
    sources = list(dict.fromkeys(sources))  # (a run of four digits may be required by every branch)
    inside = "".join(s[1:-1] if s.startswith("[") and not s.startswith("[^") else s for s in sources)
    if "".join(_class_parts(inside)) == inside:
        return re.compile(f"[{inside}]", UNION_FLAGS)
    return re.compile("|".join(f"(?:{s})" for s in sources), UNION_FLAGS)


def _min_len(tree) -> int:
    """The fewest characters a match of the parsed pattern takes (0 when the parser cannot tell)."""
    try:
        return max(0, tree.getwidth()[0])
    except (OverflowError, RecursionError, re.error):
        return 0


def _parsed(rank: int, kind: str, max_len: int,
            patterns: tuple[re.Pattern[str], ...]) -> list[tuple[_Entry, Any]] | None:
    """One entry per pattern with its parse tree, or None when the set must be tried as its union
    (backreferences: group numbers differ between the union and a lone pattern)."""
    parsed = []
    for p in patterns:
        source = f"(?:{p.pattern})"
        try:
            tree = _sre_p.parse(source, UNION_FLAGS)
            if _has_backreference(tree.data):
                return None
        except (re.error, RecursionError):
            return None
        # the set's own compiled pattern where it has the flags the entries are tried with
        # (compiling each pattern again would cost every process ~0.05 s at import)
        regex = p if p.flags == _UNION_COMPILED_FLAGS else re.compile(source, UNION_FLAGS)
        parsed.append((_Entry(rank, kind, max_len, regex, None, None, min_len=_min_len(tree)), tree))
    return parsed


def _analyse(entry: _Entry, tree: Any) -> None:
    """The entry's filters, read from its pattern's parse tree. A filter the analysis cannot work
    out is left off (None: the pattern is tried on every text)."""
    try:
        items, nullable = _first(tree.data)
        if items is not None and not nullable:  # an empty match: any text (even "\n") may hold it
            entry.first = re.compile("|".join(f"(?:{s})" for s in items) or "(?!)", UNION_FLAGS)
    except (_Opaque, re.error, RecursionError):
        pass
    try:
        found = _required(tree.data)
        # for patterns that may start with anything, or on rare characters: others are narrowed
        # down by their first characters and required strings, more cheaply
        if found is not None and found[0] and (entry.first is None or found[1] <= REQUIRED_WEIGHT):
            entry.required = _required_class(found[0])
    except (_Opaque, re.error, RecursionError):
        pass
    try:
        found_strings = _substrings(tree.data)
        if found_strings is not None and found_strings[1] >= MIN_SUBSTRING:
            entry.ascii_substrings = tuple(sorted(found_strings[0]))
        found_strings = _substrings(tree.data, wide=True)
        if found_strings is not None and found_strings[1] >= MIN_SUBSTRING:
            entry.wide_substrings = tuple(sorted(found_strings[0]))
    except (_Opaque, RecursionError):
        pass
    try:
        pairs = sorted(t for t in _prefixes(tree.data) if len(t) == 2)
        if (_ANY_CHAR, _ANY_CHAR) not in pairs:  # (else any two characters may start a match)
            entry.prefix = re.compile("|".join(f"(?:{a})(?:{b})" for a, b in pairs) or "(?!)", UNION_FLAGS)
    except (_Opaque, re.error, RecursionError):
        pass


class KindMatcher:
    """The kind of the first set (in order) whose `lines` (or `heads`) match a text, or None.

    Gives exactly `next((s.kind for s in sets if s.matches_line(text)), None)` (or matches_head),
    testing far fewer patterns; results are cached per text.
    """

    #: bounds of the per-start and per-text caches (cleared when full)
    CACHE_MAX = 50_000
    TEXT_CACHE_MAX = 50_000

    def __init__(self, sets: Sequence[PatternSet], which: str, prefilter: bool = True) -> None:
        assert which in ("lines", "heads")
        self._entries: list[_Entry] = []
        self._whole: list[tuple[int, PatternSet]] = []  # sets whose patterns are tried as a union
        trees: list[Any] = []  # each entry's parse tree: for the prefilter, and for `_analysed`
        for rank, ps in enumerate(sets):
            patterns = ps.lines if which == "lines" else ps.heads
            max_len = ps.max_chars if which == "lines" else MAX_HEAD_CHARS
            if not patterns:
                continue
            parsed = _parsed(rank, ps.kind, max_len, patterns)
            if parsed is None:
                self._whole.append((rank, ps))
            else:
                self._entries.extend(entry for entry, _ in parsed)
                trees.extend(tree for _, tree in parsed)
        self._which = which
        self._max_len = max([e.max_len for e in self._entries] + [
            (ps.max_chars if which == "lines" else MAX_HEAD_CHARS) for _, ps in self._whole] + [-1])
        self._by_first: dict[str, tuple[_Entry, ...]] = {}
        self._cache: dict[str, str | None] = {}
        #: with `prefilter`, a Hyperscan scan names the patterns a text may match (prefilter.py)
        self._prefilter = Prefilter([e.regex for e in self._entries], trees) if prefilter else None
        #: the trees whose filters `_filtered` needs, worked out on its first call: with a
        #: prefilter it is seldom called, and the analysis would cost every process ~0.1 s at import
        self._unanalysed: list[Any] | None = trees
        self._lock = threading.Lock()

    def _analysed(self) -> None:
        """Every entry's filters worked out (once: the first time `_filtered` needs them)."""
        with self._lock:  # (another thread waits here rather than use half-analysed entries)
            if self._unanalysed is not None:
                for entry, tree in zip(self._entries, self._unanalysed):
                    _analyse(entry, tree)
                self._unanalysed = None

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

    def _filtered(self, text: str, size: int, plain: bool) -> _Entry | None:
        """The first entry matching `text`, each entry ruled out by the conditions read from its
        pattern where it can be (without a prefilter's scan). `plain`: the text holds none of the
        non-ASCII partners of ASCII letters (`Prefilter.applies`)."""
        if self._unanalysed is not None:
            self._analysed()
        if text:
            # a match is the whole text, or all of it but a final "\n" ($ allows one): a text of
            # three or more characters, or two without that newline, has a match of two or more
            start = text[:2] if size >= 3 or (size == 2 and text[1] != "\n") else text[0]
            entries = self._by_first.get(start)
            if entries is None:
                entries = self._candidates(start)
        else:
            entries = tuple(e for e in self._entries if e.min_len == 0)
        # the text lower-cased, where the strings a match needs are looked up: an ASCII text, or
        # one without the non-ASCII partners of ASCII letters (`wide`)
        low = text.lower() if plain else None
        wide = plain and not text.isascii()
        for e in entries:
            if not e.min_len <= size <= e.max_len:
                continue  # too short or too long for the pattern
            pieces = e.wide_substrings if wide else e.ascii_substrings
            if low is not None and pieces is not None:
                for piece in pieces:
                    if piece in low:
                        break
                else:
                    continue
            if e.required is not None and e.required.search(text) is None:
                continue
            if e.regex.match(text):
                return e
        return None

    def _scanned(self, text: str, size: int, positions: list[int]) -> _Entry | None:
        """The first entry matching `text` among those at `positions` (what a prefilter's scan named)."""
        entries = self._entries
        for position in positions:
            e = entries[position]
            if e.min_len <= size <= e.max_len and e.regex.match(text):
                return e
        return None

    def _kind(self, text: str) -> str | None:
        size = len(text)
        if size > self._max_len:
            return None
        plain = Prefilter.applies(text)  # (once: the scan and the filters both ask it)
        scan = self._prefilter
        named = scan.candidates(text) if scan is not None and plain else None
        entry = self._filtered(text, size, plain) if named is None else self._scanned(text, size, named)
        for rank, ps in self._whole:
            if entry is not None and rank >= entry.rank:
                break
            if ps.matches_line(text) if self._which == "lines" else ps.matches_head(text):
                return ps.kind
        return entry.kind if entry is not None else None


class TokenMatcher:
    """The kind of the first set (in order) whose `tokens` share a word with the given ones, or None.

    Gives exactly `next((s.kind for s in sets if s.matches_tokens(tokens)), None)`, through one
    dict lookup per word instead of one set intersection per pattern set.
    """

    CACHE_MAX = 50_000

    def __init__(self, sets: Sequence[PatternSet]) -> None:
        self._kinds = [ps.kind for ps in sets]
        self._cache: dict[Collection[str], str | None] = {}
        self._rank: dict[str, int] = {}
        for rank, ps in enumerate(sets):
            for token in ps.tokens:
                self._rank.setdefault(token, rank)

    def kind(self, tokens: Collection[str]) -> str | None:
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

    def _rank_kind(self, tokens: Collection[str]) -> str | None:
        rank_of = self._rank
        best = -1
        for token in tokens:
            rank = rank_of.get(token)
            if rank is not None and (best < 0 or rank < best):
                best = rank
        return self._kinds[best] if best >= 0 else None
