"""Large HTML pages parsed and walked in segments, so that only one segment's lexbor tree is alive.

lexbor's tree of a page takes 6-12 times the page's size (benchmarks/profile.md, "Memory") and the
walk's blocks another ~4x; parsing the page whole puts both in memory at once. A page longer than
THRESHOLD characters (a page, or the HTML markdown.py renders from a long document) is cut into
segments of about SEGMENT characters instead, each one parsed, prepared, walked and freed before
the next:

- a cut falls at the start tag of a block element (`_CUT`) where the markup before it leaves
  nothing open that makes the parser read what follows differently: not inside a tag, a comment,
  a raw-text element (script, style, textarea, title...), a table outside a cell (foster
  parenting), a template, select, svg or math element, nor after an early </body> or </html>
  (`Cutter`: one forward scan over the page, reading only the tags that matter);
- segment 1 is the page up to the cut, an end marker comment and a probe (a space). The parser
  puts the comment in the element open at the cut, so its ancestors are the open elements.
  Checked (`_end_marker`), else the next cut point is tried: the probe is the tree's last node
  and the marker just before it (not so where the parser foster-parented them, or re-opened
  around the probe formatting elements closed before the cut, such as an <a> a </p> closed: it
  would do that after the cut as well); no formatting element holds a block among the open
  elements (its end tag would move them); a <form> is among them just when the parser's form
  pointer is set; the element before the cut is not, nor holds, a disclosure button
  (aria-expanded): the hidden panel it unfolds may come next, and is read only beside it;
- each later segment is the page's doctype (the quirks mode must be the same), `<html><body>`, the
  start tags of those open elements (attributes copied), a start marker comment, then the page
  from the cut on: the parser reads what follows in the same elements as in the whole page
  (checked: each re-opened element and the start marker must be a first child, in order; anything
  the parser put before them, such as content foster-parented out of a table, fails the check);
- the walk (html._walk) does not start over: it keeps its state (open frames, buffered text,
  links, the element table) in a `Carry`, stops at a segment's end marker and resumes after the
  next one's start marker, so the re-opened elements are the same elements, with the same
  numbers, paths, words and depths, and a paragraph with a cut inside is still one block.

A later segment's failed check, a second <html> or <body> start tag with attributes (they go to
the first) or a <frameset> makes the caller parse the page whole: every check is there because a
corpus page or a generated one (tests/unit/test_segments.py) gave a different Document without it.

Limits: React streaming markers (`resolve_streamed`) need the whole tree, so such pages are parsed
whole; a site profile's `prepare` runs on each segment, so a selector that depends on what comes
later in the page (`:last-child`) may match differently; `html_meta` reads its elements from
every segment, but an <h1> or <title> with a cut inside gives its first part only.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..blocks import Document, Source
from ..metadata import keep_meta_parts, meta_of, meta_parts
from .display import disclosed
from .html import BLOCK_TAGS, _walk
from .prune import prune_boilerplate, pruned_note
from .streamed import MARKER

#: pages longer than this (characters) are parsed in segments, shorter ones whole, as always: two
#: segments' worth, so a page under it takes at most twice one segment's tree (~15-25 MB)
THRESHOLD = 2_000_000
#: about how long a segment is: its tree takes ~10x this, the constant of "10x the input plus a
#: constant"; shorter segments cost more checks and markers, longer ones more memory
SEGMENT = 1_000_000
#: cut points tried for one segment (a failed check costs one parse of it, ~5% of its time) before
#: the rest of the page goes into that segment
TRIES = 8
_END = "extractor-segment-end"
_AFTER = "extractor-segment-after"
_START = "extractor-segment-start"

#: the tags (and comments) whose start or end changes where a cut may fall (see `Cutter._step`)
_SCAN = re.compile(
    r"<(?:!--|(/?)(script|style|textarea|title|xmp|iframe|noembed|noframes|plaintext|template|svg|math"
    r"|select|object|applet|marquee|table|td|th|tr|tbody|thead|tfoot|caption|form|frameset|body|html)(?=[\s/>]))",
    re.I)
#: what a segment may start with: block elements the parser creates where they stand, in <body>
#: or in a table cell, so the text before a cut is a text node of its own in the whole page too
_CUT = re.compile(r"<(?:div|p|section|article|aside|header|footer|nav|main|ul|ol|li|dl|dt|dd|h[1-6]"
                  r"|blockquote|figure|table|hr|center|address)(?=[\s/>])", re.I)
#: elements whose content is text to the parser, up to their end tag
_RAW = frozenset({"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"})
#: elements with no cut inside: a template's content is not in the tree, svg, math and select
#: parse apart, object, applet and marquee hide the formatting elements open before them until they end
_NO_CUT = frozenset({"template", "svg", "math", "select", "object", "applet", "marquee"})
#: table parts that leave a cell
_ROW = frozenset({"tr", "tbody", "thead", "tfoot", "caption", "td", "th"})
#: the parser's formatting elements: one open above a block (a "special" element, below) is moved
#: around that block when its end tag comes ("adoption agency"), past a cut too
_FORMATTING = frozenset({"a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong",
                         "tt", "u"})
_SPECIAL = BLOCK_TAGS | {"applet", "button", "embed", "iframe", "img", "marquee", "object", "select", "template",
                         "textarea"}
#: the page's doctype, after nothing but white space, comments and <?xml ...?> (the parser reads
#: them as comments): it decides the quirks mode, which each segment must share
_DOCTYPE = re.compile(r"(?:\s|<!--(?:[^-]|-(?!->))*-->|<[?][^>]*>)*(<!doctype[^>]*>)", re.I)  # comments hold no '-->'
_BODY = re.compile(r"<body(?=[\s/>])", re.I)
_TOP = re.compile(r"<(?:body|html|frameset)(?=[\s/>])", re.I)
_ATTR_NAME = re.compile(r"[^\s\"'<>/=]+")
_END_TAG: dict[str, re.Pattern[str]] = {}


def _end_tag(name: str) -> re.Pattern[str]:
    return _END_TAG.get(name) or _END_TAG.setdefault(name, re.compile(rf"</{name}(?=[\s/>])", re.I))


class Cutter:
    """The cut points of a page, in order: one forward scan, each call going on from the last."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0  # scanned up to here; nothing that matters lies between it and the next _SCAN match
        self.tables: list[bool] = []  # per open table: inside a cell
        self.form = False  # the parser's form element pointer is set (a <form> not ended by </form>)
        self.no_cut = 0  # _NO_CUT elements open
        self.ahead: re.Match[str] | None = None  # the next _SCAN match, found by an earlier call
        self.exhausted = len(text) + 1  # no _SCAN match from here on
        self.over = False  # no more cuts: an unclosed comment or raw text, <plaintext>, </body>, </html>
        self.tops: set[str] = set()  # of html, body: the start tags seen
        self.again = False  # a second <html> or <body> with attributes, or a <frameset>: parse whole
        body = _BODY.search(text)
        self.body = body.end() if body else 0  # cuts come after <body

    def next_cut(self, target: int) -> int | None:
        """The first cut point at or after `target`, None if there is none."""
        text = self.text
        while not self.over:
            m = self.ahead  # (each search runs on from the last match, never again from a cut: linear)
            if m is None or m.start() < self.pos:
                m = self.ahead = _SCAN.search(text, self.pos) if self.pos < self.exhausted else None
                if m is None:
                    self.exhausted = self.pos
            following = m.start() if m else len(text)
            lo = max(self.pos, target, self.body)
            if lo < following and not self.no_cut and (not self.tables or self.tables[-1]):
                cut = _CUT.search(text, lo, following)
                # not inside a tag: the last '<' before the cut ended at a '>'
                while cut is not None and text.rfind(">", 0, cut.start()) < text.rfind("<", 0, cut.start()):
                    cut = _CUT.search(text, cut.start() + 1, following)
                if cut is not None:
                    return cut.start()
            if m is None:
                return None
            self._step(m)
        return None

    def _step(self, m: re.Match[str]) -> None:
        """Read one _SCAN match: skip a comment or raw text, keep count of what is open."""
        text = self.text
        name = m.group(2)
        if name is None:  # a comment
            close = text.find("-->", m.end())
            self.over = close < 0
            self.pos = close + 3 if close >= 0 else len(text)
            return
        name = name.lower()
        gt = text.find(">", m.end())
        if gt < 0:
            self.over, self.pos = True, len(text)
            return
        self.pos = gt + 1
        tables = self.tables
        if m.group(1):  # an end tag
            if name == "form":
                self.form = False
            elif name in _NO_CUT:
                self.no_cut = max(0, self.no_cut - 1)
            elif name == "table":
                if tables:
                    tables.pop()
            elif name in _ROW:
                if tables:
                    tables[-1] = False
            elif name in ("body", "html"):
                self.over = True
        elif name in _RAW:
            end = _end_tag(name).search(text, self.pos)
            if end is None:
                self.over, self.pos = True, len(text)
            else:
                self.pos = end.end()
        elif name == "plaintext":
            self.over, self.pos = True, len(text)
        elif name == "frameset":  # replaces the body where no text came before: as the whole page says
            self.again = True
        elif name in ("body", "html"):
            if name in self.tops and text[m.end():gt].strip(" \t\n\r\f/"):
                self.again = True
            self.tops.add(name)
        elif name == "form":
            self.form = True
        elif name in _NO_CUT:
            if not (name in ("svg", "math") and text[gt - 1] == "/"):  # <svg/> is empty
                self.no_cut += 1
        elif name == "table":
            tables.append(False)
        elif name in _ROW:
            if tables:
                tables[-1] = name in ("td", "th")


