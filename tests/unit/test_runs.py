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
    result = extract(text, format="text", extractor="full")
    assert all(p in result.text for p in STORY)
    assert "activation link" not in result.text and "news service" not in result.text


def test_a_single_boilerplate_line_does_not_cut_the_story():
    text = "\n\n".join([*STORY[:2], SIGNUP[0], STORY[2]])
    result = extract(text, format="text", extractor="full")
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
    result = extract(text, format="markdown", extractor="full")
    assert all(p in result.text for p in STORY)
    assert "Player 0" in result.text and "Player 11" in result.text


PLAGUE = [
    "A hunter who killed and ate a wild rabbit in Inner Mongolia has been taken ill with bubonic plague, "
    "the third case of the plague reported in the region this month.",
    "Health officials said that the hunter's close contacts were quarantined while doctors treat the "
    "plague with antibiotics, and that the risk of the plague spreading stays low.",
    "The plague is carried by fleas on rabbits and marmots in Mongolia, and the hunter told doctors he "
    "ate the rabbit meat on a trip to Inner Mongolia early this month.",
]
MOST_READ = ["Most read in world news", "ROYAL PARTY", "Prince parties in unearthed pictures", "TIME TRAVELLER",
             "Fans say they spotted a star in an old photograph", "EYE POPPING", "Strongman has his arm operated on"]
PLAGUE_AFTER = [
    "Authorities in western Mongolia instituted a quarantine after an outbreak of bubonic plague, and "
    "tourists were stranded while doctors tested everyone who had eaten marmot or rabbit meat.",
    "Plague is caused by a bacteria found in small mammals such as rabbits and marmots and in their "
    "fleas; people catch the plague from flea bites or from eating the meat of an infected animal.",
    "Bubonic plague is the most common form of the plague, with fever and swollen lymph nodes, and "
    "untreated plague can spread to the lungs; antibiotics cure most patients treated in time.",
    "Doctors in Mongolia say the plague returns every summer, when people hunt marmots and rabbits, "
    "and that the region's hospitals keep antibiotics ready for every hunter who falls ill.",
]


def test_the_part_of_a_story_before_a_box_set_into_it_stays():
    """A "Most read" box between two parts of a text copy: the longer part wins the run; the part
    before the box is prose on the same topic and joins it, and the box stays out."""
    text = "\n\n".join(["Home", "World", *PLAGUE, *MOST_READ, *PLAGUE_AFTER, "Terms of use", "Contact us"])
    result = extract(text, format="text", extractor="full")
    assert all(p in result.text for p in PLAGUE + PLAGUE_AFTER)
    assert not any(line in result.text for line in MOST_READ)


def test_a_story_before_a_box_on_another_topic_stays_out():
    other = [p.replace("plague", "election").replace("rabbit", "ballot").replace("Mongolia", "Ohio")
             .replace("hunter", "voter").replace("bubonic", "local") for p in PLAGUE]
    text = "\n\n".join(["Home", "World", *other, *MOST_READ, *PLAGUE_AFTER, "Terms of use", "Contact us"])
    result = extract(text, format="text", extractor="full")
    assert all(p in result.text for p in PLAGUE_AFTER)
    assert not any(p in result.text for p in other)


BIO = ("Jane Smith is a father of two, a former teacher and the founder of a reading club for parents, "
       "and she writes a weekly column on schools, books and the habits of young readers for our site.")


def test_a_box_about_the_author_after_a_text_story_stays_out():
    """"About Jane Smith" (the word and a name in title case) heads the author's box: the bio under
    it is not the story, though it is prose; "About the bridge" is a sub-heading, not such a box."""
    text = "\n\n".join(["Home", "News", *STORY, "About Jane Smith", BIO, "Terms of use", "Contact us"])
    result = extract(text, format="text", extractor="full")
    assert all(p in result.text for p in STORY)
    assert "reading club" not in result.text
    assert "section-head:about" in result.explain()


def test_about_with_a_lower_case_word_is_no_box():
    from extractor.patterns.about import about_head

    assert about_head("About Carlos Nadalim") and about_head("Über Moritz Bachmann") and about_head("About CNBC")
    assert not about_head("About the study") and not about_head("About 20 people came")
    assert about_head("About this statement:") and about_head("About this article")  # the piece's notes box
    assert not about_head("About this")


def test_an_authors_bio_on_the_storys_topic_stays_in_its_box():
    """In a flat copy the author's bio under "About Jane Smith" stays out even when it speaks of
    the story's topic (bridges, engineers): no story prose follows such a box."""
    bio = ("Jane Smith has written about the old bridge over the river, the council and the town's engineers "
           "for ten years, and she followed every meeting of the long public debate about the cost of the "
           "work to the town, the closures and the repairs, and what the new bridge will carry next year. "
           "Before that she covered the council's budget, the river's floods and the engineers' reports on "
           "the old bridge, and she still writes a weekly column on the town, its roads and its bridges.")
    text = "\n\n".join(["Home", "News", *STORY, "About Jane Smith", bio, "Terms of use", "Contact us"])
    result = extract(text, format="text", extractor="full")
    assert all(p in result.text for p in STORY)
    assert "ten years" not in result.text


