"""A story's illustrations keep their captions; a gallery's captions and credits do not."""

from extractor import extract

_P = ("<p>Paragraph {n} of the story tells what happened at length, with names, places and figures, so "
      "that the reader learns why it happened, and what comes next for the city and its people.</p>")


def _picture(n: int, caption_class: str = "wp-caption-text") -> str:
    return (f"<div class='wp-caption alignleft'><img src='p{n}.jpg'><p class='{caption_class}'>The harbour "
            f"master, picture {n}, walks along the old quay where the new ferry terminal will be built.</p></div>")


def _page(pictures: list[str]) -> str:
    body = "".join(_P.format(n=n) + (pictures[n] if n < len(pictures) else "") for n in range(6))
    return (f"<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><h1>Ferry terminal</h1>"
            f"<div class='entry-content'>{body}</div>"
            "<footer><p>Copyright 2024, All rights reserved, Example Media Group.</p></footer></body></html>")


def test_the_caption_of_a_picture_set_into_the_story_is_read():
    text = extract(_page([_picture(0)]), extractor="full").text
    assert "The harbour master, picture 0, walks along the old quay" in text
    assert text.index("Paragraph 0") < text.index("picture 0") < text.index("Paragraph 1")


def test_captions_set_apart_among_the_paragraphs_are_read_and_a_gallery_s_are_not():
    spaced = extract(_page([_picture(n) for n in range(4)]), extractor="full").text
    assert all(f"picture {n}," in spaced for n in range(4))
    gallery = extract(_page(["".join(_picture(n) for n in range(3))]), extractor="full").text
    assert "harbour master" not in gallery
    assert "Paragraph 5" in gallery


def test_a_credit_and_a_short_caption_stay_out():
    credit = _picture(0, "wp-caption-text photo-credit")
    short = "<div class='caption'><img src='q.jpg'><p>The harbour master.</p></div>"
    text = extract(_page([credit, short]), extractor="full").text
    assert "harbour master" not in text


def test_a_caption_set_in_a_table_cell_under_its_picture_is_read():
    # Blogger sets a picture and its caption in a table: <td class="tr-caption"> under the image
    picture = ("<table class='tr-caption-container'><tr><td><img src='p.jpg'></td></tr><tr><td class='tr-caption'>"
               "The harbour master walks along the old quay where the new ferry terminal will be built.</td></tr></table>")
    text = extract(_page([picture]), extractor="full").text
    assert "The harbour master walks along the old quay" in text
    assert text.index("Paragraph 0") < text.index("harbour master") < text.index("Paragraph 1")


def test_the_caption_of_the_lead_picture_above_the_first_paragraph_is_read():
    # the picture that opens the story, its caption before the first paragraph (WordPress's
    # featured image): the caption opens the story's text, though no paragraph comes before it
    lead = ("<div class='feat-image-with-caption alignright'><img src='lead.jpg'><p class='wp-caption-text'>"
            "The harbour master walks along the old quay where the new ferry terminal will be built, May 21, "
            "2013.</p></div>")
    page = _page([])
    page = page.replace("<div class='entry-content'>", "<div class='entry-content'>" + lead)
    text = extract(page, extractor="full").text
    assert text.startswith("The harbour master walks along the old quay")
    assert text.index("harbour master") < text.index("Paragraph 0")


def test_a_caption_ending_with_its_picture_s_credit_in_brackets_is_read_and_a_bare_credit_is_not():
    credited = ("<div class='wp-caption alignleft'><img src='p.jpg'><p class='wp-caption-text'>The harbour "
                "master walks along the old quay where the new ferry terminal will be built, May 22, 2013. "
                "(Photo by Jonathan Ernst/Reuters)</p></div>")
    bare = ("<div class='wp-caption alignleft'><img src='q.jpg'><p class='wp-caption-text'>"
            "(Photo by Jonathan Ernst/Reuters)</p></div>")
    text = extract(_page([credited, "", bare]), extractor="full").text
    assert "The harbour master walks along the old quay" in text
    assert text.index("Paragraph 0") < text.index("harbour master") < text.index("Paragraph 1")
    assert text.count("Jonathan Ernst") == 1


def test_the_caption_of_a_picture_set_into_a_quoted_passage_is_read():
    # a letter the story quotes at length, a picture set among its paragraphs
    quoted = "".join(_P.format(n=f"q{n}").replace("<p>", "<p>Quoted ") for n in range(3))
    picture = _picture(7)
    page = _page([]).replace("</div><footer>", f"<blockquote>{quoted[:len(quoted) // 3]}{picture}"
                             f"{quoted[len(quoted) // 3:]}</blockquote></div><footer>")
    text = extract(page, extractor="full").text
    assert "The harbour master, picture 7, walks along the old quay" in text
    assert text.index("Quoted Paragraph q0") < text.index("picture 7") < text.index("Quoted Paragraph q1")


def test_a_point_of_the_story_s_list_between_two_captions_sets_them_apart():
    """A story told in a list of points (a weekly status report) sets a picture under a point: a
    point of the list between two captions is the story's text, as a paragraph is, so the two are
    no gallery; two pictures with nothing between them still are."""
    def point(n: int, inner: str = "") -> str:
        return f"<li>Team {n} – the work on the ferry terminal is done<ul><li>{inner}</li></ul></li>" if inner \
            else f"<li>Team {n} – the work on the ferry terminal is done</li>"
    listed = "<ul>" + point(0, _picture(0)) + point(1, _picture(1)) + "</ul>"
    text = extract(_page([listed]), extractor="full").text
    assert "picture 0," in text and "picture 1," in text
    together = "<ul>" + point(0, _picture(0) + _picture(1)) + "</ul>"
    assert "harbour master" not in extract(_page([together]), extractor="full").text
