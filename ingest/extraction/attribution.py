"""Which figure in a sentence belongs to which indicator, with what measure, year and kind.

One walk over a sentence's figures, left to right. Each figure is read by its place in the
clause (``ingest.extraction.sentence``):

1. **A figure that names what follows it** counts that thing: 新认定52家市级科技小巨人企业.
   When what follows is another noun, the figure counts that noun (110家企业享受…), unless
   the noun then becomes the indicator by a joining verb (3家企业被认定为高新技术企业).
2. **A figure at the end of its clause** belongs to the clause's subject: the nearest mention
   before it, as long as no other noun phrase (a competing subject) stands between them.
   Verbs, adverbs, attribute nouns (总数, 规模) and comparisons (占GDP比重) do not compete;
   any noun of its own (人才, 项目, 收入) does.
3. **A clause without a subject** continues the one before: the last figure's indicator
   (,总数达1407家 / ,其中国家级8家), or the indicator the previous clause named
   (组织企业申报高新技术企业,新认定18家).
4. **Rates and ranks** (增长14.2%, 占GDP比重1.69%, 居全省第二) belong to the figure or the
   mention nearest before them; k rates or ranks after k figures (分别增长…) pair in order.
5. **Lists**: k mentions followed by k figures pair in order (A、B分别为X、Y); a count after
   a list of mentions belongs to none of them (众创空间、孵化器共12家).
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from typing import NamedTuple

from ingest.document.gazetteer import Gazetteer
from ingest.document.year_phrases import arabic_years
from ingest.extraction import grammar
from ingest.extraction.amounts import AmountRules
from ingest.extraction.dating import YEAR_RE, date_figure
from ingest.extraction.lexicon import GAP, Lexicon, Mention, SurfaceForm
from ingest.extraction.numbers import Quantity, Rank, bare_counts, find_quantities, find_ranks
from ingest.extraction.rates import RateRules
from ingest.extraction.scope import ScopeRules
from ingest.extraction.segment import tag
from ingest.extraction.sentence import ParsedSentence, Token, bracket_depths, tokens_of
from ingest.extraction.subjects import SubjectRules
from ingest.extraction.walk import (
    QUALIFIER_ALT,
    DocContext,
    Fact,
    Walk,
    counts_items_just_given,
    years_listed_before,
)

__all__ = ["DocContext", "Fact", "SentenceExtractor"]
# what may stand between a figure and a rate said of it: 25.41亿元,同比增长32.8%
_RATE_AFTER_RE = re.compile(
    r"[,,]?\s*(?:同比|比上年|较上年|比去年|较去年)?(?:增长|增加|提高|下降|减少)了?"
)
# A clause that opens on the issuer and its verb, right before its figure (我区完成, 其中本县)
_OWN_CLAUSE_RE = re.compile(
    r"\s*(?:其中)?[我本](?:市|县|区|旗|州|盟)(?:共|累计)?(?:完成|实现|达到|达|为|有|仅为|仅)?\s*"
)
_NAME_TO_WHOLE_MAX = 8
# A figure said to be revised to the next one: 经省统计局核定,调整为…, 修正为…
_REVISED_WORDS = ("调整为", "修正为", "更正为", "修订为", "核定为")
_REVISED_TO_RE = re.compile(f"(?:{'|'.join(_REVISED_WORDS)})\\s*$")
# A bracket that opens on a goal word: (任务目标180家), (年度目标为400家)
_GOAL_BRACKET = r"[((]\s*(?:全年|年度|年初)?(?:任务|工作|计划)?目标"
# the share of a goal a result is, right after the goal (目标(170家)的107%)
_SHARE_OF_GOAL_RE = re.compile(r"\s*[))]?的([0-9]+(?:\.[0-9]+)?)%")
# a bracket of a figure's parts by level: (国家级1家、自治区级1家)
_BRACKET_OPEN_RE = re.compile(r"\s*[((]")
_BRACKET_CLOSE_RE = re.compile(r"\s*[))]")
# (the level may be said by the act that grants it: 众创空间27家(国家备案5家); or sends them:
# 科技特派员146名(其中省派32名))
_LEVEL_BEFORE_RE = re.compile(
    rf"\s*[、,,;]?\s*(?:其中)?({'|'.join(map(re.escape, grammar.QUALIFIER_WORDS))})"
    r"(?:备案|认定|选派|派)?(?:的|有|为)?\s*"
)
# a bracket right after a figure naming its year alone: (2023年), (2022年数据)
# (a figure's bound may come between: 180家以上(2027年); and the bracket may call the figure an
# estimate: 2.3%(2025年预计))
_YEAR_BRACKET = (
    r"(?:以上|以下|左右)?\s*[((]\s*(?:系|为|是)?((?:19|20)[0-9]{2})\s*年度?"
    r"(?:数据|数|统计数据|统计数|口径|预计|预计数|目标)?"
    # (2023年度,统计公报数: and whose figure; 系2023年统计数,2024年数据尚未发布: why)
    r"(?:\s*[,,、]\s*(?:(?:19|20)[0-9]{2}\s*年)?[^()()0-9]{1,10})?\s*[))]"
)
_YEAR_BRACKETED_AFTER_RE = re.compile(r"\s*" + _YEAR_BRACKET)
# (the same bracket, where it stands right after a figure, masked when other figures are dated)
_YEAR_BRACKET_SPAN_RE = re.compile(r"(?<=[0-9%元家个件项名])" + _YEAR_BRACKET)
# a legend for pairs of figures: (2010年完成数/2011年目标数), (2023年实际/2024年目标)
_PAIR_LEGEND_RE = re.compile(
    r"[((]\s*((?:19|20)[0-9]{2})\s*年度?([^/()()]{0,6})/\s*((?:19|20)[0-9]{2})\s*年度?"
    r"([^/()()]{0,6})[))]"
)
_GOAL_HALF_RE = re.compile(r"目标|计划|预期|任务")
# a figure the goal noun follows: 完成全年30亿元目标的56%, 实现50家的年度目标
# (not 目标完成率 glued on: how far a goal was met, the figure before it reached)
_GOAL_NOUN_AFTER_RE = re.compile(r"的?(?:年度|全年|阶段性)?目标(?!值|(?:任务)?(?:完成|实现)[率度])")
_BRACKETED_GOAL_SPAN_RE = re.compile(rf"{_GOAL_BRACKET}[^()()]{{0,24}}[))]")
# A past year's value in brackets after a figure: 1.15%(上年1.02%), 42家(2022年为36家)
_BRACKETED_PAST_RE = re.compile(
    r"\s*[((]\s*(?:上年|去年|上一年|(?:19|20)[0-9]{2}年)(?:度|末|底|同期)?(?:为|是)?\s*$"
)
# …and its words up to the figure, right before it; or the goal a result met, in brackets after
# the words that say so (达到38家,超额完成年度目标(35家); 入库92家,完成目标任务(80家)的115%)
_BRACKETED_GOAL_RE = re.compile(
    # (perhaps with a colon and the goal's verb: (全年目标:净增20家))
    rf"\s*{_GOAL_BRACKET}(?:任务)?(?:值)?(?:为|是|:)?\s*(?:净增|新增|增长|达到|突破)?\s*$"
    r"|[,,]?(?:均|都)?(?:超额|全面|圆满|提前)?完成了?(?:全年|年度|省定|市定)?"
    r"(?:目标任务|任务目标|目标|任务)数?\s*[((]\s*$"
)
# a goal's own verb of new ones in its bracket
_GOAL_VERB_RE = re.compile(r"(?:净增|新增)\s*$")
# …or said before the goal noun: 入库312家,超额完成省下达的280家目标任务
_GOAL_MET_BEFORE_RE = re.compile(r"[,,]?(?:均|都)?(?:超额|全面|圆满|提前)?完成了?[^,;。0-9]{0,8}?$")
_GOAL_NOUN_RE = re.compile(r"的?(?:全年|年度)?(?:目标任务|任务目标|目标|任务)(?![完实])")
# figures listed in one bracket: (200件、100件)
_LISTED_IN_BRACKET_RE = re.compile(r"\s*[、,,和及]\s*")


def _replace_reading(walk: Walk, fact: Fact) -> None:
    """The figure at fact.start is fact, whatever it was read as on its own (unmapped, or a goal
    of the plan year)."""
    walk.unmapped = [u for u in walk.unmapped if u.start != fact.start]
    walk.facts = [f for f in walk.facts if f.start != fact.start]
    walk.facts.append(fact)


_ASIDE_RE = re.compile(r"[((][^()()]*[))]")


def _past_its_rates(
    walk: Walk, before: list[Fact], goal: Quantity, opening: int
) -> list[Fact] | None:
    """The facts of the goal's unit before a goal's opening when only the last one's own rates
    and asides in brackets stand between it and the opening; else None."""
    same = [f for f in before if f.unit == goal.unit]
    if not same:
        return None
    last = same[-1]
    between = [f for f in before if f.start >= last.end]
    if any(f.indicator_code != last.indicator_code or f.unit != "percent" for f in between):
        return None
    span = list(walk.text[last.end : opening])
    for f in between:  # (the rates' own figures)
        span[f.start - last.end : f.end - last.end] = " " * (f.end - f.start)
    rest = _ASIDE_RE.sub("", "".join(span))
    if any(c.isdigit() for c in rest):
        return None  # a figure that is none of these
    return same


# A quote opening the sentence in a firm's own voice (“去年我们研发投入…) right after a sentence
# set in one firm (…有限公司研发中心里…, 走进…一家…企业): the firm speaks, of its own figures
_QUOTE_IN_ITS_OWN_VOICE_RE = re.compile(r"“[^”0-9]{0,12}我们")
_FIRM_WORD_RE = re.compile(r"有限公司|集团|一家[^,;。]{0,12}?(?:企业|公司|工厂)")
_OFFICIAL_SPEAKS_RE = re.compile(r"局|委|政府|书记|[县市区州旗]长|主任|负责人")


def _firm_quote(previous: str | None, text: str) -> int:
    """Where the quote a firm speaks in ends (its figures are the firm's), or -1."""
    if not previous or not text.startswith("“") or not _QUOTE_IN_ITS_OWN_VOICE_RE.match(text):
        return -1
    if not _FIRM_WORD_RE.search(previous) or grammar.SELF_SCOPE_WORD_RE.search(previous):
        return -1
    end = text.find("”")
    if end >= 0 and _OFFICIAL_SPEAKS_RE.search(text, end):
        return -1  # “今年,我们将力争…”安平县科技局局长刘建军说: the place speaks, by its official
    return end if end >= 0 else len(text)


def _in_bracketed_goal(text: str, q: Quantity) -> bool:
    """Is the figure alone in brackets after a goal word ((任务目标180家))?"""
    return (
        # most sentences have neither word: no search over the text before each figure
        ("目标" in text or "任务" in text)
        and re.match(r"\s*[))]", text[q.end :]) is not None
        and _BRACKETED_GOAL_RE.search(text, 0, q.start) is not None
    )


# The last words of an amount's name that may stand for it in the clause after its stem.
_AMOUNT_TAILS = ("成交额", "交易额", "登记额", "合同额", "成交金额", "交易金额", "金额")
_STEM_MIN_CHARS = 2
# what ends an organisation's name after an indicator's words inside it (…孵化创业服务中心,
# …孵化器有限公司); no verb nor list between
_ORGANISATION_AFTER_RE = re.compile(
    r"[^\W\d达为超占增数是和及与、]{0,6}?(?:有限公司|有限责任公司|公司|服务中心|集团|研究院)"
)
_HAVING_WORDS = frozenset({"有", "拥有", "共有", "现有", "是", "为"})
_SIZE_CLASS_BEFORE_RE = re.compile(r"(?:规模以上|规上|限额以上|限上)$")
# what may open a clause before an amount's last word: 其中, a year (;2018年成交额719亿元)
_CLAUSE_OPENING = r"(?:其中,?)?(?:(?:19|20)[0-9]{2}年度?,?)?"
# The procedures a count of patents is named by after its stem (…,申请量…,授权量…)
_COUNT_TAILS = ("申请", "授权")
# a question that puts a claim heard elsewhere (有报道说…, 听说…, 有数据说…) to the speaker
_HEARSAY_QUESTION_RE = re.compile(
    r"(?:有(?:媒体|报道|消息|数据|说法|人说|新闻说)|报道[称说]|新闻说|听说|据说|传言|网传|网上说)"
    r"[^。!?]*[??]\s*$"
    # …or a question the questioner of a transcript asks (记者:刚才提到…增长了29%,…?): its
    # figures are put to the speaker, whose answer states its own
    r"|^[【\[]?[^,。;:!?【】\[\]]{0,12}?(?:记者|主持人|网友|提问)[】\]]?[::][^。!?]*[??]\s*$"
    r"|^问[::][^。!?]*[??]\s*$"
    # …or a question that wonders whether or when a figure will be reached (啥时候能把研发强度
    # 搞到3%?, 今年能否突破500家?): no figure the text states
    r"|(?:啥时候|什么时候|何时|能不能|能否|是否|会不会)[^。!?]*[??]\s*$"
)
_OPENS_ON_AN_AMOUNTS_TAIL_RE = re.compile(rf"{_CLAUSE_OPENING}(?:{'|'.join(_AMOUNT_TAILS)})")


# a name this long is no accident of the characters around it
_LONG_NAME = 8
# 其中发明专利…, 其中,发明专利…, 1060件中,发明专利…, …申请中有发明专利…: the invention patents
# among the figure before; and a clause that opens on them and their figure (专利受理数389件,
# 增长37.5%;发明专利136件), in the clauses after it up to the sentence's end
_PART_INVENTION_RE = re.compile(
    r"(?:(?<=其中)|(?<=其中,)|(?<=件中,)|(?<=中有))发明专利(?:申请|授权)?(?:量|数)?"
    r"|(?<=[,;])发明专利(?:量|数)?(?=[0-9])"
)
# …专利授权数量…提升至7.6万件。其中,发明专利增至9413件: a sentence that opens on the part
# (within its first clause) takes it of the patents the sentence before named last
_OPENS_ON_A_PART_RE = re.compile(r"(?:其中,?|[^,;。]{0,12}件中,)发明专利")


# the things an award is given to, counted by its figure
_AWARDS_COUNT = ("项目", "成果")


class _Sibling(NamedTuple):
    """A word that names a sibling indicator after a mention, its stem left out."""

    pattern: re.Pattern[str]
    code: str
    # found in any clause up to the sentence's end (not only up to the next ;), unless another
    # indicator is named between the mention and it
    whole_sentence: bool = False


# a quoted type right before a name: “创业型”, 「研发类」
_QUOTED_TYPE_BEFORE_RE = re.compile(r"[“「\"][^“”「」\"]{1,8}[型类][”」\"]$")
# 中 after a counted name opens the set the figures after it are parts of (31位科技特派员中,…),
# not 中心 nor a word 中 begins (中国, 中小)
_SET_OPENED_RE = re.compile(r"中(?![心国小央])")
# a figure that is only an order of magnitude, no digit in it (千件, 超百家, 百亿元)
_BARE_MAGNITUDE_RE = re.compile(r"[上近超逾过破]?[百千万]+[余多]?[\u4e00-\u9fff]{1,2}")
_MILESTONE_REACH = 8  # …千件,达1262件: the exact figure right after it
_MILESTONE_BREAK_RE = re.compile(r"[;。]")
# 其中 and the words after it, up to a name
_AMONG_BEFORE_RE = re.compile(r"其中[,:]?([^,;。:其]*)$")
_AMONG_REACH = 40
_FUNCTION_TAGS = frozenset({"x", "d", "m", "t", "f", "c", "p", "u", "uj", "r"})
# a place said as a level before a name (楚雄州级科技特派员): its last character, its level word
_PLACE_ENDS = tuple("省市州县区盟")
_PLACE_LEVELS = ("省级", "市级", "州级", "县级", "区级", "盟级")
# A part of a year gone by, said before a figure in its sentence: 上半年, 前三季度, 1—9月,
# 截至6月底; the month it ends in
_PART_OF_A_YEAR_RE = re.compile(
    r"(?P<half>上半年)|前(?P<three>三)季度|第(?P<q>[一二三1-3])季度"
    r"|[1一]\s*[-—–~至到]\s*(?P<to>1[01]|[1-9])\s*月|截[至止](?:目前|[今本]年)?(?P<end>1[01]|[1-9])月(?:底|末|份)"
)
_QUARTER_END = {"一": 3, "1": 3, "二": 6, "2": 6, "三": 9, "3": 9}


def _part_of_a_year_gone_by(text: str, pos: int) -> int | None:
    """The last month of a part of the year (上半年: 6) said before pos in its sentence, with
    no year of its own, else None."""
    start = max(text.rfind("。", 0, pos), text.rfind(";", 0, pos)) + 1
    found = None
    for m in _PART_OF_A_YEAR_RE.finditer(text, start, pos):
        found = m
    if found is None or YEAR_RE.search(text, max(start, found.start() - 8), found.start()):
        return None
    if found.group("half"):
        return 6
    if found.group("three"):
        return 9
    if found.group("q"):
        return _QUARTER_END[found.group("q")]
    return int(found.group("to") or found.group("end"))


# What may stand between 其中 and a name without making a kind of it: a scope, a measure, a verb
# of joining or applying (longest first, so that 新认定 goes whole)
_NOT_A_KIND_RE = re.compile(
    "|".join(
        sorted(
            {
                *grammar.QUALIFIER_CANON,
                *grammar.INCREMENT_WORDS,
                *grammar.LEVEL_WORDS,
                *grammar.WEAK_LEVEL_WORDS,
                *grammar.JOIN_VERBS,
                *grammar.APPLICATION_WORDS,
                "级",
                "以上",
                "及",
                "新",
                "有",
                "共",
                "已",
                "已经",
            },
            key=len,
            reverse=True,
        )
    )
)
# a rate per so many of something right before a name: 每千家企业中, 每万名从业人员的
# The result said right after a goal (目标400家,完成420家; 年度目标45亿元,实际完成52.3亿元;
# 指标值0.9%,实际值0.86%; a goal of growth: 目标增长15%,实际增长17%)
_RESULT_AFTER_GOAL_RE = re.compile(
    r"[,,]\s*(?:截至目前|目前|全年|当年|年内)?,?(?:已经?|预计)?(?:实际(?:完成)?|完成)(?:了|值|数)?"
    r"(?:为|是)?\s*(?:新?(?:评价|登记|审核|增长|增幅|提高|提升|增加|新增|入库|选派|认定|备案|达到)){0,2}"
    r"了?\s*$"
)
# a part of a result right after it (…,完成11个,其中省级重点实验室4个)
_PART_AFTER_RESULT_RE = re.compile(r"[,,]\s*其中")
# The unit a figure is written in for a goal's unit (每万人口…3.2件: a count per head)
_GOALS_UNIT = {"per_10k_people": "count"}
# Between rates listed after 分别, each with its own direction (分别下降6.2%和增长3.5%)
_RESPECTIVE_CHANGE_GAP_RE = re.compile(
    "(?:、|和|及|与|,)(?:"
    + "|".join(map(re.escape, grammar.GROWTH_WORDS + grammar.DECLINE_WORDS))
    + ")了?"
)
_PER_UNIT_BEFORE_RE = re.compile(r"每[十百千万][^,;。]{0,6}?(?:中|的)$")
_BEFORE_NAME_REACH = 12  # the longest of these two, and more
_DE_REACH = 10  # characters read on each side of a 的 that may split a name
_DE_SIDE = 2  # …of which each part of the name holds at least this many
_MEASURE_NOUN_ENDS = ("量", "额", "数", "率", "比重", "强度")
# the heads of nouns that name actors: the firms, universities and institutes of a place
_ACTORS = ("企业", "公司", "高校", "院校", "院所", "机构", "单位", "个人")
_LIST_JOINS = frozenset({"和", "、", "及", "与", "以及"})
# the pool of candidates for a kind, right after its name: 小巨人培育企业, 高企后备库, 培育对象
_CANDIDATES_AFTER_RE = re.compile(r"[”\"]?(?:培育|后备)(?:企业|对象|库|名单|梯队|入库)")
# 获奖项目8项, 获奖数较上年增加60% opening a clause (or after its year) of a sentence that named
# the prize
_AWARDS_WON_RE = re.compile(r"(?:(?<=[,;])|(?<=年))获奖(?:项目|成果)?(?:数量|数)?")
# 企业 right after the verb of recognition and right before its count (认定企业51家, not
# 认定企业技术中心5家 nor 51家企业通过认定; 入库企业 may be a reserve's)
_RECOGNISED_FIRMS_RE = re.compile(r"(?<=认定)企业(?=共?[0-9])")
# The loans a loan product named before in the sentence gave (“科技贷”项目41项,支持贷款额度…;
# 以“科贷通”为例,…发放贷款165笔): its amount said by the bare head 贷款
_LOANS_RE = re.compile(r"贷款(?:额度|余额|总额|金额)?")


def _one_scope(words: str) -> str:
    """The words, when they name one scope (省级以上科技项目); '' when none or several
    (国家和省科技项目: which is the money's is not said)."""
    first = next((w for w in grammar.QUALIFIER_WORDS if w in words), None)
    if first is None:
        return ""
    rest = words.replace(first, "")
    return "" if any(w in rest for w in grammar.QUALIFIER_WORDS) else words


def _first_figure(text: str) -> int:
    found = re.search("[0-9]", text)
    return found.start() if found else 0


def same_figure_key(f: Fact) -> tuple:
    """What a mark passed and an exact value must share to be of the same figure: indicator,
    year, kind, measure, scope and unit."""
    return (f.indicator_code, f.year, f.kind, f.measure, f.qualifier, f.unit)


# an intensity named without the stem of the amount before it (…经费总量…,投入强度…)
_INTENSITY_ALONE_RE = re.compile(r"(?<=[、和及与,;])(?:经费)?(?:投入)?强度")


class SentenceExtractor(ScopeRules, SubjectRules, AmountRules, RateRules):
    """The walk over one sentence; the rules it applies are mixed in from their modules."""

    def __init__(self, lexicon: Lexicon, gazetteer: Gazetteer | None = None) -> None:
        self.lexicon = lexicon
        self.gazetteer = gazetteer  # to tell other places' figures (None: only 全省, 高新区 …)
        forms: dict[str, list[str]] = {}
        for form in lexicon.forms:
            if form.indicator_code:
                forms.setdefault(form.indicator_code, []).append(form.text)
        for code, ind in lexicon.indicators.items():
            forms.setdefault(code, []).append(ind.name_zh)
        # (what an award counts restates it: 科学技术奖共授奖项目100项, …奖获奖成果39项)
        own = {
            code: [*texts, *_AWARDS_COUNT]
            if (ind := lexicon.indicators.get(code)) and (ind.category == "awards")
            else texts
            for code, texts in forms.items()
        }
        self.indicator_forms = {code: "|".join(texts) for code, texts in own.items()}
        self.names = {code: frozenset(texts) for code, texts in forms.items()}
        # gap forms whose first piece is a verb and last a noun (争取…资金): (form, verb, noun)
        self.split_forms = [
            (f, f.text.split(GAP)[0], f.text.split(GAP)[-1])
            for f in lexicon.forms
            if f.indicator_code and f.text.count(GAP) == 1 and f.text.split(GAP)[-1]
        ]
        self._split_verbs = sorted({verb for _, verb, _ in self.split_forms})
        # The word that names a sibling indicator when the stem is left out: 专利申请X件、授权Y件
        # (X_applications ↔ X_grants) and 专利申请X件,其中发明专利Y件 (patent → invention).
        self.siblings: dict[str, list[_Sibling]] = {}
        # (the twin may open a clause after a semicolon, as long as no other indicator is
        # named in between: 专利申请量516件,增长12.4%;授权346件)
        listed = r"(?<=[、和及与,;]){}(?:量|数)?"
        for code in lexicon.indicators:
            twin = code.removesuffix("_applications") + "_grants"
            if code.endswith("_applications") and twin in lexicon.indicators:
                self.siblings.setdefault(code, []).append(
                    _Sibling(re.compile(listed.format("授权")), twin, whole_sentence=True)
                )
                self.siblings.setdefault(twin, []).append(
                    _Sibling(re.compile(listed.format("申请")), code, whole_sentence=True)
                )
            if lexicon.indicators[code].category == "enterprises":
                # 申报高新技术企业…,新认定企业51家: the bare head after a verb of recognition is
                # the kind the sentence named
                self.siblings.setdefault(code, []).append(_Sibling(_RECOGNISED_FIRMS_RE, code))
            if lexicon.indicators[code].name_zh.endswith("贷款"):
                self.siblings.setdefault(code, []).append(
                    _Sibling(_LOANS_RE, code, whole_sentence=True)
                )
            if lexicon.indicators[code].category == "awards":
                # 申报省科学技术奖6项,获奖3项: the prizes won, named by the winning alone
                self.siblings.setdefault(code, []).append(_Sibling(_AWARDS_WON_RE, code))
            share = lexicon.share_target.get(code)
            if share is not None:
                # R&D经费总量居全省第2位,投入强度居第5位: the amount's share of the economy,
                # named by 强度 alone after it
                self.siblings.setdefault(code, []).append(
                    _Sibling(_INTENSITY_ALONE_RE, share, whole_sentence=True)
                )
            narrower = f"invention_{code}"
            if code.startswith("patent_") and narrower in lexicon.indicators:
                self.siblings.setdefault(code, []).append(
                    _Sibling(_PART_INVENTION_RE, narrower, whole_sentence=True)
                )

        # An amount named by its last word when its stem was named before in the sentence:
        # 登记技术合同1136项,成交额27.4亿元 (技术合同 + 成交额). (stem, tail, indicator) for
        # every amount form that ends in a word of money.
        self.amount_tails = [
            (f.text[: -len(tail)], tail, f.indicator_code)
            for f in lexicon.forms
            if f.indicator_code
            and GAP not in f.text
            and lexicon.indicators[f.indicator_code].unit == "yuan"
            for tail in _AMOUNT_TAILS
            if f.text.endswith(tail) and len(f.text) - len(tail) >= _STEM_MIN_CHARS
        ]
        # …and a count of patents by its procedure alone when the patents were named bare
        # before (发明专利方面,申请量1852件,授权量620件): the longest stem first, so that
        # 发明专利 is not read as 专利
        self.count_tails = sorted(
            (
                (f.text[: -len(tail)], tail, f.indicator_code)
                for f in lexicon.forms
                if f.indicator_code
                and GAP not in f.text
                and lexicon.indicators[f.indicator_code].category == "patents"
                and lexicon.indicators[f.indicator_code].unit == "count"
                for tail in _COUNT_TAILS
                if f.text.endswith(tail) and len(f.text) - len(tail) >= _STEM_MIN_CHARS
            ),
            key=lambda t: -len(t[0]),
        )

    def _may_name_an_indicator(self, text: str) -> bool:
        """Could parse() find an indicator mention: a lexicon form anywhere (parse keeps those
        on word boundaries, and their elliptic siblings), or a split form's verb (its noun may
        open a later clause)? A list with 分别 may hold kinds that make a name with the head
        they share (发明、外观设计专利申请量分别…, its last kind's words hiding the name)."""
        if any(m.indicator_code for m in self.lexicon.find_mentions(text)):
            return True
        if "分别" in text and "、" in text:
            return True
        if "的" in text and self._across_de(text, []):
            return True
        if "专利" in text and ("申请" in text or "授权" in text):
            return True  # (发明专利方面,申请量…: a count of patents by its procedure alone)
        return any(verb in text for verb in self._split_verbs)

    def _across_de(self, text: str, found: list[Mention]) -> list[Mention]:
        """A name the text splits with 的 (发明专利的申请量和授权量: 发明专利申请量), where
        neither part is a mention of its own: looked up with the 的 taken out."""
        bridged: list[Mention] = []
        for de in re.finditer("的", text):
            p = de.start()
            after = text[p + 1 : p + 1 + _DE_REACH]
            if not any(end in after for end in _MEASURE_NOUN_ENDS):
                continue  # no measure noun after it to end a name with (most 的 in prose)
            if any(m.start < p + 1 and p < m.end for m in found):
                continue
            start = max(0, p - _DE_REACH)
            window = text[start:p] + text[p + 1 : p + 1 + _DE_REACH]
            k = p - start  # where the character after 的 now stands
            for m in self.lexicon.find_mentions(window):
                if (
                    m.indicator_code
                    and m.start <= k - _DE_SIDE
                    and m.end >= k + _DE_SIDE
                    # a measure of the thing before 的 (的申请量, 的成交额), not the thing itself
                    # (申请和授权的专利中)
                    and window[: m.end].endswith(_MEASURE_NOUN_ENDS)
                ):
                    bridged.append(Mention(start + m.start, start + m.end + 1, m.form, m.gap_text))
        return bridged

    def parse(
        self, text: str, own_names: frozenset[str] = frozenset(), previous: str | None = None
    ) -> ParsedSentence:
        tokens = tokens_of(tag(text))
        quantities = find_quantities(text)
        quantities = sorted([*quantities, *bare_counts(text, quantities)], key=lambda q: q.start)
        return ParsedSentence(
            text, tokens, self.mentions(text, tokens, previous), quantities, find_ranks(text),
            own_names, self.indicator_forms,
        )  # fmt: skip

    def mentions(
        self, text: str, tokens: list[Token], previous: str | None = None
    ) -> list[Mention]:
        """Lexicon mentions on jieba's word boundaries, and the siblings named without a stem."""
        bounds = {0} | {t.end for t in tokens}
        # a lexicon word inside a larger word is no mention (提高企业 ∌ 高企); forms with Latin
        # letters (R&D…) are cut into pieces by jieba, so only CJK ends are checked. A long name
        # ending on a boundary may begin inside a word: jieba glues a word before it to its first
        # (科学研究与实验发展(R&D)经费支出: 科学研究, where the gloss kept the name from being one)
        found = [
            m
            for m in self.lexicon.find_mentions(text)
            if (
                m.start in bounds
                or not grammar.CJK_RE.match(text[m.start])
                or (m.end - m.start >= _LONG_NAME and m.end in bounds and not m.gap_text)
            )
            and (m.end in bounds or not grammar.CJK_RE.match(text[m.end - 1]))
        ]
        if "的" in text:
            found += self._across_de(text, found)
        found += self._elliptic_mentions(text, found)
        found += self._parts_of_the_sentence_before(text, found, previous)
        found += self._tails_of_the_sentence_before(text, found, previous)
        found += self._continued_objects(text, found)
        # “创业型”特派员, “研发类”平台: a type named in quotes before the name is a part of the
        # kind, not all of it; 每千家企业中高新技术企业数: a density, not the count. The
        # mention blocks like any other noun of its own; so does a kind's pool of candidates
        # (小巨人培育企业, 高新技术企业后备库).
        found = [
            Mention(m.start, m.end, SurfaceForm(m.form.text, None, None, None), m.gap_text)
            if m.indicator_code
            and (
                # (both end right before the name: only a few characters before it are read)
                _QUOTED_TYPE_BEFORE_RE.search(text, max(0, m.start - _BEFORE_NAME_REACH), m.start)
                or _PER_UNIT_BEFORE_RE.search(text, max(0, m.start - _BEFORE_NAME_REACH), m.start)
                # 环翠区高新技术企业孵化创业服务中心, 北洋电子信息孵化器有限公司: a word of an
                # organisation's name
                or _ORGANISATION_AFTER_RE.match(text, m.end)
                # 规模以上科技型中小企业: the firms of a size class, a part of the kind
                or (
                    self.lexicon.indicators[m.indicator_code].category == "enterprises"
                    and _SIZE_CLASS_BEFORE_RE.search(text, max(0, m.start - 4), m.start)
                )
                or self._a_kind_among(text, tokens, m, found)
                or _CANDIDATES_AFTER_RE.match(text, m.end)
                or self._a_groups(text, tokens, m)
            )
            else m
            for m in found
        ]
        found.sort(key=lambda m: m.start)
        # …and a group's indicators listed on from it (企业的专利申请量和授权量) are the group's
        for i in range(1, len(found)):
            before, m = found[i - 1], found[i]
            if (
                m.indicator_code
                and before.indicator_code is None
                and text[before.end : m.start] in _LIST_JOINS
                and self._a_groups(text, tokens, before)
            ):
                found[i] = Mention(m.start, m.end, SurfaceForm(m.form.text, None, None, None), "")
        return found

    @staticmethod
    def _a_groups(text: str, tokens: list[Token], m: Mention) -> bool:
        """企业的专利申请量, 高校的专利授权量: the indicator of a group of actors the noun before
        的 names, a part of the whole (全县的, 园区的, 申报的, 有效期内的 are no such group)."""
        if m.start < 2 or text[m.start - 1] != "的":
            return False
        owner = next((t for t in tokens if t.end == m.start - 1), None)
        return (
            owner is not None
            and owner.tag in ("n", "nz", "nt", "j")
            and owner.text.endswith(_ACTORS)
        )

    @staticmethod
    def _a_kind_among(text: str, tokens: list[Token], m: Mention, found: list[Mention]) -> bool:
        """其中涉农高新技术企业45家, 其中制造业高新技术企业30家: a word of a kind between 其中
        and the name makes a part of the kind, not a scope (其中国家级…), a measure (其中已经新
        认定…), a time (其中2021年…) or another name listed with it (其中发明专利申请量和…)."""
        among = _AMONG_BEFORE_RE.search(text, max(0, m.start - _AMONG_REACH), m.start)
        if among is None:
            return False
        # the name's own item of a list 其中 opens (其中农业科技型企业300家、涉农高新技术企业…)
        item = max(among.start(1), text.rfind("、", among.start(1), m.start) + 1)
        if re.search(r"[0-9的]", text[item : m.start]):
            # 其中38家被认定为…: the figure comes first, the name is what it became; 其中我市
            # 牵头重组的…: a clause says which ones, not a kind
            return False
        names = [(x.start, x.end) for x in found if x is not m]
        inside = [tok for tok in tokens if item <= tok.start and tok.end <= m.start]
        # a place that has them (其中泉州市有…) says whose, not which kind; so does a place said
        # as a level (其中…、楚雄州级科技特派员28名)
        having = {
            tok.start
            for tok, nxt in itertools.pairwise(inside)
            if (tok.tag == "ns" and nxt.text in _HAVING_WORDS)
            # (楚雄州|级, 楚雄|州级: jieba may take the place for a person's name)
            or (tok.text.endswith(_PLACE_ENDS) and nxt.text == "级")
            or (tok.tag in ("ns", "nr") and nxt.text in _PLACE_LEVELS)
        } | {tok.start for tok in inside if tok.text in _HAVING_WORDS}
        kept = "".join(
            tok.text
            for tok in inside
            if tok.tag not in _FUNCTION_TAGS
            and tok.text not in grammar.TIME_WORDS
            # the issuer (其中全县新认定…) says whose, not which kind
            and not grammar.SELF_SCOPE_RE.match(tok.text)
            and tok.start not in having
            and not any(a <= tok.start < b for a, b in names)
        )
        return bool(grammar.CJK_RE.search(_NOT_A_KIND_RE.sub("", kept)))

    def _continued_objects(self, text: str, found: list[Mention]) -> list[Mention]:
        """A verb's objects listed over clauses: 争取国家科技计划项目56项,(各类)资金2.32亿元.

        A gap form (争取…资金) whose verb stands in one clause names the indicator when a later
        clause of the sentence, or the next item of a list of figures, begins with the form's last
        word."""
        out = []
        taken = [(m.start, m.end) for m in found]
        for form, verb, noun in self.split_forms:
            v = text.find(verb)
            while v >= 0:
                stop = text.find("。", v)
                window = text[v : stop if stop >= 0 else len(text)]
                # (or the next item of a list after a figure: 项目62项、资金8650万元)
                after = r"(?:[,;]|(?<=[0-9项个家件元])、)"
                # (the funds that came of it: 项目23项,到位资金1860万元)
                opening = rf"{after}(?:各类|各级|各项|{QUALIFIER_ALT})?(?:到位|获得|下达)?({noun})"
                for hit in re.finditer(opening, window):
                    start = v + hit.start(1)
                    clauses = window[: hit.start()].count(",") + window[: hit.start()].count(";")
                    if clauses > 2 or any(a <= start < b for a, b in taken):
                        continue
                    # the verb's object words carry its scope (争取省级以上项目23项,资金…)
                    said = _one_scope(window[len(verb) : _first_figure(window)])
                    out.append(Mention(start, start + len(noun), form, said))
                    taken.append((start, start + len(noun)))
                v = text.find(verb, v + 1)
        return out

    def _elliptic_mentions(self, text: str, found: list[Mention]) -> list[Mention]:
        out = []
        taken = {(m.start, m.end) for m in found}
        for m in found:
            for pattern, sibling, whole_sentence in self.siblings.get(m.indicator_code or "", ()):
                # 专利申请132件、授权95件 and 申请专利132项,授权95项: the twin may open the
                # next clause of the sentence too (the invention patents, any clause after it)
                end = re.search(r"。" if whole_sentence else r"[;。]", text[m.end :])
                stop = m.end + end.start() if end else len(text)
                # a twin is named once after its stem; the indicator itself again and again
                hits = (
                    pattern.finditer(text, m.end, stop)
                    if sibling == m.indicator_code
                    else [pattern.search(text, m.end, stop)]
                )
                for hit in hits:
                    if (
                        whole_sentence
                        and hit
                        and any(
                            o.indicator_code
                            and m.end <= o.start
                            and o.end <= hit.start()
                            and (sibling != m.indicator_code or self._same_unit(o, m))
                            for o in found
                        )
                    ):
                        # another indicator named in between: the part is its own (a word
                        # restating the indicator itself yields only to one of its unit: 贷款
                        # after 科技型中小企业 still restates the loans named before)
                        continue
                    if hit and any(o.start < hit.end() and hit.start() < o.end for o in found):
                        continue  # the twin's word inside a name of its own (授权专利)
                    if hit and (hit.start(), hit.end()) not in taken:
                        form = SurfaceForm(hit.group(0), sibling, None, None)
                        out.append(Mention(hit.start(), hit.end(), form, ""))
        # a twin after several stems (发明专利申请39件,…,专利申请量和授权量) is the nearest one's
        out = list({(m.start, m.end): m for m in out}.values())
        covered = [(m.start, m.end) for m in found]
        for stem, tail, code in self.amount_tails:
            named = text.find(stem)
            if named < 0:
                continue
            out += self._tails_after(text, named + len(stem), tail, code, covered)
        covered += [(m.start, m.end) for m in out]
        depths: list[int] | None = None  # (bracket depths: counted once, when first needed)
        for stem, tail, code in self.count_tails if "专利" in text else ():
            # only a bare stem opening its clause (发明专利方面,…; 其中,发明专利的增幅最大,…):
            # one in a name of its own has its twins (siblings), and one after other words
            # is a kind of patents (外观设计专利) or an object (申请国家专利)
            opening = re.search(rf"(?:^|[,;:。]){_CLAUSE_OPENING}(?:全[市县区年],?)?{stem}", text)
            if opening is None:
                continue
            named = opening.end() - len(stem)
            depths = depths if depths is not None else bracket_depths(text)
            if any(m.start <= named < m.end for m in found) or depths[named]:
                continue
            upto = next((m.start for m in found if m.start > named), len(text))
            out += self._tails_after(text[:upto], named + len(stem), tail, code, covered)
        return out

    def _same_unit(self, a: Mention, b: Mention) -> bool:
        units = self.lexicon.indicators
        return units[a.indicator_code or ""].unit == units[b.indicator_code or ""].unit

    @staticmethod
    def _tails_after(
        text: str, pos: int, tail: str, code: str | None, covered: list[tuple[int, int]]
    ) -> list[Mention]:
        """The amount's last word opening a clause after ``pos`` (…;2018年成交额719亿元), as a
        mention of the amount whose stem was named before; ``covered`` grows with them."""
        out = []
        for hit in re.finditer(rf"(?<=[,;]){_CLAUSE_OPENING}({tail})", text[pos:]):
            start = pos + hit.start(1)
            if not any(a <= start < b for a, b in covered):
                covered.append((start, start + len(tail)))
                out.append(
                    Mention(start, start + len(tail), SurfaceForm(tail, code, None, None), "")
                )
        return out

    def _parts_of_the_sentence_before(
        self, text: str, found: list[Mention], previous: str | None
    ) -> list[Mention]:
        """专利授权数量…提升至7.6万件。其中,发明专利增至9413件 (or 2012年的1060件中,发明专利…):
        a sentence that opens on the invention patents among a count, naming no patents of its
        own before them, counts them as the patents the sentence before named last."""
        opening = _OPENS_ON_A_PART_RE.match(text) if previous else None
        if opening is None or any(m.start < opening.end() and m.indicator_code for m in found):
            return []
        hit = _PART_INVENTION_RE.search(text, 0, opening.end() + _LONG_NAME)
        named = [m for m in self.lexicon.find_mentions(previous or "") if m.indicator_code]
        if hit is None or not named:
            return []
        code = named[-1].indicator_code or ""
        narrower = f"invention_{code}"
        if not code.startswith("patent_") or narrower not in self.lexicon.indicators:
            return []
        if any(o.start < hit.end() and hit.start() < o.end for o in found):
            return []  # the sentence names them itself (其中发明专利申请…)
        form = SurfaceForm(hit.group(0), narrower, None, None)
        return [Mention(hit.start(), hit.end(), form, "")]

    def _tails_of_the_sentence_before(
        self, text: str, found: list[Mention], previous: str | None
    ) -> list[Mention]:
        """广州技术合同成交额…增长近7倍。其中,2017年成交额357.51亿元: a sentence that names no
        amount of its own and opens on an amount's last word takes up the amount the sentence
        before named last, in that clause and in the clauses that open so after it."""
        if not previous or not _OPENS_ON_AN_AMOUNTS_TAIL_RE.match(text):
            return []  # (checked first: the sentence before is scanned only when it may matter)
        if any(
            m.indicator_code and self.lexicon.indicators[m.indicator_code].unit == "yuan"
            for m in found
        ):
            return []
        named = [m for m in self.lexicon.find_mentions(previous) if m.indicator_code]
        if not named:
            return []
        last = named[-1]
        if self.lexicon.indicators[last.indicator_code or ""].unit != "yuan":
            return []
        tail = next((t for t in _AMOUNT_TAILS if last.form.text.endswith(t)), None)
        if tail is None:
            # 登记技术合同568项。成交额12.3亿元: the sentence before named the amount's stem
            # only, and this one opens on a tail that completes one of its names
            opening = _OPENS_ON_AN_AMOUNTS_TAIL_RE.match(text)
            tail = next(
                (t for t in _AMOUNT_TAILS if opening and opening.group(0).endswith(t)), None
            )
            if tail is None or (last.form.text + tail) not in self.names[last.indicator_code or ""]:
                return []
        if not re.match(rf"{_CLAUSE_OPENING}{tail}", text):
            return []  # only a sentence that opens on it goes on with that amount
        # (a comma before the text lets its first clause open like any other)
        covered = [(m.start + 1, m.end + 1) for m in found]
        return [
            Mention(m.start - 1, m.end - 1, m.form, "")
            for m in self._tails_after("," + text, 0, tail, last.indicator_code, covered)
        ]

    def extract(
        self, text: str, section: str, ctx: DocContext, previous: str | None = None
    ) -> tuple[list[Fact], list[tuple[Quantity, str]]]:
        """Facts and unmapped figures (with the words before them) of one sentence;
        ``previous`` is the sentence before it, whose indicator a subjectless opening such as
        总数达到512家 goes on with."""
        from ingest.extraction.extract import context_before

        if "〇" in text or "零" in text or "○" in text:
            text = arabic_years(text)  # 二〇〇三年 as 2003年 (the same length: offsets hold)
        carried = self._carried(previous, text)
        if "?" in text and _HEARSAY_QUESTION_RE.search(text):  # (most sentences ask nothing)
            # 有报道说今年…已经超过1000家,是这样吗?: a claim put to the speaker, not a figure
            # the text states (the answer gives its own)
            return [], [(q, context_before(text, q.start)) for q in find_quantities(text)]
        if (
            carried is None
            and not self._may_name_an_indicator(text)
            and not (
                previous
                and (_OPENS_ON_AN_AMOUNTS_TAIL_RE.match(text) or _OPENS_ON_A_PART_RE.match(text))
            )
        ):
            # nothing can own a figure here: every figure is unmapped, no parse needed
            return [], [(q, context_before(text, q.start)) for q in find_quantities(text)]
        s = self.parse(text, ctx.own_names, previous)
        walk = Walk(s, ctx, section, carried=carried, carried_head=_head_of(previous, carried))
        walk.elsewhere_before = (
            self._opens_on_a_peer(previous, ctx, text)
            or self._peer_is_the_source(ctx, text)
            or self._framed_by_a_place(ctx, text)
        )
        walk.firm_quote = _firm_quote(previous, text)
        events: list[Quantity | Rank] = sorted([*s.quantities, *s.ranks], key=lambda e: e.start)
        i = 0
        while i < len(events):
            event = events[i]
            if isinstance(event, Rank):
                self._rank(walk, event)
                i += 1
                continue
            if event.unit not in ("yuan", "count", "percent", "times") or _in_bracketed_goal(
                text, event
            ):
                # a goal in brackets is read with the figure before it (_bracketed_goals);
                # the figure's rates after the bracket stay that figure's
                walk.unmapped.append(event)
                i += 1
                continue
            run = self._listed_together(text, events, i)
            rate = event.unit in ("percent", "times")
            made = self._rates(walk, run) if rate else self._amounts(walk, run)
            if not made and not rate and len(run) == 1:
                made = self._own_part_of_a_whole_before(walk, run[0])
            walk.facts.extend(made)
            done = {f.start for f in made}
            walk.unmapped.extend(q for q in run if q.start not in done)
            i += len(run)
        self._bracketed_goals(walk)
        self._bracketed_past_values(walk)
        self._bracketed_levels(walk)
        self._sums_among(walk)
        self._parts_of_a_set(walk)
        self._kinds_listed_after_qizhong(walk)
        self._milestones(walk)
        # a goal in brackets makes no other figure of the sentence a goal
        dated = (
            _BRACKETED_GOAL_SPAN_RE.sub(lambda m: " " * len(m.group()), text)
            if "目标" in text
            else text
        )
        if "年" in text and ("(" in text or "(" in text):
            # …and a year in brackets after a figure dates that figure alone (below)
            dated = _YEAR_BRACKET_SPAN_RE.sub(lambda m: " " * len(m.group()), dated)
        for f in walk.facts:
            if f.start in walk.period_starts:
                f.year_hint, f.year_listed = walk.period_starts[f.start], True
            elif f.start in walk.period_ends and f.year_hint is None:
                f.year_hint = walk.period_ends[f.start]  # a year of its own still wins
            if f.target_of is not None:  # dated with the fact it sets the goal of
                f.year, f.kind, f.year_explicit = (
                    f.target_of.year,
                    "target",
                    f.target_of.year_explicit,
                )
                continue
            d = date_figure(dated, f.start, section, ctx.report_year, ctx.plan_year,
                            ctx.current_year)  # fmt: skip
            # a figure's place in a listed range of years (2022年至2024年分别…) outweighs the
            # range's last year, which the sentence names too
            if f.year_hint is not None and (not d.explicit or f.year_listed):
                d = date_figure(dated, f.start, section, ctx.report_year, ctx.plan_year,
                                ctx.current_year, year=f.year_hint)  # fmt: skip
            f.year, f.kind, f.year_explicit = d.year, d.kind, d.explicit
            published = ctx.published_on
            if (
                f.kind == "actual"
                and not d.explicit
                and published is not None
                and f.year is not None
                and published.year == f.year + 1
                and (so_far := _part_of_a_year_gone_by(dated, f.start)) is not None
                and published.month >= so_far
            ):
                # 上半年…6.1亿元 on a page of August 2023 that looks back on 2022 as well: the
                # year it was written in, so far (on a page of January, 截至11月底 is of the
                # year looked back on)
                f.year = published.year
            if f.kind == "actual" and _GOAL_NOUN_AFTER_RE.match(text, f.end):
                f.kind = "target"  # 完成全年30亿元目标的56%: the figure is the goal's
            dated_after = _YEAR_BRACKETED_AFTER_RE.match(text, f.end)
            if dated_after:
                # 研发经费投入11.6亿元(2022年数据): the figure of the year its bracket names; in a
                # chain of goals (142家(2025年)→180家以上(2027年)) a year before the one planned
                # is where the chain starts, what there is
                f.year, f.year_explicit = int(dated_after.group(1)), True
                looked_back = ctx.report_year or (ctx.plan_year and ctx.plan_year - 1)
                now = ctx.current_year or ctx.report_year
                if f.kind == "target" and looked_back and f.year <= looked_back:
                    f.kind = "actual"
                elif f.kind == "actual" and now is not None and f.year > now:
                    f.kind = "target"  # a year not yet come, in a look back's chain of goals
        self._paired_by_a_legend(walk)
        self._revised_figures(walk)
        self._goals_measured_by_share(walk)
        self._results_after_goals(walk)
        self._drop_marks_passed(walk)
        return walk.facts, [(q, context_before(text, q.start)) for q in walk.unmapped]

    def _own_part_of_a_whole_before(self, walk: Walk, q: Quantity) -> list[Fact]:
        """赣州全市技术合同成交额52.3亿元,我区完成8.16亿元: the issuer's own figure said after
        another place's whole, in a clause of its own naming no indicator, is of the indicator
        that whole was named by."""
        s, text = walk.s, walk.text
        cs = s.clause_start(q.start)
        if cs == 0 or not _OWN_CLAUSE_RE.fullmatch(text, cs, q.start):
            return []
        whole = next((p for p in reversed(walk.unmapped) if p.unit == q.unit and p.end <= cs), None)
        named = (
            max(
                (m for m in s.mentions if m.indicator_code and m.end <= whole.start),
                key=lambda m: m.end,
                default=None,
            )
            if whole is not None
            else None
        )
        if named is None or whole.start - named.end > _NAME_TO_WHOLE_MAX:
            return []
        fact = self._fact(walk, named.indicator_code, q, None)
        if fact is None:
            return []
        walk.set_anchor([fact], q.end)
        return [fact]

    @staticmethod
    def _revised_figures(walk: Walk) -> None:
        """…快报数为2.05亿元,经省统计局核定,调整为2.31亿元: a figure said to be revised to
        another of its unit is that other, the revised one, of the same indicator and year."""
        if not any(w in walk.text for w in _REVISED_WORDS):
            return  # (one look for the words before any pattern: few sentences revise a figure)
        for q in list(walk.unmapped):
            cs = walk.s.clause_start(q.start)
            if not _REVISED_TO_RE.search(walk.text, cs, q.start):
                continue
            before = [f for f in walk.facts if f.unit == q.unit and f.end <= cs]
            if not before:
                continue
            first = max(before, key=lambda f: f.end)
            walk.facts.remove(first)
            _replace_reading(walk, dataclasses.replace(
                first, value=q.value, raw_text=q.raw_text, start=q.start, end=q.end,
                comparator=q.comparator))  # fmt: skip

    @staticmethod
    def _goals_measured_by_share(walk: Walk) -> None:
        """182家,较上年净增27家,完成年度目标(170家)的107%: the goal is of the measure of the
        figure before it that is that share of it (182家, a level), whichever figure is nearer."""
        for goal in walk.facts:
            share = _SHARE_OF_GOAL_RE.match(walk.text, goal.end) if goal.kind == "target" else None
            if share is None or goal.value <= 0:
                continue
            done = [
                f
                for f in walk.facts
                if f.kind == "actual"
                and f.end <= goal.start
                and (f.indicator_code, f.unit) == (goal.indicator_code, goal.unit)
                and abs(f.value / goal.value * 100 - float(share.group(1))) < 1
            ]
            if len(done) == 1:
                goal.measure = done[0].measure

    @staticmethod
    def _results_after_goals(walk: Walk) -> None:
        """目标400家,完成420家: the figure said done right after a goal is what was reached of
        it: the goal's indicator, measure and year, an actual (whatever it was read as alone)."""
        if "完成" not in walk.text and "实际" not in walk.text:
            return
        goals = {f.end: f for f in walk.facts if f.kind == "target"}
        for q in walk.s.quantities:
            said = _RESULT_AFTER_GOAL_RE.search(walk.text, 0, q.start)
            goal = goals.get(said.start()) if said else None
            if goal is None or _GOALS_UNIT.get(goal.unit, goal.unit) != q.unit:
                continue
            # (预计完成2.05%: an estimate of the result)
            estimated = "预计" in said.group(0) and q.comparator == "eq"
            comparator = "approx" if estimated else q.comparator
            _replace_reading(walk, Fact(goal.indicator_code, goal.measure, comparator, q.value,
                                        goal.unit, goal.qualifier, q.raw_text, q.start, q.end,
                                        year=goal.year, kind="actual",
                                        year_explicit=goal.year_explicit))  # fmt: skip
            # …完成28.3亿元,同比增长18%: the result's change is of the result, not of the goal
            nxt = next((x.start for x in walk.s.quantities if x.start > q.start), len(walk.text))
            for f in walk.facts:
                if (
                    q.end < f.start <= nxt
                    and f.kind == "target"
                    and f.measure == "growth_pct"
                    and f.indicator_code == goal.indicator_code
                ):
                    f.year, f.kind, f.year_explicit = goal.year, "actual", goal.year_explicit
                elif (
                    q.end < f.start <= nxt
                    and goal.measure == "increment"
                    and f.measure == "level"
                    and _PART_AFTER_RESULT_RE.match(walk.text, q.end)
                ):
                    f.measure = "increment"  # 目标新增8个,完成11个,其中…4个: a part of the new

    @staticmethod
    def _paired_by_a_legend(walk: Walk) -> None:
        """(2010年完成数/2011年目标数):专利申请量186件/220件: each figure of a pair takes the
        year and kind of its half of the legend."""
        text = walk.text
        legend = _PAIR_LEGEND_RE.search(text) if "/" in text else None
        if legend is None:
            return
        halves = [(int(legend.group(i)), legend.group(i + 1)) for i in (1, 3)]
        for f in walk.facts:
            if f.start < legend.end():
                continue
            if text.startswith("/", f.end):
                year, words = halves[0]
            elif text[f.start - 1 : f.start] == "/":
                year, words = halves[1]
            else:
                continue
            f.year, f.year_explicit = year, True
            f.kind = "target" if _GOAL_HALF_RE.search(words) else "actual"

    @staticmethod
    def _drop_marks_passed(walk: Walk) -> None:
        """突破3%…强度为3.02%, 突破70亿,达到73.36亿元: a mark the sentence says was passed by a
        value it states exactly, of the same indicator and year, adds nothing to that value."""

        key = same_figure_key
        exact = {key(f): f.value for f in walk.facts if f.comparator == "eq"}
        # (a goal's floor, 确保超过6000万元、争取7000万元, is no mark passed)
        passed = [
            f
            for f in walk.facts
            if f.comparator in ("gte", "gt")
            and f.kind == "actual"
            and exact.get(key(f), -1.0) >= f.value
        ]
        if passed:
            walk.facts = [f for f in walk.facts if f not in passed]
            starts = {f.start for f in passed}
            walk.unmapped.extend(q for q in walk.s.quantities if q.start in starts)

    @staticmethod
    def _sums_among(walk: Walk) -> None:
        """争取上级资金3150.7万元,其中…获得科研经费695万元: a sum of money after 其中, under the
        name and level of the sum before it, is a part of that sum, not a rival for its place;
        and so is the growth said of the part right after it (…25.41亿元,同比增长32.8%)."""
        kept: list[Fact] = []
        part_end = -1  # the end of the last part dropped, while its rates follow it
        for fact in sorted(walk.facts, key=lambda f: f.start):
            if (
                fact.unit == "percent"
                and part_end >= 0
                and _RATE_AFTER_RE.fullmatch(walk.text, part_end, fact.start)
            ):
                walk.unmapped.extend(q for q in walk.s.quantities if q.start == fact.start)
                part_end = fact.end
                continue
            part_end = -1
            whole = next(
                (
                    f
                    for f in reversed(kept)
                    if f.unit == "yuan" == fact.unit
                    and (f.indicator_code, f.measure, f.qualifier)
                    == (fact.indicator_code, fact.measure, fact.qualifier)
                ),
                None,
            )
            if (
                whole is not None
                and fact.value < whole.value
                and "其中" in walk.text[whole.end : fact.start]
            ):
                walk.unmapped.extend(q for q in walk.s.quantities if q.start == fact.start)
                part_end = fact.end
                continue
            kept.append(fact)
        walk.facts = kept

    @staticmethod
    def _parts_of_a_set(walk: Walk) -> None:
        """31位科技特派员中被评为优秀6位,良好15人: the figures after a counted set opened by 中
        (N家X中, N位X中), of the same indicator and level and smaller, count parts of it, up to
        the end of the sentence or a semicolon."""
        sets = []
        for f in walk.facts:
            if f.unit != "count":
                continue
            m = next(
                (
                    m
                    for m in walk.s.mentions
                    if m.indicator_code == f.indicator_code and f.end <= m.start <= f.end + 3
                ),
                None,
            )
            if m is not None and _SET_OPENED_RE.match(walk.text, m.end):
                sets.append((f, m.end))
        if not sets:
            return
        parts = {
            part.start
            for whole, opened in sets
            for part in walk.facts
            if part.start > opened
            and (part.indicator_code, part.qualifier, part.unit)
            == (whole.indicator_code, whole.qualifier, whole.unit)
            and part.value < whole.value
            and ";" not in walk.text[opened : part.start]
        }
        if parts:
            walk.facts = [f for f in walk.facts if f.start not in parts]
            walk.unmapped.extend(q for q in walk.s.quantities if q.start in parts)

    @staticmethod
    def _kinds_listed_after_qizhong(walk: Walk) -> None:
        """全市选认科技特派员336名,其中个人科技特派员252名、团队科技特派员80名…: two or more
        figures of one indicator at one level, listed after 其中 under a count before it that
        they do not exceed together, are its kinds, none the indicator's figure."""
        text = walk.text
        among = text.find("其中")
        if among < 0:
            return
        wholes = [q.value for q in walk.s.quantities if q.end <= among and q.unit == "count"]
        after = [f for f in walk.facts if f.start > among and f.unit == "count"]
        groups: dict[tuple[str, str | None, str], list[Fact]] = {}
        for f in after:
            groups.setdefault((f.indicator_code, f.qualifier, f.measure), []).append(f)
        parts = set()
        for listed in groups.values():
            if (
                len(listed) >= 2
                # one list (…252名、团队…80名、法人…4名), not clauses that go on (…10名,…1个)
                and not any(c in text[listed[0].end : listed[-1].start] for c in ",;")
                and any(sum(f.value for f in listed) <= whole for whole in wholes)
                # (其中2019年、2020年…分别新认定121家、168家…: each a year's, no kind)
                and len(years_listed_before(text, listed[0].start)) != len(listed)
            ):
                parts.update(f.start for f in listed)
        if parts:
            walk.facts = [f for f in walk.facts if f.start not in parts]
            walk.unmapped.extend(q for q in walk.s.quantities if q.start in parts)

    @staticmethod
    def _milestones(walk: Walk) -> None:
        """首破千件,达1262件: a bare order of magnitude (百家, 千件, 百亿元) that the exact figure
        of the same indicator and measure follows closely is the milestone passed, not a second
        fact (突破百家,新增35家 keeps both: a stock and what was added)."""
        milestones = {
            f.start
            for f in walk.facts
            if _BARE_MAGNITUDE_RE.fullmatch(f.raw_text)
            and any(
                (g.indicator_code, g.measure) == (f.indicator_code, f.measure)
                and 0 <= g.start - f.end <= _MILESTONE_REACH
                and not _MILESTONE_BREAK_RE.search(walk.text, f.end, g.start)
                for g in walk.facts
            )
        }
        if milestones:
            walk.facts = [f for f in walk.facts if f.start not in milestones]
            walk.unmapped.extend(q for q in walk.s.quantities if q.start in milestones)

    @staticmethod
    def _bracketed_goals(walk: Walk) -> None:
        """新认定300家(任务目标180家), 新增420家(年度目标400家): a goal in brackets right after a
        fact is that fact's target, for the same indicator, measure and year."""
        # (a rate's or share's goal too: 强度达到0.62%(目标0.6%))
        text = walk.text
        if "目标" not in text and "任务" not in text:
            return
        done = [f for f in walk.facts if f.measure != "rank"]
        quantities = walk.s.quantities
        for i, q in enumerate(quantities):
            opening = _BRACKETED_GOAL_RE.search(text, 0, q.start)
            if opening is not None:
                # the goals listed in the bracket, one for each fact listed before it (专利申请量
                # 238件、授权量127件,均超额完成年度目标(200件、100件))
                listed = [q]
                for nxt in quantities[i + 1 :]:
                    if not _LISTED_IN_BRACKET_RE.fullmatch(text, listed[-1].end, nxt.start):
                        break
                    listed.append(nxt)
                if not re.match(r"\s*[))]", text[listed[-1].end :]):
                    continue
            elif _GOAL_NOUN_RE.match(text, q.end):
                opening = _GOAL_MET_BEFORE_RE.search(text, 0, q.start)
                listed = [q]
            if opening is None:
                continue
            before = [f for f in done if f.end <= opening.start()]
            last_end = before[-1].end if before else -1
            if (
                len(listed) == 1
                and before
                and (last_end != opening.start() or before[-1].unit != listed[0].unit)
            ):
                # (成交额118.7亿元,同比增长27.4%(去年同期为93.2亿元),完成年度目标任务(160亿元)
                # 的74.2%: the goal of the amount, past its own rate and an aside in brackets;
                # …235.6亿元,同比增长18.2%,完成年度目标任务(210亿元): past its rate alone)
                own = _past_its_rates(walk, before, listed[0], opening.start())
                if own is not None:
                    before, last_end = own, opening.start()
            if not before or last_end != opening.start() or len(before) < len(listed):
                continue
            # (the bracket's own verb says what the goal counts: 156家(全年目标:净增20家))
            said = _GOAL_VERB_RE.search(opening.group(0))
            for fact, goal in zip(before[-len(listed) :], listed, strict=True):
                if fact.unit == goal.unit:
                    measure = "increment" if said and fact.unit == "count" else fact.measure
                    _replace_reading(walk, Fact(fact.indicator_code, measure, goal.comparator,
                                                goal.value, fact.unit, fact.qualifier,
                                                goal.raw_text, goal.start, goal.end,
                                                target_of=fact))  # fmt: skip

    @staticmethod
    def _bracketed_past_values(walk: Walk) -> None:
        """1.15%(上年1.02%), 42家(2022年36家): a past year's value in brackets right after a
        fact is that fact's indicator, measure and scope then (the bracket's year dates it)."""
        if "(" not in walk.text and "(" not in walk.text:
            return
        by_end = {f.end: f for f in walk.facts if f.measure != "rank"}
        for q in walk.s.quantities:
            opening = _BRACKETED_PAST_RE.search(walk.text, max(0, q.start - 12), q.start)
            fact = by_end.get(opening.start()) if opening else None
            if fact is None or fact.unit != q.unit:
                continue
            _replace_reading(walk, Fact(fact.indicator_code, fact.measure, q.comparator, q.value,
                                        fact.unit, fact.qualifier, q.raw_text, q.start,
                                        q.end))  # fmt: skip

    @staticmethod
    def _bracketed_levels(walk: Walk) -> None:
        """新增高新技术企业2家(国家级1家、自治区级1家): the figures of a bracket right after a
        fact, each after its level word alone, are that fact's parts at each level: its
        indicator and measure, the level their qualifier."""
        text = walk.text
        if "(" not in text and "(" not in text:
            return
        by_end = {f.end: f for f in walk.facts if f.measure != "rank" and f.unit == "count"}
        for whole_end, whole in by_end.items():
            opened = _BRACKET_OPEN_RE.match(text, whole_end)
            if opened is None:
                continue
            pos, parts = opened.end(), []
            for q in walk.s.quantities:
                if q.start < pos:
                    continue
                level = _LEVEL_BEFORE_RE.fullmatch(text, pos, q.start)
                if level is None or q.unit != whole.unit or q.value > whole.value:
                    break
                parts.append((grammar.QUALIFIER_CANON[level.group(1)], q))
                pos = q.end
                if _BRACKET_CLOSE_RE.match(text, pos):
                    for qualifier, part in parts:
                        _replace_reading(walk, Fact(whole.indicator_code, whole.measure,
                                                    part.comparator, part.value, part.unit,
                                                    qualifier, part.raw_text, part.start,
                                                    part.end))  # fmt: skip
                    break

    @staticmethod
    def _listed_together(text: str, events: list[Quantity | Rank], i: int) -> list[Quantity]:
        """The figures from events[i] on that are listed together (X、Y和Z) in one unit kind."""
        first = events[i]
        assert isinstance(first, Quantity)
        kinds = ("percent", "times") if first.unit in ("percent", "times") else ("yuan", "count")
        run = [first]
        respective = "分别" in text[max(0, first.start - 12) : first.start]
        for nxt in events[i + 1 :]:
            if not isinstance(nxt, Quantity) or nxt.unit not in kinds:
                break
            # nothing between them is a separator lost in the page (增长48.25%37.55%); rates
            # after 分别 may each say their direction (分别下降6.2%和增长3.5%)
            gap = text[run[-1].end : nxt.start]
            if not re.fullmatch(r"(?:、|和|及|与|,)?", gap) and not (
                respective and kinds[0] == "percent" and _RESPECTIVE_CHANGE_GAP_RE.fullmatch(gap)
            ):
                break
            if counts_items_just_given(text, nxt):
                break  # …3000件和1500件,两项均…: the items counted, no item of the list
            run.append(nxt)
        # a comma separates clauses, not list items, unless 分别 announces the list
        comma = any("," in text[a.end : b.start] for a, b in itertools.pairwise(run))
        if comma and "分别" not in text[max(0, first.start - 12) : first.start]:
            return [first]
        return run


_CLAUSE_MARKS_RE = re.compile(r"[,;:，；：。]")


def _head_of(previous: str | None, carried: Mention | None) -> str:
    """The words of the carried indicator's clause before its name, in the sentence before."""
    if not previous or carried is None:
        return ""
    marks = [m.end() for m in _CLAUSE_MARKS_RE.finditer(previous, 0, carried.start)]
    return previous[marks[-1] if marks else 0 : carried.start]
