"""A benchmark run over a tiny synthetic corpus, shared by the bench tests (it takes a few seconds)."""

from __future__ import annotations

import os
import re
import time

import pytest
from bench_helpers import news_corpus

from extractor.bench import load_corpus, score_corpora

#: the per-case time limit of the shared run: short, so the hanging case costs little
TIMEOUT = 1.5


def paragraphs_of(data: str, url: str | None) -> str:
    """A fake extractor: the text of <p> elements; raises on CRASH, hangs on HANG."""
    if "CRASH" in data:
        raise RuntimeError("fake extractor crashed")
    if "HANG" in data:
        time.sleep(60)
    found = re.findall(r"<p>(.*?)</p>", data)
    return "\n\n".join(found) if found else data


def dies(data: str, url: str | None) -> str:
    """A fake extractor whose process dies on CRASH."""
    if "CRASH" in data:
        os._exit(3)
    return paragraphs_of(data, url)


@pytest.fixture(scope="session")
def tiny_corpus(tmp_path_factory):
    return load_corpus(news_corpus(tmp_path_factory.mktemp("corpora")))


@pytest.fixture(scope="session")
def tiny_result(tiny_corpus):
    extractors = {"fake": paragraphs_of, "dies": dies, "everything": "everything", "nothing": "nothing"}
    return score_corpora([tiny_corpus], extractors, jobs=2, timeout=TIMEOUT)
