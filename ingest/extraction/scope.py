"""Whose figure it is: the issuer's, or another place's, a sub-area's, an application's, a
renewal's, a comparison's, a sum over several years.

Another place counts when it is the subject of the figure's clause (全省共有…, 高新区新增…), or of
an earlier clause a subjectless or elliptic clause goes on from (自创区实现…;新增…); not when it is
a yardstick (居全省第二, 占全省30%), a level (云南省重点实验室), a name (“吉林一号”) or an
organisation's (紫云县畜牧服务中心).
"""

from __future__ import annotations

import re

from ingest.document.gazetteer import Mention as PlaceMention
from ingest.document.year_phrases import numbered_period
from ingest.document.zones import ZONE_KINDS
from ingest.extraction import grammar
from ingest.extraction.dating import (
    GOAL_BESIDE_RESULT_RE,
    PERIOD_END_RE,
    YEAR_RE,
    before_last_year,
    has_target_word,
)
from ingest.extraction.numbers import Quantity, find_quantities
from ingest.extraction.sentence import SET_ASIDE_RE, Token
from ingest.extraction.walk import (
    COMPARED_BEFORE,
    COUNTS_ITEMS_RE,
    QUOTED_RE,
    RANGE_NEXT_AFTER_LIST_RE,
    RANGE_START_RE,
    SINCE_YEAR_RE,
    THEIRS_RE,
    YARDSTICK_AFTER_RE,
    YEAR_RANGE_RE,
    DocContext,
    PlaceSpan,
    Rules,
    Walk,
    counts_items_just_given,
    is_completion_rate,
    listed_with,
    occurrences,
    recent_span_listed,
)

ADMIN_SUFFIXES = frozenset("省市县区州旗盟")
# a renewal's words, one scan for them all
# a yardstick an average gives (全省平均水平, 全国均值)
_AVERAGES = ("平均水平", "平均值", "平均数", "均值", "平均")
# the occasion a clause opens on (此次, 本批次, 该轮): the place after it is the subject
_OCCASION_RE = re.compile(r"(?:此|本|这|该)(?:次|批次?|轮|届)")
_COMPARED_RE = re.compile(r"高于|低于|超过|超出|快于|慢于|相比|对比|较")
# a headline's place before its colon: within the first characters, after a bullet
_HEADLINE_PLACE_REACH = 16
# …or a list of the issuer's parts before it (阳高县、天镇县、广灵县、灵丘县:)
_PLACES_LEAD_REACH = 48
# a place, or what it issued, saying what follows (郑州市提出, 郑州市出台的…计划明确)
_PLACE_SAYS_RE = re.compile(r"(?:提出|明确|要求|指出|部署|规定)[,:]?$|(?:提出|明确|要求|指出)[,:]")
_PLACE_THEN_SAYS_RE = re.compile(
    r"(?:[^,;。]{0,24}?的[^,;。]{0,16})?(?:提出|明确|要求|指出|部署|规定)"
)
# a label naming a group of firms or bodies (区内重点企业, 典型企业, 骨干企业情况)
_FIRMS_LABEL_REACH = 16
_FIRMS_LABEL_RE = re.compile(
    r"[\W_]*[^,;:。]{0,8}?(?:企业|公司|单位|高校|院所|机构)(?:情况|名单|代表)?"
)
# a sentence that opens on another place as its topic (全省方面, 全国层面上)
_OTHERS_TOPIC_RE = re.compile(
    r"\s*(?:从|在)?(?:全省|全国|我省|本省|省里|国家)(?:方面|层面上?|来看|看),"
)
# what a lead before a colon says it reports on (…的科技创新情况:)
_REPORTED_ON = ("情况", "数据", "成绩", "成效", "进展")
# how far into a bracket after a place's name its own figure may stand (嘉峪关市(研发投入强度2.3%))
_PLACES_BRACKET_REACH = 16
_PART_NAME = (
    rf"[\u4e00-\u9fff]{{1,8}}?(?:{'|'.join(ZONE_KINDS)}|县|区|市|旗|镇|乡|街道|苏木)"
    r"(?:\([^()]{1,10}\))?"  # (and its other name: 柳东新区(柳州高新区))
)
_PART_NAME_RE = re.compile(rf"{_PART_NAME}(?:、{_PART_NAME})*")
_BULLETS = " ▶►▸•·・*-—>【[◆■●"
# each of the issuer's parts or units: 每个县(市、区), 每个乡镇, 每家企业
_SUB_AREA_UNITS = r"县|区|旗|乡镇|乡|镇|苏木|村|街道|园区"
_PER_UNIT_RE = re.compile(rf"每(?:一)?(?:个|家|所)?(?:{_SUB_AREA_UNITS}|企业|单位|高校)")
# …or a floor set for each part, whatever the part (各县(市、区)每年至少新增…1家, 各镇街区至少
# 培育1家, 每条产业链至少组建…1个); not all kinds together (各类平台至少新增10个)
_EACH_AT_LEAST_RE = re.compile(
    r"(?:各(?![类项])|每(?:一)?(?:个|家|所|条)?)[^,;。]{0,20}?(?:至少|不少于|不低于)"
)
# Sub-areas counted as the subject, each with the figure (3个县(市)…均达到0.5%) or more of them
# to reach it (推动更多县(市、区)…突破1%): no figure of the whole
_SUB_AREAS_EACH_RE = re.compile(
    rf"(?:[0-9]+|[一二两三四五六七八九十]+)个(?:{_SUB_AREA_UNITS})[^,;。]*?[均都各]"
    # (or named first: 海沧、翔安两区…均超过30%)
    rf"|、[^,;。、]{{1,6}}(?:[0-9]+|[一二两三四五六七八九十]+)(?:{_SUB_AREA_UNITS})[^,;。]*?[均都各]"
    rf"|更多(?:的)?(?:{_SUB_AREA_UNITS})"
    # (or units of a kind: 兴澄特钢、阳光集团等10家企业…均超过3亿元)
    r"|(?:[0-9]+|[一二两三四五六七八九十]+)(?:家|所)(?:企业|单位|高校|院所|机构)[^,;。]{0,12}?[均都各]"
)
# A figure that sets a bar for the ones listed after it (强度超过1%的有仁怀市和汇川区,
# 超过2%的县区有3个)
_A_BAR_FOR_THOSE_RE = re.compile(rf"(?:以上)?的(?:(?:{_SUB_AREA_UNITS}|市|企业)+)?(?:有|是)")
# a scheme paying for the things a count counts, said right before it (共资助专利1724件, 奖补
# 企业56家); not an award won, a noun (获得国家科技奖励15项, 获批…科学技术奖励项目10项)
_PAID_FOR_BEFORE_RE = re.compile(
    r"^[^获]*(?<![技术])(?:资助|奖励|补助|补贴|兑现|奖补)了?[^,;。、]{0,12}$"
)
# a numbered heading that closes on the count of what is listed under it, in brackets
_LIST_HEADING_BEFORE_RE = re.compile(
    r"\s*(?:[一二三四五六七八九十]+、|[((][一二三四五六七八九十]+[))]|[0-9]+[.、])"
    r"[^()():,;。]{2,30}[((]"
)
_LIST_HEADING_AFTER_RE = re.compile(r"[))]\s*")
# an average per item counted (平均每项合同成交额, 单个项目平均…)
_PER_ITEM_AVERAGE_RE = re.compile(r"(?:平均)?每(?:一)?(?:项|份|笔|件)|平均每(?:一)?(?:个|家)")
_RENEWAL_RE = re.compile("|".join(map(re.escape, grammar.RENEWAL_WORDS)))
_APPLICATION_RE = re.compile("|".join(map(re.escape, grammar.APPLICATION_WORDS)))
_YEAR_AT = re.compile(r"(?:19|20)[0-9]{2}\s*年")
_LOCATIVE = ("在", "于")
# the base of a comparison with the same part of the year before (较去年同期的…, 上年同期为…)
_SAME_PERIOD_BASE_RE = re.compile(r"(?:去年|上年|上一年)同期(?:的|为|是)?$")
# …and any count or sum of that period or measured from it (去年同期全市专利授权为2011件,
# 入库数量较去年同期增加57家): no year's figure either
_SAME_PERIOD_SAID_RE = re.compile(r"(?:去年|上年|上一年)同期[^,;。0-9]{0,12}$")
# …said as what the part of the year a figure stands in is compared with (1—6月,…; 一季度,…;
# 今年以来,…), or as the time a clause after that part opens on (上半年,…;上年同期,全市…为9514件;
# in a year's report, 去年同期,全市…为86亿元 is last year's figure)
_PART_OF_A_YEAR_RE = re.compile(
    r"上半年|前三季度|[一二三]季度|[0-9]{1,2}\s*[—–~\-至到]\s*[0-9]{1,2}\s*月|截[至止][0-9]{1,2}月|今年以来"
)
_SAME_PERIOD_OPENS_RE = re.compile(r"\s*(?:去年|上年|上一年)同期\s*[,:]")
# the share of the issuer's whole a figure makes, said right after it
_SHARE_OF_A_WHOLE_NEXT_RE = re.compile(
    # (of the same things, not of the economy: 占全市生产总值的0.74% is an intensity)
    r"(?:以上|左右|余)?\s*,\s*(?:约|约为)?占(?P<whole>全[市区县州盟旗])(?:总数|总量|总额)?的?\s*"
    r"(?:[0-9]|[一二三四五六七八九十半两]+(?:分之|成))"
)
# The time a figure is of, as a bulletin says it: one month or one quarter alone (8月份, 6月当月,
# 本月, 四季度), or a stretch of the year or a date (1—8月, 截至8月底, 前三季度, 今年以来, 全年,
# 2023年); the last said before a figure governs it
_PERIOD_SAID_RE = re.compile(
    r"(?P<single>(?<![0-9—–~\-至到])(?:[2-9]|1[0-2])\s*月(?:份|当月)|当月|本月|当季"
    r"|(?<![前第一])[二三四]季度|第[二三四]季度)"
    r"|[0-9]{1,2}\s*[—–~\-至到]\s*[0-9]{1,2}\s*月|截[至止]|以来|前三季度|上半年|全年|年[底末]"
    r"|(?:19|20)[0-9]{2}\s*年"
)
# a bracket that leaves out a part of the whole, up to where a place is named in it
_EXCLUDED_IN_BRACKETS_RE = re.compile(r"\((?:不含|不包括|不计|除|扣除)[^()]*$")
# words that describe a place before its name: a relative clause (相邻的, 一江之隔的) or a title
# (省会, 邻市, 隔壁的)
_PLACE_DESCRIBED_RE = re.compile(r"[^,;:。的0-9]{1,8}的|省会|首府|邻市|邻县|邻近")
# a place described as another's neighbour (与绵阳相邻的德阳市, 同我县接壤的…)
_NEIGHBOUR_OF_RE = re.compile(r"[^,;:。的0-9]{1,8}?(?:相邻|接壤|毗邻|相连|交界)的")
# a clause opening on a comparison (比全省同期平均水平高出…): the place is its yardstick
_COMPARED_WITH = ("比", "较", "与", "同", "高于", "低于", "超过", "相比")
# The verbs of a standing among the places of an area (全省排名…, 全省位列…)
_RANKED_AMONG = ("排名", "排位", "排在", "位列", "位居", "名列", "居第", "排第")
# …or the area's units counted, then the standing among them (全省17个市州中居第3位)
_UNITS_RANKED_AMONG_RE = re.compile(
    r"(?:[0-9]+|[一二三四五六七八九十]{1,3})个?[^,;。0-9]{1,10}?[中里][^,;。]{0,4}?"
    r"(?:居|位居|位列|排名|排在|排|列|名列|稳居)(?:第|首|末|前)"
)
# A town, township or subdistrict by its name (胡埭镇, 马山街道): below any issuer, a sub-area.
# Not a kind of them (城镇, 乡镇, 特色小镇, 重点镇, 中心镇) nor 全镇, 各乡镇.
_SUB_COUNTY_RE = re.compile(
    r"(?![各全本我该每])(?!(?:特色小|重点|中心|建制|城|乡|村|集)[镇乡])"
    r"[\u4e00-\u9fff]{2,3}?(?:镇|乡|街道)(?![镇村长政企域])"
)
# 比2012年增加, 较2015年增长, 与2016年相比提高 right before the figure
_BASE_YEAR_BEFORE = re.compile(
    r"(?:比|较|与|同)\s*((?:19|20)[0-9]{2})\s*年(?:底|末)?(?:相比|比)?,?"
    r"(?:增加|增长|提高|提升|新增|净增|多|翻了?)了?\s*$"
)


def _own_at(walk: Walk, start: int, end: int) -> bool:
    """Do [start, end) lie inside one of the issuer's own names as written there (荆门高新区,
    高新区, 园区 in a zone's own text)?"""
    text = walk.text
    for name in walk.ctx.own_names:
        at = text.find(name, max(0, end - len(name)), start + len(name))
        while at != -1 and at <= start:
            if at + len(name) >= end:
                return True
            at = text.find(name, at + 1, start + len(name))
    return False


# what joins two names of one subject (广州开发区、黄埔区…; 黄埔区和广州开发区…), after the
# rest of the first name (开发区 of 广州开发区)
# (no figure between: 麒麟区612件、曲靖经开区455件 lists items, each with its own)
_JOINED_NAMES_RE = re.compile(r"[^\s、和与及,;。:()0-9]{0,6}?\s*[、和与及]\s*")


# …and what joins the issuer's own name, before, to the place right after it
_JOINED_AFTER_OWN_RE = re.compile(r"\s*[、和与及]\s*[^\s、和与及,;。:()]{0,6}")


# each place with its own figure: 各有, 各自, 各10家 (not 各类, 各级: every kind of them)
_EACH_ITS_OWN_RE = re.compile(r"各(?:有|自|[0-9一二三四五六七八九十两])")


def _listed_with_own(walk: Walk, start: int, end: int) -> bool:
    """Is the place at [start, end) listed with one of the issuer's own names, the two the
    subject of the clause (广州开发区、黄埔区科技创新投入…, one administration with two
    names)? Not when the sentence gives each its own figure (…分别达到…)."""
    text = walk.text
    if "分别" in text[end:] or _EACH_ITS_OWN_RE.search(text, end, walk.s.clause_end(end)):
        return False
    after = _JOINED_NAMES_RE.match(text, end)
    if after and any(text.startswith(name, after.end()) for name in walk.ctx.own_names):
        return True
    before = text[max(0, start - 12) : start]
    return any(
        _JOINED_AFTER_OWN_RE.fullmatch(before, at + len(name))
        for name in walk.ctx.own_names
        for at in occurrences(before, name)
    )


def _listed_with_a_place(text: str, m: PlaceMention, mentions: list[PlaceMention]) -> bool:
    """Is the short name m listed right beside another place's name (江阴、昆山…): a place too,
    as the other is?"""
    first = m
    for o in reversed(mentions):  # (back to the list's first item)
        if o.end < first.start and text[o.end : first.start] in _PLACE_JOINERS:
            first = o
    if text[first.start - 1 : first.start] in _LOCATIVE_BEFORE:
        return False  # 在耿马、永德等县新建…: where the issuer did something
    return any(
        (o.end < m.start and text[o.end : m.start] in _PLACE_JOINERS)
        or (m.end < o.start and text[m.end : o.start] in _PLACE_JOINERS)
        for o in mentions
        if o is not m and o.places
    )


_PLACE_JOINERS = frozenset({"、", "和", "与", "及"})
_LOCATIVE_BEFORE = frozenset("在于向到赴")


def _own_in_brackets(walk: Walk, pos: int) -> bool:
    """Is the zone word ending at pos written with the issuer's name in brackets after it
    (高新区(滨江) in 滨江区's text): the issuer's own zone?"""
    found = _BRACKETED_NAME_RE.match(walk.text, pos)
    return found is not None and found.group(1) in walk.ctx.own_names


