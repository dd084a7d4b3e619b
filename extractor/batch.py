"""Batch input and output for the CLI: documents from files, folders, JSONL and stdin; atomic writes."""

from __future__ import annotations

import io
import json
import os
import tempfile
from collections.abc import Iterator
from typing import BinaryIO
from dataclasses import dataclass
from pathlib import Path

#: file endings read when a folder is given
DOCUMENT_SUFFIXES = (".html", ".htm", ".xhtml", ".md", ".markdown", ".txt", ".text")


@dataclass(frozen=True)
class Item:
    """One document to extract: a name for messages and outputs, its data (or the error reading it).

    An item first says only where its document is: a file's `path`, a JSONL line's `span` in its
    file (path, offset, length), or the raw `line` read from stdin. `resolved()` reads the file and
    the JSON where the document is extracted (in a worker of --jobs), so the process that reads the
    input only finds line ends, and reading, decoding and parsing run in parallel too. `loaded()`
    reads the bytes but not the JSON, for workers that cannot see this machine's files (Dask)."""

    name: str
    data: str | bytes | None
    url: str | None = None
    fmt: str | None = None
    error: str | None = None
    line: str | None = None
    path: str | None = None
    span: tuple[str, int, int] | None = None

    def resolved(self) -> "Item":
        item = self.loaded()
        return item if item.line is None else _jsonl_item(item.name, item.line)

    def loaded(self) -> "Item":
        if self.path is not None:
            return _read(Path(self.path))
        if self.span is not None:
            path, offset, length = self.span
            try:
                with open(path, "rb") as handle:
                    handle.seek(offset)
                    raw = handle.read(length)
            except OSError as err:
                return Item(self.name, None, error=f"cannot read: {err.strerror or err}")
            return Item(self.name, None, line=raw.decode("utf-8", "replace"))
        return self


def _jsonl_item(name: str, line: str) -> Item:
    try:
        obj = json.loads(line)
    except ValueError as err:
        return Item(name, None, error=f"invalid JSON: {err}")
    if not isinstance(obj, dict):
        return Item(name, None, error="a JSONL line must be an object with 'html' or 'text'")
    data = obj.get("html", obj.get("text", obj.get("markdown")))
    if not isinstance(data, str):
        return Item(name, None, error="the object has no string field 'html', 'text' or 'markdown'")
    fmt = "markdown" if "markdown" in obj and "html" not in obj else None
    url = obj.get("url") if isinstance(obj.get("url"), str) else None
    return Item(str(obj.get("id", name)), data, url=url, fmt=fmt)


def _jsonl_items(path: str, lines: Iterator[str]) -> Iterator[Item]:
    """One unread item per non-blank line, named by file and line number until its JSON is read."""
    for number, line in enumerate(lines, 1):
        if line.strip():
            yield Item(f"{path}:{number}", None, line=line)


#: the size of the pieces a JSONL file is read in to find its lines
SPAN_CHUNK = 1 << 20
#: the bytes `bytes.isspace` counts as white space
_BLANK_BYTES = frozenset(b" \t\n\r\x0b\x0c")


def _jsonl_spans(path: str, handle: BinaryIO, chunk_size: int = SPAN_CHUNK) -> Iterator[Item]:
    """`_jsonl_items` for a file: where each non-blank line is, not its text (read by `loaded`).

    The line ends are found in chunks of the file read into this process one after the other, not
    line by line (0.03 against 0.19 CPU s for speed.py's 139 MB file of 1,817 pages): under --jobs
    this process only hands out spans, beside the workers on the same cores. Memory stays at one
    chunk however long the file (a memory map of it would count each page read in the RSS)."""
    start, number = 0, 1  # where the current line starts in the file, and its number
    pos = 0  # where the chunk starts in the file
    blank = True  # the current line holds only white space so far
    while chunk := handle.read(chunk_size):
        at = 0
        while True:
            end = chunk.find(b"\n", at)
            stop = len(chunk) if end < 0 else end + 1
            # a line of JSON starts with "{" at once: only a piece of line that starts with white
            # space is copied to see whether it is blank
            if blank and at < stop and (chunk[at] not in _BLANK_BYTES or not chunk[at:stop].isspace()):
                blank = False
            if end < 0:
                break
            if not blank:
                yield Item(f"{path}:{number}", None, span=(path, start, pos + stop - start))
            start, number, blank, at = pos + stop, number + 1, True, stop
        pos += len(chunk)
    if pos > start and not blank:  # the last line, without a line end
        yield Item(f"{path}:{number}", None, span=(path, start, pos - start))


