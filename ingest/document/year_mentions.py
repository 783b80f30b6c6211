"""Years as the body dates its statements.

「2019年,全市…」 and 截至2022年底 date what the report looks back on; 力争2023年, 到2025年 and
「2023年,我市将…」 name the plan's years; a comparison base (比2012年, 是2012年的5倍, 由2015年
的…), a range (2021-2023年), a cited title 《…》, a date of writing (2020年3月12日) or a year
before something (2019年以前) date nothing. Sentences that say what the text covers (总结2021年
工作,部署2022年工作; the year's work conference in the lead) are read here too.
"""

from __future__ import annotations

import bisect
import datetime
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ingest.document.year_phrases import (
    PERIOD,
    REVIEW_MEETING,
    STATEMENT_ABOUT,
    TITLE_YEARS,
    Span,
    arabic_years,
    period_span,
    phrase_years,
)

if TYPE_CHECKING:
    from ingest.document.relative_words import Relative

PLAUSIBLE_YEARS = range(1990, 2041)

# (not inside a number or a date: 1.2023, 2022-2023, 2023/2024; an ellipsis before it is no
# decimal point: ……2024年以来 is ......2024年以来 after NFKC)
# (a pattern run over a whole text opens on a lookahead on the characters a match can start
# with: the scan then skips every other position at once instead of trying the whole pattern)
_YEAR_IN_TEXT = re.compile(r"(?=[12])(?<![0-9\-/])(?<![0-9]\.)((?:19|20)[0-9]{2})\s*年(度)?")
_RANGE_BEFORE = re.compile(r"(?:19|20)[0-9]{2}\s*年?度?\s*[-~—–至到]\s*$")
_RANGE_AFTER = re.compile(r"^\s*[-~—–至到]\s*(?:19|20)[0-9]{2}")
_FULL_DATE_AFTER = re.compile(r"^\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日")
# 2021年6月 (an event of that year), 2022年1-8月 (the part of a year gone so far)
_MONTH_AFTER = re.compile(
    r"^\s*(?P<first>[0-9]{1,2})\s*(?:[-~—–至到]\s*(?P<last>[0-9]{1,2})\s*)?月"
)
_SINCE_AFTER = re.compile(r"^\s*(?:以来|来(?!源|自))")
# 2019年以前 (before it), but not 2022年度前四批次 (its first four batches) or 前列
_BEFORE_AFTER = re.compile(r"^\s*(?:以前|之前|前(?![一二三四五六七八九十两半列0-9]))")
# A base of comparison: 比2020年, 较2021年, 与2015年相比, 是2012年的5倍, 由2015年的2.57%
# (连同2022年度…: together with, no comparison).
BASE_BEFORE = re.compile(
    r"(?:比|较|较比|相比|对比|与|(?<![连共会协])同|是|由|从|高于|低于|超过|相较于?|较之)\s*$"
)
_BASE_AFTER = re.compile(r"^度?\s*(?:同期|的[0-9.]+倍|相比|的水平|水平|基础上|的基础|翻)")
_STOCK_BEFORE = re.compile(r"(?:截至|截止|截止到|截至到)\s*$")
# A year reached by a change, its value following: 由2021年的2.59件增长至2023年的4.04件,
# 从267家跃升至2025年的超1000家: neither a goal (unless the clause sets one) nor the text's time.
_REACHED_BEFORE = re.compile(r"(?:增长|提高|提升|跃升|上升|增加|发展|扩大|攀升)\s*(?:到|至)\s*$")
# …已达到, 已突破: a horizon (到2022年) the sentence says was reached, with no goal word
_REACHED_ALREADY = re.compile(
    r"^(?:(?!力争|确保|争取|预计|计划|目标|将).)*已(?:经)?(?:达到|达|突破|超过|增至|发展到)"
)
_GOAL_IN_CLAUSE = re.compile(r"力争|确保|争取|预期|计划|目标|力求|预计|将(?!近)")
# Words before a year that make it a goal; 到/至 name a horizon (到2025年, 预计到2023年底), the
# others a year's target (力争2023年). 预计 alone estimates an actual.
_TARGET_BEFORE = re.compile(
    r"(?P<goal>力争|确保|争取|预期|计划|目标是?|拟|力求|展望|迈向)\s*(?P<to>到|至|在)?\s*$"
    r"|(?<!截)(?P<horizon>到|至)\s*$"
)
# Modal words in the clause a year heads: 「2023年,市科技局要突出…」, 「2025年,我市将…」.
MODAL = re.compile(
    r"将(?!近|军|士|领|其|企业|项目|资金)|(?<![主重需只纪提摘不必])要(?![求素点闻件害])"
    # (拟 before a procedure names a list put up for notice: 2024年拟入库…名单, 拟认定…)
    r"|力争|确保|拟(?!入库|认定|立项|支持|备案|推荐|表彰|授予|命名|入选|入围)|目标是|目标为"
)
# A look back at a goal (完成年度目标任务) sets none.
# the year's own clause names the goal set for it: 2010年确定的2.5%的目标, 2024年的目标是
_GOAL_OF_THE_YEAR = re.compile(r"[^,。;!?:\n]{0,16}?的(?:工作|奋斗|发展)?目标")
NOT_TARGET = re.compile(r"完成|目标任务|目标责任|实现了")
_CLAUSE_START = frozenset('。,;:!?\n “"”」』)(】[') | {""}
_SENTENCE_END = re.compile(r"[。;!?\n]")
_CLAUSE_WINDOW = 40
_ONE_HEADED_STATEMENT = 4  # the weight of one year heading a clause
# …or right after the issuer speaking of itself at a clause's start: 我市2018年度共有…
_SELF_SUBJECT_BEFORE = re.compile(r"(?:^|[。,;:!?\n])\s*(?:我|全|本)(?:市|县|区|州|盟|旗)\s*$")
# What a text calls its work conference: 2021年县(市)区科技工作会议, 达州市2022年科技工作会.
# (…登记工作会: the work word is the meeting's own)
_LEAD_CONFERENCE = re.compile(
    r"((?:19|20)[0-9]{2})\s*年度?[^,。;:!?\n0-9]{0,16}?"
    r"(?:(?:工作|科技|创新)[^,。;:!?\n0-9]{0,10}?(?:会议|大会|工作会|座谈会)|工作会)"
)
_MID_YEAR = re.compile(r"上半年|年中|半年(?:工作)?(?:总结|会议|推进会)|下半年")
_REPORTED_AS_FOLLOWS = re.compile(r"现将([^。;]{4,60}?)(?:汇报|报告|总结|通报)如下")
# …or the report a bulletin or a news item says was issued: 《…2016年工作总结暨2017年工作计划》
# 印发实施: the text goes on to tell what that report says.
_CITED_TITLE = re.compile(r"《[^《》]*》")
_REPORT_ISSUED = re.compile(
    r"《([^《》]{4,80}?(?:总结|计划|要点|思路|打算)[^《》]{0,10})》\s*(?:正式)?印发"
)
_STATEMENT = re.compile(
    r"(?=[总回盘展部谋])(?:(?P<summary>总结|回顾|盘点)|(?P<plan>展望|部署|谋划))了?\s*(?P<year>(?:19|20)[0-9]{2})\s*年"
)
# …with whose work in between: 部署了科工局2018年工作, 总结全县2021年科技工作; not a title's
# nouns joined (2017年工作总结及2018年工作计划: the summary is not 2018's)
_STATEMENT_WHOSE = re.compile(
    r"(?=[总回盘展部谋])(?:(?P<summary>总结|回顾|盘点)|(?P<plan>展望|部署|谋划))了?(?![及和与暨、])"
    r"[^,。;:!?\s0-9]{1,5}?"
    r"(?P<year>(?:19|20)[0-9]{2})\s*年度?[^,。;:!?\s0-9]{0,6}?工作"
)
# The same with the year as the object in front: 对2023年工作进行回顾, 对2024年工作作出部署.
_STATEMENT_OBJECT = re.compile(
    r"对\s*(?P<year>(?:19|20)[0-9]{2})\s*年度?[^,。;:!?\n0-9]{0,12}?工作\s*"
    r"(?:进行|作了|作出|做出|做了)?了?(?:全面|系统)?"
    r"(?:(?P<summary>总结|回顾|盘点)|(?P<plan>展望|部署|谋划|安排))"
)
# A text that makes its year's results known: 通报2016年全市科技创新主要指标完成情况, 晒出2020年
# 成绩单 (a province's 发布了2017年…监测结果 is another body's, a year behind the text).
_STATEMENT_RESULTS = re.compile(
    r"(?P<summary>通报|公布|晒出)了?\s*(?P<year>(?:19|20)[0-9]{2})\s*年度?"
    r"[^,。;:!?\n0-9《》省]{0,16}?(?:完成情况|成绩单)"
)

