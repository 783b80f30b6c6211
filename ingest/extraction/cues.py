"""The words around a figure that tell what it is: connectors, scope, measure, kind, year.

Word lists and small pure functions over a sentence's text;
``ingest.extraction.attribution`` uses them
to decide which indicator, measure, year and kind a figure has.
"""

from __future__ import annotations

import re

# Words that may stand between an indicator and its figure without changing the subject.
CONNECTORS = sorted(
    {
        "总数", "总量", "数量", "累计", "新增", "净增", "新认定", "认定", "新备案", "备案",
        "新培育", "培育", "新建", "建成", "建设", "组建", "新组建", "获批", "新获批", "入库",
        "评价", "通过", "登记", "成交", "实现", "完成", "共计", "合计", "总计", "全年",
        "全市", "我市", "全县", "我县", "全区", "我区", "其中", "分别为", "分别达到", "分别达",
        "分别", "达到", "达", "为", "是", "有", "拥有", "已", "超过", "突破", "约", "近",
        "预计", "同比", "比增", "增长", "增加", "较上年", "比上年", "上年", "较", "和", "及",
        "与", "企业", "的", "年度", "年末", "年底", "目标", "力争", "确保", "争取", "到",
        "至", "提高", "提升", "保持", "稳定在", "在", "以上", "总额", "金额", "额", "支出",
        "投入", "经费", "资金", "数", "量", "发放", "放款", "贷款额", "贷款", "授信", "申请",
        "授权", "入围", "获得", "获", "荣获", "新", "共", "总", "年", "有效期内", "创办",
        "以多种形式", "选认", "选派", "入选", "列入", "被", "全社会", "各类", "备案企业",
        "备案数", "首次", "连续", "均", "增幅", "增速", "比重", "占比", "达成", "突破了",
        "新设立", "设立", "引进", "新引进", "培养", "立项", "实施", "组织实施", "建立",
        "新建立", "首批", "等", "家", "个", "项", "件", "名", "人", "亿元", "万元", "元",
        "上升", "增", "其", "规模", "总体", "新晋", "晋级", "升级", "获评", "评为", "全省",
        "再", "又", "持续", "进一步", "全年共", "今年", "去年", "上年末", "年初", "各", "增量",
        "年均", "分别增长", "合同", "放款额", "发放贷款", "不少于", "不低于", "不超过", "超",
        "以内", "以下", "左右", "达到了", "实现了", "完成了", "从", "由",
    },
    key=len,
    reverse=True,
)  # fmt: skip
_CONNECTOR_RE = re.compile("|".join(re.escape(w) for w in CONNECTORS))
_PAREN_RE = re.compile(r"\([^()]{0,30}\)|“|”|\"|‘|’|《|》|「|」")
_DATE_RE = re.compile(r"(?:19|20)[0-9]{2}年(?:度|底|末|上半年|全年)?|[0-9]{1,2}月(?:[0-9]{1,2}日)?")
_FIGURE_RE = re.compile(
    r"[0-9][0-9.,]*(?:万亿|亿|万|千)?(?:%|元|万元|亿元|个百分点|[家个件项名人组笔次])?"
)
CJK_RE = re.compile(r"[\u4e00-\u9fff]")

# Scope words: 国家级, 省级, 省级及以上 …  A lone 省/市 counts unless it is part of 全市, 我市…
QUALIFIER_RE = re.compile(
    r"(?P<q>国家级|国家|省部级以上|省级及以上|省级以上|省市级|省级|市级及以上|市级以上|市级|"
    r"县级|区级|(?<![全我本城该各县区州盟此])省|(?<![全我本城该各县区州盟此城])市)$"
)
QUALIFIER_PAIR_RE = re.compile(r"(?P<a>国家|省|市)(?:级)?[、和及与](?P<b>省|市|县)级$")
QUALIFIER_IN_GAP_RE = re.compile(r"国家级|国家|省级及以上|省级以上|省部级以上|省市级|省级|市级")
QUALIFIER_STRIP_RE = re.compile(
    r"国家级|国家|省部级|省级及以上|省级以上|省市级|省级|市级及以上|市级以上|市级|县级|区级|省|市"
)
QUALIFIER_CANON = {
    "国家": "国家级", "国家级": "国家级", "省": "省级", "省级": "省级", "省部级以上": "省级及以上",
    "省级以上": "省级及以上", "省级及以上": "省级及以上", "省市级": "省市级", "市": "市级",
    "市级": "市级", "市级以上": "市级及以上", "市级及以上": "市级及以上", "县级": "县级",
    "区级": "区级", "县": "县级",
}  # fmt: skip

