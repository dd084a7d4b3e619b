"""Markdown -> blocks: markdown-it-py reads the structure, selectolax reads it and the raw HTML islands.

Markdown is rendered to HTML with raw HTML passed through untouched, so a document's HTML islands
(feed-reader exports, mirrors) and its Markdown structure land in one tree; the same walker as for
HTML pages then makes the blocks, marked as coming from Markdown.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator

from markdown_it import MarkdownIt
from selectolax.lexbor import LexborHTMLParser

from ..blocks import Block, Document, Kind, Source
from .html import parse_tree
from .text import WRAP_SLACK, WRAPPED_ENDED_SHARE, goes_on_in_lower_case

_LEADING_COMMENT = re.compile(r"\A\s*<!--\s*(\d{10,13})\s*-->")
#: Markdown link syntax left as text: a code block that is really a menu mis-indented by a mirror
_MD_LINK = re.compile(r"\[[^\]\n]{0,300}\]\([^)\s]{0,2000}\)")
#: the two halves of a Markdown link whose text ran over a blank line (a teaser card: image, title,
#: date, summary), which CommonMark leaves as text: "[ Title" opens one, "Summary. ](https://...)" closes it
_OPEN_DEBRIS = re.compile(r"(?:^|\s)\[\s[^\]]*$")
_CLOSE_DEBRIS = re.compile(r"\]\((?:https?:/|/)[^)\s]{0,2000}\)")
#: that many links make a code block a menu, and so do fewer that fill more than this share of it
#: (a teaser card's image link indented into a code block: `* [ ![Title](img.jpg) ](url "Title")`)
MENU_LINKS = 3
MENU_LINK_SHARE = 0.5
#: a paragraph of at least SHORT_LINES lines whose median line is narrower than SHORT_LINE
#: columns is a text copy's list of lines (a menu, a tag list), not prose wrapped by an editor
SHORT_LINES = 3
SHORT_LINE = 40
#: ... and so is a paragraph whose lines, this share of them, each end a sentence
ENDED_SHARE = 0.6
_SENTENCE_ENDS = (".", "!", "?", "。", "！", "？", "”", "\"", "…")
#: a paragraph wrapped by hand is wrapped between these widths (columns; CJK characters take two),
#: this share of its lines (but the last) near the width (text.WRAP_SLACK), and few of those ending
#: a sentence (text.WRAPPED_ENDED_SHARE); a whole text copy needs fewer near it (text.WRAPPED_SHARE)
WRAP_COLUMNS = (60, 400)
PARAGRAPH_WRAPPED_SHARE = 0.6
#: a setext heading is one line at most this wide; more is paragraphs above a separator line
MAX_SETEXT_COLUMNS = 120
#: markdown-it nests at most this deep (it recurses per level; Python's stack is finite)
MAX_NESTING = 40
#: a longer document is rendered in pieces of about this many characters (see `render`)
CHUNK = 1 << 18
#: a blank line, then a line at the margin that opens a new top-level block
_BLOCK_START = re.compile(r"\n[ \t]*\n(?=[^\s>*+\-0-9|`~])")
_FENCE = re.compile(r"(?m)^ {0,3}(?:```|~~~)")
#: raw HTML that CommonMark keeps open over blank lines, until its end
_SPANS = (("<!--", "-->"), ("<pre", "</pre>"), ("<script", "</script>"), ("<style", "</style>"),
          ("<textarea", "</textarea>"))


def _renderer(flat: bool = False) -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": True, "maxNesting": MAX_NESTING})
    # markdown-it refuses links to javascript:, file: and most data: URLs (a browser's safety),
    # leaving their syntax as text: `![ caption](data:image/svg+xml,...)`, a lazy-loading
    # placeholder, would read as a sentence; nothing here is rendered for a browser
    md.validateLink = _any_link
    # nor is a link's address percent-encoded and punycoded for a browser: its href is read as it was
    # written (a third of markdown-it's time on a whole page's Markdown copy went to mdurl)
    md.normalizeLink = _as_written
    md.enable("table")
    md.enable("strikethrough")
    if flat:
        md.disable(["list", "blockquote"])
    return md


def _any_link(url: str) -> bool:
    return True


def _as_written(url: str) -> str:
    return url


def render(text: str) -> str:
    """Markdown -> HTML, a long document in pieces of about CHUNK characters cut between top-level
    blocks: markdown-it's tokens take ~20 bytes per input byte, so whole they made the peak memory
    of a large document; in pieces they take a constant. (A reference-style link defined in a later
    piece than its use stays text: a cost paid by documents over CHUNK only.)"""
    if len(text) <= CHUNK:
        return _render_piece(text)
    return "".join(_render_piece(piece) for piece in _pieces(text))


def _pieces(text: str) -> Iterator[str]:
    """`text` cut at blank lines before a line at the margin that no open container continues
    (not indented, no list marker or quote mark), outside fenced code and raw HTML that spans blank
    lines (comments, pre, script, style, textarea), each piece at least CHUNK characters. What is
    open is counted as the text goes (each character read once: a comment never closed costs no
    more than one that is)."""
    start = checked = fences = 0
    opened = [0] * len(_SPANS)
    cut = _BLOCK_START.search(text, CHUNK)
    while cut is not None:
        end = cut.start() + 1  # after the line's end, so that a piece ends as a whole line
        new = text[checked:end]  # no fence or tag is split: both cut points are line ends
        checked = end
        fences += len(_FENCE.findall(new))
        if "<" in new:
            lowered = new.lower()
            for i, (opening, closing) in enumerate(_SPANS):
                opened[i] = max(0, opened[i] + lowered.count(opening) - lowered.count(closing))
        if fences % 2 or any(opened):
            cut = _BLOCK_START.search(text, cut.end())
            continue
        yield text[start:checked]
        start = checked
        cut = _BLOCK_START.search(text, start + CHUNK)
    yield text[start:]


def _render_piece(text: str) -> str:
    """Markdown -> HTML. Where lists or quotes nest past MAX_NESTING, markdown-it stops reading and
    drops the rest of the container, which for a list is the rest of the document (20 nested list
    levels, then every paragraph after them, vanished); such a document is read again with lists
    and quotes as plain paragraphs, so its text is all there."""
    md = _renderer()
    env: dict = {}
    tokens = md.parse(text, env)
    if tokens and max(t.level for t in tokens) >= MAX_NESTING - 1:
        md = _renderer(flat=True)
        env = {}
        tokens = md.parse(text, env)
    for i, token in enumerate(tokens):
        if token.type == "heading_open" and token.markup in ("=", "-") and i + 2 < len(tokens) \
                and _no_heading(tokens[i + 1].content):
            # a text copy's separator line ("------") under its paragraphs: no setext heading
            for t in (token, tokens[i + 2]):
                t.type, t.tag = t.type.replace("heading", "paragraph"), "p"
        if token.type == "inline" and token.children and _lines_of_a_list(token.content):
            for child in token.children:
                if child.type == "softbreak":
                    child.type = "hardbreak"  # each line its own block, as in a text copy
        elif token.type == "inline" and token.children and _wrapped_lines(token.content):
            for child in token.children:
                if child.type == "hardbreak":
                    child.type = "softbreak"  # a paragraph hard-wrapped at one width: one block
    return md.renderer.render(tokens, md.options, env)


def _no_heading(content: str) -> bool:
    """Setext "heading" text that no heading has: several lines, or one longer than a headline."""
    return "\n" in content or _columns(content) > MAX_SETEXT_COLUMNS


def _columns(line: str) -> int:
    """A line's width on screen: CJK characters take two columns."""
    return len(line) + sum(1 for ch in line if ord(ch) > 0x2E7F and unicodedata.east_asian_width(ch) in "WF")


