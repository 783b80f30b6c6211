"""Which figure in a sentence belongs to which indicator, with what measure, year and kind.

In one sentence we find lexicon mentions (checked against jieba token boundaries) and figures
(``ingest.extraction.numbers``), then walk the figures left to right and attach each to an
indicator:

* a figure right before a mention names it (新认定37家市级科技小巨人领军企业);
* k mentions in a row followed by k figures pair in order (A、B分别为3项、106项);
* otherwise the nearest mention before the figure, when the words between are connectors
  only (达, 总数, 新增 …): a clause with a subject of its own (新增创新人才和团队2个) breaks
  the link, and its figure goes to the unmapped list;
* growth rates, shares and ranks belong to the figure (or mention) before them, with its
  qualifier.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.extraction import cues
from ingest.extraction.lexicon import Lexicon, Mention, SurfaceForm
from ingest.extraction.numbers import Quantity, Rank, find_quantities, find_ranks
from ingest.extraction.segment import token_boundaries


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


@dataclass(frozen=True)
class DocContext:
    document_id: str
    report_year: int | None
    plan_year: int | None
    own_names: frozenset[str] = frozenset()  # the issuer's own names (海安市, 海安)


@dataclass
class Anchor:
    """What a growth rate, share or rank after it belongs to: the last figure(s) attached."""

    indicator_code: str
    qualifier: str | None
    end: int
    facts: list[Fact] = field(default_factory=list)

    @classmethod
    def after(cls, facts: list[Fact], end: int) -> Anchor:
        return cls(facts[-1].indicator_code, facts[-1].qualifier, end, facts)


Owner = tuple[str, str | None]  # (indicator_code, qualifier)


@dataclass
class _Walk:
    """The state of one left-to-right walk over a sentence's figures."""

    text: str
    mentions: list[Mention]
    anchor: Anchor | None = None
    consumed: set[int] = field(default_factory=set)  # mentions already paired, by start
    absolute: list[Fact] = field(default_factory=list)  # counts and amounts attached so far

    def mentions_before(self, pos: int) -> list[Mention]:
        return [m for m in self.mentions if m.end <= pos]

    def anchored_on_fact(self, last_mention: Mention | None) -> bool:
        """Is the previous figure nearer than the previous mention?"""
        return self.anchor is not None and (
            last_mention is None or last_mention.end <= self.anchor.end
        )


def mention_qualifier(text: str, mention: Mention) -> list[str]:
    if mention.form.qualifier:
        return [mention.form.qualifier]
    if mention.gap_text:
        m = cues.QUALIFIER_IN_GAP_RE.search(mention.gap_text)
        if m:
            return [cues.QUALIFIER_CANON[m.group(0)]]
    # 新增省级…, 认定省级…: the scope word stands right before the indicator
    return cues.qualifier_before(text, mention.start)


def mention_run(text: str, before: list[Mention]) -> list[Mention]:
    """The mentions listed together at the end of `before` (A、B和C)."""
    if not before:
        return []
    group = [before[-1]]
    for m in reversed(before[:-1]):
        if cues.MENTION_LIST_SEPARATOR_RE.fullmatch(text[m.end : group[0].start]):
            group.insert(0, m)
        else:
            break
    return group


