"""Block features and scores."""

from extractor.blocks import Kind
from extractor.classify import BOILERPLATE_LINE_SCORE, _name_list, block_score
from extractor.textnorm import weight

PROVINCES = "北京 天津 河北 山西 辽宁 吉林 黑龙江 上海 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 广西 海南"
MINISTRIES = "外交部 国防部 国家新闻出版署（国家版权局） 国务院国有资产监督管理委员会 国家发展和改革委员会 教育部 科学技术部 工业和信息化部 国家民族事务委员会 公安部 民政部 司法部 财政部"


def test_a_cjk_line_of_space_separated_names_is_a_menu():
    assert _name_list(PROVINCES) and _name_list(MINISTRIES)
    for text in (PROVINCES, MINISTRIES):
        assert block_score(weight(text), 0.0, False, Kind.PARAGRAPH, text) <= BOILERPLATE_LINE_SCORE


def test_cjk_prose_and_vertical_text_are_no_menu():
    prose = "2018年，自治区出台《关于促进民营经济高质量发展若干措施》，有效减轻了企业负担 为进一步优化营商环境 继续执行 相关政策 三年"
    assert not _name_list(prose)
    assert not _name_list("境 带 环 的 领 劝 告 动")  # single characters: a column of vertical text
    assert not _name_list("Home News Sports World Business Opinion")


MENU_LINE = "Latest News Applications OS Channel Programs Cloud Components & Peripherals Data Center Networking Security"


def test_a_text_copys_line_of_capitalized_labels_is_a_menu():
    from extractor.classify import _title_list, features
    from extractor.options import Options
    from extractor.parse import parse

    assert _title_list(MENU_LINE)
    assert not _title_list("Apple Was Pulled Into The Enterprise, Tim Cook Says At Dreamforce In San Francisco")
    assert not _title_list("INTRODUCTORY STATEMENT BY THE PRESIDENT OF THE FIFTY EIGHTH SESSION OF THE GENERAL ASSEMBLY")
    assert not _title_list("the council voted on Monday to raise bus fares for the third year in a row")
    doc = parse(MENU_LINE + "\n\nThe council voted on Monday to raise bus fares for the third year in a row.\n", "text")
    assert features(doc, Options())[0].score <= BOILERPLATE_LINE_SCORE


def test_a_list_heading_between_two_paragraphs_is_an_inline_link_not_a_section():
    from extractor import extract

    story = (
        "The major Asian market indexes were mixed in early trading on Tuesday after reports that the talks had stalled.\n\n"
        "Hong Kong's Hang Seng Index started in the red, but was last trading up about half a percent on the day.\n\n"
        "Read More\n\n"
        "US stock futures were last trading slightly positive during Asian trading hours after small losses earlier.\n\n"
        "A breakthrough in the trade deal has remained just out of reach for quite some time, analysts said on Monday.\n\n"
        "Related\n\n"
        "Alibaba thinks US businesses are ready\n\n"
        "Hong Kong stocks slide again\n"
    )
    text = extract(story, format="text", extractor="full").text
    assert "The major Asian" in text and "Hang Seng" in text
    assert "US stock futures" in text and "A breakthrough" in text
    assert "Read More" not in text and "Alibaba" not in text


#: a tag cloud's words run together on one line, no punctuation
TAG_CLOUD = ("adote um amigo agua alerta ambiente amizade atendimento atirador bem-estar biblioteca caminhada "
             "campanha capacitacao carnaval cidadania ciclismo concurso cultura defesa civil dengue economia "
             "educacao esporte eventos feira festival gincana governo saude transito turismo vacinacao")


def test_a_long_unpunctuated_line_of_words_is_a_tag_cloud():
    from extractor.classify import _title_list

    cloud = TAG_CLOUD
    assert _title_list(cloud)
    prose = "Feel a deep desire to build a business that makes a difference but are not sure what it is going to take"
    assert not _title_list(prose)  # a long question set as a list item: fewer words


def test_a_markdown_tag_cloud_left_as_text_is_a_menu_too():
    from extractor.classify import features
    from extractor.options import Options
    from extractor.parse import parse

    cloud = TAG_CLOUD
    doc = parse(cloud + "\n\nThe council voted on Monday to raise bus fares for the third year in a row.\n", "markdown")
    assert features(doc, Options())[0].score <= BOILERPLATE_LINE_SCORE


def test_an_unlinked_paragraph_trailing_off_between_prose_is_the_storys_not_a_teaser():
    from extractor import extract

    page = (
        "<html><body><article>"
        "<p>Liz gave her savings to the families who had lost their homes in the flood that spring, and asked for nothing back.</p>"
        "<p>fast forward a few years…</p>"
        "<p>Last week I heard from one of those families, who now run a bakery on the very street that had been under water.</p>"
        "<p>They wanted her to know that the first loaf of every day still goes to a neighbour in need.</p>"
        "</article><ul class='more'>"
        "<li><a href='/a'>Flood relief: what the council has promised so far and what is still missing from the plan…</a></li>"
        "<li><a href='/b'>The bakery that rose again: a street rebuilt, one loaf at a time, by people who stayed…</a></li>"
        "</ul></body></html>"
    )
    text = extract(page, extractor="full").text
    assert "fast forward a few years…" in text
    assert "Flood relief" not in text and "The bakery that rose" not in text


