"""Choose the article: its container (where there was markup), its best run of blocks, then the
blocks inside that run which still are boilerplate. Every block gets a Decision naming its rule."""

from __future__ import annotations

from bisect import bisect_right

from .blocks import Block, Decision, Document, Kind, Source, inside_indices, outermost, slot_maker
from .captions import lead_captions, story_captions
from .container import prose_heading, story_container
from .columns import labelled_column
from .classify import (_SENTENCE_MARK, CONTAINER_PENALTY, LINK_HEAVY, LINKED_PROSE_SENTENCES,
                       LINKED_PROSE_WEIGHT, PROSE_WEIGHT, SECTION_ESCAPE_WEIGHT, Features)
from .lede import lede_elements
from .linkedprose import linked_sentences
from .listitems import ANNOTATED_LINKS, annotated_items, contents_items, cut_items, titled_tiles
from .patterns import token_kind
from .posts import dated_title
from .profilebox import profile_boxes
from .options import Options
from .repeats import drop_repeats
from .runs import OFF_TOPIC, story_run
from .thread import comment_posts, replies_box, thread_posts
from .textnorm import weight
from .topic import overlap

STAGE = "select"
#: a paragraph of linked sentences this heavy, inside the story's run, is prose, not a link list
LINKED_SENTENCES_WEIGHT = 150
#: (a set: a member hashes as its str value does, in C, ~16 ns a test against ~54 for a tuple's miss)
_KEEP_KINDS = frozenset({Kind.PARAGRAPH, Kind.HEADING, Kind.LIST_ITEM, Kind.QUOTE, Kind.CODE, Kind.TABLE_CELL})
#: Kind members read for every block, as names of the module: on Python 3.11 reading Kind.X calls
#: EnumType's __getattr__ hook (~60 ns, a global ~10)
_HEADING, _CAPTION, _PARAGRAPH = Kind.HEADING, Kind.CAPTION, Kind.PARAGRAPH
#: Decision(...) by position, its slots filled directly (one per block of every page)
_make_decision = slot_maker(Decision, ("index", "keep", "rule", "stage", "text"))


def _same_title(text: str, title: str | None) -> bool:
    if not title:
        return False
    a, b = " ".join(text.split()).lower(), " ".join(title.split()).lower()
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 0.6 * len(long_) and short in long_


