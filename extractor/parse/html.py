"""HTML -> blocks, through selectolax (lexbor).

One iterative walk (no recursion: 20,000 levels of nesting are fine) over the body. Inline text
gathers into the block of its nearest block-level element; the block records its kind, the class/id
words of every enclosing element, its tag path, and how much of its text sits inside links.

The walk is the hot loop of the whole extractor, so it is written for speed (see benchmarks/profile.md):
it moves through the tree with `first_child` / `next` / `parent` and keeps its own stack of what to
do when an element ends, tells nodes apart by lexbor's integer tag ids instead of tag names, reads
attributes only of block elements and links, finds hidden elements with one C-level CSS query
before the walk instead of reading every element's attributes, and works out a block's path, kind,
tokens and ancestors once per open element rather than once per block.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..blocks import Block, Document, Kind, Source
from ..textnorm import collapse, collapse_lines

#: elements whose content is never article text
SKIP_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
    "head", "title", "meta", "link", "input", "select", "textarea", "button", "option", "video",
    "audio", "source", "track", "map", "area", "dialog",
})
#: elements that start a new block
BLOCK_TAGS = frozenset({
    "html", "body", "address", "article", "aside", "blockquote", "center", "dd", "details", "dir",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
    "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
    "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "ul", "legend",
    "frameset", "frame", "noframes", "listing", "plaintext", "xmp",
})
_KIND_OF = {
    "h1": Kind.HEADING, "h2": Kind.HEADING, "h3": Kind.HEADING, "h4": Kind.HEADING,
    "h5": Kind.HEADING, "h6": Kind.HEADING, "li": Kind.LIST_ITEM, "dt": Kind.LIST_ITEM,
    "dd": Kind.LIST_ITEM, "blockquote": Kind.QUOTE, "figcaption": Kind.CAPTION,
    "caption": Kind.CAPTION, "pre": Kind.CODE, "td": Kind.TABLE_CELL, "th": Kind.TABLE_CELL,
    "hr": Kind.RULE,
}
_TOKEN_SPLIT = re.compile(r"[^a-z0-9]+")
#: class/id words longer than this are hashes, not words
MAX_TOKEN_LEN = 40
#: how many enclosing block elements a block remembers, innermost first
ANCESTOR_MEMORY = 8
#: hidden-element markers in a style attribute
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
#: every element that may be hidden: the `hidden` attribute, or a style naming none/hidden (the
#: regex above then decides); one C-level query instead of reading every element's attributes
_HIDDEN_QUERY = '[hidden], [style*="none" i], [style*="hidden" i]'
_TOKEN_ATTRS = ("class", "id", "itemprop", "role")


def _tag_ids() -> dict[str, int]:
    """lexbor's integer id of every tag name the walker cares about (static ids, same in every tree)."""
    tree = LexborHTMLParser("")
    names = SKIP_TAGS | BLOCK_TAGS | {"a", "br", "img", "pre"}
    return {name: tree.create_node(name).tag_id for name in names}


_ID = _tag_ids()
_NAME_OF = {i: name for name, i in _ID.items()}
#: lexbor numbers the non-element nodes (text, comment, doctype, document...) below the first
#: element tag, <a>; custom elements get ids far above every static one
_ELEMENT_MIN = _ID["a"]
_TEXT_ID = LexborHTMLParser("<p>x</p>").css_first("p").first_child.tag_id  # type: ignore[union-attr]
_SKIP_IDS = frozenset(_ID[t] for t in SKIP_TAGS)
_BLOCK_IDS = frozenset(_ID[t] for t in BLOCK_TAGS)
_KIND_OF_ID = {_ID[t]: (kind, int(t[1]) if kind is Kind.HEADING else 0) for t, kind in _KIND_OF.items()}
_A, _BR, _IMG, _PRE = _ID["a"], _ID["br"], _ID["img"], _ID["pre"]
# what to do when an element ends
_END_NOTHING, _END_BLOCK, _END_LINK, _END_PRE = 0, 1, 2, 3

_split_cache: dict[str, tuple[str, ...]] = {}
_SPLIT_CACHE_MAX = 50_000


