"""Canonical text for a report: the form every later stage (and the content hash) sees.

``normalise_text`` applies, in order: NFKC; a table's rows laid out in tabs or wide gaps given
cells set apart by ``|``; a line that holds a whole page (its line breaks lost) broken where
lines began; traditional → simplified on the lines that need it; per-line
cleaning (page chrome and spam lines dropped, inline spam and pinyin annotations removed,
layout spaces inside Chinese phrases joined); and, for hard-wrapped text (PDF, copy-paste, a
newspaper's columns), joining the line breaks that fall inside a phrase. Output is one
paragraph per line; the only blank lines are single ones that end a paragraph after a short
line which a join would otherwise run on (a site's name, a headline, a byline).

Idempotent by construction: the per-line step is repeated until the line stops
changing, and two lines are only joined when nothing the per-line step reacts to would
form across the break.

Speed matters (50 MB of text): every pattern that scans whole lines starts with a
literal character or a small class, which lets ``re`` skip ahead instead of trying each
alternative at every position; big character sets are Python sets, not regex classes. (The
run-on breaker's alternatives open on lookarounds; it scans only lines of 300+ characters.)
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from collections import Counter
from functools import cache
from pathlib import Path

import opencc

from ingest.reading.script import to_simplified

# --- character classes (after NFKC) -------------------------------------------------

_IDEOGRAPH = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
# CJK punctuation that survives NFKC, plus the ASCII forms NFKC turns ，：；！？（） into.
_CJK_PUNCT = r"\u3000-\u303f\u2018\u2019\u201c\u201d\u2026\u2014,;:!?()"
_IDEOGRAPH_RE = re.compile(f"[{_IDEOGRAPH}]")

# Every way a line can end, mapped to "\n" before anything else.
_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
# Invisible characters that only get in the way of matching: controls, zero-width
# spaces/joiners, bidi marks, soft hyphen, BOM, and U+FFFD left by a lossy decode.
_INVISIBLE = re.compile(
    r"[\x00-\x08\x0e-\x1f\x7f-\x9f\xad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\ufffd]+"
)
# Where NFKC changes Chinese text: full-width forms, ideographic space, circled and
# enclosed numbers, compatibility ideographs, Kangxi radicals. Normalising just these
# runs is ~6x faster than normalising everything; a final check catches the rest.
_COMPATIBILITY_RUN = re.compile(
    r"[\u00a0-\u00bf\u2000-\u206f\u2460-\u24ff\u2f00-\u2fdf\u3000\u3200-\u33ff"
    r"\uf900-\ufaff\ufe30-\ufe6f\uff00-\uffef]+"
)
_HORIZONTAL_SPACE = re.compile(r"[^\S\n]+")
# A footnote's superscript mark, glued to a figure, a name or a closing bracket, or opening its
# note's line (186.4亿元¹ … ¹ 研发经费投入为2023年数据): bracketed before NFKC would make it a
# digit run on to the figure (186.4亿元1). Not a unit's power after a letter (m², km³).
_SUPERSCRIPTS = "¹²³⁰⁴⁵⁶⁷⁸⁹ᵃᵇᶜᵈᵉ"
_SUPERSCRIPT_MARK = re.compile(
    rf"(?:(?<=[{_IDEOGRAPH}%)\]）》”])|(?<=^)|(?<=\n))[{_SUPERSCRIPTS}]{{1,2}}(?![{_SUPERSCRIPTS}])"
)
_SUPERSCRIPT_PLAIN = str.maketrans(_SUPERSCRIPTS, "1230456789abcde")
_SUPERSCRIPT_SEEN = re.compile(f"[{_SUPERSCRIPTS}]")

# Combining marks and variation selectors left on a digit, a Chinese character or
# punctuation after NFKC (no precomposed form exists): 2\u0301 4\u0301 0亿元, keycaps 1️⃣,
# spam that decorates characters to dodge filters. They would split a figure from its
# unit. On letters (Latin, Greek, Cyrillic …) they are accents and stay.
_MARK_RUN = re.compile(
    "[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe00-\ufe0f\ufe20-\ufe2f"
    "\U000e0100-\U000e01ef]+"
)

# A keycap digit (1️⃣ … 9️⃣, 🔟) numbers a post's item: the item's number, kept apart from the
# figures after it (7️⃣ 专利授权量… ; 8️⃣ 14项成果… must not read as 814项)
_KEYCAP = re.compile("([0-9])\ufe0f?\u20e3|\U0001f51f")


def _keycap_number(found: re.Match[str]) -> str:
    return f"{found.group(1) or '10'}."


# …and so does a circled number opening a line (① 高新技术企业净增100家): NFKC would make it a
# bare digit, glued to the item's words, and the line read on from the one before; as (1) it
# is an item's number (and a note's mark still, when the line is a note)
_CIRCLED_ITEM = re.compile("(?m)^([ \t\u3000]*)([\u2460-\u2473])")
_CIRCLED_ITEM_SEEN = re.compile("[\u2460-\u2473]")


def _circled_item(found: re.Match[str]) -> str:
    return f"{found.group(1)}({ord(found.group(2)) - 0x2460 + 1})"


# A goal and its result set apart by a slash, as a list of the year's indicators writes them
# (目标2600家/预计2650家左右, 目标12%/完成14%): a clause each, as prose says it
_GOAL_THEN_RESULT = re.compile(
    r"(目标[^,;。/\n]{0,12}?[0-9][0-9.,]*\s*(?:%|[万亿]*元|[家个件项名人户所]))\s*/\s*"
    r"(?=预计|完成|实际|截至|截止|已|全年|当年|年底|年末|达到)"
)


# --- metadata lines: kept as they are (the metadata parser reads them) ---------------

_METADATA_KEYS = (
    "发布机构|发文机关|发布单位|来源|信息来源|文章来源|发布时间|发布日期|成文日期|生成日期|"
    "印发日期|公开日期|索引号|文号|发文字号|公开方式|公开范围|信息类别|主题分类|分类|有效性|"
    "名称|标题|主题词|作者|责任部门|时间|日期|"
    # a page's contact fields: a line of their own, never the start of a wrapped phrase
    "联系人|联系电话|电话|地 ?址|邮编|传真|邮箱"
)
# …and a key without its colon, its value after spaces, a key possibly spelled out over the
# width of a column (索 引 号 733569…, 标     题 …申报表2021年度): a key no line of prose opens on
BARE_METADATA_KEYS = (
    "发布机构", "发文机关", "发布单位", "信息来源", "文章来源", "发布时间", "发布日期", "成文日期",
    "生成日期", "印发日期", "公开日期", "索引号", "文号", "发文字号", "有效性", "标题", "主题分类",
    "组配分类", "体裁分类", "信息分类", "公开方式", "公开范围", "效力状态",
)  # fmt: skip
_METADATA_LINE = re.compile(
    rf"(?:[^\s:/]{{1,6}}/)?(?:{_METADATA_KEYS}) ?:"
    rf"|(?:{'|'.join(' *'.join(key) for key in BARE_METADATA_KEYS)}) +\S"
)  # use .match
# …or a byline with a date after the site's name (湖南省科学技术厅门户网站 发布时间: 2013-12-27)
# or opening on its date (2021-12-10 15:08 来源:渭南日报 字号:T|T)
_DATE_AFTER_SPACE = re.compile(
    r" (?:发布时间|发布日期|成文日期|公开日期|时间|日期) ?: ?[0-9]"
    r"|^(?:19|20)[0-9]{2}(?:-[0-9]{1,2}-|/[0-9]{1,2}/|年[0-9]{1,2}月)[0-9]{1,2}"
    # (…or after its source, as a portal prints it: 汉中市科学技术局 2026-03-10 阅读量:2319)
    r"| (?:19|20)[0-9]{2}(?:-[0-9]{1,2}-|/[0-9]{1,2}/)[0-9]{1,2}(?![0-9])"
)

# Chrome sharing a line with metadata (「来源: … 累计次数: 字体:[ ]」): cut out, keep the rest.
_INLINE_CHROME = re.compile(
    r" ?(?:"
    r"(?:访问|浏览|阅读|累计|点击)(?:次数|量) ?:? ?\d*"
    r"|点击数 ?:? ?\d*"
    r"|字[体号] ?: ?(?:[\[【(] ?)?(?:[大中小] ?)*(?:[\]】)] ?)?"
    r"|视力保护色 ?:?"
    r"|[【\[] ?(?:打印|关闭|收藏|返回|分享)[^】\]]{0,4}[】\]]"
    r"|打印本页|关闭窗口|分享到 ?:?"
    r")"
)

# --- lines dropped whole -------------------------------------------------------------
# Matched against the line lower-cased (Latin parts are written in lower case), and
# only on lines of at most _CHROME_MAX_CHARS: these are widgets, not prose. Each
# alternative starts with a literal character, so the scan can skip ahead.

# Every phrase is literal text, [0-9] or a small class, never a wildcard: joining
# relies on that to rule out a match across a line break from two characters.

# Page chrome: navigation, font/print/share widgets, counters and site footers that
# scraping leaves around a report. Phrases, not words, so report sentences
# (「开放共享」「高分辨率遥感」) are not caught.
_CHROME_PHRASES = (
    "首页 ?[>›»]",  # breadcrumb 首页 > 政务公开 > 规划计划
    "您的位置|您现在的位置|当前位置|所在位置",
    "字体 ?:|字号 ?:|字体 ?[【\\[(]? ?[大中小] ?[】\\])]? ?[【\\[(]? ?[大中小]",
    "视力保护色|打印本页|打印此页|打印本文|打印文章|打印页面|关闭窗口|关闭本页|关闭页面",
    "【 ?(?:打印|关闭|收藏|返回顶部|大|中|小) ?[】\\]]",
    "\\[ ?(?:打印|关闭|收藏|返回顶部|大|中|小) ?[】\\]]",
    "分享到|扫一扫|返回顶部|加入收藏|设为首页|网站地图|联系我们",
    "访问次数|浏览次数|阅读次数|累计次数|点击次数|浏览量 ?:|阅读量 ?:|点击量 ?:",
    "上一篇|下一篇|上一条 ?:|下一条 ?:",
    "版权所有|copyright|©|icp ?备|公网安备|网站标识码",
    "最佳浏览效果|浏览器版本",
    "分辨率 ?[0-9]{3,4} ?[*×x]|分(?<=[0-9]分)辨率|分(?<=[0-9] 分)辨率",  # 1024×768 分辨率
)
# Footer labels: chrome only at the start of a line (「技术支持: XX网络公司」).
_CHROME_LABELS = "技术支持 ?:|主办单位 ?:|承办单位 ?:|主办 ?:|承办 ?:"
_CHROME_MAX_CHARS = 120
# …and a line holding one is joined up to this long (each join checks it cleans the same)
_CHROME_JOIN_MAX_CHARS = 2 * _CHROME_MAX_CHARS
# A line opening with a copyright or disclaimer notice (lower-cased) ends the article when
# at least this many characters of text stand before it.
_FOOTER_START = re.compile(r"[\s·•*-]*(?:版权(?:与免责)?声明|免责声明|版权所有|copyright|©)")
_FOOTER_MIN_BODY = 100
# …or a post's list of other items, under a label alone on its line (相关阅读, 往期推荐): their
# headlines are other pages' figures
# (热点信息, 相关文章, 热门排行: the list's kind after a word saying how it was chosen)
# (an emoji or a mark may lead it: 📚 往期回顾, ▶ 往期精彩:)
_RELATED_LABEL = re.compile(
    r"[\W_]*(?:(?:相关|推荐|延伸|拓展|热点|热门|精彩|更多|往期)"
    r"(?:阅读|新闻|信息|资讯|文章|链接|推荐|报道|排行|回顾|精选|精彩)|猜你喜欢)[\s】\]):>》]*"
    r"(?:\|[^|]{0,20})?"  # (延伸阅读|转自@四川科技: and where they come from)
)

# Spam injected by hacked CMSs: gambling, lottery and betting-app adverts. Bare words
# such as 澳门, 彩票, 真人, 棋牌 also occur in real reports (澳门大学, 体育彩票公益金), so
# each one needs the company it keeps in an advert.
_SPAM_PHRASES = (
    # bet365, 365bet, 365app; the digits are checked behind the letter, since an
    # alternative that starts with a digit class makes the whole pattern slow.
    "bet[0-9]{2,4}(?![a-z])|b(?<=[0-9][0-9]b)et(?![a-z])|a(?<=[0-9][0-9]a)pp(?![a-z])",
    "博彩|赌场|赌博网|百家乐|老虎机|娱乐城|六合彩|时时彩|北京赛车|电子游艺|pk10",
    "真人(?:娱乐|视讯|荷官|百家乐|棋牌|游戏)",
    "棋牌(?:游戏|平台|官网|app|下载|娱乐)",
    "彩票(?:网|平台|官网|app|开奖|投注|注册|娱乐)",
    "投注|下注|赔率|注册送|开户送|首存送",
    "体育(?:app|官网|平台|投注|娱乐|下载)",
    "app ?下载|下载 ?app",
    "澳门(?:赌场|葡京|新葡京|威尼斯人|金沙|银河|永利|美高梅|博彩|娱乐|彩票|六合)",
    "葡京|威尼斯人(?:娱乐|官网|平台)|皇冠(?:体育|网址|娱乐|app)|亚博|开云(?:体育|官网|app)",
    "必威|伟德|威廉希尔",
)

_SPAM_RE = re.compile("|".join(_SPAM_PHRASES))
_DROPPED_RE = re.compile("|".join((*_CHROME_PHRASES, *_SPAM_PHRASES)))
_CHROME_LABEL_RE = re.compile(_CHROME_LABELS)

# An advert pasted into a sentence: segments joined by underscores, at least one with a
# spam phrase (「《智家365app_完美体育365_365bet安卓手机客户端新型研发机构管理办法》」).
_SPAM_SEGMENT = rf"[{_IDEOGRAPH}]{{0,4}}[A-Za-z0-9]{{1,20}}"
_SPAM_TAIL = (
    r"(?:(?:安卓|苹果|ios|android)?(?:手机)?(?:客户端|官网|官方网站|下载|平台|入口|网址|登录|app))?"
)
_SPAM_TOKEN = re.compile(rf"{_SPAM_SEGMENT}(?:_{_SPAM_SEGMENT}){{1,8}}{_SPAM_TAIL}", re.IGNORECASE)
# Such a token reaches at most this far from its nearest underscore (see _may_join).
_SPAM_TOKEN_REACH = 40

# A line without Chinese that is code, a URL or an underscore-joined keyword string.
_LATIN_JUNK_MARKERS = re.compile(r"_|https?://|www\.|[{}<>=;\\]")
_LATIN_CHARS = re.compile(r"[A-Za-z0-9_]")
_SEPARATOR_LINE = re.compile(r"^[-=_*~#|.·•]{3,}$")
# The page's number that a deck's or a scan's running header or footer ends on (桐城市科学技术局
# · 第2页 / 共6页, 2024年 | 工作目标 第5页): it goes, the header stays (it may title the slide).
# (A page's number alone, — 3 —, is left to the joining of wrapped lines, which drops the
# running header after it too.)
# (how many pages there are, after a page's number: 第3页 / 共10页, 3页,共10页)
_OF_THE_PAGES = r"(?:\s*[,/]?\s*共\s*[0-9]{1,4}\s*页)?"
_PAGE_MARK_TAIL = re.compile(rf"(?<=\S)[\s·|]+第\s*[0-9]{{1,4}}\s*页{_OF_THE_PAGES}$")

# --- inline annotations and spacing --------------------------------------------------

# Pinyin after a character: 科(kē), 科(kē jì), 科(ke1). A tone mark or tone number is
# required, so (R&D), (2019年), (含), (v2) stay. Starts with a literal so it scans fast;
# _drop_pinyin checks that a Chinese character comes before it.
_TONED_VOWEL = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_SYLLABLE = (
    rf"(?:[a-zü]*[{_TONED_VOWEL}][a-zü]*"
    r"|[bcdfghjklmnpqrstwxyz]{0,2}[aeiouü]{1,3}(?:ng|n|r)?[1-5])"
)
_ANNOTATION = rf"\( ?{_SYLLABLE}(?:[ ']+{_SYLLABLE})* ?\)"
_PINYIN = re.compile(rf"{_ANNOTATION}| {_ANNOTATION}", re.IGNORECASE)

# Spaces that are layout, not meaning: inside a run of Chinese (「高新 技术」), next to
# Chinese punctuation, around a number in Chinese (「达 920 家」, 「257.4 亿元」).
_LAYOUT_SPACE = re.compile(
    rf"([{_IDEOGRAPH}{_CJK_PUNCT}]) +(?=[{_IDEOGRAPH}{_CJK_PUNCT}0-9])"
    rf"|([0-9]) +(?=[{_IDEOGRAPH}%‰])"
)

# A headline's phrases, each with its figure, set apart by a space (天津科技型企业总数近9万家
# 科技“小巨人”企业近4000家): the space ends a phrase, or the figure would count the next one's
# name. Only in a short line with no punctuation of a sentence.
_PHRASES_APART = re.compile(
    rf"([0-9][万亿千百]?(?:家|个|项|件|名|人|所|元|%|倍)) +"
    # (a figure in a bracket, 高新技术企业(净增21家), is the phrase's own aside)
    rf"(?=[{_IDEOGRAPH}“][^\s0-9(]{{0,30}}[0-9])"
)
# a figure with its unit, in digits or words (85家, 两个, 七家, 3.2亿元)
_FIGURE_IN_PHRASE = re.compile(
    r"[0-9一二两三四五六七八九十百千万]+(?:\.[0-9]+)?[万亿千百]?(?:家|个|项|件|名|人|所|元|%|倍)"
)
_SENTENCE_MARK = re.compile(r"[。,;:!?]")
_HEADLINE_MAX_CHARS = 80

# A gloss giving a name's short form inside the name (研究与试验发展(以下简称“R&D”)经费): the
# short form alone, in brackets, as names are written with it (研究与试验发展(R&D)经费)
_SHORT_NAME_GLOSS = re.compile(r"\((?:以下)?简称[“\"]?([^()“”\"]{1,12})[”\"]?\)")
_RD_ANY_CASE = re.compile(r"(?<![A-Za-z])[Rr]&[Dd](?![A-Za-z])")
# A decimal point the page turned into a full stop: 每万人发明专利拥有量14 。08件
_BROKEN_DECIMAL = re.compile(r"(?<=[0-9]) *。 *(?=[0-9]{1,3}(?:[件家个项%‰]|亿|万))")

# --- joining hard-wrapped lines ------------------------------------------------------

# A numbered heading starts a paragraph of its own.
_HEADING = re.compile(
    r"[一二三四五六七八九十百零〇]+(?:[、.]|是)"
    # a numeral glued to a short unpunctuated line: a heading that lost its 、 (一主要目标)
    rf"|[一二三四五六七八九十]{{1,3}}(?=[{_IDEOGRAPH}]{{2,16}}$)"
    r"|\([一二三四五六七八九十百零〇]+\)"
    r"|第[一二三四五六七八九十百零〇0-9]+[章节部分条篇]"
    r"|[0-9]{1,2}(?:[、.](?![0-9])|\))"
    r"|\([0-9]{1,2}\)"
)
# Official documents set 28 characters a line (GB/T 9704): a numbered line shorter than
# this is a heading, a longer one the first line of a wrapped list item.
_HEADING_MAX_CHARS = 24
# Lines that stand alone whatever follows: a date or a document number under a title, or a
# byline of the issuing office and its date (黔东南州统计局 2024年4月18日).
_STANDALONE = re.compile(
    r"(?:(?:[^\s,。、;:]{1,18}(?:局|委|委员会|办公室|办|政府|厅|中心|院|社|报|网|站)\s*)?"
    r"(?:[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日|(?:19|20)[0-9]{2}([-/.])[0-9]{1,2}\1[0-9]{1,2})"
    r"|[^\s,。]{1,12}[〔\[][0-9]{4}[〕\]][0-9]{1,4}号"
    # (a month under a deck's title, with the place it was given in: 2025年1月 · 南阳)
    r"|(?:19|20)[0-9]{2}年[0-9]{1,2}月(?:\s*[·•]\s*[^\s,。]{1,8})?)$"
)
# A news page's date and time line (2008-05-23 18:10:40 出处:…), or its date and source
# (2019年5月10日 来源:南平日报), starts one of its own.
_DATE_TIME = re.compile(
    r"(?:19|20)[0-9]{2}(?:[-/.][0-9]{1,2}){2}\s+[0-9]{1,2}:[0-9]{2}"
    r"|(?:19|20)[0-9]{2}(?:年[0-9]{1,2}月[0-9]{1,2}日|(?:[-/.][0-9]{1,2}){2})\s+"
    r"(?:(?:信息)?来源|出处|作者|发布|编辑|责任编辑|记者|浏览|点击|字号)"
)
# The gap between two cells of a table laid out in tabs or spaces, and a cell that holds only a
# figure or a year (85, 3.2, 0.62%, 2025年, 2025年目标)
_CELL_MARK = " | "
_CELL_GAP = re.compile(r"\s*\t\s*| {2,}")
# (a figure may carry its sign and its unit: ≥100家, 3.65亿元, >10%)
_FIGURE_CELL = re.compile(
    r"(?:[≥≤><]=?)?[0-9][0-9.,]*(?:%|‰|[万亿]*元|[家个件项人名户所台])?"
    r"|(?:19|20)[0-9]{2}年?[^\s0-9]{0,4}"
)
# Two or more figures apart at a line's end: a row of a table laid out in spaces
_TABLE_ROW_END = re.compile(r"(?<![0-9.,])[0-9][0-9.,]*%?\s+[0-9][0-9.,]*%?$")
# a line opening on a short label and a colon: a field of a record
_FIELD_LINE = re.compile(r"[^,。;:,;:\s]{2,16}[::]\S")
_RUNNING_HEADER_MAX_CHARS = 40  # a page's running header (文号, the title) is short
_ROW_BARS = 3  # a bare | row: 序号|指标|单位|… (two bars alone may be a breadcrumb's)
_ROW_MAX_CHARS = 200
_TABLE_ROW_REACH = 40  # searched at a line's end only: a joined paragraph grows long
_BULLETS = "●▲■◆★▶►•▍▌"  # what a bulleted item (or a post's heading) opens on
_PARAGRAPH_START = re.compile(
    "|".join((_METADATA_LINE.pattern, _HEADING.pattern, _STANDALONE.pattern, _DATE_TIME.pattern))
    + f"|[{_BULLETS}]"  # a bulleted item
)
# A short line ending like a document title is not wrapped: the next line is the body.
_TITLE_ENDING = re.compile(
    "(?:通知|总结|计划|报告|安排|打算|思路|要点|方案|意见|纲要|办法|细则|决定|公告|通告|通报|批复|规划|的函"
    "|公报|纪要"
    "|的答复|复函)$"  # (an answer to a deputy's proposal: 关于…第095号代表建议的答复)
)
_TITLE_MAX_CHARS = 60
# A title's second part, after its first ends like a title: 及2018年工作计划, 暨…大会
_TITLE_GOES_ON = re.compile("暨|以及|及(?!时)")
# A news item's lead opens on its day (12月28日,市科技局…; 2023年5月6日上午,…): the line
# before it, a headline without clauses, is no phrase it goes on.
_DATED_LEAD = re.compile(
    r"(?:(?:19|20)[0-9]{2}年)?[0-9]{1,2}月[0-9]{1,2}日(?:[上下]午|晚|晚间|讯|电)?[,,\s]"
)
# A line shorter than this, followed by a blank line, is a line of its own (a site's name, a
# headline, a byline), not the first part of a wrapped phrase.
_SHORT_LINE_CHARS = 40

# What may follow a break, by the last character before it.
_AFTER_IDEOGRAPH = re.compile(rf"[{_IDEOGRAPH}0-9A-Za-z,、。;:!?)》”’]")
_AFTER_COMMA = re.compile(rf"[{_IDEOGRAPH}0-9A-Za-z“《(]")  # (…17.71%,|R&D占GDP比重…)
# What no line opens on: a mark that closes or goes on a phrase (…1.86、2.29|、2.64…)
_NEVER_OPENS = "、,;:!?)》”’%"
_AFTER_DIGIT = re.compile(rf"[{_IDEOGRAPH}%‰]")
_AFTER_DECIMAL_POINT = re.compile("[0-9]")
_DECIMAL_PART = re.compile(r"\.[0-9]")
# A figure cut between its digits: text then digits before the break, digits and a unit after
_FIGURE_HEAD = re.compile(rf"[{_IDEOGRAPH}][0-9.]+$")
_FIGURE_TAIL = re.compile(r"[0-9.]+(?:万|亿|千|百)?(?:家|件|个|项|元|亿元|万元|%|人|名|户|所|台)")

# At the end of a line as wide as a hard-wrapped page's lines, a break may fall anywhere but
# after a sentence's end; these say what may follow the characters that end none.
# (a bracket opened: 研究与实验发展|(R&D)经费; numbered headings (一) start paragraphs)
_AFTER_IDEOGRAPH_IN_FULL_LINE = re.compile(rf"[{_IDEOGRAPH}0-9A-Za-z,、。;:!?()》”’]")
# a number goes on (80|0家, 超过1|0.5亿元, 于20|16年); a numbered item (2.全年…) starts a
# paragraph and is never joined
_AFTER_DIGIT_IN_FULL_LINE = re.compile(rf"[{_IDEOGRAPH}0-9.%‰]")
# a per cent sign or a closing bracket ends no sentence (12%|,占…, (2号议案)|,高质量…)
_AFTER_CLOSING = re.compile(rf"[{_IDEOGRAPH},、。;:!?)》”’]")
# a Latin word broken off (占G|DP的比重, R&D|经费, a reading in brackets 工(gōng|)业)
_ACCENTED_LATIN = re.compile("[\u00c0-\u024f]")
_AFTER_LATIN = re.compile(rf"[{_IDEOGRAPH}A-Za-z0-9)&\u00c0-\u024f]")
# how far back a reading in brackets may start, and what its rest starts with
_PINYIN_REACH = 12
_SYLLABLE_CHARACTERS = tuple(f"abcdefghijklmnopqrstuvwxyzü{_TONED_VOWEL}0123456789) '")
# an opening bracket or quote leaves its phrase open (健全“|创业…, 工作回顾(|一)…)
_OPENING = frozenset("(“‘《[&-")  # (and R&|D, 创业-|孵化)

# Anything the per-line step reacts to: a join must not form one across the break.
_WATCHED_SOURCES = (*_CHROME_PHRASES, _CHROME_LABELS, *_SPAM_PHRASES, f"(?:{_METADATA_KEYS}) ?:?")
_WATCHED = re.compile("|".join(_WATCHED_SOURCES))
# Every character a watched match can contain (the patterns hold no wildcards): unless
# both characters at a break are among them, no match can span it.
_WATCHED_CHARACTERS = frozenset("".join(_WATCHED_SOURCES) + "0123456789 ")
_WATCH_REACH = 16

# A document is hard-wrapped when at least this share of its line ends fall inside a phrase.
_WRAPPED_SHARE = 0.5
_SENTENCE_END = re.compile(r"[。.;!?:…][”’)》]?$")
# Lines ending mid-phrase, the longest of them under this share of the sentence-ending lines'
# median length, are headlines, not a wrapped page's full-width lines.
_HEADLINE_WIDTH_SHARE = 0.5
_FEW_BREAKS = 2  # a page with no more breaks mid-phrase than this may be headlines alone
# A page's number on a line of its own (3, — 3 —, ·3·, 第3页, 第3页共10页, 3/10)
_PAGE_NUMBER = re.compile(
    rf"[-—–·•]*\s*(?:第\s*)?[0-9]{{1,4}}\s*(?:页)?{_OF_THE_PAGES}\s*[-—–·•]*"
    r"|[0-9]{1,4}\s*/\s*[0-9]{1,4}"
)
# A line at least this share of a hard-wrapped page's width runs to the page's edge.
_FULL_LINE_SHARE = 0.9
# …when at least this share of the lines broken mid-phrase are about as wide as their median
_ONE_WIDTH_SHARE = 0.6
_ONE_WIDTH_LINES = 4


def normalise_text(text: str) -> str:
    """Return the canonical form of a report's text (see the module docstring)."""
    if not text:
        return ""
    text = _LINE_BREAKS.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    if _SUPERSCRIPT_SEEN.search(text):
        text = _SUPERSCRIPT_MARK.sub(_bracketed_mark, text)
    if _CIRCLED_ITEM_SEEN.search(text):
        text = _CIRCLED_ITEM.sub(_circled_item, text)
    text = _nfkc(text)
    if "\u20e3" in text or "\U0001f51f" in text:
        text = _KEYCAP.sub(_keycap_number, text)
    text = _MARK_RUN.sub(_drop_stray_marks, text)
    if "目标" in text and "/" in text:
        text = _GOAL_THEN_RESULT.sub(r"\1,", text)
    if _CSV_ROW_SEEN.search(text):  # (one scan of the text; most have no such row)
        text = "\n".join(_comma_separated_tables(text.split("\n")))
    if "\t" in text or "  " in text:
        text = "\n".join(_headers_marked(list(map(_table_cells_marked, text.split("\n")))))
    text = _HORIZONTAL_SPACE.sub(" ", text)
    if " " in text:
        text = "\n".join(_space_separated_tables(text.split("\n")))
    lines = [part for line in text.split("\n") for part in _run_on_parts(line)]
    if "|" in text or "—" in text or "丨" in text:
        lines = [part for line in lines for part in _caption_card(line)]
    if _has_traditional(text):
        lines = [_to_simplified(line) for line in lines]
    if " " in text:
        lines = [row for line in lines for row in _run_on_table(line)]
    if _FIGURE_LINE_SEEN.search(text):
        lines = _figures_over_labels(lines)
    cleaned = [_clean_line(line.strip()) for line in lines]
    _drop_footer(lines, cleaned)
    kept = [line for line in cleaned if line]
    # a blank line (or one cleaning emptied) after a short line ends a paragraph: nothing is
    # joined across it, however the lines end (a headline under a site's name, a byline); a
    # long line broken mid-phrase before a blank line is wrapped text all the same
    after_blank = []
    blank = False
    for line in cleaned:
        if line:
            after_blank.append(blank)
            blank = False
        else:
            blank = True
    # a line's width on the page is its width before cleaning (spaces, readings in brackets)
    widths = [len(line.strip()) for line, clean in zip(lines, cleaned, strict=True) if clean]
    out = "\n".join(_join_wrapped_lines(kept, after_blank, widths))
    if " " in out:  # (a scan's figures, once its wrapped lines are joined)
        out = "\n".join(
            _SCANNED_FIGURE.sub(_scanned_figure_read, line) if _PROSE_MARK.search(line) else line
            for line in out.split("\n")
        )
    # Removing characters can, in odd input, leave a letter next to a combining mark.
    return out if unicodedata.is_normalized("NFKC", out) else unicodedata.normalize("NFKC", out)


