"""parse/bounds.py: the cheap long-tag precheck lets through every page the attribute rule rewrites."""

from hypothesis import given, strategies as st

from extractor.parse import bounds

LONG = bounds.LONG_TAG


def test_a_long_start_tag_is_found():
    tag = "<div " + "a " * LONG + ">"
    assert bounds._has_long_tag("<p>x</p>" + tag + "story</div>")


def test_long_text_or_script_between_tags_is_not_a_long_tag():
    prose = "<p>" + "word " * LONG + "</p>"
    script = "<script>" + "var a = 1;" * LONG + "</script>"
    assert not bounds._has_long_tag(prose + script)


def test_an_unclosed_long_tag_at_the_end_is_found():
    assert bounds._has_long_tag("<p>x</p><div " + "b=1 " * LONG)


@given(st.lists(st.sampled_from(["<", ">", " ", "a", "=", "div", "\n"]), max_size=60), st.integers(0, 3))
def test_the_precheck_never_hides_a_long_start_tag(pieces, repeat):
    # pieces are scaled up so that some runs pass LONG_TAG characters
    text = "".join(p if p in "<>" else p * (LONG // 4 * repeat + 1) for p in pieces)
    if bounds._LONG_START.search(text):
        assert bounds._has_long_tag(text)


def _split_reference(text: str) -> bool:
    """The precheck as it was: every stretch between two '>' cut out and measured."""
    return any(len(part) > LONG and bounds._LONG_START.search(part) for part in text.split(">"))


@given(st.lists(st.sampled_from(["<", ">", " ", "a", "=", "div", "\n", "<p>", "<div "]), max_size=80),
       st.integers(0, 4), st.integers(-2, 2))
def test_the_precheck_jumping_from_gt_to_gt_answers_as_cutting_every_stretch(pieces, repeat, shift):
    # stretches of exactly LONG_TAG characters and one more or less, at the page's start and end
    size = max(1, LONG // 4 * repeat + shift)
    text = "".join(p if p in ("<", ">", "<p>") else p * size for p in pieces)
    assert bounds._has_long_tag(text) == _split_reference(text)


def test_stretches_around_the_bound_are_read_as_when_cut_out():
    found = set()
    for k in range(LONG - 4, LONG + 4):
        tag = "<a " + "b" * k  # a start tag of k + 3 characters
        for text in (tag, ">" + tag, tag + ">", ">" + tag + ">x", "<p>" * 3000 + tag + ">" * 3,
                     "x" * (LONG - 1) + ">" + tag):
            assert bounds._has_long_tag(text) == _split_reference(text)
            found.add(bounds._has_long_tag(text))
    assert found == {True, False}


@given(st.lists(st.sampled_from(["<", "<a ", "<a", " ", "b", "\n", "<<"]), max_size=40), st.integers(0, 4),
       st.integers(-3, 3))
def test_a_long_start_is_looked_for_at_the_right_lt_only(pieces, repeat, shift):
    # '<' set apart by about LONG_TAG characters, one or two more or less: the edges of the jump
    size = max(1, LONG // 4 * repeat + shift)
    text = "".join(p if "<" in p else p * size for p in pieces)
    assert bounds._long_start_in(text, 0, len(text)) == (bounds._LONG_START.search(text) is not None)


def _attributes_reference(text: str) -> bool:
    """The attribute check as it was: every long start tag of the whole page, found by the regex."""
    return any(sum(1 for _ in bounds._ATTRIBUTE.finditer(m.group(2))) > bounds.MAX_ATTRIBUTES
               for m in bounds._LONG_START.finditer(text))


@given(st.lists(st.sampled_from(["<p>x</p>", "<svg d='" + "1" * LONG + "'>", "<div " + "a=1 " * (LONG // 4),
                                 "<div " + "a=1 " * (bounds.MAX_ATTRIBUTES + 1), ">", "<", "word "]), max_size=12))
def test_attributes_are_counted_only_in_long_stretches_and_as_over_the_whole_page(pieces):
    """A long SVG path or data URL must not send the whole page through the attribute regex, and
    the answer must be the whole-page regex's."""
    text = "".join(pieces)
    assert bounds._too_many_attributes(text) == _attributes_reference(text)


def test_a_page_of_few_tags_is_parsed_as_it_is_and_a_deep_one_of_many_is_unwrapped():
    """Nesting under SAFE_TAGS tags parses in bounded time, so it is not scanned nor unwrapped;
    past it the nesting bound applies, and the story is read either way."""
    from extractor.parse import parse

    story = "<p>" + "The council met on Tuesday to vote on the bridge. " * 8 + "</p>"
    few = "<html><body>" + "<div>" * 600 + story + "</div>" * 600 + "</body></html>"
    many = "<html><body>" + "<div>" * (bounds.SAFE_TAGS + 10) + story + "</body></html>"
    assert few.count("<") <= bounds.SAFE_TAGS < many.count("<")
    shallow, deep = parse(few, "html"), parse(many, "html")
    assert not shallow.notes and shallow.blocks[0].depth > bounds.MAX_DEPTH
    assert any("nested deeper" in note for note in deep.notes) and deep.blocks[0].depth <= bounds.MAX_DEPTH + 2
    assert shallow.blocks[0].text == deep.blocks[0].text
