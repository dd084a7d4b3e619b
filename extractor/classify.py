"""Generic verdicts on blocks: features, boilerplate kinds, and a content score for each block.

Nothing here cares which rendition a block came from. HTML adds evidence (class/id words of the
containers), text and Markdown rely on the words and shapes of the blocks themselves.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from . import patterns
from .blocks import Block, Document, Kind, Source, slot_maker
from .options import Options
from .patterns.about import about_head
from .patterns.base import MAX_HEAD_CHARS
from .textnorm import CJK_CHAR, is_cjk, weight

#: the kinds and source read for every block, as module constants: on Python 3.11 `Kind.HEADING`
#: goes through the enum class's `__getattr__` hook (~75 ns, ~9 lookups a block), a global is one
#: cached load
_HEADING, _LIST_ITEM, _PARAGRAPH, _QUOTE = Kind.HEADING, Kind.LIST_ITEM, Kind.PARAGRAPH, Kind.QUOTE
_TABLE_CELL = Kind.TABLE_CELL
#: the kinds of block that never read as prose
_LINE_BLOCK_KINDS = (Kind.CAPTION, Kind.RULE, Kind.LINK, Kind.IMAGE)
_HTML = Source.HTML
#: a block this heavy (CJK counted ~3x) reads as prose on length alone; lighter blocks score below zero
PROSE_WEIGHT = 100
#: weights above this add nothing more to a block's score
WEIGHT_CAP = 600
#: a container holding more than this share of the page's text is the page, never boilerplate
PAGE_SHARE = 0.5
#: an element named both as content and as boilerplate is content when it holds this much text
#: (share bars and related boxes named "article-share" hold a few words)
MIXED_CONTAINER_WEIGHT = 400
#: link density above which a short block reads as a link list
LINK_HEAVY = 0.5
#: a block in a boilerplate section survives only if it is this heavy and on topic
SECTION_ESCAPE_WEIGHT = 240
#: a block this heavy with this many sentence ends reads as prose even when it sits inside a link
LINKED_PROSE_WEIGHT = 300
LINKED_PROSE_SENTENCES = 2
_SENTENCE_MARK = re.compile(r"[.!?。！？](?:\s|$|[\"”’」])|[。！？]")
#: no single block scores below this: one link or short line is not a barrier, a menu of them is
BLOCK_FLOOR = -1.5
#: a sub-heading neither extends nor much shortens a story's run
HEADING_SCORE = -0.3
#: list items that end their sentences are story lists, not link lists
SENTENCE_ITEM_SCORE = -0.1
#: a list heading such as "Related" ends the story's run; a single boilerplate line inside it does
#: not (it is dropped by its own rule), so captions and counters do not cut a story in two
SECTION_HEAD_SCORE = -3.0
BOILERPLATE_LINE_SCORE = -1.0
#: what a block loses when an enclosing container's class words name it boilerplate
CONTAINER_PENALTY = 3.0
#: in markup, a paragraph trailing off in an ellipsis next to prose is the story's when at most
#: this share of it is linked and it weighs this much ("Like Loading..." does not)
TRAILING_LINKS = 0.25
TRAILING_WEIGHT = 40
#: ... and a neighbour scoring above zero with this much weight counts as prose there (a blog's
#: short CJK paragraphs, one line each, weigh less than PROSE_WEIGHT)
TRAILING_NEIGHBOUR_WEIGHT = 50
_SENTENCE_END = re.compile(r"[^.][.!?。！？;；]\s*$")
_SENTENCE_END_CHARS = frozenset(".!?。！？;；")
#: a CJK sentence closed by its full stop is a sentence however short ("特此通告。": "hereby announced.")
_CJK_SENTENCE_ENDS = frozenset("。！？")


def _ends_sentence(text: str) -> bool:
    """_SENTENCE_END.search(text), read from the last two non-space characters instead of a scan."""
    tail = text.rstrip()[-2:]
    return len(tail) == 2 and tail[1] in _SENTENCE_END_CHARS and tail[0] != "."


_TERMINAL = re.compile(r"[.!?。！？…\"”’」』)）:：;；]\s*$")
#: a CJK block of at least this many space-separated names, each NAME_CHARS long (from 北京 to
#: 国家新闻出版署（国家版权局）) and none of them punctuated, is a list of names (a text copy's menu
#: of ministries, provinces, sections): CJK prose runs its words together and punctuates its
#: clauses; single characters set apart by spaces are a column of vertical text or a table
NAME_LIST_ITEMS = 6
NAME_CHARS = (2, 16)
_CJK_CLAUSE_MARKS = frozenset("，。！？；、：,.;:!?")


#: in a text or Markdown copy (a menu's links lost, or left as text), a line of at least this
#: many words, this share of them capitalized (not all in capitals: a shouted title), with no
#: punctuation at all, is a menu read as text ("Latest News Applications OS Channel ..."): a
#: sentence has punctuation or lower-case words, a headline is shorter
TITLE_LIST_WORDS = 10
TITLE_LIST_SHARE = 0.8
_LATIN_MARKS = frozenset(".,;:!?\"“”")
#: ... and so is a line of at least this many words, in any case, with neither punctuation nor
#: brackets (a tag cloud, an archive's months): prose this long punctuates its clauses
WORD_LIST_WORDS = 30
_ANY_MARKS = _LATIN_MARKS | frozenset("()。，、")


def _name_list(text: str) -> bool:
    """True for a CJK line of space-separated names ("北京 天津 河北 山西 辽宁 吉林 ...")."""
    if text.isascii() or CJK_CHAR.match(text.lstrip()) is None:
        return False  # the first item opens with no CJK character (most blocks, without a split)
    items = text.split()
    if len(items) < NAME_LIST_ITEMS or not _CJK_CLAUSE_MARKS.isdisjoint(text):
        return False
    return all(NAME_CHARS[0] <= len(item) <= NAME_CHARS[1] and is_cjk(item[0]) for item in items)


def _title_list(text: str) -> bool:
    """True for capitalized words run together without punctuation (a menu's labels on one line),
    or for a long line of words without any (a tag cloud)."""
    if not _LATIN_MARKS.isdisjoint(text):
        return False
    if len(text.split()) >= WORD_LIST_WORDS and _ANY_MARKS.isdisjoint(text):
        return True
    words = [w for w in text.split() if w[0].isalpha()]
    if len(words) < TITLE_LIST_WORDS or text.isupper():
        return False
    return sum(1 for w in words if w[0].isupper()) >= TITLE_LIST_SHARE * len(words)

_TERMINAL_CHARS = frozenset(".!?。！？…\"”’」』)）:：;；")


@dataclass(frozen=True, slots=True)
class Features:
    weight: int
    link_density: float
    terminal: bool
    line_kind: str | None  # this short block is boilerplate of this kind
    head_kind: str | None  # this block opens a boilerplate section of this kind
    container_kind: str | None  # an enclosing container's class/id words name this kind
    in_content: bool  # an enclosing container's class/id words name the story
    score: float


#: headings whose id is often a slug of their own text
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_WORD = re.compile(r"\w+")


def _heading_words(doc: Document) -> dict[int, set[str]]:
    """Per heading element with class/id words, the words of its own text (lower case). (Those
    without class/id words have no words to set aside: most headings.)"""
    out: dict[int, set[str]] = {}
    tags, etokens = doc.tags, doc.etokens
    n = min(len(tags), len(etokens))
    for b in doc.blocks:
        e = b.node
        if e < n and tags[e] in _HEADING_TAGS and etokens[e]:
            out.setdefault(e, set()).update(_WORD.findall(b.text.lower()))
    return out


#: elements whose own tag names them: never boilerplate; boilerplate of a kind; the story
_NEVER_BOILERPLATE = frozenset({"body", "html", "main", "article"})
_BOILERPLATE_TAGS = {"nav": "nav", "footer": "footer", "aside": "related"}
_STORY_TAGS = frozenset({"article", "main"})


def element_flags(doc: Document, weights: list[int] | None = None) -> tuple[list[str | None], list[bool], list[int]]:
    """Per element: the boilerplate kind its containers name, whether they name content, its weight.
    `weights`: the blocks' weights, when the caller has them already."""
    n = len(doc.tags)
    own = [0] * n
    for b, w in zip(doc.blocks, weights if weights is not None else [weight(b.text) for b in doc.blocks]):
        if b.node < n:
            own[b.node] += w
    total = own[:]
    parent, tags, etokens = doc.parent, doc.tags, doc.etokens
    for e in range(n - 1, 0, -1):
        total[parent[e]] += total[e]
    page_share = PAGE_SHARE * max(total[0], 1)
    bad: list[str | None] = [None] * n
    good = [False] * n
    token_kind, content = patterns.token_kind, patterns.CONTENT_TOKENS
    # each element's class/id words (none for elements past the end of `etokens`)
    words = etokens[:n] + [()] * (n - len(etokens))
    for e, slug in _heading_words(doc).items():  # <h2 id="what-is-social-media-marketing">: its own words, not a class
        words[e] = tuple(t for t in words[e] if t not in slug)
    for e, p, tag, tokens in zip(range(1, n), parent[1:n], tags[1:], words[1:]):
        kind = None
        if tag not in _NEVER_BOILERPLATE and total[e] <= page_share:
            kind = token_kind(tokens) if tokens else None
            if kind is None and tag in _BOILERPLATE_TAGS:
                kind = _BOILERPLATE_TAGS[tag]
            if kind and kind != "comments" and total[e] >= MIXED_CONTAINER_WEIGHT and not content.isdisjoint(tokens):
                kind = None  # "articleBody js-share-text": a story body, not a share bar
            if kind == "media" and "th" in tags[e:doc.end[e] + 1]:
                kind = None  # an interactive box around a table of figures (a header row of <th>) is text
        bad[e] = kind or bad[p]
        good[e] = good[p] or (not content.isdisjoint(tokens)) or tag in _STORY_TAGS
    return bad, good, total


def block_score(w: int, ld: float, terminal: bool, kind: Kind, text: str = "") -> float:
    """How much a block looks like article prose, before any boilerplate evidence."""
    s = (min(w, WEIGHT_CAP) - PROSE_WEIGHT) / PROSE_WEIGHT
    if terminal and (w >= 60 or text.rstrip()[-1:] in _CJK_SENTENCE_ENDS):
        s += 0.5
    s = max(s - 4.0 * ld, BLOCK_FLOOR)
    if kind is _HEADING:
        s = max(min(s, 0.0), HEADING_SCORE)
    elif kind is _LIST_ITEM and ld < LINK_HEAVY and _ends_sentence(text):
        s = max(s, SENTENCE_ITEM_SCORE)  # a list of sentences belongs to the story it sits in
    elif kind in _LINE_BLOCK_KINDS or _name_list(text):
        s = min(s, BOILERPLATE_LINE_SCORE)
    return s


def link_density(text: str, w: int, link_chars: int) -> float:
    """Share of a block's text inside links; prose inside a link (an unclosed <a> in old markup
    swallowing a whole post) still counts as prose."""
    if not link_chars:
        return 0.0
    if w >= LINKED_PROSE_WEIGHT and len(_SENTENCE_MARK.findall(text)) >= LINKED_PROSE_SENTENCES:
        return 0.0
    return link_chars / len(text) if text else 0.0


#: Features(...) by position, its slots filled directly (one per block of every page)
_make_features = slot_maker(Features, tuple(f.name for f in dataclasses.fields(Features)))


def features(doc: Document, options: Options) -> list[Features]:
    weights = [weight(b.text) for b in doc.blocks]
    bad, good, _ = element_flags(doc, weights) if doc.tags else ([], [], [])
    out: list[Features] = []
    make = _make_features
    line_kind, head_kind, paragraph = patterns.line_kind, patterns.head_kind, _PARAGRAPH
    known = len(bad)  # (the same for `good`; none without element tables)
    teasers = heads = False  # whether any block is a teaser line, or a section head: the passes after the loop
    for b, w in zip(doc.blocks, weights):
        text, kind, node = b.text, b.kind, b.node
        ld = link_density(text, w, b.link_chars)
        terminal = text.rstrip()[-1:] in _TERMINAL_CHARS  # = _TERMINAL.search, without scanning the text
        lk = line_kind(text)
        if lk == "reaction" and kind is _TABLE_CELL and text.strip().isdigit():
            lk = None  # a bare number in a table's cell is one of its figures (a year, a count)
        if lk is None and kind is not _HEADING and keyword_list(text):
            lk = "keywords"  # an SEO block of keywords set as a paragraph
        # a paragraph may be a section heading when its words are short enough for one ("Das Thema
        # könnte dich auch interessieren:" is 41 characters with its colon, 40 without)
        short = kind is not paragraph or len(text) <= MAX_HEAD_CHARS \
            or len(text.strip(patterns.HEAD_STRIP)) <= MAX_HEAD_CHARS
        hk = head_kind(text) if short else None
        if hk is None and lk is None and about_head(text):
            hk = "about"  # the author's box ("About Carlos Nadalim"), or the publisher's
        ck = bad[node] if node < known else None
        ic = good[node] if node < known else False
        s = block_score(w, ld, terminal, kind, text)
        if b.source is not _HTML and kind is paragraph and _title_list(text):
            s = min(s, BOILERPLATE_LINE_SCORE)
        if hk:
            s = min(s, SECTION_HEAD_SCORE)
            heads = True
        elif lk:
            s = min(s, BOILERPLATE_LINE_SCORE)
        if lk == "teaser":
            teasers = True
        if ck:
            s -= CONTAINER_PENALTY
        if ic:
            s += 0.5
        out.append(make(w, ld, terminal, lk, hk, ck, ic, s))
    if teasers:
        out = _trailing_off(doc.blocks, out)
    return _inline_heads(out) if heads else out


def _trailing_off(blocks: list[Block], feats: list[Features]) -> list[Features]:
    """A paragraph with no link that trails off in an ellipsis ("fast forward a few years…"), set
    between two paragraphs of prose, is the story's own voice, not a teaser cut short: a teaser
    links somewhere and sits among titles and other teasers. It scores as the prose it is. In
    markup, where a teaser keeps its link, a paragraph with few links (a word or two linked, not
    the headline) next to one paragraph of prose, or of a short paragraph scoring as prose, is the
    story's as well."""
    out = feats
    for k in range(1, len(feats) - 1):
        f, b = feats[k], blocks[k]
        if f.line_kind != "teaser" or b.kind not in (_PARAGRAPH, _QUOTE):
            continue
        around = [_plain_prose(g) for g in (feats[k - 1], feats[k + 1])]
        near = [_plain_prose(g) or g.weight >= TRAILING_NEIGHBOUR_WEIGHT and g.score > 0 and not g.line_kind
                for g in (feats[k - 1], feats[k + 1])]
        if b.kind is _PARAGRAPH and not b.link_chars and all(around) \
                or b.source is _HTML and f.link_density < TRAILING_LINKS and f.weight >= TRAILING_WEIGHT \
                and any(near):
            if out is feats:
                out = feats[:]
            s = block_score(f.weight, f.link_density, f.terminal, b.kind, b.text)
            s += (0.5 if f.in_content else 0.0) - (CONTAINER_PENALTY if f.container_kind else 0.0)
            out[k] = dataclasses.replace(f, line_kind=None, score=s)
    return out


def _plain_prose(f: Features) -> bool:
    return f.weight >= PROSE_WEIGHT and f.terminal and not f.line_kind and f.link_density < LINK_HEAVY


def _inline_heads(feats: list[Features]) -> list[Features]:
    """A list heading ("Read More", "Related Topics") between two prose paragraphs opens no list:
    it is a link set into the story (CNN's "Read More" to another story), a boilerplate line that
    its own rule drops, not a section that ends the story. Comment headings keep their sections
    (comments are prose), and so do the heads of boxes about someone (one paragraph by nature)."""
    out = feats
    for k in range(1, len(feats) - 1):
        f = feats[k]
        if f.head_kind and f.head_kind not in ("comments", "about") \
                and all(g.weight >= PROSE_WEIGHT and g.terminal for g in (feats[k - 1], feats[k + 1])):
            if out is feats:
                out = feats[:]
            out[k] = dataclasses.replace(f, line_kind=f.head_kind, head_kind=None,
                                         score=max(f.score, BOILERPLATE_LINE_SCORE))
    return out


#: a paragraph of at least this many comma-separated items, this share of them one to three words
#: long and none but the last ending a sentence, is a list of keywords, not prose
COMMA_LIST_ITEMS = 8
COMMA_LIST_SHORT = 0.8


def comma_list(text: str) -> bool:
    """True for a list of short items set apart by commas ("advertising, PR, midtown, ...")."""
    if text.count(",") < COMMA_LIST_ITEMS - 1:
        return False
    items, short = _comma_items(text)
    return short >= COMMA_LIST_SHORT * len(items) and not any(i.endswith((".", "!", "?")) for i in items[:-1])


#: a paragraph of at least this many items set apart by vertical bars is a menu, a footer's row of
#: links or a breadcrumb typed as text ("About | Advertise | Careers | Contact"), not prose: it
#: votes for no container
PIPE_LIST_ITEMS = 4


def pipe_list(text: str) -> bool:
    """True for items set apart by vertical bars ("Home | News | Sports | Contact")."""
    return text.count("|") >= PIPE_LIST_ITEMS - 1


#: a keyword list (an SEO block stuffed into a page): at least this many comma-separated items,
#: this share of them one to three words long and this share in lower case (a list of places or
#: of a paper's authors is of names, and kept), the first of them short too (a sentence that
#: lists a drug's side effects opens with its own words), none of more than one word but the last
#: ending a sentence (a lone word may be an abbreviation: "mr.", "pp.")
KEYWORD_ITEMS = 20
KEYWORD_SHORT = 0.7


def keyword_list(text: str) -> bool:
    """True for a long run of short items set apart by commas ("actions, bag, aim, definition,
    acid, ..."): prose lists a few items in a sentence, a keyword block lists dozens."""
    if text.count(",") < KEYWORD_ITEMS - 1:
        return False
    items, short = _comma_items(text)
    lower = sum(1 for i in items if i[:1].islower())
    return len(items[0].split()) <= 3 and short >= KEYWORD_SHORT * len(items) and lower >= KEYWORD_SHORT * len(items) \
        and not any(i.endswith((".", "!", "?")) and " " in i for i in items[:-1])


def _comma_items(text: str) -> tuple[list[str], int]:
    """The comma-separated items of `text`, and how many of them are one to three words long."""
    items = [i.strip() for i in text.split(",")]
    return items, sum(1 for i in items if 0 < len(i.split()) <= 3)
