"""The public API: arguments checked with messages that say what to change; a Result that explains itself."""

import json

import pytest

from extractor import ExtractorError, Options, Result, extract

PAGE = """<html lang="en"><head><title>Night buses expand - City Times</title>
<meta property="article:published_time" content="2024-03-05T09:30:00Z">
<link rel="canonical" href="https://news.example.com/night-buses"></head><body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
<article><h1>Night buses expand</h1>
<p>The city council voted on Tuesday to expand the night bus network, adding four routes that will run until 3 a.m. on weekends.</p>
<h2>What changes</h2>
<p>Officials said the change would cost about two million a year, paid from the transport budget, and would start in May.</p>
<ul><li>Route N4 reaches the hospital district for the first time.</li><li>Route N9 links the two train stations.</li></ul>
<div class="share-bar">Share this: Facebook Twitter Email</div></article>
<aside class="related"><h3>Related</h3><ul><li><a href="/a">Council budget approved</a></li><li><a href="/b">Tram works delayed</a></li></ul></aside>
<footer>© 2024 City Times. All rights reserved.</footer></body></html>"""


def test_page_gives_article_and_metadata():
    r = extract(PAGE)
    assert r.title == "Night buses expand"
    assert r.published == "2024-03-05T09:30:00"
    assert r.url == "https://news.example.com/night-buses"
    assert r.lang == "en" and r.format == "html"
    assert r.paragraphs[0].startswith("The city council voted")
    assert "What changes" in r.text and "Route N9 links the two train stations." in r.text
    for boilerplate in ("Home", "Share this", "Council budget approved", "All rights reserved"):
        assert boilerplate not in r.text


def test_explain_names_the_rule_for_each_dropped_block():
    r = extract(PAGE)
    rules = {d.text: d.rule for d in r.dropped()}
    assert rules["Share this: Facebook Twitter Email"].endswith("share")
    assert "format=html" in r.explain() and "Share this" in r.explain()


def test_to_markdown_and_to_dict():
    r = extract(PAGE)
    md = r.to_markdown()
    assert md.startswith("# Night buses expand") and "## What changes" in md and "- Route N4" in md
    d = r.to_dict()
    assert json.loads(json.dumps(d))["title"] == "Night buses expand" and d["text"] == r.text


@pytest.mark.parametrize("kwargs, message", [
    ({"extractor": "nope"}, "unknown extractor"),
    ({"format": "pdf"}, "format must be"),
    ({"favor": "speed"}, "favor must be"),
    ({"no_such_option": 1}, "unknown option"),
    ({"sites": 3}, "sites must be"),
    ({"url": 5}, "url must be"),
])
def test_invalid_arguments_raise_one_documented_error(kwargs, message):
    with pytest.raises(ExtractorError, match=message):
        extract("<p>x</p>", **kwargs)


def test_wrong_data_type_raises():
    with pytest.raises(ExtractorError, match="str or bytes"):
        extract(12345)


def test_empty_input_gives_empty_result_with_reason():
    for data in ("", "   \n ", b"", "<!-- only a comment -->"):
        r = extract(data)
        assert isinstance(r, Result) and r.text == "" and r.reason


def test_options_override_by_keyword_and_object():
    assert "Route N4" not in extract(PAGE, include_lists=False).text
    assert "Route N4" not in extract(PAGE, options=Options(include_lists=False)).text
    with pytest.raises(Exception):
        Options().favor = "recall"  # frozen


def test_format_override_reads_html_as_text():
    r = extract("<p>Hello there, a story about buses.</p>", format="text")
    assert r.format == "text" and "<p>" in r.text


@pytest.mark.parametrize("name", ["trafilatura", "readability"])
def test_adapters_share_the_interface(name):
    r = extract(PAGE, extractor=name)
    assert r.extractor == name and "night bus network" in r.text


def test_adapters_never_raise_on_empty_input():
    assert extract("", extractor="readability").reason
    assert extract("<!-- c -->", extractor="readability").text == ""


def test_output_is_composed_to_nfc():
    """'geprüft' saved as u + U+0308 comes out as the one character a user searches for (NFC), in
    the text, the title and the Markdown, from str and from bytes alike."""
    story = "Besonders bei Babyschalen sollte gepru\u0308ft werden, ob die Gurtla\u0308nge im Fahrzeug ausreicht."
    page = f"<html><head><title>Kindersitze gepru\u0308ft</title></head><body><article><p>{story}</p></article></body></html>"
    for data in (page, page.encode("utf-8")):
        r = extract(data, extractor="full")
        assert "geprüft werden, ob die Gurtlänge" in r.text
        assert r.title == "Kindersitze geprüft"
        assert "geprüft werden" in r.to_markdown()


