"""Numbers and units as they are written in Chinese reports.

``find_quantities`` finds every figure with a unit in a (normalised) sentence and parses it:
Arabic and Chinese numerals, mixed forms (1.2万, 3千余), the multipliers 万/亿/万亿, money,
counts, percentages, percentage points, ranks and ranges.  It knows nothing of indicators.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}  # fmt: skip
CN_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
CN_BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
MULTIPLIERS = {"万亿": 1e12, "亿": 1e8, "万": 1e4, "千": 1e3, "百": 1e2}
MULTIPLIERS_CHARS = "万亿千百"

# Measure words that make a count.  Order matters only for the regex (longest first).
COUNT_UNITS = (
    "项次", "人次", "家", "个", "件", "项", "名", "人", "组", "所", "座", "支", "户", "位", "笔",
    "篇", "台", "套", "场", "次", "款", "种", "条", "门", "只",
)  # fmt: skip
AREA_UNITS = ("平方米", "平米", "亩", "平方公里")

_CN_NUM = "[零〇一二两三四五六七八九十百千]"
# Thousands may be grouped by a comma or, in text copied from a PDF, a space (1 493), and a
# space may follow the decimal point (38. 2%).
_AR_NUM = r"[0-9]+(?:,[0-9]{3})*(?:(?<![0-9]{4}) [0-9]{3}(?![0-9]))?(?:\. ?[0-9]+)?"
# A decimal in Chinese numerals: 一点五(亿), 二点一(%)
_CN_DECIMAL = rf"{_CN_NUM}+点[零〇一二三四五六七八九]+"
# A number: Arabic (with an optional Chinese multiplier) or a run of Chinese numerals.
NUMBER = (
    rf"(?:{_AR_NUM}(?:万亿|亿|万|千|百)?|{_CN_DECIMAL}(?:万亿|亿|万)?"
    rf"|{_CN_NUM}+(?:万亿|亿|万)?{_CN_NUM}*)"
)

_DURATION_AFTER = "(?!月|小时|工作日|星期|季度)"
_UNIT = (
    r"(?P<unit>%|‰|个百分点|百分点|倍|个多?亿元?|(?:万亿|亿|万|千|百)?(?:美元|元)|万亿|亿(?!元)"
    + "|"
    + "|".join(AREA_UNITS)
    + "|"
    # 11个月, 3个工作日: a stretch of time, no count of anything
    + "|".join(u + _DURATION_AFTER if u == "个" else u for u in COUNT_UNITS)
    + ")"
)
QUANTITY_RE = re.compile(
    rf"(?P<num>{NUMBER})(?:\s*(?:[~～\-—至到]|-)\s*(?P<num2>{NUMBER}))?\s*"
    # (七十来家, 九十几家, 一百零几件: said roughly, as a speech does)
    rf"(?P<approx>余|多|来|几)?{_UNIT}(?P<approx2>余|多)?"
)
# 第三位, 第1, 首位, 第一名: a rank.  前三 is not a rank of its own, nor is a tier (第一方阵,
# 第一梯队: a group of places) nor an ordinal (第三批, 第二届), nor a sector (第三产业).
RANK_RE = re.compile(
    # (the whole numeral, never a head of it: 第二〇二一年 is a year's ordinal, no 第二〇二)
    rf"(?:第(?P<rnum>(?>{_AR_NUM})(?![0-9.])|{_CN_NUM}++)(?:位|名)?|(?P<first>首位|榜首|之首))"
    r"(?!批|届|次|期|轮|季|章|条|款|部分|阶段|年|个|家|项|方阵|梯队|梯次|阵营|方队|档|等次|层次"
    r"|产业|产)"
)

# (and as people say it: 差不多是22个亿, 大概是2.7%)
APPROX_BEFORE = ("约", "近", "预计", "大约", "接近", "将近", "差不多", "差不多是", "大概是", "大概")
APPROX_AFTER = ("左右", "上下")
# (≥, ≤: the signs performance reviews write their targets with, 指标值≥10家)
# (首破, 再破: a mark broken; 跃上, 迈上, 站上: a level climbed onto, as headlines say it)
GTE_BEFORE = ("超过", "超越", "突破", "不少于", "不低于", "逾", "超", "≥", "≧", ">=",
              "首破", "再破", "跃上", "迈上", "站上", "跨上")  # fmt: skip
GTE_AFTER = ("以上",)
LTE_BEFORE = ("不超过", "未超过", "不高于", "控制在", "低于", "不足", "不到", "少于", "≤", "≦",
              "<=")  # fmt: skip
LTE_AFTER = ("以下", "以内")
BEFORE_WORDS = sorted(
    [(w, "approx") for w in APPROX_BEFORE]
    + [(w, "gte") for w in GTE_BEFORE]
    + [(w, "lte") for w in LTE_BEFORE],
    key=lambda pair: len(pair[0]),
    reverse=True,
)


def parse_chinese_integer(text: str) -> int | None:
    """三千 → 3000, 一千二百 → 1200, 两百 → 200, 十二 → 12, 一万二千 → 12000, 二〇二一 → 2021,
    四亿三千万 → 430000000."""
    if not text or any(ch not in CN_DIGITS and ch not in CN_SMALL_UNITS and ch not in CN_BIG_UNITS
                       for ch in text):  # fmt: skip
        return None
    if all(ch in CN_DIGITS for ch in text):
        if len(text) == 1:
            return CN_DIGITS[text]
        return int("".join(str(CN_DIGITS[ch]) for ch in text))  # 二〇二一
    total = 0
    section = 0
    digit: int | None = None
    for ch in text:
        if ch in CN_DIGITS:
            digit = CN_DIGITS[ch]
        elif ch in CN_SMALL_UNITS:
            section += (1 if digit is None else digit) * CN_SMALL_UNITS[ch]
            digit = None
        else:  # 万 / 亿
            section += digit or 0
            if ch == "万" and total >= CN_BIG_UNITS["亿"]:
                total += section * CN_BIG_UNITS[ch]  # 四亿三千万: the 万 is the tail's alone
            else:
                total = (total + section) * CN_BIG_UNITS[ch]
            section = 0
            digit = None
    section += digit or 0
    return total + section


# parse_number's three forms, compiled once (it reads tens of thousands of figures)
_ARABIC_NUMBER_RE = re.compile(r"([0-9]+(?:\.[0-9]+)?)(万亿|亿|万|千|百)?")
_CN_DECIMAL_NUMBER_RE = re.compile(rf"({_CN_NUM}+)点([零〇一二三四五六七八九]+)(万亿|亿|万)?")
_CN_NUMBER_RE = re.compile(rf"({_CN_NUM}+)(万亿|亿|万)?({_CN_NUM}*)")


def parse_number(text: str) -> float | None:
    """Any number form the reports use: 23,876  1.2万  3千  三千  一千二百  8189.75."""
    text = text.strip().replace(",", "").replace(" ", "")
    if not text:
        return None
    m = _ARABIC_NUMBER_RE.fullmatch(text)
    if m:
        value = float(m.group(1))
        return _exact(value * MULTIPLIERS[m.group(2)]) if m.group(2) else value
    m = _CN_DECIMAL_NUMBER_RE.fullmatch(text)
    if m:  # 一点五亿: the whole part, then each decimal digit as written
        whole = parse_chinese_integer(m.group(1))
        if whole is None:
            return None
        value = float(f"{whole}." + "".join(str(CN_DIGITS[ch]) for ch in m.group(2)))
        return _exact(value * MULTIPLIERS[m.group(3)]) if m.group(3) else value
    m = _CN_NUMBER_RE.fullmatch(text)
    if m:
        whole = parse_chinese_integer(text)
        return float(whole) if whole is not None else None
    return None


def _exact(value: float) -> float:
    """257.4 * 1e8 is 25739999999.999996 in binary: round away the float noise."""
    return float(f"{value:.10g}") if value else 0.0


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    raw_text: str
    value: float  # in the canonical unit
    unit: str  # yuan | count | percent | percentage_point | rank | sqm | mu | usd
    unit_word: str  # the measure word as written (家, 件, 亿元, %)
    comparator: str  # eq | gte | lte | approx
    is_range: bool = False


def _unit_of(word: str) -> tuple[str, float]:
    """The canonical unit of a unit word and the factor to reach it."""
    if word in ("%",):
        return "percent", 1.0
    if word == "‰":
        return "percent", 0.1
    if word in ("个百分点", "百分点"):
        return "percentage_point", 1.0
    if word == "倍":
        return "times", 1.0  # 增长2.7倍 (a growth of 270%), 是2012年的5倍 (a ratio)
    if word.endswith("美元"):
        return "usd", MULTIPLIERS.get(word[:-2], 1.0)
    if word.startswith(("个亿", "个多亿")):  # 2个亿, 两个多亿: the spoken form of 2亿元
        return "yuan", MULTIPLIERS["亿"]
    if word.endswith("元"):
        return "yuan", MULTIPLIERS.get(word[:-1], 1.0)
    if word in ("亿", "万亿"):  # a bare 亿 is money in these reports (1.8亿)
        return "yuan", MULTIPLIERS[word]
    if word in ("平方米", "平米"):
        return "sqm", 1.0
    if word == "平方公里":
        return "sqm", 1e6
    if word == "亩":
        return "mu", 1.0
    return "count", 1.0


# a count listed beside another (一个国家级孵化器、两个国家级众创空间)
_COUNT_WORD = rf"(?:{_CN_NUM}+|[0-9]+)\s*(?:个|家|项|名|所|件)"
_COUNT_LISTED_AFTER = re.compile(rf"[^,;。]{{0,24}}?、\s*{_COUNT_WORD}")
_COUNT_LISTED_BEFORE = re.compile(rf"{_COUNT_WORD}[^,;。]{{0,24}}、\s*$")


# a verb of adding right before a count: 新增一家, 获批一个
_ADDED_BEFORE = re.compile(r"(?:新增|净增|新建|新获批|获批|新认定|增加|新设立|新引进)了?$")


# (…重点实验室一个, / 一个。: a count closing its item, no article before a noun)
_CLOSES_ITEM = re.compile(r"\s*(?:[,。;、,;)]|$)")


def _listed_with_counts(text: str, start: int, end: int) -> bool:
    return bool(
        _COUNT_LISTED_AFTER.match(text, end, end + 40)
        or _COUNT_LISTED_BEFORE.search(text, max(0, start - 40), start)
    )


# a speech's next point (再一个,…; 还有一个,众创空间): 一个 counts nothing
_ONE_MORE_THING_BEFORE = re.compile(r"(?:再|还有|另外?)$")
_PASSED_RE = re.compile(r"(?<![通经度越])过$")


_BEFORE_ENDS = tuple(word for word, _ in BEFORE_WORDS)


def _comparator(text: str, start: int, end: int, approx_suffix: bool) -> str:
    before = text[max(0, start - 4) : start]
    after = text[end : end + 3]
    if approx_suffix:
        return "approx"
    if after.startswith(APPROX_AFTER):
        return "approx"
    if after.startswith(GTE_AFTER):
        return "gte"
    if after.startswith(LTE_AFTER):
        return "lte"
    # longest word first: 不低于 is a lower bound although it ends in 低于 (and most figures
    # follow none of them: one endswith for all before the loop over each)
    for word, comparator in BEFORE_WORDS if before.endswith(_BEFORE_ENDS) else ():
        if before.endswith(word):
            return comparator
    if _PASSED_RE.search(before):
        return "gte"  # 过百亿元: over (通过10家 passes no bound)
    return "eq"


PERCENT_WORD_RE = re.compile(rf"百分之(?P<num>{NUMBER})")
# A change in tenths, as news says it: 增长两成 is +20%, 提高近三成 about +30% (成 only after a
# verb of change: 建成, 完成, 形成 are no figures)
TENTHS_RE = re.compile(
    r"(?:(?<=增长|增加|提高|提升|上升|下降|减少|降低)|(?<=增长了|增加了|提高了|提升了|上升了|下降了))"
    r"(?P<about>近|超过?|逾)?(?P<num>[一两二三四五六七八九])成(?P<more>以上|多|左右)?"
    r"(?![为果立功本效交员熟型效])"
)
# …and the next of a list after one (分别增长了三成和两成多: the second without its verb)
_NEXT_TENTHS_RE = re.compile(
    r"(?:、|和|及)(?P<about>近|超过?|逾)?(?P<num>[一两二三四五六七八九])成(?P<more>以上|多|左右)?"
    r"(?![为果立功本效交员熟型效])"
)
_TENTHS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
# Growth written as a word: 翻番/翻一番 is +100%, 翻两番 +300% (doubling twice).
DOUBLING_RE = re.compile(r"翻了?(?:一|1)?番|翻了?(?P<times>两|二|三|2|3)番")
_DOUBLINGS = {None: 1, "两": 2, "二": 2, "2": 2, "三": 3, "3": 3}


def _tenths(text: str) -> list[re.Match[str]]:
    """Every change in tenths, with the ones listed after one (三成和两成多)."""
    out = []
    for m in TENTHS_RE.finditer(text):
        out.append(m)
        while (m := _NEXT_TENTHS_RE.match(text, m.end())) is not None:
            out.append(m)
    return out


# A bare number listed before a figure shares its unit: 29.92、29.64、33.57亿元.
_BARE_BEFORE_RE = re.compile(rf"({_AR_NUM})(?:、|和)$")
_AR_NUM_RE = re.compile(_AR_NUM)


def find_quantities(text: str) -> list[Quantity]:
    """Every figure with a unit in text, in order of appearance."""
    return list(_quantities(text))


@lru_cache(maxsize=4096)
def _quantities(text: str) -> tuple[Quantity, ...]:
    # a sentence is read as itself and again as the next one's predecessor: parse it once
    out = _numeric_quantities(text)
    if "亿" in text and "万元" in text:
        out = _hundred_millions_and_ten_thousands(out)
    out += _shared_units(text, out)
    # (each scan below only over a text holding what every match of it holds: 百分之, a
    # decimal point, 亿元, 翻)
    for m in PERCENT_WORD_RE.finditer(text) if "百分之" in text else ():
        # 百分之二点一: a percentage written out, the way speeches and news transcripts say it
        value = parse_number(m.group("num"))
        if value is not None:
            comparator = _comparator(text, m.start(), m.end(), False)
            out.append(Quantity(m.start(), m.end(), m.group(0), value, "percent", "%", comparator))
    for m in _BARE_PERCENT.finditer(text) if "." in text else ():
        # 同比增长26.75, 占GDP比重达1.91: a rate whose % sign the page lost
        start = m.start("num")
        if not any(q.start <= start < q.end for q in out):
            value = float(m.group("num"))
            comparator = _comparator(text, start, m.end(), False)
            out.append(Quantity(start, m.end(), m.group("num"), value, "percent", "", comparator))
    for m in _PASSED_A_ROUND_SUM_RE.finditer(text) if "亿元" in text else ():
        # 研发投入过亿元: a sum named by its unit alone, passed
        if not any(q.start <= m.start() < q.end for q in out):
            out.append(Quantity(m.start(), m.end(), m.group(0), 1e8, "yuan", "元", "gte"))
    for m in _PASSED_TEN_THOUSAND_RE.finditer(text) if "万" in text else ():
        # 高新技术企业超万家, 近万件: ten thousand passed or neared, the numeral left out
        if not any(q.start <= m.start() < q.end for q in out):
            comparator = "approx" if text[m.start() - 1] == "近" else "gte"
            out.append(Quantity(m.start(), m.end(), m.group(0), 1e4, "count", m.group(1),
                                comparator))  # fmt: skip
    for m in _tenths(text) if "成" in text else ():
        about, more = m.group("about"), m.group("more")
        comparator = (
            "approx" if about == "近" or more == "左右" else "gte" if about or more else "eq"
        )
        start = m.start("num") if about is None else m.start("about")
        out.append(Quantity(start, m.end(), text[start : m.end()], 10.0 * _TENTHS[m.group("num")],
                            "percent", "成", comparator))  # fmt: skip
    for m in DOUBLING_RE.finditer(text) if "翻" in text else ():
        growth = 100.0 * (2 ** _DOUBLINGS[m.group("times")] - 1)
        comparator = "gte" if text[m.end() : m.end() + 2] in ("以上", "多") else "eq"
        out.append(Quantity(m.start(), m.end(), m.group(0), growth, "percent", "翻番", comparator))
    return tuple(sorted(out, key=lambda q: q.start))


_HUNDRED_MILLION = 1e8


def _hundred_millions_and_ten_thousands(found: list[Quantity]) -> list[Quantity]:
    """12亿5千万元, 1亿2000万元: a sum spoken in two parts is one amount, not two."""
    out: list[Quantity] = []
    for q in found:
        before = out[-1] if out else None
        if (
            before is not None
            and before.end == q.start
            and before.unit == q.unit == "yuan"
            and before.unit_word == "亿"
            and q.raw_text.endswith("万元")
            and q.value < _HUNDRED_MILLION
        ):
            out[-1] = replace(
                before, end=q.end, raw_text=before.raw_text + q.raw_text,
                value=before.value + q.value, unit_word="亿元",
            )  # fmt: skip
            continue
        out.append(q)
    return out


# 过亿元, 超亿元, 破亿元: a hundred million passed, the numeral left out
_PASSED_A_ROUND_SUM_RE = re.compile(r"(?<=[过超破逾])亿元")
# …and ten thousand things passed or neared (超万家, 破万件, 近万名): not 万家 alone (千家万户)
_PASSED_TEN_THOUSAND_RE = re.compile(r"(?<=[过超破逾近])万(家|件|个|项|户|名|人)")
# A rate or share written without its % sign, a decimal number closing its clause right after
# the word that makes it one (同比增长26.75, 占GDP比重达1.91, 投入强度为2.35).
_BARE_PERCENT = re.compile(
    r"(?:增长|增速|增幅|比重|占比|强度)(?:达到|达|为|是)?\s*(?P<num>[0-9]+\.[0-9]+)"
    r"(?=\s*(?:[,;。)]|$))"
)


# A count written without its measure word, ending its clause after a verb of reaching:
# 高新技术企业突破300, 每万人口发明专利拥有量达到12.2. Years and dates are no counts.
_BARE_COUNT = re.compile(
    r"(?:达到|达|突破|超过|增至|增加到|增长到|提高到|提升到|为)\s*(?P<num>[0-9]+(?:\.[0-9]+)?)"
    r"(?=\s*(?:[,;。、)]|$))"
)


def bare_counts(text: str, found: Sequence[Quantity]) -> list[Quantity]:
    """Counts whose measure word the writer left out (the caller decides whose they are)."""
    out = []
    for m in _BARE_COUNT.finditer(text):
        start, end = m.start("num"), m.end("num")
        number = m.group("num")
        if any(q.start <= start < q.end for q in found):
            continue
        if len(number) == 4 and number[:2] in ("19", "20"):
            continue  # 达到2025: a year
        out.append(Quantity(start, end, number, float(number), "count", "", "eq"))
    return out


def _shared_units(text: str, found: list[Quantity]) -> list[Quantity]:
    """Bare numbers listed before a figure, with the figure's unit (29.92、29.64、33.57亿元)."""
    out = []
    for q in found:
        if q.is_range or not q.raw_text[:1].isdigit():
            continue
        if text[q.start - 1 : q.start] not in ("、", "和"):
            continue  # no bare number ends right before it (most figures)
        number_end = q.start + len(_AR_NUM_RE.match(q.raw_text).group(0))
        written = parse_number(text[q.start : number_end])
        if not written:
            continue  # 0家: no factor to share
        factor = q.value / written
        pos = q.start
        # (a bare number ends right before 、 or 和: only then is the search worth it)
        while (
            text[pos - 1 : pos] in ("、", "和")
            and (bare := _BARE_BEFORE_RE.search(text, 0, pos)) is not None
        ):
            start = bare.start(1)
            if start > 0 and (text[start - 1].isdigit() or text[start - 1] in ".第"):
                break
            value = parse_number(bare.group(1))
            if value is None:
                break
            out.append(Quantity(start, bare.end(1), bare.group(1), _exact(value * factor),
                                q.unit, q.unit_word, "eq"))  # fmt: skip
            pos = start
    return out


