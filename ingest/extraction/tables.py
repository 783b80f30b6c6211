"""Indicator tables: a plan's table of targets, a bulletin's table of results.

A table is read from its structure, not its words: a header row whose columns name years
(``指标 | 2020年 | 2025年目标``), then rows that each name one indicator, often with its unit in
brackets (``高新技术企业数(家) | 320 | 600``), and give one figure per year column. A row is a
line whose cells are split by ``|`` (HTML and Word tables as the reader writes them), tabs or
runs of spaces. Each figure becomes a fact of the row's indicator for its column's year: a
target when the column says so (目标, 预期) or its year lies after the report year, an actual
otherwise. A row that names no indicator, or whose cells do not line up with the header, gives
nothing; the table ends at the first line that is not such a row.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ingest.extraction import grammar
from ingest.extraction.lexicon import Lexicon
from ingest.extraction.numbers import parse_number
from ingest.extraction.walk import ARROWS_DOWN, ARROWS_UP, Fact, qualifier_before

_PIPE_SPLIT = re.compile(r"\s*\|\s*")
_SPACE_SPLIT = re.compile(r"\s+")
_YEAR_CELL = re.compile(r"((?:19|20)[0-9]{2})\s*年?(?:度|底|末)?")
_DATE_CELL = re.compile(r"(?:19|20)[0-9]{2}\s*[-/.年]\s*[0-9]{1,2}\s*[-/.月]\s*[0-9]{1,2}")
_TARGET_CELL = re.compile(r"目标|预期|规划|计划|力争")
# a column with no year: the year's goal, or what was done in it (not 完成率, a rate)
# (perhaps as the body above set it: 株洲市下达任务, 省下达目标)
_YEARLESS_TARGET = re.compile(
    r"(?:[\u4e00-\u9fff]{1,6}?下达的?)?(?:年度|全年)?(?:目标|计划|预期|任务)(?:值|数|任务)?"
    r"|(?:年度|全年)指标值"
)
_YEARLESS_ACTUAL = re.compile(
    r"(?:(?:全年|本年|年度)?(?:实际)?完成(?:值|数|额|量|情况)?|实绩|实际(?:值|数)?|绝对[数值]"
    # (a statistics digest's cumulative column: 1—12月, 1-9月累计, 本年累计)
    r"|1\s*[—–-]\s*1?[0-9]\s*月(?:累计)?(?:完成(?:值|数)?)?|(?:本年|全年)?累计(?:完成|数|值)?)"
    r"(?:\s*[((][^()()]{1,4}[))])?"  # (its unit: 绝对数(件))
)
_REPORT_YEAR = 0  # a column's year: the report year's
_BASE_CELL = re.compile(r"基[期准数]|现状|实际|完成")
# a column of growth rates beside a year's figures: 增长(%), 同比增长率, 比上年增减%
# a column of the change in the indicator's own unit, said without a rate or a percent
_CHANGE_HEADER = re.compile(r"(?:同比|比上年|较上年)?(?:增减|增加|增量|净增|新增)(?:数|量|值)?")
_GROWTH_HEADER = re.compile(
    r"(?:同比|比上年|较上年)?(?:增长|增速|增幅|增减)率?(?:\s*[((]\s*%\s*[))]|%)?"
)
# a falling figure's growth (-3.2, −3.2); what a right-aligned row's growth cell may hold
# besides a figure _value reads: a dash or slash for none, or a negative figure
_MINUS = ("-", "−", "－", *ARROWS_DOWN)
_RISE_MARKS = ("+", *ARROWS_UP)  # (as decks mark a change: ↑11.0%, ▲3.2%)
_NO_FIGURE = re.compile(r"[-—–/\\]{1,2}|-?[0-9.]+")
# A value cell: a number, with a comparison sign or word and a percent sign at most.
_VALUE_CELL = re.compile(
    # (thousands apart by a comma or, in a cell of its own, a space: 1,472 / 1 472)
    # (a word of what the figure counts before it: 累计38家)
    r"(?:累计|总数|共)?(?P<gte>[>≥]|大于|超过|不低于|不少于)?\s*"
    r"(?P<num>(?:[0-9]{1,3}(?: [0-9]{3})+|[0-9][0-9,]*)(?:\.[0-9]+)?)\s*"
    r"(?P<unit>%|万亿元|亿元|万元|元|家|个|件|项|人|名)?\s*(?P<gte_after>以上|左右|\+)?"
    # (and a remark in brackets after it: 3.62%(预计), 1 023(快报数); or the year the figure is
    # of, when statistics lag: 1.58%(2022年), 0.86(2019年统计数))
    r"\s*(?:[((](?:(?P<year_note>(?:19|20)[0-9]{2})\s*年?度?)?"
    r"(?P<remark>[^()()0-9]{0,8})[))])?"
)
_ESTIMATE_REMARK = re.compile(r"预计|估计|预估|约")
_UNIT_IN_NAME = re.compile(r"[((]\s*(?P<unit>%|万亿元|亿元|万元|元|家|个|件|项|人|名|户)\s*[))]")
# a value cell with words or a unit glued to its figure ((10000 pieces)9.72): the row's figures
# cannot be lined up with the header
_GLUED_UNIT_CELL = re.compile(r"[A-Za-z]|\)[0-9]")
# a cell that is only a unit: a column of units (指标 | 单位 | 2023年)
_UNIT_CELL = re.compile(r"%|万亿元|亿元|万元|元|家|个|件|项|人|名|户")
_MONEY = {"元": 1.0, "万元": 1e4, "亿元": 1e8, "万亿元": 1e12}
_COUNT_WORDS = frozenset("家个件项人名户")
_MIN_YEAR_COLUMNS = 1
# a column of one level of what is counted, or of them all (a total has no level)
_LEVEL_COLUMN = re.compile(r"(?P<level>国家级|省级|自治区级|市级|州级|盟级)|合计|总计|总数|小计")
_LEVELS = {"国家级": "国家级", "省级": "省级", "自治区级": "省级", "市级": "市级", "州级": "市级",
           "盟级": "市级"}  # fmt: skip
_MIN_LEVEL_COLUMNS = 2
# the issuer said for itself in a header, a wider place beside it, and its standing among peers
_OWN = frozenset({"本市", "我市", "本县", "我县", "本区", "我区", "本州", "我州"})
_WIDER_PLACE_COLUMN = re.compile(r"全[省国](?:平均)?|[\u4e00-\u9fff]{1,3}省(?:平均)?")
_RANK_COLUMN = re.compile(r"(?:全[省国市区]|[省区]内)?(?:排位|排名|位次|名次)")
_MIN_ROWS = 1


@dataclass(frozen=True)
class TableFact:
    fact: Fact  # start and end are offsets into the row's line
    line_no: int  # the row's index in the lines given


@dataclass(frozen=True)
class _Column:
    index: int
    year: int
    target: bool | None  # True: a target column; False: a base; None: by its year
    growth: bool = False  # the growth over the year before of the year column to its left
    change: bool = False  # …or the change, in the indicator's own unit (增减 | 66)
    qualifier: str | None = None  # the level a column of levels counts (国家级 | 省级 | 合计)
    rank: bool = False  # the issuer's standing among its peers (全省排位 | 6)


def _cells(line: str) -> list[tuple[str, int]]:
    """The row's cells with their offsets in line."""
    piped = line.count("|") >= 2
    # (a row set between bars at both ends, as a markdown table writes it, keeps a blank cell
    # in its column: | 735 | 20.1% | | under 备注)
    boxed = piped and line.lstrip().startswith("|") and line.rstrip().endswith("|")
    splitter = _PIPE_SPLIT if piped else _SPACE_SPLIT
    cells, pos = [], 0
    pieces = [*splitter.finditer(line), None]
    for n, piece in enumerate(pieces):
        end = piece.start() if piece is not None else len(line)
        cell = line[pos:end]
        lead = len(cell) - len(cell.lstrip())
        inner = boxed and 0 < n < len(pieces) - 1
        if (
            not piped
            and cells
            and _GLUED_THOUSANDS_HEAD.search(cells[-1][0])
            and _THOUSANDS_TAIL.match(cell)
        ):
            # 科技型中小企业2 035家: a number grouped by a space, no two cells
            cells[-1] = (line[cells[-1][1] : end].strip(), cells[-1][1])
        elif cell.strip() or inner:
            cells.append((cell.strip(), pos + lead))
        pos = piece.end() if piece is not None else len(line)
    return cells


