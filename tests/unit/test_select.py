"""Choosing the story's container on an HTML page: boilerplate boxes never win it, however wordy."""

from extractor import extract
from extractor.classify import features
from extractor.options import Options
from extractor.parse import parse
from extractor.container import story_container
from forum_posts import POSTS  # (tests/unit is on the path of its tests)


def _thread(box_class: str, box_text: str) -> str:
    """A forum thread: each post deep inside its own wrappers, and a box beside the thread."""
    posts = "".join(
        f"<div class='message-card'><div class='message-cell'><div class='message-main'><div class='message-content'>"
        f"<article class='message-body'><div class='bbwrapper'>{text}</div></article></div></div></div></div>"
        for text in POSTS)
    return (f"<html><body><div class='page'><div class='main-body'><h1>Beginner projects</h1>"
            f"<div class='thread'>{posts}</div></div>"
            f"<div class='{box_class}'><div class='box-text'>{box_text}</div></div></div></body></html>")


def _check(result, box_words: str) -> None:
    for post in POSTS:
        assert post in result.text
    assert box_words not in result.text


def test_a_wordy_sidebar_box_is_not_the_story():
    about = ("A forum community of professional woodworkers and enthusiasts. Come join the discussion about "
             "shop safety, wood, carpentry, lumber, finishing, tools, machinery, styles, scales, reviews, "
             "accessories, classifieds, and more!")
    _check(extract(_thread("block sidebar", about), extractor="full"), "forum community")


def test_a_wordy_cookie_consent_box_is_never_thestory_container():
    """A short blog post, and a consent notice wordier than it: the notice's element, named as
    promotion (cookie, consent), never holds the story."""
    post = ("<div class='post hentry'><h2>Doing nothing</h2><p>I know I am tired and should probably not "
            "write this, he said.</p><p>Ok.</p><p>Then he wrote it anyway, all night long.</p></div>")
    consent = ("Privacy and cookies: this site uses cookies, as do its partners, to measure audiences, to "
               "personalise content, ads, and to remember choices, settings, and region. By continuing, "
               "you agree to their use, as explained in our policy, which says more.")
    page = (f"<html><body><div class='wrapper'><div class='content'>{post}</div></div>"
            f"<div class='widget eu-cookie-law'><div class='cookie-banner consent'><p>{consent}</p></div></div></body></html>")
    doc = parse(page, "html")
    found = story_container(doc, features(doc, Options()))
    assert found is None or "consent" not in doc.etokens[found[0]]


def _forum(reply_body: str) -> str:
    """A thread: the opening post, then replies in containers named as comments; `reply_body` is
    the class of the element holding each reply's text."""
    def post(text: str, body: str, extra: str) -> str:
        return (f"<article class='message message-post {extra}'><div class='message-content'><div class='{body}'>{text}</div>"
                f"</div></article><div class='actions'><a href='#'>Reply</a> <a href='#'>Like</a></div>")
    replies = "".join(f"<div class='comment js-post' id='post-{n}'>{post(text, reply_body, 'is-reply')}</div>"
                      for n, text in enumerate(POSTS[1:], 2))
    return (f"<html><body><div class='page'><h1>Beginner projects</h1><div class='thread'>"
            f"<div class='original-post'>{post(POSTS[0], 'bbwrapper', '')}</div>"
            f"<div class='replies-list'>{replies}</div></div></div></body></html>")


def test_a_forum_threads_replies_are_its_story():
    result = extract(_forum("bbwrapper"), extractor="full")
    for text in POSTS:
        assert text in result.text
    assert "Reply" not in result.text


def test_comments_built_unlike_the_story_stay_out():
    result = extract(_forum("comment-text"), extractor="full")
    assert POSTS[0] in result.text
    assert all(text not in result.text for text in POSTS[1:])
    assert any(d.rule.startswith("container:comments") for d in result.trace)


def _items(texts: list[str]) -> str:
    return "".join(f"<li>{t}</li>" for t in texts)


