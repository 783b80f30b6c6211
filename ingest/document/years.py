"""Report year, plan year and the year a text calls 今年, each with how it was decided.

report_year is the year the summary part looks back on, plan_year the year targets are set
for, current_year the year the text calls 今年 (去年 = current_year - 1). The evidence, from
the most explicit to the least, and the basis recorded for it:

* ``quoted_title``: the title of the report a notice wraps (关于印发《…2019年工作总结…》的通知);
* ``title``: the document's own title (2019年工作总结和2020年工作计划, 2022年全州科技工作会议
  召开, “十三五”规划);
* ``heading``: the body's headings (一、2019年工作回顾 / 二、2020年工作思路);
* ``dated_statement``: a sentence that says what the text covers (总结2021年工作,部署2022年
  工作; a lead naming the year's work conference; 展望2020年);
* ``body_years``: the years the body dates its statements with: 「2019年,全市…」 counts, a
  comparison base (比2012年, 是2012年的5倍), a range (2021-2023年), a cited title 《…》 or a
  date does not; a year named as a target (力争2023年, 到2025年, 「2023年,我市将…」) is the plan's;
  a text of a year's last four months that speaks of that year as its own (今年以来, 年内新增)
  reports on it, though its latest dated figures (2022年研发投入…) are the year before's;
* ``relative_words``: 去年/今年/明年 against the publication date;
* ``published_date``: only a publication date: spring looks back on the year before;
* ``path``: a folder or file name that says what the text is (…/2019年工作总结.txt), or a
  year standing alone in it (guangyuan_2022.txt): the file's own name outranks body_years,
  relative_words and published_date, which only infer; a folder's year only dates a text
  that gives no year and no date;
* ``undecided``: none of these; the years stay NULL rather than guessed.

Without a plan part the plan year is the report year + 1; a plan without a summary part
reports on the year before its plan begins (plan_year - 1 for an annual plan, the year before
the period of a five-year plan), so that a past figure a plan recalls stays an actual.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath

from ingest.document.relative_words import Relative, current_year_of, relative_words
from ingest.document.sections import heading_kind
from ingest.document.year_mentions import (
    LATE_IN_THE_YEAR,
    Mentions,
    classify_mentions,
    dated_statements,
    latest_best,
    opening_year,
    statements_of,
    weak_years,
    years_from_mentions,
)
from ingest.document.year_phrases import (
    PART_REPORT,
    PERIOD,
    PLAN_WORD,
    REST_OF_YEAR,
    SUMMARY_HEAD_PHRASE,
    SUMMARY_WORD,
    WRAPPER,
    Span,
    arabic_years,
    headings_years,
    numbered_period,
    part_of_a_named_year,
    period_span,
    phrase_years,
)

LEAD_CHARS = 400  # a news item names its occasion (the year's work conference) this early
# A text given by this month of the year it reports on is written before the year ends
_BEFORE_THE_YEAR_ENDS = 10

YEARS_BASES = (
    "quoted_title",
    "title",
    "heading",
    "dated_statement",
    "body_years",
    "relative_words",
    "published_date",
    "path",
    "undecided",
)


@dataclass(frozen=True, slots=True)
class Years:
    report_year: int | None
    plan_year: int | None
    current_year: int | None
    basis: str  # one of YEARS_BASES
    looks_back: bool = False  # the text has a summary part
    looks_ahead: bool = False  # the text has a plan part
    plan_only: bool = False  # it only plans a year (部署2018年工作): targets from the first line


@dataclass(frozen=True, slots=True)
class _Evidence:
    """Everything decide_years reads, gathered once."""

    relative: Relative
    published_on: datetime.date | None
    looks_back: bool  # a summary part: a title or heading that looks back, dated actuals
    looks_ahead: bool  # a plan part: a plan title or heading, targets, 今年…将
    goals_only: bool = False  # every figure it states is a goal (only_goals, _GOALS_FORM)
    # it reviews part of a year (上半年, 1-6月, 前三季度) or plans its second half or last
    # quarter: a plan part is for the rest of the year reviewed
    rest_of_year: bool = False


def _finish(span: Span, basis: str, evidence: _Evidence) -> Years:
    report, plan = span.completed()
    if (
        span.plan is None
        and report is not None
        and evidence.relative.written_during()
        and not evidence.relative.next
        and evidence.relative.this_plan
    ):
        # a text of the year under way (今年以来…) whose goals are that year's (力争年内…) and
        # that looks to no next year: it plans the rest of its own year (the year it was
        # written in, when it also looks back on a whole year before: 2024年,…;今年1—5月,…)
        written = evidence.published_on.year if evidence.published_on is not None else None
        plan = written if written is not None and written == report + 1 else report
    elif span.plan is None and report is not None and evidence.rest_of_year:
        plan = report  # …1-6月工作情况 with 二、下半年工作打算: what is left of that year
    elif (
        span.plan is None
        and report is not None
        and evidence.published_on is not None
        and evidence.published_on.year == report
        and evidence.published_on.month <= _BEFORE_THE_YEAR_ENDS
        and not evidence.relative.next  # (明年,力争…: the year after all the same)
    ):
        # 宜都市2020年科技活动周活动总结 of September 2020, 下步打算:力争年底…: written well before
        # the year it reports on ends, it plans what is left of it
        plan = report
    plan_only = span.summary is None and span.plan is not None and not evidence.looks_back
    current = current_year_of(report, evidence.relative, evidence.published_on, plan_only)
    if report is not None and (
        (evidence.rest_of_year and span.plan in (None, report)) or span.plan == span.summary
    ):
        # 2024年上半年…完成情况, 2024年5月份工作简报: written in the year it reviews part of
        current = report
    # A text that says it deploys a year's work (部署2018年工作) and looks back on nothing is
    # a plan from its first line; a five-year plan's title alone does not say so (its review
    # of the last period holds actuals without years).
    throughout = plan_only and (basis == "dated_statement" or evidence.goals_only)
    return Years(
        report, plan, current, basis, evidence.looks_back, evidence.looks_ahead, throughout
    )


def _parts(
    kinds: str,
    headings: Sequence[str],
    mentions: Mentions,
    relative: Relative,
    dated: Span,
    planned: int | None = None,
) -> tuple[bool, bool]:
    """(looks back, looks ahead): from the titles' kind words, the headings' (`dated`: the
    years they give) and the body's."""
    # 工作任务完成情况 looks back on the tasks: its 任务 is no plan.
    kinds = SUMMARY_HEAD_PHRASE.sub("完成情况", WRAPPER.sub("", kinds))
    heading_kinds = {heading_kind(line) for line in headings}
    back = bool(re.search(SUMMARY_WORD, kinds)) or "summary" in heading_kinds
    ahead = bool(re.search(PLAN_WORD, kinds)) or "plan" in heading_kinds
    back = back or dated.summary is not None
    ahead = ahead or dated.plan is not None
    if re.search(SUMMARY_WORD, kinds) or re.search(PLAN_WORD, kinds):
        # The title says what the document is; a plan recalling a past figure has no summary.
        return back, ahead
    report = latest_best(mentions.actual)
    targets = [*mentions.annual_target, *mentions.horizon_target]
    # a year from the one the text says it plans (部署2018年工作…为2019年争创…) is no look back
    looked_back = [y for y in mentions.actual if planned is None or y < planned]
    back = back or bool(looked_back) or bool(relative.prev or relative.this_done)
    ahead = (
        ahead
        or any(report is None or year > report for year in targets)
        or bool(relative.this_plan or relative.next)
    )
    return back, ahead


