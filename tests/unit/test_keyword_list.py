"""A block of keywords stuffed into a page for search engines ("actions, bag, aim, definition,
...") is dropped even inside the story's container; lists of names and sentences that list things
stay."""

from extractor import extract
from extractor.classify import keyword_list

_WORDS = ("actions, bag, aim, definition, acid, atmosphere, welfare, doubt, laws, examination, troops, "
          "doors, demands, debt, partner, milk, address, middle, attitudes, ibm, reduction, mr., "
          "criticism, stories, teeth, explanation, centres, schemes, housing, visitors")
_PLACES = ("Green Valley Lake, Guasti, Guatay, Hacienda Heights, Harbor City, Hawaiian Gardens, Hawthorne, "
           "Helendale, Hemet, Hermosa Beach, Hesperia, Highland, Hinkley, Homeland, Huntington Beach, "
           "Huntington Park, Idyllwild, Imperial Beach, Indian Wells, Indio, Inglewood, Irvine")
_EFFECTS = ("The following adverse effects have occurred in clinical trials: syncope, AV block, postural "
            "hypotension, chest pain, dyspnea, tremor, gait abnormality, vertigo, taste alteration, anorexia, "
            "increased appetite, dry mouth, vomiting, diarrhea, increased saliva, acute hepatic injury, "
            "pruritus, urticaria, conjunctivitis, amblyopia, malaise, fever.")
_PROSE = ("<p>The agency places managers with foreign companies in the region, and it has done so for "
          "fifteen years, from its offices in three cities, with a staff that speaks four languages.</p>")


def test_a_long_list_of_lower_case_words_is_a_keyword_list():
    assert keyword_list(_WORDS)


def test_names_and_sentences_that_list_things_are_not():
    assert not keyword_list(_PLACES)  # a list of places is of names
    assert not keyword_list(_EFFECTS)  # a sentence opens with its own words
    assert not keyword_list(_PROSE[3:-4])
    assert not keyword_list("apples, pears, plums, cherries, figs")  # a few items


def test_a_keyword_block_inside_the_story_is_dropped():
    page = "<html><body><div class='entry'>" + _PROSE * 3 + "<p>" + _WORDS + "</p>" + _PROSE + "</div></body></html>"
    text = extract(page, extractor="full").text
    assert "The agency places managers" in text
    assert "atmosphere, welfare" not in text
