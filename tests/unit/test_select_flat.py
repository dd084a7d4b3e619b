"""Choosing the story in a flat document (text, Markdown): embedded posts, boxes set into it and
comment threads never cut it or win it."""

from extractor import extract


TWEETS = """[Home](/) [News](/news) [Sports](/sports) [Weather](/weather)

* [Sign in](/login)
* [Subscribe](/subscribe)

# The state unveils a new slogan

By Jane Doe | Example News

The state's health department launched a campaign against drug abuse on Monday, with billboards and ads.

The slogan was chosen by an advertising agency from Minneapolis after months of work and several surveys.

Many people online noticed that the words could be read in more than one way, and said so.

> Yes this is real and the state spent nearly half a million dollars on it: <https://t.co/AbCdEf123>
> 
> — Some Person (@someperson) [November 18, 2019](https://twitter.com/someperson/status/1)

> on. drugs. dot. com.
>
> <https://t.co/XyZ987>
> 
> — Another Person (@another) [November 19, 2019](https://twitter.com/another/status/2)

The governor answered on Twitter that the whole point of the campaign was to raise awareness.

She said the state would keep the slogan, and that the ads would run through the spring.

Officials said the campaign's budget had been approved by lawmakers earlier in the year.

* [Privacy](/privacy)
* [Terms](/terms)
"""


def test_embedded_posts_do_not_cut_a_markdown_story():
    """Quoted posts (tweets: text, a bare t.co link, "— Name (@handle) date") between a story's
    paragraphs are the story's context, not a barrier: the paragraphs after them stay."""
    result = extract(TWEETS, format="markdown", extractor="full")
    assert "Many people online noticed" in result.text
    assert "The governor answered on Twitter" in result.text
    assert "Officials said the campaign's budget" in result.text
    assert "Privacy" not in result.text


def test_a_second_copy_of_the_story_in_a_flat_document_is_dropped():
    paras = [
        "The council voted on Monday to raise bus fares for the third year in a row, citing the cost of fuel and wages.",
        "Riders' groups said the rise would hurt those who can least afford it, and promised to challenge it in court.",
        "The new fares take effect in March; monthly passes will cost five dollars more than they do today, the council said.",
    ]
    story = "\n\n".join(paras)
    doc = f"Home | News | Sport\n\n{story}\n\nPrint | Close\n\n{story}\n\nContact us | Privacy\n"
    result = extract(doc, format="text", extractor="full")
    for p in paras:
        assert result.text.count(p) == 1
    # one paragraph repeated on its own (a recipe's line in a meal plan) is the story's own
    line = "Asian Chicken Zoodles with one cup of sauteed zucchini noodles, chicken breast and a spoon of sauce."
    plan = "\n\n".join(["Monday lunch", line, paras[0], "Tuesday lunch", line, paras[1], paras[2]])
    assert extract(plan, format="text", extractor="full").text.count(line) == 2


def test_a_lone_link_between_story_paragraphs_does_not_cut_the_story():
    paras = [
        "The actor was voted off the popular dance competition on Monday night, the show's host said.",
        "He was eliminated in what the host described as the hardest decision of the whole season.",
        "He revealed the news in a video package earlier in the evening, before the judges' scores.",
        "The news came a month after he announced that the couple were expecting their sixth child.",
        "Those involved with the show struggled with the decision to send him home, the judges said.",
        "One of the finalists offered to give her place to him, a gesture the host called lovely.",
    ]
    links = [f"**[ANOTHER STAR OPENS UP ABOUT A SERIOUS HEALTH CONDITION IN WEEK {n}](https://example.com/story-{n})**"
             for n in range(3)]
    body = "\n\n".join([paras[0], paras[1], links[0], paras[2], paras[3], links[1], paras[4], links[2], paras[5]])
    md = "* [Home](/)\n* [Shows](/shows)\n* [Stars](/stars)\n\n" + body + "\n\n* [Privacy](/privacy)\n* [Terms](/terms)\n"
    text = extract(md, format="markdown", extractor="full").text
    for p in paras:
        assert p in text
    assert "ANOTHER STAR" not in text


