"""Choose the article: its container (where there was markup), its best run of blocks, then the
blocks inside that run which still are boilerplate. Every block gets a Decision naming its rule."""

from __future__ import annotations

from .blocks import Block, Decision, Document, Kind, Source
from .classify import CONTAINER_PENALTY, LINK_HEAVY, SECTION_ESCAPE_WEIGHT, SECTION_HEAD_SCORE, Features
from .patterns import BY_KIND
from .options import Options
from .thread import thread_posts
from .topic import overlap, vocabulary as story_vocabulary

STAGE = "select"
#: a paragraph must weigh this much to vote for its containers
VOTER_WEIGHT = 50
#: how a vote fades with each level up: parent, grandparent, great-grandparent...
VOTE_SHARES = (1.0, 0.5, 0.33, 0.25, 0.2)
#: a sibling of the chosen container joins it when it scores this share of the container's score
SIBLING_SHARE = 0.2
#: another container scoring this share of the best one means the story is split across both
#: (swept 0.3-0.5 over every shared HTML corpus: 0.4 gains most without costing any corpus > 0.002)
SPLIT_SHARE = 0.4
#: what a container named as boilerplate (comments, related, nav...) keeps of its score
BOILERPLATE_CONTAINER_FACTOR = 0.1
#: comment metadata lines at most THREAD_GAP blocks apart, THREAD_MIN_MARKS of them, make a thread
THREAD_GAP = 12
THREAD_MIN_MARKS = 3
#: in flat documents: blocks at or above GOOD_SCORE are story, at or below BAD_SCORE boilerplate,
#: and the short ones between take their neighbours' side; between two story blocks they score this
GOOD_SCORE = 0.3
BAD_SCORE = -1.0
SHORT_BETWEEN_GOOD = 0.05
#: a sibling paragraph this heavy, with few links, joins the container (a lead set apart in <strong>)
SIBLING_PROSE_WEIGHT = 80
SIBLING_LINK_DENSITY = 0.25
#: at the edges of the best run, blocks scoring at least this still join it (short story paragraphs)
EDGE_TOLERANCE = -0.5
#: blocks this far off the story's vocabulary are treated as unrelated teasers
OFF_TOPIC = 0.12
#: the story's vocabulary must hold this many terms before topical distance is trusted
MIN_VOCABULARY = 25
#: how much an off-topic teaser loses: enough to end the story's run at it
OFF_TOPIC_PENALTY = 1.5
#: blocks of the first run scoring above this make the story's vocabulary
CORE_SCORE = 1.0
_KEEP_KINDS = {Kind.PARAGRAPH, Kind.HEADING, Kind.LIST_ITEM, Kind.QUOTE, Kind.CODE, Kind.TABLE_CELL}


def _container(doc: Document, feats: list[Features]) -> tuple[int, set[int]] | None:
    """The element holding the story (readability-style votes), plus siblings that belong to it."""
    n = len(doc.tags)
    if n <= 2:
        return None
    score = [0.0] * n
    for b, f in zip(doc.blocks, feats):
        if f.weight < VOTER_WEIGHT or f.link_density > LINK_HEAVY or f.line_kind or b.kind in (
                Kind.HEADING, Kind.CAPTION, Kind.LINK):
            continue
        vote = 1.0 + b.text.count(",") + b.text.count("，") + b.text.count("。") + min(f.weight / 100, 3.0)
        if f.container_kind:
            vote *= 0.2
        for share, e in zip(VOTE_SHARES, b.ancestors[1:]):
            score[e] += vote * share
    links = [0] * n
    chars = [0] * n
    for b in doc.blocks:
        links[b.node] += b.link_chars
        chars[b.node] += len(b.text)
    for e in range(n - 1, 0, -1):
        links[doc.parent[e]] += links[e]
        chars[doc.parent[e]] += chars[e]
    best, best_score = 0, 0.0
    for e in range(1, n):
        if score[e]:
            score[e] *= 1.0 - (links[e] / chars[e] if chars[e] else 0.0)
            if doc.etokens[e] and _names_boilerplate(doc.etokens[e]):
                score[e] *= BOILERPLATE_CONTAINER_FACTOR  # a comment thread is never the story's container
            if score[e] > best_score:
                best, best_score = e, score[e]
    if not best:
        return None
    own = [0] * n
    for b, f in zip(doc.blocks, feats):
        if b.node == b.ancestors[0] and f.link_density < SIBLING_LINK_DENSITY and not f.line_kind:
            own[b.node] += f.weight
    best = _widen(doc, score, best, best_score)
    while doc.tags[best] in _PART_TAGS and doc.tags[doc.parent[best]] not in ("body", "html", "#root") \
            and _sentences_share(doc, feats, best) >= LIST_SENTENCE_SHARE:
        best = doc.parent[best]  # a list of sentences is part of a story, never the whole of one
    parent = doc.parent[best]
    chosen = {best}
    for e in range(parent + 1, doc.end[parent] + 1):
        if doc.parent[e] != parent or e == best:
            continue
        if score[e] >= SIBLING_SHARE * best_score or own[e] >= SIBLING_PROSE_WEIGHT:
            chosen.add(e)
    return best, chosen


