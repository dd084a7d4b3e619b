"""Every corpus document through each of our extractors: zero exceptions.

    .venv/bin/python benchmarks/corpora_sweep.py [--jobs 2] [CORPORA_ROOT ...]

Every case of every corpus (manifest.jsonl + cases/, read by extractor.bench.corpus) goes, as the
bytes on disk, through `extract` in these configurations: `auto`, `full` and `fast` with site
profiles on and off and the format detected; `auto` and `fast` with the manifest's format given
(`markdown+html` as Markdown); and the
`trafilatura` and `readability` adapters. Counts, per configuration, the documents, the
exceptions (there must be none), documents slower than the hang limit, the empty results by
reason, and the slowest document. Default roots: ../shared/corpora and the project's corpora/.
Exit status 1 when any document raised or hung.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor.bench.corpus import find_corpora, load_corpus  # noqa: E402

#: (extractor, site profiles, format from the manifest instead of detected)
CONFIGS = [("auto", True, False), ("auto", False, False), ("full", True, False), ("full", False, False),
           ("fast", True, False), ("fast", False, False), ("auto", True, True), ("fast", True, True),
           ("trafilatura", True, False), ("readability", True, False)]
#: manifest formats as `extract` names them (Markdown with raw HTML is Markdown)
FORMATS = {"html": "html", "fragment": "fragment", "markdown": "markdown", "markdown+html": "markdown", "md": "markdown",
           "text": "text", "txt": "text", "plain": "text"}
#: one document taking longer than this in a worker counts as a hang
HANG = 120


def documents(roots: list[Path]) -> tuple[list[tuple[str, str | None, str]], list[str]]:
    """(path, url, manifest format) of every case, and the cases or roots that could not be read."""
    corpora, notes = find_corpora(roots)
    docs = []
    for path in corpora:
        corpus = load_corpus(path)
        docs += [(str(case.path), case.url, case.format) for case in corpus.cases]
        notes += [f"{p.corpus}/{p.case}: {p.message}" for p in corpus.problems]
    return docs, notes


def work(job):
    path, url, fmt, extractor, sites = job
    from extractor import extract

    t = time.perf_counter()
    try:
        r = extract(Path(path).read_bytes(), url=url, format=fmt, extractor=extractor, sites=sites)
        return path, None, (None if r.text else (r.reason or "NO REASON")), time.perf_counter() - t
    except Exception as err:
        return path, f"{type(err).__name__}: {err}", None, time.perf_counter() - t


def _short(path: str) -> str:
    p = Path(path)
    return f"{p.parent.parent.name}/{p.name}"


def sweep(docs, extractor: str, sites: bool, declared: bool, jobs: int) -> dict:
    errors, reasons, slowest = [], Counter(), (0.0, "")
    tasks = [(p, u, FORMATS.get(f) if declared else None, extractor, sites) for p, u, f in docs]
    start = time.perf_counter()
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        results = pool.imap_unordered(work, tasks)  # chunksize 1: .next() takes a timeout
        for _ in tasks:
            try:
                path, error, empty, seconds = results.next(timeout=HANG)
            except multiprocessing.TimeoutError:
                errors.append(f"(a document took over {HANG} s; the sweep of this configuration stopped)")
                pool.terminate()
                break
            if error:
                errors.append(f"{path}: {error}")
            if empty:
                reasons[empty.split(":")[0]] += 1
            slowest = max(slowest, (seconds, path))
    return {"errors": errors, "reasons": reasons, "slowest": slowest, "seconds": time.perf_counter() - start}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("roots", nargs="*", type=Path, default=[ROOT.parent / "shared" / "corpora", ROOT / "corpora"])
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    docs, notes = documents(args.roots)
    print(f"# corpora sweep: {len(docs):,} documents from {', '.join(str(r) for r in args.roots)}; "
          f"started {time.strftime('%Y-%m-%d %H:%M:%S')}, {args.jobs} processes")
    print()
    for note in notes:
        print(f"- not swept: {note}")
    if notes:
        print()
    print("| extractor | sites | format | documents | exceptions | empty results | seconds | slowest document (s) |")
    print("| --- | --- | --- | ---: | ---: | ---: | ---: | --- |")
    failed = False
    details = []
    for extractor, sites, declared in CONFIGS:
        got = sweep(docs, extractor, sites, declared, args.jobs)
        failed |= bool(got["errors"])
        seconds, path = got["slowest"]
        print(f"| {extractor} | {'on' if sites else 'off'} | {'manifest' if declared else 'detected'} | {len(docs):,} | "
              f"{len(got['errors'])} | {sum(got['reasons'].values())} | {got['seconds']:.0f} | "
              f"{_short(path)} ({seconds:.1f}) |", flush=True)
        details.append((extractor, sites, declared, got))
    print()
    for extractor, sites, declared, got in details:
        why = ", ".join(f"{n} {reason}" for reason, n in got["reasons"].most_common()) or "none"
        print(f"- {extractor}, sites {'on' if sites else 'off'}, format {'manifest' if declared else 'detected'}: "
              f"empty results: {why}")
        for e in got["errors"][:20]:
            print(f"  - raised: {e}")
    print()
    print("exceptions: " + ("SOME" if failed else "none"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
