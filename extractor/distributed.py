"""Extraction over a Dask cluster (optional extra: `pip install 'extractor[dask]'`).

    import dask.bag as db
    from extractor.distributed import extract_bag, extract_dataframe

    results = extract_bag(db.read_text("pages/*.jsonl").map(json.loads), extractor="fast")
    frame = extract_dataframe(ddf, column="html", url_column="url")

Dask does the distributing (bags, dataframes, `distributed.Client` for a cluster); this module only
maps `extractor.extract` over partitions. Dask is imported when a function here is first called,
with a clear error when the extra is not installed. The CLI's `--engine dask` runs through
`cli_run` (see benchmarks/dask.md for pointing it at a real cluster).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from typing import Any

from .api import extract
from .errors import ExtractorError

#: the fields every result dict (and result column) carries, besides the input's id
RESULT_FIELDS = ("text", "title", "published", "url", "lang", "format", "extractor", "site", "reason")
#: documents per task, and tasks in flight per worker thread, when the CLI runs on a cluster
#: (few tasks keep dask's per-task overhead small; a window keeps the queue bounded while
#: outputs are written in input order)
CLI_CHUNK = 4
CLI_WINDOW_PER_THREAD = 3


def _require(what: str = "dask.bag") -> None:
    try:
        __import__(what)
    except ImportError as err:
        raise ExtractorError(
            f"the Dask integration needs the optional extra 'dask' ({err}); install it with: "
            "pip install 'extractor[dask]'") from err


def _check(kw: dict[str, Any]) -> None:
    """Raise ExtractorError now, in the caller, for arguments every document would fail on."""
    if "data" in kw:
        raise ExtractorError("pass the documents as the bag or column, not as data=")
    extract("", **kw)


# --- one document -------------------------------------------------------------------------------

def _document(element: Any) -> tuple[Any, Any, str | None, str | None]:
    """(id, data, url, format) of a bag element: a str/bytes document, or a dict like a JSONL line
    of the CLI ({"id", "html" | "text" | "markdown", "url"})."""
    if isinstance(element, (str, bytes, bytearray, memoryview)):
        return None, element, None, None
    if isinstance(element, dict):
        data = element.get("html", element.get("text", element.get("markdown")))
        fmt = "markdown" if "markdown" in element and "html" not in element else None
        url = element.get("url") if isinstance(element.get("url"), str) else None
        return element.get("id"), data, url, fmt
    return None, element, None, None


def extract_record(element: Any, **kw: Any) -> dict[str, Any]:
    """Extract one bag element; a dict with `id`, the RESULT_FIELDS and `error` (None, or why the
    element could not be read). Never raises for a bad document: a batch must not stop on one."""
    doc_id, data, url, fmt = _document(element)
    out: dict[str, Any] = {"id": doc_id}
    if not isinstance(data, (str, bytes, bytearray, memoryview)):
        out.update(dict.fromkeys(RESULT_FIELDS))
        out["error"] = f"no document: expected str or bytes, or a dict with 'html', 'text' or 'markdown', " \
                       f"got {type(data).__name__}"
        return out
    call = dict(kw)
    if url is not None and call.get("url") is None:
        call["url"] = url
    if fmt is not None and call.get("format") is None:
        call["format"] = fmt
    try:
        result = extract(data, **call)
    except ExtractorError:
        raise
    except Exception as err:  # a bug of ours: report it with the document, keep the batch going
        out.update(dict.fromkeys(RESULT_FIELDS))
        out["error"] = f"internal error: {type(err).__name__}: {err}"
        return out
    out.update(result.to_dict())
    out["error"] = None
    return out


def _records(elements: Iterable[Any], kw: dict[str, Any]) -> list[dict[str, Any]]:
    return [extract_record(e, **kw) for e in elements]


# --- bags and dataframes ------------------------------------------------------------------------

def extract_bag(bag: Any, **kw: Any) -> Any:
    """A bag of result dicts (see `extract_record`) for a bag of documents.

    Elements are str or bytes documents, or dicts like the CLI's JSONL lines (`id`, `html` /
    `text` / `markdown`, optional `url`). Keyword arguments are those of `extractor.extract`
    (extractor, format, sites, url, options, or Options fields); they are checked here, at once.
    """
    _require("dask.bag")
    _check(kw)
    return bag.map_partitions(functools.partial(_records, kw=kw))


def _extract_partition(part: Any, column: str, url_column: str | None, prefix: str, kw: dict[str, Any]) -> Any:
    import pandas as pd

    urls = part[url_column] if url_column else None
    rows = []
    for i, data in enumerate(part[column]):
        call = dict(kw)
        if urls is not None:
            url = urls.iloc[i]
            if isinstance(url, str) and call.get("url") is None:
                call["url"] = url
        if data is None or (not isinstance(data, (str, bytes)) and pd.isna(data)):  # missing: nothing to read
            data = ""
        rows.append(extract_record(data, **call))
    out = part.copy()
    for field in (*RESULT_FIELDS, "error"):
        out[prefix + field] = pd.Series([r[field] for r in rows], index=part.index, dtype=object)
    return out


def extract_dataframe(df: Any, column: str = "html", url_column: str | None = None, *, prefix: str = "",
                      **kw: Any) -> Any:
    """`df` with the extraction of its `column` added: columns text, title, published, url, lang,
    format, extractor, site, reason and error (each preceded by `prefix`).

    `df` is a dask DataFrame (a pandas one is accepted too and processed at once). `url_column`
    names a column of page URLs. Result columns replace input columns of the same name, except
    `column` itself: when it would be replaced, pass a `prefix`.
    """
    _require("dask.dataframe")
    import dask.dataframe as dd

    _check(kw)
    names = [prefix + f for f in (*RESULT_FIELDS, "error")]
    if column not in df.columns:
        raise ExtractorError(f"no column {column!r} in the dataframe (columns: {', '.join(map(str, df.columns))})")
    if url_column is not None and url_column not in df.columns:
        raise ExtractorError(f"no column {url_column!r} in the dataframe")
    if column in names:
        raise ExtractorError(f"the result column {column!r} would replace the documents; pass prefix='x_' or similar")
    if not isinstance(df, dd.DataFrame):
        return _extract_partition(df, column, url_column, prefix, kw)
    meta = _extract_partition(df._meta, column, url_column, prefix, kw)
    return df.map_partitions(_extract_partition, column, url_column, prefix, kw, meta=meta)


# --- the CLI: extractor extract --engine dask ----------------------------------------------------

def _client(args: Any):
    """A Client for `--scheduler`, or for a new LocalCluster of `--jobs` worker processes."""
    _require("distributed")
    import logging

    from distributed import Client, LocalCluster

    if args.scheduler:
        try:
            return Client(args.scheduler), None  # connect timeout: distributed.comm.timeouts.connect
        except (OSError, TimeoutError) as err:
            raise ExtractorError(f"cannot reach the dask scheduler {args.scheduler}: {err}") from err
    cluster = LocalCluster(n_workers=max(1, args.jobs), threads_per_worker=1, processes=True,
                           dashboard_address=None, silence_logs=logging.ERROR)
    return Client(cluster), cluster


def _work_chunk(jobs: list) -> list:
    from .cli import _work

    return [_work(job) for job in jobs]


def _ordered(client: Any, items: list, kw: dict, window: int,
             chunk: int) -> Iterator[tuple[str, str | None, str | None, str | None]]:
    """The CLI's per-document outcomes, in input order, `chunk` documents per task and at most
    `window` tasks in flight. A task lost on the cluster (a worker died) fails its documents."""
    from .errors import ExtractorError as _Error

    starts = list(range(0, len(items), chunk))
    futures: dict[int, Any] = {}
    submitted = 0
    for n, start in enumerate(starts):
        while submitted < len(starts) and submitted < n + window:
            first = starts[submitted]
            futures[submitted] = client.submit(_work_chunk, [(item, kw) for item in items[first:first + chunk]],
                                               pure=False)
            submitted += 1
        future = futures.pop(n)
        try:
            outcomes = future.result()
        except _Error:
            raise
        except Exception as err:  # the cluster lost the task: name its documents, go on
            outcomes = [(item.name, f"dask: {type(err).__name__}: {err}", None, None)
                        for item in items[start:start + chunk]]
        yield from outcomes


def cli_run(args: Any, items: list, kw: dict) -> int:
    """`extractor extract --engine dask`: the batch on a cluster, printed like the local path
    (same --output formats and --out-dir files, failures named on stderr, exit status 1 if any)."""
    from .cli import emit

    client, cluster = _client(args)
    failed = 0
    try:
        threads = sum(client.nthreads().values()) or 1
        failed = emit(_ordered(client, items, kw, CLI_WINDOW_PER_THREAD * threads, CLI_CHUNK), args)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return 1 if failed else 0


__all__ = ["RESULT_FIELDS", "cli_run", "extract_bag", "extract_dataframe", "extract_record"]
