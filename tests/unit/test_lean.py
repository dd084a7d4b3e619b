"""extractor="fast" (lean.py): the lean reading of whole HTML pages, and when it hands a page to
the full pipeline instead."""

from pathlib import Path

from corpus_paths import OWN, shared_files
from selectolax.lexbor import LexborHTMLParser

from extractor import extract

STORY = [
    "The harbour authority said on Monday that the old ferry pier, closed since the storm in March, "
    "will reopen to foot passengers before the summer season, after engineers replaced its timber deck.",
    "Repairs cost more than the council had planned, a spokeswoman said, because rot had spread further "
    "into the piles than the first survey found, and two of them had to be driven again from a barge.",
    "Fishermen who moor beside the pier welcomed the news, though several said the work had taken too "
    "long, and that the closure had pushed visitors to the beach cafés on the other side of the bay.",
    "The ferry to the islands, which has sailed from the main quay since April, will return to its old "
    "berth in the first week of June, and the timetable will stay as it is for the rest of the year.",
]
RELATED = ["Storm closes ferry pier", "Council budget vote delayed", "Beach cafés report busy spring"]


def _page(story_html: str, extra: str = "") -> str:
    related = "".join(f'<li><a href="/n/{k}">{t}</a></li>' for k, t in enumerate(RELATED))
    return ("<html><head><title>Ferry pier to reopen | Harbour News</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/local'>Local</a></nav>"
            f"<div class='page'><article class='story'>{story_html}"
            f"<p>Share on Facebook</p><ul class='links'>{related}</ul></article>{extra}</div>"
            "<footer><p>Harbour News, all rights reserved, since 1904, the paper of the bay.</p></footer>"
            "</body></html>")


def _paragraphs(texts) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def test_fast_reads_the_story_and_leaves_the_page_around_it():
    result = extract(_page(_paragraphs(STORY)), extractor="fast")
    assert result.paragraphs == STORY
    assert result.extractor == "fast" and result.title == "Ferry pier to reopen"
    # the article is its box's only child, so the box is named as the story's home (readability's rule)
    assert "fast: story in <div class='page'>, 100% of the page's paragraph text" in result.notes
    assert not any("the full pipeline read it" in note for note in result.notes)


def test_fast_says_which_rule_dropped_each_block_inside_the_story():
    trace = {d.text: d.rule for d in extract(_page(_paragraphs(STORY)), extractor="fast").dropped()}
    assert trace["Share on Facebook"] == "fast:pattern:share"
    assert all(trace[t] == "fast:links" for t in RELATED)


def test_a_comment_thread_named_as_such_does_not_win_over_the_story():
    comment = ("I have walked that pier every morning for forty years, and I can tell you, the deck was "
               "rotten long before the storm, everyone in town knew it, and nobody listened to us then.")
    thread = "<div id='comments'>" + "".join(
        f"<div class='comment'><div class='content'><p>{comment} ({k})</p><p>{comment}</p></div></div>"
        for k in range(6)) + "</div>"
    result = extract(_page(_paragraphs(STORY), extra=thread), extractor="fast")
    assert result.text.startswith(STORY[0])
    assert "forty years" not in result.text


def test_a_story_split_over_sibling_boxes_is_read_whole():
    split = f"<div class='body'>{_paragraphs(STORY[:2])}</div><div class='body'>{_paragraphs(STORY[2:])}</div>"
    assert extract(_page(split), extractor="fast").paragraphs == STORY


def test_options_that_leave_kinds_out_are_honoured():
    listed = _paragraphs(STORY) + "<ul><li>" + "</li><li>".join(s[:90] for s in STORY[:2]) + "</li></ul>"
    result = extract(_page(listed), extractor="fast", include_lists=False)
    assert result.paragraphs == STORY
    assert any(d.rule == "options:include_lists" for d in result.dropped())


