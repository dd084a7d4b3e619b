"""Loading corpora: both gold kinds, manifest fields, and bad cases listed instead of raised."""

from __future__ import annotations

from bench_helpers import news_corpus, write_corpus

from extractor.bench import find_corpora, load_corpus


def test_loads_text_and_snippet_gold_with_manifest_fields(tmp_path):
    corpus = load_corpus(news_corpus(tmp_path))
    assert corpus.name == "tiny" and not corpus.problems
    cases = {c.id: c for c in corpus.cases}
    assert set(cases) == {"a1", "crash", "hang", "t1", "zh1", "s1"}
    assert cases["a1"].gold.text.startswith("The council") and cases["a1"].url == "https://example.com/news/a1"
    assert cases["s1"].gold.with_ == ("Der Rat hat den Haushalt beschlossen.",) and not cases["s1"].gold.has_text
    assert cases["t1"].format == "text" and cases["t1"].path.name == "t1.txt"
    assert cases["a1"].format == "html" and cases["crash"].site == "example.com"
    assert cases["zh1"].lang == "zh" and cases["a1"].size == cases["a1"].path.stat().st_size


def test_hard_and_null_urls_are_not_passed_on(tmp_path):
    cases = {c.id: c for c in load_corpus(news_corpus(tmp_path)).cases}
    assert cases["hang"].url is None      # "hard::hang.html" is an id, not a URL
    assert cases["crash"].url is None


def test_bad_cases_are_listed_and_skipped(tmp_path):
    folder = write_corpus(tmp_path, "bad", [
        {"id": "ok", "gold": "text", "body": "<p>x</p>", "gold_text": "x"},
        {"id": "no-input", "gold": "text", "body": None, "gold_text": "x"},
        {"id": "no-gold", "gold": "text", "body": "<p>x</p>"},
        {"id": "no-snippets", "gold": "snippets", "body": "<p>x</p>"},
        {"id": "weird-kind", "gold": "xml", "body": "<p>x</p>"},
    ])
    (folder / "cases" / "broken.html").write_text("<p>y</p>")
    (folder / "cases" / "broken.gold.json").write_text("{not json")
    with open(folder / "manifest.jsonl", "a") as handle:
        handle.write('{"id": "broken", "gold": "snippets"}\nthis line is not json\n{"id": "ok", "gold": "text"}\n')
    corpus = load_corpus(folder)
    assert [c.id for c in corpus.cases] == ["ok"]
    messages = {p.case: p.message for p in corpus.problems}
    assert "input file missing" in messages["no-input"]
    assert "gold file missing: no-gold.gold.txt" in messages["no-gold"]
    assert "gold file missing" in messages["no-snippets"]
    assert "unknown gold kind" in messages["weird-kind"]
    assert "unreadable" in messages["broken"]
    assert any("not JSON" in m for m in messages.values())
    assert any("duplicate" in p.message for p in corpus.problems)


def test_unreadable_manifest_is_a_problem_not_a_crash(tmp_path):
    folder = tmp_path / "c"
    (folder / "manifest.jsonl").mkdir(parents=True)     # a folder where the file should be
    corpus = load_corpus(folder)
    assert corpus.cases == () and "cannot read" in corpus.problems[0].message


def test_find_corpora_expands_parent_folders_and_notes_the_rest(tmp_path):
    news_corpus(tmp_path, "one")
    news_corpus(tmp_path, "two")
    (tmp_path / "README.md").write_text("hello")
    found, notes = find_corpora([tmp_path, tmp_path / "README.md", tmp_path / "missing", tmp_path / "one"])
    assert [p.name for p in found] == ["one", "two"]          # each corpus once
    assert any("not a folder" in n for n in notes) and any("does not exist" in n for n in notes)


def test_corpora_of_the_same_name_get_distinct_names(tmp_path):
    from extractor.bench.corpus import corpus_names

    paths = [news_corpus(tmp_path / "a", "x"), news_corpus(tmp_path / "b", "x"), news_corpus(tmp_path, "y")]
    assert corpus_names(paths) == ["a/x", "b/x", "y"]


def test_limit_keeps_the_first_cases(tmp_path):
    assert [c.id for c in load_corpus(news_corpus(tmp_path), limit=2).cases] == ["a1", "crash"]
