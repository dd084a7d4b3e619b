"""Parsers: every rendition becomes the same kind of block stream."""

from extractor.blocks import Kind, Source
from extractor.parse import parse


def test_html_blocks_carry_kind_tokens_path_and_links():
    doc = parse("<body><div class='story-body'><h2>Sub</h2><p>Text <a href='/x'>link</a></p>"
                "<ul><li>One</li></ul><blockquote>Quote</blockquote></div></body>", "html")
    kinds = [b.kind for b in doc.blocks]
    assert kinds == [Kind.HEADING, Kind.PARAGRAPH, Kind.LIST_ITEM, Kind.QUOTE]
    para = doc.blocks[1]
    assert para.text == "Text link" and para.link_chars == 4 and para.source is Source.HTML
    assert {"story", "body"} <= para.tokens and para.path.endswith("div>p")


def test_a_data_name_gives_its_first_word_only():
    """`data-share-url` names a share widget; `data-lb-caption-desc` (a lightbox's caption for a
    forum post's images, set on the post) does not make the post a caption."""
    doc = parse("<body><div data-share-url='x'><p>Share</p></div>"
                "<div data-lb-caption-desc='Jo, Jul 8'><p>The post.</p></div></body>", "html")
    share, post = doc.blocks
    assert "share" in share.tokens and "url" not in share.tokens
    assert "lb" in post.tokens and not {"caption", "desc"} & post.tokens


def test_a_class_name_saying_what_an_element_lacks_does_not_name_it():
    """`hit-no-caption` is a story item without a caption, `no-sidebar` a page without one: the
    negated word is none of the element's words, the rest of the name still is."""
    doc = parse("<body><div class='item hit-no-caption'><h2>The lede of the story.</h2></div>"
                "<div class='layout without-sidebar'><p>Text.</p></div>"
                "<div class='photo-caption'><p>A caption.</p></div></body>", "html")
    lede, text, caption = doc.blocks
    assert "hit" in lede.tokens and "item" in lede.tokens and "caption" not in lede.tokens
    assert "layout" in text.tokens and "sidebar" not in text.tokens
    assert "caption" in caption.tokens


def test_html_skips_scripts_styles_and_hidden_elements():
    doc = parse("<body><script>var a=1</script><style>p{}</style><p hidden>secret</p>"
                "<p style='display:none'>gone</p><p>shown</p></body>", "html")
    assert [b.text for b in doc.blocks] == ["shown"]


def test_an_element_styled_inline_runs_on_with_the_text_around_it():
    """A browser lays a block element set `display: inline` (or inline-block, -webkit-inline-box)
    inside its line: a badge a plugin injects into a reference does not cut the reference in two,
    nor do the empty boxes inside the badge; a plain <div> still starts a block, and a box set
    inline around paragraphs (a column, a story body) stays their container."""
    doc = parse("<body><ol><li><cite>\"A title\" <div style='cursor: pointer; display: -webkit-inline-box'>"
                "<div class='shield'></div></div>. The Times. Retrieved 6 May 2014.</cite></li></ol>"
                "<p>One <span style='display:inline-block'>two</span> <div style='display:block'>three</div></p>"
                "<p>Four <div>five</div></p>"
                "<div style='display:inline-block'><p>Six.</p><p>Seven.</p></div>"
                "<ul><li>Eight <div style='display: inline'>nine</div> ten</li></ul></body>", "html")
    assert [b.text for b in doc.blocks] == [
        '"A title" . The Times. Retrieved 6 May 2014.', "One two", "three", "Four", "five", "Six.", "Seven.",
        "Eight nine ten"]
    assert doc.blocks[5].path.endswith("div>p")  # the inline box of paragraphs is still their container


def test_an_object_fallback_is_read_and_its_embed_is_not():
    # the fallback is what a browser without the plug-in (Flash, in every browser now) shows
    html = ("<html><body><object data='p.swf'><param name='movie' value='p.swf'><embed src='p.swf'>"
            "<p>The mayor talks about the budget.</p></object></body></html>")
    texts = [b.text for b in parse(html, "html").blocks]
    assert texts == ["The mayor talks about the budget."]


