"""batch.py: JSONL lines are read where they are extracted, with the same answers as before."""

import io
import json

from hypothesis import given, settings, strategies as st

from extractor.batch import SPAN_CHUNK, _jsonl_spans, iter_items


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


def test_the_reader_of_a_jsonl_file_holds_where_a_line_is_not_its_text(tmp_path):
    # with --jobs, the process that reads the input sends a worker three numbers per document,
    # not its text: the worker reads and decodes the line itself
    path = _write(tmp_path, [json.dumps({"id": "a", "html": "<p>é</p>"}), "   ", json.dumps({"id": "b", "text": "t"})])
    items = list(iter_items([path]))
    assert [i.line for i in items] == [None, None] and all(i.span[0] == path for i in items)
    assert [i.resolved().data for i in items] == ["<p>é</p>", "t"]


def _spans(items):
    return [(i.name, i.span) for i in items]


def _by_lines(path, data):
    """Where the non-blank lines are, from the file's lines read one by one (what the reading in
    chunks must agree with)."""
    spans, offset = [], 0
    for number, line in enumerate(io.BytesIO(data), 1):
        if not line.isspace():
            spans.append((f"{path}:{number}", (path, offset, len(line))))
        offset += len(line)
    return spans


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.just(b'{"id": "a", "text": "x"}'), st.binary(max_size=12),
                          st.sampled_from([b"", b" ", b"\t \x0b", b"\r", b" {}", b"  \n"])), max_size=8),
       st.booleans(), st.integers(1, 40))
def test_the_chunked_reading_finds_the_lines_a_line_by_line_reading_finds(lines, final_newline, chunk_size):
    # lines and white space cut anywhere by the chunks the file is read in
    data = b"\n".join(lines) + (b"\n" if final_newline else b"")
    found = _spans(_jsonl_spans("docs.jsonl", io.BytesIO(data), chunk_size))
    assert found == _by_lines("docs.jsonl", data)


def test_lines_longer_than_a_chunk_and_an_empty_file(tmp_path):
    line = b'{"id": "a", "text": "' + b"x" * 700_000 + b'"}\n'  # two lines to a megabyte's chunk
    path = tmp_path / "docs.jsonl"
    path.write_bytes(line * 4 + b"\n \n" + line[:-1])
    with open(path, "rb") as handle:
        assert _spans(_jsonl_spans(str(path), handle)) == _by_lines(str(path), path.read_bytes())
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    assert list(iter_items([str(empty)])) == []


def test_finding_the_lines_holds_one_chunk_of_the_file_at_a_time():
    # memory stays flat however long the file: it is read a chunk at a time, never mapped or
    # read whole (a memory map's pages count in the process's RSS as they are read)
    asked = []

    class Recording(io.BytesIO):
        def read(self, size=-1):
            asked.append(size)
            return super().read(size)

    data = b'{"id": "a", "text": "x"}\n' * 200_000  # 5 MB
    assert len(list(_jsonl_spans("docs.jsonl", Recording(data)))) == 200_000
    assert asked and all(0 < size <= SPAN_CHUNK for size in asked)


def test_crlf_lines_read_as_before(tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_bytes(b'{"id": "a", "text": "x"}\r\n\r\n{"id": "b", "text": "y"}\r\n')
    got = [i.resolved() for i in iter_items([str(path)])]
    assert [(g.name, g.data, g.error) for g in got] == [("a", "x", None), ("b", "y", None)]


def test_a_file_is_read_where_it_is_extracted_and_a_vanished_file_is_named(tmp_path):
    kept, gone = tmp_path / "a.html", tmp_path / "b.html"
    kept.write_bytes(b"<p>a</p>")
    gone.write_bytes(b"<p>b</p>")
    items = list(iter_items([str(tmp_path)]))
    assert [i.data for i in items] == [None, None]  # only the paths so far
    gone.unlink()  # removed between the listing and the extraction
    got = [i.resolved() for i in items]
    assert got[0].data == b"<p>a</p>" and got[0].error is None
    assert got[1].name == str(gone) and got[1].data is None and got[1].error.startswith("cannot read")


def test_loaded_items_carry_their_bytes_for_workers_that_cannot_see_the_files(tmp_path):
    # the Dask engine's workers may run on other machines: they get the content, not a path
    path = _write(tmp_path, [json.dumps({"id": "a", "html": "<p>x</p>"})])
    page = tmp_path / "p.html"
    page.write_bytes(b"<p>y</p>")
    loaded = [i.loaded() for i in iter_items([path, str(page)])]
    assert all(i.path is None and i.span is None for i in loaded)
    assert [i.resolved().data for i in loaded] == ["<p>x</p>", b"<p>y</p>"]