def test_option_overrides_from_the_command_line_are_read_by_type_and_checked():
    from extractor.options import overrides_from_strings

    assert overrides_from_strings(["favor=precision", "include_tables=false", "time_budget=2.5",
                                   "max_chars=1000", "fallback=no"]) == {
        "favor": "precision", "include_tables": False, "time_budget": 2.5, "max_chars": 1000, "fallback": False}
    assert overrides_from_strings(["time_budget=none"]) == {"time_budget": None}
    for bad, says in (["colour=red"], "NAME one of"), (["include_tables=maybe"], "true or false"), \
            (["favor=fast"], "balanced, precision, recall"), (["time_budget=soon"], "a number"), (["favor"], "NAME=VALUE"):
        with pytest.raises(ExtractorError, match=says):
            overrides_from_strings(bad)


def _fake_trafilatura(monkeypatch, text):
    import extractor.adapters.trafilatura as adapter

    monkeypatch.setattr(adapter, "run_text_only", lambda data, url=None, fmt=None: Result(
        text=text, format="html", extractor="trafilatura"))


SHORT_POST = ("<html><body><div class='post'><h1>Broken Arrows</h1><p>A perfect song by a band we love, "
              "found thanks to a friend.</p></div></body></html>")


def test_auto_keeps_a_short_story_against_an_answer_a_little_longer(monkeypatch):
    # trafilatura's answer adds the page's widgets to the same short post: not evidence we missed it
    ours = extract(SHORT_POST, extractor="full").text
    assert ours
    _fake_trafilatura(monkeypatch, ours + " No comments yet. RSS feed for comments.")
    result = extract(SHORT_POST)
    assert result.extractor == "full" and result.text == ours


def test_auto_takes_a_far_longer_answer_when_ours_is_scraps(monkeypatch):
    story = " ".join(f"Sentence {k} of the story that our extractor missed on this page." for k in range(30))
    _fake_trafilatura(monkeypatch, story)
    result = extract(SHORT_POST)
    assert result.extractor == "trafilatura" and result.text == story


def test_auto_keeps_the_pages_metadata_with_trafilaturas_text(monkeypatch):
    # the fallback asks trafilatura for its text only; title, date and URL are what we read
    page = SHORT_POST.replace("<html>", "<html lang='en'><head><title>Broken Arrows | Blog</title>"
                              "<meta property='article:published_time' content='2024-03-05T10:00:00Z'>"
                              "<link rel='canonical' href='https://blog.example/broken-arrows'></head>")
    story = " ".join(f"Sentence {k} of the story that our extractor missed on this page." for k in range(30))
    _fake_trafilatura(monkeypatch, story)
    result = extract(page)
    assert result.extractor == "trafilatura" and result.text == story
    assert result.title == "Broken Arrows" and (result.published or "").startswith("2024-03-05")
    assert result.url == "https://blog.example/broken-arrows" and result.lang == "en"
    assert any("far longer text used" in note for note in result.notes)


def test_auto_asks_trafilatura_when_ours_is_a_few_short_paragraphs(monkeypatch):
    # ours: a few short paragraphs (under SHORT_WEIGHT), trafilatura: a whole story far longer
    from extractor.pipeline import SHORT_WEIGHT

    page = ("<html><body><div class='intro'>" + "".join(
        f"<p>Short paragraph {k} on this page, which is most of what we found here.</p>" for k in range(6))
        + "</div></body></html>")
    ours = extract(page, extractor="full").text
    assert 250 < len(ours) < SHORT_WEIGHT
    story = " ".join(f"Sentence {k} of the story that our extractor missed on this page." for k in range(80))
    _fake_trafilatura(monkeypatch, story)
    assert extract(page).text == story


def test_auto_does_not_ask_trafilatura_over_a_few_paragraphs_of_a_huge_page(monkeypatch):
    # a page of many megabytes (a huge attribute): trafilatura would take seconds over it, and a
    # few short paragraphs found there are no sign of a miss
    page = ("<html><body><div class='intro' data-x='" + "x" * 1_500_000 + "'>" + "".join(
        f"<p>Short paragraph {k} on this page, which is most of what we found here.</p>" for k in range(6))
        + "</div></body></html>")
    ours = extract(page, extractor="full").text
    assert ours
    _fake_trafilatura(monkeypatch, " ".join(f"Sentence {k} of another answer." for k in range(200)))
    assert extract(page).text == ours


def test_a_text_copys_title_is_no_line_of_two_sentences():
    story = ("在上周的军博展会上，汤先生夫妇发现了两个产权投资项目，业主可以获得每年百分之八的固定回报，"
             "十年后开发商按原价回购，这让夫妇二人十分心动，决定再仔细比较一番。")
    lead = "去年房价猛涨，小两口也心痒痒了。合计合计，决定拿出10万元来做房产投资 京城每日购房情报"
    text = "\n\n".join(["拿出10万元投资房产 小两口尝试以钱生钱", "新浪首页 > 房产 > 正文", lead, story, story])
    r = extract(text, format="text", extractor="full")
    assert r.title == "拿出10万元投资房产 小两口尝试以钱生钱"