def test_streamed_parts_are_read_where_their_placeholders_are():
    """React/Next.js streaming: the story arrives in hidden `S:` parts at the end of <body>, and an
    inline script swaps them in for `B:` placeholders (and their fallbacks) and `P:` segments."""
    page = ("<body><main><h1>Index funds</h1><!--$?--><template id=\"B:0\"></template>"
            "<div>Loading paragraph...</div><!--/$--><p>Closing words.</p></main>"
            "<footer>Site footer</footer>"
            "<div hidden id=\"S:1\"><p>Second part, nested.</p></div>"
            "<div hidden id=\"S:0\"><p>First part.</p><template id=\"P:1\"></template></div>"
            "<div hidden id=\"S:9\"><p>A part nobody asked for.</p></div>"
            "<script>$RC(\"B:0\",\"S:0\")</script></body>")
    doc = parse(page, "html")
    assert [b.text for b in doc.blocks] == [
        "Index funds", "First part.", "Second part, nested.", "Closing words.", "Site footer"]
    assert all(b.path.startswith("#root>body>main") for b in doc.blocks[:4])


def test_double_br_separates_paragraphs():
    doc = parse("<body><td>First part<br><br>Second part<br>same line</td></body>", "html")
    assert [b.text for b in doc.blocks] == ["First part", "Second part same line"]


def test_markdown_structure_and_raw_html_islands_share_one_stream():
    doc = parse("# Title\n\nIntro paragraph.\n\n- item\n\n<div class='box'><p>From HTML</p></div>\n\n> quoted", "markdown")
    assert [(b.kind, b.text) for b in doc.blocks] == [
        (Kind.HEADING, "Title"), (Kind.PARAGRAPH, "Intro paragraph."), (Kind.LIST_ITEM, "item"),
        (Kind.PARAGRAPH, "From HTML"), (Kind.QUOTE, "quoted")]
    assert all(b.source is Source.MARKDOWN for b in doc.blocks)
    assert "box" in doc.blocks[3].tokens


def test_text_lines_become_blocks_and_bullets_list_items():
    doc = parse("Headline\n\nA paragraph line.\n- a list item\n• another", "text")
    assert [(b.kind, b.text) for b in doc.blocks] == [
        (Kind.PARAGRAPH, "Headline"), (Kind.PARAGRAPH, "A paragraph line."),
        (Kind.LIST_ITEM, "a list item"), (Kind.LIST_ITEM, "another")]


def test_hard_wrapped_text_is_joined_back():
    para = ("The committee met on Monday to discuss the budget for the next fiscal year and agreed to "
            "postpone a decision on the new library until the spring, officials said after the meeting.")
    wrapped = "\n".join(para[i:i + 60] for i in range(0, len(para), 60))
    doc = parse("\n\n".join([wrapped] * 4), "text")
    assert len(doc.blocks) == 4


def test_a_wrapped_line_cut_short_by_a_long_next_word_stays_in_its_paragraph():
    """Wrapping at 64 leaves a line well short of the width when the next word is long ("...while
    promising further" / "consultation."). Such a line stops mid-sentence: it is a wrap, not the
    end of a paragraph. Read as an end, it split story paragraphs in two (hypothesis found a story
    whose last paragraph, split so, was then dropped after a "Read more:" line)."""
    import textwrap

    paras = [
        "The mayor announced that spending on power prices and households would rise next year as pressure "
        "on local services grows. Residents acknowledged that the shortage of coal plant was worse than "
        "official figures showed on Tuesday.",
        "The mayor argued that the shortage of wind farm was worse than official figures showed, according "
        "to people familiar with the talks. Campaigners confirmed that the plan for the emissions would cost "
        "more than expected while promising further consultation.",
        "The opposition leader said that new rules on coal plant would take effect in the spring on Tuesday. "
        "Several experts acknowledged that the changes to utility had been delayed by several months.",
    ]
    wrapped = [textwrap.fill(p, 64) for p in paras]
    assert "promising further\nconsultation." in wrapped[1] and "Several experts\nacknowledged" in wrapped[2]
    doc = parse("\n\n".join(wrapped), "text")
    assert [b.text for b in doc.blocks] == paras


