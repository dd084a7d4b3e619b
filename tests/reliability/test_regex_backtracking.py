"""No boilerplate pattern backtracks catastrophically, whatever text a block holds.

Every block of every document is matched against every pattern set, so one pattern that takes
exponential time on some line hangs extraction of any page holding that line. Each set's regexes
are fed adversarial strings built from their own words (see regex_fuzz) at the longest length
the matcher lets through, in a child process, so a match that never returns fails the test with
the pattern and the string instead of hanging the run.
"""

from __future__ import annotations

import dataclasses
import importlib
import multiprocessing
import pkgutil
import re
import time

import pytest

import extractor
import regex_fuzz
from extractor import patterns
from extractor.patterns.base import MAX_HEAD_CHARS

#: a single match taking this long is a hang in the making (a normal one takes microseconds)
SLOW_MATCH = 0.5
#: no progress for this long: the match under way is not coming back
HANG = 10.0


def _regexes(ps) -> list[tuple[str, re.Pattern[str], int]]:
    """(label, regex, longest text it is matched against) for every regex of a pattern set."""
    out = [(f"{ps.kind}.lines[{i}]", p, ps.max_chars) for i, p in enumerate(ps.lines)]
    out += [(f"{ps.kind}.heads[{i}]", p, MAX_HEAD_CHARS) for i, p in enumerate(ps.heads)]
    for name in (f.name for f in dataclasses.fields(ps)):  # its compiled unions too
        value = getattr(ps, name)
        if isinstance(value, re.Pattern):
            out.append((f"{ps.kind}.{name}", value, ps.max_chars if "line" in name else MAX_HEAD_CHARS))
    return out


#: a module's own regex (not a pattern set's) is searched for in whole documents: the length
#: marking it in a scan's list (its texts are the usual cases and the pair cases, searched for)
DOCUMENT = 0


def _texts(pattern: re.Pattern[str], length: int) -> list[str]:
    regex_fuzz.LENGTH = length or 400
    if length == DOCUMENT:
        return regex_fuzz.cases(pattern) + regex_fuzz.pair_cases(pattern)
    return regex_fuzz.cases(pattern)


def _child(todo, progress, slow_out) -> None:
    found = []
    n = 0
    for label, pattern, length in todo:
        run = pattern.search if length == DOCUMENT else pattern.match
        for text in _texts(pattern, length):
            progress.value = n
            n += 1
            t = time.perf_counter()
            run(text)
            dt = time.perf_counter() - t
            if dt > SLOW_MATCH:
                found.append(f"{label}: {dt:.2f}s on {text!r}")
    progress.value = -1
    slow_out.put(found)


def _case_at(todo, index: int) -> str:
    n = 0
    for label, pattern, length in todo:
        texts = _texts(pattern, length)
        if index < n + len(texts):
            return f"{label} on {texts[index - n]!r}"
        n += len(texts)
    return "?"


def run_scan(todo) -> list[str]:
    ctx = multiprocessing.get_context("fork")
    progress = ctx.Value("q", 0, lock=False)
    slow_out = ctx.Queue()
    child = ctx.Process(target=_child, args=(todo, progress, slow_out), daemon=True)
    child.start()
    last, since = -2, time.monotonic()
    while child.is_alive() and progress.value != -1:
        time.sleep(0.05)
        if progress.value != last:
            last, since = progress.value, time.monotonic()
        elif time.monotonic() - since > HANG:
            child.kill()
            child.join()
            return [f"no answer after {HANG:.0f}s: {_case_at(todo, last)}"]
    found = slow_out.get(timeout=30)
    child.join(timeout=10)
    return found


@pytest.mark.parametrize("ps", patterns.ALL, ids=lambda ps: ps.kind)
def test_pattern_set_never_backtracks_catastrophically(ps):
    """Without the fixes in nav and footer this hangs: "a/" or "·" repeated, then a character no
    item takes (nav: 2.5 s at 49 characters, minutes at 60); "Privacy policy | a | a ... bbbb"
    (footer: 18 s at 95 characters). (share's "copy link copy link ..." took 2^n steps too, but
    only past its 80-character guard: 110 s at 240 characters.)"""
    problems = run_scan(_regexes(ps))
    assert not problems, "\n".join(problems)