def test_a_list_of_tips_is_part_of_the_story_not_all_of_it():
    """The list scores highest (many commas), but the story's paragraphs around it belong too."""
    tips = _items([
        "Take your own car, and the child, to the shop, so you can try the seats before you buy one.",
        "The seat must sit tight and steady in the car; in older cars, long belt buckles, for example, can make this hard.",
        "Make sure the belts run straight, lie flat, and do not twist, fold or rub against the child's neck.",
        "With baby carriers, check that the belt is long enough, in your car, to hold the seat safely in place.",
    ])
    page = ("<html><body><div class='main-content'><h1>Child seats tested</h1>"
            "<div class='intro'><p>Eleven of the nineteen child seats in this year's test are worth buying, "
            "the motoring club said on Tuesday.</p></div>"
            f"<ul class='basic-list'>{tips}</ul>"
            "<div class='outro'><p>Two seats failed because their covers held more of a banned chemical than "
            "the law allows.</p></div></div></body></html>")
    result = extract(page, extractor="full")
    assert "Eleven of the nineteen" in result.text and "Take your own car" in result.text
    assert "Two seats failed" in result.text


def test_a_table_of_sentences_is_part_of_the_story_not_all_of_it():
    """A table holding the story's longest sentences (a programme of study, a schedule) scores
    highest, but the story's paragraphs around it belong too."""
    rows = "".join(f"<tr><td>{n}</td><td>{t}</td></tr>" for n, t in enumerate([
        "Applicants must hold a master's degree in the field, or an equivalent degree, and two references.",
        "The written examination covers film history, film theory and one foreign language, chosen freely.",
        "Interviews are held in May, in person or online, and results are sent out by the end of June.",
        "Students admitted from abroad may ask for a year of language study, at the institute, before starting.",
    ], 1))
    page = ("<html><body><div class='page'><h1>Doctoral admissions 2025</h1>"
            "<div class='lead'><p>The institute will admit twelve doctoral students in film studies this year, "
            "the registry announced on Monday.</p></div>"
            f"<table class='grid'><tbody>{rows}</tbody></table>"
            "<div class='after'><p>Fees are waived for all admitted students, who also receive a monthly "
            "stipend for three years.</p></div></div></body></html>")
    result = extract(page, extractor="full")
    assert "twelve doctoral students" in result.text and "written examination" in result.text
    assert "Fees are waived" in result.text


MENU = """Skip to content
Home
Workouts
Nutrition
Shop

Meal Prep for the Spring Plan

If you have followed the spring plan with our trainer, you have seen how the timed meals fit around the workouts, giving you the energy you need and helping your muscles recover afterwards.

The new programme follows the same nutrition plan, so you can simply use the phase one calculation from the spring plan to find your daily calorie target and choose the eating plan that matches it.

This meal plan works for both programmes, and every meal below can be cooked ahead on Sunday, stored in the fridge and reheated, so the busy weekdays need no cooking at all.

Pre-Workout Drink
Energize, one scoop
During Exercise
Hydrate, one scoop in water
Night-time Drink
Recharge, before bed

Cook the meals of the plan on Sunday, keep them in the fridge, and the calorie target of each day takes care of itself while you follow the workouts of the programme.

The information on this website was first written for readers in one country. Rules in your country may differ, so please check with your own doctor before you follow any programme or buy any product.
"""


def test_short_labels_inside_a_text_story_do_not_cut_it():
    """A text copy: short labels ("Pre-Workout Drink") share no words with the story, but they sit
    between two of its paragraphs, so the paragraph after them stays."""
    result = extract(MENU, format="text", extractor="full")
    assert "Cook the meals of the plan on Sunday" in result.text
    assert "Pre-Workout Drink" in result.text


def test_a_photo_gallery_of_long_captions_is_not_the_story():
    captions = "".join(
        f"<li><p>Picture {n}: fans, in the rain, cheered, sang, clapped, waved, and waited.</p></li>"
        for n in range(6))
    page = ("<html><body><div class='full-gallery'><div class='scroller'><ul class='legends'>"
            f"{captions}</ul></div></div><div class='article'>{''.join(f'<p>{p}</p>' for p in POSTS)}</div></body></html>")
    result = extract(page, extractor="full")
    assert POSTS[0] in result.text and "Picture 3" not in result.text


