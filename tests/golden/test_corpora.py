"""Golden tests over the corpora we wrote (corpora/): every rendition and site family, zh and en."""

import json
from pathlib import Path

import pytest

from extractor import extract
from extractor.bench.metrics import prf, shingles, tokenize

ROOT = Path(__file__).resolve().parents[2] / "corpora"
CASES = [(m.parent.name, json.loads(line)) for m in sorted(ROOT.glob("*/manifest.jsonl"))
         for line in m.open(encoding="utf-8") if line.strip()]
#: every case keeps most of its story and little else; the corpus mean is held higher
CASE_FLOOR = 0.85
CORPUS_FLOOR = 0.95
#: cases that stay below CASE_FLOOR with profiles, kept as they are: id -> why, with the measured F1.
#: Strict: a case that starts passing fails the run, so it leaves this list.
KNOWN_WEAK: dict[str, str] = {
    # heldout-3 is a held-out check, written blind and not tuned on: its misses stay visible here
    "h3-07": "press release (F1 0.83 on 2026-12-01): the release's deck, its 'About <company>' "
             "paragraph, forward-looking statements, '###' end mark and media contact are kept",
}


def _score(corpus: str, entry: dict, sites: bool) -> float:
    cases = ROOT / corpus / "cases"
    result = extract((cases / entry["input"]).read_bytes(), url=entry.get("url"), sites=sites)
    gold = (cases / f"{entry['id']}.gold.txt").read_text(encoding="utf-8")
    return prf(shingles(tokenize(result.text)), shingles(tokenize(gold))).f1


def test_bundled_corpora_cover_every_rendition_and_language():
    formats = {e.get("format", "html").split("+")[0] for _, e in CASES}
    assert {"html", "fragment", "markdown", "text"} <= formats
    assert {"zh", "en"} <= {e["lang"] for _, e in CASES}
    assert len(CASES) >= 40


def _case_params():
    for corpus, entry in CASES:
        why = KNOWN_WEAK.get(entry["id"])
        marks = [pytest.mark.xfail(reason=why, strict=True)] if why else []
        yield pytest.param(corpus, entry, id=entry["id"], marks=marks)


@pytest.mark.parametrize("corpus, entry", list(_case_params()))
def test_case_with_profiles(corpus, entry):
    assert _score(corpus, entry, sites=True) >= CASE_FLOOR


@pytest.mark.parametrize("corpus", sorted({c for c, _ in CASES}))
def test_corpus_mean_without_profiles(corpus):
    scores = [_score(c, e, sites=False) for c, e in CASES if c == corpus]
    assert sum(scores) / len(scores) >= CORPUS_FLOOR
