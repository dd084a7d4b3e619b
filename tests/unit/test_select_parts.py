"""The story's parts on an HTML page: tables, headings, siblings and boxes around the container
join it or stay out."""

from extractor import extract
from extractor.classify import features
from extractor.options import Options
from extractor.parse import parse
from extractor.container import story_container
from forum_posts import POSTS  # (tests/unit is on the path of its tests)


def test_a_table_of_described_rows_is_part_of_the_page_around_it():
    """A list article whose rows carry the prose: the votes of the rows' cells crown the table's
    body (<tbody>), but the table, its header row and the introduction above it belong together."""
    rows = "".join(
        f"<tr><td>Film {k}</td><td>{1990 + k}</td><td>A man relives the same day, again and again, until he "
        f"learns what it asks of him, and then, at last, the loop lets go of him, number {k}</td></tr>"
        for k in range(8))
    page = ("<html><body><div class='page'><div class='nav'><a href='/'>Home</a></div><div class='body-text'>"
            "<p>This list of films featuring time loops, in which characters live the same period of time over and "
            "over, is a dynamic one, and it may never satisfy every standard of completeness.</p>"
            "<p>For films with any kind of time travel, see the list of time travel films, which is longer.</p>"
            f"<table class='wikitable'><thead><tr><th>Film</th><th>Year</th><th>Description</th></tr></thead>"
            f"<tbody>{rows}</tbody></table></div></div></body></html>")
    text = extract(page, extractor="full").text
    assert "This list of films featuring time loops" in text
    assert "A man relives the same day" in text


def test_one_long_sentence_of_mostly_linked_titles_is_prose():
    """A single long sentence whose quoted titles are links, with its own words between them,
    sits in the story; it is no link list."""
    sentence = ("As noted in our story on the judgment, the patents asserted against the company include ones for "
                "<a href='/p/1'>\"Agile network protocol for secure communications with assured system availability\"</a>; "
                "<a href='/p/2'>\"Agile network protocol for secure communications using secure domain names\"</a>; and "
                "<a href='/p/3'>\"Establishment of a secure communication link based on a domain name service request.\"</a>")
    page = ("<html><body><article><p>The firm that won a large sum from the phone maker has filed a new lawsuit, "
            "this time against its newest phones and tablets, in the same court in Texas.</p>"
            f"<p>{sentence}</p><p>The new complaint names the same patents, and a few more granted since then, "
            "the court filing shows.</p></article></body></html>")
    assert "Agile network protocol for secure communications with assured" in extract(page, extractor="full").text


def test_a_heading_whose_section_opens_with_a_sub_heading_is_kept():
    """An <h2> followed at once by an <h3> and its text heads that text too; an <h3> with nothing
    after it, before the next <h2>, still heads nothing."""
    page = ("<html><body><article><h1>The guide</h1>"
            "<p>This guide walks through the whole process, one step at a time, from the first install onwards.</p>"
            "<h2>Getting started</h2><h3>Install the package</h3>"
            "<p>Install the package with your usual package manager, then check that the command runs at all.</p>"
            "<h3>An empty part</h3><h2>Going further</h2>"
            "<p>Once it runs, read the configuration chapter to learn what each of the settings changes.</p>"
            "</article></body></html>")
    text = extract(page, extractor="full").text
    assert "Getting started" in text and "Install the package" in text
    assert "An empty part" not in text


def test_a_heading_set_as_several_lines_keeps_all_its_lines():
    """<h2>Where driven professionals</h2><h2>work together in an innovative</h2><h2>community.</h2>:
    the lines that go on in lower case are one heading, kept with the text under its last line."""
    page = (
        "<html><body><div class='page'><h1>Coworking in the city</h1>"
        "<p>Three floors of desks, rooms and studios, open all day and all night, a short walk from "
        "the station, with coffee, lockers and a roof garden for everyone who works here.</p>"
        "<h2>Where driven professionals</h2>"
        "<h2>work together in an innovative</h2><h2>community.</h2>"
        "<p>We provide office and coworking spaces to entrepreneurs, start-ups, small to mid-sized "
        "businesses, global corporations and technologists, with the best connectivity there is.</p>"
        "<p>An alternative to traditional office space, the platform combines corporate spaces that "
        "are industrial, collaborative and full of community, in the middle of the city.</p>"
        "<h2>Our newsletter</h2><h2>Events</h2></div></body></html>")
    text = extract(page, extractor="full").text
    assert "Where driven professionals" in text and "work together in an innovative" in text


