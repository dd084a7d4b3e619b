"""Each boilerplate pattern set finds its kind, and leaves story sentences alone."""

import pytest

from extractor.patterns import BY_KIND, head_kind, line_kind, token_kind

STORY = [
    "The Kremlin has said that Russia doesn’t recognize the jurisdiction of the ICC and considers the warrant null and void.",
    "He said the results were good, and shared them with his colleagues on Tuesday.",
    "“We will share more details next week,” the spokeswoman told reporters.",
    "俄罗斯总统普京周四抵达吉尔吉斯斯坦，这是他今年首次出访。",
    "据越南官方媒体报导，两国同意深化贸易、安全和国防等多个领域的合作。",
    "Related parties must disclose their holdings, the regulator said in a statement.",
    "The AP reported the news first.",
    "More than 100 stories",
    "He told the AP on Monday that he would run again.",
    "More than 200 people were evacuated.",
    "Moreover, the council said it would appeal.",
    "Next year, the council will vote again.",
    "Editoriais",
    "Getting approval took three years.",
    "Homeowners / renters / landlords all pay more.",
    "Bypass surgery is common.",
    "Dated records were destroyed in the fire.",
    "In a statement on Monday, the minister said:",
    "Recent rains flooded the valley.",
    "声明称，公司将在下周公布调查结果。",
    "This entry was posted to the committee by the mayor's office, which said it would like this plan.",
    "関連する法律は来年改正される。",
    "新着の荷物が届いた。",
    # an agency's letters inside a word of a parenthesis are no photo credit
    "MENOPAUSE (Natural & Chemotherapy-Induced)",
    "Appendix 1 (part 1)",
    # German and Spanish story sentences near the new patterns' words
    "Die Quelle des Flusses liegt in den Alpen, sagte der Forscher.",
    "Der Verein hat im vergangenen Jahr 200 neue Mitglieder aufgenommen.",
    "Das Bild zeigt den Bürgermeister bei der Eröffnung der neuen Brücke.",
    "Der Artikel wurde im Stadtrat heftig diskutiert.",
    "La fuente de los datos es el Ministerio de Hacienda.",
    "The PDF file was sent to the court on Monday.",
    "Weitere Informationen gab die Polizei am Abend nicht bekannt.",
    # a phone number's digit groups are no date
    "+81 158-23-2012", "Tel. 0158-23-2012",
    # a C++ name is no menu of double colons
    "std::vector::iterator::value",
    # story sentences near the search, rating and sign-in lines
    "Search the site of the crash, the investigators said, and you will find nothing.",
    "The rating: 3 of 5 analysts expect a cut.",
    "Based on 5 years of data, the study found a rise.",
    "More on the vote from our reporter in Kyiv, who said it was close.",
    "Users must log in to post a reply, the forum's rules say.",
    "The 404 bus was not found until Monday.",
    "From $5 million to $10 million, the deal grew.",
    "Shoppers add to their carts what they can afford.",
    "12 members are online, the forum said, after the outage ended.",
]

