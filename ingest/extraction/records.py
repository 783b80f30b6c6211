"""Keyed records: indicator data exported field by field, not written as prose or as a table.

A data portal's or a reporting system's export names each field of a record by its key:
all on one line (``指标:高新技术企业数|数值:687|单位:家|年份:2022``, ``name=…; year=2023;
value=63.8; unit=亿元``) or one field per line (a data card: ``指标:…`` / ``数值:98.7`` /
``单位:亿元`` / ``年份:2022``, which is how 【指标】… reads once normalised). A record whose
name field names one indicator and whose value field holds a figure is a fact of the year its
year field gives (else the report year's): a target when its type field says so (目标, 预期),
none when its place or scope field names somewhere other than the issuer (a yardstick the
export carries beside it: 参照, 全省, another city).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.extraction.lexicon import Lexicon
from ingest.extraction.numbers import parse_number
from ingest.extraction.tables import (
    GROWTH_NAME,
    TableFact,
    as_the_name_says,
    row_indicator,
    scaled_value,
)
from ingest.extraction.walk import Fact

# The keys a record's fields go by, each for one role (a closed set: the fields of an export)
_ROLES = {
    "name": ("指标名称", "指标", "名称", "name", "indicator"),
    "value": ("数值", "数据", "值", "value"),
    "unit": ("单位", "unit"),
    "year": ("年份", "年度", "year"),
    "place": ("地区", "区域", "口径", "scope"),
    "type": ("类型", "性质", "type"),
    # a performance review's goal and result of one indicator (指标:…;指标值:≥300家;完成值:368家)
    "goal": ("指标值", "年度指标值", "目标值", "年度目标值", "计划值"),
    "result": ("完成值", "实际完成值", "实际值", "完成数"),
}
_ROLE_OF = {key.lower(): role for role, keys in _ROLES.items() for key in keys}
# a field: its key, then ':' or '=', then its value up to the next separator
_FIELD = re.compile(r"\s*([A-Za-z\u4e00-\u9fff]{1,6})\s*[:=]\s*([^|;:=]*?)\s*(?=[|;]|$)")
# an item's number before a record's first field (1.指标:…)
_ITEM_NUMBER = re.compile(r"\s*[0-9]{1,2}[.、]")
# a value as a review writes it: its sign, its figure, its unit (≥300家, >10%, 512.6亿元)
_SIGNED_VALUE = re.compile(
    r"(?P<sign>[≥≤><]=?)?\s*(?P<number>-?[0-9][0-9,]*(?:\.[0-9]+)?)\s*"
    r"(?P<unit>%|[万亿]*元|[家个件项人名户所台])?"
)
_COMPARATORS = {"≥": "gte", ">=": "gte", ">": "gt", "≤": "lte", "<=": "lte", "<": "lt"}
_SEPARATOR = re.compile(r"\s*[|;]\s*")
_NUMBER = re.compile(r"-?[0-9][0-9,]*(?:\.[0-9]+)?")
_YEAR = re.compile(r"((?:19|20)[0-9]{2})")
_TARGET_TYPE = re.compile(r"目标|预期|计划|target", re.IGNORECASE)
_ELSEWHERE = re.compile(r"参照|参考|全省|全国|上级")
_OWN_SCOPE = re.compile(r"本级|本市|本区|本县|全市|全区|全县")
_MIN_FIELDS = 3


@dataclass
class _Field:
    role: str
    value: str
    line_no: int
    start: int  # of the value, in its line


def _fields(line: str, line_no: int) -> list[_Field]:
    """The keyed fields a line holds, every part of it a field; else none."""
    fields: list[_Field] = []
    numbered = _ITEM_NUMBER.match(line)
    pos = numbered.end() if numbered else 0
    while pos < len(line):
        found = _FIELD.match(line, pos)
        if found is None:
            return []
        # (a key no role has, a note's or a source's, is kept as such)
        role = _ROLE_OF.get(found.group(1).lower(), "other")
        fields.append(_Field(role, found.group(2), line_no, found.start(2)))
        sep = _SEPARATOR.match(line, found.end())
        pos = sep.end() if sep else found.end()
        if sep is None and pos < len(line):
            return []
    return fields


def _records(lines: Sequence[str]) -> list[list[_Field]]:
    """Records: a line of several fields, or consecutive lines of one field each (a new name
    field, or any other line, closing the one before)."""
    out: list[list[_Field]] = []
    card: list[_Field] = []
    for no, line in enumerate(lines):
        fields = _fields(line, no) if (":" in line or "=" in line) else []
        if all(f.role == "other" for f in fields):
            fields = []  # (a label and its text: 说明:…, 来源:…)
        if len(fields) == 1:
            if fields[0].role == "name" and card:
                out.append(card)
                card = []
            card.extend(fields)
            continue
        if card:
            out.append(card)
            card = []
        if len(fields) >= _MIN_FIELDS:
            out.append(fields)
    if card:
        out.append(card)
    return out


def record_facts(
    lines: Sequence[str],
    lexicon: Lexicon,
    report_year: int | None,
    own_names: frozenset[str] = frozenset(),
) -> tuple[list[TableFact], set[int]]:
    """Facts of every keyed record in lines (a document's lines, in order), and the lines read
    as records (a yardstick's among them: their words are no sentence's)."""
    out: list[TableFact] = []
    read: set[int] = set()
    for record in _records(lines):
        by_role = {f.role: f for f in record}
        name, value = by_role.get("name"), by_role.get("value")
        if (
            name is not None
            and "value" not in by_role
            and ("goal" in by_role or "result" in by_role)
        ):
            read.update(f.line_no for f in record)
            out += _review_facts(name, by_role, lexicon, report_year)
            continue
        if name is None or value is None or len(record) < _MIN_FIELDS:
            continue
        read.update(f.line_no for f in record)
        place = " ".join(by_role[r].value for r in ("place",) if r in by_role)
        kind_said = by_role["type"].value if "type" in by_role else ""
        if _elsewhere(place, own_names) or _ELSEWHERE.search(kind_said):
            continue  # a yardstick the export carries beside the issuer's own
        fact = _record_fact(name, value, by_role.get("unit"), by_role.get("year"), lexicon,
                            report_year, bool(_TARGET_TYPE.search(kind_said)))  # fmt: skip
        if fact is not None:
            out.append(TableFact(fact, value.line_no))
    return out, read


def _review_facts(
    name: _Field, by_role: dict[str, _Field], lexicon: Lexicon, report_year: int | None
) -> list[TableFact]:
    """A performance review's record (指标:新认定高新技术企业数;指标值:≥300家;完成值:368家):
    the goal set for the report year and what was done in it."""
    code = row_indicator(name.value, lexicon)
    if code is None:
        return []
    out = []
    for role, kind in (("goal", "target"), ("result", "actual")):
        field = by_role.get(role)
        said = _SIGNED_VALUE.fullmatch(field.value.strip()) if field else None
        parsed = parse_number(said.group("number").replace(",", "")) if said else None
        if field is None or said is None or parsed is None:
            continue
        comparator = _COMPARATORS.get(said.group("sign") or "", "eq")
        fact = _field_fact(name, code, parsed, said.group("unit"), field, comparator, lexicon)
        if fact is None:
            continue
        fact.year, fact.kind, fact.year_explicit = report_year, kind, False
        out.append(TableFact(as_the_name_says([fact], name.value, (), lexicon)[0], field.line_no))
    return out


def _field_fact(
    name: _Field,
    code: str,
    parsed: float,
    unit_word: str | None,
    field: _Field,
    comparator: str,
    lexicon: Lexicon,
) -> Fact | None:
    """The fact a record's value field gives of ``code``: a growth when the name calls it a
    rate and the unit is % (成交额增速 | 31.5 | %, 研发投入增长率 | >10%), else the figure in the
    indicator's unit; None when the units cannot agree."""
    ind = lexicon.indicators[code]
    if unit_word == "%" and ind.unit != "percent" and GROWTH_NAME.search(name.value):
        measure, amount, fact_unit = "growth_pct", parsed, "percent"
    else:
        amount = scaled_value(parsed, unit_word, ind.unit)
        measure, fact_unit = ("share_pct" if ind.unit == "percent" else "level"), ind.unit
    if amount is None:
        return None
    raw = field.value.strip()
    return Fact(code, measure, comparator, amount, fact_unit, None, raw, field.start,
                field.start + len(raw))  # fmt: skip


def _elsewhere(place: str, own_names: frozenset[str]) -> bool:
    """Does a place or scope field name somewhere other than the issuer?"""
    place = place.strip()
    return not (not place or _OWN_SCOPE.search(place) or any(n and n in place for n in own_names))


def _record_fact(
    name: _Field,
    value: _Field,
    unit: _Field | None,
    year: _Field | None,
    lexicon: Lexicon,
    report_year: int | None,
    target: bool,
) -> Fact | None:
    code = row_indicator(name.value, lexicon)
    number = _NUMBER.fullmatch(value.value.strip())
    if code is None or number is None:
        return None
    parsed = parse_number(number.group())
    if parsed is None:
        return None
    said_year = _YEAR.search(year.value) if year is not None else None
    unit_word = unit.value.strip() if unit else None
    fact = _field_fact(name, code, parsed, unit_word, value, "eq", lexicon)
    if fact is None:
        return None
    fact.year = int(said_year.group(1)) if said_year else report_year
    fact.kind = "target" if target else "actual"
    fact.year_explicit = said_year is not None
    # (what the name says besides the indicator: new ones, a level)
    return as_the_name_says([fact], name.value, (), lexicon)[0]
