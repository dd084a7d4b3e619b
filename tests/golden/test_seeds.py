"""The five real seed documents (../shared/corpora/seeds): the reason this project exists."""

import json

import pytest
from corpus_paths import SHARED

from extractor import extract
from extractor.bench.metrics import bag, prf, tokenize

SEEDS = SHARED / "seeds"
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/corpora/seeds is not beside the checkout")
ENTRIES = [json.loads(line) for line in (SEEDS / "manifest.jsonl").open(encoding="utf-8")] if SEEDS.is_dir() else []
# what each boilerplate kind in the manifest leaves in a document, if it leaks
LEAK_MARKERS = ["分享", "facebook", "责任编辑", "原文链接", "Current:", "veryGood", "Related", "Ranking",
                "Recommendation", "相关内容", "热门资讯", "澎湃影像", "PARDO/AFP", "Date:", "首页 | 评论", "gfw-breaker"]


def _f1(output: str, gold: str) -> float:
    return prf(bag(tokenize(output)), bag(tokenize(gold))).f1


def _run(entry, sites):
    data = (SEEDS / "cases" / entry["input"]).read_bytes()
    gold = (SEEDS / "cases" / f"{entry['id']}.gold.txt").read_text(encoding="utf-8")
    return extract(data, sites=sites), gold


@pytest.mark.parametrize("entry", ENTRIES, ids=[e["id"][:3] for e in ENTRIES])
def test_seed_without_profiles(entry):
    r, gold = _run(entry, sites=False)
    assert _f1(r.text, gold) >= 0.95
    assert not [m for m in LEAK_MARKERS if m in r.text]
    if entry.get("title"):
        assert r.title == entry["title"]


@pytest.mark.parametrize("entry", ENTRIES, ids=[e["id"][:3] for e in ENTRIES])
def test_seed_with_profiles(entry):
    r, gold = _run(entry, sites=True)
    assert r.site is not None
    assert _f1(r.text, gold) >= 0.99
    assert r.title == entry["title"]
    assert r.published == entry["published"]
