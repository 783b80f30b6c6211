"""The year a figure is about and whether it is an actual or a target.

An explicit year wins when it governs the figure: it stands in the figure's clause, or it
heads the sentence as a time adverbial (「2021年,我市…;…」). A year that is a base of comparison
(比2019年, 较上年, 是2012年的5倍, 从2015年的…) governs nothing. Relative words (今年, 去年,
明年, 上年末) count from the year the document calls 今年. Otherwise the section decides:
summary → report year, plan → plan year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.document.year_phrases import numbered_period
from ingest.extraction import grammar
from ingest.extraction.numbers import parse_chinese_integer

# a year of its own: not part of a range (2018-2020年) nor 2019年以来 / 2019年前 / 自2011年起
# (a dash after a year or a digit ends a range, 2021—2025年; one after words is punctuation,
# 答案——2024年度…); nor the year of an event a time runs from (2020年…改革重塑以来)
YEAR_RE = re.compile(
    r"(?<![0-9~])(?<![0-9年][\-—–])((?:19|20)[0-9]{2})年"
    # (a year's months so far are the year's: 2023年1—9月; a date is no year of a figure)
    r"(?:(?=1\s*[-—–~至到]\s*1?[0-9]\s*月)"
    r"|(?=1?[0-9]\s*月(?:底|末)(?!前))"  # (截至2021年6月底: what there was then)
    r"|(?!以来|前|之前|起(?!步)|开始|[0-9]|度?[~\-—至到]|[^,;。0-9]{1,14}?以来))"
)
BASE_BEFORE = ("比", "较", "于", "同", "是", "与", "从", "由", "对比", "相比", "超过")
BASE_AFTER_RE = re.compile(r"^(?:度)?(?:同期(?!,)|的[0-9.]+倍|相比|的水平|水平|基础上|的基础)")
RELATIVE_RE = re.compile(
    r"(?P<prev_end>上年末|上年底|去年底|去年末|截至去年|截至上年)|(?P<this>今年|本年度|本年)"
    r"|(?P<prev>去年|上年度|上一年|上年)|(?P<next>明年|下一年度|下一年|下年度)"
    # the year before last (前年), not 目前年, 提前年, 三年前年均
    r"|(?P<prev2>(?<![目提之此以年0-9一二三四五六七八九十两])前年(?!均))"
)
# a time said after a ";" that the sentence's opening year does not reach past
# (上年 is not: 较上年增长 compares with the year before the sentence's own)
_ANOTHER_TIME_RE = re.compile(r"(?:19|20)[0-9]{2}年|今年|去年|本年|明年|目前|当前|截至")
# the year before the one a statistic is of (上年, 上一年, 上年末), not the writer's 去年
_OF_THE_YEAR_BEFORE_RE = re.compile(r"上一?年")
# a clause setting a goal before its words of time: R&D经费支出要由上年的…增加至…
_SETS_A_GOAL_RE = re.compile(r"(?:要|将|力争|确保|争取)[^,;。,;]*$")
# nothing before a year but a heading's number: the year opens the sentence and is its time
# (or an adverbial clause: where the figures come from, 公报显示,2017年…, 据统计部门公布数据,
# 2022年…; why they moved, 受…因素影响,2021年…; not a statement of its own, 全市推进创新,)
_OPENS_SENTENCE_RE = re.compile(
    r"\s*(?:[((]?[一二三四五六七八九十0-9]{1,3}[)).、)]\s*)?"
    # (…or who says it: 会议明确,2026年…; 局长介绍,2023年…)
    r"(?:[^,。;:]{0,12}(?:显示|表明|获悉|了解到|明确|提出|强调|指出|部署|介绍|表示)[,:]"
    r"|据[^,。;:0-9]{0,20},"
    r"|(?:受|由于|因)[^,。;:0-9]{0,20}(?:影响|原因)?,)?"
)
TIME_ONLY_CLAUSE_RE = re.compile(
    r"^(?:截至|截止|到|至|在|自)?(?:19|20)[0-9]{2}年(?:度|底|末|初|全年|上半年|下半年|以来|内)?"
    r"(?:,|$)"
)
TARGET_WORDS = ("力争", "确保", "目标", "预期", "争取达到", "计划到", "力求", "规划到", "设定")
_TARGET_WORD_RE = re.compile(
    "|".join(map(re.escape, TARGET_WORDS))
    # 计划 as a verb, before the time or the act it plans (计划今年…增长7%, 计划新增50家); not
    # the plan as a noun (完成年度计划的120%, 省科技计划项目)
    # …and the year's plan as a noun right before its figure (完成年计划50亿元的85.4%)
    + r"|(?:年度?|全年)计划(?=\s*[((]?(?:[0-9]|$))"
    # …and the plan's figure in brackets beside the result (5126件(计划4500件))
    + r"|(?<=[((])(?:年度|全年)?计划(?:数|值)?\s*[::为]?$"
    # a plan's own words putting its goals (“十三五”规划提出2020年…达到1.5%, 纲要明确…)
    + r"|(?:规划|计划|纲要)[”》]?(?:中|里)?(?:提出|明确|确定|要求)"
    # (not the name of a programme: “三区”人才支持计划选派…, 省科技计划立项)
    + r"|(?<!支持)(?<!人才)(?<!科技)(?<!专项)(?<!行动)(?<!工程)"
    + r"计划(?=今年|明年|年内|全年|到|至|(?:19|20)[0-9]{2}年|实现|完成|达到|争取|突破|投入|"
    # (…or any act of making or counting the things: 计划选派, 计划新增, 计划入库)
    + "|".join(sorted({*grammar.INCREMENT_WORDS, *grammar.PROCEDURE_WORDS}, key=len, reverse=True))
    + ")"
)
# 完成年度目标 / 目标任务 look back on a target; they do not set one
NOT_TARGET_RE = re.compile(
    r"(?:超额|全面|提前)?(?:完成|超出|超过|达到|实现了?)[^,;]{0,12}目标|目标任务|目标责任|目标考核"
    # (年初确定的目标全部完成: met, after the goal)
    r"|(?:预期|规划)?目标(?:全部|全面|均已|均|已经?|都已?|提前|超额|未能|未|没有|没能|尚未)*(?:完成|实现|达成)"
    # the goal as the yardstick of a result (较目标多0.53亿元, 比目标值(1.65%)高, 距目标还差)
    r"|(?:较|比|高于|低于|距离?|离)(?:年度|全年|年初|规划|预期|计划)?目标"
    # how far a goal was met (年度目标完成率位居全省第五): a look back
    r"|目标(?:完成|实现)(?:率|度|情况|进度)"
    # a goal the text works by or towards (按照…的工作目标, 围绕…目标): a frame, no figure's
    r"|(?:按照|根据|围绕|对照|紧扣|瞄准|聚焦|朝着|向着?)[^,;。]{0,20}?目标"
    # …and the aim a year's work had (以建设创新型城市为目标,…): no figure's goal
    r"|以[^,;。]{1,20}?为(?:主要|总体|奋斗)?目标"
)
# …but a task or target that *is* figures states them: 目标任务为1533万元, 承担的指标任务共四项,
# 分别是专利申请量280件…, 完成任务20家的125%
_STATES_FIGURES = r"(?:值|数)?(?:共[^,;。]{0,4})?,?(?:分别)?(?:为|是|:)"
# (年度指标值5家, 目标值0.9%: the value set for the year, as performance reviews write it,
# perhaps bounded: 指标值≥10家)
_BOUND_SIGN = r"[≥≤≧≦]|>=|<=|不低于|不少于|不超过|不高于"
# (目标任务一:…, 指标2:…, 考评指标6项,分别为:…)
_COUNTED = r"(?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})?项?"
TASK_IS_RE = re.compile(
    rf"(?:目标|任务|指标){_COUNTED}{_STATES_FIGURES}|(?:(?:任务|目标)[数值]?|指标值)[((]?(?:{_BOUND_SIGN})?$"
)
# …of which a quota or task (指标:新增…, 目标任务为…), not a goal (主要目标是:…), is the one the
# text reports on
_QUOTA_IS_RE = re.compile(rf"(?:指标|任务){_COUNTED}{_STATES_FIGURES}")
# the whole of the year looked back on, or its end, as an estimate names it (预计全年, 预计年底)
_YEARS_END = "(?:全年|今年|当年|年底|年末)"
# the goals set when the year looked back on began (年初设定的总体目标为:…, 年初确定的目标),
# or the year's goal said as such (年度目标为新增15家)
_SET_AT_START = r"年初(?:设定|确定|制定|提出|下达|设立|确立|计划|预定)"
_SET_AT_YEAR_START_RE = re.compile(
    _SET_AT_START + r"(?:的?[^,;。]{0,8}?目标)?"
    r"|年度(?:目标|任务)(?:任务)?(?:值|数)?(?:为|是|:)?[^,;。]{0,16}$"
)
_SET_AT_START_RE = re.compile(_SET_AT_START)
# …its figures in the clause that says so (年初确定了新认定…300家、…100亿元; not what was done
# after a comma: 年初确定的目标全部完成,全年新增…52家)
_SET_IN_THIS_CLAUSE_RE = re.compile(_SET_AT_START + r"[^,;。,;]*$")
# the year's statistics: 2017年度全社会研发经费投入统计, 2022年统计公报
_STATISTICS_OF_RE = re.compile(r"度?[^,;。]{0,16}?(?:统计|监测|公报)")
# the task a year's result is measured against (完成年度目标任务30家的120%) is that year's
# (and what a result is the share of: 为年度目标3亿元的143.3%)
TASK_DONE_RE = re.compile(
    r"(?:完成[^,;。]{0,12}(?:任务|目标)数?|(?:为|是|占|达)(?:全年|年度)(?:目标|任务)(?:任务)?)[((]?$"
)
# a result measured or counted, or reached by a time, as the clause after a goal gives it
_MEASURED_RESULT = (
    r"(?:(?:统计)?快报数?|统计数|(?:经|据)?(?:初步)?(?:统计|测算|核算)(?:数|值)?[为是:]"
    r"|截[至止][^,;。]{0,6}?实际)"
)
# a quota the level above assigned (唐山市下达我市专利申请目标600件, 省厅下达的任务): in a look
# back, the year's it reports on
_QUOTA_ASSIGNED_RE = re.compile(r"下达[^,;。]{0,16}?(?:目标|任务|指标)")
# a goal in brackets beside the result (5126件(计划4500件), 比目标值(1.65%)高): the goal of the
# result's year
GOAL_BESIDE_RESULT_RE = re.compile(
    r"[((](?:年度|全年)?(?:计划|目标|预期)(?:值|数)?\s*[::为]?$|(?:目标|计划|任务)(?:值|数)?[((]$"
)
# a goal followed by what was done of it (目标400家,完成420家): the goal of the year looked back on
# (or 指标值0.9%,实际值0.86%; 目标任务25家,已完成31家, 截至目前已授权23件)
_RESULT_FOLLOWS_RE = re.compile(
    r"[^。;,,]*[,,]\s*(?:截至目前|目前|全年|当年|年内)?,?(?:已经?|实际|预计)?(?:实际(?:完成)?|完成)(?![率度])"
    # (年度目标为增长12%,预计全年增长14.5%: the year's estimate follows its goal)
    r"|[^。;,,]*[,,]\s*预计(?:"
    + _YEARS_END
    # (目标2600家,预计2650家左右; 目标100亿元,截至11月底108.3亿元: the result said next)
    + r"|(?:达到|为|可达)?[0-9])|[^。;,,]*[,,]\s*截[至止][^,;。]{0,8}?[0-9]"
    + r"|[^。;,,]*[,,]\s*(?:截至目前|目前)?,?已经?[\u4e00-\u9fff]{0,4}?[0-9]"
    # (目标值8.6亿元,统计快报数为9.13亿元; 目标900家,截至年底实际达到948家)
    + r"|[^。;,,]*[,,]\s*"
    + _MEASURED_RESULT
)
# a clause that gives a result right after a figure with no goal word (新增高新技术企业25家,实际
# 新增39家; 专利申请4500件,全年实际完成5126件): the figure is the goal the result is said
# against (not 按可比价格计算,实际增长: real growth)
_RESULT_SAID_NEXT_RE = re.compile(
    r"[^。;,,]*[,,]\s*(?:全年|当年|年底|年末|截[至止][^,;。]{0,6}?)?实际(?!上)"
)
ESTIMATE_WORDS = ("预计", "有望", "预测", "预估")
# a year reached by a change: 增长至2023年的4.04件, 跃升至2025年的超1000家
REACHED_YEAR_RE = re.compile(
    r"(?:增长|提高|提升|跃升|上升|增加|发展)(?:到|至)(?:19|20)[0-9]{2}年的?[^,;]{0,4}$"
)
# a clause of the present after another (…,目前…, …,直至现在…), not 截至2022年目前 in one
_NOW_SINCE_RE = re.compile(r"[,;][^,;。]*?(?:目前|现在|如今|至今|迄今|当前)")
# what there is now (…2018年…会议上获悉:截至目前,…总数达4200家): reached, whatever year governs
PRESENT_RE = re.compile(r"截[至止]目前|目前|现有|当前")
# …and in a plan, what there is as it is written: now, or the sum of the years up to now
_PRESENT_IN_A_PLAN_RE = re.compile(
    r"截[至止]目前|目前|现有|当前|至今|迄今|(?:[0-9一二三四五六七八九十两几多]+|近)年来"
)


@dataclass(frozen=True)
class Dating:
    year: int | None
    kind: str
    explicit: bool  # the sentence names the year (or a relative year) for this figure


def _is_base(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 2) : start]
    if _ENUMERATED_RE.fullmatch(before):
        return bool(BASE_AFTER_RE.match(text[end:]))  # 一是2024年…: an item's first words
    if before.endswith("在") and _ON_THE_BASIS_RE.match(text, end):
        return True  # 在上年18.6亿元的基础上,力争…: the figure the goal builds on
    if before.endswith("是") and _VINTAGE_AFTER_RE.match(text, end):
        return False  # 能拿到的是2019年的数据:…: the year the figures are of, no base
    return before.endswith(BASE_BEFORE) or bool(BASE_AFTER_RE.match(text[end:]))


# the figures of a year, as data (是2019年的数据, 为2022年统计数)
_VINTAGE_AFTER_RE = re.compile(r"度?的?(?:统计)?(?:数据|数)")


# a 在…基础上 phrase around a figure, opening on its year (在2023年全州…达到232家的基础上)
_BASIS_OF_A_YEAR_RE = re.compile(
    r"在(?:(?P<year>(?:19|20)[0-9]{2})\s*年(?:底|末)?|(?P<now>今年|本年)|上年|去年|上一年)"
    r"[^,;。,;:在]{0,24}$"
)
_AT_ITS_BASIS_RE = re.compile(r"[0-9.,]+\s*[^\s,;。0-9]{0,3}?的?基础上")
# the rest of a 在…基础上 phrase after its time word (在上年18.6亿元的基础上)
_ON_THE_BASIS_RE = re.compile(r"[^,;。,;:]{0,24}?的?基础上")


# the words that number a list's items: 一是, 二是 … 十是 (是 there is no base's "is")
_ENUMERATED_RE = re.compile(r"[一二三四五六七八九十]是")


def _starts_a_range(text: str, start: int, end: int, pos: int) -> bool:
    """由2015年的2.57%增长到3.25%, 较2017年14家翻两番: the year dates the figure right after it
    (the start value, the base)."""
    base = text[max(0, start - 1) : start] in ("从", "由", "比", "较")
    if base and (
        text[end:pos].lstrip("的底末") == "" or _BASE_VALUE_NAMED_RE.fullmatch(text, end, pos)
    ):
        return True  # (较2020年基期值(61家): the base period's value, named so)
    if (
        text[max(0, start - 1) : start] == "是"
        and text[end:pos].lstrip("的底末") == ""
        and _MULTIPLE_OF_IT_RE.match(text, pos)
    ):
        return True  # 是2006年3.8亿元的3.3倍: the base the multiple is of, its year's own
    if text.endswith(("超过", "超出", "高于"), 0, start) and _WHOLE_YEARS_OWN_RE.fullmatch(
        text, end, pos
    ):
        return True  # 已超过去年全年的521家: the base's own figure, of the year it names
    # 对比2014年所占比重29.5%增长了…: the base year's own figure, named by a noun, then the change
    if base and _BASE_NOUN_RE.fullmatch(text, end, pos) and _CHANGE_AFTER_RE.match(text, pos):
        return True
    # 与2011年同期272件相比, 与2011年总申请量191件相比: the base's own figure is of its year
    return text[max(0, start - 1) : start] in ("与", "和", "同") and bool(
        _COMPARED_BETWEEN_RE.fullmatch(text, end, pos) and _COMPARED_AFTER_RE.match(text, pos)
    )


# a deadline opening a clause (2021年6月底前, 2023年底前, 2025年前): what is to be done by then
_DEADLINE_RE = re.compile(
    r"\s*(?:力争|确保|要|计划)?(?:在|于)?((?:19|20)[0-9]{2})年(?:[0-9]{1,2}月)?(?:底|末)?(?:之)?前"
)
# a clause that opens on the act it lists, with no subject of its own (…前新增…1家,选派…48名)
_ACTS = {*grammar.INCREMENT_WORDS, "选派", "组织", "完成", "实现", "推动", "争取"}
_ACT_OPENS_RE = re.compile("|".join(sorted(_ACTS, key=len, reverse=True)))


def _deadline(head: str) -> re.Match[str] | None:
    """The deadline opening the figure's clause (2021年6月底前新增…), or opening the first of
    the clauses of acts listed under it up to the figure's (…前新增星创天地1家,选派…48名)."""
    clause = max(head.rfind(c) for c in ",;。:") + 1
    found = _DEADLINE_RE.match(head, clause)
    while (
        found is None
        and clause > 0
        and head[clause - 1] == ","
        and _ACT_OPENS_RE.match(head, clause)
    ):
        clause = max(head.rfind(c, 0, clause - 1) for c in ",;。:") + 1
        found = _DEADLINE_RE.match(head, clause)
    return found


