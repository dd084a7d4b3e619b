"""Which profile a document belongs to, and what the profile says about its blocks.

Matching order: the host of the URL (given, or found in the document: canonical / og:url, a
Markdown title link, an original-link footer), then URL patterns, then signatures in the text.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from ..blocks import Document
from ..patterns.regex_facts import ASCII_PARTNERS, required_literal
from .profile import Profile, bundled_dir, load_profile, profile_files

#: signatures are looked for in this much of the document's start and end
SIGNATURE_WINDOW = 30_000
#: the profile marks its body elements with this data attribute; the walker sees it as a token
BODY_MARK = "data-xprofile"
BODY_TOKEN = "xprofile"
_URL_HINTS = (
    re.compile(r"""<link[^>]{0,200}rel=["']?canonical["']?[^>]{0,200}href=["']?(https?://[^"'\s>]+)""", re.I),
    re.compile(r"""<link[^>]{0,200}href=["']?(https?://[^"'\s>]+)["']?[^>]{0,200}rel=["']?canonical""", re.I),
    re.compile(r"""<meta[^>]{0,200}property=["']og:url["'][^>]{0,200}content=["']?(https?://[^"'\s>]+)""", re.I),
    # a comment's body cannot hold '-->' (a lazy '.*?' under the star backtracked exponentially)
    re.compile(r"""\A(?:\s|<!--(?:[^-]|-(?!->))*-->)*\[[^\]\n]{1,300}\]\((https?://[^)\s]+)\)"""),
)
_FOOTER_URL = re.compile(r"(?:原文链接|原文地址|原文网址|本文链接|source url|original (?:link|url|article))[^:：\n]{0,20}[:：]\s*(https?://\S+)", re.I)


def anycase(word: str) -> str:
    """A regex for what `word` (ASCII letters and uncased characters) matches under re.IGNORECASE,
    to compile without the flag: each letter a class of its two cases and of its non-ASCII partners
    (the Kelvin sign, the long s, the dotted and dotless i). Without the flag the regex engine skips
    to the first character's class; with it, it tries a whole match at every position."""
    out = []
    for ch in word:
        if ch.isascii() and ch.isalpha():
            partners = "".join(p for p in ASCII_PARTNERS if re.fullmatch(ch, p, re.I))
            out.append(f"[{ch.lower()}{ch.upper()}{partners}]")
        else:
            out.append(re.escape(ch))
    return "".join(out)


@lru_cache(maxsize=16)
def _anycase_regex(word: str) -> re.Pattern[str]:
    return re.compile(anycase(word))


def holds_word(text: str, words: tuple[str, ...]) -> bool:
    """Whether `text` holds one of `words` (ASCII, lower case) as re.IGNORECASE matches them: in its
    UTF-8 bytes lower-cased (only ASCII letters change, and no other character becomes one), or in
    a text holding a non-ASCII partner of an ASCII letter (regex_facts.ASCII_PARTNERS), by regex.
    A page's bytes are made and searched in ~15 instructions a character; the IGNORECASE regex of
    a word that opens with a letter tries a match at every position (~400)."""
    if any(p in text for p in ASCII_PARTNERS):
        return any(_anycase_regex(w).search(text) for w in words)
    low = text.encode("utf-8", "surrogatepass").lower()
    return any(w.encode() in low for w in words)


#: what a match of the second canonical hint (rel after href) holds: looked for before that hint,
#: whose [^>]{0,200} runs backtrack over every <link> of a page without one (~60x the cost)
_CANONICAL = ("canonical",)
#: one of which a match of _FOOTER_URL holds (its keywords, with IGNORECASE on those in letters)
_FOOTER_WORDS = ("原文", "本文链接")
_FOOTER_WORDS_ANYCASE = ("source url", "original ")


@dataclass(frozen=True)
class Match:
    profile: Profile
    why: str


@lru_cache(maxsize=32)
def _load(files: tuple[tuple[str, int], ...], bundled: tuple[str, ...]) -> tuple[Profile, ...]:
    return tuple(load_profile(path) for path in (*(path for path, _ in files), *bundled))


def load_profiles(sites: bool | str | os.PathLike | Sequence[str | os.PathLike]) -> tuple[Profile, ...]:
    """The profiles `sites` asks for: True the bundled ones, False none, paths yours before them.
    Your files are read again when they change (their mtime), the bundled ones when their folder
    does (an installed package's data; a stat costs ~2.5 us here, a few per page)."""
    if sites is False:
        return ()
    yours: list[str] = []
    if sites is not True:
        items = [sites] if isinstance(sites, (str, os.PathLike)) else list(sites)  # type: ignore[arg-type]
        for item in items:
            yours.extend(map(str, profile_files(item)))
    return _load(tuple((p, os.stat(p).st_mtime_ns) for p in yours), _bundled_files())


#: the folder of the bundled profiles, and its listing as of its mtime (listed again when it changes)
_BUNDLED_DIR = str(bundled_dir())
_bundled_listing: tuple[int, tuple[str, ...]] | None = None


def _bundled_files() -> tuple[str, ...]:
    """profile_files(bundled_dir()), listed again only when the folder changes (its mtime)."""
    global _bundled_listing
    mtime = os.stat(_BUNDLED_DIR).st_mtime_ns
    if _bundled_listing is None or _bundled_listing[0] != mtime:
        _bundled_listing = (mtime, tuple(str(p) for p in profile_files(_BUNDLED_DIR)))
    return _bundled_listing[1]


