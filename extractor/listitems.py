"""List items, table rows and grid tiles that say something beside their link: a list of "Bug 1677080 –
Fullscreen PiP window is affected by ..." is a list of the story's points, where a sidebar's list
of titles with one blurb among them is still a link list; a table whose rows pair a linked title
with its year and description is a table of data."""

from __future__ import annotations

from .blocks import Document, Kind, subtree_sums
from .classify import LINK_HEAVY, Features

#: a list item this heavy (as heavy as a paragraph that votes for a container) whose links leave
#: at least a tenth of its text unlinked carries words of its own (a linked name and what it did)
ANNOTATED_WEIGHT = 50
ANNOTATED_LINKS = 0.9
#: share of a list's items that must carry words of their own (annotated, or not link-heavy at
#: all) for its link-heavy items to be the story's; below it the list is one of links
ANNOTATED_SHARE = 0.5
#: in a list where more than this share of items are plain words, a linked sentence among them
#: ("Use your colors like a pro with our how-to!") is one more of its points
PLAIN_SHARE = 0.5
_LISTS = ("ul", "ol")


def _annotated(f: Features) -> bool:
    return f.weight >= ANNOTATED_WEIGHT and f.link_density <= ANNOTATED_LINKS


def annotated_items(doc: Document, feats: list[Features]) -> set[int]:
    """Indices of link-heavy list items that are the story's points (HTML only: the list is the
    nearest <ul>/<ol> around the item). In a list whose items mostly carry words of their own, every
    link-heavy item is one more point ("Gijs made the toolbar load later", linked to its bug; "Learn
    more about the Page Inspector" under its feature's description), and so is each item of
    ANNOTATED_WEIGHT of a list nested in one of its items ("In progress:" and the bugs it lists);
    never a link text that recurs on the page (a widget's "Share", "Add to reading list")."""
    if not doc.tags:
        return set()
    lists, rows, recurring = _item_groups(doc)
    out: set[int] = set()
    points: set[int] = set()
    for home, items in lists.items():
        said = [i for i in items if feats[i].link_density <= LINK_HEAVY or _annotated(feats[i])]
        plain = [i for i in items if feats[i].link_density <= LINK_HEAVY]
        if len(plain) > PLAIN_SHARE * len(items):
            out.update(i for i in items if feats[i].link_density > LINK_HEAVY and feats[i].terminal)
        if len(said) >= ANNOTATED_SHARE * len(items):
            out.update(i for i in items if feats[i].link_density > LINK_HEAVY
                       and doc.blocks[i].text not in recurring)
            points.add(home)
    for home, items in lists.items():
        if home not in points and _outer_list(doc, home) in points:
            out.update(i for i in items if feats[i].link_density > LINK_HEAVY and feats[i].weight >= ANNOTATED_WEIGHT
                       and doc.blocks[i].text not in recurring)
    return out | _described_rows(doc, feats, rows)


def _item_groups(doc: Document) -> tuple[dict[int, list[int]], dict[int, list[int]], set[str]]:
    """What annotated_items weighs, in one pass over the blocks: per list (the nearest <ul>/<ol>
    around an item) its items, per table row (the nearest <tr> around a cell) its cells, and the
    texts of link blocks that occur more than once (a widget's label, not a point)."""
    tags = doc.tags
    lists: dict[int, list[int]] = {}
    rows: dict[int, list[int]] = {}
    seen: set[str] = set()
    recurring: set[str] = set()
    list_item, table_cell = Kind.LIST_ITEM, Kind.TABLE_CELL  # (read once: Kind.X calls an EnumType hook)
    for i, b in enumerate(doc.blocks):
        if b.link_chars:
            (recurring if b.text in seen else seen).add(b.text)
        if b.kind is list_item:
            for e in b.ancestors:
                if tags[e] in _LISTS:
                    lists.setdefault(e, []).append(i)
                    break
        elif b.kind is table_cell:
            for e in b.ancestors:
                if tags[e] == "tr":
                    rows.setdefault(e, []).append(i)
                    break
    return lists, rows, recurring


def _outer_list(doc: Document, e: int) -> int:
    """The nearest list around element `e` (0: none)."""
    e = doc.parent[e]
    while e and doc.tags[e] not in _LISTS:
        e = doc.parent[e]
    return e


#: a table with this many rows that pair a linked cell with a cell of plain words is a table of
#: data (a title and its year and description), not a layout cell of links
DESCRIBED_ROWS = 3


