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