LINES = {
    "share": ["VladimirRS: Urine as fuel? #rsrh http://t.co/wDaaG55K", "Text size:", "[-] Text [+]", "Article tools", "Read Later", "Social Bookmark This Story", "[打印]", "Print", "分享 :", "分享到：[微信](javascript:;) [微博](javascript:;)", "Share this:", "Share on Facebook Twitter Email", "Facebook Twitter WhatsApp", "分享到：微博 微信", "Print article", "Refer to a friend", "Email this story",
              "Dieses Skript als PDF herunterladen", "Informationsschreiben vom 14. Oktober 2021 PDF | 38 KB | Datei ist nicht barrierefrei",
              "Informationsschreiben vom 14. Oktober 2021PDF | 38 KB | Datei ist nicht barrierefrei"],
    "nav": ["About this Entry", "Page 1 of 1", "to top", "Return to citation in text: [1] [2]", "This page contains a single entry by Byron published on November 6, 2012 6:33 AM.",
            "BikeSnob: A Dick About Sandy Relief was the previous entry in this blog.", "You can find recent content on the main index.",
            "Current:Home > InvestRussian President Putin arrives", "首页 | 评论 | 专题 | 禁闻 | 禁书 | 翻墙", "Home > World > Europe", "当前位置：首页 > 新闻", "Skip to content",
            "Home :: About :: Authors :: My NaNoWriMo :: FAQs :: Fun Stuff", "Go back to the top of the page",
            "Search this site", "Looking for something? Enter any text below to search our content.", "[refine your search]",
            "Sort By : Guide Picks | Alphabetical | Recent", "404 Page Not Found", "Error 404 - Not Found",
            "76 user(s) are online (48 user(s) are browsing Forums) Members: 23 Guests: 53 View online users"],
    "credit": ["责任编辑：李同德#", "责任编辑：", "（编辑：冯远）", "12月26日，首趟列车从始发站驶出。（赵一鸣 摄）", "2023年10月18日，普京在北京参加一带一路论坛。(Pedro PARDO/AFP)",
               "当地时间8月18日，普京乘坐专机抵达巴库。澎湃影像", "Image Credit: WeWork", "The latest case was reported after a hunter ate a rabbit Credit: Getty - Contributor", "Reporting by Jane Doe; Editing by John Roe",
               "Marco Odermatt, Ski-Star aus der Schweiz. © AFP / MARCO BERTORELLO", "Abbildung: Farblich codierte Schneehöhendarstellung für das Mattertal"],
    "reaction": ["Average Rating: 5 out of 5 stars (9 reviews submitted)", "based on 5 reviews", "veryGood! (7)", "Good! (3)", "12 Comments", "View", "0", "Be the first to like this.", "Like this:"],
    "related": ["Related content from HighBeam Research on: Plurality and Majority", "More on Plurality and Majority from Infoplease:", "Now on News.com:", "Read more: Council votes on bus fares", "相关阅读：暴雨结束驳回", "延伸阅读： 大批利率调查机场吸引", "More from Reuters"],
    "comments": ["Login to post a new forum topic.", "Milan Griffes on September 12, 2018 at 4:47 pm said:", "Catherine (GiveWell) on October 29, 2018 at 12:06 pm said:",
                 "Your email address will not be published. Required fields are marked *", "O seu endereço de e-mail não será publicado. Campos obrigatórios são marcados com *", "Nome *", "Email *"],
    "media": ["1/50", "1 / 5", "Image 1 of 5", "Photo 12 / 40", "Embed", "Video Quality", "下一张", "Please turn on JavaScript. Media requires JavaScript to play."],
    "footer": ["声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。", "原文链接（需翻墙）：https://www.epochtimes.com/gb/23/10/18/n14097883.htm", "© 2024 Example Media. All rights reserved.", "Privacy Policy | Terms of Use",
               "© 2005 Stand to Reason ARR | 1438 East 33rd Street, Signal Hill, CA 90755 Voicemail (800) 2-REASON TM | "
               "Local phone (562) 595-7333 | Fax (562) 595-7332 | questions@str.org",
               "This entry was posted on March 3, 2008 at 7:14 pm and is filed under About us, Blogging. You can follow any "
               "responses to this entry through the RSS 2.0 feed. You can leave a response, or trackback from your own site.",
               "This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, "
               "no part may be reproduced without the written permission. The content is provided for information purposes only.",
               "Citation: Hibernating astronauts would need smaller spacecraft (2019, November 18) retrieved 20 November 2019 "
               "from https://phys.org/news/2019-11-hibernating-astronauts-smaller-spacecraft.html",
               "Dieser Eintrag wurde veröffentlicht in Podcast und verschlagwortet mit berlin, gkc19 von Simon Dückert. Permanentlink.",
               "Erstellt am Dienstag 6. Mai 2014 um 23:30 und abgelegt unter Linux, Tutorials. Kommentare zu diesen Eintrag im RSS 2.0 Feed.",
               "(Alle Angaben ohne Gewähr)", "Quelle: Landesregierung",
               "Some of documents on this page may be available in Portable Document Format (PDF). You will need Acrobat "
               "Reader (a free application) to view and print these documents.",
               "No permission is needed to reprint this article in whole or in part.",
               "Please Remember: A listing on this site does not constitute a recommendation of goods or services."],
    "promo": ["From USD $108.91", "Price: $12.99", "Special Offer!",
              "Duration: 10 hours (approx.) Departs from: London, England Add to my wishlist", "Register your email address to receive Amanda's free Unit Study Newsletter:",
              "Enter your email address below to join Precepts, our free weekly policy watch newsletter.", "Sign up for our daily newsletter", "Advert", "Sign up to receive daily sports headlines.", "Advertisement", "扫码下载客户端APP，随时随地看新闻",
              "Subscribe No thanks", "Please, fill the form to subscribe to our newsletter", "Stay up to date with Ascom.",
              "Subscribe now to our eNATION edition for the full story.",
              "For the latest stories and breaking news updates download the Nationnews apps for iOS and Android.",
              "Werden Sie Mitglied bei for me und erhalten Sie exklusive Angebote!", "HAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS EXCLUSIVOS",
              "Lust auf mehr? Lass dir die besten Storys jede Woche in deinen Posteingang liefern. Melde dich hier für unseren Newsletter an!"],
    "byline": ["Date:2025-04-15 17:29:06", "Posted at 8:41 PM | link | follow-ups | 5 comments", "Posted by hugh macleod at 1:40 PM | Comments (5) | TrackBack", "2024-08-19 12:13:53", "12/10/2023 - 10:53", "By Jane Doe", "Updated: Nov 18, 2019 11:03 PM"],
    "teaser": ["邹加怡出任亚洲基础设施投资银行... 今日，邹加怡正式就任亚洲基础设施投资银行行长兼董事会主席，带领机构迈入...",
               "Scientists say the new battery could double the range of electric cars..."],
}

