"""A story set in a layout table's rows: the story goes on in the next row of the table, whose
cell is kept as a sibling of the container's cell would be; a boilerplate-named cell is not."""

from extractor import extract


def _para(n: int, topic: str) -> str:
    return (f"<p>Paragraph {n} on {topic}: the walkers left before dawn, crossed the ridge, "
            f"rested by the lake, and came down in the evening, tired, wet, and happy.</p>")


def _page(extra_row: str) -> str:
    first = "".join(_para(n, "the ridge") for n in range(8))
    second = "".join(_para(n, "the lake") for n in range(2))
    return ("<html><body><table><tr><td><a href='/'>Home</a> <a href='/walks'>Walks</a></td></tr>"
            "<tr><td><table>"
            f"<tr><td>{first}</td></tr>"
            f"<tr><td><hr>{second}</td></tr>"
            f"{extra_row}"
            "</table></td></tr></table></body></html>")


def test_the_story_goes_on_in_the_next_row_of_its_layout_table():
    text = extract(_page(""), extractor="fast").text
    assert "Paragraph 7 on the ridge" in text
    assert "Paragraph 0 on the lake" in text and "Paragraph 1 on the lake" in text


def test_a_row_named_as_boilerplate_stays_out():
    related = ("<tr><td class='related-stories'>"
               + "".join(_para(n, "another walk") for n in range(2)) + "</td></tr>")
    text = extract(_page(related), extractor="fast").text
    assert "Paragraph 0 on the lake" in text
    assert "on another walk" not in text