def select(doc: Document, feats: list[Features], options: Options, title: str | None,
           pre: dict[int, str]) -> list[Decision]:
    """One Decision per block. `pre` holds verdicts already given (site profile, metadata lines)."""
    blocks = doc.blocks
    region = list(range(len(blocks)))
    why_out: dict[int, str] = {}
    boxes = profile_boxes(doc) if doc.tags else set()  # a blog's about-me box in its sidebar
    in_boxes = inside_indices(doc, boxes) if boxes else []
    why_out.update(dict.fromkeys(in_boxes, "profile-box"))
    found = story_container(doc, feats, {blocks[i].node for i in in_boxes})
    if found and doc.source is Source.MARKDOWN and doc.tags[doc.parent[found[0]]] in ("body", "html", "#root"):
        found = None  # Markdown is flat: a quote or list under <body> is no story container
    container = None
    chosen: set[int] = set()
    posts: set[int] = set()
    ledes: set[int] = set()
    if found and doc.tags[found[0]] not in ("body", "html"):
        thread = thread_posts(doc, feats, found[0]) or replies_box(doc, feats, found[0]) \
            or comment_posts(doc, feats, found[0])
        if thread:
            found, posts = (thread[0], {thread[0]}), thread[1]
    if found:
        container, chosen = found
        if not posts:
            ledes = lede_elements(doc, feats, container, chosen)
            chosen = chosen | ledes
        inside = inside_indices(doc, chosen)  # (the region is every block still)
        if inside:
            why_out.update(dict.fromkeys(set(region).difference(inside), "outside-container"))
            region = inside
            why_out.update(dict.fromkeys(dated_title(blocks, feats, region), "title-line"))
    candidates = [i for i in region if i not in pre and why_out.get(i) != "profile-box"]
    scores = [feats[i].score + (CONTAINER_PENALTY if blocks[i].node in posts or blocks[i].node in ledes
                                or feats[i].container_kind and _wrapped(doc, blocks[i], feats[i], container)
                                else 0.0) for i in candidates]
    structured = container is not None and doc.tags[container] not in ("body", "html")
    found_run = story_run(blocks, feats, candidates, scores, structured=structured,
                          topic_filter=options.topic_filter, why_out=why_out)
    run, core, vocabulary = found_run.blocks, found_run.core, found_run.vocabulary
    if structured:
        run = run | labelled_column(blocks, feats, candidates, run)

    annotated = _StoryLinks(doc, feats)
    captions = story_captions(doc, feats, container) if doc.source is Source.HTML else set()
    run = run | lead_captions(captions, run)
    if doc.source is Source.HTML:
        run = run | cut_items(doc, feats, run, candidates)
    homes = _homes(doc, chosen, container)
    decisions: list[Decision] = []
    prose_sections = ("comments", "about") if doc.source is not Source.HTML else ("comments",)
    section: str | None = None
    boxed = False  # the section is a box set into the story (runs.Run.boxes)
    scope = 0  # the element a section's heading sits in (0: no markup, the section runs on)
    for i, b in enumerate(blocks):
        f = feats[i]
        # the most specific reason wins: a profile's, then what the block is, then where it is
        # (a caption found to be the story's is no boilerplate of its container's kind)
        own = _kind_rule(doc, b, f, homes[i], posts) \
            if (f.head_kind or f.line_kind or f.container_kind) and i not in captions else None
        rule = pre.get(i) or own or why_out.get(i)
        if rule is None and i not in run:
            rule = "outside-run"
        if section and scope and not (scope <= b.node <= doc.end[scope]):
            section = None  # the heading's box has ended
        if f.head_kind and i in run and not pre.get(i):
            section = f.head_kind  # a list heading inside the story opens a boilerplate section
            scope = doc.parent[b.node] if doc.tags and b.node else 0
            boxed = i in found_run.boxes
        elif rule is None and section:
            # story prose on the story's topic ends a teaser section; not a comment section,
            # whose comments are on the story's topic by nature, nor in a flat copy a box about
            # the author, whose bio is (a container bounds it where there is markup); a box set
            # into the story holds titles, and its first sentence is the story's again
            if b.kind is _HEADING or (section not in prose_sections and f.weight >= SECTION_ESCAPE_WEIGHT
                                          and f.terminal and overlap(b.text, vocabulary, i in core) >= 2 * OFF_TOPIC) \
                    or boxed and f.terminal:
                section = None
            else:
                rule = f"section:{section}"
        if rule is None:
            rule = _block_rule(doc, b, f, options, container, title, i, annotated, b.node in ledes)
        decisions.append(_make_decision(i, rule is None, rule or "content", STAGE, b.text))
    if doc.source is not Source.HTML:
        decisions = drop_repeats(decisions, feats)
    return _trim_headings(decisions, blocks)


def _homes(doc: Document, chosen: set[int], container: int | None) -> list[int | None]:
    """Per block, the chosen element it sits in: a sibling that joined the story's container (the
    outermost, where two nest), else the container. One bisection per block over the siblings'
    spans, so the cost grows with blocks x log(siblings), not blocks x siblings."""
    outer = outermost(doc, chosen - {container})  # (one nested in another is covered by it)
    if not outer:
        return [container] * len(doc.blocks)  # no sibling joined the container (the common case)
    homes: list[int | None] = []
    for b in doc.blocks:
        k = bisect_right(outer, b.node) - 1
        homes.append(outer[k] if k >= 0 and b.node <= doc.end[outer[k]] else container)
    return homes


def _kind_rule(doc: Document, b: Block, f: Features, container: int | None, posts: set[int]) -> str | None:
    """What kind of boilerplate the block itself is, whatever its position (a forum reply's text,
    in `posts`, is no comment to drop)."""
    if f.head_kind:
        return f"section-head:{f.head_kind}"
    if f.line_kind:
        return f"pattern:{f.line_kind}"
    if f.container_kind and b.node not in posts and (
            container is None or doc.tags and _origin_inside(doc, b, container, f)):
        return f"container:{f.container_kind}"
    return None


def _wrapped(doc: Document, b: Block, f: Features, container: int | None) -> bool:
    """True when the only boilerplate container around `b` also encloses the story's container (an
    <aside> or a "share_wrapper" around the whole article): it names the page's layout, not `b`."""
    return bool(f.container_kind) and container is not None and bool(doc.tags) \
        and doc.tags[container] not in ("body", "html") and not _origin_inside(doc, b, container, f)


class _StoryLinks:
    """The link-heavy blocks that are the story's (annotated list items, linked sentences, titled
    tiles, a table of contents' items), found when first asked: on most pages no link-heavy block
    reaches the link-list rule, and their four passes over the blocks are never made."""

    __slots__ = ("doc", "feats", "found")

    def __init__(self, doc: Document, feats: list[Features]) -> None:
        self.doc, self.feats = doc, feats
        self.found: set[int] | None = None

    def __contains__(self, i: int) -> bool:
        if self.found is None:
            doc, feats = self.doc, self.feats
            self.found = annotated_items(doc, feats) | linked_sentences(doc, feats) | titled_tiles(doc, feats) \
                | contents_items(doc)
        return i in self.found


