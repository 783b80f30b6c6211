"""Work the extractor no longer repeats or wastes (speed38), proved to change no answer.

Three kinds of shortcut: a cheap test before a slow scan (``"年" in text`` before a scan for
years), answers kept per sentence (a clause's first word of content, asked by four rules for
every figure), and a sentence without brackets read with str methods instead of a loop over
its characters. The prechecks are read against the patterns themselves, so that a rule that
gains an alternative without the precheck's words fails here; the kept answers and the fast
paths are compared with the work done afresh, on sentences of our own.
"""

from __future__ import annotations

import re
import re._constants as sre  # type: ignore[import-not-found]
import re._parser as sre_parse  # type: ignore[import-not-found]

import pytest

from ingest.document import issuer, year_phrases
from ingest.extraction import dating, extract, grammar, numbers, scope, walk
from ingest.extraction.attribution import DocContext
from ingest.extraction.segment import tag
from ingest.extraction.sentence import ParsedSentence, bracket_depths, tokens_of

# -- every match of a pattern holds one of its precheck's words ---------------------------------


def _holds_one(items: list[tuple[object, object]], words: tuple[str, ...]) -> bool:
    """Does every match of the parsed ``items`` hold one of ``words``? (True only when the
    pattern shows it: a run of literal characters, or each branch of an alternation, or a
    group or a repeat that must match at least once.)"""
    run = ""
    for op, av in items:
        if op is sre.LITERAL:
            run += chr(av)  # type: ignore[arg-type]
            if any(w in run for w in words):
                return True
            continue
        run = ""
        if op is sre.SUBPATTERN and _holds_one(list(av[3]), words):  # type: ignore[index]
            return True
        if op is sre.BRANCH and all(
            _holds_one(list(branch), words)
            for branch in av[1]  # type: ignore[index]
        ):
            return True
        if (
            op in (sre.MAX_REPEAT, sre.MIN_REPEAT)
            and av[0] >= 1  # type: ignore[index]
            and _holds_one(list(av[2]), words)  # type: ignore[index]
        ):
            return True
        if op is sre.IN and all(
            o is sre.LITERAL and chr(c) in words
            for o, c in av  # type: ignore[union-attr]
        ):
            return True
    return False


def _every_match_holds(pattern: re.Pattern[str], words: tuple[str, ...]) -> bool:
    return _holds_one(list(sre_parse.parse(pattern.pattern, pattern.flags)), words)


_TARGET_CHARS = tuple(dating._TARGET_CHARS_RE.pattern.strip("[]"))
_YEARS_AHEAD = tuple(dating._YEARS_AHEAD_WORDS.pattern.split("|"))

PRECHECKS = [
    # (the pattern, the words a text must hold for the pattern to be scanned over it)
    (dating._PERIOD_DURING_RE, ("五",)),
    (dating.YEAR_RE, ("年", "末")),
    (dating.PERIOD_END_RE, ("末",)),
    (dating.RELATIVE_RE, ("年",)),
    (dating.RELATIVE_RE, dating._RELATIVE_WORDS),
    (dating._YEARS_AGO_RE, ("年",)),
    (dating._YEARS_AGO_RE, ("年前",)),
    (dating._YEARS_AHEAD_RE, ("年",)),
    (dating._YEARS_AHEAD_RE, _YEARS_AHEAD),
    (dating.TASK_IS_RE, _TARGET_CHARS),
    (dating.TASK_IS_RE, ("目标", "任务", "指标")),
    (dating.NOT_TARGET_RE, ("目标",)),
    (dating._TARGET_WORD_RE, _TARGET_CHARS),
    (dating.WILL_RE, _TARGET_CHARS),
    (dating.WILL_RE, ("将", "要")),
    (scope._CONTRACTS_OF_A_KIND_RE, ("合同",)),
    (scope.SINCE_YEAR_RE, ("年以来",)),
    (scope._AMONG_A_GROUP_RE, ("中,",)),
    (scope._FIRM_SPOKEN_OF_RE, scope._FIRM_SPOKEN_OF_WORDS),
    (scope._MULTI_YEAR_SPAN_RE, ("年", "五")),
    (scope._OPENING_SPAN_RE, ("年", "五")),
    (numbers.PERCENT_WORD_RE, ("百分之",)),
    (numbers._BARE_PERCENT, (".",)),
    (numbers._PASSED_A_ROUND_SUM_RE, ("亿元",)),
    (numbers.DOUBLING_RE, ("翻",)),
    (numbers.TENTHS_RE, ("成",)),
    (numbers.RANK_RE, ("第", "首")),
    # (document understanding: a page's top lines, every line of a text)
    (issuer._SITE_RE, issuer._SITE_WORDS),
    (year_phrases._HAN_YEAR, ("〇", "零", "○", "一九")),
    (year_phrases.STATEMENT_ABOUT, ("关于", "对于")),
]


