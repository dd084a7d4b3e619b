"""The harness's figures against a separate, plain re-implementation of the definitions.

Nothing here imports the harness's metric, scoring or corpus code: tokens are found character by
character with unicodedata names, shingles and overlaps with plain dicts, the manifest and gold
files are read directly. The harness runs the extractors; this file re-scores their outputs.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from corpus_paths import SHARED

from extractor.bench import load_corpus, score_corpora

TOLERANCE = 0.005
#: real corpora (and how many cases of each) compared when /work/shared is present
REAL = {"seeds": None, "zh-cwced": 15, "scrapinghub-aeb": 15, "scrapinghub-aeb.text": 15,
        "trafilatura-eval": 15, "wcxb": 10}
CJK_NAMES = ("CJK UNIFIED IDEOGRAPH", "CJK COMPATIBILITY IDEOGRAPH", "HIRAGANA", "KATAKANA",
             "HALFWIDTH KATAKANA", "IDEOGRAPHIC ITERATION MARK", "IDEOGRAPHIC NUMBER ZERO")


# ---- the definitions, written out plainly --------------------------------------------------

def is_cjk(ch: str) -> bool:
    return unicodedata.name(ch, "").startswith(CJK_NAMES) or "KATAKANA-HIRAGANA" in unicodedata.name(ch, "")


def words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).casefold()
    out: list[str] = []
    current = ""
    for ch in text:
        if ch.isalnum() and is_cjk(ch):
            if current:
                out.append(current)
                current = ""
            out.append(ch)
        elif ch.isalnum():          # \w minus underscore
            current += ch
        else:
            if current:
                out.append(current)
            current = ""
    if current:
        out.append(current)
    return out


def counts(items) -> dict:
    table: dict = {}
    for item in items:
        table[item] = table.get(item, 0) + 1
    return table


def four_grams(tokens: list[str]) -> dict:
    if not tokens:
        return {}
    if len(tokens) < 4:
        return {tuple(tokens): 1}
    return counts(tuple(tokens[i:i + 4]) for i in range(len(tokens) - 3))


def scores(out: dict, gold: dict) -> tuple[float, float, float]:
    n_out, n_gold = sum(out.values()), sum(gold.values())
    if n_out == 0 and n_gold == 0:
        return 1.0, 1.0, 1.0
    if n_out == 0 or n_gold == 0:
        return 0.0, 0.0, 0.0
    common = 0
    for key, value in out.items():
        common += min(value, gold.get(key, 0))
    p, r = common / n_out, common / n_gold
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def gold_paragraphs(text: str) -> list[str]:
    paras, block = [], []
    for line in text.split("\n") + [""]:
        if line.strip():
            block.append(line)
        elif block:
            paras.append(" ".join(" ".join(block).split()))
            block = []
    return [p for p in paras if p]


def read_gold(folder: Path) -> dict[str, dict]:
    gold = {}
    for line in (folder / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        entry = json.loads(line)
        base = folder / "cases" / entry["id"]
        if entry.get("gold", "text") == "text":
            gold[entry["id"]] = {"text": Path(f"{base}.gold.txt").read_text(encoding="utf-8")}
        else:
            gold[entry["id"]] = json.loads(Path(f"{base}.gold.json").read_text(encoding="utf-8"))
    return gold


def independent_figures(outputs: dict[str, str], gold: dict[str, dict]) -> dict[str, float]:
    """Per corpus: mean shingle F1, Zyte F1, mean bag F1, paragraph rate, with / without shares."""
    f1s, ps, rs, bag_f1s, paras = [], [], [], [], []
    found = with_n = absent = without_n = 0
    for case_id, output in outputs.items():
        g = gold[case_id]
        flat = " ".join(output.split())
        if "text" in g:
            out_t, gold_t = words(output), words(g["text"])
            p, r, f = scores(four_grams(out_t), four_grams(gold_t))
            f1s.append(f)
            ps.append(p)
            rs.append(r)
            bag_f1s.append(scores(counts(out_t), counts(gold_t))[2])
            wanted = gold_paragraphs(g["text"])
            if wanted:
                paras.append(sum(p in flat for p in wanted) / len(wanted))
        else:
            for s in (" ".join(s.split()) for s in g["with"]):
                if s:
                    with_n += 1
                    found += s in flat
            for s in (" ".join(s.split()) for s in g["without"]):
                if s:
                    without_n += 1
                    absent += s not in flat
    figures: dict[str, float] = {}
    if f1s:
        mp, mr = sum(ps) / len(ps), sum(rs) / len(rs)
        figures.update(f1=sum(f1s) / len(f1s), zyte_f1=2 * mp * mr / (mp + mr) if mp + mr else 0.0,
                       bag_f1=sum(bag_f1s) / len(bag_f1s))
    if paras:
        figures["paragraphs"] = sum(paras) / len(paras)
    if with_n:
        figures["with_share"] = found / with_n
    if without_n:
        figures["without_share"] = absent / without_n
    return figures


# ---- simple extractors to score --------------------------------------------------------------

def sentences_only(data: str, url: str | None) -> str:
    """A crude extractor: lines of the input that end like sentences (mid-range scores)."""
    import re

    text = re.sub(r"<(script|style)\b.*?</\1>", " ", data, flags=re.S | re.I)
    text = re.sub(r"<[^>]+>", "\n", text)
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n\n".join(line for line in lines if line.endswith((".", "。", "!", "?", "！", "？")))


def compare(result, folders: dict[str, Path]) -> list[str]:
    mismatches = []
    for corpus in result.corpora:
        gold = read_gold(folders[corpus.name])
        for name in result.extractors:
            outputs = {c.id: result.output(name, corpus.name, c.id) for c in corpus.cases}
            theirs = independent_figures(outputs, gold)
            summary = result.summary(corpus.name, name)
            for key, value in theirs.items():
                ours = getattr(summary, key)
                if ours is None or abs(ours - value) > TOLERANCE:
                    mismatches.append(f"{corpus.name}/{name}/{key}: harness {ours} vs independent {value:.4f}")
            assert theirs, f"nothing compared for {corpus.name}/{name}"
    return mismatches


EXTRACTORS = {"everything": "everything", "nothing": "nothing", "sentences": sentences_only}


def test_tokens_agree_on_tricky_text():
    from extractor.bench.metrics import tokenize

    text = "Ｆｕｌｌ-width ﬁ Straße 東京タワーへ行った々 ｶﾞｷﾞ 한국어입니다 x_y 12.5% ½ Ⅻ ٣٤ naïve"
    assert tokenize(text) == words(text)


def test_agrees_with_independent_definitions_on_synthetic_corpus(tmp_path):
    from bench_helpers import news_corpus, write_corpus

    story = "Ｔｈｅ ｍａｙｏｒ said: «Taxes rise». 市长说，税收将上升。한국어 문장도 있습니다."
    folder = write_corpus(tmp_path, "mixed", [
        {"id": "mix", "gold": "text", "body": f"<html><body><nav>Menu</nav><p>{story}</p></body></html>",
         "gold_text": story},
        {"id": "empty-gold", "gold": "text", "body": "<p>Nothing to see.</p>", "gold_text": ""},
        {"id": "short", "gold": "text", "body": "<p>Yes.</p><p>No no no.</p>", "gold_text": "Yes."},
        {"id": "snip", "gold": "snippets", "body": "<p>Keep  this sentence.</p><div>Drop me</div>",
         "gold_snippets": {"with": ["Keep this sentence.", "Absent one"], "without": ["Drop me", "Gone"]}},
    ])
    tiny = news_corpus(tmp_path, "tiny")
    result = score_corpora([load_corpus(folder), load_corpus(tiny)], EXTRACTORS, timeout=20)
    assert compare(result, {"mixed": folder, "tiny": tiny}) == []


@pytest.mark.skipif(not SHARED.is_dir(), reason="the shared corpora are not present")
def test_agrees_with_independent_definitions_on_real_corpora():
    folders = {name: SHARED / name for name in REAL if (SHARED / name / "manifest.jsonl").is_file()}
    assert "seeds" in folders
    corpora = [load_corpus(path, limit=REAL[name]) for name, path in folders.items()]
    result = score_corpora(corpora, EXTRACTORS, jobs=2, timeout=30)
    assert compare(result, folders) == []
    assert result.summary("seeds", "nothing").f1 == 0.0
