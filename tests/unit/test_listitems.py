"""List items with words of their own beside their link are the story's points; a list of linked
titles with one blurb among them is still a link list."""

from extractor import extract

STORY = ("<p>This week the team landed a long list of fixes, and several people from the community "
         "helped with patches, reviews and testing, which we are grateful for.</p>"
         "<p>Here is what changed in the browser since the last issue of this newsletter, in short.</p>")
POINTS = [
    ("Bug 1677080 – Fullscreen picture window is affected by switching tabs", ", fixed by mhowell"),
    ("Users can now import logins from a password manager file", ", thanks to evilpie"),
    ("An AsyncShutdown hang caused by the history page is gone", ", fixed by mconley"),
]
TITLES = ["Sewing School", "Crafting Fun", "Draw Write Now", "Paper Birds"]


def _page(items: str) -> str:
    return (f"<html><body><div class='post'><h1>These weeks in the browser</h1>{STORY}<ul>{items}</ul>"
            f"<p>That is all for this time; thanks again to everyone who sent a patch our way.</p></div>"
            f"</body></html>")


def test_a_list_of_linked_points_with_their_own_words_is_kept():
    items = "".join(f"<li><a href='/b/{k}'>{link}</a>{rest}</li>" for k, (link, rest) in enumerate(POINTS))
    text = extract(_page(items), extractor="full").text
    for link, rest in POINTS:
        assert link + rest in text


def test_one_blurb_in_a_list_of_linked_titles_stays_a_link_list():
    items = "".join(f"<li><a href='/t/{k}'>{t}: Things to Make and Do with Kids</a></li>" for k, t in enumerate(TITLES))
    items += "<li><a href='/t/9'>Marie Hablitzel: Draw Write Now, Book 1, On the Farm</a> love it!</li>"
    text = extract(_page(items), extractor="full").text
    assert "Marie Hablitzel" not in text and "Sewing School" not in text


def test_linked_titles_in_rows_with_plain_cells_are_the_tables_data():
    films = ["Repeat Performance", "The Time Travelers", "Groundhog Day", "Run Lola Run"]
    rows = "".join(f"<tr><td><a href='/wiki/{k}'>{t}</a></td><td>{1947 + 9 * k}</td>"
                   f"<td>A man relives one day again and again, until he learns what it asks of him.</td></tr>"
                   for k, t in enumerate(films))
    page = (f"<html><body><div class='post'><h1>Films with time loops</h1>{STORY}"
            f"<table><tr><th>Film</th><th>Year</th><th>Description</th></tr>{rows}</table>"
            f"<p>That is all for this time; thanks again to everyone who sent a title our way.</p></div></body></html>")
    text = extract(page, extractor="full").text
    for t in films:
        assert t in text


def test_a_linked_sentence_among_plain_points_is_one_more_point():
    items = ("<li>Colors from plants and spices</li><li>Tested for heavy metals</li><li>Allergy-friendly</li>"
             "<li><a href='/how-to'>Use your colors like a pro with our how-to!</a></li>")
    text = extract(_page(items), extractor="full").text
    assert "Use your colors like a pro with our how-to!" in text and "Allergy-friendly" in text


CAMERAS = ["Nikon Z5II Mirrorless Camera with 24-105mm Lens", "Nikon Z6III Mirrorless Camera with 50mm Lens",
           "Panasonic LUMIX S9 Mirrorless Camera with 18-40mm Lens", "Panasonic LUMIX ZS99 Digital Camera"]


def test_the_linked_titles_of_a_grid_of_described_tiles_are_kept():
    # a shop's grid names each product by a link to its page; the name belongs with its points
    tile = ("<div class='product-card'><h2 class='product-title'><a href='/p/{k}'>{name}</a></h2><ul>"
            "<li>Capture stunning images with a full-frame sensor.</li>"
            "<li>Record cinematic video with advanced capabilities.</li></ul></div>")
    grid = "".join(tile.format(k=k, name=name) for k, name in enumerate(CAMERAS))
    html = f"<html><body><main><h1>Mirrorless cameras</h1><section class='grid'>{grid}</section></main></body></html>"
    text = extract(html, extractor="full").text
    for name in CAMERAS:
        assert name in text


def test_two_described_tiles_make_no_grid():
    from extractor.classify import features
    from extractor.listitems import titled_tiles
    from extractor.options import Options
    from extractor.parse import parse

    tile = ("<div class='card'><h3><a href='/p/{k}'>{name}</a></h3>"
            "<p>Capture stunning images with a full-frame sensor, and record cinematic video.</p></div>")

    def titled(count: int) -> int:
        cards = "".join(tile.format(k=k, name=name) for k, name in enumerate(CAMERAS[:count]))
        doc = parse(f"<html><body><div class='post'>{STORY}{cards}</div></body></html>", "html")
        return len(titled_tiles(doc, features(doc, Options())))

    assert titled(2) == 0
    assert titled(3) == 3