class Carry:
    """The walk's state between the segments of one page (see html._walk)."""

    __slots__ = ("state", "start", "stop", "stop_depth")

    def __init__(self) -> None:
        self.state: tuple | None = None  # the walk's local state where the last segment stopped
        self.start: LexborNode | None = None  # where to resume: a node the walk is done with
        self.stop: LexborNode | None = None  # where to stop: this segment's end marker
        self.stop_depth = 0  # how many elements below the root enclose where the walk stopped

    def stop_point(self, root: LexborNode, hidden: set[int], skip_ids: frozenset[int]) -> tuple[int, int]:
        """(memory id, tag id) of the node the walk of this segment stops at: the end marker, or its
        outermost ancestor the walk skips with all its content (the walk never gets inside)."""
        chain = []
        node = self.stop
        while node is not None and node.mem_id != root.mem_id:
            chain.append(node)
            node = node.parent
        chain.reverse()  # outermost first, the marker last
        for depth, node in enumerate(chain):
            if node.is_element_node and (node.tag_id in skip_ids or node.mem_id in hidden):
                break
        self.stop_depth = depth
        return node.mem_id, node.tag_id


def _leaf(node: LexborNode) -> LexborNode:
    while (child := node.last_child) is not None:
        node = child
    return node


def _is(node: LexborNode | None, marker: str) -> bool:
    return node is not None and node.is_comment_node and node.comment_content == marker