def _lines_of_a_list(content: str) -> bool:
    lines = content.split("\n")
    if len(lines) < SHORT_LINES:
        return False
    if sorted(_columns(line) for line in lines)[len(lines) // 2] < SHORT_LINE:
        return True
    # wrapped prose breaks lines mid-sentence; a text copy's lines end theirs
    return sum(1 for line in lines[:-1] if line.rstrip().endswith(_SENTENCE_ENDS)) >= ENDED_SHARE * (len(lines) - 1)


def _wrapped_lines(content: str) -> bool:
    """A paragraph whose lines a copy broke at one width (each line ending in a hard break: the
    <br> of a page that wrapped its text by hand), mid-sentence: its lines are one paragraph's, as
    the text parser joins them back (text.py), not a column of lines each its own block."""
    lines = [line.strip() for line in content.split("\n")]
    if len(lines) < SHORT_LINES:
        return False
    body = [_columns(line) for line in lines[:-1]]  # the last line is as long as its words make it
    width = max(body)
    if not WRAP_COLUMNS[0] <= width <= WRAP_COLUMNS[1]:
        return False
    near = [line for line, cols in zip(lines, body) if cols >= WRAP_SLACK * width]
    if len(near) < PARAGRAPH_WRAPPED_SHARE * len(body):
        return False
    if sum(1 for line in near if line.endswith(_SENTENCE_ENDS)) >= WRAPPED_ENDED_SHARE * len(near):
        return False
    return goes_on_in_lower_case(lines[1:])


def _menu_links(block: Block) -> Block:
    """A code block full of Markdown links (`* [News](/news/)`, a nested menu indented past a
    list's content, which CommonMark reads as code, or one teaser card's image link) counts those
    links as links."""
    spans = [len(m.group()) for m in _MD_LINK.finditer(block.text)]
    if len(spans) < MENU_LINKS and sum(spans) <= MENU_LINK_SHARE * len(block.text):
        return block
    return block.with_(link_chars=min(len(block.text), sum(spans)))


def _link_debris(block: Block) -> Block:
    """A block holding the halves of a link CommonMark could not close counts their text as link
    text: everything up to the last `](url)`, and everything after a last unclosed `[ `."""
    text = block.text
    if "[" not in text and "](" not in text:
        return block
    linked = 0
    close = None
    for close in _CLOSE_DEBRIS.finditer(text):
        pass
    if close is not None:
        linked = close.end()
    opened = _OPEN_DEBRIS.search(text, linked)
    if opened is not None:
        linked += len(text) - opened.start()
    if linked <= block.link_chars:
        return block
    return block.with_(link_chars=min(len(text), linked))


def parse_markdown(text: str, prepare: Callable[[LexborHTMLParser], None] | None = None) -> Document:
    from ..metadata import html_meta
    from .segments import parse_segmented

    page = f"<html><body>{render(text)}</body></html>"
    # a long document's HTML is parsed and walked in segments (segments.py), one tree at a time
    doc = parse_segmented(page, prepare, source=Source.MARKDOWN, br_splits=True)
    if doc is not None:
        del page
        inner, doc.meta = doc.meta, {}
    else:
        tree = LexborHTMLParser(page)
        del page  # the tree holds it now: a large document's HTML is not kept beside its blocks
        if prepare is not None:
            prepare(tree)
        doc = parse_tree(tree, source=Source.MARKDOWN, br_splits=True)
        inner = html_meta(tree)
    doc.blocks = [_menu_links(b) if b.kind is Kind.CODE else _link_debris(b) for b in doc.blocks]
    m = _LEADING_COMMENT.match(text)
    if m:
        doc.meta["epoch"] = m.group(1)
    for key in ("published", "url", "lang"):
        if key in inner:
            doc.meta[key] = inner[key]
    return doc