# A year said to be ending as the text is written: 2024年即将过去, 2024年就要画上句号
_YEAR_CLOSING = re.compile(
    r"(?P<year>(?:19|20)[0-9]{2})\s*年(?:即将|就要|马上就要|已经|行将)(?P<summary>过去|结束|收官"
    r"|画上(?:圆满的)?句号|接近尾声)"
)


@dataclass
class Mentions:
    """Weights of the years the body names, by what it names them as."""

    actual: Counter[int] = field(default_factory=Counter)
    annual_target: Counter[int] = field(default_factory=Counter)
    horizon_target: Counter[int] = field(default_factory=Counter)
    since: Counter[int] = field(default_factory=Counter)
    headed: Counter[int] = field(default_factory=Counter)  # heading a clause: 「2019年,…」


_QUOTED_NAME_END = re.compile(r"[^,。;!?:,\n“”]{0,20}”")


# a cited title or quoted name is read within this many characters before the year: enough
# for any title, and the cost of each year stays flat on a page that is one endless line
_TITLE_REACH = 400


class _Breaks:
    """Where the text's lines and sentences start, found once: looking back from each year to
    the last break (rfind) costs the whole text before it on a page without breaks."""

    def __init__(self, text: str) -> None:
        self.lines = [m.end() for m in re.finditer("\n", text)]
        self.sentences = [m.end() for m in re.finditer("[。;!?\n]", text)]

    @staticmethod
    def _last(starts: list[int], pos: int) -> int:
        i = bisect.bisect_left(starts, pos + 1)  # a break right before pos starts it
        return starts[i - 1] if i else 0

    def line_start(self, pos: int) -> int:
        return self._last(self.lines, pos)

    def sentence_start(self, pos: int) -> int:
        return self._last(self.sentences, pos)


