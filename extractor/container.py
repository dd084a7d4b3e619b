"""Which element holds the story: readability-style votes of its paragraphs, fading with each
level up, weighed down by links and by class words naming boilerplate; then the story's parts
around the winner (siblings, parts apart, layout-table rows, paragraphs beside it). `select`
starts from what `container` returns."""

from __future__ import annotations

from collections.abc import Callable
from itertools import compress

from .beside import beside_paragraphs
from .blocks import Block, Document, Kind, subtree_sums
from .classify import _TERMINAL_CHARS, LINK_HEAVY, PROSE_WEIGHT, Features, comma_list, pipe_list
from .patterns import BY_KIND
from .posts import first_post
from .textnorm import weight
from .widen import SPLIT_SHARE, Headings, parts_apart, row_cells, strong_containers, widen

#: a paragraph must weigh this much to vote for its containers
VOTER_WEIGHT = 50
#: how a vote fades with each level up: parent, grandparent, great-grandparent...
VOTE_SHARES = (1.0, 0.5, 0.33, 0.25, 0.2)
#: a sibling of the chosen container joins it when it scores this share of the container's score
SIBLING_SHARE = 0.2
#: what a container named as boilerplate (comments, related, nav...) keeps of its score
BOILERPLATE_CONTAINER_FACTOR = 0.1
#: a sibling paragraph this heavy, with few links, joins the container (a lead set apart in <strong>)
SIBLING_PROSE_WEIGHT = 80
SIBLING_LINK_DENSITY = 0.25
#: class words of an element set as the story's byline or date line ("bloc_signature": "Le Monde |
#: 04.05.2015 à 13h36 | Par ..."): beside the story's box it is no paragraph of the story, however
#: heavy (an author's bio beside it, "authorbio", is prose about the writer, and may join)
BYLINE_LINE_WORDS = frozenset({"byline", "bylines", "dateline", "signature", "timestamp", "postmeta"})
#: class words of a recipe's parts set beside its method: the ingredients (short lines that vote for
#: nothing) and the nutrition facts join the story's container when they are its siblings
RECIPE_PARTS = frozenset({"ingredients", "recipeingredient", "zutaten", "nutrition", "nutrients"})


def story_container(doc: Document, feats: list[Features], boxed: set[int] | frozenset[int] = frozenset()) -> tuple[int, set[int]] | None:
    """The element holding the story (readability-style votes), plus siblings that belong to it;
    blocks whose node is in `boxed` (inside a profile box) cast no vote."""
    n = len(doc.tags)
    if n <= 2:
        return None
    score = [0.0] * n
    voters: list[tuple[Block, float]] = []
    links = [0] * n  # per element, its own blocks' link characters and characters
    chars = [0] * n
    own = [0] * n
    unvoting, heading = (Kind.CAPTION, Kind.LINK), Kind.HEADING  # (read once: Kind.X calls an EnumType hook)
    for b, f in zip(doc.blocks, feats):
        node = b.node
        links[node] += b.link_chars
        chars[node] += len(b.text)
        if node == b.ancestors[0] and f.link_density < SIBLING_LINK_DENSITY and not f.line_kind:
            own[node] = max(own[node], f.weight)  # its heaviest paragraph, not a column of labels
        if f.weight < VOTER_WEIGHT or f.link_density > LINK_HEAVY or f.line_kind or b.kind in unvoting \
                or b.kind is heading and not prose_heading(b) \
                or node in boxed or pipe_list(b.text):
            continue  # (a row of links typed as text, "About | Advertise | Contact", is no paragraph)
        vote = 1.0 + min(f.weight / 100, 3.0)
        if b.kind is not heading and not comma_list(b.text):
            # a heading set as prose votes as one paragraph, however long; so does a list of short
            # items set apart by commas (a blurb's keywords, an SEO tag line)
            vote += b.text.count(",") + b.text.count("，") + b.text.count("。")
        if f.container_kind:
            vote *= 0.2
        voters.append((b, vote))
        for share, e in zip(VOTE_SHARES, b.ancestors[1:]):
            score[e] += vote * share
    links_in, chars_in = subtree_sums(doc, links), subtree_sums(doc, chars)
    best, best_score = 0, 0.0
    for e in compress(range(n), score):  # the elements some paragraph voted for, in order
        if e:
            score[e] *= _unlinked(links_in, chars_in, e)
            if doc.etokens[e] and _names_boilerplate(doc.etokens[e]):
                score[e] *= BOILERPLATE_CONTAINER_FACTOR  # a comment thread is never the story's container
            if score[e] > best_score:
                best, best_score = e, score[e]
    if not best:
        return None
    first = first_post(doc, feats, best)
    if first is not None:
        return first, {first}  # a blog's front page: its newest post, not all of them
    best = _holder(doc, voters, links_in, chars_in, best, best_score)
    heads = Headings(doc, feats)
    strong = strong_containers(doc, heads, score, best, best_score)
    widened = widen(doc, best, strong)
    # a story in parts that only the page holds together: the parts join it (widen.parts_apart)
    apart = parts_apart(doc, strong, sorted(b.node for b, _ in voters)) if widened == best else set()
    best = widened
    if doc.tags[best] == "tbody":
        best = doc.parent[best]  # a table's body is its rows: the table (with its header row) holds them
    part = best
    while doc.tags[best] in _PART_TAGS and doc.tags[doc.parent[best]] not in ("body", "html", "#root") \
            and (_sentences_share(doc, feats, best) >= LIST_SENTENCE_SHARE
                 or score[doc.parent[best]] >= LIST_PARENT_SHARE * score[best] and not _link_list(doc, best)):
        # a list of sentences, or a list (not of links) whose parent holds nearly as much prose,
        # is part of a story, never the whole of one
        best = doc.parent[best]
    if best != part and doc.tags[part] in _PART_TAGS:
        # the list was a part: the story's other parts are weighed against its whole, not the list
        best = widen(doc, best, strong_containers(doc, heads, score, best, score[best]))
    parent = doc.parent[best]
    chosen = {best}
    for e in doc.children(parent):
        if e == best:
            continue
        if (score[e] >= SIBLING_SHARE * best_score
                or own[e] >= SIBLING_PROSE_WEIGHT and BYLINE_LINE_WORDS.isdisjoint(doc.etokens[e])
                or not RECIPE_PARTS.isdisjoint(doc.etokens[e])) and not heads.teaser_stream(e) \
                and not (doc.etokens[e] and _names_boilerplate(doc.etokens[e])):
            chosen.add(e)
    chosen |= {e for e in apart if not (e <= best <= doc.end[e])}
    # a story set in a layout table's rows: the cells of its other rows are siblings too
    chosen |= row_cells(doc, heads, score, best, SIBLING_SHARE * best_score, _names_boilerplate)
    chosen |= beside_paragraphs(doc, feats, best)  # the writer's own <p>s beside the story's box
    return best, chosen


