"""A sentence naming linked things, right after the story's prose, is the story's."""

from extractor import extract


def test_a_sentence_of_linked_names_after_prose_stays_and_a_row_of_links_goes():
    page = (
        "<html><body><article><h1>Speech services</h1>"
        "<p>It is a service that turns text into lifelike speech, and it helps developers build "
        "applications that talk, in many voices and languages, with a custom brand voice too.</p>"
        "<p>Companies using <a href='/a'>Polly Brand</a> are <a href='/b'>FICO</a>, "
        "<a href='/c'>USA Today</a>, <a href='/d'>ProQuest</a>, <a href='/e'>CBSi</a>, "
        "<a href='/f'>Whooshkaa</a>, <a href='/g'>MapBox</a>, <a href='/h'>etc</a>.</p>"
        "<p>The service also stores the speech it makes, so that it can be played again later "
        "without paying for it twice, which keeps the cost of a busy application low.</p>"
        "</article><div class='links'><p><a href='/1'>Home</a> | <a href='/2'>About us</a> | "
        "<a href='/3'>Our services</a> | <a href='/4'>Contact</a>.</p></div></body></html>"
    )
    text = extract(page, extractor="fast").text
    assert "Companies using Polly Brand are FICO" in text
    assert "Our services" not in text
