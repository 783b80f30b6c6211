"""Dates in report texts, and the date a document was published.

The publication date comes from the metadata block (发布日期, 成文日期 …), else from a byline
near the top (`2022-04-14 09:48 来源:四川在线`, `2021年04月06日07:56`), else from a date line
at the bottom (the signature's). It anchors 今年/去年 and tells a report written in December
from a news item written in March.
"""

from __future__ import annotations

import datetime
import re

from ingest.document.header import DATE_KEYS, Header

# A date writes its parts apart the same way (年…月, -…-, /…/, .….): 2024年1-6月 is a range
# of months, no date.
FULL_DATE = (
    r"((?:19|20)[0-9]{2})\s*"
    r"(?:年\s*([0-9]{1,2})\s*月|(?P<sep>[-/.])\s*([0-9]{1,2})\s*(?P=sep))"
    r"\s*([0-9]{1,2})"
)
_DATE = re.compile(FULL_DATE + r"(?![0-9])\s*日?")
# 04.05.2016: day, month, year, as some aggregators print it.
_DAY_FIRST_DATE = re.compile(r"(?<![0-9.])([0-9]{1,2})\.([0-9]{1,2})\.((?:19|20)[0-9]{2})(?![0-9])")
HAN_DIGITS = {"〇": 0, "零": 0, "○": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5}
HAN_DIGITS |= {"六": 6, "七": 7, "八": 8, "九": 9}
_HAN_DATE = re.compile(
    r"([〇零○O一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日"
)
_TIME = re.compile(r"[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?")
_STAMPED_DATE = re.compile(
    r"(?:19|20)[0-9]{2}\s*[-/年.]\s*[0-9]{1,2}\s*[-/月.]\s*[0-9]{1,2}\s*日?\s*[0-9]{1,2}:[0-9]{2}"
)
# …the same with a two-digit year (23-03-07 08:22 来源:张掖日报): this century's
_SHORT_STAMP = re.compile(
    r"(?<![0-9.\-/])([0-4][0-9])-([0-9]{1,2})-([0-9]{1,2})\s+[0-9]{1,2}:[0-9]{2}(?![0-9])"
)
_STAMP_SEARCH_CHARS = 600
# A page's date opening a line before its source (2023-08-10 武穴市科学技术…), also where the
# reader glued the body to that line: prose writes a date with 年月日, not with dashes.
_OPENING_DATE = re.compile(r"\s*((?:19|20)[0-9]{2})([-/.])([0-9]{1,2})\2([0-9]{1,2})(?![0-9])\s")
# …glued to what follows it on a byline (2017-09-215888.TV 食品协会: the site's name after a
# two-digit day); only on a short line with no sentence in it
_GLUED_OPENING_DATE = re.compile(r"\s*((?:19|20)[0-9]{2})-([0-9]{2})-([0-3][0-9])(?=[0-9A-Za-z])")
# A date alone in brackets under a report's or a speech's title and its author: the day it
# was given (…情况汇报 石嘴山市科技局 (2010 年 4 月 23 日)); after a cited 《…》 it is that
# document's. A short remark may follow it (2023年3月8日,根据录音整理).
_BRACKETED_DATE = re.compile(
    r"(?<!》)[((]\s*((?:19|20)[0-9]{2})\s*年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日"
    r"\s*(?:[,;,;][^()()。]{1,20})?[))]"
)
_LEAD_DATE = re.compile(r"(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日(?=[,,])")
_LEAD_LINES = 3  # the lines at the top a lead may open: a title, perhaps a subtitle, then it
# A byline is short and no sentence: a date with a time, a source, an author, page chrome.
_BYLINE_MAX_CHARS = 80


def _han_number(text: str) -> int:
    """十二 -> 12, 二十一 -> 21, 三十 -> 30, 九 -> 9 (month and day numerals)."""
    if "十" not in text:
        return HAN_DIGITS.get(text, 0)
    tens, _, units = text.partition("十")
    return (HAN_DIGITS.get(tens, 0) if tens else 1) * 10 + (HAN_DIGITS.get(units, 0))


def _make_date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def date_in(text: str) -> datetime.date | None:
    """The first full date (year, month and day) in text."""
    found = _DATE.search(text)
    if found:
        year, month, _, other_month, day = found.groups()
        return _make_date(int(year), int(month or other_month), int(day))
    found = _HAN_DATE.search(text)
    if found:
        year = int("".join(str(HAN_DIGITS[char]) for char in found.group(1)))
        return _make_date(year, _han_number(found.group(2)), _han_number(found.group(3)))
    found = _DAY_FIRST_DATE.search(text)
    if found:
        day, month, year = (int(part) for part in found.groups())
        return _make_date(year, month, day)
    return None