def document_url(text: str) -> str | None:
    """A URL the document gives for itself, if any."""
    head = text[:SIGNATURE_WINDOW]
    for k, pattern in enumerate(_URL_HINTS):
        if k == 1 and not holds_word(head, _CANONICAL):
            continue  # (the first hint, tried first, finds most pages' canonical link at once)
        m = pattern.search(head)
        if m:
            return m.group(1)
    tail = text[-SIGNATURE_WINDOW:]
    if not any(word in tail for word in _FOOTER_WORDS) and not holds_word(tail, _FOOTER_WORDS_ANYCASE):
        return None
    m = _FOOTER_URL.search(tail)
    return m.group(1).rstrip(".,;)）") if m else None


def _host_matches(host: str, wanted: str) -> bool:
    return host == wanted or host.endswith("." + wanted)


def match(profiles: tuple[Profile, ...], url: str | None, text: str, form: str | None = None) -> Match | None:
    """The first profile (yours first, then the bundled ones) that claims the document, by the
    URL given or the one the document gives for itself (document_url)."""
    return claim(profiles, url or document_url(text), text, form)


def claim(profiles: tuple[Profile, ...], found_url: str | None, text: str, form: str | None = None) -> Match | None:
    """The first profile that claims the document by this URL (None: no URL known), or by its
    signatures, looked for only in a document of a format (detect.py) the profile's
    `signatures_in` names."""
    host = (urlsplit(found_url).hostname or "").lower() if found_url else ""
    sample = None
    for profile in profiles:
        if host:
            for wanted in profile.hosts:
                if _host_matches(host, wanted):
                    return Match(profile, f"host {host} matches {wanted}")
            for pattern in profile.url_patterns:
                if pattern.search(found_url or ""):
                    return Match(profile, f"url matches {pattern.pattern}")
        if not profile.signatures or form is not None and form not in profile.signatures_in:
            continue
        if sample is None:
            sample = _signature_sample(text)
        if all(_found(p, sample) for p in profile.signatures):
            return Match(profile, "signatures " + ", ".join(p.pattern for p in profile.signatures))
    return None


def _signature_sample(text: str) -> str:
    """What signatures are looked for in: the first and last SIGNATURE_WINDOW characters."""
    if len(text) <= 2 * SIGNATURE_WINDOW:
        return text
    return text[:SIGNATURE_WINDOW] + "\n" + text[-SIGNATURE_WINDOW:]


@lru_cache(maxsize=1024)
def _literal(pattern: re.Pattern[str]) -> str | None:
    return required_literal(pattern)


def _found(pattern: re.Pattern[str], text: str) -> bool:
    """`pattern.search(text)`, skipped when a string every match holds is not in the text."""
    literal = _literal(pattern)
    return (literal is None or literal in text) and pattern.search(text) is not None


def prepare_tree(profile: Profile):
    """A tree hook for the HTML walker: drop the profile's selectors, mark its body elements."""

    def prepare(tree) -> None:
        for selector in profile.drop:
            for node in tree.css(selector):
                node.decompose()
        for selector in profile.body:
            for node in tree.css(selector):
                node.attrs[BODY_MARK] = "1"

    return prepare if (profile.drop or profile.body) else None


def block_verdicts(profile: Profile, doc: Document) -> dict[int, str]:
    """Verdicts the profile gives before the generic classifier: outside body, dropped lines, stops."""
    out: dict[int, str] = {}
    blocks = doc.blocks
    if profile.body and any(BODY_TOKEN in b.tokens for b in blocks):
        for b in blocks:
            if BODY_TOKEN not in b.tokens:
                out[b.index] = "profile:outside-body"
    if profile.start_after:
        for b in blocks:
            if any(p.search(b.text) for p in profile.start_after):
                for earlier in blocks[: b.index + 1]:
                    out.setdefault(earlier.index, "profile:before-start")
                break
    if profile.stop_at:
        for b in blocks:
            if b.index not in out and any(p.search(b.text) for p in profile.stop_at):
                for later in blocks[b.index:]:
                    out.setdefault(later.index, "profile:after-stop")
                break
    for b in blocks:
        if b.index not in out and any(p.search(b.text) for p in profile.drop_lines):
            out[b.index] = "profile:drop-line"
    return out


def profile_title(profile: Profile, doc: Document) -> tuple[str, int] | None:
    """The title where the profile says it is, with its block."""
    blocks = doc.blocks
    if profile.title_block is not None and 0 <= profile.title_block < len(blocks):
        b = blocks[profile.title_block]
        return b.text, b.index
    if profile.title_after is not None:
        for b in blocks[:-1]:
            if profile.title_after.search(b.text):
                nxt = blocks[b.index + 1]
                return nxt.text, nxt.index
    return None


def profile_date(profile: Profile, doc: Document, url: str | None) -> str | None:
    rule = profile.date
    if rule is None:
        return None
    if rule.source == "url":
        return rule.read(url or "")
    for b in doc.blocks[:20]:
        found = rule.read(b.text)
        if found:
            return found
    return None
