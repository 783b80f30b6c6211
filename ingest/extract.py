"""Indicator facts from sentences: which figure belongs to which indicator, year and kind.

The unit of work is one sentence (split at 。!? and line breaks).  In it we find lexicon
mentions (checked against jieba token boundaries) and figures (``ingest.numbers``), then
walk the figures left to right and attach each to an indicator:

* a figure right before a mention names it (新认定37家市级科技小巨人领军企业);
* k mentions in a row followed by k figures pair in order (A、B分别为3项、106项);
* otherwise the nearest mention before the figure, when the words between are connectors
  only (达, 总数, 新增 …) — a clause with a subject of its own (新增创新人才和团队2个) breaks
  the link, and its figure goes to the unmapped table;
* growth rates, shares and ranks belong to the figure (or mention) before them, with its
  qualifier.

Polars frames in and out; the per-sentence logic is plain Python over the few sentences
that hold both a mention and a figure (a vectorised pre-filter finds them).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

import polars as pl

from ingest.lexicon import Lexicon, Mention, SurfaceForm, load_lexicon
from ingest.numbers import Quantity, find_quantities, find_ranks
from ingest.segment import token_boundaries

FACTS_SCHEMA = {
    "document_id": pl.String,
    "indicator_code": pl.String,
    "year": pl.Int32,
    "kind": pl.String,
    "measure": pl.String,
    "comparator": pl.String,
    "value": pl.Float64,
    "unit": pl.String,
    "qualifier": pl.String,
    "raw_text": pl.String,
    "sentence": pl.String,
    "char_start": pl.Int32,
    "char_end": pl.Int32,
}
UNMAPPED_SCHEMA = {
    "document_id": pl.String,
    "year": pl.Int32,
    "kind": pl.String,
    "value": pl.Float64,
    "unit": pl.String,
    "raw_text": pl.String,
    "context": pl.String,
    "sentence": pl.String,
    "char_start": pl.Int32,
    "char_end": pl.Int32,
}

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
_YEAR_TOKEN_RE = re.compile(
    r"(?:19|20)[0-9]{2}年(?:度|底|末|上半年|全年)?|[0-9]{1,2}月(?:[0-9]{1,2}日)?"
)
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")

QUALIFIER_RE = re.compile(
    r"(?P<q>国家级|国家|省部级以上|省级及以上|省级以上|省市级|省级|市级及以上|市级以上|市级|"
    r"县级|区级|(?<![全我本城该各县区州盟此])省|(?<![全我本城该各县区州盟此城])市)$"
)
QUALIFIER_PAIR_RE = re.compile(r"(?P<a>国家|省|市)(?:级)?[、和及与](?P<b>省|市|县)级$")
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
SHARE_RE = re.compile(r"(占[^,;]{0,16}|比重|占比)[^,;]{0,6}$")
ECONOMY_SHARE_RE = re.compile(r"占[^,;]{0,10}(GDP|生产总值|增加值|工业)")
RANK_CONTEXT_RE = re.compile(r"(居|排|列|位|保持|为|领先|获|夺得)[^,;]{0,10}$")
TARGET_WORDS = ("力争", "确保", "目标", "预期", "争取达到", "计划到", "规划")
COMPLETION_RE = re.compile(r"(完成[^,;]{0,12}的|完成率|达成率|完成年度[^,;]{0,10})$")
RANGE_START_RE = re.compile(r"[从由][^,;]{0,12}$")
RANGE_NEXT_RE = re.compile(r"^(?:增长|提高|提升|增加|上升)?(?:到|至)")
FOREIGN_SUBJECT_RE = re.compile(
    r"(全省|全国|全球|省内|国内|自创区|高新区|开发区|经开区|示范区|园区)"
)
BENEFICIARY_AFTER_RE = re.compile(r"(获得|获|享受|得到|申报享受|申请|参加|参与)")
OBJECT_BEFORE_RE = re.compile(r"(为|向|对|给|帮助|支持|服务|组织|带动|引导|推动|指导)$")
# a year of its own: not the start of a range (2018-2020年), not 2019年以来
YEAR_RE = re.compile(r"(?<![0-9~\-—])((?:19|20)[0-9]{2})年(?!以来|前|之前|[0-9]|度?[~\-—至到])")
YEAR_EXCLUDE_BEFORE = ("比", "较", "于", "同")
LAST_YEAR_RE = re.compile(r"(上年末|上年底|去年底|去年末|截至去年|截至上年)")


@dataclass
class Fact:
    indicator_code: str
    measure: str
    comparator: str
    value: float
    unit: str
    qualifier: str | None
    raw_text: str
    start: int
    end: int
    year: int | None = None
    kind: str | None = None
    year_explicit: bool = False


@dataclass
class Anchor:
    """What a growth rate, share or rank after it belongs to."""

    indicator_code: str
    qualifier: str | None
    end: int
    facts: list[Fact] = field(default_factory=list)


@dataclass(frozen=True)
class DocContext:
    document_id: str
    report_year: int | None
    plan_year: int | None
    own_names: frozenset[str] = frozenset()  # the issuer's own names (海安市, 海安)


_FIGURE_RE = re.compile(
    r"[0-9][0-9.,]*(?:万亿|亿|万|千)?(?:%|元|万元|亿元|个百分点|[家个件项名人组笔次])?"
)


def _strip_noise(gap: str) -> str:
    gap = _PAREN_RE.sub("", gap)
    gap = _YEAR_TOKEN_RE.sub("", gap)
    return _FIGURE_RE.sub("", gap)


def is_connector_gap(gap: str) -> bool:
    """True when the words between an indicator and a figure leave the subject unchanged."""
    if re.search(r"[;。!?]", gap):
        return False
    gap = _CONNECTOR_RE.sub("", _strip_noise(gap))  # before scope words: 我市 is not 市级
    gap = _CONNECTOR_RE.sub("", QUALIFIER_STRIP_RE.sub("", gap))
    return not _CJK_RE.search(gap) and not re.search(r"[A-Za-z0-9]", gap)


QUALIFIER_STRIP_RE = re.compile(
    r"国家级|国家|省部级|省级及以上|省级以上|省市级|省级|市级及以上|市级以上|市级|县级|区级|省|市"
)


def qualifier_before(text: str, pos: int) -> list[str]:
    """Scope words (国家级, 省级, 省、市级 …) right before pos: [], [q] or the pair's two."""
    head = text[max(0, pos - 8) : pos]
    pair = QUALIFIER_PAIR_RE.search(head)
    if pair:
        return [QUALIFIER_CANON[pair.group("a")], QUALIFIER_CANON[pair.group("b")]]
    m = QUALIFIER_RE.search(head)
    if m:
        return [QUALIFIER_CANON[m.group("q")]]
    return []