def decide_years(
    *,
    title: str | None,
    wrapped_title: str | None,
    lines: Sequence[str],
    body_lines: Sequence[str],
    source_file: str,
    published_on: datetime.date | None,
) -> Years:
    """The years of one document; see the module docstring for the order of evidence.

    `lines` are all non-empty lines, `body_lines` those after the metadata block (the title
    included)."""
    text = arabic_years("\n".join(body_lines))
    published_on = _written_on(body_lines, published_on)
    if published_on is None:
        # an undated news item on an event of a year held on the day its lead gives (10月23日,
        # 天水市2025年科技成果对接会…举行): written then
        published_on = _held_on(" ".join(filter(None, (title, text[:LEAD_CHARS]))))
    relative = relative_words(text)
    period_said = _YEAR_OF_A_PERIOD.search(text) if published_on is None else None
    if period_said is not None:
        published_on = _said_on_by_a_period(period_said, relative)
    said = statements_of(text)
    mentions = classify_mentions(text, said)
    kinds = " ".join(filter(None, (wrapped_title, title)))
    # Headings, and the first clause of the body: a title the reader glued to the first
    # paragraph (厦门市科学技术局2016年…工作总结及2017年工作要点2016年,是…).
    arabic_lines = [arabic_years(line) for line in lines]
    arabic_lines += [_first_clause(text)]
    statements = dated_statements(text, text[:LEAD_CHARS], said)
    headings = headings_years(arabic_lines)
    back, ahead = _parts(kinds, arabic_lines, mentions, relative, headings, statements.plan)
    back = back or statements.summary is not None
    ahead = ahead or statements.plan is not None
    # no title and nothing but goals, or a title naming a form of goals (绩效目标申报表)
    goals_only = (not kinds and only_goals(text)) or bool(_GOALS_FORM.search(kinds))
    if goals_only:
        back, ahead = False, True  # a task list with no title: its figures are all goals
    rest_of_year = not relative.next and (
        any(pattern.search(kinds) for pattern, _ in _PART_OF_A_YEAR)
        or any(_REST_OF_YEAR_HEADING.match(line) for line in arabic_lines)
    )
    evidence = _Evidence(relative, published_on, back, ahead, goals_only, rest_of_year)

    phrases = (("quoted_title", wrapped_title), ("title", title))
    if (
        wrapped_title
        and title
        and not _WRAPPER_TITLE_RE.search(title)
        and phrase_years(title).summary is not None
    ):
        # a title that looks back on the document it quotes (《…“十一五”…规划》 under …规划实施
        # 情况总结): the review's years, not the plan's
        phrases = (("title", title), ("quoted_title", wrapped_title))
    for basis, phrase in phrases:
        span = phrase_years(phrase) if phrase else Span()
        if span.decided():
            # (what the body states, not its lead: a title naming the meeting is the lead)
            body = dated_statements(text, "", said) if statements.decided() else statements
            if body.summary != span.summary or body.plan not in (None, span.plan):
                # (a page of 2023 on 2022年科技创新工作会议 that 总结2021年…部署2022年…: the
                # body says what the meeting reviewed, whenever the page was put up)
                span = _meeting_held_after(span, phrase or "", published_on)
            return _finish(span, basis, evidence)
    replied = _reply_year(kinds, body_lines, published_on)
    if replied is not None:
        # a reply to a deputy's proposal speaks of the year it is written in: its 目前 and 今年
        # are that year's, and so are its goals (explicit years keep their own)
        return _finish(Span(replied, replied), "published_date", evidence)
    if published_on is not None:
        # a report on part of a year its title does not name (10月份工作简报, 第三季度…通报), or
        # an issue of a bureau's bulletin (工作动态 2024年第3期): the year it was issued in
        masthead = " ".join((kinds, *body_lines[:_MASTHEAD_LINES]))
        issued = (
            # (a report's title, not a headline that only says what happened in 上半年)
            _part_of_the_year(kinds, published_on) if PART_REPORT.search(kinds) else None
        ) or _bulletin_issue(masthead, published_on)
        if issued is not None:
            return _finish(issued, "published_date", evidence)
    if headings.decided():
        return _finish(headings, "heading", evidence)
    if period_said is not None and period_said.group("rel") == "去年" and relative.prev:
        # 去年是“十四五”开局之年。一年来,…: the year it looks back on, said outright; the goals
        # are the year it speaks in
        span = Span(published_on.year - 1, published_on.year if ahead else None)
        return _finish(span, "relative_words", evidence)
    if (
        published_on is not None
        and relative.prev
        and relative.this_plan
        and not (relative.this_done or relative.next)
        and not statements.decided()
    ):
        # a dated page that looks back on 去年 and plans 今年, and on no year under way (会议总结
        # 去年…,部署今年…): the year before it was published, and the year it was
        span = Span(published_on.year - 1, published_on.year)
        return _finish(span, _dated_by(relative), evidence)

    plan_only = bool(re.search(PLAN_WORD, kinds)) and not re.search(SUMMARY_WORD, kinds)
    from_mentions = years_from_mentions(
        mentions, published_on, plan_only, opening_year(body_lines), relative
    )
    if statements.decided():
        summary, plan = statements.summary, statements.plan
        if summary is None:
            found = from_mentions.summary
            summary = found if found is not None and plan is not None and found < plan else None
        if plan is None and from_mentions.plan is not None and summary is not None:
            plan = from_mentions.plan if from_mentions.plan > summary else None
        return _finish(Span(summary, plan), "dated_statement", evidence)
    path = PurePosixPath(source_file)
    # a file the user named by its year (guangyuan_2022.txt): the year it reports on, or the
    # year a plan-only text plans
    plans_only = plan_only or (ahead and not back)
    by_name = _named_span(_year_in_name(PurePosixPath(path.name)), plans_only, ahead)
    if from_mentions.decided():
        span = _after_cited_results(from_mentions, text, relative, published_on)
        span = _year_under_way(span, relative, published_on, text)
        span = _now_before_later_goals(span, text, relative, published_on)
        span = _at_a_periods_end(span, text, relative)
        if goals_only and span.summary is not None:
            # a year a task list names as done (兑现2020年奖励) is the one before it plans
            span = Span(None, span.plan or span.summary + 1)
        named = by_name(span)
        return _finish(named or span, "path" if named else "body_years", evidence)

    span = phrase_years("".join((*path.parent.parts, path.stem)))
    if span.decided():
        return _finish(span, "path", evidence)
    if published_on is not None:
        present = bool(_PRESENT_STOCK.search(text)) and not _WHOLE_YEAR.search(
            _YEARS_TASK.sub("", text)
        )
        span = _part_of_the_year(kinds, published_on) or _by_publication(
            published_on, relative, plan_only, present
        )
        named = by_name(span)
        return _finish(named or span, "path" if named else _dated_by(relative), evidence)
    named = _year_in_name(path)
    if named is not None:
        return _finish(Span(None, named) if plans_only else Span(named, None), "path", evidence)
    weak = weak_years(text, published_on)
    if weak is not None:
        return _finish(Span(weak, None), "body_years", evidence)
    return Years(None, None, None, "undecided", back, ahead)