def test_a_story_cut_in_parts_by_figures_comes_out_whole():
    """Medium-style markup: the story's parts sit in elements with the same class words, split by
    figures; the later parts are short, but they are parts of the story all the same."""
    first = "".join(f"<p>{p}</p>" for p in POSTS)
    page = ("<html><body><div class='root'><article><section class='story'>"
            f"<div class='part'><div class='ab ac ae'>{first}</div></div>"
            "<figure><img src='a.png'><figcaption>Flame chart</figcaption></figure>"
            "<div class='part'><div class='ab ac ae'><p>The larger a box, the more time the function took, and the more it cost us.</p></div></div>"
            "<figure><img src='b.png'><figcaption>After</figcaption></figure>"
            "<div class='part'><div class='ab ac ae'><p>After the change, the profile is flat, and every request takes a few milliseconds.</p></div></div>"
            "</section></article><aside><p>More from this author</p></aside></div></body></html>")
    result = extract(page, extractor="full")
    assert POSTS[0] in result.text
    assert "The larger a box" in result.text and "the profile is flat" in result.text


def test_a_list_holding_most_votes_gives_way_to_the_story_around_it():
    """A game's feature list (long items, few sentence ends) outvotes the story's paragraphs by
    a little; the list's parent, holding nearly as much prose, holds the story."""
    items = _items([
        "More questions for your opponent, with new levels, new cards, and three new game modes",
        "Challenges coming soon, new dares, new cards, new rules unlocked every week of the season",
        "Better Android support for older phones, tablets, watches, and the new foldable devices",
        "Bugs fixed in the scoring, the timer, the sound, the settings, and the language menu",
    ])
    page = ("<html><body><div class='site-main'><article class='post'><div class='entry-content'>"
            "<p>Try something new with your partner this weekend, the makers of the game said.</p>"
            f"<h2>What is new in version 2.26</h2><ul>{items}</ul>"
            "<p>Or even, for one night only, play the whole game with the lights out.</p>"
            "</div></article></div><div class='footer'><p>Copyright 2018</p></div></body></html>")
    doc = parse(page, "html")
    found = story_container(doc, features(doc, Options()))
    assert found and doc.tags[found[0]] != "ul" and "entry" in doc.etokens[found[0]]


def test_comments_on_the_storys_topic_stay_in_their_section():
    """Reader comments talk about the story, in its words; a comment section ends at a heading,
    not at the first comment that sounds like the story."""
    story = "".join(f"<p>{p}</p>" for p in POSTS)
    comments = "".join(
        f"<p>{text}</p><p>Posted by: reader{n} | January 14, 2008 06:24 PM</p>" for n, text in enumerate([
            "A table saw is the heart of any woodworking shop, I agree: with what you already have, a "
            "jigsaw, a circular saw, a drill and an orbital sander, quite a bit can be done, rough cut a "
            "curve with the jigsaw, then smooth it with the sander, and ease the top edges of the table.",
            "Start with small projects and work your way up: nothing is more discouraging than spending a "
            "few hundred on material and finding things did not work out as you planned, so pick a first "
            "project, a box or a shelf, enjoy the journey, and buy the table saw when you are ready.",
        ]))
    page = (f"<html><body><div class='blog'><h1>Beginner projects</h1>{story}"
            f"<h3>Comments</h3>{comments}<h3>About the blog</h3><p>Wood, tools and the people who use them.</p>"
            "</div></body></html>")
    result = extract(page, extractor="full")
    assert POSTS[2] in result.text
    assert "heart of any woodworking shop" not in result.text and "Start with small projects" not in result.text


def test_a_boilerplate_box_wrapping_the_whole_story_does_not_cut_it():
    # the page wraps its article in a box named for its share buttons (or in an <aside>); that
    # name is about the layout, so it must not score the story's short paragraphs down
    short = [
        "The carrier is closing its app store in January, it said in a notice on its portal.",
        "It will start removing the application from all devices and expects to finish by March.",
        "The store, launched two years ago, has been overtaken by the stores of the big platforms.",
    ]
    long_ = ("The carrier said it was closing the store because most of the apps it sold can also be "
             "found elsewhere, and customers now have many options when choosing where to buy apps for "
             "their phones, a spokeswoman said on Tuesday, adding that developers had nothing to fear.")
    story = "".join(f"<p>{t}</p>" for t in [*short, long_])
    promo = "".join(f"<li><a href='/w{k}'>Put your business in overdrive with fibre, part {k}</a></li>" for k in range(30))
    for box in ("<div class='share_wrapper'>{}</div>", "<aside>{}</aside>"):
        page = ("<html><body><div id='page'><div id='leftcol'>"
                + box.format(f"<h1>Store closes</h1><div class='article'><div id='main_text'>{story}</div></div>")
                + f"</div><div id='rightcol'><ul class='offers'>{promo}</ul></div>"
                "</div></div></body></html>")
        result = extract(page, extractor="full")
        for text in [*short, long_]:
            assert text in result.text, box
        assert "overdrive" not in result.text


