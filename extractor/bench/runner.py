"""Run one extractor over many cases in worker processes of its own, with a timeout per case.

Each extractor gets `jobs` fresh workers, so the peak memory they report is that extractor's
alone. A case that raises counts as an error, a worker that dies as a crash, a case that runs past
the timeout as a timeout: the worker is killed and replaced and the run goes on. Those cases get
empty output.
"""

from __future__ import annotations

import multiprocessing as mp
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any

from .corpus import Case
from .extractors import BenchFn
from .worker import serve

#: seconds a fresh worker may take to import and warm up before it counts as failed
STARTUP_TIMEOUT = 120.0
#: workers that fail to start in a row before the extractor's remaining cases are given up
MAX_START_FAILURES = 3


@dataclass(frozen=True)
class Outcome:
    """What one extractor did with one case. `status` is ok, error, timeout or crash."""

    text: str
    seconds: float | None
    status: str = "ok"
    error: str | None = None

    @property
    def failed(self) -> bool:
        return self.status != "ok"


@dataclass(frozen=True)
class ExtractorRun:
    """One extractor over a list of cases: outcomes in case order, plus run-wide figures."""

    name: str
    outcomes: tuple[Outcome, ...]
    wall_seconds: float
    jobs: int
    peak_rss_kb: int | None
    restarts: int = 0


@dataclass
class _Slot:
    proc: Any
    conn: Connection
    deadline: float
    ready: bool = False
    baseline_kb: int = 0
    task: int | None = None


@dataclass
class _State:
    outcomes: list[Outcome | None]
    todo: deque[int]
    timeout: float
    peak_kb: int | None = None
    restarts: int = 0
    start_failures: int = 0
    slots: list[_Slot] = field(default_factory=list)


def pick_context(start_method: str | None = None) -> Any:
    """The multiprocessing context: fork where there is one (nothing to pickle or re-import, so
    lambdas, closures and scripts without a main guard work; the worker resets its memory peak
    after warm-up), spawn elsewhere."""
    if start_method:
        return mp.get_context(start_method)
    return mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")


def run_extractor(name: str, fn: BenchFn, cases: Sequence[Case], *, jobs: int = 1, timeout: float = 30.0,
                  on_done: Callable[[], None] | None = None, start_method: str | None = None) -> ExtractorRun:
    """Run `fn` over `cases` in `jobs` worker processes; never raises for the extractor's faults."""
    ctx = pick_context(start_method)
    state = _State(outcomes=[None] * len(cases), todo=deque(range(len(cases))), timeout=timeout)
    workers = max(1, min(jobs, len(cases)))
    started = time.perf_counter()
    state.slots = [_start(ctx, fn) for _ in range(workers)] if cases else []
    try:
        while state.todo or any(s.task is not None for s in state.slots):
            if state.start_failures >= MAX_START_FAILURES:
                _give_up(state, "the worker process could not start", on_done)
                break
            _assign(state, cases)
            _receive(state, _wait_for(state), on_done)
            _expire(state, ctx, fn, on_done)
    finally:
        for slot in state.slots:
            _stop(slot)
    wall = time.perf_counter() - started
    outcomes = tuple(o or Outcome("", None, "crash", "not run") for o in state.outcomes)
    return ExtractorRun(name, outcomes, wall, workers, state.peak_kb, state.restarts)


def _start(ctx: Any, fn: BenchFn) -> _Slot:
    ours, theirs = ctx.Pipe()
    proc = ctx.Process(target=serve, args=(theirs, fn), daemon=True)
    proc.start()
    theirs.close()
    return _Slot(proc, ours, time.monotonic() + STARTUP_TIMEOUT)


def _stop(slot: _Slot) -> None:
    try:
        slot.conn.send(("stop",))
    except (OSError, ValueError):
        pass
    slot.proc.join(timeout=2)
    if slot.proc.is_alive():
        slot.proc.kill()
        slot.proc.join(timeout=2)
    slot.conn.close()


def _kill(slot: _Slot) -> None:
    slot.proc.kill()
    slot.proc.join(timeout=5)
    slot.conn.close()


def _assign(state: _State, cases: Sequence[Case]) -> None:
    for slot in state.slots:
        if slot.ready and slot.task is None and state.todo:
            task = state.todo.popleft()
            case = cases[task]
            try:
                slot.conn.send(("case", task, str(case.path), case.url, case.format))
            except OSError:  # the worker died while idle: the case waits for its replacement
                state.todo.appendleft(task)
                slot.ready, slot.deadline = False, float("-inf")
                continue
            slot.task = task
            slot.deadline = time.monotonic() + state.timeout


def _wait_for(state: _State) -> list[Any]:
    deadlines = [s.deadline for s in state.slots if s.task is not None or not s.ready]
    if not deadlines:
        return []
    delay = max(0.0, min(deadlines) - time.monotonic())
    return wait([s.conn for s in state.slots], timeout=delay)


def _receive(state: _State, ready: list[Any], on_done: Callable[[], None] | None) -> None:
    for slot in [s for s in state.slots if s.conn in ready]:
        try:
            message = slot.conn.recv()
        except (EOFError, OSError):
            _died(state, slot, on_done)
            continue
        if message[0] == "ready":
            slot.ready, slot.baseline_kb, slot.deadline = True, message[1], float("inf")
            state.start_failures = 0
        elif message[0] == "done":
            _, task, text, seconds, error, peak = message
            status = "error" if error else "ok"
            _record(state, task, Outcome(text, seconds, status, error), on_done)
            grown = max(0, peak - slot.baseline_kb)
            state.peak_kb = grown if state.peak_kb is None else max(state.peak_kb, grown)
            slot.task, slot.deadline = None, float("inf")


def _record(state: _State, task: int, outcome: Outcome, on_done: Callable[[], None] | None) -> None:
    state.outcomes[task] = outcome
    if on_done is not None:
        on_done()


def _died(state: _State, slot: _Slot, on_done: Callable[[], None] | None) -> None:
    """A worker exited under us: its case (if any) is a crash; it is replaced in `_expire`."""
    slot.proc.join(timeout=5)
    code = slot.proc.exitcode
    if slot.task is not None:
        _record(state, slot.task, Outcome("", None, "crash", f"worker process died (exit code {code})"), on_done)
    elif not slot.ready:
        state.start_failures += 1
    slot.task, slot.ready, slot.deadline = None, False, float("-inf")


def _expire(state: _State, ctx: Any, fn: BenchFn, on_done: Callable[[], None] | None) -> None:
    """Kill workers past their deadline (or already dead) and start replacements if work remains."""
    now = time.monotonic()
    for slot in [s for s in state.slots if s.deadline <= now]:
        if slot.task is not None:
            message = f"no answer within {state.timeout:g} s"
            _record(state, slot.task, Outcome("", None, "timeout", message), on_done)
        elif not slot.ready and slot.deadline != float("-inf"):
            state.start_failures += 1
        _kill(slot)
        state.slots.remove(slot)
        if state.todo:
            state.slots.append(_start(ctx, fn))
            state.restarts += 1
    if not state.todo:
        for slot in [s for s in state.slots if s.task is None]:
            _stop(slot)
            state.slots.remove(slot)


def _give_up(state: _State, why: str, on_done: Callable[[], None] | None) -> None:
    while state.todo:
        _record(state, state.todo.popleft(), Outcome("", None, "crash", why), on_done)