def _culprit(probe: LexborNode) -> str:
    """The formatting element the parser re-opened around a probe, or ""."""
    tag = probe.parent.tag if probe.parent is not None else ""
    return tag if tag in _FORMATTING else ""


def _end_marker(root: LexborNode, form: bool) -> tuple[LexborNode | None, str]:
    """(the end marker, "") if the cut passes; else (None, the tag of a formatting element in the
    way, or ""). A segment ends with the end marker, a probe (a space), end tags of the tables open
    around the cut, a second marker and probe. It passes where each probe follows its marker (the
    parser re-opens around a probe the formatting elements closed but still listed as active, such
    as an <a> a </p> closed; it would do so after the cut too; those listed before a table cell's
    come back once the table ends, hence the second probe), no formatting element holds a block
    among the elements open at the cut (its end tag would move them), and a form is among them just
    when the parser's form pointer is set (`form`), the last form made, the one the pointer holds:
    a </form> that is not the current node's takes the form off the parser's stack and leaves the
    elements inside it open, which re-opening them would not."""
    probe = _leaf(root)
    if not probe.is_text_node or not _is(probe.prev, _AFTER):
        return None, _culprit(probe)
    probe = _leaf(probe.prev.prev) if probe.prev.prev is not None else probe.prev  # type: ignore[union-attr]
    marker = probe.prev
    if not probe.is_text_node or not _is(marker, _END):
        return None, _culprit(probe)
    if disclosed(marker):
        return None, ""  # a hidden panel right after the cut would lose the button that unfolds it
    chain = []
    node = marker.parent  # type: ignore[union-attr]
    while node is not None and node.mem_id != root.mem_id:
        chain.append(node)
        node = node.parent
    formatting = ""
    forms = []
    for node in reversed(chain):  # outermost first
        tag = node.tag or ""
        if tag in _FORMATTING:
            formatting = formatting or tag
        elif formatting and tag in _SPECIAL:
            return None, formatting
        elif tag == "form":
            forms.append(node)
    # the form the pointer holds is the last one made
    if len(forms) != (1 if form else 0) or (forms and forms[0].mem_id != root.css("form")[-1].mem_id):
        return None, ""
    return marker, ""


def _reopened(root: LexborNode, chain: list[tuple[str, dict]]) -> list[LexborNode] | None:
    """The re-opened elements of a later segment, then its start marker; None unless each is the
    first child of the one before (the parser read the prefix the way the cut assumed)."""
    nodes = []
    node = root
    for tag, _ in chain:
        node = node.first_child  # type: ignore[assignment]
        if node is None or node.tag != tag:
            return None
        nodes.append(node)
    marker = node.first_child
    if marker is None or not marker.is_comment_node or marker.comment_content != _START:
        return None
    nodes.append(marker)
    return nodes


