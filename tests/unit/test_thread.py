"""A forum thread whose replies box was chosen as the story: the opening post before it joins."""

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
