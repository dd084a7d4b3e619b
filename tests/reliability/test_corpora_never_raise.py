"""Every document of the shared corpora, through each of our extractors, gives a Result: no exception.

Runs where ../shared/corpora sits beside the checkout (it does on CI). `auto` runs `full` first and
falls back to trafilatura on a short answer, so auto with site profiles on and off runs our own
pipeline on every document and trafilatura on many; benchmarks/corpora_sweep.py runs every
extractor one by one (auto, full and fast with sites on and off, auto and fast with the manifest's
format, the trafilatura and readability adapters) and benchmarks/corpora_sweep.md records the counts.
"""

from __future__ import annotations

import json
import multiprocessing
from pathlib import Path

import pytest
from corpus_paths import OWN, SHARED

#: a document that takes longer than this (in one worker) is a hang
PER_DOCUMENT = 120

pytestmark = [pytest.mark.corpora, pytest.mark.skipif(not SHARED.is_dir(), reason=f"no corpora at {SHARED}")]


def corpus_documents() -> list[tuple[str, str | None]]:
    """(path, url) of every case of every corpus under the shared and the project's corpora."""
    out = []
    for root in (SHARED, OWN):
        for manifest in sorted(root.glob("*/manifest.jsonl")):
            for line in manifest.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    case = json.loads(line)
                    url = case.get("url")
                    out.append((str(manifest.parent / "cases" / case.get("input", f"{case['id']}.html")),
                                url if isinstance(url, str) and not url.startswith("hard::") else None))
    return out


def _extract(job: tuple[str, str | None, str, bool]) -> tuple[str, str | None]:
    path, url, extractor, sites = job
    from extractor import Result, extract

    try:
        result = extract(Path(path).read_bytes(), url=url, extractor=extractor, sites=sites)
        assert isinstance(result, Result) and isinstance(result.text, str)
        assert result.text or result.reason, "empty text without a reason"
        result.text.encode("utf-8")
    except Exception as err:  # the test fails below, naming every document that raised
        return path, f"{type(err).__name__}: {err}"
    return path, None


@pytest.mark.parametrize("sites", [True, False], ids=["sites", "no-sites"])
def test_every_corpus_document_gives_a_result(sites):
    docs = corpus_documents()
    assert len(docs) > 1500
    jobs = [(path, url, "auto", sites) for path, url in docs]
    failures = []
    with multiprocessing.get_context("fork").Pool(2) as pool:
        results = pool.imap_unordered(_extract, jobs)  # chunksize 1: .next() takes a timeout
        for _ in jobs:
            path, error = results.next(timeout=PER_DOCUMENT)
            if error:
                failures.append(f"{path}: {error}")
    assert not failures, f"{len(failures)} of {len(jobs)} documents raised:\n" + "\n".join(failures[:20])
