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
    text = extract(page, extractor="full").text
    assert "Companies using Polly Brand are FICO" in text
    assert "Our services" not in text


def test_a_linked_heading_over_the_storys_prose_heads_it():
    para = ("<p>SageMaker gives developers and data scientists the services to build, train and deploy "
            "models quickly, in one place, from notebooks to hosting, with the tools each step needs.</p>")
    page = (
        "<html><body><article><h1>Machine learning tools</h1>"
        "<p>Here are the tools most teams reach for first, each with what it does and who uses it, "
        "so that you can choose the right one for the work you have in mind this year.</p>"
        f"<h2><a href='/polly'>1. Amazon Polly</a></h2><figcaption>Source</figcaption>{para}"
        f"<h2><a href='/sagemaker'>2. Amazon SageMaker</a></h2>{para}"
        "</article></body></html>"
    )
    text = extract(page, extractor="full").text
    assert "1. Amazon Polly" in text and "2. Amazon SageMaker" in text


def test_a_manuals_linked_section_heading_over_a_short_first_paragraph_heads_it():
    page = (
        "<html><body><div class='body'><section><h1>Monitoring Guide</h1>"
        "<p>There are several tools available to monitor and inspect the cluster, and this document "
        "describes some of them, as well as the features related to monitoring.</p>"
        "<section><h3><a href='#id1'>Management Command-line Utilities</a></h3>"
        "<p>celery can also be used to inspect and manage worker nodes, and the queues, to some degree.</p>"
        "<p>To list all the commands available, run the help command with no arguments at all, which "
        "prints each command with a line about what it does and the options it takes.</p>"
        "</section></section></div></body></html>"
    )
    text = extract(page, extractor="full").text
    assert "Management Command-line Utilities" in text


def test_a_sentence_linked_nearly_whole_between_two_prose_paragraphs_stays():
    before = ("The network projected the electoral vote onto the side of the skyscraper, a map of the country "
              "lit red and blue as the night went on and the results came in.")
    linked = "CNN meanwhile used the Empire State Building to show the colorful results."
    after = ("To truly appreciate the effect of backgrounds, consider what you would have seen had the same "
             "speech been delivered in front of a plain curtain in a school gym.")
    page = ("<html><body><div class='post'><h1>Backgrounds</h1>"
            f"<p>{before}</p><p><a href='/cnn'>CNN</a> meanwhile <a href='/esb'>used the Empire State Building to "
            f"show the colorful results</a>.</p><p>{after}</p>"
            "<p><a href='/a'>Home</a> <a href='/b'>About</a> <a href='/c'>Contact</a></p>"
            "</div></body></html>")
    result = extract(page, extractor="full")
    assert before in result.text and linked in result.text and after in result.text
    assert "Contact" not in result.text
