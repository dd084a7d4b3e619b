"""parse/classwords.py: an ASCII class value's words, split from its bytes, are the runs _WORD_RUN finds."""

from hypothesis import given, settings, strategies as st

from extractor.parse import classwords


def _reference(value: str) -> tuple[str, ...]:
    low = value.lower()[:400]
    if "no" in low or "without" in low:
        low = classwords._NEGATED.sub(" ", low)
    return tuple(classwords._WORD_RUN.findall(low))


PIECES = ["a", "B", "z9", "0", "-", "_", " ", "\t", "no-", "without_", "x" * 41, "y" * 40, "Story", "HIDE", ":", "/",
          "\u00e9", "\u0130", "\u212a", "\x7f", "\n"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_split_value_is_the_word_runs(value):
    classwords._split_cache.pop(value, None)
    assert classwords._split_value(value) == _reference(value)


def test_split_value_cases():
    for value in ["Article-Body story_text x", "col-md-6 d-flex", "a" * 41 + " ok", "no-sidebar main", "m-0 p-0",
                  "x" * 420 + " late", "café-box"]:
        classwords._split_cache.pop(value, None)
        assert classwords._split_value(value) == _reference(value)
