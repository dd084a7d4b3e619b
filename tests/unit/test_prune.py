"""parse/prune.py: navigation, footers and sidebars leave the tree before the walk, story text never."""

from selectolax.lexbor import LexborHTMLParser

from extractor import extract
from extractor.parse import parse
from extractor.parse.prune import NOTE_ELEMENTS, PROSE_WEIGHT, prune_boilerplate, pruned_note

STORY = " ".join(f"Sentence {i} of the council's report on the new bridge, read out on Tuesday." for i in range(12))


def _page(body: str) -> str:
    return f"<html><head><title>Bridge report</title></head><body>{body}</body></html>"


def test_nav_footer_and_aside_without_prose_are_removed_and_counted():
    tree = LexborHTMLParser(_page("<nav><a href=/>Home</a><nav><a href=/w>World</a></nav></nav>"
                                  "<article><p>Story.</p><aside><p>Related: a teaser</p></aside></article>"
                                  "<footer><p>About us</p></footer>"))
    # the outer nav (the inner one went with it), the footer, the aside
    assert prune_boilerplate(tree) == ["<nav>", "<footer>", "<aside>"]
    assert tree.body.text(separator="|") == "Story."


def test_an_aside_holding_the_story_s_paragraphs_stays():
    """Some sites set their story in <aside> elements (dragnet T18: <aside class="storyContent">)."""
    html = _page(f"<aside class='storyContent'><p>{STORY[:200]}</p><p>{STORY[200:400]}</p></aside>")
    tree = LexborHTMLParser(html)
    assert prune_boilerplate(tree) == []
    assert PROSE_WEIGHT <= 400


def test_the_full_pipeline_reads_a_page_without_its_nav_and_says_so():
    html = _page("<nav>" + "".join(f"<a href=/s{i}>Section {i}</a>" for i in range(30)) + "</nav>"
                 f"<article><h1>Bridge report</h1><p>{STORY}</p></article>"
                 "<footer><a href=/privacy>Privacy</a> Copyright 2026 The Daily</footer>")
    result = extract(html, extractor="full")
    assert result.text.startswith("Sentence 0") and "Section" not in result.text
    assert "removed before reading, without prose (their text is in no trace): <nav>, <footer>" in result.notes
    assert not any("Section 3" == d.text for d in result.trace)  # their text is in no trace (the note says so)


def test_a_story_only_in_a_removed_element_is_read_again_whole():
    """An <aside> whose story has no <p> (lines split by <br>) is removed; what is left is no
    story, so the page is read again without removing anything."""
    lines = "<br><br>".join(STORY.split(". "))
    html = _page(f"<nav><a href=/>Home</a></nav><aside class='main'><div>{lines}</div></aside>")
    result = extract(html, extractor="full")
    assert "Sentence 11 of the council" in result.text
    assert any(note.startswith("read again without removing elements") for note in result.notes)


def test_the_page_s_metadata_is_read_before_pruning():
    """A date in a footer and a headline in an aside are the page's, though their blocks go."""
    html = _page(f"<aside><h1>Council backs the new bridge</h1></aside><article><p>{STORY}</p></article>"
                 "<footer><time datetime='2026-03-04T10:00:00Z'>4 March</time></footer>")
    doc = parse(html, "html", prune=True)
    assert doc.pruned == 2
    assert doc.meta.get("published", "").startswith("2026-03-04")
    assert extract(html, extractor="full").published.startswith("2026-03-04")


def test_fragments_are_pruned_too_and_markdown_and_text_are_not():
    aside = "<aside><a href=/more>More stories</a></aside>"
    assert parse(f"<div><p>{STORY}</p>{aside}</div>", "fragment", prune=True).pruned == 1
    assert parse(f"{STORY}\n\n{aside}\n", "markdown", prune=True).pruned == 0


def test_the_note_names_the_first_elements_removed_and_counts_the_rest():
    removed = [f"<aside class='box{i}'>" for i in range(NOTE_ELEMENTS + 2)]
    note = pruned_note(removed)
    assert note.endswith("<aside class='box4'> and 2 more") and "box5" not in note


def test_prune_off_reads_every_element_and_traces_its_blocks():
    html = _page("<nav><ul>" + "".join(f"<li><a href=/s{i}>Section {i}</a></li>" for i in range(30)) + "</ul></nav>"
                 f"<article><h1>Bridge report</h1><p>{STORY}</p></article>")
    pruned, whole = extract(html, extractor="full"), extract(html, extractor="full", prune=False)
    assert pruned.text == whole.text
    assert not any("removed before reading" in note for note in whole.notes)
    assert any(d.text == "Section 3" for d in whole.trace) and not any(d.text == "Section 3" for d in pruned.trace)
