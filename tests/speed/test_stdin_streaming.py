"""stdin read as a stream gives the same documents as stdin read whole (JSONL, single documents)."""

from __future__ import annotations

import io
import json

import pytest

from extractor.batch import iter_items

CASES = {
    "jsonl": b'{"id": "a", "html": "<p>one</p>", "url": "https://x.example/a"}\n\n{"id": "b", "markdown": "# two"}\n{bad\n[1]\n{"text": 3}\n',
    "jsonl with CRLF and leading space": b'  \r\n{"id": "a", "text": "one"}\r\n{"id": "b", "text": "two"}',
    "html": b"<html><body><p>a page</p></body></html>",
    "empty": b"",
    "white space": b"  \n\t ",
    "text starting with a brace in a later chunk": b" " * 70_000 + b'{"id": "late", "text": "x"}\n',
    "a large document": b"<p>" + b"word " * 100_000 + b"</p>",
}


def _items(stdin):
    return [(i.name, i.data, i.url, i.fmt, i.error) for i in (item.resolved() for item in iter_items(["-"], stdin))]


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_stream_gives_what_bytes_give(name):
    data = CASES[name]
    assert _items(io.BytesIO(data)) == _items(data)


def test_jsonl_is_read_as_it_goes():
    class Lines(io.RawIOBase):  # a stream that fails if read far beyond the line asked for
        def __init__(self, count):
            self.left = count
            self.buffer = b""

        def readable(self):
            return True

        def readinto(self, b):
            if not self.buffer and self.left:
                self.left -= 1
                self.buffer = json.dumps({"id": str(self.left), "text": "x" * 1000}).encode() + b"\n"
            n = min(len(b), len(self.buffer))
            b[:n] = self.buffer[:n]
            self.buffer = self.buffer[n:]
            return n

    source = Lines(1_000_000)  # a million documents: reading them all first would not fit the test
    items = iter_items(["-"], io.BufferedReader(source))
    first = [next(items).resolved() for _ in range(3)]
    assert [i.name for i in first] == ["999999", "999998", "999997"]
    assert source.left > 999_000