# (a name with the first digits of a number glued to it, and the rest of the number's groups)
_GLUED_THOUSANDS_HEAD = re.compile(r"[^\d\s.,][0-9]{1,3}$")
_THOUSANDS_TAIL = re.compile(r"[0-9]{3}(?![0-9])")


def _header(cells: Sequence[tuple[str, int]], own: frozenset[str] = frozenset()) -> list[_Column]:
    columns = []
    for i, (cell, _) in enumerate(cells):
        if (i == 0 and not _YEAR_CELL.fullmatch(cell)) or len(cell) > 16:
            continue  # (a header may lack its label cell: 2009年 | 2010年 | …)
        found = _YEAR_CELL.search(cell)
        if found is None or _DATE_CELL.search(cell):
            continue  # (a day is no year's column: 发布:…局 2018-02-09)
        target = True if _TARGET_CELL.search(cell) else False if _BASE_CELL.search(cell) else None
        # (2020年比上年增长(%): the growth of the year it names, not its figure)
        growth = _GROWTH_HEADER.fullmatch(cell[found.end() :].strip()) is not None
        columns.append(_Column(i, int(found.group(1)), target, growth=growth))
    if columns:
        # (the year's goal and what was done, then next year's goal: 目标值 | 完成值 | 完成率 |
        # 2020年目标; the columns before the first year's are of the report year)
        yearless = [
            _Column(i, _REPORT_YEAR, _YEARLESS_TARGET.fullmatch(cell) is not None)
            for i, (cell, _) in enumerate(cells[1 : columns[0].index], start=1)
            if _YEARLESS_TARGET.fullmatch(cell) or _YEARLESS_ACTUAL.fullmatch(cell)
        ]
        return yearless + _with_growth_columns(cells, columns)
    # a table setting the issuer beside others (指标名称 | 单位 | 十堰市 | 全省 | 全省排位): its
    # own column is the report year's, and its standing a rank; the others' columns are not
    mine = [i for i, (cell, _) in enumerate(cells[1:], start=1) if cell in own or cell in _OWN]
    ranks = [i for i, (cell, _) in enumerate(cells[1:], start=1) if _RANK_COLUMN.fullmatch(cell)]
    beside = any(_WIDER_PLACE_COLUMN.fullmatch(cell) for cell, _ in cells[1:])
    if mine and (beside or ranks):
        return [
            _Column(mine[0], _REPORT_YEAR, False),
            *(_Column(i, _REPORT_YEAR, False, rank=True) for i in ranks),
        ]
    # a table of what there is at each level, its date said above it (类别 | 国家级 | 省级 |
    # 市级 | 合计): each column is the report year's, of its level (the total of none)
    levels = [(i, _LEVEL_COLUMN.fullmatch(cell)) for i, (cell, _) in enumerate(cells[1:], start=1)]
    if sum(1 for _, m in levels if m and m.group("level")) >= _MIN_LEVEL_COLUMNS:
        return [
            _Column(i, _REPORT_YEAR, False, qualifier=_LEVELS.get(m.group("level") or ""))
            for i, m in levels
            if m
        ]
    # a table of the year's goals and what was done, its year said in its title (序号 | 指标 |
    # 单位 | 年度目标 | 完成值 | 完成率): the goal and the actual columns are of the report year
    for i, (cell, _) in enumerate(cells[1:], start=1):
        if _YEARLESS_TARGET.fullmatch(cell) or _YEARLESS_ACTUAL.fullmatch(cell):
            columns.append(_Column(i, _REPORT_YEAR, _YEARLESS_TARGET.fullmatch(cell) is not None))
        elif _GROWTH_HEADER.fullmatch(cell) and any(not c.target for c in columns):
            # a statistics bulletin's 绝对数 | 比上年增长(%): the growth of the report year
            columns.append(_Column(i, _REPORT_YEAR, False, growth=True))
    return columns


