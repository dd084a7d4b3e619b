"""The story's run in flat documents (text, Markdown): extractor/runs.py."""

from extractor import extract

STORY = [
    "The council voted on Tuesday to rebuild the old bridge over the river, after two years of "
    "closures, repairs and a long public debate about the cost of the work to the town.",
    "Engineers say the new bridge will carry twice the traffic of the old one, and that the work "
    "should be finished before the winter of next year if the weather holds through the spring.",
    "The mayor said the town had waited long enough for a bridge that its people could trust, "
    "and thanked the engineers and the residents who had sat through every meeting of the debate.",
]
SIGNUP = [
    "Stay up to date with Acme. Subscribe to our newsletter.",
    "Stay up to date with Acme.",
    "Subscribe No thanks",
    "Please, fill the form to subscribe to our newsletter",
    "You have succesfully subscribed. Thank you!",
]
AFTER = ("An email with an activation link has just been sent to your email address. Please activate "
         "your subscription by clicking on the link in that message; the link stays valid for two days, "
         "after which you will need to fill in the form and ask for a new one to be sent.")
SERVICE = ("Acme offers to all interested persons a news service that brings the company's media releases "
           "directly to their inbox, together with its reports, its results and invitations to its events.")


def test_a_box_of_boilerplate_lines_ends_the_story_in_a_text_copy():
    """One boilerplate line between two paragraphs does not cut the story; a newsletter box of
    several such lines in a row does: the paragraph after it is the box's, not the story's."""
    text = "\n\n".join([*STORY, *SIGNUP, AFTER, "Acme News Service", SERVICE, "Quick Links", "Contact us"])
    result = extract(text, format="text", extractor="fast")
    assert all(p in result.text for p in STORY)
    assert "activation link" not in result.text and "news service" not in result.text


def test_a_single_boilerplate_line_does_not_cut_the_story():
    text = "\n\n".join([*STORY[:2], SIGNUP[0], STORY[2]])
    result = extract(text, format="text", extractor="fast")
    assert all(p in result.text for p in STORY)


def test_a_table_of_figures_in_a_markdown_story_stays_with_it():
    """Markdown has no container: each cell of a table is a short block that would score as
    boilerplate, and a long table cut the story's run; a table with a header row is data, its
    doubtful cells take the side of the story around it."""
    rows = "\n".join(f"| DL | Player {k} | {60 - k} plays | {90 - k}% | {k} tackles, 1 sack |" for k in range(12))
    text = "\n\n".join([
        "* [Home](/)", "* [Teams](/teams)", "* [Scores](/scores)",
        "Below, we look at the snap counts and the stats on defense for the week's game.",
        "## Defensive Line",
        "| Pos | Player | Plays | % | Stats |\n|---|---|---|---|---|\n" + rows,
        *STORY,
    ])
    result = extract(text, format="markdown", extractor="fast")
    assert all(p in result.text for p in STORY)
    assert "Player 0" in result.text and "Player 11" in result.text