def _of_own_kind(walk: Walk, word: str) -> bool:
    """Does a self word (全市, 我区, 县本级) fit the issuer's kind? Unknown issuers: yes."""
    kind = walk.ctx.kind
    if kind is None or "本级" in word:
        return True
    said = word[1:]
    # (a 地区 calls itself 全区, but not in an autonomous region, whose 全区 is the region:
    # 阿克苏地区's 全地区 and 全区)
    return said == kind or (
        kind == "地区"
        and said == "区"
        and not any(name.endswith("自治区") for name in walk.ctx.province)
    )


# What may stand before the place a sentence opens on: a time adverbial and its comma
# (近年来,  2022年,  今年以来,), a locative (在); the place must come within the first characters.
_PEER_OPENING_RE = re.compile(r"(?:[^,;。]{0,8}(?:年|以来|来|目前|期间)[,]?)?(?:在)?")
_OPENING_CHARS = 24
# a bracket after the issuer's whole saying what it includes (全州(含塔城、阿勒泰地区))
_INCLUDED_RE = re.compile(
    r"(?:(?<=[全我本][市县区州盟旗])|(?<=全地区))[((](?:含|包括|包含)[^()()]{1,30}[))]"
)
# helping another place, and the words for the places paired with the issuer (结对四县, 对口县)
_HELP_VERB_RE = re.compile(r"(?:帮助|帮扶|协助|助力)")
_PARTNER_WORD_RE = re.compile(r"(?:结对|对口|受援|协作)[^,;。]{0,4}?(?:县|市|区|州|地区|旗)")
# a place named as whose help or guidance the issuer acted under (在苏州市的大力支持下)
_WITH_ITS_HELP_RE = re.compile(r"[^,;。]{0,12}?(?:支持|帮助|指导|带动|关心|关怀|推动|帮扶)下")
# the issuer speaking of itself (我市, 本县)
_ISSUER_SPEAKS_RE = re.compile(r"[我本](?:市|县|区|州|盟|旗)")
_FRAME_CLAUSE_CHARS = 8  # 放眼无锡, 在苏州大市范围内: a short clause that only names a place
# a part added on before the total it makes (加上第一批通过认定的8家, 连同此前的…)
_ADDED_ON_RE = re.compile(r"(?:加上|连同)[^,;。0-9]{0,20}$")
# the one ahead of the issuer and its figure: 仅次于延吉市的56家, 次于某某(21.3亿元)
_SECOND_ONLY_TO_RE = re.compile(r"(?:仅次于|次于|落后于)[^,;。0-9]{1,12}?[的(]?$")
# a comparison's base right before its figure: 相较往年累计的, 与过去的
# (not the 与 of 参与: 参与完成的2项成果)
_UNDATED_BASE_RE = re.compile(r"(?:相较|相比|较|比|(?<![参给])与)[^,;。0-9]{0,10}的$")


# a place's average named before an indicator (全省平均每万人…), and words that compare to it
_AVERAGE_AFTER_RE = re.compile(r"平均(?:水平)?(?:的)?")
_COPULA_ONLY_RE = re.compile(r"\s*(?:值)?(?:为|是|达|达到|约|约为|仅为|仅)?\s*")
_COMPARING_RE = re.compile(r"高|低|多|少|超|快|慢|差|倍|领先|落后")
# what a yardstick's 的 leads to: a figure, a part or an average of the place's (全省的1/3)
_YARDSTICK_OF_RE = re.compile(
    r"[0-9零〇一二两三四五六七八九十百千]|平均|水平|总量|总数|比重|份额|第|首|前"
)
# Contracts of one kind (技术服务类合同, 电子信息类技术合同): their figures are a part of all
# (not 各类, 多类: all of them)
_CONTRACTS_OF_A_KIND_RE = re.compile(r"[\u4e00-\u9fff]{2,10}(?<![各多])类(?:技术)?合同")
# A list of those proposed for a status, published for comment (拟认定名单, 拟入库企业), or
# still under that notice (通过审核公示期内25家)
_PROPOSED_RE = re.compile(r"拟(?:认定|入库|备案|立项|列入|推荐|支持)|公示(?:期内|期间|中)")
# …but recognised, as the clause of a figure after such a list says (…两批共新认定211家)
_RECOGNISED_RE = re.compile(r"新认定|正式认定|通过认定|认定为|新获批|获批")
# …or said right after to be still under review (尚有1家正在省科技厅审核中)
_UNDER_REVIEW_AFTER_RE = re.compile(r"[^,;。0-9]{0,3}正在[^,;。]{0,12}?(?:审核|评审|审批|公示)")
# …or the list of the proposed the figure's units are said to enter (126家企业进入…第一批拟认定
# 高新技术企业名单, 9家企业列入拟入库名单)
_ENTERS_A_PROPOSED_LIST_RE = re.compile(
    r"[^,;。]{0,12}?(?:进入|列入|入围|入选|纳入)了?[^,;。]{0,24}?" + _PROPOSED_RE.pattern
)
# …which an estimate of the year's result counts all the same (…已列入拟认定名单,预计全年新增…)
_ESTIMATED_RE = re.compile(r"预计|有望")
# a clause that honours some for their merit (表彰了…优秀…, 评选出…先进…)
_HONOURING_RE = re.compile(r"表彰|评选出?|命名")
_MERIT_RE = re.compile(r"优秀|先进|标兵|模范|十佳")
# A sentence that tells what the one who asks said, in a reply to a message or a proposal (您在
# 提案中指出,…; 来电人称,…; 网民反映…): the figures are the asker's, not the issuer's
_ASKER_SAYS_RE = re.compile(
    r"\s*(?:[^,。;]{0,4},)?(?:您|来电人|来信人|来电|网民|网友|提案人|留言人|留言|市民)"
    r"(?:在[^,。;]{0,16}?中)?所?(?:称|提到|指出|反映|认为|提出|询问|问到|说|表示|听说)"
    # (a reporter's turn at a press conference: 山西日报记者:据我了解,去年…)
    r"|\s*[^,。;:]{0,12}记者\s*[::]"
)
# …or words quoted from a proposal or a letter, wherever the sentence opens (提案中提到“…”, 在
# 建议中列举了“…”“…”)
_QUOTED_FROM_A_PROPOSAL_RE = re.compile(
    r"(?:提案|建议|议案|来信|留言|信件|意见)中?所?(?:提到|提及|列举了?|指出|反映|称|说|认为)的?"
    r"[::]?(?:“[^“”]*”[、,和及]?)*$"
)
# A sentence that puts forward what someone else advises (检查组建议…, 建议力争到2027年…, in a
# congress's or an adviser's report): the figures are the advice, not the issuer's own goals.
# 建议 is the verb here: it opens the sentence or follows who advises, and a clause follows it
# (not 意见建议, 建议办理, 建议和提案, 您提出的建议)
_ADVISED_RE = re.compile(
    r"(?:^|(?<=[,;:]))\s*(?:"
    r"[^,;:。]{0,8}?(?:组|委员会|委员|代表|专家|我们)(?:也|还|并|同时)?(?:建议|提议)"
    # (not a plan's draft putting its own goals: 建议2023年全区…主要预期目标为:…)
    r"|(?:也|还|并|同时)?(?:建议|提议)(?![^,;。]{0,30}?目标(?:为|是|:))"
    r")(?![,;:。、和及与的书案人稿]|办理|答复|意见|内容|事项)"
)
# Sub-areas named in a list that ends in their kind (远安、五峰等县…, 会泽、师宗等县), or some of
# them counted vaguely (多数县(市、区)…, 部分乡镇…), as the subject of the clause: their
# figure, not the whole's (after 在 they are where the issuer did something: 在甲、乙等区建设…)
_PLACE_WORD = r"[^\W\d_在于向到]"  # (a name's character: not where something is done)
_SOME_SUB_AREAS_RE = re.compile(
    rf"^[^在于向到,;]{{0,4}}?(?:{_PLACE_WORD}{{1,6}}(?:、{_PLACE_WORD}{{1,6}})+等"
    r"|(?:多数|大多数|大部分|部分|个别|少数|一些|不少|多个))"
    r"(?:县|区|旗|乡镇|乡|镇|苏木|县区|县市区|区县)(?:\([^()]{1,6}\))?"  # (县(市、区), 县(区))
)
_ONE_UNIT_WORDS = ("一家", "一个", "有的", "人家")  # (what _ONE_UNIT_ALONE_RE needs)
# One unit of the place alone, by name or as 一家/一个县, and what it did (许继集团一家的研发投入
# 就超过了9亿元, 一个县去年就新增高企41家, 有的企业一年就申请专利三百多件): its figure, said to
# weigh it against the whole; and another place spoken of as 人家 (跟丰城比,人家的高企…)
_ONE_UNIT_ALONE_RE = re.compile(
    r"(?:一家|一个(?:县级市|县|区|市|镇|乡|企业)|有的(?:企业|县|区|单位))[^;。]{0,16}?就"
    r"|一家(?:企业|公司)?的|(?:^|(?<=[,;:比跟和与]))人家"
)
# Several places counted as one subject with their sum or what they do together (三地高新技术
# 企业合计突破8000家, 九城市…总数超过4.5万家, 两地联合…): the group's figure, not the issuer's
_GROUP_OF_PLACES_RE = re.compile(
    r"(?<![全本我该])(?:[两二三四五六七八九十]|[2-9])(?:地|城市|省市|市|县市|县|区县|省)"
    r"(?=[^,;。]{0,20}?(?:合计|共计|总和|加起来|总数|总量|联合|共同))"
    # (places named by their one-character names: 京津冀三地, 川渝两地)
    r"|(?<=[京津冀沪苏浙皖川渝黔滇湘鄂赣粤桂闽晋陕甘宁青新藏蒙辽吉黑鲁豫琼港澳])(?:[两二三四五六七八九十])地"
)
# …and a clause that opens on such a group, or on a region of several places by its kind (九城市
# 全社会R&D经费支出…, 广佛两市高新技术企业…, “一地六县”…, 成渝地区双城经济圈…, 到2020年经济区…):
# the group is the subject of the clause and of the ones after it with none of their own
_GROUP_OPENING_RE = re.compile(
    r"[^\W\d_在于的占]{0,6}?(?:[两二三四五六七八九十]|[2-9]|1[0-9])个?"
    r"(?:地市|城市|省市|县市|市州|县区|区县|地|市|县|省)(?![\u4e00-\u9fff]?(?:级|长|委|区))"
    r"|[^\W\d_在于的占]{0,8}?(?:经济圈|经济区|经济带|城市群|都市圈|大湾区)"
)
_GROUP_NUMERALS = "两二三四五六七八九十0123456789"
# Parts named by their kind and listed (高桥街道、董公寺街道、上海路街道…), before the figures
# they take in turn (…技术合同成交额分别完成6200万元、4800万元): each part's, not the whole's
_PART_KINDS = r"(?:街道|镇|乡|苏木|园区|开发区|经开区|高新区|工业园|片区)"
_PARTS_LISTED_RE = re.compile(
    rf"[\u4e00-\u9fff]{{1,6}}?{_PART_KINDS}(?:、[\u4e00-\u9fff]{{1,6}}?{_PART_KINDS})+"
)
# A clause that breaks the whole down by a dimension (从合同类别看, 从卖方主体看, 分区域看, 按行业
# 分): the figures after it in the segment are the parts', not the whole's
_BREAKDOWN_RE = re.compile(
    r"(?:^|(?<=[,;:。]))\s*(?:[((]?[一二三四五六七八九十0-9]{1,2}[))、.]\s*)?(?:从|分|按)"
    r"[^,;:。]{0,8}?(?:类别|类型|种类|主体|领域|行业|区域|地区|县区|区县|买方|卖方|吸纳端|输出端"
    r"|结构|分布|构成|来源|性质)(?:来|上)?(?:看|分析|划分|分)[,:]"
)
# a clause of time alone (截至2023年底, / 2022年, / 今年以来,)
_TIME_CLAUSE_RE = re.compile(
    r"\s*(?:截[至止][^,;:。]{0,12}?|(?:19|20)[0-9]{2}年[^,;:。]{0,4}?|今年以来|目前|当前)\s*[,,]\s*"
)
_SOME_WORDS = ("等", "数", "部分", "些", "个", "少")  # (what _SOME_SUB_AREAS_RE needs)
# a figure in a clause that describes units by a bar they clear (上年度研发投入超过200万元、且…
# 不低于5%的企业; 研发投入占比3%以上的企业达120家)
_A_BAR_OF_THE_UNITS_RE = re.compile(
    r"(?:以上|以下|及以上)?(?:[、,]?且[^,;。]{0,30}?)?的[^,;。的]{0,8}?(?:企业|单位|机构|项目|团队|个人|高校)"
)
# a place handing a quota down (下达, 分解给)…
_HANDS_DOWN = r"(?:下达|分解|下发|交给|核定)(?:给|到)?"
# …to the issuer (安庆市下达我市…, 省里分解给我县…)
_ASSIGNED_TO_THE_ISSUER_RE = re.compile(
    _HANDS_DOWN + r"(?:我|本)(?:市|县|区|旗)"
    # (as speech says it: 长沙市给我们下达的…任务是80亿元)
    r"|给(?:我们|我市|我县|我区|我旗)(?:下达|分解|下发|定)"
)
# …or to the issuer by its own name (天水市下达麦积区…目标为1.1%)
_HANDS_DOWN_RE = re.compile(_HANDS_DOWN)
# a difference before the figure (超出200家, 高于全省0.3), not a level; 不低于 bounds one
_DIFFERENCE_BEFORE_RE = re.compile("(?<!不)(?:" + "|".join(grammar.DIFFERENCE_BEFORE) + ")了?$")
# …the yardstick's own figure in brackets between (高于全省平均水平(12.17件)7.06件)
_PAST_A_YARDSTICKS_FIGURE_RE = re.compile(
    "(?:" + "|".join(grammar.DIFFERENCE_BEFORE) + r")[^,;。]{1,12}\([^()]{1,16}\)$"
)
# a comparison base that names its year (较2020年的, 比上年同期的)
_DATED_BASE_RE = re.compile(r"(?:19|20)[0-9]{2}|上年|去年|前年|同期")
_SEMICOLON_RE = re.compile("[;;]")
# a gap to the goal (较目标多0.53亿元, 高于年度目标0.7件, 距目标还差0.15件): the goal is the base
# compared with, the figure neither the goal nor the result (a goal in brackets, 比目标值(1.65%)高,
# is another matter)
_GAP_TO_GOAL_RE = re.compile(
    r"(?:较|比|高于|低于|距离?|离)(?:年度|全年|年初|规划|预期|计划)?(?:目标|计划|任务)(?:值|数)?"
    r"(?:多|少|高|低|(?:还|尚|仍)?差)?了?$"
)
# …and the mark still to reach, right after 离/距 (离一百家只差一步之遥, 距40亿元还差): no figure
_GAP_AFTER_RE = re.compile(r"(?:的目标)?(?:只|还|仅|尚)?(?:差|有一步)")
# the kinds of indicator that count what each year brings anew
_FLOWS = frozenset({"awards", "patents", "cooperation"})
# an application right before a place's register (申请备案云南省…): the caller's to read
_APPLIED_JUST_BEFORE_RE = re.compile(r"(?:申请|申报|推荐)[\u4e00-\u9fff]{0,3}$")
# a figure said not to be the one (而不是2000家, 并非30%, 不是5家而是8家)
_A_GOAL_AFTER_RE = re.compile(r"的?(?:年度|规划|考核)?(?:目标|任务)")
# (还没有达到1%, 仍未迈过1%的门槛: a mark not reached, no figure of the place)
_NEGATED_BEFORE_RE = re.compile(
    r"(?:而不是|并不是|而非|并非|(?<![是还])不是"
    r"|(?:没有|未能?|尚未|还未|仍未)(?:达到|突破|超过|迈过|跨过|过))[^,;。\d]{0,6}$"
)
# The issuer's own office, or its people, speaking of what they do (我局将…, 本委…, 我们将…)
_OWN_OFFICE_RE = re.compile(r"[我本](?:局|委|办|厅)|我们(?!公司|企业|厂|学校)")
# A part of the place named as such, opening a clause: 中关村科学城北区, 大空港新城, 光谷生物城,
# 学院路街道 (its figures are the part's)
_SUB_AREA_WORDS = (
    "科学城|科技城|园区|新城|生物城|智造城|生态城|智慧城|片区|街道|集聚区|产业基地|工业区|科创区"
    # (a part by its side of the place, 北部地区; the functional zones listed before 等功能区)
    "|[东南西北中]部地区|功能区"
)
_SUB_AREA_WORD_RE = re.compile(_SUB_AREA_WORDS)
_MEASURE_OPENERS = frozenset({"总数", "总量", "保有量", "数量", "总额"})
# (what such a part does, right after its name)
_SUB_AREA_ACTS = (
    # (its other name in quotes may come between: 未来科学城“两谷一园”集聚…)
    r"(?=(?:“[^”]{1,8}”)?[\u4e00-\u9fff]{0,4}?(?:集聚|聚集|拥有|共有|有|新增|累计|达到|实现|完成|培育|认定"
    r"|新?引进|建设|新建|建成|获批))"
)
_NAMED_SUB_AREA_RE = re.compile(
    rf"[\u4e00-\u9fff]{{2,8}}?(?:{_SUB_AREA_WORDS})(?:[东西南北中]区)?" + _SUB_AREA_ACTS
)
# a zone by a name of its own (松山湖高新区, 江阴—靖江工业园区): where the clause opens on one
_NAMED_ZONE_RE = re.compile(
    r"[\u4e00-\u9fff—-]{2,10}?(?:高新区|开发区|经开区|示范区|工业园区|产业园区|园区|试验区|保税区)"
)
# (not a kind of zone by its level or its count: 其中国家级农业科技园区…各1个, 省级高新区)
_KIND_OF_ZONE_RE = re.compile(r"国家|省|市级|县级|区级|全|各|新|其中|等")