def _module_regexes(package=extractor) -> list[tuple[str, re.Pattern[str], int]]:
    """Every text regex a module of the package keeps at its top level (alone or in a tuple)."""
    out = []
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        for name, value in vars(importlib.import_module(info.name)).items():
            values = value if isinstance(value, tuple) else (value,)
            for i, v in enumerate(values):
                if isinstance(v, re.Pattern) and isinstance(v.pattern, str):
                    out.append((f"{info.name}.{name}" + (f"[{i}]" if value is values else ""), v, DOCUMENT))
    return out


def test_module_regexes_never_backtrack_catastrophically():
    """The regexes searched for in whole documents (URL hints, leading comments, dates...): a lazy
    comment under a star in sites.match took seconds on a page opening with a dozen comments."""
    todo = _module_regexes()
    assert len(todo) > 50  # the walk found the package's modules
    problems = run_scan(todo)
    assert not problems, "\n".join(problems)


def test_module_scan_catches_the_old_leading_comment_pattern():
    old = re.compile(r"""\A(?:\s|<!--.*?-->)*\[[^\]\n]{1,300}\]\((https?://[^)\s]+)\)""", re.S)
    problems = run_scan([("old", old, DOCUMENT)])
    assert problems and "old" in problems[0]


@pytest.mark.parametrize("text", [
    "a/" * 30 + ">",  # nav: every "/" was a separator or part of an item
    "·" * 60 + " a b",
    "Privacy policy" + " | a" * 14 + " " + "b" * 40,  # footer: parts could hold separators
])
def test_line_kind_answers_promptly_on_lines_that_used_to_hang(text):
    ctx = multiprocessing.get_context("fork")
    child = ctx.Process(target=patterns.line_kind, args=(text,), daemon=True)
    child.start()
    child.join(HANG)
    alive = child.is_alive()
    if alive:
        child.kill()
    assert not alive, f"line_kind({text!r}) did not return within {HANG:.0f}s"


@pytest.mark.parametrize("unit", [" ", ".", "a", "a|", "....", "a/", "·", "copy link ", "首页 > ", "share | "])
def test_matchers_bound_the_text_they_look_at(unit):
    """A 1 MB block costs no more than a short one: the matchers only read short blocks."""
    text = unit * (1_000_000 // len(unit)) + "!"
    t = time.perf_counter()
    patterns.line_kind(text)
    patterns.head_kind(text)
    assert time.perf_counter() - t < HANG


@pytest.mark.parametrize("ps", patterns.ALL, ids=lambda ps: ps.kind)
def test_no_repeated_group_is_ambiguous(ps):
    """The two shapes behind exponential backtracking, read from each pattern's parse tree: a
    repeated group whose separator a repeated class inside it also accepts (nav's items could
    hold "/", footer's parts could hold "|"), and a repeated group that can match nothing."""
    problems = []
    for label, pattern, _ in _regexes(ps):
        for why in regex_fuzz.ambiguous_repeats(pattern) + regex_fuzz.empty_repeats(pattern):
            problems.append(f"{label}: {why}: {pattern.pattern[:160]}")
    assert not problems, "\n".join(problems)


def test_structure_check_catches_the_shapes_it_names():
    """The structural check flags the old nav and footer patterns and the textbook `(a*)*`."""
    old_nav = re.compile(r"^(?:(?:[^\s|>»›]{1,12}\s*(?:\||·|•|/)\s*){3,}[^\s|>»›]{1,12})$", re.I)
    old_footer = re.compile(r"^(?:(?:privacy policy|contact us)(?:\s*[|·]\s*.{0,30})*)$", re.I)
    assert regex_fuzz.ambiguous_repeats(old_nav)
    assert regex_fuzz.ambiguous_repeats(old_footer)
    assert regex_fuzz.empty_repeats(re.compile(r"(?:a*)*b"))
    assert not regex_fuzz.ambiguous_repeats(re.compile(r"(?:[^\s|/]{1,12}\s*[|/]\s*){3,}"))
