"""Growth rates, shares and ranks: they belong to the figure or the mention nearest before
them; k of them after k figures (分别增长…, 均居…) pair in order."""

from __future__ import annotations

import itertools
import re

from ingest.document.year_phrases import numbered_period
from ingest.extraction import grammar
from ingest.extraction.dating import (
    BASE_YEAR_RE,
    before_last_year,
    governing_year,
    has_target_word,
)
from ingest.extraction.lexicon import Mention
from ingest.extraction.numbers import Quantity, Rank, parse_chinese_integer
from ingest.extraction.subjects import opens_on_change
from ingest.extraction.walk import (
    COUNTS_ITEMS_RE,
    DECLINE_RE,
    GROWTH_AFTER_RE,
    GROWTH_NOUN_RE,
    GROWTH_TAIL_RE,
    LIST_ITEM_RE,
    RANGE_START_RE,
    RANK_AREA_RE,
    SHARE_GROWS_RE,
    TO_LEVEL_RE,
    Fact,
    Owner,
    Rules,
    Walk,
    is_completion_rate,
    recent_span_listed,
    signed_change,
    years_listed_before,
)

# a rate said as what is paid at: 按(照)…的20%, 按成交额的2%
_AT_A_RATE_RE = re.compile(r"按(?:照)?[^,;。]{0,24}的$")
# a period of several years a plan's average rate runs over (十四五, 规划期, 后半程, 今后五年)
_PERIOD_NAMED_RE = re.compile(
    r"十[一二三四五六]五|规划期|时期|后半程|[今未]后[三四五两]年|[三四五两]年内"
)
# a horizon year a goal is set for (到2018年)
_HORIZON_YEAR_RE = re.compile(r"到((?:19|20)[0-9]{2})年")
# nothing but the comma between a figure and what follows it (or a word for what the figure
# is: …净增22家,总数在黄石市各县市区中排名第一)
_JUST_AFTER_RE = re.compile(
    r"[,,]\s*(?:总数|总量|数量|规模|(?:该|这一|此)(?:比重|比例|指标|数量|数据))?"
)
# a standing among a whole area's units (在全省县(市)中): a second one is the figure's as well
_WHOLE_AREAS_UNITS_RE = re.compile(r"在全(?:省|国|区)[^,;。在]{1,10}[中里]")
# the firms of an area as the peers of a standing (全州企业首位, 全省民营企业第3位)
_FIRMS_AS_PEERS_RE = re.compile(
    r"(?:全[省国市州区县盟]|[省市州区]内)(?:民营|工业|规上|上市|同类|同行业)?(?:企业|高校)(?:中)?$"
)
# a value's label, a year before it or not (2025年目标值, 基期值, 实际完成值:): a sheet's row
_LABELLED_VALUE_RE = re.compile(
    rf"\s*(?:(?:19|20)[0-9]{{2}}\s*年(?:底|末)?)?\s*{grammar.VALUE_LABEL}"
    r"\s*[:为]?\s*(?:[≥≤>＞<]|不低于|不少于)?\s*$"
)
# the group of peers a standing is among, right before the rank verb (在全省11个设区市中, 在黄石市
# 各县市区中: the parent's parts, not peers it names)
_PEER_GROUP_BEFORE_RE = re.compile(
    # (无锡市辖各市(县)区中; the parent named short, 潍坊12个县市区里)
    r"在?(?:[\u4e00-\u9fff]{2,6}?(?:市|州|盟|地区)?(?:所|下)?辖?)?"
    # (全省16市中: the whole area's count needs no 个; 关中五市 names its peers)
    r"(?:(?:全(?:省|区|市|国)[0-9一二三四五六七八九十]+个?|(?:全(?:省|区|市|国))?(?:[0-9一二三四五六七八九十]+个|各))"
    r"[\u4e00-\u9fff()、]{1,8}"
    # (or the whole area's places of a kind, uncounted: 全区县域中, 全省县(市)中, 全省同类城市中)
    r"|全(?:省|区|市|国)[\u4e00-\u9fff、]{0,6}?(?:县域|县|市|区|州|盟|旗|城市|地区)"
    r"(?:\([市区县、]{1,6}\))?"
    # (or counted by kind without 个: 佛山五区中, 湖州市三县两区中)
    r"|(?:[一二三四五六七八九十两]{1,3}(?:县|区|市|旗)(?:\([市区县、]{1,6}\))?){1,3})[中里]"
    r"(?:[由从]第?[0-9一二三四五六七八九十]+位?)?$"  # (…中由第7位前移至第5位: where it moved)
)
_PARENT_NAME_MAX = 6
# a counted group of peers right before the standing's verb (在全省17个市州中居, 在4个比较城市
# 中,我市…居): what names the area, the count, and what the units are
_COUNTED_PEERS_RE = re.compile(
    r"在(?P<area>[^,;。在]{0,16}?)(?P<count>[0-9]+|[一二三四五六七八九十]{1,3})个?"
    r"(?P<units>[^,;。0-9]{1,10}?)[中里]"
)
_WHOLE_AREA_RE = re.compile(r"全(?:省|区|市|国|州|盟)")
# units of an area and nothing else (市州, 县(市、区), 省辖市, 区县, 盟市, 城市)
# (counted by kind too: 三县两区)
_UNITS_OF_AN_AREA_RE = re.compile(
    r"[市县区州盟旗地城乡镇街道省辖设直管()()、一二三四五六七八九十两]+"
)
# a clause saying a goal was met (超额完成年度目标, 全面完成全年任务)
_GOAL_MET_RE = re.compile(r"(?:超额|全面|提前)?(?:完成|实现)[^,;。]{0,6}?(?:目标|任务)(?:任务)?")
# …and a clause that measures the figure against a yardstick (低于无锡市平均水平(3.32%)0.43个
# 百分点, 与江阴市(3.05%)相比低…, 高于德阳全市(2.58%)和全省(1.72%)平均水平, 约为全市平均水平
# (132件)的2.9倍)
_AGAINST_A_YARDSTICK_RE = re.compile(
    r"(?:高于|低于|超过|超出|快于|慢于|与|较|比|为|是)[^,;。]{0,30}?"
    r"(?:平均水平|平均值|均值|平均|相比|差距)"
    r"[^,;。]*"
    # (or by the points between, or the yardstick's value in brackets: 高于全省(2.43%)0.59个百分点)
    r"|(?:高于|低于|超过|超出|快于|慢于)[^,;。]{0,30}?(?:个百分点|[((][^()()]{1,12}[))])[^,;。]*"
)
# an item of a list ends between a name and the share word after it (研发经费、投入强度)
_LIST_MARKS = "、和及与"
# k items just given, then 均/都: 两项指标均位居…
_ITEMS_COUNTED_RE = re.compile(r"([两二三四五])项(?:主要)?(?:指标|数据)?[均都]")
# the goal a percentage says how far was met: 为年度目标任务的136%, 完成计划的112%
_OF_THE_GOAL_BEFORE_RE = re.compile(r"(?:目标|任务|计划)的\s*$")
# a sentence opening on a goal or a result of growth: 目标增长12%, 实际增长14.5%
_GOAL_OF_CHANGE_OPENING_RE = re.compile(
    r"(?:年度)?(?:目标|计划|预期|实际)(?:任务)?(?:为)?(?:增长|增幅|提高|提升|增加)"
)
# A change from one year's figure to a later year's: a growth after it spans those years.
PERIOD_CHANGE_RE = re.compile(
    r"(?:从|由)(?:19|20)[0-9]{2}年[^;。]{0,24}?(?:增长|跃升|提高|提升|增加|上升|发展|扩大)(?:到|至)了?"
    r"(?:19|20)[0-9]{2}年"
)
# the rest of a rate's clause, up to the comma before the next one
_REST_OF_CLAUSE_RE = re.compile(r"[^,;。]*,")


