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