def _named_zone(words: str) -> re.Match[str] | None:
    found = _NAMED_ZONE_RE.match(words)
    return None if found is None or _KIND_OF_ZONE_RE.search(found.group()) else found


# …and, opening the clause (not for the clauses after it), a new area or a zone of its own
# name: 柳东新区新增…, 泉州台商投资区加快建设… (新区 inside a sentence may be another's)
_OPENING_AREA_RE = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:(?<!高)新区|投资区)" + _SUB_AREA_ACTS)
# What is claimed on a tax return is the figure itself: 申报研发费用加计扣除额78.6亿元 is the
# deduction, not an application for one
_CLAIMED_BY_FILING = frozenset({"rd_tax_deduction"})
# how far after a from-figure its to-figure may start (由20家增至43家, 由55家增加到了231家)
_RANGE_END_REACH = 6


def _opens_a_clause(text: str, pos: int) -> bool:
    """Does pos open a clause (after punctuation, or the text's start)?"""
    before = text[:pos].rstrip()
    return not before or before[-1] in ",;:。,;:(("


def _not_over(walk: Walk, n: str) -> bool:
    """Is the plan period 十<n>五 not over before the text's report year?"""
    year = walk.ctx.report_year or walk.ctx.current_year
    return year is not None and numbered_period(n)[1] >= year


