"""A straightforward HTML walker: the original, unoptimised algorithm of extractor/parse/html.py.

Kept for the tests only. It reads every node's tag name and attributes, recomputes a block's path,
kind, token set and ancestors for every block, and pushes end-of-element markers on its stack. The
tag sets and limits come from the live module, so a change there applies to both walkers and the
tests check only that the optimised walk gives the same blocks and tables as this one.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from extractor.blocks import Block, Document, Kind, Source
from extractor.parse import classwords
from extractor.parse import display
from extractor.parse import html as live
from extractor.textnorm import collapse, collapse_lines


def _tokens(node: LexborNode) -> tuple[str, ...]:
    attrs = node.attributes
    words: list[str] = []
    for name in ("class", "id", "itemprop", "role"):
        value = attrs.get(name)
        if value:
            low = value.lower()
            if len(low) > 400:
                low = low[:400]
            low = classwords._NEGATED.sub(" ", low)  # "hit-no-caption": no caption
            words.extend(w for w in classwords._TOKEN_SPLIT.split(low) if 1 < len(w) <= classwords.MAX_TOKEN_LEN)
    for name, value in attrs.items():
        if name.startswith("data-") and len(name) <= classwords.MAX_TOKEN_LEN:
            words.extend([w for w in classwords._TOKEN_SPLIT.split(name[5:]) if 1 < len(w)][:1])
    return tuple(words)


def _hidden(node: LexborNode) -> bool:
    attrs = node.attributes
    if "hidden" in attrs:
        return True
    style = attrs.get("style")
    if style and display._HIDDEN_STYLE.search(style):
        return True
    # a CSS framework's hiding class, without a responsive variant that shows it on some screens
    classes = (attrs.get("class") or "").lower().split()
    if any(c in display.HIDDEN_CLASSES for c in classes) and not any(display._SHOWN_ON_SOME.search(c) for c in classes):
        return True
    # an inline run marked aria-hidden, holding no block
    return (attrs.get("aria-hidden") or "").lower() == "true" and node.tag not in live.BLOCK_TAGS \
        and not any(e.tag in live.BLOCK_TAGS for e in node.css("*"))


class _Walker:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.parent: list[int] = [0]
        self.end: list[int] = [0]
        self.tags: list[str] = ["#root"]
        self.etokens: list[tuple[str, ...]] = [()]
        self.frames: list[tuple[int, str, tuple[str, ...]]] = [(0, "#root", ())]
        self.token_counts: dict[str, int] = {}
        self.buf: list[str] = []
        self.link_chars = 0
        self.link_depth = 0
        self.pre_depth = 0
        self.hrefs: list[str] = []

    def open_block(self, tag: str, tokens: tuple[str, ...]) -> None:
        self.flush()
        number = len(self.tags)
        self.tags.append(tag)
        self.etokens.append(tokens)
        self.parent.append(self.frames[-1][0])
        self.end.append(number)
        self.frames.append((number, tag, tokens))
        for t in tokens:
            self.token_counts[t] = self.token_counts.get(t, 0) + 1

    def close_block(self) -> None:
        self.flush()
        number, _, tokens = self.frames.pop()
        self.end[number] = len(self.tags) - 1
        for t in tokens:
            left = self.token_counts[t] - 1
            if left:
                self.token_counts[t] = left
            else:
                del self.token_counts[t]

    def add_text(self, text: str) -> None:
        self.buf.append(text)
        if self.link_depth:
            self.link_chars += len(collapse(text))

    def flush(self) -> None:
        if not self.buf:
            return
        raw = "".join(self.buf)
        self.buf = []
        link_chars, self.link_chars = self.link_chars, 0
        hrefs, self.hrefs = self.hrefs, []
        text = collapse_lines(raw) if self.pre_depth else collapse(raw)
        if not text:
            return
        kind, level = Kind.PARAGRAPH, 0
        path_tags = []
        for _, tag, _ in reversed(self.frames):
            path_tags.append(tag)
            if kind is Kind.PARAGRAPH and tag in live._KIND_OF:
                kind = live._KIND_OF[tag]
                if kind is Kind.HEADING:
                    level = int(tag[1])
            if len(path_tags) >= live.ANCESTOR_MEMORY:
                break
        if kind is Kind.PARAGRAPH and link_chars >= len(text) * 0.9 and len(hrefs) == 1:
            kind = Kind.LINK
        ancestors = tuple(f[0] for f in reversed(self.frames[-live.ANCESTOR_MEMORY:]))
        self.blocks.append(Block(
            text=text, kind=kind, index=len(self.blocks), source=Source.HTML,
            tag=self.frames[-1][1], path=">".join(reversed(path_tags)),
            tokens=frozenset(self.token_counts), link_chars=min(link_chars, len(text)),
            depth=len(self.frames) - 1, level=level, node=self.frames[-1][0], ancestors=ancestors,
            href=hrefs[0] if len(hrefs) == 1 else "",
        ))


def _walk(root: LexborNode, w: _Walker, br_splits: bool) -> None:
    stack: list[LexborNode | str] = [root]
    br_run = 0
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if item == "a":
                w.link_depth -= 1
            elif item == "pre":
                w.pre_depth -= 1
            elif item == "block":
                w.close_block()
            continue
        node = item
        if node.is_text_node:
            text = node.text_content or ""
            if text:
                if br_run and text.strip():
                    br_run = 0
                w.add_text(text)
            continue
        if not node.is_element_node:
            continue
        tag = node.tag or ""
        if tag in live.SKIP_TAGS or _hidden(node):
            continue
        if tag == "br":
            br_run += 1
            if br_run >= 2 or br_splits:
                w.flush()
            else:
                w.add_text("\n")
            continue
        if tag == "img":
            continue
        br_run = 0 if tag in live.BLOCK_TAGS else br_run
        children = []
        child = node.first_child
        while child is not None:
            children.append(child)
            child = child.next
        if tag in live.BLOCK_TAGS:
            w.open_block(tag, _tokens(node))
            stack.append("block")
        elif tag == "a":
            w.link_depth += 1
            href = node.attributes.get("href")
            if href:
                w.hrefs.append(href)
            stack.append("a")
        if tag == "pre":
            w.pre_depth += 1
            stack.append("pre")
        stack.extend(reversed(children))
    w.flush()


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