def test_a_paragraph_trailing_off_next_to_prose_with_a_word_linked_is_the_storys():
    """In markup a teaser keeps its link; a paragraph with one word linked that trails off after a
    paragraph of prose (then an advert) is the story's, while a short "Loading..." is not."""
    from extractor import extract

    page = (
        "<html><body><article>"
        "<p>Nothing beats the passion of a true fan writing about a game they love, and this series has had a "
        "great many such fans over the years, some of whom wrote about it at great length.</p>"
        "<p>Please note that this is the first half of the story. The second half can be found "
        "<a href='/part-2'>here</a>. Take it away...</p>"
        "<div class='ad'>Advertisement</div>"
        "<p>The first game came out in the summer of 1986 and sold slowly at first, until word of its secrets "
        "spread from one schoolyard to the next.</p>"
        "<p>Loading...</p>"
        "</article></body></html>"
    )
    text = extract(page, extractor="full").text
    assert "Please note that this is the first half" in text
    assert "Loading..." not in text


def test_a_cjk_paragraph_trailing_off_among_short_cjk_paragraphs_is_the_storys():
    """A blog's one-line CJK paragraphs weigh less than a prose paragraph; a paragraph trailing off
    in "..." among them is the story's too."""
    from extractor import extract

    lines = ["隔日睡到很晚才起床，不用拍日出晨光的营地对我来说都是个幸福的睡眠。",
             "晚餐准备了砂锅鱼头，大家围着炉火聊到深夜。",
             "朋友还特地准备着羊肩排、咸猪肉、柳叶鱼...哇！这真是丰盛...",
             "永老爷早已备妥了好酒为远自台南来的朋友敬一杯啰。",
             "感谢朋友精心准备的好料理，食指大动好菜色，感恩！",
             "收拾好装备准备离开营地，亮丽的天空下的枫树林又让人觉得有点舍不得离开。"]
    page = "<html><body><article>" + "".join(f"<p>{x}</p>" for x in lines) + "</article></body></html>"
    text = extract(page, extractor="full").text
    assert "柳叶鱼...哇" in text


def test_a_bare_number_in_a_table_cell_is_a_figure_not_a_reaction_count():
    from extractor import extract

    rows = "".join(f"<tr><td>Harbour district {k}</td><td>{1840 + 7 * k}</td><td>{310 + k}</td></tr>" for k in range(5))
    page = ("<html><body><article><p>The port grew in waves, and the table below gives each district's founding year "
            "and its number of households in the first census, as the city archive records them.</p>"
            f"<table><tr><th>District</th><th>Founded</th><th>Households</th></tr>{rows}</table>"
            "<p>The archive adds that two of the districts merged before the second census was taken.</p>"
            "</article></body></html>")
    text = extract(page, extractor="full").text
    assert "1847" in text and "312" in text


def test_a_headings_id_made_of_its_own_words_names_no_box():
    """<h2 id="what-is-social-media-marketing">: a slug of the heading's text, not a share box
    (social, media); a real share box beside it is still named."""
    from extractor.classify import features
    from extractor.options import Options
    from extractor.parse import parse

    page = ("<html><body><article><div class='entry-content'>"
            "<h2 id='what-is-social-media-marketing'>What is Social Media Marketing?</h2>"
            "<p>Social media marketing is the use of social platforms to reach an audience, build a brand "
            "and sell, with posts, ads and the conversations that follow them.</p>"
            "<div class='social-share'><p>Share this on your feeds</p></div></div></article></body></html>")
    doc = parse(page, "html")
    kinds = {b.text[:12]: f.container_kind for b, f in zip(doc.blocks, features(doc, Options()))}
    assert kinds["What is Soci"] is None
    assert kinds["Share this o"] == "share"


def test_a_paragraph_heading_is_measured_without_its_colon():
    from extractor.blocks import Document, Kind, Source
    from extractor.classify import features
    from extractor.options import Options
    from extractor.blocks import Block

    text = "Das Thema könnte dich auch interessieren:"
    assert len(text) == 41
    doc = Document(blocks=[Block(text=text, kind=Kind.PARAGRAPH, source=Source.TEXT)], source=Source.TEXT)
    assert features(doc, Options())[0].head_kind == "related"


def test_a_short_cjk_sentence_closed_by_its_full_stop_ends_a_story():
    from extractor import extract
    from extractor.runs import EDGE_TOLERANCE

    assert block_score(weight("特此通告。"), 0.0, True, Kind.PARAGRAPH, "特此通告。") >= EDGE_TOLERANCE
    assert block_score(weight("首页 新闻"), 0.0, False, Kind.PARAGRAPH, "首页 新闻") < EDGE_TOLERANCE
    body = ("为确保嫩江干流补充治理工程建设顺利实施，维护群众合法权益，根据国家有关规定，现就有关事项通告如下。"
            "自本通告发布之日起，任何单位和个人不得在征占地范围内新增建设项目，不得迁入人口，违者后果自负。")
    page = (f"<html><body><div class='nav'>首页 | 新闻 | 政务</div><div class='article'><p>{body}</p><p>{body}</p>"
            "<p>特此通告。</p></div><div class='footer'>版权所有 吉林省人民政府办公厅</div></body></html>")
    assert extract(page, extractor="full").text.endswith("特此通告。")


