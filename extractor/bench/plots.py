"""Plots of a run as base64 PNG data (matplotlib's object API with the Agg canvas; no pyplot state)."""

from __future__ import annotations

import base64
import io
import math
import random
from collections import defaultdict

from .core import BenchResult
from .extractors import is_sentinel

#: one colour per extractor, in run order (colour-blind friendly, Okabe-Ito)
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999",
           "#000000", "#7F3C8D")


def colours(result: BenchResult) -> dict[str, str]:
    return {name: PALETTE[i % len(PALETTE)] for i, name in enumerate(result.extractors)}


def _png(fig: object) -> str:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=110, bbox_inches="tight")  # type: ignore[attr-defined]
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def case_scores(result: BenchResult) -> dict[tuple[str, str], list[float]]:
    """Per (corpus, extractor): each case's headline figure (shingle F1, or snippet score)."""
    scores: dict[tuple[str, str], list[float]] = defaultdict(list)
    for r in result.records:
        s = r.scores
        value = s.shingle.f1 if s.shingle else s.snippets.score if s.snippets else None
        if value is not None:
            scores[(r.corpus, r.extractor)].append(value)
    return scores


def f1_distribution(result: BenchResult) -> str:
    """Small multiples, one per corpus: per-case scores of each extractor as a box with its points."""
    from matplotlib.figure import Figure

    scores = case_scores(result)
    corpora = [c.name for c in result.corpora if c.cases]
    names = list(result.extractors)
    cols = min(3, max(1, len(corpora)))
    rows = max(1, math.ceil(len(corpora) / cols))
    fig = Figure(figsize=(4.2 * cols, 0.42 * len(names) * rows + 1.1 * rows + 0.4))
    palette = colours(result)
    jitter = random.Random(7)
    for index, corpus in enumerate(corpora):
        ax = fig.add_subplot(rows, cols, index + 1)
        data = [scores.get((corpus, n), []) for n in names]
        positions = list(range(len(names), 0, -1))
        _hbox(ax, [d or [math.nan] for d in data], positions)
        for pos, name, values in zip(positions, names, data):
            ys = [pos + jitter.uniform(-0.22, 0.22) for _ in values]
            ax.scatter(values, ys, s=5, alpha=0.45, color=palette[name], linewidths=0)
        ax.set_yticks(positions, names, fontsize=8)
        ax.set_xlim(-0.03, 1.03)
        ax.tick_params(axis="x", labelsize=8)
        ax.set_title(corpus, fontsize=9, loc="left")
        ax.grid(axis="x", alpha=0.3)
    fig.suptitle("Per-case F1 (4-token shingles; snippet score on snippet gold)", fontsize=10, x=0.01,
                 ha="left")
    fig.tight_layout()
    return _png(fig)


def _hbox(ax: object, data: list[list[float]], positions: list[int]) -> None:
    """Horizontal box plots (matplotlib >= 3.10 spells it `orientation`, older ones `vert`)."""
    style = {"positions": positions, "widths": 0.6, "showfliers": False, "whis": (5, 95),
             "medianprops": {"color": "black"}}
    try:
        ax.boxplot(data, orientation="horizontal", **style)  # type: ignore[attr-defined]
    except TypeError:
        ax.boxplot(data, vert=False, **style)  # type: ignore[attr-defined]


def pooled_f1(result: BenchResult) -> dict[str, float]:
    """Mean per-case shingle F1 of each extractor over all text-gold cases of the run."""
    values: dict[str, list[float]] = defaultdict(list)
    for r in result.records:
        if r.scores.shingle is not None:
            values[r.extractor].append(r.scores.shingle.f1)
    return {k: sum(v) / len(v) for k, v in values.items() if v}


def speed_vs_f1(result: BenchResult) -> str:
    """Median ms/doc (log scale; the line reaches the p95) against the pooled mean F1."""
    from matplotlib.figure import Figure

    f1s = pooled_f1(result)
    palette = colours(result)
    fig = Figure(figsize=(7.5, 4.2))
    ax = fig.add_subplot(1, 1, 1)
    for name in result.extractors:
        sp = result.speeds.get(name)
        if sp is None or sp.ms_median is None or name not in f1s:
            continue
        x = max(sp.ms_median, 0.01)
        marker = "s" if is_sentinel(name) else "o"
        ax.plot([x, max(sp.ms_p95 or x, x)], [f1s[name]] * 2, color=palette[name], alpha=0.5, linewidth=2)
        ax.scatter([x], [f1s[name]], s=70, color=palette[name], marker=marker, zorder=3, label=name)
        ax.annotate(name, (x, f1s[name]), textcoords="offset points", xytext=(6, 6), fontsize=9)
    ax.set_xscale("log")
    ax.set_xlabel("ms per document (median; line to p95, log scale)")
    ax.set_ylabel("mean F1, all text-gold cases")
    ax.set_ylim(0, 1.02)
    ax.grid(alpha=0.3, which="both")
    ax.set_title("Speed against quality", fontsize=10, loc="left")
    fig.tight_layout()
    return _png(fig)