def _meeting_held_after(span: Span, phrase: str, published_on: datetime.date | None) -> Span:
    """A meeting named by its year (2023年度科技创新工作会议) plans that year, held as it opens;
    reported in the year after, it reviewed that year (and the year after is the one planned)."""
    if published_on is None or span.plan is None or published_on.year != span.plan + 1:
        return span
    if phrase_years(phrase, conference=False) == span:
        return span  # the title's years are not a meeting's
    return Span(span.plan, span.plan + 1)


# A news item's dateline: 新华社北京5月9日电, 东北网4月13日讯, 华龙网9月30日16时讯
_DATELINE = re.compile(r"([0-9]{1,2})月([0-9]{1,2})日(?:[0-9]{1,2}时)?(?:电|讯)")
_DATELINE_LINES = 4
_DATELINE_REACH = 60


# An event a year names (2023年柳州市创新创业大赛, 大庆市2015年科技成果转化对接会, 2020年科技活动
# 周) held on a day (8月25日,…在…举行): that day of that year. (Not a year's awards given the
# year after, 2022年度科学技术奖励大会, nor a work conference, which reviews the year before.)
_EVENT_OF_A_YEAR = re.compile(
    r"(?=[12])((?:19|20)[0-9]{2})年(?!度)[^,。;:!?、\s]{0,20}?"
    r"(?:大赛|竞赛|活动周|科技周|宣传周|双创周|对接会|签约会|洽谈会|推介会|博览会|交易会|展览会"
    r"|拍卖会|竞价会|论坛|科普日|招聘会|开放日)"
)
_HELD = re.compile(r"举行|举办|召开|开幕|闭幕|启动|落幕|开展|在[^,。;]{1,16}?(?:进行|开赛)")
_DAY_OF_THE_LEAD = re.compile(r"(?<![0-9年])([0-9]{1,2})月([0-9]{1,2})日")


