"""Topical terms: what a block shares with the story's words."""

from collections import Counter

from extractor.topic import overlap, terms


def test_cjk_pairs_are_read_inside_runs_of_characters_only():
    assert terms("中国人民") >= {"中国", "国人", "人民"}
    assert terms("环 肢 行 心 自 行 其") == set()  # a table's column set as vertical text: no words
    assert "国年" not in terms("中国2005年")


def test_vertical_text_is_neutral_to_the_storys_topic():
    story = Counter(terms("明白神的旨意，除了可以求助于以上两个原则外，还可以参考以下几点：环境的带领，肢体的劝告。"))
    assert overlap("环 肢 行 心 自 行 其", story) == 1.0  # no terms: neither on nor off topic
