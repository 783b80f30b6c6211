"""Which indicator a figure's clause speaks of: the nearest mention with no competing noun
before it, the last figure's indicator going on, the previous clause's or sentence's, and the
scope words (国家级, 省级) that go with a mention."""

from __future__ import annotations

import re

from ingest.document.zones import ZONE_KINDS
from ingest.extraction import grammar
from ingest.extraction.lexicon import Mention
from ingest.extraction.numbers import Quantity, find_quantities
from ingest.extraction.sentence import ParsedSentence, Token, restates
from ingest.extraction.walk import (
    TIME_ADVERBIAL_RE,
    Rules,
    Walk,
    qualifier_before,
)

_DOMAIN_WORDS = frozenset({"科技", "科学技术"})
# 在库, 在册: on the kind's register, a status of the whole, not a narrower kind
_STATUS_WORDS = frozenset({"在库", "在册"})
_QUALIFIER_WORD_RE = re.compile("|".join(map(re.escape, grammar.QUALIFIER_WORDS)))
# a level written short before another level: 国、省级, 省、市级
_LEVELS_SHORT = frozenset({"国", "国家", "省", "市", "县", "区"})
# the whole of the area spoken of, not a part of it: 全社会, 区域, 全域
_WHOLE_AREA_WORDS = ("全社会", "区域", "全域")
_TOTAL_WORDS = ("总量", "总数", "保有量", "有效期内")
# 从无到有, 从小到大, 从弱到强: how a thing grew, in a clause of its own
_FROM_TO_RE = re.compile(r"从[\u4e00-\u9fff]{1,2}到[\u4e00-\u9fff]{1,2}")
# Items of a list right before a name, after a scope word (省级工程技术研究中心、重点实验室)
_SCOPED_LIST_BEFORE_RE = re.compile(
    rf"(?:{'|'.join(grammar.QUALIFIER_WORDS)})(?P<items>(?:[\u4e00-\u9fff“”]{{2,14}}、)+)$"
)
_BARE_CLAUSES = 2  # clauses with no indicator and no figure a subject reaches across
_EVERY_KIND = ("多", "各", "不同")
_CLASS_NOUNS = frozenset({"层级", "层次", "类型", "类别", "级别", "种类", "领域"})
# What joins two items of a list of indicators: 、/和/及, a scope word, and a measure word
# closing the item before (研发经费投入总数、投入强度), perhaps after the kind's procedure
# (科技型中小企业评价入库数量、高新技术企业数量)
_LIST_JOIN = re.compile(
    r"(?:(?:"
    + "|".join(sorted(grammar.PROCEDURE_WORDS, key=len, reverse=True))
    + r"){0,2}(?:总数|总量|数量|规模|总额|数))?(?:、|和|及|与|以及)(?:"
    + "|".join(grammar.QUALIFIER_WORDS)
    + r")?(?:级)?"
)


# what stands before the whole a share is taken of: 占, 占全市, 占去年
_SHARE_BASE_BEFORE = re.compile(r"占(?:全[市省区县国]|去年|上年|当年|同期|今年)?$")

# The rest of a breakdown: 其他高新技术企业4家
_REMAINDER_WORDS = frozenset({"其他", "其它", "其余", "剩余"})
# A clause that counts who benefited from a policy of the kind (享受企业数, 惠及企业)
_BENEFICIARIES_RE = re.compile(r"\s*(?:共|累计|全年|全市|全区|全县)?(?:享受|惠及|受益)")
# the name goes on to count applications: 高新技术企业申报数量…,达323家
_APPLICATIONS_COUNTED_RE = re.compile(r"的?(?:申报|申请认定|推荐)(?:的)?(?:数量|总数|数|量)")


# the level of the awards an issuer gives, by what it calls itself (市 → 市级)
_LEVEL_OF_KIND = {"市": "市级", "州": "市级", "盟": "市级", "地区": "市级", "县": "县级",
                  "旗": "县级", "区": "区级"}  # fmt: skip
# a noun phrase after a figure: nouns and the words that qualify them (上市/ns, 挂牌/v 企业)
_NOUN_PHRASE_TAGS = grammar.NOMINAL_TAGS | {"v", "vn", "a", "b"}
_CLAUSE_END = ",;:。、 "
# A place that is no scope of the issuer's (全省, 全国) right before a name
_PLACE_BEFORE_RE = re.compile(r"(?:全省|全国)$")
# a clause that only names the year (2023年, / 今年,) before a sentence's subjectless figure
_YEAR_ONLY_RE = re.compile(r"(?:19|20)[0-9]{2}年度?|今年|去年|当年")
# a demonstrative naming the figure the sentence before gave: 这项数据, 该指标, 这一数字
_ANAPHOR_RE = re.compile(r"(?:这|该|此|上述)(?:一|项|个)?(?:数据|数字|指标|数值)")


