"""One sentence as the extractor sees it: tagged tokens, clauses, mentions and figures.

The questions attribution asks of a sentence are structural: where does the clause holding a
figure begin, which mention stands nearest before it, and does another noun phrase (a
competing subject) stand between them. Tokens and part-of-speech tags come from jieba with the
lexicon as user dictionary, so indicator names are single tokens.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cache, cached_property
from itertools import pairwise
from typing import NamedTuple

from ingest.extraction import grammar, segment
from ingest.extraction.lexicon import Mention
from ingest.extraction.numbers import Quantity, Rank

# a span of years jieba may tag as an idiom or a noun: 近两年, 近三年来, 五年来, 这几年
# a phrase of what is set aside, ending on 后 or 外 (扣除到期未复审企业后, 除去…外)
SET_ASIDE_RE = re.compile(r"(?:扣除|除去|剔除|去除|减去|不含|不计)[^,;。]{1,16}?(?:以后|后|外)")
_SPAN_OF_YEARS_RE = re.compile(
    r"(?:近|过去|这|最近)?[0-9一二两三四五六七八九十几]+年(?:来|间|以来)?|近年来?"
)


# A record the subject sets (创历史新高, 创近年新高, 创历史最好水平): a predicate of what the
# sentence speaks of, whose nouns (历史, 水平) name no subject of their own. (创新高地 is none.)
_RECORD_RE = re.compile(
    r"创(?:下|出)?[^,;。、0-9]{0,4}?(?:新高(?!地)|纪录|记录|最高|之最|最好|新低)(?:水平|成绩)?"
)


_ATTRIBUTE_ENDS = tuple(grammar.ATTRIBUTE_NOUNS)
# Changes of two characters or more, which jieba may glue to the adverb before them
_CHANGE_ENDS = tuple(w for w in (*grammar.GROWTH_WORDS, *grammar.DECLINE_WORDS) if len(w) > 1)
# jieba's tags of adverbs and of the adjectives and verbs that say how a change went
_MANNER_TAGS = frozenset({"d", "ad", "a", "vd", "ag", "dg", "z"})


# words of degree jieba tags as nouns (有所/n before 下降, 有所提高/l): how far a change went
_DEGREE_WORDS = frozenset({"有所", "略有", "稍有", "均有", "皆有"})


@cache
def _manner(word: str) -> bool:
    """Is the word one adverb of manner to jieba (快速, 持续, 稳步), or of degree (有所)?"""
    if word in _DEGREE_WORDS:
        return True
    tagged = segment.tag(word)
    return len(tagged) == 1 and tagged[0][1] in _MANNER_TAGS


def _manner_of_change(word: str) -> bool:
    """Is the word a change glued to how it went (快速增长, 持续增长: jieba tags both as
    nouns), a predicate of the subject and no subject of its own? 经济增长 is a noun."""
    if not word.endswith(_CHANGE_ENDS):
        return False
    change = next(c for c in _CHANGE_ENDS if word.endswith(c))
    return len(word) > len(change) and _manner(word[: -len(change)])


# (sorted once, not at every word restates reads; two suffixes of a word as long are one)
_ATTRIBUTES_LONGEST_FIRST = tuple(sorted(grammar.ATTRIBUTE_NOUNS, key=len, reverse=True))
# What a value is before 值 or 数 besides a goal: the value reached (实际值, 完成数)
# a second name joined to the first (A资金和B经费), up to this many characters
# a goal's own words after a noun that only says whose goal it is (规划目标, 考核目标值)
_GOAL_HEADS = ("目标", "目标值")
# the opening of a from-to's start, right before its figure (由原快报数, 从上年的)
_FROM_BEFORE_RE = re.compile(r"[从由][^,;,;0-9]{0,10}$")
# what makes a verbal noun before it the verb of a figure (调整为, 压减到)
_COPULA_AFTER = ("为", "到", "至")
_JOINED_BY = ("和", "及", "与", "、")
_JOINED_NAME_REACH = 20
_VALUE_KINDS = frozenset({"指标", "实际", "完成", "实际完成", "基期", "测算", "基础"})
# The last character of a count noun (实有数, 在库数, 保有量)
_COUNT_ENDS = ("数", "量")


class Token(NamedTuple):
    """A word as jieba tagged it (a tuple: sentences make tens of thousands of them)."""

    text: str
    tag: str
    start: int
    end: int


def tokens_of(tagged: list[tuple[str, str]]) -> list[Token]:
    out, pos = [], 0
    for word, tag in tagged:
        end = pos + len(word)
        out.append(Token(word, tag, pos, end))
        pos = end
    return out


# how near a figure is, as people say it (差不多是22个亿): jieba's idioms, no subject
_SPOKEN_APPROXIMATELY = frozenset({"差不多", "大概", "大约", "将近", "估计"})
# nouns that count things (合同数量, 项目个数)
_COUNT_NOUNS = ("数量", "个数", "项数", "件数", "笔数", "数目", "数")


def restates(word: str, own_forms: str, head: bool = True) -> bool:
    """Does a compound word only restate the indicator: 发放贷款 / 贷款额 after 科技贷 (a
    procedure or an attribute around a word of the indicator's own names)?"""
    if not own_forms:
        return False
    core = word
    for prefix in grammar.PROCEDURE_WORDS:
        if core.startswith(prefix) and len(core) > len(prefix):
            core = core[len(prefix) :]
            break
    for suffix in _ATTRIBUTES_LONGEST_FIRST:
        if core.endswith(suffix) and len(core) > len(suffix):
            core = core[: -len(suffix)]
            break
    if not head:
        return core in own_forms  # a word of the name before it (科技 of 科技企业孵化器)
    # after the name, only its head restates it (企业 after 高新技术企业, 孵化器 after 科技企业
    # 孵化器); a word inside the name does not (企业 of 在孵企业 after 孵化器 names the firms)
    return any(piece.endswith(core) for piece in re.split(r"[|…]", own_forms))


def bracket_depths(text: str) -> list[int]:
    """Nesting depth of parentheses at each character of text and after its end, character by
    character (the brackets themselves count)."""
    depth, out = 0, []
    for ch in text:
        if ch == "(":
            depth += 1
            out.append(depth)
        elif ch == ")":
            out.append(depth)
            depth = max(0, depth - 1)
        else:
            out.append(depth)
    out.append(depth)
    return out


@dataclass
class ParsedSentence:
    text: str
    tokens: list[Token]
    mentions: list[Mention]  # indicator mentions and blockers, by position
    quantities: list[Quantity]
    ranks: list[Rank]
    own_names: frozenset[str] = frozenset()
    # each indicator's own surface forms, joined by "|": a word inside them names the indicator
    indicator_forms: dict[str, str] = field(default_factory=dict)
    _covered: list[bool] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # characters that belong to a mention or a figure: never a competing noun
        covered = [False] * (len(self.text) + 1)
        for span in [*self.mentions, *self.quantities, *self.ranks]:
            for i in range(span.start, span.end):
                covered[i] = True
        # …and the characters of a record set (创历史新高): the predicate, never a subject
        records = _RECORD_RE.finditer(self.text) if "创" in self.text else ()
        self._records = [(m.start(), m.end()) for m in records]
        self._covered = covered
        # the rules ask the same questions many times per sentence: answers kept per sentence
        self._token_starts = [t.start for t in self.tokens]
        self._token_ends = [t.end for t in self.tokens]
        self._clause_starts: dict[tuple[int, str], int] = {}
        self._benign: dict[tuple[str, str], bool] = {}
        # the indicator mentions, in order: mentions_in is asked some twenty times per sentence
        self._named = [m for m in self.mentions if m.indicator_code]

    # -- structure -------------------------------------------------------------------------

    @cached_property
    def paren_depth(self) -> list[int]:
        """Nesting depth of parentheses at each character (the brackets themselves count)."""
        if "(" not in self.text:
            return [0] * (len(self.text) + 1)  # (a ) alone opens nothing: depth stays 0)
        return bracket_depths(self.text)

    def depth_at(self, pos: int) -> int:
        return self.paren_depth[pos] if pos < len(self.text) else 0

    def clause_start(self, pos: int, breaks: str = grammar.HARD_BREAKS) -> int:
        """Start of the clause holding pos: after the last break at its own bracket depth, or
        after the bracket it sits in (居全省第2位 in brackets is a clause of its own)."""
        key = (pos, breaks)
        found = self._clause_starts.get(key)
        if found is None:
            found = self._clause_starts[key] = self._find_clause_start(pos, breaks)
        return found

    def _find_clause_start(self, pos: int, breaks: str) -> int:
        if "(" not in self.text and 0 <= pos <= len(self.text):
            # no brackets: every depth is 0, and the clause starts after the last break
            return max(self.text.rfind(c, 0, pos) for c in breaks) + 1
        d = self.depth_at(pos)
        for i in range(pos - 1, -1, -1):
            di = self.paren_depth[i]
            if di > d:
                continue  # a bracket nested inside this clause
            ch = self.text[i]
            if (d > 0 and ch == "(" and di == d) or (ch in breaks and di == d) or di < d:
                return i + 1
        return 0

    def clause_end(self, pos: int, breaks: str = grammar.HARD_BREAKS) -> int:
        if "(" not in self.text and 0 <= pos <= len(self.text):
            # no brackets: the clause ends at the first break from pos on
            found = [i for i in (self.text.find(c, pos) for c in breaks) if i >= 0]
            return min(found, default=len(self.text))
        d = self.depth_at(pos)
        for i in range(pos, len(self.text)):
            di = self.paren_depth[i]
            if di > d:
                continue
            ch = self.text[i]
            if (d > 0 and ch == ")" and di == d) or (ch in breaks and di == d) or di < d:
                return i
        return len(self.text)

    def in_parentheses(self, start: int, end: int) -> bool:
        return all(self.paren_depth[i] > 0 for i in range(start, end))

    # -- what stands between ----------------------------------------------------------------

    def tokens_between(self, start: int, end: int) -> list[Token]:
        # tokens tile the sentence in order: their ends rise as their starts do
        first = bisect_left(self._token_starts, start)
        return self.tokens[first : max(first, bisect_right(self._token_ends, end))]

    def boundaries(self, start: int, end: int) -> set[int]:
        """Offsets in [start, end] where a token starts or ends."""
        starts, ends = self._token_starts, self._token_ends
        out = set(starts[bisect_left(starts, start) : bisect_right(starts, end)])
        out.update(ends[bisect_left(ends, start) : bisect_right(ends, end)])
        return out

    def competing_noun(self, start: int, end: int, owner: str | None = None) -> Token | None:
        """The first noun phrase head in [start, end) that could be a subject of its own.

        Not competing: attribute nouns (总数, 规模), procedures (入库, 评价), modals jieba tags
        as nouns (力争), time and place words, scope words (国家级, 全市), the issuer's own
        name, remarks in brackets, whatever follows a comparison word (占GDP比重, 比上年), and
        a word the lexicon uses to name ``owner`` itself (贷款 after 科技贷, 企业 after
        科技型中小企业). A blocker mention (高新技术企业培育库) always competes.
        """
        for m in self.mentions:
            if m.indicator_code is None and m.start >= start and m.end <= end:
                return Token(m.form.text, "n", m.start, m.end)
        compared = False
        depth = self.depth_at(end)
        own_forms = self.own_forms(owner)
        if (
            own_forms
            and self.text[start : start + 1] in _JOINED_BY
            and any(q.start == end and q.unit == "yuan" for q in self.quantities)
            and self._ends_on_own_head(start, end, own_forms)
        ):
            # 争取A资金和省级科技项目经费1.63亿元: one more name of the same kind of money, the
            # sum of both (counts of two kinds lumped are no figure of either)
            return None
        # (what describes the start of a from-to is no subject of its end: 由原快报数3.46亿元
        # 调整为3.82亿元)
        between = self.text[start:end]
        starts = (
            [
                (m.start(), q.end)
                for q in self.quantities
                if start < q.start < end
                and (m := _FROM_BEFORE_RE.search(self.text, start, q.start)) is not None
            ]
            if "从" in between or "由" in between  # (most spans hold no from-to: no scan)
            else []
        )
        if "后" in between or "外" in between:
            # (what is set aside before the figure, 扣除到期未复审企业后净增18家: no subject)
            starts += [(start + m.start(), start + m.end()) for m in SET_ASIDE_RE.finditer(between)]
        for tok in self.tokens_between(start, end):
            word = tok.text
            if starts and any(a < tok.start < b for a, b in starts):
                continue
            if word in grammar.COMPARISON_WORDS or (
                word == "与" and "之比" in self.text[tok.end : end]
            ):
                # 占GDP比重, 比上年, 与GDP之比: the base of a comparison is no subject
                compared = True
            elif word and (word[0] in grammar.HARD_BREAKS or word[0] in ")）、"):
                compared = False  # …up to the end of its clause, bracket or list item
            if compared or not self.is_nominal(tok) or word in _SPOKEN_APPROXIMATELY:
                continue
            if tok.tag == "vn" and self.text.startswith(_COPULA_AFTER, tok.end):
                continue  # 调整为, 核减到: a verbal noun before 为/到 is the verb of the figure
            if self.covered(tok) or (
                self._records and any(a <= tok.start and tok.end <= b for a, b in self._records)
            ):
                continue
            if self.paren_depth[tok.start] > depth:
                continue  # a remark in brackets: (R&D,错年值)
            if (
                self.is_benign_noun(word, tok.tag) or restates(word, own_forms)
            ) and not self._counts_the_owners_things(tok, own_forms):
                continue
            if self._is_quota(tok) or self._in_short_count_noun(tok) or self._manner_noun(tok):
                continue
            if self.text.startswith(_GOAL_HEADS, tok.end):
                continue  # 规划目标为2025年达到3.6%: whose goal it is, no subject of its own
            return tok
        return None

    def _counts_the_owners_things(self, tok: Token, own_forms: str) -> bool:
        """Is the noun a count (数量, 个数) of the things the owner, a sum (…额) with no name that
        counts (…数, …量), adds up, named right before it (合同数量 after 技术合同成交额)? The
        count is a figure of its own: the rate after it is not the sum's."""
        if tok.text not in _COUNT_NOUNS or not own_forms:
            return False
        forms = own_forms.split("|")
        if not any(f.endswith("额") for f in forms) or any(f.endswith(("数", "量")) for f in forms):
            return False  # (a count's own name: 众创空间数量 is 众创空间's count)
        before = self.text[max(0, tok.start - 4) : tok.start]
        return any(before.endswith(f[-2:]) for f in forms if len(f) >= 2 and f[-1] != "额")

    def _ends_on_own_head(self, start: int, end: int, own_forms: str) -> bool:
        """Does [start, end) end on the head noun (last two characters) of one of the owner's
        own names (…项目经费 for 争取…经费), with no clause break in between?"""
        segment = self.text[start:end].rstrip()
        if len(segment) > _JOINED_NAME_REACH or any(c in segment for c in ",;:。"):
            return False
        heads = {form[-2:] for form in own_forms.split("|") if len(form) >= 2}
        return segment.endswith(tuple(heads))

    def _manner_noun(self, tok: Token) -> bool:
        """Is the noun an attribute in 性 or 式 of the change right after it (恢复性增长,
        爆发式增长: how the subject grew)?"""
        if not tok.text.endswith(("性", "式")) or len(tok.text) < 3:
            return False
        nxt = self.next_token(tok.end)
        return nxt is not None and nxt.text in (*grammar.GROWTH_WORDS, *grammar.DECLINE_WORDS)

    def _in_short_count_noun(self, tok: Token) -> bool:
        """实有数, 在库数: a count noun of three characters at most that jieba cut into words of
        one character and a last one ending in 数 or 量 (实/有数, 在/库/数) names how the thing
        is counted, no thing of its own. A word of two characters before 数 (专利数) competes."""
        tokens = self.tokens
        i = bisect_left(self._token_starts, tok.start)
        for a in range(max(0, i - 2), i + 1):
            for b in range(max(i, a + 1), min(len(tokens), a + 3)):
                span = tokens[a : b + 1]
                word = self.text[span[0].start : span[-1].end]
                if (
                    2 <= len(word) <= 3
                    and word.endswith(_COUNT_ENDS)
                    and all(t.end == u.start for t, u in pairwise(span))
                    and all(len(t.text) == 1 for t in span[:-1])
                    and all(grammar.CJK_RE.match(ch) for ch in word)
                ):
                    return True
        return False

    def _is_quota(self, tok: Token) -> bool:
        """The task set for the indicator (R&D支出目标任务为1533万元, 专利申请任务为300件): its
        target, not a thing of its own."""
        return tok.text == "任务" and (
            self.text[max(0, tok.start - 2) : tok.start] in ("目标", "指标")
            or self.text.startswith(("为", "是"), tok.end)
        )

    def own_forms(self, code: str | None) -> str:
        return self.indicator_forms.get(code or "", "")

    def covered(self, tok: Token) -> bool:
        """Does the token share characters with a mention or a figure?"""
        return True in self._covered[tok.start : tok.end]  # (a list of bools: no loop)

    def head_after(self, end: int) -> Token | None:
        """The noun heading a compound that goes on right after ``end`` (培育 库 after 科技领军
        企业), or None when none follows: the word at ``end`` then heads its own phrase."""
        head = None
        for tok in self.tokens:
            if tok.start < end or self.covered(tok):
                continue
            if tok.start != (head.end if head else end):
                break
            if tok.tag not in grammar.NOMINAL_TAGS and tok.tag != "vn":
                break
            head = tok
        return head if head is not None and head.tag in grammar.NOUN_TAGS else None

    @staticmethod
    def is_nominal(tok: Token) -> bool:
        """A noun, or a verbal noun heading a compound (奖励 in 加计扣除奖励); verbal nouns that
        name a procedure (评价, 培育) or a change (突破, 增长) act as verbs."""
        if tok.tag == "vn":
            return tok.text not in grammar.PROCEDURE_WORDS and tok.text not in grammar.VERBAL_VN
        return tok.tag in grammar.NOMINAL_TAGS

    def is_benign_noun(self, word: str, tag: str) -> bool:
        key = (word, tag)
        found = self._benign.get(key)
        if found is None:
            found = self._benign[key] = self._is_benign_noun(word, tag)
        return found

    def _is_benign_noun(self, word: str, tag: str) -> bool:
        # 年增长率, 同比增幅: an attribute noun after a time word is still an attribute
        # (most words end in none of them: one endswith for all before the loop over each)
        endings = grammar.ATTRIBUTE_NOUNS if word.endswith(_ATTRIBUTE_ENDS) else ()
        for attribute in endings:
            prefix = word[: -len(attribute)]
            if not (word.endswith(attribute) and prefix):
                continue
            # 年增长率, 同比增幅, and 累计数: an attribute after a time or stock word is still one;
            # so is the value set or reached (目标值, 指标值, 实际值, 完成数)
            if (
                prefix in grammar.TIME_WORDS
                or prefix in grammar.STOCK_WORDS
                or prefix in grammar.MODAL_WORDS
                or prefix in _VALUE_KINDS
            ):
                return True
        return (
            word in grammar.ATTRIBUTE_NOUNS
            or word in _VALUE_KINDS  # 2020年基期值为…, 初步测算为…: which value, no subject
            or word in grammar.CURRENCY_WORDS
            or word in grammar.PROCEDURE_WORDS
            or word in grammar.MODAL_WORDS
            or word in grammar.TIME_WORDS
            or word.endswith(grammar.BASIS_WORD)
            or bool(_SPAN_OF_YEARS_RE.fullmatch(word))  # 近两年, 三年来: a time, no subject
            or word in grammar.QUALIFIER_CANON
            or word in self.own_names
            or tag in ("ns", "t")
            or bool(grammar.SELF_SCOPE_RE.match(word))
            or bool(grammar.FOREIGN_SCOPE_RE.fullmatch(word))  # 全省: a yardstick, no subject
            or (not grammar.CJK_RE.search(word) and tag != "eng")
            or word in _DEGREE_WORDS  # 有所/n 下降: how far the change went
            or _manner_of_change(word)
        )

    def next_token(self, pos: int) -> Token | None:
        i = bisect_left(self._token_starts, pos)
        return self.tokens[i] if i < len(self.tokens) else None

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        return [m for m in self._named if m.start >= start and m.end <= end]
