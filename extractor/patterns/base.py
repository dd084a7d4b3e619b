"""PatternSet: how one kind of boilerplate shows itself, in words and in class/id tokens."""

from __future__ import annotations

import re
from dataclasses import dataclass, field


def lines(*patterns: str) -> tuple[re.Pattern[str], ...]:
    """Whole-block patterns: each must match the entire (short) block, case-insensitively."""
    return tuple(re.compile(rf"^(?:{p})$", re.I) for p in patterns)


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

    def matches_line(self, text: str) -> bool:
        if len(text) > self.max_chars:
            return False
        return any(p.match(text) for p in self.lines)

    def matches_head(self, text: str) -> bool:
        if len(text) > 40:
            return False
        return any(p.match(text) for p in self.heads)

    def matches_tokens(self, tokens: frozenset[str] | tuple[str, ...]) -> bool:
        return not self.tokens.isdisjoint(tokens)