def _held_on(lead: str) -> datetime.date | None:
    """The day a lead says an event of a named year was held (8月25日,…2023年…大赛决赛在…举行),
    when the lead names one such year only."""
    events = {int(m.group(1)) for m in _EVENT_OF_A_YEAR.finditer(lead)}
    day = _DAY_OF_THE_LEAD.search(lead)
    if len(events) != 1 or day is None or not _HELD.search(lead):
        return None
    try:
        return datetime.date(events.pop(), int(day.group(1)), int(day.group(2)))
    except ValueError:
        return None


# 今年是“十四五”规划收官之年, 去年是“十四五”开局之年: a year the text names by its place in a
# five-year plan, and so the calendar its 今年/去年 are in
_YEAR_OF_A_PERIOD = re.compile(
    r"(?P<rel>今年|去年|明年)(?:是|为|作为|既是)[^。;,]{0,12}?十(?P<n>[一二三四五])五[”\"’』」]?"
    r"(?:规划)?(?:的)?(?:(?P<first>开局|起步|开篇)|(?:收官|决胜|最后一|末))(?:之)?年"
)
_RELATIVE_OFFSET = {"今年": 0, "去年": -1, "明年": 1}


def _said_on_by_a_period(found: re.Match[str], relative: Relative) -> datetime.date:
    """For a text with no date that names the place of one of its years in a five-year plan
    (_YEAR_OF_A_PERIOD): a day in the year its 今年 is. A text that looks back on 去年 speaks
    early in that year (a work conference); one that closes its year, late in it."""
    first, last = numbered_period(found.group("n"))
    now = (first if found.group("first") else last) - _RELATIVE_OFFSET[found.group("rel")]
    return datetime.date(now, 3, 1) if relative.prev else datetime.date(now, 12, 1)


