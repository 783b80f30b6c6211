"""Split a normalised report into sentences and tell the summary part from the plan part.

A work report looks back on the report year (the summary) and then sets out the plan year
(工作计划, 工作思路, 工作打算, 工作要点, 主要目标 …).  Figures in the summary are actuals of the
report year; figures in the plan are targets of the plan year.  Plan-only documents (a
工作要点 with no look back) are plan from the first line.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from ingest.document.table_columns import task_cells
from ingest.document.title import CJK_RE
from ingest.document.year_phrases import STATEMENT_ABOUT, arabic_years

# A heading: a short line, often numbered 一、 / (一) / 1. / 第一部分.
HEADING_NUMBER = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十]+\)|第[一二三四五六七八九十]+(?:部分|章)"
    r"|[0-9]+[、.])"
)
TOP_LEVEL_NUMBER = re.compile(r"^\s*[一二三四五六七八九十]+、")
HEADING_MAX_CHARS = 40

PLAN_WORDS = (
    "工作计划", "工作思路", "工作打算", "工作要点", "工作安排", "主要目标", "预期目标",
    "目标任务", "总体要求", "指导思想", "总体思路", "下一步", "今后", "明年", "发展目标",
    "工作目标", "工作设想", "工作谋划", "展望",
)  # fmt: skip
# Words that also head sub-sections of a summary ((三)重点工作扎实推进): a plan heading only
# at the top level (二、重点工作) or when the heading names the plan year.
WEAK_PLAN_WORDS = ("重点工作", "工作重点", "主要任务", "重点任务")
# What a top-level heading that opens the plan part may end on (三、奋斗目标, 四、下步打算,
# 三、2024年目标, 五、努力方向): a sub-heading of a summary may too ((一)锚定年度目标)
_PLAN_ENDINGS = ("目标", "打算", "计划", "思路", "设想", "方向", "安排")
SUMMARY_WORDS = ("工作总结", "工作回顾", "回顾", "主要成效", "工作成效", "主要成绩", "完成情况",
                 "工作情况", "取得成效", "推进情况", "进展情况", "开展情况",
                 "落实情况", "运行情况", "工作进展", "指标进展", "主要进展",
                 # (a plan's chapter on where it starts from: 第一章 发展基础)
                 "发展基础", "发展现状", "现实基础")  # fmt: skip
# A heading that looks back (全面完成年度目标任务; 重点工作推进情况, 一、重点工作进展: how the
# work went) is no plan heading, whatever else it says (…工作亮点与2024年重点工作展望: its
# highlights look back).
LOOKS_BACK = ("完成", "成效", "成绩", "取得", "实现", "总结", "回顾", "推进情况", "进展",
              "开展情况", "落实情况", "亮点")  # fmt: skip
_BARE_YEAR_HEADING_CHARS = 8  # 展望2023, 回顾2022年: a heading of a word and a year
YEAR_IN_HEADING = re.compile(r"(20[0-4][0-9]|19[89][0-9])年")
# ; ends a clause, not a sentence: 「2021年,…257.4亿元;R&D投入强度2.27%」 keeps its year.
# A page's time stamp (2018年03月21日08:16, 2023-08-04 10:05:52) is page chrome, glued to the
# title before it and the dateline after it on a copied page: it is a sentence of its own.
_STAMP = (
    r"(?:19|20)[0-9]{2}(?:年[0-9]{1,2}月[0-9]{1,2}日|-[0-9]{1,2}-[0-9]{1,2})"
    r"\s*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?"
)
# A list run into one line, its items after " - " (a digest's bullets: …成果 [2] - 2015年…)
_BULLET = r"(?<=[\u4e00-\u9fff\]”)%])\s+-\s+(?=[\u4e00-\u9fff“「0-9])"
SENTENCE_END = re.compile(rf"[。!?！？]+|\n+|(?={_STAMP})|{_STAMP}|{_BULLET}")


@dataclass(frozen=True)
class Sentence:
    char_start: int
    char_end: int
    text: str
    section: str  # summary | plan
    is_heading: bool
    # the year a frame opened on: a plan's horizon (到2025年,…), or in a look back a past year
    # its paragraph opens on (截至2018年,…)
    frame_year: int | None = None


# Marks a post sets before a heading or a paragraph (🎯, ▲, ★, ●): no words of it
LEADING_MARKS = re.compile(r"^[\s\u2190-\u2bff\u3000\ufe0f\u200d\U0001f000-\U0001faff]+")
# …and after it, when the heading sits between rules (═════ 【2023年这样干】 ═════)
_TRAILING_MARKS = re.compile(r"[\s\u2190-\u2bff\u3000\ufe0f\u200d\U0001f000-\U0001faff]+$")


def _unmarked(line: str) -> str:
    return _TRAILING_MARKS.sub("", LEADING_MARKS.sub("", line.strip()))


# A figure and then a clause after it: a sentence, however short, is no heading
_STATES_A_FIGURE_RE = re.compile(
    r"[0-9]+(?:\.[0-9]+)?\s*(?:%|家|个|项|件|亿元|万元|名|户)[^。]*?[,;]"
)


def _heading_section(
    line: str, report_year: int | None, plan_year: int | None, weak_plans: bool = True
) -> str | None:
    """'plan' or 'summary' when the line is a heading that opens such a part, else None.
    ``weak_plans``: whether a top-level 重点工作 not naming the plan year may open the plan
    (not in a document whose title calls it a summary alone: there it heads the year's work)."""
    stripped = _unmarked(line)
    slide = _SLIDE_HEADING.fullmatch(stripped)
    if slide:  # a slide's heading: 2025 ┃ 目标任务  6 (its year, its title, its page)
        stripped = slide.group("title")
    if not stripped or len(stripped) > HEADING_MAX_CHARS:
        return None
    if _STATES_A_FIGURE_RE.search(stripped):
        return None  # 4.发明专利授权:目标任务20件,已授权23件。: an item that states figures
    bracketed = bool(_BRACKETED_HEADING.fullmatch(stripped))
    numbered = bool(HEADING_NUMBER.match(stripped)) or bracketed
    years = [int(y) for y in YEAR_IN_HEADING.findall(stripped)]
    years += [int(slide.group("year"))] if slide else []
    if (bracketed or len(stripped) <= _BARE_YEAR_HEADING_CHARS) and not years:
        # 【回顾2024】, 【展望2025】, and the same on a line of its own: 回顾2022 / 展望2023
        years = [int(y) for y in _BARE_YEAR.findall(stripped)]
    top_level = bool(TOP_LEVEL_NUMBER.match(stripped))
    weak = any(w in stripped for w in WEAK_PLAN_WORDS) and (
        (top_level and weak_plans)
        or (plan_year is not None and plan_year in years)
        # (三、2021年重点工作 after a look back on 2020: a year still ahead)
        or (report_year is not None and bool(years) and min(years) > report_year)
    )
    core = _ASIDE_AT_END.sub("", stripped)  # 四、下半年打算(全年目标): what it heads
    core = core[1:-1] if bracketed else core  # (【总体目标】: the label)
    plan_words = (
        weak
        or any(w in stripped for w in PLAN_WORDS)
        or (
            core.endswith(_PLAN_ENDINGS)
            # (or a label in lenticular brackets: 【总体目标】, 【工作思路】)
            and (top_level or bracketed or (plan_year is not None and plan_year in years))
        )
    )
    if any(w in stripped for w in SUMMARY_WORDS) and not plan_words and (numbered or years):
        return "summary"
    if plan_words:
        if any(w in stripped for w in LOOKS_BACK):
            return None  # a title naming both parts, or 全面完成年度目标任务
        if report_year is not None and report_year in years and plan_year in years:
            return None  # ——2022年…亮点工作和2023年重点工作解读: a title naming both years
        if (
            numbered
            or years
            or core.endswith(("目标", "思路", "打算", "计划", "要点"))
            or len(stripped) <= _PLAN_WORD_HEADING_CHARS  # a plan word alone: 明年重点, 目标任务
        ):
            return "plan"
    if numbered and years and plan_year is not None and years[0] == plan_year:
        return "plan"  # 三、2020年工作 in a 2019 summary
    if numbered and not years and plan_year is not None and plan_year != report_year:
        # 二、今年,我们要在几个关键指标上实现大的跨越: the year planned and what must be done
        number = HEADING_NUMBER.match(stripped)
        rest = stripped[number.end() :] if number else stripped
        if _THIS_YEAR_OPENER.match(rest) and _OPENER_MODAL.search(rest):
            return "plan"
    # (the plan year opening the line, with 年 or a comma: 2022年,…这样干, 2024,我们这样干)
    opening = next((f"{plan_year}{c}" for c in "年," if stripped.startswith(f"{plan_year}{c}")), "")
    if (
        plan_year is not None
        and plan_year != report_year
        and opening
        and years in ([plan_year], [])
        and len(stripped) <= _YEAR_HEADING_MAX_CHARS
        # (a year alone is a label, an infographic's big figure: words must follow it)
        and len(CJK_RE.findall(stripped[len(opening) :])) >= _YEAR_HEADING_MIN_WORDS
        and not _DAY_RE.search(stripped)
    ):
        # 2022年,芜湖科技这样干 (or 2024,我们这样干) over the year's goals, in a look back
        return "plan"
    if (
        plan_year is not None
        and plan_year != report_year
        and re.fullmatch(rf"{plan_year}\s*年?\s*(?:展望)?\s*[::]", stripped)
    ):
        return "plan"  # 2018年: over the points that follow, a label (a big figure takes none)
    if numbered and years and report_year is not None and years[0] == report_year:
        return "summary"
    if _ANNEX.match(stripped) and years and not plan_words:
        # 附:2021年主要科技指标排名情况, after the plan: an annex of the year it names
        if years[0] == report_year:
            return "summary"
        if years[0] == plan_year:
            return "plan"
    return None


# an annex's caption (附:…, 附表1 …, 附件2:…)
_ANNEX = re.compile(r"附(?:表|件)\s*[0-9一二三四五六七八九十]*\s*[::、]?|附\s*[::]")


# A slide's heading as a deck's text keeps it: its year, a bar, its title, the page's number
_SLIDE_HEADING = re.compile(
    r"(?P<year>(?:19|20)[0-9]{2})年?\s*[┃|│]\s*(?P<title>[^0-9|┃│]{2,20}?)(?:\s*[0-9]{1,3})?"
)
# a plan word as long as this at most, alone on its line, heads a plan (明年重点, 目标任务)
_PLAN_WORD_HEADING_CHARS = 6
# an aside a heading ends on (四、下半年打算(全年目标)): what it heads is said before it
_ASIDE_AT_END = re.compile(r"\([^()]{1,12}\)$")


def _is_slide_heading(line: str) -> bool:
    return _SLIDE_HEADING.fullmatch(_unmarked(line)) is not None


# A heading set in lenticular brackets, as posts mark their parts (【回顾2024】), and the bare
# year such a heading may name
_BRACKETED_HEADING = re.compile(r"【[^【】]{2,20}】")
_BARE_YEAR = re.compile(r"(?<![0-9])(20[0-4][0-9]|19[89][0-9])(?![0-9])")
# A short unnumbered line that opens on the plan year (2022年,这样干): its part's heading
_YEAR_HEADING_MAX_CHARS = 16
_YEAR_HEADING_MIN_WORDS = 3
_DAY_RE = re.compile(r"[0-9]+月|[0-9]+日")
# A heading naming the goals of the year looked back on, no other year: 年度总体目标, 年度绩效目标
_YEARS_OWN_GOALS = re.compile(r"年度(?:总体|绩效|工作)?目标$")
# …and in a self-assessment, the project's or the department's (二、项目绩效目标, 年度总体目标)
_ASSESSED_GOALS = re.compile(r"(?:年度|项目|部门整体|部门)(?:总体|绩效|工作|支出绩效)?目标$")
_SELF_ASSESSMENT = re.compile(r"自评|绩效评价|评价报告")
# a paragraph opening on what was done (实际完成情况:, 完成情况:, 实际完成:)
_RESULT_OPENER = re.compile(r"\s*(?:实际)?完成(?:情况)?\s*[::]")
_BARE_HEADING_CHARS = 10


def _years_own_goals(line: str, assessing: bool = False) -> bool:
    stripped = line.strip()
    own = (_ASSESSED_GOALS if assessing else _YEARS_OWN_GOALS).search(stripped)
    numbered = bool(HEADING_NUMBER.match(stripped))
    return (
        len(stripped) <= HEADING_MAX_CHARS
        and (numbered or (assessing and len(stripped) <= _BARE_HEADING_CHARS))
        and own is not None
        and not YEAR_IN_HEADING.search(stripped)
        and not any(w in stripped for w in LOOKS_BACK)
    )


# An interviewer's turn (问:, 记者:, 主持人:, 网友“…”:, 人民网记者:) that asks a question: what
# it asks about is the part the answers after it are in (明年有哪些打算? → plan; 今年有哪些亮点?
# → summary); a question about both, or neither, leaves the part as it was
_QUESTION_TURN = re.compile(
    r"^\s*(?:问|Q|记者|主持人|网友[^::]{0,16}|[^::,。]{1,12}(?:记者|网友))\s*[::].{0,150}[?？]\s*$"
)
_ASKS_AHEAD = re.compile(
    r"明年|下一步|下步|接下来|今后|未来|打算|计划|目标|将(?:如何|怎样|从|在)|如何推进"
)
_ASKS_BACK = re.compile(r"去年|过去|成效|亮点|成绩|取得|做了哪些|开展了|进展|交出|成果|回顾")


def _question_section(line: str, this_year_planned: bool) -> str | None:
    """'plan' or 'summary' when the line is an interviewer's question about that part
    (``this_year_planned``: the text's 今年 is the year it plans)."""
    if not _QUESTION_TURN.match(line):
        return None
    ahead, back = bool(_ASKS_AHEAD.search(line)), bool(_ASKS_BACK.search(line))
    if ahead and "今年" in line and not this_year_planned:
        return None  # 今年的目标是什么? asked in the year under way: not the year after's plan
    return "plan" if ahead and not back else "summary" if back and not ahead else None


def _listed_in_contents(text: str, line: str, end: int) -> bool:
    """Is the numbered line an entry of a table of contents: its words, past the number, head
    a part again further on (7.下半年重点工作安排 … 七、下半年重点工作安排)?"""
    number = HEADING_NUMBER.match(line)
    words = line[number.end() :].strip() if number else ""
    return len(words) >= _CONTENTS_ENTRY_MIN_CHARS and any(
        again.group(1).strip() == words for again in _HEADING_LINE_RE.finditer(text, end)
    )


_CONTENTS_ENTRY_MIN_CHARS = 4
_BODY_LINE_CHARS = 60
_CLAUSE_MARK_RE = re.compile(r"[。,;!?]")
# a numbered line, its words after the number
_HEADING_LINE_RE = re.compile(r"(?m)" + HEADING_NUMBER.pattern + r"\s*(.+)$")


def heading_kind(line: str) -> str | None:
    """'summary' or 'plan' when the line heads such a part (一、2019年工作回顾, 二、主要目标)."""
    return _heading_section(line, None, None)


# A paragraph that opens by saying what will be done: 下一步,… / 明年,… / 今年,我局将… /
# 2024年,市科技局要… (the plan year). A short lead-in may come first (同时, 按照部署,).
# Or the one who speaks (市科技局相关负责人表示,明年…).
_LEAD_IN = r"^(?:[^,。;]{0,6},|[^,。;]{0,16}(?:表示|指出|介绍|透露|强调)[,:])?\s*"
# (the words for the coming period: 下一步, 下(一)阶段, 接下来, 明年, 新的一年 …)
_PLAN_OPENER = re.compile(
    _LEAD_IN + r"(?:下一步|下步|下一?阶段|接下来|明年|来年|新的一年|今后一个时期"
    r"|展望(?:未来|(?:19|20)[0-9]{2}))"
)
_YEAR_OPENER = re.compile(_LEAD_IN + r"(?:(?P<this>今年)|(?P<year>(?:19|20)[0-9]{2})年度?)")
# (我要打印, 我要纠错: a page's buttons, left inline when its lines were run together)
_OPENER_MODAL = re.compile(
    r"将(?!近|军|士|领|其|企业|项目|资金)|(?<![主重需只纪提摘不必我])要(?![求素点闻件害])|力争|确保"
    # (not a list proposed for a status: 拟认定名单, 拟立项项目)
    r"|拟(?!(?:认定|入库|备案|立项|推荐|支持|列入)的?(?:名单|企业|项目|单位))"
)
_OPENER_CHARS = 40  # the modal must come this early in the paragraph's first sentence
_THIS_YEAR_OPENER = re.compile(r"\s*(?:今年|明年|新的一年)")


# A sentence that opens on a horizon (到2020年, / 主要目标 到2025年,): the goals it frames run
# on through the rest of its paragraph.
_HORIZON_OPENER = re.compile(
    # (a plan quoted first: 《…实施方案》显示,到2025年,… / 规划提出,到2025年,…)
    r"^(?:[^,。;:]{0,40}?(?:显示|提出|明确|指出|要求|规定|确定)[,:]\s*)?"
    # (after a label or two set apart by commas: 主要目标,创新型城市建设,到2020年,)
    r"(?:[^,。;:0-9]{1,10}[,:]){0,2}"
    r"[^,。;:0-9]{0,12}?(?<![截直])(?:到|至)\s*(?P<year>(?:19|20)[0-9]{2})\s*年(?:底|末)?\s*[,:]"
)


def _opens_horizon(sentence: str, report_year: int | None, plan_year: int | None) -> int | None:
    """The year of the horizon the sentence opens on, if it sets goals for one."""
    found = _HORIZON_OPENER.match(sentence)
    if found is None or "预计" in sentence[: found.start("year")]:
        return None  # 预计到2023年底: an estimate of what will have been done
    year = int(found.group("year"))
    ahead = year == plan_year or (report_year is not None and year > report_year)
    return year if ahead else None


# An item opening on a short label that names a year's work ((三)谋划2025年工作。, 2.2025年工作
# 打算:): the rest of the item is about that year
_YEAR_LABEL = re.compile(
    r"\s*(?:[((][一二三四五六七八九十0-9]{1,2}[))]|[一二三四五六七八九十]{1,2}、|[0-9]{1,2}[.、])\s*"
    r"[^。,;:0-9]{0,6}?(?P<year>(?:19|20)[0-9]{2})\s*年度?[^。,;:0-9]{0,8}?(?:工作|打算|安排|目标|计划)"
    r"[^。,;:0-9]{0,4}[。:]"
)
# A paragraph of the plan that opens by saying what a year is (2021年是…开局之年。): its goals
# are that year's
_YEAR_IS_OPENER = re.compile(r"\s*(?P<year>(?:19|20)[0-9]{2})\s*年(?:是|为|既是)")

_PAST_YEAR_OPENER = re.compile(
    r"\s*(?:[((]?[一二三四五六七八九十0-9]{1,3}[)).、)]\s*)?(?:截至|截止|到)?"
    r"(?P<year>(?:19|20)[0-9]{2})\s*年(?:底|末|度|全年)?[,,]"
)


# A sentence opening on the text's own time (今年上半年, 今年以来, 1—6月), after one of a past year
_NOW_OF_ITS_OWN_RE = re.compile(
    r"(?:今年|本年|年初|上半年|前三季度|一季度|(?:1|一)\s*[-—~至到]\s*[0-9一二三四五六七八九十]{1,2}\s*月)"
)


def _past_year_opening(line: str, report_year: int | None) -> int | None:
    """The year a paragraph opens on, when it is not the report's year and not after it."""
    found = _PAST_YEAR_OPENER.match(line)
    if found is None:
        return None
    year = int(found.group("year"))
    return year if report_year is None or year < report_year else None


# A paragraph ending on the goals it is about to list (…主要目标: / 力争实现以下目标:)
_GOALS_ANNOUNCED = re.compile(r"目标(?:任务)?(?:是|为|如下)?\s*[::]\s*$")
_LIST_ITEM = re.compile(
    r"\s*(?:[((][一二三四五六七八九十0-9]{1,3}[))]|[一二三四五六七八九十]{1,3}[、.是]|[0-9]{1,2}[、.．)]"
    # (or a bullet: ——全社会…达到2.5%; ● 高新技术企业…)
    r"|—{1,2}|[●○■□◆◇▪•·★☆▶►✓√-](?=\s*[\u4e00-\u9fff]))"
)
# a horizon year the announcing sentence names anywhere (我市提出到2020年实现以下目标:)
_HORIZON_NAMED = re.compile(r"(?<![截直])(?:到|至)\s*(?P<year>(?:19|20)[0-9]{2})\s*年")


def _goals_horizon(line: str, report_year: int | None) -> int | None:
    """The year ahead of the report's that the paragraph's last sentence announces goals
    for, to be listed after it (我市提出到2020年实现以下目标:); what it says of them
    (实现, 完成) is then what is to be done, not a look back."""
    last = SENTENCE_END.split(line.rstrip())[-1]
    named = _HORIZON_NAMED.search(last) if _GOALS_ANNOUNCED.search(last) else None
    if named is None or report_year is None or int(named.group("year")) <= report_year:
        return None
    return int(named.group("year"))


def _announces_goals(line: str) -> bool:
    """Whether the paragraph's last sentence announces goals listed after it, and does not
    look back on them (年初确定的目标全部完成,具体如下:)."""
    last = SENTENCE_END.split(line.rstrip())[-1]
    return bool(_GOALS_ANNOUNCED.search(last)) and not any(w in last for w in LOOKS_BACK)


def _looks_back(line: str, report_year: int | None, plan_year: int | None) -> bool:
    """Whether a paragraph of the plan opens on a year before the plan's (2009年,… in a 2010
    工作要点): it looks back on that year, its figures that year's."""
    found = _PAST_YEAR_OPENER.match(line)
    if found is None and report_year is not None:
        # (2023年是撤县设市的第一年。全市…: saying what the year reported on was, then what it
        # did; not 2011年是“十二五”开局之年。…力争… under goals to 2015)
        found = _YEAR_IS_OPENER.match(line)
        if found is not None and int(found.group("year")) > report_year:
            found = None
    return found is not None and plan_year is not None and int(found.group("year")) < plan_year


# A title calling its document a summary and nothing ahead: 2022年工作总结 (not 总结和计划)
_SUMMARY_TITLE = re.compile(r"总结|工作情况|工作报告|工作回顾")
_AHEAD_IN_TITLE = re.compile(r"计划|思路|打算|要点|安排|谋划|设想|目标|部署")


def _titled_a_summary(text: str) -> bool:
    """Whether the first line that is a title (short, no full stop) calls it a summary alone."""
    for line in text[:400].splitlines():
        stripped = line.strip()
        if stripped and "|" not in stripped and "。" not in stripped and len(stripped) <= 60:
            return bool(_SUMMARY_TITLE.search(stripped)) and not _AHEAD_IN_TITLE.search(stripped)
    return False


def _opens_plan(line: str, report_year: int | None, plan_year: int | None) -> bool:
    """Whether a paragraph opens the plan for itself (news items and reports interleave what
    was done and what will be: 去年,…达到… / 今年,…将…力争…)."""
    stripped = _unmarked(line)
    if _PLAN_OPENER.match(stripped):
        return True
    about = STATEMENT_ABOUT.match(stripped)
    if about is not None and about.group("plan"):
        # 关于2024年的工作,报告提出…: what a report sets for a year ahead
        year = int(about.group("year"))
        return year == plan_year or (report_year is not None and year > report_year)
    found = _YEAR_OPENER.match(stripped)
    if found is None:
        return False
    if found.group("year"):
        year = int(found.group("year"))
        ahead = year == plan_year or (report_year is not None and year > report_year)
        if not ahead:
            return False
    first_sentence = SENTENCE_END.split(stripped[found.end() :], maxsplit=1)[0]
    return _OPENER_MODAL.search(first_sentence[:_OPENER_CHARS]) is not None


_PLAN_DOCUMENT = re.compile(r"工作(?:要点|计划|思路|安排|打算|设想|谋划)")
# a document a text names by its title (《…》)
_QUOTED_DOCUMENT = re.compile(r"《[^《》\n]{0,60}》")
# A title naming a plan, or a ledger of a year's tasks (任务分解表, 责任清单, 目标任务台账)
_PLAN_TITLE = re.compile(r"工作(?:要点|计划|思路)|任务(?:分解|清单|台账)|责任(?:清单|分解)")
_A_FIGURE = re.compile(r"[0-9]+(?:\.[0-9]+)?\s*(?:%|家|个|项|件|亿元|万元)")


_ISSUING_VERBS = ("印发", "转发", "下发", "下达", "颁发")
_ISSUING_RE = re.compile(f"(?:{'|'.join(_ISSUING_VERBS)})《")


def _unless_issued(quoted: re.Match[str]) -> str:
    """A quoted document's title, dropped unless the notice around it issues it."""
    issued = quoted.string[max(0, quoted.start() - 2) : quoted.start()] in _ISSUING_VERBS
    return quoted.group(0) if issued else ""


# Words of a text that looks back (a self-assessment, 自查报告 of a year's 目标责任制, too)
_LOOKING_BACK = ("总结", "回顾", "回望", "回眸", "完成情况", "工作报告", "工作情况", "工作进展",
                 "自查", "自评")  # fmt: skip


def initial_section(
    text: str, report_year: int | None = None, plan_year: int | None = None, plan_only: bool = False
) -> str:
    """Plan-only documents start in the plan; everything else in the summary. ``plan_only``
    is what the document's years said of it (部署2018年工作 and no look back)."""
    if plan_only:
        return "plan"
    head = text[:400]
    # (a portal's table of fields, however many lines it takes, is none of them)
    first_lines = [ln.strip() for ln in head.splitlines() if ln.strip() and "|" not in ln][:6]
    # (a document the text names, 《2024年政府工作报告》, says nothing of this one)
    # (…but one a notice issues is the text itself: 关于印发《…总结和…要点》的通知 looks back)
    unquoted = _QUOTED_DOCUMENT.sub(_unless_issued, head)
    looks_back = any(w in unquoted for w in _LOOKING_BACK)
    reported = False  # a paragraph of figures before a plan heading: a year reported on
    for quoted in first_lines:
        # (关于《…工作思路》的更正启事: not its kind; but a notice issuing the document, 关于印发
        # 《…任务分解方案》的通知, is that document)
        line = quoted if _ISSUING_RE.search(quoted) else _QUOTED_DOCUMENT.sub("", quoted)
        if _heading_section(line, None, None) == "plan" and not (looks_back or reported):
            return "plan"
        reported = reported or ("。" in quoted and _A_FIGURE.search(quoted) is not None)
        short = len(line) <= HEADING_MAX_CHARS and "。" not in line  # a title, not a sentence
        if short and _PLAN_TITLE.search(line) and not looks_back:
            return "plan"
    # No title: a body that opens with the plan year's tasks (2023年,市科技局要…) is a plan.
    first_paragraph = next(
        (ln for ln in first_lines if "。" in ln or (len(ln) > HEADING_MAX_CHARS and "|" not in ln)),
        "",
    )  # a table row of the page's metadata (索引号: | … | 成文日期: |) is no paragraph
    opener = _YEAR_OPENER.match(first_paragraph)
    opens_plan_year = opener is not None and opener.group("year") is not None
    if opens_plan_year and not looks_back and _opens_plan(first_paragraph, report_year, plan_year):
        return "plan"
    return "summary"


# No sentence of a real report is this long (the longest of the evaluation corpora has 652
# characters); a page without full stops (a flattened table, a run of commas) would otherwise
# be one sentence, and the extractor's work on a sentence grows with its length times its
# figures. Longer pieces are cut at the last semicolon, else comma, before the bound.
LONGEST_SENTENCE = 1000
_CLAUSE_BREAKS = (";;", ",,、", " ")


def _last_break(line: str, low: int, high: int, marks: str) -> int:
    """The last of ``marks`` in line[low:high] that is not inside a number (1,234家)."""
    for i in range(high - 1, low - 1, -1):
        if line[i] in marks and not (line[i - 1 : i].isdigit() and line[i + 1 : i + 2].isdigit()):
            return i
    return -1


def _bounded(line: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """[start, end) of the line in pieces of at most LONGEST_SENTENCE characters."""
    while end - start > LONGEST_SENTENCE:
        limit = start + LONGEST_SENTENCE
        cut = -1
        for marks in _CLAUSE_BREAKS:
            cut = _last_break(line, start + LONGEST_SENTENCE // 2, limit, marks)
            if cut >= 0:
                break
        stop = cut + 1 if cut >= 0 else limit
        yield start, stop
        start = stop
    yield start, end


# What was done of a task, said on the lines after it (进展情况:…, 推进情况:…), perhaps after
# who leads it (牵头单位:…)
_PROGRESS_LINE = re.compile(r"\s*(?:工作)?(?:进展|推进|完成|落实|办理|执行)情况\s*[:：]")
_GOAL_FIELD = re.compile(r"\s*[^:：,，。]{0,8}目标[^:：,，。]{0,4}[:：]")
_LEAD_UNIT_LINE = re.compile(r"\s*(?:牵头|责任|配合|主办|协办)(?:单位|部门)\s*[:：]")


def _task_lines(text: str) -> list[tuple[int, int]]:
    """[start, end) of every line stating a task with a figure whose progress the lines after
    it report (22.技术合同成交额达到100亿元。(牵头单位:…) / 进展情况:1—6月…): the goal."""
    if "情况" not in text:
        return []
    lines = list(re.finditer(r"[^\n]+", text))
    spans: list[tuple[int, int]] = []
    for n, line in enumerate(lines):
        if (
            _PROGRESS_LINE.match(line.group(0))
            or _LEAD_UNIT_LINE.match(line.group(0))
            or _GOAL_FIELD.match(line.group(0))
        ):
            continue  # (a field labelled a goal, 年度目标:95亿元, is read as such already)
        after = lines[n + 1 : n + 3]
        while after and _LEAD_UNIT_LINE.match(after[0].group(0)):
            after = after[1:]
        if after and _PROGRESS_LINE.match(after[0].group(0)) and _states_a_goal(line.group(0)):
            spans.append((line.start(), line.end()))
    return spans


def _at_task_cells(
    pieces: Iterator[tuple[int, int]], line: str, line_start: int, tasks: Sequence[tuple[int, int]]
) -> Iterator[tuple[int, int]]:
    """The pieces, each cut again around a task cell inside it that states a goal of its own (1 |
    …倍增 | 市科技局 | 新增高新技术企业200家 | 已组织…): the cell a sentence of its own, a goal,
    while the row's other cells stay what was done. (A bare figure, 60家, stays in its row.)"""
    for start, end in pieces:
        cuts = [
            (a - line_start, b - line_start)
            for a, b in tasks
            if line_start + start < a < b <= line_start + end
            and _states_a_goal(line[a - line_start : b - line_start])
        ]
        for a, b in cuts:
            yield start, a
            yield a, b
            start = b
        yield start, end


def _states_a_goal(cell: str) -> bool:
    """Words (four characters of them at least) and a figure."""
    return len(CJK_RE.findall(cell)) >= 4 and any(c.isdigit() for c in cell)


def _within(spans: Sequence[tuple[int, int]], starts: Sequence[int], pos: int) -> bool:
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and pos < spans[i][1]


# a digest item's headline, set off by a mark (◆…, ▲…, 【…】 on a line of its own)
_ITEM_HEADLINE = re.compile(r"\s*(?P<mark>[◆◇▲△■□●★►▶]|【)(?:(?<=【)[^】]{2,30}】\s*$)?")


def _plan_year_heading_at(text: str, report_year: int | None, plan_year: int | None) -> int | None:
    """Where the first top-level heading naming the plan year opens the plan (三、2019年工作思路),
    if any."""
    if plan_year is None or plan_year == report_year or str(plan_year) not in text:
        return None
    for line_match in re.finditer(r"[^\n]+", text):
        stripped = _unmarked(line_match.group(0))
        if (
            TOP_LEVEL_NUMBER.match(stripped)
            and str(plan_year) in stripped
            and _heading_section(stripped, report_year, plan_year, False) == "plan"
        ):
            return line_match.start()
    return None


def split_sentences(
    text: str,
    report_year: int | None = None,
    plan_year: int | None = None,
    plan_only: bool = False,
    current_year: int | None = None,
) -> list[Sentence]:
    """Sentences with offsets into text, each labelled with the part of the report it is in
    (``current_year``: the year the text calls 今年, when known)."""
    out: list[Sentence] = []
    section = initial_section(text, report_year, plan_year, plan_only)
    weak_plans = not _titled_a_summary(text)
    section_frame: int | None = None
    # a progress table's task column: the goals set for the year it reports on
    tasks = sorted(task_cells(text) + _task_lines(text))
    task_starts = [start for start, _ in tasks]
    pos = 0
    # the goals a paragraph announced with a colon (主要目标:): its list items after it are
    # plan, at the frame the paragraph ended on
    goals: tuple[int | None] | None = None
    title_start = next((m.start() for m in re.finditer(r"[^\n]*\S", text)), -1)
    body_started = False
    # the part a digest's items are in, while one item's headline heads a plan
    item_base: str | None = None
    item_mark = ""
    # a self-assessment looks back on a year against the goals it was set
    title_end = text.find("\n", title_start)
    assessing = bool(
        _SELF_ASSESSMENT.search(
            text, max(title_start, 0), len(text) if title_end < 0 else title_end
        )
    )
    # (a heading that names the plan year opens the plan: a bare 重点工作 before it heads the work
    # the year looked back on did, 二、重点工作 … 三、2019年工作思路)
    plan_named_at = _plan_year_heading_at(text, report_year, plan_year) if weak_plans else None
    chronicle_year: int | None = None  # the year a chronicle's items are under
    chronicle_years = {m.start(): int(m.group(1)) for m in _YEAR_OVER_ITEMS.finditer(text)}
    for line_match in re.finditer(r"[^\n]+", text):
        line = line_match.group(0)
        line_start = line_match.start()
        # (years in Chinese numerals read as years: 二〇〇三年,… opens on 2003)
        said = arabic_years(line) if "〇" in line or "零" in line or "○" in line else line
        weak = weak_plans and (plan_named_at is None or line_start >= plan_named_at)
        heading = _heading_section(said, report_year, plan_year, weak) or _question_section(
            said, current_year == plan_year
        )
        if heading is not None and _listed_in_contents(text, line, line_match.end()):
            heading = None  # 本期导读 / 目录: a heading's entry in the contents, not the heading
        if (
            heading == "plan"
            and (
                line_start == title_start
                # (a slide's heading is one, before any sentence too: a deck has none)
                or not (body_started or HEADING_NUMBER.match(said) or _is_slide_heading(said))
            )
            and section == "summary"
            and not _PLAN_DOCUMENT.search(line)
            and not _PLAN_TITLE.search(line)
        ):
            # a headline that names the goals a meeting set (…会议召开 明确今年主要目标) over a
            # text that looks back first, under a site's name too: the part the text opens in
            # stays (initial_section); a title that names a plan document (2023年度工作要点)
            # opens the plan
            heading = None
        headline = _ITEM_HEADLINE.match(line)
        if headline and not _CLAUSE_MARK_RE.search(line):
            # a digest's item under its own headline (◆全省科技工作要点): a plan it heads ends
            # at the next item's headline of the same mark, which goes back to the part the
            # items are in (not at the items under it: 【2025年目标】 then ★ …, ★ …)
            if heading == "plan" and item_base is None:
                item_base, item_mark = section, headline.group("mark")
            elif heading is None and item_base is not None and headline.group("mark") == item_mark:
                heading, item_base = item_base, None
        # (the body starts with its first sentence: the lines before are a page's top)
        body_started = (
            body_started or _CLAUSE_MARK_RE.search(line) is not None or len(line) > _BODY_LINE_CHARS
        )
        if goals is not None and (heading is not None or not _LIST_ITEM.match(line)):
            goals = None
        if (
            (heading is None or (heading == "plan" and assessing))
            and section == "summary"
            and _years_own_goals(said, assessing)
        ):
            # (一)部门年度总体目标 in a look back (a self-assessment): the goals the year was
            # set, under their own heading (in a self-assessment, 二、项目绩效目标 too)
            heading, section_frame = "plan", report_year
        elif heading is not None:
            # a plan heading naming its one year (三、2021年工作安排 in a report that also sets
            # five-year goals): that year's goals, whatever year the document plans most
            years = [int(y) for y in YEAR_IN_HEADING.findall(said)]
            section_frame = (
                years[0]
                if heading == "plan"
                and len(set(years)) == 1
                and report_year is not None
                and years[0] > report_year
                and years[0] != plan_year  # (the plan year needs no frame)
                else None
            )
        if heading is not None:
            section = heading
        # A paragraph that opens the plan is plan; the part it sits in resumes after it.
        line_section = section
        frame_year: int | None = section_frame
        if heading is None and section == "summary" and _opens_plan(said, report_year, plan_year):
            line_section = "plan"
        elif (
            heading is None and line_section == "plan" and _looks_back(said, report_year, plan_year)
        ):
            # 2009年,全市…取得了较好成绩。… in a 2010 工作要点 (no plan heading's year frames it)
            line_section, frame_year = "summary", None
        if goals is not None:
            line_section, frame_year = "plan", goals[0]
        if line_section == "plan" and heading is None and _RESULT_OPENER.match(said):
            # 实际完成情况:全区新认定… under the year's goals: what was done of them
            line_section, frame_year = "summary", None
        labelled = _YEAR_LABEL.match(said) if heading is None else None
        if labelled and (report_year is None or int(labelled.group("year")) > report_year):
            # (三)谋划2025年工作。力争… in a report of 2024's first three quarters: the item
            # its label names the year of is that year's plan
            year = int(labelled.group("year"))
            line_section, frame_year = "plan", (None if year == plan_year else year)
        said_year = _YEAR_IS_OPENER.match(said) if line_section == "plan" else None
        if said_year and (report_year is None or int(said_year.group("year")) > report_year):
            # 2021年是“十四五”开局之年。全市…力争… under goals to 2025: that year's goals
            frame_year = int(said_year.group("year"))
        # a paragraph of a look back that opens on a year before the report's (截至2018年,…; a
        # profile's or a history's paragraph): its later sentences are of that year too
        past = _past_year_opening(said, report_year) if line_section == "summary" else None
        if line_start in chronicle_years:
            # a chronicle's year on a line of its own (2019年 / 7月12日,… / 2020年 / 12月,…):
            # the year of the items under it, up to the next
            chronicle_year = chronicle_years[line_start]
        if chronicle_year is not None and line_section == "summary" and frame_year is None:
            frame_year = chronicle_year
        pos = 0
        for end_match in SENTENCE_END.finditer(line + "\n"):
            piece_end = min(end_match.end(), len(line))
            for piece_start, bounded_end in _at_task_cells(
                _bounded(line, pos, piece_end), line, line_start, tasks
            ):
                piece = line[piece_start:bounded_end]
                stripped = piece.strip()
                if not stripped:
                    continue
                horizon = _opens_horizon(stripped, report_year, plan_year)
                if heading is None and horizon is not None and line_section == "summary":
                    line_section, frame_year = "plan", horizon
                if past is not None and piece_start > 0 and _NOW_OF_ITS_OWN_RE.match(stripped):
                    past = None  # 2012年,…。今年上半年,…。专利申请量…: back to the text's own time
                if past is not None and piece_start > 0 and line_section == "summary":
                    frame_year = past
                lead = len(piece) - len(piece.lstrip())
                start = line_start + piece_start + lead
                task = bool(tasks) and _within(tasks, task_starts, start)
                out.append(
                    Sentence(
                        char_start=start,
                        char_end=start + len(stripped),
                        text=stripped,
                        section="plan" if task else line_section,
                        is_heading=heading is not None and piece_start == 0,
                        frame_year=report_year if task and line_section != "plan" else frame_year,
                    )
                )
            pos = end_match.end()
            if pos >= len(line):
                break
        if heading is None and goals is None:
            horizon = _goals_horizon(line, report_year)
            if horizon is not None:
                goals = (horizon,)  # 我市提出到2020年实现以下目标: / ——…达到2.5%
            elif _announces_goals(line):
                goals = (frame_year if line_section == "plan" else None,)
    if out and out[-1].char_end == len(text.rstrip()):
        out[-1:] = _without_a_cut_clause(out[-1])
    return out


_YEAR_OVER_ITEMS = re.compile(r"^[ \t]*((?:19|20)[0-9]{2})[ \t]*年度?[ \t]*\n\s*[0-9]{1,2}月", re.M)


# A page stored only in part (a crawler's opening) may stop inside a figure (…高新技术企业达到3,
# …成交额突破1.): the clause it stops in states nothing
_CUT_FIGURE_END = re.compile(r"[\u4e00-\u9fff][0-9][0-9,.]*$")
_CLAUSE_MARK = re.compile(r"[;；、:：]|[,，](?![0-9]{3})")
_CLOSING_MARK = re.compile(r"[)）”’】」』]")


def _without_a_cut_clause(last: Sentence) -> list[Sentence]:
    """The text's last sentence without its last clause when the text stops inside a figure of
    it, or inside a word after one at the end of a paragraph (…,50家企业纳入省高新技术企业培);
    nothing when that clause is the whole sentence."""
    # (the clause ends at a mark, or after the last bracket or quote closed: …(14家)”“…达到3)
    cut = max(
        max((m.start() for m in _CLAUSE_MARK.finditer(last.text)), default=-1),
        max((m.end() for m in _CLOSING_MARK.finditer(last.text)), default=-1),
    )
    clause = last.text[max(cut, 0) :]
    in_a_figure = _CUT_FIGURE_END.search(last.text) is not None
    in_a_paragraph = (
        cut > 0
        and len(last.text) >= _PARAGRAPH_CHARS
        and len(clause) <= _CLAUSE_CHARS
        and any(ch.isdigit() for ch in clause)
        and not _WHOLE_ENDING.search(clause)
        and "|" not in last.text
    )
    if not (in_a_figure or in_a_paragraph):
        return [last]
    if cut <= 0:
        return []
    return [replace(last, text=last.text[:cut], char_end=last.char_start + cut)]


# …a paragraph's last sentence runs this long, its clauses no longer than this; a clause ending
# on a figure's unit, a mark or a date may be whole (…成交额12.5亿元, 2023年12月28日)
_PARAGRAPH_CHARS = 40
_CLAUSE_CHARS = 40
_WHOLE_ENDING = re.compile(r"[。.!?！？;；…)）】」』”\"'’%％元家个件项名人户位倍\]]$|日$")
