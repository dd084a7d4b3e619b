"""benchmarks/instructions.py: instructions per page by callgrind, the measure profile.md judges
savings by (the clock drifts on a shared VM; the count does not)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(shutil.which("valgrind") is None, reason="valgrind is not installed")


def test_counts_instructions_a_page_and_lists_where_they_went():
    cases = ROOT / "corpora" / "generic-2" / "cases"
    command = [sys.executable, str(ROOT / "benchmarks" / "instructions.py"), "--extractor", "fast",
               "--pages", str(cases / "g2-00[12].html"), "--every", "1",
               "--warmup", str(cases / "g2-00[3-6].html"), "--warmup-count", "4", "--top", "3"]
    lines = subprocess.run(command, capture_output=True, text=True, check=True, timeout=600).stdout.splitlines()
    head = re.fullmatch(r"fast: ([\d.]+) M instructions a page over 2 pages", lines[0])
    assert head is not None, lines
    assert 1 < float(head.group(1)) < 1000  # a page of a few KB: millions, not the interpreter's start-up
    assert len(lines) == 4 and any("_PyEval_EvalFrameDefault" in line for line in lines[1:])