@pytest.mark.parametrize(
    ("pattern", "words"), PRECHECKS, ids=[f"{p.pattern[:24]}…{w[0]}" for p, w in PRECHECKS]
)
def test_every_match_holds_a_word_its_precheck_asks_for(
    pattern: re.Pattern[str], words: tuple[str, ...]
) -> None:
    assert _every_match_holds(pattern, words)


def test_the_reading_of_patterns_refuses_what_it_cannot_show() -> None:
    # an optional word, a class wider than the words, a word split over a group: not shown
    assert not _every_match_holds(re.compile("(?:今年)?增长"), ("今年",))
    assert not _every_match_holds(re.compile("[今明]年"), ("今",))
    assert not _every_match_holds(re.compile("今(?:年|天)"), ("今年",))
    assert _every_match_holds(re.compile("(?:上|去)年|今年"), ("年",))


# -- the dating helpers give what the full scans gave ------------------------------------------

SENTENCES = [
    "2021年,全市新认定高新技术企业120家,总数达到856家,较上年增长16.3%。",
    "力争到2025年,全市高新技术企业数量突破1000家,研发投入强度达到3%以上。",
    "“十三五”期间,全区累计申请专利6536项;今年以来新增科技型中小企业52家。",
    "截至上年末,全县共有省级众创空间8个,预计全年将新增3个。",
    "五年前,全区高新技术企业不足80家;今后三年,计划新增200家。",
    "完成年度目标任务30家的120%,目标任务为1533万元。",
    "我市技术合同成交额达到27.4亿元(比上年增长18%),其中技术服务类合同1200项。",
    "2016年以来,全市新增高新技术企业294家,其中该公司拥有授权专利131项。",
    "117家高新技术企业中,专利申请数量1001件,占全市的比重为45%。",
    "高新区(滨江)新增省级重点实验室5家、企业技术中心12家,分别增长25%和20%。",
    "全市研发经费投入占GDP比重为2.35,居全省第三位。",
    "“十二五”末,全市有效发明专利拥有量为1.2件,明年计划用三年时间翻一番。",
]


def _old_has_target_word(head: str) -> bool:
    if dating.TASK_IS_RE.search(head):
        return True
    head = dating.NOT_TARGET_RE.sub("", head)
    if dating._TARGET_WORD_RE.search(head):
        return True
    return any(
        not dating._YEAR_END_ESTIMATE_RE.search(head[: m.start() + 1])
        for m in dating.WILL_RE.finditer(head)
    )


def _heads(text: str) -> list[str]:
    return [text[:i] for i in range(len(text) + 1)] + [text[i:] for i in range(len(text))]


@pytest.mark.parametrize("text", SENTENCES)
def test_has_target_word_answers_as_the_four_scans_did(text: str) -> None:
    for head in _heads(text):
        assert dating.has_target_word(head) is _old_has_target_word(head), head


def _old_relative_year(text: str, pos: int, current: int | None) -> tuple[int | None, int, bool]:
    """relative_year as it was before its prechecks: every scan over every text."""
    best: tuple[int | None, int, bool] = (None, -1, False)
    if current is None:
        return best
    for m in dating.RELATIVE_RE.finditer(text, 0, pos):
        if dating._is_base(text, m.start(), m.end()) and not dating._starts_a_range(
            text, m.start(), m.end(), pos
        ):
            continue
        group = m.lastgroup
        year = current + {"this": 0, "prev": -1, "prev_end": -1, "next": 1}[group or "this"]
        so_far = group == "this" and bool(dating.SO_FAR_RE.match(text[m.end() :]))
        best = (year, m.start(), group == "prev_end" or so_far)
    segment = text.rfind(";", 0, pos) + 1
    for m in dating._YEARS_AGO_RE.finditer(text, segment, pos):
        years = dating._years_said(m.group(1))
        if years and m.start() > best[1] and not dating._is_base(text, m.start(), m.end()):
            best = (current - years, m.start(), True)
    for m in dating._YEARS_AHEAD_RE.finditer(text, segment, pos):
        years = dating._years_said(m.group(1) or m.group(2))
        if m.group(2) and dating._A_YEAR_RE.search(text, segment, pos):
            continue
        if years and m.start() > best[1]:
            best = (current + years, m.start(), False)
    return best


def _old_period_framing(text: str, pos: int) -> tuple[int, int] | None:
    found = None
    for m in dating._PERIOD_DURING_RE.finditer(text, 0, pos):
        if not dating._OPENS_A_CLAUSE_RE.search(text, 0, m.start()):
            continue
        n, old = m.group("n"), m.group("old")
        found = (dating.numbered_period(n)[1] if n else dating._OLD_PERIOD_END[old], m.start())
    return found


