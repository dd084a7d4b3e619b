"""The benchmark harness: score extractors on evaluation corpora (quality, speed, memory).

>>> from extractor.bench import load_corpus, score_corpus
>>> corpus = load_corpus("/path/to/corpus")            # manifest.jsonl + cases/
>>> result = score_corpus(corpus, {"mine": my_fn})     # my_fn(data: str, url: str | None) -> str
>>> result.summary(corpus.name, "mine").f1             # mean per-document shingle F1
>>> write_reports(result, "bench-out")                 # results.json, summary.md, report.html

Command line: `extractor bench [CORPUS_DIR ...]` (see `extractor.bench.cli`).
"""

from .aggregate import CaseRecord, Speed, Summary
from .core import BenchResult, score_corpora, score_corpus
from .corpus import Case, Corpus, Gold, Problem, bundled_corpora_dir, find_corpora, load_corpus
from .extractors import ALL_EXTRACTORS, DEFAULT_EXTRACTORS, visible_text
from .floors import FloorCheck, FloorsError, check_floors, load_floors
from .metrics import PRF, SnippetScore, paragraph_rate, prf, shingles, snippet_score, tokenize
from .report import markdown, print_terminal, write_reports
from .scoring import Scores, score_outputs

__all__ = [
    "ALL_EXTRACTORS",
    "DEFAULT_EXTRACTORS",
    "PRF",
    "BenchResult",
    "Case",
    "CaseRecord",
    "Corpus",
    "FloorCheck",
    "FloorsError",
    "Gold",
    "Problem",
    "Scores",
    "SnippetScore",
    "Speed",
    "Summary",
    "bundled_corpora_dir",
    "check_floors",
    "find_corpora",
    "load_corpus",
    "load_floors",
    "markdown",
    "paragraph_rate",
    "print_terminal",
    "prf",
    "score_corpora",
    "score_corpus",
    "score_outputs",
    "shingles",
    "snippet_score",
    "tokenize",
    "visible_text",
    "write_reports",
]