def mention_qualifier(text: str, mention: Mention) -> list[str]:
    if mention.form.qualifier:
        return [mention.form.qualifier]
    if mention.gap_text:
        m = re.search(
            r"国家级|国家|省级及以上|省级以上|省部级以上|省市级|省级|市级", mention.gap_text
        )
        if m:
            return [QUALIFIER_CANON[m.group(0)]]
    head = text[: mention.start]
    # skip verbs between the scope word and the indicator: 新增省级…, 认定省级…
    return qualifier_before(head, len(head))


class SentenceExtractor:
    def __init__(self, lexicon: Lexicon, foreign_places: re.Pattern[str] | None = None) -> None:
        self.lexicon = lexicon
        self.foreign_places = foreign_places
        # X_applications ↔ X_grants: the word that names the sibling when the stem is left out
        self.siblings: dict[str, list[tuple[str, str]]] = {}
        for code in lexicon.indicators:
            if code.endswith("_applications"):
                twin = code.removesuffix("_applications") + "_grants"
                if twin in lexicon.indicators:
                    self.siblings.setdefault(code, []).append(("授权", twin))
                    self.siblings.setdefault(twin, []).append(("申请", code))

    def mentions(self, text: str, tokens: list[str] | None) -> list[Mention]:
        found = self.lexicon.find_mentions(text)
        if tokens is not None:
            bounds = token_boundaries(tokens)
            # a lexicon word inside a larger word is not a mention (提高企业 ∌ 高企); forms
            # with Latin letters (R&D…) are cut into pieces by jieba, so only CJK ends count
            found = [
                m
                for m in found
                if (m.start in bounds or not _CJK_RE.match(text[m.start]))
                and (m.end in bounds or not _CJK_RE.match(text[m.end - 1]))
            ]
        return sorted(found + self._elliptic_mentions(text, found), key=lambda m: m.start)

    def _elliptic_mentions(self, text: str, found: list[Mention]) -> list[Mention]:
        """专利申请54010件、授权26851件 / 专利申请和授权量: the second names its sibling."""
        out = []
        for m in found:
            code = m.indicator_code or ""
            for word, sibling in self.siblings.get(code, ()):
                end = re.search(r"[,;。]", text[m.end :])
                stop = m.end + end.start() if end else len(text)
                hit = re.compile(rf"(?<=[、和及与]){word}(?:量|数)?").search(text, m.end, stop)
                if hit:
                    form = SurfaceForm(hit.group(0), sibling, None, None)
                    out.append(Mention(hit.start(), hit.end(), form, ""))
        return out

    def extract(
        self,
        text: str,
        tokens: list[str] | None,
        section: str,
        ctx: DocContext,
    ) -> tuple[list[Fact], list[tuple[Quantity, str]]]:
        mentions = [m for m in self.mentions(text, tokens) if m.indicator_code]
        quantities = find_quantities(text)
        ranks = [r for r in find_ranks(text) if RANK_CONTEXT_RE.search(_clause_head(text, r[0]))]
        events: list[tuple[int, str, object]] = [(q.start, "q", q) for q in quantities]
        events += [(r[0], "r", r) for r in ranks]
        events.sort(key=lambda e: e[0])

        facts: list[Fact] = []
        unmapped: list[tuple[Quantity, str]] = []
        anchor: Anchor | None = None
        self._last_absolute: Fact | None = None
        self._absolute_facts: list[Fact] = []
        consumed_mentions: set[int] = set()

        i = 0
        while i < len(events):
            _, kind_, obj = events[i]
            if kind_ == "r":
                start, end, raw, rank = obj  # type: ignore[misc]
                targets = self._relative_targets(text, start, mentions, anchor, consumed_mentions)
                for code, qual in targets:
                    facts.append(
                        Fact(code, "rank", "eq", float(rank), "rank", qual, raw, start, end)
                    )
                i += 1
                continue
            q: Quantity = obj  # type: ignore[assignment]
            head = _clause_head(text, q.start)
            if (
                self._is_foreign(head, ctx)
                or self._is_threshold(text, q)
                or (RANGE_START_RE.search(head) and RANGE_NEXT_RE.match(text[q.end :]))
            ):
                unmapped.append((q, _context(text, q.start)))
                i += 1
                continue
            if q.unit in ("percent",):
                if COMPLETION_RE.search(text[: q.start]):
                    unmapped.append((q, _context(text, q.start)))
                    i += 1
                    continue
                run = self._run(
                    text, events, i, lambda o: isinstance(o, Quantity) and o.unit == "percent"
                )
                made = self._relative_percent(text, run, mentions, anchor, consumed_mentions)
                if made:
                    facts.extend(made)
                else:
                    unmapped.extend((r, _context(text, r.start)) for r in run)
                i += len(run)
                continue
            if q.unit not in ("yuan", "count"):
                unmapped.append((q, _context(text, q.start)))
                i += 1
                continue
            # an absolute figure: find its indicator
            run = self._run(
                text, events, i, lambda o: isinstance(o, Quantity) and o.unit in ("yuan", "count")
            )
            made, anchor = self._absolute(text, run, mentions, anchor, consumed_mentions)
            facts.extend(made)
            if made:
                self._last_absolute = made[-1]
                self._absolute_facts.extend(made)
            done = {f.start for f in made}
            unmapped.extend((r, _context(text, r.start)) for r in run if r.start not in done)
            i += len(run)
        self._assign_years(text, facts, section, ctx)
        return facts, unmapped

    # -- figures ---------------------------------------------------------------------------

    @staticmethod
    def _run(text: str, events: list, i: int, same: Callable[[object], bool]) -> list[Quantity]:
        """The figures from events[i] on that are listed together (X、Y和Z)."""
        run = [events[i][2]]
        j = i + 1
        while j < len(events) and events[j][1] == "q" and same(events[j][2]):
            between = text[run[-1].end : events[j][2].start]
            if not re.fullmatch(r"(?:、|和|及|与)", between):
                break
            run.append(events[j][2])
            j += 1
        return run

    def _absolute(
        self,
        text: str,
        run: list[Quantity],
        mentions: list[Mention],
        anchor: Anchor | None,
        consumed: set[int],
    ) -> tuple[list[Fact], Anchor | None]:
        made: list[Fact] = []
        # k mentions in a row, then k figures: pair them (A、B分别为3项、106项)
        before = [m for m in mentions if m.end <= run[0].start and m.start not in consumed]
        if len(run) >= 2:
            group = _mention_run(text, before)
            if len(group) == len(run) and is_connector_gap(text[group[-1].end : run[0].start]):
                facts = []
                for m, q in zip(group, run, strict=True):
                    for qual in mention_qualifier(text, m) or [None]:
                        f = self._fact(text, m, q, qual)
                        if f:
                            facts.append(f)
                    consumed.add(m.start)
                if facts:
                    return facts, Anchor(
                        facts[-1].indicator_code, facts[-1].qualifier, run[-1].end, facts
                    )
        for q in run:
            fact, anchor = self._one_absolute(text, q, mentions, anchor, consumed)
            made.extend(fact)
        if len(run) > 1 and len(made) == len(run) and anchor is not None:
            # 发明专利申请5871件、授权1509件,同比增长49.09%和48.67%: rates pair with the run
            anchor = Anchor(anchor.indicator_code, anchor.qualifier, anchor.end, made)
        return made, anchor

    def _one_absolute(
        self,
        text: str,
        q: Quantity,
        mentions: list[Mention],
        anchor: Anchor | None,
        consumed: set[int],
    ) -> tuple[list[Fact], Anchor | None]:
        # 1. the figure names what follows it: 37家市级科技小巨人领军企业,
        #    3家企业被列入…新型研发机构
        for m in mentions:
            if m.start < q.end:
                continue
            gap = text[q.end : m.start]
            plain = re.fullmatch(
                r"(?:以上|左右)?(?:的)?(?:国家级|国家|省级及以上|省级以上|省市级|省级|省|市级|市)?(?:的)?",
                gap,
            )
            verb = re.fullmatch(
                r"(?:企业|单位|机构|项目成果|项目|成果)?(?:被)?"
                r"(?P<verb>列入|入选|获批|认定为|评为|获评|纳入|成为|入围|荣获|获得|获)[^,;。]{0,8}",
                gap,
            )
            if plain or verb:
                if OBJECT_BEFORE_RE.search(text[max(0, q.start - 4) : q.start]):
                    return [], anchor
                if BENEFICIARY_AFTER_RE.match(text[m.end :]):
                    return [], anchor  # 26家…企业获…奖励: the figure counts beneficiaries
                quals = mention_qualifier(text, m) or qualifier_before(text, m.start) or [None]
                # 3家企业被列入…新型研发机构 is an increment;
                # 8个项目荣获…科学技术奖 is a count of awards
                newly = bool(verb) and verb.group("verb") not in ("荣获", "获得", "获")
                facts = [
                    f for qual in quals if (f := self._fact(text, m, q, qual, increment=newly))
                ]
                consumed.add(m.start)
                if facts:
                    return facts, Anchor(
                        facts[-1].indicator_code, facts[-1].qualifier, q.end, facts
                    )
                return [], anchor
            break
        # 2. the nearest mention before it, linked by connector words only
        before = [m for m in mentions if m.end <= q.start]
        last_mention = before[-1] if before else None
        if (
            anchor is not None
            and anchor.facts
            and (last_mention is None or last_mention.end <= anchor.end)
        ):
            # continuing the previous figure's subject: 新增…47家、总数达189家 / ,达628家
            gap = text[anchor.end : q.start]
            if is_connector_gap(_own_qualifier_removed(gap)):
                quals = qualifier_before(text, q.start)
                qual = quals[0] if quals and "其中" in gap else anchor.qualifier
                f = self._fact_for(anchor.indicator_code, text, q, qual, anchor.end)
                if f:
                    return [f], Anchor(f.indicator_code, f.qualifier, q.end, [f])
            return [], None
        if last_mention is None:
            return [], anchor
        group = _mention_run(text, before)
        if len(group) >= 2 and last_mention.start not in consumed:
            return [], anchor  # 众创空间、孵化器10家: a combined count belongs to neither
        gap = text[last_mention.end : q.start]
        if not is_connector_gap(gap):
            return [], anchor
        quals = mention_qualifier(text, last_mention) or [None]
        if len(quals) == 2 and not re.search(r"各[^,;]{0,3}$", text[: q.start]):
            quals = ["省市级"]
        facts = [f for qual in quals if (f := self._fact(text, last_mention, q, qual))]
        if not facts:
            return [], anchor
        return facts, Anchor(facts[-1].indicator_code, facts[-1].qualifier, q.end, facts)

    def _fact(
        self, text: str, m: Mention, q: Quantity, qualifier: str | None, increment: bool = False
    ) -> Fact | None:
        code = m.indicator_code
        assert code is not None
        return self._fact_for(code, text, q, qualifier, m.start, increment=increment)

    def _fact_for(
        self,
        code: str,
        text: str,
        q: Quantity,
        qualifier: str | None,
        scope_start: int,
        increment: bool = False,
    ) -> Fact | None:
        ind = self.lexicon.indicators[code]
        if ind.unit == "yuan" and q.unit != "yuan":
            return None
        if ind.unit in ("count", "per_10k_people") and q.unit != "count":
            return None
        if ind.unit == "percent":
            return None
        unit = ind.unit
        segment = text[_clause_start(text, q.start) : q.start]
        measure = "increment" if increment else _count_measure(segment)
        if measure is None:
            measure = self._parallel_measure(text, q) or ind.default_measure
            if measure not in ("level", "increment"):
                measure = "level"
        comparator = q.comparator
        if comparator == "eq" and re.search(
            r"预计|约|近", text[_clause_start(text, q.start) : q.start]
        ):
            comparator = "approx"
        return Fact(code, measure, comparator, q.value, unit, qualifier, q.raw_text, q.start, q.end)

    def _parallel_measure(self, text: str, q: Quantity) -> str | None:
        """新增A 1家,B 2家: a clause with no measure word of its own repeats the one before."""
        prev = self._last_absolute
        if prev is None:
            return None
        between = text[prev.end : _clause_start(text, q.start)]
        if between.count(",") + between.count("、") == 1 and ";" not in between:
            return prev.measure
        return None

    # -- growth, shares, ranks --------------------------------------------------------------

    def _relative_targets(
        self,
        text: str,
        pos: int,
        mentions: list[Mention],
        anchor: Anchor | None,
        consumed: set[int],
    ) -> list[tuple[str, str | None]]:
        """The indicators a rate or rank at pos belongs to: the figure or mentions before it."""
        before = [m for m in mentions if m.end <= pos]
        last_mention = before[-1] if before else None
        if anchor is not None and (last_mention is None or last_mention.end <= anchor.end):
            gap = text[anchor.end : pos]
            if is_connector_gap(_strip_relative_words(gap)):
                return [(anchor.indicator_code, anchor.qualifier)]
            return []
        if last_mention is None:
            return []
        gap = text[last_mention.end : pos]
        if not is_connector_gap(_strip_relative_words(gap)):
            return []
        group = _mention_run(text, before) or [last_mention]
        out = []
        for m in group:
            quals = mention_qualifier(text, m) or [None]
            out.append((m.indicator_code, quals[0] if len(quals) == 1 else "省市级"))  # type: ignore[misc]
        return out

    def _relative_percent(
        self,
        text: str,
        run: list[Quantity],
        mentions: list[Mention],
        anchor: Anchor | None,
        consumed: set[int],
    ) -> list[Fact]:
        q0 = run[0]
        head = text[_clause_start(text, q0.start) : q0.start]
        # the last figure run and the mention run before it, for pairing 分别增长X%、Y%
        owners: list[tuple[str, str | None]] = []
        recent = self._absolute_facts[-len(run) :]
        if anchor is not None and len(run) > 1 and len(anchor.facts) == len(run):
            owners = [(f.indicator_code, f.qualifier) for f in anchor.facts]
        elif (
            len(run) > 1
            and len(recent) == len(run)
            and len({(f.indicator_code, f.qualifier) for f in recent}) == len(run)
            and is_connector_gap(_strip_relative_words(text[recent[-1].end : q0.start]))
            and not re.search(r"[;。]", text[recent[0].start : q0.start])
        ):
            # 申请5871件、授权1509件,同比增长49.09%和48.67%: k rates after k figures
            owners = [(f.indicator_code, f.qualifier) for f in recent]
        else:
            before = [m for m in mentions if m.end <= q0.start]
            group = _mention_run(text, before)
            last_mention = before[-1] if before else None
            anchored_on_fact = anchor is not None and (
                last_mention is None or last_mention.end <= anchor.end
            )
            if not anchored_on_fact and len(group) == len(run) and len(run) > 1:
                for m in group:
                    quals = mention_qualifier(text, m) or [None]
                    owners.append((m.indicator_code, quals[0]))  # type: ignore[arg-type]
            else:
                targets = self._relative_targets(text, q0.start, mentions, anchor, consumed)
                if len(targets) == 1:
                    owners = targets * len(run) if len(run) == 1 else []
                elif len(targets) == len(run):
                    owners = targets
        if not owners or len(owners) != len(run):
            return []
        facts = []
        for (code, qual), q in zip(owners, run, strict=True):
            ind = self.lexicon.indicators[code]
            window = text[max(0, q0.start - 24) : q0.start]
            if SHARE_RE.search(head) or ind.unit == "percent":
                measure = "share_pct"
                if ECONOMY_SHARE_RE.search(head) and code in self.lexicon.share_target:
                    code = self.lexicon.share_target[code]
                if re.search(r"(比重|占比|强度)[^,;]{0,3}(增长|比增|提高|提升)[^,;]{0,3}$", head):
                    measure = "growth_pct"  # 占生产总值比重增长20%: the share grows
            elif GROWTH_RE.search(window):
                measure = "growth_pct"
            else:
                continue
            value = q.value
            if re.search(r"(下降|减少)[^,;]{0,6}$", window):
                value = -value
            unit = "percent"
            facts.append(
                Fact(code, measure, q.comparator, value, unit, qual, q.raw_text, q.start, q.end)
            )
        return facts

    # -- places, thresholds, years ------------------------------------------------------------

    def _is_foreign(self, head: str, ctx: DocContext) -> bool:
        """A figure about another place or a sub-area (全省共4家, 南通共6项, 自创区新增…)."""
        if re.search(r"(占|居|位居|排|列|超过|高于|低于|领先)[^,;]{0,8}$", head):
            return False
        if FOREIGN_SUBJECT_RE.search(head):
            return True
        if self.foreign_places is None:
            return False
        return any(m.group(0) not in ctx.own_names for m in self.foreign_places.finditer(head))

    @staticmethod
    def _is_threshold(text: str, q: Quantity) -> bool:
        """10万元以上项目, 500万元的项目: an amount describing what is counted, not a fact."""
        after = text[q.end : q.end + 4]
        if q.unit == "yuan" and re.match(r"(?:以上|以下|及以上)?(?:的)?[\u4e00-\u9fff]", after):
            return not re.match(
                r"(?:以上|以下)?(?:,|。|;|、|$|左右|的规模|增长|同比|比增|占|居)", after
            )
        return False

    def _assign_years(self, text: str, facts: list[Fact], section: str, ctx: DocContext) -> None:
        for f in facts:
            head = text[: f.start]
            year = explicit_year(head)
            if year is None and LAST_YEAR_RE.search(head):
                f.year, f.kind, f.year_explicit = ctx.report_year, "actual", True
                continue
            target_words = any(w in head for w in TARGET_WORDS)
            if section == "plan":
                base = ctx.plan_year
                kind = "target"
                if (
                    year is not None
                    and ctx.report_year is not None
                    and year <= ctx.report_year
                    and not target_words
                ):
                    kind = "actual"
            else:
                base = ctx.report_year
                kind = "target" if target_words else "actual"
                if year is not None and ctx.report_year is not None and year > ctx.report_year:
                    kind = "target"
            f.year = year if year is not None else base
            f.kind = kind
            f.year_explicit = year is not None


