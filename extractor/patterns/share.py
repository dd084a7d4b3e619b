"""Share widgets: "Share this", 分享到, rows of social network names (seed 000: 分享 :)."""

from .base import PatternSet, lines

# "copy link" is matched as "copy", a separator, "link": listing it as one name as well made a run of
# "copy link copy link ..." match in 2^n ways (catastrophic backtracking on a 240-character line)
_NETWORKS = r"facebook|twitter|x|whatsapp|linkedin|pinterest|reddit|email|e-mail|mail|print|weibo|wechat|微博|微信|qq|qzone|telegram|line|tumblr|flipboard|messenger|copy|link"
#: share buttons named after a network (or "More")
_BUTTONS = r"facebook|twitter|x|whatsapp|linkedin|pinterest|reddit|email|e-mail|mail|messenger|pocket|flipboard|shortlink|more"
SET = PatternSet(
    kind="share",
    lines=lines(
        r"(?:share|sharing|share this|share on|share article|share this (?:article|story|page)|分享|分享到|分享至|转发|tweet|tweet this)\s*[:：]?\s*(?:(?:" + _NETWORKS + r")[\s,|/·]*)*",
        r"(?:share this(?: article| story| page)?|share on|分享到|分享至|转发到)\s*[:：].{0,150}",  # label, then buttons of any form
        # a text copy's share buttons, one a line: "Share this on Facebook", "Share to LinkedIn
        # LinkedIn Share to Facebook Facebook ...", "Share All sharing options for: <title>", "Show
        # more sharing options", "Copy Link URL Copied!" (scrapinghub-aeb.text 16c30add, 291a8bf3, 8634d121)
        r"(?:share (?:this |it )?(?:on|to|via|with) (?:" + _BUTTONS + r")(?:\s+(?:" + _BUTTONS + r"))?\s*)+",
        r"(?:share|show)\b.{0,30}\bsharing options\b.{0,200}",
        r"copy link(?: url copied!?)?|copied!?|view pdf(?:\s*/\s*print)?(?: mode)?",
        r"did you (?:enjoy|like) this (?:article|post|story)\?.{0,80}",  # "... Please bookmark it onto:" (l3s-gn1 43fb5dbe)
        r"bookmark (?:with|it|this)(?: (?:onto|on|to))?\s*:?|click to add our rss feeds?.{0,60}",  # l3s-gn1 b8702037, bc04e8f8
        r".{0,40}these icons link to social bookmarking sites.{0,100}",  # l3s-gn1 552fe66a
        # the label and its buttons without a colon: "Share this post Tweet Pin It" (dragnet T164)
        r"share this (?:post|article|story)(?:\s+(?:tweet|pin it|share|like|" + _NETWORKS + r"))*",
        r"(?:(?:" + _NETWORKS + r")[\s,|/·]*){2,}",
        # one optional space run between words (two adjacent \s* split the spaces in 2^n ways)
        r"(?:share|email|print|comment)s?(?:\s*\(\d+\))?(?:\s*[|/·]\s*(?:share|email|print|comment)s?(?:\s*\(\d+\))?)+",
        r"[\[【]?(?:打印|打印本页|打印本文|print|printer[- ]friendly(?: version| page)?)[\]】]?",  # the print button
        # an article's tools: text size buttons, read-later and bookmark links
        r"(?:article tools|text size|font size|font|\[-\]\s?text\s?\[\+\]|read later|save for later|social bookmark this (?:story|article|page))\s*[:：]?",
        # an article's tools: "Print article", "Email this story", "Refer to a friend"
        r"(?:print|email|e-mail|send|save|refer|recommend|forward)(?: this| the)? (?:article|story|page|post)(?: to a friend)?|(?:email|e-mail|send|refer|recommend|forward)(?: this| it)? to a friend",
        r"(?:follow us|follow)\s*(?:on)?\s*[:：]?\s*(?:(?:" + _NETWORKS + r"|instagram|youtube)[\s,|/·]*)*",
        r"@?\w{1,20}\s*:\s.{0,200}https?://t\.co/\S{1,20}.{0,80}",  # a tweet of an embedded feed
        # a download link of the page as a file: "Dieses Skript als PDF herunterladen", "... PDF | 38 KB"
        r".{0,60}\bals pdf (?:herunterladen|downloaden|speichern)|download (?:this|the) (?:[\w-]+ ){0,3}(?:as )?(?:a )?pdf|.{0,120}pdf\s*\|\s*\d+(?:[.,]\d+)?\s*[kmg]b\b.{0,60}",
    ),
    tokens=frozenset({
        "share", "shares", "sharing", "sharebar", "sharetools", "social", "socials", "addthis",
        "sharethis", "shareaholic", "socialshare", "sociallinks", "share_buttons", "sns",
    }),
    max_chars=240,  # a tweet of an embedded feed, with its link
)
