"""List items with words of their own beside their link are the story's points; a list of linked
titles with one blurb among them is still a link list."""

from extractor import extract

STORY = ("<p>This week the team landed a long list of fixes, and several people from the community "
         "helped with patches, reviews and testing, which we are grateful for.</p>"
         "<p>Here is what changed in the browser since the last issue of this newsletter, in short.</p>")
POINTS = [
    ("Bug 1677080 – Fullscreen picture window is affected by switching tabs", ", fixed by mhowell"),
    ("Users can now import logins from a password manager file", ", thanks to evilpie"),
    ("An AsyncShutdown hang caused by the history page is gone", ", fixed by mconley"),
]
TITLES = ["Sewing School", "Crafting Fun", "Draw Write Now", "Paper Birds"]


def _page(items: str) -> str:
    return (f"<html><body><div class='post'><h1>These weeks in the browser</h1>{STORY}<ul>{items}</ul>"
            f"<p>That is all for this time; thanks again to everyone who sent a patch our way.</p></div>"
            f"</body></html>")


def test_a_list_of_linked_points_with_their_own_words_is_kept():
    items = "".join(f"<li><a href='/b/{k}'>{link}</a>{rest}</li>" for k, (link, rest) in enumerate(POINTS))
    text = extract(_page(items), extractor="fast").text
    for link, rest in POINTS:
        assert link + rest in text


def test_one_blurb_in_a_list_of_linked_titles_stays_a_link_list():
    items = "".join(f"<li><a href='/t/{k}'>{t}: Things to Make and Do with Kids</a></li>" for k, t in enumerate(TITLES))
    items += "<li><a href='/t/9'>Marie Hablitzel: Draw Write Now, Book 1, On the Farm</a> love it!</li>"
    text = extract(_page(items), extractor="fast").text
    assert "Marie Hablitzel" not in text and "Sewing School" not in text
