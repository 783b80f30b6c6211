"""The state of one walk over a sentence, and the patterns its rules read with.

``ingest.extraction.attribution`` walks a sentence's figures; the rules it applies live in
``scope`` (whose figure it is: the issuer's, another place's, an application's), ``subjects``
(which indicator a figure's clause speaks of), ``amounts`` (counts and money) and ``rates``
(growth, shares and ranks). They share the dataclasses and patterns here.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from ingest.document.gazetteer import Gazetteer
from ingest.extraction import grammar
from ingest.extraction.lexicon import Lexicon, Mention
from ingest.extraction.numbers import Quantity
from ingest.extraction.sentence import ParsedSentence


@dataclass
class Fact:
    indicator_code: str
    measure: str
    comparator: str
    value: float
    unit: str
    qualifier: str | None
    raw_text: str
    start: int
    end: int
    year: int | None = None
    kind: str | None = None
    year_explicit: bool = False
    year_hint: int | None = None  # 11个项目荣获2023年度…奖: the year named with what is counted
    year_listed: bool = False  # year_hint is its place in a listed range (2022年至2024年分别…)
    target_of: Fact | None = None  # 新认定300家(任务目标180家): the fact whose goal this is


@dataclass(frozen=True)
class DocContext:
    document_id: str
    report_year: int | None
    plan_year: int | None
    own_names: frozenset[str] = frozenset()  # the issuer's own names (海安市, 海安)
    current_year: int | None = None  # the year the text calls 今年
    province: frozenset[str] = frozenset()  # the issuer's province (广西壮族自治区, 广西)
    kind: str | None = None  # what the issuer calls itself: 市, 县, 区, 州, 盟, 旗, 地区, 省
    published_on: datetime.date | None = None  # the page's date, when it gives one
    science: bool = True  # the text says it is about science and technology as it opens


Owner = tuple[str, str | None]  # (indicator_code, qualifier)


@dataclass(frozen=True)
class PlaceSpan:
    """A place (or a scope word such as 全省) named in a sentence."""

    start: int
    end: int


# Between a figure and the mention it names: 以上, 的, a scope word (50家以上的省级…).
QUALIFIER_ALT = "(?:" + "|".join(grammar.QUALIFIER_WORDS) + ")"
NAMES_FOLLOWING_RE = re.compile(
    rf"(?:以上|左右|余|多)?(?:的)?"
    # a province whose register the name is on (406家云南省科技型中小企业)
    rf"(?P<province>{'|'.join(grammar.PROVINCES)})?"
    rf"(?:{QUALIFIER_ALT}(?:[、和及与]?{QUALIFIER_ALT}){{0,3}}(?:级)?)?"
    # the granting government of an award (2项省政府科技奖励, 3项市人民政府科学技术奖)
    rf"(?:(?:人民)?政府)?(?:的)?"
    # (the name in quotes, as a programme's brand: 3家国家级“星创天地”)
    r"[“\"「『]?"
)
# 继续保持10%以上的增长速度: the rate named after the figure
GROWTH_AFTER_RE = re.compile(r"^(?:以上|左右)?的?(?:增长速度|增长率|增速|增幅|增长)")
# Words that may follow a figure and belong to it (10家以上, 3.5%左右, 100余家).
# Words after a figure that say no more of what it counts (以上, 左右; 人民币 restating 元).
# What a count of abstract items is followed by: 两项指标, 三项数据, 5项任务.
# an item of a list (A、B和C): what stands between its joining words
LIST_ITEM_RE = re.compile(r"[^、和及与]+")
COUNTS_ITEMS_RE = re.compile(r"(?:主要|重要|核心)?(?:指标|数据|任务|工作|措施|举措)")
# …or a few items in words, then 都/均 (…,两项都创下历史新高: both figures just given)
_BOTH_ITEMS_RE = re.compile(r"[两二三四五]项(?=[都均皆])")


def counts_items_just_given(text: str, q: Quantity) -> bool:
    """两项都…, 三项均…: the figure counts the items just given, all of which the clause says
    something of (it reads on past the figure, so no end position bounds the match)."""
    found = _BOTH_ITEMS_RE.match(text, q.start)
    return found is not None and found.end() == q.end


def occurrences(text: str, word: str, end: int | None = None) -> list[int]:
    """Where ``word`` starts in ``text`` (ending by ``end``), without overlaps: found with
    str.find, as a pattern per word would be compiled anew for every issuer's names."""
    stop = len(text) if end is None else end
    found, at = [], text.find(word, 0, stop) if word else -1
    while at >= 0:
        found.append(at)
        at = text.find(word, at + len(word), stop)
    return found