def _name_list_by_split(text: str) -> bool:
    """_name_list as first written: every item tested, without the early exits."""
    from extractor.classify import _CJK_CLAUSE_MARKS, NAME_CHARS, NAME_LIST_ITEMS
    from extractor.textnorm import is_cjk

    items = text.split()
    if len(items) < NAME_LIST_ITEMS or not _CJK_CLAUSE_MARKS.isdisjoint(text):
        return False
    return all(NAME_CHARS[0] <= len(item) <= NAME_CHARS[1] and is_cjk(item[0]) for item in items)


def test_name_list_gates_agree_with_the_plain_definition():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    # CJK names, Latin words, white space of several kinds (ideographic space, NBSP, line breaks)
    pieces = st.sampled_from(["北京", "天津", "黑龙江", "国家版权局", "境", "Home", "é", "“x”", " ", "\u3000",
                              "\u00a0", "\n", "，", "（", "1", "\u2e80", "\U00020000"])

    @settings(max_examples=3000, deadline=None)
    @given(st.lists(pieces, max_size=24).map("".join))
    def check(text):
        assert _name_list(text) == _name_list_by_split(text)

    check()
    for text in (PROVINCES, MINISTRIES, " " + PROVINCES, "\u3000" + PROVINCES, "Home " + PROVINCES):
        assert _name_list(text) == _name_list_by_split(text)


def _element_flags_by_index(doc, weights):
    """classify.element_flags as first written (one index lookup per table, the slug words of every
    heading): what the loop over zipped tables must give."""
    import re

    from extractor import patterns
    from extractor.classify import (_BOILERPLATE_TAGS, _NEVER_BOILERPLATE, _STORY_TAGS, MIXED_CONTAINER_WEIGHT,
                                    PAGE_SHARE)
    n = len(doc.tags)
    total = [0] * n
    for b, w in zip(doc.blocks, weights):
        if b.node < n:
            total[b.node] += w
    for e in range(n - 1, 0, -1):
        total[doc.parent[e]] += total[e]
    page_share = PAGE_SHARE * max(total[0], 1)
    bad, good = [None] * n, [False] * n
    slugs = {}
    for b in doc.blocks:
        if b.node < n and doc.tags[b.node] in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            slugs.setdefault(b.node, set()).update(re.findall(r"\w+", b.text.lower()))
    content, known = patterns.CONTENT_TOKENS, len(doc.etokens)
    for e in range(1, n):
        p, tag = doc.parent[e], doc.tags[e]
        tokens = doc.etokens[e] if e < known else ()
        if e in slugs:
            tokens = tuple(t for t in tokens if t not in slugs[e])
        kind = None
        if tag not in _NEVER_BOILERPLATE and total[e] <= page_share:
            kind = patterns.token_kind(tokens) if tokens else None
            if kind is None and tag in _BOILERPLATE_TAGS:
                kind = _BOILERPLATE_TAGS[tag]
            if kind and kind != "comments" and total[e] >= MIXED_CONTAINER_WEIGHT and not content.isdisjoint(tokens):
                kind = None
            if kind == "media" and "th" in doc.tags[e:doc.end[e] + 1]:
                kind = None
        bad[e] = kind or bad[p]
        good[e] = good[p] or (not content.isdisjoint(tokens)) or tag in _STORY_TAGS
    return bad, good, total


def test_element_flags_agree_with_the_indexed_loop():
    import glob

    from corpus_paths import OWN, shared_files

    from extractor.blocks import Document
    from extractor.classify import element_flags
    from extractor.decode import decode
    from extractor.parse import parse
    from extractor.textnorm import weight

    slug_page = ("<html><body><article><div class='entry-content'>"
                 "<h2 id='what-is-social-media-marketing' class='share'>What is Social Media Marketing?</h2>"
                 "<h3 class='related'>Related</h3><h3>More</h3><nav><p>Home</p></nav><aside><p>x</p></aside>"
                 "<div class='social-share'><p>Share this on your feeds</p></div></div></article></body></html>")
    files = sorted(glob.glob(str(OWN / "*" / "cases" / "*.html"))) + shared_files("scrapinghub-aeb/cases/*.html")[:40]
    pages = [slug_page] + [decode(open(p, "rb").read()).text for p in files]
    for page in pages:
        doc = parse(page, "html")
        weights = [weight(b.text) for b in doc.blocks]
        assert element_flags(doc, weights) == _element_flags_by_index(doc, weights)
        # a table whose class/id words stop short of its elements (none past the end)
        short = Document(doc.blocks, doc.source, doc.parent, doc.end, doc.tags, doc.etokens[: len(doc.tags) // 2])
        assert element_flags(short, weights) == _element_flags_by_index(short, weights)
