"""Paragraphs beside the story's box: an old page sets the writer's own <p>s next to the table or
quote that holds the rest of the story. They join it when they are prose on its topic, with
nothing but a sub-heading or a caption between; a site's notice beside it stays out."""

from extractor import extract


def _quoted(n: int) -> str:
    return (f"<p>Quoted paragraph {n}: the state budget office said on Monday that the income tax "
            f"cut, promised to voters in 1998, would cost the state treasury more than expected.</p>")


_COMMENT = ("<p>Look again at the budget office's numbers: the income tax cut was promised to voters, "
            "and the state treasury has the money to keep that promise this year.</p>"
            "<p>Every year the budget office finds a reason, and every year the promised tax cut waits.</p>")
_NOTICE = ("<p>Readers may redistribute this material to other individuals for noncommercial use, "
           "provided that the text, all html codes, and this notice remain intact.</p>")


def _page(after: str) -> str:
    quoted = "".join(_quoted(n) for n in range(6))
    return ("<html><body><div><a href='/'>Home</a> | <a href='/updates'>Updates</a></div>"
            f"<table><tr><td>{_COMMENT}<p>The Boston Globe, Friday</p>"
            f"<blockquote><blockquote>{quoted}</blockquote></blockquote></td></tr></table>{after}"
            "</body></html>")


def test_the_writers_comment_beside_a_quoted_story_joins_it():
    text = extract(_page(""), extractor="full").text
    assert "Quoted paragraph 5" in text
    assert "Look again at the budget office's numbers" in text
    assert "every year the promised tax cut waits" in text


def test_a_notice_beside_the_story_stays_out():
    text = extract(_page(_NOTICE), extractor="full").text
    assert "Quoted paragraph 5" in text
    assert "Readers may redistribute" not in text


def test_the_storys_close_after_its_layout_table_joins_it():
    body = "".join(_quoted(n) for n in range(6))
    close = ("<p>In the end, the budget office said, the income tax cut will reach voters in the spring, "
             "and the state treasury will manage.</p>")
    page = (f"<html><body><table><tr><td><a href='/'>Home</a></td><td>{body}</td></tr></table>"
            f"<table><tr><td><small>A voter at the state house</small></td></tr></table>"
            f"<h4>The spring</h4>{close}<center><a href='/'>Return to contents</a></center></body></html>")
    text = extract(page, extractor="full").text
    assert "Quoted paragraph 5" in text
    assert "will reach voters in the spring" in text and "The spring" in text