def _with_growth_columns(cells: Sequence[tuple[str, int]], columns: list[_Column]) -> list[_Column]:
    """The year columns and, after them, each growth column: of the latest year to its left
    (2016年 | 2015年 | 增长(%): 2016's growth over 2015, whichever way the years run)."""
    out = list(columns)
    for i, (cell, _) in enumerate(cells):
        before = [c for c in columns if c.index < i]
        if before and _CHANGE_HEADER.fullmatch(cell):
            # (2023年 | 2024年 | 增减: how many more the latest year has, no rate)
            latest = max(before, key=lambda c: (c.year, c.index))
            out.append(_Column(i, latest.year, latest.target, change=True))
        elif before and _RANK_COLUMN.fullmatch(cell):
            # (2017年 | 比上年增长(%) | 位次: the standing of the latest year's figure)
            latest = max(before, key=lambda c: (c.year, c.index))
            out.append(_Column(i, latest.year, latest.target, rank=True))
        elif before and _GROWTH_HEADER.fullmatch(cell):
            # (of the latest year, the column nearest it: 2023年目标值 | 2023年完成值 | 同比增长
            # grows the value reached, not the goal)
            latest = max(before, key=lambda c: (c.year, c.index))
            out.append(_Column(i, latest.year, latest.target, growth=True))
    return sorted(out, key=lambda c: c.index)


