"""Boilerplate pattern sets, one module per kind. `ALL` lists them in the order they are tried."""

from collections.abc import Callable, Collection

from . import byline, comments, credit, footer, hotnews, media, nav, promo, ranking, reaction, related, share, teaser
from .base import PatternSet
from .matcher import KindMatcher, TokenMatcher

ALL: tuple[PatternSet, ...] = (
    share.SET, related.SET, ranking.SET, hotnews.SET, nav.SET, credit.SET, reaction.SET,
    footer.SET, promo.SET, comments.SET, byline.SET, teaser.SET, media.SET,
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


# the first set in ALL that matches, found without trying every set (see base.KindMatcher)
_LINE_KINDS = KindMatcher(ALL, "lines")
# (headings are short: ruling patterns out costs what a scan would, and the scan is not built)
_HEAD_KINDS = KindMatcher(ALL, "heads", prefilter=False)
_TOKEN_KINDS = TokenMatcher(ALL)


#: line_kind(text): the kind of boilerplate a whole short block is, or None. (The matcher's bound
#: method itself: asked for every block, one Python call less each time.)
line_kind: Callable[[str], str | None] = _LINE_KINDS.kind


#: what a section heading may carry around its words ("Related:", "» More", "【相关】")
HEAD_STRIP = " :：>»#*-—_|[]【】"


def head_kind(text: str) -> str | None:
    """The kind of boilerplate section a block opens (a list heading), or None."""
    return _HEAD_KINDS.kind(text.strip(HEAD_STRIP))


#: token_kind(tokens): the kind of boilerplate container the class/id words name (any collection
#: of them; a set or tuple is cached), or None. (The bound method: asked for every element.)
token_kind: Callable[[Collection[str]], str | None] = _TOKEN_KINDS.kind


__all__ = ["ALL", "BY_KIND", "CONTENT_TOKENS", "HEAD_STRIP", "PatternSet", "head_kind", "line_kind", "token_kind"]
