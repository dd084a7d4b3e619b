"""Bounds on the markup the HTML parser handles in quadratic time: deep nesting, huge attribute lists.

lexbor (like every HTML5 parser) checks the stack of open elements on each container start tag
("is a <p> open in button scope?"), so N nested <div>s cost N^2: 20,000 levels take ~1 s, 100,000
take ~30 s. It also checks each attribute of an element against the ones before it, so an element
with N attributes costs N^2: 200,000 attributes took minutes. Real pages nest a few dozen levels
and carry a few attributes per element; `bound_markup` rewrites only documents past these limits
(found with one C-speed scan), dropping the start and end tags of elements nested deeper than
MAX_DEPTH (their text stays, joined to the enclosing block) and the attributes of one element past
MAX_ATTRIBUTES.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import accumulate

#: elements nested deeper than this lose their tags (their text stays where it was)
MAX_DEPTH = 512
#: with at most this many '<' a page cannot nest deep enough to make the parse slow (4,096 nested
#: <div> parse in ~0.1 s): it is parsed as it is (`surely_bounded`), without the scan of its tags
SAFE_TAGS = 4096
#: attributes of one element after this many are dropped
MAX_ATTRIBUTES = 2000
#: a start tag this long may hold too many attributes; shorter ones cannot hold MAX_ATTRIBUTES
LONG_TAG = 4 * MAX_ATTRIBUTES

# elements that stay open until closed (containers and inline formatting), so that unclosed or
# nested ones pile up on the parser's stack; elements closed implicitly (p, li, td, option...) and
# void elements do not
NESTING = (
    "div", "section", "article", "aside", "header", "footer", "nav", "main", "blockquote", "ul", "ol",
    "dl", "center", "details", "figure", "fieldset", "form", "span", "font", "b", "i", "em", "strong",
)


def _name_pattern(names: tuple[str, ...]) -> str:
    """The names as one regex, a prefix tree with each letter in both cases: several times faster to
    scan with than a plain alternation under re.IGNORECASE. Its first level spells each first letter
    twice, lower and upper case, as plain literals: the regex engine rules such a branch out with
    one comparison, where a `[dD]` class costs a call (most '<' of a page open no nesting element)."""
    tree: dict = {}
    for name in names:
        node = tree
        for ch in name:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict, top: bool = False) -> str:
        if top:
            alts = [c + emit(sub) for ch, sub in sorted(node.items()) if ch for c in (ch, ch.upper())]
        else:
            alts = [f"[{ch}{ch.upper()}]" + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(tree, top=True)


_NAMES = _name_pattern(NESTING)
_NEST_MARK = re.compile(rf"<(/?){_NAMES}(?=[\s/>])")
_NEST_TAG = re.compile(rf"<(/?)({_NAMES})(?=[\s/>])[^>]*>")
_STEP = {"": 1, "/": -1}
_LONG_START = re.compile(r"(<[a-zA-Z][^<>\s]*)(\s[^<>]{%d,})(>?)" % LONG_TAG)
_ATTRIBUTE = re.compile(r"""[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?""")
#: how far down the stack an end tag looks for its start tag (browsers look further; this is a bound)
_CLOSE_LOOKBACK = 32


def max_depth(text: str) -> int:
    """An estimate of how deep elements nest: their start tags minus end tags, at the peak."""
    return max(accumulate(map(_STEP.__getitem__, _NEST_MARK.findall(text))), default=0)


def _flatten(text: str) -> str:
    stack: list[tuple[str, bool]] = []  # (element name, its tags were dropped)

    def tag(m: re.Match[str]) -> str:
        name = m.group(2).lower()
        if not m.group(1):
            dropped = len(stack) >= MAX_DEPTH
            stack.append((name, dropped))
            return " " if dropped else m.group(0)
        for back in range(1, min(len(stack), _CLOSE_LOOKBACK) + 1):
            if stack[-back][0] == name:
                dropped = stack[-back][1]
                del stack[-back:]
                return " " if dropped else m.group(0)
        return m.group(0)

    return _NEST_TAG.sub(tag, text)


def _trim_attributes(m: re.Match[str]) -> str:
    name, attributes, close = m.groups()
    for count, attr in enumerate(_ATTRIBUTE.finditer(attributes), 1):
        if count > MAX_ATTRIBUTES:
            return f"{name}{attributes[: attr.start()]}{close}"
    return m.group(0)


def _has_long_tag(text: str) -> bool:
    """Whether a start tag runs on for more than LONG_TAG characters (so may hold MAX_ATTRIBUTES)."""
    return next(_long_stretches(text), None) is not None


def _long_stretches(text: str) -> Iterator[tuple[int, int]]:
    """The stretches between two '>' (or the page's ends) in which a start tag runs on for more
    than LONG_TAG characters, as (start, end): the only places `_LONG_START` can match. The
    stretches are not cut out one by one: from each '>' the last '>' within the next LONG_TAG + 1
    characters is looked up (one backward memchr), so a page of short stretches takes ~len /
    LONG_TAG steps, and only a long stretch is cut out and searched with the regex (the regex alone
    reads every character of every tag: 0.34 ms on a 175 KB page; splitting at every '>', 0.15)."""
    size = len(text)
    prev = -1  # the '>' before the stretch looked at (-1: the page's start)
    while size - prev - 1 > LONG_TAG:
        last = text.rfind(">", prev + 1, prev + LONG_TAG + 2)
        if last >= 0:
            prev = last  # the stretch from prev ends within LONG_TAG characters: go on from there
            continue
        stop = text.find(">", prev + LONG_TAG + 2)
        end = size if stop < 0 else stop
        if _long_start_in(text, prev + 1, end):
            yield prev + 1, end
        if stop < 0:
            return
        prev = stop


def _long_start_in(text: str, start: int, end: int) -> bool:
    """`_LONG_START.search(text, start, end)` on a stretch holding no '>', tried only at a '<' with
    no other '<' in the LONG_TAG + 2 characters after it (a match's tag name, white space and
    attributes hold neither '<' nor '>'): a long inline script or JSON blob is read with memchr,
    not character by character by the regex."""
    last_start = end - LONG_TAG - 2  # a match starts before this: '<', a letter, white space, LONG_TAG more
    pos = start
    while True:
        at = text.find("<", pos, last_start)
        if at < 0:
            return False
        later = text.rfind("<", at + 1, at + LONG_TAG + 3)
        if later >= 0:
            pos = later  # every '<' before it has another within reach: none of them starts a match
            continue
        if _LONG_START.match(text, at, end):
            return True
        pos = at + 1


def _too_many_attributes(text: str) -> bool:
    """Whether a start tag holds more than MAX_ATTRIBUTES attributes: looked for only in the long
    stretches of the page (a long SVG path or data URL makes one; the rest is not read again)."""
    for start, end in _long_stretches(text):
        # the closing '>' at `end` may end the match
        for m in _LONG_START.finditer(text, start, end + 1):
            count = 0
            for _ in _ATTRIBUTE.finditer(m.group(2)):
                count += 1
                if count > MAX_ATTRIBUTES:
                    return True
    return False


def bound_markup(text: str) -> tuple[str, list[str]]:
    """The markup with nesting and attribute lists cut to the bounds, and notes on what was cut."""
    notes: list[str] = []
    if max_depth(text) > MAX_DEPTH:
        text = _flatten(text)
        notes.append(f"elements nested deeper than {MAX_DEPTH} levels were unwrapped")
    if _too_many_attributes(text):
        text = _LONG_START.sub(_trim_attributes, text)
        notes.append(f"attributes past the first {MAX_ATTRIBUTES} of an element were dropped")
    return text, notes


def surely_bounded(text: str, max_tags: int) -> bool:
    """A cheap check that `text` parses in bounded time without `bound_markup`: it holds at most
    `max_tags` '<' (so it cannot nest deeper than that) and no element with more than
    MAX_ATTRIBUTES attributes."""
    return text.count("<") <= max_tags and not _too_many_attributes(text)
