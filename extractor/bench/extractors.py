"""The extractors a benchmark can run, as plain callables `fn(data: str, url: str | None) -> str`.

Ours and the other libraries go through `extractor.extract`; `everything` and `nothing` are
sentinels that bound the scores from above (all visible text) and below (no text). A callable
with a true `takes_format` attribute is also given the case's manifest format as `format=`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

BenchFn = Callable[..., str]

#: what runs when the user names no extractors
DEFAULT_EXTRACTORS = ("auto", "fast", "trafilatura", "readability", "everything")
#: what "all" means
ALL_EXTRACTORS = ("auto", "auto-nosites", "full", "full-nosites", "fast", "fast-nosites", "trafilatura",
                  "readability", "everything", "nothing")
SENTINELS = ("everything", "nothing")
#: formats whose visible text is the input itself
_TEXT_FORMATS = ("text", "markdown", "markdown+html", "md", "txt", "plain")
#: elements whose text is never visible
_INVISIBLE = "script, style, noscript, template, head, title, svg, iframe, object"
#: elements that start a new line of visible text
_BLOCKS = ("p, div, li, ul, ol, dl, dt, dd, h1, h2, h3, h4, h5, h6, blockquote, pre, table, tr, td, "
           "th, br, hr, section, article, header, footer, nav, aside, main, figure, figcaption, form, "
           "address, details, summary, caption, center")


@dataclass(frozen=True)
class Ours:
    """One of this library's extractors (or an adapter it ships) through the public API."""

    name: str
    sites: bool = True

    def __call__(self, data: str, url: str | None) -> str:
        from extractor import extract

        return extract(data, url=url, extractor=self.name, sites=self.sites).text


@dataclass(frozen=True)
class Everything:
    """Sentinel: all visible text of an HTML page, or the whole input for text and Markdown."""

    takes_format: bool = True

    def __call__(self, data: str, url: str | None, format: str = "html") -> str:
        if format in _TEXT_FORMATS:
            return data
        return visible_text(data)


@dataclass(frozen=True)
class Nothing:
    """Sentinel: always the empty string."""

    def __call__(self, data: str, url: str | None) -> str:
        return ""


def visible_text(html: str) -> str:
    """The text of the page body, one line per block element, invisible elements removed."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    root = tree.body or tree.root
    if root is None:
        return ""
    for node in root.css(_INVISIBLE):
        node.decompose()
    for node in root.css(_BLOCKS):
        node.insert_before("\n")
    text = root.text(deep=True, separator="")
    return "\n".join(line for line in (" ".join(raw.split()) for raw in text.splitlines()) if line)


def builtin(name: str) -> BenchFn:
    """The callable for a built-in extractor name (see ALL_EXTRACTORS); KeyError if unknown."""
    if name == "everything":
        return Everything()
    if name == "nothing":
        return Nothing()
    from extractor import EXTRACTORS

    if name in EXTRACTORS:
        return Ours(name)
    base = name.removesuffix("-nosites")
    if base != name and base in EXTRACTORS:
        return Ours(base, sites=False)
    raise KeyError(name)


def known_names() -> tuple[str, ...]:
    """Every built-in extractor name, ours first."""
    from extractor import EXTRACTORS

    extra = tuple(n for n in EXTRACTORS if n not in ALL_EXTRACTORS)
    return ALL_EXTRACTORS + extra


def parse_names(spec: str | None, *, defaults: bool = True) -> list[str]:
    """Extractor names from a comma list ("all" means all), after the defaults unless told not to."""
    names = list(DEFAULT_EXTRACTORS) if defaults else []
    for raw in (spec or "").split(","):
        item = raw.strip()
        if not item:
            continue
        for name in (known_names() if item == "all" else (item,)):
            if name not in names:
                names.append(name)
    return names


def resolve(names: list[str]) -> tuple[dict[str, BenchFn], list[str]]:
    """Callables for the known names, and the unknown names."""
    found: dict[str, BenchFn] = {}
    unknown: list[str] = []
    for name in names:
        try:
            found[name] = builtin(name)
        except KeyError:
            unknown.append(name)
    return found, unknown


def call(fn: BenchFn, data: str, url: str | None, fmt: str) -> str:
    """Run one bench callable on one document."""
    if getattr(fn, "takes_format", False):
        return fn(data, url, format=fmt)
    return fn(data, url)


def is_sentinel(name: str) -> bool:
    return name in SENTINELS


def ordered(extractors: Mapping[str, BenchFn]) -> list[str]:
    """Names with the sentinels last."""
    return [n for n in extractors if not is_sentinel(n)] + [n for n in extractors if is_sentinel(n)]
