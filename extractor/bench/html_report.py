"""A self-contained HTML report: tables, plots (embedded PNG) and the worst cases side by side."""

from __future__ import annotations

import re
from html import escape

from . import metrics, plots, tables
from .core import BenchResult
from .extractors import is_sentinel
from .tables import Table

#: worst cases shown per corpus: for the first (default) extractor, and for each other one
WORST_DEFAULT = 10
WORST_OTHERS = 5
#: how much leaked / missed text one side of a case shows
SIDE_UNITS = 60
SIDE_CHARS = 8000
_NUMBER = re.compile(r"^-?\d+(?:\.\d+)?$")

CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2330;margin:0;background:#f6f7f9}
main{max-width:1260px;margin:0 auto;padding:24px 28px 60px;background:#fff;min-height:100vh}
h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:34px 0 8px;border-bottom:2px solid #e3e6eb;padding-bottom:4px}
h3{font-size:15px;margin:18px 0 6px}.meta{color:#5b6475;margin:0 0 14px}.note{color:#5b6475;font-size:12.5px;max-width:1000px}
table{border-collapse:collapse;margin:6px 0 4px;font-size:13px}th,td{padding:4px 9px;border-bottom:1px solid #e8eaee;text-align:left;vertical-align:top}
th{background:#f0f2f5;font-weight:600;position:sticky;top:0}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tr.sec td{border-top:2px solid #c9ced8}.wrap{overflow-x:auto}
nav a{margin-right:14px;color:#0b5cad;text-decoration:none}nav{margin:6px 0 10px;font-size:13.5px}
img.plot{max-width:100%;border:1px solid #e3e6eb;border-radius:4px;margin:8px 0}
details{margin:4px 0}summary{cursor:pointer;padding:3px 0}details.corpus>summary{font-weight:600;font-size:15px}
details.ext{margin-left:14px}details.case{margin-left:28px;border-left:3px solid #e3e6eb;padding-left:10px}
.sides{display:grid;grid-template-columns:1fr 1fr;gap:14px;margin:6px 0 12px}
.side{max-height:460px;overflow:auto;padding-right:4px}.side h4{margin:2px 0 6px;font-size:13px;position:sticky;top:0;background:#fff}
td.best{font-weight:700}.side.leak h4{color:#a33a00}.side.miss h4{color:#0b5cad}
.side p{margin:0 0 6px;padding:4px 7px;border-radius:3px;font-size:12.5px;white-space:pre-wrap;word-break:break-word}
.side.leak p{background:#fff1e8}.side.miss p{background:#eaf3fd}.muted{color:#7a8290;font-size:12px}
.badge{display:inline-block;padding:0 6px;border-radius:8px;font-size:11.5px;background:#eef0f3;color:#3b4252;margin-left:6px}
"""


#: scores at or below this are full red; the scale spends its colours on the range that matters
HEAT_LOW = 0.4


def heat(value: float | None) -> str:
    """A background colour for a score in 0..1: red (HEAT_LOW and below) through yellow to green (1)."""
    if value is None:
        return ""
    v = min(1.0, max(0.0, (value - HEAT_LOW) / (1 - HEAT_LOW)))
    return f' style="background:hsl({int(v * 120)},60%,{86 - int(v * 6)}%)"'


def _value(text: str) -> float | None:
    """The number a cell shows (percentages as fractions), or None."""
    plain = text.rstrip("%")
    if not _NUMBER.match(plain):
        return None
    return float(plain) / (100 if text.endswith("%") else 1)


def _cell(text: str, colour: bool = False, best: bool = False) -> str:
    numeric = _value(text) is not None or text in ("–", "") or ("–" in text and text[0].isdigit())
    style = heat(_value(text)) if colour else ""
    classes = " ".join(c for c in ("n" if numeric else "", "best" if best else "") if c)
    attrs = f' class="{classes}"' if classes else ""
    return f"<td{attrs}{style}>{escape(text)}</td>"


def _best(row: tuple[str, ...], columns: set[int]) -> int | None:
    values = [(v, i) for i in columns if (v := _value(row[i])) is not None]
    return max(values)[1] if len(values) > 1 else None


def html_table(table: Table, colour_columns: tuple[str, ...] = (), title: bool = True,
               best_of: tuple[str, ...] = ()) -> str:
    """The table as HTML: score columns coloured, the best of `best_of` columns of each row in bold."""
    colour = {i for i, h in enumerate(table.headers) if h in colour_columns}
    compete = {i for i, h in enumerate(table.headers) if h in best_of}
    parts = [f"<h2 id=\"{_anchor(table.title)}\">{escape(table.title)}</h2>" if title else "", '<div class="wrap"><table>',
             "<tr>" + "".join(f"<th>{escape(h)}</th>" for h in table.headers) + "</tr>"]
    for index, row in enumerate(table.rows):
        cls = ' class="sec"' if index in table.sections and index else ""
        best = _best(row, compete)
        parts.append(f"<tr{cls}>" + "".join(_cell(c, i in colour, i == best) for i, c in enumerate(row)) + "</tr>")
    parts.append("</table></div>")
    if table.note:
        parts.append(f'<p class="note">{escape(table.note)}</p>')
    return "\n".join(parts)


def _anchor(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")


def _plot(data: str, alt: str) -> str:
    return f'<img class="plot" alt="{escape(alt)}" src="data:image/png;base64,{data}">'


def _side(kind: str, title: str, units: list[str]) -> str:
    shown, used = [], 0
    for unit in units[:SIDE_UNITS]:
        if used >= SIDE_CHARS:
            break
        piece = unit[: SIDE_CHARS - used]
        used += len(piece)
        shown.append(f"<p>{escape(piece)}{'…' if len(piece) < len(unit) else ''}</p>")
    rest = len(units) - len(shown)
    more = f'<div class="muted">… and {rest} more</div>' if rest > 0 else ""
    empty = '<div class="muted">(none)</div>' if not units else ""
    return (f'<div class="side {kind}"><h4>{escape(title)} · {len(units)}</h4>'
            + "".join(shown) + more + empty + "</div>")


def _case_value(record: object) -> float | None:
    s = record.scores  # type: ignore[attr-defined]
    if s.shingle is not None:
        return s.shingle.f1
    return s.snippets.score if s.snippets is not None else None


def worst_cases(result: BenchResult, corpus: str, extractor: str, count: int) -> list[object]:
    """The `count` lowest-scoring records of one extractor on one corpus (perfect ones left out)."""
    rows = [(v, r.case, r) for r in result.records if r.corpus == corpus and r.extractor == extractor
            and (v := _case_value(r)) is not None and v < 1.0]
    return [r for _, _, r in sorted(rows, key=lambda t: (t[0], t[1]))[:count]]


def case_block(result: BenchResult, record: object) -> str:
    """One worst case: its figures, then leaked and missed text side by side."""
    r = record
    case = result.case(r.corpus, r.case)  # type: ignore[attr-defined]
    output = result.output(r.extractor, r.corpus, r.case)  # type: ignore[attr-defined]
    s = r.scores  # type: ignore[attr-defined]
    if case is not None and case.gold.has_text:
        leaked, missed = metrics.leaked_and_missed(output, case.gold.text or "")
        titles = ("Leaked: in output, not in gold", "Missed: in gold, not in output")
    elif case is not None:
        flat = metrics.squash(output)
        leaked = [x for x in case.gold.without if metrics.squash(x) and metrics.squash(x) in flat]
        missed = [x for x in case.gold.with_ if metrics.squash(x) and metrics.squash(x) not in flat]
        titles = ("Leaked: 'without' snippets in the output", "Missed: 'with' snippets not in the output")
    else:
        leaked, missed, titles = [], [], ("Leaked", "Missed")
    figures = (f"F1 {s.shingle.f1:.3f} · P {s.shingle.precision:.3f} · R {s.shingle.recall:.3f} · "
               f"{s.out_tokens} tokens out, {s.gold_tokens} in gold"
               if s.shingle else f"snippet score {tables.num(s.snippets.score if s.snippets else None)}")
    status = f'<span class="badge">{escape(r.status)}</span>' if r.status != "ok" else ""  # type: ignore[attr-defined]
    url = f' · <span class="muted">{escape(case.url)}</span>' if case is not None and case.url else ""
    return (f'<details class="case"><summary><code>{escape(r.case)}</code> — {figures}{status}{url}</summary>'  # type: ignore[attr-defined]
            f'<div class="sides">{_side("leak", titles[0], leaked)}{_side("miss", titles[1], missed)}</div>'
            "</details>")


def worst_section(result: BenchResult) -> str:
    real = [e for e in result.extractors if not is_sentinel(e)]
    parts = ['<h2 id="worst-cases">Worst cases</h2>',
             f'<p class="note">Per corpus, the {WORST_DEFAULT} lowest-scoring cases of {escape(real[0]) if real else "-"} '
             f"and the {WORST_OTHERS} lowest of each other extractor. Leaked: output lines whose text is not in the "
             "gold; missed: gold lines whose text is not in the output (whitespace ignored when matching).</p>"]
    for corpus in result.corpora:
        blocks = []
        for i, ext in enumerate(real):
            cases = worst_cases(result, corpus.name, ext, WORST_DEFAULT if i == 0 else WORST_OTHERS)
            if cases:
                inner = "".join(case_block(result, r) for r in cases)
                blocks.append(f'<details class="ext"{" open" if i == 0 else ""}><summary>{escape(ext)} '
                              f'<span class="badge">{len(cases)}</span></summary>{inner}</details>')
        if blocks:
            parts.append(f'<details class="corpus"><summary>{escape(corpus.name)}</summary>{"".join(blocks)}</details>')
    return "\n".join(parts)


def render(result: BenchResult, *, with_plots: bool = True) -> str:
    """The whole report as one HTML document."""
    s = result.settings
    score_cols = ("mean F1", "Zyte F1", "bag F1", "paras", "with", "without", *result.extractors)
    body = [f"<h1>Extraction benchmark</h1><p class=\"meta\">{escape(str(s.get('started', '')))} · "
            f"{s.get('cases', '?')} cases in {len(result.corpora)} corpora · jobs {s.get('jobs')} · "
            f"timeout {s.get('timeout')} s · extraction {s.get('extract_seconds', '?')} s · "
            f"{s.get('cpus', '?')} CPUs, load {s.get('load_before', '?')} → {s.get('load_after', '?')} · "
            f"{escape(str(s.get('machine', '')))}, Python {escape(str(s.get('python', '')))}</p>",
            '<nav><a href="#headline-score">Headline</a><a href="#plots">Plots</a>'
            '<a href="#quality-per-corpus">Quality</a><a href="#speed-and-memory">Speed</a>'
            '<a href="#breakdowns">Breakdowns</a><a href="#worst-cases">Worst cases</a></nav>',
            html_table(tables.matrix(result), score_cols, best_of=tuple(tables.real_extractors(result)))]
    if with_plots:
        body.append('<h2 id="plots">Plots</h2>' + _plot(plots.f1_distribution(result), "F1 distribution")
                    + _plot(plots.speed_vs_f1(result), "Speed against F1"))
    body.append(html_table(tables.quality(result), score_cols))
    body.append(html_table(tables.speed(result)))
    body.append('<h2 id="breakdowns">Breakdowns</h2>')
    for grouping in ("format", "site", "lang"):
        table = tables.breakdown(result, grouping)
        if table.rows:
            body.append(f"<h3>{escape(table.title)}</h3>" + html_table(table, score_cols, title=False))
    for table in (tables.failures(result), tables.problems(result)):
        if table.rows:
            body.append(html_table(table))
    body.append(worst_section(result))
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>Extraction benchmark</title><style>{CSS}</style></head><body><main>"
            + "\n".join(body) + "</main></body></html>\n")
