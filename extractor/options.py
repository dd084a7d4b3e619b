"""Options: one frozen object, overridable by keyword, travelling explicitly through every stage."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, fields

from .errors import ExtractorError

FAVOR_CHOICES = ("balanced", "precision", "recall")


@dataclass(frozen=True)
class Options:
    """What the generic extractor keeps and how hard it tries.

    Every field can be overridden by keyword in `extract(..., name=value)`.
    """

    #: keep headings inside the article (sub-headings); the title itself goes to `Result.title`
    include_headings: bool = True
    #: keep lists that belong to the story
    include_lists: bool = True
    #: keep block quotes
    include_quotes: bool = True
    #: keep table cells that read as prose
    include_tables: bool = True
    #: keep every caption and photo credit (off: only a story's own captions stay, those of one or
    #: two pictures set among its paragraphs; galleries, <figcaption>s and credits go)
    include_captions: bool = False
    #: "precision" drops borderline blocks, "recall" keeps them
    favor: str = "balanced"
    #: drop teaser-like blocks whose words share nothing with the article
    topic_filter: bool = True
    #: when our extractor finds nothing in an HTML page, `auto` asks trafilatura
    fallback: bool = True
    #: remove an HTML page's <nav>, <footer> and <aside> elements without prose before reading it
    #: (about twice as fast; the same text on every corpus case); off, every element is read and
    #: each block it drops is in the trace with its rule
    prune: bool = True
    #: seconds one document may take before extraction stops with a reason (None: no budget)
    time_budget: float | None = None
    #: documents larger than this many characters are cut to it, with a note in the trace
    max_chars: int = 64_000_000

    def __post_init__(self) -> None:
        if self.favor not in FAVOR_CHOICES:
            raise ExtractorError(f"favor must be one of {', '.join(FAVOR_CHOICES)}, not {self.favor!r}")
        if self.time_budget is not None and not (isinstance(self.time_budget, (int, float)) and self.time_budget > 0):
            raise ExtractorError(f"time_budget must be a positive number of seconds or None, not {self.time_budget!r}")
        if not isinstance(self.max_chars, int) or self.max_chars <= 0:
            raise ExtractorError(f"max_chars must be a positive int, not {self.max_chars!r}")
        for f in fields(self):
            if f.type in ("bool",) and not isinstance(getattr(self, f.name), bool):
                raise ExtractorError(f"{f.name} must be True or False, not {getattr(self, f.name)!r}")

    def replace(self, **overrides: object) -> "Options":
        """A copy with some fields changed; unknown names raise ExtractorError listing the valid ones."""
        if not overrides:
            return self  # (every extract() call without keyword options)
        names = {f.name for f in fields(self)}
        unknown = sorted(set(overrides) - names)
        if unknown:
            raise ExtractorError(
                f"unknown option(s) {', '.join(unknown)}; valid options: {', '.join(sorted(names))}"
            )
        return dataclasses.replace(self, **overrides)


DEFAULT_OPTIONS = Options()


_TRUE, _FALSE = {"true", "yes", "on", "1"}, {"false", "no", "off", "0"}


def overrides_from_strings(pairs: list[str]) -> dict[str, object]:
    """`["favor=precision", "include_tables=false", "time_budget=2.5"]` -> checked keyword
    overrides, each value read by its field's type; a bad name or value raises ExtractorError
    saying what to write instead."""
    types = {f.name: str(f.type) for f in fields(Options)}
    out: dict[str, object] = {}
    for pair in pairs:
        name, sep, raw = pair.partition("=")
        name, raw = name.strip(), raw.strip()
        if not sep or name not in types:
            raise ExtractorError(f"--set takes NAME=VALUE with NAME one of {', '.join(sorted(types))}, not {pair!r}")
        out[name] = _value(name, types[name], raw)
    Options().replace(**out)  # the object's own checks (favor's choices, positive numbers)
    return out


def _value(name: str, kind: str, raw: str) -> object:
    low = raw.lower()
    if kind == "bool":
        if low in _TRUE | _FALSE:
            return low in _TRUE
        raise ExtractorError(f"{name} takes true or false, not {raw!r}")
    if "None" in kind and low in ("none", ""):
        return None
    try:
        if kind.startswith("int"):
            return int(raw)
        if kind.startswith("float"):
            return float(raw)
    except ValueError:
        raise ExtractorError(f"{name} takes a number, not {raw!r}") from None
    return raw
