"""A story in parts that only the page holds together (old markup: body-level tables, the story
running on from one into the next): every part is kept, a sidebar list beside them is not."""

from extractor import extract


def _para(n: int, topic: str) -> str:
    return (f"<p>Paragraph {n} on {topic}: the council met again on Tuesday, heard the residents, "
            f"weighed the costs, the delays and the risks, and voted to go on with the plan.</p>")


def _table(body: str) -> str:
    return f"<table><tr><td>{body}</td></tr></table>"


def _page(first: int, second: int, sidebar: str = "") -> str:
    part_one = "".join(_para(n, "the bridge") for n in range(first))
    part_two = "".join(_para(n, "the tunnel") for n in range(second))
    return ("<html><body>" + _table("<a href='/'>Home</a> | <a href='/news'>News</a>")
            + _table(part_one) + "<hr>" + _table(part_two) + sidebar + "</body></html>")


def test_both_parts_of_a_story_split_over_body_level_tables_are_kept():
    text = extract(_page(5, 5), extractor="full").text
    assert "Paragraph 0 on the bridge" in text and "Paragraph 4 on the bridge" in text
    assert "Paragraph 0 on the tunnel" in text and "Paragraph 4 on the tunnel" in text
    assert "Home" not in text


def test_posts_in_the_items_of_a_list_apart_from_the_story_do_not_join_it():
    post = ("<li><div class='wrap'><div class='inner'><div class='post'>"
            "<p>A reader wrote in to say the plan is costly, slow, and risky, and that the "
            "council should think again before it spends more money on it, or on anything else.</p>"
            "<p>Another added that the tunnel was a better idea, cheaper, quicker, and safer, and "
            "that the bridge would spoil the view of the river, the old town, and the hills.</p>"
            "<p>A third agreed with both of them, at length, and asked for a public meeting, a vote, "
            "and a new study of the costs, the traffic, and the noise.</p></div></div></div></li>")
    text = extract(_page(6, 0, "<div><ul>" + post + "</ul></div>"), extractor="full").text
    assert "Paragraph 5 on the bridge" in text
    assert "A reader wrote in" not in text