def _growth_value(cell: str) -> tuple[float, str, str | None] | None:
    """A growth cell's figure, its sign kept (-3.2, ▼3.2: a fall; ↑3.2, +3.2: a rise)."""
    negative = cell.startswith(_MINUS)
    marked = negative or cell.startswith(_RISE_MARKS)
    parsed = _value(cell[1:].lstrip() if marked else cell)
    if parsed is None or parsed[2] not in (None, "%"):
        return None
    number, comparator, unit = parsed
    return (-number if negative else number), comparator, unit


def _growth_facts(
    lexicon: Lexicon,
    code: str,
    growth_row: bool,
    cell: str,
    offset: int,
    column: _Column,
    report_year: int | None,
    unit_in_name: str | None = None,
) -> list[Fact]:
    """A growth column's fact for the row's indicator; none for a row that is itself a growth
    (its cells are read as such), for a percentage indicator (its change is in points), for a
    row whose unit is not the indicator's (R&D人员 | 人: no R&D spending) nor for a cell that
    holds no figure (—)."""
    parsed = _growth_value(cell)
    unit = lexicon.indicators[code].unit
    if growth_row or parsed is None or unit == "percent":
        return []
    if unit_in_name is not None and scaled_value(1.0, unit_in_name, unit) is None:
        return []
    number, comparator, _ = parsed
    return [_column_fact(code, "growth_pct", comparator, number, "percent", cell, offset, column,
                         report_year)]  # fmt: skip


def _change_facts(
    lexicon: Lexicon, code: str, cell: str, offset: int, column: _Column, report_year: int | None
) -> list[Fact]:
    """A change column's fact: of a count, the increment of the year (552 after 486: 增减 66);
    a change of money or of a share is no indicator's figure."""
    parsed = _growth_value(cell)
    if parsed is None or lexicon.indicators[code].unit != "count":
        return []
    number, comparator, _ = parsed
    return [_column_fact(code, "increment", comparator, number, "count", cell, offset, column,
                         report_year)]  # fmt: skip


def _value(cell: str) -> tuple[float, str, str | None] | None:
    """(number, comparator, unit word) of a value cell, or None."""
    found = _VALUE_CELL.fullmatch(cell)
    if found is None:
        return None
    number = parse_number(found.group("num"))
    if number is None:
        return None
    comparator = "gte" if found.group("gte") or found.group("gte_after") in ("以上", "+") else "eq"
    if found.group("gte_after") == "左右" or _ESTIMATE_REMARK.search(found.group("remark") or ""):
        comparator = "approx"
    return number, comparator, found.group("unit")


def _row_unit(name: str, name_cells: Sequence[str]) -> str | None:
    """The unit of a row's figures: in brackets after its name (高新技术企业数(家)), or a
    column of its own (技术合同成交额 | 亿元 | 25)."""
    found = _UNIT_IN_NAME.search(name)
    if found:
        return found.group("unit")
    return next((c.strip() for c in name_cells if _UNIT_CELL.fullmatch(c.strip())), None)


def scaled_value(value: float, unit_word: str | None, indicator_unit: str) -> float | None:
    """The value in the indicator's canonical unit, or None when the units cannot agree."""
    if indicator_unit == "yuan":
        # 1.1亿元 is 110000000, not 110000000.00000001
        return round(value * _MONEY[unit_word], 2) if unit_word in _MONEY else None
    if indicator_unit == "percent":
        return value if unit_word in (None, "%") else None
    if indicator_unit in ("count", "per_10k_people"):
        return value if unit_word is None or unit_word in _COUNT_WORDS else None
    return None


def table_facts(
    lines: Sequence[str],
    lexicon: Lexicon,
    report_year: int | None,
    plan_year: int | None = None,
    in_plan: Sequence[bool] = (),
    own: frozenset[str] = frozenset(),
) -> list[TableFact]:
    """Facts of every indicator table in lines (a document's lines, in order). ``in_plan``
    says which lines stand in the plan part: there a column that names no year (目标值) is the
    plan year's; ``own``: the issuer's names (a column of its own beside the province's)."""
    out: list[TableFact] = []
    columns: list[_Column] = []
    width = 0
    label_at: int | None = None
    money: str | None = None
    parents: list[str] = []
    for no, line in enumerate(lines):
        cells = _cells(line)
        header = _header(cells, own) if len(cells) >= 2 else []
        if len(header) >= _MIN_YEAR_COLUMNS and _is_header(cells, lexicon):
            if plan_year is not None and no < len(in_plan) and in_plan[no]:
                # (a plan's task list: 序号 | 工作任务 | 目标值 | 责任单位 | 完成时限)
                header = [
                    replace(c, year=plan_year) if c.year == _REPORT_YEAR else c for c in header
                ]
            columns, width, parents = header, len(cells), []
            # (the last before the figures': 一级指标 | 二级指标 | 三级指标 | 年度指标值)
            label_at = max(
                (
                    i
                    for i, (c, _) in enumerate(cells[: header[0].index])
                    if _LABEL_CELL.fullmatch(c)
                ),
                default=None,
            )
            money = _caption_money(lines, no)
            continue
        if not columns:
            continue
        made = _row_facts(cells, columns, width, lexicon, report_year, money, parents, label_at)
        if made is None and line.count("|") < 2 and _right_aligned(columns, width):
            # (cells split by bars line up or the table has ended)
            made = _right_aligned_row(cells, columns, lexicon, report_year)
        if made is None:
            columns = []  # not a row of the table: it has ended
            continue
        out.extend(TableFact(f, no) for f in made)
    return out


