"""The lines of a report text and the metadata block a government page prints above it.

Sites print the block in three shapes: `发布机构: 龙岩市科学技术局` (key and colon), table rows
`发布机构 | 江阴市科学技术局 | 生成日期 | 2020-03-05 |` and bare `成文日期 2022-02-17`. All three
end up in one dict of first values per key. The 文号 (document number) is read here too.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ingest.reading.normalise import BARE_METADATA_KEYS

HEADER_LINES = 15  # non-empty lines at the top that may hold metadata, 文号, signature, date
FOOTER_LINES = 8  # non-empty lines at the bottom that may hold the signature and date

ISSUER_KEYS = ("发布机构", "发文机关", "发文机构", "发文单位", "发布单位", "发布部门", "制发机关")
SOURCE_KEYS = ("来源", "信息来源", "文章来源", "稿件来源", "来源单位")
DOC_NUMBER_KEYS = ("文号", "备注/文号", "发文字号", "文件编号")
DATE_KEYS = (
    "发布日期",
    "发布时间",
    "公开日期",
    "成文日期",
    "生成日期",
    "印发日期",
    "发文日期",
    "日期",
    "时间",
)
TITLE_KEYS = ("名称", "标题")
_OTHER_KEYS = (
    "索引号|信息索引号|主题分类|体裁分类|组配分类|分类|有效性|公开方式|信息类别|公开时限|公开范围"
    "|公开形式|浏览次数|累计次数|阅读次数|点击数|访问量|字体|字号|主题词|关键词|公文种类|视力保护色"
    "|时效|公文时效|废止日期|信息分类|概述|内容概述|效力状况|体裁|作者|编辑|责任编辑"
    "|联系人|联系电话|电话|地址|地 址|邮编|传真|邮箱"  # a page's contact fields
    "|发布人|发布嘉宾|出席嘉宾|嘉宾|主持人|地点"  # a press conference's
)
# Fields that list people, one per line (发布人:市科技局局长 王某 / 市统计局副局长 李某 / …): the
# lines after such a field, up to the next field or the first sentence, are its values
_PEOPLE_KEYS = frozenset({"发布人", "发布嘉宾", "出席嘉宾", "嘉宾"})
_LISTED_VALUE_MAX_CHARS = 40
_ALL_KEYS = (*ISSUER_KEYS, *SOURCE_KEYS, *DOC_NUMBER_KEYS, *DATE_KEYS, *TITLE_KEYS)
_KEY_ALTERNATION = "|".join(sorted(_ALL_KEYS, key=len, reverse=True)) + "|" + _OTHER_KEYS
_KNOWN_KEYS = frozenset(re.split(r"\|", _KEY_ALTERNATION))
_KEY_STARTS = re.escape("".join(sorted({key[0] for key in _KNOWN_KEYS})))
# A key counts at the start of a line or after whitespace or a table bar, so 资金来源: in a
# sentence is not 来源:; a key may also stand in brackets, without a colon ([ 索引号 ] 1150…).
# (The lookahead on the characters a field can start with, a bracket or a key's first, lets
# the scan skip every other position of a long line at once.)
_FIELD_KEY = re.compile(
    rf"(?=[\[【{_KEY_STARTS}])"
    rf"(?:^|(?<=[\s|0-9]))(?:(?P<bracket>[\[【])\s*)?(?P<key>{_KEY_ALTERNATION})"
    r"\s*(?(bracket)[\]】]|:)"
)
# Keys whose value may follow after a space alone (成文日期 2022-02-17, 发布机构 市政府办公室,
# 标题 …申报表2021年度, 主题分类 科技), the keys the normaliser keeps on lines of their own.
_BARE_KEYS = dict.fromkeys((*ISSUER_KEYS, *DOC_NUMBER_KEYS, *DATE_KEYS, *BARE_METADATA_KEYS))
_BARE_KEY = re.compile(rf"^({'|'.join(sorted(_BARE_KEYS, key=len, reverse=True))})\s+(\S.*)$")
# A key spelled out over the width of a column (标  题, 索 引 号, 有 效 性): read as the key.
_SPACED_KEY = re.compile(
    # (not the last characters of another word spelled out so: 申 报 项 目 名 称)
    r"(?<![\u4e00-\u9fff])(?<! [\u4e00-\u9fff] )(?<!^[\u4e00-\u9fff] )(?:"
    + "|".join(
        " ".join(key) for key in sorted(_KNOWN_KEYS, key=len, reverse=True) if " " not in key
    )
    + r")(?![\u4e00-\u9fff])"
)


@dataclass(frozen=True, slots=True)
class Header:
    fields: dict[str, str]  # first non-empty value per metadata key
    metadata_lines: frozenset[int]  # indexes (into top) of lines that are metadata
    top: tuple[str, ...]  # first HEADER_LINES non-empty lines
    bottom: tuple[str, ...]  # last FOOTER_LINES non-empty lines

    def first(self, keys: Iterable[str]) -> str | None:
        return next((self.fields[key] for key in keys if key in self.fields), None)


def normalised_lines(text: str) -> tuple[str, list[str]]:
    """(text, its non-empty lines with whitespace runs collapsed).

    NFKC makes full-width colons, brackets and digits plain (cheap on texts that
    ingest.reading.normalise already made NFKC)."""
    text = unicodedata.normalize("NFKC", text).replace("\r\n", "\n").replace("\r", "\n")
    return text, [line for raw in text.split("\n") if (line := " ".join(raw.split()))]


def _table_fields(line: str) -> dict[str, str]:
    """`key | value | key | value |` rows of a metadata table."""
    cells = [cell.strip() for cell in line.split("|")]
    found: dict[str, str] = {}
    for cell, value in itertools.pairwise(cells):
        key = cell.replace(" ", "")
        if key in _KNOWN_KEYS and value and value.replace(" ", "") not in _KNOWN_KEYS:
            found.setdefault(key, value)
    return found


def read_header(lines: Sequence[str]) -> Header:
    top = tuple(lines[:HEADER_LINES])
    fields: dict[str, str] = {}
    metadata_lines: set[int] = set()
    listing = False  # the lines after a field of people are its values
    for index, line in enumerate(top):
        if " " in line:
            line = _SPACED_KEY.sub(lambda found: found.group().replace(" ", ""), line)
        keys = list(_FIELD_KEY.finditer(line))
        if listing and not keys:
            if len(line) <= _LISTED_VALUE_MAX_CHARS and not re.search("[。,,;:]", line):
                metadata_lines.add(index)
                continue
            listing = False
        listing = bool(keys) and keys[-1].group("key") in _PEOPLE_KEYS
        if keys:
            # (索引号 003030…  信息分类: 规划计划: a bare key first, then one with its colon)
            if not line[: keys[0].start()].strip(" |") or _BARE_KEY.match(line):
                metadata_lines.add(index)
            for key, following in zip(keys, [*keys[1:], None], strict=True):
                end = following.start() if following else len(line)
                value = line[key.end() : end].strip(" |")
                if value and key.group("key") not in fields:
                    fields[key.group("key")] = value
            continue
        if line.count("|") >= 2 and (table := _table_fields(line)):
            metadata_lines.add(index)
            for key, value in table.items():
                fields.setdefault(key, value)
            continue
        bare = _BARE_KEY.match(line)
        if bare and len(line) <= 80 and "。" not in line:
            metadata_lines.add(index)
            # 发布机构 市政府办公室 文号 驻政〔2022〕11号: a second bare key ends the value
            value = re.split(rf"\s(?:{_KEY_ALTERNATION})(?:\s|$)", bare.group(2))[0]
            fields.setdefault(bare.group(1), value.strip())
    return Header(fields, frozenset(metadata_lines), top, tuple(lines[-FOOTER_LINES:]))


# --- document number ------------------------------------------------------------------------

_DOC_NUMBER_TAIL = r"[〔\[(【]\s*((?:19|20)[0-9]{2})\s*[〕\])】]\s*第?\s*([0-9]{1,5})\s*号"
_DOC_NUMBER = re.compile(r"([\u4e00-\u9fff]{1,12})\s*" + _DOC_NUMBER_TAIL)
# The bracketed year and number alone: any 文号 holds them, and a scan for them skips ahead
# to the next bracket, where the full pattern tries up to 12 Han characters at every one.
_HAS_DOC_NUMBER = re.compile(_DOC_NUMBER_TAIL)


def _search_doc_number(line: str) -> re.Match[str] | None:
    return _DOC_NUMBER.search(line) if _HAS_DOC_NUMBER.search(line) else None


def _format_doc_number(found: re.Match[str]) -> str:
    agency, year, number = found.groups()
    return f"{agency}〔{year}〕{number}号"


def find_doc_number(header: Header) -> str | None:
    value = header.first(DOC_NUMBER_KEYS)
    found = _search_doc_number(value) if value else None
    if found:
        return _format_doc_number(found)
    # Otherwise a line of its own near the top; numbers inside sentences cite other documents.
    for line in header.top:
        found = _search_doc_number(line)
        if found and len(line) - (found.end() - found.start()) <= 4:
            return _format_doc_number(found)
    return None