# A table saved as comma-separated values (a data portal's export kept as text): a run of lines
# with the same number of commas, no sentence marks, short cells, figures in most of them
_CSV_MIN_ROWS = 3
_CSV_MIN_CELLS = 3
_CSV_CELL_MAX_CHARS = 24
_CSV_FIGURE = re.compile(r"-?[0-9][0-9.]*%?|[—–-]{1,2}")
_SENTENCE_STOP = re.compile(r"[。;!?]")
# a line that may be such a row: short cells, at least three, no sentence mark
_CSV_ROW_SEEN = re.compile(r"(?m)^[^,。;!?\n]{0,24}(?:,[^,。;!?\n]{0,24}){2,}$")


def _csv_cells(line: str) -> list[str] | None:
    """A line's cells if it may be a row of comma-separated values, else None."""
    stripped = line.strip()
    if stripped.count(",") < _CSV_MIN_CELLS - 1 or _SENTENCE_STOP.search(stripped):
        return None
    cells = [c.strip() for c in stripped.split(",")]
    if any(len(c) > _CSV_CELL_MAX_CHARS or " " in c for c in cells):
        return None
    return cells


def _comma_separated_tables(lines: list[str]) -> list[str]:
    """Runs of comma-separated rows (指标名称,单位,2021年,2022年 / 高新技术企业数,家,7213,8210)
    with their cells set apart by ``|``, as a table copied from a page is."""
    out = list(lines)
    i = 0
    while i < len(lines):
        cells = _csv_cells(lines[i])
        if cells is None:
            i += 1
            continue
        j = i + 1
        while (
            j < len(lines) and (row := _csv_cells(lines[j])) is not None and len(row) == len(cells)
        ):
            j += 1
        rows = [_csv_cells(line) or [] for line in lines[i:j]]
        figures = sum(
            1 for row in rows if sum(bool(_CSV_FIGURE.fullmatch(c)) for c in row) * 2 >= len(row)
        )
        if j - i >= _CSV_MIN_ROWS and figures * 2 >= j - i:
            out[i:j] = [_CELL_MARK.join(row) for row in rows]
        i = max(j, i + 1)
    return out