# a title that hands on the document it names (关于印发《…》的通知)
_WRAPPER_TITLE_RE = re.compile(r"印发|转发|下发|通知")
# a reply to a deputy's or a CPPCC member's proposal (…第58号建议的答复函, …提案的答复)
_REPLY_RE = re.compile(r"(?:提案|建议|议案)(?:的)?(?:办理)?(?:答复|复函)|答复函")
_SIGNED_ON_RE = re.compile(r"((?:19|20)[0-9]{2})\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日")
_REPLY_HEAD_LINES = 12
_SIGNATURE_LINES = 6


def _reply_year(
    kinds: str, body_lines: Sequence[str], published_on: datetime.date | None
) -> int | None:
    """The year a reply to a proposal was written: its signature's date (a page may post it
    months later), else the page's."""
    if not _REPLY_RE.search(" ".join((kinds, *body_lines[:_REPLY_HEAD_LINES]))):
        return None
    for line in reversed(body_lines[-_SIGNATURE_LINES:]):
        signed = _SIGNED_ON_RE.fullmatch(arabic_years(line.strip()))
        if signed is not None:
            return int(signed.group(1))
    return published_on.year if published_on is not None else None


def _written_on(
    body_lines: Sequence[str], published_on: datetime.date | None
) -> datetime.date | None:
    """The day a page's item was written: the last day on or before the page's date that its
    dateline names (a mirror dated November that reposts 海口1月23日电 holds January's text)."""
    if published_on is None:
        return None
    for line in body_lines[:_DATELINE_LINES]:
        found = _DATELINE.search(line, 0, _DATELINE_REACH)
        if found is None:
            continue
        month, day = int(found.group(1)), int(found.group(2))
        for year in (published_on.year, published_on.year - 1):
            try:
                written = datetime.date(year, month, day)
            except ValueError:
                return published_on
            if written <= published_on:
                return written
    return published_on


def _named_span(named: int | None, plans_only: bool, ahead: bool) -> Callable[[Span], Span | None]:
    """What a year in the file's own name says against years only inferred from the body
    (its dated statements, 今年/去年, the publication date): ``None`` when they agree.

    The name is the user's word on what the document is (a page saved as …_2016.txt in
    2016 that recalls 2015's figures and lists what there is now); a title, a heading or a
    dated statement (总结2021年工作) still outranks it. A plan's name may give the year it
    plans; a folder's year is no word on each file in it."""

    def check(span: Span) -> Span | None:
        if named is None:
            return None
        report, plan = span.completed()
        # a year the body plans is the plan's own; one only completed from the report year
        # (report + 1) is not, unless the text has a plan part
        if named in (report, span.plan) or (named == plan and (ahead or plans_only)):
            return None
        if span.plan_start is not None and plan is not None and span.plan_start <= named <= plan:
            return None  # a plan to 2020 issued in 2015 (阜新_2015.txt): the name is its start
        if span.plan is not None and named < span.plan - 1 and span.summary is None:
            # a page of 2017 (…_2017.txt) whose only goals are 到2020年's: the name is the year
            # it reports on, not one it plans
            return Span(named, span.plan)
        return Span(None, named) if plans_only else Span(named, None)

    return check


# A year standing alone in a folder or file name: 2019/…, 77_guangyuan_2022.txt, 报告-2021.
_NAMED_YEAR = re.compile(r"(?:^|[_\-\s.()（）])((?:19[89]|20[0-4])[0-9])(?=$|[_\-\s.()（）])")


def _year_in_name(path: PurePosixPath) -> int | None:
    for part in reversed((*path.parent.parts, path.stem)):
        found = _NAMED_YEAR.findall(part)
        if found:
            return int(found[-1])
    return None


