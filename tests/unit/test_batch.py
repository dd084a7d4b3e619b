"""batch.py: JSONL lines are read where they are extracted, with the same answers as before."""

import json

from extractor.batch import iter_items


def _write(tmp_path, lines):
    path = tmp_path / "docs.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def test_a_jsonl_item_is_read_when_resolved(tmp_path):
    path = _write(tmp_path, [json.dumps({"id": "a", "html": "<p>x</p>", "url": "https://e.com/a"})])
    (item,) = iter_items([path])
    assert item.data is None and item.name == f"{path}:1"  # the reader only split the line off
    got = item.resolved()
    assert (got.name, got.data, got.url, got.fmt, got.error) == ("a", "<p>x</p>", "https://e.com/a", None, None)
    assert got.resolved() is got


def test_bad_lines_become_errors_named_by_line(tmp_path):
    path = _write(tmp_path, ["{not json", "", "[1, 2]", json.dumps({"id": "m", "markdown": "# T"})])
    got = [item.resolved() for item in iter_items([path])]
    assert [g.name for g in got] == [f"{path}:1", f"{path}:3", "m"]  # the blank line 2 is no document
    assert got[0].error.startswith("invalid JSON") and "object" in got[1].error
    assert got[2].fmt == "markdown" and got[2].error is None
