"""A column of labelled lines going on from the story's last paragraph is the story's directory."""

from extractor import extract

_P = ("<p>Paragraph {n} of the page explains how to reach the newsroom, with the desks, their hours and "
      "the people who answer, so that readers know where to send tips, releases and letters.</p>")
_DESKS = ("Local", "National", "Business", "Sports", "Foreign", "Travel")


def _page(lines: str) -> str:
    body = "".join(_P.format(n=n) for n in range(4))
    return (f"<html><body><nav><a href='/'>Home</a></nav><h1>How to contact us</h1>"
            f"<div class='entry-content'>{body}{lines}</div>"
            "<footer><p>Copyright 2024, All rights reserved, Example Media Group.</p></footer></body></html>")


def test_a_column_of_labelled_contacts_after_the_story_is_read():
    lines = "".join(f"<p>{d}: <a href='mailto:{d.lower()}@example.com'>{d.lower()}@example.com</a> "
                    f"or 202.334.7{n}00</p>" for n, d in enumerate(_DESKS))
    text = extract(_page(lines), extractor="full").text
    assert "Local: local@example.com or 202.334.7000" in text
    assert "Travel: travel@example.com or 202.334.7500" in text
    assert "Copyright" not in text


def test_a_column_of_linked_headlines_with_colons_stays_out():
    linked = "".join(f"<p><a href='/{d}'>{d} warning: the council braces for cuts</a></p>" for d in _DESKS)
    text = extract(_page(linked), extractor="full").text
    assert "Local warning" not in text
    assert "Paragraph 3" in text