def _table_cells_marked(line: str) -> str:
    """A row of a table laid out in tabs or wide gaps (高新技术企业数\t家\t85\t200, a header of
    years): its cells set apart by ``|``, as tables copied from HTML or Word are, before the
    gaps close up as layout spaces inside Chinese would."""
    if "\t" not in line and "  " not in line:
        return line
    cells = [c for c in _CELL_GAP.split(line.strip()) if c]
    glued = _FIGURE_AFTER_UNIT.search(cells[0]) if len(cells) > 1 else None
    if glued:
        # 科技型中小企业入库数(家)325   27.5%: the unit's bracket closes the name's cell
        cells[0:1] = [cells[0][: glued.start()], glued.group(1)]
    if len(cells) < 3 or "。" in line or not any(_FIGURE_CELL.fullmatch(c) for c in cells):
        return line
    return _CELL_MARK.join(cells)


# a figure right after the bracketed unit that closes a row's name, perhaps one space apart:
# (家)325, (亿元) 29.7
_FIGURE_AFTER_UNIT = re.compile(r"(?<=[))]) ?([0-9][0-9.,]*%?)$")


_HEADER_EXTRA_CELLS = 1


def _headers_marked(lines: list[str]) -> list[str]:
    """A table's header laid out in gaps holds no figure (序号  指标名称  单位  目标值  完成值):
    its cells are set apart by ``|`` too when the row under it was, with as many cells."""
    out = list(lines)
    for i, line in enumerate(lines[:-1]):
        below = lines[i + 1]
        if _CELL_MARK in line or _CELL_MARK not in below or ("\t" not in line and "  " not in line):
            continue
        cells = _letter_spaced_joined([c for c in _CELL_GAP.split(line.strip()) if c])
        if len(cells) < below.count(_CELL_MARK) + 1:
            # (指标名称      2021年完成 同比增长 2022年目标: headings set apart by one
            # full-width space each, where the rows' figures stand wider apart)
            cells = line.split()
        # (a review's header may have a column more than its first row fills: 偏差原因)
        if (
            0 <= len(cells) - (below.count(_CELL_MARK) + 1) <= _HEADER_EXTRA_CELLS
            and "。" not in line
            and all(len(c) <= _HEADER_CELL_CHARS for c in cells)
        ):
            out[i] = _CELL_MARK.join(cells)
    return out