# a sentence that opens on a change and names nothing: 比上年增长300%, 同比下降5%
_CHANGE_OPENING_RE = re.compile(r"(?:比|较|与)(?:上年|去年|上一年)(?:同期)?(?:相比)?,?|同比")
_ENDS_ON_FIGURE_GAP = 4  # 发明专利授权4项。: the name and its figure at the sentence's end


def opens_on_change(text: str) -> bool:
    """Does the sentence open on a bare change, naming nothing (比上年增长300%)?"""
    opening = _CHANGE_OPENING_RE.match(text)
    changes = grammar.GROWTH_WORDS + grammar.DECLINE_WORDS
    return opening is not None and text[opening.end() :].startswith(changes)


def _change_goes_on(after: str, figures: list[Quantity], text: str) -> bool:
    """Does the text open on a bare change (比上年增长300%) of the figure the sentence before
    ended on (``figures``, found in ``after``, its words after the last name), right after that
    name (…其中发明专利授权4项。)?"""
    if not opens_on_change(text):
        return False
    return (
        len(figures) == 1
        and figures[0].start <= _ENDS_ON_FIGURE_GAP
        and not re.search(r"[,;:]", after[: figures[0].start])
        and not after[figures[0].end :].strip("。;! ")
    )


def _taken_up(text: str) -> re.Match[str] | None:
    """The demonstrative that opens the text before its first figure, if any."""
    found = _ANAPHOR_RE.search(text)  # (rare: the figures are only looked for when it is there)
    return found if found is not None and not find_quantities(text[: found.start()]) else None


_FIRST_CLAUSE_RE = re.compile(r"[^,;:。!?]*")


def _opens_on_an_amount(text: str) -> bool:
    """Does the text's first clause end on an amount (全年累计入库2122家, 新增50家)? With no name
    of its own it goes on with the indicator the sentence before spoke of, figures or not
    (_carried_topic checks that no name stands before the figure). Not a figure that counts
    the noun after it (新增519家规上企业…), nor a part (其中…)."""
    first = _FIRST_CLAUSE_RE.match(text)
    clause = first.group(0) if first else ""
    if clause and _SOURCE_OPENER_RE.fullmatch(clause) and text.startswith(",", len(clause)):
        # (经市统计局核定,全年达到…: the clause after where the figure comes from)
        after = _FIRST_CLAUSE_RE.match(text, len(clause) + 1)
        clause = after.group(0) if after else ""
    figures = find_quantities(clause)
    # (or a list of one amount each year: 2024年力争达到210家、2025年达到240家)
    return (
        bool(figures)
        and len({f.unit for f in figures}) == 1
        and (len(figures) == 1 or _YEAR_OPENS_RE.match(clause) is not None)
        and figures[0].unit not in ("percent", "times")
        and not clause[figures[-1].end :].strip()
        and not text.startswith("其中")
    )


def _of_a_high_degree(s: ParsedSentence, tok: Token) -> bool:
    """Is the noun a quality said to be high (高水平, 高质量, 高 能级): words of praise, whatever
    tag jieba gives them, not a kind of the thing (高校, 高新区 are places of their own)?"""
    if len(tok.text) == 3 and tok.text[0] == "高" and tok.tag != "ns":
        return tok.text[-1] not in _PLACE_ENDS
    before = [t for t in s.tokens if t.end == tok.start]
    return bool(before) and before[0].text == "高" and before[0].tag == "a"


_PLACE_ENDS = frozenset("区园校院所县市")


