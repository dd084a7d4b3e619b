"""The `stages` worker of benchmarks/speed.py: each step of `full` (pipeline.run) and of `fast`
(lean.run_fast, up to its verdict) timed one by one, one pass per page, in a fresh interpreter."""

from __future__ import annotations

import importlib
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def measuring_installed() -> bool:
    """Whether the run measures an installed extractor (speed.py --installed: a compiled wheel in
    another venv), not this checkout's."""
    return os.environ.get("SPEED_INSTALLED") == "1"


def use_checkout() -> None:
    """Import the extractor from this checkout, unless the run measures an installed one."""
    if not measuring_installed() and str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))


def decode_page(path: str) -> str:
    """A page file as the decoded str every extractor gets."""
    use_checkout()
    from extractor.decode import decode

    with open(path, "rb") as handle:
        return decode(handle.read()).text


def worker_stages(pages: list[str], warmup: list[str]) -> dict:
    """Per-stage time of `full` (the steps of pipeline.run) and of `fast` (those of lean.run_fast,
    up to its verdict), timed one by one, one pass per page."""
    use_checkout()
    from selectolax.lexbor import LexborHTMLParser

    from extractor import extract, pipeline
    from extractor.classify import features
    from extractor.decode import decode
    from extractor.detect import detect
    from extractor.metadata import html_meta
    from extractor.options import DEFAULT_OPTIONS
    from extractor.parse.html import parse_tree
    from extractor.select import select

    match = importlib.import_module("extractor.sites.match")
    try:
        from extractor.parse.bounds import SAFE_TAGS, bound_markup, surely_bounded
    except ImportError:  # before the bounds on nesting and attributes
        bound_markup = None
    try:
        from extractor.parse.prune import prune_boilerplate
    except ImportError:  # before pruning
        prune_boilerplate = None

    def _bounded(text: str) -> str:  # as parse.parse bounds a page
        return text if surely_bounded(text, SAFE_TAGS) else bound_markup(text)[0]

    texts = [decode_page(p) for p in pages]
    for path in warmup:
        extract(decode_page(path), extractor="full")
        extract(decode_page(path), extractor="fast")
    clock = time.perf_counter
    stages: dict[str, list[float]] = {}

    def timed(name, fn, *args, **kwargs):
        started = clock()
        out = fn(*args, **kwargs)
        stages.setdefault(name, []).append(clock() - started)
        return out

    for text in texts:
        text = timed("decode", decode, text).text
        form = timed("detect", detect, text)
        profiles = timed("load profiles", match.load_profiles, True)
        if bound_markup is not None:
            text = timed("markup bounds", _bounded, text)
        tree = timed("lexbor parse", LexborHTMLParser, text)
        meta = timed("html_meta", html_meta, tree)
        # as pipeline._chooser: by the URL the page names in its tree
        timed("match profiles", match.claim, profiles, meta.get("url"), text, form)
        if prune_boilerplate is not None:
            timed("prune nav/footer/aside", prune_boilerplate, tree)
        doc = timed("walk (parse_tree)", parse_tree, tree)
        doc.meta.update(meta)
        head = timed("title/date lines", pipeline._head, doc, form, None, None)
        feats = timed("features (classify)", features, doc, DEFAULT_OPTIONS)
        timed("select", select, doc, feats, DEFAULT_OPTIONS, head.title, head.pre)
    full = stages
    stages = {}
    handed = sum(bool(_lean_stages(text, timed)) for text in texts)
    return {"full": full, "fast": stages, "fast_handed_on": handed}


def _lean_stages(text: str, timed) -> str:
    """The steps of lean.run_fast on one page; returns why it would hand the page on ("" if not)."""
    from selectolax.lexbor import LexborHTMLParser

    from extractor import lean
    from extractor.decode import decode
    from extractor.detect import detect
    from extractor.metadata import html_meta
    from extractor.options import DEFAULT_OPTIONS
    from extractor.parse.bounds import SAFE_TAGS, surely_bounded

    match = importlib.import_module("extractor.sites.match")
    decoded = timed("decode", decode, text, keep_controls=True)
    text = decoded.text
    form = timed("detect", detect, text)
    timed("bounds check", surely_bounded, text, SAFE_TAGS)
    # as run_fast parses: the str as it is, or the UTF-8 bytes decode had at hand
    tree = timed("lexbor parse", LexborHTMLParser, decoded.utf8 if decoded.utf8 is not None else text)
    meta = timed("html_meta", html_meta, tree)
    profiles = timed("load profiles", match.load_profiles, True)
    timed("match profiles", match.claim, profiles, meta.get("url"), text, form)
    pick = timed("lean reading (lean_pick)", lean.lean_pick, tree)
    why = timed("doubt", lean._doubt, pick)
    if not why:
        timed("result", lean._result, pick, meta, None, "html", DEFAULT_OPTIONS, decoded.raw_controls)
    return why