class ScopeRules(Rules):
    def _not_the_issuers(self, walk: Walk, q: Quantity) -> bool:
        """Other places, sub-areas, the start of a from-to, completion rates."""
        text = walk.text
        cs = walk.s.clause_start(q.start)
        head = text[cs : q.start]
        if q.unit == "count" and (
            COUNTS_ITEMS_RE.match(text, q.end) or counts_items_just_given(text, q)
        ):
            return True  # 两项指标均居…, 3项数据, 两项都…: the count of the items a text lists
        if q.unit == "count" and _UNITS_RANKED_AMONG_RE.match(text, q.start):
            return True  # 在全省16个州(市)中位列第五: how many peers a standing is among
        if _GAP_TO_GOAL_RE.search(head):
            walk.bases.add(q.start)
            return True  # 较目标多0.53亿元,同比增长14.1%: the gap, and the rate is the result's
        segment = text.rfind(";", 0, q.start) + 1
        if "合同" in text and _CONTRACTS_OF_A_KIND_RE.search(text, segment, q.start):
            return True  # 技术咨询类合同共2221项,成交金额9.48亿元: the contracts of one kind
        proposed = _PROPOSED_RE.search(text, segment, q.start)
        if (
            _UNDER_REVIEW_AFTER_RE.match(text, q.end)
            or ("拟" in text and _ENTERS_A_PROPOSED_LIST_RE.match(text, q.end))
        ) or (
            proposed
            and not _ESTIMATED_RE.search(text, proposed.end(), q.start)
            # (…拟认定名单,两批共新认定211家: the clause of the figure says they were)
            and not (cs > proposed.end() and _RECOGNISED_RE.search(text, cs, q.start))
        ):
            # 公布了…拟认定名单,我市1家…入选: proposed, not yet recognised (…已列入拟认定名单,
            # 预计全年新增11家: the year's estimate counts them)
            return True
        breakdown = (
            _BREAKDOWN_RE.search(text, segment, q.start) if "看" in text or "分" in text else None
        )
        if breakdown and not self._opens_on_itself(walk, breakdown.end()):
            # 从卖方主体看,高等院校…合计143.5亿元: a part of the whole (从企业主体看,全市共有…:
            # the whole again)
            walk.elsewhere.update(m.start for m in walk.s.mentions_in(cs, q.start))
            walk.foreign.add(q.start)
            return True
        if q.start < walk.firm_quote:
            walk.foreign.add(q.start)
            return True  # …有限公司研发中心里…。“去年我们研发投入超过3000万元…”: the firm's
        if ("建议" in text or "提议" in text) and _ADVISED_RE.search(text[: q.start]):
            return True  # 调研组建议将研发投入强度目标提高到2.5%: advice, not a goal set
        if any(w in text for w in _ONE_UNIT_WORDS) and _ONE_UNIT_ALONE_RE.search(
            text, segment, q.start
        ):
            walk.foreign.add(q.start)
            return True  # 惠科光电一家企业,去年研发投入就超过了12亿元: that firm's alone
        if text[q.start - 1 : q.start] in ("离", "距") and _GAP_AFTER_RE.match(text, q.end):
            return True  # 离一百家只差一步之遥: the mark still to reach, no figure of the place
        if ("合" in head or "共" in head or "总" in head or "加" in head or "地" in head) and (
            _GROUP_OF_PLACES_RE.search(head)
        ):
            walk.foreign.add(q.start)
            return True  # 三市去年技术合同成交额合计超过500亿元: the group's sum
        if (
            "分别" in text[segment : q.start]
            and "、" in text[segment : q.start]
            and any(
                not _own_at(walk, m.start(), m.end())
                for m in _PARTS_LISTED_RE.finditer(text, segment, text.find("分别", segment))
            )
        ):
            walk.foreign.add(q.start)
            return True  # 高桥街道、董公寺街道…,技术合同成交额分别完成6200万元、…: each part's
        if any(w in head for w in _SOME_WORDS) and _SOME_SUB_AREAS_RE.search(head):
            walk.foreign.add(q.start)
            return True  # 远安、五峰等县研发投入强度仍不足1%: some of the sub-areas'
        if (
            cs > segment
            and any(w in text[segment:cs] for w in _SOME_WORDS)
            and _SOME_SUB_AREAS_RE.search(text[segment:cs])
            and not _WHOLE_PLACE_RE.search(text, segment, q.start)
        ):
            walk.foreign.add(q.start)
            return True  # 部分县(区)强度低于0.5%,成交额不足500万元: still theirs, clauses on
        if (
            _PER_UNIT_RE.search(text, cs, q.start)
            or _SUB_AREAS_EACH_RE.search(text, cs, q.start)
            or (("至少" in text or "不" in text) and _EACH_AT_LEAST_RE.search(text, cs, q.start))
        ):
            return True  # 每个县(市、区)至少培育…10家: each sub-area's quota, not the whole
        if (
            q.unit == "count"
            and (q.raw_text.endswith("次") or text.startswith("次", q.end))
            and "累计" in head
        ):
            # 累计认定高新技术企业386家次, 累计选派…4500余人次: times over years, each counted
            return True
        if ("表彰" in text or "评选" in text or "命名" in text) and self._honoured(walk, cs, q):
            return True  # 表彰了20名优秀科技特派员: the ones honoured, not how many there are
        if _ASKER_SAYS_RE.match(text):
            return True  # 您在提案中提到“…强度不足0.3%”, 来电人称…: what the one who asks says
        quote = text.rfind("“", 0, q.start)
        if (
            quote >= 0
            and "”" not in text[quote : q.start]
            and _QUOTED_FROM_A_PROPOSAL_RE.search(text, 0, quote)
        ):
            return True  # 提案中提到“我市…仅为1.6%”, …列举了“…”“…”: the proposer's words
        if _A_BAR_OF_THE_UNITS_RE.match(text, q.end):
            return True  # 研发投入超过300万元的企业,…: the bar a kind of firm clears, a criterion
        if _A_BAR_FOR_THOSE_RE.match(text, q.end):
            return True  # 超过1%的有仁怀市和汇川区: a bar some cleared, no figure of the place
        if (
            "同期" in head
            and (
                _SAME_PERIOD_BASE_RE.search(head)
                or (q.unit != "percent" and _SAME_PERIOD_SAID_RE.search(head))
            )
            and (
                (walk.ctx.report_year is not None and walk.ctx.report_year == walk.ctx.plan_year)
                or _PART_OF_A_YEAR_RE.search(text, 0, q.start)
            )
        ) or (
            q.unit != "percent"
            and _SAME_PERIOD_OPENS_RE.match(text, segment)
            and _PART_OF_A_YEAR_RE.search(text, 0, segment)
        ):
            # 较去年同期的1.66亿元 in a report on part of a year: that part of the year before,
            # no year's figure (the rate after it is the figure's before)
            walk.bases.add(q.start)
            return True
        share = _SHARE_OF_A_WHOLE_NEXT_RE.match(text, q.end) if "占全" in text else None
        if (
            share
            and q.unit != "percent"
            and walk.ctx.kind is not None
            and share.group("whole").endswith(walk.ctx.kind)
            and not grammar.SELF_SCOPE_WORD_RE.search(text, segment, q.start)
        ):
            return True  # 新区现有高新技术企业1160家,占全市的四分之一: a part's, not the whole's
        if "月" in text or "季" in text:
            said = list(_PERIOD_SAID_RE.finditer(text, segment, q.start))
            if said and said[-1].group("single") and _opens_a_clause(text, said[-1].start()):
                # 8月份,…成交额6.35亿元; 四季度…: one month's or quarter's, no year's (not a
                # deadline inside a clause: 力争4月份正式启动…)
                return True
        if text[q.start - 1 : q.start] in ("(", "(") and text.endswith(_AVERAGES, 0, q.start - 1):
            walk.foreign.add(q.start)
            return True  # 高于全疆平均水平(1.5件): the yardstick's own figure
        if text.endswith(_AVERAGES[:3], 0, q.start) and _COMPARED_RE.search(text, cs, q.start):
            walk.foreign.add(q.start)
            return True  # 高于全市平均水平2.3件: the yardstick's figure, or the gap to it
        if ":" in text and self._labelled_as_firms(walk):
            walk.foreign.add(q.start)
            return True  # 区内重点企业:稼瑞化工、兴发分别申请专利14件、9件: the firms'
        if _OTHERS_TOPIC_RE.match(text) and not _own_at(walk, 0, text.find(",")):
            walk.foreign.add(q.start)
            return True  # 全省方面,今年技术合同成交额预计突破150亿元: the topic is another's
        if self._headed_by_a_place(walk):
            walk.foreign.add(q.start)
            return True  # ▶ 日喀则市:去年…突破1亿元 (a related item's headline): that place's
        opened = text.rfind("(", max(0, q.start - _PLACES_BRACKET_REACH), q.start)
        if (
            opened >= 0
            and ")" not in text[opened : q.start]
            and any(p.end == opened for p in self._places(walk))
        ):
            # 前五位的区是滨海新区(2452家)、武清区(381家), 与相邻的嘉峪关市(研发投入强度2.3%)
            # 相比: each place's own figure, in the bracket after its name
            walk.foreign.add(q.start)
            return True
        if (
            q.unit == "count"
            and _LIST_HEADING_BEFORE_RE.fullmatch(text, 0, q.start)
            and _LIST_HEADING_AFTER_RE.fullmatch(text, q.end)
        ):
            return True  # 一、市级众创空间(5家): how many a list under it names, no stock
        if "每" in head and _PER_ITEM_AVERAGE_RE.search(head):
            return True  # 平均每项合同成交额约212万元: an average per contract, no total
        if q.unit == "count" and _PAID_FOR_BEFORE_RE.search(head):
            walk.parts.add(q.start)  # (and its parts after 其中 were paid for too)
            return True  # 本次共资助专利1724件: what a scheme paid for, no stock or flow
        if self._is_foreign(walk, cs, q.start) or self._part_of_theirs(walk, cs, head):
            # another place's figure spends the indicator: no rate after it takes it up,
            # only the issuer speaking of itself does (全省共有…420家,我市新增12家); but the
            # issuer's name compared with the yardstick stays its own (全市研发投入强度低于全省
            # 0.91%的平均水平,在全省…中居第4位)
            compared = max(head.rfind(w) for w in ("低于", "高于", "不足", "超过"))
            walk.elsewhere.update(
                m.start for m in walk.s.mentions_in(cs, q.start) if m.start > cs + compared
            )
            walk.foreign.add(q.start)
            return True
        if self._among_a_group(walk, cs, q):
            # 117家高新技术企业中,…专利申请数量1001件: what the firms of a group did, not the place
            # (and a part of it after 其中 is theirs too)
            walk.elsewhere.update(m.start for m in walk.s.mentions_in(cs, q.start))
            walk.parts.add(q.start)
            return True
        start = RANGE_START_RE.search(head)
        listed = listed_with(walk, q) if start else []
        if start and len(listed) > 1 and self._listed_range(walk, q, listed):
            # 分别由2838件和1307件,增长到19425件和11487件: a from-to of each name listed
            period = YEAR_RANGE_RE.search(text, 0, cs)
            if period is None:
                return True
            walk.period_starts[q.start] = int(period.group(1))
            return False
        if start and RANGE_NEXT_AFTER_LIST_RE.match(text, q.end):
            # 从441家到1000家 (由82.3亿元,增长到…): the start value has no year of its own;
            # 由2015年的2.57% has, and so has 由“十一五”期末0.56件 (the period's last year)
            opening = start.group(0)
            if _DATED_START_RE.search(opening) or PERIOD_END_RE.search(opening):
                return False
            period = YEAR_RANGE_RE.search(text, 0, cs)
            earlier = None if period else _year_of_an_earlier_start(text, cs)
            if earlier is not None:
                # …从“十三五”末的24.39亿元增至67.57亿元,投入强度从1.03%提升至1.93%: a from-to
                # listed after a dated one starts in the same year
                walk.period_starts[q.start] = earlier
                return False
            if period:
                # 从2019年到2021年底,…由55家增至231家: the start is the period's first year's
                walk.period_starts[q.start] = int(period.group(1))
                # the figure it rose to is the period's last year's, whatever clause it is in
                end = next((x for x in walk.s.quantities if x.start >= q.end), None)
                if end is not None and end.start - q.end <= _RANGE_END_REACH:
                    walk.period_ends[end.start] = int(period.group(2))
                return False
            return True
        if _DIFFERENCE_BEFORE_RE.search(head) or _PAST_A_YARDSTICKS_FIGURE_RE.search(head):
            # 超出200家, 高于全省0.3, 高于全省平均(30.16件)6.76件: a difference, not a level
            return True
        if _NEGATED_BEFORE_RE.search(head) and not _A_GOAL_AFTER_RE.match(text, q.end):
            # …突破2100家,而不是2000家; 不是5家而是8家: a figure said not to hold (未达到1.0%的目标:
            # the goal not met, which stays a goal)
            return True
        whole = _SHARE_BASE_BEFORE_RE.search(head)
        if (
            whole
            and _SHARE_OF_IT_AFTER_RE.match(text, q.end)
            and not (
                _A_YEARS_GOAL_RE.search(whole.group(0))
                and not _SUMMED_GOAL_RE.search(whole.group(0))
            )
        ):
            # 占全省61家的80.3%: the whole the issuer's share is taken of (but 占全年目标12亿元
            # 的81.8% says the year's goal)
            walk.bases.add(q.start)
            return True
        if q.unit == "count" and head.rstrip().endswith("占"):
            return True  # 13家上市公司中,高新技术企业占9家: their part of another group
        if q.unit != "percent" and self._share_of_its_own_total(walk, q):
            return True  # 与民生相关的重点实验室101家,占重点实验室总数的51%: a part of them
        if _SECOND_ONLY_TO_RE.search(head):
            return True  # 居延边州第二位,仅次于延吉市的56家: the one ahead's figure
        if _ADDED_ON_RE.search(head):
            return True  # 加上第一批通过认定的8家,…19家: a part added on to make the total
        base = _UNDATED_BASE_RE.search(head)
        if base and not _DATED_BASE_RE.search(base.group(0)):
            walk.bases.add(q.start)
            return True  # 相较往年累计的31家: the base of a comparison, of no year said
        if q.unit == "percent" and self._compared_rate(walk, cs, q):
            return True  # 低于规上工业增加值增速(19.4%): the rate of what is compared
        bracketed = _BRACKET_CLOSE_RE.match(text, q.end) and _BRACKETED_BASE_RE.search(
            text, max(0, q.start - _BRACKETED_BASE_REACH), q.start
        )
        if (
            bracketed
            and not _YEARS_OWN_IN_BRACKETS_RE.fullmatch(bracketed.group(0))
            and (
                not GOAL_BESIDE_RESULT_RE.search(text, bracketed.start(), q.start)
                or _SUMMED_GOAL_RE.search(bracketed.group(0))
            )
        ):
            # 占全市经费总量(53.2亿元)的, 较同期(0.45%): what it is compared with (but a result
            # compared with its year's goal, 比目标值(1.65%)高, 占2023年目标(6.5亿元)的, says
            # the goal; the sum set for a plan period, 占规划期累计目标(120亿元)的, is no year's;
            # a year's own value, 比2020年(3.31%)提高, is that year's)
            return True
        if _RENEWAL_RE.search(SET_ASIDE_RE.sub("", head)):
            # 重新认定24家: a renewal is neither new nor a stock (but what a clause sets aside,
            # 扣除到期未复审企业后净增18家, is no renewal counted)
            return True
        if _ORGANISATION_WORD_RE.search(text) and self._said_of_an_organisation(walk, cs, q):
            return True  # 某某科技有限公司…,获研发经费350万元: the firm's figure
        if "带动" in text and any(
            (driven := text.rfind("带动", cs, m.start)) >= 0
            and not any(
                w.end() in (m.start, m.start - 1)
                for w in grammar.SELF_SCOPE_WORD_RE.finditer(text, driven, m.start)
            )
            for m in walk.s.mentions_in(cs, q.start)
        ):
            # (项目)预计带动企业新增研发投入1.2亿元: what something drove, no total (but
            # 带动全市R&D经费投入36.31亿元 says the place's own)
            return True
        if _HELP_VERB_RE.search(text) and self._for_a_helped_place(walk, q):
            return True  # 帮助昭觉县新增高新技术企业2家: the place helped, not the helper
        firm_end = _firm_spoken_of_end(text, q.start)
        if firm_end >= 0 and not grammar.SELF_SCOPE_WORD_RE.search(text, firm_end, q.start):
            return True  # 该公司拥有授权专利131项: a firm the text spoke of before, not the place
        if self._above_a_threshold(walk, cs, q):
            # 销售收入超亿元的高新技术企业35家: those above a size, not all of them; the name is
            # theirs for the change after it too (…47家,较上年增加8家)
            walk.elsewhere.update(m.start for m in walk.s.mentions_in(cs, q.start))
            return True
        if q.unit != "percent" and (
            _THRESHOLD_AFTER.match(text, q.end)
            or (head.endswith(("超", "过", "逾")) and text.startswith("的", q.end))
        ):
            # 研发投入1000万元以上的企业: the size itself, no one's figure (10%以上的增速 is a rate)
            return True
        over_years = (
            self._over_years(walk, q) and not _states_a_stock(text[cs : q.start])
        ) or self._over_a_span(walk, cs, q)
        if over_years or self._against_an_older_year(walk, cs, q):
            # 2021年以来,全市新增…294家; 比2012年增加587家: a change over several years, no
            # year's fact
            return True
        if q.unit == "count" and _PER_UNIT_BEFORE_RE.search(head):
            return True  # 每平方公里12家, 每亿元GDP…: a density, no count of the place's own
        # (the figures since the clause began are looked at only when it says an average)
        averaged = q.unit in ("count", "yuan") and grammar.YEARLY_AVERAGE_RE.search(
            text, cs, q.start
        )
        since = (
            max((x.end for x in walk.s.quantities if cs <= x.end <= q.start), default=cs)
            if averaged
            else cs
        )
        if (
            averaged
            and grammar.YEARLY_AVERAGE_RE.search(text, since, q.start)
            and not (walk.section == "plan" or has_target_word(text[: q.start]))
        ):
            # 每年平均仅有2个项目获奖, 年均新增15家 looking back: no year's figure (but 以12%的年均
            # 增长率…增长至2018年底的3941家: the average is the rate's, said before another figure)
            return True
        named = walk.s.mentions_in(cs, q.start)
        filed = bool(named) and named[-1].indicator_code in _CLAIMED_BY_FILING
        if (
            (
                self._applied_for(_without_names(walk, cs, head))
                and not _succeeded_after(walk, q)
                and not filed
            )
            or self._applied_list(walk, cs, q)
            or self._applies_for_a_status(walk, cs, q)
        ):
            # 推荐申报高新技术企业41家: those who applied; the indicator named here does not
            # interrupt the figure before (…达到39家,申报26家,预计年底可达到54家)
            walk.applied.update(m.start for m in walk.s.mentions_in(cs, q.start))
            return True
        return is_completion_rate(text, q)

    @staticmethod
    def _labelled_as_firms(walk: Walk) -> bool:
        """Does the sentence open on a label naming a group of firms or bodies and a colon
        (区内重点企业:, 典型企业:), no indicator's name, so that its figures are theirs?"""
        colon = walk.text.find(":", 0, _FIRMS_LABEL_REACH)
        if colon < 0 or not _FIRMS_LABEL_RE.fullmatch(walk.text, 0, colon):
            return False
        return not any(m.indicator_code and m.end == colon for m in walk.s.mentions)

    @staticmethod
    def _honoured(walk: Walk, cs: int, q: Quantity) -> bool:
        """Is the figure a count of the ones a clause honours for their merit (表彰了20名优秀
        科技特派员, 评选出先进科技特派员50名)?"""
        text = walk.text
        end = walk.s.clause_end(q.end)
        return bool(_HONOURING_RE.search(text, cs, q.start) and _MERIT_RE.search(text, cs, end))

    @staticmethod
    def _said_of_an_organisation(walk: Walk, cs: int, q: Quantity) -> bool:
        """Is the figure said of a firm or an institute whose name opens the sentence (up to
        the next ';'), the item of a list it stands in, or its own clause, with no word of the
        issuer's (全市, 我区) after it? (据了解,区内龙头企业某光电公司今年研发投入达1.2亿元;
        …;新区龙头企业某科技有限公司全年研发投入达2.3亿元; …,某某大学一家申请专利1320件)"""
        text = walk.text
        item = text.rfind(";", 0, q.start) + 1
        openings = [0, item, cs]
        went_on = -1
        first = walk.s.next_token(cs)
        if first is not None and first.tag.startswith("v") and cs > item:
            # (a clause with no subject of its own goes on with the one before, when that one
            # stated a figure of its subject's: 如…有限公司2020年研发投入达18.2亿元,拥有…3个)
            before = walk.s.clause_start(cs - 1)
            if any(before <= x.start < cs for x in walk.s.quantities):
                openings.append(before)
                went_on = before
        for opening in dict.fromkeys(openings):
            firm = _FIRM_SUBJECT_RE.match(text, opening)
            if firm and opening == went_on and "、" in firm.group("name"):
                continue  # (A公司、B公司两家通过审核,预计…: several, and no figure of theirs)
            if firm and opening != cs and firm.group("name").endswith("研究院"):
                # (an institute honoured in a clause of the place's sentence takes nothing
                # from the clauses after it: …研究院获评…,获批省级众创空间2家)
                continue
            first = walk.s.next_token(firm.start("name")) if firm else None
            if (
                firm
                and firm.end() <= q.start
                # (a verb before the name makes it an object: 认定…有限公司运营的…, 聚集…大学;
                # not 驻 of 驻州企业, the firms based there; nor a name jieba takes for a verb,
                # 超威集团, 攀长特公司, which its kind's word follows at once or next but one)
                and not (
                    first is not None
                    and first.tag.startswith("v")
                    and first.text[0] != "驻"
                    and not (
                        firm.group("name").endswith(("公司", "集团", "研究院"))
                        and len(walk.s.tokens_between(first.end, firm.end("name"))) <= 2
                    )
                )
                and ";" not in text[firm.end() : q.start]  # (the next item of a list is its own)
                # (the issuer named before the firm places it: 比如我市某企业; and in what the
                # firm is to it, 作为我市科技创新主力军, it is no subject)
                and not grammar.SELF_SCOPE_WORD_RE.search(
                    _AS_WHAT_RE.sub(_blanked, text[firm.start("name") : q.start])
                )
            ):
                return True
        return False

    def _share_of_its_own_total(self, walk: Walk, q: Quantity) -> bool:
        """Is the figure followed by its share of a whole that names the indicator named last
        before it, and no scope (…重点实验室已建成101家,占重点实验室总数的51%)? Then it
        counts a part of that total, not the total. A share of a scope's whole (占全省高企总数
        的12%, 占全市…: a district's of its city) leaves the figure the issuer's whole; so does
        a share of another indicator (发明专利538件,占专利申请总量的37%: a kind of them)."""
        text = walk.text
        named = walk.s.mentions_in(walk.s.clause_start(q.start), q.start)
        if (
            named
            and _SHARES_OF_THE_TOTAL_AFTER_RE.match(text, q.end)
            and not _a_narrower_kind(named[-1].indicator_code)
        ):
            # 企业专利申请5555件、授权3119件,分别占总量比83.15%和84.87%: parts of all of them
            # (发明专利申请1852件,占总量的27.7%: a kind's share of all patents, its own figure)
            return True
        found = _SHARE_OF_A_WHOLE_AFTER_RE.match(text, q.end)
        if found is None:
            return False
        whole = found.start("whole"), found.end("whole")
        of_whole = {m.indicator_code for m in walk.s.mentions_in(*whole)}
        return (
            bool(named)
            and named[-1].indicator_code in of_whole
            and not grammar.FOREIGN_SCOPE_RE.search(text, *whole)
            and not grammar.SELF_SCOPE_WORD_RE.search(text, *whole)
            and not any(p.end > whole[0] and p.start < whole[1] for p in self._places(walk))
        )

    @staticmethod
    def _listed_range(walk: Walk, q: Quantity, listed: list[Quantity]) -> bool:
        """Is q one of k start figures listed after 由/从, followed by a verb of change and as
        many end figures? Each end figure is marked with its start (and the period's end)."""
        text = walk.text
        to = RANGE_NEXT_AFTER_LIST_RE.match(text, listed[-1].end)
        if to is None:
            return False
        after = [x for x in walk.s.quantities if x.start >= to.end()]
        if not after or after[0].start - to.end() > _RANGE_END_REACH:
            return False
        ends = listed_with(walk, after[0])
        if len(ends) != len(listed) or ends[0] is not after[0]:
            return False
        period = YEAR_RANGE_RE.search(text, 0, walk.s.clause_start(listed[0].start))
        for start, end in zip(listed, ends, strict=True):
            walk.range_starts[end.start] = start.start
            if period:
                walk.period_ends[end.start] = int(period.group(2))
        return True

    @staticmethod
    def _part_of_theirs(walk: Walk, cs: int, head: str) -> bool:
        """A clause opening on 其中 counts a part of the figure before it: of another place's
        figure (鸠江区…,全区共申请专利940件,…;其中发明专利申请490件), or of a kind's
        (规上企业专利申请数6766件,其中发明专利2422件), a part of theirs."""
        if not head.lstrip().startswith("其中") or ScopeRules._speaks_of_itself(walk, head):
            return False  # (其中全县新认定…26家: the issuer's own part of another's figure)
        before = [x for x in walk.s.quantities if x.end <= cs and x.unit != "percent"]
        return bool(before) and (before[-1].start in walk.foreign or before[-1].start in walk.parts)

    def _among_a_group(self, walk: Walk, cs: int, q: Quantity) -> bool:
        """Does a clause before the figure's name a group to speak of (117家高新技术企业中,), with
        no word of the issuer's own scope after it (…;全市每万人口…: the place again)?"""
        # (every such clause ends on 中, : a sentence without it names no group)
        groups = list(_AMONG_A_GROUP_RE.finditer(walk.text, 0, cs)) if "中," in walk.text else []
        if groups and not grammar.SELF_SCOPE_WORD_RE.search(walk.text, groups[-1].end(), q.start):
            return True
        if self._goes_on_with_an_industrys_firms(walk, cs, q.start):
            return True  # …医药制造业企业研发经费支出4.2亿元,研发投入强度为2.76%: still theirs
        # …工业企业中高新技术企业数量达到586家: the group right before the figure's name; and
        # a group counted before it (10所…高校院所在大连转化的技术合同额, 50家企业研发投入)
        return any(
            _GROUP_BEFORE_NAME_RE.search(walk.text, max(0, m.start - 8), m.start)
            or _COUNTED_GROUP_BEFORE_NAME_RE.search(walk.text, cs, m.start)
            or _INDUSTRYS_FIRMS_BEFORE_NAME_RE.search(walk.text, max(0, m.start - 16), m.start)
            for m in walk.s.mentions_in(cs, q.start)
        )

    def _goes_on_with_an_industrys_firms(self, walk: Walk, start: int, end: int) -> bool:
        """Is a clause with no subject of its own the next of a sentence whose subject is the
        firms of one industry (规模以上医药制造业企业…,…;研发投入强度为2.76%)?"""
        if not _INDUSTRYS_FIRMS_RE.search(walk.text, 0, start):
            return False  # (most sentences name no industry's firms: the cheap test first)
        if _WHOLE_PLACE_RE.search(walk.text, start, end) or not (
            self._subjectless(walk, start, end) or self._indicator_headed(walk, start, end)
        ):
            return False  # (全社会研发投入强度…: the place's own)
        pos = start - 1
        while pos > 0:
            prev = walk.s.clause_start(pos)
            if _INDUSTRYS_FIRMS_SUBJECT_RE.match(walk.text, prev):
                return True
            if _WHOLE_PLACE_RE.match(walk.text, prev) or not (
                self._subjectless(walk, prev, pos) or self._indicator_headed(walk, prev, pos)
            ):
                return False  # a subject of its own: the place, or whoever it is
            pos = prev - 1
        return False

    def _for_a_helped_place(self, walk: Walk, q: Quantity) -> bool:
        """Is the figure what another place did with the issuer's help, that place named (or
        its partners: 结对四县) right after the verb of helping, with no word of the issuer's
        own between (帮助昭觉县企业吸纳技术合同15项; 力争帮助结对县新增高新技术企业10家)?"""
        text = walk.text
        segment = text.rfind(";", 0, q.start) + 1
        for help_verb in _HELP_VERB_RE.finditer(text, segment, q.start):
            at = help_verb.end()
            helped = _PARTNER_WORD_RE.match(text, at) or any(
                p.start == at for p in self._places(walk)
            )
            if helped and not grammar.SELF_SCOPE_WORD_RE.search(text, at, q.start):
                return True
        return False

    @staticmethod
    def _above_a_threshold(walk: Walk, cs: int, q: Quantity) -> bool:
        """Is the figure's indicator restricted by a size before it (产值超10亿元的,
        1000万元以上的): the count or sum of those above a threshold, a part of the whole?"""
        if q.unit == "count" and _SIZE_BAND_BEFORE_RE.search(walk.text, cs, q.start):
            return True  # 总收入达到3亿元以上有2家, 5000万元以上的1家: the firms of a size band
        mentions = walk.s.mentions_in(cs, q.start)
        if not mentions:
            return False
        if _THRESHOLD_BEFORE.search(walk.text, cs, mentions[-1].start):
            return True
        # 成交额21.3亿元 right after 500万元以上的重大技术合同86项: a clause opening on the same
        # indicator's measure goes on about those above the size the clause before set
        if cs == 0 or walk.text[cs : mentions[0].start].strip():
            return False
        before = walk.s.clause_start(cs - 1)
        prior = walk.s.mentions_in(before, cs)
        return (
            bool(prior)
            and prior[-1].indicator_code == mentions[0].indicator_code
            and bool(_THRESHOLD_BEFORE.search(walk.text, before, prior[-1].start))
        )

    @staticmethod
    def _compared_rate(walk: Walk, cs: int, q: Quantity) -> bool:
        """A rate after 低于/高于/快于 and the thing compared, before any indicator again; also
        in brackets after them (低于规上工业增加值增速(19.4%))."""
        if cs > 1 and walk.text[cs - 1] == "(":
            cs = walk.s.clause_start(cs - 2)  # the clause the bracket stands in
        head = walk.text[cs : q.start]
        # (超过 too: before the thing compared, not before a figure, it compares: 超过全省水平)
        found = max((head.rfind(w) for w in (*grammar.DIFFERENCE_BEFORE, "超过")), default=-1)
        if found < 0:
            return False
        return not walk.s.mentions_in(cs + found, q.start) and bool(
            re.search(r"[\u4e00-\u9fff]{2}", head[found + 2 :])
        )

    @staticmethod
    def _against_an_older_year(walk: Walk, cs: int, q: Quantity) -> bool:
        """A change measured against a year before the last (比2012年增加587家 in 2019)."""
        found = _BASE_YEAR_BEFORE.search(walk.text, cs, q.start)
        return found is not None and before_last_year(
            int(found.group(1)), walk.text, q.start, walk.ctx.report_year
        )

    def _over_a_span(self, walk: Walk, cs: int, q: Quantity) -> bool:
        """Is the figure what was added over a span of years the sentence names before it
        (八年来…新增, “十一五”累计, 十三五期间…新增), with no year of its own after that? What
        there is at the span's end is a stock (五年来…总数达到), and so is what was made over it
        (五年来,先后培育…6家); money summed over it is no year's."""
        if q.unit == "percent":
            return False  # a share or a rate is of a moment; a growth over the span is a rate's
        text = walk.text
        # the span opens the figure's clause, or the sentence as a clause of its own (30年来,…)
        # (every such span says 年 or a plan period's 五: most sentences, neither)
        span = (
            _MULTI_YEAR_SPAN_RE.search(text, cs, q.start) or _OPENING_SPAN_RE.match(text)
            if "年" in text or "五" in text
            else None
        )
        item = text.rfind(";", 0, cs) + 1
        if span is None and ("累计" in text[cs : q.start] or _SPAN_CLAUSE_RE.match(text, item)):
            # 五年累计获得…46项,技术合同成交额累计突破300亿元: a clause summing again, after the
            # span its item opened on; or any clause of an item that opens on the span alone
            # (“十一五”期间,全市…460项,争取…资金8600万元)
            span = _MULTI_YEAR_SPAN_RE.search(text, item, cs)
        if span is None or span.start() > q.start or YEAR_RE.search(text, span.end(), q.start):
            return False
        listed = YEAR_RANGE_RE.search(text, span.end(), q.start)
        if listed and re.search("分别|依次", text[listed.end() : q.start]):
            return False  # 近五年,…2019—2023年分别为1.23亿元、…: each figure a year's of its own
        years = recent_span_listed(text, q.start)
        if years is not None and years == self._listed_after_split(walk, q):
            return False  # 近三年…分别为3120件、4056件、4873件: one figure a year of the span
        head = text[cs : q.start]
        if (
            q.unit == "count"
            and ("累计" in head or cs <= span.start())
            and self._counts_a_flow(walk, cs, q)
        ):
            # 五年累计获得省科学技术奖46项, 五年获…12项: the years' awards summed, no year's
            return True
        if _states_a_stock(head.replace("累计", "")):
            return False
        item = max([cs] + [x.end for x in walk.s.quantities if cs <= x.end <= q.start])
        if item > cs and re.search("总数|总量", text[item : q.start]):
            return False  # 三年新增A 4家、B总数超132家: the item after says what there is
        added = any(w in head for w in (*grammar.NEW_WORDS, "增加"))
        if q.unit == "count" and not added and _REACHES_RE.search(head):
            return False  # “十二五”期间,…高新技术企业达到56家: the count it reached at the end
        period = re.search(r"十([一二三四五])五", span.group(0))
        # (the periods before those: “九五”时期,…获省级以上科技奖励96项)
        over_long_ago = period is None and re.search("[十九八]五", span.group(0)) is not None
        if period and not added and has_target_word(head) and _not_over(walk, period.group(1)):
            return False  # “十四五”期间,力争…达到2000家: the goal at the period's end
        return added or q.unit == "yuan" or period is not None or over_long_ago

    @staticmethod
    def _listed_after_split(walk: Walk, q: Quantity) -> int:
        """How many figures of q's unit the list after the 分别/依次 before q holds (up to the
        end of its clause run)."""
        text = walk.text
        split = max(text.rfind("分别", 0, q.start), text.rfind("依次", 0, q.start))
        end = min((i for i in (text.find(";", q.end), text.find("。", q.end)) if i >= 0),
                  default=len(text))  # fmt: skip
        return sum(1 for x in walk.s.quantities if split < x.start < end and x.unit == q.unit)

    def _counts_a_flow(self, walk: Walk, cs: int, q: Quantity) -> bool:
        """Does the figure's indicator count what each year brings anew (awards won, patents
        filed or granted, projects signed), not what stands?"""
        named = walk.s.mentions_in(cs, q.start)
        code = named[-1].indicator_code if named else None
        return code is not None and self.lexicon.indicators[code].category in _FLOWS

    @staticmethod
    def _over_years(walk: Walk, q: Quantity) -> bool:  # see also _states_a_stock
        """Is the figure summed since an earlier year (2021年以来 / 自2019年以来 in a later year's
        report), with no year of its own after that?"""
        report = walk.ctx.report_year or walk.ctx.current_year
        since = None
        for m in SINCE_YEAR_RE.finditer(walk.text, 0, q.start) if "年以来" in walk.text else ():
            since = m
        if since is None and report is not None and q.unit != "percent":
            # 2021—2022年新认定…19家 in 2023: the sum over past years it names, no year's
            for m in _PAST_RANGE_RE.finditer(walk.text, 0, q.start) if "年" in walk.text else ():
                end = int(m.group(2)) + (2000 if len(m.group(2)) == 2 else 0)
                if int(m.group(1)) < end <= report:
                    since = m
            return (
                since is not None
                and not YEAR_RE.search(walk.text, since.end(), q.start)
                # (2021—2023年…分别为…: each figure a year's of its own)
                and not re.search("分别|依次", walk.text[since.end() : q.start])
            )
        if since is None or report is None or int(since.group(1)) >= report:
            return False
        return not YEAR_RE.search(walk.text, since.end(), q.start)

    def _applied_list(self, walk: Walk, cs: int, q: Quantity) -> bool:
        """新申报国家级众创空间1家,省级孵化器1家: an elliptic item of a list an application
        verb opened."""
        if not (self._elliptic(walk, cs, q.start) or self._figure_first(walk, cs)):
            return False
        pos = cs - 1
        while pos > 0:
            prev = walk.s.clause_start(pos)
            if not any(prev <= x.start < pos for x in walk.s.quantities):
                return False
            if self._applied_for(_without_names(walk, prev, walk.text[prev:pos])):
                return True
            if not (self._elliptic(walk, prev, pos) or self._figure_first(walk, prev)):
                return False
            pos = prev - 1
        return False

    @staticmethod
    def _figure_first(walk: Walk, cs: int) -> bool:
        """Does the clause open on its figure (共申报9家高企,16家科技型中小企业,…)?"""
        head = walk.text[cs : cs + 8]
        first = cs + len(head) - len(head.lstrip())
        return any(x.start == first for x in walk.s.quantities)

    def _applies_for_a_status(self, walk: Walk, cs: int, q: Quantity) -> bool:
        """申请省级科技型中小企业11家: firms applying for a status are no count of it (申请专利
        files patents: only a kind of firm is applied for)."""
        return any(
            self.lexicon.indicators[m.indicator_code].category == "enterprises"
            and _APPLYING_FOR_RE.search(walk.text, cs, m.start)
            for m in walk.s.mentions_in(cs, q.start)
            if m.indicator_code
        )

    @staticmethod
    def _applied_for(head: str) -> bool:
        """An application verb governs the clause and nothing after it says it succeeded."""
        if not _APPLICATION_RE.search(head):
            return False  # (one scan for all the verbs: most clauses apply for nothing)
        found = max((head.rfind(w) for w in grammar.APPLICATION_WORDS), default=-1)
        if found < 0 or head[max(0, found - 2) : found] in ("成功", "获批"):
            return False
        after = head[found:]
        return grammar.SUCCESS_RE.search(after) is None

    def _headed_by_a_place(self, walk: Walk) -> bool:
        """Does the sentence open on another place and a colon (▶ 日喀则市:…, 全省:…), as a
        list of other places' headlines does? (Text is NFKC: a full-width colon reads ":".)"""
        text = walk.text
        colon = text.find(":", 0, _PLACES_LEAD_REACH)
        if colon < 0:
            return False
        lead = text[:colon].lstrip(_BULLETS)
        if colon >= _HEADLINE_PLACE_REACH:
            # (…通报了榆林市2024年科技创新情况:全市…: the figures another place's report gave)
            return self._parts_named(walk, lead, colon) or (
                lead.endswith(_REPORTED_ON)
                and any(p.end <= colon for p in self._places(walk))
                and not any(name in lead for name in walk.ctx.own_names)
            )
        scope = grammar.FOREIGN_SCOPE_RE.match(lead)
        return bool(lead) and (
            any(p.start >= colon - len(lead) and p.end <= colon for p in self._places(walk))
            # (全省…: in a province's own text, the issuer)
            or (scope is not None and scope.group() not in walk.ctx.own_names)
            or self._parts_named(walk, lead, colon)
        )

    @staticmethod
    def _parts_named(walk: Walk, lead: str, colon: int) -> bool:
        """Is the lead before the colon the name of a part of the issuer, or a list of them
        (大同经开区:, 阳高县、天镇县、广灵县:), as a goal's share-out to its parts reads?"""
        items = lead.split("、")
        return (
            bool(_PART_NAME_RE.fullmatch(lead))
            and not any(
                item in walk.ctx.own_names or grammar.SELF_SCOPE_WORD_RE.fullmatch(item)
                for item in items
            )
            and not _own_at(walk, colon - len(lead), colon)
        )

    def _is_foreign(self, walk: Walk, start: int, end: int) -> bool:
        """A clause about another place or a sub-area (全省共4家, 南通共6项, 自创区新增…); or a
        clause with no subject of its own that goes on speaking of the place an earlier clause
        of the sentence began with (自创区实现…;新增高新技术企业305家), until a clause begins
        with the issuer (全市…, 我区…)."""
        if self._is_foreign_head(walk, start, end):
            return True
        tok = self._first_content(walk, start, end)
        if tok is not None and self._opens_on_a_group(walk, tok):
            return True  # 到2020年经济区研发经费支出占…比重达到2.8%: the region's
        said = grammar.SELF_SCOPE_WORD_RE.match(walk.text, tok.start) if tok else None
        if said and self._leading_scope(walk, start, end):
            return True  # 全区累计完成… in a city's text: a zone's figure
        if said and start > 0 and self._another_city_opens(walk, said.group(), said.start()):
            # 江油市深化…制度,全市选派科技特派员112名 in 绵阳's digest: 全市 is 江油's
            return True
        if start > 0 and walk.text.startswith(("分别", "依次"), start):
            listed = walk.s.clause_start(start - 1)
            places = [p for p in self._places(walk) if listed <= p.start and p.end < start]
            if len(places) > 1:
                return True  # …的市(区)有A区、B区和C市,分别为28.62亿元、…: each place's own
        goes_on = self._subjectless(walk, start, end) or self._elliptic(walk, start, end)
        # 自创区…达到2700亿元,全社会研发投入占GDP比重超过5%: a clause that opens on an
        # indicator names no place of its own; within the sentence's comma-run it goes on
        # with the place the run began with
        within_run = not goes_on and self._indicator_headed(walk, start, end)
        if not (goes_on or within_run):
            return False
        if self._speaks_of_itself(walk, walk.text[start:end]):
            return False  # 全市研发投入3.1亿元: the issuer again
        pos = start - 1
        while pos > 0:
            if within_run and walk.text[pos] not in ",、":
                return False
            prev = walk.s.clause_start(pos)
            scope = self._leading_scope(walk, prev, pos)
            if (
                scope
                and ("分别" in walk.text[prev:pos] or walk.text.startswith("其中", prev))
                and _SEMICOLON_RE.search(walk.text, pos, start)
            ):
                # 甲区、乙区…分别达到386家、212家;全年…: the places of a list each take their own
                # figure; the items after the list's ';' speak of none of them (nor after a
                # part's aside: …总数达到3350家,其中未来科技城新增320家;技术交易额480亿元)
                return False
            if scope is not None:
                return scope
            pos = prev - 1
        return False

    @staticmethod
    def _opens_on_a_group(walk: Walk, tok: Token) -> bool:
        """Does the clause whose first content is tok open on a group of places or a region of
        several (九城市…, “一地六县”…, 成渝地区双城经济圈…), not one of the issuer's names?"""
        at = tok.start
        while at > 0 and walk.text[at - 1] in _GROUP_NUMERALS:
            at -= 1  # (the numeral is no content of its own: 九/城市)
        if at == tok.start and (tok.tag.startswith("v") or tok.tag == "p"):
            return False  # 占三市总量的…, 获奖数在全省17个市州中…: the group is no subject
        group = _GROUP_OPENING_RE.match(walk.text, at)
        return (
            group is not None
            # (总数居株洲市五县第2位: a verb before the group makes it a yardstick or object)
            and not any(
                t.tag.startswith("v") or t.tag == "p"
                for t in walk.s.tokens_between(at, group.end())
            )
            and not _own_at(walk, at, group.end())
        )

    def _another_city_opens(self, walk: Walk, word: str, pos: int) -> bool:
        """Does the sentence open on another place that is a 市 (a county-level city in its
        prefecture's text, a peer), so that a later 全市 at pos is that place? (Not when the
        issuer speaks as itself between: 滁州市科技局来我市交流,全市…)"""
        if word != "全市":
            return False
        tok = self._first_content(walk, 0, walk.s.clause_end(0))
        return tok is not None and any(
            p.start == tok.start
            and walk.text[p.start : p.end].endswith("市")
            and not grammar.SELF_SCOPE_WORD_RE.search(walk.text, p.end, pos)
            for p in self._places(walk)
        )

    def _first_content(self, walk: Walk, start: int, end: int) -> Token | None:
        # asked of the same clause by several rules per figure: answered once per sentence
        return walk.kept("first_content", start, end,
                         lambda: self._find_first_content(walk, start, end))  # fmt: skip

    @staticmethod
    def _find_first_content(walk: Walk, start: int, end: int) -> Token | None:
        for tok in walk.s.tokens_between(start, end):
            if (
                tok.tag in ("x", "d", "c", "p", "t", "m", "u", "uj", "zg")
                and not tok.text[0].isdigit()
            ):
                continue
            if tok.text in grammar.TIME_WORDS or _YEAR_AT.match(walk.text, tok.start):
                continue  # 2022年研发投入…: the year sets the time, the indicator is the subject
            if tok.text in ("到", "至") and _YEAR_AT.match(walk.text, tok.end):
                continue  # 到2025年全市…: the deadline sets the time too
            if _OCCASION_RE.fullmatch(tok.text):
                continue  # 此次全省共认定…: the occasion, the place after it is the subject
            return tok
        return None

    @staticmethod
    def _opens_on_itself(walk: Walk, pos: int) -> bool:
        """Does the clause at pos open on the issuer (全市…, 柳州市…), perhaps after its time
        (截至2023年底,全市…)?"""
        when = _TIME_CLAUSE_RE.match(walk.text, pos)
        pos = when.end() if when else pos
        said = grammar.SELF_SCOPE_WORD_RE.match(walk.text, pos)
        return (said is not None and _of_own_kind(walk, said.group(0))) or any(
            walk.text.startswith(name, pos) for name in walk.ctx.own_names
        )

    @staticmethod
    def _speaks_of_itself(walk: Walk, words: str) -> bool:
        return any(
            _of_own_kind(walk, m.group(0)) for m in grammar.SELF_SCOPE_WORD_RE.finditer(words)
        ) or any(n in words for n in walk.ctx.own_names)

    def _elliptic(self, walk: Walk, start: int, end: int) -> bool:
        """Is the clause only an indicator and its figure, its verb left out (自创区实现投资增速
        19.9%,技术交易额增速144.9%): it goes on with the clause before it."""
        # (asked of a clause for each figure after it: answered once per sentence)
        return walk.kept("elliptic", start, end, lambda: self._is_elliptic(walk, start, end))

    @staticmethod
    def _is_elliptic(walk: Walk, start: int, end: int) -> bool:
        s = walk.s
        named = s.mentions_in(start, end)
        if not named:
            return False
        lead = walk.text[start : named[0].start].strip(" 、")
        if lead and lead not in grammar.QUALIFIER_CANON:
            return False  # words of its own before the indicator (a scope word is none)
        return not any(  # a copula (为, 达到) is a verb of its own too
            t.tag.startswith("v") or t.text in grammar.WEAK_LEVEL_WORDS
            for t in s.tokens_between(start, end)
        )

    def _indicator_headed(self, walk: Walk, start: int, end: int) -> bool:
        """Does the clause open on an indicator's name (全社会研发投入占GDP比重超过5%)?"""
        tok = self._first_content(walk, start, end)
        named = walk.s.mentions_in(start, end)
        if tok is None or not named:
            return False
        # (a level before the name is of it: 国家高新技术企业…)
        level = walk.text[tok.start : named[0].start]
        return named[0].start <= tok.start < named[0].end or level in grammar.QUALIFIER_CANON

    def _subjectless(self, walk: Walk, start: int, end: int) -> bool:
        """Does the clause begin with its verb (新增高新技术企业305家, 争取资金200万元)?"""
        tok = self._first_content(walk, start, end)
        if tok is not None and tok.tag == "a":
            # (新认定…: jieba's adjective before the verb it qualifies)
            after = walk.s.next_token(tok.end)
            if after is not None and after.start == tok.end and after.tag.startswith("v"):
                tok = after
        return tok is not None and (
            tok.tag.startswith("v")
            or tok.text in grammar.MODAL_WORDS
            # (or with the measure of what the clause before named: …净增3200余家、总数突破…)
            or tok.text in _MEASURE_OPENERS
        )

    def _leading_scope(self, walk: Walk, start: int, end: int) -> bool | None:
        """True when a clause begins with another place (自创区…, 全省…), False when it begins
        with the issuer (全市, 我区, its own name), None otherwise."""
        # (each earlier clause is asked again for each figure after it: answered once)
        return walk.kept("leading_scope", start, end,
                         lambda: self._find_leading_scope(walk, start, end))  # fmt: skip

    def _described_place(self, walk: Walk, tok: Token, end: int) -> Token:
        """The place a clause opens on after words describing it (相邻的东莞, 省会南昌, 一江之隔
        的南京江北新区): its first word as if the place opened it; else tok."""
        lead = _PLACE_DESCRIBED_RE.match(walk.text, tok.start, end)
        if lead is None:
            return tok
        at = lead.end()
        place = next((p for p in self._places(walk) if p.start == at), None)
        if place is None:
            return tok
        return Token(walk.text[at : place.end], "ns", at, place.end)

    def _find_leading_scope(self, walk: Walk, start: int, end: int) -> bool | None:
        tok = self._first_content(walk, start, end)
        if tok is None:
            return None
        opening = walk.text[start : tok.start].rstrip()
        neighbour = opening.endswith(("与", "同")) and _NEIGHBOUR_OF_RE.match(
            walk.text, tok.start, end
        )
        if (opening.endswith(_LOCATIVE) or opening.endswith(_COMPARED_WITH)) and not neighbour:
            return None  # 在四川率先建立…: where it was done, not who did it; 比全省…: a yardstick
        # (与绵阳相邻的德阳市,…: the place described as a neighbour is the subject)
        tok = self._described_place(walk, tok, end)
        rest = walk.text[tok.start : end]
        if _OWN_OFFICE_RE.match(rest) and not opening.endswith("“"):
            # 我局将围绕园区建设,…: the issuer's own office is the subject; what it works
            # around is its object
            return False
        own_word = grammar.SELF_SCOPE_WORD_RE.match(rest)
        if own_word and not _of_own_kind(walk, own_word.group(0)):
            # 全区… in a city's text: a district or a zone, not the issuer; 全市第一 in a
            # district's is a yardstick
            word_end = tok.start + own_word.end()
            if YARDSTICK_AFTER_RE.match(walk.text, word_end) or any(
                walk.text.startswith(v, word_end) for v in grammar.RANK_VERBS
            ):
                return None
            return True
        if own_word and walk.elsewhere_before:
            return True  # 雨花区汇聚了…。2022年,全区…: the peer the sentence before spoke of
        own_name = next((n for n in walk.ctx.own_names if rest.startswith(n)), None)
        if own_name is not None and any(
            p.start == tok.start and p.end - p.start > len(own_name) for p in self._places(walk)
        ):
            own_name = None  # 通化县… in 通化市's text: a place of its own whose name holds it
        zone = _ZONE_AFTER_NAME_RE.match(rest, len(own_name)) if own_name is not None else None
        if (
            zone is not None
            and rest[: zone.end()] not in walk.ctx.own_names
            and not _listed_with_own(walk, tok.start, tok.start + zone.end())
        ):
            return True  # 内江高新区… in 内江's text: its zone, a sub-area
        if own_word or own_name is not None:
            return False
        if self._opens_on_a_group(walk, tok):
            return True  # 九城市全社会R&D经费支出合计…: the group's, not the issuer's
        place = grammar.FOREIGN_SCOPE_RE.match(rest) or (
            # (深入推进浑南科技城建设: a clause opening on its verb has the part as its object;
            # 松山湖高新区年末拥有…: a zone by its own name opens the clause)
            None
            if tok.tag.startswith("v")
            else _NAMED_SUB_AREA_RE.match(rest) or _named_zone(rest) or _SUB_COUNTY_RE.match(rest)
        )
        if place and (
            _own_at(walk, tok.start, tok.start + place.end())
            or _own_in_brackets(walk, tok.start + place.end())
            or _listed_with_own(walk, tok.start, tok.start + place.end())
        ):
            return False  # 高新区…, 园区… in the zone's own text; 高新区(滨江)… in 滨江区's
        span = (
            place.end()
            if place
            else next((p.end - tok.start for p in self._places(walk) if p.start == tok.start), 0)
        )
        if span:
            # 紫云县畜牧服务中心…: a place naming an organisation is no scope of the clause
            place_end = tok.start + span
            place_end = next(
                (t.end for t in walk.s.tokens if t.start < place_end < t.end), place_end
            )  # the word the name ends in (紫云 in 紫云县)
            if walk.text[place_end : place_end + 1] in ADMIN_SUFFIXES:
                place_end += 1  # a short name with its suffix as a word of its own (紫云/县)
            if _NAME_OF_AN_EXAMPLE_RE.match(walk.text, place_end):
                return None  # 都匀市大学生创业园等3家…: the place opens a unit's name
            if _ASSIGNED_TO_THE_ISSUER_RE.match(walk.text, place_end) or self._assigned_by_name(
                walk, walk.text, place_end
            ):
                return False  # 宜昌市下达我市…任务4家,…;下达…目标3亿元: the issuer's quotas
            if (
                YARDSTICK_AFTER_RE.match(walk.text, place_end)
                or any(walk.text.startswith(v, place_end) for v in grammar.RANK_VERBS)
                or _PEERS_RANKED_RE.match(walk.text, place_end)
            ):
                # 全省排第2名, 全省市州排名上升3位: a yardstick (among its peers), not the subject
                return None
            after = walk.s.next_token(place_end)
            then = walk.s.next_token(after.end) if after is not None else None
            modifier = (
                after is not None
                and after.start == place_end
                and (
                    after.tag in grammar.NOUN_TAGS
                    and not walk.s.is_benign_noun(after.text, after.tag)
                )
                # 东兴区着力加强…: jieba's noun before a verb is a named place's adverb
                and not (
                    place is None
                    and then is not None
                    and then.start == after.end
                    and then.tag == "v"
                )
            )
            # …but another place's government (青岛市科技局…) acts for that place, and an
            # indicator right after it is that place's (园区R&D经费支出…)
            government = grammar.GOVERNMENT_RE.match(walk.text, place_end)
            indicator = any(m.start == place_end and m.indicator_code for m in walk.s.mentions)
            return None if modifier and not (government or indicator) else True
        return None

    def _opens_on_a_peer(self, previous: str | None, ctx: DocContext, text: str) -> bool:
        """Does the sentence before open on another place of the issuer's kind (近年来,雨花区…
        in 天心区's text), so that a 全区 opening this one speaks of that place? Digests of
        several districts or counties speak of each in turn."""
        if not previous or ctx.kind is None or self.gazetteer is None:
            return False
        said = grammar.SELF_SCOPE_WORD_RE.search(text)
        if said is None or not said.group(0).endswith(ctx.kind):
            return False
        if said.group(0).startswith(("我", "本")) or any(
            name in text[: said.start()] for name in ctx.own_names
        ):
            return False  # (我市提出,到2025年全市…: the issuer speaks of itself again)
        m = next(iter(self.gazetteer.find_mentions(previous[:_OPENING_CHARS])), None)
        return (
            m is not None
            # (在丹东市科技进步考核中,东港市名列…第一: the issuer is the subject after all)
            and not any(name in previous[m.end :] for name in ctx.own_names)
            # (宜昌市下达我市…任务4家: the issuer, as 我市, is who the sentence speaks of)
            and not _ASSIGNED_TO_THE_ISSUER_RE.match(previous, m.end)
            # (柳州市…已达481家,我市不足其四分之一: a yardstick the issuer measured itself by)
            and not _ISSUER_SPEAKS_RE.search(previous, m.end)
            # (在苏州市的大力支持下,全市…: under whose help the issuer acted)
            and not _WITH_ITS_HELP_RE.match(previous, m.end)
            # (北流市、容县等县(市)…均不足10家: several places, none of them the 全市 after)
            and not previous.startswith("、", m.end)
            and _PEER_OPENING_RE.fullmatch(previous, 0, m.start) is not None  # opens on it
            and m.strong
            and not m.yardstick
            and m.surface.endswith(ctx.kind)
            and m.surface not in ctx.own_names
            and not any(p.city_zh in ctx.own_names for p in m.places)
        )

    def _peer_is_the_source(self, ctx: DocContext, text: str) -> bool:
        """Does the sentence give another place of the issuer's kind, by one of its organs, as
        the source of what follows (芜湖市科技局发布消息,截至2023年底,全市…; 据芜湖市科技局消息,
        全市…), so that the 全市 after it speaks of that place? Not when the text also speaks
        as itself before (…来我市调研)."""
        if ctx.kind is None or self.gazetteer is None or "全" not in text:
            return False
        said = grammar.SELF_SCOPE_WORD_RE.search(text)
        if (
            said is None
            or not said.group(0).startswith("全")
            or not said.group(0).endswith(ctx.kind)
        ):
            return False
        lead = text[: said.start()]
        says = _PLACE_SAYS_RE.search(lead)
        if not (grammar.GOVERNMENT_RE.search(lead) or says) or any(
            name in lead for name in ctx.own_names
        ):
            return False  # (most leads name no organ: the places are looked for only then)
        return any(
            m.strong
            and not m.yardstick
            and m.surface.endswith(ctx.kind)
            and m.surface not in ctx.own_names
            and not any(p.city_zh in ctx.own_names for p in m.places)
            and (
                grammar.GOVERNMENT_RE.match(lead, m.end) is not None
                # (…or the place itself, or its plan, says it: 郑州市出台的…计划提出,到2025年全市…)
                or (says is not None and _PLACE_THEN_SAYS_RE.match(lead, m.end) is not None)
            )
            for m in self.gazetteer.find_mentions(lead)
        )

    def _framed_by_a_place(self, ctx: DocContext, text: str) -> bool:
        """Does the sentence open on a clause that only names another city (放眼无锡,全市…;
        在无锡,全市…), so that the 全市 right after it speaks of that city?"""
        if ctx.kind is None or self.gazetteer is None or "全" not in text:
            return False
        comma = text.find(",", 0, _FRAME_CLAUSE_CHARS + 1)
        said = grammar.SELF_SCOPE_WORD_RE.match(text, comma + 1) if comma > 0 else None
        if said is None or not said.group(0).startswith("全"):
            return False
        if not said.group(0).endswith(ctx.kind) or find_quantities(text[:comma]):
            return False
        kind = ctx.kind
        return any(
            not m.yardstick
            and m.surface not in ctx.own_names
            and not any(p.city_zh in ctx.own_names for p in m.places)
            # a city by its name in full, or short (无锡 of 无锡市)
            and any(p.city_zh in (m.surface, m.surface + kind) for p in m.places)
            for m in self.gazetteer.find_mentions(text[:comma])
        )

    def _places(self, walk: Walk) -> list[PlaceSpan]:
        """Places the sentence names other than the issuer: provinces, prefectures by full or
        short name, counties and districts by full name (钟山区, 六枝特区)."""
        if walk.places is None:
            walk.places = []
            if self.gazetteer is not None:
                own = walk.ctx.own_names
                # a place inside quotes names a thing (“吉林一号”卫星), not where it happens
                quoted = [(q.start(), q.end()) for q in QUOTED_RE.finditer(walk.text)]
                # (and the places a bracket says the issuer's whole includes: 全州(含塔城、阿勒泰
                # 地区), part of its own scope)
                quoted += [(q.start(), q.end()) for q in _INCLUDED_RE.finditer(walk.text)]
                mentions = self.gazetteer.find_mentions(walk.text)
                # (a short name of a place the sentence names in full: 南海区…,2024年南海新增…)
                in_full = {p.city_id for m in mentions if not m.is_short for p in m.places}
                for m in mentions:
                    # (原拱墅区, 原下城区 in the merged 拱墅区's text: the former units, each a
                    # part of what the issuer is now, or what it was before)
                    former = walk.text[m.start - 1 : m.start] == "原"
                    if not former and (m.surface in own or any(p.city_zh in own for p in m.places)):
                        continue
                    if not former and _own_at(walk, m.start, m.end):
                        continue  # 荆门 of 荆门高新区, in the zone's own text
                    if _listed_with_own(walk, m.start, m.end):
                        continue  # 广州开发区、黄埔区…: the issuer under both its names
                    if any(a <= m.start and m.end <= b for a, b in quoted):
                        continue
                    if grammar.ORGANISATION_AFTER_RE.match(walk.text, m.end):
                        continue  # 山西大运汽车制造有限公司: a firm's name, not a place's figure
                    prefecture = any(p.admin_level == "prefecture" for p in m.places)
                    if (
                        m.province_zh
                        or not m.is_short
                        or prefecture
                        or m.strong
                        or any(p.city_id in in_full for p in m.places)
                        or _listed_with_a_place(walk.text, m, mentions)
                    ):
                        walk.places.append(PlaceSpan(m.start, m.end))
        return walk.places

    def _is_foreign_head(self, walk: Walk, start: int, end: int) -> bool:
        head = walk.text[start:end]
        places = [
            PlaceSpan(m.start(), m.end())
            for m in grammar.FOREIGN_SCOPE_RE.finditer(head)
            if not _own_at(walk, start + m.start(), start + m.end())
            and not _own_in_brackets(walk, start + m.end())
            and not _listed_with_own(walk, start + m.start(), start + m.end())
        ]
        places += [PlaceSpan(p.start - start, p.end - start) for p in self._places(walk)
                   if start <= p.start and p.end <= end]  # fmt: skip
        if "全" in head:
            # 支撑全市研发投入强度…6% in a district's text: the city's, a whole of another kind
            places += [
                PlaceSpan(m.start(), m.end())
                for m in grammar.SELF_SCOPE_WORD_RE.finditer(head)
                if m.group(0).startswith("全") and not _of_own_kind(walk, m.group(0))
            ]
        if _SUB_AREA_WORD_RE.search(head):
            places += [
                PlaceSpan(m.start(), m.end())
                for m in _NAMED_SUB_AREA_RE.finditer(head)
                if not _own_at(walk, start + m.start(), start + m.end())
            ]
        town = self._town_opening(walk, start, end)
        if town is not None:
            places.append(PlaceSpan(town.start - start, town.end - start))
        area = self._area_opening(walk, start, end)
        if area is not None:
            places.append(area)
        for m in places:
            if _EXCLUDED_IN_BRACKETS_RE.search(head, 0, m.start):
                continue  # 全区(不含高新区托管区域)…: the whole but a part it leaves out
            between = [x for x in walk.s.quantities if start + m.end <= x.start and x.end <= end]
            if (
                any(walk.text[x.end : x.end + 1] in ("、", "和", "及", "与") for x in between)
                and not (re.fullmatch(r"[、和及与]?", walk.text[between[-1].end : end]))
                and not (
                    # (or a province or city by name: 山东省…净增3200余家、总数突破1.1万家)
                    (
                        head.startswith(("全省", "我省", "本省"), m.start)
                        or head[m.start : m.end].endswith(("省", "自治区", "市"))
                    )
                    and (
                        not head[: m.start].strip()
                        or _OCCASION_RE.fullmatch(head[: m.start].strip())
                    )
                    and not YARDSTICK_AFTER_RE.match(head, m.end)
                )
            ):
                # 示范园区6个、星创天地1家: the place went with a figure of its own (全省共有…
                # 42家、…3家: the province opening the clause is the whole list's)
                continue
            # 占全省的30%, 居全省第一: the place is a yardstick; but in 低于全省1.5%的平均水平
            # the figure right after the place is that place's own
            theirs = THEIRS_RE.search(head[: m.start]) and len(head) - m.end <= 4
            if any(walk.text.startswith(v, start + m.end) for v in _RANKED_AMONG) or (
                _UNITS_RANKED_AMONG_RE.match(walk.text, start + m.end)
            ):
                # 高企数量全省排名第4, 在全省位列…, 在全省17个市州中居第3位: the field ranked
                # in, a yardstick
                continue
            if self._average_named(walk, head, start, m.end):
                return True  # 全国平均每万人口发明专利拥有量13.3件: the place's own average
            if self._comparison_before(head, m.start) and not theirs:
                continue
            if self._covered_by_mention(walk, start + m.start, start + m.end):
                continue  # 争取省自创区建设资金: a word inside an indicator's name
            if _ASSIGNED_TO_THE_ISSUER_RE.match(head, m.end) or self._assigned_by_name(
                walk, head, m.end
            ):
                continue  # 安庆市下达我市…目标为14.5亿元: the place sets the issuer's quota
            if self._in_listed_firm_names(walk, start + m.start, end, start + m.end):
                continue  # 天豫薯业、盐城华德、凯杰科技4家公司: a firm's name, no place
            # 云南省重点实验室, 荆州市级星创天地: the place's kind and 级 before the name
            level_end = start + m.end
            level_end += len(_LEVEL_WORD_RE.match(walk.text, level_end).group())
            named = head[m.start : m.end]
            said_level = "级" in walk.text[start + m.end : level_end]
            if not named.startswith("全") and self._names_a_level(walk, level_end, said_level):
                # 云南省重点实验室, 河北省科学技术进步奖: a level, not a place; so is any place
                # said as a level before what is counted (四平市级科技特派员31名)
                continue
            if named in walk.ctx.province and (
                self._names_a_programme(walk, start + m.end)
                or (
                    # (opening the clause, or after a verb that makes them: 新培育湖北省…企业2家)
                    (
                        not head[: m.start].strip()
                        or (
                            head[: m.start].rstrip().endswith(grammar.INCREMENT_WORDS)
                            and not _APPLIED_JUST_BEFORE_RE.search(head, 0, m.start)
                        )
                    )
                    and self._names_a_register(walk, start + m.end)
                )
            ):
                continue  # 广西“瞪羚企业”: the issuer's province names a level of programme
            return True
        return False

    @staticmethod
    def _assigned_by_name(walk: Walk, head: str, pos: int) -> bool:
        """Does the place at head[:pos] hand the issuer, named by its own name, a quota
        (天水市下达麦积区2022年…目标为1.1%)?"""
        verb = _HANDS_DOWN_RE.match(head, pos)
        return verb is not None and any(
            head.startswith(name, verb.end()) for name in walk.ctx.own_names
        )

    def _area_opening(self, walk: Walk, start: int, end: int) -> PlaceSpan | None:
        """A new area or a zone of its own name the clause opens on (柳东新区新增…), not the
        issuer: a part of the place (offsets into the clause)."""
        text = walk.text
        if text.find("新区", start, end) < 0 and text.find("投资区", start, end) < 0:
            return None
        tok = self._first_content(walk, start, end)
        found = _OPENING_AREA_RE.match(walk.text, tok.start, end) if tok is not None else None
        if found is None or _own_at(walk, found.start(), found.end()):
            return None
        if any(
            t.tag.startswith("v") for t in walk.s.tokens_between(found.start(), found.end() - 2)
        ):
            return None  # 主动服务雄安新区建设: a verb's object, no part opening the clause
        return PlaceSpan(found.start() - start, found.end() - start)

    def _town_opening(self, walk: Walk, start: int, end: int) -> PlaceSpan | None:
        """A town, township or subdistrict the clause opens on (胡埭镇新增…, 其中马山街道…):
        no gazetteer lists them, but their suffix says they are below any issuer."""
        tok = self._first_content(walk, start, end)
        if tok is not None and tok.text == "其中":
            tok = self._first_content(walk, tok.end, end)
        if tok is None:
            return None
        town = _SUB_COUNTY_RE.match(walk.text, tok.start, end)
        if town is None or town.end() not in walk.s.boundaries(town.end(), town.end()):
            return None
        if any(n in town.group() for n in walk.ctx.own_names):
            return None  # 塘厦镇 in 塘厦's own text (Dongguan's towns report as counties do)
        return PlaceSpan(town.start(), town.end())

    @staticmethod
    def _in_listed_firm_names(walk: Walk, pos: int, end: int, name_end: int) -> bool:
        """Is the place at pos (its name ending at name_end) inside names listed with 、 that
        a count of firms sums up right after (A、盐城B、C 4家公司被认定为…), or inside the name
        of the one example 等 sums up (湄潭县兰馨茶业星创天地等5家单位)?"""
        text = walk.text
        listed = text[pos - 1 : pos] == "、" or "、" in text[pos:end]
        # (or the name of one example of them, summed up by 等: 湄潭县兰馨茶业星创天地等5家)
        return (listed and bool(_NAMES_SUMMED_RE.match(text, pos))) or bool(
            _NAME_OF_AN_EXAMPLE_RE.match(text, name_end)
        )

    @staticmethod
    def _average_named(walk: Walk, head: str, start: int, pos: int) -> bool:
        """Does the place ending at pos go on with 平均 and an indicator's name up to the
        figure, no comparison after it (全省平均研发投入强度2.1%)? Then the figure is that
        place's average, not a yardstick of the issuer's (高于全省平均水平)."""
        average = _AVERAGE_AFTER_RE.match(head, pos)
        if not average or _COMPARING_RE.search(head, pos):
            return False
        if _COPULA_ONLY_RE.fullmatch(head, average.end()):
            return True  # 全省平均是2.4%, 全省平均为2.4%: the indicator goes on from before
        return any(pos < m.start - start and m.indicator_code for m in walk.s.mentions
                   if m.end <= start + len(head))  # fmt: skip

    @staticmethod
    def _comparison_before(head: str, pos: int) -> bool:
        """Is the place at pos a yardstick (占全省, 居全省, 高于全国, 全省第一, 全省平均)?"""
        before = head[max(0, pos - 8) : pos]
        if re.search(COMPARED_BEFORE, before):
            return True
        for after in (pos + 2, pos + 3):
            found = YARDSTICK_AFTER_RE.match(head, after)
            # 全省的30%, 全市的平均水平: a yardstick; 诸暨市的专利申请量: the place's own figure
            if found and (found.group(0) != "的" or _YARDSTICK_OF_RE.match(head, found.end())):
                return True
        return False

    def _names_a_level(self, walk: Walk, pos: int, said_level: bool = False) -> bool:
        """全省重点实验室, 云南省重点实验室, 河北省科学技术进步奖: the level of a platform or an
        award, not another place; of any indicator when 级 says so (四平市级科技特派员)."""
        m = next((m for m in walk.s.mentions if m.start == pos and m.indicator_code), None)
        if m is None:
            return False
        category = self.lexicon.indicators[m.indicator_code or ""].category
        return said_level or category in ("platforms", "awards")

    @staticmethod
    def _names_a_programme(walk: Walk, pos: int) -> bool:
        """Does a quoted programme follow right after pos (广西“瞪羚企业”)? (黑龙江省R&D经费 is
        the province's own figure.)"""
        return walk.text[pos : pos + 1] in ("“", '"')

    def _names_a_register(self, walk: Walk, pos: int) -> bool:
        """Does the issuer's province, opening its clause, name a register of firms right after
        it, the figure glued to the name (…97家,浙江省科技型中小企业354家): the province's level
        of the firms the issuer has (省级), not the province's own count (浙江省高新技术企业数量
        突破…)? (A verb before it, 申请备案云南省…, is the caller's to read.)"""
        m = next((m for m in walk.s.mentions if m.start == pos and m.indicator_code), None)
        if m is None or self.lexicon.indicators[m.indicator_code or ""].category != "enterprises":
            return False
        return any(q.start == m.end for q in walk.s.quantities)

    def _covered_by_mention(self, walk: Walk, start: int, end: int) -> bool:
        return any(m.start <= start and end <= m.end for m in walk.s.mentions)

    def _place_before(self, walk: Walk, start: int, end: int) -> int:
        """Where a place name ends right at ``end`` (宣城市第1, 南通第一), or -1."""
        for place in self._places(walk):
            if place.end == end and place.start >= start:
                return place.start
        for name in walk.ctx.own_names:
            if walk.text.endswith(name, start, end):
                return end - len(name)
        return -1