def _inside_quoted_title(text: str, start: int, breaks: _Breaks) -> bool:
    """In a title (《2021年工作要点》) or a quoted name (“2019年中国创新百强县”榜单): the name
    of a document or of a list, not a year the text speaks of."""
    line_start = breaks.line_start(start)
    before = text[max(line_start, start - _TITLE_REACH) : start]
    if before.count("《") > before.count("》"):
        return True
    # a short quoted name closes soon after, without a clause break (quoted speech goes on)
    opened = before.rfind("“")
    close = _QUOTED_NAME_END.match(text, start)
    return opened > before.rfind("”") and close is not None and len(before) - opened < 12


def _goal_clause(text: str, start: int, breaks: _Breaks) -> bool:
    """Whether the sentence up to `start` sets a goal (力争…增长到2025年的…)."""
    return _GOAL_IN_CLAUSE.search(text[breaks.sentence_start(start) : start]) is not None


def sentence_after(text: str, end: int) -> str:
    stop = _SENTENCE_END.search(text, end, end + _CLAUSE_WINDOW)
    return text[end : stop.start() if stop else end + _CLAUSE_WINDOW]


def statements_of(text: str) -> tuple[re.Match[str], ...]:
    """Where the text says what it covers (总结2021年…, 部署了科工局2018年工作, 对2023年工作进行
    回顾): found once per text for classify_mentions and dated_statements alike."""
    return (
        *_STATEMENT.finditer(text),
        *_STATEMENT_WHOSE.finditer(text),
        *_STATEMENT_OBJECT.finditer(text),
        *(STATEMENT_ABOUT.finditer(text) if "关于" in text or "对于" in text else ()),
    )


