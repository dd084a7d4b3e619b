"""textnorm's fast paths (str.split, isascii) give exactly what its regular expressions define."""

from __future__ import annotations

import random
import re

from hypothesis import given, strategies as st

from extractor import textnorm

_WS_RUN = re.compile(r"[\s\u00a0\u200b\u3000\ufeff]+")


def _collapse_by_regex(text: str) -> str:
    if not text:
        return ""
    if "\n" in text:
        text = textnorm._CJK_PAIR_BREAK.sub("", text)
    return _WS_RUN.sub(" ", text).strip()


def _weight_by_regex(text: str) -> int:
    return len(text) + 2 * len(textnorm.CJK_CHAR.findall(text))


def test_str_split_and_the_whitespace_class_agree_on_every_code_point():
    for cp in range(0x110000):
        ch = chr(cp)
        assert (ch.isspace() or ch in "\u200b\ufeff") == bool(_WS_RUN.fullmatch(ch)), hex(cp)


def test_collapse_and_weight_match_the_regex_definitions():
    rng = random.Random(3)
    alphabet = (" \t\n\r\x0b\x0c\x1c\x85\u00a0\u1680\u2000\u2028\u3000\u200b\ufeff"
                "ab.,“”—·…总统普京。\u2e80\u3041\uff01\U00020000é")
    for _ in range(50_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        assert textnorm.collapse(text) == _collapse_by_regex(text), repr(text)
        assert textnorm.weight(text) == _weight_by_regex(text), repr(text)


def test_the_space_is_the_only_printable_white_space():
    # why collapse may return a printable text with single spaces inside it as it is
    assert [cp for cp in range(0x110000) if chr(cp).isspace() and chr(cp).isprintable()] == [0x20]


@given(st.text() | st.lists(st.sampled_from(["word", " ", "  ", "\n", "\u00a0", "\u200b", "总统", "é"])).map("".join))
def test_collapse_matches_the_regex_definition_on_any_text(text):
    assert textnorm.collapse(text) == _collapse_by_regex(text)


def test_every_cjk_character_lies_in_the_range_weight_looks_for_first():
    # weight counts CJK_CHAR's characters only in a text where MAYBE_CJK finds one
    assert all(textnorm.MAYBE_CJK.match(chr(cp)) for a, b in textnorm._CJK_RANGES for cp in range(a, b + 1))


@given(st.text() | st.lists(st.sampled_from(["word", "’", "é", "Привет", "总统", "ひら", "\U00020000"])).map("".join))
def test_weight_matches_the_regex_definition_on_any_text(text):
    assert textnorm.weight(text) == _weight_by_regex(text)
