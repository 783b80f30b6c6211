"""The title of a report text, and the title of the report a notice wraps.

A page's top lines hold breadcrumbs (首页 > 政务公开), metadata, bylines, page chrome (字号,
打印本页), spam keyword lines and, somewhere, the title. The title is a short line before the
body begins that reads like a title: no sentence, at most one comma, a word that anchors it to
S&T work or a year. A document's own kind of title (总结, 计划, 要点, 通知 …) wins over a news
headline above it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ingest.document.dates import FULL_DATE
from ingest.document.gazetteer import Gazetteer
from ingest.document.header import TITLE_KEYS, Header

TITLE_MAX_CHARS = 80
_BODY_MIN_CHARS = 60  # a line this long, or any line with 。, is body text
CJK_RE = re.compile(r"[\u4e00-\u9fff]")  # a Chinese character (counted in titles and leads)
_TITLE_MIN_CJK = 3
_COLUMN_LABEL_MAX = 6  # 两会访谈, 聚焦高质量发展: a news column's name before its headline

_TITLE_WORD = re.compile(
    r"总结|计划|要点|打算|思路|报告|汇报|通知$|安排|方案|规划|纲要|完成情况|回顾|展望"
)
_TITLE_ANCHOR = re.compile(
    r"(?:19|20)[0-9]{2}|[〇零○一二三四五六七八九]{4}年|十[一二三四五]五|第十[一二三四五]个五年|科技|科学技术|科创|创新|研发"
    r"|高新|专利|知识产权|成果转化|R&D|研究与试验发展"
    r"|(?:提案|建议|议案)的(?:答复|复函)"  # (an answer to a deputy: …第0125号提案的答复)
)
_ENUMERATED = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.]|\(?[一二三四五六七八九十0-9]+\)|[0-9]+[、.](?![0-9]))"
)
_BREADCRUMB = re.compile(r">|»|›|首页|当前位置|您的位置|所在位置")
# Page chrome printed in brackets or after the title: 【打印本页】 [关闭] 字号:大 中 小.
_BRACKETED_CHROME = re.compile(r"[【\[][^】\]]{0,10}[】\]]")
_TRAILING_CHROME = re.compile(
    r"\s*(?:(?:字号|字体|发布时间|来源|浏览|打印|分享)\s*[:\[].*|A+a+|(?:[大中小]\s*){3})$"
)
# the date a list of articles prints after each title: …工作总结(2024-01-10), …总结 2024-01-10
# …or the attachment's file type, when the title is the file's name (…工作总结.docx)
_FILE_TYPE = re.compile(r"\.(?:docx?|wps|pdf|txt|xlsx?|ofd)$", re.IGNORECASE)
_TRAILING_DATE = re.compile(r"(?<=[^\s0-9])\s*[((\[]?\s*" + FULL_DATE + r"\s*日?\s*[))\]]?$")
# the name of the site a page's <title> ends on, after _ or " - "
# (or a document-sharing site's: …_百度文库, … - 文档下载, …-原创力文档)
_SITE_NAME = re.compile(
    r"(?:政府|网|网站|门户|局|委员会|科委|厅|办公室|中心|平台|频道|文库|文档|下载|资讯|首页)$"
)
# Lines that are no title: addressees (各县(市、区)科技局:), a list item ending in ;, an
# organisation alone (a signature).
_NOT_A_TITLE = re.compile(
    r"^各|[:;]$|^[\u4e00-\u9fff()、]{2,30}(?:局|委员会|科委|办公室|人民政府|政府|协会)$"
    r"|^(?:问|答|记者|主持人)\s*[::]"  # an interview's turn (问:2022年…有哪些亮点?)
    # a document number on a line of its own (洛科建〔2019〕12号)
    r"|^[\u4e00-\u9fff]{1,10}[〔\[(【]\s*(?:19|20)[0-9]{2}\s*[〕\])】]\s*[0-9]+\s*号$"
    # an issue's number on a line of its own (2024年第3期(总第57期))
    r"|^(?:(?:19|20)[0-9]{2}\s*年)?\s*第\s*[0-9一二三四五六七八九十]+\s*期"
    r"(?:\s*[((]总第\s*[0-9]+\s*期[))])?$"
)
_YEAR_RE = re.compile(r"(?:19|20)[0-9]{2}")
# a full date, in figures or in Chinese numerals (二〇一七年一月十八日): a dateline, no title
_DATE_LIKE = re.compile(
    FULL_DATE
    + r"|[〇零○一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日"
    r"|(?<![0-9.])[0-9]{1,2}\.[0-9]{1,2}\.(?:19|20)[0-9]{2}(?![0-9])"  # 04.02.2015, day first
)

# Words a title's own start may end with right before a place: 关于印发《…, 中共…委, “…
# …or a year the title opens on (2024年衡阳市政府工作报告): part of the title, not chrome
_TITLE_GRAMMAR = re.compile(
    r"(?:关于|印发|转发|下发|公布|《|“|中共)$|^\s*(?:19|20)[0-9]{2}\s*年度?$"
    r"|—{1,2}[\u4e00-\u9fff]{0,3}$"  # a headline's subtitle: …发展——访泸州市科技局局长
)
_ORGANISATION_AFTER = re.compile(r"[\u4e00-\u9fff()]{0,12}?(?:局|委员会|科委|政府|办公室)")
# A notice wrapping a report: 关于印发《X》的通知, 关于印发X的通知, 现将《X》印发给你们.
_NOTICE_TITLE = re.compile(
    r"(?:关于)?(?:印发|转发|下发|公布|发布)\s*《?(?P<inner>[^《》]{4,80}?)》?\s*的?\s*通知$"
)
_NOTICE_LINE = re.compile(
    r"现将\s*《(?P<a>[^《》]{4,80})》|《(?P<b>[^《》]{4,80})》[^。《》]{0,30}?(?:现|予以)\s*(?:予以)?(?:印发|转发)"
)


@dataclass(frozen=True, slots=True)
class Titles:
    title: str | None  # the document's title as printed (a notice's own title, if wrapped)
    wrapped: str | None  # the title of the report a notice wraps, when it is one


def clean_title(line: str) -> str:
    """A title line without table bars, bracketed chrome and trailing page furniture."""
    cells = [cell.strip() for cell in line.split("|") if cell.strip()]
    line, bars = (cells[0] if cells else ""), line.count("|")
    if bars == 1 and len(cells) == 2 and len(cells[0]) <= _COLUMN_LABEL_MAX < len(cells[1]):
        line = cells[1]  # a column's label before a headline: 两会访谈|局长…:让创新…
    if line.count(",") >= 3 and "。" not in line:
        line = line.rpartition(",")[2]  # a spam keyword list glued before the title
    line = _TRAILING_CHROME.sub("", _BRACKETED_CHROME.sub("", line))
    line = _FILE_TYPE.sub("", _TRAILING_DATE.sub("", line))
    head, dash, rest = line.partition(" - ")
    if dash and head and rest.endswith(head):
        line = head  # the page's <title> (Title - Site) glued to its heading (Title)
    stripped = True
    while stripped:  # (a site and its section: … - 文档下载 - 百度文库)
        stripped = False
        for separator in ("_", " - "):
            head, sep, site = line.rpartition(separator)
            if sep and len(head.strip()) >= 6 and _SITE_NAME.search(site.strip()):
                line = head  # a browser tab's title: 鹤岗市科技局2021年工作总结_鹤岗市人民政府
                stripped = True
    return line.strip(" -_:·")


def _usable(line: str) -> bool:
    return (
        6 <= len(line) <= TITLE_MAX_CHARS
        and "。" not in line
        and line.count(",") <= 1
        and line.count("_") <= 1
        and _ENUMERATED.match(line) is None
        and _DATE_LIKE.search(line) is None
        and _TITLE_ANCHOR.search(line) is not None
        and len(CJK_RE.findall(line)) >= _TITLE_MIN_CJK  # no index number (002564651/2024-00026)
    )


def _candidates(header: Header) -> list[tuple[int, str]]:
    """Cleaned lines above the body that may be the title, in order, with their line index."""
    found = []
    for index, line in enumerate(header.top):
        if index in header.metadata_lines or _BREADCRUMB.search(line):
            continue
        if _NOT_A_TITLE.search(line):
            if "。" in line:
                break
            continue
        cleaned = clean_title(line)
        if _usable(cleaned):
            found.append((index, cleaned))
        elif "。" in line or (len(line) >= _BODY_MIN_CHARS and line.count(",") >= 2):
            break  # the body has begun
    return found


def find_titles(header: Header, names_a_place: Callable[[str], bool] | None = None) -> Titles:
    """The title (and a wrapped report's). ``names_a_place`` tells a headline that names a
    place from a line above it that names none (a site's banner: 科技时报 全球…发布平台)."""
    indexed = _candidates(header)
    candidates = [line for _, line in indexed]
    # a page's own 标题 field names its title, whatever lines with a kind word follow it
    # (编报单位(印章):…科学技术局)
    titled = clean_title(header.fields.get("标题", ""))
    title = titled if _usable(titled) else None
    title = title or next((line for line in candidates if _TITLE_WORD.search(line)), None)
    if title is None:
        named = header.first(TITLE_KEYS)
        title = clean_title(named) if named else None
    wrapped = _wrapped_title(title, header.top)
    if title is None:
        # A notice without a title of its own is titled by the report it wraps; otherwise the
        # first headline-like line is a news item's headline, but no line of a list (photo
        # captions, a menu: several such lines in a row)
        candidates = _outside_lists(indexed)
        anchored = [
            line
            for line in candidates
            if _YEAR_RE.search(line) or (names_a_place is not None and names_a_place(line))
        ]
        title = wrapped or next(iter(anchored or candidates), None)
    return Titles(_headline_over(title, indexed) or None, wrapped)


def _headline_over(title: str | None, indexed: Sequence[tuple[int, str]]) -> str | None:
    """A subtitle (——解读《2022年…统计公报》) chosen as the title gives way to the headline on
    the line right above it."""
    if title is None or not title.lstrip().startswith(_SUBTITLE_DASHES):
        return title
    for (above, headline), (index, line) in itertools.pairwise(indexed):
        if line == title and above == index - 1:
            return headline
    return title


_SUBTITLE_DASHES = ("—", "－", "--")
_LIST_MIN_LINES = 4  # a headline stands alone, or with a subtitle and a line of chrome


def _outside_lists(indexed: Sequence[tuple[int, str]]) -> list[str]:
    """The candidate lines that are not in a run of consecutive candidate lines as long as a
    list's."""
    runs: list[list[tuple[int, str]]] = []
    for index, line in indexed:
        if runs and runs[-1][-1][0] == index - 1:
            runs[-1].append((index, line))
        else:
            runs.append([(index, line)])
    return [line for run in runs if len(run) < _LIST_MIN_LINES for _, line in run]


def trim_title(title: str | None, gazetteer: Gazetteer) -> str | None:
    """A title that names its issuer starts with the issuer's place: what a reader glued
    before it (图片, 关于我们网站声明, a spam keyword) goes. 中共 and a province stay."""
    if not title:
        return title
    for mention in gazetteer.find_mentions(title):
        if not mention.strong:
            continue
        if mention.start == 0 or not mention.places:
            return title
        prefix = title[: mention.start]
        if _TITLE_GRAMMAR.search(prefix) or not _ORGANISATION_AFTER.match(title, mention.end):
            return title
        return title[mention.start :]
    return title


def _wrapped_title(title: str | None, top: Sequence[str]) -> str | None:
    if title:
        found = _NOTICE_TITLE.search(title)
        if found:
            return found.group("inner").strip()
    for line in top:
        found = _NOTICE_LINE.search(line)
        if found:
            return (found.group("a") or found.group("b")).strip()
    return None
