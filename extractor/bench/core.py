"""One benchmark run: every extractor over every case, then scores, summaries and speed figures.

>>> from extractor.bench import load_corpus, score_corpus
>>> result = score_corpus(load_corpus("corpora/seeds"), {"mine": lambda data, url: data[:1000]})
>>> result.summary("seeds", "mine").f1
"""

from __future__ import annotations

import contextlib
import os
import platform
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Union

from .aggregate import GROUPINGS, CaseRecord, Speed, Summary, speed, summaries
from .corpus import Case, Corpus, Problem
from .extractors import BenchFn, builtin
from .runner import ExtractorRun, run_extractor
from .scoring import score_all

#: seconds between redraws of the progress bar
REFRESH = 0.2

ExtractorsArg = Union[Mapping[str, Union[BenchFn, str]], Sequence[str]]


@dataclass(frozen=True)
class BenchResult:
    """Everything a run measured. `outputs` maps (extractor, corpus, case id) to the output text."""

    corpora: tuple[Corpus, ...]
    extractors: tuple[str, ...]
    records: tuple[CaseRecord, ...]
    speeds: dict[str, Speed]
    outputs: dict[tuple[str, str, str], str] = field(repr=False)
    settings: dict[str, Any] = field(default_factory=dict)

    @cached_property
    def grouped(self) -> dict[str, dict[tuple[str, str], Summary]]:
        """Summaries per grouping ("corpus", "format", "site", "lang"), keyed by (group, extractor)."""
        return {g: summaries(self.records, g) for g in GROUPINGS}

    def summary(self, corpus: str, extractor: str) -> Summary | None:
        """The summary of one extractor on one corpus."""
        return self.grouped["corpus"].get((corpus, extractor))

    @property
    def problems(self) -> list[Problem]:
        """Cases of the corpora that could not be used (skipped)."""
        return [p for c in self.corpora for p in c.problems]

    @property
    def failures(self) -> list[CaseRecord]:
        """Records where the extractor raised, crashed or timed out (scored as empty output)."""
        return [r for r in self.records if r.status != "ok"]

    def case(self, corpus: str, case_id: str) -> Case | None:
        for c in self.corpora:
            if c.name == corpus:
                return next((k for k in c.cases if k.id == case_id), None)
        return None

    def output(self, extractor: str, corpus: str, case_id: str) -> str:
        return self.outputs.get((extractor, corpus, case_id), "")

    def to_json(self) -> dict[str, Any]:
        """Every figure of the run as JSON-ready data (per-case figures included, texts not)."""
        return {
            "settings": self.settings,
            "extractors": list(self.extractors),
            "corpora": [{"name": c.name, "path": str(c.path), "cases": len(c.cases),
                         "problems": [{"case": p.case, "message": p.message} for p in c.problems]}
                        for c in self.corpora],
            "speed": {name: s.as_dict() for name, s in self.speeds.items()},
            "summary": {g: [{"group": k[0], "extractor": k[1], **s.as_dict()} for k, s in table.items()]
                        for g, table in self.grouped.items()},
            "cases": [r.as_dict() for r in self.records],
        }


def score_corpus(corpus: Corpus, extractors: ExtractorsArg, **options: Any) -> BenchResult:
    """Run and score `extractors` ({name: fn(data, url) -> str} or built-in names) on one corpus."""
    return score_corpora([corpus], extractors, **options)


