"""Navigation and breadcrumbs: "Current:Home > Invest", 首页 | 评论 (seeds 001 and 002)."""

from .base import PatternSet, lines

_SEP = r"\s*(?:>|»|›|/|\||→|＞|》|·)\s*"
#: a story's tools in a Chinese page: send, print, close, back to top
_TOOL = r"[\[【]?(?:发送给朋友|推荐给朋友|发给好友|打印本文|打印本页|打印|关闭窗口|关闭本页|收藏本文|加入收藏|返回页首|返回顶部|返回首页)[\]】]?"
SET = PatternSet(
    kind="nav",
    lines=lines(
        r"(?:current|current location|you are here|location|当前位置|您的位置|你的位置|您现在的位置|当前页面)\s*[:：].{0,200}",
        r"(?:(?:home|homepage)\b|首页|主页|网站首页)" + _SEP + r".{0,200}",
        # an item holds no separator character: when "/" or "·" could be either, "a/a/a/.../a>" is
        # split in 2^n ways before failing (catastrophic backtracking: 2.5 s at 49 characters)
        r"(?:[^\s|>»›·•/]{1,12}" + r"\s*(?:\||·|•|/)\s*" + r"){3,}[^\s|>»›·•/]{1,12}",
        # a menu set apart by double colons ("Home :: About :: Authors :: FAQs"): an item holds no colon
        r"(?:[^:\n]{1,30}\s::\s*){3,}[^:\n]{1,30}",
        r"skip to (?:main )?content|skip to navigation|jump to|back to top|返回顶部|回到顶部|返回首页|menu|toggle navigation|search|搜索|登录|注册|sign in|log in|subscribe|register",
        # the archive notes of blog engines (Movable Type: "About this Entry")
        r"about this (?:entry|archive|page)|this page contains (?:a single entry|an archive of).{0,120}|.{1,120} was the (?:previous|next) entry in this blog\.|you can find recent content on the main index.{0,60}|find recent content on the main index.{0,60}",
        r"page \d{1,3} of \d{1,3}|(?:go |return |jump )?(?:back )?to (?:the )?top(?: of (?:the |this )?page)?|return to citation in text\s*:?(?:\s*\[\d{1,3}\])*",
        r"select (?:your )?(?:preferred )?language|choose (?:your )?language|table of contents",  # wcxb 0242, 0254, 0262
        # a site's search box and result bar: "Search this site", "Looking for something? Enter any
        # text below to search our content.", "[refine your search]", "Sort By : Guide Picks |
        # Alphabetical | Recent" (cleaneval final-717, final-337, dev-43, final-158)
        r"search (?:this|the|our) (?:site|website|web site)|looking for something\?.{0,80}|\[?refine your search\]?|sort by\s*:.{0,80}",
        # an error page's title over its apology: "404 Page Not Found" (cleaneval final-361)
        r"(?:error )?404\s*[-:–]?\s*(?:error\s*[-:–]?\s*)?(?:page |file )?not found",
        # a forum's visitor counter: "76 user(s) are online (48 user(s) are browsing Forums) Members:
        # 23 Guests: 53 View online users" (cleaneval final-597)
        r"\d+ (?:users?(?:\(s\))?|members|guests|visitors) (?:are |is )?(?:currently )?online(?: ?\((?:[^()]|\(s\)){0,60}\))?(?: (?:members|guests|users) ?: ?\d+)*(?: view online users)?",
        r"(?:previous|next|prev|older|newer)\s+(?:article|post|story|page|entry)\b.{0,80}|(?:previous|next|prev)\s*[:：>»].{0,80}|(?:上一篇|下一篇|上一页|下一页|上一条|下一条).{0,80}",
        r"第\s*\d{1,3}\s*页\s*[/／,，]?\s*共\s*\d{1,3}\s*页.{0,80}",
        # a story's tools in a Chinese page, one bounded run of separators between two (adjacent
        # optional spaces would split a long run of spaces in 2^n ways before failing)
        _TOOL + r"(?:[\s|/·]{1,8}" + _TOOL + r"){1,5}\s*",
    ),
    tokens=frozenset({
        "nav", "navbar", "navigation", "menu", "menubar", "breadcrumb", "breadcrumbs", "crumbs",
        "masthead", "topbar", "toolbar", "skip", "skiplink", "pagination", "pager", "sitenav",
        "mainnav", "subnav", "megamenu", "dropdown", "crumb", "bread", "daohang", "mianbao",
        "tags", "topics",  # a story's tag or topic links under it ("Tópicos relacionados")
    }),
    max_chars=240,
)
