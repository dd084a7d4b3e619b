"""A blurb of keywords set apart by commas votes as one paragraph, not one vote per comma: it
no longer outweighs the post beside it."""

from extractor import extract
from extractor.classify import comma_list

_POST = ("<p>We spent the weekend on the coast, walked the cliffs, and ate far too much fish, "
         "which, as anyone who knows us will tell you, is the whole point of a weekend away.</p>")
_BLURB = ("<div class='side'><p>About me: " + ", ".join(
    f"keyword{n} thing" for n in range(60)) + "</p></div>")


def test_a_list_of_short_items_is_a_comma_list_and_a_sentence_is_not():
    assert comma_list("advertising, PR, midtown, the Upper East Side, capri pants, ads, "
                      "copywriting, brunch, cats, subway, Mondays")
    assert not comma_list(_POST[3:-4])


def test_a_comma_stuffed_blurb_does_not_win_the_container_over_the_post():
    page = ("<html><body>" + _BLURB + "<div class='entry'>" + _POST * 3 + "</div></body></html>")
    text = extract(page, extractor="full").text
    assert "We spent the weekend on the coast" in text
    assert "keyword10" not in text