def _minus_before(text: str, start: int) -> bool:
    """A minus sign right before the figure at start, not a dash between two figures
    (10%-15%, 2020-2022, 第3-5位)."""
    return text[start - 1 : start] in ("-", "−") and not _FIGURE_END_RE.match(
        text[start - 2 : start - 1]
    )


_FIGURE_END_RE = re.compile(r"[0-9A-Za-z%.)]")


def _numeric_quantities(text: str) -> list[Quantity]:
    out: list[Quantity] = []
    for m in QUANTITY_RE.finditer(text):
        num_text = m.group("num")
        # a Chinese numeral glued to a word is a word (一流, 十四五): only take it before a unit
        is_range = m.group("num2") is not None
        if is_range and num_text[-1] not in MULTIPLIERS_CHARS:
            # 100~300万元: the upper end's multiplier applies to both ends; the lower bound stands
            upper = m.group("num2")
            num_text += upper[len(upper.rstrip("万亿千百")) :]
        value = parse_number(num_text)
        if value is None:
            continue
        unit_word = m.group("unit")
        unit, factor = _unit_of(unit_word)
        if "亿" in num_text and (unit_word or "").startswith("万") and not num_text[0].isdigit():
            # 四亿三千万元: the 万 of the unit word closes the numeral, it multiplies its tail
            whole = parse_chinese_integer(num_text + "万")
            if whole is not None:
                value, factor = float(whole), factor / MULTIPLIERS["万"]
        if text[max(0, m.start() - 1) : m.start()] == "第":  # 第三批 is an ordinal
            continue
        if num_text == "一" and _ONE_MORE_THING_BEFORE.search(
            text, max(0, m.start() - 3), m.start()
        ):
            continue  # 再一个, 还有一个: one more point of a speech, no count
        if (
            num_text == "一"
            and not is_range
            and not _listed_with_counts(text, m.start(), m.end())
            and not _ADDED_BEFORE.search(text, max(0, m.start() - 4), m.start())
            and not (
                _CLOSES_ITEM.match(text, m.end())
                and unit == "count"
                and text[m.start() - 1 : m.start()] != "各"  # (一二等奖各一项: each of a list)
            )
        ):
            # 一家企业, 一个平台: an article, not a count (一个X、两个Y lists counts; 新增一家
            # counts what was added)
            continue
        spoken_more = (unit_word or "").startswith("个多")  # 两个多亿: over two hundred million
        approx = bool(m.group("approx") or m.group("approx2")) or spoken_more
        comparator = "gte" if is_range else _comparator(text, m.start(), m.end(), approx)
        if m.group("approx2") == "多" or m.group("approx") in ("多", "来", "几") or spoken_more:
            comparator = "approx"
        start, raw = m.start(), m.group(0)
        if unit == "percent" and not is_range and _minus_before(text, start):
            # 同比增长分别为20.6%、3.7%、-23.7%: a rate written with its sign is a fall
            start, raw, value = start - 1, text[start - 1] + raw, -value
        out.append(
            Quantity(
                start=start,
                end=m.end(),
                raw_text=raw,
                value=_exact(value * factor),
                unit=unit,
                unit_word=unit_word,
                comparator=comparator,
                is_range=is_range,
            )
        )
    return _ranges_joined(text, out) if len(out) > 1 else out


