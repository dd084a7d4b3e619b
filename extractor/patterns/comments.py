"""Comment sections: "Leave a comment", 发表评论, comment threads marked in class/id words."""

from .base import PatternSet, lines

_AGO = r"(?:\d+|an?|one|few)\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago"
SET = PatternSet(
    kind="comments",
    # comment metadata: when and how well a reader's comment was received (scrapinghub-aeb.text 232a43fb)
    lines=lines(
        _AGO + r"(?:\s+(?:at|@)\s+\d{1,2}:\d{2}\s*(?:am|pm)?)?",
        r"(?:rating|score|votes?)\s*[:：]\s*[-+]?\d+\s*(?:votes?|points?)?",
        r"(?:reply|replies|report|report abuse|flag|permalink|upvote|downvote|like|dislike)(?:\s*[|·]\s*(?:reply|report|flag|share|like|permalink))*",
        r"\d+\s+(?:points?|upvotes?|likes?)(?:\s*[|·].{0,30})?",
        r"\S{1,30}\s+(?:said|says|wrote|commented)(?:\s+on\s+.{0,40})?\s*[:：]?",
        # a blog comment's header: "Milan Griffes on September 12, 2018 at 4:47 pm said:" (a date
        # or time before the verb, so no reported speech such as "The minister said:")
        r"[^:：\d]{1,40}\s(?:on|at)\s(?=[^:：]{0,24}\d)[^\n]{1,40}\s(?:said|says|wrote|commented)\s*[:：]?",
        r"(?:\d+\s*)?(?:楼|回复|举报|支持|反对)(?:\s*[|·]\s*(?:回复|举报|支持|反对))*",
        # the comment form blogs print under a story
        r"(?:your email address will not be published|o seu endereço de e-mail não será publicado|tu dirección de correo electrónico no será publicada|votre adresse (?:e-mail|de messagerie) ne sera pas publiée|deine e-mail-adresse wird nicht veröffentlicht|il tuo indirizzo email non sarà pubblicato).{0,120}",
        r"(?:name|nome|nombre|nom|e-?mail|correo electrónico|website|site|sitio web|site web|webseite|comment|comentário|comentario|commentaire|kommentar)\s*\*",
        # the sign-in notice over a comment form, and the thread's sort bar: "Sign On to post your
        # comment.", "You need to be a registered member of ABC 7 News to leave comments on news
        # stories.", "Please leave your comments below:", "Sort The Responses Below: Most Recent |
        # Highest Rated" (l3s-gn1 51070347, 8198035c; dragnet R852)
        r"(?:please )?(?:sign on|sign in|log ?in|register) to (?:post|leave|add|write) (?:a |your )?comments?.{0,40}",
        r"please leave your comments? below:?",
        # a forum's sign-in notice: "Login to post a new forum topic." (cleaneval final-302)
        r"(?:please )?(?:sign in|log ?in|register) to post (?:a )?(?:new )?(?:forum )?(?:topics?|repl(?:y|ies))\.?",
        r"you (?:need|have|must) (?:to )?be a registered (?:member|user) .{0,80}\bcomments?\b.{0,60}",
        r"sort (?:the )?(?:responses|comments)(?: below)?\s*:.{0,60}",
        # an empty thread's notice: "There are no comments posted for this article.", "No comments
        # have so far been submitted.", "Reader views (0)" (l3s-gn1 8a620984, b00bdb89)
        r"(?:there (?:are|have been) )?no comments (?:have (?:so far )?been |(?:are|were) )?(?:posted|submitted|made|yet)(?: (?:for|on|to) this (?:article|story|post|entry))?(?: yet)?\.?",
        r"reader (?:views|comments) \(\d+\)",
        r".{0,30}\bmoderat\w+ (?:all )?comments\b.{0,120}",  # "Note: we are temporarily moderating all comments ..." (c00962aa)
    ),
    heads=lines(
        r"(?:\d+\s+)?(?:top rated |top |latest |recent |newest |oldest |best |all |reader |readers'? |user |featured |most liked )?(?:comments?|responses?|replies|discussion|join the (?:discussion|conversation)|leave a (?:comment|reply)|post a comment|add a comment|add your comment|do you have (?:a )?comments? (?:on|about) this (?:story|article)\??|reader comments|what do you think\??)(?:\s*\(\d+\))?",
        # a closed thread's notice, over the comments left before it closed
        r"comments? (?:are|is|have been|has been) (?:now )?closed(?: for this (?:story|article|post|entry))?\.?",
        r"have your say",  # the readers' comments under a story (l3s-gn1 f3797c1d)
        r"(?:网友)?评论(?:区)?|发表评论|我要评论|网友评论|留言|热门评论|最新评论|用户评论",
        r"deixe (?:uma resposta|um comentário|seu comentário)|comentários?|deja (?:una respuesta|un comentario)|comentarios?",
        r"laisser un commentaire|(?:\d+ )?commentaires?|schreibe(?:n sie)? einen kommentar|(?:\d+ )?kommentare?|lascia un commento|(?:\d+ )?commenti",
    ),
    tokens=frozenset({
        "comment", "comments", "commentlist", "comment_list", "disqus", "discussion", "replies",
        "respond", "reply", "livefyre", "coral", "talk", "pinglun",
        # the same words run together, as blog themes write them
        "commentbody", "commentform", "commentmetadata", "commentcontent", "commenttext", "commententry",
        "commentslist", "commentscontainer", "commentbox", "commentwrap", "commentauthor",
    }),
    max_chars=160,  # the comment form's notice runs long in Portuguese and French
)
