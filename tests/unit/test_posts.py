"""A blog's front page: several dated posts built alike; the article is the first (newest) post."""

from extractor import extract

FIRST = ("距墨尔本西北约一百一十公里处，是当年澳大利亚发现第一块天然黄金的地方，现在是维多利亚州最受游客欢迎的"
         "观光城市，保留着很多华丽建筑和典雅花园，令人陶醉。")
LONG = ("想想十多年前来，没有中文报纸，没有网络，只能听广播，而现在呢，多幸福，美好的网络连接你我。"
        "以下是我做的节目内容，大家好，知道吗，本周六是个中国的传统节日，当然知道，是元宵节。") * 4
THIRD = "长发剪了，感觉很轻松，每天总是花很多时间去梳头、去洗头，以前总为一头美丽的长发而骄傲。"


def _post(n: int, title: str, date: str, body: str) -> str:
    return (f"<tr id='p{n}'><td><table class='table-bg'>"
            f"<tr><td class='post-title'>{title}</td><td class='post-title'>{date}</td></tr>"
            f"<tr><td class='post-body'>{body}</td></tr>"
            f"<tr><td class='post-footer'>由海姑娘张贴 @ {date} 共 3 篇评论</td></tr></table></td></tr>")


def _page(posts: str) -> str:
    return ("<html><body><table><tr><td class='side'>个人信息</td><td><table>"
            f"{posts}</table></td></tr></table></body></html>")


def test_the_first_post_is_the_article_not_the_longest():
    page = _page(_post(12128, "昨天去金矿玩 (图)", "2005-03-21 01:20:44", FIRST)
                 + _post(10317, "SBS 回来", "2005-03-18 01:28:08", LONG)
                 + _post(10314, "长发剪了", "2005-03-15 16:47:37", THIRD))
    result = extract(page, extractor="full")
    assert FIRST in result.text
    assert LONG[:40] not in result.text and THIRD not in result.text


def test_the_post_title_above_its_date_line_is_no_story_text():
    page = _page(_post(12128, "昨天去金矿玩 (图)", "2005-03-21 01:20:44", FIRST)
                 + _post(10317, "SBS 回来", "2005-03-18 01:28:08", LONG))
    assert "金矿玩" not in extract(page, extractor="full").text


def test_a_story_cut_in_parts_without_dates_is_not_a_list_of_posts():
    # alike parts of one story (no date line in any of them) stay together
    parts = "".join(f"<div class='story-part'><p>{text}</p></div>" for text in (FIRST, LONG, THIRD))
    result = extract(f"<html><body><div class='article'>{parts}</div><div class='side'>个人信息</div></body></html>",
                     extractor="full")
    for text in (FIRST, LONG, THIRD):
        assert text[:40] in result.text


def test_a_title_line_above_a_date_line_opening_the_container_is_dropped():
    page = ("<html><body><div class='menu'>首页 新闻</div><div class='article'><div class='headline'>新桥落成通车</div>"
            f"<div class='date'>2005-03-21 01:20:44</div><p>{FIRST}</p><p>{THIRD}</p></div></body></html>")
    text = extract(page, extractor="full").text
    assert "新桥落成通车" not in text and FIRST in text


def test_numbered_words_are_those_holding_any_digit_str_isdigit_knows():
    from extractor.posts import _numbered

    for word in ("post-4471", "p12128", "entry", "post_body", "x²", "a٣b", "第１", ""):
        assert _numbered(word) == any(ch.isdigit() for ch in word), word
    assert all(_numbered(chr(c)) == chr(c).isdigit() for c in range(0x3000))
