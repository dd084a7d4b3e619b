"""Hot-news sidebars of unrelated teasers: 热门资讯, 热点新闻, "Hot news" (seed 004)."""

from .base import PatternSet, lines

SET = PatternSet(
    kind="hotnews",
    heads=lines(
        r"热门资讯|热门新闻|热点新闻|热门推荐|热点推荐|今日热点|热点资讯|热门文章|热门|热点|热搜|要闻推荐|新闻热点|图片新闻|精彩图片",
        r"hot (?:news|topics|stories)|what'?s hot|breaking news",
    ),
    tokens=frozenset({"hot", "hotnews", "hot_news", "hotnew", "rdxw", "rmzx", "hotspot"}),
)
