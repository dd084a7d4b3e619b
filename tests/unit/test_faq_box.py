"""A site's FAQ box (questions on booking, shipping, the product) is never the story's container,
even when its answers outweigh the story."""

from extractor import extract


def test_a_heavier_faq_box_does_not_take_the_story():
    story = "".join(
        f"<p>The old farmhouse, part {k} of our story, was turned into a modern holiday home with room "
        f"for nine guests, four bedrooms, two bathrooms, a garden, a terrace and a view of the hills.</p>"
        for k in range(3))
    answers = "".join(
        f"<div class='faq-item'><h3>Question {k}: how do I book?</h3><div class='faq-answer'><p>Answer {k}: on our portal, "
        f"bookings are made online or by phone, payment is due, depending on the date, by card, "
        f"by transfer, or in cash, and the landlord confirms every booking, usually within a day.</p></div></div>"
        for k in range(8))
    page = (
        "<html><body><nav><a href='/'>Home</a> <a href='/houses'>Houses</a></nav>"
        "<div class='page'><div class='main'>"
        f"<div class='region-features'><div class='component'><div class='description'><div class='text'>{story}"
        "</div></div></div></div>"
        f"<div class='region-help'><div class='component'><section id='faq' class='faq'><div class='faq-container'>"
        f"<div class='faq-list'>{answers}</div></div></section></div></div></div></div>"
        "<footer><p>Copyright 2024, All rights reserved.</p></footer></body></html>"
    )
    text = extract(page, extractor="full").text
    assert "part 2 of our story" in text
    assert "Answer 3: on our portal" not in text
