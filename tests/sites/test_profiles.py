"""Site profiles: bundled ones load and match; user profiles are validated field by field."""

import importlib
from pathlib import Path

import pytest

from extractor import ProfileError, extract
from extractor.sites import load_profile, load_profiles
from extractor.sites.cases import default_corpora, run_case

BUNDLED = sorted((Path(__file__).parents[2] / "extractor" / "sites" / "profiles").glob("*.toml"))
CASES = [(p, c) for p in map(load_profile, BUNDLED) for c in p.cases]


def test_bundled_profiles_load_and_name_their_cases():
    names = {p.name for p in load_profiles(True)}
    assert {"rfi-cn", "epochtimes-mirror", "content-farm-wire", "zh-aggregator"} <= names
    assert all(len(load_profile(p).cases) >= 6 for p in BUNDLED)


@pytest.mark.parametrize("profile, case", CASES, ids=[f"{p.name}:{c.id}" for p, c in CASES])
def test_profile_cases_pass(profile, case):
    result = run_case(profile, case, default_corpora(), sites=[profile.path])
    assert result.ok, result.problems


def _write(tmp_path, text):
    path = tmp_path / "my-site.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("body, field", [
    ('hosts = ["a.com"]', "name"),
    ('name = "x"', "hosts"),
    ('name = "x"\nhosts = "a.com"\ncolour = 1', "colour"),
    ('name = "x"\nhosts = ["a.com"]\n[text]\ndrop_lines = ["(unclosed"]', "text.drop_lines[0]"),
    ('name = "x"\nhosts = ["a.com"]\n[html]\ndrop = ["div[["]', "html.drop[0]"),
    ('name = "x"\nhosts = ["a.com"]\n[meta]\ndate = { pattern = "x" }', "meta.date"),
    ('name = "x"\nhosts = [1, 2]', "hosts"),
    ('name = "x"\nhosts = ["a.com"]\n[[cases]]\ncontains = ["y"]', "cases[0].id"),
])
def test_malformed_profile_names_file_and_field(tmp_path, body, field):
    path = _write(tmp_path, body)
    with pytest.raises(ProfileError) as err:
        load_profile(path)
    assert str(path) in str(err.value) and f"'{field}'" in str(err.value)


def test_invalid_toml_names_the_file(tmp_path):
    path = _write(tmp_path, "name = ")
    with pytest.raises(ProfileError, match="my-site.toml"):
        extract("<p>x</p>", sites=[path])


def test_user_profile_matches_by_host_and_applies_rules(tmp_path):
    path = _write(tmp_path, """
name = "my-news"
hosts = ["news.example.org"]
[html]
drop = [".promo"]
[text]
stop_at = ['^Readers also liked$']
[meta]
date = { pattern = 'Filed (\\d{4}-\\d{2}-\\d{2})', format = "%Y-%m-%d" }
""")
    page = ("<html><body><article><p>Filed 2024-05-01</p>"
            "<p>The harbour reopened on Wednesday after a week of repairs to the sea wall, the port authority said.</p>"
            "<p class='promo'>Subscribe to our morning briefing for the harbour news that matters to you.</p>"
            "<p>Fishing boats were the first to leave, followed by the ferry to the islands at noon.</p>"
            "<p>Readers also liked</p><p>A long story about something else entirely that should never appear here.</p>"
            "</article></body></html>")
    r = extract(page, url="https://news.example.org/harbour", sites=[path])
    assert r.site == "my-news" and r.published == "2024-05-01"
    assert "Fishing boats" in r.text and "Subscribe" not in r.text and "something else" not in r.text
    assert any("my-news" in note for note in r.notes)


@pytest.mark.parametrize("extractor_name", ["full", "fast"])
def test_an_html_page_is_claimed_by_the_url_its_tree_names(tmp_path, extractor_name):
    """Without a url argument, the profile is chosen by the URL the page gives for itself, read
    from its tree with the metadata: here an og:url whose attributes come content-first, which a
    search of the text for property-then-content would miss."""
    path = _write(tmp_path, 'name = "my-news"\nhosts = ["news.example.org"]\n[html]\ndrop = [".extra"]\n')
    story = "".join(f"<p>Paragraph {i}: the harbour reopened on Wednesday after a week of repairs to the sea wall.</p>"
                    for i in range(6))
    page = ("<html><head><meta content='https://news.example.org/harbour' property='og:url'></head><body>"
            f"<article>{story}<p class='extra'>The harbour master will speak about the sea wall at the library "
            "on Friday evening.</p></article></body></html>")
    r = extract(page, extractor=extractor_name, sites=[path])
    assert r.site == "my-news" and r.url == "https://news.example.org/harbour"
    assert "Paragraph 5" in r.text and "harbour master" not in r.text
    other = extract(page.replace("news.example.org", "other.example.com"), extractor=extractor_name, sites=[path])
    assert other.site is None and "harbour master" in other.text


