"""Start-up: what a fresh process pays before its first document (benchmarks/startup.py measures it).

What keeps it low is checked here, not timed: one-file commands import neither the benchmark
harness nor trafilatura, and importing the pipeline compiles no pattern set's union and works out no
filter the Hyperscan scan makes unneeded."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

from corpus_paths import OWN, ROOT

from extractor.cli import build_parser

PAGE = OWN / "generic-2" / "cases" / "g2-005.html"


def _python(code: str) -> str:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    return out.stdout


def test_a_one_file_command_imports_only_what_it_runs():
    found = _python(
        "import sys, io, contextlib\n"
        "from extractor.cli import main\n"
        f"with contextlib.redirect_stdout(io.StringIO()) as out: status = main(['extract', {str(PAGE)!r}, '--extractor', 'fast'])\n"
        "print(status, len(out.getvalue()), sorted(m for m in sys.modules if m.split('.')[0] in ('trafilatura', 'readability')"
        " or m.startswith('extractor.bench')))\n")
    status, chars, imported = found.split(" ", 2)
    assert status == "0" and int(chars) > 500
    assert imported.strip() == "[]"


def test_the_bench_command_keeps_its_arguments():
    args = build_parser("bench").parse_args(["bench", "--extractors", "fast"])
    assert args.command == "bench" and callable(args.func)
    assert build_parser().parse_args(["bench"]).command == "bench"  # (no command given: the whole parser)


def test_importing_the_pipeline_compiles_no_union_and_analyses_no_filter():
    state = json.loads(_python(
        "import json, extractor.pipeline\n"
        "from extractor import patterns\n"
        "print(json.dumps([any(s._line_re or s._head_re for s in patterns.ALL), "
        "patterns._LINE_KINDS._unanalysed is None, patterns._HEAD_KINDS._unanalysed is None]))\n"))
    assert state == [False, False, False]


def test_the_startup_benchmark_reports_every_row(tmp_path):
    spec = importlib.util.spec_from_file_location("startup", ROOT / "benchmarks" / "startup.py")
    startup = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(startup)
    out = tmp_path / "startup.json"
    assert startup.main(["--runs", "1", "--json", str(out), "--out", str(tmp_path / "startup.md")]) == 0
    results = json.loads(out.read_text())
    assert set(results["libraries"]) == {name for name, *_ in startup.LIBRARIES}
    assert len(results["commands"]) == 3
    assert all(row["total"]["median_ms"] > 0 for row in results["libraries"].values())
    table = (tmp_path / "startup.md").read_text()
    assert "| extractor fast |" in table and "| trafilatura < page |" in table
