"""Widening the story's container: a story split over several strong containers, or over parts
built alike, is held by their lowest common ancestor."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from itertools import accumulate, compress

from .blocks import Document, Kind, outermost
from .classify import LINK_HEAVY, Features

#: another container scoring this share of the best one means the story is split across both
#: (swept 0.3-0.5 over every shared HTML corpus: 0.4 gains most without costing any corpus > 0.002)
SPLIT_SHARE = 0.4
#: linked headings that make an element a stream of teasers, not a part of the story
TEASER_TITLES = 3
#: elements built like the container are its parts only when their class words say that much
#: (one generic word such as "group" or "content" is shared by unrelated boxes)
PEER_WORDS = 2


def widen(doc: Document, best: int, strong: list[int]) -> int:
    """When the story is split over several strong containers (`strong`, from strong_containers: a
    page of components, or containers built like the best one, a story cut in parts by figures or
    ads), their lowest common ancestor holds it; block rules then sort out what sits between them."""
    if not strong:
        return best
    common = best
    for e in strong:
        while common and not (common <= e <= doc.end[common]):
            common = doc.parent[common]  # element numbers only fall towards the root (0)
    return common if common and doc.tags[common] not in ("body", "html") else best


def parts_apart(doc: Document, strong: list[int], voters: list[int]) -> set[int]:
    """The `strong` containers that `widen` could not join because only the page itself holds them
    with the best one (an old page of body-level tables, the story running on from one table into
    the next; a news page of several stories, each in its own table): each joins the story as a
    part of it when it holds PART_PARAGRAPHS voting paragraphs of its own and is no item of a list
    (a list's items are posts, comments or teasers side by side). `voters` are the element
    numbers of the voting paragraphs, in page order."""
    return {e for e in outermost(doc, strong) if e and doc.tags[e] not in ("body", "html")
            and bisect_right(voters, doc.end[e]) - bisect_left(voters, e) >= PART_PARAGRAPHS
            and not _in_list_item(doc, e)}


#: a strong container apart from the story's holds at least this many voting paragraphs to join it
#: as a part (a box of one or two paragraphs beside the story is a sidebar's blurb)
PART_PARAGRAPHS = 3


def _in_list_item(doc: Document, e: int) -> bool:
    while e:
        if doc.tags[e] == "li":
            return True
        e = doc.parent[e]
    return False


def row_cells(doc: Document, heads: Headings, score: list[float], best: int, least: float,
              boilerplate: Callable[[tuple[str, ...]], bool]) -> set[int]:
    """When the story's container is a cell of a layout table, the cells of the table's other rows
    that score `least` or more: the story goes on in the next row (a lede row, then the body; a
    story, then its closing part under a rule), as a sibling cell would. In a table of columns
    (rows of two cells or more, built alike), a cell in the story's own column joins whenever a
    paragraph votes for it: the story's column runs down the rows, one section a row (a paper's
    abstract, methods and results, each beside its own copy of the outline), and a section may be
    short. Cells named as boilerplate by `boilerplate` (their class words) or holding a stream of
    teasers stay out."""
    row = doc.parent[best]
    if doc.tags[best] != "td" or doc.tags[row] != "tr":
        return set()
    rows = doc.parent[row]
    own = doc.children(row)
    column = own.index(best) if len(own) >= COLUMN_CELLS else None
    found: set[int] = set()
    for r in doc.children(rows):
        if r == row or doc.tags[r] != "tr":
            continue
        cells = doc.children(r)
        alike = len(cells) == len(own)
        found.update(e for k, e in enumerate(cells)
                     if (score[e] >= least or alike and k == column and score[e] > 0)
                     and not heads.teaser_stream(e)
                     and not (doc.etokens[e] and boilerplate(doc.etokens[e])))
    return found


#: a row of at least this many cells makes columns: the story's cell has a column to run down
COLUMN_CELLS = 2


def strong_containers(doc: Document, heads: Headings, score: list[float], best: int, best_score: float) -> list[int]:
    """Elements apart from `best` (neither inside nor around it) that hold the story too: they score
    SPLIT_SHARE of `best_score`, or are built like `best` (same tag and class words) with no title
    between them; never a stream of teasers."""
    words = doc.etokens[best]
    # (scores are never negative: compress passes the elements scoring above 0, at C speed)
    return [e for e in compress(range(len(score)), score) if e != best and (s := score[e]) > 0
            and not (e <= best <= doc.end[e]) and not (best <= e <= doc.end[best])
            and (s >= SPLIT_SHARE * best_score or _peer_shape(doc, best) and doc.etokens[e] == words
                 and doc.tags[e] == doc.tags[best] and not heads.titled_apart(best, e))
            and not heads.teaser_stream(e)]


#: one class word that names a story's body on its own ("articleBody", "entryContent"): as telling
#: as PEER_WORDS words
STORY_BODY_WORDS = frozenset({"articlebody", "articlecontent", "articletext", "storybody", "storytext",
                              "storycontent", "postbody", "postcontent", "posttext", "entrycontent",
                              "entrybody", "entrytext", "artbody", "bodytext", "maintext"})
#: a teaser's summary: a block this heavy, mostly not linked, right after a linked title
SUMMARY_WEIGHT = 80


def _peer_shape(doc: Document, e: int) -> bool:
    """True when element `e` is built specifically enough that another element of the same tag and
    class words is a part of the same thing: PEER_WORDS class words, or one word naming a story's
    body ("articleBody")."""
    words = doc.etokens[e]
    return len(words) >= PEER_WORDS or len(words) == 1 and words[0] in STORY_BODY_WORDS


class Headings:
    """The page's headings by element number, so that each question about the headings inside an
    element or between two costs a binary search, not a pass over every block (a page of 100,000
    blocks asks it of thousands of elements). The tables are made at the first question: on most
    pages no element is asked about (on 49 of 57 Zyte pages)."""

    def __init__(self, doc: Document, feats: list[Features]) -> None:
        self.doc = doc
        self.feats: list[Features] | None = feats  # (None once the tables are made)
        self.nodes: list[int] = []
        self.linked: list[int] = []
        self.titles: list[int] = []
        self.prose: list[int] = []
        self.teasers: list[int] = []

    def _load(self) -> None:
        doc, feats = self.doc, self.feats
        if feats is None:
            return
        self.feats = None
        heads: list[tuple[int, bool]] = []
        titles: list[int] = []
        prose: list[int] = []
        teasers: list[int] = []
        teaser = None  # the element of the block before, when it is a linked line
        heading = Kind.HEADING  # (read once: Kind.X calls an EnumType hook)
        for b, f in zip(doc.blocks, feats):
            linked = f.link_density > LINK_HEAVY
            if b.kind is heading:
                heads.append((b.node, linked))
                # titles: h1/h2 that no boilerplate rule claims ("Related Coverage" in a box is no title)
                if b.level <= 2 and not (f.head_kind or f.line_kind or f.container_kind):
                    titles.append(b.node)
                teaser = None
                continue
            # teasers set without headings: a linked line (no sentence end) and, right after it, a
            # summary; and every summary-like block, to weigh the teasers against
            if f.weight >= SUMMARY_WEIGHT and not linked:
                prose.append(b.node)
                if teaser is not None:
                    teasers.append(teaser)
            teaser = b.node if linked and not f.terminal else None
        heads.sort()
        self.nodes = [node for node, _ in heads]
        self.linked = list(accumulate((int(linked) for _, linked in heads), initial=0))
        titles.sort()
        self.titles = titles
        self.prose, self.teasers = prose, teasers  # in the blocks' order

    def teaser_stream(self, e: int) -> bool:
        """True when element `e` is a stream of teasers: its headings are mostly links (titles of
        other pages), at least TEASER_TITLES of them; a story's own sub-headings link nowhere."""
        self._load()
        end = self.doc.end[e]
        lo, hi = bisect_left(self.nodes, e), bisect_right(self.nodes, end)
        linked = self.linked[hi] - self.linked[lo]
        if linked >= TEASER_TITLES and 2 * linked >= hi - lo:
            return True
        teasers = bisect_right(self.teasers, end) - bisect_left(self.teasers, e)
        return teasers >= TEASER_TITLES and 2 * teasers >= bisect_right(self.prose, end) - bisect_left(self.prose, e)

    def titled_apart(self, a: int, b: int) -> bool:
        """True when a title (h1, h2) stands between elements `a` and `b`, outside both: two
        entries of a blog's front page, not two parts of one story."""
        self._load()
        first, second = sorted((a, b))
        k = bisect_right(self.titles, self.doc.end[first])
        return k < len(self.titles) and self.titles[k] < second