# a clause opening on a year of its own (2021年为…)
# (or a goal's year: …,规划目标为2025年达到3.6%)
_YEAR_OPENS_RE = re.compile(r"\s*(?:(?:规划|预期)?目标(?:值)?为(?:到)?)?(?:19|20)[0-9]{2}年")
# a share of the economy right after an amount's name: 占GDP比重, 占地区生产总值的比例
# (or of the output it is measured against: 占规上工业增加值比重, 相当于地区生产总值的比例)
_SHARE_OF_THE_ECONOMY_RE = re.compile(
    r"\s*(?:占|相当于)(?P<whole>[^,;:。0-9]{0,14}?)(?:的)?(?:比重|比例)"
)
# a clause saying where a figure comes from: 经统计, 据市统计局核定, 根据…监测
# the label of a field under an item's heading: 全年目标, 年度任务, 1—6月完成, 截至6月底, 完成值
_FIELD_LABEL_RE = re.compile(
    r"(?:全年|年度|今年|本年)?(?:目标|任务|计划)(?:值|数)?"
    r"|(?:[0-9]{1,2}\s*[—–~-]\s*[0-9]{1,2}\s*月|上半年|前三季度|[一二三四]季度|全年|本年|今年)?"
    r"(?:实际)?完成(?:值|数|情况)?|截[至止][^,;:]{0,8}"
)
_FIELD_OPENING_RE = re.compile(rf"(?:{_FIELD_LABEL_RE.pattern})[::]")
# the label of an answer in a printed interview (答:去年新认定了71家 after 问:高新技术企业情况
# 怎么样?): the question named what its figures are of
# (or the one who answers, by a title or by name: 局长:…, 孙立华:…)
_ANSWER_LABEL_RE = re.compile(
    r"答|回答|[AaＡ]|[\u4e00-\u9fff]{0,6}?(?:局长|主任|书记|负责人|处长|科长|所长|院长|站长)"
)
# an item's label standing as a sentence (4.技术市场。, (二)专利:) and a bare measure opening
# the sentence after it (成交额, 申请量)
_ITEM_LABEL_RE = re.compile(
    r"(?:[0-9]{1,2}[.、．]|[((][一二三四五六七八九十0-9]{1,3}[))]|[一二三四五六七八九十]{1,3}、)?\s*"
    r"(?P<name>[\u4e00-\u9fff]{2,10})[。::]?"
)
_BARE_MEASURE_RE = re.compile(r"(?:成交额|交易额|申请量|授权量|拥有量|总数|数量)")
# what may follow a figure standing alone on its line (200家以上, 2.6%。)
_ALONE_AFTER_RE = re.compile(r"\s*(?:以上|左右|余|多)?\s*[。;,]?\s*")
_SOURCE_OPENER_RE = re.compile(
    r"(?:经|据|根据)[^,;。]{0,16}(?:统计|核定|核算|测算|审核|监测)"
    # …or what the goals follow (按照省科技厅下达的培育任务, 按照这一增势)
    r"|(?:按照|依据|根据|对照)[^,;。]{0,16}?(?:任务|要求|部署|增势|势头|趋势|目标|进度|安排)"
)


# a score an assessment gave (得分为83.26分, 得95分)
_SCORE_RE = re.compile(r"得分|[0-9]分(?!之)")
# a clause that only compares the figure before it with a yardstick (但仍低于全省平均水平…)
_YARDSTICK_ASIDE_RE = re.compile(r"[但却仍还并且也略]*(?:低于|高于|超过|落后于|领先于)")
# …or the comparison right after the name, in its clause (低于全省0.91%的平均水平, 不足全区
# 1.57%平均水平的三分之一)
_COMPARED_WITH_A_YARDSTICK_RE = re.compile(
    r"[但却仍还并且也略]*(?:低于|高于|超过|不足|落后于|领先于)[^,;。]{0,24}?(?:平均水平|平均值|均值)"
    r"[^,;。]{0,8}"
)