# …but a task a share of which is done (完成全年1150件任务的46.2%) is the amount the task sets
TASK_SHARE_AFTER_RE = re.compile(r"(?:目标)?任务的[0-9]+(?:\.[0-9]+)?%")
FIGURE_TAIL = ("以上", "左右", "余", "多", "的", "以内", "以下", "上下", *grammar.CURRENCY_WORDS)
# how far a goal was met: 完成率105%, 完成进度仅为36.8%, 目标实现度为92%, 时序进度40% (the goal's
# value in brackets: 完成2015年目标值(6.5%)的92.6%)
COMPLETION_RE = re.compile(
    r"(完成[^,;()()]{0,12}(?:[((][^,;()()]{1,12}[))])?的|(?:完成|达成|实现)(?:率|度)|(?:完成|时序)?进度|完成年度[^,;]{0,10}|任务的)"
    r"(?:仅|只|已|均)?(?:为|达到?|是)?$"
)


def is_completion_rate(text: str, q: Quantity) -> bool:
    """Is the figure a rate of how far a goal was met (完成率105%, 完成进度仅为36.8%)?"""
    return q.unit == "percent" and COMPLETION_RE.search(text, 0, q.start) is not None


RANGE_START_RE = re.compile(r"[从由][^,;]{0,14}$")
# (or a figure revised: 由原年报数6.12亿元调整为7.05亿元, 由年初的120家调增为150家)
_REVISED_TO = r"|(?:调整|调增|调减|调高|调低|修订|修正|核实|更正|核定)为"
RANGE_NEXT_RE = re.compile(
    r"^(?:的)?(?:(?:增长|提高|提升|增加|上升|扩大|跃升|下降|减少|增|升|降)?(?:到|至)"
    + _REVISED_TO
    + ")"
)
# …and after a list of start figures (分别由2838件和1307件,增长到…), a comma may come first
RANGE_NEXT_AFTER_LIST_RE = re.compile(
    r",?(?:的)?(?:(?:增长|提高|提升|增加|上升|扩大|跃升|下降|减少|增|升|降)?(?:到|至)"
    + _REVISED_TO
    + ")"
)
# what joins the figures of a list: 2838件和1307件, 19425件、11487件
LIST_JOIN_RE = re.compile(r"\s*(?:和|、|及|与)\s*")
EACH_RE = re.compile(r"各[^,;]{0,3}$")
QUOTED_RE = re.compile(r"“[^“”]{1,20}”")
SINCE_YEAR_RE = re.compile(r"((?:19|20)[0-9]{2})年以来")
# a sentence's opening clause that only sets the time: 截至2022年底, / 截止目前, / 近年来,
TIME_ADVERBIAL_RE = re.compile(r"^(?:截至|截止|至|到)?[^,;]{0,10}(?:底|末|目前|以来|年来|为止)$")
YEAR_RANGE_RE = re.compile(r"((?:19|20)[0-9]{2})年?\s*(?:-|—|–|~|至|到)\s*((?:19|20)[0-9]{2})年")
# years named one by one, each figure after 分别/依次 is one of them: 2021年、2022年…分别为
YEARS_LISTED_RE = re.compile(
    r"((?:19|20)[0-9]{2})年?(?:(?:、|和|及|与|,)(?:19|20)[0-9]{2}年?)+(?=[^。;]*?(?:分别|依次))"
)


