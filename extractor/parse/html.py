"""HTML -> blocks, through selectolax (lexbor).

One iterative walk (no recursion: 20,000 levels of nesting are fine) over the body. Inline text
gathers into the block of its nearest block-level element; the block records its kind, the class/id
words of every enclosing element, its tag path, and how much of its text sits inside links.

The walk is the hot loop of the whole extractor, so it is written for speed (see benchmarks/profile.md):
it moves through the tree with `first_child` / `next` / `parent` and keeps its own stack of what to
do when an element ends, tells nodes apart by lexbor's integer tag ids instead of tag names, reads
the attributes of an element only where they can matter (not of an <img> or an empty <span>), tells
hidden elements from them with a few dictionary lookups (lexbor's query for them cost more than
all that reading: ~0.9 M instructions a page), and works out a block's path, kind, tokens and
ancestors once per open element rather than once per block.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..blocks import Block, Document, Kind, Source, slot_maker
from ..textnorm import collapse, collapse_lines
from .classwords import attr_tokens, _split_cache, _split_value
from .display import (BLOCK_TAGS, HIDING_WORDS, HIDING_WORDS_LEN, concealed, hidden as is_hidden, hidden_ids,
                      inline_ids, marked_hidden, named_anchor)
from .prune import prune_boilerplate, pruned_note
from .streamed import resolve_streamed

if TYPE_CHECKING:
    from .segments import Carry

#: elements whose content is never article text (not <object>: its content is what a browser shows
#: when the plug-in is missing, as every browser now lacks Flash: a video's caption, cleanportaleval
#: tv.msnbc.com; its <param>s hold no text)
SKIP_TAGS = frozenset({
    "script", "style", "template", "svg", "math", "iframe", "embed", "canvas",
    "head", "title", "meta", "link", "input", "select", "textarea", "button", "option", "video",
    "audio", "source", "track", "map", "area", "dialog",
    # what a browser running scripts never shows ("You must enable JavaScript..."); a page with no
    # other text is read again with it (parse_html)
    "noscript",
})
_KIND_OF = {
    "h1": Kind.HEADING, "h2": Kind.HEADING, "h3": Kind.HEADING, "h4": Kind.HEADING,
    "h5": Kind.HEADING, "h6": Kind.HEADING, "li": Kind.LIST_ITEM, "dt": Kind.LIST_ITEM,
    "dd": Kind.LIST_ITEM, "blockquote": Kind.QUOTE, "figcaption": Kind.CAPTION,
    "caption": Kind.CAPTION, "pre": Kind.CODE, "td": Kind.TABLE_CELL, "th": Kind.TABLE_CELL,
    "hr": Kind.RULE,
}
#: how many enclosing block elements a block remembers, innermost first
ANCESTOR_MEMORY = 8


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

#: the Block fields the walker sets, in the order `_make_block` takes them
_BLOCK_ARGS = ("text", "kind", "index", "source", "tag", "path", "tokens", "link_chars", "depth", "level",
               "node", "ancestors", "href")


#: Block(...) by position, its slots filled directly (blocks.slot_maker)
_make_block = slot_maker(Block, _BLOCK_ARGS)


class _Table:
    """What a walk returns: the blocks and the element table."""

    __slots__ = ("blocks", "parent", "end", "tags", "etokens")

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.parent: list[int] = [0]
        self.end: list[int] = [0]
        self.tags: list[str] = ["#root"]
        self.etokens: list[tuple[str, ...]] = [()]


def _token_set(holder: list, interned: dict[frozenset[str], frozenset[str]]) -> frozenset[str]:
    """The token set of a frame's holder [set or None, own words, parent holder]: its parent's set
    and its own words, each holder on the way up made once (equal sets are one object)."""
    chain: list[list[Any]] = []
    while holder[0] is None:
        chain.append(holder)
        holder = holder[2]
    tokens = holder[0]
    for k in range(len(chain) - 1, -1, -1):  # (not reversed(chain): mypyc crashes on it, see mypyc_build.py)
        holder = chain[k]
        tokens = tokens.union(holder[1])
        tokens = holder[0] = interned.setdefault(tokens, tokens)
    return tokens


def _walk(root: LexborNode | None, br_splits: bool = False, carry: Carry | None = None) -> _Table:
    """Visit `root` and everything under it in document order; return the blocks and element table.

    With `carry` (a document walked in segments, see segments.py) the walk resumes where the last
    segment's stopped, from `carry.start`, and stops at `carry.stop` (or at its outermost ancestor
    the walk does not enter), leaving its state in `carry` instead of ending the open elements.

    One function with its state in local variables: this loop runs once per node of every page.
    A frame is one open block element: (number, tag, depth, (kind, level, depth of the element
    giving the kind) or None, tokens, path, ancestors), path and ancestors built from the parent
    frame's; `sets[k]` is frame k's holder [token set or None, its own words, its parent's holder]:
    the set (the words of every open element) is made on the first block that needs it, as its
    parent holder's set and its own words (a frame without words shares its parent's holder; equal
    sets are one object), so an element whose text is never read costs no set work at all.
    """
    table = _Table()
    frames: list[tuple] = [(0, "#root", 0, None, (), "#root", (0,))]
    sets: list[list] = [[frozenset(), (), None]]  # per frame a holder (see above), shared by frames without words
    interned: dict[frozenset[str], frozenset[str]] = {}  # one object per distinct token set
    paths: dict[str, str] = {}  # one object per distinct path (most elements share theirs)
    buf: list[str] = []
    hrefs: list[str] = []
    link_chars = 0
    dropped = False  # white space was dropped from an empty buffer (see the text branch below)
    link_depth = 0
    pre_depth = 0
    ends: list[int] = []  # for each element being visited, what to do when it ends
    br_run = 0
    if carry is not None and carry.state is not None:
        (table, frames, sets, interned, paths, buf, hrefs, link_chars, dropped, link_depth, pre_depth,
         ends, br_run) = carry.state
    blocks, parent, end, tags, etokens = table.blocks, table.parent, table.end, table.tags, table.etokens
    paragraph, link_kind, html_source = Kind.PARAGRAPH, Kind.LINK, Source.HTML
    make = _make_block
    split_cache = _split_cache

    def flush() -> None:
        nonlocal link_chars, hrefs, dropped
        dropped = False
        if not buf:  # only dropped white space: the buffer was not empty, so reset the link state
            # (where a block opens or ends, the walk does this itself without the call, two thirds
            # of all flushes: link_chars counts the buffer's text, so it is 0 already)
            link_chars, hrefs = 0, []
            return
        raw = buf[0] if len(buf) == 1 else "".join(buf)
        buf.clear()
        chars, link_chars = link_chars, 0
        found, hrefs = hrefs, []
        if raw.isspace():
            return  # white space only collapses to nothing
        text = collapse_lines(raw) if pre_depth else collapse(raw)
        if not text:
            return
        number, tag, depth, kinfo, _, path, ancestors = frames[-1]
        if kinfo is not None and kinfo[2] > depth - ANCESTOR_MEMORY:
            kind, level = kinfo[0], kinfo[1]
        else:
            kind, level = paragraph, 0
        size = len(text)
        if kind is paragraph and chars >= size * 0.9 and len(found) == 1:
            kind = link_kind
        holder = sets[-1]
        tokens = holder[0]
        if tokens is None:  # the words of every open element: its parent holder's and its own
            tokens = _token_set(holder, interned)
        blocks.append(make(text, kind, len(blocks), html_source, tag, path, tokens,
                           chars if chars < size else size, depth, level, number, ancestors,
                           found[0] if len(found) == 1 else ""))

    if root is None:
        return table
    # hidden elements: the walk tests each element it reaches (below); a segment's end is found
    # with the whole set (carry.stop_point), and `root` is hidden by its attributes alone
    if carry is not None and carry.stop is not None:
        hidden = hidden_ids(root)
    else:
        hidden = {root.mem_id} if root.is_element_node and is_hidden(root) else set()
    inline = inline_ids(root)
    node = root
    stop_id = stop_tid = -1
    if carry is not None:
        if carry.start is not None:
            node = carry.start
            if node.is_element_node:  # an element the last segment stopped at: not entered here either
                hidden.add(node.mem_id)
        if carry.stop is not None:
            stop_id, stop_tid = carry.stop_point(root, hidden, _SKIP_IDS)
    while True:
        tid = node.tag_id
        if tid == _TEXT_ID:
            # white space that would open the buffer is dropped unread (a block's text is trimmed
            # anyway); `dropped` keeps the one thing it changed: the next flush resets the link state
            if not buf and not pre_depth and node.is_empty_text_node:
                dropped = True
            elif text := node.text_content:  # type: ignore[assignment]
                if br_run and text.strip():
                    br_run = 0
                buf.append(text)
                if link_depth:
                    link_chars += len(collapse(text))
        elif tid >= _ELEMENT_MIN and tid != _IMG and tid not in _SKIP_IDS and not (hidden and node.mem_id in hidden):
            # (an <img> holds nothing and does nothing, hidden or not). A hidden element (its
            # attributes marked_hidden, and concealed) is not entered: it ends at once, as if empty,
            # and ends nothing
            child = node.first_child
            if tid == _BR:
                child = None  # (nothing in a line break is read)
                if not ((attrs := node.attributes) and marked_hidden(attrs) and concealed(node)):
                    br_run += 1
                    if br_run >= 2 or br_splits:  # <br><br> separates paragraphs in old markup
                        if buf or dropped:
                            flush()
                    else:
                        buf.append("\n")  # (a line break adds no characters to link text)
                action = _END_NOTHING
            elif tid in _BLOCK_IDS and not (inline and node.mem_id in inline):
                attrs = node.attributes
                tokens: tuple[str, ...]
                marked = False
                if not attrs:
                    tokens = ()
                elif len(attrs) == 1 and "class" in attrs:  # the common case, without a call
                    value = attrs["class"]
                    if value:
                        tokens = split_cache.get(value) or _split_value(value)
                        if not HIDING_WORDS.isdisjoint(tokens) or len(value) > HIDING_WORDS_LEN:  # (see there)
                            marked = marked_hidden(attrs)
                    else:
                        tokens = ()
                else:
                    tokens = attr_tokens(attrs)
                    marked = marked_hidden(attrs)
                if marked and concealed(node):
                    child = None
                    action = _END_NOTHING
                else:
                    # open a block: text so far belongs to the enclosing one
                    br_run = 0
                    if buf:
                        flush()
                    elif dropped:  # flush()'s reset of the link state, without the call (see there)
                        dropped, hrefs = False, []
                    number = len(tags)
                    top = frames[-1]
                    tags.append(_NAME_OF[tid])
                    etokens.append(tokens)
                    parent.append(top[0])
                    end.append(number)
                    kinfo = _KIND_OF_ID.get(tid)
                    depth = top[2] + 1
                    name = tags[-1]
                    path = top[5]  # the last ANCESTOR_MEMORY tags, outermost first
                    path = f"{path}>{name}" if depth < ANCESTOR_MEMORY else f"{path[path.index('>') + 1:]}>{name}"
                    path = paths.setdefault(path, path)
                    frames.append((number, name, depth, top[3] if kinfo is None else (*kinfo, depth), tokens, path,
                                   (number, *top[6][:ANCESTOR_MEMORY - 1])))
                    if tokens:
                        sets.append([None, tokens, sets[-1]])
                    else:
                        sets.append(sets[-1])  # the same words as its parent: the same holder
                    if tid == _PRE:
                        pre_depth += 1
                        action = _END_PRE
                    else:
                        action = _END_BLOCK
            elif tid == _A:
                attrs = node.attributes
                href = attrs.get("href")
                # (an href alone hides nothing)
                if (len(attrs) > 1 or href is None and attrs) and marked_hidden(attrs) and concealed(node):
                    child = None
                    action = _END_NOTHING
                elif href is None and named_anchor(node):
                    action = _END_NOTHING  # a place to link to, not a link
                else:
                    link_depth += 1
                    if href:
                        hrefs.append(href)
                    action = _END_LINK
            else:
                # (an element without children does nothing, hidden or not)
                if child is not None and (attrs := node.attributes) and marked_hidden(attrs) and concealed(node):
                    child = None
                action = _END_NOTHING
            if child is not None:
                ends.append(action)
                node = child
                continue
            # an element without children ends at once
            if action == _END_LINK:
                link_depth -= 1
            elif action:
                if action == _END_PRE:  # leave the pre first: its last text collapses like prose
                    pre_depth -= 1
                if buf or dropped:
                    flush()
                end[frames.pop()[0]] = len(tags) - 1
                sets.pop()
        elif tid == stop_tid and node.mem_id == stop_id:  # the end of a segment: keep the state
            carry.state = (table, frames, sets, interned, paths, buf, hrefs,  # type: ignore[union-attr]
                           link_chars, dropped, link_depth, pre_depth, ends, br_run)
            return table
        # next: the following sibling, else climb, ending elements, until one has a sibling
        while ends:
            following = node.next
            if following is not None:
                node = following
                break
            node = node.parent  # type: ignore[assignment]
            action = ends.pop()
            if action == _END_LINK:
                link_depth -= 1
            elif action:
                if action == _END_PRE:
                    pre_depth -= 1
                if buf:
                    flush()
                elif dropped:  # (as where a block opens)
                    dropped, hrefs = False, []
                end[frames.pop()[0]] = len(tags) - 1
                sets.pop()
        else:
            break
    if buf or dropped:
        flush()
    while len(frames) > 1:
        end[frames.pop()[0]] = len(tags) - 1
    return table


def parse_tree(tree: LexborHTMLParser, source: Source = Source.HTML, br_splits: bool = False) -> Document:
    w = _walk(tree.body or tree.root, br_splits)
    blocks = w.blocks if source is Source.HTML else [b.with_(source=source) for b in w.blocks]
    return Document(blocks=blocks, source=source, parent=w.parent, end=w.end, tags=w.tags,
                    etokens=w.etokens)


def parse_html(text: str, prepare: Callable[[LexborHTMLParser], None] | None = None,
               utf8: bytes | None = None, prune: bool = False,
               choose: Callable[[str | None], Callable[[LexborHTMLParser], None] | None] | None = None) -> Document:
    """Parse an HTML page or fragment; `prepare` may edit the tree first (a site profile's rules).
    A long page is parsed and walked in segments (segments.py: the same Document, less memory).
    `utf8`: `text` encoded in UTF-8, if at hand: lexbor reads UTF-8, so the parse takes it as it is.
    `prune`: navigation, footers and sidebars without prose are removed before the walk (prune.py),
    and `Document.pruned` says how many. `choose`, instead of `prepare`: called with the URL the
    page gives for itself in its tree ("" if none; None for a page walked in segments, read before
    any tree is), it returns the hook to apply (the site profile's the URL leads to)."""
    from ..metadata import html_meta
    from . import segments

    if choose is not None and len(text) > segments.THRESHOLD:  # no tree to read it from before the cut
        prepare, choose = choose(None), None
    doc = segments.parse_segmented(text, prepare, prune=prune)
    if doc is not None:
        return doc
    tree = LexborHTMLParser(text if utf8 is None else utf8)
    if tree.tags("template"):  # (a placeholder is one: lexbor's pass over the tree costs a fifth of searching the text)
        resolve_streamed(tree)
    # read before pruning (a date in a footer, a headline in an <aside> are the page's), and after
    # a profile's hook, whose edits may change what it reads
    meta: dict[str, str] | None = None
    if choose is not None:
        meta = html_meta(tree)
        prepare = choose(meta.get("url") or "")
    if prepare is not None:
        prepare(tree)
        meta = None
    meta = meta if meta is not None else html_meta(tree)
    removed = prune_boilerplate(tree) if prune else []
    doc = parse_tree(tree)
    if not doc.blocks and tree.css_first("noscript") is not None:
        # a page whose only text is for readers without scripts (an app shell): read that text
        tree.unwrap_tags(["noscript"])
        doc = parse_tree(tree)
        meta = html_meta(tree)
    doc.meta.update(meta)
    doc.pruned = len(removed)
    if removed:
        doc.notes.append(pruned_note(removed))
    return doc
