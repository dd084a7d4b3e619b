"""Which of many patterns may match a text, in one scan by Hyperscan (`Prefilter`).

`KindMatcher` tries each short block against ~130 patterns. Python's `re` tests one pattern at a
time, so most of the matcher's time went to ruling patterns out one by one (~14-20 us a block, cold).
Hyperscan compiles all of them into one automaton ahead of time and scans a block in ~3 us.

Hyperscan never decides a match here. Its syntax and semantics differ from `re`'s (no lookarounds,
its own `\\b` and Unicode classes), so each pattern is translated into one that matches *at least*
the texts the Python pattern matches: lookarounds and word boundaries are dropped, a counted repeat
allowing more than MAX_COUNT becomes unbounded, `\\d` and `\\w` take every non-ASCII character, `.`
takes a newline too, and Hyperscan's prefilter mode may widen a pattern further. The patterns a
scan names are then tried with `re` itself, in order. A pattern that cannot be translated (a
backreference) is always tried.

IGNORECASE pairs the dotless i, the dotted capital I, the long s and the Kelvin sign with ASCII
letters; texts holding one are not scanned (`applies`), and a pattern's own such letters are widened
to their partners. Where the scan cannot answer (Hyperscan not installed, a text that is not valid
Unicode, any error), `candidates` returns None and the caller rules the patterns out itself.

Compiling takes seconds for the bundled patterns, so the database is built on first use, not at
import, and one that took longer than CACHE_SECONDS is kept in a cache folder (`cache_dir`) keyed by
its patterns and Hyperscan's version; a damaged or foreign file is rebuilt.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .regex_facts import ASCII_PARTNERS, _sre_c as _C, _sre_p

try:
    import hyperscan
except ImportError:  # pragma: no cover - an install without a Hyperscan wheel for its platform
    hyperscan = None

#: Python's `\s` (str.isspace), listed: the same characters in any Unicode version
_SPACE = (r"\t-\r\x{1c}-\x{20}\x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}"
          r"\x{3000}")
_NON_ASCII = r"\x{80}-\x{10ffff}"
#: the characters of Python's categories listed here: its ASCII digits and word characters (the
#: others are in Unicode tables that differ between versions) and every white space. A character
#: outside them may still be in Python's class, so a negated class excludes only these
_LISTED = {_C.CATEGORY_DIGIT: "0-9", _C.CATEGORY_SPACE: _SPACE, _C.CATEGORY_WORD: "0-9A-Za-z_"}
#: class contents matching at least what Python's categories match
_CATEGORY = {category: listed if category is _C.CATEGORY_SPACE else listed + _NON_ASCII
             for category, listed in _LISTED.items()}
_NEGATION_OF = {_C.CATEGORY_NOT_DIGIT: _C.CATEGORY_DIGIT, _C.CATEGORY_NOT_SPACE: _C.CATEGORY_SPACE,
                _C.CATEGORY_NOT_WORD: _C.CATEGORY_WORD}
_REPEATS = tuple(getattr(_C, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(_C, name))
_ATOMIC = getattr(_C, "ATOMIC_GROUP", None)
_EVERYTHING = r"[\x{0}-\x{10ffff}]"
#: a counted repeat allowing more than this becomes unbounded, and needs at most this many: the
#: database compiles in ~2.5 s instead of ~90 (a `.{0,200}` is 200 states) and can only match more
MAX_COUNT = 3
#: the ASCII letters IGNORECASE pairs with a pattern's non-ASCII partners of ASCII letters
_PARTNERED = {0x0130: "iI", 0x0131: "iI", 0x017F: "sS", 0x212A: "kK"}
#: a database that took longer than this (seconds) to compile is kept on disk
CACHE_SECONDS = 0.25
#: the ASCII letters' partners one by one: a substring test per partner, each one C loop over the
#: text, takes ~1/5 of regex_facts.PARTNER_RE's search (which tests its class at every character)
_PARTNER_1, _PARTNER_2, _PARTNER_3, _PARTNER_4 = tuple(ASCII_PARTNERS)


class Untranslatable(Exception):
    """The pattern holds a construct without a translation here (a backreference, a conditional)."""


def _char(code: int) -> str:
    return f"\\x{{{code:x}}}" + _PARTNERED.get(code, "")


def _class(items: list) -> str:
    negate = any(op is _C.NEGATE for op, _ in items)
    parts = []
    for op, av in items:
        if op is _C.NEGATE:
            continue
        if op is _C.LITERAL:
            parts.append(_char(av))
        elif op is _C.RANGE:
            parts.append(f"\\x{{{av[0]:x}}}-\\x{{{av[1]:x}}}")
            parts.extend(letters for code, letters in _PARTNERED.items() if av[0] <= code <= av[1])
        elif op is _C.CATEGORY and negate and av in _LISTED:
            parts.append(_LISTED[av])
        elif op is _C.CATEGORY and not negate:
            if av not in _CATEGORY:
                return _EVERYTHING  # a negated category inside a class
            parts.append(_CATEGORY[av])
        else:
            raise Untranslatable(f"class item {op} {av}")
    if not parts:
        return _EVERYTHING if negate else "(?!)"
    return f"[{'^' if negate else ''}{''.join(parts)}]"


def _seq(seq, lines: bool) -> str:
    return "".join(_node(op, av, lines) for op, av in seq)


def _node(op, av, lines: bool) -> str:  # noqa: C901 - one case per opcode
    """One node of the parse tree; `lines`: under MULTILINE (`^` and `$` also at line breaks)."""
    if op is _C.LITERAL:
        return f"[{_char(av)}]" if av in _PARTNERED else _char(av)
    if op is _C.NOT_LITERAL:
        return f"[^{_char(av)}]"
    if op is _C.ANY:
        return "."  # compiled with DOTALL: at least as much
    if op is _C.IN:
        if len(av) == 1 and av[0][0] is _C.CATEGORY and av[0][1] in _NEGATION_OF:
            return f"[^{_LISTED[_NEGATION_OF[av[0][1]]]}]"
        return _class(av)
    if op is _C.BRANCH:
        return "(?:" + "|".join(_seq(branch, lines) for branch in av[1]) + ")"
    if op is _C.SUBPATTERN:  # inline flags: the whole is compiled caseless and DOTALL anyway
        return "(?:" + _seq(av[-1], lines or bool(av[1] & re.MULTILINE)) + ")"
    if op is _ATOMIC:
        return "(?:" + _seq(av, lines) + ")"
    if op in _REPEATS:
        low, high, item = av
        inner = "(?:" + _seq(item, lines) + ")"
        if high is _C.MAXREPEAT or high > MAX_COUNT:
            low = min(low, MAX_COUNT)
            return f"{inner}{{{low},}}" if low else f"{inner}*"
        return f"{inner}{{{low},{high}}}"
    if op is _C.AT:
        if av is _C.AT_BEGINNING and not lines:
            return "^"
        if av is _C.AT_END and not lines:
            return "$"  # (both: at the end, or before a final newline)
        if av is _C.AT_BEGINNING_STRING:
            return r"\A"
        if av is _C.AT_END_STRING:
            return r"\z"
        return ""  # word boundaries, MULTILINE's line starts and ends: dropped
    if op in (_C.ASSERT, _C.ASSERT_NOT):
        return ""  # lookarounds: dropped
    raise Untranslatable(str(op))


def translate(pattern: re.Pattern[str], tree: Any = None) -> str:
    """A Hyperscan pattern (UTF-8, caseless, DOTALL) matching at the start of every text
    `pattern.match` matches, and maybe more. `tree`: the pattern's parse tree, where the caller
    has it (`sre_parse.parse` of its source or of the source in a group, with its flags)."""
    if tree is None:
        try:
            tree = _sre_p.parse(pattern.pattern, pattern.flags)
        except (re.error, RecursionError) as error:
            raise Untranslatable(str(error)) from error
    return "^(?:" + _seq(tree.data, bool(tree.state.flags & re.MULTILINE)) + ")"


def cache_dir() -> Path:
    """Where compiled databases are kept: $EXTRACTOR_CACHE_DIR, else the user's cache folder."""
    chosen = os.environ.get("EXTRACTOR_CACHE_DIR")
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "extractor"


