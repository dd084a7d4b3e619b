"""`extractor bench`: run the benchmark from the command line.

The main CLI calls `add_arguments(parser)` for its `bench` subcommand and then `main(args)`.
Exit status: 0 done (and every floor met), 1 a floor was missed, 2 nothing to run / bad arguments.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from .corpus import bundled_corpora_dir, corpus_names, find_corpora, load_corpus
from .extractors import known_names, parse_names, resolve
from .floors import FloorCheck, FloorsError, check_floors, load_floors


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of `extractor bench`."""
    parser.add_argument("corpora", nargs="*", metavar="CORPUS_DIR",
                        help="corpus folders (manifest.jsonl + cases/), or folders holding corpora; "
                             "default: the corpora bundled in the repository's corpora/ folder")
    parser.add_argument("--extractors", metavar="NAMES",
                        help="comma-separated extractors to run besides the defaults (auto, trafilatura, "
                             f"readability, everything); 'all' = {', '.join(known_names())}")
    parser.add_argument("--only", metavar="NAMES", help="run exactly these extractors (comma-separated)")
    parser.add_argument("--jobs", "-j", type=int, default=1, metavar="N",
                        help="worker processes per extractor (cases run in parallel; default 1)")
    parser.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS",
                        help="per-case time limit; a case past it counts as empty output (default 30)")
    parser.add_argument("--report", metavar="DIR", help="write results.json, summary.md and report.html here")
    parser.add_argument("--check", metavar="FLOORS",
                        help="floors file (JSON or TOML, {corpus: {extractor: min_mean_f1}}); "
                             "exit 1 when a figure is below its floor")
    parser.add_argument("--limit", type=int, metavar="N", help="only the first N cases of each corpus")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")


def _error(message: str) -> int:
    print(f"extractor bench: {message}", file=sys.stderr)
    return 2


def _corpus_paths(args: argparse.Namespace) -> tuple[list[Path], list[str]]:
    if args.corpora:
        return find_corpora(args.corpora)
    bundled = bundled_corpora_dir()
    found, _ = find_corpora([bundled]) if bundled.is_dir() else ([], [])
    if not found:
        return [], [f"no corpus given, and no bundled corpora found in {bundled} (each corpus is a "
                    "subfolder with a manifest.jsonl); pass corpus folders: extractor bench DIR [DIR ...]"]
    return found, []


def _validate(args: argparse.Namespace) -> str | None:
    if args.jobs < 1:
        return "--jobs must be at least 1"
    if args.timeout <= 0:
        return "--timeout must be positive"
    if args.limit is not None and args.limit < 1:
        return "--limit must be at least 1"
    return None


def main(args: argparse.Namespace) -> int:
    """Run the benchmark as the parsed `args` say; returns the exit status."""
    from .core import score_corpora
    from .report import print_terminal, write_reports

    problem = _validate(args)
    if problem:
        return _error(problem)
    paths, notes = _corpus_paths(args)
    for note in notes:
        print(f"extractor bench: {note}", file=sys.stderr)
    if not paths:
        return _error("nothing to run")
    names = parse_names(args.only, defaults=False) if args.only else parse_names(args.extractors)
    fns, unknown = resolve(names)
    if unknown:
        return _error(f"unknown extractor(s): {', '.join(unknown)}; known: {', '.join(known_names())}")
    try:
        floors = load_floors(args.check) if args.check else None
    except FloorsError as err:
        return _error(str(err))
    corpora = [load_corpus(p, name=n, limit=args.limit) for p, n in zip(paths, corpus_names(paths))]
    _announce(corpora, list(fns))
    if not any(c.cases for c in corpora):
        return _error("the corpora hold no usable cases")
    try:
        result = score_corpora(corpora, fns, jobs=args.jobs, timeout=args.timeout, progress=not args.no_progress)
    except KeyboardInterrupt:
        print("extractor bench: interrupted", file=sys.stderr)
        return 130
    print_terminal(result)
    if args.report:
        written = write_reports(result, args.report)
        print("reports: " + ", ".join(str(p) for p in written.values()), file=sys.stderr)
    if floors is None:
        return 0
    ran = {c.name: list(result.extractors) for c in corpora if c.cases}
    return _report_check(check_floors(floors, result.grouped["corpus"], ran), args.check)


def _announce(corpora: list[Any], names: list[str]) -> None:
    cases = sum(len(c.cases) for c in corpora)
    skipped = sum(len(c.problems) for c in corpora)
    print(f"extractor bench: {cases} cases in {len(corpora)} corpora"
          + (f" ({skipped} bad case(s) skipped, listed in the report)" if skipped else "")
          + f"; extractors: {', '.join(names)}", file=sys.stderr)


def _report_check(check: FloorCheck, path: str) -> int:
    for note in check.notes:
        print(f"floors: {note}", file=sys.stderr)
    if check.failures:
        print(f"FLOORS NOT MET: {len(check.failures)} of {check.checked} checked floor(s) in {path}:",
              file=sys.stderr)
        for failure in check.failures:
            print(f"  {failure}", file=sys.stderr)
        return 1
    print(f"floors: all {check.checked} checked floor(s) met ({path})", file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="extractor bench",
                                     description="Score extractors on evaluation corpora: quality, speed, memory.")
    add_arguments(parser)
    return parser