def _is_header(cells: Sequence[tuple[str, int]], lexicon: Lexicon) -> bool:
    """No figures besides the years (指标 | 2020年 | 2025年目标); bare years (项目 Item 2020
    2021) only under a first cell that names no indicator (a row 高新技术企业 | 1985 | 2010 is
    figures)."""
    rest = [c for c, _ in cells[1:]]
    bare_years = [c for c in rest if c.isdigit() and _YEAR_CELL.fullmatch(c)]
    if any(_value(c) for c in rest if c not in bare_years):
        return False
    return not bare_years or not any(m.indicator_code for m in lexicon.find_mentions(cells[0][0]))


def _right_aligned(columns: Sequence[_Column], width: int) -> bool:
    """Do the header's year columns close it (项目 Item 2020 2021)? Then a row's figures close
    it too, however many words its name takes (a statistics yearbook's bilingual rows)."""
    indexes = [c.index for c in columns]
    return indexes == list(range(width - len(columns), width))


_IDEOGRAPH = re.compile(r"[\u4e00-\u9fff]")
GROWTH_NAME = re.compile(r"增长率?|增速|增幅")


def _right_aligned_row(
    cells: Sequence[tuple[str, int]],
    columns: Sequence[_Column],
    lexicon: Lexicon,
    report_year: int | None,
) -> list[Fact] | None:
    """A row of a right-aligned table: its last cells are the figures, its Chinese cells the
    indicator's name (its English and its unit between); a line without figures is the name
    wrapped onto a line of its own (a translation's second line) and ends nothing."""
    k = len(columns)
    if len(cells) <= k or not all(
        _value(c) or (column.growth and _NO_FIGURE.fullmatch(c))
        for column, (c, _) in zip(columns, cells[-k:], strict=False)
    ):
        # a line without figures, a name's translation wrapped onto a line of its own (per 10
        # 000 Persons), or a row whose figures we cannot line up (a unit glued to the first:
        # (10000 persons)195.00 200.00) is still inside the table
        ends_on_figure = bool(cells) and _value(cells[-1][0]) is not None
        translation = not any(_IDEOGRAPH.search(c) for c, _ in cells)
        inside = ends_on_figure or translation or not any(_value(c) for c, _ in cells)
        return [] if inside else None
    name = "".join(c for c, _ in cells[:-k] if _IDEOGRAPH.search(c))
    unit_in_name = _row_unit("".join(c for c, _ in cells[:-k]), [c for c, _ in cells[:-k]])
    code = row_indicator(name, lexicon)
    if code is None:
        return []
    growth = unit_in_name == "%" and bool(GROWTH_NAME.search(name))
    facts = []
    for column, (cell, offset) in zip(columns, cells[-k:], strict=True):
        if column.change and not cell.rstrip().endswith("%"):
            facts += _change_facts(lexicon, code, cell, offset, column, report_year)
            continue
        if column.growth or column.change:
            # (a change written as a rate, 增减 | +25.4%: the year's growth)
            facts += _growth_facts(
                lexicon, code, growth, cell, offset, column, report_year, unit_in_name
            )
            continue
        parsed = _value(cell) or (0.0, "eq", None)
        fact = cell_fact(lexicon, code, growth, unit_in_name, parsed, cell, offset, column,
                         report_year)  # fmt: skip
        if fact is not None:
            facts.append(fact)
    return as_the_name_says(facts, name, columns, lexicon)


