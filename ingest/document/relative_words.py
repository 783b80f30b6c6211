"""今年, 去年, 明年: what they say about when a text was written.

去年 naming what was done (去年,全市新增…) and 今年 naming what will be (今年将…, 部署今年的
重点任务) say the text was written the year after its report year; 今年以来, 年内 naming what
was done (年内新增…), 一年来 and 明年 say it was written in the report year. With a publication
date they date a text that names no year, and tell a figure a year behind (2022年研发投入… in a
news item of December 2023 that says 今年以来) from the year the text reports on.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from dataclasses import dataclass

from ingest.document.year_mentions import BASE_BEFORE, MODAL, NOT_TARGET, sentence_after

# (each pattern run over a whole text opens on a lookahead on the characters a match can start
# with: the scan then skips every other position at once instead of trying each alternative)
_RELATIVE = re.compile(
    r"(?=[去过上今本年明来下一])(?:"
    r"(?P<prev>去年|过去(?:的)?一年|上年度|上一年|上年(?=[,底末]))"
    r"|(?P<this>今年|本年度|(?<![0-9〇零一二三四五六七八九十两几多数近])年内)"
    r"|(?P<done>(?<![0-9〇零一二三四五六七八九十两几多数近])一年来)"
    r"|(?P<next>明年|(?<!年)来年|下一年)"
    r")"
)
# 部署今年的重点任务, 做好今年科技工作, 谋划好今年工作, 力争年内…, 今年…作具体安排: this year
# as the one being planned.
_PLAN_VERB_BEFORE = re.compile(
    r"(?:部署|安排|谋划|做好|抓好|明确|确定|力争|确保|争取|力求|拟)了?好?在?\s*$"
)
_PLAN_NOUN_AFTER = re.compile(r"重点任务|目标任务|工作任务|主要目标|工作要点|工作思路|安排|部署")
# 今年是…之年。 followed by the goals' opening (全市科技工作的主要目标是, 今年的目标任务是)
# (…之年, …关键一年, 我区“科技创新年”: what the year is)
_YEAR_IS_SENTENCE = re.compile(r"是[^。;!?\n]{0,60}年[”\"」]?[。;,]")
_GOALS_OPENING = re.compile(
    r"[^。;!?\n]{0,30}?(?:主要目标|目标任务|工作目标|预期目标|目标是|目标为)"
    r"|[^。;!?\n,]{0,12}?要(?:确保|力争)"  # (全市科技工作要确保…)
)
# 今年的目标, 今年主要目标, 今年的工作目标任务: the goals of the year named; 今年至少…: a floor set
_GOALS_OF_IT_AFTER = re.compile(r"的?(?:主要|总体|工作|奋斗|发展)?目标|至少")
_SO_FAR_AFTER = re.compile(
    r"^(?:以来|来|前|上半年|下半年|前三季度|[0-9一二三四五六七八九十]+[-~至到]?[0-9]*月)"
)
_REL_BASE_AFTER = re.compile(r"^(?:同期|的水平|水平|相比|基础上)")
# a part of a year opening a clause, no year before it: 一季度, / 上半年, / 1-9月, (not 2021年1-9月)
_PART_OF_YEAR = re.compile(
    r"(?=[截至一第上前1])(?:^|(?<=[。;,\n]))(?:截至|截止|至)?(?:一季度|第一季度|上半年|前三季度|1[-~至到][0-9]{1,2}月)"
    r"(?:份|底|末)?[,,]"
)
# a figure stated: a number and its unit
_FIGURE = re.compile(r"[0-9]+(?:\.[0-9]+)?\s*(?:[万亿]?元|家|个|项|件|人|名|户|%|所|台|篇)")


@dataclass(frozen=True, slots=True)
class Relative:
    prev: int  # 去年 naming what was done: the text is written the year after the report
    this_done: int  # 今年以来, 今年全市新增…: written in the report year
    this_plan: int  # 今年…将/力争: written in the plan's first year
    next: int  # 明年…: written in the report year
    # of those, how many speak in a sentence stating figures (去年…申报认定5家,争取资金584万元):
    # the tie-breaker when the counts alone do not tell
    prev_figures: int = 0
    during_figures: int = 0
    # the one year named right after a 今年 of work done (今年…成功举办2021年科技活动周): 今年
    named_now: int | None = None
    # the latest year in which the text dates a day of what was done (2023年4月18日,…举行…):
    # the text was written in that year or after
    latest_day: int | None = None
    # of this_done, how many are 一年来, which a text closing its year says whether it is
    # written in its last days or after it
    closing: int = 0

    def any(self) -> bool:
        return bool(self.prev or self.this_done or self.this_plan or self.next)

    def written_during(self) -> bool:
        """The words say the text was written in the year it reports on (今年以来, 年内新增,
        明年) more than after it (去年, 今年将)."""
        return self.this_done + self.next > self.prev + self.this_plan


def relative_words(text: str) -> Relative:
    """How the text uses 去年, 今年 and 明年 (not as a base of comparison: 比去年, 同去年相比)."""
    counts: Counter[str] = Counter()
    named: set[int] = set()
    for found in _RELATIVE.finditer(text):
        before = text[max(0, found.start() - 4) : found.start()]
        after = text[found.end() : found.end() + 8]
        if BASE_BEFORE.search(before) or _REL_BASE_AFTER.match(after):
            continue
        kind = found.lastgroup or "this"
        if kind == "done":
            kind = "this_done"  # 一年来,…: the year the text closes, like 今年以来
            counts["closing"] += 1
        elif kind == "this":
            if after.startswith("是"):
                # 今年是“十四五”开局之年 says nothing about the tense, unless the goals follow
                # it (今年是…开局之年。全市科技工作的主要目标是:…): then 今年 is the year planned
                said = _YEAR_IS_SENTENCE.match(text, found.end())
                if said is None or not _GOALS_OPENING.match(text, said.end()):
                    continue
                kind = "this_plan"
            elif _SO_FAR_AFTER.match(after):
                kind = "this_done"
            else:
                sentence = sentence_after(text, found.end())
                planned = (
                    _PLAN_VERB_BEFORE.search(before)
                    or _GOALS_OF_IT_AFTER.match(after)
                    or MODAL.search(sentence)
                    or _PLAN_NOUN_AFTER.search(sentence)
                ) and not NOT_TARGET.search(sentence)
                if not planned and after.startswith("的"):
                    continue  # 翻开今年的政府工作报告: names a thing of this year, no tense
                kind = "this_plan" if planned else "this_done"
        if kind == "this_done":
            named |= _named_years(sentence_after(text, found.end()))
        counts[kind] += 1
        if _FIGURE.search(sentence_after(text, found.end())):
            counts[f"{kind}_figures"] += 1
    for found in _PART_OF_YEAR.finditer(text):
        # 一季度,…; 1-4月,全市…: figures of the year under way, said without naming it
        if _FIGURE.search(sentence_after(text, found.end())):
            counts["this_done"] += 1
            counts["this_done_figures"] += 1
    return Relative(
        counts["prev"],
        counts["this_done"],
        counts["this_plan"],
        counts["next"],
        prev_figures=counts["prev_figures"],
        during_figures=counts["this_done_figures"] + counts["next_figures"],
        named_now=next(iter(named)) if len(named) == 1 else None,
        latest_day=max(_days_done(text), default=None),
        closing=counts["closing"],
    )


# a day of a month of a year (2023年4月18日); not a day set ahead (将于…, 定于…) nor one from
# which a rule applies (…起施行)
_DAY = re.compile(
    r"((?:19|20)[0-9]{2})\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日(?!\s*(?:起|前|之前))"
)
_DAY_AHEAD_BEFORE = re.compile(r"(?:将|拟|定|预计|计划|争取)于?\s*$")


def _days_done(text: str) -> list[int]:
    return [
        int(found.group(1))
        for found in _DAY.finditer(text)
        if not _DAY_AHEAD_BEFORE.search(text, max(0, found.start() - 4), found.start())
    ]


# a year of the text's own time, not a base (比2020年) nor a range's end
_NOW_NAMED = re.compile(
    r"(?<![比较与同从由至到0-9\-])((?:19|20)[0-9]{2})年(?!度?(?:同期|相比|以来|以前|底|末))"
)


def _named_years(sentence: str) -> set[int]:
    return {int(y) for y in _NOW_NAMED.findall(sentence)}


# From this month a page dated the year after its report year speaks of that year as 今年
_WELL_INTO_THE_YEAR = 4


_EARLY_MONTHS = 3  # the months in which a year's work reports and 政府工作报告 are given


def current_year_of(
    report: int | None,
    relative: Relative,
    published_on: datetime.date | None,
    plan_only: bool,
) -> int | None:
    """The year the text calls 今年: the report year when it speaks of the year as done so far
    or of 明年, the year after when it speaks of 去年 or plans 今年. A plan's 今年 is the year
    it plans, whatever it says of it."""
    if report is None:
        return None
    if (
        published_on is not None
        and published_on.year == report + 1
        and relative.this_plan
        and not relative.next
        and (relative.this_done <= relative.closing or published_on.month <= _EARLY_MONTHS)
    ):
        # a text given the year after its report year that plans 今年 (一年来,… / 今年…主要预期
        # 目标): its 今年 is the year it was given in, a 一年来 its report year's close (and in
        # its first months, 年内 in its list of goals is the year planned)
        return published_on.year
    if (
        published_on is not None
        and published_on.year == report + 1
        and not (relative.prev or relative.this_plan or relative.next)
        and relative.this_done <= relative.closing
    ):
        # a text given the year after its report year that says of the year only that it
        # closed (一年来, 全年…): nothing calls that year 今年, the year it was given in is
        return published_on.year
    written_after = relative.prev + relative.this_plan
    written_during = relative.this_done + relative.next
    if plan_only:
        written_after, written_during = written_after + relative.this_done, relative.next
    if written_after == written_during:  # the words do not tell (or there are none)
        dated = published_on is not None and published_on.year in (report, report + 1)
        if dated and published_on is not None:
            return published_on.year
        if (
            published_on is None
            and not plan_only
            and relative.prev_figures != relative.during_figures
        ):
            # an undated page whose figures stand under 去年 (今年 only in a sentence without
            # any) was written the year after the one it reports on; and the reverse
            return report + 1 if relative.prev_figures > relative.during_figures else report
        return None
    current = report + 1 if written_after > written_during else report
    if (
        published_on is not None
        and published_on.year == current + 1 == report + 1
        and published_on.month >= _WELL_INTO_THE_YEAR
    ):
        # 今年以来,截至5月底… in a reply dated June 2023 that looks back on 2022: its 今年 is the
        # year it is written in, months after the year it reports on ended
        return published_on.year
    if published_on is not None and report <= published_on.year < current:
        # no text calls a year 今年 before that year has begun: a speech dated in November
        # that looks back on 去年 and on 今年1—9月 was given in its own report year
        return published_on.year
    return current
