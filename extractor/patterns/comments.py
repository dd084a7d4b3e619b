"""Comment sections: "Leave a comment", 发表评论, comment threads marked in class/id words."""

from .base import PatternSet, lines

SET = PatternSet(
    kind="comments",
    heads=lines(
        r"(?:\d+\s+)?(?:comments?|responses?|replies|discussion|join the (?:discussion|conversation)|leave a (?:comment|reply)|post a comment|add a comment|reader comments|what do you think\??)(?:\s*\(\d+\))?",
        r"(?:网友)?评论(?:区)?|发表评论|我要评论|网友评论|留言|热门评论|最新评论|用户评论",
    ),
    tokens=frozenset({
        "comment", "comments", "commentlist", "comment_list", "disqus", "discussion", "replies",
        "respond", "reply", "livefyre", "coral", "talk", "pinglun",
    }),
)