def test_the_captions_of_a_gallery_in_a_text_copy_stay_out():
    """Each slide of a gallery read into a text copy: its counter ("Image 2 of 3"), its caption
    (a sentence, which reads as story), its credit. The counters name the captions."""
    slides = []
    for n, caption in enumerate(["An artist's concept of the new bridge seen from the river at night.",
                                 "The council chamber during the long debate over the cost of the work.",
                                 "Engineers at work on the old bridge during last year's repairs."], 1):
        slides += [f"Image {n} of 3", caption, "(Image credit: Town Council)"]
    text = "\n\n".join(["Home", "News", STORY[0], *slides, *STORY[1:], "Terms of use", "Contact us"])
    result = extract(text, format="text", extractor="full")
    assert all(p in result.text for p in STORY)
    assert "artist's concept" not in result.text and "council chamber" not in result.text
    assert "Image 1 of 3" not in result.text


def test_a_paragraph_repeated_right_after_itself_comes_out_once():
    """A flat copy that stutters (the same paragraph twice in a row, the second with a stray
    emphasis mark from the Markdown) keeps one copy; a repeat further on is the story's own."""
    text = "\n\n".join(["Home", "News", *STORY, STORY[2] + "_", "Terms of use", "Contact us"])
    result = extract(text, format="markdown", extractor="full")
    assert result.text.count("The mayor said the town had waited long enough") == 1
    assert all(p in result.text for p in STORY)


def test_a_photo_caption_repeated_with_its_credit_stays_out():
    """A text copy repeats a photo's caption (thumbnail and full size) by its credit line: both
    copies are the caption's, though each reads as a sentence."""
    caption = ("Engineers inspect the old bridge over the river on Tuesday, after the council voted to "
               "rebuild it, in the town centre.")
    text = "\n\n".join(["Home", "News", STORY[0], caption, caption, "Photo: Jane Doe, AP", *STORY[1:],
                        caption, "Photo: Jane Doe, AP", "Terms of use", "Contact us"])
    result = extract(text, format="text", extractor="full")
    assert all(p in result.text for p in STORY)
    assert "Engineers inspect" not in result.text


def test_a_label_naming_the_paragraph_after_it_stays_in_the_story():
    """A round-up of results: each game's line ("Heritage d. Titusville 53-9") shares no words with
    the rest of the page, and each game's paragraph of names none with the others; but a line names
    the paragraph after it, and is that paragraph's label."""
    names = [
        "Tolivert Davis Burgher Bozeman Laing Okafor Prewitt Ashby Crenshaw Dorsey Embry Foley",
        "Sheffield Howard Filsaime Dunbar Rourke Velez Quist Garland Hollis Irwin Jessup Kimball",
        "Brooks Knight Johnson Abernathy Castellano Mbeki Lomax Merriman Northcutt Oakley Pendleton Radford",
        "Hupfer Patikas Nielsen Anasa Sanger Whitlock Yoon Stroud Talbot Underhill Vickery Wexler",
        "Trout Hanks Carroll Ostrowski Delgado Fairweather Ibarra Yarbrough Zeller Ainsworth Blackwood Coldwell",
        "Munoz Osaro Watts Robbins Martinez Kowalczyk Lindqvist Driscoll Eberhardt Fitzgerald Gallagher Hargrove",
    ]
    teams = [("Palm Bay", "Rockledge"), ("Heritage", "Titusville"), ("Melbourne", "Space Coast"), ("Viera", "Cocoa"),
             ("Merritt Island", "Astronaut"), ("Eau Gallie", "Bayside")]
    lines = []
    for k, ((winner, loser), players) in enumerate(zip(teams, names)):
        first, second, *rest = players.split()
        recap = ", ".join(f"{p} with {n + 2}" for n, p in enumerate(rest)) + "."
        lines += [f"{winner} d. {loser} {50 + k}-{9 + k}", f"{winner} ({k + 1}-0): {first} 9, {second} 7.", recap]
    text = "\n\n".join(["Home", "Sports", "High School Roundup: Viera stays unbeaten", "GIRLS BASKETBALL", *lines,
                        "Terms of Service", "Contact us"])
    result = extract(text, format="text", extractor="full")
    assert all(line in result.text for line in lines[3:])  # the first game heads the run: an edge


