"""Streamed server rendering: content a browser script moves into place before anyone reads it.

React 18 / Next.js stream a page in pieces. Where a part was not ready, the first HTML holds a
placeholder, `<template id="B:0"></template>` followed by a fallback ("Loading paragraph...");
the part itself arrives later in the same document as `<div hidden id="S:0">...</div>` near the
end of <body>, and a small inline script (`$RC("B:0", "S:0")`) swaps it in. Parts hold parts of
their own: `<template id="P:f"></template>` (no fallback) is replaced by `S:f` (`$RS`). A reader
sees each part where its placeholder was; a parser that skips hidden elements sees only fallbacks.
`resolve_streamed` does what the script does, so the story sits where it belongs.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

#: a cheap test before any tree work: the placeholder's opening tag, as React writes it
MARKER = '<template id="'
#: placeholders: a Suspense boundary (B, with a fallback after it) or a segment (P, none)
_PLACEHOLDERS = 'template[id^="B:"], template[id^="P:"]'


def _fallback(template: LexborNode) -> LexborNode | None:
    """The element a placeholder shows until its part arrives: the next element sibling."""
    node = template.next
    while node is not None and not node.is_element_node:
        node = node.next
    return node


def resolve_streamed(tree: LexborHTMLParser) -> int:
    """Move each streamed part (`div[hidden][id=S:x]`) into its placeholder (`template#B:x`, whose
    fallback it replaces, or `template#P:x`). Returns the number of parts moved; a part without a
    placeholder stays hidden where it is."""
    parts = {node.attributes.get("id"): node for node in tree.css('div[hidden][id^="S:"]')}
    if not parts:
        return 0
    moved = 0
    # the last first: placeholders inside parts (at the end of the page) are filled before their
    # part moves; every placeholder is visited once, so none is touched after it is gone
    for template in reversed(tree.css(_PLACEHOLDERS)):
        name = template.attributes.get("id") or ""
        part = parts.pop("S:" + name[2:], None)
        if part is None:
            continue
        anchor = (_fallback(template) if name.startswith("B:") else None) or template
        for child in list(part.iter(include_text=True)):
            anchor.insert_before(child)
        if anchor is not template:
            anchor.decompose()
        template.decompose()
        part.decompose()
        moved += 1
    return moved