# A year's statistics, published (or filed) the year after it: 《2021年度…科技进步统计监测报告》,
# 2022年统计公报, 2023年度…研发投入网上填报. (Rankings and lists are not: 通过2011年…考核 may be
# announced in that December.)
_RESULT_YEAR = re.compile(r"((?:19|20)[0-9]{2})年度?[^。;!?]{0,24}?(?:统计|监测|公报|年鉴|填报)")
_SENTENCE = re.compile(r"[^。;!?\n]+")


def _after_cited_results(
    span: Span, text: str, relative: Relative, published_on: datetime.date | None
) -> Span:
    """A text that speaks of 今年 as under way (今年以来, 今年1-10月) and names its latest year
    only for that year's statistics (据…《2021年度…监测报告》显示:2021年…) is of the year after:
    statistics come out the year after the year they measure."""
    if published_on is not None or not relative.this_done or relative.prev or span.summary is None:
        return span
    year = span.summary
    sentences = [m.group(0) for m in _SENTENCE.finditer(text) if f"{year}年" in m.group(0)]
    cites = [str(year) in _RESULT_YEAR.findall(sentence) for sentence in sentences]
    if not sentences or not all(cites):
        return span
    report = year + 1
    return Span(report, span.plan if span.plan is not None and span.plan > report else None)


def _year_under_way(
    span: Span, relative: Relative, published_on: datetime.date | None, text: str = ""
) -> Span:
    """A page from after the spring of the year it sets goals for (力争到2023年底…), that
    speaks of that year as under way (今年上半年…达398亿元) and not of the year before, reports
    on the year under way: its 今年 is that year, not the one before the goals. An undated page
    says so by a part of the year gone by (上半年, 1-9月). So does a page that speaks so of its
    own year and sets goals for a later one (a meeting of August 2018: 上半年…;到2020年,力争…)."""
    if (
        published_on is not None
        and span.summary == published_on.year - 1
        and span.plan in (None, published_on.year)
        and published_on.month >= LATE_IN_THE_YEAR
        and relative.this_done > relative.prev
        and not relative.next
        and _PART_OF_YEAR_DONE.search(text)
    ):
        # a page of October 2025 on a meeting: 今年以来…1—9月,全市…;2024年,全市研发投入强度…:
        # late in the year, its dated figures are the year before's statistics, the months it
        # tells are its own (one of June that recalls last year's total looks back on that)
        return Span(published_on.year, span.plan)
    if (
        published_on is None
        and span.plan is not None
        and span.summary == span.plan - 1
        and relative.this_done >= relative.prev
        and not relative.next
        and _PART_OF_YEAR_DONE.search(text)
    ):
        # 今年以来…1—10月,全市新认定…;2016年,全市R&D经费支出…;力争2017年底…: an undated page
        # that tells its year's months gone by, the year before only by the statistics that lag
        # a year, reports on the year under way
        return Span(span.plan, span.plan)
    if (
        span.summary is not None
        or span.plan is None
        or not relative.this_done
        or relative.prev
        or relative.next
    ):
        return span
    if published_on is None:
        return Span(span.plan, span.plan) if _PART_OF_YEAR_DONE.search(text) else span
    if span.plan < published_on.year or published_on.month <= _SPRING_END:
        return span
    if span.plan > published_on.year:
        return Span(published_on.year, span.plan, span.plan_start)
    return Span(span.plan, span.plan)


# a part of the year gone by: 上半年, 前三季度, 1-9月
_PART_OF_YEAR_DONE = re.compile(
    r"上半年|前三季度|[1一]\s*[-—~至到]\s*[0-9一二三四五六七八九十]{1,2}\s*月"
    r"|截[至止](?:今年)?[0-9一二三四五六七八九十]{1,2}\s*月(?:底|末)"
)


def _now_before_later_goals(
    span: Span, text: str, relative: Relative, published_on: datetime.date | None
) -> Span:
    """A page dated after the spring whose only years are goals later than its own (为确保到
    2020年…; a page of October 2018) and that states what there is now (目前,全县有…1家),
    with no whole year looked back on: it reports on the year it was written in."""
    if (
        published_on is None
        or span.summary is not None
        or span.plan is None
        or span.plan <= published_on.year
        or published_on.month <= _SPRING_END
        or relative.prev
        or relative.this_done
        or not _PRESENT_STOCK.search(text)
        or _WHOLE_YEAR.search(_YEARS_TASK.sub("", text))
    ):
        return span
    return Span(published_on.year, span.plan, span.plan_start)