# a rate said of each of the names listed before it: 均增长, 各增长, 都
_EACH_OF_THEM_RE = re.compile(r"均|各|都")
# a level and its growth ranked together (总量和增速均居…, 强度与增幅都列…, 增速、总量双双…)
_LEVEL_NOUN = r"(?:总量|总数|数量|规模|强度|比重|占比|总额)"
_GROWTH_NOUN = r"(?:增速|增幅)"
_LEVEL_WITH_ITS_GROWTH_RE = re.compile(
    rf"(?:{_LEVEL_NOUN}[和与及、]{_GROWTH_NOUN}|{_GROWTH_NOUN}[和与及、]{_LEVEL_NOUN})"
    r"(?:均|都|双双|同时)"
)
# an aside in brackets right after a figure, then its change: 436家(兰州365家、白银71家),比上年
# 增长17.52% / 436家(其中国家级365家),同比增长…: the change is the figure's, not the aside's
_CHANGE_REACH = 16
_CHANGE_AFTER_ASIDE_RE = re.compile(
    r"[))][,,]?\s*(?:同比|比上年|较上年|比去年|较去年|[比较](?:19|20)[0-9]{2}年)?"
    r"(?:增长|增加|提高|下降|减少)了?$"
)
# what may stand between two listed names: other items, with no figure nor clause break
_LIST_GAP_RE = re.compile(r"[、和及与](?:[^0-9,;。:、]{1,16}[、和及与])*")
# a change against a plan period's start or end: 较“十三五”初期, 比“十二五”末, 从“十三五”末的…
_BASE_PERIOD_RE = re.compile(
    r"(?:比|较|与|从|由)[“\"]?十(?P<n>[一二三四五])?五[”\"]?(?:规划)?(?:时期|期)?"
    r"(?:(?P<start>初期|期初|初)|(?P<end>末期|期末|末))"
)
# a span of years named before a growth: 近5年, 五年来, 三年间, "十三五"期间, 2019年以来, and a
# count of years right before the change (5年增长3倍多; never a year: 2019年增长 has four digits)
SPAN_RE = re.compile(
    r"(?:近|过去)[0-9一二三四五六七八九十两]+年|[0-9一二三四五六七八九十两]+年(?:来|间)"
    r"|十[一二三四五]五”?(?:期间|以来)|(?:19|20)[0-9]{2}年以来"
    # 五年前…;五年后的今天,…增长786%: then and now, years apart
    r"|(?<![0-9])(?:[0-9]{1,2}|[一二三四五六七八九十两]+)年(?:前|后)"
    r"|(?<![0-9])(?:[2-9]|1[0-9]|[两二三四五六七八九]|十[一二三四五六七八九]?)年"
    r"(?=(?:累计|共|总共)?(?:增长|增加|提高|提升|翻))"
)

# the next item of a list of rates, perhaps with its own verb (…3.2%和下降7.9%)
_NEXT_LISTED_RATE_RE = re.compile(
    r"\s*(?:、|和|及|与|,)\s*(?:同比)?(?:增长|增加|提高|提升|上升|下降|减少|降低|回落|下滑)?\s*"
)
# after a standing: it moved on from there (第22位上升到第19位, 第5位前移至第3位; or down,
# 第3位下降至第4位)
_RANK_MOVES = (
    r"(?:位次)?(?:上升|提升|跃升|前移|提高|进位|升|下降|下滑|回落|后移|后退|降)(?:到|至|为)"
)
_GROWS_RE = re.compile(r"增长|增幅|增速")
_SHARE_OF_A_WHOLE_RE = re.compile(r"占[^,;]{1,12}的?$")
# a change said of one year, against the one before (比上年增长), not of a whole period
_A_YEARS_CHANGE_RE = re.compile(r"同比|比上年|较上年|比去年|较去年|上年同期")
_RANK_RANGE_NEXT_RE = re.compile(rf"(?:的)?{_RANK_MOVES}")
# …and where it moved to: a standing of its own (上升到第19位)
_RANK_MOVED_TO_RE = re.compile(rf"{_RANK_MOVES}$")


# the issuer's own number opening a clause: 我区总量…, 我市数量…
# (…,我市新认定数量居各县市区第四位: the number of the act the clause before counted)
_OWN_NUMBER_RE = re.compile(
    r"(?:我|本)[市区县旗](?:的)?(?:"
    + "|".join(sorted(grammar.INCREMENT_WORDS, key=len, reverse=True))
    + r")?(?:数量|总量|总数)"
)
# A clause whose subject is "the number" (数量位列…, 总量居…): the count just given
_ITS_NUMBER_RE = re.compile(r"(?:其|该|这一)?(?:数量|总量|总数)(?:均)?(?:位|居|排|列)")

_LIST_OF_THINGS = 3  # figures in a list that a standing after it ranks as a whole
# A list of things closed by their number: A、B和C3项指标(均)…, A、B两项指标都…
_COUNTED_LIST_RE = re.compile(
    r"[、和及与][^,;。]{0,16}?(?:[0-9]+|[两二三四五六七八九十])项(?:主要)?(?:指标|工作)?(?:均|都)?"
    r"[位排稳]?$"  # the first character of 位居, 排名, 稳居
)


# between a percentage and the indicator it is a part of: 40%的, 50%以上的
_PART_OF_AFTER_RE = re.compile(r"(?:以上|左右)?的")
_PART_LISTED_BEFORE_RE = re.compile(r"(?:、|以及|贡献|占据|占有)(?:超过|约|近|达)?$")


def _whole_of(head: str, markers: str = "占", text: str | None = None) -> str | None:
    """What a share is taken of: the words after the clause's last 占 (or other marker), None
    when there is none. A bare 占 right before the figure takes its share of the whole the
    sentence ``text`` opened on (在规上工业增加值中,…高新技术产业增加值占68.5%)."""
    at = max(head.rfind(m) for m in markers)
    if at < 0:
        return None
    whole = head[at + 1 :]
    if not whole.strip() and text is not None:
        opened = _WHOLE_OPENED_RE.match(text)
        return opened.group(1) if opened else whole
    return whole


# a whole a sentence opens on, its parts' shares listed after it (在规上工业增加值中,…)
_WHOLE_OPENED_RE = re.compile(r"\s*(?:在)?([^,;。:]{2,20})中[,:]")
# the share an amount just given makes of the economy, named by its head: 投入强度, 占比
_ITS_SHARE_RE = re.compile(r"强度|占比|比重")
# 均 of 均居, 均位列: all of the figures before; not of 平均 (高于全省平均水平(0.83%),位居…)
_ALL_OF_THEM_RE = re.compile(r"(?<!平)均")


# what a label's value may open on: its goal or its result (…增长:目标12%, …:预计完成14%)
_GOAL_OR_RESULT_RE = re.compile(
    r"\s*(?:(?:年度|全年)?目标(?:值|为)?|(?:预计)?完成(?:值)?|实际(?:完成)?|预计)"
)


