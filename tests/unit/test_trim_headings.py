"""A heading with no text after it heads nothing and is dropped; a heading of prose weight is text
set as a heading (an old shop page whose every item is an <h3>), and stays."""

from extractor import extract

_ITEMS = "".join(
    f"<h3>ITEM {n}. A cotton tank top, new from Sweden, long and softly colored, sizes S to XL, "
    f"$2{n}.00 each, shipped from Dallas ________</h3>" for n in range(1, 6))
_INTRO = ("<p>We try to be the best in products and service for you, and every item below ships "
          "within two days of your order, with returns accepted for a month.</p>")


def test_headings_of_prose_weight_stay_though_no_text_follows_them():
    page = f"<html><body><div class='shop'>{_INTRO}{_INTRO}<h2>Our clothing</h2>{_ITEMS}</div></body></html>"
    text = extract(page, extractor="full").text
    assert all(f"ITEM {n}. A cotton tank top" in text for n in range(1, 6))


def test_a_short_heading_with_nothing_after_it_is_dropped():
    page = f"<html><body><div class='story'>{_INTRO}{_INTRO}<h3>Share this</h3></div></body></html>"
    text = extract(page, extractor="full").text
    assert "We try to be the best" in text and "Share this" not in text


def test_a_sections_header_heads_the_same_level_headings_of_its_list():
    """A section's <header> holds its title ("Features and tools"), and each item of the list under
    it opens with a heading of the same level set deeper: the title heads the items and stays; a
    heading followed by a same-level heading beside it still heads nothing."""
    items = "".join(
        f"<li class='feature'><h2>Tool {k}</h2><p>Examine the HTML and CSS of any page and modify the "
        f"structure and the layout of the page as you go, tool number {k}.</p></li>" for k in range(4))
    page = (f"<html><head><title>Developer tools</title></head><body><main>{_INTRO}<section><header><h2>Features and tools</h2></header>"
            f"<ul class='features'>{items}</ul></section><h2>Nothing here</h2><h2>Tool notes</h2>"
            f"<p>Every tool ships with the browser, with notes on each of them kept up to date.</p></main></body></html>")
    text = extract(page, extractor="full").text
    assert "Features and tools" in text and "Tool 3" in text
    assert "Nothing here" not in text
