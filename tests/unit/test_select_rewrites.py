"""The selection's passes rewritten for speed give the answers of the code they replaced, on
generated pages of nested boxes, lists, tables, headings, links and date lines.

The reference versions below are the earlier code, kept here only to compare against: subtree
totals added element by element into each parent (now running totals over the page-order table),
passes over the blocks once per rule (now one pass), a dict of blocks per element (now a slice of
the blocks sorted by element)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.blocks import Kind, subtree_sums
from extractor.classify import LINK_HEAVY, features
from extractor.container import _unlinked
from extractor.linkedprose import (_FULL_STOPS, HEADED_PROSE, MAX_LINKS, OWN_WEIGHT, SANDWICHED_WEIGHT,
                                   _prose_beside, linked_sentences)
from extractor.listitems import (_LISTS, ANNOTATED_WEIGHT, CONTENTS_ITEMS, GRID_TILES, TAB_TOKENS, _item_groups,
                                 annotated_items, contents_items, titled_tiles)
from extractor.options import Options
from extractor.parse import parse
from extractor.patterns import token_kind
from extractor.posts import _NOT_POSTS, MIN_POSTS, POST_PROSE_WEIGHT, _date_line, _words, first_post
from extractor.select import _StoryLinks
from extractor.widen import SUMMARY_WEIGHT, Headings

TAGS = ["div", "section", "article", "ul", "ol", "li", "table", "tr", "td", "p", "h1", "h2", "h3", "span",
        "blockquote", "figure", "figcaption", "header"]
CLASSES = ["", "post", "post entry", "post-title", "date", "p12128", "post-4471", "sidebar", "tab", "toc",
           "comments", "related", "story body", "grid tile", "item", "nav"]
TEXTS = [
    "Posted on 2005-03-21 01:20:44",
    "March 3, 2014",
    "Short line",
    "Read more",
    "Home | About | Contact",
    "The council voted on Tuesday to approve the plan, which will add new bus lines, bike lanes and "
    "wider pavements across the city centre over the next three years.",
    "He said the results, which came after months of work, were better than expected, and the team "
    "would go on with the second phase of the study next spring.",
    "A list of the parts the story covers",
]

_text = st.sampled_from(TEXTS)
_link = st.builds(lambda href, text: f'<a href="{href}">{text}</a>', st.sampled_from(["#a", "#b", "/x", "/y"]), _text)
_inline = st.lists(st.one_of(_text, _link), min_size=1, max_size=3).map(" ".join)


_leaf = st.builds(lambda tag, cls, text: f'<{tag} class="{cls}">{text}</{tag}>',
                 st.sampled_from(["p", "h2", "h3", "li", "td", "div", "span", "figcaption"]), st.sampled_from(CLASSES),
                 _inline)


def _element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """An element around a few children, or around one child repeated (posts, tiles, list items
    and table rows built alike)."""
    mixed = st.builds(lambda tag, cls, kids: f'<{tag} class="{cls}">{"".join(kids)}</{tag}>',
                      st.sampled_from(TAGS), st.sampled_from(CLASSES), st.lists(children, min_size=1, max_size=4))
    alike = st.builds(lambda tag, cls, kid, times: f'<{tag} class="{cls}">{kid * times}</{tag}>',
                      st.sampled_from(TAGS), st.sampled_from(CLASSES), children, st.integers(2, 4))
    return st.one_of(mixed, alike)


#: blocks the rules look for: a table of contents' item, a point linked to its bug, a linked title,
#: a sentence of linked names (between half and three quarters linked), a sentence linked whole, a
#: post's date line
_SHAPED = st.sampled_from([
    '<li><a href="#part">Short line</a></li>',
    '<li><a href="/bug">Bug 1677080 on the fullscreen window of the player</a> is fixed now</li>',
    '<h3><a href="/x">The council voted on Tuesday</a></h3>',
    '<p>Companies using it are <a href="/a">FICO and USA Today and ProQuest and MapBox</a> and '
    '<a href="/b">CBSi and Whooshkaa</a>.</p>',
    '<p><a href="/c">The council</a> meanwhile <a href="/d">voted on Tuesday to approve the plan for new bus '
    'lines.</a></p>',
    '<div class="date">March 3, 2014</div>',
])

_PROSE = st.sampled_from(TEXTS[5:7]).map(lambda text: f"<p>{text}</p>")
#: a shaped block between two paragraphs of prose, as the story sets them
_SET_IN_PROSE = st.builds(lambda a, shaped, b: a + shaped + b, _PROSE, _SHAPED, _PROSE)

pages = st.recursive(st.one_of(_inline, _leaf, _SHAPED, _SET_IN_PROSE), _element, max_leaves=30).map(
    lambda body: f"<html><body>{body}</body></html>")


def _read(page: str):
    doc = parse(page, "html")
    return doc, features(doc, Options())


def _subtree_totals(doc, own: list[int]) -> list[int]:
    out = own[:]
    for e in range(len(out) - 1, 0, -1):
        out[doc.parent[e]] += out[e]
    return out


def _old_linked_sentences(doc, feats) -> set[int]:
    out: set[int] = set()
    for i in range(len(doc.blocks) - 1):
        b, f = doc.blocks[i], feats[i]
        if b.kind is Kind.HEADING and f.link_density > LINK_HEAVY and b.node < len(doc.parent):
            k = i + 1
            while k < len(doc.blocks) - 1 and doc.blocks[k].kind is Kind.CAPTION:
                k += 1
            n, g = doc.blocks[k], feats[k]
            if n.kind is Kind.PARAGRAPH and g.weight >= HEADED_PROSE and g.link_density <= LINK_HEAVY \
                    and n.node < len(doc.parent) and doc.parent[n.node] == doc.parent[b.node]:
                out.add(i)
    for i in range(1, len(doc.blocks)):
        b, f = doc.blocks[i], feats[i]
        if b.kind is not Kind.PARAGRAPH or not f.terminal or f.link_density <= LINK_HEAVY \
                or f.link_density > MAX_LINKS or f.weight * (1 - f.link_density) < OWN_WEIGHT:
            continue
        if _prose_beside(doc, feats, i, i - 1):
            out.add(i)
    for i in range(1, len(doc.blocks) - 1):
        b, f = doc.blocks[i], feats[i]
        if b.kind is Kind.PARAGRAPH and f.link_density > LINK_HEAVY and f.weight >= SANDWICHED_WEIGHT \
                and b.text.rstrip()[-1:] in _FULL_STOPS and _prose_beside(doc, feats, i, i - 1) \
                and _prose_beside(doc, feats, i, i + 1):
            out.add(i)
    return out


def _old_item_groups(doc):
    """annotated_items' lists, table rows and recurring link texts, each found by a pass of its own."""
    lists: dict[int, list[int]] = {}
    for i, b in enumerate(doc.blocks):
        if b.kind is Kind.LIST_ITEM:
            home = next((e for e in b.ancestors if doc.tags[e] in _LISTS), None)
            if home is not None:
                lists.setdefault(home, []).append(i)
    rows: dict[int, list[int]] = {}
    for i, b in enumerate(doc.blocks):
        if b.kind is Kind.TABLE_CELL:
            row = next((e for e in b.ancestors if doc.tags[e] == "tr"), None)
            if row is not None:
                rows.setdefault(row, []).append(i)
    seen: set[str] = set()
    recurring: set[str] = set()
    for b in doc.blocks:
        if b.link_chars:
            (recurring if b.text in seen else seen).add(b.text)
    return lists, rows, recurring