def standalone_date(line: str) -> datetime.date | None:
    """The date when the line is nothing but a date (2020年3月12日, 二〇二〇年三月十二日)."""
    bare = line.replace(" ", "")
    if len(bare) > 24 or not (_DATE.fullmatch(bare) or _HAN_DATE.fullmatch(bare)):
        return None
    return date_in(bare)


def _bracketed_alone(line: str) -> datetime.date | None:
    bracketed = _BRACKETED_DATE.fullmatch(line.strip())
    return _make_date(*(int(part) for part in bracketed.groups())) if bracketed else None


def _byline_date(line: str) -> datetime.date | None:
    if len(line) > _BYLINE_MAX_CHARS or "。" in line or line.count(",") > 1 or "《" in line:
        return None
    found = date_in(line)
    if found is None:
        return None
    # What is left besides the date and a time must not read as a sentence.
    rest = _TIME.sub("", _DATE.sub("", line))
    return found if "," not in rest else None


def find_published_on(header: Header) -> datetime.date | None:
    for key in DATE_KEYS:
        if key in header.fields:
            found = date_in(header.fields[key])
            if found:
                return found
    for line in header.top:
        found = _byline_date(line)
        if found:
            return found
    # A page's timestamp (2022年09月26日10:03) even where the reader glued the lines together.
    top = "\n".join(header.top)[:_STAMP_SEARCH_CHARS]
    stamped = _STAMPED_DATE.search(top)
    if stamped:
        found = date_in(stamped.group(0))
        if found:
            return found
    short = _SHORT_STAMP.search(top)
    if short:
        year, month, day = (int(part) for part in short.groups())
        found = _make_date(2000 + year, month, day)
        if found:
            return found
    for line in header.top[:_LEAD_LINES]:
        opening = _OPENING_DATE.match(line)
        if opening and (found := _make_date(*(int(opening.group(i)) for i in (1, 3, 4)))):
            return found
    for line in header.top[:_LEAD_LINES]:
        glued = _GLUED_OPENING_DATE.match(line)
        if (
            glued
            and len(line) <= _BYLINE_MAX_CHARS
            and not re.search("[,。;]", line)
            and (found := _make_date(*(int(part) for part in glued.groups())))
        ):
            return found
    for line in header.top[:_LEAD_LINES]:
        # a news item's lead that opens on the day it reports (2021年12月21日,科技部…发布…):
        # written on that day or just after
        lead = _LEAD_DATE.match(line)
        if lead and (found := date_in(lead.group(0))):
            return found
    for line in header.top:
        bracketed = _BRACKETED_DATE.search(line)
        if bracketed and (found := _make_date(*(int(part) for part in bracketed.groups()))):
            return found
    for line in reversed(header.bottom):
        # (a speech's day in brackets on its last line: (2022年3月4日))
        found = standalone_date(line) or _bracketed_alone(line)
        if found is None and " " in line:
            # A signature line that carries the date after the organisation.
            found = standalone_date(line.rpartition(" ")[2])
        if found:
            return found
    # Only a month under the title or at the end (邢台市科学技术局 2022年2月, 二〇二二年二月):
    # the page is dated to that month's first day, enough to tell 今年 from 去年
    for line in (*header.top[1 : _LEAD_LINES + 1], *reversed(header.bottom)):
        found = _month_ending(line)
        if found:
            return found
    return None


# the paper a reposted story came from and the day it ran there: (来源:浏阳日报 2018年1月23日)
_SOURCE_DATED = re.compile(
    r"(?:来源|稿源|原载|出处|转载自)\s*[::]\s*[^()()\n::]{0,24}?"
    r"((?:19|20)[0-9]{2})\s*年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日"
)


def story_date(header: Header) -> datetime.date | None:
    """The day a reposted story first ran, as its source line at the page's end gives it."""
    for line in reversed(header.bottom):
        found = _SOURCE_DATED.search(line) if "源" in line or "载" in line or "处" in line else None
        if found and (day := _make_date(*(int(part) for part in found.groups()))):
            return day
    return None


# a line that ends on a year and month alone (no day), and is no sentence
_MONTH_END = re.compile(r"((?:19|20)[0-9]{2})\s*年\s*([0-9]{1,2})\s*月$")
_HAN_MONTH_END = re.compile(r"([〇零○O一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月$")
_MONTH_LINE_MAX_CHARS = 40


def _month_ending(line: str) -> datetime.date | None:
    bare = line.strip()
    if len(bare) > _MONTH_LINE_MAX_CHARS or re.search("[,。;:,;:]", bare):
        return None
    found = _MONTH_END.search(bare)
    if found:
        return _make_date(int(found.group(1)), int(found.group(2)), 1)
    found = _HAN_MONTH_END.search(bare)
    if found:
        year = int("".join(str(HAN_DIGITS[char]) for char in found.group(1)))
        return _make_date(year, _han_number(found.group(2)), 1)
    return None