# the base period's value named between its year and its figure (2020年基期值(61家), 基数)
_BASE_VALUE_NAMED_RE = re.compile(r"(?:底|末)?的?(?:基期值?|基数)[((]?")
# a figure and the multiple of it the text is (3.8亿元的3.3倍, 52家的5倍)
_MULTIPLE_OF_IT_RE = re.compile(
    r"[0-9][0-9.,]*\s*[万亿]*[^\s,;。0-9]{0,3}?的[0-9.一二两三四五六七八九十]+倍"
)
# what stands between a year passed and its own figure: 去年全年的521家, 2022年的…, 去年全年
# 6.15亿元的水平
_WHOLE_YEARS_OWN_RE = re.compile(r"(?:全年|同期|年底|年末)的?|的")
# A base year's figure named by a noun (所占比重, 全市总数): no verb of change or of being stands
# between (较2016年净增长176家 gives the change, 比2020年增加的 …), and a change follows the figure.
_BASE_NOUN_RE = re.compile(r"(?:同期|底|末)?的?[^,;。!?0-9增减提降升多少翻达为高低超长]{1,8}")
_CHANGE_AFTER_RE = re.compile(
    r"[0-9.]+[^,;。!?0-9]{0,4}?(?:增长|增加|提高|提升|上升|下降|减少|降低|多|少)"
)
# Between the base year and its figure (同期, 总申请量), and what closes the comparison after it.
_COMPARED_BETWEEN_RE = re.compile(r"(?:同期|底|末)?的?[^,;。!?0-9]{0,8}")
_COMPARED_AFTER_RE = re.compile(r"[^,;。!?]{1,10}?相比")