def test_pages_the_lean_reading_doubts_go_to_the_full_pipeline():
    short = extract(_page(_paragraphs(STORY[:1])), extractor="fast")
    assert any(n.startswith("fast: story of weight") and "the full pipeline read it" in n for n in short.notes)
    assert short.text.startswith(STORY[0][:40])
    text_copy = extract("\n\n".join(STORY), extractor="fast")
    assert any(n.startswith("fast: text input") for n in text_copy.notes) and STORY[1] in text_copy.text


def test_favor_is_the_full_pipelines_and_says_so():
    result = extract(_page(_paragraphs(STORY)), extractor="fast", favor="precision")
    assert any("favor or include_captions set" in note for note in result.notes)
    assert result.paragraphs == STORY


def test_a_page_with_a_huge_start_tag_is_bounded_by_the_full_pipeline():
    attrs = " ".join(f"data-k{i}=v{i}" for i in range(3000))
    result = extract(_page(f"<div {attrs}>{_paragraphs(STORY)}</div>"), extractor="fast")
    assert any("bounded first" in note for note in result.notes)
    assert STORY[2] in result.text


def test_a_story_split_into_wrapped_boxes_is_read_whole(monkeypatch):
    """Each box sits in its own wrapper, so no box is a sibling of another: the winner moves up to
    the ancestor it shares with the other boxes that scored nearly as well (readability.js)."""
    boxes = "".join(f"<div class='wrap'><div class='col'><p>{text}</p></div></div>" for text in STORY)
    page = _page(f"<section>{boxes}</section>")
    result = extract(page, extractor="fast")
    assert result.paragraphs == STORY and result.notes[0].startswith("fast: story in <section>")
    import extractor.lean_read as lean

    monkeypatch.setattr(lean, "ALIKE_MIN", 99)  # without the move up, one box alone is the story:
    assert extract(page, extractor="fast").notes[0].endswith("the full pipeline read it")  # too short, so doubted


def test_a_paragraph_trailing_off_with_few_links_is_the_storys_a_linked_one_a_teaser():
    voice = ("The mayor paused... and then the <a href='/council'>crowd</a> went quiet, waiting for a verdict "
             "that never quite came...")
    teaser = "<a href='/n/9'>Pier inquiry opens... what the engineers told the council about the piles...</a>"
    story = _paragraphs(STORY[:2] + [voice] + STORY[2:]) + f"<p>{teaser}</p>"
    result = extract(_page(story), extractor="fast")
    assert "the crowd went quiet" in result.text and "Pier inquiry opens" not in result.text


def test_a_tie_between_two_homes_goes_to_the_first_on_the_page():
    """Equal scores are broken by the page's order, never by the keys the vote files the homes
    under (lexbor's memory addresses: breaking ties by them made one cleaneval page read
    differently from run to run)."""
    from selectolax.lexbor import LexborHTMLParser

    from extractor.lean_read import _Votes, _winner

    tree = LexborHTMLParser("<html><body><div><div id='a'><p>First box.</p></div></div>"
                            "<div><div id='b'><p>Second box.</p></div></div></body></html>")
    first, second = tree.css_first("#a"), tree.css_first("#b")
    low, high = 1, 2  # the first box filed under the lower key
    votes = _Votes({low: 8.0, high: 8.0}, {low: first, high: second}, {low: "", high: ""}, {})
    winner = _winner(votes, [low, high], tree.body.mem_id)  # (moved out of its only-child box)
    assert winner.css_first("#a") is not None and winner.css_first("#b") is None


def test_control_characters_in_the_page_never_reach_the_story():
    """fast does not search the whole page for control characters: it cleans what it keeps."""
    story = [t.replace("the ", "the\x00 ", 1).replace(",", ",\x07", 1) for t in STORY]
    page = _page(_paragraphs(story)).replace("Ferry pier", "Ferry\x1f pier")
    for data in (page, page.encode("utf-8")):
        r = extract(data, extractor="fast")
        assert r.extractor == "fast" and "foot passengers" in r.text
        assert not any(ch in r.text + (r.title or "") for ch in "\x00\x07\x1f")
        assert r.title.startswith("Ferry pier")


