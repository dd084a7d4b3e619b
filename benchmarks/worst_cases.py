#!/usr/bin/env python
"""Where an extractor loses, per corpus: a Markdown table from a bench run's results.json.

    .venv/bin/python benchmarks/worst_cases.py bench-out/full/results.json [--extractor auto] [--worst 5]

For each corpus with text gold: the mean loss (1 - mean per-document 4-shingle F1), how much of
it the precision side and the recall side carry (a case's loss goes to the side that is lower),
the share carried by its worst cases, and those cases with their precision and recall. The leaked
and missed text of each is in the run's report.html; `Result.explain()` says which rule did it.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict


def table(results: dict, extractor: str, worst: int) -> str:
    by: dict[str, list[dict]] = defaultdict(list)
    for case in results["cases"]:
        if case["extractor"] == extractor and case.get("shingle_f1") is not None:
            by[case["corpus"]].append(case)
    out = ["| corpus | cases | loss | from precision | from recall | worst cases' share | worst cases (F1, P, R) |",
           "| --- | ---: | ---: | ---: | ---: | ---: | --- |"]
    for corpus, cases in sorted(by.items()):
        n = len(cases)
        loss = sum(1 - c["shingle_f1"] for c in cases) / n
        from_p = sum(1 - c["shingle_f1"] for c in cases if c["shingle_p"] < c["shingle_r"]) / n
        bottom = sorted(cases, key=lambda c: c["shingle_f1"])[:worst]
        share = sum(1 - c["shingle_f1"] for c in bottom) / n
        named = ", ".join(f"{c['case'][:12]} ({c['shingle_f1']:.2f}, {c['shingle_p']:.2f}, {c['shingle_r']:.2f})"
                          for c in bottom)
        out.append(f"| {corpus} | {n} | {loss:.3f} | {from_p:.3f} | {loss - from_p:.3f} | {share:.3f} | {named} |")
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("results", nargs="?", default="bench-out/full/results.json")
    parser.add_argument("--extractor", default="auto")
    parser.add_argument("--worst", type=int, default=5)
    args = parser.parse_args()
    with open(args.results, encoding="utf-8") as fh:
        print(table(json.load(fh), args.extractor, args.worst))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
