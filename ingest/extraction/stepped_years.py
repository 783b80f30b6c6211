"""Goals stepped by year, the years said once for several lines.

A plan sets its goals for each of its years in one line and lets the next lines follow the
same steps without saying the years again:

    (一)全社会研发投入强度2024年、2025年、2026年分别达到2.45%、2.6%、2.8%;
    (二)高新技术企业数量分别达到1050家、1350家、1700家;

The second line's three figures are the goals of 2024, 2025 and 2026 in turn. A line that
lists years before 分别 sets the steps; a later line of the same part that lists as many
figures of one indicator after 分别, naming no year of its own, takes them.

A span of the last few years does the same within its sentence (近三年…分别为186家、245家和
318家): one figure a year, the last of them the year the sentence is of.
"""

from __future__ import annotations

import re

from ingest.extraction.attribution import Fact
from ingest.extraction.dating import YEAR_RE
from ingest.extraction.walk import RECENT_SPAN_RE, YEARS_LISTED_RE, span_years, years_listed_before


def years_stepped(text: str) -> list[int]:
    """The years a sentence lists before its 分别 (2024年、2025年、2026年分别…), if any."""
    if "分别" not in text and "依次" not in text:
        return []
    found = YEARS_LISTED_RE.search(text)
    return [int(y) for y in re.findall(r"(?:19|20)[0-9]{2}", found.group())] if found else []


def date_by_steps(facts: list[Fact], text: str, years: list[int]) -> None:
    """Give the figures a sentence lists after 分别, without a year of its own, the years of
    the steps set before: one figure a year, in order, when there are as many."""
    if "分别" not in text or YEAR_RE.search(text) or years_listed_before(text, len(text)):
        return  # (a year or a range of its own: 2019—2021年,…分别…)
    groups: dict[tuple[str, str, str | None], list[Fact]] = {}
    for f in facts:
        groups.setdefault((f.indicator_code, f.measure, f.qualifier), []).append(f)
    for listed in groups.values():
        if len(listed) != len(years) or len({f.kind for f in listed}) != 1:
            continue
        for f, year in zip(sorted(listed, key=lambda f: f.start), years, strict=True):
            f.year, f.year_explicit = year, True


def date_by_recent_span(facts: list[Fact], text: str) -> None:
    """Give the figures a sentence lists after 分别 (or 依次), under a span of the last n
    years, one year each, in order, ending with the year they were all given (the text's, or
    one the sentence opened on: 2022年,…连续三年…分别增长…): as many figures of one indicator
    as the span has years, and no year named between the span and 分别."""
    word = "分别" if "分别" in text else "依次"  # (依次为…: in turn, the same)
    span = RECENT_SPAN_RE.search(text) if word in text else None
    if span is None:
        return
    split = text.find(word, span.end())
    if split < 0 or YEAR_RE.search(text, span.end(), split):
        return  # (a year of its own between: 近三年…,2022年分别…)
    n = span_years(span)
    groups: dict[tuple[str, str, str | None], list[Fact]] = {}
    for f in facts:
        if f.start > split and f.kind == "actual":
            groups.setdefault((f.indicator_code, f.measure, f.qualifier), []).append(f)
    for listed in groups.values():
        if len(listed) != n or len({f.year for f in listed}) != 1 or listed[0].year is None:
            continue
        last = listed[0].year
        years = range(last - n + 1, last + 1)
        for f, year in zip(sorted(listed, key=lambda f: f.start), years, strict=True):
            f.year = year
