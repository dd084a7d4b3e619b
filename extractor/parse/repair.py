"""Repairs of markup that would hide a whole page: a <title> whose end tag never comes.

The title is raw text to an HTML parser: everything up to `</title>` is its text. A page whose
end tag was mangled (`</titlevalue="true" -->` from a template tool, `</titavaScript" src=...>`
cut by a crawler) has no `</title>`, so the whole page becomes its title and the parser finds no
body at all: a browser shows it blank, yet the story is there in the markup. Such a title is
closed where its own text ends, at the first end tag after it.
"""

from __future__ import annotations

import re

#: a title longer than this (characters between its start tag and the next end tag) is no title
#: but the page swallowed by it; real titles are a line
TITLE_MAX_CHARS = 1000
#: only a title in the document's head is checked: the first this many characters
HEAD_CHARS = 64 * 1024

_TITLE_START = re.compile(r"<title(?:\s[^>]{0,500})?>", re.I)
_TITLE_END = re.compile(r"</title\s*>", re.I)


def close_runaway_title(text: str) -> tuple[str, list[str]]:
    """The text with a runaway <title> closed at the first end tag after it, and a note; or the
    text unchanged and no note."""
    start = _TITLE_START.search(text, 0, HEAD_CHARS)
    if start is None:
        return text, []
    end = _TITLE_END.search(text, start.end())
    if end is not None and end.start() - start.end() <= TITLE_MAX_CHARS:
        return text, []
    cut = text.find("</", start.end())
    if cut < 0 or cut - start.end() > TITLE_MAX_CHARS:
        return text, []
    note = "a <title> without its end tag held the whole page: closed where its text ends"
    return f"{text[:cut]}</title>{text[cut:]}", [note]