def test_a_wholly_linked_point_in_a_list_of_points_is_one_of_them():
    # a list whose items mostly say something of their own is the story's: a point that is one link
    # ("Gijs made the toolbar load later", linked to its bug) is one of them; a link label that
    # recurs on the page (a widget's "Learn more") is not
    items = "".join(f"<li><a href='/b/{k}'>{link}</a>{rest}</li>" for k, (link, rest) in enumerate(POINTS))
    items += ("<li><a href='/b/9'>Gijs made the Bookmarks Toolbar initialization occur later in startup</a></li>"
              "<li><a href='/more/1'>Learn more</a></li>")
    html = _page(items).replace("</div></body>", "<p><a href='/more/2'>Learn more</a></p></div></body>")
    text = extract(html, extractor="full").text
    assert "Gijs made the Bookmarks Toolbar initialization occur later in startup" in text
    assert "Learn more" not in text


def test_a_list_of_linked_titles_nested_in_a_point_is_part_of_it():
    # "In progress:" and the bugs it lists; a nested list of one-word services is no point
    bugs = ["Bug 1677080 – Fullscreen picture window is affected by switching video source",
            "Bug 1678390 – Prevent picture windows from opening on top of one another"]
    nested = "".join(f"<li><a href='/b/{k}'>{b}</a></li>" for k, b in enumerate(bugs))
    services = "".join(f"<li><a href='/s/{k}'>{s}</a></li>" for k, s in enumerate(["Furl", "reddit", "Slashdot"]))
    items = "".join(f"<li><a href='/b/{k}'>{link}</a>{rest}</li>" for k, (link, rest) in enumerate(POINTS))
    items += f"<li>In progress:<ul>{nested}</ul></li><li>Share this story with friends:<ul>{services}</ul></li>"
    text = extract(_page(items), extractor="full").text
    for b in bugs:
        assert b in text
    assert "Slashdot" not in text


def test_a_table_of_contents_of_same_page_anchors_inside_the_story_is_kept():
    from extractor import extract
    body = "".join(
        f"<h2 id='part-{n}'>Part {n} of the guide</h2><p>Paragraph {n} of the guide explains the method "
        "at length, with examples, figures and the reasons behind each of the steps it takes.</p>"
        for n in range(5))
    toc = "<ul>" + "".join(f"<li><a href='#part-{n}'>Part {n} of the guide</a></li>" for n in range(5)) + "</ul>"
    away = "<ul>" + "".join(f"<li><a href='/guides/{n}'>Another guide number {n}</a></li>" for n in range(5)) + "</ul>"
    page = (f"<html><body><nav><a href='/'>Home</a></nav><article><h1>A guide</h1>{toc}{body}{away}</article>"
            "<footer><p>Copyright 2024 Example Media.</p></footer></body></html>")
    text = extract(page).text
    assert text.count("Part 3 of the guide") == 2  # its line in the contents and its heading
    assert "Another guide number" not in text


def test_a_tab_bar_of_same_page_anchors_is_no_table_of_contents():
    from extractor.listitems import contents_items
    from extractor.parse.html import parse_html
    tabs = "<ul class='tabs'>" + "".join(f"<li><a href='#tab-{n}'>Tab {n}</a></li>" for n in range(4)) + "</ul>"
    toc = "<ul>" + "".join(f"<li><a href='#part-{n}'>Part {n}</a></li>" for n in range(4)) + "</ul>"
    doc = parse_html(f"<html><body>{tabs}<p>Between the two lists.</p>{toc}</body></html>")
    assert [doc.blocks[i].text for i in sorted(contents_items(doc))] == [f"Part {n}" for n in range(4)]


def _features(last_link: bool) -> str:
    """A product page's list of features, each a heading, a description and a "Learn more" link;
    `last_link`: the last item has its link too."""
    names = ["Page Inspector", "Web Console", "Network Monitor", "Style Editor"]
    items = []
    for k, name in enumerate(names):
        link = f"<a class='more' href='/docs/{k}'>Learn more about {name}</a>" \
            if last_link or k < len(names) - 1 else ""
        items.append(f"<li class='feature'><h2>{name}</h2><p>See and change what the {name} shows of any "
                     f"page, its structure, its layout and its requests, as you browse it.</p>{link}</li>")
    return (f"<html><head><title>Developer tools</title></head><body><main><section><ul class='features'>"
            f"{''.join(items)}</ul></section></main><footer><a href='/privacy'>Privacy</a> "
            f"<a href='/legal'>Legal</a></footer></body></html>")


def test_the_run_does_not_cut_the_last_of_a_lists_items_built_alike_in_two():
    # the story's run ends with the last description; the last item's link, set as the links the
    # run keeps in the other items, is the same item's last part
    text = extract(_features(last_link=True), extractor="full").text
    assert "Learn more about Page Inspector" in text
    assert "Learn more about Style Editor" in text
    assert "Privacy" not in text