def _described_rows(doc: Document, feats: list[Features], rows: dict[int, list[int]]) -> set[int]:
    """Indices of linked table cells whose row also holds a cell of plain words, in tables with
    DESCRIBED_ROWS or more such rows; `rows` holds each row's cells (the nearest <tr> around them)."""
    tables: dict[int, list[int]] = {}
    for row, cells in rows.items():
        linked = [i for i in cells if feats[i].link_density > LINK_HEAVY]
        if linked and len(linked) < len(cells):
            tables.setdefault(doc.parent[row], []).extend(linked)
    out: set[int] = set()
    for table, linked in tables.items():
        if len({next(e for e in doc.blocks[i].ancestors if doc.tags[e] == "tr") for i in linked}) >= DESCRIBED_ROWS:
            out.update(linked)
    return out


#: a grid of tiles needs this many built alike (the same tag and class words)
GRID_TILES = 3


def titled_tiles(doc: Document, feats: list[Features]) -> set[int]:
    """Indices of linked headings that title a tile of a grid: the heading's parent also holds
    ANNOTATED_WEIGHT or more of unlinked words besides headings (a product's points, a course's
    description), and GRID_TILES or more such parents are built alike. A shop's or a catalogue's
    grid names each item by a link to its page; the name belongs with what the tile says."""
    if not doc.tags:
        return set()
    n = len(doc.tags)
    unlinked = [0] * n
    titles: list[int] = []
    heading = Kind.HEADING  # (read once: Kind.X calls an EnumType hook)
    for i, (b, f) in enumerate(zip(doc.blocks, feats)):
        if b.kind is heading:
            if f.link_density > LINK_HEAVY and 0 < b.node < n:
                titles.append(i)
        elif f.link_density <= LINK_HEAVY and b.node < n:
            unlinked[b.node] += f.weight
    if not titles:
        return set()
    unlinked_in = subtree_sums(doc, unlinked)
    tiles: dict[tuple[str, frozenset[str]], list[int]] = {}
    for i in titles:
        tile = doc.parent[doc.blocks[i].node]
        if tile and unlinked_in(tile) >= ANNOTATED_WEIGHT:
            words = frozenset(t for t in doc.etokens[tile] if not t.isdigit())
            tiles.setdefault((doc.tags[tile], words), []).append(i)
    return {i for found in tiles.values() if len(found) >= GRID_TILES for i in found}


#: a story's table of contents: at least this many list items in a row, each one link to a part
#: of the same page ("#assess-how-deep"); the story's own map of its sections, not links away
CONTENTS_ITEMS = 3
#: class words of a tab bar, whose items link to the panels of a widget, not to the story's parts
TAB_TOKENS = frozenset({"tab", "tabs", "tablist"})


def contents_items(doc: Document) -> set[int]:
    """Indices of the list items of a table of contents: runs of CONTENTS_ITEMS or more list items
    in a row, each a single link to an anchor of the page itself, in no tab bar."""
    out: set[int] = set()
    row: list[int] = []
    list_item = Kind.LIST_ITEM  # (read once: Kind.X calls an EnumType hook)
    for i, b in enumerate(doc.blocks):
        if b.kind is list_item and len(b.href) > 1 and b.href.startswith("#") \
                and TAB_TOKENS.isdisjoint(b.tokens):
            row.append(i)
        elif row:  # the row ends
            if len(row) >= CONTENTS_ITEMS:
                out.update(row)
            row = []
    if len(row) >= CONTENTS_ITEMS:
        out.update(row)
    return out


def cut_items(doc: Document, feats: list[Features], run: set[int] | frozenset[int], candidates: list[int]) -> set[int]:
    """Blocks the story's run leaves out of a list item it holds a part of, each set as a part the
    run keeps in another item of the same list (a feature list's last "Learn more about Style
    Editor", after the description where the run ends): the run does not cut in two the last of a
    list's items built alike. Blocks of a boilerplate line, section head or box stay out."""
    if not doc.tags or not run:
        return set()
    left: list[tuple[int, int]] = []  # the blocks the run leaves out, each with its list item
    for i in candidates:
        f = feats[i]
        if i in run or f.line_kind or f.head_kind or f.container_kind:
            continue
        item = _item(doc, i)
        if item is not None:
            left.append((i, item))
    if not left:
        return set()  # (most pages: the run's own items are not read)
    kept: dict[tuple[int, str], set[int]] = {}  # (the list, a part's path) -> the items holding it in the run
    for i in run:
        item = _item(doc, i)
        if item is not None:
            kept.setdefault((doc.parent[item], doc.blocks[i].path), set()).add(item)
    held = {item for items in kept.values() for item in items}
    return {i for i, item in left
            if item in held and kept.get((doc.parent[item], doc.blocks[i].path), set()) - {item}}


def _item(doc: Document, i: int) -> int | None:
    """The nearest <li> around block `i`, or None."""
    tags = doc.tags
    for e in doc.blocks[i].ancestors:
        if tags[e] == "li":
            return e
    return None