class RateRules(Rules):
    @staticmethod
    def _growth_named_since(walk: Walk, code: str, q: Quantity) -> bool:
        """Does a growth noun stand between the figure and the name of ``code`` before it,
        with no other figure between (研发投入增速较快,达到24.5%) but growths of it (研发投入增速
        连续三年保持在15%以上,2021年达17.6%)?"""
        named = [m for m in walk.s.mentions if m.indicator_code == code and m.end <= q.start]
        if not named:
            return False
        start = named[-1].end
        its_growths = {
            f.start for f in walk.facts if f.indicator_code == code and f.measure == "growth_pct"
        }
        if any(
            start <= x.start < q.start and x.start not in its_growths
            for x in [*walk.s.quantities, *walk.s.ranks]
        ):
            return False
        return bool(GROWTH_NOUN_RE.search(walk.text, start, q.start))

    @staticmethod
    def _listed_after_a_foreign_rate(walk: Walk, q: Quantity) -> bool:
        """Is the rate the next of a list whose rate before was another place's (成都、德阳…
        分别增长3.2%和下降7.9%: each place's, whatever verb the item repeats)?"""
        before = [x for x in walk.s.quantities if x.end <= q.start]
        if not before or before[-1].start not in walk.foreign:
            return False
        return _NEXT_LISTED_RATE_RE.fullmatch(walk.text, before[-1].end, q.start) is not None

    @staticmethod
    def _one_years_plan(walk: Walk, head: str) -> bool:
        """Does the text plan one year only: no plan over several years, no horizon after its
        plan year in the sentence, no period named (十四五, 规划期, 后半程)?"""
        report, plan = walk.ctx.report_year, walk.ctx.plan_year
        if report is not None and plan is not None and plan - report > 1:
            return False
        if _PERIOD_NAMED_RE.search(walk.text):
            return False
        horizons = [int(y) for y in _HORIZON_YEAR_RE.findall(head)]
        return not (plan is not None and any(y > plan for y in horizons))

    def _rates(self, walk: Walk, run: list[Quantity]) -> list[Fact]:
        """Growth rates (比增14.2%) and shares (占GDP比重1.69%) of the figures before them."""
        # 实现翻番, 较去年翻一番: a doubling names no rate an analyst would file as the year's
        # growth (its base is often years back); it stays an unmapped figure
        run = [
            q
            for q in run
            if q.unit_word != "翻番"
            and not self._not_the_issuers(walk, q)
            and not self._listed_after_a_foreign_rate(walk, q)
            and not self._a_part_of_what_follows(walk, q)
            # 按其上年度研发投入的20%给予…补助: the rate a policy pays at, no share of it
            and not (
                _AT_A_RATE_RE.search(walk.text, walk.s.clause_start(q.start), q.start)
                and grammar.REWARD_AFTER_RE.search(walk.text, q.end, walk.s.clause_end(q.end))
            )
        ]
        if not run:
            return []
        s, text = walk.s, walk.text
        q0 = run[0]
        cs = s.clause_start(q0.start)
        prior = [e.end for e in [*s.quantities, *s.ranks] if cs <= e.end <= q0.start]
        tail = text[max([cs, *prior]) : q0.start]  # the words since the last figure
        head = text[cs : q0.start]
        share = bool(grammar.SHARE_FRAME_RE.search(head))
        grows = bool(GROWTH_TAIL_RE.search(tail)) and not TO_LEVEL_RE.search(tail)
        if not grows and text[cs - 1 : cs] == ":" and _GOAL_OR_RESULT_RE.fullmatch(tail):
            # 研发经费支出增长:目标12%,预计完成14%: the label names the growth its goal is of
            grows = bool(GROWTH_TAIL_RE.search(text, 0, cs - 1))
        grows = grows or bool(GROWTH_AFTER_RE.match(text[run[-1].end :]))
        signed = signed_change(text, max([cs, *prior]), q0.start)  # (↑11.8%, 同比-3.1%)
        grows = grows or signed is not None
        facts = []
        owners = self._rate_owners(walk, run)
        # one rate said of each of several figures (…,均增长10%以上): the same rate each
        paired = [(o, run[0]) for o in owners] if len(run) == 1 else zip(owners, run, strict=False)
        for (code, qual), q in paired:
            if not code:
                continue  # its figure was no fact
            ind = self.lexicon.indicators[code]
            if share and ind.unit != "percent":
                # 研发投入占GDP比重: the share of the economy is its own indicator
                target = self.lexicon.share_target.get(code)
                # R&D强度 and a bare 占比 (no 占X) speak of the economy
                # (of the whole after 占 when the clause names one: 规上工业企业…占全市的98%)
                whole = _whole_of(head, text=text)
                economy = grammar.ECONOMY_RE.search(head if whole is None else whole) or re.search(
                    r"强度|(?<!占)占比", head
                )
                if target is None or not economy:
                    continue  # a share of the province's count: not the issuer's measure
                code, ind = target, self.lexicon.indicators[target]
            elif (
                share
                and code in self.lexicon.share_target.values()
                and self._of_another_whole(head)
            ):
                # …占GDP比重15.5%,占全市投入比重约30%: a share of another whole than the economy
                # goes on from an intensity, but is none
                continue
            if share and (
                SHARE_GROWS_RE.search(tail)
                or (grows and prior and not grammar.SHARE_FRAME_RE.search(tail))
            ):
                # 占GDP比重增长20%, 所占比重29.5%增长了12.4%: the share grows
                measure = "growth_pct"
            elif share or (ind.unit == "percent" and not grows):
                measure = "share_pct"
            elif grows or GROWTH_NOUN_RE.search(head) or self._growth_named_since(walk, code, q):
                # 增幅保持20%以上: the rate a growth noun names (also in a clause between the
                # name and the figure: R&D经费支出增速较快,达到24.5%)
                measure = "growth_pct"
            elif code in self.lexicon.share_target:
                # 研发经费投入达到1.75%: a percentage of an amount can only be its share; but
                # 企业研发投入占全社会研发投入总量88%: a share of something other than the economy
                base = _whole_of(head, text=text)  # what it is a share of
                if base is not None and not grammar.ECONOMY_RE.search(base):
                    continue
                code, measure = self.lexicon.share_target[code], "share_pct"
            else:
                continue
            if code in self.lexicon.share_target.values() and self._of_revenue(head):
                continue  # 规上企业研发投入占主营收入0.35%: a share of revenue, not of output
            value = q.value
            if q.unit == "times":
                if measure != "growth_pct":
                    continue  # 是2012年的5倍: a ratio to a base year, not a rate
                value = q.value * 100  # 增长2.7倍: +270%
            if measure == "growth_pct" and self._over_several_years(walk, q0.start):
                continue  # 从2020年的267家跃升至2025年的1000家,增幅270%: over years, not a year's
            if (
                measure == "growth_pct"
                and grammar.YEARLY_AVERAGE_RE.search(head)
                and not (
                    (walk.section == "plan" or has_target_word(text[: q0.start]))
                    and self._one_years_plan(walk, text[: q0.start])
                )
            ):
                # 年均增长12%, 年平均增长率17.6% looking back, or a plan's over its years (到2018年
                # …年均增长20%, 十四五…): an average over years, no year's (力争2017年…年均增长15%
                # in a year's plan sets that year's goal)
                continue
            if measure == "growth_pct" and ind.unit == "percent" and not share:
                continue  # 强度较上年提高0.27%: a change in points, not a growth rate
            if measure == "growth_pct" and (
                signed == "down" or DECLINE_RE.search(self._direction_words(text, q, tail))
            ):
                value = -value
            facts.append(Fact(code, measure, q.comparator, value, "percent", qual, q.raw_text,
                              q.start, q.end))  # fmt: skip
        if len(facts) == len(run) > 1 and len({f.indicator_code for f in facts}) == 1:
            years = years_listed_before(text, q0.start)
            if len(years) == len(run):
                for f, year in zip(facts, years, strict=True):
                    f.year_hint, f.year_listed = year, True
        if facts:
            shares = share and all(f.measure == "share_pct" for f in facts)
            if walk.anchor and (shares or self._renamed(walk, facts, q0.start)):
                # 强度为1.29%,较上年提高…; 占GDP比重达1.91%,同比增长19.38%: the share goes on,
                # not the amount
                walk.anchor = facts
            walk.anchor_end, walk.latest = run[-1].end, facts
        return facts

    @staticmethod
    def _direction_words(text: str, q: Quantity, tail: str) -> str:
        """The words that give a listed rate its direction: its own, when it has a change word
        between it and the figure before (分别下降6.2%和增长3.5%), else the run's."""
        gap = text[max(0, q.start - 6) : q.start]
        cut = max(gap.rfind("、"), gap.rfind("和"), gap.rfind(","))
        own = gap[cut + 1 :] if cut >= 0 else ""
        return own if own and GROWTH_TAIL_RE.search(own) else tail

    def _rate_owners(self, walk: Walk, run: list[Quantity]) -> list[Owner]:
        """Who k rates belong to: the k figures before them, the k mentions before them, or
        one owner for a single rate."""
        s = walk.s
        q0 = run[0]
        text = walk.text
        cs = s.clause_start(q0.start)
        if (
            len(run) > 1
            and "分别" in text[cs : q0.start]
            and recent_span_listed(text, q0.start) == len(run)
        ):
            # 连续三年保持两位数增长(分别增长12.3%、15.6%、18.2%): one indicator's rate a year
            one = self._rate_owners(walk, run[:1])
            if not (len(one) == 1 and one[0][0]) and walk.latest:
                one = [(walk.latest[-1].indicator_code, walk.latest[-1].qualifier)]
            if len(one) == 1 and one[0][0]:
                return one * len(run)
        if "分别" in text[cs : q0.start] and len(run) > 1:
            # 分别增长44%、2.7倍 after the figures listed before: they pair with the last k; a
            # figure that is no fact (专精特新企业37家) keeps its place in the list
            since = text.rfind(";", 0, q0.start) + 1
            amounts = [
                x for x in s.quantities if x.unit in ("yuan", "count") and since <= x.start < cs
            ]
            by_start = {f.start: f for f in walk.facts if f.unit != "percent"}
            last_amount = amounts[-1].end if amounts else q0.start
            if (
                len(amounts) >= len(run)
                and s.competing_noun(last_amount, q0.start) is None
                # …专利申请量和授权量分别增长…: the names listed again before the rates own them
                and len(s.mentions_in(last_amount, q0.start)) != len(run)
            ):
                paired = [by_start.get(x.start) for x in amounts[-len(run) :]]
                if any(paired):
                    return [(f.indicator_code, f.qualifier) if f else ("", None) for f in paired]
            # 高新技术企业数量、科技型企业数量分别增长23.3%、41.6%: a list of as many items as
            # rates, some of them no indicator
            listed = self._listed_items(walk, run)
            if listed:
                return [
                    (m.indicator_code or "", self._mention_qualifiers(walk, m)[0])
                    if m
                    else ("", None)
                    for m in listed
                ]
        aside = self._figure_before_an_aside(walk, q0.start) if len(run) == 1 else None
        if aside is not None:
            return [(aside.indicator_code, aside.qualifier)]
        mention, blocker = self._subject(walk, q0.start)
        if self._anchored(walk, q0.start, mention):
            last = walk.anchor[-1].indicator_code
            facts = walk.anchor
            if s.competing_noun(walk.anchor_end, q0.start, last) is not None:
                return []
            if walk.anchor[-1].start in walk.period_ends and not _A_YEARS_CHANGE_RE.search(
                text, walk.anchor_end, q0.start
            ):
                return []  # 2018年至2021年,…由1323家增长到4130家,增长2.1倍: the period's growth
            own_share = grammar.SHARE_FRAME_RE.search(text, cs, q0.start)
            if not own_share and self._after_a_figure_of_another(
                walk, walk.anchor_end, q0.start, rates=True
            ):
                return []
            if len(run) > 1 and len(facts) != len(run):
                # 申请5871件、授权1509件,同比增长49.09%和48.67%: the last k amounts
                amounts = [f for f in walk.facts if f.unit != "percent"][-len(run) :]
                if len({f.indicator_code for f in amounts}) == len(run):
                    facts = amounts
            if len(run) > 1 and len(facts) != len(run):
                # A、B、C分别达到41家、17家、14家,同比增长52%、31%和15.4%: as many rates as the
                # figures listed, one of them no fact (B names no indicator), pair in place
                listed = [x for x in s.quantities if x.unit in ("yuan", "count")
                          and facts[0].start <= x.start and x.end <= walk.anchor_end]  # fmt: skip
                by_start = {f.start: f for f in facts}
                if len(listed) == len(run):
                    paired = [by_start.get(x.start) for x in listed]
                    return [(f.indicator_code, f.qualifier) if f else ("", None) for f in paired]
            if len(run) == 1 and _EACH_OF_THEM_RE.match(text, cs):
                # 专利申请1108件,授权673件,均增长10%以上: the rate of each figure since ;
                since = text.rfind(";", 0, q0.start) + 1
                each = [f for f in walk.facts if f.unit != "percent" and f.start >= since
                        and f.measure != "rank"]  # fmt: skip
                if len(each) > 1 and len({f.indicator_code for f in each}) == len(each):
                    return [(f.indicator_code, f.qualifier) for f in each]
            if len(facts) == len(run) or len(run) == 1:
                return [(f.indicator_code, f.qualifier) for f in facts[-len(run) :]]
            return []
        if mention is not None and self._after_a_figure_of_another(walk, mention.end, q0.start):
            return []
        if mention is not None and blocker is None and not self._spent(walk, mention, q0):
            group = self._mention_run(walk, mention)
            if (
                len(run) == 1
                and len(group) > 1
                and not _EACH_OF_THEM_RE.search(text, mention.end, q0.start)
            ):
                return []  # 高新技术企业和科技型中小企业数量同比增长20%: their sum's rate
            if len(run) == 1 and len(group) > 1:
                # 专利申请量、授权量均增长15%以上 (均, 各 or 都: see above): each name's rate
                return [(m.indicator_code or "", self._mention_qualifiers(walk, m)[0])
                        for m in group]  # fmt: skip
            group = group if len(run) > 1 else [mention]
            if len(group) == len(run):
                return [(m.indicator_code or "", self._mention_qualifiers(walk, m)[0])
                        for m in group]  # fmt: skip
            if len(group) == 1 and len(years_listed_before(text, q0.start)) == len(run):
                # 2020年、2021年A分别为1.8%、2.1%: one indicator, a rate for each year listed
                owner = (mention.indicator_code or "", self._mention_qualifiers(walk, mention)[0])
                return [owner] * len(run)
            return []
        if mention is None and blocker is None and len(run) == 1:
            topic = self._topic(walk, q0)
            if topic is None and (
                opens_on_change(text)
                or _GOAL_OF_CHANGE_OPENING_RE.match(text)
                or self._carries_a_share(walk)
            ):
                # 。比上年增长300%: the last figure's; 研发投入强度。目标2.0%,…: a share's
                # name heading an item, its value in the sentence after (or its goal of
                # growth: …投入。目标增长12%)
                topic = self._carried_topic(walk, q0)
            if topic is not None and not self._after_a_figure_of_another(walk, topic.end, q0.start):
                return [(topic.indicator_code or "", self._mention_qualifiers(walk, topic)[0])]
            last = walk.latest[-1] if walk.latest else None
            if (
                last is not None
                and last.measure == "share_pct"
                and _LABELLED_VALUE_RE.fullmatch(text, cs, q0.start)
                and _LABELLED_VALUE_RE.search(text, s.clause_start(last.start), last.start)
                and not self._named_since(walk, last.end, q0.start)
                # (the next value of the same row: no other figure, no other item between)
                and ";" not in text[last.end : q0.start]
                and not any(last.end <= x.start < q0.start for x in s.quantities)
            ):
                # 研发投入强度:2020年基期值2.31%,2025年目标值3.0%: the share's values, each
                # under its label
                return [(last.indicator_code, last.qualifier)]
        return []

    def _carries_a_share(self, walk: Walk) -> bool:
        """Does the sentence go on with an indicator that is itself a percentage?"""
        code = walk.carried.indicator_code if walk.carried is not None else None
        return code is not None and self.lexicon.indicators[code].unit == "percent"

    @staticmethod
    def _a_part_of_what_follows(walk: Walk, q: Quantity) -> bool:
        """贡献超过40%的研发经费投入、50%以上的发明专利: a percentage of the indicator named
        right after it, the part someone holds; no rate of the issuer's."""
        text = walk.text
        after = _PART_OF_AFTER_RE.match(text, q.end)
        if after is None:
            return False
        if any(m.start == after.end() and m.indicator_code for m in walk.s.mentions):
            return True
        # …and the items listed after such a part (、50%以上的发明专利, 以及70%以上的…)
        first = next(
            (
                x
                for x in walk.s.quantities
                if x.unit == "percent" and x.end <= q.start and _PART_OF_AFTER_RE.match(text, x.end)
            ),
            None,
        )
        return (
            first is not None
            and "分别" not in text[max(0, first.start - 6) : q.start]
            and bool(_PART_LISTED_BEFORE_RE.search(text, max(0, q.start - 8), q.start))
            and not GROWTH_AFTER_RE.match(text, q.end)
        )

    @staticmethod
    def _over_several_years(walk: Walk, pos: int) -> bool:
        """A growth since a year before last (较2021年增长2.7倍 in 2024, 近5年增长4倍, 从2020年的…
        跃升至2025年的…): it spans several years, it is no year's growth rate."""
        text = walk.text
        since = text.rfind(";", 0, pos) + 1
        segment = text[since:pos]
        own = text[walk.s.clause_start(pos) : pos]
        if _A_YEARS_CHANGE_RE.search(own) and not PERIOD_CHANGE_RE.search(own):
            # …由2018年的777件增加到2022年的1939件,2022年发明专利授权89件,同比增长161.76%: a
            # change on the year before is one year's, whatever span an earlier clause gave
            return False
        if PERIOD_CHANGE_RE.search(segment):
            return True
        # …增长四倍多,从2014年的48件提高到2023年的262件: the span said right after the rate
        rest = _REST_OF_CLAUSE_RE.match(text, pos)
        if rest is not None and PERIOD_CHANGE_RE.match(text, rest.end()):
            return True
        span_end = max((m.end() for m in SPAN_RE.finditer(segment)), default=-1)
        if span_end >= 0:
            # a year of its own after the span ("十四五"期间,…2024年度…同比增长) is the growth's
            _, year_pos = governing_year(text, pos)
            return year_pos < since + span_end
        base = None
        for found in BASE_YEAR_RE.finditer(segment):
            base = int(found.group(1))
        for found in _BASE_PERIOD_RE.finditer(segment):
            # 较“十三五”初期增长5倍: against the plan period's first (or, 末, last) year
            # (“十五”: the tenth, 2001-2005)
            first, last = numbered_period(found.group("n")) if found.group("n") else (2001, 2005)
            base = last if found.group("end") else first
        return base is not None and before_last_year(base, text, pos, walk.ctx.report_year)

    def _renamed(self, walk: Walk, facts: list[Fact], start: int) -> bool:
        """Did the rates' own indicator get named since the last amount (…;投入强度为1.29%)?"""
        codes = {f.indicator_code for f in facts} - {f.indicator_code for f in walk.anchor}
        named = walk.s.mentions_in(walk.anchor_end, start)
        return any(
            m.indicator_code in codes
            or self.lexicon.share_target.get(m.indicator_code or "") in codes
            for m in named
        )

    @staticmethod
    def _figures_of_no_fact(walk: Walk, start: int, end: int) -> list[Quantity]:
        made = {f.start for f in walk.facts}
        return [
            x
            for x in walk.s.quantities
            if start <= x.start and x.end <= end and x.start not in made
            and x.unit in ("yuan", "count") and not COUNTS_ITEMS_RE.match(walk.text, x.end)
        ]  # fmt: skip

    @staticmethod
    def _after_a_figure_of_another(
        walk: Walk, since: int, rate_start: int, rates: bool = False
    ) -> bool:
        """An amount between the subject and the rate that became no fact (高新技术企业减免税
        1096万元,增长48%): the rate is that amount's, whatever the subject was. With ``rates``
        a share that became no fact counts too (占全省的比重为15%,较上年提高2%), but not the
        figure of a comparison (高于全省14.6%的平均增速)."""
        made = {f.start for f in walk.facts}
        units = ("yuan", "count", "percent") if rates else ("yuan", "count")
        text = walk.text
        depth = walk.s.paren_depth[rate_start] if rate_start < len(text) else 0
        # a share of a whole before a growth (达到413家,占全区总数的25.9%,同比增长80.3%) is an
        # aside: a share rises (提高), a quantity grows (增长)
        grows = _GROWS_RE.search(text, walk.s.clause_start(rate_start), rate_start) is not None
        return any(
            x.unit in units and since <= x.start and x.end <= rate_start
            and not (grows and x.unit == "percent" and _SHARE_OF_A_WHOLE_RE.match(
                text, walk.s.clause_start(x.start), x.start))
            and x.start not in made and not COUNTS_ITEMS_RE.match(text, x.end)
            # a figure in brackets is an aside (新认定300家(任务目标180家),同比增长16%)
            and walk.s.paren_depth[x.start] <= depth
            and not any(w in text[max(0, x.start - 8) : x.start]
                        for w in grammar.DIFFERENCE_BEFORE)
            and x.start not in walk.bases  # 相较往年的31家,增长30%: the base grown from
            and x.start not in walk.milestones  # 首次迈入10亿大关,同比增长92.1%
            # how far the goal was met (为年度目标任务的136%,同比增长41.8%): of no other thing
            and not (x.unit == "percent" and _OF_THE_GOAL_BEFORE_RE.search(
                text, max(0, x.start - 8), x.start))
            for x in walk.s.quantities
        )  # fmt: skip

    def _among_chosen_peers(self, walk: Walk, cs: int, end: int) -> bool:
        """Is the standing among peers the text picked rather than every unit of an area? A
        group that only counts units of an area (在全省17个市州中, 在郑州市6个县(市)中, 在9个县
        中) is the whole area's; one described otherwise (4个比较城市, 全省11个资源型重点县,
        关中平原城市群11个城市, 西部科学城4个行政区), or of fewer than five with no area named
        (在三市中), was picked."""
        # (the group may stand as a clause of its own before: 在4个比较城市中,我市…居第3位)
        since = walk.s.clause_start(cs - 1) if cs > 0 else cs
        group = None
        for found in _COUNTED_PEERS_RE.finditer(walk.text, since, end):
            group = found
        if group is None or walk.text.count(",", group.end(), end) > 1:
            return False
        area, units = group.group("area"), group.group("units")
        if "、" in area or "和" in area:
            return True  # 在湛江、茂名、阳江三市中: the peers listed by name
        said = group.group("count")
        count = int(said) if said.isdigit() else parse_chinese_integer(said) or 0
        named_area = bool(area) and (
            _WHOLE_AREA_RE.fullmatch(area) is not None
            or area in walk.ctx.own_names
            or any(
                p.start >= group.start("area") and p.end == group.end("area")
                for p in self._places(walk)
            )
        )
        if area and not named_area:
            return True
        if not _UNITS_OF_AN_AREA_RE.fullmatch(units):
            return True
        return not area and count < 5

    @staticmethod
    def _no_rival(walk: Walk, start: int, end: int, owner: str | None) -> bool:
        """No noun between start and end competes with owner's figure for its standing; the
        goal a clause says was met is no rival (…增长21.5%,超额完成年度目标,总量稳居全省第二), nor
        a yardstick the figure is measured against (…,高于全省平均水平,居全省第二)."""
        rival = walk.s.competing_noun(start, end, owner)
        if rival is None:
            return True
        return any(
            m.start() <= rival.start and rival.end <= m.end()
            for pattern in (_GOAL_MET_RE, _AGAINST_A_YARDSTICK_RE)
            for m in pattern.finditer(walk.text, start, end)
        )

    @staticmethod
    def _respective(walk: Walk, run: list[Mention], r: Rank) -> list[Mention]:
        """A、B分别居全省第二、第三位: each listed indicator takes the rank in its place; among
        items that name no indicator (跃升县数量和争取经费分别居…第二位、第三位), the place of
        the item that does."""
        text = walk.text
        split = text.rfind("分别", run[-1].end, r.start)
        if split < 0:
            return run
        listed = [
            x
            for x in walk.s.ranks
            if x.start > split and not re.search(r"[,;。]", text[split : x.start])
        ]
        if r not in listed or len(listed) < 2:
            return run
        if len(run) >= 2:
            return [run[listed.index(r)]] if len(listed) == len(run) else run
        cs = walk.s.clause_start(run[-1].start)
        items = [(m.start(), m.end()) for m in LIST_ITEM_RE.finditer(text, cs, split)]
        at = [i for i, (a, b) in enumerate(items) if a <= run[-1].start and run[-1].end <= b]
        if len(items) != len(listed) or len(at) != 1:
            return run
        return run if at[0] == listed.index(r) else []

    @staticmethod
    def _past_its_asides(walk: Walk, end: int, limit: int) -> int:
        """Where a figure's say ends before a standing at ``limit``: past the clauses right after
        it that only give its change in points or how far its goal was met (…1.71%,比上年提高
        0.12个百分点,在全省…中居第5位; …1036家,完成率103.6%,总数居全区第二位), or measure it
        against a yardstick (…,低于全市平均水平(1.08%),与邻旗相比差距较大,在全市9个旗区中…)."""
        text, s = walk.text, walk.s
        while True:
            opening = end + len(text[end:limit]) - len(text[end:limit].lstrip(", "))
            yardstick = _AGAINST_A_YARDSTICK_RE.match(text, opening, limit)
            if opening > end and yardstick and s.clause_end(opening) < limit:
                end = s.clause_end(opening)
                continue
            stop = s.clause_end(opening)
            if (
                opening > end
                and stop < limit
                and any(f.measure == "rank" and opening <= f.start < stop for f in walk.facts)
            ):
                # (…3.06%,在长沙市9个区县(市)中居第4位,在全省县(市)中居第1位: its standing in
                # one group, then in another)
                end = stop
                continue
            x = next((x for x in s.quantities if end <= x.start < limit), None)
            if x is None or not (x.unit == "percentage_point" or is_completion_rate(text, x)):
                return end
            if (
                re.sub(r"[,;\s]", "", text[end : s.clause_start(x.start)])
                or ";" in text[end : x.start]
            ):
                return end  # (an aside of its own clause, right after the figure)
            stop = s.clause_end(x.end)
            if "幅度" in text[end:stop] or GROWTH_NOUN_RE.search(text, end, stop):
                return end  # (提高幅度首次达到…: the change is a subject of its own, ranked itself)
            end = stop

    @staticmethod
    def _rank_of_listed_figure(walk: Walk, cs: int, r: Rank) -> Owner | None:
        """k standings listed after 分别 (分别位居全省第1位、第4位和第3位) after k figures of
        different indicators: the standing in each place is the figure's in that place."""
        text = walk.text
        split = text.rfind("分别", cs, r.start)
        if split < 0 or any(cs <= q.start < split for q in walk.s.quantities):
            return None
        ranks = [
            x
            for x in walk.s.ranks
            if x.start > split and not re.search(r"[,;。]", text[split : x.start])
        ]
        if len(ranks) < 2 or r not in ranks:
            return None
        figures = [f for f in walk.facts if f.end <= cs and f.measure in ("level", "increment")]
        figures = figures[-len(ranks) :]
        if len(figures) != len(ranks) or len({f.indicator_code for f in figures}) != len(ranks):
            return None
        f = figures[ranks.index(r)]
        return f.indicator_code, f.qualifier

    @staticmethod
    def _ranks_a_list(walk: Walk, cs: int, pos: int) -> bool:
        """A standing in a clause of its own after a list of three or more counts of different
        indicators (有高新技术企业24家,创新平台1个,…,重点实验室1个,在全省排名第二) ranks the
        whole list, not its last item."""
        if any(cs <= q.start < pos for q in walk.s.quantities):
            return False  # 强度达4.44%居全市第二: the figure of its own clause
        since = walk.text.rfind(";", 0, cs) + 1
        listed = [q for q in walk.s.quantities if since <= q.start < cs and q.unit != "percent"]
        counted = [f for f in walk.facts if since <= f.start < cs and f.unit != "percent"]
        return len(listed) >= _LIST_OF_THINGS and len({f.indicator_code for f in counted}) > 1

    @staticmethod
    def _ranks_a_named_growth(walk: Walk, cs: int, pos: int) -> bool:
        """A standing in a clause of its own right after a clause that names a growth as a noun
        (年均增速达21.02%,居全国第一; 增幅达到0.22个百分点,居全国第4位) ranks that growth, not
        the indicator; after a verb (增长7.4%,排名全省第五) it ranks the indicator."""
        if cs == 0 or any(cs <= q.start < pos for q in walk.s.quantities):
            return False  # 强度达4.4%居全市第二: the figure of its own clause
        before = walk.s.clause_start(cs - 1)
        grown = GROWTH_NOUN_RE.search(walk.text, before, cs)
        return grown is not None and any(grown.end() <= q.start < cs for q in walk.s.quantities)

    @staticmethod
    def _each_listed(walk: Walk, cs: int, last: Mention) -> list[Mention]:
        """The indicators a list ending on ``last`` names, with items between them that name
        none (no figure nor clause break among them): [] unless it holds two or more."""
        named = walk.s.mentions_in(cs, last.end)
        run = [last]
        for m in reversed(named[:-1]):
            gap = walk.text[m.end : run[0].start]
            if not _LIST_GAP_RE.fullmatch(gap):
                break
            run.insert(0, m)
        return run if len(run) > 1 else []

    @staticmethod
    def _of_revenue(head: str) -> bool:
        """Is the share the clause states taken of firms' revenue (占主营业务收入的比重,
        与主营业务收入之比)?"""
        base = _whole_of(head, "占与")
        return base is not None and bool(grammar.REVENUE_RE.search(base))

    @staticmethod
    def _of_another_whole(head: str) -> bool:
        """Does the clause take its share of a named whole that is not the economy (占全市投入
        比重)? A bare 占比 names none."""
        base = _whole_of(head)
        return (
            base is not None and not base.startswith("比") and not grammar.ECONOMY_RE.search(base)
        )

    @staticmethod
    def _figure_before_an_aside(walk: Walk, pos: int) -> Fact | None:
        """The fact right before a bracketed aside that the change at pos follows."""
        text = walk.text
        change = _CHANGE_AFTER_ASIDE_RE.search(text, max(0, pos - _CHANGE_REACH), pos)
        if change is None:
            return None
        close = change.start()
        depth = walk.s.paren_depth
        # the bracket that opened at the rate's own depth (the characters inside count one deeper)
        opening = next(
            (i for i in range(close - 1, 0, -1) if text[i] in "((" and depth[i - 1] == depth[pos]),
            None,
        )
        if opening is None:
            return None
        before = [
            f
            for f in walk.facts
            if f.end <= opening and f.unit != "percent" and f.measure != "rank"
        ]
        if not before or text[before[-1].end : opening].strip():
            return None
        return before[-1]

    @staticmethod
    def _outside_brackets(walk: Walk, last: Fact, pos: int) -> Fact:
        """The figure a standing at pos follows: not a part remarked in brackets that closed
        before it (申请总数633件(其中发明专利164件),申请总量位居…第三位), but the one before."""
        depth = walk.s.paren_depth
        if depth[last.start] <= depth[pos]:
            return last
        outside = [
            f
            for f in walk.facts
            if f.end <= last.start and f.measure != "rank" and depth[f.start] <= depth[pos]
        ]
        return outside[-1] if outside else last

    def _rank(self, walk: Walk, r: Rank) -> None:
        s, text = walk.s, walk.text
        if self._headed_by_a_place(walk):
            return  # 柳南区:…高企总数达到121家,居各城区首位: that place's standing
        cs = s.clause_start(r.start)
        respective = self._rank_of_listed_figure(walk, cs, r)
        if respective is not None:
            # …27件,分别位居全省第1位、第4位、第3位和第10位: the figure's in its place
            walk.facts.append(Fact(respective[0], "rank", "eq", float(r.value), "rank",
                                   respective[1], r.raw_text, r.start, r.end))  # fmt: skip
            return
        window = max(cs, r.start - 12)
        head = text[window : r.start]
        verb = max((head.rfind(v) for v in grammar.RANK_VERBS), default=-1)
        moved = _RANK_MOVED_TO_RE.search(head)
        if moved and RANGE_START_RE.search(text, cs, window + moved.start()):
            verb = max(verb, moved.start())
        area = RANK_AREA_RE.search(head)
        place = self._place_before(walk, window, r.start)
        if (
            verb < 0
            and text[r.start - 1 : r.start] == ":"
            and r.raw_text.endswith(("位", "名"))
            and any(m.end == r.start - 1 and m.indicator_code for m in s.mentions)
        ):
            # 高新技术企业数:第3位, a line of a list of standings: the label's colon says it
            verb = max(r.start - 1 - window, 0)
        if verb < 0 and area is None and place < 0:
            return  # 第一批, 第三届: an ordinal, not a standing
        if self._among_chosen_peers(walk, cs, r.start):
            return  # 在4个比较城市中…居第3位: a standing among peers picked to compare with
        if _FIRMS_AS_PEERS_RE.search(text, window, r.start):
            return  # 研发投入1.86亿元,继续位居全州企业首位: a firm's standing among firms
        if (
            GROWTH_NOUN_RE.search(text, cs, r.start) or "涨幅" in text[cs : r.start]
        ) and not _LEVEL_WITH_ITS_GROWTH_RE.search(text, cs, r.start):
            # 增幅居全省首位: the standing of a growth, not of the indicator; but 总量和增速均居…
            # ranks the total (or the share) as well as its growth
            return
        grew = text.rfind("增长", cs, r.start)
        if grew >= 0 and not any(grew < q.start < r.start for q in s.quantities):
            return  # 专利增长连续两年全省第一: 增长 with no figure of its own is ranked itself
        if self._ranks_a_named_growth(walk, cs, r.start):
            return
        if RANGE_START_RE.search(text, cs, r.start) and _RANK_RANGE_NEXT_RE.match(text, r.end):
            return  # 从全国第22位上升到第19位: where it stood before, not where it stands
        starts = [verb, area.start() if area else -1, place - window if place >= 0 else -1]
        frame_start = window + min(p for p in starts if p >= 0)
        latest_end = figure_end = max((f.end for f in walk.latest), default=-1)
        if walk.latest:
            latest_end = self._past_its_asides(walk, latest_end, frame_start)
        peers = _PEER_GROUP_BEFORE_RE.search(text, cs, frame_start)
        if (
            peers is not None
            and walk.latest
            and _JUST_AFTER_RE.fullmatch(text, latest_end, peers.start())
        ):
            # …入库305家,在全区12个盟市中居第二位: the standing of the figure just given,
            # among the peers the clause names
            frame_start = peers.start()
        elif latest_end <= cs and verb >= 0:
            # 全县科技型中小企业数量在石家庄市各县(市)中居第5位: the standing of what the clause
            # names before its peers (the parent named there is where they are, not a rival)
            said = window + verb
            while said > cs and text[said - 1] in "位稳仍均":
                said -= 1  # (…中位居第一, …里稳居第二: the verb is 位居, 稳居)
            peers = _PEER_GROUP_BEFORE_RE.search(text, cs, said)
            # (在 opens the group, before the parent's name said short: 在无锡各市(县)区中)
            at = (
                text.rfind("在", max(cs, peers.start() - _PARENT_NAME_MAX), peers.end())
                if peers
                else -1
            )
            if at >= 0 and walk.s.mentions_in(cs, at):
                frame_start = at  # (…得分为83.26分,在11个区中排第三: the score's standing)
        owners: list[Owner] = []
        mention, blocker = self._subject(walk, frame_start)
        if (
            blocker is not None
            and peers is not None
            and peers.start() <= blocker.start < peers.end()
        ):
            blocker = None  # (在全省18个省辖市中居第11位: the peers compete for nothing)
        nearer = latest_end > (mention.end if mention is not None else -1)
        segment_continues = ";" not in text[latest_end : r.start]
        list_start = cs
        if cs > 0 and _EACH_OF_THEM_RE.match(text, cs) and text[cs - 1] == ",":
            # …和发明专利授权量3项指标,均位居全省首位: the list stands in the clause before
            list_start = s.clause_start(cs - 1)
        head = text[list_start : cs - 1] + text[cs:frame_start] if list_start < cs else ""
        counted = _COUNTED_LIST_RE.search(head or text[cs:frame_start])
        listed = s.mentions_in(list_start, list_start + counted.end()) if counted else []
        listed = [m for m in listed if m.indicator_code]
        if listed:
            # 研发经费投入、高企数和防震减灾3项指标位居全市第1: each indicator the list names
            owners = [
                (m.indicator_code or "", self._mention_qualifiers(walk, m)[0]) for m in listed
            ]
        elif (
            walk.latest
            and _ALL_OF_THEM_RE.search(text, latest_end, r.start)
            and len(self._figures_of_no_fact(walk, latest_end, r.start)) >= 2
        ):
            # 12家企业入选…、16家企业入选…,均位居全省第6位: the standing of a list of its own,
            # whose figures became no fact
            return
        elif (
            walk.latest
            and _ALL_OF_THEM_RE.search(text, latest_end, r.start)
            and segment_continues
            and nearer
        ):
            # 均居全省首位: every listed figure of the latest kind (amounts or rates) since ;,
            # whatever other items the list holds
            last = walk.latest[-1]
            since = text.rfind(";", 0, latest_end) + 1
            rates = last.unit == "percent"
            owners = [(f.indicator_code, f.qualifier) for f in walk.facts
                      if f.start >= since and (f.unit == "percent") == rates
                      and f.measure != "rank"]  # fmt: skip
            if rates:
                # R&D经费支出38.6亿元,占GDP比重1.11%,均居全省第二位: the amount and its share
                bases = {self.lexicon.indicators[code].share_of for code, _ in owners}
                owners = [(f.indicator_code, f.qualifier) for f in walk.facts
                          if f.start >= since and f.indicator_code in bases
                          and f.measure == "level"] + owners  # fmt: skip
            else:
                # 研发投入强度达到3.5%,每万人发明专利拥有量58件,均居…首位: a share of its own
                # indicator is a level too, ranked with the amounts (a growth is not)
                owners = [(f.indicator_code, f.qualifier) for f in walk.facts
                          if f.start >= since and f.measure == "share_pct"] + owners  # fmt: skip
            together = _LEVEL_WITH_ITS_GROWTH_RE.search(text, latest_end, r.start)
            if together:
                # 总量和增速均居…: the amounts since ;, not the rates after them; 强度和增幅均…:
                # the shares
                measure = "share_pct" if re.search("强度|比重|占比", together[0]) else "level"
                owners = [(f.indicator_code, f.qualifier) for f in walk.facts
                          if f.start >= since and f.measure == measure] or owners  # fmt: skip
            items = _ITEMS_COUNTED_RE.search(text, latest_end, r.start)
            if items:
                # …92家,较上年增加17家;…入库226家,两项指标均位居全省第三: the last k indicators
                # the sentence gave figures of, across ;
                k = parse_chinese_integer(items.group(1)) or 0
                named: list[tuple[str, str | None]] = []
                for f in reversed(walk.facts):
                    pair = (f.indicator_code, f.qualifier)
                    if (f.unit == "percent") == rates and f.measure != "rank" and pair not in named:
                        named.append(pair)
                if len({code for code, _ in named[:k]}) == k:
                    owners = named[:k][::-1]
        elif walk.latest and nearer and not self._named_since(walk, latest_end, frame_start):
            last = self._outside_brackets(walk, walk.latest[-1], r.start)
            # 数量位列全市第一: the number just given, whatever the clauses between named
            between = [x for x in s.quantities if latest_end <= x.start < frame_start]
            counted = last.unit != "percent" and _ITS_NUMBER_RE.match(text, cs) and not between
            if (
                counted or self._no_rival(walk, latest_end, frame_start, last.indicator_code)
            ) and not (last.unit != "percent" and self._ranks_a_list(walk, cs, r.start)):
                owners = [(last.indicator_code, last.qualifier)]
                share = self.lexicon.share_target.get(last.indicator_code)
                if share and _ITS_SHARE_RE.search(text, latest_end, frame_start):
                    # 研发经费投入12.3亿元,投入强度位列全省第8位: the standing of its share
                    owners = [(share, last.qualifier)]
                base = self.lexicon.indicators[last.indicator_code].share_of
                if last.unit == "percent" and base and "总量" in text[latest_end:frame_start]:
                    # …302.6亿元,投入强度达到2.71%,总量保持全省首位: the amount's standing
                    owners = [(base, last.qualifier)]
        elif mention is not None and blocker is None:
            if self._is_foreign(walk, cs, frame_start) or mention.start in walk.elsewhere:
                # 全区…,成交额居全市第一 in another place's sentence, or the standing of a figure
                # another place's clause spent the name on (全区共申请专利940件,居全省县区第3位)
                return
            group = self._mention_run(walk, mention)
            if _EACH_OF_THEM_RE.search(text, mention.end, frame_start):
                # A、亩均工业增加值、B均位列全市第一: each indicator of the list, past items
                # that name none
                group = self._each_listed(walk, cs, mention) or group
            ends = {m.start: n.start for m, n in itertools.pairwise(group)}
            for m in self._respective(walk, group, r):
                code = m.indicator_code or ""
                # 研发投入占GDP比重…第一: a name's share, said between it and the next name
                share = grammar.SHARE_FRAME_RE.search(text, m.end, ends.get(m.start, frame_start))
                if share and self.lexicon.indicators[code].unit != "percent":
                    # (outside brackets: R&D(研究与试验发展)经费 glosses, lists nothing)
                    depth = walk.s.paren_depth[m.start]
                    if any(
                        text[i] in _LIST_MARKS and walk.s.paren_depth[i] == depth
                        for i in range(m.end, share.start())
                    ):
                        # 研发经费、投入强度均位列全省第三: the name and its share, each ranked
                        owners.append((code, self._mention_qualifiers(walk, m)[0]))
                    code = self.lexicon.share_target.get(code, "")
                if code:
                    owners.append((code, self._mention_qualifiers(walk, m)[0]))
        elif mention is None and blocker is None:
            topic = self._topic_of_rank(walk, cs)
            # (全市…总数156家,我区总量居全市第四: the issuer's own number of what the city's
            # clause named, ranked among the city's)
            own = _OWN_NUMBER_RE.match(text, cs) is not None
            if topic is not None and (topic.start not in walk.elsewhere or own):
                owners = [(topic.indicator_code or "", self._mention_qualifiers(walk, topic)[0])]
        # 排在全市第8位,排在城市发展新区第7位: a second standing, in a group that is no whole
        # area (全省, 全国 …), ranks the figure among some of its peers; the first is the figure's
        ranked: set[Owner] = set()
        if area is None and not _WHOLE_AREAS_UNITS_RE.search(text, cs, r.start):
            ranked = {(f.indicator_code, f.qualifier) for f in walk.facts
                      if f.measure == "rank" and f.start > figure_end}  # fmt: skip
        seen: set[Owner] = set()
        for owner in owners:
            if owner in seen or owner in ranked:
                continue
            seen.add(owner)
            walk.facts.append(Fact(owner[0], "rank", "eq", float(r.value), "rank", owner[1],
                                   r.raw_text, r.start, r.end))  # fmt: skip