def test_a_menu_markdown_reads_as_code_counts_its_links():
    """A mirror's nested menu, indented past its list item's content, is an indented code block to
    CommonMark; its Markdown links still count as links, so the menu never passes for prose."""
    menu = "\n".join(["  * [Home](https://example.com)", "  *   * [News](https://example.com/news/)"]
                     + [f"    * [Section {n}](https://example.com/s{n}/)" for n in range(12)])
    doc = parse(menu + "\n\nThe story itself, in one plain paragraph of prose.\n", "markdown")
    code = [b for b in doc.blocks if b.kind is Kind.CODE]
    assert code and all(b.link_chars > 0.8 * len(b.text) for b in code)
    story = [b for b in doc.blocks if b.text.startswith("The story")]
    assert story and story[0].link_chars == 0


def test_markdown_lines_of_a_list_stay_lines_and_wrapped_prose_joins():
    """A text copy read as Markdown: a run of short lines with no blank lines between (a menu) is a
    line each, as in the copy; a paragraph wrapped by its editor is one block."""
    menu = "Home\nLatest News\nTeams\nBaltimore\nBuffalo\nCincinnati"
    prose = ("The council voted on Tuesday to keep the night buses running\nthrough the winter, after a "
             "campaign by shift workers who said\nthe cuts would leave them stranded.")
    doc = parse(f"# Night buses\n\n{menu}\n\n{prose}\n\n[More](https://example.com)\n", "markdown")
    texts = [b.text for b in doc.blocks]
    assert texts[1:7] == menu.split("\n")
    assert texts[7] == " ".join(prose.split("\n"))


def test_markdown_chinese_prose_wrapped_short_stays_one_paragraph():
    """Thirty CJK characters a line is a wrapped paragraph (sixty columns), not a list of lines."""
    lines = ["委员会日前强调，护士领域的资金缺口仍然较大。研究人员周二坦言，有关", "手术的新规定预计将于春季正式实施，部分群众对此表示期待。该市官员上",
             "个月强调，围绕医生的谈判已经取得阶段性进展，但具体细节尚未公布。"]
    doc = parse("\n".join(lines) + "\n", "markdown")
    assert [b.text for b in doc.blocks] == ["".join(lines)]


def test_a_separator_line_under_paragraphs_is_no_setext_heading():
    """A text copy read as Markdown: "------" under a run of paragraph lines separates them from
    what follows; CommonMark would make all of them one heading. A one-line title stays one."""
    story = ["不得不承认，如果没有张曼玉在戛纳封后，就很少有人会去关注这部法国电影。",
             "阿萨亚斯也是法国《电影手册》的编辑，他从小到大都受着“新浪潮”的影响。",
             "张曼玉和阿萨亚斯婚姻的破裂事实上并没有太大的纷争，这部电影也不是礼物。"]
    doc = parse("\n".join(story) + "\n------------------------------\nComments\n\nTitle\n=====\n\nBody.\n", "markdown")
    kinds = {b.text: b.kind for b in doc.blocks}
    assert all(kinds[line] is Kind.PARAGRAPH for line in story)
    assert kinds["Title"] is Kind.HEADING


def test_wrapped_chinese_paragraphs_are_joined_beside_a_list_of_teasers():
    """Each paragraph's last line is as long as its last words make it, so it says nothing about
    the wrap: counted as unwrapped (with a list of teasers) it hid a wrap at 40 and every line
    became a block of its own (hypothesis found such a story losing its last paragraphs)."""
    paras = ["企业代表上个月透露，房贷的改革方案还需要进一步征求意见。不少市民昨天下午坦言，保障房领域的资金缺口仍然较大，部分群众对此表示期待。",
             "当地居民近日表示，针对房租的专项检查将在下月启动，但具体细节尚未公布。该市官员本周早些时候宣布，过去一年中关于规划的投诉数量明显上升，相关工作正在有序推进。",
             "业内人士昨天下午表示，过去一年中关于物业的投诉数量明显上升。专家日前介绍说，房贷的建设进度比原计划推迟了几个月。",
             "企业代表本周早些时候认为，房贷领域的资金缺口仍然较大，预计明年全面完成。当地居民近日坦言，房东的建设进度比原计划推迟了几个月。"]
    teasers = ["罢工央行结束调查博物馆：研究人员今年以来指出，校...", "导致结束游客吸引修缮后：市政府日前介绍说，养殖和化肥的问...",
               "火灾博物馆驳回沿海罢工：委员会周二透露，化肥方面的投入...", "警方封闭利率：委员会近日认为，交通拥堵和学...",
               "机场央行法院调查：当地居民近日认为，化肥的建设进..."]
    wrapped = ["\n".join(p[i:i + 40] for i in range(0, len(p), 40)) for p in paras]
    doc = parse("房租新政正式出台\n\n" + "\n\n".join(wrapped) + "\n\n24小时排行\n" + "\n".join(teasers) + "\n", "text")
    assert [b.text for b in doc.blocks] == ["房租新政正式出台", *paras, "24小时排行", *teasers]


