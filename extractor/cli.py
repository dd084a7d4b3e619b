"""Command line: `extractor extract`, `extractor bench`, `extractor sites`."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from .api import EXTRACTORS, FORMATS, extract
from .batch import Item, iter_items, output_path, write_atomic
from .errors import ExtractorError
from .options import overrides_from_strings
from .result import Result

OUTPUTS = ("text", "markdown", "json", "jsonl")
_SUFFIX = {"text": ".txt", "markdown": ".md", "json": ".json", "jsonl": ".json"}


def _render(result: Result, output: str, name: str) -> str:
    if output == "text":
        return result.text + "\n"
    if output == "markdown":
        return result.to_markdown() + "\n"
    data = {"id": name, **result.to_dict()}
    if output == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return json.dumps(data, ensure_ascii=False) + "\n"


#: documents per task sent to a worker of --jobs: each task costs this process its pickling, a
#: pipe write and a wake-up of the pool's threads, CPU taken from the workers on the same cores
#: (the reading process under --jobs 2 over speed.py's 1,817 documents: 0.87-1.23 -> 0.52-0.76 CPU s)
CHUNKSIZE = 16
#: the documents held back to go one per task at the end of a batch, per worker: the workers
#: finish together, and a batch of a few documents is shared as evenly as a long one
TAIL_PER_WORKER = CHUNKSIZE
#: held-back documents that carry their text (lines of stdin) go out as soon as they pass this
HELD_BYTES = 4 << 20


def _work(job: tuple[Item, dict]) -> tuple[str, str | None, str | None, str | None]:
    """Extract and render one item: (name, error, rendered output, why it is empty). Never raises
    (a failure comes back as an error string). Rendering here keeps a worker's answer small: the
    Result with its blocks and trace would cost more to send back than to render."""
    item, kw = job
    item = item.resolved()
    if item.error:
        return item.name, item.error, None, None
    try:
        result = extract(item.data, url=item.url or kw["url"], format=item.fmt or kw["format"],
                         extractor=kw["extractor"], sites=kw["sites"], **kw.get("options", {}))
        rendered = _render(result, kw.get("output", "text"), item.name)
    except ExtractorError:
        raise
    except Exception as err:  # a bug of ours must not stop a batch: report it with the file name
        return item.name, f"internal error: {type(err).__name__}: {err}", None, None
    return item.name, None, rendered, result.reason if result.reason and not result.text else None


def _results(items: Iterator[Item], kw: dict, jobs: int) -> Iterator[tuple[str, str | None, str | None, str | None]]:
    if jobs <= 1:
        for item in items:
            yield _work((item, kw))
        return
    import multiprocessing

    # workers fork from a server that imported the extractor once (where the platform has one),
    # instead of each importing it again; imap sends tasks through a pipe that blocks when full,
    # so only a few chunks are ever in flight
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        preload = ["extractor.pipeline"]
        if kw.get("extractor") in ("auto", "trafilatura"):  # auto falls back to trafilatura
            preload.append("extractor.adapters.trafilatura")
            preload.append("trafilatura")
        ctx.set_forkserver_preload(preload)
    else:
        ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(jobs) as pool:
        tasks = ((chunk, kw) for chunk in _chunks(items, CHUNKSIZE, TAIL_PER_WORKER * jobs))
        for done in pool.imap(_work_chunk, tasks):
            yield from done


def _work_chunk(task: tuple[list[Item], dict]) -> list[tuple[str, str | None, str | None, str | None]]:
    chunk, kw = task
    return [_work((item, kw)) for item in chunk]


def _chunks(items: Iterator[Item], size: int, tail: int) -> Iterator[list[Item]]:
    """The items in lists of at most `size`, in order, the last `tail` of them one per list. Held
    items that carry their document (stdin's lines) go out once they pass HELD_BYTES, so memory
    stays flat however large the documents."""
    held: list[Item] = []
    carried = 0
    for item in items:
        held.append(item)
        carried += _carried(item)
        if carried > HELD_BYTES:
            for k in range(0, len(held), size):
                yield held[k:k + size]
            held, carried = [], 0
        elif len(held) >= size + tail:
            chunk, held = held[:size], held[size:]
            carried -= sum(map(_carried, chunk))
            yield chunk
    for item in held:
        yield [item]


def _carried(item: Item) -> int:
    """How much of its document an item holds (a span or a path holds none of it)."""
    return len(item.line or "") + len(item.data or "")


def _progress(total: int | None):
    if not sys.stderr.isatty():
        return None
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    progress = Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                        transient=True)
    progress.start()
    return progress, progress.add_task("extract", total=total)


def cmd_extract(args: argparse.Namespace) -> int:
    paths = args.paths or ["-"]
    stdin = sys.stdin.buffer if "-" in paths else None  # read as it goes: JSONL on stdin streams
    sites: object = False if args.no_sites else (args.sites or True)
    kw = {"url": args.url, "format": args.format, "extractor": args.extractor, "sites": sites, "output": args.output,
          "options": overrides_from_strings(args.overrides)}
    if args.engine == "dask":
        from .distributed import cli_run

        # a cluster's workers may not see this machine's files: they get the bytes, not the paths
        return cli_run(args, [item.loaded() for item in iter_items(paths, stdin)], kw)
    single = len(paths) == 1 and paths[0] != "-" and Path(paths[0]).is_file() and not paths[0].endswith(".jsonl")
    bar = _progress(None) if not single else None
    try:
        failed = emit(_results(iter_items(paths, stdin), kw, args.jobs), args,
                      advance=(lambda: bar[0].advance(bar[1])) if bar else None)
    finally:
        if bar:
            bar[0].stop()
    return 1 if failed else 0


def emit(results, args: argparse.Namespace, advance=None) -> int:
    """Write each (name, error, rendered, empty-reason) to stdout or --out-dir, report failures by
    name on stderr, and return how many failed. The local and the Dask engines share it."""
    failed = 0
    used: set[Path] = set()
    for name, error, rendered, empty in results:
        if advance:
            advance()
        if error is not None or rendered is None:
            failed += 1
            print(f"extractor: {name}: {error}", file=sys.stderr)
            continue
        if empty:
            print(f"extractor: {name}: empty result: {empty}", file=sys.stderr)
        if args.out_dir:
            target = output_path(args.out_dir, name, _SUFFIX[args.output], used)
            try:
                write_atomic(target, rendered)
            except OSError as err:  # one output that cannot be written does not stop the batch
                failed += 1
                print(f"extractor: {name}: cannot write {target}: {err.strerror or err}", file=sys.stderr)
        else:
            sys.stdout.write(rendered)
            sys.stdout.flush()
    return failed


def cmd_sites(args: argparse.Namespace) -> int:
    from .sites.cli import main as sites_main

    return sites_main(args)


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser. Given the command about to run (the first argument), the bench
    harness's own arguments are set up only for `bench` (importing it costs ~60 ms a process)."""
    parser = argparse.ArgumentParser(prog="extractor", description="Extract the article from news documents.")
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract articles from files, folders, JSONL or stdin")
    ex.add_argument("paths", nargs="*", help="files, folders, .jsonl files (id, html|text, url), or - for stdin")
    ex.add_argument("--output", "-o", choices=OUTPUTS, default="text")
    ex.add_argument("--extractor", "-e", choices=list(EXTRACTORS), default="auto")
    ex.add_argument("--format", choices=FORMATS, default=None, help="force the rendition instead of detecting it")
    ex.add_argument("--url", default=None, help="the document's URL (for site profiles and metadata)")
    ex.add_argument("--sites", default=None, help="a folder or file of your own site profiles")
    ex.add_argument("--no-sites", action="store_true", help="do not use site profiles")
    ex.add_argument("--set", dest="overrides", action="append", default=[], metavar="NAME=VALUE",
                    help="an extraction option (fields of extractor.Options: favor=precision, include_tables=false, "
                         "time_budget=2, ...); repeatable")
    ex.add_argument("--jobs", "-j", type=int, default=1, help="worker processes")
    ex.add_argument("--out-dir", default=None, help="write one output file per document here")
    ex.add_argument("--engine", choices=("local", "dask"), default="local")
    ex.add_argument("--scheduler", default=None, help="dask scheduler address (with --engine dask)")
    ex.set_defaults(func=cmd_extract)
    bench = sub.add_parser("bench", help="score extractors against gold text, side by side")
    if command not in ("extract", "sites"):
        _bench_arguments(bench)
    sites = sub.add_parser("sites", help="list site profiles or run a profile's own cases")
    sites_sub = sites.add_subparsers(dest="sites_command", required=True)
    sites_sub.add_parser("list", help="list the bundled profiles (and yours with --sites)").add_argument(
        "--sites", default=None)
    test = sites_sub.add_parser("test", help="run the cases each profile names")
    test.add_argument("dirs", nargs="*", help="profile folders or files (default: the bundled ones)")
    test.add_argument("--corpora", action="append", default=None, help="folders holding the cases")
    sites.set_defaults(func=cmd_sites)
    return parser


def _bench_arguments(bench: argparse.ArgumentParser) -> None:
    try:
        from .bench.cli import add_arguments, main as bench_main

        add_arguments(bench)
        bench.set_defaults(func=bench_main)
    except ImportError as err:  # the harness is part of the package; this only guards a broken install
        bench.set_defaults(func=lambda _a, err=err: _fail(f"bench is unavailable: {err}"))


def _fail(message: str) -> int:
    print(f"extractor: {message}", file=sys.stderr)
    return 2


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = build_parser(argv[0] if argv else None).parse_args(argv)
    if getattr(args, "jobs", 1) < 1:
        return _fail("--jobs must be at least 1")
    try:
        return args.func(args)
    except ExtractorError as err:
        return _fail(str(err))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader went away (`| head`): stop quietly, not with a traceback
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - the interpreter flushes it at exit
        except OSError:
            pass
        return 1


if __name__ == "__main__":
    sys.exit(main())