def test_a_story_split_in_two_article_bodies_by_a_box_comes_out_whole():
    # NYT-style markup: the lede sits in one div.articleBody, the rest in another, a follow-us box
    # between them; one class word that names a story's body is as telling as two class words
    lede = ("KIEV, Ukraine (AP) — If a group of lawmakers succeeds in its mission, television shows and "
            "movies that portray the subject sympathetically will be banned.")
    rest = [f"Paragraph {k}: the bill, supported by the president's party, would amend laws on the "
            f"protection of children, and its authors say it reflects the views of many voters." for k in range(8)]
    page = ("<html><body><div class='article'><h1>The bill</h1>"
            f"<div class='articleBody'><p>{lede}</p></div>"
            "<div class='articleInline'><h4><a href='/t'>Connect With Us on Twitter</a></h4></div>"
            "<div class='articleBody'>" + "".join(f"<p>{t}</p>" for t in rest) + "</div>"
            "</div><div class='footer'><p>About us</p></div></body></html>")
    result = extract(page, extractor="full")
    assert lede in result.text
    assert all(t in result.text for t in rest)


def test_one_generic_class_word_does_not_make_two_boxes_parts_of_one_story():
    # two elements named only "content" are not parts of one story on that word alone
    story = [f"Paragraph {k}: the river rose through the night, and by morning the town's lower streets, "
             f"its market square and the old mill stood under a metre of brown water." for k in range(8)]
    page = ("<html><body><div class='page'><div class='content'>" + "".join(f"<p>{t}</p>" for t in story)
            + "</div></div><div class='side'><div class='content'><p>Our newsletter, sent every week, brings "
            "you the best of the site, with offers, news and more.</p></div></div></body></html>")
    result = extract(page, extractor="full")
    assert all(t in result.text for t in story)
    assert "Our newsletter" not in result.text


def test_a_stream_of_teasers_titled_by_linked_lines_is_not_a_part_of_the_story():
    # teasers whose titles are linked lines set as divs, not headings, each with its summary, in a
    # box beside the story's: neither a part of the story nor a sibling that joins it
    story = [f"Part {k}: the regulator opened an inquiry into the company's handling of its network, "
             f"after complaints that it had slowed some traffic, and the company denies any wrongdoing." for k in range(8)]
    teasers = "".join(
        f"<div class='item'><div class='head'><a href='/t{k}'>Teaser title number {k}</a></div>"
        f"Summary {k} of another story told at some length so that it reads like the prose that a "
        f"teaser's summary is meant to be.</div>" for k in range(5))
    page = ("<html><body><div class='main'><div class='center'><div class='content'><h1>Inquiry</h1>"
            + "".join(f"<p>{t}</p>" for t in story)
            + f"</div><div class='bottom'>{teasers}</div></div></div></body></html>")
    result = extract(page, extractor="full")
    assert all(t in result.text for t in story)
    assert "Summary 1 of another story" not in result.text


def test_a_story_going_on_around_a_nested_part_comes_out_whole():
    # old table layout: the story's first paragraphs sit in a cell, the rest in a table nested in
    # that cell; the nested part wins the vote, the cell around it holds prose of its own
    first = [f"First part {k}: one of the real signs of the success of the dynasty in the eighteenth century, "
             f"in what historians call the High Qing, was the enormous increase in population." for k in range(3)]
    rest = [f"Second part {k}: one of the great myths about the country is that of the family that so badly "
            f"wants a son that it has as many children as possible, and ends up enormous." for k in range(8)]
    page = ("<html><body><table><tr><td><a href='/'>Home</a></td></tr><tr><td>"
            + "".join(f"<p>{t}</p>" for t in first)
            + "<table><tr><td><table><tr><td><div><div>" + "".join(f"<p>{t}</p>" for t in rest)
            + "</div></div></td></tr></table></td></tr></table></td></tr></table></body></html>")
    result = extract(page, extractor="full")
    assert all(t in result.text for t in first)
    assert all(t in result.text for t in rest)


def test_a_sibling_column_of_short_labels_does_not_join_the_story():
    # a blog's side column: labels set straight into its cell, each over a list of links; together
    # they weigh more than a lead paragraph, but none of them is one
    story = "".join(f"<p>{p}</p>" for p in POSTS)
    labels = "".join(f"{label}<ul><li><a href='/{k}'>April 2006</a></li><li><a href='/m{k}'>March 2006</a></li></ul>"
                     for k, label in enumerate(("太小心", "[作者简介] (个人情况保密)", "[太小心]个人类别", "[太小心]存档目录",
                                                "[太小心]最新文章", "对[太小心]文章的最新评论", "作者[太小心]自己发表的最新评论")))
    doc = parse(f"<html><body><table><tr><td>{story}</td><td>{labels}</td></tr></table></body></html>", "html", None)
    best, chosen = story_container(doc, features(doc, Options()))
    assert doc.tags[best] == "td" and chosen == {best}


