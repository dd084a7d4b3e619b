"""Truncated teasers: headline and first words cut off with "..." (seed 004's 热门资讯 list)."""

from .base import PatternSet, lines

SET = PatternSet(
    kind="teaser",
    lines=lines(
        r".{2,80}(?:\.\.\.|…|\.\.\.\s*|……)\s+.{10,300}(?:\.\.\.|…|……)",
        r".{4,300}[^.](?:\.\.\.|…)\s*(?:read more|more|更多|详情|阅读全文|全文)?\s*[>»›]*",
    ),
    max_chars=320,
)