def score_corpora(corpora: Sequence[Corpus], extractors: ExtractorsArg, *, jobs: int = 1,
                  timeout: float = 30.0, progress: bool = False,
                  start_method: str | None = None) -> BenchResult:
    """Run every extractor over every case of `corpora` (each extractor in worker processes of its
    own, `jobs` at a time), then score the outputs. Failing cases count as empty output."""
    fns = as_callables(extractors)
    cases = [case for corpus in corpora for case in corpus.cases]
    runs: dict[str, ExtractorRun] = {}
    load_before = _load()
    started = time.time()
    with _progress(progress, len(cases) * len(fns) + len(cases)) as advance:
        for name, fn in fns.items():
            runs[name] = run_extractor(name, fn, cases, jobs=jobs, timeout=timeout,
                                       on_done=advance(f"{name}"), start_method=start_method)
        extracted = time.time()
        outputs = {(name, c.corpus, c.id): o.text for name, run in runs.items()
                   for c, o in zip(cases, run.outcomes)}
        tick = advance("scoring")
        scored = score_all([(c.gold, {n: outputs[(n, c.corpus, c.id)] for n in fns}) for c in cases], jobs)
        tick(len(cases))
    records = tuple(_record(case, name, runs[name].outcomes[i], scores[name])
                    for i, (case, scores) in enumerate(zip(cases, scored)) for name in fns)
    speeds = {name: speed(name, [r for r in records if r.extractor == name], run.wall_seconds, run.jobs,
                          run.peak_rss_kb) for name, run in runs.items()}
    settings = {"jobs": jobs, "timeout": timeout, "started": time.strftime("%Y-%m-%d %H:%M:%S",
                time.localtime(started)), "extract_seconds": round(extracted - started, 1),
                "total_seconds": round(time.time() - started, 1), "python": platform.python_version(),
                "machine": f"{platform.system()} {platform.machine()}", "cases": len(cases),
                "versions": versions(), "cpus": os.cpu_count(), "load_before": load_before, "load_after": _load()}
    return BenchResult(tuple(corpora), tuple(fns), records, speeds, outputs, settings)


def _load() -> float | None:
    """The 1-minute load average (other work on the machine slows every timing down)."""
    try:
        return round(os.getloadavg()[0], 2)
    except (AttributeError, OSError):
        return None


def versions() -> dict[str, str]:
    """Installed versions of this package and of the libraries it compares with."""
    from importlib import metadata

    found = {}
    for dist in ("extractor", "trafilatura", "readability-lxml", "selectolax"):
        try:
            found[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            continue
    commit = _commit()
    if commit:
        found["commit"] = commit
    return found


def _commit() -> str | None:
    """The git commit of the checkout this package runs from, if it runs from one."""
    import subprocess
    from pathlib import Path

    import extractor

    root = Path(extractor.__file__).resolve().parent.parent
    if not (root / ".git").exists():
        return None
    try:
        head = subprocess.run(["git", "-C", str(root), "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, timeout=10, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(root), "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return f"{head} (with uncommitted changes)" if dirty else head


def as_callables(extractors: ExtractorsArg) -> dict[str, BenchFn]:
    """{name: callable} from a mapping of callables or built-in names, or a list of built-in names."""
    items = extractors.items() if isinstance(extractors, Mapping) else ((n, n) for n in extractors)
    out: dict[str, BenchFn] = {}
    for name, value in items:
        if isinstance(value, str):
            try:
                out[name] = builtin(value)
            except KeyError:
                raise ValueError(f"unknown extractor {value!r}") from None
        elif callable(value):
            out[name] = value
        else:
            raise TypeError(f"extractor {name!r} must be callable or a built-in name")
    if not out:
        raise ValueError("no extractors to run")
    return out


def _record(case: Case, name: str, outcome: Any, scores: Any) -> CaseRecord:
    return CaseRecord(corpus=case.corpus, case=case.id, extractor=name, status=outcome.status,
                      error=outcome.error, seconds=outcome.seconds, size=case.size, lang=case.lang,
                      format=case.format, site=case.site, scores=scores)


@contextlib.contextmanager
def _progress(show: bool, total: int) -> Iterator[Callable[[str], Callable[..., None]]]:
    """A progress bar with ETA on a terminal (stderr); silent elsewhere or when not asked for.
    Yields `advance(label)`, which returns the callback that moves the bar for that label.

    The bar is redrawn from the callbacks (at most every REFRESH seconds), not by a thread of its
    own, so that forking worker processes never copies a lock held by a drawing thread.
    """
    from rich.console import Console
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn,
                               TimeRemainingColumn)

    console = Console(stderr=True)
    bar = Progress(TextColumn("[bold]{task.description:<14}"), BarColumn(), MofNCompleteColumn(),
                   TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(), console=console,
                   disable=not (show and console.is_terminal), auto_refresh=False)
    last = [0.0]

    def redraw(force: bool = False) -> None:
        now = time.monotonic()
        if force or now - last[0] >= REFRESH:
            last[0] = now
            bar.refresh()

    with bar:
        task = bar.add_task("starting", total=total)

        def advance(label: str) -> Callable[..., None]:
            bar.update(task, description=label)
            redraw(force=True)

            def step(steps: int = 1) -> None:
                bar.advance(task, steps)
                redraw()

            return step

        yield advance
        redraw(force=True)
