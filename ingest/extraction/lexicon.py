"""The indicator lexicon: one pair of CSV files feeds jieba, the extractor and dim_indicator.

The files live in ``dbt_project/seeds/`` so that dbt loads the very same rows as a seed.
A surface form may hold a gap, written ``…``: ``争取…资金`` matches 争取 and 资金 with up to
``GAP_MAX`` characters between them (no punctuation but a 、 between levels), so that
争取省级及以上科技资金 and 争取国家、省科技资金 need
no entry of its own.  A form with an empty indicator_code is a blocker: it wins a longer
match and maps to nothing (高新技术企业培育 is a programme, not a count of enterprises).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import ahocorasick

SEEDS_DIR = Path(__file__).resolve().parents[2] / "dbt_project" / "seeds"
INDICATORS_CSV = SEEDS_DIR / "lexicon_indicators.csv"
SURFACE_FORMS_CSV = SEEDS_DIR / "lexicon_surface_forms.csv"
GAP = "…"
# A run of asterisks a mirror put in place of characters, and how far around it to look.
_MASK = re.compile(r"[*＊]{1,8}")
_MASK_REACH = 8
GAP_MAX = 12
# What closes a share's gap (X占…比重): 比重, 比例, or 的 right before its figure (占GDP的2.5%).
_SHARE_CLOSE = r"(?:比重|比例|的(?=\s*[0-9０-９]))"
# A place's whole named alone in a share's gap (占全市的比重, 占全省比重)
_A_PLACE = re.compile(r"[全本我]?[市省区县国州盟旗]的?")
# A gap naming funds of another field than science (争取中央和省工业转型升级专项资金, 争取中央
# 预算内投资和专项债券资金): not the funds for science and technology (unless it says 科技)
_OTHER_FIELDS_FUNDS = re.compile(
    r"工业|工信|信息化|转型升级|预算内|专项债|债券|基建|交通|水利|文旅"
)
# …or a sum per unit (获得授权的发明专利每件资助5000元): a policy's rate, no funds secured
_PER_UNIT = re.compile(r"每[件家项个人名位]")


def _other_funds(form: str, gap: str) -> bool:
    """Does a gap form of funds (争取…资金, 获得…资助) name funds that are not the ones the
    place secured for science?"""
    if not form.endswith(("资金", "经费", "资助")):
        return False
    return bool(_PER_UNIT.search(gap)) or (
        "科技" not in gap and _OTHER_FIELDS_FUNDS.search(gap) is not None
    )


# A form that opens on a verb before the noun it makes (授权专利, 申请发明专利)
_VERB_OF_A_NOUN = re.compile(r"(授权|申请|申报)(?=(?:发明)?专利)")
# A total named per head of population is a ratio: 每万人技术合同成交额, 人均研发经费.
_PER_HEAD_BEFORE = re.compile(r"(?:每?万人口?|每千人|人均)$")
_PER_HEAD_UNITS = frozenset({"per_10k_people", "percent"})
# The statistics of firms above a size (规模以上工业企业R&D经费支出): a part of the whole
# society's R&D spending and its intensity, not them
# (…or of one kind of performer or one industry: 各类企业, 政府属研究机构, 高等学校, 有色金属
# 冶炼及压延加工业 R&D经费; the whole society's R&D is none of theirs)
_FIRMS_ABOVE_SIZE_BEFORE = re.compile(
    r"(?:(?:规模以上|规上)(?:工业)?企业(?:法人单位)?|各类企业|(?:政府属)?研究(?:与开发)?机构"
    r"|科研院所|科研机构|高等学校|高校|[\u4e00-\u9fff]{1,10}(?<!产)业"
    # (or of the leading firms alone, perhaps by the year: 龙头企业年研发投入, 驻市企业上半年…)
    r"|(?:龙头|骨干|重点|领军|头部|上市|驻[市县区地])企业(?:全?年|上半年)?)\s*$"
)
_SPENDING_OF_THE_WHOLE = frozenset({"rd_expenditure", "rd_intensity"})
_RECENT_MAX = 4096  # sentences whose mentions are kept


@dataclass(frozen=True)
class Indicator:
    code: str
    name_zh: str
    name_en: str
    category: str
    unit: str
    default_measure: str
    share_of: str | None
    core: bool = False  # named by the warehouse contract; scored by `zhibiao eval`
    classifiers: frozenset[str] = frozenset()  # measure words of a count (家, 件); any if empty
    counted: str = "stock"  # stock | yearly (a status renewed every year: its count is a level)


@dataclass(frozen=True)
class SurfaceForm:
    text: str
    indicator_code: str | None
    qualifier: str | None
    measure: str | None


# a count right after a name: 技术合同登记数, 技术合同数量
_COUNT_AFTER = re.compile(r"(?:登记|成交|认定|签订)?(?:数量|项数|份数|个数|数)(?![据值字])")
# a loan product by its quoted name (“研发贷”, “昆科贷”), and the form it is read as
_LOAN_PRODUCT = re.compile(r"“([\u4e00-\u9fff]{1,8}贷)”")
_TECH_FIRMS = r"(?:科技型(?:中小)?企业|科技企业|高新技术企业|科技型中小企业)"
_LOAN_TO_TECH_FIRMS = re.compile(
    rf"{_TECH_FIRMS}(?:发放)?贷款|(?<=为){_TECH_FIRMS}[^,;。]{{0,4}}?发放(?:各类)?贷款"
)
_LOAN_FORM = SurfaceForm("科技贷", "tech_finance_loans", None, None)


@dataclass(frozen=True)
class Mention:
    """A surface form found in a sentence."""

    start: int
    end: int
    form: SurfaceForm
    gap_text: str  # the characters a gap form skipped ('' for plain forms)

    @property
    def indicator_code(self) -> str | None:
        return self.form.indicator_code


class Lexicon:
    def __init__(self, indicators: list[Indicator], forms: list[SurfaceForm]) -> None:
        self.indicators = {i.code: i for i in indicators}
        self.forms = forms
        unknown = {f.indicator_code for f in forms if f.indicator_code} - set(self.indicators)
        if unknown:
            raise ValueError(f"surface forms name unknown indicators: {sorted(unknown)}")
        # share_of turns "a share of X" into the indicator that measures it
        self.share_target = {i.share_of: i.code for i in indicators if i.share_of}
        self._recent: dict[str, tuple[Mention, ...]] = {}
        self._compile(forms)

    def _compile(self, forms: list[SurfaceForm]) -> None:
        """An Aho-Corasick automaton over each form's first piece finds where forms may start;
        each form's own pattern (its gaps, R&D spelled RD, 与 written 和) confirms it there."""
        # longest literal first: on a tie the longer form wins (全社会R&D经费投入 over R&D投入)
        self._ordered = sorted(forms, key=lambda f: len(f.text.replace(GAP, "")), reverse=True)
        self._patterns: list[re.Pattern[str]] = []
        starts: dict[str, list[int]] = {}
        # (a gap may list levels: 争取国家、自治区科技项目资金)
        gap = rf"((?:[^,。;:!?、\s“”\"()]|、(?=国家|中央|省|自治区|市|州|县)){{0,{GAP_MAX}}}?)"
        for i, form in enumerate(self._ordered):
            text = form.text.translate(_ASCII_UPPER)
            # R&D spelled RD; 与 written 和 (研究和试验发展经费); an indicator's 研发 written out
            # (研究开发投入)
            long_rd = "(?:研发|研究开发)" if form.indicator_code else "研发"
            pieces = [
                re.escape(p)
                .replace("R\\&D", "R&?D")
                .replace("与", "[与和]")
                .replace("研发", long_rd)
                for p in text.split(GAP)
            ]
            verb = _VERB_OF_A_NOUN.match(text)
            if verb:
                # (a verb and its noun joined by 的 as a relative clause: 获得授权的专利,
                # 申请的发明专利)
                # (not a group the clause picks figures out of: 在申请和授权的专利中,…)
                said = re.escape(verb.group(1))
                pieces[0] = f"(?:{pieces[0]}|{said}的{pieces[0][len(said) :]}(?![中里]))"
            if len(pieces) > 1 and pieces[-2].endswith("占") and pieces[-1] == "比重":
                pieces[-1] = _SHARE_CLOSE  # 占地区生产总值的2.5%: a share without 比重
            self._patterns.append(re.compile(gap.join(pieces)))
            first = text.split(GAP)[0]
            variants = (first.replace("R&D", "RD"), first.replace("与", "和"))
            if verb:
                variants += (verb.group(1) + "的" + first[verb.end(1) :],)
            if form.indicator_code:
                variants += (first.replace("研发", "研究开发"),)
            for key in {first, *variants}:
                starts.setdefault(key, []).append(i)
        self._automaton = ahocorasick.Automaton()
        for key, indexes in starts.items():
            self._automaton.add_word(key, (len(key), indexes))
        self._automaton.make_automaton()

    def find_mentions(self, text: str) -> list[Mention]:
        """Every non-overlapping surface form in text, leftmost-longest.

        Spaces, quotation marks and bracketed Latin glosses inside a name do not break it:
        研发(R&D)投入, R&D 经费 and 科技“小巨人” match 研发投入, R&D经费 and 科技小巨人;
        Latin letters match in any case (r&d); offsets are into the text as given.
        """
        # a sentence is looked up as itself and as the next one's predecessor: keep a few
        found = self._recent.get(text)
        if found is None:
            if len(self._recent) >= _RECENT_MAX:
                self._recent.clear()
            found = self._recent[text] = tuple(self._find_mentions(text))
        return list(found)

    def _find_mentions(self, text: str) -> list[Mention]:
        masked, origin = _mask_glosses(text)
        if _ASCII_LOWER_RE.search(masked):  # (translate reads every character: only if needed)
            masked = masked.translate(_ASCII_UPPER)  # same length: offsets stay
        candidates: list[tuple[int, int, int, re.Match[str]]] = []
        for last, (length, indexes) in self._automaton.iter(masked):
            begin = last - length + 1
            for i in indexes:
                m = self._patterns[i].match(masked, begin)
                if m:
                    candidates.append((begin, -m.end(), i, m))
        candidates.sort()
        found: list[Mention] = []
        taken = 0
        for begin, _, i, m in candidates:
            if begin < taken:
                continue
            taken = m.end()
            form = self._ordered[i]
            gap_text = "".join(g for g in m.groups() if g)
            if form.indicator_code and self._per_head(masked, begin, form):
                form = SurfaceForm(form.text, None, None, None)  # 万人技术合同成交额: a ratio
            elif form.indicator_code in _SPENDING_OF_THE_WHOLE and (
                _FIRMS_ABOVE_SIZE_BEFORE.search(masked, max(0, begin - 12), begin)
            ):
                form = SurfaceForm(form.text, None, None, None)
            elif form.indicator_code and "占" + GAP in form.text and _A_PLACE.fullmatch(gap_text):
                # 企业研发经费投入占全市的比重: a part of the place's own total, not of its economy
                form = SurfaceForm(form.text, None, None, None)
            elif form.indicator_code and gap_text and _other_funds(form.text, gap_text):
                form = SurfaceForm(form.text, None, None, None)
            elif (
                form.indicator_code
                and _COUNT_AFTER.match(masked, m.end())
                and self._sum_named_by_its_things(form)
            ):
                # 技术合同登记数, 技术合同数量: how many contracts, not their turnover
                form = SurfaceForm(form.text, None, None, None)
            found.append(Mention(origin[begin], origin[m.end() - 1] + 1, form, gap_text))
        if "贷”" in text:
            # a loan product by its quoted name (“研发贷”, “昆科贷”): a science-and-technology
            # loan like 科技贷, whatever the bank calls it
            for product in _LOAN_PRODUCT.finditer(text):
                start, stop = product.start(1), product.end(1)
                # (科技成果转化贷: a product may hold another indicator's words, which it is not)
                found = [f for f in found if not (start <= f.start and f.end <= stop)]
                if not any(f.start < stop and start < f.end for f in found):
                    found.append(Mention(start, stop, _LOAN_FORM, ""))
            found.sort(key=lambda f: f.start)
        if "贷款" in text:
            # loans to a kind of science-and-technology firm (科技型中小企业贷款, 为科技型企业发放
            # 贷款): science-and-technology loans, not a count of the firms
            for loan in _LOAN_TO_TECH_FIRMS.finditer(text):
                start, stop = loan.start(), loan.end()
                found = [f for f in found if not (start <= f.start and f.end <= stop)]
                if not any(f.start < stop and start < f.end for f in found):
                    found.append(Mention(start, stop, _LOAN_FORM, ""))
            found.sort(key=lambda f: f.start)
        if "*" in masked or "＊" in masked:
            for begin, end, form in self._masked_forms(masked):
                start, stop = origin[begin], origin[end - 1] + 1
                if not any(f.start < stop and start < f.end for f in found):
                    found.append(Mention(start, stop, form, ""))
            found.sort(key=lambda f: f.start)
        return found

    def _sum_named_by_its_things(self, form: SurfaceForm) -> bool:
        """Is the form an amount's (yuan) name that only names the things summed (技术合同 of
        技术合同成交额), so that a count after it counts those things?"""
        indicator = self.indicators.get(form.indicator_code or "")
        return indicator is not None and indicator.unit == "yuan" and not form.text.endswith("额")

    def _per_head(self, text: str, begin: int, form: SurfaceForm) -> bool:
        """Is a total named per head of population (每万人/万人/人均 + 技术合同成交额)? That is
        a ratio of its own, not the total; an indicator that is itself per head keeps it."""
        indicator = self.indicators.get(form.indicator_code or "")
        if indicator is None or indicator.unit in _PER_HEAD_UNITS:
            return False
        return _PER_HEAD_BEFORE.search(text, max(0, begin - 4), begin) is not None

    def _masked_forms(self, text: str) -> list[tuple[int, int, SurfaceForm]]:
        """Names a mirror masked in part (新增高***企业63家, 高***产业增加值): the form, of one
        indicator only, that fits the most characters left either side of the mask."""
        spans: list[tuple[int, int, SurfaceForm]] = []
        for mask in _MASK.finditer(text):
            left = text[max(0, mask.start() - _MASK_REACH) : mask.start()]
            right = text[mask.end() : mask.end() + _MASK_REACH]
            hidden_max = 2 * len(mask.group(0)) + 1
            fits: list[tuple[int, int, int, SurfaceForm]] = []
            for form in self._ordered:
                word = form.text
                if GAP in word or not form.indicator_code:
                    continue
                for a in range(1, min(len(word) - 1, len(left)) + 1):
                    if not left.endswith(word[:a]):
                        continue
                    for b in range(1, len(word) - a):
                        hidden = len(word) - a - b
                        if hidden <= hidden_max and right.startswith(word[len(word) - b :]):
                            fits.append((a + b, len(word), a, form))
            if not fits:
                continue
            best = max(f[0] for f in fits)
            top = [f for f in fits if f[0] == best]
            if len({f[3].indicator_code for f in top}) != 1:
                continue  # the visible characters fit more than one indicator
            visible, _, a, form = max(top, key=lambda f: f[1])
            spans.append((mask.start() - a, mask.end() + visible - a, form))
        return spans

    def user_dict_words(self) -> list[str]:
        """Words for jieba's user dictionary: every literal piece of every surface form."""
        words: set[str] = set()
        for form in self.forms:
            for piece in form.text.split(GAP):
                # 占 opens the share's frame, no part of a name: glued to it (研发投入占), jieba
                # would hide the name in 研发投入占比 from the boundaries mentions keep to
                piece = piece.removesuffix("占")
                if len(piece) >= 2:
                    words.add(piece)
        for ind in self.indicators.values():
            if len(ind.name_zh) >= 2 and "(" not in ind.name_zh:
                words.add(ind.name_zh)
        return sorted(words)


