"""Counts and amounts: the figure that names what follows it, the figure that ends its clause,
lists (A、B分别为X、Y), and the measure (increment or level) the words before it give."""

from __future__ import annotations

import itertools
import re

import ahocorasick

from ingest.document.year_phrases import numbered_period
from ingest.extraction import grammar
from ingest.extraction.dating import (
    PERIOD_END_RE,
    TASK_DONE_RE,
    TIME_ONLY_CLAUSE_RE,
    YEAR_RE,
    before_last_year,
)
from ingest.extraction.lexicon import Mention
from ingest.extraction.numbers import Quantity
from ingest.extraction.sentence import Token, restates
from ingest.extraction.walk import (
    DECLINE_RE,
    EACH_RE,
    EARLIER_TIME_RE,
    FEWER_WORDS,
    FIGURE_TAIL,
    LIST_ITEM_RE,
    MORE_THAN_RE,
    NAMES_FOLLOWING_RE,
    RANGE_NEXT_RE,
    RANGE_START_RE,
    TASK_SHARE_AFTER_RE,
    TIME_ADVERBIAL_RE,
    YEARS_LISTED_RE,
    Fact,
    Rules,
    Walk,
    occurrences,
    qualifier_before,
    years_listed_before,
)

# the words of a difference that make any base year's change no year's (比2017年增41家)
_MORE_OR_FEWER = ("多", "少", "增", "减")
# 新 opening a verb the word lists do not hold (新批建, 新落地, 新布局), not an adjective (新型,
# 新兴, 新能源, 新一代)
_NEW_VERB_RE = re.compile(r"新(?:批|建|设|组|获|增|认|备|培|引|入|晋|布|落|创|成立|签)")
# the procedures by which a kind is granted, said after 通过 (通过评价备案, 通过认定, 通过复核)
_OWN_PROCEDURE_RE = re.compile(r"(?:国家|省|市)?(?:评价|认定|备案|入库|审核|评审|登记|公示)")
# a year of the clause's own: not a year-end stock (2022年底), a span (以来), a base (比2012年)
# 对…给予/予以: what the figure counts is treated (rewarded, commended, supported)
_TREATED_BEFORE_RE = re.compile(r"对[^,;。对]{0,80}$")
_TREATED_AFTER_RE = re.compile(r"给予|予以|进行表彰|进行奖励")
# the base a goal builds on, after its figure (232家的基础上)
_BASIS_AFTER_RE = re.compile(r"的?基础上")
# the cap of what a policy pays, right before its amount (最高200万元, 最高不超过500万元)
_CAPPED_BEFORE_RE = re.compile(
    r"(?:最高|最多|上限为?|封顶)(?:不超过|可达|给予|支持|奖励|补助|资助)?\s*$"
)
_YEAR_NAMED_RE = re.compile(r"(?<![比较是与从由])(?:19|20)[0-9]{2}年(?!底|末|以来|来|的)")
_THIS_YEARS_RE = re.compile(r"全年|年内|当年|本年|今年")
# A subject that is those an act made (通过认定的, 被认定为高新技术企业的, 获批组建的…), counted by
# a verb that only says there are so many (共有, 有, 为): the act's count, an increment
# (the act's clause with no noun after it: 经认定的高新技术企业达到52家 counts the stock)
_THOSE_MADE_RE = re.compile(
    r"(?:新?认定|通过认定|审核通过|获批|新获|入选)(?:为[^,;:。的]{1,16})?的"
    r"(?:共有|有|分别为|为|共|达到|达)$"
)
# …or a noun after the act of approving, which is of the year (获批组建的省级重点实验室为2家)
_THOSE_APPROVED_RE = re.compile(r"(?:新?获批|新获)(?:组建|建设|认定|备案)?的.*(?:有|为|共|达到?)$")
# …unless it speaks of a stock (累计认定的, 有效期内的, 总数)
_STOCK_SAID_RE = re.compile(r"累计|总数|总量|有效期|保有|拥有|现有|目前|截至")
_YEARS_WORK_RE = re.compile(r"力争|争取|确保|计划|目标|将|预计|全年|年内|当年|本年|今年|新$")
# Verbs of making said after what was made: …正式获批, …揭牌成立, …建成投用
_MADE_AFTER_RE = re.compile(
    r"获批|揭牌|挂牌|建成|落地|获(?:得)?认定|通过(?:认定|评审|审核|备案)|成功备案|获得备案"
    r"|入选$|入围$"  # (ending the clause: 两家孵化器入选; 入选…名单 is joining a list)
)
# a prize's grade right before its count (二等奖5项, 特等奖1项)
# what may stand before a 分别 that opens its clause: nothing, an adverb, or one short word
# for what the figures are (总数分别达到…, 累计分别…), no list of its own
_OPENS_A_RESPECTIVE_CLAUSE_RE = re.compile(r"[ 均都已共]*(?:[^、和及与,;]{1,3}[ 均都已共]*)?")
# what may follow a counted name and still speak of the count (see _subject_of_a_predicate)
_COUNT_GOES_ON = (
    *grammar.PROCEDURE_WORDS, *grammar.JOIN_VERBS, *grammar.GROWTH_WORDS, *grammar.DECLINE_WORDS,
    *grammar.LEVEL_WORDS, *grammar.WEAK_LEVEL_WORDS, *grammar.RANK_VERBS,
    *grammar.COMPARISON_WORDS, "、", "和", "及", "与", "或", "(", "中", "等", "以上", "左右",
)  # fmt: skip
# the roll a kind's procedure keeps, right after its name (库, 信息库, 名录库), not a pool of
# candidates for it (培育库, 后备库, 储备库)
_OWN_ROLL_RE = re.compile(r"(?![^库]{0,3}?(?:培育|后备|储备|梯队|培养))[^\W\d_]{0,3}?库")
_JOINING_NOT_BENEFITING = tuple(v for v in grammar.JOIN_VERBS if v not in grammar.BENEFIT_VERBS)
# a demonstrative right before a count points back to things counted before (这2家, 上述5个)
_POINTED_BACK_RE = re.compile(r"(?:这|那|该|上述|前述|此)$")
_BOOK_TITLE_RE = re.compile(r"《[^《》]*》")
# a clause that counts a part of a total said before it
# what a place does with the people it appoints (科技特派员): they are its own, not served
_DEPLOYED_BEFORE = ("组织",)
# …and the verbs that send people out, before the name of those sent and their count
_SENDING_VERBS = (*_DEPLOYED_BEFORE, "选派", "派出", "下派", "选聘", "选认", "派驻", "招募")
_PART_BEFORE_RE = re.compile(r"\s*(?:其中|这其中|当中|内中)")
# places counted right after a figure (8个县(区), 54个乡镇、126个村, and by 个 perhaps described:
# 14个深度贫困乡镇): units of the area, whatever the sentence counts besides
_PLACES_COUNTED_RE = re.compile(
    r"(?:(?<=个)[\u4e00-\u9fff]{0,4}?)?(?:县(?:市区|区|市)?|区县|乡镇|乡|镇|村|街道|社区)(?=[、,;。(()的和及与]|$)"
)
_MORE_ADVERBS_RE = re.compile(r"(?:全部|已经|均已|成功|顺利|首次|同时|相继)*")
_GRADE_BEFORE_RE = re.compile(r"[特一二三四]等奖?\s*(?:共|各)?$")
# a reward given to each item of a list of counted names
_EACH_REWARDED_RE = re.compile(r"(?:每[家个项户所]|均|各)(?:获得|获|享受|得到)")
# 获 as the verb of being made one (获批, 获认定, 获备案), not of winning a place or a rating
_MADE_BY_GETTING = ("获批", "获认定", "获备案")
# An act that makes its object what 为 then names, said before the object (认定甲公司等5家单位
# 为市级众创空间): the count joins the kind after 为 as 被认定为 would join it
_MAKES_INTO_BEFORE_RE = re.compile(r"(?:认定|确定|命名|批准|遴选|评定)[^,;。]*$")
# (the figure may count them by a noun of its own first: 等8家实验室为, 等5家单位为)
_MADE_INTO_AT_RE = re.compile(r"[\u4e00-\u9fff]{0,3}?为")
# …unless a higher body acts (省科技厅下发《通知》,确定26家单位为…): its list is the province's
# (a rule's title the issuer acts by, 根据《江苏省…办法》, or a level, 省级, is no body)
_HIGHER_BODY_RE = re.compile(r"(?:省|自治区|国家)(?!级)|科技部|国务院|中央")
# Adverbs between a subject and its verb (共获, 均获得, 先后获批).
# Adverbs and time words between a count's name and its verb (共计获得, 在今年新获得).
_ADVERBS_RE = re.compile(
    r"(?:共计|共|均|都|分别|先后|已|累计|还|也|又|新|每[家个项户所]|各|在?(?:今年|当年|年内))*"
)
# a change said of every year (每年净增10家, 平均每年新培育100多家, 年均新增): an average over years
# a year bracketed right after a name: 省科技进步奖(2022年度)
_BRACKETED_YEAR_RE = re.compile(r"[((]((?:19|20)[0-9]{2})年度?[))]")
_PER_YEAR_RE = re.compile(r"(?:每年|年均|平均)[^,,;。]{0,4}$")
# the number of things a procedure counted (认定数量, 认定总数)
_COUNT_NOUN_AFTER_RE = re.compile(r"的?(?:数量|总数|总量|数)")
# every item of a list, said before their one figure (A、B均达到4家); not 人均, 平均
_ALL_OF_THEM_RE = re.compile(r"(?<![人平年日月户])均[^,;。、]{0,3}$")
# a goal or task the figure is, a few words of its kind between (的阶段性目标, 的年度任务)
_GOAL_NAMED_AFTER_RE = re.compile(r"的?[^,;:。、0-9]{0,4}?(?:目标|任务)")
# a comparison with N years ago (比3年前, 较五年前)
_SINCE_YEARS_AGO_RE = re.compile(r"(?:比|较|与)(?:[0-9]{1,2}|[一二三四五六七八九十两]{1,3})年前")
# A change after a base with a figure of its own (比“十一五”末的126家增加了61家, 较2018年的41家
# 增加23家): when its time is a plan period's end or a year, the change runs from then
_CHANGE_SINCE_A_FIGURE_RE = re.compile(
    r"(?:比|较)(?P<when>(?:(?:19|20)[0-9]{2}年)?[^,;:。0-9]{0,12}?)的?[0-9][0-9.,]*(?:万|亿)?[^,;:。0-9]{0,3}?"
    r"[净新]?(?:增加|增长|增|多)了?$"
)
# words that tell the new ones from those recognised again, in a part after 其中
_NEW_NOT_RENEWED = ("新认定", "首次", "净增", "新晋", "新入库")
_PART_TAIL_CHARS = 12  # how far after a part's figure its scope may be said (…2家为国家级孵化器)
_SCOPE_ONLY_CHARS = 3  # 省级, 市级, 国家级: a gap that is a scope word and nothing else
# a value under the label saying what it is, in a sheet's row written out (目标值≥5家,
# 实际完成值8家)
_VALUE_LABEL = grammar.VALUE_LABEL
_LABELLED_VALUE_RE = re.compile(
    rf"\s*{_VALUE_LABEL}\s*[:为]?\s*(?:[≥≤>＞<]|不低于|不少于)?\s*[0-9]"
)
# …and the labelled values before it, after the item's name (,目标值≥5家,)
_LABELLED_VALUES_BETWEEN_RE = re.compile(rf"(?:\s*,\s*{_VALUE_LABEL}[^,;。]{{0,14}})*\s*,\s*")
# between two cells of a row set on one line (≥55家/62家, ≥30家 47家, 12 | 15)
_NEXT_CELL_RE = re.compile(r"\s*[|/]?\s*")
# what may stand between an item's indicator and the colon before its figure: nothing, the
# number of it, a field's label (三级指标:新认定国家高新技术企业数;指标值:≥20家)
_NAME_TO_COLON_RE = re.compile(
    # (or the new ones after the name: 科技型中小企业新增入库:年度指标值≥40家)
    r"\s*(?P<new>(?:新增|净增|新认定|新备案)(?:入库|认定|备案)?)?(?:数量?|个数|家数)?"
    r"\s*(?:[;,]?\s*(?:年度|全年)?(?:指标|目标|任务|计划)值?)?\s*"
)
# A task's figure and the share of it done: 完成(年度目标)任务20家的125%, 完成全年1150件
# (目标)任务的46.2%.
_DONE_SHARE_RE = re.compile(r"的[0-9]+(?:\.[0-9]+)?%")
_DONE_BEFORE_RE = re.compile(r"完成[^,;。0-9]{0,6}$")
# the figure reached, right after a milestone passed (突破百家,增至116家): 达, 为 and the level
# words of a change reaching a figure (增至, 提高到 …)
_REACHING_WORDS = {"达", "达到", "为", "升至"} | {
    w for w in grammar.LEVEL_WORDS if w.endswith(("到", "至"))
}
_REACHED_AFTER_RE = re.compile(
    r"[,,]?(?:" + "|".join(sorted(_REACHING_WORDS, key=len, reverse=True)) + ")"
)
# the best N of a kind, a title of its own: 高新技术企业30强, 百强, 十佳
TOP_LIST_RE = re.compile(r"(?:[0-9]+|[十百千])(?:强|佳)")
# A list's category between its last item and 各 (重点实验室、众创空间等省级平台各1个): the
# figure is each item's, the category names no subject of its own.
_CATEGORY_OF_EACH_RE = re.compile(r"(?:、[^,;。、0-9]{1,12}?)*等(?P<category>[^,;。0-9]{1,16}?)各")
# Between two items of a list, other items named in passing (、科创中心、)
_OTHER_ITEMS_RE = re.compile(r"(?:、[^,;。、0-9]{1,12}?)*(?:、|和|及|与)")
# (共)有 right before a count that a joining verb makes the kind: there are so many that joined
_THERE_ARE_RE = re.compile(r"共?有$")
# …and the items of a list it introduces (共有1家孵化器、2家众创空间入选)
_HAVING_LIST_RE = re.compile(r"共?有(?:[0-9.]+[家个项件所名户][^,;。、]{1,16}、)*$")


