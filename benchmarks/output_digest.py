#!/usr/bin/env python
"""A digest of what `extract` returns on every corpus case: proof that a speed change changes no output.

    PYTHONPATH=/work/main .venv/bin/python benchmarks/output_digest.py ../shared/corpora/* corpora/* > before.txt
    PYTHONPATH=.           .venv/bin/python benchmarks/output_digest.py ../shared/corpora/* corpora/* > after.txt
    diff before.txt after.txt

One line per corpus, extractor and case: a hash of (text, title, published, url), and a second hash
of the rest of the Result a user can read (lang, site, reason, format, notes, the rule and stage of
every dropped block). The last line is the digest of all lines. The case is given as the bench gives it (the input
file as str, the manifest URL).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

import extractor
from extractor import extract
from extractor.bench.corpus import find_corpora, load_corpus, read_input


_ROOT = str(Path(extractor.__file__).resolve().parent.parent)


def _hash(*parts: object) -> str:
    return hashlib.sha256(repr(parts).encode("utf-8", "surrogatepass")).hexdigest()[:16]


def digest_lines(paths: list[str], extractors: tuple[str, ...]):
    folders, notes = find_corpora(paths)
    for note in notes:
        print(f"# {note}", file=sys.stderr)
    for folder in folders:
        corpus = load_corpus(folder)
        for case in corpus.cases:
            data = read_input(case.path)
            for name in extractors:
                r = extract(data, url=case.url, extractor=name)
                main = _hash(r.text, r.title, r.published, r.url)
                notes = tuple(note.replace(_ROOT, "<root>") for note in r.notes)  # profile paths name the checkout
                rest = _hash(r.lang, r.site, r.reason, r.format,
                             tuple((d.index, d.keep, d.rule, d.stage) for d in r.trace), notes)
                yield f"{corpus.name}\t{case.id}\t{name}\t{main}\t{rest}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpora", nargs="+", help="corpus folders (or folders of corpora)")
    parser.add_argument("--extractors", default="fast,auto")
    args = parser.parse_args(argv)
    total = hashlib.sha256()
    for line in digest_lines(args.corpora, tuple(args.extractors.split(","))):
        print(line, flush=False)
        total.update(line.encode() + b"\n")
    print(f"ALL\t{total.hexdigest()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