def _collect(number: int, start: int, end: int, flags: int, found: list[int]) -> None:
    found.append(number)


class Prefilter:
    """Which of `patterns` may match a text, by one Hyperscan scan (see the module's notes)."""

    def __init__(self, patterns: Sequence[re.Pattern[str]], trees: Sequence[Any] | None = None) -> None:
        """`trees`: the patterns' parse trees, where the caller has them (see `translate`)."""
        self._sources: list[str] = []
        self._positions: list[int] = []  # the database's expression number -> position in `patterns`
        for position, pattern in enumerate(patterns):
            try:
                self._sources.append(translate(pattern, trees[position] if trees is not None else None))
            except Untranslatable:
                continue
            self._positions.append(position)
        self._all = len(patterns)
        #: patterns always tried
        self.untranslated = self._left_out()
        self._db = None
        self._failed = hyperscan is None or not self._sources
        self._lock = threading.Lock()
        self._local = threading.local()  # a scratch space per thread (a scan writes to it)

    @staticmethod
    def applies(text: str) -> bool:
        """Whether a scan answers for `text`: not for one holding the ASCII letters' partners."""
        return text.isascii() or not (_PARTNER_1 in text or _PARTNER_2 in text or _PARTNER_3 in text
                                      or _PARTNER_4 in text)

    def candidates(self, text: str) -> list[int] | None:
        """Positions of the patterns that may match `text`, in order, or None: no answer (try them
        all). The caller checks `applies(text)` first."""
        if self._failed:
            return None
        scratch = getattr(self._local, "scratch", None)
        if scratch is None:
            scratch = self._scratch()
            if scratch is None:
                return None
        found: list[int] = []
        try:
            # (by position: the binding parses keyword arguments by name, ~2/3 of a short scan's cost)
            self._db.scan(text.encode("utf-8"), _collect, 0, found, scratch)  # handler, flags, context, scratch
        except (UnicodeEncodeError, hyperscan.error):  # lone surrogates; anything Hyperscan reports
            return None
        if found:
            positions = self._positions
            found = [positions[number] for number in found]
        if self.untranslated:
            found.extend(self.untranslated)
        if len(found) > 1:
            found.sort()
        return found

    def _scratch(self):
        with self._lock:
            if self._db is None and not self._failed:
                self._db = self._database()
                self._failed = self._db is None
        if self._failed:
            return None
        try:
            self._local.scratch = scratch = hyperscan.Scratch(self._db)
        except hyperscan.error:
            self._failed = True
            return None
        return scratch

    def _database(self):
        flags = (hyperscan.HS_FLAG_CASELESS | hyperscan.HS_FLAG_UTF8 | hyperscan.HS_FLAG_DOTALL
                 | hyperscan.HS_FLAG_SINGLEMATCH | hyperscan.HS_FLAG_ALLOWEMPTY | hyperscan.HS_FLAG_PREFILTER)
        key = hashlib.sha256("\n".join([hyperscan.__version__, str(flags), *self._sources]).encode()).hexdigest()
        path = cache_dir() / f"patterns-{key[:24]}.hsdb"
        try:
            db = hyperscan.loadb(path.read_bytes(), hyperscan.HS_MODE_BLOCK)
            hyperscan.Scratch(db)  # (a database for another kind of CPU loads, and fails here)
            return db
        except (OSError, hyperscan.error):  # none yet, unreadable, damaged, another platform's
            pass
        started, count = time.perf_counter(), len(self._sources)
        db = self._compile(flags)
        # (a database without the patterns Hyperscan refused is not what the key names)
        if db is not None and len(self._sources) == count and time.perf_counter() - started > CACHE_SECONDS:
            _store(path, hyperscan.dumpb(db))
        return db

    def _compile(self, flags: int):
        """The database of every translated pattern; one Hyperscan refuses is tried by `re` alone."""
        while self._sources:
            db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
            try:
                db.compile(expressions=[s.encode() for s in self._sources], ids=list(range(len(self._sources))),
                           elements=len(self._sources), flags=[flags] * len(self._sources))
                return db
            except hyperscan.error:
                refused = [k for k, source in enumerate(self._sources) if not _compiles(source, flags)]
                if not refused:
                    return None
                for k in reversed(refused):
                    del self._sources[k]
                    del self._positions[k]
                self.untranslated = self._left_out()
        return None

    def _left_out(self) -> tuple[int, ...]:
        """The positions of the patterns not in the database."""
        kept = set(self._positions)
        return tuple(p for p in range(self._all) if p not in kept)


def _compiles(source: str, flags: int) -> bool:
    try:
        hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK).compile(expressions=[source.encode()], ids=[0], elements=1,
                                                                 flags=[flags])
    except hyperscan.error:
        return False
    return True


def _store(path: Path, data: bytes) -> None:
    """Write `data` to `path` whole or not at all (another process may read it meanwhile)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp")
    except OSError:
        return  # a read-only home: compiled again by the next process
    try:
        with handle:
            handle.write(data)
        os.chmod(handle.name, 0o644)  # (readable by others, as a file a build step puts in an image)
        os.replace(handle.name, path)
    except OSError:
        Path(handle.name).unlink(missing_ok=True)