def explicit_year(head: str) -> int | None:
    """The last year named before a figure in its sentence (比2015年 is a base, not a year)."""
    found = None
    for m in YEAR_RE.finditer(head):
        if head[max(0, m.start() - 1) : m.start()] in YEAR_EXCLUDE_BEFORE:
            continue
        found = int(m.group(1))
    return found


def _mention_run(text: str, before: list[Mention]) -> list[Mention]:
    """The mentions listed together at the end of `before` (A、B和C)."""
    if not before:
        return []
    group = [before[-1]]
    for m in reversed(before[:-1]):
        between = text[m.end : group[0].start]
        if re.fullmatch(r"(?:、|和|及|与|以及)(?:国家级|国家|省级|省|市级|市)?", between):
            group.insert(0, m)
        else:
            break
    return group


def _clause_start(text: str, pos: int) -> int:
    cut = max(text.rfind(c, 0, pos) for c in ",;:")
    return cut + 1


def _clause_head(text: str, pos: int) -> str:
    return text[_clause_start(text, pos) : pos]


def _context(text: str, pos: int) -> str:
    """The words right before a figure: what an unmapped figure seems to count."""
    head = text[_clause_start(text, pos) : pos]
    head = re.sub(r"[0-9.,%]+", "", head)[-12:]
    return head.strip(' 、“”"')


