"""blocks.inside_indices: the blocks inside any of some elements, as select, lede and thread read them."""

from extractor.blocks import inside_indices
from extractor.parse import parse

PAGE = ("<html><body><div id='a'><p>one</p><div id='b'><p>two</p></div><p>three</p></div>"
        "<aside><p>four</p></aside><div id='c'><p>five</p><p>six</p></div></body></html>")


def _element(doc, text):
    return next(b.node for b in doc.blocks if b.text == text)


def test_blocks_inside_one_or_several_elements_in_page_order():
    doc = parse(PAGE, "html")
    texts = [b.text for b in doc.blocks]
    outer = doc.parent[_element(doc, "one")]  # div#a, holding div#b
    inner = _element(doc, "two")
    last = doc.parent[_element(doc, "five")]
    assert [texts[i] for i in inside_indices(doc, {outer})] == ["one", "two", "three"]
    assert [texts[i] for i in inside_indices(doc, {inner})] == ["two"]
    assert [texts[i] for i in inside_indices(doc, {last, inner})] == ["two", "five", "six"]
    assert inside_indices(doc, set()) == []
    for elements in ({outer}, {inner}, {last, inner}, {outer, last}):
        want = [i for i, b in enumerate(doc.blocks) if any(e <= b.node <= doc.end[e] for e in elements)]
        assert inside_indices(doc, elements) == want


def test_many_elements_nested_or_apart_give_the_blocks_inside_any_of_them():
    # a story in many parts (select joins every part): the spans are merged, not tried one by one
    doc = parse(PAGE.replace("<body>", "<body>" + "<section><p>x</p><div><p>y</p></div></section>" * 30), "html")
    elements = sorted({e for b in doc.blocks for e in (b.node, doc.parent[b.node]) if e})
    for chosen in (elements, elements[::2], elements[1::3], elements[-5:]):
        want = [i for i, b in enumerate(doc.blocks) if any(e <= b.node <= doc.end[e] for e in chosen)]
        assert inside_indices(doc, set(chosen)) == want
