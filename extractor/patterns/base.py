"""PatternSet: how one kind of boilerplate shows itself, in words and in class/id tokens.

Which texts a set matches is decided by its patterns alone; `matcher.KindMatcher` answers "which
set matches this text first" for all sets at once, fast (see matcher.py and regex_facts.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


def lines(*patterns: str) -> tuple[re.Pattern[str], ...]:
    """Whole-block patterns: each must match the entire (short) block, case-insensitively."""
    return tuple(re.compile(rf"^(?:{p})$", re.I) for p in patterns)


#: a section heading ("Related", 热门资讯) is short
MAX_HEAD_CHARS = 40

#: a pattern's required strings are checked (in ASCII texts) when the shortest is this long
MIN_SUBSTRING = 3
#: the flags every set's union of patterns is compiled with (see _union); KindMatcher's ASCII
#: substring test relies on IGNORECASE
UNION_FLAGS = re.I


def _union(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), UNION_FLAGS)


@dataclass(frozen=True)
class PatternSet:
    """One kind of boilerplate.

    `lines` match a whole short block (at most `max_chars`); `heads` match a block that opens a
    section of that kind (a list heading such as "Related" or 相关内容), after which a text copy
    carries only boilerplate of that kind; `tokens` are whole class/id words of HTML containers.
    """

    kind: str
    lines: tuple[re.Pattern[str], ...] = ()
    heads: tuple[re.Pattern[str], ...] = ()
    tokens: frozenset[str] = field(default_factory=frozenset)
    max_chars: int = 80
    # one alternation per set, so that a block is tested once per set and not once per pattern:
    # compiled on first use (the matchers of matcher.py try the patterns one by one and seldom
    # need it; compiling them all would cost every process ~0.05 s at import)
    _line_re: re.Pattern[str] | None = field(init=False, repr=False, compare=False, default=None)
    _head_re: re.Pattern[str] | None = field(init=False, repr=False, compare=False, default=None)

    def matches_line(self, text: str) -> bool:
        return bool(self.lines) and len(text) <= self.max_chars \
            and self._compiled("_line_re", self.lines).match(text) is not None

    def matches_head(self, text: str) -> bool:
        return bool(self.heads) and len(text) <= MAX_HEAD_CHARS \
            and self._compiled("_head_re", self.heads).match(text) is not None

    def _compiled(self, slot: str, patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str]:
        """The union of `patterns`, kept in `slot` once compiled."""
        union = getattr(self, slot)
        if union is None:
            union = _union(patterns)
            object.__setattr__(self, slot, union)
        return union

    def matches_tokens(self, tokens: frozenset[str] | tuple[str, ...]) -> bool:
        return not self.tokens.isdisjoint(tokens)


