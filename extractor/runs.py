"""The story's run of blocks: Kadane's best run in flat documents (text, Markdown, pages without a
clear container), after jusText-style context smoothing, comment-thread detection and a penalty
for teasers far off the story's words; the first to the last prose block inside a container."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .blocks import Block, Kind, Source
from .classify import LINK_HEAVY, SECTION_HEAD_SCORE, Features
from .gallery import gallery_captions
from .resume import earlier_part
from .topic import overlap, terms, vocabulary as story_vocabulary

#: comment metadata lines at most THREAD_GAP blocks apart, THREAD_MIN_MARKS of them, make a thread
THREAD_GAP = 12
THREAD_MIN_MARKS = 3
#: two threads whose marks are at most this many blocks apart are one thread broken by a long
#: comment (a reply holding a list); the blocks between them are that comment's body
LONG_COMMENT_GAP = 2 * THREAD_GAP
#: in flat documents: blocks at or above GOOD_SCORE are story, at or below BAD_SCORE boilerplate,
#: and the short ones between take their neighbours' side; between two story blocks they score this
GOOD_SCORE = 0.3
BAD_SCORE = -1.0
SHORT_BETWEEN_GOOD = 0.05
#: at the edges of the best run, blocks scoring at least this still join it (short story paragraphs)
EDGE_TOLERANCE = -0.5
#: at either end of the run, short blocks scoring at least BAD_SCORE (no boilerplate evidence)
#: still join it while each ends a sentence: the story's opening question or summary line and its
#: closing lines ("Space is limited, so sign up today!", "This article was reprinted on
#: Wired.com.", "E-mail Charles Burress at ..."), not a column of labels, links or names, which
#: ends no sentence
_SENTENCE_ENDS = frozenset(".!?。！？")
#: Kind members read for every candidate, as names of the module (on Python 3.11 reading Kind.X
#: calls EnumType's __getattr__ hook: ~60 ns, a global ~10)
_LINK, _QUOTE, _CAPTION, _TABLE_CELL = Kind.LINK, Kind.QUOTE, Kind.CAPTION, Kind.TABLE_CELL
_CLOSERS = "\"”’」』)）"
#: blocks this far off the story's vocabulary are treated as unrelated teasers
OFF_TOPIC = 0.12
#: the story's vocabulary must hold this many terms before topical distance is trusted
MIN_VOCABULARY = 25
#: how much an off-topic teaser loses: enough to end the story's run at it
OFF_TOPIC_PENALTY = 1.5
#: short lines between two story blocks at most this many positions apart are the story's own
#: (labels and sub-headings of a menu or a recipe), whatever their topic
STORY_GAP = 16
#: a line of at most this many words, all in capitals, set into a plain-text story is its sub-heading
CAPS_HEAD_WORDS = 6
#: blocks of the first run scoring above this make the story's vocabulary
CORE_SCORE = 1.0
#: a list heading followed by at most this many titles, then a core paragraph, is a box set into
#: the story ("Related" and a link or two), not the end of it
INLINE_BOX_ITEMS = 3


def _best_run(scores: list[float], sentences: list[bool]) -> tuple[int, int]:
    """The contiguous run with the largest total score (Kadane), widened over mild edge blocks and
    short sentences (`sentences`: per block, whether it ends a sentence)."""
    best_sum, best = float("-inf"), (0, -1)
    run_sum, start = 0.0, 0
    for i, s in enumerate(scores):
        if run_sum <= 0:
            run_sum, start = s, i
        else:
            run_sum += s
        if run_sum > best_sum:
            best_sum, best = run_sum, (start, i)
    lo, hi = best
    if hi < lo:
        return best
    while lo > 0 and scores[lo - 1] >= EDGE_TOLERANCE:
        lo -= 1
    while hi + 1 < len(scores) and scores[hi + 1] >= EDGE_TOLERANCE:
        hi += 1
    return _edge_sentences(lo, hi, scores, sentences)


def _inline_line(k: int, candidates: list[int], feats: list[Features], scores: list[float]) -> bool:
    """A boilerplate line ("Read more: ...", 相关阅读：...) between two core story paragraphs: its
    own rule drops it, and it does not cut the story, whatever its topic."""
    around = _neighbours(k, scores)
    return bool(feats[candidates[k]].line_kind) and around is not None and min(around) > CORE_SCORE


def _neighbours(k: int, scores: list[float]) -> tuple[float, float] | None:
    """The scores of the blocks on either side of position `k`, or None at the run's edges."""
    return (scores[k - 1], scores[k + 1]) if 0 < k < len(scores) - 1 else None


