"""Reports of a run: a terminal table (rich), JSON with every per-case figure, a Markdown summary."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from . import tables
from .core import BenchResult
from .tables import Table

#: columns of the terminal tables (subsets of the report tables, to fit a terminal)
TERMINAL_COLUMNS = ("extractor", "cases", "mean F1", "Zyte F1", "bag F1", "with", "without", "fails", "ms/doc")
SPEED_COLUMNS = ("extractor", "ms/doc median", "ms/doc p95", "docs/s (1 proc)", "MB/s (1 proc)", "docs/s (wall)",
                 "peak RSS MB", "errors", "crashes", "timeouts")


def rich_table(table: Table, columns: tuple[str, ...] | None = None) -> Any:
    """A rich Table of `table`, optionally only some columns."""
    from rich.table import Table as RichTable

    keep = [i for i, h in enumerate(table.headers) if columns is None or h in columns]
    out = RichTable(title=table.title, title_justify="left", header_style="bold")
    for i in keep:
        numeric = i >= 2 and table.headers[i] not in ("error", "problem", "status", "case")
        out.add_column(table.headers[i], justify="right" if numeric else "left", no_wrap=i < 2 or numeric)
    for index, row in enumerate(table.rows):
        if index in table.sections and index:
            out.add_section()
        out.add_row(*(row[i] for i in keep))
    return out


def print_terminal(result: BenchResult, console: Any = None) -> None:
    """Per corpus, each extractor's quality figures and ms/doc; then speed, failures and problems."""
    from rich.console import Console

    if console is None:
        console = Console()
        if not console.is_terminal:
            console = Console(width=140)
    quality = tables.quality(result)
    for corpus in result.corpora:
        rows = tuple(r for r in quality.rows if r[0] == corpus.name)
        if not rows:
            continue
        single = Table(f"{corpus.name}  ({len(corpus.cases)} cases)", quality.headers, rows)
        console.print(rich_table(single, _columns_for(single)))
    console.print(rich_table(tables.speed(result), SPEED_COLUMNS))
    failed = tables.failures(result)
    if failed.rows:
        console.print(f"[yellow]{len(failed.rows)} failed case(s) scored as empty output[/] "
                      "(listed in the JSON and Markdown reports)")
        console.print(rich_table(Table(failed.title, failed.headers, failed.rows[:20])))
    for problem in result.problems:
        console.print(f"[yellow]skipped[/] {problem.corpus}/{problem.case}: {problem.message}")


def _columns_for(table: Table) -> tuple[str, ...]:
    """The terminal columns that hold a figure in at least one row of `table`."""
    index = {h: i for i, h in enumerate(table.headers)}
    return tuple(c for c in TERMINAL_COLUMNS
                 if c in index and (c in ("extractor", "cases") or any(r[index[c]] not in ("–", "") for r in table.rows)))


def markdown_table(table: Table) -> str:
    """A GitHub Markdown table with its title as a heading and its note below."""
    def cells(row: tuple[str, ...]) -> str:
        return "| " + " | ".join(c.replace("|", "\\|").replace("\n", " ") for c in row) + " |"

    align = ["---" if i < 2 or h in ("error", "problem", "status", "case") else "---:"
             for i, h in enumerate(table.headers)]
    lines = [f"## {table.title}", "", cells(table.headers), "| " + " | ".join(align) + " |"]
    lines.extend(cells(row) for row in table.rows)
    if not table.rows:
        lines.append("| " + " | ".join("" for _ in table.headers) + " |")
    if table.note:
        lines.extend(["", table.note])
    return "\n".join(lines)


def markdown(result: BenchResult) -> str:
    """The Markdown summary: headline matrix, quality, speed, breakdowns, failures, problems."""
    s = result.settings
    head = ["# Benchmark results", "",
            f"Run {s.get('started', '?')} on {s.get('machine', '?')}, Python {s.get('python', '?')}: "
            f"{s.get('cases', '?')} cases, extractors {', '.join(result.extractors)}, --jobs {s.get('jobs')}, "
            f"timeout {s.get('timeout')} s; extraction took {s.get('extract_seconds', '?')} s, "
            f"the whole run {s.get('total_seconds', '?')} s.",
            "", "Versions: " + ", ".join(f"{k} {v}" for k, v in s.get("versions", {}).items()) + ".",
            "", f"Machine: {s.get('cpus', '?')} CPUs; 1-minute load average {s.get('load_before', '?')} at the "
            f"start, {s.get('load_after', '?')} at the end (load above the CPU count slows every timing)."]
    parts = ["\n".join(head), markdown_table(tables.matrix(result)), markdown_table(tables.quality(result)),
             markdown_table(tables.speed(result))]
    for grouping in ("format", "site", "lang"):
        table = tables.breakdown(result, grouping)
        if table.rows:
            parts.append(markdown_table(table))
    for table in (tables.failures(result), tables.problems(result)):
        if table.rows:
            parts.append(markdown_table(table))
    return "\n\n".join(parts) + "\n"


def write_reports(result: BenchResult, directory: str | Path, *, html: bool = True) -> dict[str, Path]:
    """Write results.json, summary.md and (unless told not to) report.html into `directory`."""
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    paths = {"json": out / "results.json", "markdown": out / "summary.md"}
    paths["json"].write_text(json.dumps(result.to_json(), ensure_ascii=False, indent=1), encoding="utf-8")
    paths["markdown"].write_text(markdown(result), encoding="utf-8")
    if html:
        from .html_report import render

        paths["html"] = out / "report.html"
        paths["html"].write_text(render(result), encoding="utf-8")
    return paths
