"""Forum threads: when the story is one post among its peers, the peers are the story too.

On a news page, reader comments sit in a container named as comments, and their text is set
apart from the story's (`div.comment-body` against `div.article-body`). On a forum thread the
opening post and the replies are built alike: the same element, with the same class words, holds
each post's text (`div.bbWrapper`), and only the replies sit in containers named as comments or
replies. So when elements exactly like the ones holding the story's prose hold prose inside
comment containers, the page is a thread, and those posts belong to it.
"""

from __future__ import annotations

from .blocks import Document, inside_indices
from .classify import LINK_HEAVY, Features
from .patterns import token_kind

#: a block this heavy is a post's text, not a "Reply" button or a signature line
POST_WEIGHT = 50
#: replies needed, besides the opening post, to call the page a thread
MIN_REPLIES = 2
#: how many elements, from the one holding a post's text upwards, must be built alike
CHAIN = 3
#: built alike: the same tags, and class words this similar (Jaccard) at every level
ALIKE = 0.5

Chain = tuple[tuple[str, frozenset[str]], ...]


def _words(doc: Document, e: int) -> frozenset[str]:
    """An element's class/id words, without the numbers that tell posts apart."""
    return frozenset(t for t in doc.etokens[e] if not t.isdigit()) if doc.etokens[e] else frozenset()


def _chain(doc: Document, e: int) -> Chain | None:
    """The element holding a text and its parents, as tags and words; None when the element has
    no words of its own (a bare <p> tells nothing about where it stands)."""
    if not _words(doc, e):
        return None
    out = []
    for _ in range(CHAIN):
        out.append((doc.tags[e], _words(doc, e)))
        e = doc.parent[e]
    return tuple(out)


def _alike(a: Chain, b: Chain) -> bool:
    for (tag_a, words_a), (tag_b, words_b) in zip(a, b):
        if tag_a != tag_b:
            return False
        union = words_a | words_b
        if union and len(words_a & words_b) < ALIKE * len(union):
            return False
    return True


def thread_posts(doc: Document, feats: list[Features], container: int) -> tuple[int, set[int]] | None:
    """(the element holding the whole thread, the elements holding each reply's text), or None
    when the page is no thread."""
    end = doc.end[container]
    story: set[Chain] = set()
    replies: dict[int, Chain] = {}
    for b, f in zip(doc.blocks, feats):
        if f.weight < POST_WEIGHT or f.link_density > LINK_HEAVY or not f.terminal:
            continue
        chain = _chain(doc, b.node)
        if chain is None:
            continue
        if container <= b.node <= end and f.container_kind is None:
            story.add(chain)
        elif f.container_kind == "comments":
            replies[b.node] = chain
    posts = {e for e, chain in replies.items() if any(_alike(chain, mine) for mine in story)}
    if len(posts) < MIN_REPLIES:
        return None
    common = container
    for e in posts:
        while common and not (common <= e <= doc.end[common]):
            common = doc.parent[common]
    if not common or doc.tags[common] in ("body", "html"):
        return None
    return common, posts


def replies_box(doc: Document, feats: list[Features], container: int) -> tuple[int, set[int]] | None:
    """When the story's container is itself the box of replies (named as comments: a forum's
    "replies" section outweighing everything else) and the element around it holds the opening
    post before it, (that element, the elements holding each reply's text); else None."""
    if not doc.etokens[container] or token_kind(doc.etokens[container]) != "comments":
        return None
    parent = doc.parent[container]
    if doc.tags[parent] in ("body", "html", "#root"):
        return None
    opening = posts = False
    replies: set[int] = set()
    for b, f in zip(doc.blocks, feats):
        if not parent <= b.node <= doc.end[parent] or f.weight < POST_WEIGHT or f.link_density > LINK_HEAVY \
                or not f.terminal:
            continue
        if b.node < container and not f.container_kind:
            opening = True
        elif container <= b.node <= doc.end[container] and f.container_kind in (None, "comments"):
            replies.add(b.node)
            posts = True
    return (parent, replies) if opening and posts else None


def _holder(doc: Document, e: int) -> int:
    """The element holding a text, or its nearest parent with class words (a post's bare <p>s
    stand in its `div.richText`)."""
    for _ in range(CHAIN):
        if _words(doc, e) or not e:
            break
        e = doc.parent[e]
    return e


def comment_posts(doc: Document, feats: list[Features], container: int) -> tuple[int, set[int]] | None:
    """When every post in the story's container, the opening one too, sits in an element named
    as a comment (Invision's `ipsComment`), and no prose there is outside one, the container is
    the thread and those posts are its story: (the container, the elements of every block inside
    a post's text); else None. Built alike from the first post, as in `thread_posts`."""
    end = doc.end[container]
    texts: dict[int, Chain] = {}
    for b, f in zip(doc.blocks, feats):
        if not container <= b.node <= end or f.weight < POST_WEIGHT or f.link_density > LINK_HEAVY \
                or not f.terminal:
            continue
        if f.container_kind is None:
            return None  # the container holds prose of its own: a story with comments
        if f.container_kind == "comments":
            holder = _holder(doc, b.node)
            chain = _chain(doc, holder)
            if chain is not None:
                texts[holder] = chain
    if not texts:
        return None
    first = texts[min(texts)]
    posts = sorted(e for e, chain in texts.items() if _alike(chain, first))
    if len(posts) < MIN_REPLIES + 1:
        return None
    nodes = {doc.blocks[i].node for i in inside_indices(doc, posts)}
    return container, nodes
