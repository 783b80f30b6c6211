"""Which figure in a sentence belongs to which indicator, with what measure, year and kind.

One walk over a sentence's figures, left to right. Each figure is read by its place in the
clause (``ingest.extraction.sentence``):

1. **A figure that names what follows it** counts that thing: 新认定52家市级科技小巨人企业.
   When what follows is another noun, the figure counts that noun (110家企业享受…), unless
   the noun then becomes the indicator by a joining verb (3家企业被认定为高新技术企业).
2. **A figure at the end of its clause** belongs to the clause's subject: the nearest mention
   before it, as long as no other noun phrase (a competing subject) stands between them.
   Verbs, adverbs, attribute nouns (总数, 规模) and comparisons (占GDP比重) do not compete;
   any noun of its own (人才, 项目, 收入) does.
3. **A clause without a subject** continues the one before: the last figure's indicator
   (,总数达1407家 / ,其中国家级8家), or the indicator the previous clause named
   (组织企业申报高新技术企业,新认定18家).
4. **Rates and ranks** (增长14.2%, 占GDP比重1.69%, 居全省第二) belong to the figure or the
   mention nearest before them; k rates or ranks after k figures (分别增长…) pair in order.
5. **Lists**: k mentions followed by k figures pair in order (A、B分别为X、Y); a count after
   a list of mentions belongs to none of them (众创空间、孵化器共12家).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from ingest.document.gazetteer import Gazetteer
from ingest.extraction import grammar
from ingest.extraction.dating import YEAR_RE, date_figure
from ingest.extraction.lexicon import GAP, Lexicon, Mention, SurfaceForm
from ingest.extraction.numbers import Quantity, Rank, find_quantities, find_ranks
from ingest.extraction.segment import tag
from ingest.extraction.sentence import ParsedSentence, Token, restates, tokens_of


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
    year_hint: int | None = None  # 11个项目荣获2023年度…奖: the year named with what is counted


@dataclass(frozen=True)
class DocContext:
    document_id: str
    report_year: int | None
    plan_year: int | None
    own_names: frozenset[str] = frozenset()  # the issuer's own names (海安市, 海安)
    current_year: int | None = None  # the year the text calls 今年
    province: frozenset[str] = frozenset()  # the issuer's province (广西壮族自治区, 广西)


Owner = tuple[str, str | None]  # (indicator_code, qualifier)


@dataclass(frozen=True)
class PlaceSpan:
    """A place (or a scope word such as 全省) named in a sentence."""

    start: int
    end: int


# Between a figure and the mention it names: 以上, 的, a scope word (50家以上的省级…).
_QUALIFIER_ALT = "(?:" + "|".join(grammar.QUALIFIER_WORDS) + ")"
NAMES_FOLLOWING_RE = re.compile(
    rf"(?:以上|左右|余|多)?(?:的)?(?:{_QUALIFIER_ALT}(?:[、和及与]?{_QUALIFIER_ALT})?(?:级)?)?(?:的)?"
)
# 继续保持10%以上的增长速度: the rate named after the figure
GROWTH_AFTER_RE = re.compile(r"^(?:以上|左右)?的?(?:增长速度|增长率|增速|增幅|增长)")
# Words that may follow a figure and belong to it (10家以上, 3.5%左右, 100余家).
FIGURE_TAIL = ("以上", "左右", "余", "多", "的", "以内", "以下", "上下")
COMPLETION_RE = re.compile(r"(完成[^,;]{0,12}的|完成率|达成率|完成年度[^,;]{0,10}|任务的)$")
RANGE_START_RE = re.compile(r"[从由][^,;]{0,14}$")
RANGE_NEXT_RE = re.compile(r"^(?:的)?(?:增长|提高|提升|增加|上升|扩大|跃升|下降|减少)?(?:到|至)")
EACH_RE = re.compile(r"各[^,;]{0,3}$")
QUOTED_RE = re.compile(r"“[^“”]{1,20}”")
SINCE_YEAR_RE = re.compile(r"((?:19|20)[0-9]{2})年以来")
# a sentence's opening clause that only sets the time: 截至2022年底, / 截止目前, / 近年来,
TIME_ADVERBIAL_RE = re.compile(r"^(?:截至|截止|至|到)?[^,;]{0,10}(?:底|末|目前|以来|为止)$")
YEAR_RANGE_RE = re.compile(r"((?:19|20)[0-9]{2})年?\s*(?:-|—|–|~|至|到)\s*((?:19|20)[0-9]{2})年")
COMPARED_BEFORE = re.compile(
    "(?:占|比|较|于|超过|高于|低于|领先|"
    + "|".join(v for v in grammar.RANK_VERBS if v not in ("为", "获", "夺得"))
    + r")[^,;]{0,6}$"
)
THEIRS_RE = re.compile(r"(?:高于|低于|超过|超出|快于|慢于|对比|相比)$")
YARDSTICK_AFTER_RE = re.compile(r"(?:第|前|首|平均|水平|总量的|的)")
RANK_AREA_RE = re.compile(
    r"(?:全省|全国|全市|全区|全州|全盟|全疆|全自治区|全地区|全球|同类城市|同类|地市|地级市|"
    r"省辖市|设区市|副省级城市|县市区|县\(市、区\)|各盟市|各市州|各县区)$"
)
GROWTH_TAIL_RE = re.compile(
    "(?:" + "|".join(map(re.escape, grammar.GROWTH_WORDS + grammar.DECLINE_WORDS)) + r")"
    r"(?:了|率)?(?:分别|均)?(?:为|达|达到)?(?:了)?$"
)
GROWTH_NOUN_RE = re.compile(r"增幅|增速|增长率|增长速度|年均增长")
DECLINE_RE = re.compile("(?:" + "|".join(grammar.DECLINE_WORDS) + r")(?:了|率)?(?:为|达)?$")
TO_LEVEL_RE = re.compile(r"(?:增长|提高|提升|增加|上升|扩大|下降|减少|降低|跃升)(?:到|至)(?:了)?$")
SHARE_GROWS_RE = re.compile(r"(比重|占比|强度)[^,;]{0,3}(增长|比增|提高|提升|增加)了?$")


def qualifier_before(text: str, pos: int) -> list[str]:
    """Scope words right before pos: [], [q], or the two of a pair (省、市级众创空间)."""
    head = text[max(0, pos - 8) : pos]
    pair = re.search(r"(国家|省|市)(?:级)?[、和及与](省|市|县|区)级$", head)
    if pair:
        return [grammar.QUALIFIER_CANON[pair.group(1)], grammar.QUALIFIER_CANON[pair.group(2)]]
    for word in grammar.QUALIFIER_WORDS:
        if head.endswith(word):
            prefix = head[: -len(word)]
            # 全市/我市/本省 speak of the issuer, they are no scope
            if len(word) == 1 and prefix[-1:] in (
                "全",
                "我",
                "本",
                "该",
                "各",
                "城",
                "州",
                "县",
                "上",
            ):
                return []
            if word in ("国", "州"):
                continue  # single characters that end ordinary words (全国 is handled below)
            return [grammar.QUALIFIER_CANON[word]]
    return []


@dataclass
class _Walk:
    s: ParsedSentence
    ctx: DocContext
    section: str
    facts: list[Fact] = field(default_factory=list)
    anchor: list[Fact] = field(default_factory=list)  # what a rate or rank after it belongs to
    anchor_end: int = -1
    latest: list[Fact] = field(default_factory=list)  # the last facts of any measure (for ranks)
    used: set[int] = field(default_factory=set)  # mentions that own a figure, by start
    unmapped: list[Quantity] = field(default_factory=list)
    carried: Mention | None = None  # the indicator the previous sentence ended on
    places: list[PlaceSpan] | None = None  # other places the sentence names (computed once)
    applied: set[int] = field(default_factory=set)  # mentions in an application clause
    elsewhere: set[int] = field(default_factory=set)  # mentions another place's figure took

    @property
    def text(self) -> str:
        return self.s.text

    def set_anchor(self, facts: list[Fact], end: int) -> None:
        if facts:
            self.anchor, self.anchor_end, self.latest = facts, end, facts


class SentenceExtractor:
    def __init__(self, lexicon: Lexicon, gazetteer: Gazetteer | None = None) -> None:
        self.lexicon = lexicon
        self.gazetteer = gazetteer  # to tell other places' figures (None: only 全省, 高新区 …)
        forms: dict[str, list[str]] = {}
        for form in lexicon.forms:
            if form.indicator_code:
                forms.setdefault(form.indicator_code, []).append(form.text)
        for code, ind in lexicon.indicators.items():
            forms.setdefault(code, []).append(ind.name_zh)
        self.indicator_forms = {code: "|".join(texts) for code, texts in forms.items()}
        # gap forms whose first piece is a verb and last a noun (争取…资金): (form, verb, noun)
        self.split_forms = [
            (f, f.text.split(GAP)[0], f.text.split(GAP)[-1])
            for f in lexicon.forms
            if f.indicator_code and f.text.count(GAP) == 1 and f.text.split(GAP)[-1]
        ]
        # The word that names a sibling indicator when the stem is left out: 专利申请X件、授权Y件
        # (X_applications ↔ X_grants) and 专利申请X件,其中发明专利Y件 (patent → invention).
        self.siblings: dict[str, list[tuple[re.Pattern[str], str]]] = {}
        listed = r"(?<=[、和及与,]){}(?:量|数)?"
        for code in lexicon.indicators:
            twin = code.removesuffix("_applications") + "_grants"
            if code.endswith("_applications") and twin in lexicon.indicators:
                self.siblings.setdefault(code, []).append((re.compile(listed.format("授权")), twin))
                self.siblings.setdefault(twin, []).append((re.compile(listed.format("申请")), code))
            narrower = f"invention_{code}"
            if code.startswith("patent_") and narrower in lexicon.indicators:
                self.siblings.setdefault(code, []).append(
                    (re.compile(r"(?<=其中)发明专利(?:申请|授权)?(?:量|数)?"), narrower)
                )

    # -- reading a sentence ------------------------------------------------------------------

    def parse(self, text: str, own_names: frozenset[str] = frozenset()) -> ParsedSentence:
        tokens = tokens_of(tag(text))
        return ParsedSentence(
            text, tokens, self.mentions(text, tokens), find_quantities(text), find_ranks(text),
            own_names, self.indicator_forms,
        )  # fmt: skip

    def mentions(self, text: str, tokens: list[Token]) -> list[Mention]:
        """Lexicon mentions on jieba's word boundaries, and the siblings named without a stem."""
        bounds = {0} | {t.end for t in tokens}
        # a lexicon word inside a larger word is no mention (提高企业 ∌ 高企); forms with Latin
        # letters (R&D…) are cut into pieces by jieba, so only CJK ends are checked
        found = [
            m
            for m in self.lexicon.find_mentions(text)
            if (m.start in bounds or not grammar.CJK_RE.match(text[m.start]))
            and (m.end in bounds or not grammar.CJK_RE.match(text[m.end - 1]))
        ]
        found += self._elliptic_mentions(text, found)
        found += self._continued_objects(text, found)
        return sorted(found, key=lambda m: m.start)

    def _continued_objects(self, text: str, found: list[Mention]) -> list[Mention]:
        """A verb's objects listed over clauses: 争取国家科技计划项目56项,(各类)资金2.32亿元.

        A gap form (争取…资金) whose verb stands in one clause names the indicator when a later
        clause of the sentence begins with the form's last word."""
        out = []
        taken = [(m.start, m.end) for m in found]
        for form, verb, noun in self.split_forms:
            v = text.find(verb)
            while v >= 0:
                stop = text.find("。", v)
                window = text[v : stop if stop >= 0 else len(text)]
                opening = rf"[,;](?:各类|各级|各项|{_QUALIFIER_ALT})?({noun})"
                for hit in re.finditer(opening, window):
                    start = v + hit.start(1)
                    clauses = window[: hit.start()].count(",") + window[: hit.start()].count(";")
                    if clauses > 2 or any(a <= start < b for a, b in taken):
                        continue
                    out.append(Mention(start, start + len(noun), form, ""))
                    taken.append((start, start + len(noun)))
                v = text.find(verb, v + 1)
        return out

    def _elliptic_mentions(self, text: str, found: list[Mention]) -> list[Mention]:
        out = []
        taken = {(m.start, m.end) for m in found}
        for m in found:
            for pattern, sibling in self.siblings.get(m.indicator_code or "", ()):
                stops = r"[;。]" if pattern.pattern.startswith("(?<=其中)") else r"[,;。]"
                end = re.search(stops, text[m.end :])
                stop = m.end + end.start() if end else len(text)
                hit = pattern.search(text, m.end, stop)
                if hit and (hit.start(), hit.end()) not in taken:
                    form = SurfaceForm(hit.group(0), sibling, None, None)
                    out.append(Mention(hit.start(), hit.end(), form, ""))
        return out

    # -- the walk ----------------------------------------------------------------------------

    def extract(
        self, text: str, section: str, ctx: DocContext, previous: str | None = None
    ) -> tuple[list[Fact], list[tuple[Quantity, str]]]:
        """Facts and unmapped figures (with the words before them) of one sentence;
        ``previous`` is the sentence before it, whose indicator a subjectless opening such as
        总数达到512家 goes on with."""
        from ingest.extraction.extract import context_before

        s = self.parse(text, ctx.own_names)
        walk = _Walk(s, ctx, section, carried=self._carried(previous))
        events: list[Quantity | Rank] = sorted([*s.quantities, *s.ranks], key=lambda e: e.start)
        i = 0
        while i < len(events):
            event = events[i]
            if isinstance(event, Rank):
                self._rank(walk, event)
                i += 1
                continue
            if event.unit not in ("yuan", "count", "percent", "times"):
                walk.unmapped.append(event)
                i += 1
                continue
            run = self._listed_together(text, events, i)
            rate = event.unit in ("percent", "times")
            made = self._rates(walk, run) if rate else self._amounts(walk, run)
            walk.facts.extend(made)
            done = {f.start for f in made}
            walk.unmapped.extend(q for q in run if q.start not in done)
            i += len(run)
        for f in walk.facts:
            d = date_figure(text, f.start, section, ctx.report_year, ctx.plan_year,
                            ctx.current_year)  # fmt: skip
            if not d.explicit and f.year_hint is not None:
                d = date_figure(text, f.start, section, ctx.report_year, ctx.plan_year,
                                ctx.current_year, year=f.year_hint)  # fmt: skip
            f.year, f.kind, f.year_explicit = d.year, d.kind, d.explicit
        return walk.facts, [(q, context_before(text, q.start)) for q in walk.unmapped]

    @staticmethod
    def _listed_together(text: str, events: list[Quantity | Rank], i: int) -> list[Quantity]:
        """The figures from events[i] on that are listed together (X、Y和Z) in one unit kind."""
        first = events[i]
        assert isinstance(first, Quantity)
        kinds = ("percent", "times") if first.unit in ("percent", "times") else ("yuan", "count")
        run = [first]
        for nxt in events[i + 1 :]:
            if not isinstance(nxt, Quantity) or nxt.unit not in kinds:
                break
            if not re.fullmatch(r"(?:、|和|及|与|,)", text[run[-1].end : nxt.start]):
                break
            run.append(nxt)
        # a comma separates clauses, not list items, unless 分别 announces the list
        comma = any("," in text[a.end : b.start] for a, b in itertools.pairwise(run))
        if comma and "分别" not in text[max(0, first.start - 12) : first.start]:
            return [first]
        return run

    # -- whose figure ------------------------------------------------------------------------

    def _not_the_issuers(self, walk: _Walk, q: Quantity) -> bool:
        """Other places, sub-areas, the start of a from-to, completion rates."""
        text = walk.text
        cs = walk.s.clause_start(q.start)
        head = text[cs : q.start]
        if self._is_foreign(walk, cs, q.start):
            # another place's figure spends the indicator: no rate after it takes it up,
            # only the issuer speaking of itself does (全省共有…420家,我市新增12家)
            walk.elsewhere.update(m.start for m in walk.s.mentions_in(cs, q.start))
            return True
        start = RANGE_START_RE.search(head)
        if start and RANGE_NEXT_RE.match(text[q.end :]):
            # 从441家到1000家: the start value has no year of its own; 由2015年的2.57% has
            return not re.search(r"(?:19|20)[0-9]{2}年|上年|去年", start.group(0))
        if re.search("(?<!不)(?:" + "|".join(grammar.DIFFERENCE_BEFORE) + ")了?$", head):
            return True  # 超出200家, 高于全省0.3: a difference, not a level
        if q.unit == "percent" and self._compared_rate(walk, cs, q):
            return True  # 低于规上工业增加值增速(19.4%): the rate of what is compared
        if any(w in head for w in grammar.RENEWAL_WORDS):
            return True  # 重新认定24家: a renewal is neither new nor a stock
        if self._over_years(walk, q):
            return True  # 2021年以来,全市新增…294家: a sum over several years, no year's fact
        if self._applied_for(head) or self._applied_list(walk, cs, q):
            # 推荐申报高新技术企业41家: those who applied; the indicator named here does not
            # interrupt the figure before (…达到39家,申报26家,预计年底可达到54家)
            walk.applied.update(m.start for m in walk.s.mentions_in(cs, q.start))
            return True
        return q.unit == "percent" and bool(COMPLETION_RE.search(text[: q.start]))

    @staticmethod
    def _compared_rate(walk: _Walk, cs: int, q: Quantity) -> bool:
        """A rate after 低于/高于/快于 and the thing compared, before any indicator again."""
        head = walk.text[cs : q.start]
        found = max((head.rfind(w) for w in grammar.DIFFERENCE_BEFORE), default=-1)
        if found < 0:
            return False
        return not walk.s.mentions_in(cs + found, q.start) and bool(
            re.search(r"[\u4e00-\u9fff]{2}", head[found + 2 :])
        )

    @staticmethod
    def _over_years(walk: _Walk, q: Quantity) -> bool:
        """Is the figure summed since an earlier year (2021年以来 / 自2019年以来 in a later year's
        report), with no year of its own after that?"""
        report = walk.ctx.report_year or walk.ctx.current_year
        since = None
        for m in SINCE_YEAR_RE.finditer(walk.text, 0, q.start):
            since = m
        if since is None or report is None or int(since.group(1)) >= report:
            return False
        return not YEAR_RE.search(walk.text, since.end(), q.start)

    def _applied_list(self, walk: _Walk, cs: int, q: Quantity) -> bool:
        """新申报国家级众创空间1家,省级孵化器1家: an elliptic item of a list an application
        verb opened."""
        if not self._elliptic(walk, cs, q.start):
            return False
        pos = cs - 1
        while pos > 0:
            prev = walk.s.clause_start(pos)
            if not any(prev <= x.start < pos for x in walk.s.quantities):
                return False
            if self._applied_for(walk.text[prev:pos]):
                return True
            if not self._elliptic(walk, prev, pos):
                return False
            pos = prev - 1
        return False

    @staticmethod
    def _applied_for(head: str) -> bool:
        """An application verb governs the clause and nothing after it says it succeeded."""
        found = max((head.rfind(w) for w in grammar.APPLICATION_WORDS), default=-1)
        if found < 0 or head[max(0, found - 2) : found] in ("成功", "获批"):
            return False
        after = head[found:]
        return not any(w in after for w in grammar.SUCCESS_WORDS)

    def _is_foreign(self, walk: _Walk, start: int, end: int) -> bool:
        """A clause about another place or a sub-area (全省共4家, 南通共6项, 自创区新增…); or a
        clause with no subject of its own that goes on speaking of the place an earlier clause
        of the sentence began with (自创区实现…;新增高新技术企业305家), until a clause begins
        with the issuer (全市…, 我区…)."""
        if self._is_foreign_head(walk, start, end):
            return True
        if not (self._subjectless(walk, start, end) or self._elliptic(walk, start, end)):
            return False
        if self._speaks_of_itself(walk, walk.text[start:end]):
            return False  # 全市研发投入3.1亿元: the issuer again
        pos = start - 1
        while pos > 0:
            prev = walk.s.clause_start(pos)
            scope = self._leading_scope(walk, prev, pos)
            if scope is not None:
                return scope
            pos = prev - 1
        return False

    def _first_content(self, walk: _Walk, start: int, end: int) -> Token | None:
        for tok in walk.s.tokens_between(start, end):
            if (
                tok.tag in ("x", "d", "c", "p", "t", "m", "u", "uj", "zg")
                and not tok.text[0].isdigit()
            ):
                continue
            if tok.text in grammar.TIME_WORDS:
                continue
            return tok
        return None

    @staticmethod
    def _speaks_of_itself(walk: _Walk, words: str) -> bool:
        return bool(grammar.SELF_SCOPE_WORD_RE.search(words)) or any(
            n in words for n in walk.ctx.own_names
        )

    def _elliptic(self, walk: _Walk, start: int, end: int) -> bool:
        """Is the clause only an indicator and its figure, its verb left out (自创区实现投资增速
        19.9%,技术交易额增速144.9%): it goes on with the clause before it."""
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

    def _subjectless(self, walk: _Walk, start: int, end: int) -> bool:
        """Does the clause begin with its verb (新增高新技术企业305家, 争取资金200万元)?"""
        tok = self._first_content(walk, start, end)
        return tok is not None and (tok.tag.startswith("v") or tok.text in grammar.MODAL_WORDS)

    def _leading_scope(self, walk: _Walk, start: int, end: int) -> bool | None:
        """True when a clause begins with another place (自创区…, 全省…), False when it begins
        with the issuer (全市, 我区, its own name), None otherwise."""
        tok = self._first_content(walk, start, end)
        if tok is None:
            return None
        rest = walk.text[tok.start : end]
        if grammar.SELF_SCOPE_WORD_RE.match(rest) or any(
            rest.startswith(n) for n in walk.ctx.own_names
        ):
            return False
        place = grammar.FOREIGN_SCOPE_RE.match(rest)
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
            if YARDSTICK_AFTER_RE.match(walk.text, place_end) or any(
                walk.text.startswith(v, place_end) for v in grammar.RANK_VERBS
            ):
                return None  # 全省排第2名: a yardstick, not the subject
            after = walk.s.next_token(place_end)
            modifier = (
                after is not None
                and after.start == place_end
                and (
                    after.tag in grammar.NOUN_TAGS
                    and not walk.s.is_benign_noun(after.text, after.tag)
                )
            )
            # …but another place's government (青岛市科技局…) acts for that place
            government = grammar.GOVERNMENT_RE.match(walk.text, place_end)
            return None if modifier and not government else True
        return None

    def _places(self, walk: _Walk) -> list[PlaceSpan]:
        """Places the sentence names other than the issuer: provinces, prefectures by full or
        short name, counties and districts by full name (钟山区, 六枝特区)."""
        if walk.places is None:
            walk.places = []
            if self.gazetteer is not None:
                own = walk.ctx.own_names
                # a place inside quotes names a thing (“吉林一号”卫星), not where it happens
                quoted = [(q.start(), q.end()) for q in QUOTED_RE.finditer(walk.text)]
                for m in self.gazetteer.find_mentions(walk.text):
                    if m.surface in own or any(p.city_zh in own for p in m.places):
                        continue
                    if any(a <= m.start and m.end <= b for a, b in quoted):
                        continue
                    prefecture = any(p.admin_level == "prefecture" for p in m.places)
                    if m.province_zh or not m.is_short or prefecture or m.strong:
                        walk.places.append(PlaceSpan(m.start, m.end))
        return walk.places

    def _is_foreign_head(self, walk: _Walk, start: int, end: int) -> bool:
        head = walk.text[start:end]
        places = [PlaceSpan(m.start(), m.end()) for m in grammar.FOREIGN_SCOPE_RE.finditer(head)]
        places += [PlaceSpan(p.start - start, p.end - start) for p in self._places(walk)
                   if start <= p.start and p.end <= end]  # fmt: skip
        for m in places:
            between = [x for x in walk.s.quantities if start + m.end <= x.start and x.end <= end]
            if any(
                walk.text[x.end : x.end + 1] in ("、", "和", "及", "与") for x in between
            ) and not (re.fullmatch(r"[、和及与]?", walk.text[between[-1].end : end])):
                continue  # 示范园区6个、星创天地1家: the place went with a figure of its own
            # 占全省的30%, 居全省第一: the place is a yardstick; but in 低于全省1.5%的平均水平
            # the figure right after the place is that place's own
            theirs = THEIRS_RE.search(head[: m.start]) and len(head) - m.end <= 4
            if self._comparison_before(head, m.start) and not theirs:
                continue
            if self._covered_by_mention(walk, start + m.start, start + m.end):
                continue  # 争取省自创区建设资金: a word inside an indicator's name
            level_end = start + m.end
            if walk.text.startswith("省", level_end):
                level_end += 1  # 云南省重点实验室
            named = head[m.start : m.end]
            if not named.startswith("全") and self._names_a_level(walk, level_end):
                continue  # 云南省重点实验室, 河北省科学技术进步奖: a level, not a place
            if named in walk.ctx.province and self._names_a_programme(walk, start + m.end):
                continue  # 广西“瞪羚企业”: the issuer's province names a level of programme
            return True
        return False

    @staticmethod
    def _comparison_before(head: str, pos: int) -> bool:
        """Is the place at pos a yardstick (占全省, 居全省, 高于全国, 全省第一, 全省平均)?"""
        before = head[max(0, pos - 8) : pos]
        if re.search(COMPARED_BEFORE, before):
            return True
        return bool(YARDSTICK_AFTER_RE.match(head, pos + 2)) or bool(
            YARDSTICK_AFTER_RE.match(head, pos + 3)
        )

    def _names_a_level(self, walk: _Walk, pos: int) -> bool:
        """全省重点实验室, 云南省重点实验室, 河北省科学技术进步奖: the level of a platform or an
        award, not another place."""
        m = next((m for m in walk.s.mentions if m.start == pos and m.indicator_code), None)
        if m is None:
            return False
        return self.lexicon.indicators[m.indicator_code or ""].category in ("platforms", "awards")

    @staticmethod
    def _names_a_programme(walk: _Walk, pos: int) -> bool:
        """Does a quoted programme follow right after pos (广西“瞪羚企业”)? (黑龙江省R&D经费 is
        the province's own figure.)"""
        return walk.text[pos : pos + 1] in ("“", '"')

    def _covered_by_mention(self, walk: _Walk, start: int, end: int) -> bool:
        return any(m.start <= start and end <= m.end for m in walk.s.mentions)

    def _subject(self, walk: _Walk, pos: int) -> tuple[Mention | None, Token | None]:
        """The nearest indicator mention before pos in its clause, and the competing noun that
        stands between them (or, without a mention, anywhere in the clause before pos)."""
        s = walk.s
        cs = s.clause_start(pos)
        depth = s.depth_at(pos)
        # 众创空间(星创天地)105家: a name in brackets only glosses the noun before it
        before = [m for m in s.mentions_in(cs, pos) if s.paren_depth[m.start] <= depth]
        if before:
            m = before[-1]
            return m, s.competing_noun(m.end, pos, m.indicator_code)
        return None, s.competing_noun(cs, pos)

    def _anchored(self, walk: _Walk, pos: int, mention: Mention | None) -> bool:
        """Does the last figure's indicator go on at pos (it stands nearer than any mention)?"""
        if not walk.anchor:
            return False
        if mention is not None:
            return walk.anchor_end > mention.end
        return not self._named_since(walk, walk.anchor_end, pos)

    @staticmethod
    def _named_since(walk: _Walk, start: int, pos: int) -> bool:
        """An indicator named after the last figure takes over (…;每万人发明专利拥有量…,第一),
        unless it is the one the figure itself named (3家企业被认定为高新技术企业,比增…)."""
        owners = {f.indicator_code for f in walk.anchor}
        return any(
            not (m.start in walk.used and m.indicator_code in owners)
            and m.start not in walk.applied
            for m in walk.s.mentions_in(start, pos)
        )

    def _topic(self, walk: _Walk, q: Quantity) -> Mention | None:
        """The indicator the previous clause named and no figure took (企业申报高新技术企业,…)."""
        s = walk.s
        cs = s.clause_start(q.start)
        if cs == 0:
            return None
        prev_start = s.clause_start(cs - 1)
        here = walk.text[cs : q.start]
        itself = self._speaks_of_itself(walk, here)
        named = [
            m
            for m in s.mentions_in(prev_start, cs)
            if m.start not in walk.used and (itself or m.start not in walk.elsewhere)
        ]
        if not named:
            return None
        m = named[-1]
        if self._is_foreign_head(walk, prev_start, m.end) and not itself:
            # 黑龙江省R&D经费173.2亿元,较上年增长…: another place's indicator goes on; but in
            # 全省共有…420家,我市新增12家 the issuer takes the same indicator up
            return None
        succeeded = any(w in here for w in grammar.SUCCESS_WORDS)
        if self._applied_for(walk.text[prev_start : m.start]) and not succeeded:
            return None  # 共申报高新技术企业279家,比去年增长43.8%: applications, not firms
        # nouns after the mention in the previous clause count only if no figure took them
        counted = any(x.start >= m.end and x.end <= cs for x in s.quantities)
        if s.competing_noun(cs if counted else m.end, q.start, m.indicator_code) is not None:
            return None
        return m

    def _place_before(self, walk: _Walk, start: int, end: int) -> int:
        """Where a place name ends right at ``end`` (宣城市第1, 南通第一), or -1."""
        for place in self._places(walk):
            if place.end == end and place.start >= start:
                return place.start
        for name in walk.ctx.own_names:
            if walk.text.endswith(name, start, end):
                return end - len(name)
        return -1

    @staticmethod
    def _spent(walk: _Walk, m: Mention, q: Quantity) -> bool:
        """A mention whose own figure was no fact of it (narrowed, combined, another place's)."""
        owned = any(f.start >= m.end and f.end <= q.start for f in walk.facts)
        figured = any(x.start >= m.end and x.end <= q.start for x in walk.s.quantities)
        return m.start in walk.used and figured and not owned

    def _topic_of_rank(self, walk: _Walk, cs: int) -> Mention | None:
        """每万人口发明专利拥有量达到12.2,位居全省首位: the previous clause's indicator."""
        if cs == 0:
            return None
        s = walk.s
        named = s.mentions_in(s.clause_start(cs - 1), cs)
        if not named or s.competing_noun(named[-1].end, cs, named[-1].indicator_code):
            return None
        return named[-1]

    def _carried(self, previous: str | None) -> Mention | None:
        """The indicator a sentence ends on when no figure follows it (高新技术企业发展迅猛。)."""
        if not previous:
            return None
        named = [m for m in self.lexicon.find_mentions(previous) if m.indicator_code]
        if not named or find_quantities(previous[named[-1].end :]):
            return None
        return named[-1]

    def _carried_topic(self, walk: _Walk, q: Quantity) -> Mention | None:
        """总数达到512家 opening a sentence: the indicator the sentence before named."""
        s = walk.s
        if walk.carried is None or s.clause_start(q.start) != 0 or walk.facts:
            return None
        head_tokens = s.tokens_between(0, q.start)
        if any(s.is_nominal(t) and not s.is_benign_noun(t.text, t.tag) for t in head_tokens):
            return None
        m = walk.carried
        # a mention of the previous sentence: offsets are not in this one, so it owns by code
        return Mention(q.start, q.start, m.form, m.gap_text)

    def _mention_qualifiers(self, walk: _Walk, m: Mention) -> list[str | None]:
        if m.form.qualifier:
            return [m.form.qualifier]
        if m.gap_text:
            for word in grammar.QUALIFIER_WORDS:
                if word in m.gap_text:
                    return [grammar.QUALIFIER_CANON[word]]
        return list(qualifier_before(walk.text, m.start)) or [None]

    def _narrowed(self, walk: _Walk, m: Mention) -> bool:
        """Is the mention narrowed by a noun right before it (工业高新技术企业)?"""
        s = walk.s
        prev = [t for t in s.tokens if t.end == m.start]
        first = [t for t in s.tokens if t.start == m.start]
        if not prev or not s.is_nominal(prev[0]) or s.covered(prev[0]):
            return False
        if first and first[0].tag == "v":
            return False  # 项目争取…资金: the noun before is the verb's subject
        tok = prev[0]
        if s.is_benign_noun(tok.text, tok.tag) or restates(tok.text, s.own_forms(m.indicator_code)):
            return False  # 全地区, 国家, 科技(企业孵化器)
        return not grammar.SELF_SCOPE_WORD_RE.search(walk.text, max(0, m.start - 4), m.start)

    def _listed_after_noun(self, walk: _Walk, m: Mention) -> bool:
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
        return walk.s.is_nominal(prev[-1]) and not figure  # 1项、省级…6家 is a list of figures

    def _mention_run(self, walk: _Walk, m: Mention) -> list[Mention]:
        """The mentions listed together ending with m (A、B和C)."""
        text = walk.text
        group = [m]
        for other in reversed(
            [x for x in walk.s.mentions if x.indicator_code and x.end <= m.start]
        ):
            between = text[other.end : group[0].start]
            if re.fullmatch(r"(?:、|和|及|与|以及)(?:" + "|".join(grammar.QUALIFIER_WORDS)
                            + r")?(?:级)?", between):  # fmt: skip
                group.insert(0, other)
            else:
                break
        return group

    # -- counts and amounts ----------------------------------------------------------------

    def _amounts(self, walk: _Walk, run: list[Quantity]) -> list[Fact]:
        if len(run) >= 2:
            paired = self._paired(walk, run)
            if paired:
                return paired
        made: list[Fact] = []
        for q in run:
            made.extend(self._amount(walk, q))
        if len(run) > 1 and len(made) == len(run):
            walk.set_anchor(made, run[-1].end)  # 申请5871件、授权1509件,同比增长…和…
            self._date_by_range(walk.text, run, made)
        return made

    @staticmethod
    def _date_by_range(text: str, run: list[Quantity], facts: list[Fact]) -> None:
        """2015-2018年,…分别29.92、29.64、33.57、30.75亿元: one year for each listed figure."""
        span = None
        for m in YEAR_RANGE_RE.finditer(text, 0, run[0].start):
            span = (int(m.group(1)), int(m.group(2)))
        if (
            span is None
            or span[1] - span[0] + 1 != len(run)
            or len({f.start for f in facts}) != len(run)
        ):
            return
        for i, f in enumerate(sorted(facts, key=lambda f: f.start)):
            f.year_hint = span[0] + i

    def _paired(self, walk: _Walk, run: list[Quantity]) -> list[Fact]:
        """k mentions in a row, then k figures: A、B分别为3项、106项."""
        s = walk.s
        before = [m for m in s.mentions_in(s.clause_start(run[0].start), run[0].start)]
        if not before:
            return []
        group: list[Mention | None] = list(self._mention_run(walk, before[-1]))
        owner = before[-1].indicator_code
        if len(group) != len(run) or s.competing_noun(before[-1].end, run[0].start, owner):
            group = self._listed_items(walk, run)
            if not group:
                return []
        facts = []
        for m, q in zip(group, run, strict=True):
            if m is None:
                continue  # an item of the list that is no indicator (瞪羚企业)
            if self._not_the_issuers(walk, q):
                continue
            for qual in self._mention_qualifiers(walk, m):
                if f := self._fact(walk, m.indicator_code or "", q, qual):
                    facts.append(f)
            walk.used.add(m.start)
        walk.set_anchor(facts, run[-1].end)
        return facts

    def _listed_items(self, walk: _Walk, run: list[Quantity]) -> list[Mention | None]:
        """A、B、C分别达到X、Y、Z where only some items are indicators: the items of the list
        before 分别, each with its indicator mention or None, when they are as many as the
        figures."""
        s, text = walk.s, walk.text
        cs = s.clause_start(run[0].start)
        fenbie = text.rfind("分别", cs, run[0].start)
        if fenbie < 0:
            return []
        items = [m for m in re.finditer(r"[^、和及与]+", text[cs:fenbie])]
        if len(items) != len(run):
            return []
        listed: list[Mention | None] = []
        for item in items:
            inside = s.mentions_in(cs + item.start(), cs + item.end())
            listed.append(inside[-1] if len(inside) == 1 else None)
        return listed if any(listed) else []

    def _amount(self, walk: _Walk, q: Quantity) -> list[Fact]:
        if self._not_the_issuers(walk, q):
            return []
        named = self._named_after(walk, q)
        if named is not None:
            return named
        if self._milestone(walk, q):
            return []  # 首破百亿元大关,达114.76亿元: the milestone, then the figure
        mention, blocker = self._subject(walk, q.start)
        if self._anchored(walk, q.start, mention):
            return self._continued(walk, q)
        if mention is None:
            topic = self._topic(walk, q) or self._carried_topic(walk, q)
            return self._owned_by(walk, q, topic) if topic is not None else []
        if blocker is not None:
            return []  # another noun is the subject: 引进人才100名
        return self._owned_by(walk, q, mention)

    @staticmethod
    def _milestone(walk: _Walk, q: Quantity) -> bool:
        """A round figure passed (X大关) with the exact figure given in the next clause."""
        text = walk.text
        if not text.startswith("大关", q.end):
            return False
        rest = text[q.end + 2 : q.end + 12]
        nxt = next((x for x in walk.s.quantities if x.start > q.end), None)
        exact_follows = nxt is not None and nxt.unit == q.unit
        return bool(re.match(r"[,,]?(?:达|达到|为)", rest)) and exact_follows

    def _named_after(self, walk: _Walk, q: Quantity) -> list[Fact] | None:
        """37家市级科技小巨人企业 / 3家企业被认定为高新技术企业 / 110家企业享受…: the figure
        counts what follows it. None when nothing follows (the figure ends its clause)."""
        s, text = walk.s, walk.text
        tail = NAMES_FOLLOWING_RE.match(text, q.end)
        after = tail.end() if tail else q.end
        m = next((m for m in s.mentions if m.start == after), None)
        served = any(text[: q.start].endswith(w) for w in grammar.SERVICE_BEFORE)
        if m is not None and m.indicator_code:
            if served or any(text[m.end :].startswith(w) for w in grammar.BENEFIT_VERBS):
                return []  # 为25家高企提供…, 26家高企获得…: those served, those rewarded
            head_noun = s.next_token(m.end)
            if (
                head_noun is not None
                and head_noun.start == m.end
                and head_noun.tag in grammar.NOUN_TAGS
                and not s.is_benign_noun(head_noun.text, head_noun.tag)
                and not s.covered(head_noun)
            ):
                return []  # 25个科技特派员工作站: the figure counts the stations
            if any(m in self._mention_run(walk, x)[:-1] for x in s.mentions if x.start > m.end):
                return []  # 10家众创空间、孵化器: one count for the whole list
            walk.used.add(m.start)
            facts = [f for qual in self._mention_qualifiers(walk, m)
                     if (f := self._fact(walk, m.indicator_code, q, qual))]  # fmt: skip
            self._hint_year(text, q, m, facts)
            walk.set_anchor(facts, q.end)
            return facts
        if m is not None:
            return []  # a blocker: 50家企业纳入高新技术企业培育库
        nxt = s.next_token(after)
        while nxt is not None and nxt.text in FIGURE_TAIL:
            nxt = s.next_token(nxt.end)
        if (
            nxt is not None
            and nxt.start <= after + 2
            and nxt.tag in ("v", "p")
            and not (
                nxt.text in grammar.GROWTH_WORDS + grammar.DECLINE_WORDS
                or any(
                    nxt.text.startswith(w) for w in (*grammar.RANK_VERBS, *grammar.COMPARISON_WORDS)
                )
            )
        ):
            # 21家入围全省百强, 6家有望…: the figure is the subject of the verb after it,
            # unless that verb makes it one of the indicator (3家被认定为高新技术企业)
            return self._joined(walk, q, nxt.start, served) or []
        if nxt is None or nxt.tag not in grammar.NOMINAL_TAGS or nxt.start > after + 2:
            return None
        if s.is_benign_noun(nxt.text, nxt.tag) and nxt.text not in grammar.PROCEDURE_WORDS:
            return None
        return self._joined(walk, q, nxt.end, served)

    def _joined(self, walk: _Walk, q: Quantity, start: int, served: bool) -> list[Fact]:
        """The figure counts another noun; it joins the indicator only through a joining verb
        (3家企业被认定为高新技术企业), or wins it (8个项目荣获省科学技术奖: a count of awards)."""
        s, text = walk.s, walk.text
        end = s.clause_end(start)
        for verb in (*grammar.JOIN_VERBS, *grammar.AWARD_VERBS):
            v = text.find(verb, start, end)
            if v < 0:
                continue
            joined = s.mentions_in(v + len(verb), end)
            if not joined or served:
                continue
            m = joined[0]
            award = self.lexicon.indicators[m.indicator_code or ""].category == "awards"
            if (verb in grammar.AWARD_VERBS) != award and verb not in grammar.JOIN_VERBS:
                continue
            if s.competing_noun(v + len(verb), m.start, m.indicator_code) is not None:
                continue
            walk.used.add(m.start)
            cs = s.clause_start(q.start)
            found = self._measure_word(walk, cs, q.start, m.indicator_code)
            measure = "level" if award else (found or "increment")
            facts = [f for qual in self._mention_qualifiers(walk, m)
                     if (f := self._fact(walk, m.indicator_code or "", q, qual,
                                         measure=measure))]  # fmt: skip
            self._hint_year(text, q, m, facts)
            walk.set_anchor(facts, q.end)
            return facts
        return []

    @staticmethod
    def _hint_year(text: str, q: Quantity, m: Mention, facts: list[Fact]) -> None:
        found = YEAR_RE.search(text, q.end, m.start)
        for f in facts:
            f.year_hint = int(found.group(1)) if found else None

    def _owned_by(self, walk: _Walk, q: Quantity, m: Mention) -> list[Fact]:
        text = walk.text
        run = self._mention_run(walk, m)
        each = bool(EACH_RE.search(text[: q.start]))
        if len(run) >= 2 and each:
            # 新增省科技企业孵化器、省众创空间各1家: the figure for each of them
            facts = [
                f
                for x in run
                for qual in self._mention_qualifiers(walk, x)[:1]
                if (f := self._fact(walk, x.indicator_code or "", q, qual, subject=x))
            ]
            walk.used.update(x.start for x in run)
            walk.set_anchor(facts, q.end)
            return facts
        # a figure that is not the indicator's spends its mention: no rate or clause after it
        # takes the indicator up (规上工业R&D经费5.52亿元,比上年增长20.8%)
        if len(run) >= 2 and not all(x.start in walk.used for x in run[:-1]):
            walk.used.update(x.start for x in run)
            return []  # 众创空间、孵化器10家: a combined count belongs to neither
        if self._listed_after_noun(walk, run[0]) and not each:
            walk.used.add(m.start)
            return []  # 工程技术研究中心、企业技术中心、重点实验室37家: one count for all
        if self._narrowed(walk, m):
            walk.used.add(m.start)
            return []  # 超亿元工业高新技术企业40家: a kind of them, not all of them
        quals = self._mention_qualifiers(walk, m)
        if len(quals) == 2 and not each:
            quals = ["省市级"]  # 省、市级…610名 is one figure for both scopes; 各10家 is two
        walk.used.add(m.start)
        facts = [
            f
            for qual in quals
            if (f := self._fact(walk, m.indicator_code or "", q, qual, subject=m))
        ]
        walk.set_anchor(facts, q.end)
        return facts

    def _continued(self, walk: _Walk, q: Quantity) -> list[Fact]:
        """,总数达1407家 / ,其中国家级8家: the previous figure's indicator goes on."""
        s, text = walk.s, walk.text
        last = walk.anchor[-1]
        if s.competing_noun(walk.anchor_end, q.start, last.indicator_code) is not None:
            walk.anchor = []
            return []
        gap = text[walk.anchor_end : q.start]
        quals = qualifier_before(text, q.start)
        qual = quals[0] if quals and "其中" in gap else last.qualifier
        measure = last.measure if "其中" in gap else None
        fact = self._fact(walk, last.indicator_code, q, qual, measure=measure)
        walk.set_anchor([fact] if fact else [], q.end)
        return [fact] if fact else []

    def _fact(
        self,
        walk: _Walk,
        code: str,
        q: Quantity,
        qualifier: str | None,
        increment: bool = False,
        measure: str | None = None,
        subject: Mention | None = None,
    ) -> Fact | None:
        """The fact of a count or amount, or None when its unit cannot be the indicator's."""
        ind = self.lexicon.indicators[code]
        wanted = {"yuan": "yuan", "count": "count", "per_10k_people": "count"}.get(ind.unit)
        if q.unit != wanted:
            return None  # 82笔 is not an amount of loans; 1.79亿元 is not a count of enterprises
        if q.unit == "count" and ind.classifiers and q.unit_word not in ind.classifiers:
            return None  # 2万余人 is not a count of enterprises
        if ind.unit == "count" and q.value != int(q.value):
            return None  # 万家企业中高新技术企业15.09家: a density, not a count
        s = walk.s
        cs = s.clause_start(q.start)
        if subject is not None and "的" in walk.text[cs : subject.start]:
            # 通过认定的高新技术企业达到5家: words inside the relative clause do not measure
            cs = walk.text.rfind("的", cs, subject.start) + 1
        head = walk.text[cs : q.start]
        if increment:
            measure = "increment"
        measure = measure or self._measure_word(walk, cs, q.start, code)
        if measure is None and walk.text[cs : q.start].lstrip().startswith("其中"):
            # 其中发明专利9件: a part of the figure before, counted the same way
            earlier = [f for f in walk.facts if f.unit != "percent" and f.end <= cs]
            measure = earlier[-1].measure if earlier else None
        measure = (
            measure
            or self._measure_word(walk, cs, q.start, code)
            or self._parallel_measure(walk, q)
        )
        if measure not in ("level", "increment"):
            measure = "level"
        comparator = q.comparator
        if comparator == "eq" and re.search(r"预计|约|近|大约", head):
            comparator = "approx"  # 预计新增…2家、总数达10家: both are estimates
        return Fact(code, measure, comparator, q.value, ind.unit, qualifier, q.raw_text, q.start,
                    q.end)  # fmt: skip

    def _measure_word(
        self, walk: _Walk, start: int, end: int, code: str | None = None
    ) -> str | None:
        """increment (新增47家) or level (总数达189家) for a figure at ``end`` whose clause
        begins at ``start``: the word nearest the figure wins.

        Verbs that make things (建成, 培育, 认定) state a level when the sentence speaks of a
        stock (累计建成…, 目前全市共有…、建成…); the procedures of an indicator renewed every
        year (科技型中小企业入库, 认定) state its level."""
        head = walk.text[start:end]
        # words on jieba's word boundaries only (增加 is no word of 增加值), outside names
        # (建设 in 争取自创区建设资金)
        bounds = {t.start for t in walk.s.tokens if start <= t.start <= end}
        bounds |= {t.end for t in walk.s.tokens if start <= t.end <= end}
        for m in walk.s.mentions:
            bounds -= set(range(m.start + 1, m.end))
        # the word ending nearest the figure; on a tie the longer (新备案 ⊃ 备案), and a level
        # word over an increment one (增加到 ⊃ 增加)
        best, best_word, best_key = None, "", (-1, 0, False)
        for measure, words in (
            ("increment", grammar.INCREMENT_WORDS),
            ("level", grammar.LEVEL_WORDS),
        ):
            for w in words:
                p = head.rfind(w)
                while p >= 0 and not (start + p in bounds and start + p + len(w) in bounds):
                    p = head.rfind(w, 0, p + len(w) - 1)
                key = (p + len(w), len(w), measure == "level")
                if p >= 0 and key > best_key:
                    best, best_word, best_key = measure, w, key
        best_pos = best_key[0] - len(best_word)
        if best is None and any(w in head for w in grammar.WEAK_LEVEL_WORDS):
            return "level"
        ind = self.lexicon.indicators.get(code or "")
        if best == "increment" and best_word in grammar.MAKING_WORDS:
            if ind is not None and ind.counted == "yearly" and best_word in grammar.PROCEDURE_WORDS:
                return "level"
            segment_start = walk.text.rfind(";", 0, start) + 1
            if any(w in walk.text[segment_start : start + best_pos] for w in grammar.STOCK_WORDS):
                return "level"
            opening = walk.text[: walk.s.clause_end(0)]
            if TIME_ADVERBIAL_RE.match(opening) and any(w in opening for w in grammar.STOCK_WORDS):
                return "level"  # 截至2022年底,…;建设…135家: the opening dates every clause
        return best

    def _parallel_measure(self, walk: _Walk, q: Quantity) -> str | None:
        """新增国家级孵化器2家,国家级众创空间3家: a clause that is only an indicator and its
        figure repeats the measure word of the clause before, when that clause was the same
        shape (verb, indicator, figure) and its figure a fact."""
        s = walk.s
        cs = s.clause_start(q.start)
        named = s.mentions_in(cs, q.start)
        if not named or any(t.tag.startswith("v") for t in s.tokens_between(cs, q.start)):
            return None  # a clause with a verb of its own is no ellipsis
        if walk.text[cs : named[0].start].strip(" 、") and not qualifier_before(
            walk.text, named[0].start
        ):
            return None  # words of its own before the indicator
        # the clause before: a verb, a noun and its figure at the end (建成A研究院1家,)
        prev_start = s.clause_start(cs - 1) if cs > 0 else 0
        figures = [x for x in s.quantities if prev_start <= x.start and x.end <= cs]
        if not figures or walk.text[figures[-1].end : cs].strip(" ,、") not in ("", "以上"):
            return None
        if not any(t.tag.startswith("v") for t in s.tokens_between(prev_start, figures[-1].start)):
            prev_facts = [f for f in walk.facts if f.unit != "percent" and f.end <= cs]
            if prev_facts and prev_facts[-1].start == figures[-1].start:
                return prev_facts[-1].measure  # a list of such clauses goes on
            return None
        # the verb must head that clause to govern the list (新增A 1家,B 2家), not name a
        # thing of its own (备案创业投资机构达350家)
        verbs = [
            t
            for t in s.tokens_between(prev_start, figures[-1].start)
            if t.tag not in ("x", "d", "t", "m", "a") and not grammar.SELF_SCOPE_RE.match(t.text)
        ]
        if not verbs or not verbs[0].tag.startswith("v"):
            return None
        return self._measure_word(walk, prev_start, figures[-1].start)

    # -- growth rates, shares, ranks --------------------------------------------------------

    def _rates(self, walk: _Walk, run: list[Quantity]) -> list[Fact]:
        """Growth rates (比增14.2%) and shares (占GDP比重1.69%) of the figures before them."""
        run = [q for q in run if not self._not_the_issuers(walk, q)]
        if not run:
            return []
        s, text = walk.s, walk.text
        q0 = run[0]
        cs = s.clause_start(q0.start)
        prior = [e.end for e in [*s.quantities, *s.ranks] if cs <= e.end <= q0.start]
        tail = text[max([cs, *prior]) : q0.start]  # the words since the last figure
        head = text[cs : q0.start]
        share = bool(grammar.SHARE_FRAME_RE.search(head))
        grows = bool(GROWTH_TAIL_RE.search(tail)) and not TO_LEVEL_RE.search(tail)
        grows = grows or bool(GROWTH_AFTER_RE.match(text[run[-1].end :]))
        grows = grows or run[0].unit_word == "翻番"  # 实现翻番: the growth is the word itself
        facts = []
        for (code, qual), q in zip(self._rate_owners(walk, run), run, strict=False):
            if not code:
                continue  # its figure was no fact
            ind = self.lexicon.indicators[code]
            if share and ind.unit != "percent":
                # 研发投入占GDP比重: the share of the economy is its own indicator
                target = self.lexicon.share_target.get(code)
                # R&D强度 and a bare 占比 (no 占X) speak of the economy
                economy = grammar.ECONOMY_RE.search(head) or re.search(r"强度|(?<!占)占比", head)
                if target is None or not economy:
                    continue  # a share of the province's count: not the issuer's measure
                code, ind = target, self.lexicon.indicators[target]
            if share and SHARE_GROWS_RE.search(tail):
                measure = "growth_pct"  # 占GDP比重增长20%: the share grows
            elif share or (ind.unit == "percent" and not grows):
                measure = "share_pct"
            elif grows or GROWTH_NOUN_RE.search(head):
                measure = "growth_pct"  # 增幅保持20%以上: the rate a growth noun names
            elif code in self.lexicon.share_target:
                # 研发经费投入达到1.75%: a percentage of an amount can only be its share
                code, measure = self.lexicon.share_target[code], "share_pct"
            else:
                continue
            value = q.value
            if q.unit == "times":
                if measure != "growth_pct":
                    continue  # 是2012年的5倍: a ratio to a base year, not a rate
                value = q.value * 100  # 增长2.7倍: +270%
            if measure == "growth_pct" and DECLINE_RE.search(tail):
                value = -value
            facts.append(Fact(code, measure, q.comparator, value, "percent", qual, q.raw_text,
                              q.start, q.end))  # fmt: skip
        if facts:
            walk.anchor_end, walk.latest = run[-1].end, facts
        return facts

    def _rate_owners(self, walk: _Walk, run: list[Quantity]) -> list[Owner]:
        """Who k rates belong to: the k figures before them, the k mentions before them, or
        one owner for a single rate."""
        s = walk.s
        q0 = run[0]
        text = walk.text
        cs = s.clause_start(q0.start)
        if "分别" in text[cs : q0.start] and len(run) > 1:
            # 分别增长44%、2.7倍 after the figures listed before: they pair with the last k; a
            # figure that is no fact (专精特新企业37家) keeps its place in the list
            since = text.rfind(";", 0, q0.start) + 1
            amounts = [
                x for x in s.quantities if x.unit in ("yuan", "count") and since <= x.start < cs
            ]
            by_start = {f.start: f for f in walk.facts if f.unit != "percent"}
            last_amount = amounts[-1].end if amounts else q0.start
            if len(amounts) >= len(run) and s.competing_noun(last_amount, q0.start) is None:
                paired = [by_start.get(x.start) for x in amounts[-len(run) :]]
                if any(paired):
                    return [(f.indicator_code, f.qualifier) if f else ("", None) for f in paired]
        mention, blocker = self._subject(walk, q0.start)
        if self._anchored(walk, q0.start, mention):
            last = walk.anchor[-1].indicator_code
            facts = walk.anchor
            if s.competing_noun(walk.anchor_end, q0.start, last) is not None:
                return []
            if len(run) > 1 and len(facts) != len(run):
                # 申请5871件、授权1509件,同比增长49.09%和48.67%: the last k amounts
                amounts = [f for f in walk.facts if f.unit != "percent"][-len(run) :]
                if len({f.indicator_code for f in amounts}) == len(run):
                    facts = amounts
            if len(facts) == len(run) or len(run) == 1:
                return [(f.indicator_code, f.qualifier) for f in facts[-len(run) :]]
            return []
        if mention is not None and blocker is None and not self._spent(walk, mention, q0):
            group = self._mention_run(walk, mention) if len(run) > 1 else [mention]
            if len(group) == len(run):
                return [(m.indicator_code or "", self._mention_qualifiers(walk, m)[0])
                        for m in group]  # fmt: skip
            return []
        if mention is None and blocker is None and len(run) == 1:
            topic = self._topic(walk, q0)
            if topic is not None:
                return [(topic.indicator_code or "", self._mention_qualifiers(walk, topic)[0])]
        return []

    def _rank(self, walk: _Walk, r: Rank) -> None:
        s, text = walk.s, walk.text
        cs = s.clause_start(r.start)
        window = max(cs, r.start - 12)
        head = text[window : r.start]
        verb = max((head.rfind(v) for v in grammar.RANK_VERBS), default=-1)
        area = RANK_AREA_RE.search(head)
        place = self._place_before(walk, window, r.start)
        if verb < 0 and area is None and place < 0:
            return  # 第一批, 第三届: an ordinal, not a standing
        starts = [verb, area.start() if area else -1, place - window if place >= 0 else -1]
        frame_start = window + min(p for p in starts if p >= 0)
        owners: list[Owner] = []
        mention, blocker = self._subject(walk, frame_start)
        latest_end = max((f.end for f in walk.latest), default=-1)
        nearer = latest_end > (mention.end if mention is not None else -1)
        segment_continues = ";" not in text[latest_end : r.start]
        if walk.latest and "均" in text[latest_end : r.start] and segment_continues and nearer:
            # 均居全省首位: every listed figure of the latest kind (amounts or rates) since ;,
            # whatever other items the list holds
            last = walk.latest[-1]
            since = text.rfind(";", 0, latest_end) + 1
            rates = last.unit == "percent"
            owners = [(f.indicator_code, f.qualifier) for f in walk.facts
                      if f.start >= since and (f.unit == "percent") == rates
                      and f.measure != "rank"]  # fmt: skip
        elif walk.latest and nearer and not self._named_since(walk, latest_end, frame_start):
            last = walk.latest[-1]
            if s.competing_noun(latest_end, frame_start, last.indicator_code) is None:
                owners = [(last.indicator_code, last.qualifier)]
        elif mention is not None and blocker is None:
            share = grammar.SHARE_FRAME_RE.search(text, mention.end, frame_start)
            for m in self._mention_run(walk, mention):
                code = m.indicator_code or ""
                if share and self.lexicon.indicators[code].unit != "percent":
                    code = self.lexicon.share_target.get(code, "")  # 研发投入占GDP比重…第一
                if code:
                    owners.append((code, self._mention_qualifiers(walk, m)[0]))
        elif mention is None and blocker is None:
            topic = self._topic_of_rank(walk, cs)
            if topic is not None:
                owners = [(topic.indicator_code or "", self._mention_qualifiers(walk, topic)[0])]
        seen: set[Owner] = set()
        for owner in owners:
            if owner in seen:
                continue
            seen.add(owner)
            walk.facts.append(Fact(owner[0], "rank", "eq", float(r.value), "rank", owner[1],
                                   r.raw_text, r.start, r.end))  # fmt: skip
