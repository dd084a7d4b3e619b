"""Whitespace: inline markup never puts spaces inside CJK text; Latin words keep single spaces."""

from extractor import extract
from extractor.textnorm import collapse


def test_line_breaks_between_cjk_vanish():
    assert collapse("俄罗斯总统\n  普京\n  极少") == "俄罗斯总统普京极少"


def test_quotes_and_dashes_in_chinese_join_too():
    assert collapse("北京“\n  一带一路\n  ”论坛 盟友——\n 匈牙利") == "北京“一带一路”论坛 盟友——匈牙利"


def test_a_deliberate_space_in_a_cjk_title_stays():
    assert collapse("普京抵吉尔吉斯斯坦 国际刑事法院") == "普京抵吉尔吉斯斯坦 国际刑事法院"


def test_latin_words_keep_single_spaces():
    assert collapse("  the\n   quick\t brown  ") == "the quick brown"
    assert collapse("he said “\nhello”") == "he said “ hello”"


def test_inline_tags_in_chinese_html_leave_no_gaps():
    html = "<p>总统<a href='/t'>\n  普京\n</a>极少出国访问，这次他在北京参加论坛期间会晤了多国领袖并发表讲话。</p>"
    assert extract(html, sites=False).text.startswith("总统普京极少")