HEADS = {
    "related": ["Related", "Also In The News", "Links We Like", "Elsewhere on the web", "Related Articles", "Explore further", "More Great WIRED Stories", "More top stories", "相关内容", "延伸阅读", "Recommendation", "You may also like", "Read more",
                "Artigos relacionados", "Leia também", "Artículos relacionados", "À lire aussi", "Mehr zum Thema", "Ähnliche Artikel",
                "Lesen Sie auch", "Weitere Informationen", "Das könnte dich auch interessieren", "Entdecke weitere Homestorys",
                "関連記事", "あわせて読みたい", "相關新聞", "延伸閱讀"],
    "ranking": ["Ranking", "Most Read", "排行榜", "热点排行", "Trending now", "Most read in world news", "Meistgelesen", "Most popular topics", "Recent Blog Posts", "Recent posts",
                "人気記事", "新着記事", "アクセスランキング",
                "Popular Searches", "Most Popular Pages"],
    "hotnews": ["热门资讯", "热点新闻", "Hot news"],
    "comments": ["Comments", "Recent Comments", "发表评论", "Leave a comment", "Add your comment", "Do you have comments on this story?", "12 Comments", "Deixe uma resposta", "Schreibe einen Kommentar", "3 Kommentare", "Comments are now closed for this story", "Comments are closed."],
}

TOKENS = {
    "share": ("share", "bar"), "related": ("related", "posts"), "ranking": ("most", "popular", "mostpopular"),
    "hotnews": ("hotnews",), "nav": ("breadcrumb",), "credit": ("caption",), "reaction": ("reactions",),
    "footer": ("footer",), "promo": ("newsletter",), "comments": ("comments",), "byline": ("byline",),
    "media": ("full", "gallery"),
}

#: more class words per kind, each alone naming its container
MORE_TOKENS = [("media", ("ai2html", "box", "v5"))]


@pytest.mark.parametrize("kind, text", [(k, t) for k, ts in LINES.items() for t in ts])
def test_line_sets_find_their_kind(kind, text):
    assert BY_KIND[kind].matches_line(text), f"{kind} should match {text!r}"
    assert line_kind(text) is not None


@pytest.mark.parametrize("kind, text", [(k, t) for k, ts in HEADS.items() for t in ts])
def test_section_heads_find_their_kind(kind, text):
    assert head_kind(text) == kind


@pytest.mark.parametrize("kind, tokens", TOKENS.items())
def test_class_words_find_their_kind(kind, tokens):
    assert BY_KIND[kind].matches_tokens(frozenset(tokens))


@pytest.mark.parametrize("kind, tokens", MORE_TOKENS)
def test_more_class_words_find_their_kind(kind, tokens):
    assert token_kind(tokens) == kind


@pytest.mark.parametrize("text", STORY)
def test_story_sentences_match_no_set(text):
    assert line_kind(text) is None and head_kind(text) is None


def test_class_words_match_whole_words_only():
    # "wp-block-quote" and "shared-layout" are not share widgets or credits
    assert token_kind(("wp", "block", "quote")) is None
    assert token_kind(("shared", "layout")) is None
    # a landing page slides its own text through a carousel: no media container
    assert token_kind(("home", "carousel", "slider")) is None