#: a story the related-box tests set a box into, in a text and in a Markdown copy
TOUR_STORY = [
    "The band will reunite with its former singer for a fifty-date tour next summer, the promoter said on Monday.",
    "The singer joined the band in 1975 and stayed until 1982, when the group split up after a long farewell tour.",
    "The band announced the tour while closing out its autumn run of shows, to loud cheers from the audience there.",
    "Tickets for the anniversary tour go on sale to the public next Friday, with presales for fan club members and"
    " for holders of the band's credit card starting on Tuesday morning, the promoter said in a statement.",
    "The tour opens in June in Florida and closes in September in California, with dates in Canada in between.",
]


def test_a_related_box_set_into_a_text_story_does_not_end_it():
    paras = TOUR_STORY
    box = ["Related", "The Band Lights Up With The Stars", "The Singer Talks New Album and Retirement"]
    text = "\n\n".join(["Home", "Music", "News", *paras[:3], *box, *paras[3:], "Privacy Policy", "Terms of Use"])
    out = extract(text, format="text", extractor="full").text
    for p in paras:
        assert p in out
    assert "Lights Up" not in out and "New Album" not in out


def test_a_related_box_of_links_set_into_a_markdown_story_does_not_end_it():
    paras = TOUR_STORY
    box = ["#### Related", "[The Band Lights Up With The Stars](https://example.com/a)",
           "#### Related", "[The Singer Talks New Album and Retirement](https://example.com/b)"]
    md = "\n\n".join(["* [Home](/)\n* [Music](/music)", *paras[:3], *box, *paras[3:], "* [Privacy](/p)\n* [Terms](/t)"])
    out = extract(md, format="markdown", extractor="full").text
    for p in paras:
        assert p in out
    assert "Lights Up" not in out and "New Album" not in out


#: a story and a reader's comment tail shared by the comment-thread tests
FILM_STORY = [
    "The film tells the story of a singer who loses her husband and tries to win back her son, and it is the "
    "best work of the director in years, with a lead performance that won the prize for best actress this spring.",
    "The director, who was once married to the lead actress, said the part had been written for her long before "
    "the two separated, and that he could not imagine anyone else playing it, the studio said on Monday.",
    "The film opens in cinemas next month, and a longer cut will be shown at the autumn festival in the city.",
]
FILM_TAIL = " I saw it twice at the festival and would gladly see it again with friends, whatever the critics say."


def test_comment_headers_from_one_date_template_make_a_thread():
    story = FILM_STORY
    comments = []
    tail = FILM_TAIL
    for n, body in enumerate(["I loved it, the music in the last scene is wonderful and the ending made me cry twice." + tail,
                              "Not for me. Too slow, and the story goes nowhere for the first hour or so, sadly." + tail,
                              "The lead actress is wonderful as always, and the city looks beautiful at night." + tail]):
        comments += [f"〓 娱乐 留言板 发布时间 2005/07/1{n} 21:0{n}:33", body]
    menu = ["Home", "Film", "Music", "Books", "Games", "Video", "Photos", "Blogs", "Forum", "Search"]
    text = "\n\n".join([*menu, *story, *comments, "About us | Contact"])  # past the date lines of a page's head
    out = extract(text, format="text", extractor="full").text
    for p in story:
        assert p in out
    assert "music in the last scene" not in out and "Too slow" not in out


def test_bare_posting_times_of_one_shape_make_a_thread():
    story = FILM_STORY[:2]
    tail = FILM_TAIL
    comments = []
    for n, body in enumerate(["I loved it, the music in the last scene is wonderful and the ending made me cry twice.",
                              "Not for me. Too slow, and the story goes nowhere for the first hour or so, sadly.",
                              "The lead actress is wonderful as always, and the city looks beautiful at night."]):
        comments += [body + tail, f"(2005-07-1{n} 21:0{n}:33)"]
    menu = ["Home", "Film", "Music", "Books", "Games", "Video", "Photos", "Blogs", "Forum", "Search"]
    text = "\n\n".join([*menu, *story, *comments, "About us | Contact"])
    out = extract(text, format="text", extractor="full").text
    for p in story:
        assert p in out
    # the thread runs from its first posting time on (the first comment, above it, is not told apart)
    assert "Too slow" not in out and "city looks beautiful" not in out
