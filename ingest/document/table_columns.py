"""The task column of a progress table flattened into text.

Government portals publish a year's tasks with their progress as a table (序号 | 任务目标 |
进展情况 | 存在问题, or 工作任务 | 二季度完成情况). Flattened, its cells come one per line,
split by lines holding only ``|`` (or each cell ending in ``|``, a lone ``|`` ending the row),
or one row per line with ``|`` between its cells. The task column holds the year's goals and
the progress column what was done, though both read as plain prose: which is which is told by
the header row, not by the words of a cell. This module finds the cells of such task columns.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# A header cell: a short label, no sentence, no figure of its own (a month it names aside:
# 截至9月底进展, 1-9月完成)
_LABEL = re.compile(
    r"(?=.{2,16}$)[\u4e00-\u9fff()()\s]*"
    r"(?:(?:[0-9]{1,2}\s*[-—~至]\s*)?[0-9]{1,2}\s*月[\u4e00-\u9fff()()\s]*)?"
)
# A column of what was done: 进展情况, 二季度完成情况, 落实情况, 工作成效
# (not a deadline: 完成时限, 完成时间)
_PROGRESS = re.compile(r"完成(?!时限|时间|期限)|进展|进度|落实|执行|成效|情况")
# A column of what was set: 任务目标, 工作任务, 年度目标, 目标任务, 计划, 考核标准(分值)
_GOALS = re.compile(r"任务|目标|计划|考核标准|考评标准|评分标准|工作内容|工作事项")
# A number cell (序号): 1, 12, (3)
_ORDINAL = re.compile(r"[((]?[0-9一二三四五六七八九十]{1,3}[))、.]?")
_MAX_HEADER_CELLS = 8


@dataclass(frozen=True, slots=True)
class _Cell:
    start: int
    end: int
    text: str
    row_ends: bool  # the last cell of its row, when the layout marks rows


def _cells(text: str) -> Iterator[_Cell | None]:
    """The cells of the text's lines in order; None where a line is no cell of a table."""
    lines = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]+", text)]
    for i, (start, line) in enumerate(lines):
        stripped = line.strip()
        if stripped == "|":
            continue
        if stripped.count("|") >= 2:  # a row on one line: 1 | 任务… | 进展… |
            parts = list(re.finditer(r"[^|]+", line))
            parts = [p for p in parts if p.group(0).strip()]
            for n, part in enumerate(parts):
                lead = len(part.group(0)) - len(part.group(0).lstrip())
                cell = part.group(0).strip()
                yield _Cell(
                    start + part.start() + lead,
                    start + part.start() + lead + len(cell),
                    cell,
                    n == len(parts) - 1,
                )
            continue
        before = lines[i - 1][1].strip() if i > 0 else ""
        after = lines[i + 1][1].strip() if i + 1 < len(lines) else ""
        if stripped.endswith("|"):
            cell = stripped[:-1].rstrip()
            lead = len(line) - len(line.lstrip())
            yield _Cell(start + lead, start + lead + len(cell), cell, after == "|")
        elif before == "|" or after == "|":
            lead = len(line) - len(line.lstrip())
            yield _Cell(start + lead, start + lead + len(stripped), stripped, False)
        else:
            yield None


def _task_column(labels: list[str]) -> int | None:
    """The index of the one task column of a header row that also has a progress column."""
    short = [n for n, label in enumerate(labels) if _LABEL.fullmatch(label)]
    goals = [n for n in short if _GOALS.search(labels[n]) and not _PROGRESS.search(labels[n])]
    progress = [n for n in short if _PROGRESS.search(labels[n])]
    if len(goals) > 1:
        # (工作任务 | … | 年度目标: the task's name, then the goal set for it)
        goals = [n for n in goals if "目标" in labels[n]][-1:]
    return goals[0] if len(goals) == 1 and progress else None


def _header(cells: list[_Cell]) -> tuple[int, int] | None:
    """(task column, column count) when cells open on a progress table's header row."""
    labels: list[str] = []
    for cell in cells[:_MAX_HEADER_CELLS]:
        if not _LABEL.fullmatch(cell.text) or _ORDINAL.fullmatch(cell.text):
            break
        labels.append(cell.text)
    column = _task_column(labels)
    return None if column is None else (column, len(labels))


def task_cells(text: str) -> list[tuple[int, int]]:
    """[start, end) of every cell in the task column of a progress table in text."""
    if "|" not in text or not _GOALS.search(text) or not _PROGRESS.search(text):
        return []  # most texts: no table, or none with a task and a progress column
    spans: list[tuple[int, int]] = []
    run: list[_Cell] = []
    for cell in [*_cells(text), None]:
        if cell is not None:
            run.append(cell)
            continue
        spans.extend(_task_cells_of_run(run))
        run = []
    return spans


def _task_cells_of_run(run: list[_Cell]) -> Iterator[tuple[int, int]]:
    if any(cell.row_ends for cell in run):
        yield from _task_cells_of_rows(run)
        return
    # no row marks: the rows are told apart by the header's width
    for first in range(len(run)):
        header = _header(run[first:])
        if header is None:
            continue
        column, width = header
        for n, cell in enumerate(run[first + width :]):
            if n % width == column:
                yield cell.start, cell.end
        return


def _task_cells_of_rows(run: list[_Cell]) -> Iterator[tuple[int, int]]:
    rows: list[list[_Cell]] = [[]]
    for cell in run:
        rows[-1].append(cell)
        if cell.row_ends:
            rows.append([])
    for n, row in enumerate(rows):
        labels = [cell.text for cell in row]
        column = _task_column(labels)
        if column is None:
            continue
        # the title may open the header row, as a cell of its own or run into its first cell;
        # its last cell may be a long legend (进度标识 (√完成,→正常,↓慢))
        lead = next(i for i, label in enumerate(labels) if _LABEL.fullmatch(label))
        last = next((r for r in reversed(rows) if r), None)
        shift = 0  # how many of the header's cells the title took, as the full rows show
        for later in rows[n + 1 :]:
            if len(later) in (len(row), len(row) - lead):
                shift = len(row) - len(later)
                cell = later[column - shift]
                yield cell.start, cell.end
            elif later is last and column - shift < len(later) < len(row) - shift:
                cell = later[column - shift]  # a page cut inside its last row
                yield cell.start, cell.end
        return