def test_a_markdown_link_broken_over_a_blank_line_counts_as_link_text():
    """A teaser card's link ([ image title, blank line, date, summary](url)) that CommonMark cannot
    close stays as text; its halves count as links, so a list of such cards reads as links, not prose."""
    doc = parse("[ ![](/a.png) How a network built a fake empire\n\n* 12 November 2019\n\n"
                "Hundreds of fake accounts tell the story. ](https://example.com/news/a) [ ![](/b.png) Next one\n\n"
                "A story paragraph with no link at all, long enough to be read as prose.\n", "markdown")
    card = next(b for b in doc.blocks if "](https://example.com" in b.text)
    assert card.link_chars == len(card.text)
    opening = next(b for b in doc.blocks if b.text.startswith("[ How a network"))
    assert opening.link_chars == len(opening.text)
    prose = doc.blocks[-1]
    assert prose.text.startswith("A story paragraph") and prose.link_chars == 0


def test_a_title_whose_end_tag_was_mangled_does_not_swallow_the_page():
    """`</titlevalue="true" -->` is no </title>: the parser would read the whole page as the title."""
    story = "The council voted on Tuesday to keep the library open on Sundays through the winter."
    page = ('<html><head><title id="t">Council keeps library open</titlevalue="true" -->\n</head>'
            f'<body><div id="story"><p>{story}</p></div></body></html>')
    doc = parse(page, "html")
    assert [b.text for b in doc.blocks] == [story]
    assert doc.meta.get("title") == "Council keeps library open"
    assert any("<title>" in note for note in doc.notes)


def test_a_long_but_closed_title_and_a_page_without_title_are_left_alone():
    for page in ("<title>" + "T" * 50 + "</title><p>Text.</p>", "<p>No title here.</p>"):
        doc = parse(page, "html")
        assert not doc.notes and doc.blocks


def test_a_teaser_cards_image_link_read_as_code_counts_as_link_text():
    """One teaser card indented into a code block holds a single image link nested in a link:
    fewer than a menu's links, but they fill the block, so it never passes for prose."""
    card = ("* [ ![Contoh Sanad Hadits Shahih Bukhari](https://example.com/2018/04/sanad.jpg?w=1200&resize=40%2C40) ]"
            "(https://example.com/2018/04/30/contoh-sanad-hadits/ \"Contoh Sanad Hadits Shahih Bukhari\")")
    doc = parse("Intro paragraph of the page.\n\n" + "\n\n".join("        " + card for _ in range(2)) + "\n", "markdown")
    code = [b for b in doc.blocks if b.kind is Kind.CODE]
    assert code and all(b.link_chars > 0.5 * len(b.text) for b in code)


def test_markdown_links_to_any_url_are_links_not_text():
    """markdown-it refuses data:image/svg+xml (a lazy-loading placeholder) and javascript: links
    and leaves their syntax as text, which then reads as a sentence; here they are links."""
    md = ("![ The city was closed earlier this year due to some plague-contaminated marmots]"
          "(data:image/svg+xml,%3Csvg%20xmlns=%22http://www.w3.org/2000/svg%22%3E%3C/svg%3E)\n\n"
          "[Reply to this post](javascript:reply(3))\n\nThe story itself.\n")
    doc = parse(md, "markdown")
    assert not any("](" in b.text or b.text.startswith("![") for b in doc.blocks)
    reply = [b for b in doc.blocks if b.text == "Reply to this post"]
    assert reply and reply[0].link_chars == len(reply[0].text)