def listed_with(walk: Walk, q: Quantity) -> list[Quantity]:
    """The figures listed together with q (2838件和1307件), q among them, in order."""
    quantities, text = walk.s.quantities, walk.text
    lo = hi = quantities.index(q)
    while lo > 0 and LIST_JOIN_RE.fullmatch(text, quantities[lo - 1].end, quantities[lo].start):
        lo -= 1
    last = len(quantities) - 1
    while hi < last and LIST_JOIN_RE.fullmatch(text, quantities[hi].end, quantities[hi + 1].start):
        hi += 1
    return quantities[lo : hi + 1]


# The last few years, named as a span before a list (近三年来…分别为186家、245家和318家,
# 连续三年保持两位数增长(分别增长12.3%、15.6%、18.2%), 近三年分别净增6家、9家和11家)
RECENT_SPAN_RE = re.compile(r"(?:近|最近|过去|连续)([两二三四五2-5])年")
_SPAN_YEARS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5}


def span_years(span: re.Match[str]) -> int:
    return _SPAN_YEARS.get(span.group(1)) or int(span.group(1))


def recent_span_listed(text: str, pos: int) -> int | None:
    """How many years a span of the last few years names before a 分别 (依次) right before
    pos."""
    split = max(text.rfind("分别", 0, pos), text.rfind("依次", 0, pos))
    span = RECENT_SPAN_RE.search(text, 0, split) if split >= 0 else None
    return span_years(span) if span else None


def years_listed_before(text: str, pos: int) -> list[int]:
    """The years of the last range (2015-2018年) or list of years (2021年、2022年…分别) before
    pos, in order; the figures listed after it are one for each."""
    found = [
        (m.end(), list(range(int(m.group(1)), int(m.group(2)) + 1)))
        for m in YEAR_RANGE_RE.finditer(text, 0, pos)
    ]
    found += [
        (m.end(), [int(y) for y in re.findall(r"(?:19|20)[0-9]{2}", m.group())])
        for m in YEARS_LISTED_RE.finditer(text, 0, pos)
    ]
    return max(found)[1] if found else []


COMPARED_BEFORE = re.compile(
    "(?:占|比|较|于|超过|高于|低于|领先|"
    + "|".join(v for v in grammar.RANK_VERBS if v not in ("为", "获", "夺得"))
    + r")[^,;]{0,6}$"
)
THEIRS_RE = re.compile(r"(?:高于|低于|超过|超出|快于|慢于|对比|相比|(?<!占)比|较)$")
# (全省首位, 全省首家; not 全省首批, the province's first round)
YARDSTICK_AFTER_RE = re.compile(r"(?:第|前|首(?![批次轮届期])|平均|水平|总量的|的|占比|比重)")
RANK_AREA_RE = re.compile(
    r"(?:全省|全国|全市|全区|全州|全盟|全疆|全自治区|全地区|全球|同类城市|同类|地市|地级市|"
    r"省辖市|设区市|省直管县(?:市)?|直管县(?:市)?|副省级城市|县市区|县\(市、区\)|各盟市|各市州|各县区)$"
)
GROWTH_TAIL_RE = re.compile(
    "(?:" + "|".join(map(re.escape, grammar.GROWTH_WORDS + grammar.DECLINE_WORDS)) + r")"
    r"(?:了|率)?(?:分别|均)?(?:为|达|达到)?(?:了)?"
    r"(?:约|近|接近|将近|大约|超过|逾)?$"  # 同比增长近20%: how near, before the rate
)
GROWTH_NOUN_RE = re.compile(r"增幅|增速|增长率|增长速度|年均增长")
# A change written as a sign, as slides and tables mark it (…142.6亿元,↑11.8%; 专利授权3106件 ▼6.9%;
# 同比+9.7%, 同比-3.1%: the minus is the figure's own): the arrow or sign right before the rate
ARROWS_UP, ARROWS_DOWN = "↑▲⬆↗", "↓▼⬇↘"
SIGNED_CHANGE_RE = re.compile(
    rf"(?:(?:同比|比上年|较上年|比去年|较去年)\s*)?([{ARROWS_UP}{ARROWS_DOWN}+])\s*$"
    r"|(?:同比|比上年|较上年|比去年|较去年)\s*$"
)
_MARKED_BEFORE_RE = re.compile(r"[0-9\u4e00-\u9fff]")


