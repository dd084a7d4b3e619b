"""Boilerplate pattern sets, one module per kind. `ALL` lists them in the order they are tried."""

from . import byline, comments, credit, footer, hotnews, nav, promo, ranking, reaction, related, share, teaser
from .base import PatternSet

ALL: tuple[PatternSet, ...] = (
    share.SET, related.SET, ranking.SET, hotnews.SET, nav.SET, credit.SET, reaction.SET,
    footer.SET, promo.SET, comments.SET, byline.SET, teaser.SET,
)
BY_KIND: dict[str, PatternSet] = {p.kind: p for p in ALL}

#: class/id words that mark the story's own container
CONTENT_TOKENS = frozenset({
    "article", "articlebody", "article_body", "articlecontent", "article_content", "story",
    "storybody", "story_body", "post", "postbody", "post_content", "entry", "entrycontent",
    "entry_content", "content", "main", "maincontent", "body", "text", "artbody", "articletext",
    "blog", "page", "column", "prose", "richtext", "rich", "zw", "zhengwen", "news_content",
    "detail", "details", "newsdetail", "article_detail", "paragraph", "section", "abody",
})


def line_kind(text: str) -> str | None:
    """The kind of boilerplate a whole short block is, or None."""
    for ps in ALL:
        if ps.matches_line(text):
            return ps.kind
    return None


def head_kind(text: str) -> str | None:
    """The kind of boilerplate section a block opens (a list heading), or None."""
    stripped = text.strip(" :：>»#*-—_|[]【】")
    for ps in ALL:
        if ps.matches_head(stripped):
            return ps.kind
    return None


def token_kind(tokens: frozenset[str] | tuple[str, ...]) -> str | None:
    """The kind of boilerplate container the class/id words name, or None."""
    for ps in ALL:
        if ps.matches_tokens(tokens):
            return ps.kind
    return None


__all__ = ["ALL", "BY_KIND", "CONTENT_TOKENS", "PatternSet", "head_kind", "line_kind", "token_kind"]