def _column_fact(
    code: str,
    measure: str,
    comparator: str,
    value: float,
    unit: str,
    cell: str,
    offset: int,
    column: _Column,
    report_year: int | None,
) -> Fact:
    """A cell's fact, of its column's year: a target when the column says so or its year lies
    after the report year."""
    target = column.target
    if target is None:
        target = report_year is not None and column.year > report_year
    fact = Fact(code, measure, comparator, value, unit, column.qualifier, cell, offset,
                offset + len(cell))  # fmt: skip
    year = report_year if column.year == _REPORT_YEAR else column.year
    fact.year, fact.kind, fact.year_explicit = year, "target" if target else "actual", True
    return fact


def cell_fact(
    lexicon: Lexicon,
    code: str,
    growth: bool,
    unit_in_name: str | None,
    parsed: tuple[float, str, str | None],
    cell: str,
    offset: int,
    column: _Column,
    report_year: int | None,
) -> Fact | None:
    """The fact of one value cell (its number, comparator and unit word parsed) of an
    indicator's row or column: the indicator's growth when its name says so, else its level or
    share in the indicator's unit (the cell's unit word, else the name's); None when the units
    cannot agree."""
    number, comparator, unit_word = parsed
    if growth:
        return _column_fact(code, "growth_pct", comparator, number, "percent", cell, offset,
                            column, report_year)  # fmt: skip
    unit = lexicon.indicators[code].unit
    value = scaled_value(number, unit_word or unit_in_name, unit)
    if value is None:
        return None
    measure = "share_pct" if unit == "percent" else "level"
    fact = _column_fact(code, measure, comparator, value, unit, cell, offset, column, report_year)
    noted = _YEAR_NOTE.search(cell)
    if noted is not None and not column.target and int(noted.group(1)) < (fact.year or 0):
        # 1.58%(2022年) in a column of 2023's results: the latest statistics, of their own year
        fact.year, fact.kind = int(noted.group(1)), "actual"
    return fact


_YEAR_NOTE = re.compile(r"[((]\s*((?:19|20)[0-9]{2})\s*年")


# the unit a row's name ends on, in brackets: (家), (亿元), (%), (人年)
_NAME_UNIT = re.compile(r"[((]([^()()]{1,6})[))]\s*$")
# a row that names a share of the indicator it names (…占GDP的比重(%), 研发投入强度)
_SHARE_NAME = re.compile(r"比重|比例|占比|强度")


_WIDER_WHOLE_ROW = re.compile(r"\s*(?:[0-9]+[.、]?\s*)?(?:全省|全国|省平均|全国平均|全省平均)")


def row_indicator(name: str, lexicon: Lexicon) -> str | None:
    """The one indicator a row's name names; a name that takes a share of it (规上高新技术产业
    增加值占GDP的比重(%)) names the share's indicator. None for none or several."""
    mentions = [m for m in lexicon.find_mentions(name) if m.indicator_code]
    codes = {m.indicator_code for m in mentions}
    if len(codes) != 1 or _WIDER_WHOLE_ROW.match(name):
        return None  # (全省高新技术企业数, 全国平均…: a yardstick's row, not the issuer's)
    if any(w in name for w in grammar.APPLICATION_WORDS) or "重新认定" in name:
        return None  # 高新技术企业申报: the firms that applied; 重新认定: a renewal
    if _ACTS_ON_RE.search(name, mentions[-1].end):
        return None  # 科技特派员服务覆盖行政村(个): what they reach, not how many they are
    code = codes.pop()
    unit = _UNIT_IN_NAME.search(name)
    share = _SHARE_NAME.search(name) and (unit is None or unit.group("unit") == "%")
    if share and lexicon.indicators[code].unit != "percent":
        code = lexicon.share_target.get(code)
    said = _NAME_UNIT.search(name)
    if said and said.group(1).strip() == "%" and GROWTH_NAME.search(name):
        said = None  # 技术合同成交金额年增长率(%): the indicator's growth
    if code is None or (said and not _unit_fits(said.group(1), lexicon.indicators[code].unit)):
        return None  # 技术合同成交量(项), R&D活动人员折合全时当量(人年): another measure
    return code


def _unit_fits(word: str, indicator_unit: str) -> bool:
    """Can a row whose name ends on unit ``word`` measure an indicator in ``indicator_unit``?"""
    word = word.strip()
    if indicator_unit == "yuan":
        return word in _MONEY
    if indicator_unit == "percent":
        return word == "%"
    if indicator_unit == "per_10k_people":
        return "万人" in word or word in _COUNT_WORDS
    return word in _COUNT_WORDS


# the units a table's caption gives its figures: (单位:家、亿元、%), 单位:万元
_CAPTION_UNITS = re.compile(r"单位\s*[::]\s*([^)）\n]{1,20})")
_CAPTION_LINES = 2