def signed_change(text: str, start: int, end: int) -> str | None:
    """'up' or 'down' when a sign between ``start`` and ``end`` (the rate's start) marks it a
    change, else None. An arrow only after words or a figure on its line: at a line's head it
    is a bullet (▲ 新获批…)."""
    m = SIGNED_CHANGE_RE.search(text, start, end)
    if m is None:
        return None
    sign = m.group(1)
    if sign and not _MARKED_BEFORE_RE.search(text, text.rfind("\n", 0, m.start()) + 1, m.start()):
        return None
    return "down" if sign and sign in ARROWS_DOWN else "up"


DECLINE_RE = re.compile("(?:" + "|".join(grammar.DECLINE_WORDS) + r")(?:了|率)?(?:为|达)?$")
# a difference right before the figure: from an earlier time (比上年多18家, 同比少3家, 较上年底
# 提高1.09件) or from something else (比邻县多20家, 较全市平均水平高出…), named between 比 and 多
MORE_THAN_RE = re.compile(
    # (a base with a figure of its own, 较2018年全县总数41家增加23家, is read by its verb)
    r"(?:比|较)((?:(?:19|20)[0-9]{2}年)?[^,;:比较0-9]{0,20}?)[净新]?"
    r"(多|少|增加|增长|增|减少|减|提高|提升|上升|下降|降低|高|低)(?:了|出)*"
    r"(?:近|约|超过|逾|将近|接近)?$"  # (比上年多出近千家: how near, before the change)
)
FEWER_WORDS = ("少", "减少", "减", "下降", "降低", "低")
EARLIER_TIME_RE = re.compile(
    r"(?:上年|去年|前年|上一年|前一年|(?:19|20)[0-9]{2}年)?度?(?:年?(?:底|末|初))?(?:同期)?"
)
TO_LEVEL_RE = re.compile(r"(?:增长|提高|提升|增加|上升|扩大|下降|减少|降低|跃升)(?:到|至)(?:了)?$")
SHARE_GROWS_RE = re.compile(r"(比重|比例|占比|强度)[^,;]{0,3}(增长|比增|提高|提升|增加)了?$")


_QUALIFIER_ENDS = tuple(grammar.QUALIFIER_WORDS)


# A list of scopes before a name: 省、市级, 国家级、省级、市级, 国家、省、市 (its last with 级)
_SCOPE_LIST_RE = re.compile(
    r"(?:(?:国家|省|自治区|市|县)级?[、和及与])+(?:国家|省|自治区|市|县|区)级$"
)


_GRANTED_BY = ("备案", "认定")


def qualifier_before(text: str, pos: int, own: frozenset[str] = frozenset()) -> list[str]:
    """Scope words right before pos: [], [q], or each of a list (省、市级众创空间; 国家级、
    省级、市级孵化器). The last character of an ``own`` name (the issuer's: 六安市) is no scope
    word."""
    head = text[max(0, pos - 14) : pos].rstrip('“"「『')  # (国家级“星创天地”: its brand in quotes)
    if head.endswith(_GRANTED_BY):
        # 国家备案众创空间, 省认定高新技术企业: the level that grants the kind, before its procedure
        head = head[: -len(next(w for w in _GRANTED_BY if head.endswith(w)))]
    listed = _SCOPE_LIST_RE.search(head)
    if listed:
        # each scope of the list (国家级、省级、市级孵化器); the last is read with its 级
        # (县级, 区级: a bare 区 is no scope word)
        *firsts, last = re.split(r"[、和及与]", listed.group(0))
        scopes = [*(w.removesuffix("级") for w in firsts), last]
        return [grammar.QUALIFIER_CANON[w] for w in scopes]
    head = head[-8:]
    if not head.endswith(_QUALIFIER_ENDS):
        return []  # (one endswith for all the scope words: most names follow none)
    for word in grammar.QUALIFIER_WORDS:
        if head.endswith(word):
            prefix = head[: -len(word)]
            # 全市/我市/本省 speak of the issuer, they are no scope
            if len(word) == 1 and prefix[-1:] in (
                "全",
                "我",
                "本",
                "该",
                "各",
                "城",
                "州",
                "县",
                "上",
            ):
                return []
            if word in ("国", "州"):
                continue  # single characters that end ordinary words (全国 is handled below)
            if (len(word) == 1 and any(head.endswith(name) for name in own)) or word in own:
                return []  # 六安市高新技术企业 in 六安's text: the issuer's name, no level
            return [grammar.QUALIFIER_CANON[word]]
    return []