@pytest.mark.parametrize("tokens", [("commentbody", "by", "nick"), ("commentform",), ("commentmetadata",),
                                    ("commentslist",), ("commentbox",)])
def test_comment_words_run_together_name_comments(tokens):
    # blog themes write "commentbody", "commentform": one word, still a comment box
    assert token_kind(tokens) == "comments"


def test_commentary_is_no_comment_box():
    assert token_kind(("commentary", "column")) is None


@pytest.mark.parametrize("tokens", [("complementary",), ("widget", "textwidget"), ("rightsidebar",), ("blogroll",)])
def test_a_sidebar_named_by_its_role_or_widgets_is_related(tokens):
    # role="complementary" is ARIA's name for a sidebar; WordPress names its sidebar boxes so
    assert token_kind(tokens) == "related"


@pytest.mark.parametrize("tokens", [("disclaimer",), ("legal", "disclaimers"), ("disclosures",), ("fineprint",)])
def test_a_disclaimer_box_is_footer(tokens):
    # the legal small print under a story or an offer is the page's footer, not its text
    assert token_kind(tokens) == "footer"


@pytest.mark.parametrize("tokens", [("message", "userextras"), ("message", "userdetails"), ("postprofile",)])
def test_a_forum_posts_author_cell_is_byline(tokens):
    """XenForo's 'message-userExtras' (Joined, Messages, Reaction score), phpBB's 'postprofile'."""
    assert token_kind(tokens) == "byline"


def test_a_box_named_posted_is_a_posts_byline():
    # <div class="posted">Posted by naomichana at 05:44 PM on May 29, 2005| Link | TrackBack</div>
    assert token_kind(("posted",)) == "byline"


def test_a_poll_box_is_a_reader_widget():
    # <div class="pollQuestion">Which is your top issue?</div> with its options: no part of the story
    for tokens in (("poll",), ("polltext",), ("pollquestion",), ("featured", "polls")):
        assert token_kind(tokens) == "reaction"


@pytest.mark.parametrize("text, kind", [
    ("（ 责任编辑：魏喆 ）", "credit"),
    ("原标题：春季学期开学，织密返校疫情防控网", "credit"),
    ("更多>>", "related"),
    ("更多精彩图片>> 更多热辣幻灯>>", "related"),
    ("相关报道： ·57岁小学肄业 广西骗子演绎25亿美元惊天骗局 （2004-12-30 07:31AM）", "related"),
    ("第1页/共1页 << 上一页 | 下一页 >>", "nav"),
    ("发送给朋友 打印本文", "nav"),
    ("返回页首 | 关闭窗口", "nav"),
])
def test_chinese_page_tools_and_credits_are_boilerplate_lines(text, kind):
    assert line_kind(text) == kind


@pytest.mark.parametrize("text", ["财经新闻TOP10:", "一周要闻回顾", "精彩回顾"])
def test_chinese_top_lists_and_news_reviews_open_ranking_sections(text):
    assert head_kind(text) == "ranking"


def test_an_english_word_ending_in_top_and_a_number_is_no_ranking_head():
    assert head_kind("Desktop 5") is None


@pytest.mark.parametrize("tokens", [("category", "seo", "text"), ("productlist", "seocontainer"), ("seotext",)])
def test_a_shops_keyword_copy_is_promo(tokens):
    # the SEO copy under a category's product grid is the shop's marketing, not the page's content
    assert token_kind(tokens) == "promo"


@pytest.mark.parametrize("text", ["Frequently Bought Together", "Related Products", "Similar items",
                                  "Customers also bought", "Recently viewed", "Pairs well with"])
def test_a_shops_cross_sell_heads_open_a_related_section(text):
    assert head_kind(text) == "related"


def test_a_cited_source_is_no_date_line():
    # a reference list's entry opens with its backlink caret; its dates are the source's
    assert line_kind('^ Chang, Justin (31 January 2006). "Review: Salvage"') is None
    assert line_kind("↑ Caro, Jason (6 May 2014). Radio Times.") is None
    assert line_kind("Updated 6 May 2014") == "byline"


