"""The batch CLI, run as a user runs it: past every bad input, naming it; whole outputs; honest exit.

`extractor extract` over a folder of good documents, a binary file, a dangling link, a folder named
like a document, and a JSONL file with bad lines. (Tests may run as root, where chmod 000 does not
stop a read, so unreadable inputs are a dangling link and a folder called page.html.)
"""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

EXTRACTOR = Path(sys.executable).with_name("extractor")
STORY = [
    "The city council approved the new transport budget on Tuesday after a debate that lasted most of the night.",
    "Officials said the money would pay for two new bus lines and the repair of several old bridges in the north.",
    "Residents who spoke at the meeting welcomed the plan but asked the council to publish a clear timetable.",
]
PAGE = ("<html><head><title>Budget</title></head><body><nav><a href='/'>Home</a> | <a href='/n'>News</a></nav>"
        "<article><h1>Council passes budget</h1>" + "".join(f"<p>{s}</p>" for s in STORY) + "</article></body></html>")
MARKDOWN = "# Council passes budget\n\n" + "\n\n".join(STORY) + "\n\n## Related\n\n- [Other story](http://x)\n"
TEXT = "Home | News | Sport\n\nCouncil passes budget\n\n" + "\n\n".join(STORY) + "\n\n© 2024 Example. All rights reserved.\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4


def run(*args: str, cwd: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(EXTRACTOR), "extract", *args], cwd=cwd, input=stdin, capture_output=True, timeout=120)


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "good-page.html").write_text(PAGE, encoding="utf-8")
    (docs / "good-notes.md").write_text(MARKDOWN, encoding="utf-8")
    (docs / "good-copy.txt").write_text(TEXT, encoding="utf-8")
    (docs / "image.html").write_bytes(PNG)  # binary under a document's name
    (docs / "gone.html").symlink_to(tmp_path / "nowhere.html")  # unreadable: a link to nothing
    (docs / "folder.html").mkdir()  # unreadable: a folder named like a document
    lines = [
        json.dumps({"id": "line-good", "html": PAGE}),
        '{"id": "line-broken", "html": "<p>unterminated',  # invalid JSON
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "line-empty-object"}),
        json.dumps({"id": "line-text", "text": TEXT}),
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_batch_goes_on_past_bad_inputs_and_names_each(batch: Path, jobs: str):
    out = batch / "out"
    proc = run("docs", "feed.jsonl", "--out-dir", str(out), "--jobs", jobs, cwd=batch)
    err = proc.stderr.decode()
    assert proc.returncode == 1, err  # something failed, and the status says so
    assert "Traceback" not in err
    # every bad input is named, with what was wrong
    assert "gone.html: cannot read: a link to nothing" in err
    assert "folder.html: cannot read: a folder, not a file" in err
    assert "feed.jsonl:2: invalid JSON" in err
    assert "feed.jsonl:3:" in err and "feed.jsonl:4:" in err
    assert "image.html: empty result: binary input" in err
    # every good input has its whole output
    for name in ("good-page", "good-notes", "good-copy", "line-good", "line-text"):
        text = (out / f"{name}.txt").read_text(encoding="utf-8")
        assert all(s in text for s in STORY), name
        assert "Home" not in text and "All rights reserved" not in text
    assert (out / "image.txt").read_text() == "\n"  # binary: an empty result, written as such
    assert not list(out.glob(".*"))  # no temporary .part files left behind
    assert not (out / "gone.txt").exists() and not (out / "folder.txt").exists()


def test_batch_of_good_documents_exits_zero(batch: Path):
    for bad in ("image.html", "gone.html"):
        (batch / "docs" / bad).unlink()
    (batch / "docs" / "folder.html").rmdir()
    proc = run("docs", "--output", "jsonl", cwd=batch)
    assert proc.returncode == 0, proc.stderr.decode()
    records = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert len(records) == 3
    assert all(all(s in r["text"] for s in STORY) for r in records)


def test_stdout_batch_reports_failures_and_keeps_going(batch: Path):
    proc = run("feed.jsonl", "--output", "jsonl", cwd=batch)
    assert proc.returncode == 1
    ids = [json.loads(line)["id"] for line in proc.stdout.decode().splitlines()]
    assert ids == ["line-good", "line-text"]  # the good lines, in order, around the bad ones


def test_outputs_are_replaced_whole_and_never_overwrite_each_other(batch: Path):
    out = batch / "out"
    out.mkdir()
    (out / "good-page.txt").write_text("stale output of an earlier run\n")
    (batch / "docs" / "good-page.md").write_text(MARKDOWN, encoding="utf-8")  # same stem, other rendition
    run("docs", "--out-dir", str(out), cwd=batch)
    first, second = (out / "good-page.txt").read_text(), (out / "good-page-2.txt").read_text()
    assert "stale" not in first
    assert all(s in first for s in STORY) and all(s in second for s in STORY)