# The end of a five-year plan period names its last year: “十二五”末 is 2015, 十三五期末 2020.
PERIOD_END_RE = re.compile(r"[“\"「]?十([一二三四五])五\s*[”\"」]?\s*(?:规划)?(?:期)?末")


# A plan period named as a time (“九五”期间, 十二五时期): the years it ran. 十五 is the tenth;
# 九五 and 八五, the periods before the ones numbered 十X五.
_PERIOD_DURING_RE = re.compile(
    r"[“\"「]?(?:十(?P<n>[一二三四五])五|(?P<old>十|九|八)五)\s*[”\"」]?\s*(?:规划)?"
    r"(?:期间|时期|目标)"  # (“十三五”目标30家: the goal of the period's last year)
)
_OLD_PERIOD_END = {"十": 2005, "九": 2000, "八": 1995}
_OPENS_A_CLAUSE_RE = re.compile(r"(?:^|[,;:。])\s*在?$")


def _period_framing(text: str, pos: int) -> tuple[int, int] | None:
    """(last year, position) of the plan period that opens a clause before pos and frames the
    figure there (“九五”期间,…; 十四五时期,…), if any."""
    found = None
    if "五" not in text:
        return None  # every period's name has it (十四五, 九五): most sentences name none
    for m in _PERIOD_DURING_RE.finditer(text, 0, pos):
        if not _OPENS_A_CLAUSE_RE.search(text, 0, m.start()):
            continue  # 突破了“十五”期间…为零的状况: a period named inside a clause frames nothing
        last = numbered_period(m.group("n"))[1] if m.group("n") else _OLD_PERIOD_END[m.group("old")]
        found = (last, m.start())
    return found