INCREMENT_WORDS = ("新增", "净增", "新认定", "新备案", "新培育", "新建", "新组建", "组建", "新获批",
                   "新引进", "新登记", "新入库", "新晋", "新设立", "新建立", "增加")  # fmt: skip
LEVEL_WORDS = ("总数", "总量", "累计", "达到", "拥有", "达", "共有", "总计", "合计", "有效期内",
               "增加到", "增长到", "提高到", "提升到", "增至")  # fmt: skip
GROWTH_RE = re.compile(r"(增长|比增|增幅|增速|同比|提高|提升|上升|增加|增|下降|减少)[^,;]{0,6}$")
DECLINE_RE = re.compile(r"(下降|减少)[^,;]{0,6}$")
SHARE_RE = re.compile(r"(占[^,;]{0,16}|比重|占比)[^,;]{0,6}$")
SHARE_GROWS_RE = re.compile(r"(比重|占比|强度)[^,;]{0,3}(增长|比增|提高|提升)[^,;]{0,3}$")
ECONOMY_SHARE_RE = re.compile(r"占[^,;]{0,10}(GDP|生产总值|增加值|工业)")
RANK_CONTEXT_RE = re.compile(r"(居|排|列|位|保持|为|领先|获|夺得)[^,;]{0,10}$")
TARGET_WORDS = ("力争", "确保", "目标", "预期", "争取达到", "计划到", "规划")
APPROX_IN_CLAUSE_RE = re.compile(r"预计|约|近")
COMPLETION_RE = re.compile(r"(完成[^,;]{0,12}的|完成率|达成率|完成年度[^,;]{0,10})$")
RANGE_START_RE = re.compile(r"[从由][^,;]{0,12}$")
RANGE_NEXT_RE = re.compile(r"^(?:增长|提高|提升|增加|上升)?(?:到|至)")
FOREIGN_SUBJECT_RE = re.compile(
    r"(全省|全国|全球|省内|国内|自创区|高新区|开发区|经开区|示范区|园区)"
)
COMPARISON_BEFORE_RE = re.compile(r"(占|居|位居|排|列|超过|高于|低于|领先)[^,;]{0,8}$")
BENEFICIARY_AFTER_RE = re.compile(r"(获得|获|享受|得到|申报享受|申请|参加|参与)")
OBJECT_BEFORE_RE = re.compile(r"(为|向|对|给|帮助|支持|服务|组织|带动|引导|推动|指导)$")
# The figure names what follows it: 37家市级科技小巨人领军企业, 300名以上省级科技特派员
NAMES_FOLLOWING_RE = re.compile(
    r"(?:以上|左右)?(?:的)?(?:国家级|国家|省级及以上|省级以上|省市级|省级|省|市级|市)?(?:的)?"
)
# …or is what a verb puts into it: 3家企业被列入…新型研发机构, 8个项目成果荣获…科学技术奖
JOINS_FOLLOWING_RE = re.compile(
    r"(?:企业|单位|机构|项目成果|项目|成果)?(?:被)?"
    r"(?P<verb>列入|入选|获批|认定为|评为|获评|纳入|成为|入围|荣获|获得|获)[^,;。]{0,8}"
)
AWARD_VERBS = ("荣获", "获得", "获")
THRESHOLD_AFTER_RE = re.compile(r"(?:以上|以下|及以上)?(?:的)?[\u4e00-\u9fff]")
NOT_THRESHOLD_AFTER_RE = re.compile(
    r"(?:以上|以下)?(?:,|。|;|、|$|左右|的规模|增长|同比|比增|占|居)"
)
LIST_SEPARATOR_RE = re.compile(r"(?:、|和|及|与)")
MENTION_LIST_SEPARATOR_RE = re.compile(r"(?:、|和|及|与|以及)(?:国家级|国家|省级|省|市级|市)?")
EACH_BEFORE_RE = re.compile(r"各[^,;]{0,3}$")
# a year of its own: not the start of a range (2018-2020年), not 2019年以来
YEAR_RE = re.compile(r"(?<![0-9~\-—])((?:19|20)[0-9]{2})年(?!以来|前|之前|[0-9]|度?[~\-—至到])")
YEAR_EXCLUDE_BEFORE = ("比", "较", "于", "同")
LAST_YEAR_RE = re.compile(r"(上年末|上年底|去年底|去年末|截至去年|截至上年)")