def _caption_money(lines: Sequence[str], header_no: int) -> str | None:
    """The money unit the caption over a table's header gives (…如下(单位:家、亿元、%)): that
    of every money row whose name and cells say none."""
    for line in lines[max(0, header_no - _CAPTION_LINES) : header_no + 1][::-1]:
        found = _CAPTION_UNITS.search(line)
        if found:
            return next((u for u in _MONEY if u in re.split(r"[、,,/\s]+", found.group(1))), None)
    return None


def _row_facts(
    cells: Sequence[tuple[str, int]],
    columns: Sequence[_Column],
    width: int,
    lexicon: Lexicon,
    report_year: int | None,
    money: str | None = None,
    parents: list[str] | None = None,
    label_at: int | None = None,
) -> list[Fact] | None:
    """The facts of one row, [] for a row of the table that names no indicator, None for a
    line that is no row of it; ``money``: the caption's money unit; ``parents``: the names of
    the table's rows so far that named an indicator (a row's name is added); ``label_at``: the
    header's cell over the rows' names (指标名称, 三级指标), if it has one."""
    # a row may lack the header's leading cells (序号) or trailing ones (属性): line up the
    # value cells from the first column that holds a number
    shift = len(cells) - width
    # (asked only of a row whose figures do not line up as it stands)
    anchored = (
        _shift_from_name(cells, columns, label_at, lexicon)
        if label_at is not None and not _lines_up(cells, columns, shift)
        else None
    )
    # …and a header without a label cell over rows that have their name (2009年 | 2010年
    # above 科技活动人员(人) | 2286 | 3074)
    unlabelled = columns[0].index == 0
    if anchored is not None and anchored != shift and _lines_up(cells, columns, anchored):
        shift = anchored
    elif shift not in ((0, -1, 1) if unlabelled else (0, -1)) or len(cells) < 2:
        if (
            label_at is not None
            and len(cells) >= _MIN_ROW_CELLS
            and not _right_aligned(columns, width)
            and any(_value(c) for c, _ in cells)
        ):
            return []  # a row of a review table that names no indicator (资金拨付及时率 | 100%)
        return None
    name_cells = [c for c, _ in cells[: max(1, columns[0].index + shift)]]
    name = "".join(c for c in name_cells if not c.isdigit())
    code = row_indicator(name, lexicon)
    if code is not None and parents is not None:
        parents.append(name)
    elif parents:
        # 其中:发明专利 under 专利授权量: the kind takes the head of the row it is part of, when
        # that names an indicator of its own (其中:技术开发合同 under 技术合同成交额 is a part)
        code = row_indicator(_with_parents_head(name, parents[-1]), lexicon)
        if code == row_indicator(parents[-1], lexicon):
            code = None
    if code is None:
        return []
    unit_in_name = _row_unit(name, name_cells)
    if unit_in_name is None and lexicon.indicators[code].unit == "yuan":
        unit_in_name = money
    # 技术合同成交额年增长率(%): the indicator's growth
    growth = unit_in_name == "%" and bool(GROWTH_NAME.search(name))
    facts = []
    for column in columns:
        index = column.index + shift
        if not 0 <= index < len(cells):
            return None
        cell, offset = cells[index]
        if column.change and not cell.rstrip().endswith("%"):
            facts += _change_facts(lexicon, code, cell, offset, column, report_year)
            continue
        if column.growth or column.change:
            facts += _growth_facts(
                lexicon, code, growth, cell, offset, column, report_year, unit_in_name
            )
            continue
        if column.rank:
            if _RANK_CELL.fullmatch(cell):
                facts.append(_column_fact(code, "rank", "eq", float(cell), "rank", cell, offset,
                                          column, report_year))  # fmt: skip
            continue
        parsed = _value(cell)
        if parsed is None:
            if _GLUED_UNIT_CELL.search(cell):
                return []  # a unit glued to its figure ((10000 pieces)9.72): no line-up
            continue  # a dash, a blank or an estimate in brackets ([36]): no figure that year
        # (a rate under a name that says growth, in a cell of its own: 研发经费投入增速 | 12%以上)
        rate = parsed[2] == "%" and bool(GROWTH_NAME.search(name))
        fact = cell_fact(lexicon, code, growth or rate, unit_in_name, parsed, cell, offset,
                         column, report_year)  # fmt: skip
        if fact is not None:
            facts.append(fact)
    return as_the_name_says(facts, name, columns, lexicon)


_MIN_ROW_CELLS = 3
_RANK_CELL = re.compile(r"[1-9][0-9]?")
# what the named ones do to others, after their name in a row's name (服务覆盖行政村, 带动企业)
_ACTS_ON_RE = re.compile(r"覆盖|服务|带动|帮扶|对接|兑现|培训|支持")