# A bracketed Latin gloss (R&D), ( R&D ), (GDP), spaces and quotation marks: skipped when
# matching names, so that 科技“小巨人”企业 is 科技小巨人企业 and 专精特新“小巨人” the programme.
_GLOSS_RE = re.compile(r"\((?:简称)?[ A-Za-z&]{1,12}\)| +|[“”‘’「」\"]")
_GLOSS_CHARS = frozenset('( “”‘’「」"')


_ASCII_UPPER = str.maketrans("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_ASCII_LOWER_RE = re.compile("[a-z]")


def _mask_glosses(text: str) -> tuple[str, list[int]]:
    """text without glosses and spaces, and for each kept character its offset in text."""
    if _GLOSS_CHARS.isdisjoint(text):
        return text, list(range(len(text) + 1))
    kept: list[str] = []
    origin: list[int] = []
    pos = 0
    for m in _GLOSS_RE.finditer(text):
        kept.append(text[pos : m.start()])
        origin.extend(range(pos, m.start()))
        pos = m.end()
    kept.append(text[pos:])
    origin.extend(range(pos, len(text)))
    origin.append(len(text))
    return "".join(kept), origin


def _blank_to_none(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def read_indicators(path: Path = INDICATORS_CSV) -> list[Indicator]:
    with path.open(encoding="utf-8", newline="") as f:
        return [
            Indicator(
                code=row["indicator_code"].strip(),
                name_zh=row["name_zh"].strip(),
                name_en=row["name_en"].strip(),
                category=row["category"].strip(),
                unit=row["unit"].strip(),
                default_measure=row["default_measure"].strip() or "level",
                share_of=_blank_to_none(row.get("share_of")),
                core=(row.get("core") or "").strip().lower() == "true",
                classifiers=frozenset(c for c in (row.get("classifiers") or "").split("|") if c),
                counted=(row.get("counted") or "").strip() or "stock",
            )
            for row in csv.DictReader(f)
        ]


def read_surface_forms(path: Path = SURFACE_FORMS_CSV) -> list[SurfaceForm]:
    with path.open(encoding="utf-8", newline="") as f:
        return [
            SurfaceForm(
                text=row["surface_form"].strip(),
                indicator_code=_blank_to_none(row["indicator_code"]),
                qualifier=_blank_to_none(row.get("qualifier")),
                measure=_blank_to_none(row.get("measure")),
            )
            for row in csv.DictReader(f)
            if row["surface_form"].strip()
        ]


@cache
def load_lexicon() -> Lexicon:
    return Lexicon(read_indicators(), read_surface_forms())
