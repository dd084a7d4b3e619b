"""A story in several sections, one of them a long list of tips: the list is one part of it."""

from extractor import extract


def _para(topic: str) -> str:
    return (f"<p>The {topic} were tested for safety, handling, comfort and harmful substances, and "
            f"the results, published today, show that most of them are fine, while a few are not.</p>")


def test_a_long_list_of_tips_does_not_crowd_out_the_other_sections():
    tip = ("<li>Take the car and the child with you to the shop, try the seat, check the belt, "
           "the base, the buckle, the fit, and ask the staff to show you how it is installed.</li>")
    page = (
        "<html><body><nav><a href='/'>Home</a> <a href='/tests'>Tests</a></nav>"
        "<div class='main-content'><h1>Child seats in the test</h1>"
        f"<div class='section-text'>{_para('eighteen seats')}{_para('baby seats')}</div>"
        f"<div class='section-media'><div class='flex'><div class='text'>{_para('inflatable seats')}"
        f"{_para('booster seats')}</div></div></div>"
        f"<div class='hint'><div class='text'><div class='tips'><ul>{tip * 7}</ul></div></div></div>"
        "</div><footer><p>Copyright 2024, All rights reserved.</p></footer></body></html>"
    )
    text = extract(page, extractor="full").text
    assert "The eighteen seats were tested" in text
    assert "The inflatable seats were tested" in text
    assert "Take the car and the child" in text
