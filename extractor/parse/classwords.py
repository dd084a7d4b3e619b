"""Class/id words: what an element's class, id, itemprop and role values and data-* names call it.

Split into lower-case words of letters and digits (2 to MAX_TOKEN_LEN characters; longer runs are
hashes), cached per value because pages repeat their class lists; the caches are cleared when full,
so memory stays bounded over any number of documents.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

_TOKEN_SPLIT = re.compile(r"[^a-z0-9]+")
#: class/id words longer than this are hashes, not words
MAX_TOKEN_LEN = 40
#: the words _TOKEN_SPLIT leaves of a class/id value (2 to MAX_TOKEN_LEN characters) and of a data-*
#: name (2 or more), found directly: a maximal run of [a-z0-9] of that length
_WORD_RUN = re.compile(rf"(?<![a-z0-9])[a-z0-9]{{2,{MAX_TOKEN_LEN}}}(?![a-z0-9])")
_NAME_RUN = re.compile(r"(?<![a-z0-9])[a-z0-9]{2,}(?![a-z0-9])")
_TOKEN_ATTRS = ("class", "id", "itemprop", "role")


#: a class name that says what the element lacks ("hit-no-caption", "no-sidebar", "without-comments")
#: names no kind of box: the negated word is not one of the element's words
_NEGATED = re.compile(r"(?<![a-z0-9])(?:no|without)[-_][a-z0-9]+")
#: an ASCII value's bytes with every byte but [a-z0-9] made a space: split, they are the runs
#: _WORD_RUN finds, of any length (a C loop, where the regex tries its lookarounds at every
#: character of the ~75 class lists a page shows for the first time)
_SEPARATE = bytes(c if 97 <= c <= 122 or 48 <= c <= 57 else 32 for c in range(256))
_split_cache: dict[str, tuple[str, ...]] = {}
_data_cache: dict[str, tuple[str, ...]] = {}
_SPLIT_CACHE_MAX = 50_000


def _split_value(value: str) -> tuple[str, ...]:
    """The words of one class/id/itemprop/role value (cached: pages repeat their class lists)."""
    words = _split_cache.get(value)
    if words is None:
        low = value.lower()
        if len(low) > 400:
            low = low[:400]
        if "no" in low or "without" in low:
            low = _NEGATED.sub(" ", low)
        if low.isascii():
            runs = low.encode().translate(_SEPARATE).decode().split()
            words = tuple([w for w in runs if 1 < len(w) <= MAX_TOKEN_LEN])
        else:
            words = tuple(_WORD_RUN.findall(low))
        if len(_split_cache) >= _SPLIT_CACHE_MAX:
            _split_cache.clear()
        _split_cache[value] = words
    return words


def _data_words(name: str) -> tuple[str, ...]:
    """The word a data-* attribute name gives the element: its first, after "data-" (cached).

    The first word names the component the data belongs to (`data-ad-slot`, `data-share-url`,
    `data-comments-count`); the words after it name a property of that data, not what the element
    is: `data-lb-caption-desc` is a lightbox's caption for a post's images, on the post itself."""
    words = _data_cache.get(name)
    if words is None:
        first = _NAME_RUN.search(name, 5)
        words = (first.group(),) if first else ()
        if len(_data_cache) >= _SPLIT_CACHE_MAX:
            _data_cache.clear()
        _data_cache[name] = words
    return words


def attr_tokens(attrs: dict[str, str | None]) -> tuple[str, ...]:
    """The class/id words of an element: class, id, itemprop, role values and data-* names."""
    if not attrs:
        return ()  # (most paragraphs: without the four lookups, ~0.45 us each time)
    words: tuple[str, ...] = ()
    found = 0
    for name in _TOKEN_ATTRS:
        value = attrs.get(name)
        if value is not None:
            found += 1
            if value:
                words += _split_value(value)
    if len(attrs) > found:  # other attributes: any data-* names among them?
        for name in attrs:
            if name.startswith("data-") and len(name) <= MAX_TOKEN_LEN:
                words += _data_words(name)
    return words


def describe(node: LexborNode) -> str:
    """An element as a reader finds it in the page: its tag, id and class ("<aside class='sidebar'>")."""
    attrs = node.attributes
    named = "".join(f" {k}={attrs[k]!r}" for k in ("id", "class") if attrs.get(k))
    return f"<{node.tag}{named}>"