def _introduced_by_having(text: str, start: int, end: int) -> bool:
    """Is the figure at ``end`` (or the list it is an item of) introduced by 有 alone, no word
    of a stock (累计, 目前 …) before it?"""
    return bool(_HAVING_LIST_RE.search(text, start, end)) and not any(
        w in text[:end] for w in grammar.STOCK_WORDS if w != "共有"
    )


# the number of what a name counts: 数量, 数, 个数
_NUMBER_OF_RE = re.compile(r"(?:数量|个数|数)(?![据字])")


def _measure_words() -> ahocorasick.Automaton:
    """Every increment and level word, found at once (overlaps too: 新认定 and 认定)."""
    automaton = ahocorasick.Automaton()
    for measure, words in (("increment", grammar.INCREMENT_WORDS), ("level", grammar.LEVEL_WORDS)):
        for w in words:
            automaton.add_word(w, (w, measure))
    automaton.make_automaton()
    return automaton


_MEASURE_WORDS = _measure_words()
# an item's own words of a level, after a verb of new ones that opened the list (新增A 30家、
# B突破8亿元)
_ITEM_LEVEL_WORDS = (*grammar.WEAK_LEVEL_WORDS, "突破", "超过")


# a name's own verb and figure right after it (高新技术企业达2012家), and the verbs that may stand
# between a name and its figure in run-on text
_OWN_FIGURE_AFTER_RE = re.compile(r"(?:总数|数量)?(?:达到?|为|共有)\s*[0-9]")
_LEVEL_VERBS_BETWEEN = ("达", "达到", "为", "共有")
# the clause after a figure gives the total it adds to: ,累计达到56家 / ,总数达到…
_TOTAL_AFTER_RE = re.compile(r"(?:以上)?\s*[,,]\s*(?:全市|全县|全区)?(?:累计|总数|总量|共计)")


# the part of this year gone by (今年以来, 年初以来): a flow of the year, no stock since long ago
_THIS_YEAR_SO_FAR_RE = re.compile(r"(?:今年|本年|年初|开年|入年)以来")


def _stock_said(text: str) -> int:
    """Where the last word of a stock stands in text (累计, 目前, …以来), -1 for none."""
    found = max((text.rfind(w) for w in grammar.STOCK_WORDS if w != "以来"), default=-1)
    since = [m.start() for m in re.finditer("以来", text)]
    so_far = {m.end() - 2 for m in _THIS_YEAR_SO_FAR_RE.finditer(text)} if since else set()
    return max([found, *(i for i in since if i not in so_far)])


def _total_follows(walk: Walk, pos: int) -> bool:
    """Does the clause after the figure at pos state the total (…18家,累计达到56家)?"""
    figure = next((q for q in walk.s.quantities if q.start == pos), None)
    return figure is not None and bool(_TOTAL_AFTER_RE.match(walk.text, figure.end))


def _opens_on_a_verb(name: str) -> bool:
    """Does an indicator's name open on the act it counts (申请专利, 授权专利: the verb and its
    object; not 创新平台 nor 孵化器, whose first word only describes)?"""
    return name.startswith(grammar.ACTS_NAMED) and len(name) > 2


def _new_then_verb(walk: Walk, start: int, end: int) -> bool:
    """新 on its own before a verb (新发展, 新成立: jieba splits them; 新型, 新兴 are words of
    their own), not before applying (新申报: applications)."""
    tokens = walk.s.tokens_between(start, end)
    return any(
        a.text == "新"
        and b.tag.startswith("v")
        and not b.text.startswith(grammar.APPLICATION_WORDS)
        for a, b in itertools.pairwise(tokens)
    )


# The levels of government from the top, as scopes (国家级、省级、市级: 市级及以上)
_LEVELS_TOP_DOWN = ("国家级", "省级", "市级")


# a kind named with the procedure that grants its level, right before the name (国家备案众创
# 空间, 其中省认定…; not a province that grants it, 吉林省认定…)
_LEVEL_PROCEDURE_RE = re.compile(r"(?:国家|(?:(?<![\u4e00-\u9fff])|(?<=其中))省)级?(备案|认定)$")
# winning said without what was won (…项成果获奖), and a frame before that names the award
_WON_AFTER_RE = re.compile(
    r"\s*(?:均|共|全部|分别)?(?:荣获|获得|获)(?:奖|奖励|表彰)(?![\u4e00-\u9fff])"
)
_AWARD_FRAME_RE = re.compile(r"(?:在|于)[^,;。]{2,40}?(?:评审|评选|评比|奖励)(?:中|工作中|活动中)")
# more or fewer of a year's act than the year before did (比上年多认定4家, 比上年少培育4家)
_MORE_OF_THE_ACT_RE = re.compile(
    r"(?:比|较)(?:上年|去年|上一年|前一年|同期|(?:19|20)[0-9]{2}年)(?:同期)?[多少](?:"
    + "|".join(sorted({*grammar.MAKING_WORDS, *grammar.INCREMENT_WORDS}, key=len, reverse=True))
    + r")了?$"
)
# the verbs of a net change (净增62家, 净减3家)
_NET_CHANGE_WORDS = frozenset({"净增", "净减", "净增加", "净减少"})
# a change said against an earlier figure (比上年增加, 较去年多, 净增, 同比): no level
_CHANGE_SAID_RE = re.compile(r"[比较](?:上年|去年|上一年|前一年|(?:19|20)[0-9]{2}年)|净增|同比")


def _one_figures_scopes(quals: list[str | None]) -> list[str | None]:
    """The scope of one figure said of several (省、市级…610名: 省级及市级; 国家、省、市级众创空间
    15家: every level down to the last, 市级及以上), not a figure for each."""
    if len(quals) < 2:
        return quals
    if quals == list(_LEVELS_TOP_DOWN[: len(quals)]):  # (国家和省: 省级及以上)
        return [f"{quals[-1]}及以上"]
    return ["及".join(q for q in quals if q)]


