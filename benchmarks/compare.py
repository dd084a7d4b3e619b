#!/usr/bin/env python
"""Two bench runs side by side: per-corpus mean F1 and the pages that moved most.

    .venv/bin/python benchmarks/compare.py OLD/results.json NEW/results.json [--extractor auto] [--pages 5]

A change is judged on every corpus at once: this prints each corpus's mean per-document 4-shingle F1
in both runs, the difference, how many pages rose and fell, and the pages that moved most (by case
id, with their F1 before and after), so a gain resting on one page shows as such. Corpora scored
by snippets (trafilatura-eval) follow: their share of `with` snippets found and of `without`
snippets absent, from each run's summary.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict


def _scores(path: str, extractor: str) -> dict[str, dict[str, float]]:
    with open(path, encoding="utf-8") as f:
        results = json.load(f)
    by: dict[str, dict[str, float]] = defaultdict(dict)
    for case in results["cases"]:
        if case["extractor"] == extractor and case.get("shingle_f1") is not None:
            by[case["corpus"]][case["case"]] = case["shingle_f1"]
    return by


def _snippets(path: str, extractor: str) -> dict[str, tuple[float, float]]:
    with open(path, encoding="utf-8") as f:
        summary = json.load(f)["summary"]
    return {row["group"]: (row["with_share"], row["without_share"]) for row in summary["corpus"]
            if row["extractor"] == extractor and row.get("n_snippets") and row.get("with_share") is not None}


def snippet_table(old: dict[str, tuple[float, float]], new: dict[str, tuple[float, float]]) -> str:
    out = ["| corpus (snippets) | old with / without | new with / without | change |", "| --- | ---: | ---: | ---: |"]
    for corpus in sorted(set(old) & set(new)):
        (a1, a2), (b1, b2) = old[corpus], new[corpus]
        out.append(f"| {corpus} | {a1:.4f} / {a2:.4f} | {b1:.4f} / {b2:.4f} | {b1 - a1:+.4f} / {b2 - a2:+.4f} |")
    return "\n".join(out) if len(out) > 2 else ""


def table(old: dict[str, dict[str, float]], new: dict[str, dict[str, float]], pages: int) -> str:
    out = ["| corpus | cases | old | new | change | up / down | pages that moved most |",
           "| --- | ---: | ---: | ---: | ---: | ---: | --- |"]
    for corpus in sorted(set(old) | set(new)):
        a, b = old.get(corpus, {}), new.get(corpus, {})
        shared = sorted(set(a) & set(b))
        if not shared:
            out.append(f"| {corpus} | 0 | | | | | not in both runs |")
            continue
        mean_a = sum(a[c] for c in shared) / len(shared)
        mean_b = sum(b[c] for c in shared) / len(shared)
        moved = sorted(shared, key=lambda c: -abs(b[c] - a[c]))
        up = sum(1 for c in shared if b[c] > a[c] + 1e-9)
        down = sum(1 for c in shared if b[c] < a[c] - 1e-9)
        named = ", ".join(f"{c[:16]} {a[c]:.3f}→{b[c]:.3f}" for c in moved[:pages] if abs(b[c] - a[c]) > 1e-9)
        out.append(f"| {corpus} | {len(shared)} | {mean_a:.4f} | {mean_b:.4f} | {mean_b - mean_a:+.4f} "
                   f"| {up} / {down} | {named} |")
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("--extractor", default="auto")
    parser.add_argument("--pages", type=int, default=5, help="pages named per corpus (default 5)")
    args = parser.parse_args()
    print(table(_scores(args.old, args.extractor), _scores(args.new, args.extractor), args.pages))
    snippets = snippet_table(_snippets(args.old, args.extractor), _snippets(args.new, args.extractor))
    if snippets:
        print("\n" + snippets)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
