"""decode: bytes in the common web charsets come out right; declarations lose to the bytes' evidence."""

import codecs

import pytest

from extractor.decode import clean_kept, decode

ZH = "俄罗斯总统普京极少出国访问，这次他在北京参加论坛期间会晤了多国领袖。"


@pytest.mark.parametrize("encoding, text", [
    ("gb18030", ZH * 3),
    ("gbk", ZH * 3),
    ("big5", "繁體中文測試，臺灣的新聞報導內容，記者在現場採訪。" * 3),
    ("shift_jis", "日本語のテキストです。東京で会議が開かれました。" * 3),
    ("euc-kr", "한국어 텍스트입니다. 서울에서 회의가 열렸습니다." * 3),
    ("windows-1251", "Президент посетил страну с официальным визитом впервые за год." * 3),
    ("windows-1252", "Café crème brûlée à la façon de grand-mère, déjà vu, naïveté." * 3),
    ("utf-8", ZH),
])
def test_undeclared_bytes_decode_right(encoding, text):
    assert decode(text.encode(encoding)).text == text


def test_wrong_meta_charset_loses_to_utf8_bytes():
    data = b'<meta charset="gbk"><p>' + ZH.encode("utf-8") + b"</p>"
    assert ZH in decode(data).text


def test_gbk_bytes_declared_utf8_are_detected():
    data = b'<meta charset="utf-8"><p>' + (ZH * 3).encode("gbk") + b"</p>"
    assert ZH in decode(data).text


def test_declared_charset_used_when_bytes_fit_it():
    data = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><p>Привет мир</p>'.encode("cp1251")
    assert "Привет мир" in decode(data).text


@pytest.mark.parametrize("bom, encoding", [
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
])
def test_bom_wins(bom, encoding):
    assert decode(bom + "Grüße 你好".encode(encoding)).text == "Grüße 你好"


def test_str_is_cleaned_of_controls_and_lone_surrogates():
    assert decode("a\x00b\udc80c\x07d\ne").text == "abcd\ne"


def test_binary_is_flagged():
    assert decode(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40).binary


def test_the_utf8_bytes_at_hand_are_kept_for_a_parser_and_match_the_text():
    """`Decoded.utf8` spares lexbor encoding the text again (extractor="fast"): it must be the
    text's own UTF-8, and absent wherever decoding changed the text."""
    page = "<p>Café 中文 — ok</p>"
    for data in (page, page.encode("utf-8"), b"<p>plain ascii</p>"):
        d = decode(data)
        assert d.utf8 is not None and d.utf8.decode("utf-8") == d.text
    for data in ("<p>a\x00b</p>", b"<p>a\x07b</p>", page.encode("gb18030"), codecs.BOM_UTF8 + page.encode()):
        assert decode(data).utf8 is None


def test_keep_controls_leaves_the_page_as_it_came_and_says_so():
    """decode(..., keep_controls=True) skips the pass over the whole page that looks for control
    characters (extractor="fast" cleans the text it keeps instead); it must say so, and must still
    decode exactly as without it."""
    page = "<p>Café: a bell\x07 rang in a paragraph long enough not to look like binary data.</p>"
    for data in (page, page.encode("utf-8"), b"<p>plain</p>", "\ufeff<p>x</p>"):
        kept, cleaned = decode(data, keep_controls=True), decode(data)
        assert kept.raw_controls and not cleaned.raw_controls
        assert kept.text.replace("\x07", "") == cleaned.text and kept.encoding == cleaned.encoding
    # a charset that is neither ASCII nor UTF-8 goes the whole way, and comes out clean
    assert not decode("<p>Café\x07</p>".encode("cp1252"), keep_controls=True).raw_controls


def test_clean_kept_cleans_only_when_a_kept_text_holds_a_control():
    assert clean_kept(["a title", "a paragraph"]) is None
    assert clean_kept(["a\x00 title", "a para\x1fgraph"]) == ["a title", "a paragraph"]
