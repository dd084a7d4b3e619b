"""benchmarks/speed.py's report of issue #7's per-page targets: each run's ratios, and in how many
runs each target held (`--repeat`)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_PATH = Path(__file__).resolve().parents[2] / "benchmarks" / "speed_report.py"
_SPEC = importlib.util.spec_from_file_location("speed_report", _PATH)
speed_report = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(speed_report)


def _run(parse: float, fast: float, auto: float, traf: float) -> dict:
    rows = {name: {"median_ms": ms, "p95_ms": ms, "mean_ms": ms, "docs_per_s": 1.0, "mb_per_s": 1.0,
                   "rss_peak_mb": 1.0, "rss_base_mb": 1.0}
            for name, ms in (("parse-only", parse), ("fast", fast), ("auto", auto), ("trafilatura", traf))}
    return {"pages": 2, "mean_kb": 100.0, "rounds": 3, "rows": rows}


def test_targets_are_the_issue_ratios():
    found = speed_report.targets(_run(0.5, 1.5, 6.0, 20.0)["rows"])
    assert found == [("fast <= 1/8 of trafilatura (median)", "1/13.3", True),
                     ("fast <= 3 x parse-only (median)", "3.0 x", True),
                     ("auto <= 1/3 of trafilatura (median)", "1/3.3", True)]
    missed = speed_report.targets(_run(0.5, 2.6, 7.0, 20.0)["rows"])
    assert [met for _, _, met in missed] == [False, False, False]
    assert speed_report.targets({"fast": {"median_ms": 1.0}}) == []  # no baseline: no ratios


def test_repeated_runs_are_each_reported_and_counted():
    runs = [_run(0.5, 1.5, 6.0, 20.0), _run(0.5, 2.6, 7.0, 20.0), _run(0.5, 1.5, 7.0, 20.0)]
    results = {"meta": {"machine": "x86_64", "cores": 2, "python": "3.11", "date": "today", "versions": {}},
               "pages": runs[0], "pages_runs": runs}
    text = speed_report.report(results, "/corpora")
    assert "over 3 independent runs" in text
    assert "| 2 | 0.50 | 2.60 | 7.00 | 20.00 | 1/7.7 no | 5.2 x no | 1/2.9 no |" in text
    assert ("Met in: fast <= 1/8 of trafilatura: 2 of 3, fast <= 3 x parse-only: 2 of 3, "
            "auto <= 1/3 of trafilatura: 1 of 3.") in text