def _past_period(text: str, pos: int, report_year: int) -> tuple[int, int] | None:
    """(last year, position) of a plan period over before the report year that frames the figure
    at pos (“九五”期间,…累计申请专利6536项 in a text of 2005: of 2000), if no year is said."""
    found = _period_framing(text, pos)
    return found if found is not None and found[0] < report_year else None


def _period_ahead(text: str, pos: int, report_year: int) -> tuple[int, int] | None:
    """…and of a period not yet over whose goal the figure is (“十四五”期间,力争…达到2000家):
    the goal of its last year."""
    found = _period_framing(text, pos)
    if found is None or found[0] < report_year or not has_target_word(text[found[1] : pos]):
        return None
    return found


def _explicit_years(text: str, pos: int) -> list[tuple[int, int, int]]:
    """(year, start, end) of every year named before pos: 2021年, and a plan period's end."""
    if "年" not in text and "末" not in text:
        return []  # (a year ends in 年, a period's end in 末: most sentences name neither)
    found = [(int(m.group(1)), m.start(), m.end()) for m in YEAR_RE.finditer(text, 0, pos)]
    found += [
        (numbered_period(m.group(1))[1], m.start(), m.end())
        for m in (PERIOD_END_RE.finditer(text, 0, pos) if "末" in text else ())
    ]
    return sorted(found, key=lambda y: y[1])


# a year in the lead-in of a list (会议总结了2019年工作:…;…): it heads every item of the list
_LEADS_A_LIST_RE = re.compile(r"度?[^,;。:0-9]{0,10}:")


# an aside that gives a year's own figure: (2021年为18家), (上年为3.2亿元)
_FIGURE_IN_ASIDE_RE = re.compile(r"[^()()]*?[0-9]")


def governing_year(text: str, pos: int) -> tuple[int | None, int]:
    """The explicit year governing the figure at pos, and where it stands (-1 if none)."""
    found: tuple[int | None, int] = (None, -1)
    for year, start, end in _explicit_years(text, pos):
        if _is_base(text, start, end) and not _starts_a_range(text, start, end, pos):
            continue
        if _in_aside_closed_before(text, start, pos) and _FIGURE_IN_ASIDE_RE.match(text, end):
            # 全县有高新技术企业23家(2021年为18家),科技型中小企业61家: the aside's own (but
            # 研发投入强度(2023年度):2.47% labels the figure after it)
            continue
        between = text[end:pos]
        if ";" in between:
            # a year reaches past ";" only as the time adverbial heading the sentence, or as
            # the year of the statistics the sentence reports (完成2017年度…统计工作,…;…)
            clause_from = max(text.rfind(c, 0, start) for c in ",;:") + 1
            heading = TIME_ONLY_CLAUSE_RE.match(text[clause_from:].lstrip()) or (
                # 2022年全市…;…: the year the sentence opens on, unless another time is said
                # after the ";" (…;2016年以来,…有望突破3000件)
                _OPENS_SENTENCE_RE.fullmatch(text, 0, start) is not None
                and not _ANOTHER_TIME_RE.search(text, text.rfind(";", 0, pos), pos)
            )
            if (
                not heading
                and not _STATISTICS_OF_RE.match(text, end)
                and not _LEADS_A_LIST_RE.match(text, end)
            ):
                continue
        found = (year, start)
    return found


def before_last_year(base: int, text: str, pos: int, report_year: int | None) -> bool:
    """Is ``base`` a year before the last one of the figure at pos (its governing year, else
    the report year)? A change measured against it spans several years."""
    year, _ = governing_year(text, pos)
    year = year or report_year
    return year is not None and base < year - 1