#: elements that hold a part of a story (its list of tips), never the whole of one
_PART_TAGS = frozenset({"ul", "ol", "dl", "li"})
#: a list chosen as container gives way to its parent when this share of its text is sentences
#: (a list of links or titles may be the whole of a links page)
LIST_SENTENCE_SHARE = 0.5
#: container kinds whose own class words rule an element out as the story's container
_NOT_STORY = tuple(BY_KIND[k] for k in ("comments", "related", "nav", "footer", "share", "promo"))


def _widen(doc: Document, score: list[float], best: int, best_score: float) -> int:
    """When the story is split over several strong containers (a page of components), their
    lowest common ancestor holds it; block rules then sort out what sits between them."""
    strong = [e for e, s in enumerate(score) if s >= SPLIT_SHARE * best_score and e != best
              and not (e <= best <= doc.end[e]) and not (best <= e <= doc.end[best])]
    if not strong:
        return best
    common = best
    for e in strong:
        while common and not (common <= e <= doc.end[common]):
            common = doc.parent[common]  # element numbers only fall towards the root (0)
    return common if common and doc.tags[common] not in ("body", "html") else best


def _sentences_share(doc: Document, feats: list[Features], e: int) -> float:
    """The share of an element's text in blocks that end a sentence, outside links."""
    total = sentences = 0
    for b, f in zip(doc.blocks, feats):
        if e <= b.node <= doc.end[e]:
            total += f.weight
            if f.terminal and f.link_density < SIBLING_LINK_DENSITY:
                sentences += f.weight
    return sentences / total if total else 0.0


def _names_boilerplate(tokens: tuple[str, ...]) -> bool:
    return any(ps.matches_tokens(tokens) for ps in _NOT_STORY)


def _inside(doc: Document, b: Block, elements: set[int]) -> bool:
    return any(e <= b.node <= doc.end[e] for e in elements)


def _best_run(scores: list[float]) -> tuple[int, int]:
    """The contiguous run with the largest total score (Kadane), widened over mild edge blocks."""
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
    return lo, hi


def _inline_line(k: int, candidates: list[int], feats: list[Features], scores: list[float]) -> bool:
    """A boilerplate line ("Read more: ...", 相关阅读：...) between two core story paragraphs: its
    own rule drops it, and it does not cut the story, whatever its topic."""
    if not feats[candidates[k]].line_kind or k == 0 or k + 1 >= len(candidates):
        return False
    return scores[k - 1] > CORE_SCORE and scores[k + 1] > CORE_SCORE