@pytest.mark.parametrize("text", SENTENCES)
def test_the_scans_for_years_find_what_they_found(text: str) -> None:
    for pos in range(len(text) + 1):
        years = [
            (int(m.group(1)), m.start(), m.end()) for m in dating.YEAR_RE.finditer(text, 0, pos)
        ]
        ends = [(dating.numbered_period(m.group(1))[1], m.start(), m.end())
                for m in dating.PERIOD_END_RE.finditer(text, 0, pos)]  # fmt: skip
        assert dating._explicit_years(text, pos) == sorted(years + ends, key=lambda y: y[1])
        assert dating._period_framing(text, pos) == _old_period_framing(text, pos)
        for current in (None, 2020):
            assert dating.relative_year(text, pos, current) == _old_relative_year(
                text, pos, current
            ), (text, pos)


# -- answers kept per sentence are the answers worked out afresh --------------------------------


def test_a_walk_keeps_an_answer_once_per_question_and_span() -> None:
    w = walk.Walk(
        ParsedSentence("全市新增12家", [], [], [], []), DocContext("d", 2020, 2021), "summary"
    )
    asked: list[int] = []

    def answer() -> int:
        asked.append(1)
        return len(asked)

    assert w.kept("q", 0, 3, answer) == 1
    assert w.kept("q", 0, 3, answer) == 1
    assert w.kept("q", 0, 4, answer) == 2
    assert w.kept("other", 0, 3, answer) == 3
    assert len(asked) == 3


def _facts(extractor: object, text: str, ctx: DocContext) -> list[tuple]:
    facts, unmapped = extractor.extract(text, "summary", ctx)  # type: ignore[attr-defined]
    return [(f.indicator_code, f.year, f.kind, f.measure, f.value, f.start) for f in facts] + [
        (q.start, q.value, context) for q, context in unmapped
    ]


@pytest.mark.parametrize("text", SENTENCES)
def test_kept_answers_read_a_sentence_as_fresh_ones_do(
    extractor: object, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = DocContext(
        "d", 2021, 2022, frozenset({"杭州市", "杭州"}), 2022, frozenset({"浙江省"}), "市"
    )
    kept = _facts(extractor, text, ctx)
    monkeypatch.setattr(walk.Walk, "kept", lambda self, q, s, e, answer: answer())
    assert _facts(extractor, text, ctx) == kept


def test_tags_kept_for_a_clause_are_jiebas() -> None:
    for text in SENTENCES:
        for pos in range(0, len(text), 3):
            words = text[:pos]
            assert list(extract._tagged_clause(words)) == list(tag(words))


# -- a sentence without brackets: depths, clauses and mentions by str methods -------------------


def _old_clause_start(text: str, depths: list[int], pos: int, breaks: str) -> int:
    d = depths[pos] if pos < len(text) else 0
    for i in range(pos - 1, -1, -1):
        di = depths[i]
        if di > d:
            continue
        ch = text[i]
        if (d > 0 and ch == "(" and di == d) or (ch in breaks and di == d) or di < d:
            return i + 1
    return 0


def _old_clause_end(text: str, depths: list[int], pos: int, breaks: str) -> int:
    d = depths[pos] if pos < len(text) else 0
    for i in range(pos, len(text)):
        di = depths[i]
        if di > d:
            continue
        ch = text[i]
        if (d > 0 and ch == ")" and di == d) or (ch in breaks and di == d) or di < d:
            return i
    return len(text)


@pytest.mark.parametrize("text", [*SENTENCES, "增长)了,其中:发明专利;12件。", ""])
def test_clauses_of_a_sentence_without_brackets_are_where_the_loop_found_them(text: str) -> None:
    s = ParsedSentence(text, tokens_of(tag(text)), [], [], [])
    depths = bracket_depths(text)
    assert s.paren_depth == depths
    for breaks in (grammar.HARD_BREAKS, ",;"):
        for pos in range(len(text) + 1):
            assert s.clause_start(pos, breaks) == _old_clause_start(text, depths, pos, breaks)
            assert s.clause_end(pos, breaks) == _old_clause_end(text, depths, pos, breaks)


def test_mentions_in_a_span_are_the_indicators_named_there(extractor: object) -> None:
    text = SENTENCES[0]
    s = extractor.parse(text)  # type: ignore[attr-defined]
    assert s.mentions
    for start in range(len(text)):
        for end in range(start, len(text) + 1, 4):
            assert s.mentions_in(start, end) == [
                m for m in s.mentions if m.indicator_code and m.start >= start and m.end <= end
            ]


def test_the_last_firm_spoken_of_is_found_as_before() -> None:
    for text in [*SENTENCES, "该企业拥有授权专利131项", "全市新增12家,公司去年研发投入600多万元"]:
        for end in range(len(text) + 1):
            full = max(
                (m.end() for m in scope._FIRM_SPOKEN_OF_RE.finditer(text, 0, end)), default=-1
            )
            assert scope._firm_spoken_of_end(text, end) == full


def test_every_glued_change_holds_the_comparison_tag_looks_for_first() -> None:
    from ingest.extraction import segment

    assert all(segment._COMPARED_BY_RE.search(word) for word in segment._GLUED_CHANGES)
