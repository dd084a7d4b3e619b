"""Rendering: kept blocks -> text, paragraphs separated by one blank line."""

from __future__ import annotations

from .blocks import Block
from .mojibake import needs_repair, repair
from .textnorm import nfc

#: the note a Result carries when `finished` repaired its text
REPAIRED = "double-encoded characters repaired (ftfy)"


def finished(blocks: list[Block], title: str | None) -> tuple[list[Block], str | None, bool]:
    """The kept blocks and the title as they go out: composed (NFC), and put back by ftfy when they
    were double-encoded on their way (checked on the kept text only, a small part of the page);
    and whether they were repaired."""
    blocks = [_composed(b) for b in blocks]
    title = nfc(title) if title else title
    if not needs_repair("\n".join([title or "", *(b.text for b in blocks)])):
        return blocks, title, False
    return [b.with_(text=repair(b.text)) for b in blocks], repair(title) if title else title, True


def _composed(b: Block) -> Block:
    text = nfc(b.text)
    return b if text is b.text else b.with_(text=text)


def render_text(blocks: list[Block]) -> str:
    parts = [b.text.strip() for b in blocks]
    return "\n\n".join(p for p in parts if p)