def clause_start(text: str, pos: int) -> int:
    """Where the comma clause holding pos begins."""
    return max(text.rfind(c, 0, pos) for c in ",;:") + 1


def clause_head(text: str, pos: int) -> str:
    return text[clause_start(text, pos) : pos]


_CONNECTOR_RUN = "(?:" + "|".join(re.escape(w) for w in CONNECTORS if len(w) > 1) + ")+"
_EDGE_CONNECTORS_RE = re.compile(f"^{_CONNECTOR_RUN}|{_CONNECTOR_RUN}$")


def context_before(text: str, pos: int) -> str:
    """The words right before a figure, less verbs like 达到 or 比增: what it seems to count."""
    head = _PAREN_RE.sub("", _FIGURE_RE.sub("", clause_head(text, pos)))
    head = head.rsplit("、", 1)[-1].strip(' “”"') or head  # the last listed item
    noun = _EDGE_CONNECTORS_RE.sub("", head).strip(' 、“”"')
    return (noun or head)[-10:]


def is_connector_gap(gap: str) -> bool:
    """True when the words between an indicator and a figure leave the subject unchanged."""
    if re.search(r"[;。!?]", gap):
        return False
    gap = _FIGURE_RE.sub("", _DATE_RE.sub("", _PAREN_RE.sub("", gap)))
    gap = _CONNECTOR_RE.sub("", gap)  # before scope words: 我市 is not 市级
    gap = _CONNECTOR_RE.sub("", QUALIFIER_STRIP_RE.sub("", gap))
    return not CJK_RE.search(gap) and not re.search(r"[A-Za-z0-9]", gap)


def without_own_qualifier(gap: str) -> str:
    return re.sub(r"(其中)?(国家级|国家|省级|省|市级)", "", gap)


def without_relative_words(gap: str) -> str:
    """The gap before a rate or rank, less the words that introduce one (占…比重, 居全省)."""
    gap = re.sub(r"占[^,;]{0,16}(比重|比例)?", "", gap)
    gap = re.sub(r"(连续)?[0-9一二三四五六七八九十]+年", "", gap)
    gap = re.sub(r"(全省|全国|全市|同类|地市|设区市|[\u4e00-\u9fff]{2}(?=第))", "", gap)
    gap = re.sub(r"(赶超|超过|超越)[\u4e00-\u9fff]{1,4}(?=,|居|位|排)", "", gap)
    # 遥居南通第一, 位居福建省首位: the place after the verb is the field ranked in
    gap = re.sub(r"(遥居|位居|稳居|居|排名|排|位列|列|均为|为|保持)[\u4e00-\u9fff]{0,6}$", "", gap)
    return re.sub(
        r"(居|位居|排名|排|列|位列|保持|稳居|均为|为|领先|遥居|首次实现|实现|均|数)", "", gap
    )


def qualifier_before(text: str, pos: int) -> list[str]:
    """Scope words (国家级, 省级, 省、市级 …) right before pos: [], [q] or the pair's two."""
    head = text[max(0, pos - 8) : pos]
    pair = QUALIFIER_PAIR_RE.search(head)
    if pair:
        return [QUALIFIER_CANON[pair.group("a")], QUALIFIER_CANON[pair.group("b")]]
    m = QUALIFIER_RE.search(head)
    return [QUALIFIER_CANON[m.group("q")]] if m else []


def count_measure(segment: str) -> str | None:
    """increment (新增47家) or level (总数达189家): the last such word before the figure wins."""
    best: str | None = None
    best_pos = -1
    for w in INCREMENT_WORDS:
        p = segment.rfind(w)
        if p > best_pos:
            best, best_pos = "increment", p
    for w in LEVEL_WORDS:  # on a tie (增加到 ⊃ 增加) the level word wins
        p = segment.rfind(w)
        if p >= best_pos and p >= 0:
            best, best_pos = "level", p
    return best


def explicit_year(head: str) -> int | None:
    """The last year named before a figure in its sentence (比2015年 is a base, not a year)."""
    found = None
    for m in YEAR_RE.finditer(head):
        if head[max(0, m.start() - 1) : m.start()] in YEAR_EXCLUDE_BEFORE:
            continue
        found = int(m.group(1))
    return found