_LEVEL_WORDS_RE = re.compile("|".join(sorted(grammar.LEVEL_WORDS, key=len, reverse=True)))


# A size as a modifier: (超|上|过)? figure and unit, (以上)? 的, then at most a short adjective
# (重大, 规上) before the indicator's name.
_THRESHOLD_BEFORE = re.compile(
    r"(?:超|上|过|逾)?[0-9.]*[十百千万亿]*(?:元|万|亿)(?:元)?(?:以上|及以上)?的[\u4e00-\u9fff]{0,2}$"
)

# the place's peers, then their ranking: 全省市州排名…, 全市各区县排位…
_PEERS_RANKED_RE = re.compile(r"[^,;。、:0-9]{1,5}?(?:排名|排位|位次|排在|排第)")
# a clause naming a group of firms or bodies to speak of them: 117家高新技术企业中, 在规上企业中,
_AMONG_A_GROUP_RE = re.compile(r"(?:^|[,;:])[^,;:。]{0,24}?(?:企业|公司|单位|机构|院所|高校)之?中,")
# several years, not one: 30年来, 五年间, 十年来, “十一五”累计, 十三五期间 (not 近年来, 一年来)
_REACHES_RE = re.compile(r"达到?(?!成|标)")
_MULTI_YEAR_SPAN_RE = re.compile(
    r"(?<![一0-9])(?:[2-9]|[1-9][0-9]|[两二三四五六七八九]|[二三四五六七八九]?十[一二三四五六七八九]?)"
    r"年(?:来|间)|(?:近|过去|最近)(?:[2-9]|[两二三四五六七八九]|十)年"
    r"|十[一二三四五]五[”\"]?\s*(?:期间|以来|时期|累计)"
    # (the plan periods before those numbered 十X五: “十五”期间, 九五时期)
    r"|(?<![一二三四五六七八九十0-9])[十九八]五[”\"]?\s*(?:期间|时期|累计)"
    # (两年净增, 三年新增, 五年累计: a sum over those years)
    r"|(?<![0-9年])(?:[2-9]|[两二三四五六七八九十])年(?=累计|净增|新增|合计|共|获)"
)
# a span of years written as a range (2021—2022年, 2019-21年间; not a validity's window,
# 2015~2017年有效期内)
_PAST_RANGE_RE = re.compile(
    r"((?:19|20)[0-9]{2})\s*[—–\-~至到]\s*((?:19|20)?[0-9]{2})\s*年(?!度?[0-9]|有效期)"
)
# a name in brackets right after a word: 高新区(滨江)
_BRACKETED_NAME_RE = re.compile(r"[((]([\u4e00-\u9fff]{2,8})[))]")
# a place's kind and 级 between its name and a platform's: 云南省重点实验室, 荆州市级星创天地
_LEVEL_WORD_RE = re.compile(r"[省市县区州盟]?级?(?:及?以上)?")
# a year of its own at a from-to's start: 由2015年的2.57%, 从上年的
_DATED_START_RE = re.compile(r"(?:19|20)[0-9]{2}年|上年|去年")
# a from-figure dated by a year or a plan period's end (从2015年的, 由“十三五”末的)
_DATED_FROM_RE = re.compile(
    r"[从由](?:((?:19|20)[0-9]{2})年(?:底|末)?|[“\"「]?十([一二三四五])五\s*[”\"」]?(?:期)?末)"
)


