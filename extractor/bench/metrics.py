"""Scores of one extraction against its gold: tokens, bag and shingle P/R/F1, snippets, paragraphs.

Token rules: the text is NFKC-normalised and casefolded; each Han, Hiragana or Katakana character
is one token; every other run of word characters (unicode \\w minus underscore; Hangul words are
runs) is one token; punctuation and spaces separate tokens and are not tokens.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

#: characters that are one token each: Han (with iteration marks), Hiragana, Katakana
_CJK = (
    "\u2e80-\u2fdf\u3005\u3007\u3021-\u3029\u3038-\u303b"  # radicals, 々 〇, Hangzhou numerals
    "\u3040-\u309f\u30a0-\u30ff\u31f0-\u31ff"  # Hiragana, Katakana (+ phonetic extensions)
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"  # Han ext. A, Han, compatibility, half-width kana
    "\U0001b000-\U0001b16f\U00020000-\U0003ffff"  # kana supplement, Han ext. B and beyond
)
_TOKEN = re.compile(rf"(?=\w)[{_CJK}]|[^\W_{_CJK}]+")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")
#: shingle length: consecutive tokens compared as one unit
SHINGLE = 4


@dataclass(frozen=True)
class PRF:
    """Precision, recall and F1 of one comparison."""

    precision: float
    recall: float
    f1: float


@dataclass(frozen=True)
class SnippetScore:
    """Snippet gold: how many `with` snippets were found and how many `without` snippets stayed out."""

    with_found: int
    with_total: int
    without_absent: int
    without_total: int

    @property
    def with_share(self) -> float | None:
        return self.with_found / self.with_total if self.with_total else None

    @property
    def without_share(self) -> float | None:
        return self.without_absent / self.without_total if self.without_total else None

    @property
    def score(self) -> float | None:
        """Share of all snippets handled right (found `with` plus absent `without`)."""
        total = self.with_total + self.without_total
        return (self.with_found + self.without_absent) / total if total else None


def tokenize(text: str) -> list[str]:
    """Tokens of `text` under the rules in the module docstring."""
    return _TOKEN.findall(unicodedata.normalize("NFKC", text).casefold())


def bag(tokens: Sequence[str]) -> Counter:
    """The tokens as a multiset."""
    return Counter(tokens)


def shingles(tokens: Sequence[str], size: int = SHINGLE) -> Counter:
    """Multiset of runs of `size` consecutive tokens; a shorter non-empty document is one shingle."""
    if not tokens:
        return Counter()
    if len(tokens) < size:
        return Counter([tuple(tokens)])
    return Counter(zip(*(tokens[i:] for i in range(size))))


def prf(output: Counter, gold: Counter) -> PRF:
    """Multiset overlap scores. Both empty: 1/1/1; exactly one empty: 0/0/0."""
    if not output and not gold:
        return PRF(1.0, 1.0, 1.0)
    if not output or not gold:
        return PRF(0.0, 0.0, 0.0)
    overlap = sum((output & gold).values())
    precision = overlap / sum(output.values())
    recall = overlap / sum(gold.values())
    return PRF(precision, recall, f1(precision, recall))


def f1(precision: float, recall: float) -> float:
    """Harmonic mean of precision and recall (0 when both are 0)."""
    total = precision + recall
    return 2 * precision * recall / total if total else 0.0


def squash(text: str) -> str:
    """Whitespace normalised: runs of whitespace become one space, ends stripped."""
    return " ".join(text.split())


def paragraphs(text: str) -> list[str]:
    """Paragraphs (blocks separated by a blank line), whitespace normalised, empty ones dropped."""
    return [p for p in (squash(block) for block in _PARAGRAPH_BREAK.split(text)) if p]


def paragraph_rate(output: str, gold: str) -> float | None:
    """Share of gold paragraphs that appear whole in the output (None when the gold has none)."""
    wanted = paragraphs(gold)
    if not wanted:
        return None
    flat = squash(output)
    return sum(1 for p in wanted if p in flat) / len(wanted)


def snippet_score(output: str, with_: Iterable[str], without: Iterable[str]) -> SnippetScore:
    """Case-sensitive substring checks after collapsing whitespace; empty snippets are ignored."""
    flat = squash(output)
    wanted = [s for s in map(squash, with_) if s]
    unwanted = [s for s in map(squash, without) if s]
    return SnippetScore(
        with_found=sum(1 for s in wanted if s in flat),
        with_total=len(wanted),
        without_absent=sum(1 for s in unwanted if s not in flat),
        without_total=len(unwanted),
    )


def _compact(text: str) -> str:
    return "".join(text.split())


def _units(text: str) -> list[str]:
    """Lines of a text (a paragraph-per-line view that also splits hard-wrapped gold)."""
    return [u for u in (squash(line) for line in text.splitlines()) if u]


def leaked_and_missed(output: str, gold: str) -> tuple[list[str], list[str]]:
    """Output lines not found in the gold, and gold lines not found in the output.

    Matching ignores whitespace entirely, so hard-wrapped gold (common in Chinese corpora) still
    matches the unwrapped paragraphs of an output.
    """
    gold_flat, out_flat = _compact(gold), _compact(output)
    leaked = [u for u in _units(output) if _compact(u) not in gold_flat]
    missed = [u for u in _units(gold) if _compact(u) not in out_flat]
    return leaked, missed
