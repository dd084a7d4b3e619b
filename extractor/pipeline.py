"""The pipeline (being written): decode -> detect -> parse -> profile -> classify -> select -> render."""

from __future__ import annotations

from .decode import decode
from .detect import detect
from .options import Options
from .result import Result


def run(data, *, url, fmt, sites, options: Options, name: str = "fast") -> Result:
    decoded = decode(data)
    form = fmt or detect(decoded.text)
    return Result(text=decoded.text, format=form, extractor=name, url=url)


def run_auto(data, *, url, fmt, sites, options: Options) -> Result:
    return run(data, url=url, fmt=fmt, sites=sites, options=options, name="fast")
