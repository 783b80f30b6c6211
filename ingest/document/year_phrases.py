"""Years as titles and headings give them: each year takes the kind of the words after it.

2019年工作总结和2020年工作计划 gives 2019 to the summary and 2020 to the plan; “十二五”回顾及
“十三五”展望 gives 2015 and 2020; a range (行动方案(2025—2027年)) or a five-year period (“十四五”
规划) gives a plan its start and end; 2022年全州科技工作会议 plans 2022 and looks back on 2021.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.document.dates import HAN_DIGITS

TITLE_YEARS = range(1980, 2041)
HEADING_MAX_CHARS = 45


@dataclass(frozen=True, slots=True)
class Span:
    """What a phrase or the body says: the summary's year, the plan's, and where a multi-year
    plan starts."""

    summary: int | None = None
    plan: int | None = None
    plan_start: int | None = None

    def decided(self) -> bool:
        return self.summary is not None or self.plan is not None

    def completed(self) -> tuple[int | None, int | None]:
        summary, plan = self.summary, self.plan
        if summary is not None and plan is None:
            return summary, summary + 1
        if plan is not None and summary is None:
            start = self.plan_start if self.plan_start is not None else plan
            return start - 1, plan
        return summary, plan


# --- years as written ------------------------------------------------------------------------

_HAN_YEAR = re.compile(r"(?:一九|二[〇零○])[〇零○一二三四五六七八九]{2}(?=年)")


def arabic_years(text: str) -> str:
    """二〇一九年 -> 2019年 (same length, so offsets hold)."""
    if "〇" not in text and "零" not in text and "○" not in text and "一九" not in text:
        return text  # (every such year holds one of them: most texts need no scan)
    return _HAN_YEAR.sub(lambda m: "".join(str(HAN_DIGITS[c]) for c in m.group(0)), text)


# A report's year named as the topic, then what the report does with it, a look back or a
# plan: 关于2022年的工作,报告明确…; 对于2023年工作,会议要求…
STATEMENT_ABOUT = re.compile(
    r"(?:关于|对于)\s*(?P<year>(?:19|20)[0-9]{2})\s*年度?的?(?:工作|目标任务)\s*[,,]?\s*"
    r"(?:报告|会议|讲话|文件)?(?:(?P<summary>总结|回顾)|(?P<plan>明确|提出|要求|强调|部署|指出))"
)

# A five-year plan period: 十三五 = 2016-2020, 第十四个五年 = 2021-2025.
PERIOD = re.compile(r"十([一二三四五])五|第十([一二三四五])个五年")
_PERIOD_NUMBER = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5}


def period_span(found: re.Match[str]) -> tuple[int, int]:
    return numbered_period(found.group(1) or found.group(2))


def numbered_period(numeral: str) -> tuple[int, int]:
    """The years of the 十X五 plan for X (二 → 2011-2015)."""
    start = 2001 + 5 * _PERIOD_NUMBER[numeral]
    return start, start + 4


# --- titles and headings ---------------------------------------------------------------------

_RANGE = re.compile(
    r"((?:19|20)[0-9]{2})\s*年?\s*[-~—–至到]\s*((?:19|20)[0-9]{2})(?![0-9])\s*年?(?:度)?"
)
# (a date written with separators, 【2025.01.08】 or 2025-01-07, dates the page, not its parts)
# (not an amount that looks like one: 最高支持2000万元, 2020家)
_ONE_YEAR = re.compile(
    r"(?<![0-9〔\[.])((?:19|20)[0-9]{2})(?![0-9])(?!(?:\.[0-9]+)?\s*[万亿元余多家个件项人名户])"
    r"(?!\s*[./-]\s*(?:0?[1-9]|1[0-2])\s*[./-]\s*[0-3]?[0-9](?![0-9]))\s*(?:年度?)?"
)
SUMMARY_WORD = (
    r"总结|回顾|回眸|回望|报告|汇报|完成情况|进展情况|工作情况|成效|述职|盘点|综述|年报|公报|决算"
    r"|大事记"
)
PLAN_WORD = (
    # (重点 of 工作重点, not of the things it qualifies: 重点实验室, 重点企业)
    # (and 计划 of a programme's projects or funds: 科技计划项目, 计划经费)
    r"计划(?!项目|经费|资金|课题)|打算|要点|思路|安排|目标|任务|重点(?!实验室|企业|项目|产业|领域|研发|工程)"
    # (预算 of a budget, not of its execution audited: 2017年度预算执行审计)
    r"|谋划|展望|设想|部署|规划|方案|纲要|预算(?!执行)"
    r"|(?:工作|实施|指导)意见"  # 2009年科技工作意见: the guidance for that year
)
_KIND_WORD = re.compile(rf"(?P<summary>{SUMMARY_WORD})|(?P<plan>{PLAN_WORD})")
# A head noun that makes the whole phrase a look back: 2022年度工作任务完成情况.
# (and an assessment's results: 目标责任制考核情况, 监测评价情况)
# (the words of an assessment: 考核, 评估, 监测 …)
_ASSESSING = "考核|考评|评价|评估|监测"
_SUMMARY_HEAD = re.compile(
    rf"(?:完成|进展|推进|落实|执行|工作|整改|{_ASSESSING})情况"
    rf"|(?:{_ASSESSING}|评比)结果"  # (…目标责任考核结果的通报)
    # (…目标责任考核自查报告, 绩效自评报告: how the year's goals went)
    rf"|(?:{_ASSESSING}|自查|自评)报告"
)
# An assessment named before what the text is: the goals' assessment it sums up or whose result
# it tells (2024年度目标管理考核工作总结, 2019年度目标责任制考核中获评优秀), not the rules of one
# to come (2024年度目标考核实施办法: the kind word after the assessment decides)
_ASSESSED = re.compile(rf"{_ASSESSING}")
_ASSESSMENT_RESULT = re.compile(r"中?[^,。;]{0,3}?(?:获评|荣获|获得|位列|名列|位居|被评)")
# Goals said to be met look back on their year: 超额完成目标任务, 全面完成年度计划.
_GOALS_MET = re.compile(
    rf"(?:完成|实现|达成)[^,。;]{{0,4}}?(?:{PLAN_WORD})(?![^,。;]*?(?:{PLAN_WORD}))"
)  # (…实现目标任务的工作方案 is still a plan)
SUMMARY_HEAD_PHRASE = re.compile(r"[\u4e00-\u9fff]{0,6}(?:完成|进展|落实|执行)情况")
_CONFERENCE = re.compile(r"^[^,。;:!?]{0,20}?(?:会议|大会|工作会|座谈会|推进会)")
# what a meeting that reviews the year it names is called (总结表彰大会, 考核讲评会, 科技奖励大会)
REVIEW_MEETING = re.compile(r"总结|表彰|考核|讲评|评比|奖励")
# what is delivered at a meeting: its report or a speech (…会议上的工作报告, …大会上的讲话)
_DELIVERED_AT = re.compile(r"(?:会议|大会|会)上的(?:工作)?(?:报告|讲话|发言)")
# The year's 政府工作报告 is delivered as it opens, like its work conference: 2024年政府工作报告
# reviews 2023 and plans 2024.
_GOVERNMENT_REPORT = re.compile(r"^[^,。;:!?]{0,12}?政府工作报告")
# …and a zone's or a government's own 工作报告 with the year between (成都高新区管委会2017年工作
# 报告, 某某县人民政府2019年工作报告): the same occasion
_GOVERNING_BODY_BEFORE = re.compile(r"(?:政府|管委会|管理委员会)\s*$")
# A plan's evaluation half-way through (“十四五”规划中期评估, 中期检查): the period it names
# says neither the year it looks back on nor one it plans
_MIDWAY = re.compile(r"中期(?:评估|检查|评价|考核|总结)")
_SINCE = re.compile(r"[”\s]*以来")
# An account of how far something went, after the plan it follows: 监测表, 评估报告, 考核情况
_MONITORED = re.compile(rf"(?:{_ASSESSING})(?:表|报告|情况|结果)")
# What may follow a year that closes a phrase: 申报表2021年度, 工作要点(2022年)
_CLOSING_TAIL = re.compile(r"[\s年度()()]*")
# A plan for the second half of the year the phrase reviews the first half of.
# (the rest of a year: 下半年, 四季度, 11—12月)
REST_OF_YEAR = r"(?:下半年|第?四季度|[0-9]{1,2}\s*[-—~至到]\s*12\s*月)"
_SECOND_HALF_PLAN = re.compile(rf"{REST_OF_YEAR}[^,。;]{{0,8}}?(?:{PLAN_WORD})")
# A verb before the year: 回顾2019年, 展望2020年, 总结回顾了2008年度工作.
# (回眸“十一五”: the period may be quoted)
_VERB_BEFORE = re.compile(
    r"(?:(?P<summary>总结|回顾|回眸|回望|盘点|通报)|(?P<plan>展望|部署|谋划))了?\s*[“‘\"「『]*$"
)
# A period or year said to be carried through (高质量完成“十四五”规划, 全面完成2023年目标任务):
# a look back on it, unless a plan word after its own object heads the phrase (确保完成2024年
# 目标任务的实施方案 is a plan)
# (the period or year with its plan or tasks, all the object: not 实现“十二五”良好开局)
_DONE_BEFORE = re.compile(r"(?:完成|实现|达成)[“‘\"「『]*$")
_DONE_OBJECT = re.compile(
    r"度?[”’\"」』]*+(?:规划|计划|目标任务|目标|任务)(?=[”’\"」』]|[^\u4e00-\u9fff]|$)"
)
# A verb of joining or getting before the year: what follows names a programme or list the
# subject entered (20个项目列入2019年省科技项目计划, 获批2021年度…专项), not the text's own kind.
_JOINED_BEFORE = re.compile(r"(?:列入|纳入|入选|入围|获批|获得|荣获|获|下达|申报)\s*$")
_TARGETS_HANDED_DOWN = re.compile(r"(?:目标|任务|指标)$")
# 关于…的报告 / 的通知 wraps the phrase; its kind word says nothing about the years.
WRAPPER = re.compile(r"的\s*(?:报告|通知|请示|函|意见)\s*$")


@dataclass(frozen=True, slots=True)
class _Item:
    start: int
    end: int
    first: int
    last: int
    single: bool  # one year, not a range or a five-year period


# a period's first or last year named as such: “十三五”开局之年, 十四五的收官之年
_PERIOD_YEAR = re.compile(
    r"[”\"’』」]?(?:规划)?(?:的)?(?:(开局|起步|开篇)|(?:收官|决胜|最后一|末))(?:之)?年"
)
# What every item of _time_items holds: most headings and lines name no year at all.
_ANY_TIME = re.compile(rf"(?:19|20)[0-9]{{2}}|{PERIOD.pattern}")


def _time_items(phrase: str) -> list[_Item]:
    items: list[_Item] = []
    if not _ANY_TIME.search(phrase):
        return items
    taken = bytearray(len(phrase))
    for pattern in (_RANGE, PERIOD, _ONE_YEAR):
        for found in pattern.finditer(phrase):
            if any(taken[found.start() : found.end()]):
                continue
            single = pattern is _ONE_YEAR
            if pattern is PERIOD:
                first, last = period_span(found)
                end_of_period = _PERIOD_YEAR.match(phrase, found.end())
                if end_of_period:
                    # “十三五”开局之年 / 收官之年: one year of the period, its first or its last
                    first = last = first if end_of_period.group(1) else last
                    single = True
            else:
                first, last = int(found.group(1)), int(found.group(found.lastindex or 1))
            if first not in TITLE_YEARS or last not in TITLE_YEARS or last < first:
                continue
            taken[found.start() : found.end()] = b"\x01" * (found.end() - found.start())
            items.append(_Item(found.start(), found.end(), first, last, single))
    return sorted(items, key=lambda item: item.start)


def _kind_of(phrase: str, item: _Item, segment_end: int, conference: bool) -> str | None:
    verb = _VERB_BEFORE.search(phrase, max(0, item.start - 6), item.start)
    if verb:
        return verb.lastgroup
    segment = WRAPPER.sub("", phrase[item.end : segment_end])
    joined = _JOINED_BEFORE.search(phrase, max(0, item.start - 4), item.start)
    if joined and not (joined.group().startswith("下达") and _TARGETS_HANDED_DOWN.search(segment)):
        # (but 下达2021年度…目标任务的通知 hands down the year's goals: a plan)
        return None
    done = _DONE_BEFORE.search(phrase, max(0, item.start - 6), item.start)
    its_object = _DONE_OBJECT.match(segment) if done else None
    if its_object is not None and not any(
        m.lastgroup == "plan" for m in _KIND_WORD.finditer(segment, its_object.end())
    ):
        return "summary"
    if not item.single and _MIDWAY.search(segment):
        return None
    if _SINCE.match(segment):
        # (“十四五”以来…情况汇报, 2016年以来…: from then until the text's own time, whose
        # year the period's end or the start does not give)
        return None
    if not item.single and "总结" in segment:
        # (“十四五”科技创新规划实施情况总结评估报告: the period closed, looked back on)
        return "summary"
    if not item.single and _MONITORED.search(segment):
        # (“十四五”规划实施情况年度监测报告(2022年度): a year's progress under the plan, whose
        # end is the one planned, not a look back on the period)
        return "plan"
    if (
        _SUMMARY_HEAD.search(segment)
        or _GOALS_MET.search(segment)
        # (a year's 实施情况 under a programme: 2023年度实施情况; a period's is how it is going)
        or (item.single and _CARRIED_OUT.match(segment))
    ):
        # (2022年第一季度《政府工作报告》任务进展情况: how the year's tasks are going)
        return "summary"
    assessed = _ASSESSED.search(segment)
    if assessed:
        after = _KIND_WORD.search(segment, assessed.end())
        if (after is not None and after.lastgroup == "summary") or _ASSESSMENT_RESULT.match(
            segment, assessed.end()
        ):
            return "summary"
    if (
        conference
        and item.single
        and (
            _GOVERNMENT_REPORT.search(segment)
            or (
                _GOVERNING_BODY_BEFORE.search(phrase, 0, item.start)
                and segment.startswith("工作报告")
            )
        )
    ):
        return "conference"
    kind = _KIND_WORD.search(segment)
    bracketed = phrase[: item.start].rstrip().endswith(("(", "("))
    closes = _CLOSING_TAIL.fullmatch(phrase, item.end) is not None
    if kind is None and ((not item.single and bracketed) or (item.single and closes)):
        # 行动方案(2025—2027年): a period in brackets after the kind of document it spans;
        # 绩效目标申报表2021年度, 工作要点(2022年): a year closing the phrase, after its kind
        before = list(_KIND_WORD.finditer(phrase, 0, item.start))
        if before and _MONITORED.search(phrase, before[-1].end(), item.start):
            # “十四五”…规划主要指标监测表(2021年度): what the plan's indicators were that year
            return "summary"
        return before[-1].lastgroup if before else None
    meeting = _CONFERENCE.search(segment) if conference and item.single else None
    if meeting and REVIEW_MEETING.search(meeting.group(0)):
        return "summary"  # 2013年科技奖励大会: it judges the year it names
    if meeting and (not (kind and kind.lastgroup == "summary") or _DELIVERED_AT.search(segment)):
        # (在2022年全市科技工作会议上的工作报告: the report given at the meeting is its occasion)
        return "conference"
    return kind.lastgroup if kind else None


# how a year's part of a programme was carried out (2023年度实施情况): a look back on that year
_CARRIED_OUT = re.compile(r"\s*(?:工作)?实施情况")
_YEARBOOK_EDITION = re.compile(r"年鉴\s*[(·•]?\s*(?:19|20)[0-9]{2}\s*(?:年卷|卷)?\s*\)?")


# A report on a part of a year, the year named with it: 2023年第三季度…通报, 2024年5月份工作简报,
# (2022年6月) under a monthly bulletin's name. What it reports is that year's so far; what it
# plans, the rest of that year, unless the part closes the year (第四季度, 12月, 1—12月).
_PART_OF_A_NAMED_YEAR = re.compile(
    r"((?:19|20)[0-9]{2})\s*年度?\s*"
    r"(?P<part>第?[一二三四1-4]\s*季度|上半年|前三季度|1\s*[-—–~至]\s*(?P<to>1?[0-9])\s*月(?:份)?"
    r"|(?P<month>1?[0-9])\s*月份?(?![0-9]*日))"
)
_YEAR_CLOSING_PART = re.compile(r"第?[四4]\s*季度|^12\s*月|[-—–~至]\s*12\s*月")
PART_REPORT = re.compile(r"通报|简报|动态|快报|情况|总结|报告|月报|季报|周报|旬报|进展|进度")


def part_of_a_named_year(phrase: str) -> Span | None:
    """The span of a report on part of the year its phrase names (see above), else None."""
    found = _PART_OF_A_NAMED_YEAR.search(phrase)
    if found is None:
        return None
    # (or a quarter or half that a phrase planning nothing names, or that labels all of it in
    # brackets closing it: 2022年上半年…新闻发布会文字实录, 政务咨询问答选登(2022年第三季度); a
    # month there, (2021年3月), is when it was written)
    quarter_or_half = "季" in found.group("part") or "半" in found.group("part")
    labelled = phrase.rstrip().endswith((")", ")")) and max(
        phrase.rfind("(", 0, found.start()), phrase.rfind("(", 0, found.start())
    ) > max(phrase.rfind(")", 0, found.start()), phrase.rfind(")", 0, found.start()))
    plans = any(m.lastgroup == "plan" for m in _KIND_WORD.finditer(phrase))
    if not (PART_REPORT.search(phrase) or (quarter_or_half and (labelled or not plans))):
        return None
    if len(set(re.findall(r"(?:19|20)[0-9]{2}(?=\s*年)", phrase))) > 1:
        return None  # 2022年上半年…及2023年…: the years say more than the part
    year = int(found.group(1))
    closing = _YEAR_CLOSING_PART.search(found.group("part")) is not None
    return Span(year, year + 1 if closing else year)


def phrase_years(phrase: str, *, conference: bool = True) -> Span:
    """The years a title or heading gives each part: each year takes the kind of the words
    after it (2019年工作总结和2020年工作计划 -> 2019, 2020; “十二五”回顾及“十三五”展望 ->
    2015, 2020; 2022年全州科技工作会议 -> 2021, 2022)."""
    # (a yearbook's edition, 湘潭年鉴(2022): published the year after the one it records)
    phrase = _YEARBOOK_EDITION.sub("年鉴", arabic_years(phrase))
    part = part_of_a_named_year(phrase)
    if part is not None:
        return part
    items = _time_items(phrase)
    summary = plan = start = None
    spanned = False  # the plan is a programme's span in brackets (行动计划(2023—2025年))
    for item, following in zip(items, [*items[1:], None], strict=False):
        end = following.start if following else len(phrase)
        kind = _kind_of(phrase, item, end, conference)
        if kind == "summary" and summary is None:
            summary = item.last
        elif kind == "plan" and (plan is None or (spanned and item.single)):
            # (…行动计划(2023—2025年)2023年度实施情况及2024年工作安排: the year the text
            # itself plans, after the span of the programme it reports on)
            plan, start = item.last, (None if item.single else item.first)
            spanned = not item.single and phrase[: item.start].rstrip().endswith(("(", "("))
        elif kind == "conference" and plan is None:
            # The year's work conference looks back on the year before and plans its own.
            plan = item.last
            summary = summary if summary is not None else item.last - 1
    if summary is not None and plan is None and _SECOND_HALF_PLAN.search(phrase):
        plan = summary  # 2022年上半年工作总结及下半年工作计划: the rest of the same year
    return Span(summary, plan, start)


_OCCASION_LINE = re.compile(
    r"\s*[—-]*\s*在[^,。;]{0,40}?(?:会议|大会|会)上的(?:工作)?(?:报告|讲话|发言)"
)
_A_YEAR = re.compile(r"(?:19|20)[0-9]{2}\s*年")
_THIS_YEAR_SAID = re.compile(r"今年|本年度|明年")
# a table's caption: 表1 …, 表一:…, 附表2 …
_TABLE_CAPTION = re.compile(r"\s*附?表\s*[0-9一二三四五六七八九十]{1,3}(?![0-9])")


# a sentence that leads into a list, no heading (立足“十四五”发展基础,提出分两步走的赶超目标:)
_LEAD_IN_SENTENCE = re.compile(r"[^\s、.．]{2,}[,,][^,,]+[::]")


def headings_years(lines: Sequence[str]) -> Span:
    summary = plan = start = None
    for line in lines:
        if (
            len(line) > HEADING_MAX_CHARS
            or "。" in line
            or line.count("|") >= 2
            or _TABLE_CAPTION.match(line)
            or (line.rstrip().endswith(("?", "?")) and not _A_YEAR.search(line))
            or _LEAD_IN_SENTENCE.fullmatch(line.strip())
            # (a heading on this year's goals and a period's, 明确今年和“十二五”后三年的目标
            # 任务, dates its part by the text's own date, not by the period's end)
            or (_THIS_YEAR_SAID.search(line) and not _A_YEAR.search(line))
        ):
            # (a table's header row or caption heads no part: 指标|2025年目标, 表1…; nor does a
            # question with no year of its own: 记者:“十四五”后半程的目标是什么? — 问:2012年…
            # 取得了哪些成效? heads its answer)
            continue
        # A heading naming a meeting is an item of the summary, not the document's occasion;
        # a subtitle saying where the text was delivered (——在2022年…会议上的讲话) is that.
        found = phrase_years(line, conference=bool(_OCCASION_LINE.match(line)))
        if found.summary is not None and (found.plan is None or found.plan >= found.summary):
            summary = summary if summary is not None else found.summary
        # a plan on its own heading, or the second half of the year a heading reviews
        if found.plan is not None and found.summary in (None, found.plan):
            plan = plan if plan is not None else found.plan
            start = start if start is not None else found.plan_start
        if summary is not None and plan is not None:
            break
    return Span(summary, plan, start)