def _old_titled_tiles(doc, feats) -> set[int]:
    n = len(doc.tags)
    own = [0] * n
    for b, f in zip(doc.blocks, feats):
        if b.kind is not Kind.HEADING and f.link_density <= LINK_HEAVY and b.node < n:
            own[b.node] += f.weight
    unlinked = _subtree_totals(doc, own)
    tiles: dict[tuple[str, frozenset[str]], list[int]] = {}
    for i, (b, f) in enumerate(zip(doc.blocks, feats)):
        if b.kind is Kind.HEADING and f.link_density > LINK_HEAVY and 0 < b.node < n:
            tile = doc.parent[b.node]
            if tile and unlinked[tile] >= ANNOTATED_WEIGHT:
                words = frozenset(t for t in doc.etokens[tile] if not t.isdigit())
                tiles.setdefault((doc.tags[tile], words), []).append(i)
    return {i for found in tiles.values() if len(found) >= GRID_TILES for i in found}


def _old_contents_items(doc) -> set[int]:
    out: set[int] = set()
    row: list[int] = []
    for i, b in enumerate([*doc.blocks, None]):
        if b is not None and b.kind is Kind.LIST_ITEM and len(b.href) > 1 and b.href.startswith("#") \
                and TAB_TOKENS.isdisjoint(b.tokens):
            row.append(i)
            continue
        if len(row) >= CONTENTS_ITEMS:
            out.update(row)
        row = []
    return out


