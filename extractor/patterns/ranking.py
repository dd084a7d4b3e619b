"""Ranking and most-read lists: "Ranking", "Most popular", 排行榜 (seed 001: Ranking)."""

from .base import PatternSet, lines

SET = PatternSet(
    kind="ranking",
    heads=lines(
        r"ranking|rankings|most (?:read|popular|viewed|shared|emailed|commented|watched)(?: (?:stories|articles|news|now|today|this week|topics|posts|tags|categories|pages|searches)| [\w&'-]{2,20} (?:stories|articles|news|posts))?(?: (?:in|on|from) [\w' ]{1,30})?",
        r"(?:mais lidas?|más leíd[oa]s|les plus lus|meistgelesen(?:e)?|am meisten gelesen|più lett[ie])(?: .{1,30})?",
        r"trending(?: now| stories| news| topics)?|top (?:stories|news|headlines|10|five|ten)|popular(?: now| stories| posts| pages| searches)?|editor'?s picks|don'?t miss|(?:latest|recent)(?: blog)?(?: news| stories| posts| articles| entries)?|in case you missed it",
        r"(?:24小时|一周|本周|今日|本月)?(?:热点|热门|点击|阅读|新闻|评论)?排行(?:榜)?|热榜|最新(?:新闻|文章|资讯)?|精彩推荐|编辑推荐|今日推荐",
        r"\S{0,8}(?:要闻|新闻|精彩)回顾|[\u4e00-\u9fff]{1,8}top ?\d{1,2}",
        # Japanese: popular, new and latest entries, access ranking
        r"人気(?:の)?(?:記事|エントリー)(?:ランキング)?|新着(?:記事|エントリー)|最新(?:の)?(?:記事|エントリー)|(?:アクセス|記事)?ランキング",
    ),
    tokens=frozenset({
        "ranking", "rankings", "mostread", "most_read", "mostpopular", "most_popular", "popular",
        "trending", "toplist", "top_stories", "topstories", "hotlist", "rank",
    }),
)
