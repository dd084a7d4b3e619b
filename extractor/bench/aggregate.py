"""Per-case records and their summaries: means with bootstrap intervals, Zyte F1, speed, memory."""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from . import metrics
from .scoring import Scores

#: bootstrap settings: resamples and seed are fixed so that two runs of the same data agree
RESAMPLES = 1000
SEED = 20240601
#: the groupings a summary is made for, and the record field each reads
GROUPINGS = ("corpus", "format", "site", "lang")


@dataclass(frozen=True)
class CaseRecord:
    """One extractor on one case: what happened and how it scored."""

    corpus: str
    case: str
    extractor: str
    status: str
    error: str | None
    seconds: float | None
    size: int
    lang: str
    format: str
    site: str | None
    scores: Scores

    def as_dict(self) -> dict[str, Any]:
        head = {k: getattr(self, k) for k in ("corpus", "case", "extractor", "status", "error", "seconds",
                                               "size", "lang", "format", "site")}
        return {**head, **self.scores.as_dict()}


@dataclass(frozen=True)
class Summary:
    """The figures of one extractor over one group of cases."""

    n: int
    n_text: int
    n_snippets: int
    failures: int
    f1: float | None = None
    f1_ci: tuple[float, float] | None = None
    zyte_f1: float | None = None
    precision: float | None = None
    recall: float | None = None
    bag_f1: float | None = None
    bag_f1_ci: tuple[float, float] | None = None
    bag_zyte_f1: float | None = None
    paragraphs: float | None = None
    with_share: float | None = None
    without_share: float | None = None
    snippet_score: float | None = None
    snippet_ci: tuple[float, float] | None = None

    @property
    def headline(self) -> float | None:
        """The figure floors apply to: mean shingle F1, or the mean snippet score for snippet gold."""
        return self.f1 if self.n_text else self.snippet_score

    def as_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__} | {"headline": self.headline}


@dataclass(frozen=True)
class Speed:
    """Time and memory of one extractor. Per-document times are measured in the worker around the
    extract call only; `docs_per_s`/`mb_per_s` are for one process, `wall_docs_per_s` for `jobs`."""

    extractor: str
    docs: int
    ms_median: float | None
    ms_p95: float | None
    docs_per_s: float | None
    mb_per_s: float | None
    wall_docs_per_s: float | None
    jobs: int
    peak_rss_mb: float | None
    errors: int
    crashes: int
    timeouts: int

    def as_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


def mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def percentile(values: Sequence[float], q: float) -> float | None:
    """Linear-interpolated percentile (q in 0..100)."""
    if not values:
        return None
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def bootstrap_ci(values: Sequence[float], resamples: int = RESAMPLES, seed: int = SEED,
                 level: float = 0.95) -> tuple[float, float] | None:
    """Percentile bootstrap interval of the mean (fixed seed, so the same data give the same interval)."""
    if not values:
        return None
    import numpy as np

    data = np.asarray(values, dtype=float)
    rng = np.random.default_rng(seed)
    means = data[rng.integers(0, len(data), size=(resamples, len(data)))].mean(axis=1)
    tail = (1 - level) / 2 * 100
    low, high = np.percentile(means, [tail, 100 - tail])
    return float(low), float(high)


def summarize(records: Iterable[CaseRecord]) -> Summary:
    """The summary of one group of records (one extractor)."""
    rows = list(records)
    text = [r.scores for r in rows if r.scores.shingle is not None]
    snip = [r.scores.snippets for r in rows if r.scores.snippets is not None]
    f1s = [s.shingle.f1 for s in text if s.shingle]
    bag_f1s = [s.bag.f1 for s in text if s.bag]
    precision = mean([s.shingle.precision for s in text if s.shingle])
    recall = mean([s.shingle.recall for s in text if s.shingle])
    bag_p = mean([s.bag.precision for s in text if s.bag])
    bag_r = mean([s.bag.recall for s in text if s.bag])
    para = [s.paragraphs for s in text if s.paragraphs is not None]
    snippet_scores = [s.score for s in snip if s.score is not None]
    with_total = sum(s.with_total for s in snip)
    without_total = sum(s.without_total for s in snip)
    return Summary(
        n=len(rows), n_text=len(text), n_snippets=len(snip), failures=sum(r.status != "ok" for r in rows),
        f1=mean(f1s), f1_ci=bootstrap_ci(f1s),
        zyte_f1=metrics.f1(precision, recall) if precision is not None and recall is not None else None,
        precision=precision, recall=recall, bag_f1=mean(bag_f1s), bag_f1_ci=bootstrap_ci(bag_f1s),
        bag_zyte_f1=metrics.f1(bag_p, bag_r) if bag_p is not None and bag_r is not None else None,
        paragraphs=mean(para),
        with_share=sum(s.with_found for s in snip) / with_total if with_total else None,
        without_share=sum(s.without_absent for s in snip) / without_total if without_total else None,
        snippet_score=mean(snippet_scores), snippet_ci=bootstrap_ci(snippet_scores),
    )


def group_key(grouping: str) -> Callable[[CaseRecord], str | None]:
    """The field of a record that a grouping reads (see GROUPINGS)."""
    if grouping not in GROUPINGS:
        raise ValueError(f"unknown grouping {grouping!r}; choose one of {', '.join(GROUPINGS)}")
    return lambda record: getattr(record, grouping)


def summaries(records: Iterable[CaseRecord], grouping: str) -> dict[tuple[str, str], Summary]:
    """Summaries keyed by (group value, extractor); records without a value for the grouping are left out."""
    key = group_key(grouping)
    groups: dict[tuple[str, str], list[CaseRecord]] = defaultdict(list)
    for record in records:
        value = key(record)
        if value is not None:
            groups[(value, record.extractor)].append(record)
    return {k: summarize(v) for k, v in sorted(groups.items())}


def speed(name: str, records: Sequence[CaseRecord], wall_seconds: float, jobs: int,
          peak_rss_kb: int | None) -> Speed:
    """Speed and memory of one extractor from its records (timed calls only; timeouts excluded)."""
    timed = [r for r in records if r.seconds is not None]
    seconds = [r.seconds for r in timed if r.seconds is not None]
    busy = sum(seconds)
    size = sum(r.size for r in timed)
    return Speed(
        extractor=name, docs=len(timed),
        ms_median=statistics.median(seconds) * 1000 if seconds else None,
        ms_p95=(percentile(seconds, 95) or 0.0) * 1000 if seconds else None,
        docs_per_s=len(seconds) / busy if busy > 0 else None,
        mb_per_s=size / 1e6 / busy if busy > 0 else None,
        wall_docs_per_s=len(records) / wall_seconds if wall_seconds > 0 else None,
        jobs=jobs, peak_rss_mb=peak_rss_kb / 1024 if peak_rss_kb is not None else None,
        errors=sum(r.status == "error" for r in records), crashes=sum(r.status == "crash" for r in records),
        timeouts=sum(r.status == "timeout" for r in records),
    )