def _year_of_an_earlier_start(text: str, before: int) -> int | None:
    """The year of the last dated from-figure before ``before`` in the sentence, if any."""
    found = None
    for m in _DATED_FROM_RE.finditer(text, 0, before):
        found = m
    if found is None:
        return None
    return int(found.group(1)) if found.group(1) else numbered_period(found.group(2))[1]


# 占全省61家的80.3%, 占全市总量5000件的四成: a figure between 占 and the share taken of it
_SHARE_BASE_BEFORE_RE = re.compile(r"占[^,;:。0-9]{0,12}$")


# per a measure of land, people or money: a density or intensity (每万人 is the indicator's own)
_PER_UNIT_BEFORE_RE = re.compile(r"每(?:平方公里|平方千米|公里|千人|百人|亿元|万元)[^,;。0-9]*$")


def _a_narrower_kind(code: str | None) -> bool:
    """Is the indicator a kind of a broader one (发明专利申请 of 专利申请)?"""
    return bool(code) and code.startswith("invention_")


# A share of "the total", no more said, after the figure or the items listed with it: the
# total of what was just named, the figures its parts
_SHARES_OF_THE_TOTAL_AFTER_RE = re.compile(
    r"(?:以上|左右|余|多)?(?:、[^,;。、0-9]{0,8}[0-9.]+[^,;。、0-9]{0,3})*[,,]?(?:分别|各)?(?:约|共)?"
    r"占(?:总量|总数|总额|总和|全部)(?:的)?(?:比重|比例|比)?(?:为|达|达到|约)?[0-9.]+%"
)
# a figure's share of a whole, right after it: …101家,占重点实验室总数的51%
_SHARE_OF_A_WHOLE_AFTER_RE = re.compile(
    r"(?:以上|左右|余|多)?[,,]?(?:约|共)?占(?P<whole>[^,;:。0-9%]{2,20}?)"
    r"(?:总数|总量|数量|总额|总和)?的?(?:比重|比例)?(?:为|达|达到|约)?[0-9.]+%"
)
_SHARE_OF_IT_AFTER_RE = re.compile(
    r"的(?:[0-9.]+%|[一二三四五六七八九]成|[0-9一二三四五六七八九十]+分之)"
)
# such a span opening the sentence as a clause of its own: 30年来, / “十三五”期间,
# an item (a sentence, or a part of one after ';') opening on a span: 会议指出,“十一五”期间,…
# / 五年累计登记…
_SPAN_CLAUSE_RE = re.compile(rf"(?:[^,;:。]{{0,8}}[,:])?\s*[“\"]?(?:{_MULTI_YEAR_SPAN_RE.pattern})")
_OPENING_SPAN_RE = re.compile(rf"[^,;:。]{{0,6}}(?:{_MULTI_YEAR_SPAN_RE.pattern})[^,;:。]{{0,4}},")
# a group right before an indicator's name: 规模以上工业企业中高新技术企业…
_GROUP_BEFORE_NAME_RE = re.compile(r"(?:企业|公司|单位|机构|院所|高校)之?中$")
# (not those served, nor those who benefited: 为100家企业发放科技贷款5亿元, 3322家企业获加计
# 扣除减免所得税约24亿元 are the place's loans and deductions; nor firms that became the named
# kind: 3家企业被列入…新型研发机构、总数达7家)
_COUNTED_GROUP_BEFORE_NAME_RE = re.compile(
    r"(?<![0-9一二三四五六七八九十百为向对给助])[0-9一二三四五六七八九十百]+(?:家|所|个)"
    r"[^,;。0-9]{0,20}?(?:企业|公司|单位|机构|院所|高校)"
    r"(?:(?!被|成为|列入|入选|评为|认定为|确定为|获|享受|得到)[^,;。0-9]){0,10}$"
)
# the firms of one industry (高技术产业(制造业)企业法人单位, 电子信息行业企业): what they spent or
# filed is a part of the place's (工业企业 are all of industry: the writers' usual proxy)
_INDUSTRYS_FIRMS = r"(?:产业|行业|制造业)(?:\([^()]{0,6}\))?企业(?:法人)?(?:单位)?"
_INDUSTRYS_FIRMS_RE = re.compile(_INDUSTRYS_FIRMS)
_INDUSTRYS_FIRMS_BEFORE_NAME_RE = re.compile(_INDUSTRYS_FIRMS + r"(?:全年|共|的)?$")
# …and as the subject a clause opens on (规模以上医药制造业企业研发经费支出…)
_INDUSTRYS_FIRMS_SUBJECT_RE = re.compile(r"(?:规模以上|规上)?[^,;。]{0,12}?" + _INDUSTRYS_FIRMS)
# the whole place again, after a group's figure: 全市…, 全社会研发投入…
_WHOLE_PLACE_RE = re.compile(grammar.SELF_SCOPE_WORD_RE.pattern + "|全社会")
_THRESHOLD_AFTER = re.compile(r"(?:以上|及以上|以下)的")
# a size band right before a count: 3亿元以上有2家, 5000万元以上的1家
_SIZE_BAND_BEFORE_RE = re.compile(
    r"[0-9.一二三四五六七八九十百千]+\s*[万亿]*元(?:及)?(?:以上|以下)(?:的|有|为)?$"
)
# a zone named after the issuer (内江高新区 in 内江's text), its name's 市/县 dropped or not
# (or a zone with a name of its own after the issuer's: 宜宾三江新区, 江阴—靖江工业园区)
_ZONE_AFTER_NAME_RE = re.compile(
    # (a name, not a level: 泉州省级农业科技园区 is a kind of zone of the issuer's)
    r"[市县]?(?:[—-]?(?:(?!省|市|县|国家|级)[\u4e00-\u9fff]){2,4}?(?:工业|产业|经济)?)?"
    r"(?:" + "|".join(ZONE_KINDS) + ")"
)
# a figure alone in brackets after what the issuer's is compared with: 占全市经费总量(53.2亿元)的,
# 较同期(0.45%), 比上年(1.2亿元)
_BRACKETED_BASE_RE = re.compile(
    r"(?:占|较|比|同期|低于|高于|超过|超出|不及|落后于)[^,;:。()()]{0,12}[((]$"
)
# …of which a goal summed over a plan period is no year's (占规划期累计目标(120亿元)的), a
# year's goal is (占全年目标12亿元的, 占2023年目标(6.5亿元)的), and a year named right before the
# bracket dates its value (比2020年(3.31%))
_SUMMED_GOAL_RE = re.compile(r"累计|规划期|期间")
_A_YEARS_GOAL_RE = re.compile(r"(?:全年|年度|(?:19|20)[0-9]{2}年)(?:目标|任务)")
_YEARS_OWN_IN_BRACKETS_RE = re.compile(
    r"(?:较|比)(?:19|20)[0-9]{2}年(?:末|底)?(?:的?基期值?|的?基数)?[((]"
)
_BRACKET_CLOSE_RE = re.compile(r"(?:以上|左右)?[))]")
_BRACKETED_BASE_REACH = 16  # the longest such opening: a word, 12 characters and the bracket
# 申请 right before a kind of firm, a level between (申请省级科技型中小企业)
_APPLYING_FOR_RE = re.compile(r"申请(?:认定|入库|评价)?(?:国家级|省级|市级|国家|省|市)?$")
# names listed up to a count of firms that sums them up (…、凯杰科技4家公司, 等5家企业)
# (the rest of the name after the place's: 兰馨茶业星创天地等5家)
_NAME_OF_AN_EXAMPLE_RE = re.compile(r"[^\W\d_等、]{2,20}?等[0-9一二三四五六七八九十]+(?:家|个|项)")
_NAMES_SUMMED_RE = re.compile(r"[^,,;。:]*?等?[0-9一二三四五六七八九十]+家(?:公司|企业|单位)")
# a firm named before by a demonstrative: 该公司, 这家企业, 此企业; or a clause opening on
# 公司 alone (…,公司去年研发投入600多万元; 我公司, 本公司): the firm the text speaks of
# (and a firm's own people speaking of it, in quotes: “我们公司去年研发投入…, 我们企业…)
_FIRM_SPOKEN_OF_WORDS = ("公司", "该", "这", "此", "学校", "集团", "们企业", "我厂", "们厂")
_FIRM_SPOKEN_OF_RE = re.compile(
    r"(?:该|这家|此|这个|这所)(?:公司|企业|集团|工厂|大学|学校|研究院|研究所|校|所|院)"
    r"|(?:^|(?<=[,;:“\"]))(?:[我本]?公司|学校|集团|我们公司|我们企业|我们厂|我厂)"
)
# A sentence whose subject is a firm (its name ends 有限公司, 集团 … before any comma, or it is
# called by its short name, 双枪公司; not the first of several, …公司、…公司等14家企业), perhaps
# after the time it speaks of (目前,双枪公司共获得有效专利212项,…)
_FIRM_SUBJECT_RE = re.compile(
    # (a firm given as an example or an aside, perhaps placed in the issuer: 比如我市某…企业,
    # 如辖区内某…公司, 此外,…集团)
    # (after the topic a paragraph's sentence opens on: 在种业创新上,…; 在平台建设方面,…)
    r"(?:在[^,;:。在]{1,12}(?:上|方面|领域),)?"
    r"(?:(?:比如|例如|譬如|如|像|此外|另外|其中)[,]?)?"
    r"(?:[我本](?:市|县|区|旗|州|盟)|(?:市|县|区|旗|州|盟|辖区|园区|境)内|当地)?"
    r"(?:(?:目前|当前|截至目前|近年来|今年|去年|(?:19|20)[0-9]{2}年度?)[^,;:。]{0,4},)?"
    r"(?:据[^,;:。0-9]{0,10},)?"  # (where it is told: 据了解,…)
    # (not a firm the place works through: 依托…集团, 联合…公司; nor one it works with, 与…公司
    # 签约: a firm's name may open on 同 itself, 同煤集团)
    r"(?!依托|依靠|联合|支持|引导|推动|鼓励|围绕|通过|与|和"
    r"|同[^,;:。]{2,30}?(?:合作|共建|签约|签订|联合|共同|携手|对接))"
    # (firms listed by name, each given its figure: A有限公司、B公司分别投入研发经费…)
    r"(?P<name>(?:[^,;:。的、]{2,30}?(?:公司|集团)、)+[^,;:。的、]{2,30}?(?:公司|集团)(?=分别)"
    r"|[^,;:。的]{2,30}?(?:有限公司|有限责任公司|股份公司|集团)|[\u4e00-\u9fff]{2,12}公司"
    # (a firm named by its trade: 东阳光药业; a bank's branch: 龙江银行大庆分行)
    r"|[\u4e00-\u9fff]{2,8}(?:药业|制药|股份|银行[\u4e00-\u9fff]{2,4}分行)(?!有限|公司|集团)"
    # (an enterprise's works or a university, standing alone: 某油田第二采油厂, 某某大学一家)
    r"|[\u4e00-\u9fff]{2,12}(?:[^工]厂|大学(?!生|科技园)|学院(?!路))(?:一家)?"
    # (a research institute: 长春光机所, 海洋研究所; an oil field run as a firm: 大庆油田)
    r"|[\u4e00-\u9fff]{1,12}(?:研究所|[机能理化物]所)|[\u4e00-\u9fff]{2,10}研究院"
    r"|[\u4e00-\u9fff]{2,6}油田"
    # (a firm left unnamed, or firms named as a group: 某铝型材龙头企业, 安踏、恒安等龙头企业)
    r"|某[\u4e00-\u9fff]{1,12}?企业|[^,;:。的]{2,20}?等(?:龙头|骨干|重点|领军)?企业"
    # (one firm left unnamed: 一家汽车整车企业)
    r"|一家[\u4e00-\u9fff]{1,10}?(?:企业|集团|公司))"
    # (a firm by its name working with a partner is the subject still: …公司与苏州大学联合
    # 攻关,…; not firms named as a group, …等龙头企业与…大学开展产学研合作)
    r"(?![”\"’]?(?:公司|等|、|和|及))(?!与(?![^,;。]{1,16}?(?:联合|合作|共建|共同)))(?<!企业(?=与))"
)
# what a named body is to the place (作为我市科技创新主力军,): no word of the place's own
_AS_WHAT_RE = re.compile(r"作为[^,;:。]{1,20}")