# 今年以来, 今年上半年, 今年1-8月: what has happened so far this year
SO_FAR_RE = re.compile(
    r"^(?:以来|上半年|前三季度|前[几0-9一二三四五六七八九十]+个?月"
    r"|[0-9一二三四五六七八九十]+[-—–~至到]?[0-9一二三四五六七八九十]*月)"
)


def relative_year(text: str, pos: int, current: int | None) -> tuple[int | None, int, bool]:
    """(year, position, is_actual) of the nearest relative time word before pos; is_actual for
    a year-end stock (上年末) or what happened so far this year (今年以来)."""
    best: tuple[int | None, int, bool] = (None, -1, False)
    if current is None or "年" not in text:
        return best  # (every relative time word, N年前 and 今后N年 say 年)
    relative = RELATIVE_RE.finditer(text, 0, pos) if _says_a_relative_year(text) else ()
    for m in relative:
        if _is_base(text, m.start(), m.end()) and not _starts_a_range(
            text, m.start(), m.end(), pos
        ):
            continue
        if _within_its_item(text, m.start(), pos):
            continue
        group = m.lastgroup
        year = current + _YEARS_FROM_NOW[group or "this"]
        so_far = group == "this" and bool(SO_FAR_RE.match(text[m.end() :]))
        best = (year, m.start(), group == "prev_end" or so_far)
    segment = text.rfind(";", 0, pos) + 1
    for m in _YEARS_AGO_RE.finditer(text, segment, pos) if "年前" in text else ():
        # 五年前,全区高新技术企业不足80家: that many years before the text's own (not past the
        # ";" after which 五年后的今天 speaks of now, nor a base: 比五年前增长)
        years = _years_said(m.group(1))
        if years and m.start() > best[1] and not _is_base(text, m.start(), m.end()):
            best = (current - years, m.start(), True)
    ahead = _YEARS_AHEAD_RE.finditer(text, segment, pos) if _YEARS_AHEAD_WORDS.search(text) else ()
    for m in ahead:
        # 今后三年…达到4400余家, 未来5年…: the end of the span ahead of the text's own year
        years = _years_said(m.group(1) or m.group(2))
        if m.group(2) and _A_YEAR_RE.search(text, segment, pos):
            continue  # 力争到2021年,用三年时间…: the year said is the goal's
        if years and m.start() > best[1]:
            best = (current + years, m.start(), False)
    return best


def _within_its_item(text: str, at: int, pos: int) -> bool:
    """…达到142家,净增31家,今年力争突破170家;入库…326家: a time word said after figures of its
    own item (not opening it) is that clause's, not the next item's after a ";"."""
    item_start = text.rfind(";", 0, at) + 1
    return text.find(";", at, pos) >= 0 and _DIGIT_RE.search(text, item_start, at) is not None


_DIGIT_RE = re.compile("[0-9]")


# What every relative year word holds (上年末, 截至去年, 本年度, 上一年 …), and what opens every
# span of years ahead: a text with none of them is not scanned for those
_RELATIVE_WORDS = ("上年", "去年", "前年", "今年", "本年", "上一年", "明年", "下一年", "下年度")
_YEARS_FROM_NOW = {"this": 0, "prev": -1, "prev_end": -1, "prev2": -2, "next": 1}
_YEARS_AHEAD_WORDS = re.compile("今后|未来|力争|争取|计划|确保|力求|预计|用")


def _says_a_relative_year(text: str) -> bool:
    return any(w in text for w in _RELATIVE_WORDS)


def _years_said(number: str) -> int | None:
    """A count of years in figures or in words (3, 五, 十二)."""
    return int(number) if number.isdigit() else parse_chinese_integer(number)


# N years ago (五年前, 3年前), the years said in figures or in words
_YEARS_AGO_RE = re.compile(r"(?<![0-9年])([0-9]{1,2}|[一二三四五六七八九十两]{1,3})年前")
# the N years ahead (今后三年, 未来5年内, 力争3年内)
_A_YEAR_RE = re.compile(r"(?:19|20)[0-9]{2}\s*年")
_YEARS_AHEAD_RE = re.compile(
    r"(?:今后|未来)([0-9]{1,2}|[一二三四五六七八九十两]{1,3})年"
    # a goal given years to be met (力争在2至3年内, 计划用五年时间): the span's far end
    r"|(?:力争|争取|计划|确保|力求|预计|用)(?:用|在)?"
    r"(?:(?:[0-9]{1,2}|[一二三四五六七八九十两]{1,3})(?:至|到|-|~))?"
    r"([0-9]{1,2}|[一二三四五六七八九十两]{1,3})年(?:内|时间|左右)"
)


# 将 right before a verb of reaching or making says what will be (将达到1.8%, 将新增10家); 将近
# (nearly), 即将 (about to: where things stand now) and 将…纳入 (the object marker) do not. A
# plan's modal 要 does the same (专利申请量要突破2000件, 研发投入要由上年的7.95亿元增加至…),
# but not inside 主要, 重要, 需要 ….
WILL_RE = re.compile(
    r"(?:(?<!即)将(?:要|会)?|(?<![主重需只必还想不也就])要)"
    r"(?:达到|达|突破|超过|实现|新增|增加|增长|提高|提升|培育|建成|新建|引进|认定|力争)"
    r"|(?<![主重需只必还想不也就])要(?:由|从)[^,;。]{0,12}?(?:增加|增长|提高|提升|增)(?:到|至)"
)


# the base of a comparison: 较2016年, 比2019年, 与2020年相比
BASE_YEAR_RE = re.compile(r"(?:较|比|与|同)((?:19|20)[0-9]{2})年")
# (预计将, 预计全年…将, 预计今年…将, 预计到2016年初…将, 州科技局预计,全年…将: what the year's
# end or the next year's start is expected to show, no goal)
_YEAR_END_ESTIMATE_RE = re.compile(
    r"(?:预计|有望),?(?:将|(?:到|至)?[^。;,]{0,8}?(?:全年|年底|年末|年初|今年)[^。;]*将)$"
)


# 要 opening a clause, after a linking word at most: the work that must be done (要推动…)
_MUST_OPENS_CLAUSE_RE = re.compile(
    r"(?:^|[,;:,;:])\s*(?:同时|还|并|今年|明年|下一步|全年)?\s*要(?![求素点闻件害是])"
)


# A character every pattern has_target_word looks for holds (目标, 任务, 指标, 力争, 确保, 预期,
# 争取达到, 计划, 力求, 规划到, 将, 要): a head with none of them sets no target, and most figures'
# heads are read without the four scans.
_TARGET_CHARS_RE = re.compile("[目任指力确预争计规将要设初纲]")