def _at_a_periods_end(span: Span, text: str, relative: Relative) -> Span:
    """A text that names a five-year period and the one after it (“十四五”期间…交出答卷,
    “十五五”蓝图) and speaks of 今年 as under way is written in the period's last year: the
    latest years it dates events by (2023年、2024年先后入选…) are history."""
    periods = {period_span(found) for found in PERIOD.finditer(text)}
    ends = [end for start, end in periods if (end + 1, end + 5) in periods]
    if not ends or span.summary is None or span.plan is not None or not relative.this_done:
        return span
    end = max(ends)
    return Span(end, None) if span.summary < end else span


def _first_clause(text: str) -> str:
    line = text.lstrip().split("\n", 1)[0]
    # a report it cites (据…下发的《2021年度…监测报告》显示) is not its own title
    return re.sub(r"《[^》]*》", "", re.split(r"[,。;:]", line, maxsplit=1)[0])


# A sentence that states a figure (a number and its unit), one that sets it as a goal (力争,
# 以上 …), one that looks back (同比, 已, 累计 …).
_FIGURE = re.compile(r"[0-9]+(?:\.[0-9]+)?\s*(?:[万亿]?元|家|个|项|件|人|名|户|%|所|台|篇)")
_GOAL = re.compile(r"力争|争取|确保|目标|计划|以上|不少于|不低于|突破")
_LOOKS_BACK = re.compile(
    r"同比|比上年|较上年|比去年|较去年|增长了|已|累计|共有|现有|达到了|完成了|实现了|位居|排名|居全|获批"
)
_GOAL_SENTENCES_MIN = 3


# A form of the goals set for a year: 部门整体支出绩效目标申报表, 目标责任书, 目标任务书
_GOALS_FORM = re.compile(r"绩效目标[))]?(?:申报|表)|目标(?:责任|任务)书")


def only_goals(text: str) -> bool:
    """Does every sentence that states a figure set it as a goal, none look back (a task list
    with no title: 全年争取…200万元以上; 力争…认定1家以上)? At least three such sentences."""
    stated = [s for s in re.split(r"[。;!?\n]", text) if _FIGURE.search(s)]
    return len(stated) >= _GOAL_SENTENCES_MIN and all(
        _GOAL.search(s) and not _LOOKS_BACK.search(s) for s in stated
    )


# What there is now (现有高新技术企业20家, 目前已建成…), with no whole year looked back on: a page
# that says only this reports on the moment it was written.
# what there is now: a stock, or what several years up to now have made (两年来, 五年来)
_PRESENT_STOCK = re.compile(
    r"现有|目前|当前|截至目前|截止目前|(?<![近0-9一])(?:[两二三四五六七八九十多几]|[2-9])年来"
)
# a whole year looked back on (一年来, 全年), not several up to now
_WHOLE_YEAR = re.compile(
    r"全年|年度|过去一年|(?<![近0-9两二三四五六七八九十多几])年来|(?<![0-9])年以来"
)
_SPRING_END = 3  # a page of January to March without years may still look back on the year before
# the year under way (its task, the months up to now), not a year looked back on
_YEARS_TASK = re.compile(r"(?:全年|年度)(?:目标)?任务|(?:全年|年度)目标|最?近一年来")


# A heading of a plan for what is left of the year (二、下半年工作打算, (三)四季度工作安排)
_REST_OF_YEAR_HEADING = re.compile(
    rf"\s*(?:[一二三四五六七八九十]+、|[((][一二三四五六七八九十]+[))]|[0-9]+[.、])?\s*"
    rf"{REST_OF_YEAR}[^,。;]{{0,8}}?(?:{PLAN_WORD})"
)
# A title naming part of a year (第一季度, 上半年, 1-9月) and the month that part ends in
_PART_OF_A_YEAR = (
    (re.compile(r"第?一季度|1\s*[-—~至到]\s*3\s*月"), 3),
    (re.compile(r"上半年|第?二季度|1\s*[-—~至到]\s*6\s*月"), 6),
    (re.compile(r"前三季度|第?三季度|1\s*[-—~至到]\s*9\s*月"), 9),
    # (the year's first months to any other month but its last: 1—5月, 1—10月工作进展情况)
    (re.compile(r"(?<![0-9])1\s*[-—~至到]\s*(?:[24578]|1[01])\s*月"), None),
)


