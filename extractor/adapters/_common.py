"""What the adapters share: decoding, error capture, turning their output into a Result."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..decode import decode
from ..detect import detect
from ..parse.bounds import bound_markup
from ..result import Result

_BLANKS = re.compile(r"\n\s*\n+")


def paragraphs(text: str) -> str:
    """Normalise another tool's text to ours: one paragraph per line group, one blank line between."""
    parts = [" ".join(line.split()) for line in _BLANKS.split(text.strip())]
    out: list[str] = []
    for part in parts:
        out.extend(" ".join(line.split()) for line in part.splitlines() if line.strip())
    return "\n\n".join(p for p in out if p)


def run_adapter(name: str, data: str | bytes, url: str | None, fmt: str | None,
                call: Callable[[str, str | None], Result]) -> Result:
    """Decode, call the other tool on the input as it is (they read HTML only), never raise."""
    decoded = decode(data)
    form = fmt or detect(decoded.text)
    if decoded.binary or not decoded.text.strip():
        return Result(format=form, extractor=name, url=url, reason="empty or binary input")
    # bounded as for our own parser: lxml too is quadratic in the attributes of one element
    text = decoded.text if form == "text" else bound_markup(decoded.text)[0]
    try:
        result = call(text, url)
    except Exception as err:  # another library's failure is a result with a reason, not ours to raise
        return Result(format=form, extractor=name, url=url, reason=f"{name} raised {type(err).__name__}: {err}")
    reason = result.reason or (None if result.text else f"{name} found no article")
    return Result(text=result.text, title=result.title, published=result.published, url=result.url or url,
                  lang=result.lang, format=form, extractor=name, reason=reason)
