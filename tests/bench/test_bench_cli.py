"""`extractor bench` as a user runs it: corpora, extractors, reports, and the --check gate."""

from __future__ import annotations

import json

import pytest

from extractor.bench import check_floors, load_floors
from extractor.bench.cli import build_parser, main
from extractor.bench.floors import FloorsError, parse_floors


def run(argv):
    return main(build_parser().parse_args(argv))


@pytest.fixture(scope="module")
def corpus_dir(tiny_corpus):
    return str(tiny_corpus.path)


def test_check_gate_fails_naming_each_corpus_and_extractor_below_floor(corpus_dir, tmp_path, capsys):
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"_comment": "x", "tiny": {"everything": 0.99, "nothing": 0.0},
                                  "elsewhere": {"auto": 0.5}}))
    status = run([corpus_dir, "--only", "everything,nothing", "--check", str(floors), "--no-progress",
                  "--report", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert status == 1
    assert "FLOORS NOT MET" in err and "tiny / everything: mean F1" in err and "below the floor 0.990" in err
    assert "tiny / nothing" not in err.split("FLOORS NOT MET")[1]
    assert "elsewhere: not in this run" in err
    assert (tmp_path / "out" / "results.json").is_file() and (tmp_path / "out" / "report.html").is_file()


def test_check_gate_passes_when_floors_are_met_toml_too(corpus_dir, tmp_path, capsys):
    floors = tmp_path / "floors.toml"
    floors.write_text('[tiny]\neverything = 0.2\nnothing = { without_share = 1.0 }\n')
    assert run([corpus_dir, "--only", "everything,nothing", "--check", str(floors), "--no-progress"]) == 0
    captured = capsys.readouterr()
    assert "all 2 checked floor(s) met" in captured.err
    assert "tiny" in captured.out and "mean F1" in captured.out      # the terminal table


def test_bad_floors_file_stops_before_running(corpus_dir, tmp_path, capsys):
    floors = tmp_path / "floors.json"
    floors.write_text('{"tiny": {"everything": "high"}}')
    assert run([corpus_dir, "--check", str(floors)]) == 2
    assert "must be a number" in capsys.readouterr().err
    with pytest.raises(FloorsError, match="unknown metric"):
        parse_floors({"tiny": {"auto": {"speed": 1}}})
    with pytest.raises(FloorsError, match="not valid"):
        (tmp_path / "broken.json").write_text("{")
        load_floors(tmp_path / "broken.json")


def test_floor_on_a_snippet_metric(tiny_result):
    floors = parse_floors({"tiny": {"fake": {"with_share": 0.9, "f1": 0.1}, "missing": 0.5}})
    check = check_floors(floors, tiny_result.grouped["corpus"], {"tiny": list(tiny_result.extractors)})
    # fake misses the crash and hang cases, but its only snippet case is found whole
    assert check.failures == () and check.checked == 2
    assert check.notes == ("tiny / missing: extractor not run; floor not checked",)


def test_no_corpus_and_no_bundled_corpora_says_so(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr("extractor.bench.cli.bundled_corpora_dir", lambda: tmp_path / "corpora")
    assert run([]) == 2
    err = capsys.readouterr().err
    assert "no bundled corpora found in" in err and str(tmp_path / "corpora") in err


def test_unknown_extractor_and_bad_options_are_errors(corpus_dir, capsys):
    assert run([corpus_dir, "--extractors", "nosuch"]) == 2
    assert "unknown extractor(s): nosuch" in capsys.readouterr().err
    assert run([corpus_dir, "--jobs", "0"]) == 2


def test_paths_that_are_not_corpora_are_noted_and_skipped(corpus_dir, tmp_path, capsys):
    (tmp_path / "README.md").write_text("x")
    assert run([corpus_dir, str(tmp_path / "README.md"), "--only", "nothing", "--no-progress"]) == 0
    assert "README.md: not a folder; skipped" in capsys.readouterr().err


def test_extractor_names():
    from extractor.bench.extractors import parse_names, resolve

    assert parse_names("full,auto") == ["auto", "fast", "trafilatura", "readability", "everything", "full"]
    everything = parse_names("all")
    assert {"auto-nosites", "fast-nosites", "nothing"} <= set(everything)
    fns, unknown = resolve(["auto-nosites", "trafilatura", "bogus"])
    assert fns["auto-nosites"].sites is False and fns["auto-nosites"].name == "auto"
    assert unknown == ["bogus"]