def _split_value(value: str) -> tuple[str, ...]:
    """The words of one class/id/itemprop/role value (cached: pages repeat their class lists)."""
    words = _split_cache.get(value)
    if words is None:
        low = value.lower()
        if len(low) > 400:
            low = low[:400]
        words = tuple(w for w in _TOKEN_SPLIT.split(low) if 1 < len(w) <= MAX_TOKEN_LEN)
        if len(_split_cache) >= _SPLIT_CACHE_MAX:
            _split_cache.clear()
        _split_cache[value] = words
    return words


def _attr_tokens(attrs: dict[str, str | None]) -> tuple[str, ...]:
    """The class/id words of an element: class, id, itemprop, role values and data-* names."""
    words: tuple[str, ...] = ()
    for name in _TOKEN_ATTRS:
        value = attrs.get(name)
        if value:
            words += _split_value(value)
    for name in attrs:
        if name.startswith("data-") and len(name) <= MAX_TOKEN_LEN:
            words += tuple(w for w in _TOKEN_SPLIT.split(name[5:]) if 1 < len(w))
    return words


def _tokens(node: LexborNode) -> tuple[str, ...]:
    attrs = node.attributes
    return _attr_tokens(attrs) if attrs else ()


def _hidden(node: LexborNode) -> bool:
    attrs = node.attributes
    if "hidden" in attrs:
        return True
    style = attrs.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def _hidden_ids(root: LexborNode) -> set[int]:
    """Memory ids of the hidden elements under `root` (the walker skips them with their content)."""
    found = root.css(_HIDDEN_QUERY)
    hidden = {node.mem_id for node in found if _hidden(node)} if found else set()
    if root.is_element_node and _hidden(root):  # the query looks below `root` only
        hidden.add(root.mem_id)
    return hidden


class _Frame:
    """One open block element, with what its blocks share, worked out on its first block."""

    __slots__ = ("number", "tag", "tokens", "parent", "depth", "shared", "fs")

    def __init__(self, number: int, tag: str, tokens: tuple[str, ...], parent: _Frame | None, depth: int):
        self.number = number
        self.tag = tag
        self.tokens = tokens
        self.parent = parent
        self.depth = depth
        self.shared: tuple | None = None  # (kind, level, path, tokens, ancestors)
        self.fs: frozenset[str] | None = frozenset() if parent is None else None


def _frozen_tokens(frame: _Frame) -> frozenset[str]:
    """The class/id words of `frame` and every element around it, as one set."""
    pending = []
    f: _Frame | None = frame
    while f is not None and f.fs is None:
        pending.append(f)
        f = f.parent
    below = f.fs if f is not None else frozenset()
    for f in reversed(pending):
        below = below.union(f.tokens) if f.tokens else below
        f.fs = below
    return below  # type: ignore[return-value]


