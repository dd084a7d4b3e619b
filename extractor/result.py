"""Result: the article, its metadata, and how it was found."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .blocks import Block, Decision, Kind


@dataclass(frozen=True)
class Result:
    """What `extract` returns for every input.

    `text` is the article, paragraphs separated by one blank line; empty when nothing was found,
    and then `reason` says why. `trace` lists the decisions that shaped the result.
    """

    text: str = ""
    title: str | None = None
    published: str | None = None
    url: str | None = None
    lang: str | None = None
    format: str = "text"
    extractor: str = "auto"
    site: str | None = None
    reason: str | None = None
    blocks: tuple[Block, ...] = ()
    trace: tuple[Decision, ...] = ()
    notes: tuple[str, ...] = field(default_factory=tuple)

    def __bool__(self) -> bool:
        return bool(self.text)

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.text.split("\n\n") if p]

    def to_markdown(self) -> str:
        """The article as Markdown: the title as `#`, sub-headings, list items and quotes marked."""
        out: list[str] = []
        if self.title:
            out.append(f"# {self.title}")
        if self.blocks:
            for b in self.blocks:
                if b.kind is Kind.HEADING:
                    out.append("#" * min(6, max(2, b.level or 2)) + " " + b.text)
                elif b.kind is Kind.LIST_ITEM:
                    out.append(f"- {b.text}")
                elif b.kind is Kind.QUOTE:
                    out.append(f"> {b.text}")
                elif b.kind is Kind.CODE:
                    out.append(f"```\n{b.text}\n```")
                else:
                    out.append(b.text)
        elif self.text:
            out.append(self.text)
        return _join_markdown(out)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of the result (without blocks and trace; see `explain`)."""
        return {
            "text": self.text,
            "title": self.title,
            "published": self.published,
            "url": self.url,
            "lang": self.lang,
            "format": self.format,
            "extractor": self.extractor,
            "site": self.site,
            "reason": self.reason,
        }

    def explain(self) -> str:
        """A readable account: the path taken, the profile, and why each dropped block was dropped."""
        lines = [f"format={self.format} extractor={self.extractor} site={self.site or '-'}"]
        if self.reason:
            lines.append(f"reason: {self.reason}")
        lines.extend(f"note: {n}" for n in self.notes)
        lines.extend(d.describe() for d in self.trace)
        return "\n".join(lines)

    def dropped(self) -> list[Decision]:
        return [d for d in self.trace if not d.keep]


def _join_markdown(parts: list[str]) -> str:
    """Join markdown parts: consecutive list items stay in one list, everything else one blank line apart."""
    out: list[str] = []
    for part in parts:
        if out and part.startswith("- ") and out[-1].startswith("- "):
            out[-1] += "\n" + part
        else:
            out.append(part)
    return "\n\n".join(out)