def test_a_related_box_between_two_parts_of_a_story_does_not_title_them_apart():
    # the story's parts are built alike (div.story-body) in wrappers of their own; the heading of a
    # "Related Coverage" box set between them is the box's, not the title of another entry
    first = "The sale is a complicated beast, showing how structures change what shareholders get."
    rest = [f"Paragraph {k} of the story explains, at some length and with care, how the second step of "
            f"the sale works, what the buyer pays, and what the seller keeps afterwards." for k in range(8)]
    part = "<div class='supplemental'><div class='story-body'>{}</div></div>"
    page = ("<html><body><main><article><h1>The sale</h1>"
            + part.format(f"<p>{first}</p>")
            + "<aside class='related'><h2>Related Coverage</h2><ul><li><a href='/a'>Another deal</a></li>"
            "<li><a href='/b'>Yet another deal</a></li></ul></aside>"
            + part.format("".join(f"<p>{t}</p>" for t in rest))
            + "</article></main><footer><p>About us</p></footer></body></html>")
    result = extract(page, extractor="full")
    assert first in result.text
    assert all(t in result.text for t in rest)
    assert "Another deal" not in result.text


def test_a_figure_caption_in_a_flat_page_does_not_cut_the_story():
    # no container: paragraphs, sub-headings and figures straight under <body>; a caption is
    # dropped by its own rule and, like any single boilerplate line, does not end the story's run
    paras = [f"Paragraph {k}: the river rose through the night, and by morning the town's lower streets, "
             f"its market square and the old mill by the bridge stood under a metre of brown water." for k in range(4)]
    figure = "<figure><img src='a.jpg'><figcaption>Caption of the figure</figcaption></figure>"
    page = ("<html><body><h1>Flood</h1>"
            f"<p>{paras[0]}</p><h2>Single image</h2><p>{paras[1]}</p>"
            f"<h2>Single figure</h2>{figure}<p>{paras[2]}</p>"
            f"<h2>List of figures</h2><ul>{('<li>' + figure + '</li>') * 3}</ul><p>{paras[3]}</p></body></html>")
    result = extract(page, extractor="full")
    assert all(p in result.text for p in paras)
    assert "Caption of the figure" not in result.text


def test_a_stream_of_titled_teasers_is_not_a_part_of_the_story():
    # a stream of teasers (linked titles, each with its summary) below the story scores nearly as
    # much as the story; it is another page's list, not the rest of the story
    story = [f"Part {k}: a photographer and veteran is fighting back after a photo she posted, of her baby "
             f"wrapped in a flag, started a debate online, and she says she meant it as a tribute." for k in range(8)]
    teasers = "".join(
        f"<li><div><h3><a href='/t{k}'>Teaser title number {k}</a></h3><p>Summary {k} of another story, "
        f"told at some length, with commas, names, places, and a date, so that it reads like prose, "
        f"which is what a teaser's summary is meant to do, of course.</p></div></li>" for k in range(10))
    page = ("<html><body><div class='page'><div class='main'><div class='story'><h1>Flag photo</h1>"
            + "".join(f"<p>{t}</p>" for t in story)
            + f"</div></div><div class='lower'><div class='more'><ul class='stream'>{teasers}</ul></div></div>"
            "</div></body></html>")
    result = extract(page, extractor="full")
    assert all(t in result.text for t in story)
    assert "Summary 1 of another story" not in result.text


