"""Memory does not grow across documents in one process: every per-process cache is bounded.

A corpus job runs millions of documents through one process. The caches that make a page fast
(words of class values and data-* names, pattern kinds per line and per class list) are keyed by
what the documents hold, so without their bounds each new site's class names and each new line
would stay in memory for good. The bounds are lowered here so that a few hundred documents
overflow them; benchmarks/memory_soak.py measures RSS over 100,000 documents.
"""

from __future__ import annotations

import gc
import random

import pytest

from extractor import extract
from extractor.parse import classwords
from extractor.patterns import matcher
from extractor.patterns.matcher import KindMatcher, TokenMatcher

CAP = 32
WORDS = ["council", "budget", "bridge", "tenants", "harvest", "clinic", "grid", "pupils", "related", "share",
         "公交", "医院", "电网", "教师", "相关", "分享", "kırmızı", "ılık"]  # (ı: lines the prefilter does not scan)


def documents(count: int, rnd: random.Random):
    """HTML, Markdown and text documents whose class values, data-* names and short lines are all
    different from one document to the next."""
    for i in range(count):
        story = " ".join(rnd.choice(WORDS) for _ in range(60)) + "."
        lines = [f"{rnd.choice(WORDS)} {i}-{j} {rnd.choice(WORDS)}" for j in range(6)]
        kind = i % 3
        if kind == 0:
            blocks = "".join(f'<div class="box-{i}-{j} {rnd.choice(WORDS)}-{i}" data-w{i}x{j}="1"><p>{line}</p></div>'
                             for j, line in enumerate(lines))
            yield f"<html><body><article><p>{story}</p>{blocks}<p>{story}</p></article></body></html>", "html"
        elif kind == 1:
            yield f"# Title {i}\n\n{story}\n\n" + "\n\n".join(f"- [{line}](http://x/{i})" for line in lines), "markdown"
        else:
            yield f"Title {i}\n\n{story}\n\n" + "\n".join(lines) + f"\n\n{story}\n", "text"


def _matchers() -> list:
    return [o for o in gc.get_objects() if isinstance(o, (KindMatcher, TokenMatcher))]


def _caches(one) -> dict[str, dict]:
    # (dir(), not vars(): the compiled build's classes keep no __dict__)
    found = {name: getattr(one, name, None) for name in dir(one)
             if name.endswith(("cache", "_by_first", "_req_of"))}
    return {name: value for name, value in found.items() if isinstance(value, dict)}


@pytest.mark.skipif(not matcher.__file__.endswith(".py"),
                    reason="the compiled build (setup.py) reads the bounds as constants: they cannot be lowered here")
def test_per_process_caches_stay_within_their_bounds(monkeypatch):
    """Without the clear-when-full in parse/classwords.py and patterns/matcher.py these caches hold every
    class value, data-* name, line and class list ever seen (here: hundreds, 5x the bound)."""
    monkeypatch.setattr(classwords, "_SPLIT_CACHE_MAX", CAP)
    for cls in (KindMatcher, TokenMatcher):
        monkeypatch.setattr(cls, "CACHE_MAX", CAP)
    monkeypatch.setattr(KindMatcher, "TEXT_CACHE_MAX", CAP)
    for m in _matchers():  # what other tests left in them
        for value in _caches(m).values():
            value.clear()
    rnd = random.Random(6)
    distinct_lines = set()
    for data, fmt in documents(300, rnd):
        distinct_lines.update(line for line in data.splitlines() if line)
        assert extract(data, format=fmt).text
    assert len(distinct_lines) > 5 * CAP  # enough different keys to overflow every bound

    caches = {"parse.classwords split": classwords._split_cache, "parse.classwords data": classwords._data_cache}
    matchers = _matchers()
    assert matchers
    for m in matchers:
        caches.update((f"{type(m).__name__}.{name}", value) for name, value in _caches(m).items())
    assert len(classwords._split_cache) > 0 and any(len(v) for k, v in caches.items() if k.endswith("._cache"))
    too_big = {name: len(cache) for name, cache in caches.items() if len(cache) > CAP}
    assert not too_big, f"caches past their bound of {CAP}: {too_big}"


def test_blocks_of_one_element_path_share_one_path_string():
    """A page's blocks keep one copy of each distinct element path (a 10 MB page: 61,632 blocks,
    a few hundred distinct paths), not one string per element."""
    from extractor.parse import parse

    page = "<html><body><article>" + "<div class='x'><p>one sentence here.</p><p>and another.</p></div>" * 50
    blocks = parse(page + "</article></body></html>", "html").blocks
    paths = {}
    for b in blocks:
        assert paths.setdefault(b.path, b.path) is b.path
    assert len(paths) <= 3 and len(blocks) == 100
