"""cli._chunks: how --jobs hands documents to its workers."""

from hypothesis import given, strategies as st

from extractor.batch import Item
from extractor.cli import HELD_BYTES, _chunks


def _spans(n):
    return [Item(f"docs.jsonl:{i}", None, span=("docs.jsonl", i * 10, 10)) for i in range(n)]


@given(st.integers(0, 200), st.integers(1, 20), st.integers(0, 40))
def test_every_document_goes_once_in_order_and_the_last_ones_one_by_one(n, size, tail):
    items = _spans(n)
    chunks = list(_chunks(iter(items), size, tail))
    assert [i for chunk in chunks for i in chunk] == items
    assert all(1 <= len(chunk) <= size for chunk in chunks)
    # the workers finish together: the last `tail` documents (all of a short batch) go one per task
    assert all(len(chunk) == 1 for chunk in chunks[len(chunks) - min(n, tail):])


def test_a_long_batch_goes_in_full_chunks():
    # 60 chunks of 16 leave 40 documents held back (at least the tail of 32, under one chunk more)
    assert [len(c) for c in _chunks(iter(_spans(1000)), 16, 32)] == [16] * 60 + [1] * 40


def test_documents_read_from_stdin_are_not_held_back_past_the_bound():
    # stdin's lines carry their text: holding 48 of them back could hold gigabytes
    big = "x" * (HELD_BYTES // 3)
    items = [Item(f"<stdin>:{i}", None, line=big) for i in range(10)]
    chunks = list(_chunks(iter(items), 4, 32))
    assert [i for chunk in chunks for i in chunk] == items
    # out after the fourth (past the bound), in lists of at most 4, not all held to the end
    assert [len(c) for c in chunks] == [4, 4, 1, 1]
