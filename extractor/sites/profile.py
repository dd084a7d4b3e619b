"""Site profiles: one TOML file per site, loaded and checked field by field.

A malformed profile raises ProfileError naming the file and the field. See docs/site-profiles.md.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from ..errors import ProfileError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

_TOP_KEYS = {"name", "description", "hosts", "url_patterns", "signatures", "signatures_in", "html", "text", "meta",
             "cases"}
#: the renditions a document is detected as (detect.py), which `signatures_in` may name
FORMATS = ("html", "fragment", "markdown", "text")
_HTML_KEYS = {"body", "drop"}
_TEXT_KEYS = {"drop_lines", "start_after", "stop_at"}
_META_KEYS = {"date", "title"}
_CASE_KEYS = {"id", "corpus", "contains", "excludes", "title", "published"}


@dataclass(frozen=True)
class DateRule:
    pattern: re.Pattern[str]
    format: str
    source: str = "text"  # "text": the first blocks; "url": the document's URL

    def read(self, text: str) -> str | None:
        m = self.pattern.search(text)
        if not m:
            return None
        raw = " ".join(g for g in m.groups() if g) if m.groups() else m.group(0)
        try:
            when = datetime.strptime(raw, self.format)
        except ValueError:
            return None
        if "%S" in self.format:
            return when.strftime("%Y-%m-%dT%H:%M:%S")
        if "%M" in self.format:
            return when.strftime("%Y-%m-%dT%H:%M")
        return when.strftime("%Y-%m-%d")


@dataclass(frozen=True)
class Case:
    id: str
    corpus: str | None = None
    contains: tuple[str, ...] = ()
    excludes: tuple[str, ...] = ()
    title: str | None = None
    published: str | None = None


@dataclass(frozen=True)
class Profile:
    name: str
    path: str
    description: str = ""
    hosts: tuple[str, ...] = ()
    url_patterns: tuple[re.Pattern[str], ...] = ()
    signatures: tuple[re.Pattern[str], ...] = ()
    #: the renditions the signatures are looked for in (a profile for copies that carry no URL
    #: need not search every HTML page, which names its URL, at a pass over its text per profile)
    signatures_in: tuple[str, ...] = FORMATS
    body: tuple[str, ...] = ()
    drop: tuple[str, ...] = ()
    drop_lines: tuple[re.Pattern[str], ...] = ()
    start_after: tuple[re.Pattern[str], ...] = ()
    stop_at: tuple[re.Pattern[str], ...] = ()
    date: DateRule | None = None
    no_date: bool = False  # the document's dates are not the story's (a copy date): publish none
    title_after: re.Pattern[str] | None = None  # the title is the block after the one matching
    title_block: int | None = None  # the title is this block (0: the first)
    cases: tuple[Case, ...] = field(default_factory=tuple)


def _fail(path: Path, where: str, problem: str) -> ProfileError:
    return ProfileError(f"{path}: field '{where}': {problem}")


def _strings(path: Path, where: str, value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _fail(path, where, "must be a string or a list of strings")
    return tuple(value)


def _regexes(path: Path, where: str, value: Any) -> tuple[re.Pattern[str], ...]:
    out = []
    for i, pattern in enumerate(_strings(path, where, value)):
        try:
            out.append(re.compile(pattern, re.M))
        except re.error as err:
            raise _fail(path, f"{where}[{i}]", f"invalid regular expression {pattern!r}: {err}") from None
    return tuple(out)


def _formats(path: Path, where: str, value: Any) -> tuple[str, ...]:
    if value is None:
        return FORMATS
    formats = _strings(path, where, value)
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise _fail(path, where, f"must list some of {', '.join(FORMATS)}")
    return formats


def _selectors(path: Path, where: str, value: Any) -> tuple[str, ...]:
    from selectolax.lexbor import LexborHTMLParser

    probe = LexborHTMLParser("<p></p>")
    selectors = _strings(path, where, value)
    for i, sel in enumerate(selectors):
        try:
            probe.css(sel)
        except Exception as err:  # selectolax raises several types for bad selectors
            raise _fail(path, f"{where}[{i}]", f"invalid CSS selector {sel!r}: {err}") from None
    return selectors


def _table(path: Path, where: str, value: Any, keys: set[str]) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise _fail(path, where, "must be a table")
    unknown = sorted(set(value) - keys)
    if unknown:
        raise _fail(path, f"{where}.{unknown[0]}", f"unknown key; known keys: {', '.join(sorted(keys))}")
    return value


def _date(path: Path, value: Any) -> tuple[DateRule | None, bool]:
    if value is None:
        return None, False
    if value is False:
        return None, True
    rule = _table(path, "meta.date", value, {"pattern", "format", "source"})
    if not isinstance(rule.get("pattern"), str) or not isinstance(rule.get("format"), str):
        raise _fail(path, "meta.date", "needs string keys 'pattern' and 'format' (or set it to false)")
    source = rule.get("source", "text")
    if source not in ("text", "url"):
        raise _fail(path, "meta.date.source", "must be 'text' or 'url'")
    return DateRule(_regexes(path, "meta.date.pattern", rule["pattern"])[0], rule["format"], source), False


def _cases(path: Path, value: Any) -> tuple[Case, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise _fail(path, "cases", "must be an array of tables ([[cases]])")
    out = []
    for i, raw in enumerate(value):
        case = _table(path, f"cases[{i}]", raw, _CASE_KEYS)
        if not isinstance(case.get("id"), str):
            raise _fail(path, f"cases[{i}].id", "is required and must be a string")
        out.append(Case(case["id"], case.get("corpus"), _strings(path, f"cases[{i}].contains", case.get("contains")),
                        _strings(path, f"cases[{i}].excludes", case.get("excludes")), case.get("title"),
                        case.get("published")))
    return tuple(out)


def load_profile(path: str | Path) -> Profile:
    """Read and check one profile file."""
    path = Path(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise ProfileError(f"{path}: cannot read: {err.strerror or err}") from None
    except tomllib.TOMLDecodeError as err:
        raise ProfileError(f"{path}: not valid TOML: {err}") from None
    unknown = sorted(set(raw) - _TOP_KEYS)
    if unknown:
        raise _fail(path, unknown[0], f"unknown key; known keys: {', '.join(sorted(_TOP_KEYS))}")
    if not isinstance(raw.get("name"), str) or not raw["name"]:
        raise _fail(path, "name", "is required and must be a non-empty string")
    html = _table(path, "html", raw.get("html"), _HTML_KEYS)
    text = _table(path, "text", raw.get("text"), _TEXT_KEYS)
    meta = _table(path, "meta", raw.get("meta"), _META_KEYS)
    date, no_date = _date(path, meta.get("date"))
    title = _table(path, "meta.title", meta.get("title"), {"after", "block"})
    if "block" in title and not isinstance(title["block"], int):
        raise _fail(path, "meta.title.block", "must be an integer (0: the first block)")
    profile = Profile(
        name=raw["name"], path=str(path), description=str(raw.get("description", "")),
        hosts=tuple(h.lower().lstrip(".") for h in _strings(path, "hosts", raw.get("hosts"))),
        url_patterns=_regexes(path, "url_patterns", raw.get("url_patterns")),
        signatures=_regexes(path, "signatures", raw.get("signatures")),
        signatures_in=_formats(path, "signatures_in", raw.get("signatures_in")),
        body=_selectors(path, "html.body", html.get("body")),
        drop=_selectors(path, "html.drop", html.get("drop")),
        drop_lines=_regexes(path, "text.drop_lines", text.get("drop_lines")),
        start_after=_regexes(path, "text.start_after", text.get("start_after")),
        stop_at=_regexes(path, "text.stop_at", text.get("stop_at")),
        date=date, no_date=no_date,
        title_after=_regexes(path, "meta.title.after", title["after"])[0] if "after" in title else None,
        title_block=title.get("block"),
        cases=_cases(path, raw.get("cases")),
    )
    if not (profile.hosts or profile.url_patterns or profile.signatures):
        raise _fail(path, "hosts", "a profile needs at least one of hosts, url_patterns or signatures to match")
    return profile


def profile_files(location: str | Path) -> list[Path]:
    """The .toml files a path names: the file itself, or every .toml in the folder (sorted)."""
    p = Path(location)
    if p.is_dir():
        return sorted(p.glob("*.toml"))
    if p.is_file():
        return [p]
    raise ProfileError(f"{p}: no such profile file or folder")


def bundled_dir() -> Path:
    return Path(__file__).parent / "profiles"