def has_target_word(head: str) -> bool:
    if not _TARGET_CHARS_RE.search(head):
        return False
    # (each scan only where its words can be: a task or quota says 目标, 任务 or 指标, a
    # look back on a target says 目标, and a future says 将 or 要)
    if ("目标" in head or "任务" in head or "指标" in head) and TASK_IS_RE.search(head):
        return True
    if "目标" in head:
        head = NOT_TARGET_RE.sub("", head)
    if _TARGET_WORD_RE.search(head) or _SET_IN_THIS_CLAUSE_RE.search(head):
        return True  # (年初确定了新认定…300家: a goal set as the year began)
    if "将" not in head and "要" not in head:
        return False
    if _MUST_OPENS_CLAUSE_RE.search(head):
        return True  # 同时,要推动…,新建…6家: what must be done, whatever the verb
    # …but 总数预计将达2579家, 预计全年…,总量将达到490家 estimate the year's end: no goal
    return any(
        not _YEAR_END_ESTIMATE_RE.search(head[: m.start() + 1]) for m in WILL_RE.finditer(head)
    )


# an item that ends on the goal it reaches (…预计将突破年度6800亿元目标;): the goal is its object
_ENDS_ON_GOAL_RE = re.compile(r"目标(?:任务)?$")
# …or on what was done of its goal: 目标新增40家,完成新增52家,完成目标的130%; 目标18亿元,完成21亿元
# (not 达到 alone: 目标新增50家,达到200家 is the next goal of the list)
_ENDS_ON_RESULT_RE = re.compile(
    # (…or listed after it: 年度目标净增40家、实际完成净增52家)
    r"目标[^;。]*[,,、](?:(?:实际|已经?|预计)?(?:完成|实际)|预计(?:"
    + _YEARS_END
    # (目标2600家,预计2650家左右; 目标100亿元,截至11月底108.3亿元)
    + r"|(?:达到|为|可达)?$)|截[至止][^,;。]{0,8}?$)[^;。]*$"
    + r"|目标[^;。]*[,,]\s*"
    + _MEASURED_RESULT
    + r"[^;。]*$"
    # (…的目标,截至6月底已新认定…132家: what was done of it so far)
    r"|目标[^;。]*[,,](?:截[至止][^,;。]{0,8}?|目前|今年以来)已经?[^,;。]*$"
    # (…完成9.62亿元,为年度目标(9.5亿元)的101.3%: the result measured against its goal)
    r"|(?:目标|任务)[^;。]{0,16}?的[0-9]+(?:\.[0-9]+)?%$"
)


# an item a list counts off: 二是…, 其三,…, (2)…, ②…
_COUNTED_ITEM_RE = re.compile(
    rf"\s*(?:{_ENUMERATED_RE.pattern}|其[二三四五六七八九十]|[((][0-9一二三四五六七八九十]{{1,2}}[))]|[②-⑩])"
)


# a goal put forward with its figures before the word for it: 提出…增长12%、新增…200家的目标
_PUTS_FORWARD_RE = re.compile(r"提出|明确了?|确定了?|确立了?|设定了?|定下了?")
_GOAL_NOUN_AFTER_RE = re.compile(r"[^。;,]*?的[\u4e00-\u9fff]{0,4}?目标(?!任务的)")


def _proposed_as_a_goal(text: str, pos: int) -> bool:
    """Is the figure at pos one of those a sentence puts forward as a goal, the word for the
    goal after them (会议提出2020年…增长12%、新增高新技术企业200家的工作目标), or the year
    they are for right after the word putting them forward (大会提出2022年全市新增…20家,…)?"""
    start = text.rfind("。", 0, pos) + 1
    put = max(_PUT_FORWARD_FOR_A_YEAR_RE.finditer(text, start, pos), key=lambda m: m.start(),
              default=None)  # fmt: skip
    if put is not None and not _A_YEAR_OR_RESULT_RE.search(text, put.end(), pos):
        return True  # (…提出2020年…达到1.5%,2020年实际为1.32%: the result said after is none)
    return bool(_PUTS_FORWARD_RE.search(text, start, pos) and _GOAL_NOUN_AFTER_RE.match(text, pos))


_PUT_FORWARD_FOR_A_YEAR_RE = re.compile(r"提出[,:]?(?:到|在)?(?:19|20)[0-9]{2}年")
_A_YEAR_OR_RESULT_RE = re.compile(r"(?:19|20)[0-9]{2}年|实际|完成")


# the figure's own clause says what was reached: 实际达到, 实际为, 实际完成
# (…or made, by any act that counts: 全年实际新增21家, 实际登记4.12亿元)
_SAID_ACTUAL_RE = re.compile(
    r"实际(?:完成|达到|实现|为|达|新增|净增|增加|新认定|认定|登记|引进|培育|建成|争取)"
    r"[^,;:。]{0,8}$"
)


def _own_item(head: str, year_pos: int = -1) -> str:
    """What sets a figure's kind: a goal an item of a list ends on is that item's, not the next
    one's (…突破年度6800亿元目标;专利申请量22756件), but a goal that frames the list (到2023年底,
    …;…, 力争:…;…) goes on. A bracket that names its own year is an aside of its own: 达到75家
    (2024年为62家) gives the base the goal starts from."""
    opened = max(head.rfind("("), head.rfind("("))
    if 0 <= opened < year_pos and opened > max(head.rfind(")"), head.rfind(")")):
        return head[opened + 1 :]
    before, semicolon, after = head.rpartition(";")
    framed = ":" in before
    ends = (
        _ENDS_ON_GOAL_RE.search(before)
        or _ENDS_ON_RESULT_RE.search(before)
        or _goal_of_its_last_clause(before)
    )
    # (一是…与规划目标差距较大;二是…: an item a list counts off is its own, whatever the one
    # before it said)
    counted_off = _COUNTED_ITEM_RE.match(after)
    if semicolon and _RESULT_OPENS_RE.match(after):
        return after  # 年度目标:…22%;实际完成:…22.6%: what was done, whatever framed the goal
    return after if semicolon and (ends or counted_off) and not framed else head


# an item opening on what was actually done, after the goal's (;实际完成:…, ;实际争取…)
_RESULT_OPENS_RE = re.compile(r"\s*实际")
# …said later in the sentence of a goal: the goal is the one the year was set
_RESULT_LATER_RE = re.compile(r"[;,,]\s*实际")


