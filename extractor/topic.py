"""Topical distance: sidebars of unrelated teasers share few words with the story they sit beside."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .textnorm import CJK_CHAR, CJK_RUN

_WORD = re.compile(r"[^\W\d_]{3,}", re.U)
#: frequent English function words, which say nothing about a topic
_STOP = frozenset("""the and for that with this from are was were have has had not but his her its
they their them you your our who what when where which while will would could should about after
before into over than then there these those been being also more most said says some such only
other just can may might one two new all any out how why did does off per very much many""".split())


#: how many texts' terms are kept: a page asks for the same block's terms several times (its core's
#: vocabulary, each candidate's overlap, the paragraphs beside the story)
TERMS_CACHE = 4096


@lru_cache(maxsize=TERMS_CACHE)
def terms(text: str) -> frozenset[str]:
    """Content terms: Latin words of 3+ letters minus function words, and CJK character bigrams
    (inside runs of CJK characters)."""
    low = text.lower()
    words = frozenset(_WORD.findall(low)).difference(_STOP)
    if text.isascii():  # no CJK: the same words, without a CJK test per word
        return words
    # every CJK range starts at U+2E80 or above: a word starting lower cannot be CJK
    out = {w for w in words if not (w[0] >= "\u2e80" and CJK_CHAR.match(w))}
    # character pairs inside each run of CJK characters, none across a space or another script:
    # "环 肢 行 心" (a table's column set as vertical text) holds no pair, and shares no topic
    for run in CJK_RUN.findall(text):
        out.update(run[i:i + 2] for i in range(len(run) - 1))
    return frozenset(out)


def overlap(text: str, vocabulary: Counter[str], member: bool = False) -> float:
    """Share of a block's terms found elsewhere in the story's vocabulary (1.0 without terms).

    `vocabulary` counts in how many story blocks each term occurs; when the block is itself one of
    those blocks (`member`), its own occurrence does not count.
    """
    own = terms(text)
    if not own:
        return 1.0
    floor = 1 if member else 0
    return sum(1 for t in own if vocabulary.get(t, 0) > floor) / len(own)


def vocabulary(texts: list[str]) -> Counter[str]:
    """How many of the story's core blocks use each term."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(terms(text))
    return counts
