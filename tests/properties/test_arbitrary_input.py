"""Any str or bytes: a Result, never an exception; text only from the input; the same answer twice.

What a user relies on when feeding a crawl of unknown documents to `extract`:
- it returns a Result for every input (the one exception type is for invalid arguments);
- the text is writable as UTF-8, and empty text comes with a reason;
- every word of the output is in the input (after the decoding and the entity and Markdown
  escapes the renditions define): the extractor selects text, it never makes any up;
- the same input gives the same output.
"""

from __future__ import annotations

import html
import re
import unicodedata

import pytest
from hypothesis import example, given, note
from hypothesis import strategies as st

from extractor import Result, extract
from extractor.decode import decode
from extractor.mojibake import needs_repair, repair

FORMATS = [None, "html", "fragment", "markdown", "text"]
_SPACE = re.compile(r"[\s\u00a0\u200b\u3000\ufeff\\]+")
#: trafilatura writes a table's cells as "| a | b |": the bars are layout, like the line breaks
_SPACE_AND_CELLS = re.compile(r"[\s\u00a0\u200b\u3000\ufeff\\|]+")
#: what text may never hold: control characters (tab and newline aside) and lone surrogates
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")

#: every character, surrogates and controls included
any_text = st.text(st.characters(codec=None, categories=None), max_size=400)
#: pieces of markup of every rendition, glued with random text: the parsers' corners
_MARKUP = ["<p>", "</p>", "<div class='nav'>", "</div>", "<br>", "<a href='x'>", "</a>", "<script>", "</script>",
           "<!--", "-->", "<table><tr><td>", "<pre>", "</pre>", "<h1>", "</h1>", "<li>", "<ul>", "<html>", "<body>",
           "<meta charset='gbk'>", "&amp;", "&lt;", "&#0;", "&#x110000;", "&#128;", "&#x81;", "&#157", "&nbsp;", "&copy", "\n", "\n\n",
           "\r\n", "\t", "# ", "## ", "**", "__", "*", "_", "`", "```\n", "> ", "- ", "1. ", "[", "](", ")",
           "![", "<http://a.b/c>", "\\", "|", "---\n", "===\n", "    ", "\u3000", "\ufeff", "\x00", "\ud800",
           "Share: Facebook Twitter", "Related", "相关阅读", "首页 > 新闻", "© 2024 All rights reserved.",
           "The council approved the budget on Tuesday after a long debate.", "市政府周二宣布了新的交通计划。",
           "...", "…", "a/" * 10]
markup_soup = st.lists(st.one_of(st.sampled_from(_MARKUP), st.text(max_size=30)), max_size=60).map("".join)


_TAG = re.compile(r"<[^<>]*>")
_END_TAG = re.compile(r"</[^<>]*>|<![^<>]*>")
#: numeric references (an invalid one reads U+FFFD, a C1 one the windows-1252 character in HTML)
_NUMERIC = re.compile(r"&#[xX]?[0-9a-fA-F]*;?")
#: a Markdown code span (its content is literal: no references, no markup)
_CODE_SPAN = re.compile(r"(`+)(.+?)(?<!`)\1(?!`)", re.S)
#: a CommonMark autolink: <scheme:...> or <address@domain>, read as its content
_AUTOLINK = re.compile(r"<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*|[^<>\s@]+@[^<>\s@]+)>")
#: references as CommonMark reads them: with their semicolon only (HTML also reads `&copy`)
_STRICT_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _source_forms(data: str | bytes) -> list[str]:
    """The input as the pipeline decodes it, with entity references resolved (once and twice:
    Markdown passes `&amp;` to HTML, which reads it again; everywhere, or outside Markdown code
    spans only, whose content stays literal), with and without its tags (text on
    both sides of a tag joins: `a<b>b</b>c` reads "abc"; a Markdown autolink `<http://x>` reads
    "http://x"), with and without the control characters references resolve to (`&#x81;`: the
    text drops them), without white space and backslashes (layout and Markdown escapes)."""
    text = decode(data).text
    forms = []
    brackets = _END_TAG.sub("", text).replace("<", "").replace(">", "")  # Markdown autolinks among tags
    autolinks = _AUTOLINK.sub(r"\1", text)  # ... and beside other brackets: `0><http://x>` reads "0>http://x"
    for form in (text, _TAG.sub("", text), brackets, autolinks, _NUMERIC.sub("", text)):
        once = html.unescape(form)
        strict = _strict_references(form)  # Markdown's rule
        forms += [form, once, html.unescape(once), _TAG.sub("", once), strict, html.unescape(strict)]
    forms += [_outside_code(text, _strict_references), _outside_code(text, html.unescape)]
    forms += [_CONTROL.sub("", form) for form in forms]  # references read as controls (&#x81;), dropped
    return [_SPACE.sub("", form) for form in forms]


def _strict_references(text: str) -> str:
    return _STRICT_REFERENCE.sub(lambda m: html.unescape(m.group(0)), text)


