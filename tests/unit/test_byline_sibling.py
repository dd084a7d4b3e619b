"""A paragraph set as the story's byline or date line beside the story's box ("bloc_signature":
"Le Monde | 04.05.2015 à 13h36 | Par Martin Untersinger") does not join the story on its own
weight, as a lede set apart does; an author's bio box beside it ("authorbio") still may."""

from extractor import extract

BODY = "".join(
    f"<p>Paragraph {k} of the story: the deputies voted on the intelligence bill on Tuesday, "
    f"and the Senate will examine it next, before the constitutional council rules on it.</p>"
    for k in range(5))


def _page(beside: str) -> str:
    return (f"<html><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article>"
            f"<h1>The bill passed</h1>{beside}<div class='article-body'>{BODY}</div></article>"
            f"<footer><p>Copyright 2015 Le Monde.</p></footer></body></html>")


def test_a_byline_beside_the_story_stays_out():
    line = ("Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par Martin Untersinger "
            "(avec Damien Leloup et Morgane Tual)")
    text = extract(_page(f"<p class='bloc_signature'>{line}</p>"), extractor="full").text
    assert "Paragraph 4 of the story" in text
    assert "Martin Untersinger" not in text


def test_a_paragraph_beside_the_story_without_such_a_name_joins_it():
    lede = "The deputies adopted the bill by a large majority, and the Senate will now examine it in turn."
    text = extract(_page(f"<p class='intro'>{lede}</p>"), extractor="full").text
    assert lede in text and "Paragraph 4 of the story" in text
