"""Bylines and date lines that head a story: "By Jane Doe", "Date:2025-04-15 17:29:06" (seed 001)."""

from .base import PatternSet, lines

_DATE = r"(?:(?<!\d)\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}(?:日|(?!\d))|(?<![\d-])\d{1,2}[-/.]\d{1,2}[-/.]\d{4}(?!\d)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d{4})"
#: an embedded tweet's own closing line, "— Jane Doe (@janedoe) November 18, 2019": the quoted
#: post's signature, read with the post, not the story's byline
_TWEET_SIGNATURE = r"[—–―]\s*.{1,80}\(@\w{1,15}\)"
SET = PatternSet(
    kind="byline",
    lines=lines(
        r"(?:(?:by|written by|posted by|von|par|por)\b\s*[:：]?\s+|(?:作者|文)\s*[:：/]\s*)[\w.'’ -]{2,60}(?:\s(?:at|on)\s\d{1,2}:\d{2}\s*(?:am|pm)?)?(?:\s*[,|·]\s*.{0,60})?",
        r"(?:(?:date|published|posted|updated|last updated|modified)\b|发布时间|发布日期|更新时间|时间|日期|发表于|发布于)\s*[:：]?\s*.{0,20}" + _DATE + r".{0,40}",
        r"(?![\^↑])(?!" + _TWEET_SIGNATURE + r")" + r".{0,40}" + _DATE + r"(?:\s*[-,]?\s*\d{1,2}[:：]\d{2}(?::\d{2})?)?(?:\s*(?:am|pm|[A-Z]{2,4}|gmt|utc|et))?.{0,40}",
        r"\d{1,2}[:：]\d{2}(?:\s*(?:am|pm))?",
        r"posted (?:at|on) \d{1,2}:\d{2}\s*(?:am|pm)?(?:\s*[,|·]\s*.{0,80})?",  # "Posted at 8:41 PM | link | 5 comments"
        r"\d+\s*(?:min|mins|minutes?)\s*(?:read|reading)|阅读时间.{0,10}|reading time.{0,20}",
        # a forum post's author cell, line by line: "Posts: 710", "Offline", "Member" (wcxb 0541)
        r"(?:posts|messages|reputation)\s*:\s*[\d,.]+|offline|(?:junior |senior |new |full |active )?member",
    ),
    # "signature": a story's sign-off box (Le Monde's "bloc_signature", Folha's "c-signature": its
    # place and agency lines)
    tokens=frozenset({"byline", "bylines", "signature", "dateline", "postmeta", "posted", "timestamp", "authorinfo",
                      "authorbio",
                      # a forum post's author cell: join date, message count, reaction score
                      "userextras", "userdetails", "userinfo", "postprofile", "userbanner"}),
)