def _unlinked(links_in: Callable[[int], int], chars_in: Callable[[int], int], e: int) -> float:
    """The share of element `e`'s text outside links, from its subtree's link characters and
    characters (blocks.subtree_sums)."""
    total = chars_in(e)
    return 1.0 - (links_in(e) / total if total else 0.0)


#: the prose around the winning part must be worth at least one paragraph's vote (a paragraph of
#: VOTER_WEIGHT gives 1.5): on a page of scraps every element scores a fraction of one
HOLDER_MIN_SCORE = 1.5


def _holder(doc: Document, voters: list[tuple[Block, float]], links_in: Callable[[int], int],
            chars_in: Callable[[int], int], best: int, best_score: float) -> int:
    """The nearest ancestor of `best` whose prose outside `best` scores SPLIT_SHARE of it: the story
    goes on around the part that won (a lede, then the rest nested in a table of its own)."""
    up = []
    e = doc.parent[best]
    while e and doc.tags[e] not in ("body", "html"):
        up.append(e)
        e = doc.parent[e]
    if not up:
        return best
    ancestors = set(up)
    outer = dict.fromkeys(up, 0.0)
    for b, vote in voters:
        if best <= b.node <= doc.end[best]:
            continue
        for share, e in zip(VOTE_SHARES, b.ancestors[1:]):
            if e in ancestors:
                outer[e] += vote * share
    for e in up:
        s = outer[e] * _unlinked(links_in, chars_in, e)
        if doc.etokens[e] and _names_boilerplate(doc.etokens[e]):
            s *= BOILERPLATE_CONTAINER_FACTOR
        if s >= max(SPLIT_SHARE * best_score, HOLDER_MIN_SCORE):
            return e
    return best


#: elements that hold a part of a story (its list of tips, a table of its figures), never the whole
#: of one
_PART_TAGS = frozenset({"ul", "ol", "dl", "li", "table", "tbody"})
#: a list chosen as container gives way to its parent when this share of its text is sentences
#: (a list of links or titles may be the whole of a links page), or when it is no link list and
#: its parent scores this share of its score
LIST_SENTENCE_SHARE = 0.5
LIST_PARENT_SHARE = 0.8
#: container kinds whose own class words rule an element out as the story's container
_NOT_STORY = ("comments", "related", "nav", "footer", "share", "promo", "media")


def _link_list(doc: Document, e: int) -> bool:
    """True when most of an element's text is link text (a page of links may be the whole page)."""
    chars = links = 0
    for b in doc.blocks:
        if e <= b.node <= doc.end[e]:
            chars += len(b.text)
            links += b.link_chars
    return links > LINK_HEAVY * chars


def _sentences_share(doc: Document, feats: list[Features], e: int) -> float:
    """The share of an element's text in blocks that end a sentence, outside links."""
    total = sentences = 0
    for b, f in zip(doc.blocks, feats):
        if e <= b.node <= doc.end[e]:
            total += f.weight
            if f.terminal and f.link_density < SIBLING_LINK_DENSITY:
                sentences += f.weight
    return sentences / total if total else 0.0


#: class words of a site's help box (questions and answers on booking, shipping, the product): a
#: page's FAQ is never its story's container, though its blocks are no boilerplate of any kind
_HELP_WORDS = frozenset({"faq", "faqs"})
#: the class words of those kinds and the help box's, in one set (one test, not eight)
_NOT_STORY_WORDS = frozenset().union(*(BY_KIND[k].tokens for k in _NOT_STORY), _HELP_WORDS)


def _names_boilerplate(tokens: tuple[str, ...]) -> bool:
    return not _NOT_STORY_WORDS.isdisjoint(tokens)


def prose_heading(b: Block) -> bool:
    """A heading that is a whole sentence of prose weight (a lede or a mission statement set in
    <h2>) is text, whether or not text follows it."""
    return weight(b.text) >= PROSE_WEIGHT and b.text.rstrip()[-1:] in _TERMINAL_CHARS
