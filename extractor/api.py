"""The public entry point: argument checks, then one of the registered extractors."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import Union

from .errors import ExtractorError
from .options import DEFAULT_OPTIONS, Options
from .result import Result

FORMATS = ("html", "fragment", "markdown", "text")
SitesArg = Union[bool, str, os.PathLike, Sequence[Union[str, os.PathLike]]]


def _run_full(data, url, fmt, sites, options):
    from .pipeline import run

    return run(data, url=url, fmt=fmt, sites=sites, options=options, name="full")


def _run_fast(data, url, fmt, sites, options):
    from .lean import run_fast

    return run_fast(data, url=url, fmt=fmt, sites=sites, options=options)


def _run_auto(data, url, fmt, sites, options):
    from .pipeline import run_auto

    return run_auto(data, url=url, fmt=fmt, sites=sites, options=options)


def _run_trafilatura(data, url, fmt, sites, options):
    from .adapters.trafilatura import run

    return run(data, url=url, fmt=fmt, options=options)


def _run_readability(data, url, fmt, sites, options):
    from .adapters.readability import run

    return run(data, url=url, fmt=fmt, options=options)


#: name -> runner(data, url, fmt, sites, options) -> Result; adapters import their library lazily
EXTRACTORS: dict[str, Callable[..., Result]] = {
    "auto": _run_auto,
    "full": _run_full,
    "fast": _run_fast,
    "trafilatura": _run_trafilatura,
    "readability": _run_readability,
}


def extract(
    data: str | bytes,
    *,
    url: str | None = None,
    format: str | None = None,
    extractor: str = "auto",
    sites: SitesArg = True,
    options: Options | None = None,
    **overrides: object,
) -> Result:
    """Extract the article from one document.

    `data` is a whole HTML page, an HTML fragment, Markdown (raw HTML allowed) or plain text, as
    str or bytes (bytes are decoded: BOM, declared charset checked against the bytes, detection).
    `format` forces the rendition ("html", "fragment", "markdown", "text"); `extractor` is one of
    EXTRACTORS; `sites` is True (the bundled site profiles), False (none), or a path / list of
    paths to profile files or folders of your own (used before the bundled ones). Keyword
    `overrides` set fields of `Options`.

    Raises ExtractorError for invalid arguments only. Any str or bytes gives a Result; when no
    article is found its text is empty and `reason` says why.
    """
    if isinstance(data, (bytearray, memoryview)):
        data = bytes(data)
    if not isinstance(data, (str, bytes)):
        raise ExtractorError(f"data must be str or bytes, not {type(data).__name__}")
    if url is not None and not isinstance(url, str):
        raise ExtractorError(f"url must be a str or None, not {type(url).__name__}")
    if format is not None and format not in FORMATS:
        raise ExtractorError(f"format must be None (detect) or one of {', '.join(FORMATS)}, not {format!r}")
    if not isinstance(extractor, str) or extractor not in EXTRACTORS:
        raise ExtractorError(f"unknown extractor {extractor!r}; choose one of {', '.join(EXTRACTORS)}")
    if options is not None and not isinstance(options, Options):
        raise ExtractorError(f"options must be an extractor.Options, not {type(options).__name__}")
    opts = (options or DEFAULT_OPTIONS).replace(**overrides)
    _check_sites(sites)
    return EXTRACTORS[extractor](data, url, format, sites, opts)


def _check_sites(sites: object) -> None:
    if isinstance(sites, (bool, str, os.PathLike)):
        return
    if isinstance(sites, Sequence) and all(isinstance(s, (str, os.PathLike)) for s in sites):
        return
    raise ExtractorError("sites must be True, False, or a path (or list of paths) to site profiles")