def test_a_lone_surrogate_in_a_str_is_cleaned_not_a_crash():
    r = extract(_page(_paragraphs(STORY)).replace("foot passengers", "foot\ud800 passengers"), extractor="fast")
    assert r.extractor == "fast" and "foot passengers" in r.text


def test_a_template_s_content_is_never_read():
    """lexbor keeps a <template>'s content out of the tree it walks: fast need not remove it."""
    hidden = "Template text that a script would stamp out, never shown as it stands in the page."
    page = _page(_paragraphs(STORY) + f"<template><p>{hidden}</p><p>{hidden}</p></template>")
    r = extract(page, extractor="fast")
    assert r.extractor == "fast" and "foot passengers" in r.text and "Template text" not in r.text


_TRICKY = [
    "<p>a<!-- a comment -->b<template><p>not in the tree's text</p></template>c</p>",
    "<div><svg><title>t</title><![CDATA[raw]]></svg><math><mi>x</mi></math>&amp;&nbsp;&#x1F600;</div>",
    "<table><tr><td>cell<p>para</td></tr></table><select><option>o</select><textarea>t &lt;</textarea>",
]


def _real_pages() -> list[bytes]:
    """The bundled corpora's HTML pages and 20 Zyte pages (where the shared corpora are beside)."""
    paths = sorted(OWN.glob("*/cases/*.html")) + [Path(p) for p in shared_files("scrapinghub-aeb/cases/*.html")[:20]]
    return [path.read_bytes() for path in paths]


def test_lexbors_text_content_is_what_text_deep_gives_on_every_element():
    # lean_read reads text with `text_lexbor` (faster); it must be the same string as `text(deep=True)`
    pages = _real_pages() + [t.encode() for t in _TRICKY]
    pages.append(b"<p>bad bytes \xff\xfe and a split \xe2\x80</p><p>\x80 tail</p>")
    checked = 0
    for data in pages:
        tree = LexborHTMLParser(data)
        for node in tree.css("*"):
            assert node.text_lexbor() == node.text(deep=True)
            checked += 1
    assert checked > 1000


def test_the_block_query_as_one_compound_selector_finds_the_same_elements_in_order():
    # lean_read queries `:is(p, h2, ...)`, faster than the list, for the list's elements in its order
    from extractor.lean_read import _BLOCKS, BLOCK_QUERY

    roots = 0
    for data in _real_pages():
        tree = LexborHTMLParser(data)
        for root in [tree.root, *tree.css("div, article, section, main, ul, table")]:
            assert [e.mem_id for e in root.css(_BLOCKS)] == [e.mem_id for e in root.css(BLOCK_QUERY)]
            roots += 1
    assert roots > 1000


def test_the_homes_the_winner_leaves_unweighed_could_neither_win_nor_be_alike():
    # _winner stops weighing link text at the first home scoring (0 or more) under ALIKE_SHARE of
    # the best score yet: every home it leaves out must, weighed, score under ALIKE_SHARE of the top
    from extractor import lean_read as L

    skipped = 0
    for data in _real_pages():
        tree = LexborHTMLParser(data)
        tree.strip_tags(list(L.DROP_TAGS))
        votes = L._votes(tree)
        if not votes.scores:
            continue
        ranked = sorted(votes.scores, key=votes.scores.__getitem__, reverse=True)[:L.CANDIDATES]
        weighed = [L._weighed(votes, key) for key in ranked]
        high = 0.0
        for i, key in enumerate(ranked):
            if 0 <= votes.scores[key] < L.ALIKE_SHARE * high:
                assert all(w < L.ALIKE_SHARE * max(weighed) for w in weighed[i:])
                skipped += len(ranked) - i
                break
            high = max(high, weighed[i])
    assert skipped > 10
