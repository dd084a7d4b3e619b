"""The optimised HTML walker gives exactly the blocks and element tables of a straightforward one.

`reference_walker.py` is the original, unoptimised algorithm; every test here parses a document
with both and compares everything a Block and a Document carry. Speed itself is measured by
benchmarks/speed.py, never here.
"""

from __future__ import annotations

import random

import pytest
from selectolax.lexbor import LexborHTMLParser

import reference_walker
from corpus_paths import shared_files
from extractor.blocks import Source
from extractor.parse import html as live
from extractor.parse import markdown as md


def _dump(doc):
    blocks = [(b.text, b.kind, b.index, b.source, b.tag, b.path, b.tokens, b.link_chars, b.depth, b.level,
               b.node, b.ancestors, b.href) for b in doc.blocks]
    return blocks, doc.parent, doc.end, doc.tags, [tuple(t) for t in doc.etokens]


def _same(html: str, br_splits: bool = False, source: Source = Source.HTML) -> None:
    want = _dump(reference_walker.parse_tree(LexborHTMLParser(html), source, br_splits))
    got = _dump(live.parse_tree(LexborHTMLParser(html), source, br_splits))
    assert got == want


CASES = {
    "paragraphs": "<body><div class='story-body' id='main'><h2>Sub</h2><p>Text <a href='/x'>link</a> more</p></div></body>",
    "inline text around blocks": "<div>before <p>inside</p> after <span>tail</span></div>",
    "skip and hidden": "<body><script>x=1</script><style>p{}</style><p hidden>no</p><p style='DISPLAY : none'>no</p>"
                       "<p style='visibility:hidden'>no</p><p style='color:none'>yes</p><noscript><p>ns</p></noscript>"
                       "<svg><text>svg</text></svg><p>shown</p></body>",
    "hidden root": "<html><body hidden><p>all hidden</p></body></html>",
    "hiding classes": "<p class='hidden'>no</p><div class='box HIDE'><p>no</p></div><p class='d-none d-md-block'>yes</p>"
                      "<p class='hidden lg:flex'>yes</p><p class='hidden-xs'>yes</p><p class='is-hidden'>no</p>",
    "aria-hidden": "<p><span aria-hidden='TRUE'>no</span>yes <i aria-hidden='true'><b>no</b></i></p>"
                   "<div aria-hidden='true'><p>block kept</p></div><span aria-hidden='true'><p>kept</p></span>"
                   "<span aria-hidden='false'>shown</span>",
    "hidden inline elements": "<p>a<br class='hidden'>b<a href='/h' class='d-none'>gone</a><span class='HIDE x'>no<b>x</b>"
                              "</span><a href='/k' style='display:none'></a><i hidden></i>c<br style='visibility:hidden'>"
                              "<br>d</p><div><a href='/img' class='invisible'><img></a></div><p>after</p>"
                              "<div class='is-hidden'></div>",
    "br runs": "<td>First<br><br>Second<br>same line<br> <br>third</td><p>a<br>b</p>",
    "br inside a link": "<p><a href='/l'>one<br>two</a></p>",
    "pre": "<pre>  line one\n    line two\n\n</pre><pre><div>in block</div>  tail  \n text</pre>",
    "link only blocks": "<ul><li><a href='/a'>Alpha</a></li><li><a href='/b'>Beta</a> <a href='/c'>Gamma</a></li>"
                        "<li><a>no href</a></li><li><a href=''>empty href</a></li></ul>",
    "hrefs without text carry over": "<div><a href='/img'><img src='x'></a></div><p>next block</p>"
                                     "<div>\n  <a href='/y'></a>\n</div><p>after white space</p>",
    "leaf blocks": "<div></div><p></p><hr><pre></pre><div><a href='/z'></a></div><p>end</p>",
    "white space": "<div>\n   \n  <p>\n  Text  with   spaces \n</p>\n  \t  </div>\u00a0<p>\u200b\ufeff x \u3000 y</p>",
    "cjk": "<p>总统<a href='/t'>\n  普京\n</a>极少出国访问</p><p>北京“\n一带一路\n”论坛</p>",
    "deep nesting": "<div class='d0'>" + "".join(f"<div class='d{i}'><span>t{i}</span>" for i in range(1, 15))
                    + "<h3>deep head</h3><li>deep item</li>" + "</div>" * 15,
    "kind at the edge of memory": "".join(f"<li>{'<div>' * n}x{n}{'</div>' * n}</li>" for n in range(5, 11))
                                  + "".join(f"<h2>{'<p>' * n}h{n}</h2>" for n in range(6, 10)),
    "kinds": "<table><caption>Cap</caption><tr><th>H</th><td>cell <b>bold</b></td></tr></table><dl><dt>t</dt>"
             "<dd>d</dd></dl><blockquote><p>q</p></blockquote><figure><figcaption>fc</figcaption></figure>"
             "<h1>one</h1><h6>six</h6><h2><span>in heading</span><div>block in heading</div></h2>",
    "attributes": "<div class='Article-Body story_text x' id='ID-9' itemprop='articleBody' role='main' "
                  "data-track-id='1' data-x='2' data-component-name='a'><p class='" + "a" * 50 + " ok'>t</p>"
                  "<p class='" + "w " * 300 + "'>long class</p></div>",
    "comments and custom elements": "<div><!-- c --><my-widget>custom <b>text</b></my-widget><x-y><p>p</p></x-y></div>",
    "text outside blocks": "loose text <b>bold</b> <p>para</p> trailing",
    "frames and legacy": "<center>c</center><listing>l</listing><xmp><b>x</b></xmp><dir><li>d</li></dir>",
    "template and dialog": "<template><p>tpl</p></template><dialog open><p>dlg</p></dialog><p>ok</p>",
    "empty": "",
    "only white space": "   \n  ",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_handwritten_documents(name):
    _same(CASES[name])
    _same(CASES[name], br_splits=True, source=Source.MARKDOWN)


def _random_html(rng: random.Random, size: int) -> str:
    tags = ["div", "p", "span", "a", "b", "li", "ul", "pre", "h2", "td", "tr", "table", "br", "img", "script",
            "section", "em", "blockquote", "figcaption", "noscript", "my-el", "hr", "nav", "iframe"]
    texts = ["", " ", "\n  ", "word", "two words", " spaced ", "总统", "\n普京\n", "“", "x\u00a0y", "\u200b", "a\tb"]
    out: list[str] = []
    open_tags: list[str] = []
    for _ in range(size):
        roll = rng.random()
        if roll < 0.35:
            tag = rng.choice(tags)
            attrs = ""
            if rng.random() < 0.4:
                attrs += f" class='{rng.choice(['nav', 'story body', 'share-bar', 'x_y', 'related posts'])}'"
            if rng.random() < 0.1:
                attrs += rng.choice([" hidden", " style='display:none'", " style='color:red'", " data-ad-slot='1'"])
            if tag == "a" and rng.random() < 0.8:
                attrs += f" href='/{rng.randint(0, 9)}'"
            out.append(f"<{tag}{attrs}>")
            if tag not in ("br", "img", "hr"):
                open_tags.append(tag)
        elif roll < 0.6 and open_tags:
            out.append(f"</{open_tags.pop()}>")
        else:
            out.append(rng.choice(texts))
    return "".join(out)


def test_random_documents():
    rng = random.Random(7)
    for _ in range(400):
        html = _random_html(rng, rng.randint(1, 80))
        _same(html)
        _same(html, br_splits=True, source=Source.MARKDOWN)


def test_markdown_documents_use_the_same_walker():
    assert md.parse_tree is live.parse_tree  # Markdown renders to HTML and goes through this walker


CORPUS = shared_files("*/cases/*.html")


@pytest.mark.skipif(not CORPUS, reason="shared corpora not available")
def test_a_sample_of_corpus_pages():
    for path in CORPUS[:: max(1, len(CORPUS) // 40)]:
        with open(path, "rb") as handle:
            _same(handle.read().decode("utf-8", "replace"))


@pytest.mark.parametrize("shape", ["text only at the bottom", "text at every level", "text on the way up"])
def test_deep_nesting(shape):
    # 20,000 levels (the walk is iterative). Text only at the bottom: distinct class words per
    # level (a token set per level on the way down would cost the square of the depth). Text at
    # every level: a few class words (with distinct ones the blocks' token sets themselves would
    # hold the square of the depth)
    depth = 20_000
    if shape == "text at every level":
        html = "".join(f"<div class='c{i % 50}'><p>p</p>" for i in range(depth)) + "deep" + "</div>" * depth
    elif shape == "text on the way up":  # no text on the way down, a tail after every closing tag
        html = "".join(f"<div class='c{i % 50}'>" for i in range(depth)) + "deep" + "</div>tail" * depth
    else:
        html = "".join(f"<div class='c{i}'>" for i in range(depth)) + "deep" + "</div>" * depth
    _same(html)
