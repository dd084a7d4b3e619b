"""Builders of small corpora on disk for the bench tests (the layout of corpora/README)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def write_corpus(root: Path, name: str, cases: list[dict[str, Any]]) -> Path:
    """A corpus folder: each case dict has manifest fields plus `body` (the input text, or None to
    leave the file out), `gold_text` and/or `gold_snippets` ({"with": [...], "without": [...]})."""
    folder = root / name
    (folder / "cases").mkdir(parents=True)
    lines = []
    for case in cases:
        entry = {k: v for k, v in case.items() if k not in ("body", "gold_text", "gold_snippets")}
        lines.append(json.dumps(entry, ensure_ascii=False))
        input_name = case.get("input") or f"{case['id']}.html"
        if case.get("body") is not None:
            (folder / "cases" / input_name).write_text(case["body"], encoding="utf-8")
        if "gold_text" in case:
            (folder / "cases" / f"{case['id']}.gold.txt").write_text(case["gold_text"], encoding="utf-8")
        if "gold_snippets" in case:
            (folder / "cases" / f"{case['id']}.gold.json").write_text(json.dumps(case["gold_snippets"]),
                                                                    encoding="utf-8")
    (folder / "manifest.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def page(title: str, paragraphs: list[str], boilerplate: list[str]) -> str:
    """An HTML page: navigation and footer boilerplate around an article."""
    nav = "".join(f"<li><a href='/x'>{b}</a></li>" for b in boilerplate)
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html><head><title>{title}</title><script>var x = 'hidden';</script></head>"
            f"<body><nav><ul>{nav}</ul></nav><article><h1>{title}</h1>{body}</article>"
            f"<footer>Copyright footer text</footer></body></html>")


def news_corpus(root: Path, name: str = "tiny") -> Path:
    """Six cases: HTML text gold (two of which are marked for a fake to crash/hang on), a text
    rendition, a Chinese page and a snippet-gold page."""
    story = ["The council approved the new budget on Tuesday after a long debate.",
             "Critics said the plan would raise local taxes for most families."]
    cases = [
        {"id": "a1", "url": "https://example.com/news/a1", "lang": "en", "gold": "text",
         "body": page("Budget approved", story, ["Home", "World", "Sport"]), "gold_text": "\n\n".join(story)},
        {"id": "crash", "url": None, "lang": "en", "gold": "text", "site": "example.com",
         "body": page("CRASH here", story, ["Home"]), "gold_text": "\n\n".join(story)},
        {"id": "hang", "url": "hard::hang.html", "lang": "en", "gold": "text",
         "body": page("HANG here", story, ["Home"]), "gold_text": "\n\n".join(story)},
        {"id": "t1", "input": "t1.txt", "format": "text", "lang": "en", "gold": "text",
         "body": "Home | World\n\n" + "\n\n".join(story) + "\n\nRelated: other news", "gold_text": "\n\n".join(story)},
        {"id": "zh1", "url": "https://example.cn/a", "lang": "zh", "gold": "text",
         "body": page("预算", ["议会周二批准了新预算。", "批评者说这会提高税收。"], ["首页", "国际"]),
         "gold_text": "议会周二批准了新预算。\n\n批评者说这会提高税收。"},
        {"id": "s1", "url": "https://example.de/s1", "lang": "de", "gold": "snippets",
         "body": page("Haushalt", ["Der Rat hat den Haushalt beschlossen.", "Kritiker warnen vor Steuern."],
                      ["Startseite", "Mehr lesen"]),
         "gold_snippets": {"with": ["Der Rat hat den Haushalt beschlossen."], "without": ["Mehr lesen"]}},
    ]
    return write_corpus(root, name, cases)
