"""Number and unit parsing on figures written the way reports write them."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.extraction.numbers import (
    find_quantities,
    find_ranks,
    parse_chinese_integer,
    parse_number,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("三千", 3000),
        ("两百", 200),
        ("一千二百", 1200),
        ("十二", 12),
        ("二十", 20),
        ("一万二千", 12000),
        ("三百零五", 305),
        ("二〇二一", 2021),
    ],
)
def test_chinese_integers(text: str, value: int) -> None:
    assert parse_chinese_integer(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [("23,876", 23876), ("1.2万", 12000), ("3千", 3000), ("8189.75", 8189.75), ("2.5亿", 2.5e8)],
)
def test_mixed_numbers(text: str, value: float) -> None:
    assert parse_number(text) == value


def one(text: str):
    (q,) = find_quantities(text)
    return q


@pytest.mark.parametrize(
    ("text", "value", "unit", "comparator"),
    [
        ("研发投入达到365.8亿元", 36_580_000_000, "yuan", "eq"),
        ("补助资金8189.75万元", 81_897_500, "yuan", "eq"),
        ("发放贷款2.3亿", 230_000_000, "yuan", "eq"),  # a bare 亿 is money
        ("产值1.2万亿元", 1.2e12, "yuan", "eq"),
        ("发明专利授权1.2万件", 12_000, "count", "eq"),
        ("企业三千家", 3000, "count", "eq"),
        ("科技特派员两百名", 200, "count", "eq"),
        ("技术合同23,876项", 23876, "count", "eq"),
        ("约24亿元", 2_400_000_000, "yuan", "approx"),
        ("近500家", 500, "count", "approx"),
        ("5000余家", 5000, "count", "approx"),
        ("3千余家", 3000, "count", "approx"),
        ("300多家", 300, "count", "approx"),
        ("80家左右", 80, "count", "approx"),
        ("超过5000万元", 50_000_000, "yuan", "gte"),
        ("突破1000家", 1000, "count", "gte"),
        ("不少于10亿元", 1_000_000_000, "yuan", "gte"),
        ("不低于2.5%", 2.5, "percent", "gte"),
        ("增长20%以上", 20, "percent", "gte"),
        ("控制在3%以内", 3, "percent", "lte"),
        # an upper bound said before the figure: not even that many
        ("拥有量不足3件", 3, "count", "lte"),
        ("企业不到20家", 20, "count", "lte"),
        ("投入少于5000万元", 50_000_000, "yuan", "lte"),
        ("增幅未超过5%", 5, "percent", "lte"),
        # ten thousand passed or neared, its numeral left out
        ("企业超万家", 10_000, "count", "gte"),
        ("专利近万件", 10_000, "count", "approx"),
        ("比上年提高0.3个百分点", 0.3, "percentage_point", "eq"),
        # a sum spoken in two parts is one amount
        ("研发经费3亿4千万元", 340_000_000, "yuan", "eq"),
        ("成交额2亿1500万元", 215_000_000, "yuan", "eq"),
        ("数量翻了一番", 100, "percent", "eq"),
        ("成交额翻了两番", 300, "percent", "eq"),
    ],
)
def test_quantities(text: str, value: float, unit: str, comparator: str) -> None:
    q = one(text)
    assert q.value == pytest.approx(value)
    assert (q.unit, q.comparator) == (unit, comparator)


def test_money_has_no_float_noise() -> None:
    assert one("支出257.4亿元").value == 25_740_000_000.0
    assert one("1.4079亿元").value == 140_790_000.0


def test_range_gives_lower_bound_with_the_upper_multiplier() -> None:
    q = one("单个项目补助100~300万元")
    assert (q.value, q.comparator, q.is_range) == (1_000_000, "gte", True)


def test_from_to_is_two_figures() -> None:
    values = [q.value for q in find_quantities("高企从441家到突破1000家")]
    assert values == [441, 1000]


def test_ordinals_and_articles_are_not_counts() -> None:
    assert find_quantities("列入第四批名单") == []
    assert find_quantities("建设一个平台,形成一批成果") == []


def test_ranks() -> None:
    assert [r.value for r in find_ranks("居全省第三位,全国第12名,连续保持首位")] == [3, 12, 1]
    assert find_ranks("第八届创新创业大赛第二批项目") == []


@given(st.text(max_size=200))
def test_number_parsing_never_raises(text: str) -> None:
    parse_number(text)
    parse_chinese_integer(text)
    for q in find_quantities(text):
        assert q.start < q.end
    find_ranks(text)


@given(
    st.text(alphabet="0123456789.,万亿千百十一二两三四五六七八九零〇元家%余多约近~", max_size=40)
)
def test_figure_alphabet_never_raises(text: str) -> None:
    for q in find_quantities(text):
        assert q.value == q.value  # not NaN


@pytest.mark.parametrize(
    "tier", ["稳居全省第一方阵", "进入全国第一梯队", "处于全省第二档", "跻身第一阵营"]
)
def test_a_tier_is_not_a_rank(tier: str) -> None:
    assert find_ranks(tier) == []
    assert [r.value for r in find_ranks(tier + ",增速居全省第2位")] == [2]


def test_numbers_written_out_with_a_decimal_point_and_percent_words() -> None:
    # the way speeches and transcripts write them: 一点五亿元, 百分之二点一
    found = find_quantities("成交额三点二五亿元,增长百分之十二")
    got = [(q.raw_text, q.value, q.unit) for q in found]
    assert got == [("三点二五亿元", 325_000_000, "yuan"), ("百分之十二", 12, "percent")]
    assert parse_number("四点零八万") == 40_800


def test_figures_copied_from_a_pdf_keep_their_value_across_a_space() -> None:
    # a space groups thousands (2 306家) or follows the decimal point (21. 7%)
    assert [(q.raw_text, q.value) for q in find_quantities("企业由2 306家增加到4 120家")] == [
        ("2 306家", 2306), ("4 120家", 4120)]  # fmt: skip
    assert one("年均增长21. 7%").value == pytest.approx(21.7)
    # no grouping after a year or after four digits: 1234 is no part of 567家
    assert [q.value for q in find_quantities("2019年 120家,1234 567家")] == [120, 567]


def test_the_spoken_hundred_million_is_a_sum_of_money() -> None:
    (q,) = find_quantities("全年技术交易额达3个亿")
    assert (q.value, q.unit) == (3e8, "yuan")
    (q,) = find_quantities("争取资金1.5个亿元")
    assert (q.value, q.unit) == (1.5e8, "yuan")
    # 个 alone still counts things
    (q,) = find_quantities("建成平台3个")
    assert (q.value, q.unit) == (3, "count")


def test_one_is_a_count_only_when_listed_with_other_counts() -> None:
    got = find_quantities("建有一个国家级孵化器、两个省级众创空间")
    assert [(q.raw_text, q.value) for q in got] == [("一个", 1), ("两个", 2)]
    got = find_quantities("三家省级工程中心、一家国家级重点实验室")
    assert [(q.raw_text, q.value) for q in got] == [("三家", 3), ("一家", 1)]
    # alone, 一个 is an article
    assert find_quantities("打造一个创新高地") == []


def test_the_top_of_the_list_is_first() -> None:
    assert [(r.raw_text, r.value) for r in find_ranks("数量位居全市榜首")] == [("榜首", 1)]
    assert [(r.raw_text, r.value) for r in find_ranks("成交额位列全省之首")] == [("之首", 1)]


def test_one_after_a_verb_of_adding_is_a_count() -> None:
    (q,) = find_quantities("今年获批一个省级工程技术研究中心")
    assert (q.value, q.unit) == (1, "count")
    assert find_quantities("打造一个平台") == []


def test_two_amounts_listed_apart_stay_two() -> None:
    assert [q.value for q in find_quantities("投入3亿元、4000万元")] == [3e8, 4e7]
    assert [q.value for q in find_quantities("支出3亿,补助4000万元")] == [3e8, 4e7]


def test_a_sum_in_chinese_numerals_with_hundred_millions_and_ten_thousands() -> None:
    # 四亿三千万元: the unit word's 万 multiplies the numeral's tail only, not the 亿 before it
    from ingest.extraction.numbers import find_quantities, parse_chinese_integer

    assert [q.value for q in find_quantities("成交额达五亿六千万元,争取资金两亿零三百万元")] == [
        5.6e8,
        2.03e8,
    ]
    assert parse_chinese_integer("七亿八千万") == 780_000_000
    assert parse_chinese_integer("三万四千") == 34_000
