"""A box about someone or something other than the story: "About Carlos Nadalim", "Über Moritz
Bachmann", "About CNBC", "About Us". Its heading is the word "about" and a name in title case,
which the case-blind pattern sets cannot tell from a sub-heading ("About the study"), so it is
matched here, case-sensitively."""

from __future__ import annotations

import re

#: "about" in the corpora's languages (en, pt/es, de, fr, it, nl), then one to three capitalised
#: words (a name: "Carlos Nadalim", "Sky News", "Us") and nothing else; or the notes box about the
#: piece itself ("About this statement:": who researched it, its sources)
_ABOUT_HEAD = re.compile(
    r"^(?:About|Sobre|Über|À propos de|A propos de|Acerca de|Informazioni su|Over)"
    r"(?:(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w'’.&-]*|de|da|do|dos|van|von|der)){1,3}"
    r"|\s+this\s+(?:statement|article|story|post|report|fact[- ]check))\s*:?$"
)


def about_head(text: str) -> bool:
    """True when `text` heads a box about a named person or organisation."""
    return len(text) <= 40 and _ABOUT_HEAD.match(text.strip()) is not None
