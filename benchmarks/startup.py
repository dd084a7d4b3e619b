#!/usr/bin/env python
"""Start-up: what a fresh process pays before its first document, side by side (issue #7).

    .venv/bin/python benchmarks/startup.py                 # table to stdout
    .venv/bin/python benchmarks/startup.py --runs 21 --out startup.md --json startup.json

A per-file shell loop, a serverless function or a short script pays this on every call; a batch
(`extractor extract FOLDER`, `--jobs`, Dask) pays it once per worker. Two kinds of row:

- in a fresh interpreter, the import of each library and its first extraction of one page (the
  page's own time is in speed.py's pages section; here it carries what a first call sets up:
  compiled patterns, the Hyperscan database read from its cache);
- the whole command on one page, from exec to exit: `extractor extract PAGE` against
  trafilatura's own command line reading the page on stdin.

Each row runs `--runs` times in fresh processes, the tools alternating; median and fastest in ms.
Bytecode caches are written first (one run of each with PYTHONDONTWRITEBYTECODE unset), and the
Hyperscan database is in its cache folder, so the figures are those of an installed package on
its second call, not of compiling sources on the first.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PAGE = ROOT / "corpora" / "generic-2" / "cases" / "g2-005.html"

#: in-process rows: (name, import statement, first call on `html`)
LIBRARIES = (
    ("selectolax parse", "from selectolax.lexbor import LexborHTMLParser", "LexborHTMLParser(html)"),
    ("extractor fast", "from extractor import extract", "extract(html, extractor='fast')"),
    ("extractor auto", "from extractor import extract", "extract(html, extractor='auto')"),
    ("trafilatura", "import trafilatura", "trafilatura.extract(html)"),
    ("readability-lxml", "from readability import Document", "Document(html).summary()"),
)
_TIMED = """
import sys, time, json
html = open(sys.argv[1], encoding="utf-8").read()
started = time.perf_counter()
{import_line}
imported = time.perf_counter()
{call}
done = time.perf_counter()
print(json.dumps([imported - started, done - imported]))
"""


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    return env


def _commands(page: Path) -> dict[str, tuple[list[str], Path | None]]:
    """The whole-command rows: argv and the file given on stdin."""
    bin_dir = Path(sys.executable).parent
    return {
        "extractor extract (fast)": ([sys.executable, "-m", "extractor.cli", "extract", str(page), "--extractor", "fast"], None),
        "extractor extract (auto)": ([sys.executable, "-m", "extractor.cli", "extract", str(page)], None),
        "trafilatura < page": ([str(bin_dir / "trafilatura")], page),
    }


def _library_once(row: tuple[str, str, str], page: Path, env: dict[str, str]) -> tuple[float, float]:
    name, import_line, call = row
    code = _TIMED.format(import_line=import_line, call=call)
    out = subprocess.run([sys.executable, "-c", code, str(page)], capture_output=True, text=True, env=env,
                         cwd="/", timeout=300)
    if out.returncode != 0:
        raise SystemExit(f"{name}: {out.stderr.strip()[-500:]}")
    imported, first = json.loads(out.stdout)
    return imported, first


def _command_once(argv: list[str], stdin: Path | None, env: dict[str, str]) -> float:
    started = time.perf_counter()
    with open(stdin or os.devnull, "rb") as handle:
        out = subprocess.run(argv, stdin=handle, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
                             cwd=ROOT, timeout=300)
    elapsed = time.perf_counter() - started
    if out.returncode != 0:
        raise SystemExit(f"{' '.join(argv)}: {out.stderr.decode(errors='replace').strip()[-500:]}")
    return elapsed


def measure(page: Path, runs: int) -> dict:
    env = _env()
    commands = _commands(page)
    names = [name for name, *_ in LIBRARIES]
    for row in LIBRARIES:  # bytecode caches, the Hyperscan database: written by a first run
        _library_once(row, page, env)
    for argv, stdin in commands.values():
        _command_once(argv, stdin, env)
    imports: dict[str, list[float]] = {name: [] for name in names}
    firsts: dict[str, list[float]] = {name: [] for name in names}
    walls: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):  # alternating: the machine's drift touches every tool alike
        for row in LIBRARIES:
            imported, first = _library_once(row, page, env)
            imports[row[0]].append(imported)
            firsts[row[0]].append(first)
        for name, (argv, stdin) in commands.items():
            walls[name].append(_command_once(argv, stdin, env))

    def summary(times: list[float]) -> dict[str, float]:
        return {"median_ms": statistics.median(times) * 1e3, "min_ms": min(times) * 1e3}

    return {"page": str(page), "runs": runs,
            "libraries": {name: {"import": summary(imports[name]), "first": summary(firsts[name]),
                                 "total": summary([a + b for a, b in zip(imports[name], firsts[name])])}
                          for name in names},
            "commands": {name: summary(times) for name, times in walls.items()}}


def report(results: dict) -> str:
    lines = [f"Start-up, {results['runs']} fresh processes per row, alternating; page "
             f"`{Path(results['page']).name}`. Milliseconds, median (fastest).", "",
             "| in one process | import | first extraction | both |", "|---|---:|---:|---:|"]
    for name, row in results["libraries"].items():
        cells = [f"{row[k]['median_ms']:.0f} ({row[k]['min_ms']:.0f})" for k in ("import", "first", "total")]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    lines += ["", "| whole command, exec to exit | ms |", "|---|---:|"]
    for name, row in results["commands"].items():
        lines.append(f"| {name} | {row['median_ms']:.0f} ({row['min_ms']:.0f}) |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--page", type=Path, default=DEFAULT_PAGE, help="the HTML page every row reads")
    parser.add_argument("--out", type=Path, help="write the Markdown table here")
    parser.add_argument("--json", type=Path, help="write the raw figures here")
    args = parser.parse_args(argv)
    results = measure(args.page.resolve(), args.runs)
    text = report(results)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(text, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
