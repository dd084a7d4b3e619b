"""`favor`: precision drops borderline blocks that balanced keeps, recall keeps borderline prose
that balanced drops, and neither touches blocks dropped for what they are."""

from extractor import extract

STORY = [
    "The city council voted on Tuesday to keep the central library open on Sundays through the winter months.",
    "Librarians had warned that closing on weekends would cut off students who have no quiet place to study at home.",
    "The council will review the budget again in March, when the first figures on visitor numbers are due.",
]
LABEL = "Photo desk"
ASIDE = ("A separate report, published in the council's newsletter, said the same library had lent more "
         "books last year than in any year since it opened in 1962.")


def _page() -> str:
    story = "".join(f"<p>{t}</p>" for t in STORY[:2]) + f"<p>{LABEL}</p>" + f"<p>{STORY[2]}</p>"
    return (f"<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
            f"<article class='story-body'><h1>Library stays open</h1>{story}</article>"
            f"<div class='share-bar'><a href='#'>Share on Facebook</a></div></body></html>")


def _text_copy() -> str:
    """A text copy: the story, a share line, a "Most Read" list, then a paragraph of prose the
    story's run does not reach."""
    most_read = ["Most Read", "Storm closes mountain pass", "Five ways to save on heating", "Team wins cup final"]
    return "\n\n".join([*STORY, "Share on Facebook", *most_read, ASIDE]) + "\n"


def test_balanced_keeps_the_story_and_a_short_line_inside_it_and_nothing_past_the_menu():
    r = extract(_page(), extractor="full")
    assert all(t in r.text for t in STORY) and LABEL in r.text and "Share on Facebook" not in r.text
    r = extract(_text_copy(), extractor="full")
    assert all(t in r.text for t in STORY) and ASIDE not in r.text


def test_precision_drops_a_short_line_without_a_sentence():
    r = extract(_page(), extractor="full", favor="precision")
    assert all(t in r.text for t in STORY) and LABEL not in r.text
    assert any(d.rule.startswith("favor:precision") for d in r.trace)


def test_recall_keeps_prose_outside_the_story_but_not_a_share_bar():
    r = extract(_text_copy(), extractor="full", favor="recall")
    assert all(t in r.text for t in STORY) and ASIDE in r.text
    assert "Share on Facebook" not in r.text and "Most Read" not in r.text