def _letter_spaced_joined(cells: list[str]) -> list[str]:
    """Cells of one character in a row are one word spaced out (指    标: 指标)."""
    out: list[str] = []
    for cell in cells:
        if (
            out
            and len(cell) == 1
            and len(out[-1]) == 1
            and _IDEOGRAPH_RE.match(cell)
            and _IDEOGRAPH_RE.match(out[-1])
        ):
            out[-1] += cell
        else:
            out.append(cell)
    return out


_HEADER_CELL_CHARS = 12
_TABLE_MIN_ROWS = 3  # a header and two rows, or three rows
# an English word (a bilingual yearbook's row name: Number of Patents), not R&D, GDP, PCT
_LATIN_WORD = re.compile(r"[a-z]{3}")
# a row's name a PDF's copy broke onto a line of its own: a few characters, no figure, no stop
# (after its number, if the table numbers its rows: 5 高新技术产业增加值占规模以)
_NAME_FRAGMENT_LINE = re.compile(r"(?:[0-9]{1,2} )?[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z&()%]{1,19}")


def _space_separated_tables(lines: list[str]) -> list[str]:
    """Rows of a table whose cells are set apart by single spaces (a Word table pasted as text:
    序号 指标名称 单位 目标 完成值 / 1 高新技术企业数 家 150 162) given cells set apart by ``|``:
    at least three lines in a row with about as many cells each, three or more, most of them
    holding two figures (ending on them, or before a column of words: 95.6% 超序时). Prose with
    layout spaces is never that regular. A PDF's copy may break a row's name onto a line of its
    own (研究与试验发展经费 / 投入强度 % 2.31 2.45): it is joined to its row; and a row one cell
    short, its line opening on a space, sits under a cell merged over several rows (类别): the
    cell is repeated, so that its figures stand under their columns."""
    widths = [_space_cells(line) for line in lines]
    out: list[str] = []
    i = 0
    while i < len(lines):
        if widths[i] < 3:
            out.append(lines[i])
            i += 1
            continue
        rows, j = [lines[i]], i + 1
        while j < len(lines):
            if widths[j] >= 3 and abs(widths[j] - widths[i]) <= 1:
                rows.append(lines[j])
                j += 1
            elif (
                j + 1 < len(lines)
                and _NAME_FRAGMENT_LINE.fullmatch(lines[j].strip())
                and widths[j + 1] >= 3
                and abs(widths[j + 1] + max(widths[j], 1) - 1 - widths[i]) <= 1
                and not _FIGURE_CELL.fullmatch(lines[j + 1].split()[0])
            ):
                rows.append(lines[j].rstrip() + lines[j + 1].lstrip())
                j += 2
            else:
                break
        rows_ending_on_figures = sum(
            sum(bool(_FIGURE_CELL.fullmatch(c)) for c in row.strip().split(" ")) >= 2
            for row in rows
        )
        if len(rows) >= _TABLE_MIN_ROWS and rows_ending_on_figures * 2 > len(rows):
            merged = ""  # the first cell of the last full row
            for row in rows:
                cells = row.strip().split(" ")
                if len(cells) == widths[i] - 1 and row[:1].isspace() and merged:
                    cells.insert(0, merged)
                elif len(cells) >= widths[i]:
                    merged = cells[0]
                out.append(_CELL_MARK.join(cells))
        else:
            out.extend(lines[i:j])
        i = max(j, i + 1)
    return out


# A table run onto one line, its cells set apart by spaces (表1 … 指标名称 单位 2019年 2020年
# 高新技术企业数 家 820 1023 …): its header opens on a row label and names years or what its
# columns hold; the rows after it are as wide, each a name and figures under those columns.
_RUN_ON_HEADER_START = re.compile(r"序号|(?:主要|考核)?指标(?:名称)?|项目(?:名称)?|名称|类别|内容")
_YEAR_COLUMN = re.compile(r"(?:19|20)[0-9]{2}\s*年\S{0,5}")
_VALUE_COLUMN = re.compile(r"任务|目标|完成|实绩|计划|增幅|增长|同比|增速|基数|现状|实际|预计")
_FIGURE_OR_DASH = re.compile(r"[-—–/]{1,2}|[<>≥≤]?[0-9][0-9.,]*%?")
_ORDINAL_CELL = re.compile(r"[0-9]{1,2}")
_RUN_ON_MIN_TOKENS = 9
_RUN_ON_MAX_WIDTH = 8


def _run_on_table(line: str) -> list[str]:
    """The lines of a table run onto one line (caption, header, rows, cells apart by ``|``),
    or the line itself."""
    if "。" in line:
        return [line]
    if "|" in line:
        return _run_on_barred_rows(line)
    if line.count(" ") < _RUN_ON_MIN_TOKENS - 1:
        return [line]
    tokens = line.split()
    for h, first in enumerate(tokens):
        if not _RUN_ON_HEADER_START.fullmatch(first):
            continue
        for width in range(3, _RUN_ON_MAX_WIDTH + 1):
            rows = _run_on_rows(tokens[h : h + width], tokens[h + width :])
            if rows is not None:
                caption = [" ".join(tokens[:h])] if h else []
                header = _CELL_MARK.join(tokens[h : h + width])
                return [*caption, header, *(_CELL_MARK.join(row) for row in rows)]
    return [line]


