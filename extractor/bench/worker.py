"""The worker process: one extractor, documents in, texts and timings out, over a pipe.

Protocol (tuples): the worker sends ("ready", baseline_kb) once warmed up, then for every
("case", task, path, url, fmt) it receives it answers ("done", task, text, seconds, error,
peak_kb); ("stop",) or a closed pipe ends it. Only the extractor call is timed.
"""

from __future__ import annotations

import os
import resource
import signal
import sys
import time
from multiprocessing.connection import Connection
from pathlib import Path

from .corpus import read_input
from .extractors import BenchFn, call

WARM_UP_DOC = ("<html><head><title>Warm-up</title></head><body><nav>Home | News</nav><article>"
               "<h1>Warm-up</h1><p>A first paragraph of the warm-up article, long enough to keep.</p>"
               "<p>A second paragraph, so that the extractor loads everything it needs.</p>"
               "</article><footer>Footer</footer></body></html>")


def peak_rss_kb() -> int:
    """Peak resident memory of this process so far, in KiB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak


def reset_peak() -> None:
    """Make the peak equal the current resident size where the OS allows it (Linux clear_refs)."""
    try:
        with open("/proc/self/clear_refs", "w") as handle:
            handle.write("5")
    except OSError:
        pass


def _silence() -> None:
    """Keep the extractor's prints and warnings off the terminal, and Ctrl-C to the parent."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    devnull = os.open(os.devnull, os.O_WRONLY)
    for fd in (1, 2):
        try:
            os.dup2(devnull, fd)
        except OSError:
            pass


def _run_one(fn: BenchFn, path: str, url: str | None, fmt: str) -> tuple[str, float | None, str | None]:
    try:
        data = read_input(Path(path))
    except OSError as err:
        return "", None, f"cannot read the input: {err}"[:500]
    start = time.perf_counter()
    try:
        text = call(fn, data, url, fmt)
    except Exception as err:  # an extractor's failure is a result of the benchmark
        return "", time.perf_counter() - start, f"{type(err).__name__}: {err}"[:500]
    seconds = time.perf_counter() - start
    if not isinstance(text, str):
        return "", seconds, f"returned {type(text).__name__}, not str"
    return text, seconds, None


def serve(conn: Connection, fn: BenchFn, quiet: bool = True) -> None:
    """Worker main loop (the target of the worker process)."""
    if quiet:
        _silence()
    try:
        call(fn, WARM_UP_DOC, None, "html")
    except Exception:
        pass
    reset_peak()
    conn.send(("ready", peak_rss_kb()))
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message[0] != "case":
            return
        _, task, path, url, fmt = message
        text, seconds, error = _run_one(fn, path, url, fmt)
        conn.send(("done", task, text, seconds, error, peak_rss_kb()))