def _inline_boxes(feats: list[Features], candidates: list[int], scores: list[float]) -> tuple[set[int], set[int]]:
    """Positions of list headings that open a box set into the story ("Related" and a title or
    two, then the story goes on): after a story block (a few short lines between allowed), with
    a core paragraph after at most INLINE_BOX_ITEMS titles (another such box may come first);
    and the positions of those headings and titles. The heading still opens its section (select
    drops the titles; the story's next sentence ends it); the box only no longer cuts the run."""
    boxes: set[int] = set()
    members: set[int] = set()
    for k, i in enumerate(candidates):
        f = feats[i]
        if not f.head_kind or f.head_kind in ("comments", "about") or k == 0:
            continue  # comments, and a box about someone, are paragraphs: no titles set into the story
        before = k - 1
        while before > max(0, k - INLINE_BOX_ITEMS) and before not in boxes and scores[before] < GOOD_SCORE \
                and (scores[before] > BAD_SCORE or feats[candidates[before]].link_density > LINK_HEAVY):
            before -= 1  # back over short lines, or over the titles of a box just before
        if scores[before] < GOOD_SCORE and before not in boxes:
            continue
        items = 0
        for j in range(k + 1, len(candidates)):
            g = feats[candidates[j]]
            if scores[j] > CORE_SCORE:
                boxes.add(k)
                members.update(range(k, j))
                break
            if g.head_kind == "comments" or scores[j] <= BAD_SCORE and not g.head_kind and g.link_density <= LINK_HEAVY:
                break  # boilerplate other than the box's own linked titles
            # titles count (the story's own short sentences between do not); the next box's
            # heading starts its own count
            items = 0 if g.head_kind else items + (not g.terminal)
            if items > INLINE_BOX_ITEMS:
                break
    return boxes, members


def _inline_link(k: int, candidates: list[int], blocks: list[Block], scores: list[float]) -> bool:
    """A lone link set between two story paragraphs (a "SEE ALSO"-style headline linking another
    story): dropped by the link-list rule, and, like a boilerplate line, it does not cut the story."""
    around = _neighbours(k, scores)
    return blocks[candidates[k]].kind is _LINK and around is not None and min(around) >= GOOD_SCORE


def _table_of(b: Block) -> int | None:
    """The table element around a cell, from its tag path (None when the path says no table)."""
    tags = b.path.split(">")
    if "table" not in tags or len(tags) != len(b.ancestors):
        return None
    return b.ancestors[tags[::-1].index("table")]  # ancestors run from the block's own element up


def _data_tables(blocks: list[Block], candidates: list[int]) -> set[int]:
    """Tables with a header row (<th>), as every Markdown table has: tables of data, not of layout."""
    return {t for i in candidates if blocks[i].tag == "th" and (t := _table_of(blocks[i])) is not None}


def _data_cell(b: Block, f: Features, tables: set[int]) -> bool:
    """A cell of a table of data in a flat copy (a table of figures set into the story), not linked."""
    return b.kind is _TABLE_CELL and b.source is not Source.HTML and f.link_density <= LINK_HEAVY \
        and not (f.line_kind or f.head_kind) and _table_of(b) in tables


