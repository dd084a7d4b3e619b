"""Adversarial inputs for the boilerplate regexes, derived from each pattern's own words.

Catastrophic backtracking needs a string that the pattern can match in many ways and that then
fails at the end. Such strings repeat the pattern's own pieces (its literal words, a member of each
character class) joined by separators, after one of its words, and end in a character the pattern
cannot take. `cases(pattern)` builds those; `scan` times every match and is run in a child process
by the tests so that a match which never returns is reported instead of hanging the run.
"""

from __future__ import annotations

import re
import time

try:  # Python 3.11+
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser as P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as P  # type: ignore[no-redef]

#: pieces every pattern is tried with, whatever its words (the issue's examples among them)
GENERIC_ATOMS = (" ", ".", "a", "ab c", "a|", "a/", "a·", "1", "1:", "....", "…", "a...", "的", "- ", ": ", "(1)")
SEPARATORS = ("", " ", " | ", "/", "·", ", ", "  ")
#: endings a pattern can rarely take: a newline, a long run without separators, markup characters
TAILS = ("", "\n!", " " + "b" * 40, ">", " |", "\x00")
#: length of each adversarial string: above every production length guard (longest: 320)
LENGTH = 400
REPEATS = getattr(C, "POSSESSIVE_REPEAT", None), C.MAX_REPEAT, C.MIN_REPEAT


def _literals(items, words: list[str], chars: list[str]) -> None:
    run: list[str] = []

    def close() -> None:
        if run:
            words.append("".join(run))
            run.clear()

    for op, av in items:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        close()
        if op is C.IN:
            for iop, iav in av:
                if iop is C.LITERAL:
                    chars.append(chr(iav))
                elif iop is C.RANGE:
                    chars.append(chr(iav[0]))
                elif iop is C.CATEGORY:
                    chars.append({C.CATEGORY_DIGIT: "7", C.CATEGORY_SPACE: " "}.get(iav, "w"))
        elif op is C.SUBPATTERN:
            _literals(av[-1], words, chars)
        elif op is C.BRANCH:
            for branch in av[1]:
                _literals(branch, words, chars)
        elif op in REPEATS:
            _literals(av[2], words, chars)
    close()


def pieces(pattern: re.Pattern[str]) -> tuple[list[str], list[str]]:
    """The literal words of a pattern (longest first) and one character of each of its classes."""
    words: list[str] = []
    chars: list[str] = []
    _literals(P.parse(pattern.pattern, pattern.flags), words, chars)
    words = sorted({w for w in words if w.strip()}, key=lambda w: (-len(w), w))
    return words, sorted(set(chars))