class SubjectRules(Rules):
    def _subject(self, walk: Walk, pos: int) -> tuple[Mention | None, Token | None]:
        """The nearest indicator mention before pos in its clause, and the competing noun that
        stands between them (or, without a mention, anywhere in the clause before pos)."""
        s = walk.s
        cs = s.clause_start(pos)
        depth = s.depth_at(pos)
        # 众创空间(星创天地)105家: a name in brackets only glosses the noun before it; but
        # after a noun the lexicon does not know (研究开发费用(R&D经费)支出…) it says what it is
        before = [
            m
            for m in s.mentions_in(cs, pos)
            if s.paren_depth[m.start] <= depth or self._glosses_unknown_noun(walk, m)
        ]
        if before:
            m = before[-1]
            return m, s.competing_noun(m.end, pos, m.indicator_code)
        return None, s.competing_noun(cs, pos)

    @staticmethod
    def _glosses_unknown_noun(walk: Walk, m: Mention) -> bool:
        """Does the mention open a bracket right after a noun that names no indicator?"""
        s, text = walk.s, walk.text
        opening = m.start - 1
        if opening < 1 or text[opening] not in "((" or s.paren_depth[m.start] != 1:
            return False
        if any(x.end == opening for x in s.mentions):
            return False  # 众创空间(星创天地): a gloss of a known indicator
        prev = next((t for t in s.tokens if t.end == opening), None)
        return prev is not None and s.is_nominal(prev)

    def _anchored(self, walk: Walk, pos: int, mention: Mention | None) -> bool:
        """Does the last figure's indicator go on at pos (it stands nearer than any mention)?"""
        if not walk.anchor:
            return False
        if mention is not None:
            return walk.anchor_end > mention.end
        return not self._named_since(walk, walk.anchor_end, pos)

    @staticmethod
    def _named_since(walk: Walk, start: int, pos: int) -> bool:
        """An indicator named after the last figure takes over (…;每万人发明专利拥有量…,第一),
        unless it is the one the figure itself named (3家企业被认定为高新技术企业,比增…)."""
        owners = {f.indicator_code for f in walk.anchor}
        return any(
            not (m.start in walk.used and m.indicator_code in owners)
            and m.start not in walk.applied
            # 占专利申请总量的37.05%: the whole a share is taken of names no subject
            and not _SHARE_BASE_BEFORE.search(walk.text, max(0, m.start - 4), m.start)
            for m in walk.s.mentions_in(start, pos)
        )

    def _topic(self, walk: Walk, q: Quantity) -> Mention | None:
        """The indicator the previous clause named and no figure took (企业申报高新技术企业,…)."""
        s = walk.s
        cs = s.clause_start(q.start)
        if cs == 0:
            return None
        prev_start = s.clause_start(cs - 1)
        passed = [x for x in s.quantities if prev_start <= x.start < cs]
        if (
            prev_start > 0
            and not s.mentions_in(prev_start, cs)
            and passed
            and all(self._milestone(walk, x) for x in passed)
        ):
            # 研发经费投入…再创新高,首次突破一百亿元,达116.21亿元: past the milestone
            prev_start = s.clause_start(prev_start - 1)
        elif (
            prev_start > 0
            and passed
            and not s.mentions_in(prev_start, cs)
            and self._applied_for(walk.text[prev_start : passed[0].start])
            and grammar.SUCCESS_RE.search(walk.text, cs, q.start)
        ):
            # 积极申报科技型中小企业,完成申报68家,入库64家: past the applications to what they
            # applied for
            prev_start = s.clause_start(prev_start - 1)
        for _ in range(_BARE_CLAUSES):
            # 高新技术企业从无到有,从有到优,总量达55家: past clauses that say how it went and
            # name nothing nor count anything (a noun in them still stops it, below)
            bare = not s.mentions_in(prev_start, cs) and not any(
                prev_start <= x.start < cs for x in (*s.quantities, *s.ranks)
            )
            if prev_start == 0 or not bare:
                break
            prev_start = s.clause_start(prev_start - 1)
        here = walk.text[cs : q.start]
        if _BENEFICIARIES_RE.match(here):
            return None  # …减免所得税额248.68亿元,享受企业数3007家: who benefited, not the kind
        itself = self._speaks_of_itself(walk, here)
        named = [
            m
            for m in s.mentions_in(prev_start, cs)
            if m.start not in walk.used
            and (itself or m.start not in walk.elsewhere)
            # 占全市专利申请总量的50.57%: the whole a share is taken of is no topic
            and not _SHARE_BASE_BEFORE.search(walk.text, max(0, m.start - 4), m.start)
        ]
        if not named:
            return None
        m = named[-1]
        if self._is_foreign_head(walk, prev_start, m.end) and not itself:
            # 黑龙江省R&D经费173.2亿元,较上年增长…: another place's indicator goes on; but in
            # 全省共有…420家,我市新增12家 the issuer takes the same indicator up
            return None
        succeeded = grammar.SUCCESS_RE.search(here) is not None
        applied = (
            self._applied_for(walk.text[prev_start : m.start])
            or m.start in walk.applied
            or _APPLICATIONS_COUNTED_RE.match(walk.text, m.end) is not None
        )
        # …,预计总量突破1100家 after 新申报高企483家: the total of the firms, not of the
        # applications
        total = any(w in here for w in _TOTAL_WORDS)
        if applied and not succeeded and not total:
            # 共申报高新技术企业279家,比去年增长43.8%; 高企共申报36家,其中国家级19家:
            # applications, not firms
            return None
        if self._counted_its_own_noun(walk, m, cs):
            return None
        # nouns after the mention in the previous clause count only if no figure took them
        counted = any(x.start >= m.end and x.end <= cs for x in s.quantities)
        start = cs if counted else m.end
        while (tok := s.competing_noun(start, q.start, m.indicator_code)) is not None:
            if tok.end > cs or self._labels_the_bracket(walk, tok, cs):
                return None
            if not (
                self._said_of(tok)
                or self._in_from_to(walk, tok)
                or self._object_of(walk, m, tok)
                or self._frames(walk, m, tok, cs)
            ):
                return None
            start = tok.end
        return m

    @staticmethod
    def _counted_its_own_noun(walk: Walk, m: Mention, cs: int) -> bool:
        """Did the last figure before the clause count a noun of its own, and no fact of the
        mention (高新技术企业中共有284家上市企业,其中40家…)? What follows goes on with that noun."""
        s = walk.s
        last = next((x for x in reversed(s.quantities) if m.end <= x.start and x.end <= cs), None)
        if last is None or any(f.start == last.start for f in walk.facts):
            return False
        # the clause ends on the figure's noun: a noun, perhaps after words that qualify it
        # (284家上市企业, 57家挂牌企业), and nothing else
        tail = [t for t in s.tokens_between(last.end, cs) if t.text.strip(_CLAUSE_END)]
        if not tail or tail[-1].tag not in grammar.NOUN_TAGS:
            return False
        if any(t.tag not in _NOUN_PHRASE_TAGS for t in tail):
            return False
        noun = walk.text[tail[0].start : tail[-1].end]
        return not s.is_benign_noun(noun, tail[-1].tag) and not restates(
            noun, s.own_forms(m.indicator_code)
        )

    @staticmethod
    def _labels_the_bracket(walk: Walk, tok: Token, cs: int) -> bool:
        """Is the noun the head of the label a bracketed figure follows (孵化器在孵企业数量(112家):
        the firms in incubation are counted, whatever verb jieba sees before them)?"""
        if cs < 1 or walk.text[cs - 1] not in "((":
            return False
        between = walk.text[tok.end : cs - 1].strip()
        return not between or between in grammar.ATTRIBUTE_NOUNS

    @staticmethod
    def _object_of(walk: Walk, m: Mention, tok: Token) -> bool:
        """Is the noun, in the mention's own clause, the object of a verb after the mention
        (R&D经费总量实现历史性突破,达到…: what it achieved, not a subject of its own)?"""
        return walk.s.clause_start(tok.start) <= m.start and any(
            t.tag == "v" for t in walk.s.tokens_between(m.end, tok.start)
        )

    @staticmethod
    def _frames(walk: Walk, m: Mention, tok: Token, cs: int) -> bool:
        """Is the noun, in a clause of the mention's own that gives no figure, a frame joined
        right onto the mention (高新技术企业方面,…; 研发投入工作成效明显,…): the clause only says
        what comes next is about the mention, and the noun is no subject of its own? Joined
        means nouns and verbs only between them: after 的 (…认定的服务机构) the noun is one."""
        s = walk.s
        start = s.clause_start(m.start)
        if s.clause_start(tok.start) > m.start:
            return False
        if any(start <= x.start < cs for x in (*s.quantities, *s.ranks)):
            return False
        # the mention opens its clause: before it only the time, the place or a scope
        # (围绕…的创新平台体系, 实施科技小巨人工程: the mention qualifies a noun or is an object)
        if any(
            not (t.tag in ("t", "ns") or s.is_benign_noun(t.text, t.tag))
            for t in s.tokens_between(start, m.start)
            if t.text.strip(_CLAUSE_END)
        ):
            return False
        return all(
            t.tag[:1] in ("n", "v") or t.tag in grammar.NOUN_TAGS
            for t in s.tokens_between(m.end, tok.start)
        )

    @staticmethod
    def _in_from_to(walk: Walk, tok: Token) -> bool:
        """Is the noun one that says how the thing grew (从小到大, an idiom to jieba), or in a
        clause that only says so (从有到优: 优 a noun)?"""
        if _FROM_TO_RE.fullmatch(tok.text):
            return True
        start = walk.s.clause_start(tok.start)
        end = start + len(re.split(r"[,;:。、]", walk.text[start:], maxsplit=1)[0])
        return bool(_FROM_TO_RE.fullmatch(walk.text, start, end))

    @staticmethod
    def _said_of(tok: Token) -> bool:
        """Is the noun in the clause of a mention a change said of it (研发投入快速增长,…,
        稳步提升: jieba tags the compound as a noun; 又创新高, an idiom), not a subject of its
        own?"""
        return tok.text.endswith((*grammar.GROWTH_WORDS, *grammar.DECLINE_WORDS, "新高"))

    @staticmethod
    def _spent(walk: Walk, m: Mention, q: Quantity) -> bool:
        """A mention whose own figure was no fact of it (narrowed, combined, another place's)."""
        owned = any(f.start >= m.end and f.end <= q.start for f in walk.facts)
        figured = any(x.start >= m.end and x.end <= q.start for x in walk.s.quantities)
        return m.start in walk.used and figured and not owned

    def _topic_of_rank(self, walk: Walk, cs: int) -> Mention | None:
        """每万人口发明专利拥有量达到12.2,位居全省首位: the previous clause's indicator."""
        if cs == 0:
            return None
        s = walk.s
        before = s.clause_start(cs - 1)
        named = s.mentions_in(before, cs)
        if not named and before > 0 and _YARDSTICK_ASIDE_RE.match(walk.text, before):
            # …强度虽有提升,但仍低于全省平均水平0.55个百分点,在全省16市中居第13位: a comparison
            # with a yardstick between the name and its standing
            named = s.mentions_in(s.clause_start(before - 1), before)
        if not named:
            return None
        compared = _COMPARED_WITH_A_YARDSTICK_RE.fullmatch(walk.text, named[-1].end, cs - 1)
        if not compared and s.competing_noun(named[-1].end, cs, named[-1].indicator_code):
            return None  # (…强度低于全省0.91%的平均水平,在全省9个市(州)中居第4位: the name's)
        if _SCORE_RE.search(walk.text, named[-1].end, cs):
            return None  # …得分为83.26分,在11个区中排名第三: the score's standing
        after = [x for x in s.quantities if named[-1].end <= x.start < cs]
        if (
            after
            and after[-1].unit == "percent"
            and all(f.start != after[-1].start for f in walk.facts)
            and not grammar.FOREIGN_SCOPE_RE.search(walk.text, named[-1].end, after[-1].start)
        ):
            # …占专利申请总量的比重达35.62%,居全省第4位: the standing of the share of its own
            # total just given, no fact of the name (a share of 全省's ranks the name itself)
            return None
        return named[-1]

    def _carried(self, previous: str | None, text: str = "") -> Mention | None:
        """The indicator a sentence ends on when no figure follows it (高新技术企业发展迅猛。),
        or the last one it gave a figure of when this sentence takes that figure up by a
        demonstrative (…总量达2362家。2023年,这项数据达3084家) or opens on its bare change
        (…其中发明专利授权4项。比上年增长300%)."""
        if not previous:
            return None
        named = [m for m in self.lexicon.find_mentions(previous) if m.indicator_code]
        if not named:
            return self._completed_by_its_label(previous, text)
        after = previous[named[-1].end :]
        target = self.lexicon.share_target.get(named[-1].indicator_code or "")
        share = _SHARE_OF_THE_ECONOMY_RE.match(after)
        if (
            target
            and share
            and grammar.ECONOMY_RE.search(share.group("whole"))
            and not grammar.REVENUE_RE.search(share.group("whole"))
            and not find_quantities(after)
        ):
            # 1.全社会R&D经费支出占GDP比重。2020年为3.13%…: a heading naming a share, its values
            # in the sentence after
            form = next(f for f in self.lexicon.forms if f.indicator_code == target)
            return Mention(named[-1].start, named[-1].end, form, "")
        figures = find_quantities(after)
        if (
            figures
            # (a question asks the answer after it for the figure of what it names, whatever
            # other place's figure it quotes: 全省研发投入强度去年是2.35%左右,宝鸡是什么水平?)
            and not previous.rstrip().endswith("?")
            and not _taken_up(text)
            # (目标任务三:…入库700家。完成情况:评价入库853家: the result of the goal before)
            and not _FIELD_OPENING_RE.match(text)
            and not _change_goes_on(after, figures, text)
            and not _opens_on_an_amount(text)
        ):
            return None
        return named[-1]

    def _completed_by_its_label(self, previous: str, text: str) -> Mention | None:
        """An item's label as a sentence of its own (4.技术市场。) before one opening on a bare
        measure (成交额达到60亿元): the indicator the two name together (技术市场成交额)."""
        label = _ITEM_LABEL_RE.fullmatch(previous.strip())
        head = _BARE_MEASURE_RE.match(text)
        if label is None or head is None:
            return None
        name = label.group("name")
        joined = name + head.group()
        found = next(
            (
                m
                for m in self.lexicon.find_mentions(joined)
                if m.indicator_code and m.start < len(name) < m.end == len(joined)
            ),
            None,
        )
        return Mention(0, 0, found.form, "") if found is not None else None

    def names_an_indicator(self, text: str) -> bool:
        return any(m.indicator_code for m in self.lexicon.find_mentions(text))

    @staticmethod
    def _answer_label(walk: Walk, opening: str) -> bool:
        """Is the opening before a colon the label of who answers (答, 局长, a person's name)?"""
        if _ANSWER_LABEL_RE.fullmatch(opening):
            return True
        said = walk.s.tokens_between(0, len(opening))
        return 2 <= len(opening) <= 4 and bool(said) and all(t.tag == "nr" for t in said)

    def _carried_topic(self, walk: Walk, q: Quantity) -> Mention | None:
        """总数达到512家 opening a sentence: the indicator the sentence before named."""
        s = walk.s
        if walk.carried is None:
            return None
        cs = s.clause_start(q.start)
        # a series the sentence goes on with, each clause a year's (2020年为3.13%,2021年为3.28%):
        # every figure so far the carried indicator's, this clause opening on its own year
        series = (
            bool(walk.facts)
            and all(f.indicator_code == walk.carried.indicator_code for f in walk.facts)
            and _YEAR_OPENS_RE.match(walk.text, cs) is not None
        )
        if walk.facts and not series:
            return None
        opening = walk.text[: max(cs - 1, 0)]
        source = _SOURCE_OPENER_RE.fullmatch(opening) if cs else None
        field = bool(cs) and walk.text[cs - 1] == ":" and bool(_FIELD_LABEL_RE.fullmatch(opening))
        if cs and walk.text[cs - 1] == ":" and self._answer_label(walk, opening):
            source = True
        if field:
            # 全年目标:8亿元 / 1—6月完成:3.86亿元 under a heading naming the indicator: a field
            # of the item, labelled with what its figure is
            source = True
        if cs != 0 and not (
            TIME_ADVERBIAL_RE.match(opening) or _YEAR_ONLY_RE.fullmatch(opening) or source or series
        ):
            # only a clause that sets the time may come before (2023年,这项数据…), or one that
            # says where the figure comes from (经省统计局核定,全年达到…)
            return None
        bare = _BARE_MEASURE_RE.match(walk.text)
        taken_up = _taken_up(walk.text[: q.start]) or (
            # (a bare measure opening the sentence, 成交额达到…, is of the indicator carried,
            # when that is what it measures: not 授权量 after 专利申请量)
            bare if bare and bare.group() in walk.carried.form.text else None
        )
        anaphor = range(taken_up.start(), taken_up.end()) if taken_up else range(0)
        head_tokens = [
            t
            for t in s.tokens_between(cs if source or series else 0, q.start)
            if t.start not in anaphor
        ]
        if any(
            s.is_nominal(t)
            and not s.is_benign_noun(t.text, t.tag)
            # (规划目标为2025年…: whose goal it is)
            and not walk.text.startswith("目标", t.end)
            for t in head_tokens
        ):
            return None
        m = walk.carried
        # a mention of the previous sentence: offsets are not in this one, so it owns by code;
        # a field's (目标值:3家) takes the words its heading put before the name (工作任务:新增
        # 市级众创空间) as a gap's: its scope, and whether it counts new ones
        # (…and so does a figure standing alone under its label, as an infographic prints it:
        # 新增高新技术企业 / 212家)
        alone = not walk.text[: q.start].strip() and _ALONE_AFTER_RE.fullmatch(walk.text, q.end)
        gap = m.gap_text or (walk.carried_head if field or alone else "")
        return Mention(q.start, q.start, m.form, gap)

    def _mention_qualifiers(self, walk: Walk, m: Mention) -> list[str | None]:
        if m.form.qualifier:
            return [m.form.qualifier]
        if m.gap_text:
            # every level the gap lists, in order (争取国家、自治区科技资金: 国家级, 省级)
            levels = dict.fromkeys(
                grammar.QUALIFIER_CANON[found.group()]
                for found in _QUALIFIER_WORD_RE.finditer(m.gap_text)
            )
            if levels:
                return list(levels)
        own = walk.ctx.own_names
        found = qualifier_before(walk.text, m.start, own)
        if found and m.start in walk.elsewhere and _PLACE_BEFORE_RE.search(walk.text, 0, m.start):
            # 全省高新技术企业达到1.2万家,我市达到860家: the mention was the province's, 全省
            # its place, no scope of the issuer's figure that takes the indicator up
            found = []
        if not found:
            # 省级以上众创空间、孵化器、星创天地分别…: a scope word before a list of names is
            # every item's
            lead = self._mention_run(walk, m)[0]
            if lead is not m and not lead.form.qualifier:
                found = qualifier_before(walk.text, lead.start, own)
        if not found and walk.text[m.start - 1 : m.start] == "、":
            # 新增省级工程技术研究中心、重点实验室各3家: …and so is it when the items before
            # the name are things the lexicon does not count (a list's 、 right before it)
            listed = _SCOPED_LIST_BEFORE_RE.search(walk.text, max(0, m.start - 40), m.start)
            if listed:
                found = qualifier_before(walk.text, listed.start("items"), own)
        if not found and m.indicator_code and self._issuers_own_award(walk, m):
            # 2018年度绵阳市科学技术奖 in 绵阳市's text: the award the issuer gives, at its level
            found = [_LEVEL_OF_KIND.get(walk.ctx.kind or "")]
        return list(found) or [None]

    def _issuers_own_award(self, walk: Walk, m: Mention) -> bool:
        """Is the mention an award named after the issuer itself (绵阳市科学技术奖)?"""
        ind = self.lexicon.indicators.get(m.indicator_code or "")
        if ind is None or ind.category != "awards":
            return False
        before = walk.text[max(0, m.start - 12) : m.start]
        return any(name and before.endswith(name) for name in walk.ctx.own_names)

    def _narrowed(self, walk: Walk, m: Mention) -> bool:
        """Is the mention narrowed by a noun right before it (工业高新技术企业)?"""
        s = walk.s
        prev = [t for t in s.tokens if t.end == m.start]
        first = [t for t in s.tokens if t.start == m.start]
        if prev and prev[0].text in _REMAINDER_WORDS:
            return True  # …企业5家;其他高新技术企业4家: the rest of a breakdown, not all of them
        if not prev or not s.is_nominal(prev[0]) or s.covered(prev[0]):
            return False
        if first and first[0].tag == "v":
            return False  # 项目争取…资金: the noun before is the verb's subject
        tok = prev[0]
        if len(tok.text) > 1 and tok.text.startswith("已"):
            return False  # 已登记技术合同成交额: a verb that has acted (one word to jieba), no kind

        if tok.text in _DOMAIN_WORDS:
            # 科技研发经费: every indicator here is science and technology's; look past it
            prev = [t for t in s.tokens if t.end == tok.start]
            if not prev or not s.is_nominal(prev[0]) or s.covered(prev[0]):
                return False
            tok = prev[0]
        if s.is_benign_noun(tok.text, tok.tag) or restates(
            tok.text, s.own_forms(m.indicator_code), head=False
        ):
            return False  # 全地区, 国家, 科技(企业孵化器)
        if tok.text.endswith(ZONE_KINDS):
            # (萧山)经济技术开发区高新技术企业: a place, whose figure the scope rules judge
            # (a sub-area's, or the issuer's under a second name), not a kind of them
            return False
        if walk.text[max(0, tok.start - 1) : tok.end] in _STATUS_WORDS or (
            len(tok.text) == 1 and walk.text[tok.start - 1 : tok.start] == "在"
        ):
            # 在库高新技术企业: those on the register, as 有效期内 says (在岗, 在编: 在 and a
            # noun of one character, a status)
            return False
        if _of_a_high_degree(s, tok):
            return False  # 高能级, 高水平新型研发机构: praise of them, no kind apart
        if tok.text in _CLASS_NOUNS and walk.text[: tok.start].endswith(_EVERY_KIND):
            return False  # 多层级创新平台, 各类型孵化器: every kind of them (各类企业 is a part)
        at = tok.end  # where the name, with any 科技 before it, begins
        before = walk.text[max(0, at - 4) : at]
        # 全市…, 全社会技术合同交易总额, 区域专利申请量, 南沙区研发经费投入 (the issuer's name,
        # its suffix a token of its own): the whole, not a part of it
        own = any(walk.text.endswith(n, 0, at) for n in walk.ctx.own_names)
        whole = before.endswith(_WHOLE_AREA_WORDS)
        # a scope word the noun is part of (全社会, 全区); one standing before a noun of its own
        # (全市企业专利申请量: the city's firms') leaves the noun narrowing the name
        into_noun = tok.start - (at - len(before))
        scope = any(w.end() > into_noun for w in grammar.SELF_SCOPE_WORD_RE.finditer(before))
        return not (own or scope or whole)

    def _listed_after_noun(self, walk: Walk, m: Mention) -> bool:
        """Is the mention the last item of a list of other nouns (X、Y和Z)?"""
        text = walk.text
        before = text[: m.start]
        for word in grammar.QUALIFIER_WORDS:
            if before.endswith(word):
                before = before[: -len(word)]
                break
        if not before or before[-1] not in "、和及与":
            return False
        prev = [t for t in walk.s.tokens if t.end <= len(before) - 1]
        if not prev or prev[-1].end != len(before) - 1:
            return False
        figure = any(q.start <= prev[-1].start < q.end for q in walk.s.quantities)
        if prev[-1].text in _LEVELS_SHORT or prev[-1].text in grammar.QUALIFIER_WORDS:
            return False  # 国、省级创新平台: levels listed, one name
        return walk.s.is_nominal(prev[-1]) and not figure  # 1项、省级…6家 is a list of figures

    def _mention_run(self, walk: Walk, m: Mention) -> list[Mention]:
        """The mentions listed together ending with m (A、B和C)."""
        text = walk.text
        group = [m]
        for other in reversed(
            [x for x in walk.s.mentions if x.indicator_code and x.end <= m.start]
        ):
            if _LIST_JOIN.fullmatch(text, other.end, group[0].start):
                group.insert(0, other)
            else:
                break
        return group