def _old_first_post(doc, feats, container: int) -> int | None:
    def path(node: int, top: int):
        out = []
        while node > top:
            out.append((doc.tags[node], _words(doc, node)))
            node = doc.parent[node]
        return tuple(out)

    n = len(doc.tags)
    dates = [0] * n
    prose = [0] * n
    first_date: dict[int, int] = {}
    for b, f in zip(doc.blocks, feats):
        if b.node >= n:
            continue
        if _date_line(b.text, f):
            dates[b.node] += 1
            first_date.setdefault(b.node, b.node)
        elif f.weight >= POST_PROSE_WEIGHT and f.link_density <= LINK_HEAVY and not f.line_kind \
                and not f.head_kind and not f.container_kind:
            prose[b.node] += f.weight
    if len(first_date) < MIN_POSTS:
        return None
    for e in range(n - 1, 0, -1):
        p = doc.parent[e]
        dates[p] += dates[e]
        prose[p] += prose[e]
        if e in first_date:
            first_date[p] = min(first_date.get(p, n), first_date[e])
    e = container
    while e > 0:
        words = _words(doc, e) if dates[e] and prose[e] and doc.tags[e] not in _NOT_POSTS else None
        if words is not None and not token_kind(words):
            where = path(first_date[e], e)
            if any(w for _, w in where):
                peers = [s for s in doc.children(doc.parent[e]) if s != e and dates[s] and prose[s]
                         and doc.tags[s] == doc.tags[e] and _words(doc, s) == words
                         and path(first_date[s], s) == where]
                if len(peers) + 1 >= MIN_POSTS:
                    return peers[0] if peers[0] < e else None
        e = doc.parent[e]
    return None


def _old_headings(doc, feats) -> tuple[list, list, list, list, list]:
    heads = sorted((b.node, f.link_density > LINK_HEAVY) for b, f in zip(doc.blocks, feats) if b.kind is Kind.HEADING)
    titles = sorted(b.node for b, f in zip(doc.blocks, feats) if b.kind is Kind.HEADING and b.level <= 2
                    and not (f.head_kind or f.line_kind or f.container_kind))
    blocks = doc.blocks
    prose = [f.weight >= SUMMARY_WEIGHT and f.link_density <= LINK_HEAVY and b.kind is not Kind.HEADING
             for b, f in zip(blocks, feats)]
    teasers = [b.node for k, (b, f) in enumerate(zip(blocks[:-1], feats))
               if b.kind is not Kind.HEADING and f.link_density > LINK_HEAVY and not f.terminal and prose[k + 1]]
    return ([node for node, _ in heads], [int(linked) for _, linked in heads], titles,
            [b.node for b, p in zip(blocks, prose) if p], teasers)


@settings(max_examples=300, deadline=None)
@given(pages)
def test_the_rewritten_passes_answer_as_before(page):
    doc, feats = _read(page)
    assert linked_sentences(doc, feats) == _old_linked_sentences(doc, feats)
    assert _item_groups(doc) == _old_item_groups(doc)
    assert titled_tiles(doc, feats) == _old_titled_tiles(doc, feats)
    assert contents_items(doc) == _old_contents_items(doc)
    story_links = _StoryLinks(doc, feats)  # (select's union of the four, made when first asked)
    assert {i for i in range(len(doc.blocks)) if i in story_links} == _old_linked_sentences(doc, feats) \
        | annotated_items(doc, feats) | _old_titled_tiles(doc, feats) | _old_contents_items(doc)
    for e in range(1, len(doc.tags)):
        assert first_post(doc, feats, e) == _old_first_post(doc, feats, e)
    heads = Headings(doc, feats)
    heads._load()  # (made at the first question)
    nodes, linked, titles, prose, teasers = _old_headings(doc, feats)
    assert (heads.nodes, heads.titles, heads.prose, heads.teasers) == (nodes, titles, prose, teasers)
    assert [b - a for a, b in zip(heads.linked, heads.linked[1:])] == linked


@settings(max_examples=300, deadline=None)
@given(pages)
def test_running_totals_give_each_elements_subtree(page):
    """An element's subtree sums from running totals over the page-order table (blocks.subtree_sums)
    and its link share from them (container._unlinked) equal those from totals added into each
    parent, and an element's blocks are one slice of the blocks sorted by element (beside._walk)."""
    doc, _ = _read(page)
    n = len(doc.tags)
    links, chars = [0] * n, [0] * n
    for b in doc.blocks:
        links[b.node] += b.link_chars
        chars[b.node] += len(b.text)
    sub_links, sub_chars = _subtree_totals(doc, links), _subtree_totals(doc, chars)
    links_in, chars_in = subtree_sums(doc, links), subtree_sums(doc, chars)
    for e in range(1, n):
        assert (links_in(e), chars_in(e)) == (sub_links[e], sub_chars[e])
        expected = 1.0 - (sub_links[e] / sub_chars[e] if sub_chars[e] else 0.0)
        assert _unlinked(links_in, chars_in, e) == expected
    nodes = [b.node for b in doc.blocks]
    order = sorted(range(len(nodes)), key=nodes.__getitem__)
    ordered = [nodes[k] for k in order]
    inside: dict[int, list[int]] = {}
    for k, b in enumerate(doc.blocks):
        inside.setdefault(b.node, []).append(k)
    for x in range(n):
        expected_blocks = [k for m in range(x, doc.end[x] + 1) for k in inside.get(m, ())]
        assert order[bisect_left(ordered, x):bisect_right(ordered, doc.end[x])] == expected_blocks