def test_html_reads_the_folded_panels_of_an_accordion():
    # an FAQ's answers sit in hidden panels, each unfolded by the button just before it: they are
    # the page's text; a hidden element with no such button stays out
    doc = parse("<body><section><h3><button aria-expanded=\"false\">Weight</button></h3>"
                "<div aria-hidden=\"true\" hidden><p>A daily trainer weighs about ten ounces.</p></div>"
                "<button aria-expanded=\"false\">More</button> "
                "<div style=\"display:none\"><p>The foam is light.</p></div>"
                "<p>Visible.</p><div hidden><p>secret</p></div></section></body>", "html")
    texts = [b.text for b in doc.blocks]
    assert "A daily trainer weighs about ten ounces." in texts
    assert "The foam is light." in texts
    assert "secret" not in " ".join(texts)


def test_markdown_lines_hard_wrapped_by_hand_are_one_paragraph():
    """A page that wrapped its text with <br> at one width comes to Markdown as lines ending in
    hard breaks, each cut mid-sentence: they are one paragraph's lines, one block, as in a text
    copy; a column of headlines or of sentences keeps a block per line."""
    wrapped = ("行为规范可以是人们内心反省或社会教育的结果，也可以是具体社会关系中固有的  \n"
               "道德义务。一旦人们确立了这种规范，他们就会自觉地投入集体行动，而将个人得  \n"
               "失置於从属的地位，同时也无需乎他们所在的集体给予奖励或惩罚的强制和压力等  \n"
               "等。")
    doc = parse(wrapped, "markdown")
    assert len(doc.blocks) == 1 and doc.blocks[0].text.startswith("行为规范") and doc.blocks[0].text.endswith("等。")
    headlines = ("Council Votes To Rebuild The Old Bridge Over The River After Two Years  \n"
                 "Engineers Say The New Bridge Will Carry Twice The Traffic Of The Old One  \n"
                 "Mayor Thanks Residents Who Sat Through Every Meeting Of The Long Debate  \n"
                 "Weather Service Warns Of Heavy Snow Across The Region Later This Week")
    assert len(parse(headlines, "markdown").blocks) == 4


def test_an_inline_run_hidden_from_screen_readers_is_skipped_and_a_hidden_block_is_not():
    from extractor import extract
    body = ("<p><span aria-hidden='true'>**WRONG**</span>The council approved the new ferry terminal on Tuesday, "
            "after three years of debate about its cost and its place on the old quay.</p>"
            "<p>Work starts in the spring <i class='icon' aria-hidden='true'>→</i> and ends in two years, the "
            "harbour master said, once the quay is strengthened and the old cranes are moved.</p>"
            "<div aria-hidden='true'><p>The terminal will hold two ferries at once and a waiting room for "
            "three hundred passengers, with a café and a ticket office.</p></div>")
    text = extract(f"<html><body><article><h1>Ferry</h1>{body}</article></body></html>", extractor="full").text
    assert "WRONG" not in text and "→" not in text
    assert text.startswith("The council approved") and "Work starts in the spring and ends" in text
    assert "The terminal will hold two ferries" in text


def test_elements_a_css_framework_hides_by_class_are_skipped():
    """Bootstrap's and Tailwind's "hidden", "hide", "d-none", Bulma's "is-hidden" and "invisible"
    set an element out of sight (a story's hidden topic list, a search overlay); an element that
    also names a responsive variant ("hidden lg:block", "d-none d-md-block") is shown on some
    screens and stays, and so does a class that only holds the word ("hidden-xs", "nv-hidden")."""
    doc = parse("<body><p>Shown.</p><ul id='topics' class='hidden'><li>Politics &amp; Government</li></ul>"
                "<div class='hdrSearch hide'>Search box</div><p class='d-none'>Gone</p>"
                "<p class='Is-Hidden'>Also gone</p><p class='invisible'>Not seen</p>"
                "<div class='hidden lg:block'><p>Desktop menu</p></div>"
                "<p class='d-none d-md-block'>Wide screens</p><p class='hidden-xs'>Small screens</p>"
                "<p class='nv-hidden'>Prefixed</p></body>", "html")
    assert [b.text for b in doc.blocks] == [
        "Shown.", "Desktop menu", "Wide screens", "Small screens", "Prefixed"]
