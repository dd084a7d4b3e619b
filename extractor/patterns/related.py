"""Related / recommended lists: "Related", "Read more", 相关内容, 延伸阅读 (seeds 001 and 004)."""

from .base import PatternSet, lines

SET = PatternSet(
    kind="related",
    lines=lines(
        r"(?:read more|see also|also read|read also|more on this(?: story)?|continue reading|read the full (?:story|article))\b\s*[:：>»]?.{0,60}",
        r"(?:related|recommended|more|also on \S+|recommended for you)\s*[:：>»].{0,60}",
        r"(?:more from|more stories from|more news from)\s+\S.{0,60}",
        # a partner's box of links under a story: "Related content from HighBeam Research on:
        # Plurality and Majority", "More on Plurality and Majority from Infoplease:", "Now on
        # News.com:" (cleaneval final-508, final-123)
        r"related (?:content|articles|links) from .{1,40} on\s*:.{0,80}|more on .{1,60} from [^:]{1,40}:|now on [\w.-]+\s*:",
        r"(?:相关(?:阅读|新闻|文章|报道|链接|推荐)|延伸阅读|推荐阅读|更多(?:阅读|新闻|报道)|阅读更多|点击阅读|往期回顾)\s*[:：>»]\s*\S.{0,60}",
        # "更多>>", "更多精彩图片>> 更多热辣幻灯>>": links to more of a list
        r"(?:更多[^\s>»》更多]{0,8}\s*(?:>>|》》|»|>)\s*){1,4}",
    ),
    heads=lines(
        r"related(?: (?:articles?|stories|stories|content|news|posts|coverage|links|topics|reading|videos))?",
        r"recommend(?:ed|ation|ations)?(?: for you| stories| reading)?",
        r"you (?:may|might) (?:also )?(?:like|enjoy|be interested in)",
        # the same heads in the other languages of the corpora (pt, es, fr, de, it)
        r"(?:artigos|posts|notícias|matérias) relacionad[oa]s|leia também|veja também|(?:artículos|noticias|entradas) relacionad[oa]s|lea también|te puede interesar",
        r"articles? (?:similaires|liés|connexes)|(?:à|a) lire aussi|lire aussi|sur le même sujet|(?:ähnliche|verwandte|weitere) (?:artikel|beiträge|themen)|mehr zum thema|auch interessant|lesen sie (?:auch|mehr|weiter)|weitere informationen(?: zum thema)?|(?:das|dies)(?: thema)? könnte (?:sie|dich|euch) (?:auch |ebenfalls )?interessieren|entdecke(?:n sie)? (?:weitere|mehr)(?: [\w-]+){0,3}",
        r"articoli correlati|leggi anche|potrebbe interessarti",
        r"(?:read|see) (?:more|also|next)", r"more (?:stories|news|from .{1,30}|on this story|to read)",
        r"also in the news|elsewhere on the web|links we like|more (?:top |latest )?headlines",
        # "More Great WIRED Stories", "More top stories": a few words between "more" and the stories
        r"more (?!than )(?:[\w'’-]+ ){1,3}(?:stories|articles|news|posts|videos)",
        # a shop's cross-sell boxes under a product
        r"(?:related|similar) (?:products|items)|frequently bought together|customers (?:who (?:bought|viewed) this(?: item)? )?also (?:bought|viewed|liked)|recently viewed(?: products| items)?|(?:complete|shop) the look|pairs? well with",
        r"explore further|what to read next|up next|around the web|from our partners|sponsored (?:stories|content)|promoted stories",
        r"相关(?:内容|阅读|新闻|文章|报道|链接|推荐|专题|视频)?", r"延伸阅读|推荐阅读|猜你喜欢|为你推荐|更多(?:新闻|报道|内容|阅读)|相关新闻推荐|看了本文的人还看了",
        # Japanese (関連記事, あわせて読みたい) and traditional Chinese (相關新聞, 延伸閱讀)
        r"関連(?:記事|エントリー|ニュース|情報|リンク|投稿)?|あわせて読みたい|こちらもおすすめ|おすすめ(?:の)?記事",
        r"相關(?:內容|閱讀|新聞|文章|報導|報道|連結|推薦)?|延伸閱讀|推薦閱讀",
    ),
    tokens=frozenset({
        "related", "relatedposts", "related_posts", "recommended", "recommendation", "recommendations",
        "recirc", "recirculation", "outbrain", "taboola", "morestories", "readmore", "read_more",
        "moreonthis", "also", "jp_relatedposts", "yarpp", "crp_related", "zergnet", "teaser", "teasers",
        "sidebar",
        # a sidebar by its ARIA role or its widgets
        "complementary", "rightsidebar", "leftsidebar", "textwidget", "blogroll",
    }),
)
