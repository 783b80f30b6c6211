"""Tables turned the other way: a row per year, a column per indicator.

A trend table puts the years down its first column and the indicators across its header
(``年份 | 高新技术企业(家) | 技术合同成交额(亿元)``, then ``2019年 | 150 | 18.6``). The header is a
line whose first cell names the years' column (年份, 年度, 时间) and whose other cells name
indicators, each read as a table's row name is (its unit in brackets); a row is a line of the
same width whose first cell is a year (``2025年目标`` too). Each figure becomes a fact of its
column's indicator for its row's year, a target when the row says so or its year lies after the
report year. The table ends at the first line that is no such row.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.extraction.lexicon import Lexicon
from ingest.extraction.tables import (
    _BASE_CELL,
    _TARGET_CELL,
    GROWTH_NAME,
    TableFact,
    _cells,
    _Column,
    _row_unit,
    _value,
    cell_fact,
    row_indicator,
)
from ingest.extraction.walk import Fact

# the label of a column of years (or of the rows, whatever they are: 项目, 指标, 类别; the rows
# must still open on a year)
_YEARS_LABEL = re.compile(r"年\s*份|年度|年|时间|项\s*目|指\s*标|类\s*别")
# a line of rules only, as markdown sets under a header (|:---:|---|)
_RULE_ROW = re.compile(r"[\s|:\-—–=+]+")
# a row's year: 2019, 2019年, 2019年度, 2025年目标, 2020年(预计)
_ROW_YEAR = re.compile(
    r"((?:19|20)[0-9]{2})\s*年?度?\s*[((]?\s*(?:目标|预期|预计|规划|计划|实际|完成)?\s*[))]?"
)


@dataclass(frozen=True, slots=True)
class _IndicatorColumn:
    index: int
    code: str
    unit: str | None  # the unit its header cell gives
    growth: bool  # the indicator's growth rate (技术合同成交额增长率(%))


def _indicator_header(cells: Sequence[tuple[str, int]], lexicon: Lexicon) -> list[_IndicatorColumn]:
    """The indicator columns of a header row of years' rows, or [] for no such header."""
    if len(cells) < 2 or not _YEARS_LABEL.fullmatch(cells[0][0]):
        return []
    columns = []
    for index, (cell, _) in enumerate(cells[1:], start=1):
        if _value(cell) is not None or _ROW_YEAR.search(cell):
            return []  # figures or years: a row, or a header of year columns
        code = row_indicator(cell, lexicon)
        if code is None:
            continue
        unit = _row_unit(cell, [cell])
        growth = unit == "%" and bool(GROWTH_NAME.search(cell))
        columns.append(_IndicatorColumn(index, code, unit, growth))
    return columns


def year_row_table_facts(
    lines: Sequence[str], lexicon: Lexicon, report_year: int | None
) -> list[TableFact]:
    """Facts of every table of years' rows in lines (a document's lines, in order)."""
    out: list[TableFact] = []
    columns: list[_IndicatorColumn] = []
    width = 0
    for no, line in enumerate(lines):
        if "|" not in line and "\t" not in line and "  " not in line:
            columns = []  # no cells: prose, the table has ended
            continue
        if columns and _RULE_ROW.fullmatch(line):
            continue  # |:---:|:---:|, a markdown table's rule under its header
        cells = _cells(line)
        header = _indicator_header(cells, lexicon)
        if header:
            columns, width = header, len(cells)
            continue
        if not columns:
            continue
        made = _row_facts(cells, columns, width, lexicon, report_year)
        if made is None:
            columns = []
            continue
        out.extend(TableFact(f, no) for f in made)
    return out


def _row_facts(
    cells: Sequence[tuple[str, int]],
    columns: Sequence[_IndicatorColumn],
    width: int,
    lexicon: Lexicon,
    report_year: int | None,
) -> list[Fact] | None:
    """The facts of one year's row, or None for a line that is no row of the table."""
    year = _ROW_YEAR.fullmatch(cells[0][0]) if cells else None
    # (blank cells after the last indicator's, a 备注 left empty, are not written out)
    if year is None or not columns[-1].index < len(cells) <= width:
        return None
    label = cells[0][0]
    target = True if _TARGET_CELL.search(label) else False if _BASE_CELL.search(label) else None
    row = _Column(0, int(year.group(1)), target)
    facts = []
    for column in columns:
        cell, offset = cells[column.index]
        parsed = _value(cell)
        if parsed is None:
            continue  # a dash or a blank: no figure that year
        fact = cell_fact(
            lexicon, column.code, column.growth, column.unit, parsed, cell, offset, row, report_year
        )
        if fact is not None:
            facts.append(fact)
    return facts