def _open_chain(marker: LexborNode, root: LexborNode) -> list[tuple[str, dict]]:
    """The elements open at the end of a segment (the marker's ancestors below the root), outermost first."""
    chain = []
    node = marker.parent
    while node is not None and node.mem_id != root.mem_id:
        chain.append((node.tag or "", node.attributes))
        node = node.parent
    chain.reverse()
    return chain


def _start_tags(chain: list[tuple[str, dict]]) -> str:
    """Start tags re-opening `chain`, attributes escaped (names the tokenizer cannot read back are left out)."""
    out = []
    for tag, attrs in chain:
        out.append("<" + tag)
        for name, value in attrs.items():
            if _ATTR_NAME.fullmatch(name):
                out.append(f" {name}" if value is None else
                           f' {name}="{value.replace("&", "&amp;").replace(chr(34), "&quot;")}"')
        out.append(">")
    return "".join(out)


def parse_segmented(text: str, prepare: Callable[[LexborHTMLParser], None] | None = None,
                    source: Source = Source.HTML, br_splits: bool = False, prune: bool = False) -> Document | None:
    """The Document of an HTML page parsed and walked in segments (html.parse_tree's, with the
    metadata of html.parse_html); None where the page is to be parsed whole: short, React streaming
    markers, more than one <body>, no cut point, a check failed. `prune`: as html.parse_html, in
    each segment, but for the elements open at its cuts (a nav, footer or aside that a cut splits
    is read, where the whole page's reading may remove it)."""
    if len(text) <= THRESHOLD or MARKER in text:
        return None
    doctype = _DOCTYPE.match(text)
    prefix = (doctype.group(1) if doctype else "") + "<html><body>"
    cutter = Cutter(text)
    carry = Carry()
    found = meta_parts()
    chain: list[tuple[str, dict]] = []  # the elements open at the last cut, outermost first
    removed: list[str] = []
    start = 0
    while True:
        cut = None
        target, culprit = start + SEGMENT, ""
        for attempt in range(TRIES + 1):  # the last try has no cut: the rest of the page is this segment
            if cut is not None:  # the last cut failed: try after the element in the way ends, or further on
                close = _end_tag(culprit).search(text, cut, cut + SEGMENT) if culprit else None
                target = close.end() if close else cut + SEGMENT // 8
            cut = None if attempt == TRIES else cutter.next_cut(target)
            if cut is None and not start:
                return None  # no cut point: the page is one segment, the whole page
            markup = text[start:cut] if not start else \
                prefix + _start_tags(chain) + f"<!--{_START}-->" + text[start:cut]
            if cut is not None:  # the end marker and the probes (see `_end_marker`)
                markup += f"<!--{_END}--> " + "</table>" * len(cutter.tables) + f"<!--{_AFTER}--> "
            tree = LexborHTMLParser(markup)
            del markup
            if prepare is not None:
                prepare(tree)
            root = tree.body
            reopened = (_reopened(root, chain) if start else []) if root is not None else None
            if root is None or reopened is None:
                return None
            end, culprit = _end_marker(root, cutter.form) if cut is not None else (None, "")
            if end is not None or cut is None:
                break
            del tree, root, reopened
        if start:
            carry.start = reopened[carry.stop_depth] if carry.stop_depth < len(chain) else reopened[-1]
        carry.stop = end
        keep_meta_parts(found, tree, {node.mem_id for node in reopened} | ({tree.root.mem_id} if start else set()))
        if prune:
            removed += prune_boilerplate(tree, {node.mem_id for node in reopened} | _above(end))
        before = carry.state
        table = _walk(root, br_splits, carry)
        if cut is not None and carry.state is before:
            return None  # the walk did not reach the end marker
        carry.start = carry.stop = None  # (they hold the tree)
        if cut is None:
            break
        chain = _open_chain(end, root)
        start = cut
        del tree, root, end, reopened
    cutter.next_cut(len(text) + 1)  # scan to the end (after an early </body>, the rest is searched below)
    if cutter.again or _TOP.search(text, cutter.pos):
        return None  # a second <html> or <body> adds its attributes to the first: only the whole page has them
    blocks = table.blocks if source is Source.HTML else [b.with_(source=source) for b in table.blocks]
    doc = Document(blocks=blocks, source=source, parent=table.parent, end=table.end, tags=table.tags,
                   etokens=table.etokens)
    doc.meta.update(meta_of(found))
    doc.pruned = len(removed)
    if removed:
        doc.notes.append(pruned_note(removed))
    return doc


def _above(node: LexborNode | None) -> set[int]:
    """The memory ids of the elements around `node` (the elements open at a cut)."""
    found = set()
    while node is not None:
        found.add(node.mem_id)
        node = node.parent
    return found