class SentenceExtractor:
    def __init__(self, lexicon: Lexicon, foreign_places: re.Pattern[str] | None = None) -> None:
        self.lexicon = lexicon
        self.foreign_places = foreign_places
        # The word that names a sibling indicator when the stem is left out: 专利申请X件、授权Y件
        # (X_applications ↔ X_grants, within the clause) and 专利申请X件,其中发明专利Y件
        # (patent_* → invention_patent_*, within the sentence).
        self.siblings: dict[str, list[tuple[re.Pattern[str], str]]] = {}
        listed = r"(?<=[、和及与]){}(?:量|数)?"
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

    # -- mentions ----------------------------------------------------------------------------

    def mentions(self, text: str, tokens: list[str] | None) -> list[Mention]:
        found = self.lexicon.find_mentions(text)
        if tokens is not None:
            bounds = token_boundaries(tokens)
            # a lexicon word inside a larger word is not a mention (提高企业 ∌ 高企); forms
            # with Latin letters (R&D…) are cut into pieces by jieba, so only CJK ends count
            found = [
                m
                for m in found
                if (m.start in bounds or not cues.CJK_RE.match(text[m.start]))
                and (m.end in bounds or not cues.CJK_RE.match(text[m.end - 1]))
            ]
        return sorted(found + self._elliptic_mentions(text, found), key=lambda m: m.start)

    def _elliptic_mentions(self, text: str, found: list[Mention]) -> list[Mention]:
        """专利申请54010件、授权26851件 / 专利申请和授权量: the second names its sibling."""
        out = []
        for m in found:
            for pattern, sibling in self.siblings.get(m.indicator_code or "", ()):
                # a listed sibling stays in the clause; 其中… may follow a comma
                stops = r"[;。]" if pattern.pattern.startswith("(?<=其中)") else r"[,;。]"
                end = re.search(stops, text[m.end :])
                stop = m.end + end.start() if end else len(text)
                hit = pattern.search(text, m.end, stop)
                if hit:
                    form = SurfaceForm(hit.group(0), sibling, None, None)
                    out.append(Mention(hit.start(), hit.end(), form, ""))
        return out

    # -- the walk ----------------------------------------------------------------------------

    def extract(
        self, text: str, tokens: list[str] | None, section: str, ctx: DocContext
    ) -> tuple[list[Fact], list[tuple[Quantity, str]]]:
        """Facts and unmapped figures (with the words before them) of one sentence."""
        walk = _Walk(text, [m for m in self.mentions(text, tokens) if m.indicator_code])
        ranks = [
            r
            for r in find_ranks(text)
            if cues.RANK_CONTEXT_RE.search(cues.clause_head(text, r.start))
        ]
        events: list[Quantity | Rank] = sorted(
            [*find_quantities(text), *ranks], key=lambda e: e.start
        )
        facts: list[Fact] = []
        unmapped: list[Quantity] = []
        i = 0
        while i < len(events):
            event = events[i]
            if isinstance(event, Rank):
                for code, qual in self._relative_owners(walk, event.start):
                    facts.append(Fact(code, "rank", "eq", float(event.value), "rank", qual,
                                      event.raw_text, event.start, event.end))  # fmt: skip
                i += 1
                continue
            if self._not_the_issuers(text, event, ctx) or event.unit not in (
                "yuan",
                "count",
                "percent",
            ):
                unmapped.append(event)
                i += 1
                continue
            kinds = ("percent",) if event.unit == "percent" else ("yuan", "count")
            run = self._listed_together(text, events, i, kinds)
            if event.unit == "percent":
                made = self._rates(walk, run)
            else:
                made = self._amounts(walk, run)
                walk.absolute.extend(made)
            facts.extend(made)
            done = {f.start for f in made}
            unmapped.extend(q for q in run if q.start not in done)
            i += len(run)
        for f in facts:
            self._date(text, f, section, ctx)
        return facts, [(q, cues.context_before(text, q.start)) for q in unmapped]

    @staticmethod
    def _listed_together(
        text: str, events: list[Quantity | Rank], i: int, units: tuple[str, ...]
    ) -> list[Quantity]:
        """The figures from events[i] on that are listed together (X、Y和Z)."""
        run = [events[i]]
        for nxt in events[i + 1 :]:
            if not isinstance(nxt, Quantity) or nxt.unit not in units:
                break
            if not cues.LIST_SEPARATOR_RE.fullmatch(text[run[-1].end : nxt.start]):
                break
            run.append(nxt)
        return run  # type: ignore[return-value]

    def _not_the_issuers(self, text: str, q: Quantity, ctx: DocContext) -> bool:
        """Other places, thresholds, the start of a from-to, completion rates."""
        head = cues.clause_head(text, q.start)
        if self._is_foreign(head, ctx) or self._is_threshold(text, q):
            return True
        if cues.RANGE_START_RE.search(head) and cues.RANGE_NEXT_RE.match(text[q.end :]):
            return True  # 从441家到1000家: the start value has no year of its own
        return q.unit == "percent" and bool(cues.COMPLETION_RE.search(text[: q.start]))

    def _is_foreign(self, head: str, ctx: DocContext) -> bool:
        """A figure about another place or a sub-area (全省共4家, 南通共6项, 自创区新增…)."""
        if cues.COMPARISON_BEFORE_RE.search(head):
            return False
        if cues.FOREIGN_SUBJECT_RE.search(head):
            return True
        if self.foreign_places is None:
            return False
        return any(m.group(0) not in ctx.own_names for m in self.foreign_places.finditer(head))

    @staticmethod
    def _is_threshold(text: str, q: Quantity) -> bool:
        """10万元以上项目, 500万元的项目: an amount describing what is counted, not a fact."""
        after = text[q.end : q.end + 4]
        return (
            q.unit == "yuan"
            and bool(cues.THRESHOLD_AFTER_RE.match(after))
            and not cues.NOT_THRESHOLD_AFTER_RE.match(after)
        )

    # -- counts and amounts ----------------------------------------------------------------

    def _amounts(self, walk: _Walk, run: list[Quantity]) -> list[Fact]:
        text = walk.text
        if len(run) >= 2:
            # k mentions in a row, then k figures: pair them (A、B分别为3项、106项)
            before = [m for m in walk.mentions_before(run[0].start) if m.start not in walk.consumed]
            group = mention_run(text, before)
            if len(group) == len(run) and cues.is_connector_gap(text[group[-1].end : run[0].start]):
                facts = []
                for m, q in zip(group, run, strict=True):
                    for qual in mention_qualifier(text, m) or [None]:
                        if f := self._fact(walk, m.indicator_code or "", q, qual):
                            facts.append(f)
                    walk.consumed.add(m.start)
                if facts:
                    walk.anchor = Anchor.after(facts, run[-1].end)
                    return facts
        made: list[Fact] = []
        for q in run:
            made.extend(self._amount(walk, q))
        if len(run) > 1 and len(made) == len(run) and walk.anchor is not None:
            # 发明专利申请5871件、授权1509件,同比增长49.09%和48.67%: rates pair with the run
            walk.anchor = Anchor.after(made, walk.anchor.end)
        return made

    def _amount(self, walk: _Walk, q: Quantity) -> list[Fact]:
        text = walk.text
        following = next((m for m in walk.mentions if m.start >= q.end), None)
        if following is not None:
            gap = text[q.end : following.start]
            plain = cues.NAMES_FOLLOWING_RE.fullmatch(gap)
            joins = cues.JOINS_FOLLOWING_RE.fullmatch(gap)
            if plain or joins:
                return self._amount_named_after(walk, q, following, joins)
        before = walk.mentions_before(q.start)
        last_mention = before[-1] if before else None
        if walk.anchor is not None and walk.anchor.facts and walk.anchored_on_fact(last_mention):
            return self._amount_continuing(walk, q)
        if last_mention is None:
            return []
        if len(mention_run(text, before)) >= 2 and last_mention.start not in walk.consumed:
            return []  # 众创空间、孵化器10家: a combined count belongs to neither
        if not cues.is_connector_gap(text[last_mention.end : q.start]):
            return []
        quals: list[str | None] = list(mention_qualifier(text, last_mention)) or [None]
        if len(quals) == 2 and not cues.EACH_BEFORE_RE.search(text[: q.start]):
            quals = ["省市级"]  # 省、市级…610名 is one figure for both scopes; 各10家 is two
        code = last_mention.indicator_code or ""
        facts = [f for qual in quals if (f := self._fact(walk, code, q, qual))]
        if facts:
            walk.anchor = Anchor.after(facts, q.end)
        return facts

    def _amount_named_after(
        self, walk: _Walk, q: Quantity, m: Mention, joins: re.Match[str] | None
    ) -> list[Fact]:
        """37家市级科技小巨人领军企业, 3家企业被列入…新型研发机构."""
        text = walk.text
        if cues.OBJECT_BEFORE_RE.search(text[max(0, q.start - 4) : q.start]):
            return []  # 为25家高企提供…: the figure counts those served
        if cues.BENEFICIARY_AFTER_RE.match(text[m.end :]):
            return []  # 26家…企业获…奖励: the figure counts beneficiaries
        quals: list[str | None] = list(mention_qualifier(text, m)) or [None]
        # joining a list is an increment; 8个项目荣获…科学技术奖 is a count of awards
        newly = joins is not None and joins.group("verb") not in cues.AWARD_VERBS
        code = m.indicator_code or ""
        facts = [f for qual in quals if (f := self._fact(walk, code, q, qual, increment=newly))]
        walk.consumed.add(m.start)
        if facts:
            walk.anchor = Anchor.after(facts, q.end)
        return facts

    def _amount_continuing(self, walk: _Walk, q: Quantity) -> list[Fact]:
        """新增…47家、总数达189家 / ,达628家 / ,其中国家级8家: the previous figure's subject."""
        assert walk.anchor is not None
        anchor = walk.anchor
        gap = walk.text[anchor.end : q.start]
        if not cues.is_connector_gap(cues.without_own_qualifier(gap)):
            walk.anchor = None
            return []
        quals = cues.qualifier_before(walk.text, q.start)
        qual = quals[0] if quals and "其中" in gap else anchor.qualifier
        fact = self._fact(walk, anchor.indicator_code, q, qual)
        walk.anchor = Anchor.after([fact], q.end) if fact else None
        return [fact] if fact else []

    def _fact(
        self, walk: _Walk, code: str, q: Quantity, qualifier: str | None, increment: bool = False
    ) -> Fact | None:
        """The fact of a count or amount, or None when its unit cannot be the indicator's."""
        ind = self.lexicon.indicators[code]
        wanted = {"yuan": "yuan", "count": "count", "per_10k_people": "count"}.get(ind.unit)
        if q.unit != wanted:
            return None  # 82笔 is not an amount of loans; 1.79亿元 is not a count of enterprises
        text = walk.text
        head = cues.clause_head(text, q.start)
        measure = "increment" if increment else cues.count_measure(head)
        if measure is None:
            measure = self._parallel_measure(walk, q) or ind.default_measure
            if measure not in ("level", "increment"):
                measure = "level"
        comparator = q.comparator
        if comparator == "eq" and cues.APPROX_IN_CLAUSE_RE.search(head):
            comparator = "approx"  # 预计新增…2家、总数达10家: both are estimates
        return Fact(code, measure, comparator, q.value, ind.unit, qualifier, q.raw_text, q.start,
                    q.end)  # fmt: skip

    @staticmethod
    def _parallel_measure(walk: _Walk, q: Quantity) -> str | None:
        """新增A 1家,B 2家: a clause with no measure word of its own repeats the one before."""
        if not walk.absolute:
            return None
        prev = walk.absolute[-1]
        between = walk.text[prev.end : cues.clause_start(walk.text, q.start)]
        if between.count(",") + between.count("、") == 1 and ";" not in between:
            return prev.measure
        return None

    # -- growth rates, shares, ranks --------------------------------------------------------

    def _relative_owners(self, walk: _Walk, pos: int) -> list[Owner]:
        """The indicators a rate or rank at pos belongs to: the figure or mentions before it."""
        text = walk.text
        before = walk.mentions_before(pos)
        last_mention = before[-1] if before else None
        if walk.anchored_on_fact(last_mention):
            assert walk.anchor is not None
            gap = cues.without_relative_words(text[walk.anchor.end : pos])
            return (
                [(walk.anchor.indicator_code, walk.anchor.qualifier)]
                if cues.is_connector_gap(gap)
                else []
            )
        if last_mention is None:
            return []
        if not cues.is_connector_gap(cues.without_relative_words(text[last_mention.end : pos])):
            return []
        owners: list[Owner] = []
        for m in mention_run(text, before) or [last_mention]:
            quals = mention_qualifier(text, m)
            owners.append(
                (
                    m.indicator_code or "",
                    quals[0] if len(quals) == 1 else ("省市级" if quals else None),
                )
            )
        return owners

    def _rate_owners(self, walk: _Walk, run: list[Quantity]) -> list[Owner]:
        """Who k rates in a row belong to: k figures or k mentions before them, or one owner."""
        text = walk.text
        q0 = run[0]
        recent = walk.absolute[-len(run) :]
        if len(run) > 1:
            if walk.anchor is not None and len(walk.anchor.facts) == len(run):
                return [(f.indicator_code, f.qualifier) for f in walk.anchor.facts]
            if (
                len(recent) == len(run)
                and len({(f.indicator_code, f.qualifier) for f in recent}) == len(run)
                and cues.is_connector_gap(
                    cues.without_relative_words(text[recent[-1].end : q0.start])
                )
                and not re.search(r"[;。]", text[recent[0].start : q0.start])
            ):
                # 申请5871件、授权1509件,同比增长49.09%和48.67%: k rates after k figures
                return [(f.indicator_code, f.qualifier) for f in recent]
            before = walk.mentions_before(q0.start)
            group = mention_run(text, before)
            if not walk.anchored_on_fact(before[-1] if before else None) and len(group) == len(run):
                return [
                    (m.indicator_code or "", (mention_qualifier(text, m) or [None])[0])
                    for m in group
                ]
        owners = self._relative_owners(walk, q0.start)
        if len(owners) == len(run):
            return owners
        return owners * len(run) if len(owners) == 1 and len(run) == 1 else []

    def _rates(self, walk: _Walk, run: list[Quantity]) -> list[Fact]:
        """Growth rates (比增14.2%) and shares (占GDP比重1.69%) of the figures before them."""
        text = walk.text
        owners = self._rate_owners(walk, run)
        if len(owners) != len(run):
            return []
        head = cues.clause_head(text, run[0].start)
        window = text[max(0, run[0].start - 24) : run[0].start]
        facts = []
        for (code, qual), q in zip(owners, run, strict=True):
            if cues.SHARE_RE.search(head) or self.lexicon.indicators[code].unit == "percent":
                measure = "share_pct"
                if cues.ECONOMY_SHARE_RE.search(head) and code in self.lexicon.share_target:
                    code = self.lexicon.share_target[code]  # R&D spending's share of GDP
                if cues.SHARE_GROWS_RE.search(head):
                    measure = "growth_pct"  # 占生产总值比重增长20%: the share grows
            elif cues.GROWTH_RE.search(window):
                measure = "growth_pct"
            else:
                continue
            value = -q.value if cues.DECLINE_RE.search(window) else q.value
            facts.append(Fact(code, measure, q.comparator, value, "percent", qual, q.raw_text,
                              q.start, q.end))  # fmt: skip
        return facts

    # -- years and kinds --------------------------------------------------------------------

    @staticmethod
    def _date(text: str, f: Fact, section: str, ctx: DocContext) -> None:
        """Year and kind: an explicit year in the sentence wins; else the section decides."""
        head = text[: f.start]
        year = cues.explicit_year(head)
        if year is None and cues.LAST_YEAR_RE.search(head):
            f.year, f.kind, f.year_explicit = ctx.report_year, "actual", True  # 截至上年末
            return
        target_words = any(w in head for w in cues.TARGET_WORDS)
        if section == "plan":
            base, kind = ctx.plan_year, "target"
            past = year is not None and ctx.report_year is not None and year <= ctx.report_year
            if past and not target_words:
                kind = "actual"  # a plan recalling last year's figure
        else:
            base, kind = ctx.report_year, "target" if target_words else "actual"
            if year is not None and ctx.report_year is not None and year > ctx.report_year:
                kind = "target"
        f.year = year if year is not None else base
        f.kind = kind
        f.year_explicit = year is not None