def _part_of_the_year(kinds: str, published_on: datetime.date) -> Span | None:
    """A title without a year naming part of one (第一季度工作总结, 10月份工作简报): that part of
    the year it was published in, once the part is over (of the year before, when the part is
    not over yet: a December bulletin issued in January); its plan (下半年…, 下月…) is for the
    rest of that year, or the next one after the year's last month."""
    if not kinds or re.search(r"(?:19|20)[0-9]{2}", kinds):
        return None  # (a title naming its year was read as a phrase of years)
    for pattern, last_month in _PART_OF_A_YEAR:
        found = pattern.search(kinds)
        if found is not None and last_month is None:
            last_month = int(re.findall(r"[0-9]+", found.group())[-1])
        if found is not None and published_on.month > last_month:
            year = published_on.year
            return Span(year, year if re.search(PLAN_WORD, kinds) else None)
    month = _MONTH_REPORTED.search(kinds)
    if month is None:
        return None
    last = int(month.group(1))
    year = published_on.year if published_on.month > last else published_on.year - 1
    return Span(year, year + 1 if last == 12 else year)


# a month a title reports on: 10月份工作简报, 7月份科技工作情况
_MONTH_REPORTED = re.compile(
    r"(?<![0-9年])(1[0-2]|[1-9])\s*月份?(?:科技)?(?:工作)?(?:简报|动态|情况|通报|月报)"
)
# an issue of a bureau's periodical, numbered in its year: 科技工作动态 2023年第8期, 工作简报 第5期
_BULLETIN = re.compile(r"(?:工作|科技)(?:简报|动态)|简报|动态|周报|旬报|月报")
_ISSUE = re.compile(r"第\s*[0-9]{1,3}\s*期")
_MASTHEAD_LINES = 4


def _bulletin_issue(masthead: str, published_on: datetime.date) -> Span | None:
    """An issue of a periodical (工作动态, 工作简报, 第N期) reports on its year so far and plans the
    rest of it; the last issue of a year (out in December) looks to the next, and the first,
    out in January, closes the year before. An issue
    that names its month (月度工作简报 (2022年6月)) is of that month's year."""
    if not _BULLETIN.search(masthead):
        return None
    named = part_of_a_named_year(masthead)  # (under its name: (2022年6月))
    if named is not None:
        return named
    if not _ISSUE.search(masthead):
        return None
    year = published_on.year
    if published_on.month == 1:
        return Span(year - 1, year)
    # (the December issue closes its year and looks to the next)
    return Span(year, year + 1 if published_on.month == 12 else year)


def _by_publication(
    published_on: datetime.date, relative: Relative, plan_only: bool, present: bool = False
) -> Span:
    """The years a text without years has, from its date, its 去年/今年/明年 and whether it
    speaks only of what there is now (``present``)."""
    year = published_on.year
    if relative.this_done and not relative.this_plan and _year_just_turned(published_on):
        # 今年…入库147家 on a page of 2 January was written as the year closed: it is that
        # year's.
        return Span(year - 1, None)
    if (
        present
        and not plan_only
        and relative.this_plan
        and published_on.month > _SPRING_END
        and not relative.prev_figures  # (去年,…达到2980户 on a page of April: last year's)
    ):
        # 目前全区高新技术企业共46家…今年将… on a page of May: what is now, and the rest of
        # the year's plan
        return Span(year, year)
    if plan_only or (relative.this_plan and not (relative.prev or relative.this_done)):
        # A plan is issued early in its year, or late in the year before.
        return Span(None, year if published_on.month <= 9 or relative.this_plan else year + 1)
    if relative.prev > relative.this_done + relative.next:
        return Span(year - 1, None)
    if relative.this_done or relative.next:
        return Span(year, None)
    if present and published_on.month > _SPRING_END:
        return Span(year, None)  # 近日…入选名单,现有高新技术企业20家 on a page of May
    # A report published in the first half of a year is about the year before.
    return Span(year - 1 if published_on.month <= 6 else year, None)


_NEW_YEAR_DAYS = 15  # a page this early in January was written in the year before


def _year_just_turned(published_on: datetime.date) -> bool:
    return published_on.month == 1 and published_on.day <= _NEW_YEAR_DAYS


def _dated_by(relative: Relative) -> str:
    return "relative_words" if relative.any() else "published_date"
