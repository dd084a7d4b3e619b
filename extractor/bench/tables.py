"""The report tables as plain data (headers + rows of strings), shared by terminal, Markdown and HTML."""

from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import dataclass

from .aggregate import Summary
from .core import BenchResult
from .extractors import is_sentinel


@dataclass(frozen=True)
class Table:
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    #: row indexes where a new group (e.g. a corpus) starts
    sections: tuple[int, ...] = ()
    note: str = ""


def num(value: float | None, digits: int = 3) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def pct(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.1f}%"


def ci(interval: tuple[float, float] | None) -> str:
    return "–" if interval is None else f"{interval[0]:.3f}–{interval[1]:.3f}"


def ms(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.0f}" if value >= 100 else f"{value:.1f}" if value >= 1 else f"{value:.2f}"


def corpus_ms(result: BenchResult, grouping: str = "corpus") -> dict[tuple[str, str], float]:
    """Median ms per document of each (group value, extractor): by corpus, format, site or lang."""
    times: dict[tuple[str, str], list[float]] = defaultdict(list)
    for r in result.records:
        value = getattr(r, grouping)
        if r.seconds is not None and value is not None:
            times[(value, r.extractor)].append(r.seconds * 1000)
    return {k: statistics.median(v) for k, v in times.items()}


QUALITY_HEADERS = ("corpus", "extractor", "cases", "mean F1", "95% CI", "Zyte F1", "bag F1", "paras",
                   "with", "without", "fails", "ms/doc")


def quality(result: BenchResult) -> Table:
    """Per corpus and extractor: the quality figures and the median ms/doc."""
    speed = corpus_ms(result)
    rows: list[tuple[str, ...]] = []
    sections: list[int] = []
    for corpus in result.corpora:
        sections.append(len(rows))
        for ext in result.extractors:
            s = result.summary(corpus.name, ext)
            if s is not None:
                rows.append((corpus.name, ext, str(s.n), *_quality_cells(s), ms(speed.get((corpus.name, ext)))))
    note = ("mean F1: mean per-document F1 of 4-token shingles; Zyte F1: F1 of the mean precision and "
            "mean recall; bag F1: bag of tokens; paras: share of gold paragraphs reproduced whole; "
            "with / without: share of 'with' snippets found and of 'without' snippets left out; "
            "fails: errors, crashes and timeouts (scored as empty output).")
    return without_empty_columns(Table("Quality per corpus", QUALITY_HEADERS, tuple(rows), tuple(sections), note))


def _quality_cells(s: Summary) -> tuple[str, ...]:
    return (num(s.f1), ci(s.f1_ci), num(s.zyte_f1), num(s.bag_f1), pct(s.paragraphs), pct(s.with_share),
            pct(s.without_share), str(s.failures) if s.failures else "")


def matrix(result: BenchResult) -> Table:
    """Corpus × extractor: the headline figure (mean shingle F1; snippet score on snippet gold)."""
    rows = []
    for corpus in result.corpora:
        cells = []
        for ext in result.extractors:
            s = result.summary(corpus.name, ext)
            cells.append(num(s.headline if s else None))
        kind = "text" if any(c.gold.has_text for c in corpus.cases) else "snippets"
        rows.append((corpus.name, str(len(corpus.cases)), kind, *cells))
    note = "Mean per-document shingle F1; on snippet gold, the mean per-case snippet score."
    return Table("Headline score", ("corpus", "cases", "gold", *result.extractors), tuple(rows), (), note)


SPEED_HEADERS = ("extractor", "docs", "ms/doc median", "ms/doc p95", "docs/s (1 proc)", "MB/s (1 proc)",
                 "docs/s (wall)", "jobs", "peak RSS MB", "errors", "crashes", "timeouts")


def speed(result: BenchResult) -> Table:
    rows = []
    for ext in result.extractors:
        s = result.speeds[ext]
        rows.append((ext, str(s.docs), ms(s.ms_median), ms(s.ms_p95), num(s.docs_per_s, 1), num(s.mb_per_s, 2),
                     num(s.wall_docs_per_s, 1), str(s.jobs), num(s.peak_rss_mb, 1), str(s.errors),
                     str(s.crashes), str(s.timeouts)))
    note = ("Per-document times are measured in the worker process around the extract call only; "
            "'1 proc' figures are derived from them (one process), 'wall' is the whole run with "
            f"{result.settings.get('jobs', 1)} worker(s). Peak RSS: growth of the worker's peak resident "
            "memory over its baseline after imports and a warm-up document (largest worker).")
    return Table("Speed and memory", SPEED_HEADERS, tuple(rows), (), note)


def breakdown(result: BenchResult, grouping: str) -> Table:
    """Quality and median ms/doc per format, site or language (all corpora pooled)."""
    order = {name: i for i, name in enumerate(result.extractors)}
    speed = corpus_ms(result, grouping)
    table = dict(sorted(result.grouped[grouping].items(), key=lambda kv: (kv[0][0], order.get(kv[0][1], 99))))
    rows: list[tuple[str, ...]] = []
    sections: list[int] = []
    last = None
    for (group, ext), s in table.items():
        if group != last:
            sections.append(len(rows))
            last = group
        rows.append((group, ext, str(s.n), num(s.f1), ci(s.f1_ci), num(s.zyte_f1), num(s.bag_f1), pct(s.paragraphs),
                     pct(s.with_share), pct(s.without_share), ms(speed.get((group, ext)))))
    label = {"format": "input format", "site": "site", "lang": "language", "corpus": "corpus"}[grouping]
    headers = (label, "extractor", "cases", "mean F1", "95% CI", "Zyte F1", "bag F1", "paras", "with", "without",
               "ms/doc")
    return without_empty_columns(Table(f"Per {label}", headers, tuple(rows), tuple(sections)))


def without_empty_columns(table: Table) -> Table:
    """The table without the columns that hold no figure in any row."""
    keep = [i for i in range(len(table.headers)) if i < 3 or any(row[i] not in ("–", "") for row in table.rows)]
    if len(keep) == len(table.headers) or not table.rows:
        return table
    return Table(table.title, tuple(table.headers[i] for i in keep),
                 tuple(tuple(row[i] for i in keep) for row in table.rows), table.sections, table.note)


def failures(result: BenchResult) -> Table:
    rows = tuple((r.extractor, r.corpus, r.case, r.status, (r.error or "")[:160]) for r in result.failures)
    return Table("Failed cases (scored as empty output)", ("extractor", "corpus", "case", "status", "error"), rows)


def problems(result: BenchResult) -> Table:
    rows = tuple((p.corpus, p.case, p.message) for p in result.problems)
    return Table("Skipped corpus cases", ("corpus", "case", "problem"), rows)


def real_extractors(result: BenchResult) -> list[str]:
    return [e for e in result.extractors if not is_sentinel(e)]
