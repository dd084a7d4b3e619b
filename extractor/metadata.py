"""Title, published date, url and language, from every rendition.

HTML: meta tags, JSON-LD, <time>, <h1>, <title>. Markdown: a title link or heading, a leading
epoch-milliseconds comment, date lines. Text: a title-like first line, date lines, an original-link
footer. Each reader returns plain strings; `published` is ISO 8601 at the precision found.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import datetime, timezone
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from .textnorm import MAYBE_CJK, cjk_share, collapse

_META_TITLE = ("og:title", "twitter:title", "title", "dc.title", "headline")
_META_DATE = (
    "article:published_time", "og:published_time", "published_time", "article.published",
    "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date.issued", "dc.date",
    "dcterms.created", "sailthru.date", "parsely-pub-date", "datepublished", "og:article:published_time",
    "cxenseparse:recs:publishtime", "originalpublicationdate",
)
_META_URL = ("og:url", "twitter:url")
#: a title suffix or prefix naming the site: "Story - Site", "Site | Story"
_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—:·»_]\s+|\s*[|｜–—_]\s*")

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?")
_YMD_CJK = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*(\d{1,2})[:：时](\d{2}))?")
_YMD_SLASH = re.compile(r"(?<!\d)(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?")
_DMY_SLASH = re.compile(r"(?<!\d)(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?:\s*-?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?)?")
_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
_MDY_WORDS = re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})", re.I)
_DMY_WORDS = re.compile(r"\b(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+(\d{4})", re.I)


def iso(year: int, month: int, day: int, hour: int | None = None, minute: int | None = None,
        second: int | None = None) -> str | None:
    """An ISO 8601 string at the precision given, or None when the fields are not a real date."""
    try:
        datetime(year, month, day, hour or 0, minute or 0, second or 0)
    except ValueError:
        return None
    if not 1990 <= year <= 2100:
        return None
    out = f"{year:04d}-{month:02d}-{day:02d}"
    if hour is not None and minute is not None:
        out += f"T{hour:02d}:{minute:02d}"
        if second is not None:
            out += f":{second:02d}"
    return out


def _ints(groups: tuple[str | None, ...]) -> list[int | None]:
    return [int(g) if g else None for g in groups]


#: every date form below holds a year: four digits in a row
YEAR_DIGITS = re.compile(r"\d{4}")


def parse_date(text: str, day_first: bool = True) -> str | None:
    """The first date in `text`, as ISO 8601. `day_first` settles 12/10/2023 (Europe and Asia: True)."""
    text = text[:400]
    if not YEAR_DIGITS.search(text):  # every form holds a year's four digits: one C-level scan rules out
        return None                    # most lines (a count, a page number, a price), before six searches
    for pattern in (_ISO, _YMD_CJK, _YMD_SLASH):
        m = pattern.search(text)
        if m:
            y, mo, d, *hms = _ints(m.groups())
            found = iso(y, mo, d, *hms)  # type: ignore[arg-type]
            if found:
                return found
    m = _DMY_SLASH.search(text)
    if m:
        a, b, y, *hms = _ints(m.groups())
        d, mo = (a, b) if day_first or (b or 0) > 12 else (b, a)
        if (a or 0) > 12:
            d, mo = a, b
        found = iso(y, mo, d, *hms)  # type: ignore[arg-type]
        if found:
            return found
    m = _MDY_WORDS.search(text)
    if m:
        return iso(int(m.group(3)), _MONTHS[m.group(1)[:3].lower()], int(m.group(2)))
    m = _DMY_WORDS.search(text)
    if m:
        return iso(int(m.group(3)), _MONTHS[m.group(2)[:3].lower()], int(m.group(1)))
    return None


def epoch_millis(value: str) -> str | None:
    """A 13-digit epoch-milliseconds stamp (a feed reader's `<!--1697102102000-->`) as ISO, UTC."""
    try:
        stamp = int(value) / 1000
    except ValueError:
        return None
    if not 631152000 <= stamp <= 4102444800:  # 1990 .. 2100
        return None
    return datetime.fromtimestamp(stamp, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M")


def clean_title(title: str, h1: str | None = None) -> str:
    """Strip a site name from a <title>: keep the part an <h1> confirms, else the longest part."""
    title = collapse(title)
    if h1:
        h1 = collapse(h1)
        if h1 and (h1 in title or title in h1):
            return h1
    parts = [p for p in _TITLE_SEPARATORS.split(title) if p.strip()]
    if len(parts) > 1:
        longest = max(parts, key=len)
        if len(longest) >= 0.4 * len(title):
            return longest.strip()
    return title


def _json_ld(tree: LexborHTMLParser | None, scripts: list | None = None) -> dict[str, str]:
    found: dict[str, str] = {}
    if scripts is None and tree is not None:
        scripts = tree.css('script[type="application/ld+json"]')
    for node in (scripts or [])[:10]:
        raw = node.text(deep=True) or ""
        if len(raw) > 500_000:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        stack = [data]
        seen = 0
        while stack and seen < 200:
            seen += 1
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if "@graph" in item:
                    stack.append(item["@graph"])
                for key in ("headline", "datePublished", "url", "inLanguage"):
                    value = item.get(key)
                    if isinstance(value, str) and key not in found:
                        found[key] = value
    return found


#: every element html_meta reads, found in one pass over the tree (a query per kind cost a pass
#: each); lexbor returns them in document order, so each kind's list is what its own query gives
_META_QUERY = 'meta, script[type="application/ld+json"], h1, title, time[datetime], link[rel="canonical"], html'
#: the kinds of which html_meta reads more than the first, in one pass over a whole page (lexbor
#: tests each node against each selector of a list: the three kinds read once cost more there
#: than looked up alone)
_MANY_QUERY = 'meta, script[type="application/ld+json"], time[datetime], link[rel="canonical"]'


def _meta_nodes(tree: LexborHTMLParser) -> dict[str, list]:
    return _collect(tree, _META_QUERY, {"meta": [], "script": [], "h1": [], "title": [], "time": [], "link": [], "html": []})


def _collect(tree: LexborHTMLParser, query: str, found: dict[str, list]) -> dict[str, list]:
    """`found` with each element `query` finds added to its tag's list, in document order."""
    for node in tree.css(query):
        kind = found.get(node.tag or "")
        if kind is not None:
            kind.append(node)
    return found


def _page_meta_nodes(tree: LexborHTMLParser) -> dict[str, list]:
    """What `meta_of` reads of a whole page: `_meta_nodes(tree)`, but of the h1, the title and the
    html element only the first (all `meta_of` reads of them). The first title is the head's when
    the head holds one (the head and what it holds come before the body in document order); the
    html element is the tree's root (an HTML parser makes one, and a second <html> tag only adds
    attributes to it)."""
    found = _collect(tree, _MANY_QUERY, {"meta": [], "script": [], "time": [], "link": []})
    head = tree.head
    title = head.css_first("title") if head is not None else None
    if title is None:
        title = tree.css_first("title")
    h1 = tree.css_first("h1")
    root = tree.root
    found["h1"] = [h1] if h1 is not None else []
    found["title"] = [title] if title is not None else []
    found["html"] = [root] if root is not None and root.tag == "html" else []
    return found


class _Seen:
    """An element html_meta reads, kept after its segment's tree is freed."""

    __slots__ = ("tag", "attributes", "_text")

    def __init__(self, node: Any, with_text: bool) -> None:
        self.tag = node.tag
        self.attributes = node.attributes
        self._text = node.text(deep=True) if with_text else ""

    def text(self, deep: bool = True) -> str:
        return self._text


#: per kind of element html_meta reads, how many it uses (the first ones) and whether their text
_META_KEEP = {"meta": (1 << 30, False), "script": (10, True), "h1": (1, True), "title": (1, True),
              "time": (3, False), "link": (1, False), "html": (1, False)}


def meta_parts() -> dict[str, list]:
    """What `keep_meta_parts` fills, by kind, for `meta_of`."""
    return {kind: [] for kind in _META_KEEP}


def keep_meta_parts(found: dict[str, list], tree: LexborHTMLParser, skip: set[int]) -> None:
    """Add to `found` the elements html_meta would read in one segment of a page (parse/segments.py),
    as far as it reads them, leaving out those in `skip` (re-opened elements already seen)."""
    for kind, nodes in _meta_nodes(tree).items():
        most, with_text = _META_KEEP[kind]
        kept = found[kind]
        for node in nodes:
            if len(kept) >= most:
                break
            if node.mem_id not in skip:
                kept.append(_Seen(node, with_text))


def html_meta(tree: LexborHTMLParser) -> dict[str, str]:
    """Metadata a whole HTML page declares about itself."""
    return meta_of(_page_meta_nodes(tree))


def meta_of(nodes: dict[str, list]) -> dict[str, str]:
    """`html_meta` from the elements it reads, by kind in document order (`_meta_nodes`): lexbor
    nodes, or stand-ins with the same `tag`, `attributes` and `text()` (a page parsed in segments)."""
    meta: dict[str, str] = {}
    for node in nodes["meta"]:  # (a page has ~35: the content looked up only for a key not yet seen)
        attrs = node.attributes
        key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop")
        if key:
            key = key.lower()
            if key not in meta:
                content = attrs.get("content")
                if content:
                    meta[key] = content.strip()
    out: dict[str, str] = {}
    read: list[dict[str, str]] = []

    def ld() -> dict[str, str]:
        """The page's JSON-LD fields, parsed only when the meta elements leave one open (most
        news pages give title, date, URL and language in meta elements; a JSON-LD block may be
        tens of KB)."""
        if not read:
            read.append(_json_ld(None, nodes["script"]))
        return read[0]

    h1_node = nodes["h1"][0] if nodes["h1"] else None
    h1 = collapse(h1_node.text(deep=True)) if h1_node is not None else ""
    title_node = nodes["title"][0] if nodes["title"] else None
    page_title = collapse(title_node.text(deep=True)) if title_node is not None else ""
    for key in _META_TITLE:
        if meta.get(key):
            out["title"] = clean_title(meta[key], h1)
            break
    else:
        if ld().get("headline"):
            out["title"] = collapse(ld()["headline"])
        elif page_title:
            out["title"] = clean_title(page_title, h1)
        elif h1:
            out["title"] = h1
    if h1:
        out["h1"] = h1
    for key in _META_DATE:
        found = parse_date(meta[key]) if meta.get(key) else None
        if found:
            out["published"] = found
            break
    else:
        found = parse_date(ld()["datePublished"]) if ld().get("datePublished") else None
        if found:
            out["published"] = found
        else:
            for node in nodes["time"][:3]:
                found = parse_date(node.attributes.get("datetime") or "")
                if found:
                    out["published"] = found
                    break
    canonical = nodes["link"][0] if nodes["link"] else None
    if canonical is not None and (canonical.attributes.get("href") or "").startswith("http"):
        out["url"] = canonical.attributes["href"] or ""
    else:
        for key in _META_URL:
            if (meta.get(key) or "").startswith("http"):
                out["url"] = meta[key]
                break
        else:
            if (ld().get("url") or "").startswith("http"):
                out["url"] = ld()["url"]
    html = nodes["html"][0] if nodes["html"] else None
    lang = (html.attributes.get("lang") or html.attributes.get("xml:lang") or "") if html is not None else ""
    lang = lang or meta.get("og:locale", "") or meta.get("content-language", "") or ld().get("inLanguage", "")
    if lang:
        out["lang"] = lang.split("-")[0].split("_")[0].lower()[:8]
    return out


_EN_STOP = frozenset("the of and to in is that for on with as was by at from it his be are have said".split())
_DE_STOP = frozenset("der die und das ist nicht mit den von zu sich des auf für ein eine im dem".split())
_FR_STOP = frozenset("le la les des est une dans que pour pas sur avec qui du au et en".split())
_ES_STOP = frozenset("el la los las que del en por con una para es se al lo".split())
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_KANA = re.compile(r"[\u3040-\u30ff]")
#: every ASCII character but a-z, to a space
_ASCII_NOT_LETTERS = str.maketrans({chr(c): " " for c in range(128) if not 97 <= c <= 122})
#: every byte but a-z and à-ÿ (0xE0-0xFF) of a Latin-1 encoding, to a space
_LATIN1_NOT_LETTERS = bytes(c if 97 <= c <= 122 or c >= 0xE0 else 32 for c in range(256))
#: each language's stop words, as str (an ASCII sample's words) and as Latin-1 bytes (the others')
_STOPS = tuple((lang, stop, frozenset(w.encode("latin-1") for w in stop))
               for lang, stop in (("en", _EN_STOP), ("de", _DE_STOP), ("fr", _FR_STOP), ("es", _ES_STOP)))


def guess_lang(text: str) -> str | None:
    """A rough language guess from scripts and function words (zh, ja, ko, en, de, fr, es)."""
    sample = text[:4000]
    if not sample.strip():
        return None
    is_ascii = sample.isascii()
    # (Hangul, CJK and kana all lie in MAYBE_CJK's range: a sample without a character there, an
    # ASCII one above all, is spared the three scans)
    if not is_ascii and MAYBE_CJK.search(sample):
        if len(_HANGUL.findall(sample)) > 0.2 * len(sample.replace(" ", "")):
            return "ko"
        if cjk_share(sample) > 0.3:
            return "ja" if len(_KANA.findall(sample)) > 0.1 * len(sample) else "zh"
    low = sample.lower()
    # the runs of letters, what [a-zà-ÿ]+ finds, by translate and split (~2.5x faster than the
    # regex): an ASCII sample as it is, another in its Latin-1 bytes, where each character past
    # Latin-1 becomes "?", no letter either (its words are bytes then)
    if is_ascii:
        words: list = low.translate(_ASCII_NOT_LETTERS).split()
    else:
        words = low.encode("latin-1", "replace").translate(_LATIN1_NOT_LETTERS).split()
    if len(words) < 5:
        return None
    # each stop word looked up once, not each word once per language; `get`, not `seen[w]`, whose
    # misses call Counter.__missing__ in Python
    get = Counter(words).get
    counts = {lang: sum(get(w, 0) for w in (stop if is_ascii else latin1)) for lang, stop, latin1 in _STOPS}
    lang, hits = max(counts.items(), key=lambda kv: kv[1])
    return lang if hits >= 0.08 * len(words) else None


_URL = re.compile(r"https?://[^\s<>\"'）)]+")
#: a date line is short: longer blocks are prose that mentions a date
DATE_LINE_CHARS = 64
#: how many blocks from the top a date line, title line or title heading may sit at
HEAD_BLOCKS = 12


def url_in(text: str) -> str | None:
    m = _URL.search(text)
    return m.group(0).rstrip(".,;") if m else None