# a label that gives what was done, right before its figure (完成值:, 实际完成值, 实际完成:)
_RESULT_LABEL_RE = re.compile(r"(?:实际完成|完成)(?:值|数|情况)?\s*[::]?\s*$")


def _estimated_after_goal(item: str) -> bool:
    """Does the figure's clause estimate (预计…), with no goal of its own, after a clause that set
    a goal? The estimate is of what will be reached, not the goal."""
    estimate = max(item.rfind(w) for w in ESTIMATE_WORDS)
    clause = max(item.rfind(",", 0, estimate), item.rfind(",", 0, estimate))
    return estimate > 0 and clause >= 0 and not has_target_word(item[clause:])


def _goal_of_its_last_clause(item: str) -> bool:
    """…达到142家,净增31家,今年力争突破170家: an item whose results come first and whose last
    clause sets a goal ends on that goal; it frames nothing after the item."""
    comma = max(item.rfind(","), item.rfind(","))
    if comma < 0 or not has_target_word(item[comma + 1 :]):
        return False
    return _DIGIT_RE.search(item, 0, comma) is not None and not has_target_word(item[:comma])


def _in_aside_closed_before(text: str, at: int, pos: int) -> bool:
    """Does a bracket open before ``at`` close before ``pos``?"""
    between = text[at:pos]
    closed = between.count(")") + between.count(")")
    return closed > between.count("(") + between.count("(")


# a goal named with its figure, and the comma that ends its clause (目标1200家,)
_GOALS_FIGURE_CLOSED_RE = re.compile(
    r"目标值?(?:为|是)?\s*[0-9]+(?:\.[0-9]+)?\s*[%万亿元家个项件名人]*[^,;:0-9]{0,6},"
)


def _goal_closed_before(text: str, own_item: str, pos: int, year_pos: int) -> bool:
    """Does the last goal word before the figure end its clause on a figure of its own before
    the clause with the figure's own year (…规划目标1200家,2022年评价入库1086家)?"""
    offset = pos - len(own_item)
    last = max(own_item.rfind(w) for w in TARGET_WORDS)
    return (
        last >= 0
        and offset + last < year_pos
        and bool(_GOALS_FIGURE_CLOSED_RE.match(text, offset + last, year_pos))
    )


# the goal a five-year plan set, named right before the figure (规划目标800家, 规划确定的目标
# 为…, 《纲要》目标(2.0%)): the goal of the plan period's last year (periods end in years that
# are multiples of five: 十四五 ends in 2025)
_PLAN_PERIODS_GOAL_RE = re.compile(
    r"(?:规划|纲要》?)(?:确定|提出|设定|明确)?的?目标值?(?:为|是)?\s*[((]?$"
)
# the year before's value in a bracket right after a figure: 41.05亿元(上年38.19亿元)
_LAST_YEARS_IN_BRACKET_RE = re.compile(
    r"[0-9][0-9.,]*\s*(?:%|[\u4e00-\u9fff]{1,3})\s*[((](?:上年|上一年|上年度)(?:为|是|:)?\s*$"
)
# A bound sign before a figure, and a figure of the same kind beside it across a space only
_BOUND_SIGNS = ("≥", "≤", "≧", "≦", ">=", "<=")
_A_RESULT_BESIDE_RE = re.compile(r"[0-9.,]+\s*(?:%|[\u4e00-\u9fff]{1,3})\s*(?:[|/]\s*)?[0-9]")
# an aside closed before the figure says nothing of its kind (每万人口发明专利拥有量(规划目标4.2件)
# 由2020年的1.63件增至…: the figures after it are what was reached)
_CLOSED_ASIDE_RE = re.compile(r"[((][^()()]*[))]")


