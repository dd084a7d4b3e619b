"""How a browser would lay out an element, read from its tag and attributes: does it start a block,
is it hidden (and is that a folded panel a reader opens), is it set inline, is an <a> a link at all.
The HTML walker (html.py) asks these of the elements it reaches (and, for inline display, before
it walks)."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

#: elements that start a new block
BLOCK_TAGS = frozenset({
    "html", "body", "address", "article", "aside", "blockquote", "center", "dd", "details", "dir",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
    "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
    "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "ul", "legend",
    "frameset", "frame", "noframes", "listing", "plaintext", "xmp",
})

#: class names that CSS frameworks define as display:none (Bootstrap's "hidden", "hide", "d-none",
#: Bulma's "is-hidden"); an element that also carries a responsive variant ("md:block",
#: "d-md-block") is shown on some screens
HIDDEN_CLASSES = frozenset({"hidden", "hide", "d-none", "is-hidden", "invisible"})
_SHOWN_ON_SOME = re.compile(r":|^d-(?:sm|md|lg|xl|xxl)-(?!none)")
#: hidden-element markers in a style attribute
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
#: every element that may be hidden: the `hidden` attribute, a style naming none/hidden, aria-hidden
#: (`hidden` then decides); the walker tests the elements it reaches with `marked_hidden` instead
HIDDEN_QUERY = ('[hidden], [style*="none" i], [style*="hidden" i], [aria-hidden="true" i], '
                + ", ".join(f'[class~="{c}" i]' for c in sorted(HIDDEN_CLASSES)))
#: a block element its style sets inline (inline, inline-block, inline-flex, -webkit-inline-box):
#: a browser runs its text on with the text around it, so it does not start a block (a badge
#: injected into a reference: "<cite>"Title" <div style="display: -webkit-inline-box">..</div>.
#: Publisher. Retrieved ..</cite>" is one line)
_INLINE_STYLE = re.compile(r"(?<![\w-])display\s*:\s*(?:-webkit-)?inline", re.I)
INLINE_QUERY = '[style*="inline" i]'


def hidden(node: LexborNode) -> bool:
    attrs = node.attributes
    if "hidden" in attrs:
        return True
    style = attrs.get("style")
    if style and _HIDDEN_STYLE.search(style):
        return True
    classes = (attrs.get("class") or "").lower().split()
    if not HIDDEN_CLASSES.isdisjoint(classes) and not any(_SHOWN_ON_SOME.search(c) for c in classes):
        return True
    return (attrs.get("aria-hidden") or "").lower() == "true" and inline_run(node)


def inline_run(node: LexborNode) -> bool:
    """True when `node` is a run inside a line (a <span>, an <i>) holding no block: aria-hidden, it is
    a glyph or a duplicate of the line's words; an aria-hidden block (a folded answer) is text."""
    return node.tag not in BLOCK_TAGS and not any(e.tag in BLOCK_TAGS for e in node.css("*"))


def disclosed(node: LexborNode) -> bool:
    """True when a hidden element is the folded panel of a disclosure widget (an accordion, a "show
    more"): the element just before it is, or holds, the button that unfolds it (aria-expanded).
    A reader opens it with one click; its text is the page's."""
    prev = node.prev
    while prev is not None and not prev.is_element_node:
        prev = prev.prev
    if prev is None:
        return False
    return "aria-expanded" in prev.attributes or prev.css_first("[aria-expanded]") is not None


#: the white space between the words of a class attribute as lexbor's `[class~=...]` reads it:
#: ASCII only (a no-break space joins two words)
_CLASS_SPACE = re.compile(r"[ \t\n\f\r]+")
#: the words (classwords._split_value) of a class value one of whose words is one of
#: HIDDEN_CLASSES ("d-none" gives "none", "is-hidden" gives "hidden"): a value without any of
#: them is not found by the query's class selectors, if it is read whole: up to HIDING_WORDS_LEN
#: characters (_split_value reads the first 400 of the lower-cased value, at most twice as long)
HIDING_WORDS = frozenset({"hidden", "hide", "none", "invisible"})
HIDING_WORDS_LEN = 200


def marked_hidden(attrs: dict[str, str | None]) -> bool:
    """Whether HIDDEN_QUERY finds an element with these attributes (the walker's test, as it reads
    them: lexbor's nine selectors over the whole tree cost more). Case-insensitive in ASCII, as
    lexbor is: `str.lower` turns no other character into an ASCII letter of these words (only
    U+0130 and U+212A give one: "i" with a combining dot after it, and "k")."""
    value = attrs.get("class")
    if value:
        low = value.lower()
        if "hid" in low or "none" in low or "invisible" in low:  # (one of them is in each of HIDDEN_CLASSES)
            if not HIDDEN_CLASSES.isdisjoint(_CLASS_SPACE.split(low)):
                return True
    if "hidden" in attrs:
        return True
    style = attrs.get("style")
    if style:
        low = style.lower()
        if "none" in low or "hidden" in low:
            return True
    aria = attrs.get("aria-hidden")
    return aria is not None and aria.lower() == "true"


def concealed(node: LexborNode) -> bool:
    """Whether an element HIDDEN_QUERY finds is hidden from a reader (see `hidden_ids`)."""
    return hidden(node) and not disclosed(node)


def inline_ids(root: LexborNode) -> set[int]:
    """Memory ids of the elements under `root` whose style attribute displays them inline, and of
    every element inside one that holds no text. One that holds blocks with text stays a block: its
    blocks stack their lines as before (a story body set `display:inline` around its paragraphs
    is still the story's container)."""
    found = root.css(INLINE_QUERY)
    inline: set[int] = set()
    for node in found or ():
        if node.mem_id in inline or not _INLINE_STYLE.search(node.attributes.get("style") or ""):
            continue
        inner = [e for e in node.css("*") if e.mem_id != node.mem_id]  # (the query finds the node too)
        if not node.text(deep=True).strip():  # an icon or badge: its empty inner boxes make no line
            inline.add(node.mem_id)
            inline.update(e.mem_id for e in inner)
        elif not any(e.tag in BLOCK_TAGS for e in inner):  # a run of text set inline
            inline.add(node.mem_id)
    return inline


def hidden_ids(root: LexborNode) -> set[int]:
    """Memory ids of the hidden elements under `root` (the walker skips them with their content;
    it tests each element it reaches with `marked_hidden` and `concealed`, the same test, and needs
    the whole set only to find where a page walked in segments stops)."""
    found = root.css(HIDDEN_QUERY)
    ids = {node.mem_id for node in found if concealed(node)} if found else set()
    if root.is_element_node and hidden(root):  # the query looks below `root` only
        ids.add(root.mem_id)
    return ids


#: the attributes of a named anchor: a target that other links point to, no link itself
ANCHOR_ATTRS = frozenset({"name", "id", "style"})


def named_anchor(node: LexborNode) -> bool:
    """True for an <a> without href that only names a place (`<a name="post42">`, `<a id="top">`):
    nothing in it links anywhere. Old markup often leaves one unclosed, and then it spans a whole
    post or the rest of the page, whose text is no link text. An <a> without href that is a
    control (a class, a script's onclick, a role, data attributes) still counts as a link."""
    keys = list(node.attrs.keys())
    return bool(keys) and ("name" in keys or "id" in keys) and all(k in ANCHOR_ATTRS for k in keys)