class _Walker:
    """State of one walk: the element table, the open-element stack, the current text buffer."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.parent: list[int] = [0]
        self.end: list[int] = [0]
        self.tags: list[str] = ["#root"]
        self.etokens: list[tuple[str, ...]] = [()]
        self.frames: list[_Frame] = [_Frame(0, "#root", (), None, 0)]
        self.buf: list[str] = []
        self.link_chars = 0
        self.link_depth = 0
        self.pre_depth = 0
        self.hrefs: list[str] = []

    # element table ---------------------------------------------------------------------------
    def open_block(self, tag: str, tokens: tuple[str, ...]) -> int:
        if self.buf:
            self.flush()
        tags = self.tags
        number = len(tags)
        tags.append(tag)
        self.etokens.append(tokens)
        top = self.frames[-1]
        self.parent.append(top.number)
        self.end.append(number)
        self.frames.append(_Frame(number, tag, tokens, top, top.depth + 1))
        return number

    def close_block(self) -> None:
        if self.buf:
            self.flush()
        frame = self.frames.pop()
        self.end[frame.number] = len(self.tags) - 1

    # text --------------------------------------------------------------------------------------
    def add_text(self, text: str) -> None:
        self.buf.append(text)
        if self.link_depth:
            self.link_chars += len(collapse(text))

    def _shared(self, frame: _Frame) -> tuple:
        frames = self.frames[-ANCESTOR_MEMORY:]
        kind, level = Kind.PARAGRAPH, 0
        for f in reversed(frames):
            found = _KIND_OF.get(f.tag)
            if found is not None:
                kind = found
                if kind is Kind.HEADING:
                    level = int(f.tag[1])
                break
        shared = (kind, level, ">".join([f.tag for f in frames]), _frozen_tokens(frame),
                  tuple([f.number for f in reversed(frames)]))
        frame.shared = shared
        return shared

    def flush(self) -> None:
        buf = self.buf
        if not buf:
            return
        raw = buf[0] if len(buf) == 1 else "".join(buf)
        buf.clear()  # the same list object stays the buffer (the walk holds it)
        link_chars, self.link_chars = self.link_chars, 0
        hrefs, self.hrefs = self.hrefs, []
        if raw.isspace():
            return  # white space only: collapses to nothing
        text = collapse_lines(raw) if self.pre_depth else collapse(raw)
        if not text:
            return
        frame = self.frames[-1]
        kind, level, path, tokens, ancestors = frame.shared or self._shared(frame)
        if kind is Kind.PARAGRAPH and link_chars >= len(text) * 0.9 and len(hrefs) == 1:
            kind = Kind.LINK
        blocks = self.blocks
        blocks.append(Block(
            text=text, kind=kind, index=len(blocks), source=Source.HTML, tag=frame.tag, path=path,
            tokens=tokens, link_chars=link_chars if link_chars < len(text) else len(text),
            depth=frame.depth, level=level, node=frame.number, ancestors=ancestors,
            href=hrefs[0] if len(hrefs) == 1 else "",
        ))


def _walk(root: LexborNode, w: _Walker, br_splits: bool = False) -> None:
    """Visit `root` and everything under it in document order, feeding the walker."""
    hidden = _hidden_ids(root)
    ends: list[int] = []  # for each element being visited, what to do when it ends
    buf = w.buf
    node = root
    br_run = 0
    while True:
        tid = node.tag_id
        if tid == _TEXT_ID:
            text = node.text_content
            if text:
                if br_run and text.strip():
                    br_run = 0
                buf.append(text)
                if w.link_depth:
                    w.link_chars += len(collapse(text))
        elif tid >= _ELEMENT_MIN and tid not in _SKIP_IDS and not (hidden and node.mem_id in hidden):
            if tid == _BR:
                br_run += 1
                if br_run >= 2 or br_splits:  # <br><br> separates paragraphs in old markup
                    w.flush()
                else:
                    w.add_text("\n")
            elif tid != _IMG:
                if tid in _BLOCK_IDS:
                    br_run = 0
                    attrs = node.attributes
                    w.open_block(_NAME_OF[tid], _attr_tokens(attrs) if attrs else ())
                    if tid == _PRE:
                        w.pre_depth += 1
                        end = _END_PRE
                    else:
                        end = _END_BLOCK
                elif tid == _A:
                    w.link_depth += 1
                    href = node.attributes.get("href")
                    if href:
                        w.hrefs.append(href)
                    end = _END_LINK
                else:
                    end = _END_NOTHING
                child = node.first_child
                if child is not None:
                    ends.append(end)
                    node = child
                    continue
                if end:  # an element without children ends at once
                    _end(w, end)
        # next: the following sibling, else climb, ending elements, until one has a sibling
        while ends:
            following = node.next
            if following is not None:
                node = following
                break
            node = node.parent  # type: ignore[assignment]
            end = ends.pop()
            if end:
                _end(w, end)
        else:
            break
    w.flush()


def _end(w: _Walker, end: int) -> None:
    if end == _END_BLOCK:
        w.close_block()
    elif end == _END_LINK:
        w.link_depth -= 1
    else:  # pre: leave the pre first, then end its block (its last text collapses like prose)
        w.pre_depth -= 1
        w.close_block()


def parse_tree(tree: LexborHTMLParser, source: Source = Source.HTML, br_splits: bool = False) -> Document:
    root = tree.body or tree.root
    w = _Walker()
    if root is not None:
        _walk(root, w, br_splits)
    while len(w.frames) > 1:
        w.close_block()
    blocks = w.blocks if source is Source.HTML else [b.with_(source=source) for b in w.blocks]
    return Document(blocks=blocks, source=source, parent=w.parent, end=w.end, tags=w.tags,
                    etokens=w.etokens)


def parse_html(text: str, prepare: Callable[[LexborHTMLParser], None] | None = None) -> Document:
    """Parse an HTML page or fragment; `prepare` may edit the tree first (a site profile's rules)."""
    tree = LexborHTMLParser(text)
    if prepare is not None:
        prepare(tree)
    doc = parse_tree(tree)
    from ..metadata import html_meta

    doc.meta.update(html_meta(tree))
    return doc