def _run_on_barred_rows(line: str) -> list[str]:
    """…the same with each row's cells apart by | and the rows by spaces (指标名称|2019年|同比增长
    高新技术企业数(家)|453|21.8% …): the table runs to the line's end."""
    tokens = line.split()
    for h, first in enumerate(tokens):
        cells = first.split("|")
        if len(cells) < 2 or not _RUN_ON_HEADER_START.fullmatch(cells[0]):
            continue
        rows = tokens[h + 1 :]
        if len(rows) < 2 or any(row.count("|") != first.count("|") for row in rows):
            return [line]
        caption = [" ".join(tokens[:h])] if h else []
        return [*caption, *(_CELL_MARK.join(t.split("|")) for t in (first, *rows))]
    return [line]


def _run_on_rows(header: list[str], rest: list[str]) -> list[list[str]] | None:
    width = len(header)
    if (
        len(rest) < 2 * width
        or len(rest) % width
        or any(_FIGURE_OR_DASH.fullmatch(cell) for cell in header)
    ):
        return None
    values = [
        i
        for i, cell in enumerate(header)
        if i and (_YEAR_COLUMN.match(cell) or _VALUE_COLUMN.search(cell))
    ]
    if not values:
        return None
    name_at = 1 if header[0] == "序号" else 0
    rows = [rest[k : k + width] for k in range(0, len(rest), width)]
    for row in rows:
        if name_at and not _ORDINAL_CELL.fullmatch(row[0]):
            return None
        if _FIGURE_OR_DASH.fullmatch(row[name_at]) or not all(
            _FIGURE_OR_DASH.fullmatch(row[i]) for i in values
        ):
            return None
    return rows


def _space_cells(line: str) -> int:
    """How many single-space-separated cells a line has (0: not a candidate table row)."""
    stripped = line.strip()
    if " " not in stripped or "|" in stripped or "。" in stripped or "," in stripped:
        return 0
    if _LATIN_WORD.search(stripped):
        return 0  # a bilingual yearbook's row: its English name is words, not cells
    return stripped.count(" ") + 1


def _bracketed_mark(match: re.Match[str]) -> str:
    return "[" + match.group().translate(_SUPERSCRIPT_PLAIN) + "]"


def _nfkc(text: str) -> str:
    text = _COMPATIBILITY_RUN.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    if unicodedata.is_normalized("NFKC", text):
        return text
    return unicodedata.normalize("NFKC", text)


def _drop_stray_marks(match: re.Match[str]) -> str:
    start = match.start()
    base = match.string[start - 1] if start else ""
    return match.group() if base.isalpha() and not _IDEOGRAPH_RE.match(base) else ""


# --- traditional → simplified --------------------------------------------------------


@cache
def _traditional_characters() -> tuple[re.Pattern[str], frozenset[str]]:
    """Characters that only occur in traditional text, from opencc's own dictionaries.

    A character that t2s would change but that is also written in simplified text
    (乾, 於 …), or that appears in any conversion output, is left out: so converted
    text never matches again, and simplified text never goes through the slow
    converter. Returned as a regex class for the BMP (fast to scan) and a set for the
    few beyond it (a regex class with astral characters is slow).
    """
    folder = Path(opencc.__file__).parent / "dictionary"

    def mapping(name: str) -> dict[str, list[str]]:
        pairs = (line.split("\t") for line in (folder / name).read_text("utf-8").splitlines())
        return {key: value.split(" ") for key, value in pairs}

    characters = mapping("TSCharacters.txt")
    phrases = mapping("TSPhrases.txt")
    simplified = set(mapping("STCharacters.txt"))
    for values in (*characters.values(), *phrases.values()):
        simplified.update("".join(values))
    traditional = {key for key, values in characters.items() if values[0] != key} - simplified
    bmp = "".join(sorted(c for c in traditional if ord(c) <= 0xFFFF))
    return re.compile(f"[{re.escape(bmp)}]"), frozenset(c for c in traditional if ord(c) > 0xFFFF)


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _has_traditional(text: str) -> bool:
    bmp, astral = _traditional_characters()
    if bmp.search(text):
        return True
    return bool(_ASTRAL.search(text)) and not astral.isdisjoint(text)


def _to_simplified(line: str) -> str:
    return to_simplified(line) if _has_traditional(line) else line


# --- per-line cleaning ---------------------------------------------------------------


def _clean_line(line: str) -> str | None:
    """Clean one line until it is stable; None when the line is dropped."""
    for _ in range(10):
        cleaned = _clean_once(line)
        if cleaned is None or cleaned == line:
            return cleaned or None
        line = cleaned
    return line or None


def _is_chrome_line(line: str) -> bool:
    """A line of metadata, or a byline opening on its date: cleaned of page chrome only (its
    spaces set fields apart)."""
    return bool(
        _METADATA_LINE.match(line)
        or (len(line) <= _CHROME_MAX_CHARS and _DATE_AFTER_SPACE.search(line))
    )


def _clean_once(line: str) -> str | None:
    if not line:
        return None
    if "_" in line:
        line = _SPAM_TOKEN.sub(_drop_if_spam, line)
    if "(" in line:
        line = _PINYIN.sub(_drop_pinyin, line)
    line = line.strip()
    if _is_chrome_line(line):
        return _INLINE_CHROME.sub("", line).strip() or None
    if _is_dropped(line):
        return None
    if "。" in line:
        line = _BROKEN_DECIMAL.sub(".", line)
    if "." in line:
        line = _LATIN_FULL_STOP.sub("。", line)
    if "简称" in line:
        line = _SHORT_NAME_GLOSS.sub(r"(\1)", line)
    if "&" in line:
        line = _RD_ANY_CASE.sub("R&D", line)
    if "页" in line:
        line = _PAGE_MARK_TAIL.sub("", line)
    if line.startswith("【"):
        line = _BRACKETED_LABEL.sub(r"\1:", line)
    return _spaces_read(line) if " " in line else line


# --- a recap's figures set over their labels --------------------------------------------------

# A year-end recap (数说2023) sets each figure on a line of its own, numbered, over the line that
# says what it is: 01 / 1,068家 / 全市有效期内高新技术企业总数,同比增长17.4%. Read as the label
# saying its figure (全市有效期内高新技术企业总数1,068家,同比增长17.4%), as prose would.
_FIGURE_ALONE = (
    r"[↑↓+\-−]?\s*(?:第[0-9一二三四五六七八九十]{1,3}(?:位|名)"
    r"|[0-9][0-9,.]*\s*(?:%|‰|[万亿]*元|[万亿]?(?:家|个|项|件|名|人|所|户|场|倍|位)))"
)
_FIGURE_LINE = re.compile(rf"\s*{_FIGURE_ALONE}\s*")
_FIGURE_LINE_SEEN = re.compile(rf"(?m)^\s*{_FIGURE_ALONE}\s*$")
_ITEM_NUMBER_LINE = re.compile(r"\s*(?:0?[0-9]{1,2}|[NnＮ][Oo][.．]?\s*[0-9]{1,2})\s*")
_LABEL_START = re.compile(r"\s*(?:(?:19|20)[0-9]{2}年度?)?[\u4e00-\u9fff“《]")
_LABEL_MAX_CHARS = 40  # a label's first clause
_LABEL_MIN_CHARS = 4
# a cell of a table set one a line: a bare figure, or one with its unit (the line before a
# figure that is the next cell, not a figure of its own over a label)
_CELL_LINE = re.compile(rf"\s*(?:[≥≤><]=?)?\s*(?:[0-9][0-9,.]*|{_FIGURE_ALONE})\s*")
# a table's row name set on its own line before its cells (研发投入强度 / 1.2% / 市科技局): the
# figure after it is that row's (a heading with a colon, 关键词一:创新主体, is no row name)
_ROW_NAME_LINE = re.compile(r"\s*[^0-9,,。;;::!?!?]{1,20}")
# a label that only says a change, of the figure above it (同比增长, 比上年增加)
_CHANGE_LABEL = re.compile(r"\s*(?:同比|比上年|较上年|增长|增幅|增速|提高|下降)")


def _figures_over_labels(lines: list[str]) -> list[str]:
    """Each figure alone on its line (after an item's number, a heading or a blank; not a cell
    of a table set one cell a line), with a label on the next line: the label's first clause,
    then the figure, then the rest of the label's line. The item numbers go (01, 02 … in turn:
    they would join the figures around them). A label that names no thing (同比增长) is left
    to the figure above it."""
    out: list[str] = []
    expected = 1  # the next item's number
    numbered_last = False  # the line just dropped was an item's number
    i = 0
    while i < len(lines):
        line = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if (
            _ITEM_NUMBER_LINE.fullmatch(line)
            and _number_of(line) == expected
            and _FIGURE_LINE.fullmatch(nxt)
        ):
            expected += 1
            numbered_last = True
            # (the item before ends here, whatever its last line ends on)
            last = next((k for k in range(len(out) - 1, -1, -1) if out[k].strip()), None)
            if last is not None and not out[last].rstrip().endswith(tuple("。!?;!?;")):
                out[last] = out[last].rstrip() + "。"
            out.append("")
            i += 1
            continue
        before = next((x for x in reversed(out) if x.strip()), "")
        # (an item's own: numbered, under a keyword's heading, or a label that goes on to say
        # more; a bare figure and label card is read by the extractor's infographic rule)
        own_item = (
            (numbered_last and bool(out) and not out[-1].strip())
            or before.rstrip().endswith(":")
            or "," in nxt
        )
        if (
            own_item
            and _FIGURE_LINE.fullmatch(line)
            and not _CELL_LINE.fullmatch(before)
            and not _ROW_NAME_LINE.fullmatch(before)
            and _LABEL_START.match(nxt)
            and not _FIGURE_LINE.fullmatch(nxt)
        ):
            cut = min((nxt.find(c) for c in ",,;;。" if c in nxt), default=len(nxt))
            plain = re.sub(r"(?:19|20)[0-9]{2}年度?", "", nxt[:cut])  # (its year may lead it)
            if (
                _LABEL_MIN_CHARS <= cut <= _LABEL_MAX_CHARS
                and not re.search("[0-9]", plain)
                and not _CHANGE_LABEL.match(plain)
            ):
                out.append(nxt[:cut].rstrip() + line.strip() + nxt[cut:])
                numbered_last = False
                i += 2
                continue
        numbered_last = False
        out.append(line)
        i += 1
    return out