def _blanked(found: re.Match[str]) -> str:
    return " " * len(found.group())


# a word of an organisation's name (or of one left unnamed, 某…, or named as a group, …等企业): no
# sentence without one has a firm for subject
_ORGANISATION_WORD_RE = re.compile(
    r"公司|集团|厂|大学|学院|某|等[^,;:。]{0,2}企业|一家|研究所|[机能理化物]所|研究院|油田"
    r"|药业|制药|股份|分行"
)


def _firm_spoken_of_end(text: str, end: int) -> int:
    """Where the last firm the text speaks of before ``end`` (该公司, ,公司…) is named, or -1."""
    if not any(w in text for w in _FIRM_SPOKEN_OF_WORDS):
        return -1  # each way of speaking of one says its word or a demonstrative: most, none
    return max((m.end() for m in _FIRM_SPOKEN_OF_RE.finditer(text, 0, end)), default=-1)


def _states_a_stock(head: str) -> bool:
    """Does the figure's clause say what there is, not what was added (2016年以来,…;拥有国家级
    高新技术企业106家): a stock under a span of years is the stock at its end."""
    if not any(w in head for w in (*grammar.LEVEL_WORDS, "数量")):
        return False  # 数量: 众创空间数量11家 counts what there is
    # 增加到 and 累计建成 say what there is; 新增, and 建成 alone, what was added
    rest = _LEVEL_WORDS_RE.sub("", head)
    added = [w for w in grammar.INCREMENT_WORDS if w in rest]
    totalled = re.search("累计|共", head) is not None
    return not added or (totalled and all(w in grammar.MAKING_WORDS for w in added))