# the dash of a range written with its unit at both ends (增长10%—12%, 8家至10家)
_RANGE_DASH_RE = re.compile(r"\s*(?:—{1,2}|–|~|～|-|至|到)\s*")


def _ranges_joined(text: str, found: list[Quantity]) -> list[Quantity]:
    """A range whose ends each carry the unit (10%—12%) is one figure, its lower end a bound,
    as one written 10—12% is: its upper end is no figure of the next name."""
    out: list[Quantity] = []
    for q in found:
        last = out[-1] if out else None
        if (
            last is not None
            and not last.is_range
            and last.unit == q.unit
            and last.unit_word == q.unit_word
            and q.value > last.value
            and _RANGE_DASH_RE.fullmatch(text, last.end, q.start)
        ):
            out[-1] = replace(
                last, end=q.end, raw_text=text[last.start : q.end], comparator="gte", is_range=True
            )
            continue
        out.append(q)
    return out


@dataclass(frozen=True)
class Rank:
    start: int
    end: int
    raw_text: str
    value: int


def find_ranks(text: str) -> list[Rank]:
    """第三位, 第1, 首位, 第一名: every rank in text (the caller decides which are standings)."""
    out = []
    if "第" not in text and "首" not in text:
        return out  # (every rank says 第 or 首: most sentences, none)
    for m in RANK_RE.finditer(text):
        if m.group("first"):
            out.append(Rank(m.start(), m.end(), m.group(0), 1))
            continue
        value = parse_number(m.group("rnum"))
        if value is None or value != int(value) or not 1 <= value <= 1000:
            continue
        out.append(Rank(m.start(), m.end(), m.group(0), int(value)))
    return out