def _number_of(line: str) -> int:
    return int(re.sub(r"[^0-9]", "", line))


# A Latin full stop ending a Chinese sentence (…2家).全区…, …28家.): the sentence's end
# (…任务的115%.4、知识产权…: before the next item's number too)
_LATIN_FULL_STOP = re.compile(r"(?<=[\u4e00-\u9fff)\]”%])\.(?=[\u4e00-\u9fff(“]|[0-9]{1,2}、|$)")


# A figure as a scan's text recognition leaves it in a sentence: broken by spaces, with a
# letter for a digit (达到4 12家, 1 5 08家, 净增2l3家, 2.O 6件, 1 O O家). A run of digits, spaces
# and the letters l I O o that starts on a digit after no letter or digit and ends before
# Chinese or a percent sign is one figure. Only in a line of prose (a comma, a full stop): a
# row of a table laid out in single spaces keeps its cells apart.
_PROSE_MARK = re.compile(r"[,。;]")
_SCANNED_FIGURE = re.compile(
    # (a year after the space begins a figure of its own: ² 2024年末…, a footnote's mark)
    rf"(?<![A-Za-z0-9.])[0-9](?:[0-9.lIOo]| (?=[0-9lIOo])(?!(?:19|20)[0-9]{{2}}年))*"
    rf"(?=[{_IDEOGRAPH}%‰])"
)
_LETTER_DIGITS = str.maketrans({"l": "1", "I": "1", "O": "0", "o": "0", " ": None})


def _scanned_figure_read(match: re.Match[str]) -> str:
    figure = match.group()
    return figure.translate(_LETTER_DIGITS) if figure.count(".") <= 1 else figure


# A record's field labelled in lenticular brackets (【年度目标】350家): the label and a colon, as
# such a field is written elsewhere (年度目标:350家); a bracketed line alone is a heading, and
# a bracket holding figures (【01】, 【数说2023】) is a number or a headline, no label
_BRACKETED_LABEL = re.compile(rf"^【([{_IDEOGRAPH}]{{2,8}})】(?=[^\s,。;:!?、])")


def _spaces_read(line: str) -> str:
    """A line's spaces read: those that end a headline's phrases become commas, those that
    are layout go."""
    if len(line) <= _HEADLINE_MAX_CHARS and not _SENTENCE_MARK.search(line):
        line = _phrases_with_figures_apart(line)
        line = _PHRASES_APART.sub(r"\1,", line)
    elif _spaced_as_commas(line):
        line = _CLAUSE_SPACE.sub(",", line)
    return _LAYOUT_SPACE.sub(r"\1\2", line)


# A space between two runs of words in prose (…全年组织9家企业申报 新认定高新技术企业4户…)
# (not after a day, 2018年4月12日 马鞍山…: a date stamp, no clause of its own)
_CLAUSE_SPACE = re.compile(rf"(?<=[{_IDEOGRAPH}0-9%])(?<![0-9]日)[ \u3000]+(?=[{_IDEOGRAPH}])")
_SPACE_BETWEEN_RUNS = re.compile(rf"(?<=[{_IDEOGRAPH}0-9%]{{3}})[ \u3000]+(?=[{_IDEOGRAPH}]{{3}})")
_CLAUSE_SPACES_MIN = 3  # a writer who puts spaces for commas does so throughout
_PROSE_WITH_FIGURES = re.compile(r"[0-9].*[。,;]|[。,;].*[0-9]")


def _spaced_as_commas(line: str) -> bool:
    """Does a line of prose use spaces for commas (between runs of words, again and again),
    not for a PDF's letter spacing (科 技 局) or a stray gap?"""
    if line.count(" ") < _CLAUSE_SPACES_MIN or not _PROSE_WITH_FIGURES.search(line):
        return False  # (a menu of names set apart by spaces is no prose)
    between = len(_SPACE_BETWEEN_RUNS.findall(line))
    spaces = len(_CLAUSE_SPACE.findall(line))
    return between >= _CLAUSE_SPACES_MIN and between * 4 >= spaces * 3


def _phrases_with_figures_apart(line: str) -> str:
    """A headline of phrases set apart by spaces, each with a figure of its own (青岛市再添两个
    国家重点实验室 总数增至七家): each space ends a phrase."""
    parts = line.split(" ")
    if len(parts) < 2 or not all(
        _IDEOGRAPH_RE.search(part) and _FIGURE_IN_PHRASE.search(part) for part in parts
    ):
        return line
    return ",".join(parts)


def _drop_if_spam(match: re.Match[str]) -> str:
    return "" if _SPAM_RE.search(match.group().lower()) else match.group()


def _drop_pinyin(match: re.Match[str]) -> str:
    start = match.start()
    after_chinese = start > 0 and _IDEOGRAPH_RE.match(match.string, start - 1)
    return "" if after_chinese else match.group()


def _is_dropped(line: str) -> bool:
    if not line:
        return True
    if len(line) <= _CHROME_MAX_CHARS:
        lowered = line.lower()
        if _DROPPED_RE.search(lowered) or _CHROME_LABEL_RE.match(line):
            return True
    if _IDEOGRAPH_RE.search(line):
        return False
    if _SEPARATOR_LINE.match(line):
        return True
    # Latin junk needs a marker (underscore, URL, code punctuation) and to be mostly
    # letters/digits, so an English sentence such as 'Annual report 2021' stays.
    if not _LATIN_JUNK_MARKERS.search(line):
        return False
    visible = len(line) - line.count(" ")
    return len(_LATIN_CHARS.findall(line)) >= 0.5 * visible


# --- the page's footer ----------------------------------------------------------------


def _drop_footer(lines: list[str], cleaned: list[str | None]) -> None:
    """Drop a page's footer: from the first line opening with a copyright or disclaimer
    notice, or labelling a list of other items (相关阅读), that has a body before it, when no
    more text follows than precedes it (a site's footer, the next articles' headlines and
    leads), in place.

    Only the first such line is considered, so the text that remains has none and
    normalising again cuts nothing more.
    """
    before = 0
    for i, line in enumerate(lines):
        stripped = line.strip()
        if before >= _FOOTER_MIN_BODY and (
            _FOOTER_START.match(stripped.lower()) or _RELATED_LABEL.fullmatch(stripped)
        ):
            after = sum(len(rest) for rest in cleaned[i:] if rest)
            if after <= before:
                cleaned[i:] = [None] * (len(cleaned) - i)
            return
        before += len(cleaned[i] or "")


# --- breaking run-on lines ------------------------------------------------------------

# A page whose line breaks were lost (a scraper that took the text of the whole page) runs its
# breadcrumb, title, metadata, headings and paragraphs into one line. A line at least this long
# is broken where a line plainly began; an ordinary paragraph has none of these places.
_RUN_ON_MIN_CHARS = 300
_NUMERALS = "一二三四五六七八九十"
_NUMERAL = f"[{_NUMERALS}]{{1,3}}"
_HEADING_AHEAD = rf"(?={_NUMERAL}、|\({_NUMERAL}\)|第{_NUMERAL}部分)"
_DASHED_DATE = r"(?:19|20)[0-9]{2}-[0-9]{1,2}-[0-9]{1,2}(?=[^0-9]|(?:19|20)[0-9]{2}年|$)"
_DATE_BEHIND = "(?<=[0-9]{4}-[0-9]{2}-[0-9]{2})"
_TIME = "[0-9]{1,2}:[0-9]{2}"
_TITLE_END = "(?:总结|计划|要点|思路|报告|安排|打算|通知|纲要|方案)"
_TITLE_END_BEHIND = f"(?<={_TITLE_END})"
_UNBROKEN = "[^\\s,。;!?]"
_FIELD_AHEAD = rf"(?=(?:{_METADATA_KEYS}) ?:)"
_BARE_HEADING = r"[^\s,。;:、0-9]{2,14}"
_RUN_ON_BREAKS = (
    # a numbered heading after a sentence's end or a space; a sub-heading right after its
    # heading (一、2019年工作总结(一)实施…)
    rf"(?<=[。!?])\s*{_HEADING_AHEAD}|\s+{_HEADING_AHEAD}",
    rf"(?<![第0-9(\s])(?=\({_NUMERAL}\))",
    # a page's date between the fields it separates (工作思路 2020-03-09 2019年, or glued:
    # 工作思路2020-03-092019年), its time kept with it; a time glued to the first year
    rf"\s+(?={_DASHED_DATE}\s)|{_TITLE_END_BEHIND}(?={_DASHED_DATE})",
    rf"{_DATE_BEHIND}(?:\s+(?!{_TIME})|(?=(?:19|20)[0-9]{{2}}年))",
    r"(?<=[0-9]:[0-9]{2})(?=(?:19|20)[0-9]{2}年)",
    # a title run into the body's first words (…2018年工作计划2017年,我市…), or a dated title
    # that ends where a space was left (…2017年工作总结及2018年工作计划 市科技局…)
    rf"{_TITLE_END_BEHIND}(?=(?:19|20)[0-9]{{2}}年[,是])",
    rf"((?<![^\s。!?]){_UNBROKEN}{{0,30}}(?:19|20)[0-9]{{2}}年{_UNBROKEN}{{0,30}}?{_TITLE_END})\s+",
    # a breadcrumb ends at the first space after its last step (首页 > 动态新闻 温州市…) or
    # after its label (当前位置: 关于…)
    r"(?<=首页)((?:\s*[>›»]\s*[^\s>›»]{1,12})+)\s+|(?<=位置:)\s+",
    # a metadata field (发布时间:2020-11-30 17:06 发布单位:武汉市科学技术局 2020年是…) starts
    # after a space, a figure or a title, and ends at the first space after its value; a
    # page's counter starts a line too (…的通知访问量:…)
    rf"\s+{_FIELD_AHEAD}|(?<=[0-9]){_FIELD_AHEAD}|{_TITLE_END_BEHIND}{_FIELD_AHEAD}",
    r"(?=(?:访问|浏览|阅读|点击)(?:次数|量) ?:)",
    # (a portal's table of fields keeps its bars: 成文日期: | 2024-02-23 | 公开方式: | …)
    rf"((?:{_METADATA_KEYS}) ?: ?(?:\| ?)?[^\s:|]{{1,30}}(?>(?: {_TIME}(?::[0-9]{{2}})?)?)"
    r"(?: ?\|)?)\s+",
    # a bullet after a space (…114.76亿元 ●新增…): each bulleted item was a line of its own,
    # up to its first space (●力争…2300户以上 记者从…)
    rf"\s+(?=[{_BULLETS}])|([{_BULLETS}][^\s{_BULLETS}]{{1,80}})\s+",
    # a numbered heading, up to the first space after its words (二、发展目标 至2015年…)
    rf"({_NUMERAL}、\s?[^\s,。;:!?]{{2,20}})\s+",
    # a numbered heading that lost its 、, alone between spaces (…支撑力 一主要目标完成情况 推动…)
    rf"\s+(?={_NUMERAL}{_BARE_HEADING}\s)|(?<=\s)({_NUMERAL}{_BARE_HEADING})\s+",
)
# Where a break can start: at a space or a character one opens on (a heading's numeral or
# bracket, 第, a year, a breadcrumb's arrow, a metadata key or a page's counter), or after a
# space or a sentence's end (a dated title). Tried first, it lets the scan of a long line skip
# every other position at once; tests/test_speed35_first_chars.py checks every break against it.
_METADATA_KEY_STARTS = re.escape("".join(sorted({key[0] for key in _METADATA_KEYS.split("|")})))
_RUN_ON_START = (
    rf"(?:(?=[\s{_NUMERALS}(第12>›»访浏阅点{_BULLETS}{_METADATA_KEY_STARTS}])|(?<![^\s。!?]))"
)
_RUN_ON_BREAK = re.compile(_RUN_ON_START + "(?:" + "|".join(_RUN_ON_BREAKS) + ")")


