"""The contract of docs/reliability.md: one exception type, for invalid arguments only, saying what
to change; every str or bytes gives a Result, empty text always with a reason."""

from __future__ import annotations

import pytest

from extractor import ExtractorError, Options, ProfileError, Result, extract

DOC = "<html><body><article><p>" + "The council approved the transport budget on Tuesday after a long debate. " * 3 + "</p></article></body></html>"


@pytest.mark.parametrize("data,kwargs,says", [
    (123, {}, ["data", "str or bytes", "int"]),
    (None, {}, ["data", "str or bytes"]),
    (["<p>x</p>"], {}, ["data", "str or bytes", "list"]),
    (DOC, {"extractor": "best"}, ["unknown extractor", "'best'", "auto", "fast"]),
    (DOC, {"format": "pdf"}, ["format", "html", "markdown", "'pdf'"]),
    (DOC, {"colour": "red"}, ["unknown option", "colour", "valid options", "time_budget"]),
    (DOC, {"favor": "speed"}, ["favor", "balanced", "precision", "recall"]),
    (DOC, {"time_budget": -1}, ["time_budget", "positive"]),
    (DOC, {"time_budget": "1s"}, ["time_budget", "positive"]),
    (DOC, {"max_chars": 0}, ["max_chars", "positive"]),
    (DOC, {"include_lists": "yes"}, ["include_lists", "True or False"]),
    (DOC, {"url": 5}, ["url", "str"]),
    (DOC, {"sites": 3}, ["sites", "True, False", "path"]),
    (DOC, {"options": {"favor": "recall"}}, ["options", "Options"]),
    (DOC, {"sites": "/no/such/profiles"}, ["/no/such/profiles"]),
])
def test_invalid_arguments_raise_extractor_error_saying_what_to_change(data, kwargs, says):
    with pytest.raises(ExtractorError) as info:
        extract(data, **kwargs)
    message = str(info.value)
    for part in says:
        assert part in message, (part, message)


def test_the_exception_types():
    assert issubclass(ExtractorError, ValueError)
    assert issubclass(ProfileError, ExtractorError)  # a bad site profile file is an invalid argument too


@pytest.mark.parametrize("data", [DOC, DOC.encode(), bytearray(DOC.encode()), memoryview(DOC.encode())])
def test_str_bytes_and_buffers_are_documents(data):
    result = extract(data)
    assert isinstance(result, Result) and "transport budget" in result.text


@pytest.mark.parametrize("extractor", ["auto", "full", "fast", "trafilatura", "readability"])
@pytest.mark.parametrize("data", ["", b"", " ", "\x00", b"\xff\xfe\x00", "<", "<<<>>>", "&", "\ud800", "]]>",
                                  "<html", "<!DOCTYPE", "#", "*", "- ", "```", "<script>alert(1)</script>",
                                  "<svg><p>x</p></svg>", b"%PDF-1.4", "\u202e\u200b\u2028", "a"])
def test_odd_inputs_give_a_result_and_empty_text_comes_with_a_reason(data, extractor):
    result = extract(data, extractor=extractor)
    assert isinstance(result, Result)
    result.text.encode("utf-8")
    assert result.text or result.reason


def test_options_object_and_keyword_overrides_agree():
    a = extract(DOC, options=Options(favor="recall"))
    b = extract(DOC, favor="recall")
    assert a.text == b.text
