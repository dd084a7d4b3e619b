#!/usr/bin/env python
"""Two bench runs side by side: per-corpus mean F1 and the pages that moved most.

    .venv/bin/python benchmarks/compare.py OLD/results.json NEW/results.json [--extractor auto] [--pages 5]

A change is judged on every corpus at once: this prints each corpus's mean per-document 4-shingle F1
in both runs, the difference, how many pages rose and fell, and the pages that moved most (by case
id, with their F1 before and after), so a gain resting on one page shows as such.
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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
