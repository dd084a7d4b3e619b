"""A blog's about-me box in its sidebar is never the story, however long its paragraph."""

from extractor import extract

BIO = ("I have been a copywriter in New York for nineteen years, and I dislike, in no order, capri pants, "
       "midtown, realtors, fireworks, parades, summer, winter, greeting cards, golf, golfers, polo shirts, "
       "turtlenecks, scarves, brunch, fondue fountains, chick peas, coffee chains, journalists, screenwriters, "
       "short men, board games, drinking straws, weddings, radio, magazines, newspapers and comedy clubs.")
POST = ("Five posts of the week: the prank signs on the underground, the science museum billboards, the "
        "rejection letter, and a singer who sings to his cat.")


def _page(box_class: str, column_class: str) -> str:
    return (f"<html><body><div class='content'><div class='{column_class}'><h1>copyranter</h1>"
            f"<div class='{box_class}'><h2>About Me</h2><p>{BIO}</p><p><a href='/p'>View my complete profile</a></p></div>"
            "<ul><li><a href='/1'>Earlier post</a></li><li><a href='/2'>Older post</a></li></ul></div>"
            f"<div class='main'><div class='post'><h3>Top posts of the week</h3><div class='post-body'><p>{POST}</p></div>"
            "<p class='post-footer'>posted by copyranter @ 6:01 PM</p></div></div></div></body></html>")


def test_a_profile_box_in_the_sidebar_does_not_win_over_a_short_post():
    text = extract(_page("profile-container", "sidebar"), extractor="full").text
    assert "prank signs" in text
    assert "capri pants" not in text


def test_a_profile_named_box_outside_a_side_column_may_be_the_story():
    """A company's profile page: its profile is the page's text (no sidebar around it)."""
    page = (f"<html><body><div class='company'><div class='profile content'><div class='profile bio'><p>{BIO}</p>"
            "</div></div></div></body></html>")
    assert "capri pants" in extract(page, extractor="full").text