def iter_items(paths: list[str], stdin_bytes: bytes | BinaryIO | None = None) -> Iterator[Item]:
    """Every document named by `paths` (files, folders, .jsonl files, "-" for stdin), in order.

    `stdin_bytes` is stdin's content, or a binary stream to read it from: JSONL is then read line
    by line (memory stays flat however many documents), any other input whole."""
    for path in paths:
        if path == "-":
            if stdin_bytes is not None and not isinstance(stdin_bytes, (bytes, bytearray)):
                yield from _stream_items(stdin_bytes)
                continue
            raw = stdin_bytes or b""
            if raw.lstrip().startswith(b"{"):
                yield from _jsonl_items("<stdin>", iter(raw.decode("utf-8", "replace").splitlines()))
            else:
                yield Item("<stdin>", raw)
            continue
        p = Path(path)
        if p.is_dir():
            # every entry named like a document is one: a regular file is read, and anything else
            # (a dangling link, a folder called page.html) is reported, not silently passed over
            files = sorted(f for f in p.rglob("*") if f.suffix.lower() in DOCUMENT_SUFFIXES
                           and not f.name.endswith(".gold.txt"))
            for f in files:
                yield Item(str(f), None, path=str(f)) if f.is_file() else Item(str(f), None, error=f"cannot read: {_what(f)}")
        elif p.suffix.lower() == ".jsonl" and p.is_file():
            try:
                with p.open("rb") as handle:
                    yield from _jsonl_spans(str(p), handle)
            except OSError as err:
                yield Item(str(p), None, error=f"cannot read: {err.strerror or err}")
        else:
            yield Item(str(p), None, path=str(p))


def _stream_items(stream: BinaryIO) -> Iterator[Item]:
    """stdin as a stream: JSONL line by line (its start decides), anything else as one document."""
    head = b""
    while True:
        chunk = stream.read(1 << 16)
        head += chunk
        if not chunk or head.lstrip():
            break
    if not head.lstrip().startswith(b"{"):
        yield Item("<stdin>", head + stream.read())
        return
    lines = io.TextIOWrapper(io.BufferedReader(_Prefixed(head, stream)), encoding="utf-8", errors="replace")
    yield from _jsonl_items("<stdin>", (line.rstrip("\n") for line in lines))


class _Prefixed(io.RawIOBase):
    """A binary stream that gives `head` first, then the rest of `stream`."""

    def __init__(self, head: bytes, stream: BinaryIO) -> None:
        self._head = memoryview(head)
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._stream.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)


def _what(p: Path) -> str:
    if p.is_symlink() and not p.exists():
        return "a link to nothing"
    if p.is_dir():
        return "a folder, not a file"
    return "not a regular file"


def _read(p: Path) -> Item:
    try:
        return Item(str(p), p.read_bytes())
    except OSError as err:
        return Item(str(p), None, error=f"cannot read: {err.strerror or err}")


def output_path(out_dir: str | Path, name: str, suffix: str, used: set[Path]) -> Path:
    """Where a document's output goes in `out_dir`: its name's stem and `suffix`, numbered -2, -3...
    when an earlier document of this run took that path (a.html and a.md, two JSONL lines with
    one id), so no output overwrites another. `used` collects the paths taken."""
    stem = Path(name).stem.strip() or "document"
    path = Path(out_dir) / f"{stem}{suffix}"
    n = 1
    while path in used:
        n += 1
        path = Path(out_dir) / f"{stem}-{n}{suffix}"
    used.add(path)
    return path


def write_atomic(path: Path, content: str) -> None:
    """Write `content` to `path` whole or not at all: a temporary file in the folder, then a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(content)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
