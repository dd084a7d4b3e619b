"""A named anchor (`<a name="post42">`, no href) is a place to link to, not a link: old forum and
blog markup leaves one unclosed, and then it spans the posts below it, whose text must still read
as prose, not as a list of links. An <a> without href that is a control stays a link."""

from extractor import extract
from extractor.parse import parse


def test_text_inside_an_unclosed_named_anchor_is_no_link_text():
    doc = parse("<body><a name='MT'><table><tr><td><p>The first post, a few words long.</p>"
                "<p>See <a href='/faq'>the FAQ</a> first.</p></td></tr></table></body>", "html")
    post, faq = doc.blocks
    assert post.link_chars == 0
    assert faq.link_chars == len("the FAQ")


def test_an_a_without_href_that_is_a_control_still_counts_as_a_link():
    doc = parse("<body><p><a class='filter' data-filter='brand'>Brand</a></p>"
                "<p><a onclick='go()'>Open the shop</a></p><p><a id='x' name='x'>Here</a></p></body>", "html")
    control, script, anchor = doc.blocks
    assert control.link_chars == len(control.text) and script.link_chars == len(script.text)
    assert anchor.link_chars == 0


_POST = ("<p>{who} wrote about the evaluation today. She did great, right on target for her age, "
         "and we are so proud of her, after two years of visits every other week.</p>")


def test_short_posts_of_a_thread_in_an_unclosed_named_anchor_are_kept():
    posts = "".join(f"<table><tr><td><a name='POST{n}'> By <b><a href='/u{n}'>User{n}</a></b> on May {n}, 2003"
                    f"</td></tr></table>" + _POST.format(who=f"User{n}") for n in range(1, 6))
    page = ("<html><body><div><a href='/'>Home</a> <a href='/boards'>Boards</a></div>"
            f"<a name='MT'><table width='95%'><tr><td>{posts}</td></tr></table></body></html>")
    text = extract(page, extractor="full").text
    assert all(f"User{n} wrote about the evaluation" in text for n in range(1, 6))
