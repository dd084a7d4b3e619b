"""A row of items set apart by vertical bars (a footer's links or a breadcrumb typed as text) votes
for no container: on a page whose story casts few votes, the footer's row no longer makes the
element around the whole page the story's container, with the page's scraps in it."""

from extractor import extract
from extractor.classify import pipe_list

_FOOTER = ("<p>About our site | Advertising with us | Jobs and careers | Contact the editors | "
           "Privacy policy | Terms of use | Site map | Feedback</p>")
_STORY = ("<p>The council met on Monday night and voted, after a long debate, to keep the old "
          "library open for another year.</p>")


def test_items_set_apart_by_bars_are_a_pipe_list_and_a_sentence_is_not():
    assert pipe_list("Home | News | Sports | Contact")
    assert not pipe_list("He said the vote | the first in years | was close.")
    assert not pipe_list(_STORY[3:-4])


def test_a_footer_row_of_bars_does_not_pull_the_container_up_to_the_page():
    page = ("<html><body><div id='page'><p>Members online now: 12</p>"
            f"<div><div><div><div><div class='post'>{_STORY}</div></div></div></div></div>"
            f"{_FOOTER}</div></body></html>")
    text = extract(page, extractor="full").text
    assert "voted, after a long debate" in text
    assert "Members online" not in text and "Privacy policy" not in text