def classify_mentions(text: str, statements: Sequence[re.Match[str]] | None = None) -> Mentions:
    """`statements`: statements_of(text), when the caller has them already."""
    mentions = Mentions()
    # 总结2021年…, 部署了科工局2018年工作: what the text covers, read by dated_statements
    if statements is None:
        statements = statements_of(text)
    covers = [(m.start("year"), m.end("year")) for m in statements]
    covered = bytearray(len(text))
    for a, b in covers:
        covered[a:b] = b"\x01" * (b - a)
    breaks = _Breaks(text)
    goals_said: set[tuple[int, int]] = set()  # (year, start of its sentence)
    for found in _YEAR_IN_TEXT.finditer(text):
        year = int(found.group(1))
        start, end = found.start(), found.end()
        before, after = text[max(0, start - 8) : start], text[end : end + 12]
        if year not in PLAUSIBLE_YEARS or _inside_quoted_title(text, start, breaks):
            continue
        if covered[start]:
            continue
        if _RANGE_BEFORE.search(before) or _RANGE_AFTER.match(after):
            continue
        if _FULL_DATE_AFTER.match(after) or _BEFORE_AFTER.match(after):
            continue  # a date of writing or of an event; 2019年以前
        if _SINCE_AFTER.match(after):
            mentions.since[year] += 1
            continue
        if BASE_BEFORE.search(before) or _BASE_AFTER.match(after):
            continue
        if _STOCK_BEFORE.search(before):
            mentions.actual[year] += 4  # 截至2022年底: a stock the report looks back on
            mentions.headed[year] += 1
            continue
        if (
            _REACHED_BEFORE.search(before)
            and after.startswith("的")
            and not _goal_clause(text, start, breaks)
        ):
            continue  # the end of a series (从…提高到2016年的…): not the text's own time
        target = _TARGET_BEFORE.search(before)
        clause_initial = text[start - 1 : start] in _CLAUSE_START or bool(
            _SELF_SUBJECT_BEFORE.search(before)
        )
        sentence = sentence_after(text, end)
        sentence_start = breaks.sentence_start(start)
        if (year, sentence_start) in goals_said:
            # 至2015年全县…达到15家,2015年…比重达到50%: the year its sentence set goals for
            mentions.horizon_target[year] += 1
            continue
        if target and target.group("horizon") and _REACHED_ALREADY.search(sentence):
            mentions.actual[year] += 4  # 到2022年,…已达到802家: reached by then, no goal
            mentions.headed[year] += 1
            continue
        if target and not NOT_TARGET.search(sentence[:8]):
            horizon = target.group("to") or target.group("horizon")
            (mentions.horizon_target if horizon else mentions.annual_target)[year] += 1
            goals_said.add((year, sentence_start))
        elif clause_initial and MODAL.search(sentence) and not NOT_TARGET.search(sentence):
            mentions.annual_target[year] += 1
        elif _GOAL_OF_THE_YEAR.match(sentence) and not NOT_TARGET.search(sentence):
            # 2010年确定的2.5%的目标: the year a goal is set for, in the year's own clause
            mentions.annual_target[year] += 1
        elif before.endswith("预计") and MODAL.match(sentence) and not NOT_TARGET.search(sentence):
            # 预计2023年将全面实现…: what a year ahead is expected to bring (预计 alone, 预计2022年
            # 完成…, estimates what the year did)
            mentions.annual_target[year] += 1
        elif (month := _MONTH_AFTER.match(after)) and (
            month.group("last") is None or int(month.group("last")) < _LAST_QUARTER
        ):
            # 2021年6月印发: an event of that year; 2022年1-8月: the part of it gone so far (but
            # 2023年1-11月 is the year's results, told before its statistics are out)
            mentions.actual[year] += 1
        else:
            mentions.actual[year] += 4 if clause_initial else 2
            if clause_initial:
                mentions.headed[year] += 1
    return mentions


def latest_best(counts: Counter[int]) -> int | None:
    return max(counts, key=lambda y: (counts[y], y)) if counts else None


def _earliest_best(counts: Counter[int]) -> int | None:
    return max(counts, key=lambda y: (counts[y], -y)) if counts else None


