"""Tables laid out one cell per line: an HTML table copied from a browser, or saved by a
scraper that wrote each cell on a line of its own.

A header that opens on its label column (``指标名称`` ``单位`` ``2018年目标`` ``2018年完成``
``完成率``) is read as the header of a row table (``tables``) would be, its columns told by
their words; each row is then its name and as many cells as the header has.

The header is a run of lines that are each a year, ascending (``2013`` ``2014`` … ``2018``),
perhaps followed by a few labels of further columns (``2018年同比增长率``, ``15城市排序``). A row
is a line that names one indicator (``高新技术企业累计数(家)``, its unit in brackets) followed by
exactly one cell per year column, then one per further column: each figure becomes a fact of
the indicator for its column's year, and a growth-rate column's figure the growth of the year
it names (else the last one). What stands between rows (a row's number, a category spanning
several rows) is passed over; a line of prose ends the table.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from ingest.extraction.lexicon import Lexicon
from ingest.extraction.tables import (
    _MINUS,
    _YEAR_CELL,
    GROWTH_NAME,
    PART_ROW_RE,
    TableFact,
    _Column,
    _column_fact,
    _header,
    _row_facts,
    _value,
    part_row_name,
    row_indicator,
)
from ingest.extraction.walk import Fact
from ingest.reading.normalise import FIGURE_WITH_UNIT, LABEL_COLUMN_HEAD, NUMBER_COLUMN_HEAD

_MIN_YEARS = 2  # a single year on a line is a date or a heading, not a header
_MAX_LABELS = 3  # columns after the years' (同比增长率, 排序)
_MAX_NAME_CHARS = 40
# a cell that holds no figure of its own: none given, or an estimate in brackets ([360])
_BLANK_CELL = re.compile(r"[-—–/…]+|[\[\uff3b【][0-9.,]+[\]\uff3d】]")
_PROSE = re.compile(r"[。;!?]")
_WORDED_CELLS_MAX = 1  # a row's cells of figures said in words, at most
_IDEOGRAPH = re.compile(r"[\u4e00-\u9fff]")


def vertical_table_facts(
    lines: Sequence[str], lexicon: Lexicon, report_year: int | None
) -> list[TableFact]:
    """Facts of every table laid out one cell per line in ``lines`` (a document's lines)."""
    out: list[TableFact] = []
    no = 0
    while no < len(lines):
        width, span = _labelled_header(lines, no, lexicon)
        numbered = False
        if not width and no + 1 < len(lines) and _NUMBER_HEAD.fullmatch(lines[no].strip()):
            # 序号 before the label column: each row opens on its number
            width, span = _labelled_header(lines, no + 1, lexicon)
            no, numbered = (no + 1, True) if width else (no, False)
        if width:
            no = _labelled_rows(lines, no, width, span, lexicon, report_year, out, numbered)
            continue
        years = _year_run(lines, no)
        if len(years) < _MIN_YEARS:
            no += 1
            continue
        no += len(years)
        labels: list[str] = []
        while no < len(lines) and len(labels) < _MAX_LABELS and _is_label(lines[no]):
            labels.append(lines[no].strip())
            no += 1
        no = _rows(lines, no, years, labels, lexicon, report_year, out)
    return out


# the label column's header (指标, 指标名称, 主要指标, 项目) and the rows' numbers' before it (序号)
_LABEL_HEAD = LABEL_COLUMN_HEAD
_NUMBER_HEAD = NUMBER_COLUMN_HEAD
_MAX_COLUMNS = 8
# a row's number
_ROW_NUMBER = re.compile(r"[0-9]{1,3}\.?")


def _labelled_header(lines: Sequence[str], no: int, lexicon: Lexicon) -> tuple[int, int]:
    """(cells, lines) of a header opening on its label column at line ``no`` ((0, 0): none):
    its cells run up to the first row's name, a cell naming an indicator, and tell at least one
    column of figures (a year's, a goal's, what was done). A unit alone on a line (``(%)``
    under ``比上年增长``) is its cell's, wrapped."""
    if not _LABEL_HEAD.fullmatch(lines[no].strip()):
        return 0, 0
    cells = [lines[no].strip()]
    end = no + 1
    while end < len(lines) and len(cells) < _MAX_COLUMNS:
        line = lines[end].strip()
        if _UNIT_ONLY.fullmatch(line) and len(cells) > 1:
            cells[-1] += line
        elif not _is_label(line) or any(m.indicator_code for m in lexicon.find_mentions(line)):
            break
        else:
            cells.append(line)
        end += 1
    if len(cells) >= 3 and _header([(cell, 0) for cell in cells]):
        return len(cells), end - no
    return 0, 0


# a unit alone on a header's line: the cell before it wrapped (比上年增长 / (%))
_UNIT_ONLY = re.compile(r"[((]\s*(?:%|家|个|件|项|万元|亿元|元)\s*[))]")


def _labelled_rows(
    lines: Sequence[str],
    no: int,
    width: int,
    span: int,
    lexicon: Lexicon,
    report_year: int | None,
    out: list[TableFact],
    numbered: bool = False,
) -> int:
    """Read the rows under a labelled header of ``width`` cells on ``span`` lines at line
    ``no`` into ``out``; the line after the table. A row is its name and then width - 1 cells
    (after its number, in a ``numbered`` table); prose, or a row whose figures do not fall in
    the header's columns, ends the table. A row that is a part of the one above (#发明专利
    under 专利申请量) is named after both."""
    header = [line.strip() for line in lines[no : no + span]]
    cells = [header[0]]
    for line in header[1:]:
        if _UNIT_ONLY.fullmatch(line):
            cells[-1] += line
        else:
            cells.append(line)
    columns = _header([(cell, 0) for cell in cells])
    first = min(c.index for c in columns)
    no += span
    parent = ""
    while no + width <= len(lines):
        if numbered and _ROW_NUMBER.fullmatch(lines[no].strip()):
            no += 1
            if no + width > len(lines):
                break
        row = [line.strip() for line in lines[no : no + width]]
        part = PART_ROW_RE.match(row[0])
        if part:
            row[0] = part_row_name(row[0][part.end() :], parent)
        else:
            parent = row[0]
        # (a cell in words where a figure stands in the others' rows, 提高1.9个百分点 under
        # 比上年增长(%), gives nothing; the row's other cells are read)
        valued = [c for c in columns if _is_cell(row[c.index])]
        if (
            any(_PROSE.search(cell) for cell in row)
            or not _IDEOGRAPH.search(row[0])
            or _value(row[0]) is not None
            or len(valued) < len(columns) - _WORDED_CELLS_MAX
            or not valued
        ):
            after = no + width
            if numbered and after < len(lines) and _ROW_NUMBER.fullmatch(lines[after].strip()):
                # a numbered row whose goal is said in words (净增60家,总数达到560家): the next
                # row's number stands where it should, so the table goes on past it; each
                # phrase of the words is the row's name said on (高新技术企业净增 | 60家)
                for column in columns:
                    for words, figure in _phrases(row[column.index]):
                        cells = [(cell, 0) for cell in (*row[: first - 1], row[0] + words, figure)]
                        at = dataclasses.replace(column, index=first)
                        for fact in _row_facts(cells, [at], first + 1, lexicon, report_year) or []:
                            out.append(TableFact(fact, no + column.index))
                no = after
                continue
            break
        for column in valued:
            # the row as a row table's: its name (and unit), then the column's cell alone
            cells = [(cell, 0) for cell in (*row[:first], row[column.index])]
            at = dataclasses.replace(column, index=first)
            for fact in _row_facts(cells, [at], first + 1, lexicon, report_year) or []:
                out.append(TableFact(fact, no + column.index))
        no += width
    return no


# a phrase of a goal said in words: a few words, then its figure (净增60家, 总数达到560家)
_PHRASE = re.compile(rf"(?P<words>[\u4e00-\u9fff]{{0,8}}?)(?P<figure>{FIGURE_WITH_UNIT})")


def _phrases(cell: str) -> list[tuple[str, str]]:
    """The (words, figure) of each phrase of a cell that says its goal in words, when every
    phrase is such; else none."""
    parts = [part.strip() for part in re.split(r"[,、;]", cell) if part.strip()]
    found = [_PHRASE.fullmatch(part) for part in parts]
    if not parts or not all(found):
        return []
    return [(m.group("words"), m.group("figure")) for m in found if m]


def _year_run(lines: Sequence[str], no: int) -> list[int]:
    """The ascending years on the lines from ``no``, one a line."""
    years: list[int] = []
    while no < len(lines):
        found = _YEAR_CELL.fullmatch(lines[no].strip())
        if found is None or (years and int(found.group(1)) <= years[-1]):
            break
        years.append(int(found.group(1)))
        no += 1
    return years


def _is_label(line: str) -> bool:
    stripped = line.strip()
    return (
        bool(_IDEOGRAPH.search(stripped))
        and len(stripped) <= 16
        and _value(stripped) is None
        and not _PROSE.search(stripped)
    )


def _is_cell(line: str) -> bool:
    stripped = line.strip()
    if stripped.startswith(_MINUS):
        stripped = stripped[1:]  # a fall in a growth column (-3.4)
    return _value(stripped) is not None or _BLANK_CELL.fullmatch(stripped) is not None


def _rows(
    lines: Sequence[str],
    no: int,
    years: list[int],
    labels: list[str],
    lexicon: Lexicon,
    report_year: int | None,
    out: list[TableFact],
) -> int:
    """Read the table's rows from line ``no`` into ``out``; the line after the table."""
    k = len(years)
    while no < len(lines):
        line = lines[no].strip()
        if _PROSE.search(line) or len(line) > _MAX_NAME_CHARS * 2:
            return no  # prose: the table has ended
        cells = lines[no + 1 : no + 1 + k]
        is_row = (
            _IDEOGRAPH.search(line) is not None
            and _value(line) is None
            and len(line) <= _MAX_NAME_CHARS
            and len(cells) == k
            and all(_is_cell(c) for c in cells)
        )
        if not is_row:
            no += 1  # a row's number, a category spanning rows
            continue
        code = row_indicator(line, lexicon)
        extra = [
            (label, lines[no + 1 + k + i])
            for i, label in enumerate(labels)
            if no + 1 + k + i < len(lines) and _is_cell(lines[no + 1 + k + i])
        ]
        after = no + 1 + k + len(extra)
        if all(_is_cell(line) for line in lines[after : after + 2]) and after + 2 <= len(lines):
            # more figures than columns (past a next row's number): the cells do not line up
            # with the years
            return no
        if code is not None:
            # the row as the other tables' rows are read: its name, then a cell per year
            row = [(line, 0), *((cell.strip(), 0) for cell in cells)]
            columns = [_Column(i + 1, year, None) for i, year in enumerate(years)]
            for fact in _row_facts(row, columns, k + 1, lexicon, report_year) or []:
                out.append(TableFact(fact, no + 1 + years.index(fact.year or 0)))
            for i, (label, cell) in enumerate(extra):
                fact = _growth(code, label, cell.strip(), years[-1], report_year)
                if fact is not None:
                    out.append(TableFact(fact, no + 1 + k + i))
        no += 1 + k + len(extra)
    return no


def _growth(
    code: str, label: str, cell: str, last_year: int, report_year: int | None
) -> Fact | None:
    """A growth-rate column's figure (2018年同比增长率 | 25.08%): the growth of its year."""
    if not GROWTH_NAME.search(label) or not cell.endswith("%"):
        return None
    parsed = _value(cell) if not cell.startswith("-") else _value(cell[1:])
    if parsed is None:
        return None
    number, comparator, _ = parsed
    named = _YEAR_CELL.search(label)
    column = _Column(0, int(named.group(1)) if named else last_year, None)
    value = -number if cell.startswith("-") else number
    return _column_fact(code, "growth_pct", comparator, value, "percent", cell, 0, column,
                        report_year)  # fmt: skip
