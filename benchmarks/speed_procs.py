"""Processes for `benchmarks/speed.py`: run `extractor extract` and watch its process tree (wall
time, CPU seconds of the command and of fork-server workers, RSS samples)."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# this folder is on the path when speed.py runs
from speed_stages import measuring_installed  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


def run_cli(args: list[str], sample_rss: bool = False) -> dict:
    """Run `extractor extract ...`; wall time, exit status, and (optionally) RSS samples of the tree."""
    cmd = [PYTHON, "-m", "extractor.cli", "extract", *args]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    with tempfile.TemporaryFile() as err_file:  # a file, not a pipe: a full pipe would stall the command
        # (`-m` puts the working folder first on the path: the checkout's, unless an installed
        # extractor is measured, speed.py --installed)
        cwd = tempfile.gettempdir() if measuring_installed() else ROOT
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=err_file)
        samples = []
        cpu_seen: dict[int, float] = {}  # each process's CPU seconds when last seen
        ticks = 0
        while proc.poll() is None:
            if sample_rss and ticks % 5 == 0:
                samples.append((time.perf_counter() - started, tree_rss_kb(proc.pid)))
            for p in descendants(proc.pid):
                cpu_seen[p] = max(cpu_seen.get(p, 0.0), cpu_seconds(p))
            ticks += 1
            time.sleep(0.1)
        elapsed = time.perf_counter() - started
        err_file.seek(0)
        err = err_file.read()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the command (and what it waited for)
    cpu = max((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime),
              sum(cpu_seen.values()))  # sampled: workers of a fork server are not the command's children
    return {"seconds": elapsed, "cpu_seconds": cpu, "status": proc.returncode, "rss": samples,
            "stderr_lines": len(err.splitlines())}


def descendants(pid: int) -> list[int]:
    """The process and all its descendants (the workers of --jobs, forked from a fork server)."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            for task in Path(f"/proc/{p}/task").iterdir():
                todo.extend(int(c) for c in (task / "children").read_text().split())
        except OSError:
            pass
    return out


def tree_rss_kb(pid: int) -> int:
    """RSS of a process and its descendants."""
    total = 0
    for p in descendants(pid):
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total


def cpu_seconds(pid: int) -> float:
    """CPU seconds (user + system) a process has used so far."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