def test_an_original_link_footer_claims_a_text_copy_but_not_an_html_page(tmp_path):
    """A text copy's "原文链接" footer names the site its story comes from, whose profile applies;
    an HTML page with such a footer is the copier's page, whose markup that profile does not describe."""
    path = _write(tmp_path, 'name = "my-news"\nhosts = ["news.example.org"]\n')
    story = "\n\n".join(f"第{i}段：港口在修复海堤一周后于周三重新开放，港务局表示渡轮将在中午恢复运行。" for i in range(6))
    footer = "原文链接：https://news.example.org/harbour"
    assert extract(f"{story}\n\n{footer}\n", format="text", sites=[path]).site == "my-news"
    html = "<html><body>" + "".join(f"<p>{p}</p>" for p in story.split("\n\n")) + f"<p>{footer}</p></body></html>"
    assert extract(html, extractor="full", sites=[path]).site is None


def test_profile_never_crashes_unmatched_documents(tmp_path):
    path = _write(tmp_path, 'name = "odd"\nsignatures = ["ZZZ-never"]\n[html]\nbody = ["#nothing"]')
    for doc in ("", "plain words", "<p>x</p>", "# md\n\ntext", b"\xff\xfe\x00"):
        r = extract(doc, sites=[path])
        assert r.site is None


def test_profile_matching_a_document_without_its_elements_still_extracts(tmp_path):
    path = _write(tmp_path, 'name = "odd"\nsignatures = ["harbour"]\n[html]\nbody = ["#missing"]\ndrop = ["#gone"]')
    r = extract("<p>The harbour reopened on Wednesday after a week of repairs to the sea wall.</p>", sites=[path])
    assert r.site == "odd" and "harbour reopened" in r.text


def test_sites_false_turns_profiles_off():
    doc = "Current:Home > World\nTitle here\nView\nDate:2025-01-01 10:00:00\nA story line that is long enough to be a paragraph of the story.\n"
    assert extract(doc, sites=False).site is None
    assert extract(doc).site == "content-farm-wire"


def test_document_url_reads_a_title_link_past_comments_without_backtracking():
    # a lazy comment pattern under a star once took seconds on an old page opening with comments
    # (time doubling with each one): 40 comments in a row must come back at once, with no URL
    document_url = importlib.import_module("extractor.sites.match").document_url
    assert document_url("<!--a-->" * 40 + "x") is None
    assert document_url("<!-- saved -->\n\n<!-- from feed -->\n[Title](https://example.com/a)\n\nBody") == "https://example.com/a"
    assert document_url("Body [a link](https://example.com/b) inside") is None


def test_signatures_are_looked_for_only_in_the_renditions_a_profile_names(tmp_path):
    """A profile for flat copies (`signatures_in`) does not claim an HTML page holding its
    signature (an HTML page names its URL; searching each for every such profile costs a pass over
    its text), but claims the copies it was written for; by default every rendition is searched."""
    story = "The harbour reopened on Wednesday after a week of repairs to the sea wall, the port authority said."
    html = f"<html><body><p>Harbour Wire</p><p>{story}</p></body></html>"
    text = f"Harbour Wire\n\n{story}\n"
    flat = _write(tmp_path, 'name = "wire"\nsignatures = ["Harbour Wire"]\nsignatures_in = ["markdown", "text"]')
    assert extract(html, sites=[flat], extractor="full").site is None
    assert extract(text, sites=[flat]).site == "wire"
    everywhere = _write(tmp_path, 'name = "wire"\nsignatures = ["Harbour Wire"]')
    assert extract(html, sites=[everywhere], extractor="full").site == "wire"


def test_signatures_in_names_known_renditions(tmp_path):
    for value in ('["pdf"]', "[]"):
        path = _write(tmp_path, f'name = "x"\nsignatures = ["y"]\nsignatures_in = {value}')
        with pytest.raises(ProfileError, match="'signatures_in'"):
            load_profile(path)
