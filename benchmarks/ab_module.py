"""A/B one function of an extractor module against a variant of the module's file, in one process.

Two checkouts timed in alternating fresh processes differ by up to 4% on identical code on a
shared host (profile.md, "Eleventh session"); two versions of one module loaded side by side and
called in turn on every page agree within 0.5%. This script does the latter: it loads the module
from the checkout (A) and from VARIANT (B) under another name, checks that both give equal
results on every page, then calls them in turn, alternating which goes first, and reports the
fastest call of each per page.

    python benchmarks/ab_module.py extractor.lean_read /tmp/lean_read_b.py lean_pick --input tree
    python benchmarks/ab_module.py extractor.metadata /tmp/metadata_b.py html_meta --input tree

`--input tree` passes a fresh lexbor tree of each page (built outside the timing), `--input text`
the page's decoded text.
"""

from __future__ import annotations

import argparse
import glob
import importlib
import importlib.util
import statistics
import sys
import time
from pathlib import Path

_HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(_HERE.parent))  # the checkout's extractor
sys.path.insert(0, str(_HERE))  # speed.py, whose pages are timed by default

from speed import DEFAULT_PAGES  # noqa: E402


def _load_variant(module: str, path: str):
    """`path` loaded as a sibling of `module` (its relative imports resolve in the same package)."""
    package, _, name = module.rpartition(".")
    spec = importlib.util.spec_from_file_location(f"{package}.{name}_variant", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    variant = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = variant  # (dataclasses look their module up while the class is made)
    spec.loader.exec_module(variant)
    return variant


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("module", help="the module, e.g. extractor.lean_read")
    parser.add_argument("variant", help="a file holding the changed module")
    parser.add_argument("function", help="the function of both to time")
    parser.add_argument("--input", choices=("tree", "text"), default="tree")
    parser.add_argument("--pages", default=DEFAULT_PAGES)
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args(argv)
    from selectolax.lexbor import LexborHTMLParser

    a = getattr(importlib.import_module(args.module), args.function)
    b = getattr(_load_variant(args.module, args.variant), args.function)
    texts = [Path(p).read_bytes().decode("utf-8", "replace") for p in sorted(glob.glob(args.pages))]
    if not texts:
        raise SystemExit(f"no pages match {args.pages}")
    make = LexborHTMLParser if args.input == "tree" else str
    differ = 0
    for text in texts:  # (this also warms both up)
        if repr(a(make(text))) != repr(b(make(text))):
            differ += 1
    best = {"A": [float("inf")] * len(texts), "B": [float("inf")] * len(texts)}
    clock = time.perf_counter
    for r in range(args.rounds):
        for i, text in enumerate(texts):
            for name, fn in (("A", a), ("B", b)) if (r + i) % 2 else (("B", b), ("A", a)):
                arg = make(text)
                started = clock()
                fn(arg)
                best[name][i] = min(best[name][i], clock() - started)
    for name in "AB":
        print(f"{name}: median {1000 * statistics.median(best[name]):.4f} ms, sum {1000 * sum(best[name]):.2f} ms")
    ratio = statistics.median(y / x for x, y in zip(best["A"], best["B"]))
    print(f"B/A, the median of per-page ratios: {ratio:.4f}; pages whose results differ: {differ} of {len(texts)}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