def _outside_code(text: str, resolve) -> str:
    """`resolve` applied outside Markdown code spans; a code span's content stays as it is
    (`` `&amp;`&lt; `` reads "&amp;<")."""
    out, last = [], 0
    for m in _CODE_SPAN.finditer(text):
        out += [resolve(text[last:m.start()]), m.group(2)]
        last = m.end()
    return "".join(out) + resolve(text[last:])


def _pieces(token: str, source: str) -> float:
    """How many substrings of `source` spell `token`, taking the longest each time (inf: none do)."""
    count, i = 0, 0
    while i < len(token):
        j = i + 1
        if token[i:j] not in source:
            return float("inf")
        while j < len(token) and token[i:j + 1] in source:
            j += 1
        count, i = count + 1, j
    return count


def check(data: str | bytes, fmt: str | None, extractor: str) -> None:
    result = extract(data, format=fmt, extractor=extractor)
    assert isinstance(result, Result)
    note(f"output: {result.text!r} reason: {result.reason!r}")
    for field in (result.text, result.title or ""):
        field.encode("utf-8")  # writable
        assert not _CONTROL.search(field), f"a control character in {field!r}"
    if not result.text:
        assert result.reason, "empty text without a reason"
    forms = _source_forms(data)
    # markup joins the text on its two sides: tags, Markdown emphasis and code marks, a link's URL
    source = decode(data).text
    cuts = 1 + source.count("<") + sum(source.count(mark) for mark in ("*", "_", "`", "~", "]("))
    references = "&#" in source
    if references:  # an invalid numeric reference reads U+FFFD (Markdown and HTML differ on which)
        forms = [form.replace("\ufffd", "") for form in forms]
    forms += [unicodedata.normalize("NFC", form) for form in forms]  # decoding composes (NFC)
    if any("double-encoded" in n for n in result.notes) or needs_repair(source):
        forms += [repair(form) for form in forms]  # double-encoded text comes out repaired (ftfy)
    layout = _SPACE
    if result.extractor == "trafilatura":  # it drops what does not print (unassigned, format characters)
        forms += ["".join(ch for ch in form if ch.isprintable()) for form in forms]
        layout = _SPACE_AND_CELLS
    for token in layout.split(result.text):
        if references:
            token = token.replace("\ufffd", "")
        if token and not any(token in form for form in forms):
            pieces = min(_pieces(token, form) for form in forms)
            assert pieces <= cuts, f"{token!r} is not in the input ({pieces} pieces, {cuts - 1} marks)"
    again = extract(data, format=fmt, extractor=extractor)
    assert (again.text, again.title, again.reason, again.format) == \
        (result.text, result.title, result.reason, result.format), "a second run answered differently"


EXTRACTORS = ["fast", "full", "auto"]


@pytest.mark.parametrize("extractor", EXTRACTORS)
@given(data=any_text, fmt=st.sampled_from(FORMATS))
def test_any_text(extractor, data, fmt):
    check(data, fmt, extractor)


@pytest.mark.parametrize("extractor", EXTRACTORS)
@given(data=st.binary(max_size=600), fmt=st.sampled_from(FORMATS))
def test_any_bytes(extractor, data, fmt):
    check(data, fmt, extractor)


@pytest.mark.parametrize("extractor", EXTRACTORS)
@given(data=markup_soup, fmt=st.sampled_from(FORMATS), form=st.sampled_from(["str", "utf-8", "gb18030", "utf-16"]))
# inputs hypothesis found where the check itself had to learn a rendition's rule (not extractor bugs)
@example(data="<p>--></div>-->", fmt=None, form="str")  # text on both sides of a tag joins
@example(data="Share: Facebook Twitter<a href='x'><http://a.b/c>", fmt="markdown", form="str")  # autolink
@example(data=":*0*", fmt="markdown", form="str")  # emphasis marks join text
@example(data="The council approved the budget.&#128;0", fmt="markdown", form="str")  # U+FFFD in Markdown
@example(data="&amp;&copy", fmt="markdown", form="str")  # CommonMark needs the semicolon, HTML does not
@example(data="<p><table><tr><td>-->", fmt=None, form="str")  # auto's trafilatura answer: "| --> |"
@example(data="<p>Share: Facebook Twitter<p>0\x800\ud7fc0\ud7fc0", fmt=None, form="str")  # trafilatura drops U+D7FC
@example(data="<title>a&#x8d;b</title><p>The council approved the budget&#x81; on Tuesday.&#157", fmt=None, form="str")
@example(data="0&#157A", fmt="html", form="str")  # a reference read as a control joins the text around it
@example(data="&#128;&#x81;-->", fmt="html", form="str")
@example(data="<p><p>首页 > 新闻\uf900", fmt=None, form="str")  # trafilatura's NFC: U+F900 reads U+8C48
@example(data="0><http://a.b/c>The council approved the budget on Tuesday after a long debate.", fmt="markdown",
         form="str")  # an autolink beside a bracket
@example(data="`&amp;`&lt;", fmt="markdown", form="str")  # a code span keeps its references as they are
def test_markup_soup(extractor, data, fmt, form):
    payload = data if form == "str" else data.encode(form, "surrogatepass" if form != "gb18030" else "replace")
    check(payload, fmt, extractor)
