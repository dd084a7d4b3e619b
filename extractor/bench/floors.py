"""Quality floors: {corpus: {extractor: min}} in JSON or TOML, checked against a run.

A floor is a number (the headline figure: mean shingle F1, or the mean snippet score on snippet
gold) or a table {metric: min} naming figures of `Summary` (f1, zyte_f1, bag_f1, paragraphs,
with_share, without_share, snippet_score, headline). Keys starting with "_" are comments.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from .aggregate import Summary

METRICS = ("headline", "f1", "zyte_f1", "bag_f1", "bag_zyte_f1", "paragraphs", "with_share",
           "without_share", "snippet_score")
LABELS = MappingProxyType({
    "headline": "mean F1", "f1": "mean F1", "zyte_f1": "Zyte F1", "bag_f1": "bag F1", "bag_zyte_f1": "bag Zyte F1",
    "paragraphs": "paragraph rate", "with_share": "'with' share", "without_share": "'without' share",
    "snippet_score": "snippet score"})


class FloorsError(ValueError):
    """The floors file cannot be read or has the wrong shape."""


@dataclass(frozen=True)
class Floor:
    corpus: str
    extractor: str
    metric: str
    minimum: float


def load_floors(path: str | Path) -> list[Floor]:
    """Read a floors file (TOML when it ends in .toml, JSON otherwise)."""
    file = Path(path)
    try:
        raw = file.read_bytes()
    except OSError as err:
        raise FloorsError(f"cannot read floors file {file}: {err}") from None
    try:
        data = _toml(raw) if file.suffix.lower() == ".toml" else json.loads(raw)
    except ValueError as err:
        raise FloorsError(f"floors file {file} is not valid {file.suffix.lstrip('.') or 'JSON'}: {err}") from None
    return parse_floors(data, str(file))


def _toml(raw: bytes) -> Any:
    try:
        import tomllib
    except ModuleNotFoundError:  # Python < 3.11
        import tomli as tomllib
    return tomllib.loads(raw.decode("utf-8"))


def parse_floors(data: Any, where: str = "floors") -> list[Floor]:
    """Floors from already-parsed data."""
    if not isinstance(data, Mapping):
        raise FloorsError(f"{where}: expected {{corpus: {{extractor: minimum}}}}")
    floors: list[Floor] = []
    for corpus, per in _entries(data):
        if not isinstance(per, Mapping):
            raise FloorsError(f"{where}: {corpus!r} must map extractor names to minimums")
        for extractor, value in _entries(per):
            floors.extend(_floors(where, corpus, extractor, value))
    return floors


def _entries(data: Mapping[str, Any]) -> list[tuple[str, Any]]:
    return [(str(k), v) for k, v in data.items() if not str(k).startswith("_")]


def _floors(where: str, corpus: str, extractor: str, value: Any) -> list[Floor]:
    table = value if isinstance(value, Mapping) else {"headline": value}
    out = []
    for metric, minimum in _entries(table):
        if metric not in METRICS:
            raise FloorsError(f"{where}: {corpus}/{extractor}: unknown metric {metric!r} "
                              f"(choose from {', '.join(METRICS)})")
        if isinstance(minimum, bool) or not isinstance(minimum, (int, float)):
            raise FloorsError(f"{where}: {corpus}/{extractor}/{metric}: the minimum must be a number")
        out.append(Floor(corpus, extractor, metric, float(minimum)))
    return out


@dataclass(frozen=True)
class FloorCheck:
    """Figures below their floor, floors this run could not check, and how many were checked."""

    failures: tuple[str, ...]
    notes: tuple[str, ...]
    checked: int

    @property
    def ok(self) -> bool:
        return not self.failures


def check_floors(floors: list[Floor], table: Mapping[tuple[str, str], Summary],
                 ran: Mapping[str, list[str]]) -> FloorCheck:
    """Compare the run with its floors.

    `table` is the per-corpus summary keyed by (corpus, extractor); `ran` maps each corpus of the
    run to the extractors run on it.
    """
    failures: list[str] = []
    notes: list[str] = []
    checked = 0
    for floor in floors:
        if floor.corpus not in ran:
            notes.append(f"{floor.corpus}: not in this run; its floors were not checked")
            continue
        summary = table.get((floor.corpus, floor.extractor))
        if summary is None:
            notes.append(f"{floor.corpus} / {floor.extractor}: extractor not run; floor not checked")
            continue
        checked += 1
        value = getattr(summary, floor.metric)
        label = LABELS[floor.metric]
        if value is None:
            failures.append(f"{floor.corpus} / {floor.extractor}: no {label} to compare with the floor "
                            f"{floor.minimum:.3f}")
        elif value < floor.minimum:
            failures.append(f"{floor.corpus} / {floor.extractor}: {label} {value:.3f} is below the floor "
                            f"{floor.minimum:.3f}")
    return FloorCheck(tuple(failures), tuple(sorted(set(notes))), checked)