@pytest.mark.parametrize("text, kind", [
    ("Follow @nytimesworld for international breaking news and headlines.", "promo"),
    ("Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.", "promo"),
    ("Subscribe to WIRED and stay smart with more of your favorite Ideas writers.", "promo"),
    ("If you enjoyed this article, enter your email below to get free updates!", "promo"),
    ("Don't miss a post! Subscribe to our newsletter and get weekly updates delivered to your inbox!", "promo"),
    ("Share this post Tweet Pin It", "share"),
])
def test_follow_and_subscribe_prompts_under_a_story_are_boilerplate(text, kind):
    assert line_kind(text) == kind


@pytest.mark.parametrize("text", [
    "Investors who follow the company on its own terms were not surprised, analysts said.",
    "Readers can subscribe to the paper's print edition, which costs more than the digital one, the report said.",
    "If you enjoyed this article's first part, the minister said, you will enjoy the budget less.",
])
def test_story_sentences_with_follow_or_subscribe_are_no_prompts(text):
    assert line_kind(text) is None


@pytest.mark.parametrize("text, kind", [
    ("Share this on Facebook", "share"),
    ("Share to LinkedIn LinkedIn Share to Facebook Facebook Share to Twitter Twitter Share to More More", "share"),
    ("Share All sharing options for: The law that’s helping fuel Delhi’s deadly air pollution", "share"),
    ("Show more sharing options", "share"),
    ("Copy Link URL Copied!", "share"),
    ("Trump asked voters in Louisiana for a big win. He didn’t get it. Credit... Doug Mills/The New York Times", "credit"),
])
def test_a_text_copys_share_buttons_and_caption_credits_are_boilerplate(text, kind):
    assert line_kind(text) == kind


@pytest.mark.parametrize("text", [
    "The company said it would share data on the new platform with regulators next year.",
    "Twitter",  # a network's name alone may be a table's cell (a comparison of platforms), no button
    "Investors gave the firm credit... for a while, until the losses mounted.",
])
def test_share_and_credit_words_in_story_text_are_no_buttons(text):
    assert line_kind(text) is None


@pytest.mark.parametrize("text, kind", [
    ("Video", "media"),
    ("Thanks for watching! Visit Website", "media"),
    ("Copied!", "share"),
    ("View PDF/Print Mode", "share"),
    ("Share on Facebook Share on Twitter Share on Linkedin Share via Email Share via Shortlink", "share"),
])
def test_player_labels_and_page_tools_alone_on_a_line_are_boilerplate(text, kind):
    assert line_kind(text) == kind


@pytest.mark.parametrize("text", ["正在加载...", "加载中", "Loading", "Cargando"])
def test_a_players_loading_placeholder_is_media(text):
    # what a video player (qq.com's "rv-player-loading") shows until its script runs
    assert line_kind(text) == "media"


def test_a_sentence_about_loading_is_no_placeholder():
    assert line_kind("Loading the trucks took the crew most of the night.") is None


@pytest.mark.parametrize("tokens, kind", [
    (("interactive", "embedded", "custom", "graphic", "container"), "media"),  # a newsroom's chart
    (("c", "topics"), "nav"), (("entry", "tags"), "nav"),  # a story's topic or tag links
    (("bloc", "signature"), "byline"), (("c", "signature"), "byline"),  # Le Monde's, Folha's sign-off
])
def test_charts_topic_lists_and_signatures_are_named_boxes(tokens, kind):
    assert token_kind(tokens) == kind


def test_a_sentence_about_a_video_is_no_player_label():
    assert line_kind("The video was shared widely before it was taken down.") is None


@pytest.mark.parametrize("text, kind", [
    ("Connect With Us on Twitter", "promo"),
    ("Become a fan of CNNOpinion", "promo"),
    ("Sign-up To The Newsletter And Get A Free eBook", "promo"),
    ("Start Receiving PR-inside.com News Headlines per email.", "promo"),
    ("Did you enjoy this article? Please bookmark it onto:", "share"),
    ("Sign On to post your comment.", "comments"),
    ("Please leave your comments below:", "comments"),
    ("You need to be a registered member of ABC 7 News to leave comments on news stories.", "comments"),
    ("Sort The Responses Below: Most Recent | Highest Rated", "comments"),
])
def test_comment_form_notices_and_more_prompts_are_boilerplate(text, kind):
    assert line_kind(text) == kind


