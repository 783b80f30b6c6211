"""What kind of text a document is.

* ``notice``: a 通知 wrapping a report or plan (关于印发《…》的通知, 现将《…》印发给你们), or an
  office's act said in a notice, 通报 or 公示 (关于下达…项目的通知);
* ``speech``: a leader's speech (讲话, 同志们);
* ``news``: a news item (记者, 本报讯, 日电, 获悉, 新闻发布会, a dateline 4月1日…召开);
* ``summary_plan``, ``summary``, ``plan``: a bureau's own report that looks back, ahead or both;
* ``other``: none of these (a profile page, a text that neither looks back nor ahead).

A notice or a news item may carry a summary and a plan; its genre says how to read it (the
notice's own lines are no part of the report; a news item mixes 去年 and 今年 in one paragraph).
"""

from __future__ import annotations

import re

GENRES = ("summary_plan", "summary", "plan", "news", "notice", "speech", "other")

_NOTICE_TITLE = re.compile(
    r"(?:印发|转发|下发|公布).{0,80}通知$"
    # …or an office's own act said in a notice (关于拨付…资金的通知, 关于…拟选派人选的公示)
    r"|关于.{2,80}的(?:通知|通报|公示|公告|决定|批复)$"
)
_REPORT_TITLE = re.compile(r"总结|计划|要点|打算|思路|安排|方案|规划|完成情况")
_SPEECH = re.compile(r"讲话|致辞|发言稿|同志们")
_NEWS_STRONG = re.compile(r"记者|本报讯|讯\s*\(|日电|通讯员|获悉|新闻发布会|发布会上|实习生")
# The lead of a news item dates its occasion: 4月13日,… (searched only this early, since a
# report's body dates events the same way further on).
_DATELINE = re.compile(r"(?<![0-9年])(?:[0-9]{1,2}月)?[0-9]{1,2}日(?:上午|下午|晚上?)?\s*,")
DATELINE_CHARS = 200
_NEWS_WEAK = re.compile(
    r"据了解|据介绍|据悉|了解到|介绍|会议指出|会议强调|会议要求|会议传达|会议通报|召开|日报|新闻网"
    r"|融媒|编辑|今天上午|近日"
)
# A 来源 naming a newspaper, a news site or a channel rather than an office.
_MEDIA = re.compile(r"(?:报|网|台|新闻|频道|融媒|在线)(?:-|$)|(?:报|网|台|新闻|频道)[^局委府室]*$")
NEWS_LEAD_CHARS = 800


def decide_genre(
    *,
    title: str | None,
    wrapped_title: str | None,
    text: str,
    looks_back: bool,
    looks_ahead: bool,
    source: str | None = None,
) -> str:
    if wrapped_title or (title and _NOTICE_TITLE.search(title)):
        return "notice"
    head = text[:NEWS_LEAD_CHARS]
    if (title and _SPEECH.search(title)) or "同志们" in head:
        return "speech"
    weak = {found.group(0) for found in _NEWS_WEAK.finditer(head)}
    media = source is not None and _MEDIA.search(source) is not None
    if media or _NEWS_STRONG.search(head):
        return "news"
    # A bureau's own report (its title says 总结, 要点 …) dates events and holds meetings too.
    own_report = title is not None and _REPORT_TITLE.search(title) is not None
    dateline = _DATELINE.search(head[:DATELINE_CHARS]) is not None
    if not own_report and (dateline or len(weak) >= 2):
        return "news"
    if looks_back and looks_ahead:
        return "summary_plan"
    if looks_back:
        return "summary"
    if looks_ahead:
        return "plan"
    return "other"
