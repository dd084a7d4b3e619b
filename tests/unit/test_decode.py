"""decode: bytes in the common web charsets come out right; declarations lose to the bytes' evidence."""

import codecs

import pytest

from extractor.decode import decode

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



_CP1252_HIGH = {b: bytes([b]).decode("cp1252") for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}


@pytest.mark.parametrize("reader", ["latin-1", "cp1252"])
def test_double_encoded_page_is_repaired(reader):
    # a UTF-8 page once read as Latin-1 / windows-1252 and saved as UTF-8 again ("letâ€™s")
    text = "Let’s see what “ownership” means — it’s café time, 北京, Привет."
    mangled = text.encode("utf-8").decode("latin-1")
    if reader == "cp1252":  # the bytes windows-1252 leaves undefined stay Latin-1's controls
        mangled = mangled.translate(_CP1252_HIGH)
    assert decode(mangled.encode("utf-8")).text == text
    assert decode(mangled).text == text


def test_a_stray_latin_pair_is_left_alone():
    # one "Ã©" may be meant; only a text holding several double-encoded characters is repaired
    assert decode("Menu: cafÃ© du jour".encode("utf-8")).text == "Menu: cafÃ© du jour"
    assert decode("Ünïcödé Straße, naïve résumé".encode("utf-8")).text == "Ünïcödé Straße, naïve résumé"
