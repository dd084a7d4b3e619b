"""A forum thread whose replies box was chosen as the story: the opening post before it joins."""

from extractor import extract
from extractor.classify import features
from extractor.options import Options
from extractor.parse import parse
from extractor.thread import replies_box

_PARA = ("<p>We went last spring with a small group, and it was the best trip we have made, with a "
         "guide who knew every temple, garden, shrine, market and noodle shop in town.</p>")
_REPLY = f"<article class='reply'><p>Posted by Ann</p><div class='body'>{_PARA}</div></article>"


def _page(opening: str) -> str:
    return ("<html><body><div class='main'><article class='topic'><h1>First trip to Japan</h1>"
            f"{opening}</article><section class='replies'>{_REPLY * 4}</section></div></body></html>")


def _box(doc):
    return next(e for e, words in enumerate(doc.etokens) if words == ("replies",))


def test_the_element_around_a_replies_box_holds_the_thread_when_an_opening_post_precedes_it():
    doc = parse(_page("<p>Hi. We have traveled a lot, but never to Japan. We are torn between planning it "
                      "ourselves and taking a tour, and would love to hear what you did.</p>"), "html")
    box = _box(doc)
    found = replies_box(doc, features(doc, Options()), box)
    assert found is not None
    thread, posts = found
    assert thread == doc.parent[box] and len(posts) == 4


def test_a_replies_box_without_an_opening_post_stays_as_it_is():
    doc = parse(_page("<p>Share</p>"), "html")
    assert replies_box(doc, features(doc, Options()), _box(doc)) is None


_POSTS = [
    "Hi all, long time reader. I am planning a first trip to Japan this spring, and we are torn between a tour "
    "and planning it ourselves, with two children, a tight budget and a week in all.",
    "We went last spring with a small group, and it was the best trip we have made, with a guide who knew every "
    "temple, garden, shrine, market and noodle shop in town.",
    "Plan it yourselves: the trains are easy, the rail pass pays for itself in three rides, and the children "
    "will love the bento boxes, the arcades and the deer in Nara.",
]


def _invision(texts: list[str]) -> str:
    """A forum page where every post, the opening one too, sits in an element named as a comment
    (Invision's `div#comment-123_wrap`)."""
    posts = "".join(
        f"<article class='cPost'><aside class='cAuthorPane'>Ann</aside><div id='comment-{n}_wrap' class='content'>"
        f"<div class='cPost_contentWrap'><div class='ipsType_richText'><p>{text}</p><p>Thanks!</p></div></div>"
        f"</div></article>" for n, text in enumerate(texts))
    return (f"<html><body><nav><a href='/'>Home</a></nav><main><h1>First trip to Japan</h1>"
            f"<form class='ipsPageAction'>{posts}</form></main></body></html>")


def test_a_thread_whose_every_post_is_named_as_a_comment_is_read_whole():
    result = extract(_invision(_POSTS), extractor="full")
    for text in _POSTS:
        assert text in result.text
    assert "Thanks!" in result.text  # a post's short lines are its own


def test_comments_under_a_story_are_no_thread():
    story = ("<article class='story'><p>The city council voted on Tuesday to close the old market hall for two "
             "years of repairs, after engineers found the roof beams rotten, the walls cracked and the drains "
             "blocked.</p></article>")
    page = _invision(_POSTS).replace("<form class='ipsPageAction'>", f"<form class='ipsPageAction'>{story}")
    result = extract(page, extractor="full")
    assert "market hall" in result.text and _POSTS[1] not in result.text