def test_an_output_that_cannot_be_written_is_named_and_the_batch_goes_on(batch: Path):
    """Without the guard in emit, the OSError of one write ended the whole batch with a traceback."""
    out = batch / "out"
    (out / "good-copy.txt").mkdir(parents=True)  # a folder where an output file should go
    proc = run("docs", "--out-dir", str(out), cwd=batch)
    err = proc.stderr.decode()
    assert proc.returncode == 1
    assert "good-copy.txt" in err and "cannot write" in err and "Traceback" not in err
    assert all(s in (out / "good-page.txt").read_text() for s in STORY)
    assert all(s in (out / "good-notes.txt").read_text() for s in STORY)


def _small_file_limit(limit: int):
    def apply() -> None:  # in the child: writes past `limit` bytes fail with EFBIG, as on a full disk
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


def test_an_output_cut_short_is_not_left_half_written(tmp_path: Path):
    """A write that fails part way (a full disk; here a file size limit on the process): the
    output is whole or absent, never cut. Without write_atomic the first bytes of the long story
    stood in long.txt, and an earlier run's whole output was replaced by them."""
    docs, out = tmp_path / "docs", tmp_path / "out"
    docs.mkdir()
    out.mkdir()
    long_story = [f"{s} (part {i})" for i in range(40) for s in STORY]  # about 9 KB of text out
    for name in ("long", "long-again"):
        (docs / f"{name}.html").write_text(PAGE.replace("".join(f"<p>{s}</p>" for s in STORY),
                                                        "".join(f"<p>{s}</p>" for s in long_story)), encoding="utf-8")
    (docs / "short.html").write_text(PAGE, encoding="utf-8")
    (out / "long-again.txt").write_text("the whole output of an earlier run\n", encoding="utf-8")
    proc = subprocess.run([str(EXTRACTOR), "extract", "docs", "--out-dir", str(out)], cwd=tmp_path,
                          capture_output=True, timeout=120, preexec_fn=_small_file_limit(4096))
    err = proc.stderr.decode()
    assert proc.returncode == 1, err
    assert "long.txt" in err and "long-again.txt" in err and "cannot write" in err and "Traceback" not in err
    assert not (out / "long.txt").exists()
    assert (out / "long-again.txt").read_text(encoding="utf-8") == "the whole output of an earlier run\n"
    assert all(s in (out / "short.txt").read_text(encoding="utf-8") for s in STORY)
    assert sorted(p.name for p in out.iterdir()) == ["long-again.txt", "short.txt"]  # no .part left


def test_stdin_and_a_closed_pipe(batch: Path):
    proc = run("-", cwd=batch, stdin=PAGE.encode())
    assert proc.returncode == 0 and all(s in proc.stdout.decode() for s in STORY)
    proc = run("-", cwd=batch, stdin=PNG)
    assert proc.returncode == 0 and "binary" in proc.stderr.decode()
    # a reader that stops early (`| head -1`): a quiet stop, not a BrokenPipeError traceback
    reader = subprocess.Popen(["head", "-c", "10"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
    docs = batch / "many"
    docs.mkdir()
    for i in range(40):
        (docs / f"d{i}.html").write_text(PAGE, encoding="utf-8")
    proc = subprocess.run([str(EXTRACTOR), "extract", str(docs)], stdout=reader.stdin, stderr=subprocess.PIPE,
                          timeout=120)
    reader.stdin.close()
    reader.wait()
    assert "Traceback" not in proc.stderr.decode()


def test_missing_path_and_invalid_arguments(batch: Path):
    proc = run("no-such-file.html", cwd=batch)
    assert proc.returncode == 1 and "no-such-file.html: cannot read" in proc.stderr.decode()
    proc = run("docs", "--jobs", "0", cwd=batch)
    assert proc.returncode == 2 and "--jobs" in proc.stderr.decode()
    proc = run("docs", "--sites", str(batch / "no-such-profiles"), cwd=batch)
    assert proc.returncode != 0 and "Traceback" not in proc.stderr.decode()
    proc = run("docs", "--set", "favor=fast", cwd=batch)
    assert proc.returncode == 2 and "favor must be one of" in proc.stderr.decode() and not proc.stdout


def test_options_set_on_the_command_line_reach_every_worker(batch: Path):
    """--set favor=precision drops a short line the default keeps, with one job and with two."""
    story = ("<html><body><article><p>The council voted on Tuesday to keep the library open on Sundays, "
             "through the winter months and beyond, after a petition.</p><p>Photo desk</p><p>Librarians had "
             "warned that closing would cut off students with no quiet place to study at home.</p></article></body></html>")
    (batch / "label").mkdir()
    for k in range(3):
        (batch / "label" / f"p{k}.html").write_text(story)
    for jobs in ("1", "2"):
        plain = run("label", "-e", "fast", "--jobs", jobs, cwd=batch)
        precise = run("label", "-e", "fast", "--jobs", jobs, "--set", "favor=precision", cwd=batch)
        assert plain.returncode == 0 and precise.returncode == 0
        assert plain.stdout.decode().count("Photo desk") == 3 and "Photo desk" not in precise.stdout.decode()


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_is_named(batch: Path):
    locked = batch / "docs" / "locked.html"
    locked.write_text(PAGE)
    locked.chmod(0)
    try:
        proc = run("docs", cwd=batch)
        assert proc.returncode == 1 and "locked.html: cannot read" in proc.stderr.decode()
    finally:
        locked.chmod(0o644)
