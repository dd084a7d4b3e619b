"""The story's lede set apart from its body: a standfirst, summary or teaser paragraph that sits in
the article's head (beside the title, in a header or an intro box) rather than in the element
holding the body, and which the body's container therefore leaves out.

Only a block whose own elements are named as a lede ("article-lead", "intro-text", "entry-excerpt",
"subtitle", "sommario"), set before the body inside an element close above the body's container,
that reads as prose (no boilerplate line, few links) joins the story.
"""

from __future__ import annotations

from .blocks import Document, Kind, inside_indices
from .classify import Features
from .patterns import token_kind

#: class/id words naming a story's lede (standfirst, summary, deck) in several languages
LEDE_TOKENS = frozenset({
    "lead", "lede", "leadtext", "intro", "introtext", "standfirst", "summary", "excerpt", "subtitle",
    "subheadline", "dek", "deck", "sommario", "chapo", "chapeau", "teaser", "description", "abstract",
})
#: class words naming a caption (captions.py reads them too); a caption inside a video player set
#: before the story's body describes the video the story is about: it is the story's standfirst
#: (cleanportaleval tv.msnbc.com: "X talks to Y about ...")
CAPTION_TOKENS = frozenset({"caption", "captions"})
VIDEO_TOKENS = frozenset({"video", "videoplayer", "player"})
#: the lede and the body's container meet at most this many levels above the container
LEDE_LEVELS = 4
#: a lede weighs at least this much (CJK counted ~3x), with at most this share of it linked
LEDE_WEIGHT = 60
LEDE_LINKS = 0.25
#: a lede repeated among the body's first this many paragraphs is read once
OPENING_BLOCKS = 1
#: a block of the container scoring this much, in no boilerplate box, starts the body
BODY_SCORE = 1.0
_LEDE_KINDS = (Kind.PARAGRAPH, Kind.HEADING, Kind.QUOTE)
_TOP = ("body", "html", "#root")
#: boilerplate kinds of boxes that never hold the story's lede
_NOT_LEDE = frozenset({"byline", "promo", "comments", "footer", "share", "nav"})


def lede_elements(doc: Document, feats: list[Features], container: int, chosen: set[int] | None = None) -> set[int]:
    """Elements of lede blocks set before the story's `container`, near above it, or at the head
    of the container itself in a box named both as a lede and as teasers ("teaser-text
    description"), before the body's first paragraph (HTML only)."""
    if not doc.tags or doc.tags[container] in _TOP:
        return set()
    top = container
    for _ in range(LEDE_LEVELS):
        up = doc.parent[top]
        if doc.tags[up] in _TOP:
            break
        top = up
    out: set[int] = set()
    # texts read once: the same lede twice (a header's and a share box's), or a lede the body
    # repeats ("detail-abstract" inside the container) is not added again
    parts = chosen or {container}  # the container and the siblings that joined it
    body = _opening(doc, feats, parts)
    seen: set[str] = set()
    titled = False  # a heading (the story's title) came first, inside `top`
    heading = Kind.HEADING  # (read once: Kind.X calls an EnumType hook)
    for b, f in zip(doc.blocks, feats):
        if b.node < top:
            continue
        inside = b.node >= container
        if inside and (b.node > doc.end[container] or f.score > BODY_SCORE and not f.container_kind):
            break  # past the container, or the body has begun
        if not titled and not inside:
            titled = b.kind is heading and b.level <= 3 and not (f.line_kind or f.head_kind)
            continue
        if b.kind not in _LEDE_KINDS or f.weight < LEDE_WEIGHT or f.link_density > LEDE_LINKS \
                or f.line_kind or f.head_kind or (b.kind is heading and b.level < 2):
            continue
        if inside and not f.container_kind:
            continue  # the container's own text needs no help
        if b.text not in seen and (inside or b.text not in body) \
                and _named_lede(doc, b.node, container, strict=inside):
            out.add(b.node)
            seen.add(b.text)
    return out


def _opening(doc: Document, feats: list[Features], parts: set[int]) -> set[str]:
    """The texts of the body's first OPENING_BLOCKS paragraphs of lede weight: a lede the body
    opens with again is shown twice on the page, once too many; one the story quotes further down
    (a video's description, then the story around the same words) is read in both places."""
    out: set[str] = set()
    for i in inside_indices(doc, parts):
        if feats[i].weight >= LEDE_WEIGHT:
            out.add(doc.blocks[i].text)
            if len(out) >= OPENING_BLOCKS:
                break
    return out


def _named_lede(doc: Document, e: int, container: int, strict: bool = False) -> bool:
    """True when an element from `e` up to the one it shares with `container` (not included) is
    named as a lede, or two of them as a caption and a video player, and none of them as a box a
    lede never sits in (a byline box, a promotion, the navigation...; with `strict`, as any
    boilerplate not named as a lede too)."""
    named = caption = video = False
    steps = 0
    while e and not e <= container <= doc.end[e] and steps < 16:
        tokens = doc.etokens[e]
        kind = token_kind(tokens) if tokens else None
        if strict and kind not in (None, "related"):
            return False  # inside the story's container, a caption or a share box is no lede
        if _lede_words(tokens):
            named = True
        elif kind in _NOT_LEDE or strict and kind:
            return False
        caption = caption or not CAPTION_TOKENS.isdisjoint(tokens)
        video = video or not VIDEO_TOKENS.isdisjoint(tokens)
        e = doc.parent[e]
        steps += 1
    return named or caption and video


def _lede_words(tokens: tuple[str, ...]) -> bool:
    """True when the class words name a lede, as one word ("subheadline") or as two written apart
    ("sub-headline", "lead-text", "stand-first")."""
    return not LEDE_TOKENS.isdisjoint(tokens) or any(a + b in LEDE_TOKENS for a, b in zip(tokens, tokens[1:]))
