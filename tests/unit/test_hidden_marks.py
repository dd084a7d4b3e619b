"""parse/display.py: `marked_hidden`, the walker's test of an element's attributes, finds just the
elements lexbor's HIDDEN_QUERY finds; and the class words the walker reads first never miss one."""

import html

from hypothesis import given, settings, strategies as st
from selectolax.lexbor import LexborHTMLParser

from extractor.parse import display
from extractor.parse.classwords import _split_value

# pieces of values: the words the query looks for in several cases, ASCII white space and what
# only Python takes for white space, the characters whose lower case is ASCII (U+0130, U+212A)
# or which re.IGNORECASE matches with an ASCII letter (U+0131, U+017F)
PIECES = ["hidden", "HIDDEN", "Hide", "d-none", "D-NONE", "is-hidden", "invisible", "InVisible", "none",
          "hid", "true", "TRUE", "display:none", "visibility: hidden", "x", "-", "_", ":", "no-", "md:block",
          " ", "\t", "\n", "\f", "\r", "\v", "\u00a0", "\u3000", "\u0130", "\u212a", "\u0131", "\u017f", "h\u0130dden",
          "\u0130nvisible", "hıdden"]
NAMES = ["class", "style", "hidden", "aria-hidden", "id", "href", "HIDDEN", "Class", "data-x"]

values = st.lists(st.sampled_from(PIECES), max_size=6).map("".join)
elements = st.dictionaries(st.sampled_from(NAMES), st.one_of(st.none(), values), max_size=4)


def _found_and_marked(attr_sets: list[dict]) -> tuple[list[bool], list[bool]]:
    markup = "".join(
        "<div " + " ".join(k if v is None else f'{k}="{html.escape(v)}"' for k, v in attrs.items()) + ">x</div>"
        for attrs in attr_sets)
    body = LexborHTMLParser(f"<html><body>{markup}</body></html>").body
    nodes = body.css("div")
    found = {n.mem_id for n in body.css(display.HIDDEN_QUERY)}
    return [n.mem_id in found for n in nodes], [display.marked_hidden(n.attributes) for n in nodes]


@settings(max_examples=400, deadline=None)
@given(st.lists(elements, min_size=1, max_size=8))
def test_marked_hidden_is_the_query(attr_sets):
    found, marked = _found_and_marked(attr_sets)
    assert marked == found


def test_marked_hidden_cases():
    cases = [{"class": "box HIDE"}, {"class": "hidden\u00a0x"}, {"class": "x\thidden"}, {"class": "d-none d-md-block"},
             {"style": "visibility:h\u0131dden"}, {"style": "DISPLAY:NONE"}, {"hidden": None}, {"aria-hidden": "True"},
             {"aria-hidden": "tru\u212a"}, {"class": "hidden-xs"}, {"class": "h\u0130dden"}, {}]
    found, marked = _found_and_marked(cases)
    assert marked == found
    assert found == [True, False, True, True, False, True, True, True, False, False, False, False]


@settings(max_examples=400, deadline=None)
@given(values)
def test_a_class_the_query_finds_has_a_hiding_word(value):
    # the walker looks at an element's class with marked_hidden only when its words hold one of
    # HIDING_WORDS or the value is longer than HIDING_WORDS_LEN
    if value and display.marked_hidden({"class": value}) and len(value) <= display.HIDING_WORDS_LEN:
        assert not display.HIDING_WORDS.isdisjoint(_split_value(value))


def test_a_long_class_keeps_its_hiding_word_past_the_words_read():
    value = "a" * 399 + " hidden"  # _split_value reads 400 characters: the word is past them
    assert display.marked_hidden({"class": value}) and len(value) > display.HIDING_WORDS_LEN
