"""str -> rendition: a whole HTML page, an HTML fragment, Markdown (raw HTML allowed), or plain text."""

from __future__ import annotations

import re

#: how much of the document detection reads; the start of a document says what it is
DETECT_WINDOW = 20_000

_LEADING_JUNK = re.compile(r"\A(?:\s+|<!--.*?-->|<\?xml[^>]*>)*", re.S)
_PAGE_START = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]", re.I)
_PAGE_TAG = re.compile(r"<(?:html|head|body)[\s>]", re.I)
_BLOCK_TAG = re.compile(r"<(?:p|div|br|article|section|span|li|ul|ol|table|tr|td|h[1-6]|img|a|strong|em|b|i|blockquote|figure|header|footer|nav|main)[\s>/]", re.I)

# strong Markdown signals: constructs that plain text copies do not produce by accident
_MD_STRONG = (
    re.compile(r"^#{1,6}[ \t]+\S", re.M),                       # ATX heading
    # setext heading: a line with text, then a line of = or ---; the line is read from its first
    # non-space character, so a line that is not followed by a rule fails once, not once per
    # character (4 ms per text copy before)
    re.compile(r"^[^\S\n]*\S[^\n]*\n[ \t]{0,3}(?:=+|-{3,})[ \t]*$", re.M),
    re.compile(r"!?\[[^\]\n]{0,300}\]\((?:[^()\s]|\([^()\s]*\)){0,2000}(?:[ \t]+\"[^\"\n]*\")?\)"),  # [link](url "title")
    re.compile(r"^```|^~~~", re.M),                              # fenced code
    re.compile(r"^\|?[ \t]*:?-{3,}:?[ \t]*\|", re.M),            # table rule
    # strong emphasis; each branch opens with its literal (the lookbehind comes after it), so the
    # engine skips to a "*" or "_" instead of testing two lookbehinds at every character
    re.compile(r"\*\*(?<![*\w]\*\*)[^*\s][^*\n]{0,200}?(?<=[^*\s])\*\*(?![*\w])|__(?<!\w__)[^_\s][^_\n]{0,200}__(?!\w)"),
    re.compile(r"^\[[^\]\n]+\]:[ \t]*\S+", re.M),                # reference definition
)
# weak signals: lists and quotes, which text copies also use
_MD_WEAK = (
    re.compile(r"^[ \t]{0,3}[-*+][ \t]+\S", re.M),
    re.compile(r"^[ \t]{0,3}\d{1,3}[.)][ \t]+\S", re.M),
    re.compile(r"^>[ \t]?\S", re.M),
)
#: how many strong Markdown constructs make a document Markdown
MD_STRONG_MIN = 2
#: tags per non-empty line of text above which a document is an HTML fragment, not a text copy
FRAGMENT_TAGS_PER_LINE = 0.3
#: closing tags of block elements that only real markup has (a text copy may hold a stray <img>)
FRAGMENT_CLOSING_MIN = 3
_ANY_CLOSING = re.compile(r"</[a-zA-Z][a-zA-Z0-9]*\s*>")
_CLOSING_TAG = re.compile(r"</(?:p|div|a|h[1-6]|li|td|table|b|center|pre|span|font)>", re.I)


def _count(patterns: tuple[re.Pattern[str], ...], text: str, cap: int = 20) -> int:
    total = 0
    for p in patterns:
        for _ in p.finditer(text):
            total += 1
            if total >= cap:
                return total
    return total


def detect(text: str) -> str:
    """Guess the rendition of a document: "html", "fragment", "markdown" or "text"."""
    # a page is known by its start, matched in place (the window's copy, ~40 KB of a page's str,
    # is made only for the other renditions)
    start = _LEADING_JUNK.match(text, 0, DETECT_WINDOW)
    offset = start.end() if start else 0
    if _PAGE_START.match(text, offset, DETECT_WINDOW) or _PAGE_TAG.search(text, 0, 2000):
        return "html"
    head = text[:DETECT_WINDOW]
    body = head[offset:]
    if not body.strip() and head.strip():
        return "fragment"  # nothing but comments and declarations: markup with no content
    without_tags = re.sub(r"<[^<>]{0,2000}>", "", head)
    strong = _count(_MD_STRONG, without_tags)
    tags = len(_BLOCK_TAG.findall(head))
    if strong >= MD_STRONG_MIN:
        return "markdown"
    lines = sum(1 for line in without_tags.splitlines() if line.strip())
    # markup carries the structure when there is a tag for every few lines of text; a text copy
    # with a stray tracking pixel or two keeps its line structure
    closing = len(_CLOSING_TAG.findall(head))
    if (tags >= 2 and tags >= FRAGMENT_TAGS_PER_LINE * lines) or closing >= FRAGMENT_CLOSING_MIN:
        return "fragment"
    if body.startswith("<") and tags >= 1 and _ANY_CLOSING.search(head):
        return "fragment"
    if strong >= 1 and _count(_MD_WEAK, without_tags) >= 1:
        return "markdown"
    return "text"