def _own_qualifier_removed(gap: str) -> str:
    return re.sub(r"(其中)?(国家级|国家|省级|省|市级)", "", gap)


def _strip_relative_words(gap: str) -> str:
    gap = re.sub(r"占[^,;]{0,16}(比重|比例)?", "", gap)
    gap = re.sub(r"(连续)?[0-9一二三四五六七八九十]+年", "", gap)
    gap = re.sub(r"(全省|全国|全市|同类|地市|设区市|[\u4e00-\u9fff]{2}(?=第))", "", gap)
    gap = re.sub(r"(赶超|超过|超越)[\u4e00-\u9fff]{1,4}(?=,|居|位|排)", "", gap)
    # 遥居南通第一, 位居福建省首位: the place after the verb is the field ranked in
    gap = re.sub(r"(遥居|位居|稳居|居|排名|排|位列|列|均为|为|保持)[\u4e00-\u9fff]{0,6}$", "", gap)
    gap = re.sub(
        r"(居|位居|排名|排|列|位列|保持|稳居|均为|为|领先|遥居|首次实现|实现|均|数)", "", gap
    )
    return gap


def _count_measure(segment: str) -> str | None:
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


# A cheap test that a sentence holds a figure at all: most sentences of a report do not.
_HAS_FIGURE = (
    r"[0-9零〇一二两三四五六七八九十百千][万亿千百]?"
    r"(?:%|元|亿|个百分点|家|个|件|项|名|人|组|所|座|支|户|位|笔|篇|台|套|场|次|款|种|条)|第|首位"
)


