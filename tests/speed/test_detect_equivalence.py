"""detect's rewritten Markdown signals find exactly the matches of their first, slower forms.

The setext-heading pattern read a line as `[^\\n<>]*\\S[^\\n]*`, which backtracks over the whole line
at every line that no rule follows (4 ms per text copy); the strong-emphasis pattern tested two
lookbehinds at every character. Their rewrites must match the same spans on any text."""

from __future__ import annotations

import glob
import re

from corpus_paths import OWN, shared_files
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor import detect


SETEXT_BEFORE = re.compile(r"^[^\n<>]*\S[^\n]*\n[ \t]{0,3}(?:=+|-{3,})[ \t]*$", re.M)
STRONG_BEFORE = re.compile(r"(?<![*\w])\*\*[^*\s][^*\n]{0,200}?(?<=[^*\s])\*\*(?![*\w])|(?<!\w)__[^_\s][^_\n]{0,200}__(?!\w)")
SETEXT_NOW, STRONG_NOW = detect._MD_STRONG[1], detect._MD_STRONG[5]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="ab é*_\n\t\r=-<>#\u3000", max_size=80))
def test_same_matches_on_any_text(text):
    assert _spans(SETEXT_NOW, text) == _spans(SETEXT_BEFORE, text)
    assert _spans(STRONG_NOW, text) == _spans(STRONG_BEFORE, text)


def test_same_matches_on_corpus_text_and_markdown_copies():
    paths = shared_files("*.markdown/cases/*.md")[::10]
    paths += [p for p in shared_files("*.text/cases/*.txt") if ".gold." not in p][::10]
    paths += sorted(glob.glob(str(OWN / "*/cases/*.md")))
    for path in paths:
        with open(path, encoding="utf-8", errors="replace") as handle:
            text = handle.read()[: detect.DETECT_WINDOW]
        assert _spans(SETEXT_NOW, text) == _spans(SETEXT_BEFORE, text), path
        assert _spans(STRONG_NOW, text) == _spans(STRONG_BEFORE, text), path