# A post's big-number card: a figure, a bar or a dash, and its caption (32.6亿元 | 技术合同成交额,
# 47家——有效期内高新技术企业): the figure over its caption, as a card sets it
_CAPTION_CARD = re.compile(
    r"\s*((?:[≥≤><]=?)?[0-9][0-9.,]*(?:%|[万亿]*元|[家个件项人名户所台次批场])?)"
    r"\s*(?:\||丨|——|—)\s*([^\s0-9,。;:|]{2,24}(?:\([^()]{1,10}\))?)\s*"
)


def _caption_card(line: str) -> list[str]:
    card = _CAPTION_CARD.fullmatch(line)
    return [card.group(1), card.group(2)] if card else [line]


def _run_on_parts(line: str) -> list[str]:
    """A line, broken where lines plainly began when it is a whole page run into one."""
    if len(line) < _RUN_ON_MIN_CHARS:
        return [line]
    return _RUN_ON_BREAK.sub(_line_break, line).split("\n")


def _line_break(match: re.Match[str]) -> str:
    """A line break after what the match keeps (a breadcrumb's steps, a metadata field, a
    heading)."""
    return next((kept for kept in match.groups() if kept), "") + "\n"


# --- joining hard-wrapped lines ------------------------------------------------------


# A line that is a label, a space and its figure (a performance goal: 登记技术合同成交额 ≥60亿元)
_LABELLED_FIGURE_LINE = re.compile(
    r"[^\s,。;:,;:]{2,24} "
    # (an infographic's pointer and a verb of its own between: 科技型中小企业 ▶ 新增 163家)
    r"(?:[▶►▸→➤] ?)?(?:[\u4e00-\u9fff]{1,3} ?)?"
    r"(?:[≥≤><]=?)?[0-9][0-9.,]*(?:%|[万亿]*元|[家个件项人名户所台次批场])?"
)
# A table laid out one cell per line: a run of this many short lines without a sentence's or a
# clause's mark, a third of them or more a figure alone
_CELL_LINE_MAX_CHARS = 16
_CELL_RUN_MIN = 6
_CELL_RUN_FIGURES = 3  # (one line in three)
# (a goal's cell said in short phrases, each with its figure: 净增30家,总数达到260家)
# (the figure with its unit, as the table readers read a goal's phrase too)
FIGURE_WITH_UNIT = r"[0-9][0-9.]*(?:%|[万亿]?元|[家个件项人名])?(?:以上|左右)?"
_PHRASE_FIGURE = r"[\u4e00-\u9fff]{0,8}" + FIGURE_WITH_UNIT
_PHRASED_CELL = re.compile(rf"{_PHRASE_FIGURE}(?:[,、]{_PHRASE_FIGURE})+")
# (a task list's deadline column counts with its figures: 2024年12月, 2024年11月底前)
_DUE_CELL = re.compile(r"(?:19|20)[0-9]{2}年[0-9]{1,2}月(?:底|末|[0-9]{1,2}日)?前?")
_CLAUSE_MARK = re.compile(r"[。;!?,,;:]")
# a table's header cell over its label column (指标, 指标名称, 主要指标, 项目), or over the rows'
# numbers before it (序号, 编号): the table readers' too; and how many cells such a header has
# at least; a row's name cell may be as long as an indicator's
LABEL_COLUMN_HEAD = re.compile(r"(?:主要|绩效|考核|监测|[一二三]级)?(?:指标|项目)(?:名称)?|名称")
NUMBER_COLUMN_HEAD = re.compile(r"序\s*号|编\s*号")
_HEADER_CELLS_MIN = 3
_NAME_CELL_MAX_CHARS = 32


def _one_cell_lines(lines: list[str], blank: list[bool]) -> list[int]:
    """Indexes of the lines after the first of each run that is a table one cell per line (no
    blank line inside it: figures over their captions, as a post's cards set them, are not)."""
    out: list[int] = []
    i = 0
    while i < len(lines):
        j = i
        while (
            j < len(lines)
            and (j == i or not blank[j])
            and len(lines[j]) <= _CELL_LINE_MAX_CHARS
            and (not _CLAUSE_MARK.search(lines[j]) or _PHRASED_CELL.fullmatch(lines[j].strip()))
        ):
            j += 1
        head = lines[i].strip()
        if j - i >= _HEADER_CELLS_MIN and (
            LABEL_COLUMN_HEAD.fullmatch(head) or NUMBER_COLUMN_HEAD.fullmatch(head)
        ):
            # a header opening on its label column (指标名称 / 单位 / 2017年 / …): the table
            # runs on across the blank lines between its rows while its lines are cells, a
            # row's name as long as an indicator's (高新技术产业产值占规模以上工业总产值比重)
            k = j
            while (
                k < len(lines)
                and len(lines[k]) <= _NAME_CELL_MAX_CHARS
                and (not _CLAUSE_MARK.search(lines[k]) or _PHRASED_CELL.fullmatch(lines[k].strip()))
            ):
                k += 1
            out.extend(range(i + 1, k))
            i = k
            continue
        figures = sum(
            1
            for line in lines[i:j]
            if _FIGURE_CELL.fullmatch(s := line.strip()) or _DUE_CELL.fullmatch(s)
        )
        if j - i >= _CELL_RUN_MIN and figures * _CELL_RUN_FIGURES >= j - i:
            out.extend(range(i + 1, j))
        i = max(j, i + 1)
    return out


