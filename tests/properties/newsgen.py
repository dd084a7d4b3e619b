"""Generated news documents with gold known by construction, in every rendition.

A story is 4-10 paragraphs of 2-5 sentences, built from phrase lists in English or Chinese around
one topic (so its paragraphs share vocabulary, as a real story's do). Around it sit the usual
boilerplate pieces: a navigation link list, a byline and date line, a share row, a photo caption
with its credit, a related list of short headlines, hot-news teasers cut off with "...", and a
footer. `render(spec)` lays the same story and pieces out as a whole HTML page, an HTML fragment,
Markdown with raw HTML islands, or a plain-text copy. Used by the property tests (through
hypothesis strategies) and by the benchmarks (through a seeded random.Random).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

RENDITIONS = ("html", "fragment", "markdown", "text")
LANGS = ("en", "zh")
PIECES = ("nav", "byline", "share", "caption", "read_more", "related", "hot", "footer")

# --- English -----------------------------------------------------------------------------------

EN_TOPICS = {
    "transport": ["bus", "rail", "bridge", "commuters", "fares", "tram", "station", "timetable", "routes", "traffic"],
    "health": ["hospital", "patients", "doctors", "vaccine", "clinic", "nurses", "treatment", "waiting lists", "surgery", "ward"],
    "energy": ["wind farm", "grid", "power prices", "solar panels", "turbines", "households", "utility", "emissions", "coal plant", "batteries"],
    "schools": ["teachers", "pupils", "exam results", "classrooms", "headteachers", "curriculum", "tuition", "parents", "inspectors", "school meals"],
    "housing": ["rents", "tenants", "landlords", "mortgages", "building permits", "apartments", "developers", "housing estate", "planning rules", "homeowners"],
    "farming": ["farmers", "harvest", "drought", "grain prices", "irrigation", "cattle", "fertiliser", "subsidies", "orchards", "dairy"],
}
EN_SUBJECTS = ["The city council", "Officials", "The regional government", "Residents", "A spokesperson for the ministry",
               "Local business owners", "The opposition leader", "Independent analysts", "The mayor", "Union representatives",
               "Researchers at the university", "The finance committee", "Campaigners", "Several experts"]
EN_VERBS = ["said", "announced", "warned", "argued", "confirmed", "told reporters", "insisted", "estimated", "suggested", "acknowledged"]
EN_CLAUSES = [
    "that the plan for the {t0} would cost more than expected",
    "that spending on {t0} and {t1} would rise next year",
    "that the changes to {t0} had been delayed by several months",
    "that {t0} in the northern districts needed urgent attention",
    "that a review of {t0} would be published before the summer",
    "that the shortage of {t0} was worse than official figures showed",
    "that new rules on {t0} would take effect in the spring",
    "that the agreement on {t0} was the result of long negotiations",
    "that complaints about {t0} and {t1} had doubled since last year",
    "that the budget for {t0} left little room for other projects",
]
EN_TAILS = ["", "", " after a meeting that lasted most of the night", " on Tuesday", " in a statement released late on Friday",
            ", although details remain unclear", " despite objections from several groups", ", according to people familiar with the talks",
            " while promising further consultation", " as pressure on local services grows"]
EN_HEADLINE_WORDS = ["Storm", "closes", "coastal", "roads", "Court", "rejects", "appeal", "over", "stadium", "plans",
                     "Museum", "reopens", "after", "repairs", "Police", "investigate", "warehouse", "fire", "Festival",
                     "draws", "record", "crowds", "Bank", "raises", "interest", "rates", "Airport", "strike", "ends"]
EN_NAMES = ["Jane Smith", "Tom Becker", "Maria Lopez", "David Chen", "Sarah O'Neill", "Ahmed Khan"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
EN_SHARE = [["Share", "Facebook", "Twitter", "Email"], ["Share this article", "Facebook", "WhatsApp", "LinkedIn", "Copy link"],
            ["Tweet", "Share", "Email", "Print"]]
EN_RELATED = ["Related", "Related stories", "More on this story", "You may also like", "Read more", "Recommended"]
EN_HOT = ["Hot news", "Most read", "Trending now", "Most popular", "Top stories"]
EN_NAV = ["Home", "News", "World", "Business", "Sport", "Opinion", "Culture", "Science", "Travel", "Video"]

# --- Chinese -----------------------------------------------------------------------------------

ZH_TOPICS = {
    "交通": ["公交线路", "地铁", "桥梁", "通勤", "票价", "站点", "交通拥堵", "道路", "出行", "客流"],
    "医疗": ["医院", "患者", "医生", "疫苗", "门诊", "护士", "药品", "医保", "手术", "病床"],
    "能源": ["风电", "电网", "电价", "光伏", "发电", "居民用电", "排放", "煤电", "储能", "能源结构"],
    "教育": ["教师", "学生", "考试", "课堂", "校长", "课程", "学费", "家长", "督导", "校园"],
    "住房": ["房租", "租户", "房东", "房贷", "开发商", "楼盘", "保障房", "规划", "业主", "物业"],
    "农业": ["农民", "收成", "干旱", "粮价", "灌溉", "养殖", "化肥", "补贴", "果园", "奶业"],
}
ZH_SUBJECTS = ["市政府", "有关部门负责人", "当地居民", "专家", "该市官员", "业内人士", "研究人员", "委员会", "不少市民", "企业代表"]
ZH_TIMES = ["周二", "近日", "上个月", "今年以来", "本周早些时候", "昨天下午", "在发布会上", "日前"]
ZH_VERBS = ["表示", "指出", "宣布", "透露", "强调", "认为", "介绍说", "坦言"]
ZH_CLAUSES = [
    "{t0}方面的投入将在明年继续增加",
    "有关{t0}的新规定预计将于春季正式实施",
    "{t0}和{t1}的问题已经引起社会广泛关注",
    "针对{t0}的专项检查将在下月启动",
    "{t0}的改革方案还需要进一步征求意见",
    "过去一年中关于{t0}的投诉数量明显上升",
    "{t0}的建设进度比原计划推迟了几个月",
    "将加大对{t0}的支持力度并完善相关配套措施",
    "{t0}领域的资金缺口仍然较大",
    "围绕{t0}的谈判已经取得阶段性进展",
]
ZH_TAILS = ["", "", "，预计明年全面完成", "，但具体细节尚未公布", "，引发了不少讨论", "，相关工作正在有序推进", "，部分群众对此表示期待"]
ZH_HEADLINE_PARTS = ["暴雨", "导致", "沿海", "道路", "封闭", "法院", "驳回", "上诉", "博物馆", "修缮后", "重新开放", "警方",
                     "调查", "仓库", "火灾", "音乐节", "吸引", "大批", "游客", "央行", "调整", "利率", "机场", "罢工", "结束"]
ZH_NAMES = ["张伟", "李娜", "王芳", "刘洋", "陈静", "杨帆"]
ZH_SHARE = [["分享到", "微博", "微信", "QQ空间"], ["分享", "微信", "微博"], ["转发", "微信", "QQ", "微博"]]
ZH_RELATED = ["相关阅读", "相关新闻", "延伸阅读", "推荐阅读", "猜你喜欢"]
ZH_HOT = ["热门资讯", "热点新闻", "24小时排行", "热门推荐", "点击排行"]
ZH_NAV = ["首页", "新闻", "国际", "财经", "体育", "评论", "文化", "科技", "旅游", "视频"]


@dataclass
class Spec:
    """The structure of one document; the words come from `seed`."""

    lang: str = "en"
    rendition: str = "html"
    paragraphs: list[int] = field(default_factory=lambda: [3, 3, 3, 3, 3])  # sentences per paragraph
    pieces: tuple[str, ...] = PIECES
    related: int = 4  # headlines in the related list
    hot: int = 4  # teasers in the hot-news list
    classes: bool = True  # boilerplate containers carry meaningful class names (else hashed ones)
    sidebar_first: bool = False  # the hot-news list comes before the story (a sidebar read first)
    wrap: int = 0  # text and Markdown: paragraphs hard-wrapped at about this many characters
    seed: int = 0


@dataclass
class Doc:
    text: str
    spec: Spec
    title: str
    story: list[str]  # gold paragraphs
    boilerplate: list[str]  # every boilerplate string placed in the document

    @property
    def gold(self) -> str:
        return "\n\n".join(self.story)


class _Words:
    def __init__(self, lang: str, rnd: random.Random) -> None:
        self.lang, self.rnd = lang, rnd
        topics = EN_TOPICS if lang == "en" else ZH_TOPICS
        names = sorted(topics)
        self.topic = rnd.choice(names)
        self.terms = topics[self.topic]
        self.other_terms = [t for n in names if n != self.topic for t in topics[n]]

    def sentence(self, terms: list[str] | None = None) -> str:
        r = self.rnd
        terms = terms or self.terms
        t0, t1 = r.sample(terms, 2)
        if self.lang == "en":
            clause = r.choice(EN_CLAUSES).format(t0=t0, t1=t1)
            return f"{r.choice(EN_SUBJECTS)} {r.choice(EN_VERBS)} {clause}{r.choice(EN_TAILS)}."
        clause = r.choice(ZH_CLAUSES).format(t0=t0, t1=t1)
        return f"{r.choice(ZH_SUBJECTS)}{r.choice(ZH_TIMES)}{r.choice(ZH_VERBS)}，{clause}{r.choice(ZH_TAILS)}。"

    def headline(self) -> str:
        r = self.rnd
        if self.lang == "en":
            words = r.sample(EN_HEADLINE_WORDS, r.randint(4, 7))
            words[0] = words[0].capitalize()
            return " ".join(words)
        return "".join(r.sample(ZH_HEADLINE_PARTS, r.randint(3, 5)))

    def teaser(self) -> str:
        """A headline and the first words of another story, cut off with an ellipsis."""
        first = self.sentence(self.rnd.sample(self.other_terms, 4))
        cut = first[: self.rnd.randint(25, 60) if self.lang == "en" else self.rnd.randint(10, 22)].rstrip(" ,，")
        sep = ": " if self.lang == "en" else "："
        return f"{self.headline()}{sep}{cut}..."

    def title(self) -> str:
        r = self.rnd
        if self.lang == "en":
            return f"{r.choice(['New', 'Council', 'Ministry', 'Region'])} plan for {self.terms[0]} and {self.terms[1]} {r.choice(['draws criticism', 'wins approval', 'faces delays', 'sparks debate'])}"
        return f"{self.terms[0]}{r.choice(['新政', '改革方案', '建设计划'])}{r.choice(['引发热议', '获批', '推迟实施', '正式出台'])}"


def _pieces(w: _Words, spec: Spec) -> dict[str, object]:
    r = w.rnd
    en = spec.lang == "en"
    day = f"{r.choice(EN_MONTHS)} {r.randint(1, 28)}, {r.randint(2015, 2025)}" if en else \
        f"{r.randint(2015, 2025)}年{r.randint(1, 12)}月{r.randint(1, 28)}日"
    name = r.choice(EN_NAMES if en else ZH_NAMES)
    agency = r.choice(["Reuters", "AFP", "AP", "Getty Images"] if en else ["新华社", "视觉中国", "中新社"])
    nav = r.sample(EN_NAV if en else ZH_NAV, r.randint(5, 8))
    nav.sort(key=lambda x: (x not in ("Home", "首页"), EN_NAV.index(x) if x in EN_NAV else ZH_NAV.index(x)))
    if en:
        scene = f"{r.choice(['A crowd gathers outside', 'Workers stand near', 'A view of'])} the {w.terms[2]} in the city centre."
        caption = r.choice([f"{scene} ({agency})", f"{scene} Photo: {name}/{agency}", f"{scene} {agency}/{name}",
                            f"{scene} (Image: {agency})"])
    else:
        caption = r.choice([f"图为市中心的{w.terms[2]}。（{agency}记者 {name} 摄）", f"市中心的{w.terms[2]}。图片来源：{agency}"])
    return {
        "nav": nav,
        "byline": f"By {name} | {day}" if en else f"作者：{name}  发布时间：{day}",
        "share": r.choice(EN_SHARE if en else ZH_SHARE),
        "caption": caption,
        "related_head": r.choice(EN_RELATED if en else ZH_RELATED),
        "related": [w.headline() for _ in range(spec.related)],
        "read_more": (f"Read more: {w.headline()}" if en else f"相关阅读：{w.headline()}"),
        "hot_head": r.choice(EN_HOT if en else ZH_HOT),
        "hot": [w.teaser() for _ in range(spec.hot)],
        "footer": [f"© {r.randint(2015, 2025)} Daily Example. All rights reserved." if en else f"版权所有 © {r.randint(2015, 2025)} 示例新闻网",
                   " | ".join(["About us", "Contact us", "Privacy policy", "Terms of use"] if en else ["关于我们", "联系我们", "隐私政策", "免责声明"])],
    }


def _cls(spec: Spec, r: random.Random, name: str) -> str:
    return name if spec.classes else f"c-{r.randrange(16 ** 6):06x}"


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _html(spec: Spec, title: str, story: list[str], p: dict, r: random.Random, page: bool) -> str:
    has = set(spec.pieces)
    out: list[str] = []
    if "nav" in has:
        links = "".join(f'<li><a href="/{i}">{_esc(x)}</a></li>' for i, x in enumerate(p["nav"]))
        out.append(f'<header><nav class="{_cls(spec, r, "nav")}"><ul>{links}</ul></nav></header>')
    art: list[str] = [f"<h1>{_esc(title)}</h1>"]
    if "byline" in has:
        art.append(f'<p class="{_cls(spec, r, "byline")}">{_esc(p["byline"])}</p>')
    if "share" in has:
        share = "".join(f'<a href="#s{i}">{_esc(x)}</a> ' for i, x in enumerate(p["share"][1:]))
        art.append(f'<div class="{_cls(spec, r, "share")}"><span>{_esc(p["share"][0])}</span> {share}</div>')
    for i, para in enumerate(story):
        art.append(f"<p>{_esc(para)}</p>")
        if i == 1 and "caption" in has:
            art.append(f'<figure><img src="/img/{r.randrange(999)}.jpg" alt=""><figcaption>{_esc(p["caption"])}</figcaption></figure>')
        if i == 2 and "read_more" in has:
            head, _, link = p["read_more"].partition(": " if spec.lang == "en" else "：")
            sep = ": " if spec.lang == "en" else "："
            art.append(f'<p><strong>{_esc(head)}{sep}</strong><a href="/more">{_esc(link)}</a></p>')
    hot = ""
    if "hot" in has:
        items = "".join(f'<li><a href="/h/{i}">{_esc(t)}</a></li>' for i, t in enumerate(p["hot"]))
        hot = f'<div class="{_cls(spec, r, "hot-news")}"><h3>{_esc(p["hot_head"])}</h3><ul>{items}</ul></div>'
    if spec.sidebar_first:
        out.append(hot)
    out.append(f'<main><article class="{_cls(spec, r, "article")}">' + "".join(art) + "</article>")
    if "related" in has:
        items = "".join(f'<li><a href="/r/{i}">{_esc(h)}</a></li>' for i, h in enumerate(p["related"]))
        out.append(f'<aside class="{_cls(spec, r, "related")}"><h3>{_esc(p["related_head"])}</h3><ul>{items}</ul></aside>')
    if not spec.sidebar_first:
        out.append(hot)
    out.append("</main>")
    if "footer" in has:
        out.append(f'<footer class="{_cls(spec, r, "footer")}">' + "".join(f"<p>{_esc(x)}</p>" for x in p["footer"]) + "</footer>")
    body = "".join(out)
    if not page:
        return f'<div class="{_cls(spec, r, "page")}">{body}</div>'
    lang = "en" if spec.lang == "en" else "zh-CN"
    site = "Daily Example" if spec.lang == "en" else "示例新闻网"
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{_esc(title)} - {site}</title>'
            f'<script>window.dataLayer = [];</script><style>.nav li{{display:inline}}</style></head><body>{body}</body></html>')


def _markdown(spec: Spec, title: str, story: list[str], p: dict, r: random.Random) -> str:
    has = set(spec.pieces)
    out: list[str] = []
    if "nav" in has:
        out.append(" | ".join(f"[{x}](https://example.com/{i})" for i, x in enumerate(p["nav"])))
    if "hot" in has and spec.sidebar_first:
        out += _md_hot(p)
    out.append(f"# {title}")
    if "byline" in has:
        out.append(p["byline"])
    if "share" in has:  # a raw HTML island, as feed readers and mirrors leave them
        out.append(f'<div class="{_cls(spec, r, "share")}">' + " ".join(f'<a href="#">{x}</a>' for x in p["share"]) + "</div>")
    for i, para in enumerate(story):
        out.append(_wrap(para, spec.wrap))
        if i == 1 and "caption" in has:
            out.append(f"![{p['caption']}](https://example.com/img/{r.randrange(999)}.jpg)")
        if i == 2 and "read_more" in has:
            head, sep, link = p["read_more"].partition(": " if spec.lang == "en" else "：")
            out.append(f"**{head}{sep.strip()}** [{link}](https://example.com/more)")
    if "related" in has:
        out.append(f"### {p['related_head']}")
        out.append("\n".join(f"- [{h}](https://example.com/r/{i})" for i, h in enumerate(p["related"])))
    if "hot" in has and not spec.sidebar_first:
        out += _md_hot(p)
    if "footer" in has:
        out.append(f'<div class="{_cls(spec, r, "footer")}">' + "".join(f"<p>{x}</p>" for x in p["footer"]) + "</div>")
    return "\n\n".join(out) + "\n"


def _md_hot(p: dict) -> list[str]:
    return [f"**{p['hot_head']}**", "\n".join(f"* [{t}](https://example.com/h/{i})" for i, t in enumerate(p["hot"]))]


def _wrap(para: str, width: int) -> str:
    """Hard-wrap a paragraph near `width` characters (Latin text at spaces, CJK anywhere)."""
    if not width:
        return para
    lines: list[str] = []
    if " " in para:
        line = ""
        for word in para.split(" "):
            if line and len(line) + 1 + len(word) > width:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        lines.append(line)
    else:
        lines = [para[i:i + width] for i in range(0, len(para), width)]
    return "\n".join(lines)


def _text(spec: Spec, title: str, story: list[str], p: dict, r: random.Random) -> str:
    has = set(spec.pieces)
    out: list[str] = []
    if "nav" in has:
        out.append(" | ".join(p["nav"]))
    if "hot" in has and spec.sidebar_first:
        out.append(p["hot_head"] + "\n" + "\n".join(p["hot"]))
    out.append(title)
    if "byline" in has:
        out.append(p["byline"])
    if "share" in has:
        out.append(p["share"][0] + (": " if spec.lang == "en" else "：") + " ".join(p["share"][1:]))
    for i, para in enumerate(story):
        out.append(_wrap(para, spec.wrap))
        if i == 1 and "caption" in has:
            out.append(p["caption"])
        if i == 2 and "read_more" in has:
            out.append(p["read_more"])
    if "related" in has:
        out.append(p["related_head"] + "\n" + "\n".join(p["related"]))
    if "hot" in has and not spec.sidebar_first:
        out.append(p["hot_head"] + "\n" + "\n".join(p["hot"]))
    if "footer" in has:
        out.append("\n".join(p["footer"]))
    return "\n\n".join(out) + "\n"


def render(spec: Spec) -> Doc:
    r = random.Random(spec.seed)
    w = _Words(spec.lang, r)
    joiner = " " if spec.lang == "en" else ""
    story = [joiner.join(w.sentence() for _ in range(n)) for n in spec.paragraphs]
    title = w.title()
    p = _pieces(w, spec)
    if spec.rendition in ("html", "fragment"):
        text = _html(spec, title, story, p, r, page=spec.rendition == "html")
    elif spec.rendition == "markdown":
        text = _markdown(spec, title, story, p, r)
    else:
        text = _text(spec, title, story, p, r)
    boiler: list[str] = []
    has = set(spec.pieces)
    for piece in ("nav", "share"):
        if piece in has:
            boiler.extend(p[piece])  # type: ignore[arg-type]
    for piece in ("byline", "caption", "read_more"):
        if piece in has:
            boiler.append(p[piece])  # type: ignore[arg-type]
    if "related" in has:
        boiler += [p["related_head"], *p["related"]]  # type: ignore[misc]
    if "hot" in has:
        boiler += [p["hot_head"], *p["hot"]]  # type: ignore[misc]
    if "footer" in has:
        boiler += p["footer"]  # type: ignore[arg-type]
    return Doc(text=text, spec=spec, title=title, story=story, boilerplate=boiler)


def random_spec(rnd: random.Random, rendition: str | None = None, lang: str | None = None) -> Spec:
    lang = lang or rnd.choice(LANGS)
    return Spec(
        lang=lang,
        rendition=rendition or rnd.choice(RENDITIONS),
        paragraphs=[rnd.randint(2, 5) for _ in range(rnd.randint(4, 10))],
        pieces=tuple(x for x in PIECES if rnd.random() < 0.8),
        related=rnd.randint(3, 6),
        hot=rnd.randint(3, 6),
        classes=rnd.random() < 0.7,
        sidebar_first=rnd.random() < 0.3,
        wrap=rnd.choice([0, 0, 0, 0, 64, 72, 80]) if lang != "zh" else rnd.choice([0, 0, 0, 0, 30, 36, 40]),
        seed=rnd.randrange(2 ** 32),
    )


# --- scoring -------------------------------------------------------------------------------------

_TOKEN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]|[^\W_]+", re.UNICODE)


def tokens(text: str) -> list[str]:
    """Words (lower case) and single CJK characters."""
    return [t.lower() for t in _TOKEN.findall(text)]


def _counts(items: list[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for t in items:
        out[t] = out.get(t, 0) + 1
    return out


def score(doc: Doc, output: str) -> tuple[float, float]:
    """(recall of the story's tokens, share of the output's tokens that are not story or title)."""
    gold = _counts(tokens(doc.gold))
    out = _counts(tokens(output))
    title = _counts(tokens(doc.title))
    hit = sum(min(n, gold.get(t, 0)) for t, n in out.items())
    recall = hit / max(1, sum(gold.values()))
    extra = 0
    for t, n in out.items():
        left = n - min(n, gold.get(t, 0))
        extra += max(0, left - title.get(t, 0))
    share = extra / max(1, sum(out.values()))
    return recall, share