def test_a_heading_that_is_a_whole_sentence_is_kept_with_nothing_after_it():
    # a mission statement set in <h2> heads nothing, yet it is the page's text, not an empty heading
    mission = ("The society is dedicated to ending animal cruelty, abuse and the overpopulation of animals "
               "in the city and its suburbs.")
    paras = [f"Paragraph {k} tells how the shelter takes in strays, treats them, and finds each of them a "
             f"home, with the help of volunteers who walk, feed and foster the animals." for k in range(3)]
    page = ("<html><body><div class='content'><h1>The shelter</h1>" + "".join(f"<p>{p}</p>" for p in paras)
            + f"<h2>{mission}</h2><h3>Adopt</h3></div></body></html>")
    result = extract(page, extractor="full")
    assert mission in result.text
    assert "Adopt" not in result.text


def test_a_paragraph_of_linked_sentences_inside_the_story_is_kept():
    # two sentences, most of their words in links: prose that cites its sources, not a link list
    linked = ("Many thanks to <a href='/a'>the many readers who responded to my query about names</a>. "
              "Note also that <a href='/b'>another forum had a long and lively thread about this very same question</a>.")
    paras = [f"Paragraph {k} of the post weighs the answers readers gave, and what they say about habits, "
             f"families and the law, with a few of the most striking replies quoted in full." for k in range(3)]
    page = ("<html><body><div class='post'><h1>Names</h1><p>" + paras[0] + "</p><p>" + linked + "</p>"
            + "".join(f"<p>{p}</p>" for p in paras[1:])
            + "<ul><li><a href='/c'>Home</a></li><li><a href='/d'>Archive</a></li></ul></div></body></html>")
    result = extract(page, extractor="full")
    assert "Many thanks to the many readers" in result.text
    assert all(p in result.text for p in paras)
    assert "Archive" not in result.text


def test_a_bare_aside_or_footer_inside_the_story_is_still_boilerplate():
    # <aside> and <footer> name their box by their tag alone, with no class words to match
    paras = [f"Paragraph {k}: the new bar on the corner pours wines from small French growers, with a short "
             f"menu of cheeses, breads and cured meats, and a terrace that fills early on warm nights." for k in range(4)]
    page = ("<html><body><div class='story'><h1>New bars</h1>"
            f"<p>{paras[0]}</p><p>{paras[1]}</p>"
            "<aside><p>Get our weekly letter on the city's food scene, every Friday, with reviews and openings.</p></aside>"
            f"<p>{paras[2]}</p><footer><p>1515 Studemont Street, open daily from five until late.</p></footer>"
            f"<p>{paras[3]}</p></div></body></html>")
    result = extract(page, extractor="full")
    assert all(p in result.text for p in paras)
    assert "weekly letter" not in result.text and "Studemont" not in result.text


def test_a_boilerplate_box_inside_a_sibling_that_joined_the_story_is_dropped():
    # the story's first part sits in a sibling of its container; the share box inside that part
    # is dropped as it would be inside the container itself
    first = [f"Part one, paragraph {k}: the council voted on Tuesday, after a long and heated debate, to "
             f"close the old bridge to cars, buses and lorries from the spring." for k in range(3)]
    rest = [f"Part two, paragraph {k}: residents, shopkeepers and commuters said the closure would cost "
            f"them time and money, and some said they would appeal against it." for k in range(12)]
    page = ("<html><body><div class='page'><div class='wrap'>"
            f"<div class='intro'><p>{first[0]}</p><div class='social-tools'><p>Tell your friends about "
            f"this story today, wherever they are.</p></div><p>{first[1]}</p><p>{first[2]}</p></div>"
            "<div class='body'>" + "".join(f"<p>{t}</p>" for t in rest) + "</div>"
            "</div></div></body></html>")
    result = extract(page, extractor="full")
    assert all(t in result.text for t in first + rest)
    assert "Tell your friends" not in result.text


def test_a_long_comment_does_not_split_a_thread_and_win_the_run():
    from extractor.runs import _comment_threads

    c = "comments"
    # a thread of short comments, one long reply (13 blocks, a list), then more comments
    kinds = [None] * 4 + [c, None, None, c, None, None, c, None, None, c] + [None] * 13 + [c, None, c, None, c, None]
    inside = _comment_threads(kinds)
    assert set(range(4, len(kinds))) <= inside  # the long reply's body is inside the thread
    assert not inside & set(range(4))  # the story before it is not
