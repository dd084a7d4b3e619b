"""Scores of every extractor's output for one case, and the parallel scoring of a whole run."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from . import metrics
from .corpus import Gold


@dataclass(frozen=True)
class Scores:
    """All figures of one output against its gold; text figures are None for snippet-only gold."""

    shingle: metrics.PRF | None = None
    bag: metrics.PRF | None = None
    paragraphs: float | None = None
    snippets: metrics.SnippetScore | None = None
    out_tokens: int = 0
    gold_tokens: int = 0

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"out_tokens": self.out_tokens, "gold_tokens": self.gold_tokens}
        for label, prf in (("shingle", self.shingle), ("bag", self.bag)):
            if prf is not None:
                out[f"{label}_p"], out[f"{label}_r"], out[f"{label}_f1"] = prf.precision, prf.recall, prf.f1
        if self.paragraphs is not None:
            out["paragraphs"] = self.paragraphs
        if self.snippets is not None:
            s = self.snippets
            out.update(with_found=s.with_found, with_total=s.with_total, without_absent=s.without_absent,
                       without_total=s.without_total, snippet_score=s.score)
        return out


def score_outputs(gold: Gold, outputs: Mapping[str, str]) -> dict[str, Scores]:
    """Scores of each named output against one gold (the gold is tokenised once)."""
    gold_tokens = metrics.tokenize(gold.text) if gold.has_text else []
    gold_bag, gold_shingles = metrics.bag(gold_tokens), metrics.shingles(gold_tokens)
    result: dict[str, Scores] = {}
    for name, text in outputs.items():
        tokens = metrics.tokenize(text)
        snippets = metrics.snippet_score(text, gold.with_, gold.without) if gold.snippets else None
        if gold.has_text:
            result[name] = Scores(
                shingle=metrics.prf(metrics.shingles(tokens), gold_shingles),
                bag=metrics.prf(metrics.bag(tokens), gold_bag),
                paragraphs=metrics.paragraph_rate(text, gold.text or ""),
                snippets=snippets, out_tokens=len(tokens), gold_tokens=len(gold_tokens))
        else:
            result[name] = Scores(snippets=snippets, out_tokens=len(tokens))
    return result


def _score_job(job: tuple[Gold, dict[str, str]]) -> dict[str, Scores]:
    return score_outputs(*job)


def score_all(jobs: Sequence[tuple[Gold, dict[str, str]]], processes: int = 1) -> list[dict[str, Scores]]:
    """`score_outputs` over many cases, in `processes` processes when more than one."""
    if processes <= 1 or len(jobs) < 50:
        return [score_outputs(*job) for job in jobs]
    from .runner import pick_context

    with pick_context().Pool(processes) as pool:
        return pool.map(_score_job, jobs, chunksize=max(1, len(jobs) // (processes * 8)))