def dated_statements(
    text: str, lead: str, statements: Sequence[re.Match[str]] | None = None
) -> Span:
    """What the text says it covers: 总结2021年…部署2022年; its lead's work conference.
    `statements`: statements_of(text), when the caller has them already."""
    summary = plan = None
    if statements is None:
        statements = statements_of(text)
    found_all = [*statements, *_STATEMENT_RESULTS.finditer(text), *_YEAR_CLOSING.finditer(text)]
    # words inside a cited title (《…2016年工作总结暨2017年工作计划》) are that report's, not
    # a statement of this text: the title is read whole below when the text says it was issued
    cited = [(m.start(), m.end()) for m in _CITED_TITLE.finditer(text)]
    for found in sorted(found_all, key=lambda m: m.start()):
        if any(a < found.start() < b for a, b in cited):
            continue
        year = int(found.group("year"))
        if found.group("summary") and summary is None:
            summary = year
        elif found.groupdict().get("plan") and plan is None:
            plan = year
    for found in (*_REPORTED_AS_FOLLOWS.finditer(text), *_REPORT_ISSUED.finditer(text)):
        # 现将2021年工作情况和2022年工作计划汇报如下: the report's own description of itself.
        said = phrase_years(found.group(1), conference=False)
        summary = summary if summary is not None else said.summary
        plan = plan if plan is not None else said.plan
    conference = _LEAD_CONFERENCE.search(lead)
    if (
        conference
        and REVIEW_MEETING.search(conference.group(0))
        and "工作会" not in conference.group(0)  # 2010年工作会及技术创新奖励大会: two meetings
    ):
        # 召开2010年度…工作实绩考核讲评表彰大会: a meeting that judges the year it names
        summary = summary if summary is not None else int(conference.group(1))
    elif conference and _MID_YEAR.search(lead):
        # a mid-year meeting (回顾上半年…部署下半年) reviews its own year so far
        summary = summary if summary is not None else int(conference.group(1))
    elif conference:
        year = int(conference.group(1))
        plan = plan if plan is not None else year
        summary = summary if summary is not None else year - 1
    return Span(summary, plan)


