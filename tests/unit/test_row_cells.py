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
    text = extract(_page(""), extractor="full").text
    assert "Paragraph 7 on the ridge" in text
    assert "Paragraph 0 on the lake" in text and "Paragraph 1 on the lake" in text


def test_a_row_named_as_boilerplate_stays_out():
    related = ("<tr><td class='related-stories'>"
               + "".join(_para(n, "another walk") for n in range(2)) + "</td></tr>")
    text = extract(_page(related), extractor="full").text
    assert "Paragraph 0 on the lake" in text
    assert "on another walk" not in text


def _outline() -> str:
    return ("<td><table><tr><td><a href='#a'>Abstract</a></td></tr><tr><td><a href='#m'>Methods</a></td></tr>"
            "<tr><td><a href='#r'>Results</a></td></tr></table></td>")


def test_a_short_section_in_the_storys_column_of_a_layout_table_joins_it():
    """A paper set one section a row, each section's cell beside its own copy of the outline: the
    short sections in the story's column join the long one that won, whatever their score."""
    methods = "".join(_para(n, "the methods") for n in range(12))
    abstract = _para(0, "the abstract")
    results = _para(0, "the results")
    page = ("<html><body><table>"
            f"<tr>{_outline()}<td>&nbsp;</td><td>{abstract}</td></tr>"
            f"<tr>{_outline()}<td>&nbsp;</td><td>{methods}</td></tr>"
            f"<tr>{_outline()}<td>&nbsp;</td><td>{results}</td></tr>"
            "</table></body></html>")
    text = extract(page, extractor="full").text
    assert "Paragraph 11 on the methods" in text
    assert "Paragraph 0 on the abstract" in text and "Paragraph 0 on the results" in text
    assert "Methods" not in text.split("Paragraph 0 on the abstract")[0]


def test_a_short_cell_below_in_a_table_of_one_column_stays_out():
    """Rows of one cell make no columns: a short cell below the story (a comment policy) is no
    section of it."""
    notice = "<p>The comments above are from readers, and we will not post those that are abusive.</p>"
    text = extract(_page(f"<tr><td>{notice}</td></tr>"), extractor="full").text
    assert "Paragraph 0 on the lake" in text
    assert "comments above are from readers" not in text
