#!/usr/bin/env python
"""Instructions per page (callgrind): a measure of the extractor's cost that does not drift with the
machine, as the clock does on a shared VM (profile.md, "Tenth session" to "Sixteenth session").

    .venv/bin/python benchmarks/instructions.py --extractor full
    .venv/bin/python benchmarks/instructions.py --extractor fast --top 30     # and the C functions
    .venv/bin/python benchmarks/instructions.py --extractor parse --every 1   # a bare lexbor parse

The pages (default: every 2nd Zyte page) are read once each in one process after a warm-up (15
dragnet pages), under `valgrind --tool=callgrind`; a second process does the same warm-up alone,
and its count is subtracted (a first run outside valgrind fills the cache of compiled pattern
databases, so that neither measured run compiles one). With `--top K`, the K C functions that take the most of the
difference, per page (`callgrind_annotate`; Python's own functions show as the interpreter's
loop). Needs valgrind; a run of `full` over 55 pages takes ~1 minute. Two runs of the same code
agree within ~0.1%.
"""

from __future__ import annotations

import argparse
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"
DEFAULT_PAGES = f"{CORPORA}/scrapinghub-aeb/cases/*.html"
DEFAULT_WARMUP = f"{CORPORA}/dragnet/cases/*.html"
_COLLECTED = re.compile(r"Collected : (\d+)")
_LINE = re.compile(r"\s*([\d,]+) \([ \d.]+%\)\s+(\S.*)")
#: the build directory before CPython's own source path ("/tmp/python-build.../Python-3.11.7/")
_SOURCE_DIR = re.compile(r"^\S*/(Python-[\d.]+)/(?:\./)?")


def _worker(args: argparse.Namespace) -> None:
    """Read the pages once each after the warm-up (or only warm up, with --skip)."""
    sys.path.insert(0, str(ROOT))
    from extractor import extract
    from extractor.decode import decode

    def text(path: str) -> str:
        with open(path, "rb") as handle:
            return decode(handle.read()).text

    pages = [text(p) for p in sorted(glob.glob(args.pages))[:: args.every]]
    for path in sorted(glob.glob(args.warmup))[: args.warmup_count]:
        extract(text(path), extractor="fast" if args.extractor == "parse" else args.extractor)
    if args.skip:
        return
    if args.extractor == "parse":
        from selectolax.lexbor import LexborHTMLParser

        for page in pages:
            LexborHTMLParser(page)
    else:
        for page in pages:
            extract(page, extractor=args.extractor)


def _worker_command(args: argparse.Namespace, skip: bool) -> list[str]:
    return [sys.executable, __file__, "--worker", "--extractor", args.extractor, "--pages", args.pages,
            "--every", str(args.every), "--warmup", args.warmup, "--warmup-count", str(args.warmup_count)] \
        + (["--skip"] if skip else [])


def _count(args: argparse.Namespace, out: str, skip: bool) -> int:
    command = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *_worker_command(args, skip)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    found = _COLLECTED.search(done.stderr)
    if done.returncode or found is None:
        raise SystemExit(f"callgrind run failed (exit {done.returncode}):\n{done.stderr[-2000:]}")
    return int(found.group(1))


def _functions(path: str) -> dict[str, int]:
    """Instructions per C function of one callgrind file."""
    report = subprocess.run(["callgrind_annotate", "--threshold=100", path], capture_output=True, text=True,
                            check=True).stdout
    out: dict[str, int] = {}
    for line in report.splitlines():
        m = _LINE.match(line)
        if m and "PROGRAM TOTALS" not in line:
            name = _SOURCE_DIR.sub(r"\1/", re.sub(r" \[.*\]$", "", m.group(2)))
            out[name] = out.get(name, 0) + int(m.group(1).replace(",", ""))
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--extractor", default="full", choices=("full", "fast", "auto", "parse"),
                        help="the extractor, or parse: a bare lexbor parse")
    parser.add_argument("--pages", default=DEFAULT_PAGES, help="a glob of the pages to read")
    parser.add_argument("--every", type=int, default=2, help="read every Nth page of the sorted glob")
    parser.add_argument("--warmup", default=DEFAULT_WARMUP, help="a glob of pages for the warm-up")
    parser.add_argument("--warmup-count", type=int, default=15)
    parser.add_argument("--top", type=int, default=0, help="also list the K C functions taking the most")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--skip", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        _worker(args)
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (Debian: apt-get install valgrind)")
    pages = len(sorted(glob.glob(args.pages))[:: args.every])
    if not pages:
        raise SystemExit(f"no pages match {args.pages}")
    # one run outside valgrind first: the pattern databases that take long to compile are kept on
    # disk (patterns/prefilter.py), so neither measured run compiles one the other loads
    primed = subprocess.run(_worker_command(args, skip=False), capture_output=True, text=True, check=False)
    if primed.returncode:
        raise SystemExit(f"the run outside valgrind failed (exit {primed.returncode}):\n{primed.stderr[-2000:]}")
    with tempfile.TemporaryDirectory() as tmp:
        run, base = os.path.join(tmp, "run.out"), os.path.join(tmp, "base.out")
        total = _count(args, run, skip=False) - _count(args, base, skip=True)
        print(f"{args.extractor}: {total / pages / 1e6:.3f} M instructions a page over {pages} "
              f"page{'s' if pages > 1 else ''}")
        if args.top:
            ran, warm = _functions(run), _functions(base)
            spent = {name: n - warm.get(name, 0) for name, n in ran.items()}
            for name, n in sorted(spent.items(), key=lambda kv: -kv[1])[: args.top]:
                print(f"{n / pages / 1e3:10.1f} K {100 * n / total:5.1f}%  {name}")


if __name__ == "__main__":
    main()