def unify_stated_twice(facts: list[Fact]) -> None:
    """A figure stated twice, once with a year: that year holds for both (rule of the gold)."""
    dated = {}
    for f in facts:
        if f.year_explicit:
            dated.setdefault((f.indicator_code, f.measure, f.qualifier, f.value), f)
    for f in facts:
        if not f.year_explicit:
            twin = dated.get((f.indicator_code, f.measure, f.qualifier, f.value))
            if twin is not None:
                f.year, f.kind = twin.year, twin.kind


@cache
def place_names_pattern() -> re.Pattern[str]:
    """Prefectures and provinces, full and short names: a figure under one is not the issuer's.

    Counties are left out: their short names too often are ordinary words.
    """
    from ingest.gazetteer import Gazetteer  # the gazetteer is loaded only when extracting

    places = Gazetteer.load().to_frame()
    names: set[str] = set()
    for row in places.filter(pl.col("admin_level") == "prefecture").iter_rows(named=True):
        names.add(row["city_zh"])
        if row["short_name"] and len(row["short_name"]) >= 2:
            names.add(row["short_name"])
    for province in places["province_zh"].unique().to_list():
        names.add(province)
        short = re.sub(
            r"(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$", "", province
        )
        if len(short) >= 2:
            names.add(short)
    return re.compile("|".join(sorted(map(re.escape, names), key=len, reverse=True)))


