"""Title, issuing city, years, issuer, document number and date of one report text.

Reports come as a government web page's text: maybe a breadcrumb, a metadata block
(发布机构: / 成文日期: / 文号:), a 通知 wrapper (title, 文号, addressees, signature, date), the
report's own title, then the body. Any of these may be missing; each field falls back from the
most explicit source to the body. Everything is compiled regexes and one automaton pass, since
this runs on thousands of documents.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath

from ingest.document.gazetteer import Gazetteer, Mention, Place, PlaceContext

HEADER_LINES = 15  # non-empty lines at the top that may hold metadata, 文号, signature, date
FOOTER_LINES = 8  # non-empty lines at the bottom that may hold the signature and date
PLAUSIBLE_YEARS = range(2000, 2036)
TITLE_YEARS = range(1980, 2041)

NOT_REPORT_EMPTY = "not an S&T work report: empty text"
NOT_REPORT_NO_YEAR_NO_SCI_TECH = (
    "not an S&T work report: no year and no science-and-technology terms"
)


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    title: str | None
    city_id: str | None
    city_zh: str | None
    report_year: int | None
    plan_year: int | None
    issuer: str | None
    doc_number: str | None
    published_on: datetime.date | None
    not_report_reason: str | None


# --- metadata lines -------------------------------------------------------------------------

# Keys of the metadata blocks government sites print above a document. A key counts at the
# start of a line or after whitespace, so 资金来源: in a sentence is not 来源:.
_FIELD_KEY = re.compile(
    r"(?:^|(?<=\s))(备注/文号|发文字号|文号|索引号|主题分类|体裁分类|组配分类|分类|发布机构|发文机关"
    r"|发文单位|信息来源|来源|成文日期|发布日期|发布时间|生成日期|印发日期|公开日期|有效性|名称|标题"
    r"|公开方式|信息类别|公开时限|公开范围|浏览次数|累计次数|点击数|访问量|字体|主题词|公文种类"
    r"|视力保护色|时效|日期|时间)\s*:"
)
_ISSUER_KEYS = ("发布机构", "发文机关", "发文单位")
_SOURCE_KEYS = ("来源", "信息来源")
_DOC_NUMBER_KEYS = ("文号", "备注/文号", "发文字号")
_DATE_KEYS = (
    "发布日期",
    "发布时间",
    "成文日期",
    "生成日期",
    "印发日期",
    "公开日期",
    "日期",
    "时间",
)
_TITLE_KEYS = ("名称", "标题")


@dataclass(frozen=True, slots=True)
class _Header:
    fields: dict[str, str]  # first non-empty value per metadata key
    metadata_lines: frozenset[int]  # indexes (into top) of lines that are metadata
    top: tuple[str, ...]  # first HEADER_LINES non-empty lines
    bottom: tuple[str, ...]  # last FOOTER_LINES non-empty lines


def _read_header(lines: Sequence[str]) -> _Header:
    top = tuple(lines[:HEADER_LINES])
    fields: dict[str, str] = {}
    metadata_lines: set[int] = set()
    for index, line in enumerate(top):
        keys = list(_FIELD_KEY.finditer(line))
        if not keys:
            continue
        if not line[: keys[0].start()].strip():
            metadata_lines.add(index)
        for key, following in zip(keys, [*keys[1:], None], strict=True):
            value = line[key.end() : following.start() if following else len(line)].strip()
            if value and key.group(1) not in fields:
                fields[key.group(1)] = value
    return _Header(fields, frozenset(metadata_lines), top, tuple(lines[-FOOTER_LINES:]))


def _first_field(header: _Header, keys: Iterable[str]) -> str | None:
    return next((header.fields[key] for key in keys if key in header.fields), None)


# --- title ----------------------------------------------------------------------------------

_TITLE_WORD = re.compile(r"总结|计划|要点|打算|思路|报告|通知|安排")
_TITLE_ANCHOR = re.compile(r"(?:19|20)[0-9]{2}|[〇零○一二三四五六七八九]{4}年|科技|科学技术")
_ENUMERATED = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.]|\(?[一二三四五六七八九十0-9]+\)|[0-9]+[、.])"
)


def _looks_like_title(line: str) -> bool:
    return (
        6 <= len(line) <= 120
        and "。" not in line
        and ">" not in line  # breadcrumbs: 首页 > 政务公开 > 规划计划
        and _ENUMERATED.match(line) is None
        and _TITLE_WORD.search(line) is not None
        and _TITLE_ANCHOR.search(line) is not None
    )


def _find_title(header: _Header) -> str | None:
    for index, line in enumerate(header.top):
        if index not in header.metadata_lines and _looks_like_title(line):
            return line
    return _first_field(header, _TITLE_KEYS)


# --- issuer ---------------------------------------------------------------------------------

_ORG_SUFFIX = r"(?:局|委员会|科委|厅|办公室|协会)"
# A line that is only an organisation name, as in a signature: 龙岩市科学技术局.
_ORG_LINE = re.compile(rf"[\u4e00-\u9fff()、]{{2,40}}?{_ORG_SUFFIX}")
# Science-and-technology administration words; the bureau often merges with industry (工信).
_ORG_SCI_TECH = re.compile(r"科学技术|科技|工业和信息化|工业信息化|工信|经济和信息化|经信|知识产权")
# The organisation a title starts with: 龙岩市科学技术局关于印发…, 泉州市科技局2016年…
_TITLE_ORG = re.compile(
    rf"^([^《》\s,。:]{{2,40}}?{_ORG_SUFFIX})(?=关于|印发|转发|[0-9]{{4}}|[〇零○一二]{{4}}年|$)"
)


def _org_in_line(line: str) -> str | None:
    """The organisation a signature line names (the first token; a date may follow it)."""
    first, _, rest = line.partition(" ")
    if rest.strip() and _standalone_date(rest.strip()) is None:
        return None
    first = first.removesuffix("(盖章)")
    # 各县(市、区)科技局 addresses the recipients, it does not sign.
    if first.startswith("各"):
        return None
    if _ORG_LINE.fullmatch(first) and _ORG_SCI_TECH.search(first):
        return first
    return None


def _find_issuer(header: _Header, title: str | None) -> str | None:
    issuer = _first_field(header, _ISSUER_KEYS)
    if issuer:
        return issuer
    source = _first_field(header, _SOURCE_KEYS)
    if source and re.search(_ORG_SUFFIX, source):  # not a website name such as 本站
        return source
    for line in (*header.top, *reversed(header.bottom)):
        org = _org_in_line(line)
        if org:
            return org
    found = _TITLE_ORG.match(title) if title else None
    return found.group(1) if found else None


# --- document number ------------------------------------------------------------------------

_DOC_NUMBER = re.compile(
    r"([\u4e00-\u9fff]{1,12})\s*[〔\[(【]\s*((?:19|20)[0-9]{2})\s*[〕\])】]\s*第?\s*([0-9]{1,5})\s*号"
)


def _doc_number_in(text: str) -> re.Match[str] | None:
    return _DOC_NUMBER.search(text)


def _format_doc_number(found: re.Match[str]) -> str:
    agency, year, number = found.groups()
    return f"{agency}〔{year}〕{number}号"


def _find_doc_number(header: _Header) -> str | None:
    value = _first_field(header, _DOC_NUMBER_KEYS)
    found = _doc_number_in(value) if value else None
    if found:
        return _format_doc_number(found)
    # Otherwise a line of its own near the top; numbers inside sentences cite other documents.
    for line in header.top:
        found = _doc_number_in(line)
        if found and len(line) - (found.end() - found.start()) <= 4:
            return _format_doc_number(found)
    return None


# --- dates ----------------------------------------------------------------------------------

_DATE = re.compile(
    r"((?:19|20)[0-9]{2})\s*(?:年|-|/|\.)\s*([0-9]{1,2})\s*(?:月|-|/|\.)\s*([0-9]{1,2})\s*日?"
)
_HAN_DIGITS = {"〇": 0, "零": 0, "○": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5}
_HAN_DIGITS |= {"六": 6, "七": 7, "八": 8, "九": 9}
_HAN_DATE = re.compile(
    r"([〇零○O一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日"
)


def _han_number(text: str) -> int:
    """十二 -> 12, 二十一 -> 21, 三十 -> 30, 九 -> 9 (month and day numerals)."""
    if "十" not in text:
        return _HAN_DIGITS.get(text, 0)
    tens, _, units = text.partition("十")
    return (_HAN_DIGITS.get(tens, 0) if tens else 1) * 10 + (_HAN_DIGITS.get(units, 0))


def _make_date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _date_in(text: str) -> datetime.date | None:
    found = _DATE.search(text)
    if found:
        return _make_date(*(int(part) for part in found.groups()))
    found = _HAN_DATE.search(text)
    if found:
        year = int("".join(str(_HAN_DIGITS[char]) for char in found.group(1)))
        return _make_date(year, _han_number(found.group(2)), _han_number(found.group(3)))
    return None


def _standalone_date(line: str) -> datetime.date | None:
    """The date when the line is nothing but a date (2020年3月12日, 二〇二〇年三月十二日)."""
    bare = line.replace(" ", "")
    if len(bare) > 24 or not (_DATE.fullmatch(bare) or _HAN_DATE.fullmatch(bare)):
        return None
    return _date_in(bare)


def _find_published_on(header: _Header) -> datetime.date | None:
    for key in _DATE_KEYS:
        if key in header.fields:
            found = _date_in(header.fields[key])
            if found:
                return found
    for line in (*header.top, *reversed(header.bottom)):
        found = _standalone_date(line)
        if found is None and " " in line and _org_in_line(line):
            # A signature line that carries the date after the organisation.
            found = _standalone_date(line.partition(" ")[2])
        if found:
            return found
    return None


# --- years ----------------------------------------------------------------------------------

# A year that stands alone: not in a range (2017-2020年, 2018年至2020年) nor a 文号 〔2020〕.
# 到 alone is no range (力争到2025年). The 年 is taken possessively so that 2018年-2020年
# cannot match as 2018 without its 年.
_NOT_AFTER_RANGE = r"(?<![0-9\-~—–〔\[])(?<![0-9年][至到])"
_YEAR = re.compile(
    rf"{_NOT_AFTER_RANGE}((?:19|20)[0-9]{{2}})(?![0-9])\s*(?:年度?)?+(?!\s*[-~—–至到])"
)
_YEAR_IN_TEXT = re.compile(
    rf"{_NOT_AFTER_RANGE}((?:19|20)[0-9]{{2}})年(?!\s*[-~—–至到])(?!以来|以前|前)"
)
_HAN_YEAR = re.compile(r"(?:一九|二[〇零○])[〇零○一二三四五六七八九]{2}(?=年)")
_SUMMARY_WORD = r"总结|回顾|报告|完成情况|进展情况|工作情况|成效|述职|盘点"
_PLAN_WORD = r"计划|打算|要点|思路|安排|目标|任务|重点|谋划|展望|设想|部署"
_KIND_WORD = re.compile(rf"(?P<summary>{_SUMMARY_WORD})|(?P<plan>{_PLAN_WORD})")
# A work document quoted in a 通知 (现将《福州市2022年科技工作总结及2023年主要工作任务》印发).
_QUOTED_WORK_TITLE = re.compile(r"《([^《》\n]{0,60}工作[^《》\n]{0,30})》")
# A year named as a target (力争2023年, 到2025年) belongs to the plan.
_TARGET_BEFORE = re.compile(r"(?:力争|确保|争取|预计|预期|计划|目标|到)\s*$")
# Headings and sentences that show what the body is: a look back or a plan ahead.
_SUMMARY_MARKER = re.compile(r"回顾|总结|主要成效|工作成效|取得成效|完成情况|取得的成绩|主要成绩")
_PLAN_MARKER = re.compile(r"力争|确保|争取|主要目标|工作思路|工作计划|工作打算|重点工作|主要任务")


def _arabic_years(text: str) -> str:
    """二〇一九年 -> 2019年, so that one year pattern serves both spellings."""
    return _HAN_YEAR.sub(lambda m: "".join(str(_HAN_DIGITS[c]) for c in m.group(0)), text)


def _years_by_kind(phrase: str) -> tuple[int | None, int | None]:
    """(summary year, plan year) in a title or heading: each year takes the first kind word
    after it (2019年工作总结和2020年工作计划 -> 2019, 2020)."""
    summary = plan = None
    for found in _YEAR.finditer(phrase):
        year = int(found.group(1))
        kind = _KIND_WORD.search(phrase, found.end())
        if year not in TITLE_YEARS or kind is None:
            continue
        if kind.lastgroup == "summary" and summary is None:
            summary = year
        elif kind.lastgroup == "plan" and plan is None:
            plan = year
    return summary, plan


def _years_from_outline(top: Sequence[str], lines: Sequence[str]) -> tuple[int | None, int | None]:
    """Years from a work title quoted near the top, else from the body's headings
    (一、2019年全市科技工作回顾 / 二、2020年工作思路)."""
    for line in top:
        for quoted in _QUOTED_WORK_TITLE.finditer(line):
            summary, plan = _years_by_kind(_arabic_years(quoted.group(1)))
            if summary or plan:
                return summary, plan
    summary = plan = None
    for line in lines:
        if len(line) > 45 or "。" in line:
            continue
        found_summary, found_plan = _years_by_kind(_arabic_years(line))
        summary = summary or found_summary
        plan = plan or found_plan
        if summary and plan:
            break
    return summary, plan


def _years_from_body(
    text: str, published_on: datetime.date | None
) -> tuple[int | None, int | None]:
    """The most frequent year, read as the report year or the plan year by publication date,
    by whether it is mostly named as a target (力争2023年), and by whether the body looks
    back (回顾, 成效) or ahead (力争, 确保)."""
    counts: Counter[int] = Counter()
    as_target: Counter[int] = Counter()
    for found in _YEAR_IN_TEXT.finditer(text):
        year = int(found.group(1))
        if year in PLAUSIBLE_YEARS:
            counts[year] += 1
            start = found.start()
            as_target[year] += _TARGET_BEFORE.search(text, max(0, start - 3), start) is not None
    looks_back = _SUMMARY_MARKER.search(text) is not None
    looks_ahead = not looks_back and len(_PLAN_MARKER.findall(text)) >= 3
    if not counts:
        if published_on is None:
            return None, None
        # A report published in the first half of a year is about the year before.
        if published_on.month <= 6:
            return published_on.year - 1, published_on.year
        return published_on.year, published_on.year + 1
    # The most frequent year; among equals the earliest.
    year = min(counts, key=lambda y: (-counts[y], y))
    targeted = 2 * as_target[year] >= counts[year]
    if published_on is None:
        is_plan = targeted or looks_ahead
    elif year != published_on.year:
        is_plan = year > published_on.year
    else:
        is_plan = targeted or looks_ahead or (published_on.month <= 6 and not looks_back)
    return (year - 1, year) if is_plan else (year, year + 1)


def _complete(summary: int | None, plan: int | None) -> tuple[int | None, int | None]:
    if summary is not None and plan is None:
        return summary, summary + 1
    if plan is not None and summary is None:
        return plan - 1, plan
    return summary, plan


def _find_years(
    title: str | None,
    source_file: str,
    header: _Header,
    lines: Sequence[str],
    text: str,
    published_on: datetime.date | None,
) -> tuple[int | None, int | None]:
    # The title decides; a file name stands in for a missing title (…/2019年工作总结.txt).
    phrase = title if title is not None else PurePosixPath(source_file).stem
    summary, plan = _years_by_kind(_arabic_years(phrase))
    if summary is None and plan is None:
        summary, plan = _years_from_outline(header.top, lines)
    if summary is None and plan is None:
        return _years_from_body(text, published_on)
    return _complete(summary, plan)


# --- city -----------------------------------------------------------------------------------

# 全市/我市/本市 tell whether the issuer is a 市, 县, 区…; 县(市、区) lists subordinates.
_ISSUER_KIND = re.compile(r"[全我本](市|县|区|旗|州|盟)(?![(、])")


def _place_named_in(
    segment: str, gazetteer: Gazetteer, context: PlaceContext, year: int | None
) -> Place | None:
    """The issuing place a short phrase names (an issuer, a title, a file path).

    Adjacent names form a path (福建省福州市鼓楼区科技局): the deepest one wins and the ones
    before it settle which of the same-named places it is.
    """
    mentions = [m for m in gazetteer.find_mentions(segment) if m.strong]
    group: list[Mention] = []
    for mention in mentions:
        if group and mention.start != group[-1].end:
            if any(m.places for m in group):
                break
            group = []
        group.append(mention)
    return _deepest_in_path(group, gazetteer, context, year)


def _deepest_in_path(
    path: Sequence[Mention], gazetteer: Gazetteer, context: PlaceContext, year: int | None
) -> Place | None:
    province: str | None = None
    parent: Place | None = None
    for mention in path:
        if mention.province_zh and not mention.places:
            province = mention.province_zh
            continue
        candidates = [p for p in mention.places if province in (None, p.province_zh)]
        place = gazetteer.resolve(
            candidates or mention.places,
            context,
            year,
            parent_id=parent.city_id if parent else None,
        )
        if place is not None:
            parent = place
    return parent


def _place_by_votes(
    mentions: Sequence[Mention],
    text: str,
    gazetteer: Gazetteer,
    context: PlaceContext,
    year: int | None,
) -> Place | None:
    """The place the body is about: the most named, not counting yardstick mentions (南通第一),
    favouring the kind of place the body calls itself (全市, 全县, 我区).

    A bare short name (海安) counts only for a place the text also names plainly (海安市,
    海安高新区), or one inside a place it uses as a yardstick: a body that says 南通第一 is
    about a county or district of 南通."""
    resolved: dict[str, Place | None] = {}
    for mention in mentions:
        if mention.places and mention.surface not in resolved:
            resolved[mention.surface] = gazetteer.resolve(mention.places, context, year)
    named_plainly: set[str] = set()
    yardsticks: set[str] = set()
    for mention in mentions:
        place = resolved.get(mention.surface)
        if place is not None and mention.yardstick:
            yardsticks.add(place.city_id)
        elif place is not None and mention.strong:
            named_plainly.add(place.city_id)
    scores: Counter[str] = Counter()
    first_seen: dict[str, Place] = {}
    for mention in mentions:
        place = resolved.get(mention.surface)
        if place is None or mention.yardstick:
            continue
        if place.city_id not in named_plainly and place.parent_city_id not in yardsticks:
            continue
        scores[place.city_id] += 1.0 if mention.strong else 0.5
        first_seen.setdefault(place.city_id, place)
    if not scores:
        return None
    kinds = Counter(found.group(1) for found in _ISSUER_KIND.finditer(text))
    if kinds:
        own_kind = kinds.most_common(1)[0][0]
        for city_id, place in first_seen.items():
            if place.city_zh.endswith(own_kind):
                scores[city_id] *= 2
    # The best score; among equals the place named first.
    best = max(first_seen, key=lambda city_id: scores[city_id])
    return first_seen[best]


def _find_city(
    issuer: str | None,
    title: str | None,
    header: _Header,
    source_file: str,
    text: str,
    gazetteer: Gazetteer,
    year: int | None,
) -> Place | None:
    mentions = gazetteer.find_mentions(text)
    context = gazetteer.context(mentions)
    # Folder and file names joined, so that 福建省/福州市/鼓楼区/2020.txt reads as one path.
    path = PurePosixPath(source_file)
    phrases = (issuer, title, *header.fields.values(), "".join((*path.parent.parts, path.stem)))
    for phrase in phrases:
        place = _place_named_in(phrase, gazetteer, context, year) if phrase else None
        if place is not None:
            return place
    return _place_by_votes(mentions, text, gazetteer, context, year)


# --- is it a report at all ------------------------------------------------------------------

_ANY_YEAR = re.compile(r"(?:19|20)[0-9]{2}|[〇零○一二三四五六七八九]{4}年")
_SCI_TECH = re.compile(
    r"科技|科学技术|创新|研发|研究与试验|R&D|高新技术|专利|知识产权|技术|科研|孵化|成果转化",
    re.IGNORECASE,
)


def _not_report_reason(text: str) -> str | None:
    if not text.strip():
        return NOT_REPORT_EMPTY
    if _ANY_YEAR.search(text) is None and _SCI_TECH.search(text) is None:
        return NOT_REPORT_NO_YEAR_NO_SCI_TECH
    return None


# --- entry point ----------------------------------------------------------------------------


def describe(text: str, source_file: str, gazetteer: Gazetteer) -> DocumentMeta:
    """What one report text says about itself: title, city, years, issuer, 文号, date."""
    # NFKC makes full-width colons, brackets and digits plain (cheap on texts from
    # ingest.reading.normalise, which are NFKC already).
    text = unicodedata.normalize("NFKC", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [line for raw in text.split("\n") if (line := " ".join(raw.split()))]
    header = _read_header(lines)
    title = _find_title(header)
    issuer = _find_issuer(header, title)
    published_on = _find_published_on(header)
    report_year, plan_year = _find_years(title, source_file, header, lines, text, published_on)
    place = _find_city(issuer, title, header, source_file, text, gazetteer, report_year)
    if place is not None:
        place = gazetteer.name_in_year(place, report_year)
    return DocumentMeta(
        title=title,
        city_id=place.city_id if place else None,
        city_zh=place.city_zh if place else None,
        report_year=report_year,
        plan_year=plan_year,
        issuer=issuer,
        doc_number=_find_doc_number(header),
        published_on=published_on,
        not_report_reason=_not_report_reason(text),
    )
