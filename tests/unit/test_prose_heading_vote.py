"""A heading set as prose (a lede written as a whole sentence in an <h2>) votes for its container
like the paragraph it is; a long heading stuffed with keywords still votes as one paragraph."""

from extractor import extract


def _body(n: int) -> str:
    return "".join(
        f"<p>The task force found, in its report number {k}, that culling wild birds did not stop the "
        f"outbreak, that draining their wetlands made things worse, and that farms must be protected.</p>"
        for k in range(n))


def test_a_lede_set_in_its_own_page_builder_row_joins_the_story():
    page = (
        "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        "<div class='post-content'><h1>Bird flu: the UN's advice</h1>"
        "<div class='vc-row'><div class='text-column'><div class='wpb-wrapper'>"
        "<h2>The UN convention on migratory species has set up a scientific task force on bird flu "
        "and wild birds, which published its recommendations on 25 January.</h2>"
        "</div></div></div>"
        "<div class='vc-row'><div class='text-column'><div class='wpb-wrapper'>"
        f"{_body(4)}</div></div></div></div>"
        "<footer><p>Copyright 2024, All rights reserved.</p></footer></body></html>"
    )
    text = extract(page, extractor="full").text
    assert "set up a scientific task force on bird flu" in text
    assert "report number 3" in text


def test_a_heading_of_keywords_does_not_outvote_the_story():
    keywords = ", ".join(f"cheap item {k}" for k in range(80))
    page = (
        "<html><body><div class='promo'><h6>We sell everything: " + keywords + ".</h6></div>"
        f"<div class='story'>{_body(3)}</div></body></html>"
    )
    text = extract(page, extractor="full").text
    assert "report number 2" in text
    assert "cheap item 40" not in text