def years_from_mentions(
    mentions: Mentions,
    published_on: datetime.date | None,
    plan_only: bool,
    opening: int | None,
    relative: Relative,
) -> Span:
    """Report and plan year from the years the body names; `opening` is the year the body's
    first sentence starts with (「2019年,全市科技系统…」), which dates the whole text."""
    targets = mentions.annual_target or mentions.horizon_target
    undated = not (mentions.headed or mentions.since or targets or opening)
    if (
        relative.prev
        and relative.prev >= relative.this_done
        and undated
        and max(mentions.actual.values(), default=0) < _YEAR_SAID_AGAIN
    ):
        # The text looks back on 去年; a year inside a phrase (获得2010年度的…奖) does not
        # say which year that was; one the text comes back to (晋城市2023年…已达196家,
        # 2023年第六批…) does.
        return Span()
    actual = Counter(mentions.actual)
    annual_targets = Counter(mentions.annual_target)
    horizons = Counter(mentions.horizon_target)
    if published_on is not None:
        # a year's own goal is set in that year or the one before: 计划2020年投用 on a page of
        # 2017 names a horizon
        for year in [y for y in annual_targets if y > published_on.year + 1]:
            horizons[year] += annual_targets.pop(year)
    if published_on is not None and published_on.month >= _LAST_QUARTER:
        # A year is not planned in its last quarter: 「2021年,将项目更多倾向于基层…」 in a text
        # of December 2021 tells what that year did.
        planned = annual_targets.pop(published_on.year, 0)
        if planned:
            actual[published_on.year] += _ONE_HEADED_STATEMENT * planned
    if opening is not None and opening in actual:
        actual[opening] += _ONE_HEADED_STATEMENT
    if published_on is not None:
        for year in [y for y in actual if y > published_on.year]:
            del actual[year]  # a text cannot look back on a year after it was published
    report = latest_best(actual)
    if (
        report is not None
        and published_on is not None
        and report == published_on.year
        and published_on.month <= _FIRST_QUARTER
        and actual[report] <= actual[report - 1]
    ):
        # a text of the year's first months names that year no more than the one before: little
        # of it is done yet, and the year it looks back on is the one before (a tie goes to it)
        report -= 1
    if (
        report is not None
        and report != opening
        and published_on is not None
        and report < published_on.year - 1
        and actual[report] <= _ONE_HEADED_STATEMENT
        and (sum(actual.values()) == actual[report] or max(actual) > report)
    ):
        # One dated statement long before publication recalls history (2018年…就已…), the more
        # so before events of later years (2017年,科技部…; 2022年8月通过验收): the text's own
        # time is its publication's.
        return Span()
    if (
        report is None
        and not actual
        and mentions.since
        and not (mentions.annual_target or mentions.horizon_target)
    ):
        report = latest_best(mentions.since)  # 2020年以来…: the report runs since then
        if published_on is not None and published_on.year > report:
            # 自2008年以来… on a page of 2012: the span runs to when it was written, which
            # its date tells better than the year it began
            return Span()
    elif report is not None and mentions.since and max(mentions.since) > report:
        # 2024年以来,…, after 荣获2023年度…奖: the latest year the text runs since is the year
        # under way, which it reports on; what it names of earlier years is history
        report = max(mentions.since)
    if (
        report is not None
        and relative.named_now == report + 1
        and relative.this_done > relative.prev
        and (published_on is None or published_on.year >= relative.named_now)
    ):
        # 截止2020年底…21家; 今年…成功举办2021年科技活动周: 今年 is 2021, and the text, which
        # speaks of it as under way, reports on it (last year's end is its starting stock)
        report = relative.named_now
    if (
        report is not None
        and published_on is None
        and relative.latest_day == report + 1
        and actual[report] <= _ONE_HEADED_STATEMENT
        and relative.during_figures
        and relative.this_done > relative.prev
    ):
        # 今年上半年…新增3438家 on an undated page whose one dated statement is of the year
        # before (2022年12月,…批复) and which tells of a day after it (2023年4月18日,…举行):
        # 今年 is the later year, and the text reports on it
        report = relative.latest_day
    annual = _earliest_best(annual_targets)
    horizon = _earliest_best(horizons)
    if (
        report is not None
        and published_on is not None
        and not plan_only
        and report != opening
        and (annual is None or annual > report + 1)
        and _written_later_in_the_year(report, published_on, relative)
    ):
        # 今年以来…, 年内新增… in a text of the year's last quarter: it reports on that year;
        # its dated figures are the year before's statistics (they lag a year).
        report = published_on.year
    if report is None:
        plan = annual if annual is not None else horizon
        if plan is None:
            return Span()
        if annual is None and published_on and plan > published_on.year + 1 and relative.prev:
            # a page that looks back on 去年 and names only a goal years ahead: its date says more
            return Span()
        if annual is None and published_on is not None and plan > published_on.year:
            worded = _year_planned_in_words(published_on, relative)
            if worded is not None and worded < plan:
                # 今年目标任务:…;到2025年,… on a page of 2024 (明年工作打算 on one of December):
                # the words name the year planned; the horizon is one goal among its goals
                return Span(None, worded)
        start = None
        if annual is None and published_on is not None and published_on.year < plan:
            start = published_on.year  # a multi-year plan begins the year it is issued
        return Span(None, plan, start)
    if plan_only and annual is not None and annual >= report:
        return Span(None, annual)
    if annual is not None and annual > report:
        # A yearly target is set in the year before it: 力争2023年… dates a 2022 report, even
        # when its latest dated figure is 2021's (statistics lag a year).
        return Span(annual - 1, annual)
    if (
        horizon is not None
        and horizon > report + 1
        and annual is None
        and published_on is not None
        and published_on.year == report + 1
        and relative.this_plan > relative.this_done
    ):
        # 会议总结了去年…,部署了今年工作…到2015年…突破150家 on a page of March 2012: 今年's
        # goals are the year it was written in; the horizon is one goal among them
        return Span(report, published_on.year)
    if horizon is not None and horizon > report:
        return Span(report, horizon)
    return Span(report, None)