@pytest.mark.parametrize("text", [
    "Residents can connect with the council online or at the town hall, the mayor said.",
    "Voters who receive ballots by email must return them by Friday.",
    "Readers were asked to leave their comments on the plan at the library.",
])
def test_story_sentences_on_comments_and_contacts_are_no_notices(text):
    assert line_kind(text) is None


@pytest.mark.parametrize("text, kind", [
    ("There are no comments posted for this article.", "comments"),
    ("No comments have so far been submitted.", "comments"),
    ("Reader views (0)", "comments"),
    ("When news happens: send photos, videos & tip-offs to 0424 SMS SMH (+61 424 767 764), or us.", "promo"),
    ("Publish Your Article! Please send it to editorial(at)example.com!", "promo"),
    ("Add this widget", "promo"),
    ("Bookmark with:", "share"),
    ("Click to Add our RSS Feeds to the Service of Your Choice:", "share"),
    ("Click photo to enlarge", "media"),
])
def test_empty_threads_tip_offs_and_widget_labels_are_boilerplate(text, kind):
    assert line_kind(text) == kind


def test_have_your_say_opens_the_readers_comments():
    assert head_kind("HAVE YOUR SAY") == "comments"


def test_a_sentence_saying_no_comments_were_made_is_story_text():
    assert line_kind("The minister said no comments were made about the budget at the meeting.") is None


@pytest.mark.parametrize("text, kind", [
    ("The opinions expressed in this release are those of the organization issuing it, and do not "
     "necessarily reflect the thoughts or opinions of the site or its staff.", "footer"),
    ("This post was written by BP Guest Blogger. You can visit the Author Archive for a short bio.", "footer"),
    ("Where not otherwise specified, this work is licensed under a Creative Commons License permitting "
     "non-commercial sharing with attribution.", "footer"),
    ("For further information: press only: Christine Law, High Road Communications, (416) 644-2284", "footer"),
    ("Stay up to date on the latest opinion, analysis and conversations through social media.", "promo"),
    ("Let Others Know About This PostThese icons link to social bookmarking sites where readers can share.", "share"),
])
def test_publishers_notices_under_a_story_are_boilerplate(text, kind):
    assert line_kind(text) == kind


def test_a_sentence_on_someones_views_is_story_text():
    assert line_kind("The views expressed by the minister were criticised by the opposition on Monday.") is None


@pytest.mark.parametrize("text, kind", [
    ("Subscribe Now", "promo"),
    ("Newsletters", "promo"),
    ("Most recent newsletter", "promo"),
    ("DH Newsletter Privacy Policy Get top news in your inbox daily", "promo"),
    ("Note: we are temporarily moderating all comments submitted to deal with a surge in spam.", "comments"),
])
def test_sign_up_labels_and_moderation_notices_are_boilerplate(text, kind):
    assert line_kind(text) == kind


@pytest.mark.parametrize("text", ["Select your preferred language", "Table of Contents", "Choose language"])
def test_a_pages_language_picker_and_contents_label_are_nav(text):
    assert line_kind(text) == "nav"


@pytest.mark.parametrize("text", ["Posts: 710", "Offline", "Member", "Senior Member", "Reputation: 1,204"])
def test_a_forum_posts_author_cell_line_by_line_is_byline(text):
    assert line_kind(text) == "byline"


def test_a_sentence_about_a_member_is_no_author_cell():
    assert line_kind("The member states agreed on the budget late on Thursday.") is None


def test_an_agencys_copyright_notice_under_its_story_is_left_to_the_story():
    # l3s-gn1's gold keeps the wire's notice; only a page's own copyright line is footer
    notice = ("Copyright 2008 The Associated Press. All rights reserved. This material may not be published, "
              "broadcast, rewritten or redistributed.")
    assert line_kind(notice) is None


def test_an_embedded_tweets_signature_is_no_byline_but_a_plain_date_line_is():
    assert line_kind("— Governor Kristi Noem (@govkristinoem) November 18, 2019") is None
    assert line_kind("— Shay Friedman (@ironshay) August 22, 2013") is None
    assert line_kind("November 18, 2019") == "byline"
    assert line_kind("— November 18, 2019") == "byline"


def test_a_most_read_heading_naming_its_section_opens_a_ranking():
    assert head_kind("Most Read Business Stories") == "ranking"
    assert head_kind("Most Popular Sports News") == "ranking"
    assert head_kind("Most important stories") is None
