"""The whole extraction path on generated reports: it never raises, offsets point at the figure.

Sentences are built from the lexicon's own surface forms, figures written every way the
reports write them (Arabic and Chinese numerals, 万/亿, %, ranges, 第N, full-width digits)
and noise (punctuation, Latin, emoji, control characters, full-width forms, HTML fragments).
Each generated report goes the way a file does in ``ingest.pipeline.process_folder``: read
from disk and normalised (``read_source``), described (``describe``), segmented and
extracted. Every fact and unmapped mention must then point at its ``raw_text`` in the
normalised text, sit inside its sentence at the same place, and carry a finite value.

A crash or offset bug found here inside ``ingest/extraction`` or ``ingest/document`` is kept
as an ``xfail(strict=True)`` example below (those modules have another owner) until fixed.
"""

from __future__ import annotations

import math
import tempfile
from dataclasses import asdict
from functools import cache
from pathlib import Path

import polars as pl
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ingest.document.gazetteer import Gazetteer
from ingest.document.metadata import describe
from ingest.extraction.extract import extract_indicators
from ingest.extraction.lexicon import GAP, load_lexicon
from ingest.extraction.segment import segment_documents
from ingest.reading.sources import read_source

# Closed sets the contract names (docs/CONTRACT.md).
KINDS = {"actual", "target"}
MEASURES = {"level", "increment", "growth_pct", "share_pct", "rank"}
COMPARATORS = {"eq", "gte", "lte", "approx"}
UNITS = {"yuan", "count", "percent", "rank", "per_10k_people", "sqm"}

SETTINGS = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@cache
def surface_forms() -> list[str]:
    """Every surface form of the lexicon, a gap (争取…资金) filled with words it may skip."""
    forms = sorted({form.text for form in load_lexicon().forms})
    return [f.replace(GAP, "省级及以上") for f in forms] + [f.replace(GAP, "") for f in forms]


# Units an indicator's figures are written in, by the lexicon's canonical unit.
UNITS_WRITTEN = {
    "yuan": ["亿元", "万元", "元", "万亿元"],
    "count": ["家", "件", "个", "项", "人", "名", "所"],
    "percent": ["%", "个百分点"],
    "per_10k_people": ["件"],
    "sqm": ["万平方米", "平方米"],
}


@cache
def forms_with_units() -> list[tuple[str, list[str]]]:
    """(surface form, the units its indicator's figures come in) for every mapped form."""
    lexicon = load_lexicon()
    out = []
    for form in sorted(lexicon.forms, key=lambda f: f.text):
        if form.indicator_code:
            written = UNITS_WRITTEN.get(lexicon.indicators[form.indicator_code].unit, ["%"])
            out.append((form.text.replace(GAP, "省级"), written))
    return out


# --- figures ----------------------------------------------------------------------------------

CN_DIGITS = "零一二两三四五六七八九"
FULL_WIDTH = str.maketrans("0123456789.%", "０１２３４５６７８９．％")