def _topic_penalties(blocks: list[Block], feats: list[Features], candidates: list[int], scores: list[float],
                     vocabulary: Counter[str], core: set[int], boxed: set[int]) -> list[float]:
    """Teasers and headlines (no sentence ending, links) far off the story's words lose
    OFF_TOPIC_PENALTY; not a short line that context put inside the story (smoothed between two
    story blocks) when both of those blocks are on the story's topic, nor a boilerplate line
    between two core paragraphs (dropped by its own rule), nor the heading and titles of a box
    set into the story (`boxed`, dropped by its section)."""
    topical: dict[int, bool] = {}

    def on_topic(k: int) -> bool:
        if k not in topical:
            i = candidates[k]
            topical[k] = overlap(blocks[i].text, vocabulary, i in core) >= OFF_TOPIC
        return topical[k]

    n = len(scores)
    prev_good, next_good = [-1] * n, [-1] * n
    last = -1
    for k in range(n):
        prev_good[k] = last
        if scores[k] >= GOOD_SCORE:
            last = k
    last = -1
    for k in range(n - 1, -1, -1):
        next_good[k] = last
        if scores[k] >= GOOD_SCORE:
            last = k
    out = scores[:]
    for k, i in enumerate(candidates):
        f, b = feats[i], blocks[i]
        teaser_shaped = not f.terminal or b.kind is _LINK or b.text.endswith(("...", "…"))
        if not teaser_shaped or f.in_content or k in boxed or _inline_line(k, candidates, feats, scores):
            continue
        smoothed = scores[k] in (0.0, SHORT_BETWEEN_GOOD) and f.score != scores[k]
        if smoothed and b.kind is _QUOTE:
            continue  # a post the story quotes, between its paragraphs: the story's, whatever its words
        if smoothed and prev_good[k] >= 0 and next_good[k] >= 0 and next_good[k] - prev_good[k] <= STORY_GAP \
                and on_topic(prev_good[k]) and on_topic(next_good[k]):
            continue
        if smoothed and k + 1 < n \
                and terms(b.text) & terms(blocks[candidates[k + 1]].text):
            continue  # the label of the paragraph after it ("Heritage d. Titusville", "Heritage (1-0): ...")
        if smoothed and b.source is Source.TEXT and b.text.isupper() and len(b.text.split()) <= CAPS_HEAD_WORDS:
            continue  # a plain-text copy's sub-heading, in capitals ("SCORES QUARANTINED"; Markdown marks its own)
        if not on_topic(k):
            out[k] -= OFF_TOPIC_PENALTY
    return out


#: date lines opening with the same this many characters, at least THREAD_MIN_MARKS of them, are
#: comment headers built from one template ("〓 网易娱乐 留言板 发布时间 2005/05/18 ...")
TEMPLATE_CHARS = 6
#: ... and so are bare posting times, a date with a time of day and nothing else ("(2006-12-04
#: 23:40:22)"), of one shape when their digits are set aside (a document's own dates carry no time)
_TIME_OF_DAY = re.compile(r"\d{1,2}[:：]\d{2}")
_DIGITS = re.compile(r"\d")


def _comment_marks(blocks: list[Block], feats: list[Features], candidates: list[int]) -> list[str | None]:
    """Per candidate, its line kind, with date lines made from one template counted as comment
    metadata (a story's own date line, or quoted posts' "— Name (@handle) date", are not)."""
    kinds = [feats[i].line_kind for i in candidates]

    def template(i: int) -> str | None:
        text = blocks[i].text
        if blocks[i].kind is _QUOTE:
            return None
        if _TIME_OF_DAY.search(text) and not any(ch.isalpha() for ch in text):
            return _DIGITS.sub("0", text)  # a bare posting time ("(2006-12-04 23:40:22)"): its shape
        head = text[:TEMPLATE_CHARS]
        # a bare date ("2022年01月28日") opens with its digits: dates alone make no template
        return None if any(ch.isdigit() for ch in head) else head

    heads = Counter(template(i) for i, kind in zip(candidates, kinds) if kind == "byline")
    return ["comments" if kind == "byline" and template(i) is not None and heads[template(i)] >= THREAD_MIN_MARKS
            else kind for i, kind in zip(candidates, kinds)]