class AmountRules(Rules):
    def _amounts(self, walk: Walk, run: list[Quantity]) -> list[Fact]:
        ends = self._range_ends(walk, run)
        if ends is not None:
            return ends
        if len(run) >= 2:
            paired = self._paired(walk, run)
            if paired:
                return paired
        made: list[Fact] = []
        for q in run:
            if q.start not in walk.parts:
                made.extend(self._amount(walk, q))
        if len(run) > 1 and len(made) == len(run):
            walk.set_anchor(made, run[-1].end)  # 申请5871件、授权1509件,同比增长…和…
            self._date_by_range(walk.text, run, made)
        return made

    @staticmethod
    def _date_by_range(text: str, run: list[Quantity], facts: list[Fact]) -> None:
        """One year for each listed figure: 2015-2018年,…分别29.92、29.64、33.57、30.75亿元."""
        years = years_listed_before(text, run[0].start)
        if len(years) != len(run) or len({f.start for f in facts}) != len(run):
            return
        for f, year in zip(sorted(facts, key=lambda f: f.start), years, strict=True):
            f.year_hint, f.year_listed = year, True

    def _paired(self, walk: Walk, run: list[Quantity]) -> list[Fact]:
        """k mentions in a row, then k figures: A、B分别为3项、106项."""
        s = walk.s
        before = [m for m in s.mentions_in(s.clause_start(run[0].start), run[0].start)]
        if not before:
            # …新增A 294家、新增B 25家、新增C 803家,分别发展到816家、31家和911家
            group = self._listed_items(walk, run)
            return self._pair(walk, group, run) if group else []
        group: list[Mention | None] = list(self._mention_run(walk, before[-1]))
        owner = before[-1].indicator_code
        if s.competing_noun(before[-1].end, run[0].start, owner) is None:
            by_level = self._paired_by_level(walk, before[-1], run)
            if by_level:
                return by_level
        if len(group) != len(run) or s.competing_noun(before[-1].end, run[0].start, owner):
            group = self._listed_items(walk, run)
            if not group:
                return []
        return self._pair(walk, group, run)

    @staticmethod
    def _graded(walk: Walk, pos: int) -> bool:
        """Is the count at pos that of one grade of a prize (二等奖5项)?"""
        s = walk.s
        item_start = max([s.clause_start(pos)] + [x.end for x in s.quantities if x.end <= pos])
        return _GRADE_BEFORE_RE.search(walk.text, item_start, pos) is not None

    def _range_ends(self, walk: Walk, run: list[Quantity]) -> list[Fact] | None:
        """The end figures of a listed from-to (分别由x和y,增长到z和w): each is of the name its
        start figure was paired with. None when the run is no such list."""
        if len(run) < 2 or any(q.start not in walk.range_starts for q in run):
            return None
        names = [walk.paired_names.get(walk.range_starts[q.start]) for q in run]
        if not any(names):
            return None
        facts = []
        for m, q in zip(names, run, strict=True):
            if m is None or self._not_the_issuers(walk, q):
                continue  # (a start figure that named no indicator: 增加值)
            for qual in _one_figures_scopes(self._mention_qualifiers(walk, m)):
                if f := self._fact(walk, m.indicator_code or "", q, qual):
                    facts.append(f)
        walk.set_anchor(facts, run[-1].end)
        return facts

    def _pair(self, walk: Walk, group: list[Mention | None], run: list[Quantity]) -> list[Fact]:
        facts = []
        for m, q in zip(group, run, strict=True):
            if m is None:
                continue  # an item of the list that is no indicator (瞪羚企业)
            walk.paired_names[q.start] = m
            if self._not_the_issuers(walk, q):
                continue
            for qual in _one_figures_scopes(self._mention_qualifiers(walk, m)):
                if f := self._fact(walk, m.indicator_code or "", q, qual):
                    facts.append(f)
            walk.used.add(m.start)
        walk.set_anchor(facts, run[-1].end)
        return facts

    def _paired_by_level(self, walk: Walk, m: Mention, run: list[Quantity]) -> list[Fact]:
        """国家级、省级众创空间1家、11家: one indicator at several levels, a figure for each."""
        quals = self._mention_qualifiers(walk, m)
        if len(quals) != len(run) or len(run) < 2 or len(walk.s.mentions_in(
                walk.s.clause_start(run[0].start), run[0].start)) != 1:  # fmt: skip
            return []
        facts = [
            f
            for qual, q in zip(quals, run, strict=True)
            if not self._not_the_issuers(walk, q)
            and (f := self._fact(walk, m.indicator_code or "", q, qual, subject=m))
        ]
        walk.used.add(m.start)
        walk.set_anchor(facts, run[-1].end)
        return facts

    def _listed_items(self, walk: Walk, run: list[Quantity]) -> list[Mention | None]:
        """A、B、C分别达到X、Y、Z where only some items are indicators: the items of the list
        before 分别, each with its indicator mention or None, when they are as many as the
        figures."""
        s, text = walk.s, walk.text
        cs = s.clause_start(run[0].start)
        fenbie = text.rfind("分别", cs, run[0].start)
        if fenbie < 0:
            return []
        if _OPENS_A_RESPECTIVE_CLAUSE_RE.fullmatch(text, cs, fenbie) and not s.mentions_in(
            cs, fenbie
        ):
            # 分别 opens its clause, after no more than a word for what the figures are (总数,
            # 累计): the list is the clause before (新增A…、新增B…,(总数)分别发展到…)
            if cs == 0 or text[cs - 1] != ",":
                return []
            end = cs
            frame = s.clause_start(cs - 1)
            if (
                frame > 0
                and text[frame - 1] in ",;"
                and TIME_ONLY_CLAUSE_RE.match(text[frame:cs].lstrip())
            ):
                end = frame  # A达到100家,B达到300家;到2025年底,分别达到…: a time between
            earlier = walk.respective
            if earlier is not None and earlier[0] == end - 1 and len(earlier[1]) == len(run):
                stated = earlier[1]  # …;到2026年底,分别突破…: the same names as the 分别 before
            else:
                stated = self._clauses_stated_before(walk, end, len(run))
            if stated:
                walk.respective = (run[-1].end, stated)
                return stated  # A达132家,B312家,分别比上年末增加17家和56家: a clause each
            fenbie, cs = cs - 1, s.clause_start(cs - 1)
        if years := YEARS_LISTED_RE.match(text, cs):
            cs = years.end()  # 2021年和2022年A分别…: the years are no items (_date_by_range)
        elif (
            (years := YEARS_LISTED_RE.search(text, cs))
            and years.end() <= fenbie
            and not text[years.end() : fenbie].strip("度 ")
        ):
            return []  # A 2023年、2024年分别…: one indicator, a figure for each year listed
        twin = self._twin_of_a_kinds_list(walk, cs, fenbie, run)
        if twin is not None:
            return twin
        items = list(LIST_ITEM_RE.finditer(text[cs:fenbie]))
        if len(items) != len(run):
            return []
        listed: list[Mention | None] = []
        for item in items:
            inside = s.mentions_in(cs + item.start(), cs + item.end())
            listed.append(inside[-1] if len(inside) == 1 else None)
        last = listed[-1]
        kinds = self._kinds_of_a_shared_head(walk, cs, items) if not any(listed[:-1]) else []
        if any(kinds) or (
            last is not None and text[cs + items[-1].start() : last.start] and not any(listed[:-1])
        ):
            # 技术转让、开发和服务合同成交额分别为…: kinds sharing the indicator as their head,
            # each figure a part of it and none the whole; but a kind that makes an indicator
            # of its own with the head (发明、实用新型专利申请量分别为…: 发明专利申请量) is that one
            if last is not None:
                walk.used.add(last.start)
                walk.elsewhere.add(last.start)  # nor do rates after them take it up
            kinds = kinds or [None] * len(items)
            walk.parts.update(q.start for q, kind in zip(run, kinds, strict=True) if kind is None)
            walk.kinds_list = (cs, items)
            return kinds
        if not any(listed) and self._holders_listed(walk, [text[cs + i.start() : cs + i.end()]
                                                           for i in items]):  # fmt: skip
            # 院校、科研单位、个人分别获得专利授权4323件、319件、2740件: what each holder of
            # the list got, the indicator named after 分别; parts, none the place's
            walk.parts.update(q.start for q in run)
            return [None] * len(listed)
        return listed if any(listed) else []

    @staticmethod
    def _clauses_stated_before(walk: Walk, cs: int, k: int) -> list[Mention | None]:
        """The indicators of the k clauses right before ``cs`` when each names one and states
        a figure of it (高新技术企业达132家,科技型中小企业312家,): the items a 分别 clause after
        them goes through in order. [] when they are not such clauses."""
        s = walk.s
        items: list[Mention | None] = []
        end = cs
        while len(items) < k and end > 0 and walk.text[end - 1] in ",;":
            start = s.clause_start(end - 1)
            named = [m for m in s.mentions_in(start, end - 1) if m.indicator_code]
            stated = any(m.end <= q.start < end for m in named[-1:] for q in s.quantities)
            if len(named) != 1 or not stated:
                return []
            items.insert(0, named[0])
            end = start
        return items if len(items) == k and k > 1 else []

    def _twin_of_a_kinds_list(
        self, walk: Walk, cs: int, fenbie: int, run: list[Quantity]
    ) -> list[Mention | None] | None:
        """发明、实用新型、外观设计专利申请量分别为…,授权量分别为x、y、z: the twin named alone
        before 分别 takes the kinds of the list before it, each with the twin's own name (发明 +
        专利授权量); the figures of kinds that make no indicator are parts."""
        if walk.kinds_list is None:
            return None
        named = walk.s.mentions_in(cs, fenbie)
        if (
            len(named) != 1
            or walk.text[cs:fenbie].strip() != walk.text[named[0].start : named[0].end]
        ):
            return None
        items_cs, items = walk.kinds_list
        code = named[0].indicator_code or ""
        if len(items) != len(run) or code not in self.lexicon.indicators:
            return None
        name = self.lexicon.indicators[code].name_zh
        kinds = [self._kind_of_head(walk, items_cs + i.start(), items_cs + i.end(), name, code)
                 for i in items[:-1]]  # fmt: skip
        kinds.append(None)
        walk.used.add(named[0].start)
        walk.elsewhere.add(named[0].start)
        walk.parts.update(q.start for q, kind in zip(run, kinds, strict=True) if kind is None)
        return kinds

    def _kinds_of_a_shared_head(
        self, walk: Walk, cs: int, items: list[re.Match[str]]
    ) -> list[Mention | None]:
        """For a list whose last item ends on a name the others share as their head (发明、实用
        新型、外观设计专利申请量: 专利申请量, whatever the last item's own words make of it):
        each item's own indicator with the head, None for the last and for items naming none."""
        last = walk.text[cs + items[-1].start() : cs + items[-1].end()].rstrip()
        for k in range(1, len(last) - 1):
            found = self.lexicon.find_mentions(last[k:])
            if len(found) == 1 and found[0].end - found[0].start == len(last) - k:
                name, code = last[k:], found[0].indicator_code
                break
        else:
            return []
        if code is None:
            return []
        kinds = [self._kind_of_head(walk, cs + i.start(), cs + i.end(), name, code)
                 for i in items[:-1]]  # fmt: skip
        return [*kinds, None]

    def _kind_of_head(
        self, walk: Walk, start: int, end: int, name: str, code: str | None
    ) -> Mention | None:
        """The item text[start:end] of a list whose items share the name ``name`` (of the
        indicator ``code``) as their head noun, as a mention of the indicator that item and the
        head name together (发明 + 专利申请量, 发明专利 + 专利申请量: 发明专利申请量), or None
        when they name none but the head's."""
        raw = walk.text[start:end]
        item, item_start = raw.strip(), start + len(raw) - len(raw.lstrip())
        overlap = next((k for k in range(min(len(item), len(name)), 0, -1)
                        if item.endswith(name[:k])), 0)  # fmt: skip
        joined = item + name[overlap:]
        found = self.lexicon.find_mentions(joined)
        # the name must end the joined words and take in the item's own words (全市发明 +
        # 专利申请量: 发明专利申请量; the scope before it stays outside)
        if (
            not found
            or found[-1].end != len(joined)
            or found[-1].start >= len(item) - overlap
            or found[-1].indicator_code in (None, code)
        ):
            return None
        return Mention(item_start + found[-1].start, item_start + len(item), found[-1].form, "")

    @staticmethod
    def _holders_listed(walk: Walk, items: list[str]) -> bool:
        """Are the items before 分别, none of which names an indicator, holders of their own
        (院校、个人): no level, nor the issuer, nor a place speaking of itself?"""
        return not any(
            item.strip() in grammar.QUALIFIER_CANON
            or grammar.SELF_SCOPE_WORD_RE.search(item)
            or any(n in item for n in walk.ctx.own_names)
            for item in items
        )

    def _amount(self, walk: Walk, q: Quantity) -> list[Fact]:
        if self._task_named_after(walk, q):
            # 完成全年1150件任务的46.2%: the task named after its figure, which counts no tasks
            return self._task(walk, q, named_after=True)
        if self._not_the_issuers(walk, q):
            return []
        if q.unit == "yuan" and (
            grammar.REWARD_AFTER_RE.match(walk.text, q.end)
            or _CAPPED_BEFORE_RE.search(walk.text, max(0, q.start - 8), q.start)
        ):
            # 给予最高50万元奖励, …的20%给予补助,最高200万元: what a policy pays, no
            # indicator's amount
            return []
        if _POINTED_BACK_RE.search(walk.text, max(0, q.start - 3), q.start):
            return []  # 这2家星创天地将被纳入…: the ones counted before, pointed back to
        made = _MADE_INTO_AT_RE.match(walk.text, q.end)
        if made and self._made_into(walk, q, made.end() - 1):
            # 认定“…重点实验室”等10家为…重点实验室: the kind after 为, whatever the examples
            return self._joined(walk, q, made.end() - 1, served=False)
        named = self._named_after(walk, q)
        if named is not None:
            return named
        if self._milestone(walk, q):
            walk.milestones.add(q.start)
            return []  # 首破百亿元大关,达114.76亿元: the milestone, then the figure
        mention, blocker = self._subject(walk, q.start)
        if mention is None and walk.anchor and self._task_of_last(walk, q):
            # 新增…36家,完成年度目标任务30家的120%: the task set for the figure before
            return self._task(walk, q)
        if self._anchored(walk, q.start, mention):
            if (
                blocker is not None
                and blocker.start >= walk.anchor_end
                and "其中" not in walk.text[walk.anchor_end : blocker.start]
            ):
                # …科技型中小企业数为5000家,上市企业数为200家: a subject of its own since
                walk.anchor = []
                return []
            return self._continued(walk, q)
        if mention is None:
            topic = self._topic(walk, q) or self._carried_topic(walk, q)
            return self._owned_by(walk, q, topic) if topic is not None else []
        if blocker is not None and not _CATEGORY_OF_EACH_RE.fullmatch(
            walk.text, mention.end, q.start
        ):
            return []  # another noun is the subject: 引进人才100名
        return self._owned_by(walk, q, mention)

    @staticmethod
    def _change_follows(walk: Walk, pos: int) -> bool:
        """比2020年的1037家实现翻番, …家实现增长: a verb that only carries the change after it
        (a rate, or a word of growth or decline right after the verb) makes the figure the
        base of that change, not the subject of a deed."""
        text = walk.text
        if text.startswith(grammar.GROWTH_WORDS + grammar.DECLINE_WORDS, pos):
            return True
        return any(x.start == pos and x.unit in ("percent", "times") for x in walk.s.quantities)

    def _glued_to_a_name(self, walk: Walk, q: Quantity, m: Mention) -> bool:
        """In run-on text (…企业196户国家、省级科技型中小企业总数达1393户高新技术企业拥有量…) a
        figure glued to the name before it is that name's, not the next one's; so is one
        whose next name goes on with an attribute of its own (…企业拥有量位居…)."""
        after = walk.s.next_token(m.end)
        attribute = (
            after is not None
            and after.start == m.end
            and (after.text in grammar.ATTRIBUTE_NOUNS - {"工作"})
        )
        glued = [x for x in walk.s.mentions if x.end == q.start and x.indicator_code]
        counted = self.lexicon.indicators.get(m.indicator_code or "")
        if not glued and (
            _OWN_FIGURE_AFTER_RE.match(walk.text, m.end)
            or (counted is not None and counted.unit != q.unit)
        ):
            # …中小企业达5667家高新技术企业达2012家: the next name has a figure of its own (or
            # counts nothing: …达305家技术合同成交额…), and the one before took this one by its
            # verb
            glued = [
                x
                for x in walk.s.mentions
                if x.indicator_code and walk.text[x.end : q.start] in _LEVEL_VERBS_BETWEEN
            ]
        if glued and not attribute:
            # A、B众创空间2家众创空间: as many names listed as the figure counts, then their
            # kind: the figure is the kind's, not the last name's
            cs = walk.s.clause_start(q.start)
            names = walk.text[cs : q.start].split("、")
            if len(names) == q.value > 1 and glued[-1].indicator_code == m.indicator_code:
                return False
        return attribute or bool(glued)

    def _task(self, walk: Walk, q: Quantity, named_after: bool = False) -> list[Fact]:
        """The task set for the figure the sentence gave last; one whose task word comes
        after it is dated as that figure's goal (no word before it says it is one)."""
        # (the last of the figure's own kind: a rate may have come between, 成交额118.7亿元,
        # 同比增长27.4%,完成年度目标任务(160亿元)的74.2%)
        last = next(
            (f for f in reversed(walk.anchor) if (f.unit == "percent") == (q.unit == "percent")),
            walk.anchor[-1],
        )
        task = self._fact(walk, last.indicator_code, q, last.qualifier, measure=last.measure)
        if task and named_after:
            task.target_of = last
        return [task] if task else []

    def _task_named_after(self, walk: Walk, q: Quantity) -> bool:
        """完成全年1150件任务的46.2% right after the figure it sets the task of (…申请量531件,):
        no other figure between, and no name of its own before it."""
        if not walk.anchor or not TASK_SHARE_AFTER_RE.match(walk.text, q.end):
            return False
        before = [x for x in walk.s.quantities if x.end <= q.start]
        return (
            bool(before)
            and before[-1].start == walk.anchor[-1].start
            and self._task_of_last(walk, q)
            and self._subject(walk, q.start)[0] is None
        )

    @staticmethod
    def _task_of_last(walk: Walk, q: Quantity) -> bool:
        """完成(市上下达)任务20家的125%: a figure between a task and the share of it done."""
        text, cs, start, end = walk.text, walk.s.clause_start(q.start), q.start, q.end
        if text[start - 1 : start] in ("(", "(") and text[end : end + 1] in (")", ")"):
            # 完成全年任务目标(1300家)的54.2%: the task in brackets, read from the clause's start
            start, end = start - 1, end + 1
            cs = walk.s.clause_start(start - 1)
        before = text[cs:start]
        if _DONE_BEFORE_RE.search(before) and TASK_SHARE_AFTER_RE.match(text, end):
            return True  # 完成全年1150件任务的46.2%: the task named after its figure
        return bool(TASK_DONE_RE.search(before)) and bool(_DONE_SHARE_RE.match(text, end))

    def _became(self, walk: Walk, m: Mention) -> bool | None:
        """When a joining verb follows the mention (…企业被认定为…): does its object name an
        indicator? None when no such verb follows."""
        text = walk.text
        verbs = (*grammar.JOIN_VERBS, "被评为", "被列为", "被确定为")
        verb = max((v for v in verbs if text.startswith(v, m.end)), key=len, default=None)
        if verb is None:
            return None
        start = m.end + len(verb)
        end = walk.s.clause_end(start)
        if not walk.text[start:end].strip():
            # 两家科技企业孵化器入选: joined as what they are named (see _MADE_AFTER_RE)
            return None
        if (
            verb == "通过"
            and not walk.s.mentions_in(start, end)
            and _OWN_PROCEDURE_RE.match(text, start)
        ):
            return None  # 55家科技型中小企业通过评价: passing their own procedure, they are counted
        return bool(walk.s.mentions_in(start, end))

    @staticmethod
    def _with_an_alternative(walk: Walk, m: Mention) -> bool:
        """Another indicator named in brackets right after this one (孵化器(众创空间))."""
        if not walk.text.startswith("(", m.end):
            return False
        return any(
            x.start == m.end + 1 and x.indicator_code and x.indicator_code != m.indicator_code
            for x in walk.s.mentions
        )

    @staticmethod
    def _milestone(walk: Walk, q: Quantity) -> bool:
        """A round figure passed (X大关, 迈上20亿元台阶, 首次突破一百亿元) with the exact figure
        given in the next clause, or given just before it."""
        text = walk.text
        gate = text.startswith(("大关", "台阶", "关口"), q.end)
        passed = re.search(r"(?:突破|超过|跨越|迈过|迈上|跨过)$", text[: q.start])
        if not gate and not passed:
            return False
        rest = text[q.end + (2 if gate else 0) : q.end + 12]
        nxt = next((x for x in walk.s.quantities if x.start > q.end), None)
        exact_follows = nxt is not None and nxt.unit == q.unit
        if _REACHED_AFTER_RE.match(rest) and exact_follows:
            return True
        # 成交额114.76亿元,首次突破百亿元大关: the exact figure came first
        last = walk.facts[-1] if walk.facts else None
        return gate and (
            last is not None
            and last.unit == q.unit
            and last.measure == "level"
            and re.fullmatch(r"[,,]?[^,,;。]{0,8}", text[last.end : q.start]) is not None
        )

    @staticmethod
    def _said_of_itself(walk: Walk, q: Quantity) -> bool:
        """Does the figure's clause speak of the issuer (全区现有…, 我市…, its name)?"""
        head = walk.text[walk.s.clause_start(q.start) : q.start]
        return bool(grammar.SELF_SCOPE_WORD_RE.search(head)) or any(
            n in head for n in walk.ctx.own_names
        )

    def _named_after(self, walk: Walk, q: Quantity) -> list[Fact] | None:
        """37家市级科技小巨人企业 / 3家企业被认定为高新技术企业 / 110家企业享受…: the figure
        counts what follows it. None when nothing follows (the figure ends its clause)."""
        s, text = walk.s, walk.text
        if q.start in walk.period_starts:
            return None  # 由55家增至231家 over a period: the start, of the name before it
        tail = NAMES_FOLLOWING_RE.match(text, q.end)
        if tail and tail.group("province") and not self._said_of_itself(walk, q):
            return []  # 拟批准289个湖南省工程技术研究中心: the province's list, not the issuer's
        after = tail.end() if tail else q.end
        if tail and q.unit != "count" and tail.group().endswith(("“", '"', "「", "『")):
            after = q.end  # 2000万元“苏科贷”资金池: a brand the amount is of, not counted
        # the mention may hold the scope word itself (5家全国重点实验室)
        m = next((m for m in s.mentions if m.start == after or m.start == q.end < m.end), None)
        # (走访了12家: the verb's aspect particle between)
        verb_end = q.start - 1 if text.endswith("了", 0, q.start) else q.start
        served = text.endswith(grammar.SERVICE_BEFORE, 0, verb_end)
        if (
            served
            and m is not None
            and m.indicator_code
            and self.lexicon.indicators[m.indicator_code].category == "talent"
            and text.endswith(_DEPLOYED_BEFORE, 0, verb_end)
        ):
            served = False  # 组织92名科技特派员到各乡镇…: people the place sends, its own
        if m is not None and not served:
            # 对2022年度认定的50家高新技术企业给予表扬: those the sentence does something to
            served = bool(
                _TREATED_BEFORE_RE.search(text, s.clause_start(q.start), q.start)
                and _TREATED_AFTER_RE.search(text, m.end, s.clause_end(m.end))
            )
        if m is not None and m.indicator_code and self._glued_to_a_name(walk, q, m):
            return None  # 高新技术企业196户国家、省级科技型中小企业…: the name before
        if m is not None and m.indicator_code:
            verb_at = m.end + len(_ADVERBS_RE.match(text, m.end).group(0))  # 共获, 均获得
            if served or (
                text.startswith(grammar.BENEFIT_VERBS, verb_at)
                and not text.startswith(_JOINING_NOT_BENEFITING, verb_at)  # (获批, 获评)
            ):
                return []  # 为25家高企提供…, 26家高企(共)获得…: those served, those rewarded
            if text.startswith(("、", "和", "及", "以及"), m.end) and _EACH_REWARDED_RE.search(
                text, m.end, s.clause_end(m.end)
            ):
                return []  # 5家高新技术企业、25家…中心每家获5万元奖励: every item of the list
            became = self._became(walk, m)
            if became is not None:
                # 3家高新技术企业被认定为单项冠军: they became something else; 5家科技型中小企业
                # 被认定为高新技术企业: they count as what they became
                return self._joined(walk, q, m.end, served) if became else []
            head_noun = self._compound_head(walk, m.end)
            if (
                head_noun is not None
                and head_noun.tag in grammar.NOUN_TAGS
                and not s.is_benign_noun(head_noun.text, head_noun.tag)
                and not s.covered(head_noun)
                and head_noun.text not in grammar.OUTPUT_NOUNS
                and head_noun.text not in grammar.JOIN_VERBS  # (获批/n: a verb all the same)
            ):
                return []  # 25个科技特派员工作站: the figure counts the stations
            if any(m in self._mention_run(walk, x)[:-1] for x in s.mentions if x.start > m.end):
                return []  # 10家众创空间、孵化器: one count for the whole list
            if _PART_BEFORE_RE.match(text, s.clause_start(q.start)) and (
                self._subject_of_a_predicate(walk, verb_at)
            ):
                return []  # 共有3829家,其中4家高新技术企业上市: the part of them that did it
            if self._did_something_to_an_object(walk, q, verb_at):
                return []  # 52家高新技术企业建立了研发机构: those that did it, a group
            walk.used.add(m.start)
            # 4家全国重点实验室、…正式获批: a verb of making, after the things made, says new
            cs = s.clause_start(q.start)
            said = self._measure_word(walk, cs, q.start, m.indicator_code)
            made = (
                # (此次我市共有2家众创空间入选: 有 only introduces those made)
                (said is None or (said == "level" and _introduced_by_having(text, cs, q.start)))
                and bool(_MADE_AFTER_RE.search(text, m.end, s.clause_end(m.end)))
                # a kind granted every year (科技型中小企业通过评审) counts its stock so
                and self.lexicon.indicators[m.indicator_code].counted != "yearly"
            )
            facts = [f for qual in _one_figures_scopes(self._mention_qualifiers(walk, m))
                     if (f := self._fact(walk, m.indicator_code, q, qual,
                                         measure="increment" if made else None))]  # fmt: skip
            self._hint_year(text, q, m, facts)
            walk.set_anchor(facts, q.end)
            return facts
        if m is not None:
            return []  # a blocker: 50家企业纳入高新技术企业培育库
        if _PLACES_COUNTED_RE.match(text, after):
            return []  # 覆盖全市8个县(区), 54个乡镇: the figure counts places, no indicator's
        if RANGE_NEXT_RE.match(text[after:]):
            return None  # 从“十三五”末的24.39亿元增至…: where a change started, of the name before
        sent = next((x for x in s.mentions if x.end == q.start and x.indicator_code), None)
        if (
            sent is not None
            and self.lexicon.indicators[sent.indicator_code].category == "talent"
            and text.endswith(_SENDING_VERBS, 0, sent.start)
        ):
            return None  # 选派科技特派员1056名深入…乡镇: those sent, then what they do
        nxt = s.next_token(after)
        while nxt is not None and nxt.text in FIGURE_TAIL:
            nxt = s.next_token(nxt.end)
        if (
            nxt is not None
            and nxt.start <= after + 2
            and nxt.tag in ("v", "p")
            and not (
                nxt.text in grammar.GROWTH_WORDS + grammar.DECLINE_WORDS
                or (
                    any(
                        nxt.text.startswith(w)
                        for w in (*grammar.RANK_VERBS, *grammar.COMPARISON_WORDS)
                    )
                    # (获批, 获备案: 获 makes them what follows, it ranks nothing)
                    and not text.startswith(_MADE_BY_GETTING, nxt.start)
                )
                or self._change_follows(walk, nxt.end)
                # (比上年的156家净增62家: a net change by a figure of the same kind makes the
                # one before it the base)
                or (
                    nxt.text in _NET_CHANGE_WORDS
                    and any(x.start == nxt.end and x.unit == q.unit for x in s.quantities)
                )
            )
        ):
            # 21家入围全省百强, 6家有望…: the figure is the subject of the verb after it,
            # unless that verb makes it one of the indicator (3家被认定为高新技术企业)
            return self._joined(walk, q, nxt.start, served) or []
        opens = nxt.start if nxt is not None else after
        if nxt is not None and nxt.tag in ("t", "ns") and nxt.start <= after + 2:
            # 176家未来产业骨干企业: a time word (jieba's) that opens the noun phrase counted, or
            # a place's name (20亿元的常州市科技创新基金: the fund's size)
            noun = s.next_token(nxt.end)
            if noun is not None and noun.start == nxt.end and noun.tag in grammar.NOUN_TAGS:
                nxt = noun
        if nxt is None or nxt.tag not in grammar.NOMINAL_TAGS or opens > after + 2:
            return None
        if s.is_benign_noun(nxt.text, nxt.tag) and nxt.text not in grammar.PROCEDURE_WORDS:
            return None
        if _GOAL_NAMED_AFTER_RE.match(text, after):
            return None  # 达到8家的阶段性目标: the goal the figure is, not things it counts
        if q.unit == "count" and _BASIS_AFTER_RE.match(text, q.end):
            return None  # 在…达到232家的基础上: the base a goal builds on, of the name before
        return self._joined(walk, q, nxt.end, served)

    @staticmethod
    def _compound_head(walk: Walk, pos: int) -> Token | None:
        """The token joined right onto a counted name, or, when that is a verbal noun joined
        onto a noun (服务/vn 机构, 研发/vn 中心), that noun: the head of the compound counted."""
        s = walk.s
        tok = s.next_token(pos)
        if tok is None or tok.start != pos:
            return None
        head = s.next_token(tok.end) if tok.tag == "vn" else None
        return head if head is not None and head.start == tok.end else tok

    @staticmethod
    def _did_something_to_an_object(walk: Walk, q: Quantity, pos: int) -> bool:
        """Does a verb of doing follow the counted name (at ``pos``, past its adverbs), with a
        noun as its object (设立了研发组织, 开展产学研合作)? The figure counts those that did
        it. Not the kind's own procedure, nor a verb of joining, changing or standing; nor
        when the figure is itself the object of a verb (新选派40多名科技特派员深入镇村: those
        made, whatever they then did) or the place's whole (全市412名…); a verb of having (有,
        拥有) only says they are there."""
        text, s = walk.text, walk.s
        before = next((t for t in reversed(s.tokens) if t.end <= q.start), None)
        if before is not None and grammar.SELF_SCOPE_WORD_RE.fullmatch(before.text):
            return False  # 全市412名科技特派员深入田间地头: all the place has, whatever they do
        if (
            before is not None
            and not before.text.endswith("有")
            and (
                before.tag.startswith("v")
                or before.text in grammar.PROCEDURE_WORDS  # (选派/n, 入库/n to jieba)
                or before.text.endswith(grammar.MAKING_WORDS)
            )
        ):
            return False
        end = s.clause_end(pos)
        pos += len(_MORE_ADVERBS_RE.match(text, pos, end).group(0))
        if pos >= end or text.startswith(_COUNT_GOES_ON, pos):
            return False
        verb = s.next_token(pos)
        if verb is None or verb.start != pos or verb.tag != "v":
            return False
        rest = [t for t in s.tokens_between(verb.end, end) if t.text not in ("了", "过")]
        if any(t.text in grammar.OUTPUT_NOUNS for t in rest[:3]):
            return False  # 49家高新技术企业实现工业总产值…: what all of them produced
        return (
            bool(rest)
            and rest[0].tag in grammar.NOUN_TAGS
            and not s.is_benign_noun(rest[0].text, rest[0].tag)
        )

    @staticmethod
    def _subject_of_a_predicate(walk: Walk, pos: int) -> bool:
        """Does the clause go on, right after a counted name (at ``pos``, past its adverbs),
        with words of its own (上市, 实现营收…, 开展活动)? The figure then counts those of the
        kind that did it, a group, not the kind. What may follow the name and still speak of
        the count: a list or a bracket, the kind's own procedure (入库, 通过认定), a word of
        level, change or standing, a bound (以上), a noun that only says what is counted."""
        text = walk.text
        end = walk.s.clause_end(pos)
        pos += len(_MORE_ADVERBS_RE.match(text, pos, end).group(0))
        if pos >= end or text.startswith(_COUNT_GOES_ON, pos):
            return False
        tok = walk.s.next_token(pos)
        if tok is None or tok.start != pos:
            return False
        # (jieba takes some verbs for place names: 上市/ns)
        return tok.tag == "ns" or not walk.s.is_benign_noun(tok.text, tok.tag)

    @staticmethod
    def _made_into(walk: Walk, q: Quantity, at: int) -> bool:
        """认定甲公司等5家单位为市级众创空间: 为 at `at` names what an act of the issuer's,
        before the figure in its clause, made those counted."""
        if not walk.text.startswith("为", at):
            return False
        act = _MAKES_INTO_BEFORE_RE.search(walk.text, walk.s.clause_start(q.start), q.start)
        return act is not None and not _HIGHER_BODY_RE.search(
            _BOOK_TITLE_RE.sub("", walk.text[: act.start()])
        )

    def _joined(self, walk: Walk, q: Quantity, start: int, served: bool) -> list[Fact]:
        """The figure counts another noun; it joins the indicator only through a joining verb
        (3家企业被认定为高新技术企业), or wins it (8个项目荣获省科学技术奖: a count of awards)."""
        s, text = walk.s, walk.text
        end = s.clause_end(start)
        verbs: tuple[str, ...] = (*grammar.JOIN_VERBS, *grammar.AWARD_VERBS)
        if self._made_into(walk, q, start):
            verbs = ("为", *verbs)
        for verb in verbs:
            v = text.find(verb, start, end)
            if v < 0:
                continue
            joined = s.mentions_in(v + len(verb), end)
            if not joined or served:
                continue
            m = joined[0]
            if TOP_LIST_RE.match(text, m.end):
                continue  # 获评高新技术企业30强: a list of the best, not the kind
            # (the kind's own 库 is the roll its procedure keeps: 加入科技型中小企业库, 进入…
            # 科技型中小企业信息库; 培育库 or 后备库 is a pool of candidates)
            own_roll = _OWN_ROLL_RE.match(text, m.end) is not None
            procedure_after = own_roll or any(
                text.startswith(w, m.end) for w in grammar.PROCEDURE_WORDS
            )
            if verb in grammar.JOINS_BY_PROCEDURE and not procedure_after:
                continue  # 完成高新技术企业培育…: work done, nobody joined
            head = s.head_after(m.end)
            # 培育计划 after the name is a programme (入选…领军企业培育计划), though 计划 alone
            # is a modal word
            programme = head is not None and head.start > m.end and head.text in ("计划", "工程")
            if (
                head is not None
                and head.text not in grammar.ROLL_NOUNS
                and not own_roll
                and (programme or not s.is_benign_noun(head.text, head.tag))
            ):
                continue  # 纳入科技领军企业培育库: joined to the pool, not to the indicator
            award = self.lexicon.indicators[m.indicator_code or ""].category == "awards"
            if (verb in grammar.AWARD_VERBS) != award and verb not in grammar.JOIN_VERBS:
                continue
            if s.competing_noun(v + len(verb), m.start, m.indicator_code) is not None:
                continue
            walk.used.add(m.start)
            cs = s.clause_start(q.start)
            found = self._measure_word(walk, cs, q.start, m.indicator_code)
            if found == "level" and self._joined_now(text, cs, q.start):
                found = None  # 全区共有31家企业被认定为…: as many joined, no stock
            if any(w in text[q.end : v + len(verb)] for w in (*grammar.NEW_WORDS, "首次")) or (
                verb == "为" and "累计" not in text[cs : q.start]
            ):
                # 已有63家企业被新认定为…: the verb says new, whatever before; so does the act
                # that made them (认定…等10家为…), whatever stock the sentence spoke of
                found = "increment"
            ind = self.lexicon.indicators[m.indicator_code or ""]
            firms = ind.category == "enterprises"  # 认定 makes firms new, not a roster
            roll = grammar.ROLL_PROCEDURES if firms else grammar.PROCEDURE_WORDS
            if ind.counted == "yearly" and (verb in roll or procedure_after):
                found = found or "level"  # 80家企业入库: this year's roll of a yearly status
            measure = "level" if award else (found or "increment")
            facts = [f for qual in _one_figures_scopes(self._mention_qualifiers(walk, m))
                     if (f := self._fact(walk, m.indicator_code or "", q, qual,
                                         measure=measure))]  # fmt: skip
            self._hint_year(text, q, m, facts)
            walk.set_anchor(facts, q.end)
            return facts
        return self._won_in_a_frame(walk, q, start, end) if not served else []

    def _won_in_a_frame(self, walk: Walk, q: Quantity, start: int, end: int) -> list[Fact]:
        """在2018年度四川省科学技术奖评审中,全市共有39项成果获奖: things that won (获奖, no
        award named after it) in the award a frame before them names, a count of that award."""
        text, s = walk.text, walk.s
        if not _WON_AFTER_RE.match(text, start):
            return []
        frame = _AWARD_FRAME_RE.search(text, 0, s.clause_start(q.start))
        if frame is None:
            return []
        named = [
            m
            for m in s.mentions_in(frame.start(), frame.end())
            if m.indicator_code and self.lexicon.indicators[m.indicator_code].category == "awards"
        ]
        if not named:
            return []
        m = named[-1]
        code = m.indicator_code or ""
        facts = [
            f
            for qual in self._mention_qualifiers(walk, m)[:1]
            if (f := self._fact(walk, code, q, qual, measure="level"))
        ]
        self._hint_year(text, q, m, facts)
        walk.set_anchor(facts, q.end)
        return facts

    @staticmethod
    def _named_a_total(walk: Walk, start: int, end: int) -> bool:
        """Does the figure's clause name its indicator as a total (高新技术企业总数, …总量)?"""
        return any(
            walk.text.endswith(("总数", "总量"), m.start, m.end)
            or walk.text.startswith(("总数", "总量"), m.end)
            for m in walk.s.mentions_in(start, end)
            if m.indicator_code
        )

    @staticmethod
    def _joined_now(text: str, cs: int, end: int) -> bool:
        """Is the only level word before a joining figure the 有 that introduces it, with no
        word of a stock (累计, 目前, 截至 …) before it in the sentence?"""
        return bool(_THERE_ARE_RE.search(text, cs, end)) and not any(
            w in text[:end] for w in grammar.STOCK_WORDS if w != "共有"
        )

    @staticmethod
    def _hint_year(text: str, q: Quantity, m: Mention, facts: list[Fact]) -> None:
        """The year the counted things carry: 5项2022年度…奖, 5个省级科技进步奖(2022年度)."""
        found = YEAR_RE.search(text, q.end, m.start) or _BRACKETED_YEAR_RE.match(text, m.end)
        for f in facts:
            f.year_hint = int(found.group(1)) if found else None

    def _owned_by(self, walk: Walk, q: Quantity, m: Mention) -> list[Fact]:
        text = walk.text
        if self._with_an_alternative(walk, m):
            walk.used.add(m.start)
            return []  # 众创空间(星创天地)105家: one count for both kinds
        run = self._mention_run(walk, m)
        # (A、B均达到4家: each of them, as 各 says)
        each = bool(EACH_RE.search(text[: q.start]) or _ALL_OF_THEM_RE.search(text, 0, q.start))
        category = _CATEGORY_OF_EACH_RE.fullmatch(text, m.end, q.start) if each else None
        if category:
            run = self._listed_among_others(walk, m)
        if len(run) >= 2 and each:
            # 新增省科技企业孵化器、省众创空间各1家: the figure for each of them (…等省级平台各1个:
            # the category's level, for an item naming none)
            named = category.group("category") if category else ""
            level = next(
                (grammar.QUALIFIER_CANON[w] for w in grammar.QUALIFIER_WORDS if w in named), None
            )
            facts = [
                f
                for x in run
                for qual in self._mention_qualifiers(walk, x)[:1]
                if (f := self._fact(walk, x.indicator_code or "", q, qual or level, subject=x))
            ]
            walk.used.update(x.start for x in run)
            walk.set_anchor(facts, q.end)
            return facts
        # a figure that is not the indicator's spends its mention: no rate or clause after it
        # takes the indicator up (规上工业R&D经费5.52亿元,比上年增长20.8%)
        if len(run) >= 2 and not all(x.start in walk.used for x in run[:-1]):
            walk.used.update(x.start for x in run)
            return []  # 众创空间、孵化器10家: a combined count belongs to neither
        if self._listed_after_noun(walk, run[0]) and not each:
            walk.used.add(m.start)
            return []  # 工程技术研究中心、企业技术中心、重点实验室37家: one count for all
        if self._narrowed(walk, m):
            walk.used.add(m.start)
            walk.parts.add(q.start)  # (and a part of it after 其中 is a part of theirs)
            return []  # 超亿元工业高新技术企业40家: a kind of them, not all of them
        quals = self._mention_qualifiers(walk, m)
        if not each:
            quals = _one_figures_scopes(quals)  # (各10家 is a figure for each scope)
        walk.used.add(m.start)
        facts = [
            f
            for qual in quals
            if (f := self._fact(walk, m.indicator_code or "", q, qual, subject=m))
        ]
        walk.set_anchor(facts, q.end)
        return facts

    @staticmethod
    def _listed_among_others(walk: Walk, m: Mention) -> list[Mention]:
        """The indicators of a list that names other things too (院士工作站、重点实验室、科创
        中心、众创空间等…各1个), ending with m."""
        group = [m]
        for other in reversed(
            [x for x in walk.s.mentions if x.indicator_code and x.end <= m.start]
        ):
            if not _OTHER_ITEMS_RE.fullmatch(walk.text, other.end, group[0].start):
                break
            group.insert(0, other)
        return group

    def _continued(self, walk: Walk, q: Quantity) -> list[Fact]:
        """,总数达1407家 / ,其中国家级8家: the previous figure's indicator goes on."""
        s, text = walk.s, walk.text
        last = walk.anchor[-1]
        if s.competing_noun(walk.anchor_end, q.start, last.indicator_code) is not None:
            walk.anchor = []
            return []
        gap = text[walk.anchor_end : q.start]
        quals = qualifier_before(text, q.start, walk.ctx.own_names)
        tail = s.tokens_between(walk.anchor_end, q.start)[-1:]
        if not quals and tail and restates(tail[0].text, s.own_forms(last.indicator_code)):
            # 其中国家级资金300万元: the scope stands before a word of the indicator's own name
            quals = qualifier_before(text, tail[0].start, walk.ctx.own_names)
        # ,其中国家级8家 and a list item that is only its scope (国家级3家、省级5家) name theirs
        item = gap.strip("、,;和及与 ")
        own_scope = (
            "其中" in gap or len(item) <= _SCOPE_ONLY_CHARS or item in grammar.QUALIFIER_CANON
        )  # (…、自治区级6家: a scope word longer than most)
        qual = quals[0] if quals and own_scope else last.qualifier
        measure = last.measure if "其中" in gap else None
        if "其中" in gap:
            part = gap[gap.rindex("其中") :]
            total = text[s.clause_start(last.start) : last.start]
            after = text[q.end : q.end + _PART_TAIL_CHARS].split(",")[0]
            if any(w in part and w not in total for w in _NEW_NOT_RENEWED):
                measure = "increment"  # 37户通过认定,其中首次通过认定的20户: the new ones
            elif last.measure == "level" and any(w in part for w in grammar.NEW_WORDS):
                measure = "increment"  # 总数达到120家,其中今年新增20家: the new ones among them
            elif "级" not in part + after and q.value <= last.value:
                # 新增20家,其中第一批新增10家,第二批…; 其中市区12家: a batch's, a period's or
                # an area's part of the figure before, counted the same way: no figure of the
                # issuer's (the anchor stays the total, so the items after it are parts too);
                # a scope's level makes it one (其中国家级8家, 其中2家为国家级孵化器)
                return []
        if self._ends_a_range(walk, last, gap):
            measure = last.measure  # 新增…数量从63家,增加至…97家: both ends count alike
        fact = self._fact(walk, last.indicator_code, q, qual, measure=measure)
        walk.set_anchor([fact] if fact else [], q.end)
        return [fact] if fact else []

    def _fact(
        self,
        walk: Walk,
        code: str,
        q: Quantity,
        qualifier: str | None,
        increment: bool = False,
        measure: str | None = None,
        subject: Mention | None = None,
    ) -> Fact | None:
        """The fact of a count or amount, or None when its unit cannot be the indicator's."""
        ind = self.lexicon.indicators[code]
        wanted = {"yuan": "yuan", "count": "count", "per_10k_people": "count"}.get(ind.unit)
        if q.unit != wanted:
            return None  # 82笔 is not an amount of loans; 1.79亿元 is not a count of enterprises
        if q.unit == "count" and ind.classifiers and q.unit_word not in {*ind.classifiers, ""}:
            return None  # 2万余人 is not a count of enterprises (a bare 300 may be)
        if ind.unit == "count" and q.value != int(q.value):
            return None  # 万家企业中高新技术企业15.09家: a density, not a count
        s = walk.s
        if (
            ind.category == "awards"
            and self._graded(walk, q.start)
            and any(
                f.indicator_code == code and not self._graded(walk, f.start) for f in walk.facts
            )
        ):
            return None  # 获省科技奖3项,其中一等奖1项、三等奖2项: after the total, a grade's part
        cs = s.clause_start(q.start)
        relative = ""
        if subject is not None and "的" in walk.text[cs : subject.start]:
            # 通过认定的高新技术企业达到5家: words inside the relative clause do not measure
            relative_end = walk.text.rfind("的", cs, subject.start)
            relative, cs = walk.text[cs:relative_end], relative_end + 1
        head = walk.text[cs : q.start]
        named = subject or self._named_before(walk, code, q)
        if increment or (named is not None and self._counts_new_ones(walk, named)):
            measure = "increment"
        measure = measure or self._measure_word(walk, cs, q.start, code)
        if measure is None and any(w in relative for w in grammar.NEW_WORDS):
            measure = "increment"  # 新认定的高新技术企业有30家: the new ones, counted
        if measure is None and subject is not None and subject.end <= cs:
            measure = self._measure_over_colon(walk, subject, cs, code)
        if measure is None and walk.facts:
            # 新认定国家高新技术企业:≥55家/62家: a row's next cell, counted as the one before
            before = walk.facts[-1]
            if before.unit == q.unit and _NEXT_CELL_RE.fullmatch(walk.text, before.end, q.start):
                measure = before.measure
        if measure is None and walk.text[cs : q.start].lstrip().startswith("其中"):
            # 其中发明专利9件: a part of the figure before, counted the same way
            earlier = [f for f in walk.facts if f.unit != "percent" and f.end <= cs]
            measure = earlier[-1].measure if earlier else None
        if (
            measure is None
            and subject is not None
            and subject.start == subject.end == q.start
            and any(w in subject.gap_text for w in grammar.NEW_WORDS)
        ):
            measure = "increment"  # a field under a heading of new ones (新增众创空间 / 目标值:3家)
        measure = (
            measure
            or self._measure_word(walk, cs, q.start, code)
            # (its own name says a total: …新增…312家,高新技术企业总数由2015年的118家增加到…)
            or ("level" if self._named_a_total(walk, cs, q.start) else None)
            # a ratio (每万人…拥有量) takes no measure from the clause before: 新引进人才200名,
            # 万人发明专利拥有量16件 is no increment of it
            or (self._parallel_measure(walk, q) if ind.unit != "per_10k_people" else None)
        )
        if measure not in ("level", "increment"):
            measure = "level"
        if measure == "increment" and ind.category == "awards" and not _CHANGE_SAID_RE.search(head):
            # 争创省科学技术奖15项, 新获国家奖2项: awards are the year's, every count a level
            # (比上年增加3项 is a change)
            measure = "level"
        if measure == "increment" and _PER_YEAR_RE.search(head):
            return None  # 每年净增10家左右, 年均新增…: an average over years, no year's change
        value = q.value
        if _SINCE_YEARS_AGO_RE.search(head):
            return None  # 比3年前增加215家: a change over those years, no year's
        if self._since_a_figure_long_ago(walk, head, q):
            return None  # 比“十一五”末的126家增加了61家 in 2012: a change over years, no year's
        if _MORE_OF_THE_ACT_RE.search(head):
            # 比上年多认定4家: this year's new ones less last year's, no count of either
            return None
        if DECLINE_RE.search(head):
            measure, value = "increment", -q.value  # 同比减少8件: a change of -8, no level
        # the whole clause: a relative clause's 的 may stand inside the base of a comparison
        # (较邻近的安远县技术合同成交额多…)
        elif more := MORE_THAN_RE.search(walk.text, s.clause_start(q.start), q.start):
            if not EARLIER_TIME_RE.fullmatch(more.group(1)):
                return None  # 比邻县多20家: a lead over something else, no figure of the issuer's
            if more.group(1).startswith("前年") and "去年" not in walk.text[: more.start()]:
                return None  # 今年比前年多20家: a change over two years (去年…比前年: one)
            base = re.match(r"(?:19|20)[0-9]{2}", more.group(1))
            report = walk.ctx.report_year
            if base and before_last_year(int(base.group()), walk.text, q.start, report):
                if more.group(2) in _MORE_OR_FEWER:
                    return None  # 比2017年增41家 in 2020: a change over years, no year's
                # 较2018年净增长23家 in 2020: read by its verb, as a change of the year
            else:
                # 比上年多18家: a change (少: a fall), whatever verb opened the clause
                measure = "increment"
                value = -q.value if more.group(2) in FEWER_WORDS else q.value
        comparator = q.comparator
        if comparator == "eq" and re.search(r"预计|约|近|大约", head):
            comparator = "approx"  # 预计新增…2家、总数达10家: both are estimates
        return Fact(code, measure, comparator, value, ind.unit, qualifier, q.raw_text, q.start,
                    q.end)  # fmt: skip

    @staticmethod
    def _since_a_figure_long_ago(walk: Walk, head: str, q: Quantity) -> bool:
        """Is the figure a change since a base figure of a plan period's end or a year before
        the last one (较“十二五”末的89家增加57家 in 2016 is the year's change)?"""
        since = _CHANGE_SINCE_A_FIGURE_RE.search(head) if "的" in head else None
        if since is None:
            return False
        when = since.group("when")
        period = PERIOD_END_RE.search(when)
        year = YEAR_RE.search(when)
        base = (
            numbered_period(period.group(1))[1] if period else int(year.group(1)) if year else None
        )
        return base is not None and before_last_year(base, walk.text, q.start, walk.ctx.report_year)

    @staticmethod
    def _ends_a_range(walk: Walk, start: Fact, gap: str) -> bool:
        """Is the figure after ``gap`` the end of a from-to whose start is ``start``?"""
        opening = walk.text[walk.s.clause_start(start.start) : start.start]
        return bool(RANGE_START_RE.search(opening)) and bool(
            RANGE_NEXT_RE.match(re.sub(r"^[,\s]+", "", gap))
        )

    @staticmethod
    def _named_before(walk: Walk, code: str, q: Quantity) -> Mention | None:
        """The indicator's last name before the figure, when no other figure stands between
        them (新认定高新技术企业数创历史新高,达到58家)."""
        named = [m for m in walk.s.mentions if m.indicator_code == code and m.end <= q.start]
        if not named or any(named[-1].end <= x.start < q.start for x in walk.s.quantities):
            return None
        return named[-1]

    @staticmethod
    def _counts_new_ones(walk: Walk, m: Mention) -> bool:
        """新增高新技术企业数量从63家增加至97家: the name is of the number of new ones, whatever
        the verbs of its figures say."""
        before = walk.text[max(0, m.start - 3) : m.start]
        # (the number may be a word of the name itself: 高新技术企业数量, 高企数)
        counted = _NUMBER_OF_RE.match(walk.text, m.end) or m.form.text.endswith(("数", "数量"))
        return before.endswith(grammar.NEW_WORDS) and bool(counted)

    def _measure_word(
        self, walk: Walk, start: int, end: int, code: str | None = None
    ) -> str | None:
        """increment (新增47家) or level (总数达189家) for a figure at ``end`` whose clause
        begins at ``start``: the word nearest the figure wins.

        Verbs that make things (建成, 培育, 认定) state a level when the sentence speaks of a
        stock (累计建成…, 目前全市共有…、建成…); the procedures of an indicator renewed every
        year (科技型中小企业入库, 认定) state its level."""
        head = walk.text[start:end]
        # words on jieba's word boundaries only (增加 is no word of 增加值), outside names
        # (建设 in 争取自创区建设资金)
        bounds = walk.s.boundaries(start, end)
        for m in walk.s.mentions:
            bounds -= set(range(m.start + 1, m.end))
            # (国家备案众创空间, 省认定…: the procedure granting a level names the kind, no act)
            kind = _LEVEL_PROCEDURE_RE.search(walk.text, max(0, m.start - 6), m.start)
            if kind is not None:
                bounds.discard(kind.start(1))
        for quoted in _BOOK_TITLE_RE.finditer(head):
            # 《…创建国家创新型城市实施方案》出台: a document's name, no verb of the figure
            bounds -= set(range(start + quoted.start(), start + quoted.end()))
        # the word ending nearest the figure; on a tie the longer (新备案 ⊃ 备案), and a level
        # word over an increment one (增加到 ⊃ 增加)
        best, best_word, best_key = None, "", (-1, 0, False)
        for last, (w, measure) in _MEASURE_WORDS.iter(head) if head else ():
            p = last + 1 - len(w)
            key = (p + len(w), len(w), measure == "level")
            if key > best_key and start + p in bounds and start + p + len(w) in bounds:
                best, best_word, best_key = measure, w, key
        best_pos = best_key[0] - len(best_word)
        clause = walk.text[walk.s.clause_start(start) : end] if "的" in walk.text else ""
        if (
            "的" in clause
            and (_THOSE_MADE_RE.search(clause) or _THOSE_APPROVED_RE.search(clause))
            and not _STOCK_SAID_RE.search(clause)
        ):
            # 通过认定的共有186家, 被认定为高新技术企业的有35家: those made in the act, counted
            return "increment"
        if best is not None and any(
            m.end > start + best_pos and walk.text.endswith(("总数", "总量"), m.start, m.end)
            for m in walk.s.mentions_in(start, end)
        ):
            return "level"  # 新增项目2800家、高新技术企业总数超2000家: the item's name says a total
        if best is not None:
            # a word of an item listed before (新增平台3家、高新技术企业达到228家): this item's
            # own 达到 says level
            own_start = max([start] + [x.end for x in walk.s.quantities if start < x.end <= end])
            own = walk.text[own_start:end]
            if start + best_pos < own_start and any(w in own for w in _ITEM_LEVEL_WORDS):
                return "level"  # (技术合同成交额突破8亿元 after 新增高企30家: its own 突破)
        counted = self.lexicon.indicators.get(code or "")
        if (
            best is None
            and counted
            and counted.unit == "count"
            and (_NEW_VERB_RE.search(head) or _new_then_verb(walk, start, end))
        ):
            return "increment"  # 新批建…144家, 新落地…, 新发展…: a verb of making new ones
        if best is None and any(w in head for w in grammar.WEAK_LEVEL_WORDS):
            return "level"
        ind = self.lexicon.indicators.get(code or "")
        making = best_word not in grammar.NEW_WORDS and any(
            w in best_word for w in grammar.MAKING_WORDS
        )  # 认定, and 通过认定 of 累计通过认定2280家
        if best == "increment" and making and ind is not None and ind.unit == "yuan":
            return "level"  # 认定…加计扣除研发费额7.21亿元: a sum recognised, no new things
        if best == "increment" and making:
            # this item's own words: not those of an item listed before it (新增…973家、累计
            # 通过认定2280家)
            item_start = max(
                [walk.s.clause_start(start)]
                + [x.end for x in walk.s.quantities if x.end <= start + best_pos]
            )
            if any(w in walk.text[item_start : start + best_pos] for w in grammar.NEW_WORDS):
                return best  # 新认定国家备案高企123家: 备案 names the kind, 新认定 says new
            if walk.text.startswith(("数", "总数"), start + best_pos + len(best_word)):
                # 备案数达到9个, 认定数为120家: the count of those made so far, a stock
                return "level"
            if walk.text[item_start : start + best_pos].endswith(("已", "已经")) and not (
                _THIS_YEARS_RE.search(walk.text, walk.s.clause_start(start), start + best_pos)
            ):
                # 已建成研发机构172个: what stands made, the stock (今年已引进…14家: the year's)
                return "level"
            if (
                best_word == "建成"
                and walk.section == "summary"
                and not _YEARS_WORK_RE.search(
                    walk.text, walk.s.clause_start(start), start + best_pos
                )
            ):
                # a look-back's 建成…15个: what stands built; built in the year (全年建成) or
                # to be built (力争建成) is added
                return "level"
            if (
                best_word == "培育"
                and walk.section == "summary"
                and not _YEARS_WORK_RE.search(
                    walk.text, walk.s.clause_start(start), start + best_pos
                )
                and not _YEAR_NAMED_RE.search(walk.text[: start + best_pos])
                and not _total_follows(walk, end)
            ):
                # a look-back's 培育国家高新技术企业86家: those it has brought up, standing
                # now; a year's (2020年,全县培育…; 今年培育…), 新培育… and a goal (力争培育…)
                # are new, and so are those a total follows (培育…18家,累计达到56家)
                return "level"
            if (
                ind is not None
                and ind.counted == "yearly"
                and best_word in grammar.PROCEDURE_WORDS
                and (
                    best_word in grammar.ROLL_PROCEDURES
                    or ind.category != "enterprises"
                    or _COUNT_NOUN_AFTER_RE.match(walk.text, start + best_pos + len(best_word))
                )
            ):
                # 入库120家: the year's roll; 技术合同…登记认定55.6亿元, 认定科技特派员150名: a
                # sum or a roster recognised, no new things; 认定数量达到234家: the number
                # recognised. 认定科技型中小企业40家 says the firms are new.
                return "level"
            segment_start = walk.text.rfind(";", 0, start) + 1
            segment = walk.text[segment_start : start + best_pos]
            stock = _stock_said(segment)
            if stock >= 0 and not _YEAR_NAMED_RE.search(segment, stock):
                # 目前…建成: a stock; 目前,全区2018年通过认定…: that year's, made new
                return "level"
            if best_word not in grammar.PROCEDURE_WORDS and any(
                t.text in grammar.TOTAL_ADVERBS
                for t in walk.s.tokens_between(item_start, start + best_pos)
            ):
                return "level"  # 共建成…平台: all built so far (共认定 counts a year's procedure)
            opening = walk.text[: walk.s.clause_end(0)]
            if (
                TIME_ADVERBIAL_RE.match(opening)
                and _stock_said(opening) >= 0
                and not _YEAR_NAMED_RE.search(
                    walk.text, max(len(opening), walk.s.clause_start(start)), start + best_pos
                )
            ):
                # 截至2022年底,…;建设…135家: the opening dates every clause (目前,全区2018年
                # 通过认定…: a year of its own says what that year made)
                return "level"
        return best

    def _measure_over_colon(
        self, walk: Walk, subject: Mention, cs: int, code: str | None
    ) -> str | None:
        """新认定高新技术企业:目标5家,完成7家: an item headed by its indicator and a colon is
        measured by the words of its head."""
        colon = walk.text.find(":", subject.end, cs)
        between = _NAME_TO_COLON_RE.fullmatch(walk.text, subject.end, colon) if colon >= 0 else None
        if (
            between is None
            and _LABELLED_VALUE_RE.match(walk.text, cs)
            and _LABELLED_VALUES_BETWEEN_RE.fullmatch(walk.text, subject.end, cs)
        ):
            # 新增国家高新技术企业,目标值≥5家,实际完成值8家: each value, under its label, is
            # measured as the item's head says
            return self._measure_word(walk, walk.s.clause_start(subject.start), subject.end, code)
        if between is None:
            return None
        if between.group("new"):
            return "increment"
        return self._measure_word(walk, walk.s.clause_start(subject.start), subject.end, code)

    def _parallel_measure(self, walk: Walk, q: Quantity) -> str | None:
        """新增国家级孵化器2家,国家级众创空间3家: a clause that is only an indicator and its
        figure repeats the measure word of the clause before, when that clause was the same
        shape (verb, indicator, figure) and its figure a fact."""
        s = walk.s
        cs = s.clause_start(q.start)
        named = s.mentions_in(cs, q.start)
        if not named and not walk.text[cs : q.start].strip() and cs > 0:
            # 新认定9家高新技术企业,16家科技型中小企业: the figure opens its clause, as the
            # figure of the clause before did after its verb
            prev_start = s.clause_start(cs - 1)
            before = [x for x in s.quantities if prev_start <= x.start < cs]
            if before and any(
                t.tag.startswith("v") for t in s.tokens_between(prev_start, before[0].start)
            ):
                return self._measure_word(walk, prev_start, before[0].start)
            return None
        if not named or any(t.tag.startswith("v") for t in s.tokens_between(cs, q.start)):
            return None  # a clause with a verb of its own is no ellipsis
        if _opens_on_a_verb(named[0].form.text):
            return None  # 申请专利900件, 授权专利330件: a name that is an act says its own
        if walk.text[cs : named[0].start].strip(" 、") and not qualifier_before(
            walk.text, named[0].start
        ):
            return None  # words of its own before the indicator
        # the clause before: a verb, a noun and its figure at the end (建成A研究院1家,)
        prev_start = s.clause_start(cs - 1) if cs > 0 else 0
        figures = [x for x in s.quantities if prev_start <= x.start and x.end <= cs]
        if not figures or walk.text[figures[-1].end : cs].strip(" ,、") not in ("", "以上"):
            return None
        if figures[-1].unit != q.unit:
            return None  # 新增高企23家,技术合同成交额4.1亿元: a count's verb, not an amount's
        if not any(t.tag.startswith("v") for t in s.tokens_between(prev_start, figures[-1].start)):
            prev_facts = [f for f in walk.facts if f.unit != "percent" and f.end <= cs]
            if prev_facts and prev_facts[-1].start == figures[-1].start:
                return prev_facts[-1].measure  # a list of such clauses goes on
            return None
        # the verb must head that clause to govern the list (新增A 1家,B 2家), not name a
        # thing of its own (备案创业投资机构达350家)
        # (the issuer named as its subject first: 2023年望城经开区新增A 17家,B 16家)
        own = [
            (at, at + len(n))
            for n in walk.ctx.own_names
            for at in occurrences(walk.text, n, figures[-1].start)
        ]
        verbs = [
            t
            for t in s.tokens_between(prev_start, figures[-1].start)
            if t.tag not in ("x", "d", "t", "m", "a")
            and not grammar.SELF_SCOPE_RE.match(t.text)
            and not any(a <= t.start and t.end <= b for a, b in own)
        ]
        if not verbs or not verbs[0].tag.startswith("v"):
            return None
        return self._measure_word(walk, prev_start, figures[-1].start)