def test_a_sibling_holding_one_heavy_lead_paragraph_joins_the_story():
    lead = ("The council voted on Tuesday night to close the old bridge for a year of repairs, ending a "
            "decade of argument over its future.")
    story = "".join(f"<p>{p}</p>" for p in POSTS)
    page = (f"<html><body><div class='wrap'><div><strong>{lead}</strong></div>"
            f"<div class='body'>{story}</div></div></body></html>")
    text = extract(page, extractor="full").text
    assert lead in text and POSTS[0] in text


def test_a_sibling_named_as_boilerplate_does_not_join_the_story():
    # a disclosure box beside the story's container, heavy enough in prose to pass for a lead set
    # apart, is still the page's small print: its name says so
    story = "".join(f"<p>{p}</p>" for p in POSTS)
    small_print = ("Other fees may apply. Every project with a table saw, a jigsaw, a circular saw or a sander "
                   "carries risks, and the material, the tools and the time you spend are yours to weigh.")
    html = (f"<html><body><div class='page'><h1>Beginner projects</h1><div class='disclaimer'>{small_print}</div>"
            f"<div class='story-body'>{story}</div></div></body></html>")
    result = extract(html, extractor="full")
    for post in POSTS:
        assert post in result.text
    assert "Other fees may apply" not in result.text


def test_a_shops_keyword_copy_does_not_outweigh_its_product_grid():
    tile = ("<div class='product-tile'><h3><a href='/p'>Mirrorless Camera {n}</a></h3><ul>"
            "<li>Capture stunning images with a full-frame sensor.</li><li>Record cinematic video with advanced tools.</li>"
            "<li>Enjoy a compact design for on-the-go shooting.</li></ul><p>$1,946.95</p></div>")
    seo = ("Whether you are a beginner or a seasoned photographer, digital cameras offer the perfect solution for "
           "capturing your world in stunning detail. From lightweight point-and-shoot models to advanced, "
           "professional-grade equipment, the selection of cameras at our store meets every need and budget.")
    html = (f"<html><body><main><h1>Cameras</h1><section class='product-grid'>"
            f"{''.join(tile.format(n=n) for n in range(8))}</section>"
            f"<div class='category-seo-text'><p>{seo}</p></div></main></body></html>")
    result = extract(html, extractor="full")
    assert "Capture stunning images with a full-frame sensor." in result.text
    assert "Whether you are a beginner" not in result.text


def test_an_ai2html_chart_s_labels_stay_out_of_the_story():
    from extractor import extract
    story = [f"<p>Paragraph {n} says the interest on the debt will triple over the next decade, "
             "as rates rise and borrowing grows, the budget office said on Tuesday.</p>" for n in range(5)]
    labels = "".join(f"<div class='g-aiAbs' style='top:{n}%;left:2%'><p>{t}</p></div>"
                     for n, t in enumerate(["$915", "billion", "’17", "’28", "RECESSIONS", "MONTHLY"]))
    chart = (f"<div class='ai2html ai2html-box-v5'><div class='g-artboard'><img src='c.png'>{labels}"
             "<p>Interest payments on the national debt, in billions of dollars, by year.</p></div></div>")
    html = f"<html><body><h1>Debt</h1><article>{''.join(story[:2])}{chart}{''.join(story[2:])}</article></body></html>"
    text = extract(html, extractor="full").text
    assert "Paragraph 0" in text and "Paragraph 4" in text
    assert "RECESSIONS" not in text and "$915" not in text and "in billions of dollars" not in text


def test_a_table_s_caption_is_read_with_the_table():
    from extractor import extract
    story = [f"<p>Paragraph {n} explains how the monitoring system pages the engineer on call when a service "
             "fails, and which symptoms point to which causes.</p>" for n in range(4)]
    table = ("<table><caption>Table 6-1. Example symptoms and causes</caption><tr><th>Symptom</th><th>Cause</th></tr>"
             "<tr><td>Serving HTTP 500s or 404s</td><td>Database servers are refusing connections</td></tr></table>")
    html = f"<html><body><article><h1>Monitoring</h1>{''.join(story[:2])}{table}{''.join(story[2:])}</article></body></html>"
    text = extract(html, extractor="full").text
    assert "Table 6-1. Example symptoms and causes" in text
    assert text.index("Paragraph 1") < text.index("Table 6-1") < text.index("Database servers") < text.index("Paragraph 2")
