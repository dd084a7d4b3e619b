"""A blog's box about its author, set in the page's sidebar ("About Me": a photo, a name and a
paragraph of self-description): never the story's container, however long the paragraph (a
post of two lines beside a bio of a hundred commas lost the vote to it)."""

from __future__ import annotations

from .blocks import Document

#: class words that name a box about a person
PROFILE_WORDS = frozenset({"profile", "bio", "aboutme", "biography", "authorbio", "author_bio"})
#: class words that name the column such a box sits in
SIDE_WORDS = frozenset({"sidebar", "about", "aside", "widget"})
#: how many levels above the box its column may be named
SIDE_LEVELS = 3


def profile_boxes(doc: Document) -> set[int]:
    """Elements named as a profile box that sit in a named side column (within SIDE_LEVELS)."""
    out: set[int] = set()
    for e in range(1, len(doc.tags)):
        if PROFILE_WORDS.isdisjoint(doc.etokens[e]):
            continue
        up = doc.parent[e]
        for _ in range(SIDE_LEVELS):
            if up <= 0:
                break
            if not SIDE_WORDS.isdisjoint(doc.etokens[up]) or doc.tags[up] == "aside":
                out.add(e)
                break
            up = doc.parent[up]
    return out
