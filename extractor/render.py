"""Rendering: kept blocks -> text, paragraphs separated by one blank line."""

from __future__ import annotations

from .blocks import Block


def render_text(blocks: list[Block]) -> str:
    parts = [b.text.strip() for b in blocks]
    return "\n\n".join(p for p in parts if p)