def date_figure(
    text: str,
    pos: int,
    section: str,
    report_year: int | None,
    plan_year: int | None,
    current_year: int | None,
    year: int | None = None,
) -> Dating:
    """Year and kind of the figure at text[pos:], in a sentence of the given section; ``year``
    is one the caller found elsewhere in the figure's phrase (荣获2023年度…奖)."""
    head = text[:pos]
    written_after = current_year is None or (report_year is not None and current_year > report_year)
    if report_year is not None and _PLAN_PERIODS_GOAL_RE.search(text, max(0, pos - 16), pos):
        # 基期468家,规划目标800家 in a review of a five-year plan: the goal of its last year
        return Dating(report_year + (-report_year) % 5, "target", True)
    basis = (  # (one look for 基础 before any pattern: most figures build on none)
        _BASIS_OF_A_YEAR_RE.search(text, max(0, pos - 30), pos) if "基础" in text else None
    )
    if basis is not None and _AT_ITS_BASIS_RE.match(text, pos):
        # 在2023年全州…达到232家的基础上, 在上年…232家的基础上: what that year reached, which
        # a goal builds on
        said = basis.group("year")
        if said:
            return Dating(int(said), "actual", True)
        this_year = plan_year if section == "plan" and plan_year else (current_year or plan_year)
        if basis.group("now") and current_year is not None:
            return Dating(current_year, "actual", True)  # 在今年12.7亿元的基础上
        if not basis.group("now") and this_year is not None:
            return Dating(this_year - 1, "actual", True)  # 在上年…的基础上
    deadline = (  # (one look for 前 before any pattern: most figures have no deadline)
        _deadline(head) if "前" in head else None
    )
    if deadline is not None and (report_year is None or int(deadline.group(1)) >= report_year):
        # 2021年6月底前新增省级星创天地1家: what is to be done by then, that year's goal
        return Dating(int(deadline.group(1)), "target", True)
    if (
        section != "plan"
        and report_year is not None
        and head.rstrip().endswith(_BOUND_SIGNS)
        and _A_RESULT_BESIDE_RE.match(text, pos)
    ):
        # a row of a performance sheet, 新增高新技术企业数 ≥30家 47家: the year's goal, bounded,
        # then what was done
        return Dating(report_year, "target", False)
    if (
        section != "plan"
        and report_year is not None
        and _LAST_YEARS_IN_BRACKET_RE.search(head, max(0, pos - 24))
    ):
        # 预计41.05亿元(上年38.19亿元) in a bulletin out the next January: the year before the
        # one the figure beside it is of, not before the day it was written
        return Dating(report_year - 1, "actual", True)
    if current_year is None:
        current_year = plan_year if section == "plan" else report_year
    year_pos = -1
    if year is None:
        year, year_pos = governing_year(text, pos)
    if year is None and report_year is not None:
        year, year_pos = (
            _past_period(text, pos, report_year)
            or _period_ahead(text, pos, report_year)
            or (None, -1)
        )
    past = year is not None and report_year is not None and year < report_year
    if past and year_pos >= 0 and _NOW_SINCE_RE.search(text, year_pos, pos):
        # 2022年达到57件,直至现在首次突破60件: a clause of the present after a past year's is
        # of the text's own time, like a figure no year governs
        year, year_pos = None, -1
    rel_year, rel_pos, actual = relative_year(text, pos, current_year)
    if rel_year is not None and _in_aside_closed_before(text, rel_pos, pos):
        # 42家(上年36家),增幅16.7%: the bracket's year is its own figure's, not what follows
        rel_year, rel_pos = None, -1
    if year is not None and 0 <= year_pos < rel_pos and _OF_THE_YEAR_BEFORE_RE.match(text, rel_pos):
        # 2022年…由上年的12.86亿元增至…: 上年 is the year before the one the sentence is of
        # (去年 stays the writer's: it counts from when the text was written)
        rel_year = year - 1
    elif (
        year is None
        and rel_year is not None
        and (before := _OF_THE_YEAR_BEFORE_RE.match(text, rel_pos))
        and (
            base_year := plan_year
            if section == "plan" or _SETS_A_GOAL_RE.search(text, 0, rel_pos)
            else report_year
        )
        is not None
        and _starts_a_range(text, rel_pos, before.end(), pos)
    ):
        # 由上年的3家增加到6家 in a look back written after its year: the start is the year
        # before the one looked back on, not before the writer's
        rel_year = base_year - 1
    if rel_year is not None and rel_pos > year_pos:
        if actual and not has_target_word(text[rel_pos:pos]):
            return Dating(rel_year, "actual", True)  # 截至上年末, 今年以来: what is, not a goal
        year = rel_year
    own_item = _own_item(head, year_pos)
    # (目标新增3家,完成新增孵化器2家…; 目标新增8个,完成11个,其中…: past the result said of a
    # goal, the figures are what was done)
    target_words = (
        has_target_word(_CLOSED_ASIDE_RE.sub("()", own_item))
        and not _ENDS_ON_RESULT_RE.search(own_item)
        # (…目标30家,2020年实际达到42家: what was reached, said as such)
        and not _SAID_ACTUAL_RE.search(own_item)
    ) or _proposed_as_a_goal(text, pos)
    if target_words and year_pos >= 0 and _goal_closed_before(text, own_item, pos, year_pos):
        target_words = False  # 规划目标1200家,2022年评价入库1086家: the year's own clause
    if target_words and _estimated_after_goal(own_item):
        target_words = False  # 力争达到2.6%,…预计全年可达2.58%: what the year will reach
    if target_words and _RESULT_LABEL_RE.search(head):
        target_words = False  # 指标值:≥300家;完成值:368家: the figure a result's label gives
    goal_of_a_result = (
        section != "plan"
        and not target_words
        and (next_result := _RESULT_SAID_NEXT_RE.match(text, pos)) is not None
        and "价" not in next_result.group(0)
        and not _SAID_ACTUAL_RE.search(own_item)
    )
    estimate = any(w in head for w in ESTIMATE_WORDS)
    past_limit = (
        report_year
        if report_year is not None
        else (plan_year - 1 if plan_year is not None else None)
    )
    if section == "plan":
        base, kind = plan_year, "target"
        if year is None and report_year is not None and _SET_AT_START_RE.search(head):
            base = report_year  # 年初设定的目标为:… under a goals heading: the year looked back on
        if (
            year is not None
            and past_limit is not None
            and (year < past_limit or (year == past_limit and plan_year != report_year))
            and not target_words
        ):
            # a plan recalling a past figure (in a text that plans its own year, the year
            # itself is the plan's: 推动…强度2022年达到1.1%)
            kind = "actual"
        if year is None and not target_words and _PRESENT_IN_A_PLAN_RE.search(head):
            # 目前,全市高企保有量达855家 / 五年来,…保有量达855家 among the year's plans: what
            # there is as the text is written, not a goal
            return Dating(current_year, "actual", False)
    else:
        base, kind = report_year, "target" if target_words or goal_of_a_result else "actual"
        if (
            target_words
            and year is None
            and plan_year is not None
            and written_after
            and not TASK_DONE_RE.search(head)
            and not _QUOTA_IS_RE.search(head)
            and not _SET_AT_YEAR_START_RE.search(head)
            and not _RESULT_FOLLOWS_RE.match(text, pos)
            and not GOAL_BESIDE_RESULT_RE.search(head)
            and not _QUOTA_ASSIGNED_RE.search(own_item)
            and not _RESULT_LATER_RE.search(text, pos)
        ):
            # 力争… in a text looking back: the year ahead (in a text written during its
            # report year, 力争全年… is that year's); a task the text reports on (指标:新增…,
            # 目标任务为…) is of the year it looks back on
            base = plan_year
        if year is not None and report_year is not None and year > report_year:
            # a later year is a target when said as one (到2025年, 力争…, 预计): 增长至2025年
            # 的1492家 in a text looking back reports what was reached
            # (截至2023年底 says what there was then: no goal speaks so)
            reached = (
                REACHED_YEAR_RE.search(head)
                or PRESENT_RE.search(head, max(year_pos, 0))
                or text.endswith(("截至", "截止"), 0, max(year_pos, 0))
                # (2023年1—9月, 2023年上半年: the part of the year gone by)
                or (year_pos >= 0 and SO_FAR_RE.match(text[text.find("年", year_pos) + 1 : pos]))
            )
            kind = "target" if target_words or estimate or not reached else "actual"
        elif estimate and not target_words:
            kind = "actual"  # 预计全年增长15%: the year looked back on, estimated
    if year is None and base is not None and kind == "actual":
        compared = {int(m.group(1)) for m in BASE_YEAR_RE.finditer(text)}
        if base in compared and written_after:
            # 较2016年净增长176家 in a text of 2016 written later: the sentence is of the year
            # after the one it compares with
            return Dating(base + 1, kind, False)
    return Dating(year if year is not None else base, kind, year is not None)