def _succeeded_after(walk: Walk, q: Quantity) -> bool:
    """推荐的15家企业全部通过…认定: those put forward are said, after the figure, to have
    made it (a success verb in the rest of the clause)."""
    return grammar.SUCCESS_RE.search(walk.text, q.end, walk.s.clause_end(q.end)) is not None


def _without_names(walk: Walk, start: int, head: str) -> str:
    """``head`` (the text from ``start``) with the indicators named in it blanked: 申报 of
    专利申报量 names the indicator, it does not say the figure counts applications."""
    for m in walk.s.mentions_in(start, start + len(head)):
        if m.indicator_code:
            head = head[: m.start - start] + " " * (m.end - m.start) + head[m.end - start :]
    return head


# An organisation named whole (天水市农业科学研究所, 某某精密机械有限公司): a yearbook's entry
# under its name (【…有限公司】 年内,公司投入研发经费…) is the organisation's, not the place's
_ORGANISATION_NAME = (
    r"[\u4e00-\u9fff()]{2,30}?(?:公司|集团|大学|学院|学校|医院|研究院|研究所|研究中心"
    r"|服务中心|推广中心|实验室|站|厂)"
)
# A heading that opens on a part of the issuer and a colon (一、临桂区:建设“科技新城”, 【丁栾镇】),
# or on an organisation: the paragraphs under it, up to the next heading, are that part's (a
# roundup of its parts) or that organisation's
# (the reader writes a yearbook's 【…】 label as the line's lead and a colon)
PART_HEADING_PREFILTER = (
    r"^\s*(?:(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|【)[^:】]{1,40}"
    r"(?:县|区|市|旗|镇|乡|街道|苏木|\))|[^:,。]{0,30}(?:公司|集团|大学|学院|学校|医院|研究院"
    r"|研究所|中心|实验室|站|厂))[:】]"
)
_PART_HEADING_RE = re.compile(
    r"\s*(?:(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|【)\s*"
    rf"(?P<lead>{_PART_NAME}(?:、{_PART_NAME})*|{_ORGANISATION_NAME})|(?P<organisation>"
    rf"{_ORGANISATION_NAME}))\s*[:】]"
)
# (…or a label of the page's own: 编者按:, 记者手记:)
_ANY_HEADING_RE = re.compile(
    r"\s*(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十]+\)|【"
    r"|第[一二三四五六七八九十]+(?:部分|章)|[\u4e00-\u9fff]{2,6}:)"
)


def under_parts_headings(texts: list[str], own: frozenset[str]) -> list[bool]:
    """For each of a document's sentences (in order), whether it stands under a heading that
    names a part of the issuer (or a list of them) rather than the issuer itself."""
    out: list[bool] = []
    under = False
    for text in texts:
        heading = _PART_HEADING_RE.match(text)
        if heading is not None:
            lead = heading.group("lead") or heading.group("organisation")
            items = [re.sub(r"\(.*\)$", "", item) for item in lead.split("、")]
            under = not any(
                item in own or grammar.SELF_SCOPE_WORD_RE.fullmatch(item) for item in items
            )
        elif _ANY_HEADING_RE.match(text):
            under = False
        out.append(under)
    return out
