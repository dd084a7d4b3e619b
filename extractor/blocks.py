"""Block: the one shape every stage speaks, whatever the rendition it came from."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from enum import Enum


class Kind(str, Enum):
    """What a block is, guessed from markup or, in text, from its shape."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST_ITEM = "list_item"
    QUOTE = "quote"
    CAPTION = "caption"
    IMAGE = "image"
    LINK = "link"  # a block that is one link and nothing else
    RULE = "rule"
    TABLE_CELL = "table_cell"
    CODE = "code"


class Source(str, Enum):
    HTML = "html"
    MARKDOWN = "markdown"
    TEXT = "text"


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph-sized unit.

    `node` is the pre-order number of the element the block sits in (0 where there was no
    markup); `ancestors` its nearest enclosing element numbers, innermost first. `tokens` are the
    class/id words of the element and its ancestors (HTML only). `link_chars` counts the characters
    inside links.
    """

    text: str
    kind: Kind = Kind.PARAGRAPH
    index: int = 0
    source: Source = Source.TEXT
    tag: str = ""
    path: str = ""
    tokens: frozenset[str] = frozenset()
    link_chars: int = 0
    depth: int = 0
    level: int = 0  # heading level, list nesting
    node: int = 0
    ancestors: tuple[int, ...] = ()
    href: str = ""

    @property
    def chars(self) -> int:
        return len(self.text)

    @property
    def link_density(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0

    def with_(self, **changes: object) -> "Block":
        return dataclasses.replace(self, **changes)


@dataclass(frozen=True, slots=True)
class Decision:
    """What a stage said about one block: kept or dropped, by which rule."""

    index: int
    keep: bool
    rule: str
    stage: str
    text: str = ""

    def describe(self) -> str:
        verb = "kept" if self.keep else "dropped"
        snippet = self.text if len(self.text) <= 60 else self.text[:57] + "..."
        return f"[{self.stage}] {verb} #{self.index} by {self.rule}: {snippet!r}"


@dataclass(slots=True)
class Document:
    """A parsed document: its blocks plus what the markup says about its elements.

    `parent[n]` and `end[n]` give, for element number n, its parent element and the last element
    number inside it, so "block b is inside element n" is `n <= b.node <= end[n]`.
    """

    blocks: list[Block]
    source: Source
    parent: list[int] = field(default_factory=list)
    end: list[int] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    etokens: list[tuple[str, ...]] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
