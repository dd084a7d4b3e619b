"""Generated news documents, gold known by construction: the story stays, the boilerplate goes.

A story of 4-10 paragraphs (2-5 sentences each, English or Chinese) sits among navigation, a
byline, a share row, a captioned photo, a "Read more" line, a related list, hot-news teasers and a
footer, laid out as a whole HTML page, a fragment, Markdown with raw HTML islands, or a plain-text
copy (see newsgen). What a user relies on: most of the story comes out (token recall >= 0.8) and
little else does (at most 0.2 of the output's tokens are boilerplate).
"""

from __future__ import annotations

import pytest
from hypothesis import given, note
from hypothesis import strategies as st

import newsgen
from extractor import extract

MIN_RECALL = 0.8
MAX_BOILERPLATE = 0.2


@st.composite
def specs(draw, rendition: str) -> newsgen.Spec:
    lang = draw(st.sampled_from(newsgen.LANGS))
    return newsgen.Spec(
        lang=lang,
        rendition=rendition,
        paragraphs=draw(st.lists(st.integers(2, 5), min_size=4, max_size=10)),
        pieces=tuple(p for p in newsgen.PIECES if draw(st.booleans())),
        related=draw(st.integers(3, 6)),
        hot=draw(st.integers(3, 6)),
        classes=draw(st.booleans()),
        sidebar_first=draw(st.booleans()),
        wrap=0 if rendition in ("html", "fragment") else draw(
            st.sampled_from([0, 64, 72, 80] if lang == "en" else [0, 30, 36, 40])),
        seed=draw(st.integers(0, 2 ** 32 - 1)),
    )


#: (rendition, extractor): auto everywhere; fast's lean reading on markup (elsewhere fast is auto)
CASES = [(rendition, "auto") for rendition in newsgen.RENDITIONS] + [("html", "fast"), ("fragment", "fast")]


@pytest.mark.parametrize(("rendition", "extractor"), CASES)
@given(data=st.data())
def test_story_kept_and_boilerplate_dropped(rendition, extractor, data):
    spec = data.draw(specs(rendition), label="spec")
    doc = newsgen.render(spec)
    result = extract(doc.text, extractor=extractor)
    recall, share = newsgen.score(doc, result.text)
    note(f"document:\n{doc.text}")
    note(f"output:\n{result.text}")
    note(result.explain())
    assert recall >= MIN_RECALL, f"story recall {recall:.2f}"
    assert share <= MAX_BOILERPLATE, f"boilerplate share {share:.2f}"


def test_generator_is_honest():
    """The scorer sees a perfect answer as perfect and the whole page as mostly boilerplate-laden,
    so the thresholds above measure the extractor, not the generator."""
    spec = newsgen.Spec(lang="en", rendition="text", paragraphs=[2, 2, 2, 2], seed=3)
    doc = newsgen.render(spec)
    assert newsgen.score(doc, doc.gold) == (1.0, 0.0)
    recall, share = newsgen.score(doc, doc.text)
    assert recall == 1.0 and share > MAX_BOILERPLATE
    for rendition in newsgen.RENDITIONS:
        text = newsgen.render(newsgen.Spec(rendition=rendition, seed=5)).text
        for piece in newsgen.render(newsgen.Spec(rendition=rendition, seed=5)).boilerplate:
            assert all(word in text for word in piece.split()[:2]), (rendition, piece)


#: the smallest documents hypothesis found that lost part of the story: a short "相关阅读：<headline>"
#: line inside a Chinese story (a link in Markdown, plain in text) ended the story's best run, and
#: the last paragraph after it was dropped as outside-run (recall 0.73 and 0.78). The third (a run
#: with 10,000 examples per property): an English text wrapped at 64 whose last paragraph, after a
#: "Read more:" line, was split in two at a line cut short by a long next word, and both halves were
#: dropped as outside-run (recall 0.78). Kept as examples.
READ_MORE_LINE_INSIDE_A_STORY = [
    newsgen.Spec(lang="zh", rendition="markdown", paragraphs=[2, 2, 2, 2], pieces=("read_more",), classes=False, seed=0),
    newsgen.Spec(lang="zh", rendition="text", paragraphs=[2, 2, 2, 2], pieces=("read_more",), classes=False, seed=1),
    newsgen.Spec(lang="en", rendition="text", paragraphs=[2, 2, 2, 2], pieces=("read_more",), related=3, hot=3,
                 classes=False, wrap=64, seed=33837345),
]


@pytest.mark.parametrize("spec", READ_MORE_LINE_INSIDE_A_STORY, ids=["markdown", "text", "text-wrapped"])
def test_read_more_line_inside_a_story_keeps_the_rest(spec):
    doc = newsgen.render(spec)
    result = extract(doc.text)
    recall, share = newsgen.score(doc, result.text)
    assert recall == 1.0 and share == 0.0
    assert any(d.rule == "pattern:related" for d in result.trace)


#: found with 10,000 examples per property: a Chinese text wrapped at 40 whose paragraphs' last lines
#: and a list of teasers hid the wrap, so every line was a block and the story's last lines were
#: dropped as outside its run (recall 0.70). Kept as a case.
WRAPPED_TEXT_BESIDE_TEASERS = newsgen.Spec(lang="zh", rendition="text", paragraphs=[2, 2, 2, 2], pieces=("byline", "hot"),
                                           related=3, hot=5, classes=False, wrap=40, seed=71977636)


def test_wrapped_chinese_text_beside_teasers_keeps_the_story():
    doc = newsgen.render(WRAPPED_TEXT_BESIDE_TEASERS)
    recall, share = newsgen.score(doc, extract(doc.text).text)
    assert recall == 1.0 and share == 0.0
