"""Block: the one shape every stage speaks, whatever the rendition it came from."""

from __future__ import annotations

import dataclasses
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from itertools import accumulate
from typing import Any


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


def _fields_state(obj: Any) -> list[object]:
    """A frozen slotted dataclass's pickled state: what `dataclasses` gives such a class, written
    out so that a mypyc build (an experiment: benchmarks/mypyc_build.py) pickles Blocks the same
    way (mypyc's own __setstate__ would assign to the frozen fields)."""
    return [getattr(obj, f.name) for f in dataclasses.fields(obj)]


def _set_fields(obj: Any, state: list[object]) -> None:
    for f, value in zip(dataclasses.fields(obj), state):
        object.__setattr__(obj, f.name, value)


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
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]

    def __getstate__(self) -> list[object]:
        return _fields_state(self)

    def __setstate__(self, state: list[object]) -> None:
        _set_fields(self, state)


@dataclass(frozen=True, slots=True)
class Decision:
    """What a stage said about one block: kept or dropped, by which rule."""

    index: int
    keep: bool
    rule: str
    stage: str
    text: str = ""

    def __getstate__(self) -> list[object]:
        return _fields_state(self)

    def __setstate__(self, state: list[object]) -> None:
        _set_fields(self, state)

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
    #: how many navigation, footer and sidebar elements were removed before the walk (parse/prune.py)
    pruned: int = 0

    def children(self, e: int) -> list[int]:
        """The elements directly inside element `e`, in order (each child's subtree skipped at once)."""
        out = []
        x = e + 1
        while x <= self.end[e]:
            out.append(x)
            x = self.end[x] + 1
        return out


def subtree_sums(doc: Document, own: list[int]) -> Callable[[int], int]:
    """For any element, the sum of `own` (a value per element) over its subtree: itself and every
    element inside it. From running totals in page order, where an element's subtree is the span
    from it to its end: two look-ups an element, no pass adding every element into its parent."""
    running = list(accumulate(own, initial=0))
    end = doc.end

    def total(e: int) -> int:
        return running[end[e] + 1] - running[e]

    return total


def outermost(doc: Document, elements: set[int] | list[int]) -> list[int]:
    """The elements of `elements` that no other of them holds, in page order (one sweep: two
    elements nest or stand apart)."""
    out: list[int] = []
    for e in sorted(elements):
        if not out or e > doc.end[out[-1]]:
            out.append(e)
    return out


def inside_indices(doc: Document, elements: set[int] | list[int]) -> list[int]:
    """The positions of the blocks inside any of `elements` (element numbers), in order: a block
    is inside element e when e <= its node <= doc.end[e]. One comparison per block for a single
    element (the common case), no call per block."""
    blocks = doc.blocks
    if len(elements) == 1:
        (lo,) = elements
        hi = doc.end[lo]
        return [i for i, b in enumerate(blocks) if lo <= b.node <= hi]
    # many elements (a story in many parts): the outermost of them, then one bisection per block,
    # so the cost grows with blocks x log(elements), not blocks x elements
    outer = outermost(doc, elements)
    ends = [doc.end[e] for e in outer]
    out = []
    for i, b in enumerate(blocks):
        k = bisect_right(outer, b.node) - 1
        if k >= 0 and b.node <= ends[k]:
            out.append(i)
    return out


def slot_maker(cls: type, args: tuple[str, ...]) -> Callable[..., Any]:
    """A positional constructor of the slotted dataclass `cls` (arguments in `args` order) that fills
    its slots directly: the same objects as `cls(...)`, made ~4x faster (a frozen dataclass's
    __init__ calls object.__setattr__ once per field).

    The object is made as an instance of an unfrozen twin of `cls` with the same slots, whose
    stores are plain attribute stores, and then given its class (`_twin`): 0.73 against 1.76 us
    for a Block of 13 fields, where calling each slot's `__set__` costs ~0.1 us a field. Where
    the layout of `cls` does not allow that (a class mypyc compiled), each slot's `__set__` is
    called. Falls back to calling the class by keyword unless every field of `cls` is a data
    descriptor of the class (a slot, or a native attribute when mypyc compiled the class) and the
    fields not in `args` all have defaults."""
    fields = dataclasses.fields(cls)
    names = {f.name for f in fields}

    def by_keyword(*values: object) -> Any:
        return cls(**dict(zip(args, values)))

    if hasattr(cls, "__post_init__") or not names.issuperset(args) \
            or not all(hasattr(cls.__dict__.get(f.name), "__set__") for f in fields) \
            or any(f.name not in args and f.default is dataclasses.MISSING
                   and f.default_factory is dataclasses.MISSING for f in fields):
        return by_keyword
    twin = _twin(cls)
    env: dict[str, object] = {"_new": cls.__new__, "_cls": cls, "_twin": twin}
    body = ["    o = _new(_twin)" if twin is not None else "    o = _new(_cls)"]
    for f in fields:
        if f.name in args:
            value = f.name
        elif f.default_factory is not dataclasses.MISSING:
            env[f"_f_{f.name}"] = f.default_factory
            value = f"_f_{f.name}()"
        else:
            env[f"_d_{f.name}"] = f.default
            value = f"_d_{f.name}"
        if twin is not None:
            body.append(f"    o.{f.name} = {value}")
        else:
            env[f"_s_{f.name}"] = cls.__dict__[f.name].__set__
            body.append(f"    _s_{f.name}(o, {value})")
    if twin is not None:
        body.append("    o.__class__ = _cls")
    src = "def make(" + ", ".join(args) + "):\n" + "\n".join(body) + "\n    return o\n"
    exec(src, env)  # generated from the dataclass fields above
    return env["make"]  # type: ignore[return-value]


def _twin(cls: type) -> type | None:
    """A plain class with the slots of `cls` in the same order, whose instances can be given the
    class `cls` once filled (the same layout); None where `cls` is not such a class."""
    slots = cls.__dict__.get("__slots__")
    if not isinstance(slots, tuple) or cls.__bases__ != (object,):
        return None
    twin = type(f"_{cls.__name__}Twin", (), {"__slots__": slots})
    try:
        probe: Any = object.__new__(twin)
        probe.__class__ = cls
    except TypeError:
        return None
    return twin