def _lines_up(cells: Sequence[tuple[str, int]], columns: Sequence[_Column], shift: int) -> bool:
    """Does every column of figures fall on a figure of the row, shifted so?"""
    return all(
        0 <= c.index + shift < len(cells) and _value(cells[c.index + shift][0]) is not None
        for c in columns
        if not c.growth
    )


# the header's cell over the rows' names (指标, 指标名称, 三级指标, 项目)
_LABEL_CELL = re.compile(r"(?:[一二三]级|主要|绩效|考核|监测)?(?:指标|项目)(?:名称)?|名称")


def _shift_from_name(
    cells: Sequence[tuple[str, int]],
    columns: Sequence[_Column],
    label_at: int | None,
    lexicon: Lexicon,
) -> int | None:
    """How far a row's cells stand from the header's, told by its name: a row of a review
    table that leaves its category cells blank (产出指标 | 数量指标 | 名称 | ≥30家 | 37家 over
    rows of | 数量指标 | 名称 | ≥200家 | 263家 |) has its name under the header's label cell
    and its figures after it. None when the name does not tell."""
    if label_at is None or len(cells) < 2:
        return None
    named = next(
        (
            i
            for i, (c, _) in enumerate(cells)
            if _value(c) is None and row_indicator(c, lexicon) is not None
        ),
        None,
    )
    if named is None:
        return None
    shift = named - label_at
    if not all(0 <= c.index + shift < len(cells) for c in columns):
        return None
    return shift


# a unit cell run into a row's name (专利申请量 | 件: 专利申请量件), or a dash for no figure
_UNIT_TAIL_RE = re.compile(r"(?:[((][^()()]{1,6}[))]|万元|亿元|元|件|项|家|个|名|人|户|所|%|—)+$")
# a row that is a part of the row above (#发明专利, 其中:发明专利, 内:…)
PART_ROW_RE = re.compile(r"^\s*(?:#|＃|其中\s*[::]?|内\s*[::])\s*")


def part_row_name(part: str, parent: str) -> str:
    """A part row's name with its parent's: 发明专利 under 专利申请量 is 发明专利申请量 (the
    words they share said once)."""
    for k in range(min(len(part), len(parent)), 0, -1):
        if parent.startswith(part[-k:]):
            return part[:-k] + parent
    return part


def _with_parents_head(name: str, parent: str) -> str:
    """A part row of a horizontal table completed by its parent's name, the unit cells run
    into both names left out."""
    kind = _UNIT_TAIL_RE.sub("", PART_ROW_RE.sub("", name).strip())
    return part_row_name(kind, _UNIT_TAIL_RE.sub("", parent))


# (…净增数, 高新技术企业新增(家), 省级以上创新平台新增)
_NEW_ONES_TAIL = re.compile(r"\s*(?:净增|新增|新认定|新建)(?:数|数量|量|家数|个数|\s*[((]|\s*$)")
# a year the row's name gives its figures: 全社会R&D经费投入强度(2019年统计数据)
_NAME_YEAR = re.compile(r"[((]\s*((?:19|20)[0-9]{2})\s*年度?[^()()]{0,6}[))]")


def as_the_name_says(
    facts: list[Fact], name: str, columns: Sequence[_Column], lexicon: Lexicon
) -> list[Fact]:
    """What a row's name says of its figures besides the indicator: new ones (新增自治区级重点
    实验室), a level (自治区级, 省级以上), the year of the statistic in a table of the report
    year's goals and results ((2019年统计数据))."""
    mentions = [m for m in lexicon.find_mentions(name) if m.indicator_code]
    if not facts or not mentions:
        return facts
    lead = name[: mentions[0].start]
    # (新增省级重点实验室, or the new ones' number after the name: 高新技术企业净增数)
    new = any(w in lead for w in grammar.NEW_WORDS) or bool(
        _NEW_ONES_TAIL.match(name, mentions[0].end)
    )
    scope = qualifier_before(name, mentions[0].start)
    named_year = _NAME_YEAR.search(name)
    # (a table of one year's goals and results: yearless, or all its columns of one year, as in
    # 2023年目标值 | 2023年完成值 over 研发投入强度(2022年度))
    one_year = len({c.year for c in columns}) == 1
    for f in facts:
        if new and f.measure == "level" and f.unit == "count":
            f.measure = "increment"
        if scope and f.qualifier is None:
            f.qualifier = scope[0]
        if named_year and one_year:
            f.year = int(named_year.group(1))
    return facts