def _join_wrapped_lines(
    lines: list[str], after_blank: list[bool] | None = None, widths: list[int] | None = None
) -> list[str]:
    """Join line breaks inside a phrase, when the document is hard-wrapped at all.

    One paragraph per line (the usual scraped text) has few such breaks, and there a
    break after a title that ends without punctuation must stay; PDFs and pasted text
    break most lines mid-phrase. ``after_blank[i]``: a blank line stood before line i; a
    blank line after a short line (a site's name, a headline, a byline) is a paragraph's end,
    kept in the output so that normalising again decides the same.
    """
    if len(lines) < 2:
        return lines
    blank = after_blank or [False] * len(lines)
    has_ideograph = [bool(_IDEOGRAPH_RE.search(line)) for line in lines]
    # Nothing is joined onto metadata, a heading or a date.
    # (nor onto a table's row, whose cells are set apart by |)
    starts_paragraph = [
        bool(_PARAGRAPH_START.match(line)) or line.count(_CELL_MARK) >= 2 or _is_bare_bar_row(line)
        for line in lines
    ]
    # …nor onto a cell of a table laid out one cell per line (三级指标 / 年度指标值 / 实际完成值 /
    # 新认定高新技术企业数 / ≥130家 / 156家 …)
    for i in _one_cell_lines(lines, blank):
        starts_paragraph[i] = True
    # …nor onto a field of a record, where lines run label: value (全年目标:8亿元 / 1—6月完成:…)
    # (or a label and its figure set apart: 新认定高新技术企业数 ≥150家)
    fields = [
        bool(_FIELD_LINE.match(line) or _LABELLED_FIGURE_LINE.fullmatch(line)) for line in lines
    ]
    for i in range(1, len(lines)):
        if fields[i] and (fields[i - 1] or (i + 1 < len(lines) and fields[i + 1])):
            starts_paragraph[i] = True

    def ends_paragraph(before: str, i: int) -> bool:
        return blank[i] and len(before) < _SHORT_LINE_CHARS

    # Hard-wrapped: most lines that could end a sentence end mid-phrase instead.
    # Breaks at headings, dates and metadata say nothing either way and are not counted.
    open_widths: list[int] = []
    open_lines: list[int] = []
    end_lines: list[int] = []
    end_widths: list[int] = []
    for i in range(len(lines) - 1):
        starts = starts_paragraph[i + 1] or ends_paragraph(lines[i], i + 1)
        if _may_join(lines[i], has_ideograph[i], lines[i + 1], starts, exact=False):
            open_widths.append(len(lines[i]))
            open_lines.append(i)
        elif not starts and _SENTENCE_END.search(lines[i]):
            end_widths.append(len(lines[i]))
            end_lines.append(i)
    open_breaks, sentence_ends = len(open_widths), len(end_widths)
    if (
        open_breaks == 0
        or open_breaks < _WRAPPED_SHARE * (open_breaks + sentence_ends)
        or _headlines_over_paragraphs(open_widths, end_widths)
        or _headlines_over_their_text(lines, open_lines)
    ):
        kept = [lines[0]]
        for i in range(1, len(lines)):
            if ends_paragraph(lines[i - 1], i) and _may_join(
                lines[i - 1], has_ideograph[i - 1], lines[i], starts_paragraph[i]
            ):
                kept.append("")  # a blank line that would stop a join stays
            kept.append(lines[i])
        return kept
    page_widths = widths or [len(line) for line in lines]
    full_width = _page_width(
        [page_widths[i] for i in open_lines], [page_widths[i] for i in end_lines]
    )
    joined: list[str] = []
    current, current_has_ideograph = lines[0], has_ideograph[0]
    last_width = page_widths[0]  # of the last line joined onto current
    # a line cleaned as metadata (its spaces kept) joins a neighbour only when the joined line,
    # cleaned as text the next time, stays as it is: normalising twice must give what once did
    current_chrome = _is_chrome_line(current)
    repeated = Counter(line for line in lines if len(line) <= _RUNNING_HEADER_MAX_CHARS)
    resume = 0  # the line after the page's furniture skipped last
    grown = False  # whether current holds more than one line

    def finished(text: str) -> str:
        # a space a join brought into a line of text is read as normalising again would read
        # it (365亿元365 (高新技术|365亿元: each phrase now holds a figure)
        return _spaces_read(text) if grown and not current_chrome and " " in text else text

    for i in range(1, len(lines)):
        if i < resume:
            continue
        line = lines[i]
        full_line = full_width is not None and last_width >= full_width
        if full_line and _PAGE_NUMBER.fullmatch(line):
            # a page's number between the halves of a phrase (…企业1|— 3 —|26家), and the running
            # header the next page opens on (its 文号 or title, on every page)
            after = i + 1
            while after < len(lines) and repeated[lines[after]] > 1:
                after += 1
            if after < len(lines) and _may_join(
                current,
                current_has_ideograph,
                lines[after],
                starts_paragraph[after],
                full_line=True,
            ):
                resume = after
                continue
        last_width = page_widths[i]
        line_chrome = _is_chrome_line(line)
        chrome = current_chrome or line_chrome  # the joined line would hold metadata
        if not _may_join(
            current, current_has_ideograph, line, starts_paragraph[i], full_line=full_line
        ) or (
            chrome
            and (
                len(current) + len(line) > _CHROME_JOIN_MAX_CHARS
                or _clean_line(current + line) != current + line
            )
        ):
            joined.append(finished(current))
            current, current_has_ideograph, current_chrome = line, has_ideograph[i], line_chrome
            grown = False
        elif ends_paragraph(current, i):
            joined.extend((finished(current), ""))  # the blank line that ends it stays
            current, current_has_ideograph, current_chrome = line, has_ideograph[i], line_chrome
            grown = False
        else:
            current_chrome = chrome
            if line.startswith("(") or (
                "(" in current[-_PINYIN_REACH:] and line.startswith(_SYLLABLE_CHARACTERS)
            ):
                # a reading the break cut off its character (思路|(lù)) or broke (工(gōng|)业):
                # the per-line step drops it whole
                line = _PINYIN.sub(_drop_pinyin, current[-_PINYIN_REACH:] + line)
                current = current[:-_PINYIN_REACH]
            current += line  # a local: CPython appends in place
            current_has_ideograph = current_has_ideograph or has_ideograph[i]
            grown = True
    joined.append(finished(current))
    return joined


def _is_bare_bar_row(line: str) -> bool:
    """A row of a table whose cells are set apart by bare bars (1|全社会R&D经费投入|亿元|48.6):
    a short line with bars and no sentence's end (a paragraph joined so far is no row, and is
    not scanned)."""
    return len(line) <= _ROW_MAX_CHARS and line.count("|") >= _ROW_BARS and "。" not in line


def _page_width(widths: list[int], end_widths: list[int]) -> float | None:
    """The width from which a line runs to the edge of a hard-wrapped page, when most lines
    broken mid-phrase (``widths``) have about one width (a line with half-width digits holds a
    few more characters, one ending at a wide mark a few fewer) and the lines that end a
    sentence (``end_widths``) are mostly no wider (a paragraph's last line is shorter); None
    otherwise: headings of about one width over paragraphs of one line each are no page."""
    if len(widths) < _ONE_WIDTH_LINES:
        return None
    middle = statistics.median(widths)
    near = sum(_FULL_LINE_SHARE * middle <= w <= middle / _FULL_LINE_SHARE for w in widths)
    if near < _ONE_WIDTH_SHARE * len(widths):
        return None
    if end_widths and statistics.median(end_widths) > middle / _FULL_LINE_SHARE:
        return None
    return _FULL_LINE_SHARE * middle


def _headlines_over_paragraphs(open_widths: list[int], end_widths: list[int]) -> bool:
    """Whether every line that ends mid-phrase is far shorter than those that end sentences.

    Wrapping breaks lines at the page's width, and a paragraph's last line is shorter; a page
    of one paragraph per line whose unpunctuated lines are headlines over their leads (news
    teasers) has it the other way round: nothing there is wrapped.
    """
    if not end_widths:
        return False
    return _HEADLINE_WIDTH_SHARE * statistics.median(end_widths) > max(open_widths)


def _headlines_over_their_text(lines: list[str], open_lines: list[int]) -> bool:
    """Whether each of the few lines that end mid-phrase is a headline over the paragraph it
    stands on: no longer than a title, without a mark of a clause (a line of running text
    wrapped at a page's width holds commas), over a line that ends a sentence. A news item
    of a headline and a paragraph or two has no other breaks to tell by."""
    if len(open_lines) > _FEW_BREAKS:
        return False
    return all(
        len(lines[i]) <= _TITLE_MAX_CHARS
        and not any(mark in lines[i] for mark in ",,、;;:。")
        and _SENTENCE_END.search(lines[i + 1]) is not None
        for i in open_lines
    )


def _breaks_phrase(before: str, after: str, full_line: bool = False) -> bool:
    """Whether the characters either side of a break belong to one phrase; ``full_line``:
    ``before`` ends a line as wide as the lines of the hard-wrapped page it is on."""
    last = before[-1]
    if after[:1] in _NEVER_OPENS and last not in "。!?":
        return True
    if "0" <= last <= "9":
        if _DECIMAL_PART.match(after):
            return True  # 38|.27亿元: no line starts on a decimal point
        if _FIGURE_TAIL.match(after) and _FIGURE_HEAD.search(before):
            return True  # 达7.4|7万件, 5|93家: a figure's digits cut, its unit after them
        return bool((_AFTER_DIGIT_IN_FULL_LINE if full_line else _AFTER_DIGIT).match(after))
    if last in ",、":
        return bool(_AFTER_COMMA.match(after))
    if _IDEOGRAPH_RE.match(last):
        return bool((_AFTER_IDEOGRAPH_IN_FULL_LINE if full_line else _AFTER_IDEOGRAPH).match(after))
    if last == "." and len(before) > 1 and "0" <= before[-2] <= "9":
        return bool(_AFTER_DECIMAL_POINT.match(after))  # 46.|3亿元: no sentence ends there
    if not full_line:
        return False  # sentence end, closing bracket, Latin word: a real break
    if last in _OPENING:
        return not after[0].isspace()
    if last in "%‰)”’》":
        return bool(_AFTER_CLOSING.match(after))
    if (last.isascii() and last.isalpha()) or _ACCENTED_LATIN.match(last):
        return bool(_AFTER_LATIN.match(after))  # G|DP, 规上工(gōng|)业
    return False  # sentence end, a word before a line of another script: a real break


def _may_join(
    before: str,
    before_has_ideograph: bool,
    after: str,
    after_starts: bool,
    *,
    exact: bool = True,
    full_line: bool = False,
) -> bool:
    """Whether the break between two cleaned lines falls inside a phrase.

    Only the start, end and length of ``before`` matter, so the answer for a line built
    by earlier joins is the same when the joined text is normalised again. ``exact=False``
    skips the rare, costlier check for matches across the break (to count breaks).
    ``full_line``: the line before the break is as wide as a hard-wrapped page's lines.
    """
    if after_starts or not before_has_ideograph or not _breaks_phrase(before, after, full_line):
        return False
    if _METADATA_LINE.match(before) or _STANDALONE.match(before) or _DATE_TIME.match(before):
        return False
    if _TABLE_ROW_END.search(before, max(0, len(before) - _TABLE_ROW_REACH)):
        return False  # a text table's row: its figures in columns (… 15.55 24.16)
    if _CELL_MARK in before[-_TABLE_ROW_REACH:] or _is_bare_bar_row(before):
        return False  # …or its cells set apart by | (… | 家 | 120, 序号|指标|单位)
    # A short numbered line is a heading; a long one is a wrapped list item, and so is one as
    # wide as the page's lines in a column narrower than an official page's (a newspaper's).
    if not full_line and len(before) < _HEADING_MAX_CHARS and _HEADING.match(before):
        return False
    if (
        len(before) <= _TITLE_MAX_CHARS
        and "," not in before  # (a title has no clauses: …的定位、思路|和抓手 broke)
        and _TITLE_ENDING.search(before, max(0, len(before) - 3))
        and not _PINYIN.match(after)  # (a reading goes with the character before it: 思路|(lù))
        and not _TITLE_GOES_ON.match(after)  # (…2017年工作总结|及2018年工作计划)
    ):
        return False
    if (
        len(before) <= _TITLE_MAX_CHARS
        and not any(mark in before for mark in ",,。;")
        and _DATED_LEAD.match(after)
    ):
        return False
    return not (exact and _forms_match_across(before, after))


def _forms_match_across(before: str, after: str) -> bool:
    """Whether joining would form something the per-line step acts on, across the break."""
    if "_" in before[-_SPAM_TOKEN_REACH:] or "_" in after[:_SPAM_TOKEN_REACH]:
        return True
    if before[-1].lower() not in _WATCHED_CHARACTERS or after[0].lower() not in _WATCHED_CHARACTERS:
        return False
    head = before[-_WATCH_REACH:].lower()
    window = head + after[:_WATCH_REACH].lower()
    cut = len(head)
    return any(m.start() < cut < m.end() for m in _WATCHED.finditer(window))
