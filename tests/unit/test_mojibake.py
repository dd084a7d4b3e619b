"""Double-encoded text (UTF-8 read as Latin-1 or windows-1252, saved as UTF-8 again) comes out
repaired; a stray pair of such characters, or plain accented text, is left as it is."""

from itertools import islice

import pytest
from hypothesis import given, strategies as st

from extractor import extract
from extractor.mojibake import _RUN, MIN_RUNS, needs_repair

_CP1252_HIGH = {b: bytes([b]).decode("cp1252") for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}
STORY = ["Let’s see what “ownership” means for the town’s café — it’s been a long year, say the owners.",
         "The council’s report, published on Tuesday, puts the cost at £2.4 million over five years.",
         "Residents said they’d welcome the plan — “as long as the market stays,” one of them said."]


def _page(paragraphs):
    return "<html><body><article>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></body></html>"


@pytest.mark.parametrize("reader", ["latin-1", "cp1252"])
def test_a_double_encoded_page_comes_out_repaired(reader):
    mangled = [p.encode("utf-8").decode("latin-1") for p in STORY]
    if reader == "cp1252":  # the bytes windows-1252 leaves undefined stay Latin-1's controls
        mangled = [p.translate(_CP1252_HIGH) for p in mangled]
    assert needs_repair("\n".join(mangled))
    for data in (_page(mangled), _page(mangled).encode("utf-8")):
        result = extract(data, extractor="full")
        assert result.text == "\n\n".join(STORY)


def test_double_encoding_without_control_characters_is_repaired_in_the_kept_text():
    # windows-1252 reading only ("â€™", no C1 control left): found in the text we keep, and said so
    story = ["It’s the town’s café — ‘open late’, as its sign says, and it has been for years.",
             "The owners’ plan — a terrace, more tables — won the council’s vote on Tuesday night."]
    mangled = [p.encode("utf-8").decode("cp1252") for p in story]
    result = extract(_page(mangled), extractor="full")
    assert result.text == "\n\n".join(story)
    assert any("double-encoded" in note for note in result.notes)


def test_a_stray_latin_pair_and_accented_text_are_left_alone():
    story = ["Menu: cafÃ© du jour, as the sign outside says, for every guest who comes in from the cold.",
             "Ünïcödé Straße, naïve résumé: the words of the shop's own French and German menus stay."]
    assert not needs_repair("\n".join(story))
    assert extract(_page(story), extractor="full").text == "\n\n".join(story)


# text built from the characters that decide: ASCII, the runs' lead and continuation characters,
# curly quotes, CJK, a lone surrogate
_DECIDING = st.sampled_from(["a", " ", "\n", "\xc2", "\xc3", "\xe2", "\xf4", "\xf5", "\xa9", "\x80", "\xbf",
                             "\u2019", "\u20ac", "\u4e2d", "\ud800", "\xe9", "\xc0"])


@given(st.lists(_DECIDING | st.characters(), max_size=40).map("".join))
def test_needs_repair_is_the_count_of_runs_whatever_the_text(text):
    # the 0xC3 test before the regex only rules out text the regex would find no run in, whether
    # the test encodes the text or is given its encoding
    runs = sum(1 for _ in islice(_RUN.finditer(text), MIN_RUNS)) >= MIN_RUNS
    assert needs_repair(text) == runs
    if not any(0xD800 <= ord(c) <= 0xDFFF for c in text):
        assert needs_repair(text, text.encode("utf-8")) == runs
