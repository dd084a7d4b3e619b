"""The Dask integration gives the same results as local extraction: bags, dataframes, the CLI.

Everything runs on loopback: a LocalCluster of two single-threaded in-process workers listening on
tcp://127.0.0.1 (the CLI tests connect to it with --scheduler), and once a LocalCluster the CLI
starts itself (--engine dask without --scheduler).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("dask.bag")
pytest.importorskip("distributed")
pd = pytest.importorskip("pandas")

import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402
from distributed import Client, LocalCluster  # noqa: E402

from extractor import extract  # noqa: E402
from extractor.distributed import RESULT_FIELDS, extract_bag, extract_dataframe, extract_record  # noqa: E402
from extractor.errors import ExtractorError  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]

STORY = ("<p>The harbour reopened on Wednesday after a week of repairs to the sea wall, the port "
         "authority said in a statement, and the first ferries left at noon.</p>"
         "<p>Fishing boats were the first to leave, followed by the ferry to the islands, which had "
         "been cancelled for six days while divers checked the foundations.</p>")
PAGE = f"<html><head><title>Harbour reopens</title></head><body><nav>Home | News</nav><article><h1>Harbour reopens</h1>{STORY}</article></body></html>"
PAGE2 = PAGE.replace("harbour", "airport").replace("Harbour", "Airport")
MARKDOWN = "# Harbour reopens\n\nThe harbour reopened on Wednesday after a week of repairs to the sea wall, the port authority said.\n\nFishing boats were the first to leave, followed by the ferry to the islands at noon."
TEXT = "Harbour reopens\n\nThe harbour reopened on Wednesday after a week of repairs to the sea wall, the port authority said.\n\nFishing boats were the first to leave, followed by the ferry to the islands at noon."


@pytest.fixture(scope="module")
def cluster():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, protocol="tcp", host="127.0.0.1",
                      dashboard_address=None) as local, Client(local) as client:
        yield local, client


def _documents():
    return [PAGE, PAGE2.encode("utf-8"), {"id": "md", "markdown": MARKDOWN},
            {"id": "page", "html": PAGE, "url": "https://news.example.org/harbour"}, {"id": "txt", "text": TEXT},
            {"id": "bad", "nothing": 1}, 42]


def test_bag_results_equal_local_results(cluster):
    docs = _documents()
    got = extract_bag(db.from_sequence(docs, npartitions=3), extractor="full").compute()
    want = [extract_record(d, extractor="full") for d in docs]
    assert got == want
    assert got[0]["text"] == extract(PAGE, extractor="full").text and got[0]["text"]
    assert got[2]["format"] == "markdown" and got[3]["url"] == "https://news.example.org/harbour"
    assert got[5]["error"] and got[6]["error"] and got[5]["id"] == "bad"
    assert all(set(r) == {"id", "error", *RESULT_FIELDS} for r in got)


def test_dataframe_results_equal_local_results(cluster):
    frame = pd.DataFrame({"id": ["a", "b", "c", "d"], "html": [PAGE, PAGE2, None, "<p>tiny</p>"],
                          "link": ["https://news.example.org/a", None, None, "https://x.example/d"]})
    got = extract_dataframe(dd.from_pandas(frame, npartitions=2), column="html", url_column="link",
                            extractor="full").compute()
    assert list(got["id"]) == ["a", "b", "c", "d"]
    assert list(got["link"].fillna("")) == list(frame["link"].fillna(""))
    for row in got.itertuples():
        html = frame.loc[frame["id"] == row.id, "html"].item()
        html = html if isinstance(html, str) else ""  # a missing document reads as empty
        link = frame.loc[frame["id"] == row.id, "link"].item()
        link = link if isinstance(link, str) else None
        want = extract(html, url=link, extractor="full")
        assert (row.text, row.title, row.url, row.reason) == (want.text, want.title, want.url, want.reason)
    # a pandas frame is processed at once; a prefix keeps the input's own columns
    prefixed = extract_dataframe(frame, column="html", prefix="x_", extractor="full")
    assert list(prefixed["x_text"]) == list(got["text"]) and "text" not in prefixed.columns


def test_bad_arguments_fail_at_once(cluster):
    bag = db.from_sequence([PAGE])
    with pytest.raises(ExtractorError, match="unknown extractor"):
        extract_bag(bag, extractor="nope")
    with pytest.raises(ExtractorError, match="unknown option"):
        extract_bag(bag, no_such_option=True)
    frame = dd.from_pandas(pd.DataFrame({"text": [TEXT]}), npartitions=1)
    with pytest.raises(ExtractorError, match="no column"):
        extract_dataframe(frame, column="html")
    with pytest.raises(ExtractorError, match="prefix"):
        extract_dataframe(frame, column="text")


def test_a_missing_extra_names_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "dask.bag", None)
    with pytest.raises(ExtractorError, match=r"extractor\[dask\]"):
        extract_bag([PAGE])


def _cli(*args: str, stdin: bytes | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "extractor.cli", "extract", *args], cwd=ROOT, input=stdin,
                          capture_output=True, timeout=120, env={**os.environ, **(env or {})})


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    folder = tmp_path_factory.mktemp("batch")
    (folder / "a.html").write_text(PAGE, encoding="utf-8")
    (folder / "b.html").write_bytes(PAGE2.encode("utf-8"))
    (folder / "c.md").write_text(MARKDOWN, encoding="utf-8")
    (folder / "d.txt").write_text(TEXT, encoding="utf-8")
    lines = [json.dumps({"id": "j1", "html": PAGE, "url": "https://news.example.org/j1"}), "{not json",
             json.dumps({"id": "j2", "markdown": MARKDOWN}), json.dumps({"id": "j3", "nothing": 1})]
    jsonl = folder.parent / "docs.jsonl"
    jsonl.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder, jsonl


@pytest.mark.parametrize("output", ["jsonl", "markdown"])
def test_cli_on_a_cluster_prints_what_the_local_path_prints(cluster, batch, output):
    folder, jsonl = batch
    address = cluster[0].scheduler_address
    local = _cli(str(folder), str(jsonl), "-o", output)
    remote = _cli(str(folder), str(jsonl), "-o", output, "--engine", "dask", "--scheduler", address)
    assert remote.stdout == local.stdout and remote.stdout
    assert remote.returncode == local.returncode == 1  # the bad JSONL lines fail, named on stderr
    assert remote.stderr.decode().splitlines() == local.stderr.decode().splitlines()
    assert "docs.jsonl:2: invalid JSON" in remote.stderr.decode()


def test_cli_writes_the_same_files_to_out_dir(cluster, batch, tmp_path):
    folder, _ = batch
    address = cluster[0].scheduler_address
    assert _cli(str(folder), "-o", "json", "--out-dir", str(tmp_path / "local")).returncode == 0
    assert _cli(str(folder), "-o", "json", "--out-dir", str(tmp_path / "dask"), "--engine", "dask",
                "--scheduler", address).returncode == 0
    local = {p.name: p.read_bytes() for p in (tmp_path / "local").iterdir()}
    remote = {p.name: p.read_bytes() for p in (tmp_path / "dask").iterdir()}
    assert remote == local and len(local) == 4


def test_cli_starts_a_local_cluster_without_a_scheduler(batch):
    folder, jsonl = batch
    local = _cli(str(folder), "-o", "jsonl", "--extractor", "fast")
    remote = _cli(str(folder), "-o", "jsonl", "--extractor", "fast", "--engine", "dask", "--jobs", "2")
    assert remote.returncode == local.returncode == 0
    assert remote.stdout == local.stdout
    ids = [json.loads(line)["id"] for line in remote.stdout.decode().splitlines()]
    assert [Path(i).name for i in ids] == ["a.html", "b.html", "c.md", "d.txt"]


def test_cli_names_an_unreachable_scheduler(batch):
    folder, _ = batch
    done = _cli(str(folder), "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9",
                env={"DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"})
    assert done.returncode == 2 and b"cannot reach the dask scheduler" in done.stderr