_YEAR_SAID_AGAIN = 3  # times a year is named for the text to be about it, 上年 or not

# A year's statistics (R&D 经费, 高企 counts) come out in the autumn of the next: a text of the
# last quarter may still quote the year before's as the latest figures.
_LAST_QUARTER = 10
_FIRST_QUARTER = 3
# …and so may one of September, while its 今年/目前 speak of the year it is written in.
LATE_IN_THE_YEAR = 9


def _year_planned_in_words(published_on: datetime.date, relative: Relative) -> int | None:
    """The year a dated page plans by its words: 明年 on a page of the year's last months, or
    今年…将/力争 more than 今年 of work done, with no 明年."""
    if (
        relative.next
        and relative.next >= relative.this_plan
        and published_on.month >= LATE_IN_THE_YEAR
    ):
        return published_on.year + 1
    if relative.this_plan and relative.this_plan >= relative.this_done and not relative.next:
        return published_on.year
    return None


def _written_later_in_the_year(
    report: int, published_on: datetime.date | None, relative: Relative
) -> bool:
    """Published late in a year after `report` (from September) and, by its 今年/年内/明年,
    written in the year it was published."""
    return (
        published_on is not None
        and published_on.month >= LATE_IN_THE_YEAR
        and report < published_on.year
        and relative.written_during()
    )


# 「2019年,全市…」, also after a news lead (记者近日从市科技局获悉,2010年,…)
_OPENING = re.compile(
    r"^\s*(?:[^,。]{0,40}?(?:获悉|了解到|得知)[,:])?\s*"
    r"((?:19|20)[0-9]{2})\s*年度?\s*(?:,|以来,|[^,。]{0,20}?,)"
)
_RECALLED = re.compile(r"就已|早就|早在|就曾|便已")
_YEARS_LISTED = re.compile(r"(?:19|20)[0-9]{2}\s*年(?:\s*[、和及]\s*((?:19|20)[0-9]{2})\s*年)+")
_OPENING_MIN_CHARS = 30  # the first line this long is the body's first paragraph
# a page's date line, not prose: 2008-05-23 18:10:40 出处:… 浏览:3168
_DATE_LINE = re.compile(r"\s*(?:19|20)[0-9]{2}(?:[-/.][0-9]{1,2}){2}\s+[0-9]{1,2}:[0-9]{2}")


def opening_year(body_lines: Sequence[str]) -> int | None:
    for line in body_lines:
        if len(line) >= _OPENING_MIN_CHARS and not _DATE_LINE.match(line):
            arabic = arabic_years(line)
            found = _OPENING.match(arabic)
            if found is None or _RECALLED.search(found.group(0)):
                return None  # 2014年全市就已获批…: a milestone recalled, not the text's time
            # (2021年、2022年、2023年,…分别…: a list of years opens on its first, is of its last)
            listed = _YEARS_LISTED.match(arabic, found.start(1))
            return int(listed.group(1) if listed else found.group(1))
    return None


# A bare year (科技助力经济2020, 报告(2024)): no 年, no unit, not part of a bigger number or date.
_BARE_YEAR = re.compile(
    r"(?<![0-9.\-/:#~—–])((?:19|20)[0-9]{2})(?![0-9.\-/:%年~—–])(?!\s*(?:[万亿元千百家个项件人户名台吨次所倍余多]"
    r"|平方|公里|米|亩))"
)
_PERIOD_REVIEW_AFTER = re.compile(r"^[”\"]?\s*(?:期间|时期)")


def weak_years(text: str, published_on: datetime.date | None) -> int | None:
    """The latest bare year, or the end of a five-year period the text reviews
    (“十四五”期间…提高到): the year the text was written, at the latest."""
    years = [int(m.group(1)) for m in _BARE_YEAR.finditer(text)]
    for found in PERIOD.finditer(text):
        after = text[found.end() : found.end() + 30]
        if _PERIOD_REVIEW_AFTER.match(after) and not MODAL.search(after):
            years.append(period_span(found)[1])
    limit = published_on.year if published_on else max(TITLE_YEARS)
    years = [y for y in years if y in PLAUSIBLE_YEARS and y <= limit]
    return max(years) if years else None
