"""A lede set apart from the story's body, in the article's head, is the story's."""

from extractor import extract

_BODY = "".join(
    f"<p>Paragraph {n} of the body tells the story at length, with names, places and figures, "
    "so that the reader learns what happened, why it happened, and what comes next for all.</p>"
    for n in range(6)
)


def _page(lede: str) -> str:
    return (
        "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        "<div class='article'><div class='article-head'><h1>Council approves the new budget</h1>"
        f"{lede}</div>"
        f"<div class='article-body'>{_BODY}</div></div>"
        "<footer><p>Copyright 2024, All rights reserved, Example Media Group.</p></footer></body></html>"
    )


def test_a_lede_named_as_such_before_the_body_joins_the_story():
    lede = ("<p class='article-lead'>The council approved the budget after a long debate, "
            "with more money for schools and less for roads.</p>")
    text = extract(_page(lede), extractor="full").text
    assert text.startswith("The council approved the budget after a long debate")
    assert "Paragraph 5 of the body" in text
    assert "Copyright" not in text


def test_an_unnamed_paragraph_or_a_lede_in_a_byline_box_stays_out():
    plain = "<p>Filed under politics and city hall, with other stories of this week in the region.</p>"
    boxed = ("<div class='byline'><p class='summary'>The council approved the budget after a long "
             "debate, with more money for schools and less for roads.</p></div>")
    for lede in (plain, boxed):
        text = extract(_page(lede), extractor="full").text
        assert text.startswith("Paragraph 0 of the body")


def test_a_teaser_named_lede_at_the_head_of_the_body_stays_and_a_share_box_goes():
    page = (
        "<html><body><div class='news-detail'><h1>Council approves the new budget</h1>"
        "<div class='teaser-text description'><p>The council approved the budget after a long debate, "
        "with more money for schools and less for roads.</p></div>"
        "<div class='caption description'><p>The council chamber on Tuesday evening, before the vote "
        "on the budget, with members and guests.</p></div>"
        "<div class='share description'><p>Share this story about the budget with your friends, your "
        "family and your neighbours on every network.</p></div>"
        f"{_BODY}</div>"
        "<div class='teaser'><p><a href='/x'>Another story about the city and its many budgets over the "
        "years, with more to read</a></p></div></body></html>"
    )
    text = extract(page, extractor="full").text
    assert text.startswith("The council approved the budget after a long debate")
    assert "Share this story" not in text
    # the caption is no lede (the one caption of a story is read in its place: captions.py)
    assert text.index("council chamber on Tuesday") > text.index("The council approved")
    assert "Another story" not in text


def test_a_lede_the_body_repeats_is_read_once():
    lede = ("<p class='dek'>The council approved the budget after a long debate, "
            "with more money for schools and less for roads.</p>")
    page = _page(lede).replace("<div class='article-body'>", "<div class='article-body'>" + lede.replace("dek", "abstract"))
    text = extract(page, extractor="full").text
    assert text.count("The council approved the budget") == 1


def test_a_lede_named_in_two_words_joins_the_story():
    for name in ("article--sub-headline", "stand-first", "lead_text"):
        lede = (f"<h2 class='{name}'>The council approved the budget after a long debate, "
                "with more money for schools and less for roads.</h2>")
        text = extract(_page(lede), extractor="full").text
        assert text.startswith("The council approved the budget after a long debate"), name


def test_a_lede_in_a_figure_with_the_headline_is_no_caption():
    page = (
        "<html><body><section class='news'><figure class='teaser'><img src='a.jpg' alt=''>"
        "<figcaption>Photo: Jane Doe</figcaption><h1>Council approves the new budget</h1>"
        "<p>The council approved the budget after a long debate, with more money for schools.</p>"
        f"</figure>{_BODY}</section></body></html>"
    )
    text = extract(page, extractor="full").text
    assert text.startswith("The council approved the budget after a long debate")
    assert "Photo: Jane Doe" not in text


def _video_page(box: str) -> str:
    return (
        "<html><body><div class='content'><h1>Council approves the new budget</h1>"
        f"<div class='video-wrap'>{box}</div>"
        f"<div class='post'><div class='entry-content'>{_BODY}</div></div></div>"
        "<footer><p>Copyright 2024, All rights reserved, Example Media Group.</p></footer></body></html>"
    )


def test_the_caption_of_a_video_player_before_the_body_is_the_story_standfirst():
    # a Flash player's fallback: the still, and the video's description in its caption box
    box = ("<object data='player.swf' type='application/x-shockwave-flash'><param name='movie' value='p.swf'>"
           "<div class='embedded-player'><img src='still.jpg'><div class='embedded-caption-box'>"
           "<p class='embedded-caption'>The mayor talks to our host about the budget, the schools and "
           "the roads, and what the vote means for the city.</p></div></div></object>")
    text = extract(_video_page(box), extractor="full").text
    assert text.startswith("The mayor talks to our host about the budget")
    assert "Paragraph 5 of the body" in text


def test_a_photo_caption_before_the_body_stays_out():
    box = ("<div class='image'><img src='a.jpg'><p class='caption'>The mayor talks to our host about the "
           "budget, the schools and the roads, in the council chamber.</p></div>")
    text = extract(_video_page(box).replace("video-wrap", "photo-wrap"), extractor="full").text
    assert text.startswith("Paragraph 0 of the body")


def test_a_lede_the_story_repeats_further_down_is_read_in_both_places():
    words = "The council approved the budget after a long debate, with more money for schools and less for roads."
    lede = f"<p class='dek'>{words}</p>"
    page = _page(lede).replace("<p>Paragraph 3", f"<p>{words}</p><p>Paragraph 3")
    text = extract(page, extractor="full").text
    assert text.startswith(words)
    assert text.count(words) == 2