def _comment_threads(kinds: list[str | None]) -> set[int]:
    """Positions inside reader-comment threads: runs of blocks where comment metadata lines
    ("2 days ago at 07:52 am", "Rating: 9 Votes", "Reply") recur close together."""
    marks = [k for k, kind in enumerate(kinds) if kind == "comments"]
    inside: set[int] = set()
    group: list[int] = []
    for k in [*marks, None]:
        if k is not None and (not group or k - group[-1] <= THREAD_GAP):
            group.append(k)
            continue
        if len(group) >= THREAD_MIN_MARKS:
            gaps = sorted(b - a for a, b in zip(group, group[1:]))
            tail = gaps[len(gaps) // 2]  # the last comment's body runs about one usual gap on
            inside.update(range(group[0], min(len(kinds), group[-1] + tail + 1)))
        group = [k] if k is not None else []
    return inside


def _smooth(scores: list[float], lines_only: list[bool]) -> list[float]:
    """Context for flat documents (jusText's idea): a short, doubtful block between two good ones
    belongs to the story; one next to boilerplate keeps its doubt. A single boilerplate line (a
    caption, a credit) between story blocks is dropped by its own rule and does not cut the story."""
    kind = ["short" if line else "good" if s >= GOOD_SCORE else "bad" if s <= BAD_SCORE else "short"
            for s, line in zip(scores, lines_only)]
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


def _span(scores: list[float]) -> tuple[int, int]:
    """Inside a story container: from the first to the last prose-like block, widened at the edges."""
    positive = [i for i, s in enumerate(scores) if s > 0]
    if not positive:
        return _best_run(scores)
    lo, hi = positive[0], positive[-1]
    while lo > 0 and scores[lo - 1] >= EDGE_TOLERANCE:
        lo -= 1
    while hi + 1 < len(scores) and scores[hi + 1] >= EDGE_TOLERANCE:
        hi += 1
    return lo, hi


def _same_title(text: str, title: str | None) -> bool:
    if not title:
        return False
    a, b = " ".join(text.split()).lower(), " ".join(title.split()).lower()
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 0.6 * len(long_) and short in long_


def select(doc: Document, feats: list[Features], options: Options, title: str | None,
           pre: dict[int, str]) -> list[Decision]:
    """One Decision per block. `pre` holds verdicts already given (site profile, metadata lines)."""
    blocks = doc.blocks
    region = list(range(len(blocks)))
    why_out: dict[int, str] = {}
    found = _container(doc, feats)
    if found and doc.source is Source.MARKDOWN and doc.tags[doc.parent[found[0]]] in ("body", "html", "#root"):
        found = None  # Markdown is flat: a quote or list under <body> is no story container
    container = None
    posts: set[int] = set()
    if found and doc.tags[found[0]] not in ("body", "html"):
        thread = thread_posts(doc, feats, found[0])
        if thread:
            found, posts = (thread[0], {thread[0]}), thread[1]
    if found:
        container, chosen = found
        inside = [i for i in region if _inside(doc, blocks[i], chosen)]
        if inside:
            for i in set(region) - set(inside):
                why_out[i] = "outside-container"
            region = inside
    candidates = [i for i in region if i not in pre]
    scores = [feats[i].score + (CONTAINER_PENALTY if blocks[i].node in posts else 0.0) for i in candidates]
    structured = container is not None and doc.tags[container] not in ("body", "html")
    run_of = _span if structured else _best_run
    if not structured:
        for k in _comment_threads([feats[i].line_kind for i in candidates]):
            why_out[candidates[k]] = "comment-thread"
            scores[k] = min(scores[k], SECTION_HEAD_SCORE)
        lines_only = [bool(feats[i].line_kind) and not feats[i].head_kind for i in candidates]
        scores = _smooth(scores, lines_only)
    lo, hi = run_of(scores)
    core = {candidates[k] for k in range(lo, hi + 1) if scores[k] > CORE_SCORE}
    vocabulary = story_vocabulary([blocks[i].text for i in sorted(core)])
    if options.topic_filter and len(vocabulary) >= MIN_VOCABULARY:
        # teasers and headlines (no sentence ending, list items, links) far off the story's words
        for k, i in enumerate(candidates):
            f, b = feats[i], blocks[i]
            teaser_shaped = not f.terminal or b.kind is Kind.LINK or b.text.endswith(("...", "…"))
            if teaser_shaped and not f.in_content and not _inline_line(k, candidates, feats, scores) and overlap(b.text, vocabulary, i in core) < OFF_TOPIC:
                scores[k] -= OFF_TOPIC_PENALTY
        lo, hi = run_of(scores)
    run = set(candidates[lo:hi + 1]) if hi >= lo else set()

    decisions: list[Decision] = []
    section: str | None = None
    scope = 0  # the element a section's heading sits in (0: no markup, the section runs on)
    for i, b in enumerate(blocks):
        f = feats[i]
        # the most specific reason wins: a profile's, then what the block is, then where it is
        rule = pre.get(i) or _kind_rule(doc, b, f, container, posts) or why_out.get(i)
        if rule is None and i not in run:
            rule = "outside-run"
        if section and scope and not (scope <= b.node <= doc.end[scope]):
            section = None  # the heading's box has ended
        if f.head_kind and i in run and not pre.get(i):
            section = f.head_kind  # a list heading inside the story opens a boilerplate section
            scope = doc.parent[b.node] if doc.tags and b.node else 0
        elif rule is None and section:
            if b.kind is Kind.HEADING or (f.weight >= SECTION_ESCAPE_WEIGHT and f.terminal
                                          and overlap(b.text, vocabulary, i in core) >= 2 * OFF_TOPIC):
                section = None
            else:
                rule = f"section:{section}"
        if rule is None:
            rule = _block_rule(doc, b, f, options, container, title)
        decisions.append(Decision(i, rule is None, rule or "content", STAGE, b.text))
    return _trim_headings(decisions, blocks)


def _kind_rule(doc: Document, b: Block, f: Features, container: int | None, posts: set[int]) -> str | None:
    """What kind of boilerplate the block itself is, whatever its position (a forum reply's text,
    in `posts`, is no comment to drop)."""
    if f.head_kind:
        return f"section-head:{f.head_kind}"
    if f.line_kind:
        return f"pattern:{f.line_kind}"
    if f.container_kind and b.node not in posts and (
            container is None or doc.tags and _origin_inside(doc, b, container, f)):
        return f"container:{f.container_kind}"
    return None


def _block_rule(doc: Document, b: Block, f: Features, options: Options, container: int | None,
                title: str | None) -> str | None:
    if b.kind is Kind.CAPTION or "figure" in b.path.split(">"):
        return None if options.include_captions else "caption"
    if b.kind not in _KEEP_KINDS:
        return f"kind:{b.kind.value}"
    if f.link_density > LINK_HEAVY and f.weight < 3 * SECTION_ESCAPE_WEIGHT:
        return "link-list"
    if b.kind is Kind.HEADING and _same_title(b.text, title):
        return "title"
    if not options.include_headings and b.kind is Kind.HEADING:
        return "option:headings"
    if not options.include_lists and b.kind is Kind.LIST_ITEM:
        return "option:lists"
    if not options.include_quotes and b.kind is Kind.QUOTE:
        return "option:quotes"
    if not options.include_tables and b.kind is Kind.TABLE_CELL:
        return "option:tables"
    return None


def _origin_inside(doc: Document, b: Block, container: int, f: Features) -> bool:
    """True when the boilerplate container around `b` lies inside the chosen story container."""
    e = b.node
    steps = 0
    while e > container and steps < 64:
        if doc.etokens[e] and f.container_kind:
            from .patterns import token_kind

            if token_kind(doc.etokens[e]) == f.container_kind or doc.tags[e] in ("nav", "footer", "aside"):
                return True
        e = doc.parent[e]
        steps += 1
    return False


def _trim_headings(decisions: list[Decision], blocks: list[Block]) -> list[Decision]:
    """A heading with no kept text after it (before the next heading) heads nothing: drop it."""
    out = decisions[:]
    following_text = False
    for i in range(len(out) - 1, -1, -1):
        d = out[i]
        if not d.keep:
            continue
        if blocks[i].kind is Kind.HEADING:
            if not following_text:
                out[i] = Decision(d.index, False, "empty-heading", STAGE, d.text)
            following_text = False
        else:
            following_text = True
    return out