def chinese_number(n: int) -> str:
    """三千, 一千二百零五, 两万: a Chinese numeral for 0 <= n < 100000."""
    if n == 0:
        return "零"
    out, zero = "", False
    for value, unit in ((10000, "万"), (1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, n = divmod(n, value)
        if digit:
            if zero:
                out += "零"
            out += ("两" if digit == 2 and unit in "千万" else CN_DIGITS[digit]) + unit
            zero = False
        elif out:
            zero = True
    return out.removeprefix("一十") if out.startswith("一十") else out


arabic = st.one_of(
    st.integers(min_value=0, max_value=10**9).map(str),
    st.integers(min_value=1, max_value=10**7).map(lambda n: f"{n:,}"),
    st.decimals(min_value=0, max_value=100000, places=2, allow_nan=False).map(str),
    st.floats(min_value=0, max_value=1e6, allow_nan=False, allow_infinity=False).map(
        lambda x: f"{x:.4f}"
    ),
    st.just("0.0000001"),
    st.just("9" * 40),  # far beyond any float's precision
)
number = st.one_of(
    arabic,
    arabic.map(lambda s: s.translate(FULL_WIDTH)),
    st.integers(min_value=0, max_value=99999).map(chinese_number),
    st.tuples(arabic, st.sampled_from(["万", "亿", "万亿", "千", "百"])).map("".join),
    st.tuples(
        st.integers(min_value=1, max_value=9999).map(chinese_number),
        st.sampled_from(["万", "亿"]),
    ).map("".join),
    st.sampled_from(["十", "百", "千", "万", "亿", "两", "〇", "零点五", "一百二十三万四千"]),
)
unit = st.sampled_from(
    ["家", "件", "个", "项", "人", "名", "亿元", "万元", "元", "万亿元", "美元", "%", "‰",
     "个百分点", "倍", "平方米", "亩", "人次", "", "亿", "万"]
)  # fmt: skip
range_sep = st.sampled_from(["~", "～", "-", "—", "至", "到", " - "])
figure = st.one_of(
    st.tuples(number, unit).map("".join),
    st.tuples(number, range_sep, number, unit).map("".join),
    st.tuples(st.sampled_from(["约", "近", "超过", "突破", "不少于", "逾"]), number, unit).map(
        "".join
    ),
    st.tuples(number, st.sampled_from(["余", "多"]), unit).map("".join),
    st.tuples(number, unit, st.sampled_from(["以上", "左右", "以下", "以内"])).map("".join),
    st.tuples(st.just("第"), number, st.sampled_from(["", "位", "名"])).map("".join),
    st.sampled_from(["首位", "翻番", "翻一番", "2.7倍", "29.92、29.64亿元"]),
)

# --- sentences ---------------------------------------------------------------------------------

year = st.one_of(
    st.integers(min_value=1949, max_value=2100).map(lambda y: f"{y}年"),
    st.integers(min_value=0, max_value=3000).map(lambda y: f"{y}年"),
    st.sampled_from(["今年", "去年", "明年", "上年", "二〇二一年", "2021-2025年", "“十四五”期间"]),
)
verb = st.sampled_from(
    ["达到", "达", "新增", "净增", "突破", "增长", "比增", "同比增长", "总数达", "累计",
     "力争", "确保", "争取达到", "占GDP比重", "占地区生产总值比重为", "居全省第", "排名",
     "增长至", "完成", "实现", "为", "", "分别为", "较上年提高", "下降"]
)  # fmt: skip
scope = st.sampled_from(["", "全市", "全区", "国家级", "省级", "市级", "福建省", "全省"])
punctuation = st.sampled_from([*"，。；、：！？,.;:!?()（）“”‘’《》【】…—·", "", "\n"])
noise = st.one_of(
    st.sampled_from(
        ["<p>", "</p>", "<br/>", "&nbsp;", "&amp;", "<div class='x'>", "</td><td>", "<!--c-->",
         "<script>x=1</script>", "R&D", "GDP", "Annual report 2021", "http://x.cn/a_b",
         "😀", "🇨🇳", "👍🏽", "\u200b", "\ufeff", "\u00ad", "\u202e", "\x00", "\x07", "\x1b[0m",
         "\x7f", "\x85", "\r", "\t", "ＡＢＣ１２３", "％", "，", "．", "　", "㈠", "①", "Ⅻ",
         "\ud7ff", "\U000e0001", "𠀀", "兀", "\U0002f800", "İ", "ẞ", "ﬀ", "\u212a", "\u0301",
         "\ufe0f", "1\ufe0f\u20e3", "㍱", "½", "²", "⑩", "⒛", "㊿", "\u3000", "\u2028", "\x0c"]
    ),
    st.text(max_size=6),
)  # fmt: skip


def joined(parts: st.SearchStrategy) -> st.SearchStrategy[str]:
    return st.lists(parts, min_size=1, max_size=8).map("".join)


@st.composite
def well_formed(draw: st.DrawFn) -> str:
    """「2021年,全市高新技术企业达到2282家。」: a form, a verb and a figure in its own unit."""
    form, units = draw(st.sampled_from(forms_with_units()))
    amount = draw(st.one_of(arabic, number))
    head = draw(st.one_of(st.just(""), year.map(lambda y: y + ",")))
    return f"{head}{draw(scope)}{form}{draw(verb)}{amount}{draw(st.sampled_from(units))}。"


sentence = st.one_of(
    well_formed(),
    well_formed(),
    st.tuples(
        st.one_of(st.just(""), year), scope, st.sampled_from(surface_forms()), verb, figure,
        punctuation,
    ).map("".join),
    joined(st.one_of(st.sampled_from(surface_forms()), verb, figure, year, scope, punctuation)),
    joined(st.one_of(st.sampled_from(surface_forms()), figure, punctuation, noise)),
)  # fmt: skip


@st.composite
def report(draw: st.DrawFn) -> str:
    """A report: title, summary sentences, a plan heading, plan sentences; noise anywhere."""
    report_year = draw(st.integers(min_value=2000, max_value=2030))
    city = draw(st.sampled_from(["厦门市", "晋江市", "鼓楼区", "龙岩市", "", "某某县"]))
    lines = [f"{city}科学技术局{report_year}年工作总结和{report_year + 1}年工作计划"]
    lines += draw(st.lists(st.one_of(sentence, noise), max_size=6))
    lines.append(draw(st.sampled_from(["二、工作计划", f"二、{report_year + 1}年工作思路", ""])))
    lines += draw(st.lists(st.one_of(sentence, noise), max_size=5))
    separator = draw(st.sampled_from(["\n", "", "\r\n", "<br>", "。"]))
    return separator.join(lines)


# --- the path ----------------------------------------------------------------------------------


def run_path(
    raw: str, encoding: str = "utf-8"
) -> tuple[str, pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """``raw`` as a file through read → describe → segment → extract (as process_folder does).

    Returns (normalised text, sentences, facts, unmapped); empty frames when the reader
    quarantines the file. Unlike process_folder, a text ``describe`` calls no report is
    still extracted: the extractor must survive it too.
    """
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "report.txt").write_bytes(raw.encode(encoding, errors="surrogatepass"))
        record = read_source(root / "report.txt", root)
    if record.status != "ok":
        assert record.reason, "a quarantined file must say why"
        empty = pl.DataFrame()
        return "", empty, empty, empty
    assert record.text is not None
    meta = describe(record.text, record.source_file, Gazetteer.load())
    documents = pl.DataFrame(
        [{"document_id": "d", "source_file": record.source_file, "text": record.text,
          **asdict(meta)}]
    )  # fmt: skip
    sentences = segment_documents(documents)
    facts, unmapped = extract_indicators(sentences, documents, workers=1)
    return record.text, sentences, facts, unmapped


def check_offsets(text: str, sentences: pl.DataFrame, frame: pl.DataFrame, what: str) -> None:
    """Each row's [char_start, char_end) in ``text`` is its raw_text, inside its sentence."""
    spans = list(sentences.select("char_start", "char_end", "text").iter_rows())
    for row in frame.iter_rows(named=True):
        start, end, raw = row["char_start"], row["char_end"], row["raw_text"]
        assert 0 <= start < end <= len(text), f"{what} offsets out of the text: {row}"
        assert text[start:end] == raw, f"{what} offsets miss raw_text: {text[start:end]!r} {row}"
        holders = [s for s in spans if s[0] <= start and end <= s[1] and s[2] == row["sentence"]]
        assert holders, f"{what} not inside its sentence: {row}"
        s_start = holders[0][0]
        assert row["sentence"][start - s_start : end - s_start] == raw, row
        value = row["value"]
        assert value is not None and math.isfinite(value), f"{what} value not finite: {row}"


def check(raw: str, encoding: str = "utf-8") -> None:
    text, sentences, facts, unmapped = run_path(raw, encoding)
    if not text:
        return
    for s in sentences.iter_rows(named=True):
        assert text[s["char_start"] : s["char_end"]] == s["text"], s
    check_offsets(text, sentences, facts, "fact")
    check_offsets(text, sentences, unmapped, "unmapped")
    for f in facts.iter_rows(named=True):
        assert f["indicator_code"] in load_lexicon().indicators, f
        assert f["kind"] in KINDS and f["measure"] in MEASURES, f
        assert f["comparator"] in COMPARATORS and f["unit"] in UNITS, f
    for u in unmapped.iter_rows(named=True):
        assert u["kind"] in KINDS, u


# --- properties ------------------------------------------------------------------------------


@pytest.fixture(scope="module", autouse=True)
def loaded() -> None:
    Gazetteer.load()  # once, outside the examples' clock
    load_lexicon()


def test_the_path_extracts_from_a_plain_generated_report() -> None:
    """The generator's sentences are ones the extractor reads: not a vacuous property."""
    text, _, facts, _ = run_path(
        "厦门市科学技术局2021年工作总结和2022年工作计划\n"
        "2021年,全市新增国家高新技术企业486家,总数达到2282家。\n"
        "全社会研发投入突破２４０亿元，技术合同成交额同比增长18.5%。\n"
        "二、2022年工作计划\n力争2022年高新技术企业总数突破2500家。"
    )
    got = set(facts.select("indicator_code", "year", "kind", "measure", "value").rows())
    assert ("high_tech_enterprises", 2021, "actual", "level", 2282.0) in got
    assert ("rd_expenditure", 2021, "actual", "level", 24_000_000_000.0) in got
    assert ("high_tech_enterprises", 2022, "target", "level", 2500.0) in got
    check("厦门市科学技术局2021年工作总结\n全社会研发投入突破２４０亿元，比增12.5%。")
    assert text.count("\n") == 4


@SETTINGS
@given(report())
def test_generated_reports(raw: str) -> None:
    check(raw)


@SETTINGS
@given(st.lists(sentence, min_size=1, max_size=12).map("".join))
def test_run_on_sentences_without_a_report_around_them(raw: str) -> None:
    check("2022年科技工作总结\n" + raw)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=30, max_size=400))
def test_arbitrary_text(raw: str) -> None:
    check("2021年科技局工作总结" + raw)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(report(), st.sampled_from(["gb18030", "utf-16", "big5"]))
def test_generated_reports_in_legacy_encodings(raw: str, encoding: str) -> None:
    """Whatever survives the encoding (Big5 loses some characters) still lines up."""
    raw = raw.encode(encoding, errors="ignore").decode(encoding)
    check(raw, encoding)


@example("厦门市科学技术局2021年工作总结\n全市新增国家高新技术企业486家。")
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(report())
def test_extraction_is_deterministic(raw: str) -> None:
    _, _, first, first_unmapped = run_path(raw)
    _, _, again, again_unmapped = run_path(raw)
    assert first.equals(again) and first_unmapped.equals(again_unmapped)
