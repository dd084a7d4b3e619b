"""Evaluation corpora on disk: manifest.jsonl + cases/<id>.<ext> + <id>.gold.txt / <id>.gold.json.

A bad case (unreadable manifest line, missing input, missing or broken gold) becomes a `Problem`
of its corpus and is skipped; loading never raises for the contents of a corpus.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MANIFEST = "manifest.jsonl"
GOLD_KINDS = ("text", "snippets")


@dataclass(frozen=True)
class Gold:
    """What a correct extraction looks like: the text, or snippets it must / must not contain."""

    text: str | None = None
    with_: tuple[str, ...] = ()
    without: tuple[str, ...] = ()
    snippets: bool = False

    @property
    def has_text(self) -> bool:
        return self.text is not None


@dataclass(frozen=True)
class Case:
    """One document of a corpus and its gold."""

    corpus: str
    id: str
    path: Path
    gold: Gold
    url: str | None = None
    lang: str = "unknown"
    format: str = "html"
    site: str | None = None
    size: int = 0
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class Problem:
    """A case that could not be used, and why."""

    corpus: str
    case: str
    message: str


@dataclass(frozen=True)
class Corpus:
    """A loaded corpus: its usable cases and the problems found on the way."""

    name: str
    path: Path
    cases: tuple[Case, ...]
    problems: tuple[Problem, ...] = ()


def real_url(value: object) -> str | None:
    """The manifest url as something to pass on: None for null, non-strings and `hard::` ids."""
    if not isinstance(value, str) or not value.strip() or value.startswith("hard::"):
        return None
    return value


def is_corpus(path: Path) -> bool:
    return (path / MANIFEST).is_file()


def bundled_corpora_dir() -> Path:
    """Where the corpora shipped in the repository live (they may be absent in an installed copy)."""
    import extractor

    return Path(extractor.__file__).resolve().parent.parent / "corpora"


def find_corpora(paths: Iterable[str | Path]) -> tuple[list[Path], list[str]]:
    """Corpus folders among `paths` (a folder of corpora counts for its subfolders; each folder
    once), plus notes on the paths that are not corpora."""
    found: list[Path] = []
    notes: list[str] = []
    for raw in paths:
        path = Path(raw)
        if is_corpus(path):
            found.append(path)
        elif path.is_dir() and (subs := sorted(p for p in path.iterdir() if is_corpus(p))):
            found.extend(subs)
        elif path.is_dir():
            notes.append(f"{path}: no {MANIFEST} here or in its subfolders; not a corpus")
        elif path.exists():
            notes.append(f"{path}: not a folder; skipped")
        else:
            notes.append(f"{path}: does not exist")
    return _unique(found), notes


def _unique(paths: list[Path]) -> list[Path]:
    seen: set[Path] = set()
    unique = []
    for path in paths:
        if path.resolve() not in seen:
            seen.add(path.resolve())
            unique.append(path)
    return unique


def corpus_names(paths: list[Path]) -> list[str]:
    """A distinct name per corpus folder: its own name, or parent/name when two share a name."""
    counts: dict[str, int] = {}
    for p in paths:
        counts[p.resolve().name] = counts.get(p.resolve().name, 0) + 1
    return [p.resolve().name if counts[p.resolve().name] == 1 else f"{p.resolve().parent.name}/{p.resolve().name}"
            for p in paths]


def load_corpus(path: str | Path, *, name: str | None = None, limit: int | None = None) -> Corpus:
    """Read a corpus folder; `limit` keeps the first N usable cases."""
    root = Path(path)
    cname = name or root.resolve().name
    cases: list[Case] = []
    problems: list[Problem] = []
    seen: set[str] = set()
    manifest = root / MANIFEST
    try:
        lines = manifest.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        return Corpus(cname, root, (), (Problem(cname, "-", f"cannot read {manifest}: {err}"),))
    for number, entry in _entries(lines):
        if limit is not None and len(cases) >= limit:
            break
        case_or_problem = _case(cname, root, number, entry, seen)
        if isinstance(case_or_problem, Problem):
            problems.append(case_or_problem)
        else:
            seen.add(case_or_problem.id)
            cases.append(case_or_problem)
    return Corpus(cname, root, tuple(cases), tuple(problems))


def _entries(lines: list[str]) -> Iterator[tuple[int, Any]]:
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            yield number, json.loads(line)
        except json.JSONDecodeError as err:
            yield number, err


def _case(cname: str, root: Path, number: int, entry: Any, seen: set[str]) -> Case | Problem:
    where = f"line {number}"
    if isinstance(entry, json.JSONDecodeError):
        return Problem(cname, where, f"manifest line is not JSON: {entry}")
    if not isinstance(entry, dict) or not isinstance(entry.get("id"), (str, int)):
        return Problem(cname, where, "manifest entry has no id")
    cid = str(entry["id"])
    if cid in seen:
        return Problem(cname, cid, "duplicate id in the manifest")
    kind = entry.get("gold", "text")
    if kind not in GOLD_KINDS:
        return Problem(cname, cid, f"unknown gold kind {kind!r} (expected text or snippets)")
    cases_dir = root / "cases"
    path = cases_dir / str(entry.get("input") or f"{cid}.html")
    if not path.is_file():
        return Problem(cname, cid, f"input file missing: {path.name}")
    gold = read_gold(cases_dir, cid, kind)
    if isinstance(gold, str):
        return Problem(cname, cid, gold)
    return Case(
        corpus=cname, id=cid, path=path, gold=gold, url=real_url(entry.get("url")),
        lang=str(entry.get("lang") or "unknown"), format=str(entry.get("format") or "html"),
        site=str(entry["site"]) if entry.get("site") else None, size=path.stat().st_size, meta=entry,
    )


def read_gold(cases_dir: Path, cid: str, kind: str) -> Gold | str:
    """The gold of a case, or a message saying why it cannot be read. Text gold also picks up a
    snippet file lying beside it (some corpora ship both)."""
    snippets = _read_snippets(cases_dir / f"{cid}.gold.json")
    if kind == "snippets":
        return snippets
    text_path = cases_dir / f"{cid}.gold.txt"
    try:
        text = text_path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return f"gold file missing: {text_path.name}"
    except (OSError, UnicodeDecodeError) as err:
        return f"gold file unreadable: {text_path.name}: {err}"
    if isinstance(snippets, Gold):
        return Gold(text=text, with_=snippets.with_, without=snippets.without, snippets=True)
    return Gold(text=text)


def _read_snippets(path: Path) -> Gold | str:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return f"gold file missing: {path.name}"
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        return f"gold file unreadable: {path.name}: {err}"
    if not isinstance(data, dict):
        return f"gold file {path.name} is not a JSON object"
    with_, without = data.get("with", []), data.get("without", [])
    if not _strings(with_) or not _strings(without):
        return f"gold file {path.name}: 'with' and 'without' must be lists of strings"
    return Gold(with_=tuple(with_), without=tuple(without), snippets=True)


def _strings(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def read_input(path: Path) -> str:
    """The input document as text (UTF-8; undecodable bytes replaced rather than fatal)."""
    return path.read_bytes().decode("utf-8", errors="replace")