def own_names(city_zh: str | None) -> frozenset[str]:
    if not city_zh:
        return frozenset()
    short = re.sub(r"(市|县|区|自治县|旗)$", "", city_zh)
    return frozenset({city_zh, short})


def extract_indicators(
    sentences: pl.DataFrame, docs: pl.DataFrame
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(facts, unmapped) for every sentence; offsets are into the normalised document text.

    docs needs document_id, report_year, plan_year and, when known, city_zh (so that the
    issuer's own name is not taken for another place).
    """
    extractor = SentenceExtractor(load_lexicon(), place_names_pattern())
    if "city_zh" not in docs.columns:
        docs = docs.with_columns(city_zh=pl.lit(None, dtype=pl.String))
    years = {
        row["document_id"]: DocContext(
            row["document_id"], row["report_year"], row["plan_year"], own_names(row["city_zh"])
        )
        for row in docs.select("document_id", "report_year", "plan_year", "city_zh").iter_rows(
            named=True
        )
    }
    candidates = sentences.filter(pl.col("text").str.contains(_HAS_FIGURE))
    fact_rows: dict[str, list] = {k: [] for k in FACTS_SCHEMA}
    unmapped_rows: dict[str, list] = {k: [] for k in UNMAPPED_SCHEMA}
    per_doc: dict[str, list[tuple[Fact, str, int]]] = {}
    for row in candidates.iter_rows(named=True):
        ctx = years.get(row["document_id"]) or DocContext(row["document_id"], None, None)
        text = row["text"]
        facts, unmapped = extractor.extract(text, row["tokens"], row["section"], ctx)
        per_doc.setdefault(ctx.document_id, []).extend((f, text, row["char_start"]) for f in facts)
        default_year = ctx.plan_year if row["section"] == "plan" else ctx.report_year
        for q, context in unmapped:
            year = explicit_year(text[: q.start]) or default_year
            _append(unmapped_rows, document_id=ctx.document_id, year=year,
                    kind="target" if row["section"] == "plan" else "actual", value=q.value,
                    unit=q.unit, raw_text=q.raw_text, context=context, sentence=text,
                    char_start=row["char_start"] + q.start,
                    char_end=row["char_start"] + q.end)  # fmt: skip
    for doc_id, items in per_doc.items():
        unify_stated_twice([f for f, _, _ in items])
        for f, text, offset in items:
            if f.year is None:
                continue
            _append(fact_rows, document_id=doc_id, indicator_code=f.indicator_code, year=f.year,
                    kind=f.kind, measure=f.measure, comparator=f.comparator, value=f.value,
                    unit=f.unit, qualifier=f.qualifier, raw_text=f.raw_text, sentence=text,
                    char_start=offset + f.start, char_end=offset + f.end)  # fmt: skip
    return (
        pl.DataFrame(fact_rows, schema=FACTS_SCHEMA),
        pl.DataFrame(unmapped_rows, schema=UNMAPPED_SCHEMA),
    )


def _append(rows: dict[str, list], **values: object) -> None:
    for k, v in values.items():
        rows[k].append(v)