def _comment_threads(kinds: list[str | None]) -> set[int]:
    """Positions inside reader-comment threads: runs of blocks where comment metadata lines
    ("2 days ago at 07:52 am", "Rating: 9 Votes", "Reply") recur close together."""
    marks = [k for k, kind in enumerate(kinds) if kind == "comments"]
    inside: set[int] = set()
    group: list[int] = []
    threads: list[tuple[int, int, int]] = []  # first block, last block, last mark
    for k in [*marks, None]:
        if k is not None and (not group or k - group[-1] <= THREAD_GAP):
            group.append(k)
            continue
        if len(group) >= THREAD_MIN_MARKS:
            gaps = sorted(b - a for a, b in zip(group, group[1:]))
            tail = gaps[len(gaps) // 2]  # the last comment's body runs about one usual gap on
            if threads and group[0] - threads[-1][2] <= LONG_COMMENT_GAP:
                threads[-1] = (threads[-1][0], group[-1] + tail, group[-1])
            else:
                threads.append((group[0], group[-1] + tail, group[-1]))
        group = [k] if k is not None else []
    for first, end, _ in threads:
        inside.update(range(first, min(len(kinds), end + 1)))
    return inside


def _smooth(scores: list[float], lines_only: list[bool], quoted: list[bool] | None = None) -> list[float]:
    """Context for flat documents (jusText's idea): a short, doubtful block between two good ones
    belongs to the story; one next to boilerplate keeps its doubt. A single boilerplate line (a
    caption, a credit) between story blocks is dropped by its own rule and does not cut the story.
    A quoted block (an embedded post: its text, a bare link, "— Name (@handle) date") is never
    boilerplate context: at worst it is doubtful, and takes its neighbours' side."""
    quoted = quoted or [False] * len(scores)
    kind = ["short" if line else "good" if s >= GOOD_SCORE else "bad" if s <= BAD_SCORE and not q else "short"
            for s, line, q in zip(scores, lines_only, quoted)]
    left = [""] * len(scores)
    last = "bad"  # the document's edges count as boilerplate
    for i, k in enumerate(kind):
        left[i] = last
        if k != "short":
            last = k
    out = scores[:]
    last = "bad"
    for i in range(len(scores) - 1, -1, -1):
        if kind[i] == "short" and left[i] == "good" and last == "good":
            out[i] = 0.0 if lines_only[i] else SHORT_BETWEEN_GOOD
        if kind[i] != "short":
            last = kind[i]
    return out


#: this many boilerplate lines in a row (a newsletter box: "Stay up to date", "Subscribe", "Thank
#: you!") are a box of their own, which ends the story, not lines set into it
LINE_BOX = 4


def _box_line(f: Features) -> bool:
    """A boilerplate line that can be part of a box of its own: not a gallery's or a player's
    controls ("Image 1 of 4", "Caption", "Video"), which sit inside the story with their picture."""
    return bool(f.line_kind) and f.line_kind != "media"


def _lone_lines(lines_only: list[bool], pattern_line: list[bool]) -> list[bool]:
    """`lines_only` (lines that smoothing sets into the story) less runs of LINE_BOX or more
    boilerplate lines in a row: such a box keeps its own score, and the story's run ends at it."""
    out = lines_only[:]
    k = 0
    while k < len(out):
        end = k
        while end < len(out) and pattern_line[end]:
            end += 1
        if end - k >= LINE_BOX:
            out[k:end] = [False] * (end - k)
        k = max(end, k + 1)
    return out


def _edge_sentences(lo: int, hi: int, scores: list[float], sentences: list[bool]) -> tuple[int, int]:
    """The run `lo`..`hi` widened at both ends over the short sentences that open or close the
    story (`sentences`: per block, whether it ends a sentence)."""
    while lo > 0 and scores[lo - 1] >= BAD_SCORE and sentences[lo - 1]:
        lo -= 1
    while hi + 1 < len(scores) and scores[hi + 1] >= BAD_SCORE and sentences[hi + 1]:
        hi += 1
    return lo, hi


def ends_sentence(text: str) -> bool:
    """True when `text` ends as a sentence does (a full stop, question or exclamation mark, before
    any closing quote or bracket), not with a colon, an ellipsis or no mark."""
    return text.rstrip().rstrip(_CLOSERS)[-1:] in _SENTENCE_ENDS


def _span(scores: list[float], sentences: list[bool]) -> tuple[int, int]:
    """Inside a story container: from the first to the last prose-like block, widened at the edges."""
    positive = [i for i, s in enumerate(scores) if s > 0]
    if not positive:
        return _best_run(scores, sentences)
    lo, hi = positive[0], positive[-1]
    while lo > 0 and scores[lo - 1] >= EDGE_TOLERANCE:
        lo -= 1
    while hi + 1 < len(scores) and scores[hi + 1] >= EDGE_TOLERANCE:
        hi += 1
    return _edge_sentences(lo, hi, scores, sentences)


@dataclass(frozen=True)
class Run:
    """The story's run (block numbers), its core paragraphs and the vocabulary they make."""

    blocks: frozenset[int]
    core: frozenset[int]
    vocabulary: Counter[str]
    boxes: frozenset[int] = frozenset()  # list headings of boxes set into the story


def story_run(blocks: list[Block], feats: list[Features], candidates: list[int], scores: list[float], *,
              structured: bool, topic_filter: bool, why_out: dict[int, str]) -> Run:
    """The run among `candidates` (block numbers, scored `scores`); comment-thread blocks found on
    the way are noted in `why_out`."""
    sentences = [ends_sentence(blocks[i].text) for i in candidates]
    run_of = _span if structured else _best_run
    boxes: set[int] = set()
    boxed: set[int] = set()
    cells: set[int] = set()  # cells of tables of data: neither story nor boilerplate by themselves
    if not structured:
        for k in _comment_threads(_comment_marks(blocks, feats, candidates)):
            why_out[candidates[k]] = "comment-thread"
            scores[k] = min(scores[k], SECTION_HEAD_SCORE)
        for k in gallery_captions(blocks, feats, candidates):
            why_out[candidates[k]] = "gallery-caption"
        tables = _data_tables(blocks, candidates)
        cells = {k for k, i in enumerate(candidates) if _data_cell(blocks[i], feats[i], tables)}
        for k in cells:
            if BAD_SCORE < scores[k] < 0.0:
                scores[k] = 0.0  # a doubtful cell takes the side of what is around its table
        boxes, boxed = _inline_boxes(feats, candidates, scores)
        for k in boxed:
            scores[k] = max(scores[k], BAD_SCORE)
        lines_only = [bool(feats[i].line_kind) and not feats[i].head_kind or blocks[i].kind is _CAPTION
                      or _inline_link(k, candidates, blocks, scores) or k in boxed for k, i in enumerate(candidates)]
        lines_only = _lone_lines(lines_only, [_box_line(feats[i]) for i in candidates])
        scores = _smooth(scores, lines_only, [blocks[i].kind is _QUOTE for i in candidates])
    lo, hi = run_of(scores, sentences)
    core = {candidates[k] for k in range(lo, hi + 1) if scores[k] > CORE_SCORE}
    vocabulary = story_vocabulary([blocks[i].text for i in sorted(core)])
    if topic_filter and len(vocabulary) >= MIN_VOCABULARY:
        scores = _topic_penalties(blocks, feats, candidates, scores, vocabulary, core, boxed | cells)
        lo, hi = run_of(scores, sentences)
    run = frozenset(candidates[lo:hi + 1]) if hi >= lo else frozenset()
    part = earlier_part(blocks, feats, candidates, scores, lo, hi, GOOD_SCORE) \
        if not structured and hi >= lo else None
    if part:
        run = run | frozenset(candidates[part[0]:part[1] + 1])
    return Run(run, frozenset(core), vocabulary, frozenset(candidates[k] for k in boxes))
