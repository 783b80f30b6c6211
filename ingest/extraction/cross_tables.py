"""Cross tables: kinds down the rows, measures across the header.

A statistics table often names its indicator in two halves: the kind in the row and the measure
in the column (``指标 | 申请量(件) | 比上年增长(%) | 授权量(件) | 比上年增长(%)``, then
``发明专利 | 1632 | 58.1 | 295 | 21.4``), the whole's row named only as such (合计, 总计) under a
caption that names the kind (2016年专利申请、授权情况). Each figure becomes a fact of the
indicator the row's kind and the column's measure name together (发明专利 + 申请量: 发明专利申请量),
the whole's row taking the kind from the caption, and each growth column the growth of the
measure to its left. A pair that names no indicator (实用新型 + 申请量) gives nothing; a header
whose cells name indicators on their own is another kind of table's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.extraction.lexicon import Lexicon
from ingest.extraction.tables import (
    _GROWTH_HEADER,
    _YEAR_CELL,
    TableFact,
    _cells,
    _Column,
    _growth_value,
    _row_unit,
    _value,
    cell_fact,
    row_indicator,
)
from ingest.extraction.walk import Fact

# the whole's row: 合计, 总计, 全部, 总数
_TOTAL_ROW = re.compile(r"合\s*计|总\s*计|全\s*部|总\s*数|小\s*计")
# a measure's header cell, its unit in brackets after it (申请量(件), 授权数(项), 成交额(亿元))
_MEASURE_CELL = re.compile(
    r"(?P<stem>[\u4e00-\u9fff]{1,4}?)(?:量|数|额)?\s*(?:[((][^()()]{1,6}[))])?"
)
_UNIT_BRACKETS = re.compile(r"\s*[((][^()()]{1,6}[))]\s*$")
# the line a caption may take before its header: 表10 2016年专利申请、授权情况
_CAPTION_LINES = 2


@dataclass(frozen=True, slots=True)
class _MeasureColumn:
    index: int
    name: str  # the header cell without its unit (申请量)
    stem: str  # the measure's verb or noun (申请)
    unit: str | None
    growth_of: int | None  # a growth column: the index of the measure column to its left


def _joined_label(cells: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """A two-character label spaced into two cells (合 | 计, 指 | 标) as one cell."""
    if (
        len(cells) >= 3
        and len(cells[0][0]) == 1
        and len(cells[1][0]) == 1
        and not cells[0][0].isdigit()
        and not cells[1][0].isdigit()
    ):
        return [(cells[0][0] + cells[1][0], cells[0][1]), *cells[2:]]
    return cells


def _measure_header(cells: Sequence[tuple[str, int]], lexicon: Lexicon) -> list[_MeasureColumn]:
    """The measure columns of a cross table's header, or [] for no such header."""
    if len(cells) < 3 or _value(cells[0][0]) is not None:
        return []
    columns: list[_MeasureColumn] = []
    last_measure: int | None = None
    for index, (cell, _) in enumerate(cells[1:], start=1):
        if _value(cell) is not None or _YEAR_CELL.search(cell) or row_indicator(cell, lexicon):
            return []  # figures, years, or an indicator named whole: not this kind of header
        if _GROWTH_HEADER.fullmatch(cell.replace(" ", "")):
            if last_measure is None:
                return []
            columns.append(_MeasureColumn(index, cell, "", "%", last_measure))
            continue
        found = _MEASURE_CELL.fullmatch(cell)
        if found is None:
            return []
        name = _UNIT_BRACKETS.sub("", cell)
        columns.append(
            _MeasureColumn(index, name, found.group("stem"), _row_unit(cell, [cell]), None)
        )
        last_measure = index
    return columns if any(c.growth_of is None for c in columns) else []


def _caption(lines: Sequence[str], header_no: int) -> str:
    """The caption right above a header (表10 2016年专利申请、授权情况), else ''."""
    for no in range(header_no - 1, max(-1, header_no - 1 - _CAPTION_LINES), -1):
        line = lines[no].strip()
        if line:
            # (its number and its words may stand apart as two cells: 表10 | 2016年专利…)
            cells = [c for c, _ in _cells(line)]
            if "。" in line or len(cells) > 2 or any(_value(c) is not None for c in cells):
                return ""
            return " ".join(cells)
    return ""


def _kind_in_caption(caption: str, stems: Sequence[str]) -> str:
    """What the caption names before the first of the measures' stems, the kind they share
    (专利 of 2016年专利申请、授权情况)."""
    found = [at for stem in stems if stem and (at := caption.find(stem)) > 0]
    if not found:
        return ""
    before = _YEAR_CELL.sub("", caption[: min(found)])
    return re.sub(r"^\s*(?:附?表\s*[0-9一二三四五六七八九十]*)?[\s、.:]*", "", before).strip()


def _named_by_both(kind: str, measure: str, lexicon: Lexicon) -> str | None:
    """The indicator the kind and the measure name together (发明专利 + 申请量), when neither
    names one alone and the name spans both (not 高新技术企业 + 计划: the row names it whole)."""
    if row_indicator(kind, lexicon) is not None:
        return None
    code = row_indicator(kind + measure, lexicon)
    spans = any(
        m.indicator_code == code and m.start < len(kind) < m.end
        for m in lexicon.find_mentions(kind + measure)
    )
    return code if spans else None


def cross_table_facts(
    lines: Sequence[str], lexicon: Lexicon, report_year: int | None
) -> list[TableFact]:
    """Facts of every cross table in lines (a document's lines, in order)."""
    out: list[TableFact] = []
    columns: list[_MeasureColumn] = []
    caption = ""
    year: int | None = None
    width = 0
    for no, line in enumerate(lines):
        if "|" not in line and "\t" not in line and "  " not in line:
            columns = []
            continue
        cells = _joined_label(_cells(line))
        header = _measure_header(cells, lexicon)
        if header:
            columns, width, caption = header, len(cells), _caption(lines, no)
            said = _YEAR_CELL.search(caption)
            year = int(said.group(1)) if said else report_year
            continue
        if not columns:
            continue
        made = _row_facts(cells, columns, width, lexicon, caption, year, report_year)
        if made is None:
            columns = []
            continue
        out.extend(TableFact(f, no) for f in made)
    return out


def _row_facts(
    cells: Sequence[tuple[str, int]],
    columns: Sequence[_MeasureColumn],
    width: int,
    lexicon: Lexicon,
    caption: str,
    year: int | None,
    report_year: int | None,
) -> list[Fact] | None:
    """The facts of one kind's row, or None for a line that is no row of the table."""
    if len(cells) != width or _value(cells[0][0]) is not None:
        return None
    label = cells[0][0].replace(" ", "")
    total = _TOTAL_ROW.fullmatch(label) is not None
    codes: dict[int, str] = {}
    facts: list[Fact] = []
    column_year = _Column(0, year if year is not None else 0, False)
    for column in columns:
        cell, offset = cells[column.index]
        # (a falling figure's growth: -3.5)
        parsed = _growth_value(cell) if column.growth_of is not None else _value(cell)
        if parsed is None:
            continue
        if column.growth_of is not None:
            code = codes.get(column.growth_of)
            growth, unit = True, None
        else:
            kind = _kind_in_caption(caption, [c.stem for c in columns]) if total else label
            found = _named_by_both(kind, column.name, lexicon) if kind else None
            if found is None:
                continue
            code = codes[column.index] = found
            growth, unit = False, column.unit
        if code is None:
            continue
        fact = cell_fact(
            lexicon, code, growth, unit, parsed, cell, offset, column_year, report_year
        )
        if fact is not None:
            facts.append(fact)
    return facts