def cases(pattern: re.Pattern[str], max_words: int = 10) -> list[str]:
    words, chars = pieces(pattern)
    words = words[:max_words]
    atoms = list(dict.fromkeys([*words, *chars, *(w + " " for w in words[:4]), *GENERIC_ATOMS]))
    out: list[str] = []
    for prefix in ("", *words):
        for atom in atoms:
            for sep in SEPARATORS:
                unit = atom + sep
                if not unit:
                    continue
                for tail in TAILS:
                    body = (unit * (LENGTH // len(unit) + 1))[: max(0, LENGTH - len(prefix) - len(tail))]
                    out.append(prefix + body + tail)
    return list(dict.fromkeys(out))


def pair_cases(pattern: re.Pattern[str], max_words: int = 6) -> list[str]:
    """Strings that repeat two of the pattern's words in turn ("<!---->" from "<!--" and "-->"),
    with and without a space, then end in a character it may not take: a lazy `.*?` between two
    words under a star (one comment or many?) backtracks exponentially on them."""
    words = pieces(pattern)[0][:max_words]
    out = []
    for a in words:
        for b in words:
            for sep in ("", " "):
                unit = a + sep + b + sep
                for tail in ("", "!", ">"):
                    out.append((unit * (LENGTH // len(unit) + 1))[:LENGTH] + tail)
    return list(dict.fromkeys(out))


def scan(patterns: list[tuple[str, re.Pattern[str]]], progress=None, slow: float = 0.1) -> list[tuple[str, str, float]]:
    """Match every case against every pattern; return (label, text, seconds) of the slow ones.

    `progress`, a shared integer, counts matches begun, so a parent can tell which one hangs.
    """
    found = []
    n = 0
    for label, pattern in patterns:
        for text in cases(pattern):
            if progress is not None:
                progress.value = n
            n += 1
            t = time.perf_counter()
            pattern.match(text)
            dt = time.perf_counter() - t
            if dt > slow:
                found.append((label, text, dt))
    return found


def case_at(patterns: list[tuple[str, re.Pattern[str]]], index: int) -> tuple[str, str]:
    n = 0
    for label, pattern in patterns:
        for text in cases(pattern):
            if n == index:
                return label, text
            n += 1
    raise IndexError(index)


# --- structure -----------------------------------------------------------------------------------

_CATEGORY = {
    C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s",
    C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W",
}


def _one_char(op, av, flags: int) -> re.Pattern[str] | None:
    """A regex for the one character a LITERAL / NOT_LITERAL / IN / ANY node matches."""
    if op is C.LITERAL:
        return re.compile(re.escape(chr(av)), flags)
    if op is C.NOT_LITERAL:
        return re.compile(f"[^{re.escape(chr(av))}]", flags)
    if op is C.ANY:
        return re.compile(".", flags)
    if op is C.IN:
        parts, negate = [], ""
        for iop, iav in av:
            if iop is C.NEGATE:
                negate = "^"
            elif iop is C.LITERAL:
                parts.append(re.escape(chr(iav)))
            elif iop is C.RANGE:
                parts.append(f"{re.escape(chr(iav[0]))}-{re.escape(chr(iav[1]))}")
            elif iop is C.CATEGORY and iav in _CATEGORY:
                parts.append(_CATEGORY[iav])
            else:
                return None
        return re.compile(f"[{negate}{''.join(parts)}]", flags)
    return None


def _delimiters(items, out: list[str]) -> None:
    """Characters a repeated body must match exactly once per pass (its separators)."""
    for op, av in items:
        if op is C.LITERAL:
            out.append(chr(av))
        elif op is C.IN and all(iop is C.LITERAL for iop, _ in av):
            out.extend(chr(iav) for _, iav in av)
        elif op is C.SUBPATTERN:
            _delimiters(av[-1], out)
        elif op is C.BRANCH:
            for branch in av[1]:
                if len(branch) == 1:  # (?:\||·|/) : one-character alternatives
                    _delimiters(branch, out)


def _inner_classes(items, flags, out: list) -> None:
    """Single-character classes repeated more than once inside a body."""
    for op, av in items:
        if op in REPEATS and op is not None:
            lo, hi, body = av
            if hi > 1 and len(body) == 1:
                rx = _one_char(*body[0], flags)
                if rx is not None:
                    out.append(rx)
            _inner_classes(body, flags, out)
        elif op is C.SUBPATTERN:
            _inner_classes(av[-1], flags, out)
        elif op is C.BRANCH:
            for branch in av[1]:
                _inner_classes(branch, flags, out)


def ambiguous_repeats(pattern: re.Pattern[str]) -> list[str]:
    """Repeated groups whose separator a repeated class inside them can also swallow.

    `(?:[^\\s|]{1,12}\\s*/\\s*){3,}` reads "a/a/a" as items split at any "/" it likes: every
    slash is either a separator or part of an item, and a failing match tries all 2^n readings.
    """
    found: list[str] = []

    def walk(items) -> None:
        for op, av in items:
            if op in REPEATS and op is not None:
                lo, hi, body = av
                if hi > 1:
                    delims: list[str] = []
                    _delimiters(body, delims)
                    classes: list = []
                    _inner_classes(body, pattern.flags, classes)
                    for ch in dict.fromkeys(delims):
                        if ch.strip() and any(rx.fullmatch(ch) for rx in classes):
                            found.append(f"separator {ch!r} can also be read by a repeated class inside the group")
                walk(body)
            elif op is C.SUBPATTERN:
                walk(av[-1])
            elif op is C.BRANCH:
                for branch in av[1]:
                    walk(branch)

    walk(P.parse(pattern.pattern, pattern.flags))
    return found


def empty_repeats(pattern: re.Pattern[str]) -> list[str]:
    """Repeated groups whose body can match the empty string: `(a*)*`, `(a?b?)+`."""
    found: list[str] = []

    def min_len(items) -> int:
        total = 0
        for op, av in items:
            if op in (C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN):
                total += 1
            elif op in REPEATS and op is not None:
                total += av[0] * min_len(av[2])
            elif op is C.SUBPATTERN:
                total += min_len(av[-1])
            elif op is C.BRANCH:
                total += min(min_len(b) for b in av[1])
        return total

    def walk(items) -> None:
        for op, av in items:
            if op in REPEATS and op is not None:
                lo, hi, body = av
                if hi > 1 and min_len(body) == 0:
                    found.append("a repeated group can match nothing, so each pass may take any share")
                walk(body)
            elif op is C.SUBPATTERN:
                walk(av[-1])
            elif op is C.BRANCH:
                for branch in av[1]:
                    walk(branch)

    walk(P.parse(pattern.pattern, pattern.flags))
    return found
