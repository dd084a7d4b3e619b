"""trafilatura behind our interface (it reads HTML only; text and Markdown go in as they are)."""

from __future__ import annotations

import json

from ..options import Options
from ..result import Result
from ._common import paragraphs, run_adapter


def _call(text: str, url: str | None) -> Result:
    import trafilatura

    out = trafilatura.extract(text, url=url, output_format="json", with_metadata=True,
                              include_comments=False, include_tables=True)
    if not out:
        return Result()
    data = json.loads(out)
    return Result(text=paragraphs(data.get("text") or ""), title=data.get("title") or None,
                  published=data.get("date") or None, url=data.get("url") or None,
                  lang=data.get("language") or None)


def run(data: str | bytes, *, url: str | None, fmt: str | None, options: Options) -> Result:
    return run_adapter("trafilatura", data, url, fmt, _call)
