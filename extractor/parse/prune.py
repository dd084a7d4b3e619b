"""Navigation, footers and sidebars removed from an HTML tree before the walk (issue #7).

The full pipeline's cost grows with the nodes it walks and the blocks it classifies, and on a news
page about half of them sit in <nav>, <footer> and <aside>: menus, link lists, credits and teasers,
which the classifier drops whatever their markup. Removing those elements first, in C, halves the
walk, the features and the selection. On the shared corpora it changes the full pipeline's text of
one HTML page of 1,511 (a footer's share line; its scores are the same), and `auto`'s and `fast`'s
of none.

An element is kept when its paragraphs hold story-sized prose: some sites set their story in
<aside> elements (dragnet T18: `<aside class="storyContent">`). The pipeline reads a page again
without removing anything when what it found is short (pipeline.run), so a story that hides in
such an element without paragraphs is not lost either.
"""

from __future__ import annotations

from collections.abc import Container

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..textnorm import weight
from .classwords import describe

#: elements HTML itself names as holding no main content: navigation, a page's or section's
#: footer, content aside from the main text
PRUNED_TAGS = ("nav", "footer", "aside")
#: ...unless their paragraphs weigh this much (CJK counted ~3x): about two short paragraphs of
#: story, more than a sidebar's teaser or a footer's "about us" line. From 100 to 600 the answers
#: are the same on every corpus; at 1,000 dragnet T18 loses its story, set in asides of a few
#: paragraphs each
PROSE_WEIGHT = 300
#: how many of the removed elements a Result's note names
NOTE_ELEMENTS = 5


def prose_weight(node: LexborNode) -> int:
    """The weight of the text in the paragraphs under `node`."""
    return sum(weight(p.text()) for p in node.css("p"))


def prune_boilerplate(tree: LexborHTMLParser, keep: Container[int] = ()) -> list[str]:
    """Remove the PRUNED_TAGS elements without PROSE_WEIGHT of paragraph text (the outermost of
    nested ones), but those whose memory id is in `keep`; return them as a reader finds them in
    the page (`<aside class='sidebar'>`)."""
    removed = []
    for tag in PRUNED_TAGS:
        for node in tree.tags(tag):
            if node.parent is None or node.mem_id in keep:  # (None: removed with an element around it)
                continue
            if prose_weight(node) < PROSE_WEIGHT:
                removed.append(describe(node))
                node.decompose()
    return removed


def pruned_note(removed: list[str]) -> str:
    """What the Result's notes say of the elements removed (the first NOTE_ELEMENTS of them)."""
    named = ", ".join(removed[:NOTE_ELEMENTS]) + (f" and {len(removed) - NOTE_ELEMENTS} more"
                                                  if len(removed) > NOTE_ELEMENTS else "")
    return f"removed before reading, without prose (their text is in no trace): {named}"