_T = TypeVar("_T")


@dataclass
class Walk:
    s: ParsedSentence
    ctx: DocContext
    section: str
    facts: list[Fact] = field(default_factory=list)
    anchor: list[Fact] = field(default_factory=list)  # what a rate or rank after it belongs to
    anchor_end: int = -1
    latest: list[Fact] = field(default_factory=list)  # the last facts of any measure (for ranks)
    used: set[int] = field(default_factory=set)  # mentions that own a figure, by start
    unmapped: list[Quantity] = field(default_factory=list)
    carried: Mention | None = None  # the indicator the previous sentence ended on
    # the words of the previous sentence's clause before that indicator (工作任务:新增市级|众创空间)
    carried_head: str = ""
    places: list[PlaceSpan] | None = None  # other places the sentence names (computed once)
    applied: set[int] = field(default_factory=set)  # mentions in an application clause
    elsewhere: set[int] = field(default_factory=set)  # mentions another place's figure took
    foreign: set[int] = field(default_factory=set)  # another place's figures, by start
    parts: set[int] = field(default_factory=set)  # figures of kinds of an indicator, by start
    bases: set[int] = field(default_factory=set)  # figures compared with, by start
    milestones: set[int] = field(default_factory=set)  # round figures passed (10亿大关), by start
    # the first year of a period a change starts from, by its start figure's start (从2019年到
    # 2021年,…由55家增至231家)
    period_starts: dict[int, int] = field(default_factory=dict)
    # …and the last year of that period, by the start of the figure it rose to (231家)
    period_ends: dict[int, int] = field(default_factory=dict)
    # the sentence before opened on another place of the issuer's kind (雨花区… before 全区…)
    elsewhere_before: bool = False
    firm_quote: int = -1  # where a quote in a firm's own voice opening the sentence ends
    # a listed from-to (A和B分别由x和y,增长到z和w): each end figure's start figure, by start
    range_starts: dict[int, int] = field(default_factory=dict)
    # the name a listed figure was paired with (A和B分别为x和y), by the figure's start
    paired_names: dict[int, Mention] = field(default_factory=dict)
    # the last list of kinds sharing a head name (发明、实用新型专利申请量分别…): where its
    # clause starts and its items, for the twin named after it (…,授权量分别为…)
    kinds_list: tuple[int, list[re.Match[str]]] | None = None
    # the last 分别 clause that went through clauses stated before it: where it ends and their
    # names, for the next time-framed 分别 clause (…;到2026年底,分别突破…)
    respective: tuple[int, list[Any]] | None = None
    # answers to questions the rules ask of the sentence alone, again and again (the first word
    # of content of a clause, whether it opens on another place), by (question, start, end)
    answers: dict[tuple[str, int, int], Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.s.text

    def kept(self, question: str, start: int, end: int, answer: Callable[[], _T]) -> _T:
        """``answer()``, worked out once per sentence for the span [start, end)."""
        key = (question, start, end)
        if key not in self.answers:
            self.answers[key] = answer()
        return self.answers[key]

    def set_anchor(self, facts: list[Fact], end: int) -> None:
        if facts:
            self.anchor, self.anchor_end, self.latest = facts, end, facts


class Rules:
    """What every rule module may read from the extractor it is mixed into."""

    lexicon: Lexicon
    gazetteer: Gazetteer | None
    indicator_forms: dict[str, str]
