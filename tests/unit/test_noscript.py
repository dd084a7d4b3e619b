"""<noscript>: what a browser running scripts never shows is not the story, unless it is all there is."""

from extractor import extract

STORY = "<p>" + "The council voted on Tuesday to keep the old market hall open for another ten years. " * 4 + "</p>"


def test_a_noscript_notice_beside_the_story_is_dropped():
    page = (f"<html><body><article>{STORY}{STORY}</article><noscript><p>Sadly, you must enable JavaScript "
            "to read the comments below, because our comment system needs it to run.</p></noscript></body></html>")
    text = extract(page, extractor="full").text
    assert "council voted" in text and "enable JavaScript" not in text


def test_a_page_whose_only_text_is_in_noscript_is_read():
    # an app shell: an empty mount point, the article for readers without scripts
    page = f"<html><body><div id='app'></div><noscript><article>{STORY}{STORY}</article></noscript></body></html>"
    result = extract(page, extractor="full")
    assert "council voted" in result.text and result.reason is None
