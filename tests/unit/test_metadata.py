"""html_meta on whole pages: which elements it reads."""

from corpus_paths import OWN
from selectolax.lexbor import LexborHTMLParser

from extractor.metadata import _meta_nodes, _page_meta_nodes


def test_a_whole_page_s_metadata_elements_are_those_the_one_query_finds():
    # html_meta finds the kinds it reads many of in one query, and the first h1, title and html
    # element on their own: the same elements as the one query of every kind (first of each)
    pages = [path.read_bytes() for path in sorted(OWN.glob("*/cases/*.html"))]
    pages += [p.encode() for p in ("", "<p>x", "<html lang=de><html lang=fr><title>a</title>",
                                   "<body><svg><title>s</title></svg><title>t</title>",
                                   "<title>a</title><h1>x</h1><h1>y</h1>", "<head></head><body><title>late</title>",
                                   "<template><title>t</title></template><title>u</title>")]
    for data in pages:
        tree = LexborHTMLParser(data)
        every, page = _meta_nodes(tree), _page_meta_nodes(tree)
        assert page.keys() == every.keys()
        for kind, nodes in every.items():
            want = nodes[:1] if kind in ("h1", "title", "html") else nodes
            assert [n.mem_id for n in page[kind]] == [n.mem_id for n in want], kind