def _block_rule(doc: Document, b: Block, f: Features, options: Options, container: int | None,
                title: str | None, i: int, annotated: _StoryLinks, lede: bool = False) -> str | None:
    """The rule that drops block `i` (`b`) for what it is, or None; `annotated` holds the link-heavy
    blocks that are the story's."""
    # a lede (a standfirst that a theme sets in a <figure> with the headline) is no caption, nor is
    # a table's <caption>, the title of the figures the table holds
    table_title = b.path.endswith(">caption")
    kind = b.kind
    if kind is _CAPTION and not table_title or "figure" in b.path and "figure" in b.path.split(">") and not lede:
        return None if options.include_captions else "caption"
    if kind not in _KEEP_KINDS and not table_title:
        return f"kind:{kind.value}"
    if f.link_density > LINK_HEAVY and f.weight < 3 * SECTION_ESCAPE_WEIGHT and not _linked_sentences(b, f) \
            and i not in annotated:
        return "link-list"
    if kind is _HEADING and _same_title(b.text, title):
        return "title"
    if not options.include_headings and kind is _HEADING:
        return "option:headings"
    if not options.include_lists and b.kind is Kind.LIST_ITEM:
        return "option:lists"
    if not options.include_quotes and b.kind is Kind.QUOTE:
        return "option:quotes"
    if not options.include_tables and b.kind is Kind.TABLE_CELL:
        return "option:tables"
    return None


def _linked_sentences(b: Block, f: Features) -> bool:
    """A paragraph of two or more sentences, most of their words linked, is prose, not a list of
    links; so is one long sentence with a tenth or more of its words unlinked ("As noted in our
    story on the judgment, the patents ... include ones for ...")."""
    return b.kind is _PARAGRAPH and f.terminal and f.weight >= LINKED_SENTENCES_WEIGHT \
        and (len(_SENTENCE_MARK.findall(b.text)) >= LINKED_PROSE_SENTENCES
             or f.weight >= LINKED_PROSE_WEIGHT and f.link_density <= ANNOTATED_LINKS)


def _origin_inside(doc: Document, b: Block, container: int, f: Features) -> bool:
    """True when the boilerplate container around `b` lies inside the chosen story container."""
    kind = f.container_kind
    if not kind:
        return False
    tags, etokens, parent = doc.tags, doc.etokens, doc.parent
    e = b.node
    steps = 0
    while e > container and steps < 64:
        if tags[e] in ("nav", "footer", "aside") or etokens[e] and token_kind(etokens[e]) == kind:
            return True
        e = parent[e]
        steps += 1
    return False


def _trim_headings(decisions: list[Decision], blocks: list[Block]) -> list[Decision]:
    """A heading with no kept text after it (before the next heading) heads nothing: drop it; one
    followed at once by a kept sub-heading (an <h2> opening with an <h3>) heads that part. A
    heading of prose weight is text set as a heading (an old page whose items are all <h3>s):
    it stays, whatever follows it."""
    out = decisions[:]
    following_text = False
    below = 0  # the level of the kept heading that comes next (0: none), whose section is a part
    below_depth = 0  # ... and how deep in the page's elements it sits
    carry: tuple[int, bool, int, int] | None = None  # that heading's level and the state before it, when
    for i in range(len(out) - 1, -1, -1):      # it goes on from this one (starts in lower case)
        d = out[i]
        if not d.keep:
            continue
        if blocks[i].kind is _HEADING and not prose_heading(blocks[i]):
            if carry and carry[0] == blocks[i].level:
                following_text, below, below_depth = carry[1:]  # one heading set as several lines
            if not following_text and not below > blocks[i].level and weight(blocks[i].text) < PROSE_WEIGHT \
                    and not _heads_deeper(blocks[i], below, below_depth):
                out[i] = Decision(d.index, False, "empty-heading", STAGE, d.text)
                carry = None
                continue
            carry = (blocks[i].level, following_text, below, below_depth) if blocks[i].text[:1].islower() else None
            following_text = False
            below, below_depth = blocks[i].level, blocks[i].depth
        else:
            carry = None
            following_text = True
            below = 0
    return out


def _heads_deeper(b: Block, below: int, below_depth: int) -> bool:
    """True when a heading set in a section's <header> is followed by a heading of its own level set
    deeper (the section's "Features and tools" over an <h2> in each item of its list): it heads
    them all."""
    return below == b.level and below_depth > b.depth and b.path.endswith("header>" + b.tag)