def test_a_sub_heading_in_capitals_stays_in_a_plain_text_story():
    """A plain-text copy gives its sub-headings in capitals ("BOYS SOCCER", "VARSITY"): set between
    two paragraphs, they share no words with the story, and still are the story's; they do not
    cut it."""
    names = ["Tolivert Davis Burgher Bozeman Laing Okafor Prewitt Ashby Crenshaw Dorsey Embry Foley",
             "Sheffield Howard Filsaime Dunbar Rourke Velez Quist Garland Hollis Irwin Jessup Kimball",
             "Brooks Knight Johnson Abernathy Castellano Mbeki Lomax Merriman Northcutt Oakley Pendleton Radford",
             "Hupfer Patikas Nielsen Anasa Sanger Whitlock Yoon Stroud Talbot Underhill Vickery Wexler"]
    recaps = [", ".join(f"{p} with {n + 2}" for n, p in enumerate(players.split())) + "." for players in names]
    text = "\n\n".join(["Home", "Sports", "High School Roundup", recaps[0], "BOYS SOCCER", "VARSITY",
                        *recaps[1:], "Terms of Service", "Contact us"])
    result = extract(text, format="text", extractor="full")
    assert all(r in result.text for r in recaps)
    assert "BOYS SOCCER" in result.text and "VARSITY" in result.text


def test_a_gallerys_controls_between_two_parts_of_the_story_do_not_end_it():
    """A gallery set into a text copy's story leaves its controls as lines ("Image 1 of / 4",
    "Caption", "Image 1 of 4", "Video"): four of them in a row are no newsletter box, and the
    story goes on after them."""
    gallery = ["Image 1 of / 4", "Caption", "Image 1 of 4", "Video"]
    text = "\n\n".join(["Home", "News", "Sports", *STORY[:2], *gallery, STORY[2], "Quick Links", "Contact us"])
    result = extract(text, format="text", extractor="full")
    assert all(p in result.text for p in STORY)
    assert "Caption" not in result.text


def test_a_related_line_opening_a_box_of_links_set_into_the_story_does_not_cut_it():
    """"Read more: <title>" is its box's heading and first title at once: the part of the story
    before the box of linked titles it opens joins the longer part after it."""
    box = ["Read more: Prince parties in unearthed pictures", "[Fans say they spotted a star in an old photograph](/a)",
           "[Strongman has his arm operated on](/b)", "[Minister resigns over expenses](/c)",
           "[Storm closes the motorway for a day](/d)"]
    text = "\n\n".join(["* [Home](/)", "* [World](/world)", *PLAGUE, *box, *PLAGUE_AFTER, "Terms of use"])
    result = extract(text, format="markdown", extractor="full")
    assert all(p in result.text for p in PLAGUE + PLAGUE_AFTER)
    assert "Strongman" not in result.text


def _page(tail: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in STORY) + "".join(f"<p>{t}</p>" for t in tail)
    return ("<html><body><div class='menu'><a href='/'>Home</a> <a href='/n'>News</a></div>"
            f"<div class='col'>{body}</div><div class='bottom'><a href='/c'>Contact us</a></div></body></html>")


def test_short_sentences_closing_the_story_stay_with_it():
    """A short line after the story's last paragraph that ends a sentence ("Seats are limited.")
    is the story's closing line, too short to score as prose: it joins the run, and so does the
    next while each ends a sentence."""
    result = extract(_page(["Seats are limited.", "Book by Friday!"]), extractor="full")
    assert result.text.endswith("every meeting of the debate.\n\nSeats are limited.\n\nBook by Friday!")


def test_lines_that_end_no_sentence_still_end_the_story():
    """A label, a credit or a column of names ends no sentence: the run stops there, and a sentence
    after it is no longer the story's closing line."""
    for tail in (["Photos by Ann Lee", "Seats are limited."], ["Seats are limited:"], ["Facebook", "Email"]):
        result = extract(_page(tail), extractor="full")
        assert result.text.endswith("every meeting of the debate."), tail


def test_ends_sentence():
    from extractor.runs import ends_sentence
    assert ends_sentence("Seats are limited.") and ends_sentence("“Why now?”") and ends_sentence("特此通告。")
    assert not ends_sentence("Seats are limited:") and not ends_sentence("Read more…")
    assert not ends_sentence("Related stories")


def test_a_short_sentence_opening_the_story_stays_with_it():
    """A short sentence just above the story's first paragraph (an opening question, a one-line
    summary) is the story's; a label between it and the story ends the widening."""
    head = "<p>Remember the old bridge?</p>"
    result = extract(_page([]).replace("<div class='col'>", "<div class='col'>" + head), extractor="full")
    assert result.text.startswith("Remember the old bridge?\n\nThe council voted")
    result = extract(_page([]).replace("<div class='col'>", "<div class='col'>" + head + "<p>Share this</p>"),
                     extractor="full")
    assert result.text.startswith("The council voted")
