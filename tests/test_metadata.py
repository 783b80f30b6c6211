"""describe(): title, city, years, issuer, 文号 and date of report texts from anywhere in China."""

from __future__ import annotations

import dataclasses
import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest.document.gazetteer import Gazetteer
from ingest.document.metadata import (
    CITY_BASES,
    GENRES,
    NOT_REPORT_EMPTY,
    NOT_REPORT_NO_YEAR_NO_SCI_TECH,
    YEARS_BASES,
    DocumentMeta,
    describe,
)
from ingest.document.year_mentions import classify_mentions

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def _describe(gazetteer: Gazetteer, text: str, source_file: str = "doc.txt") -> DocumentMeta:
    return describe(text, source_file, gazetteer)


def _seed(prefix: str) -> tuple[str, str]:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8"), path.name


# --- the seed reports ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("prefix", "city_zh", "city_id", "report_year", "plan_year"),
    [
        ("000", "龙岩市", "350800", 2019, 2020),
        ("001", "泉州市", "350500", 2016, 2017),
        ("002", "福州市", "350100", 2022, 2023),
        ("003", "赣州市", "360700", 2019, 2020),
        ("004", "海安市", "320685", 2019, 2020),
    ],
)
def test_seed_city_and_years(
    gazetteer: Gazetteer,
    prefix: str,
    city_zh: str,
    city_id: str,
    report_year: int,
    plan_year: int,
) -> None:
    text, name = _seed(prefix)
    meta = _describe(gazetteer, text, name)
    assert (meta.city_zh, meta.city_id) == (city_zh, city_id)
    assert (meta.report_year, meta.plan_year) == (report_year, plan_year)
    assert meta.not_report_reason is None


def test_seed_with_notice_wrapper(gazetteer: Gazetteer) -> None:
    meta = _describe(gazetteer, *_seed("000"))
    assert meta.title == (
        "龙岩市科学技术局关于印发龙岩市科技创新2019年工作总结和2020年工作计划的通知"
    )
    assert meta.issuer == "龙岩市科学技术局"
    assert meta.doc_number == "龙科综〔2020〕9号"
    assert meta.published_on == datetime.date(2020, 3, 31)


def test_seed_with_metadata_block(gazetteer: Gazetteer) -> None:
    meta = _describe(gazetteer, *_seed("001"))
    assert meta.title == "泉州市科技局2016年科技创新工作总结及2017年工作安排"
    assert meta.issuer == "泉州市科技局"
    assert meta.doc_number == "泉科〔2017〕28号"
    assert meta.published_on == datetime.date(2017, 2, 15)


def test_seed_of_a_county_level_city(gazetteer: Gazetteer) -> None:
    meta = _describe(gazetteer, *_seed("004"))
    assert meta.title == "2019年科技工作总结和2020年工作打算"
    assert meta.issuer == "海安市科学技术局、海安市科学技术协会"
    assert meta.doc_number is None  # 文号: is empty
    assert meta.published_on == datetime.date(2020, 2, 20)


def test_seed_without_header(gazetteer: Gazetteer) -> None:
    meta = _describe(gazetteer, *_seed("003"))
    assert (meta.title, meta.issuer, meta.doc_number, meta.published_on) == (None,) * 4


@pytest.mark.parametrize(
    ("prefix", "city_zh", "report_year", "plan_year"),
    [
        ("000", "龙岩市", 2019, 2020),
        ("001", "泉州市", 2016, 2017),
        ("002", "福州市", 2022, 2023),
        ("004", "海安市", 2019, 2020),
    ],
)
def test_seed_body_alone(
    gazetteer: Gazetteer, prefix: str, city_zh: str, report_year: int, plan_year: int
) -> None:
    """Without title and metadata, the body still tells the city and the years."""
    text, _ = _seed(prefix)
    lines = text.split("\n")
    first_paragraph = next(i for i, line in enumerate(lines) if len(line.strip()) > 60)
    meta = _describe(gazetteer, "\n".join(lines[first_paragraph:]))
    assert meta.city_zh == city_zh
    assert (meta.report_year, meta.plan_year) == (report_year, plan_year)


# --- city ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "city_zh", "city_id", "parent"),
    [
        pytest.param(
            "鼓楼区科技局2019年工作总结\n2019年,全区科技工作取得新成效。福州市下达的各项指标"
            "全面完成,全区高新技术企业达到300家。",
            "鼓楼区",
            "350102",
            "福州市",
            id="ambiguous district resolved by its parent in the body",
        ),
        pytest.param(
            "鼓楼区科技局2020年工作总结\n2020年,全区紧扣南京市委部署,推动江苏省创新名城建设。",
            "鼓楼区",
            "320106",
            "南京市",
            id="same name, other city",
        ),
        pytest.param(
            "北京市海淀区科学技术委员会2019年工作总结和2020年工作计划\n一、2019年工作总结",
            "海淀区",
            "110108",
            "北京市",
            id="municipality district",
        ),
        pytest.param(
            "通州区科委2018年工作总结\n2018年,通州区围绕北京城市副中心建设,全区科技创新"
            "工作取得积极进展。",
            "通州区",
            "110112",
            "北京市",
            id="tongzhou of beijing",
        ),
        pytest.param(
            "通州区科技局2018年工作总结\n2018年,全区科技工作紧紧围绕南通市委市政府部署,"
            "通州区高新技术企业新增50家,占南通市总数的15%。",
            "通州区",
            "320612",
            "南通市",
            id="tongzhou of nantong",
        ),
        pytest.param(
            "大理州科技局2020年工作总结\n2020年,全州科技工作……大理市、祥云县……",
            "大理白族自治州",
            "532900",
            None,
            id="autonomous prefecture by its short name",
        ),
        pytest.param(
            "渝北区科学技术局关于2021年科技工作总结的报告\n2021年,全区研发投入增长15%。",
            "渝北区",
            "500112",
            "重庆市",
            id="chongqing district",
        ),
        pytest.param(
            "市中区科技局2020年工作总结\n2020年,全区在济南市委、市政府领导下,推进科技创新。",
            "市中区",
            "370103",
            "济南市",
            id="district whose name is also an ordinary word",
        ),
        pytest.param(
            "南山区科技创新局2020年工作总结\n2020年,全区高新技术企业总数居深圳市第一。",
            "南山区",
            "440305",
            "深圳市",
            id="district of shenzhen, not of hegang",
        ),
        pytest.param(
            "伊犁州科技局2019年工作总结\n全州科技工作……",
            "伊犁哈萨克自治州",
            "654000",
            None,
            id="autonomous prefecture in xinjiang",
        ),
        pytest.param(
            "义乌市科学技术局2019年工作总结和2020年工作思路\n2019年,全市……金华市……",
            "义乌市",
            "330782",
            "金华市",
            id="county-level city in zhejiang",
        ),
        pytest.param(
            "翁牛特旗科技局2019年工作总结\n全旗高新技术企业达到5家。",
            "翁牛特旗",
            "150426",
            "赤峰市",
            id="banner in inner mongolia",
        ),
    ],
)
def test_city_from_issuer_or_title(
    gazetteer: Gazetteer, text: str, city_zh: str, city_id: str, parent: str | None
) -> None:
    meta = _describe(gazetteer, text)
    assert (meta.city_zh, meta.city_id) == (city_zh, city_id)
    (place,) = [p for p in gazetteer.names_of(city_id) if p.city_zh == city_zh]
    assert place.parent_city_zh == parent


@pytest.mark.parametrize(
    ("text", "city_zh", "city_id"),
    [
        ("海安县科技局2016年工作总结\n2016年,全县科技工作……", "海安县", "320685"),
        # The name in use in the report year wins over an outdated one in the text.
        ("海安县科技局2019年工作总结\n2019年,全市科技工作……", "海安市", "320685"),
        ("广德县科技局2017年工作总结\n2017年,全县科技工作……", "广德县", "341882"),
        ("广德市科学技术局2020年工作总结\n2020年,全市科技工作……", "广德市", "341882"),
    ],
)
def test_renamed_places_keep_their_id(
    gazetteer: Gazetteer, text: str, city_zh: str, city_id: str
) -> None:
    meta = _describe(gazetteer, text)
    assert (meta.city_zh, meta.city_id) == (city_zh, city_id)


def test_city_from_metadata_line(gazetteer: Gazetteer) -> None:
    text = (
        "发布机构: 漳州市科学技术局\n成文日期: 2021-03-05\n"
        "关于印发《2021年全市科技工作要点》的通知\n各县(区)科技局:\n现将要点印发给你们。"
    )
    meta = _describe(gazetteer, text)
    assert (meta.city_zh, meta.issuer) == ("漳州市", "漳州市科学技术局")
    assert (meta.report_year, meta.plan_year) == (2020, 2021)


def test_city_from_folder_names(gazetteer: Gazetteer) -> None:
    meta = _describe(gazetteer, "2020年,全区科技工作……", "docs/福建省/福州市/鼓楼区/2020.txt")
    assert (meta.city_zh, meta.city_id) == ("鼓楼区", "350102")


def test_county_without_header_wins_over_its_prefecture(gazetteer: Gazetteer) -> None:
    text = (
        "2020年,全县科技工作在县委、县政府的正确领导下,深入实施创新驱动发展战略。"
        "长汀县高新技术企业新增10家,总数达50家,居龙岩市第三。龙岩市科技局通报表扬。"
        "长汀县获评省级创新型县。全县专利授权量达300件。\n二、2021年工作计划\n"
        "力争高新技术企业达到60家。"
    )
    meta = _describe(gazetteer, text)
    assert meta.city_zh == "长汀县"
    assert (meta.report_year, meta.plan_year) == (2020, 2021)


def test_county_level_city_without_header_wins_over_its_prefecture(
    gazetteer: Gazetteer,
) -> None:
    # Mostly named by its short name; the prefecture only as a yardstick.
    text = (
        "2019年,我市科技工作以高质量发展为主线。全市高新技术企业净增76家,净增数、总数均为"
        "南通第一。海安高新区加快建设,海安南京大学高新技术研究院获省级奖补,南通唯一。"
        "争取资金遥居南通第一,技术合同成交额占南通1/4。为海安高质量发展提供科技支撑。"
    )
    assert _describe(gazetteer, text).city_zh == "海安市"


def test_district_without_header_naming_its_city_often(gazetteer: Gazetteer) -> None:
    text = (
        "2020年,全区科技工作在福州市委、市政府的坚强领导下,认真落实福州市科技局部署。"
        "福州市下达的指标全面完成。仓山区高新技术企业新增50家。仓山区获评省级创新型城区。"
    )
    assert _describe(gazetteer, text).city_zh == "仓山区"


def test_autonomous_county_by_short_name(gazetteer: Gazetteer) -> None:
    text = (
        "2020年,全县科技工作稳步推进。长阳县高新技术企业达到25家,居宜昌市第三。"
        "长阳县获批省级高新区。"
    )
    assert _describe(gazetteer, text).city_zh == "长阳土家族自治县"


def test_prefecture_report_naming_its_counties(gazetteer: Gazetteer) -> None:
    text = (
        "2021年,全市科技工作取得新进展。宁德市高新技术企业达到300家。福安市、福鼎市、"
        "霞浦县、古田县高新技术企业分别新增10家、8家、5家、4家。宁德市获批国家创新型城市。"
    )
    assert _describe(gazetteer, text).city_zh == "宁德市"


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # a 全市 text that names its place only in its firms' names: the prefecture, also when
        # one of its county-level cities' firms is named as often
        (
            "2019年,全市科技工作稳中有进。我市推荐的宜春恒达机械有限公司、樟树天齐药业有限公司"
            "和宜春华科电子有限公司通过高新技术企业认定,全市高新技术企业达到120家。",
            "宜春市",
        ),
        # a 全县 text: its own county's firm, not one named after its prefecture (衡阳 is also
        # the name of a county, 衡阳县, whose firms would say so)
        (
            "2020年,全县科技工作扎实推进。县内的祁东金杯电器有限公司建成省级研发中心,"
            "衡阳华菱钢管有限公司来县考察。全县新增高新技术企业6家。",
            "祁东县",
        ),
        # a yearbook's page names its place, also where the text never calls itself 全县
        (
            "第212页 - 德清年鉴2020\n科学技术\n【概况】2019年,新增高新技术企业45家,"
            "技术合同成交额3.2亿元。",
            "德清县",
        ),
        # two places' firms named as often: no city
        (
            "2019年,全市科技工作稳中有进。宜春恒达机械有限公司与九江华鑫材料有限公司签订"
            "技术合同,全市高新技术企业达到120家。",
            None,
        ),
    ],
)
def test_city_from_its_firms_names_when_nothing_else_names_it(
    gazetteer: Gazetteer, text: str, city: str | None
) -> None:
    assert _describe(gazetteer, text).city_zh == city


def test_no_place_at_all(gazetteer: Gazetteer) -> None:
    meta = _describe(gazetteer, "2020年科技工作总结\n全年新增高新技术企业20家。")
    assert (meta.city_id, meta.city_zh) == (None, None)
    assert (meta.report_year, meta.plan_year) == (2020, 2021)


# --- years ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "report_year", "plan_year"),
    [
        ("2019年工作总结和2020年工作计划", 2019, 2020),
        ("某市科技局2021年工作总结", 2021, 2022),
        ("2020年工作要点", 2019, 2020),
        ("关于印发2020年全市科技工作计划的通知", 2019, 2020),
        ("某县科技局2018年度科技工作总结", 2018, 2019),
        ("关于2020年工作总结及2021年工作思路的报告", 2020, 2021),
        ("二〇一九年科技工作总结和二〇二〇年工作打算", 2019, 2020),
        ("某区科技局2022年工作情况报告", 2022, 2023),
    ],
)
def test_years_from_title(
    gazetteer: Gazetteer, title: str, report_year: int, plan_year: int
) -> None:
    meta = _describe(gazetteer, f"{title}\n正文:全年科技工作稳步推进,2015年以来成效明显。")
    assert meta.title == title
    assert (meta.report_year, meta.plan_year) == (report_year, plan_year)


def test_years_from_headings(gazetteer: Gazetteer) -> None:
    text = (
        "一、2019年全市科技工作回顾\n全市高新技术企业达到120家。\n"
        "二、2020年工作思路\n力争高新技术企业达到150家。"
    )
    meta = _describe(gazetteer, text)
    assert meta.title is None
    assert (meta.report_year, meta.plan_year) == (2019, 2020)


def test_years_from_quoted_title(gazetteer: Gazetteer) -> None:
    text = (
        "现将《某市2022年科技工作总结及2023年主要工作任务》印发给你们。\n"
        "力争2023年高新技术企业突破4000家,力争2023年研发投入增长10%。"
    )
    assert (_describe(gazetteer, text).report_year, _describe(gazetteer, text).plan_year) == (
        2022,
        2023,
    )


def test_years_in_ranges_and_five_year_plans_do_not_count(gazetteer: Gazetteer) -> None:
    text = (
        "一、总体要求\n按照《实施方案(2018-2020年)》和《行动计划(2016年至2020年)》,"
        "确保“十三五”规划圆满收官。\n二、主要目标\n力争2021年高新技术企业达到500家,"
        "确保研发投入增长10%,争取新增平台10个。"
    )
    meta = _describe(gazetteer, text)
    assert (meta.report_year, meta.plan_year) == (2020, 2021)


@pytest.mark.parametrize(
    ("published", "report_year", "plan_year"),
    [
        ("2020-12-20", 2020, 2020 + 1),  # a year-end summary
        ("2021-01-20", 2020, 2021),  # a summary published early in the next year
    ],
)
def test_years_from_body_and_publication_date(
    gazetteer: Gazetteer, published: str, report_year: int, plan_year: int
) -> None:
    text = (
        f"发布日期: {published}\n"
        "全市科技工作稳步推进,2020年新增高新技术企业50家,2020年研发投入增长。"
    )
    meta = _describe(gazetteer, text)
    assert (meta.report_year, meta.plan_year) == (report_year, plan_year)


def test_title_with_a_range_of_years_leaves_the_years_to_the_body(gazetteer: Gazetteer) -> None:
    text = (
        "某市“十三五”(2016-2020年)科技创新工作总结\n"
        "发布日期: 2021-01-15\n2020年,全市高新技术企业达到500家。2020年研发投入增长10%。"
    )
    meta = _describe(gazetteer, text)
    assert (meta.report_year, meta.plan_year) == (2020, 2021)


def test_years_named_as_targets_belong_to_the_plan(gazetteer: Gazetteer) -> None:
    text = (
        "全市科技工作稳步推进,2021年全社会研发投入增长12%。力争2023年高新技术企业突破4000家,"
        "力争到2023年技术合同成交额达到50亿元,确保2023年研发投入强度达到3%。"
    )
    meta = _describe(gazetteer, text)
    assert (meta.report_year, meta.plan_year) == (2022, 2023)


def test_plan_without_title_is_about_the_year_it_names(gazetteer: Gazetteer) -> None:
    text = (
        "二、主要目标\n2020年力争全市高新技术企业突破1000家。确保研发投入增长。争取国家级平台2个。"
    )
    meta = _describe(gazetteer, text)
    assert (meta.report_year, meta.plan_year) == (2019, 2020)


def test_no_year_anywhere(gazetteer: Gazetteer) -> None:
    meta = _describe(gazetteer, "全市科技创新工作稳步推进。")
    assert (meta.report_year, meta.plan_year) == (None, None)
    assert meta.not_report_reason is None  # it speaks of 科技创新: lenient


# --- title, issuer, 文号, date ----------------------------------------------------------------


def test_title_skips_breadcrumbs_and_metadata(gazetteer: Gazetteer) -> None:
    text = (
        "首页 > 政务公开 > 规划计划\n索引号: 123/2021-00040 分类: 科技 报告\n"
        "三明市科技局2020年工作总结\n正文。"
    )
    assert _describe(gazetteer, text).title == "三明市科技局2020年工作总结"


def test_title_from_name_field(gazetteer: Gazetteer) -> None:
    text = "名称: 2019年科技工作总结\n2019年,全县完成各项工作。"
    assert _describe(gazetteer, text).title == "2019年科技工作总结"


def test_issuer_from_source_field_only_when_an_organisation(gazetteer: Gazetteer) -> None:
    text = "来源: 本站\n2019年工作总结\n正文。\n南平市科学技术局\n2020年1月8日"
    meta = _describe(gazetteer, text)
    assert meta.issuer == "南平市科学技术局"  # the signature line, not 本站
    assert meta.published_on == datetime.date(2020, 1, 8)
    assert meta.city_zh == "南平市"


def test_issuer_from_title(gazetteer: Gazetteer) -> None:
    text = "玉溪市科学技术局关于印发2021年工作要点的通知\n各县(市、区)科技局:\n现将要点印发。"
    meta = _describe(gazetteer, text)
    assert meta.issuer == "玉溪市科学技术局"
    assert (meta.city_zh, meta.report_year, meta.plan_year) == ("玉溪市", 2020, 2021)


def test_merged_bureau_as_issuer(gazetteer: Gazetteer) -> None:
    text = "2020年工作总结\n正文。\n永定区工业和信息化科技局\n2021年1月5日"
    meta = _describe(gazetteer, text)
    assert meta.issuer == "永定区工业和信息化科技局"
    assert meta.city_zh == "永定区"


def test_addressees_are_not_the_issuer(gazetteer: Gazetteer) -> None:
    text = "2020年工作要点\n各县(市、区)科技局\n现将要点印发给你们。"
    assert _describe(gazetteer, text).issuer is None


@pytest.mark.parametrize(
    ("line", "doc_number"),
    [
        ("龙科综〔2020〕9号", "龙科综〔2020〕9号"),
        ("莆科[2019]12号", "莆科〔2019〕12号"),
        ("厦科(2020)15号", "厦科〔2020〕15号"),
        ("宁科〔2019〕第3号", "宁科〔2019〕3号"),
        ("文号: 泉科〔2017〕28号", "泉科〔2017〕28号"),
    ],
)
def test_doc_number_forms(gazetteer: Gazetteer, line: str, doc_number: str) -> None:
    text = f"某市科学技术局关于印发2019年工作要点的通知\n{line}\n正文。"
    assert _describe(gazetteer, text).doc_number == doc_number


def test_cited_doc_numbers_in_sentences_are_not_the_documents(gazetteer: Gazetteer) -> None:
    text = "2019年工作总结\n根据《关于加快发展的意见》(闽政〔2018〕3号)精神,全市推进各项工作。"
    assert _describe(gazetteer, text).doc_number is None


@pytest.mark.parametrize(
    ("text", "published_on"),
    [
        ("发布时间:2020-03-31 09:41\n2019年工作总结", datetime.date(2020, 3, 31)),
        ("成文日期: 2020-02-20\n2019年工作总结", datetime.date(2020, 2, 20)),
        # Publication wins over the date the document was written.
        ("成文日期: 2020-02-18 发布日期: 2020-02-20\n正文", datetime.date(2020, 2, 20)),
        ("2019年工作总结\n正文。\n某市科学技术局\n二〇二〇年一月十日", datetime.date(2020, 1, 10)),
        ("2019年工作总结\n正文。\n某市科学技术局 2020年2月15日", datetime.date(2020, 2, 15)),
        ("2019年工作总结\n2020年3月12日\n正文。", datetime.date(2020, 3, 12)),
        ("发布时间: 2020-02-30\n正文", None),  # not a date
        # a news page's stamp with a two-digit year, beside its source
        (
            "某县召开科技创新大会\n21-04-12 10:05 来源:某县融媒体中心\n正文。",
            datetime.date(2021, 4, 12),
        ),
        ("某县召开科技创新大会\n编号 21-04-12\n正文。", None),  # no time: no stamp
    ],
)
def test_published_on(gazetteer: Gazetteer, text: str, published_on: datetime.date | None) -> None:
    assert _describe(gazetteer, text).published_on == published_on


def test_full_width_input_is_read_like_normalised_input(gazetteer: Gazetteer) -> None:
    text = (
        "发布机构：嘉兴市科学技术局　成文日期：２０２０－０２－２０\n嘉科（２０２０）５号\n正文。"
    )
    meta = _describe(gazetteer, text)
    assert meta.issuer == "嘉兴市科学技术局"
    assert meta.published_on == datetime.date(2020, 2, 20)
    assert meta.doc_number == "嘉科〔2020〕5号"


# --- is it a report --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", NOT_REPORT_EMPTY),
        (" \n\t ", NOT_REPORT_EMPTY),
        ("今天天气很好,我们去公园散步。晚上吃了面条。", NOT_REPORT_NO_YEAR_NO_SCI_TECH),
        ("Lorem ipsum dolor sit amet.", NOT_REPORT_NO_YEAR_NO_SCI_TECH),
        ("2019年工作总结", None),
        ("全市加快高新技术产业发展。", None),
        ("专利申请量稳步增长", None),
    ],
)
def test_not_report_reason(gazetteer: Gazetteer, text: str, reason: str | None) -> None:
    assert _describe(gazetteer, text).not_report_reason == reason


# --- robustness ------------------------------------------------------------------------------

_FRAGMENTS = [
    "2019年",
    "2020-",
    "〔2020〕",
    "号",
    "年",
    "月",
    "日",
    "二〇二〇",
    "十三五",
    "发布机构:",
    "来源:",
    "文号:",
    "成文日期:",
    "名称:",
    "科学技术局",
    "科技局",
    "关于印发",
    "工作总结",
    "工作计划",
    "要点",
    "《",
    "》",
    "(",
    ")",
    "、",
    ",",
    "。",
    "\n",
    " ",
    "全市",
    "我县",
    "龙岩市",
    "鼓楼区",
    "通州",
    "海安",
    "南通第一",
    "福建省",
    "城区",
    "和县",
    "大理州",
    "高新区",
    "各",
    "力争",
    "-",
    "至",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.one_of(
        st.text(),
        st.lists(st.sampled_from(_FRAGMENTS) | st.text(max_size=3), max_size=60).map("".join),
        # Undecodable bytes as a lenient reader would keep them: lone surrogates.
        st.binary(max_size=200).map(lambda raw: raw.decode("utf-8", "surrogateescape")),
    ),
    source_file=st.text(max_size=30),
)
def test_describe_never_raises(gazetteer: Gazetteer, text: str, source_file: str) -> None:
    meta = describe(text, source_file, gazetteer)
    assert isinstance(meta, DocumentMeta)
    for year in (meta.report_year, meta.plan_year):
        assert year is None or 1980 <= year <= 2041
    if meta.zone is not None:
        # a zone is a place of its own beside the gazetteer's, inside the place it is named after
        assert meta.city_zh == meta.zone
        assert meta.city_id is not None and meta.city_id.startswith(f"{meta.zone_place_id}-")
    elif meta.city_id is not None:
        assert any(p.city_zh == meta.city_zh for p in gazetteer.names_of(meta.city_id))


def test_describe_is_a_pure_function_of_its_input(gazetteer: Gazetteer) -> None:
    text, name = _seed("002")
    assert _describe(gazetteer, text, name) == _describe(gazetteer, text, name)
    assert dataclasses.is_dataclass(DocumentMeta)
    with pytest.raises(dataclasses.FrozenInstanceError):
        _describe(gazetteer, text, name).title = "x"  # type: ignore[misc]


# --- genre, current year and how each field was decided ---------------------------------------


def test_a_text_of_the_year_under_way_plans_the_rest_of_that_year(gazetteer: Gazetteer) -> None:
    text = (
        "某县科技局推进科技创新工作\n发布时间:2021-07-15\n"
        "今年以来,全县新增高新技术企业5家,年内新增技术合同成交额1.2亿元。"
        "下一步,力争年内新增科技型中小企业10家。"
    )
    meta = _describe(gazetteer, text)
    assert (meta.report_year, meta.plan_year) == (2021, 2021)
    # …but one that looks on to next year plans that
    meta = _describe(gazetteer, text.replace("下一步,力争年内", "明年,力争"))
    assert (meta.report_year, meta.plan_year) == (2021, 2022)


def test_a_bulletin_on_an_issued_summary_and_plan_takes_its_years(gazetteer: Gazetteer) -> None:
    # a newsletter's masthead and dateline (in Chinese numerals) are no title; the report it
    # says was issued dates it, not the words inside that report's title (总结暨2019年…)
    text = (
        "科技工作简报\n第 三 期\n某省某某市科学技术局 二〇一九年二月二十日\n"
        "早谋划 早落实\n"
        "高标准谋划好今年工作,是做好全年科技工作的前提。\n"
        "2019年2月15日,《某某市科学技术局2018年工作总结暨2019年工作计划》印发实施,"
        "在回顾2018年工作的基础上,对全年工作作出安排。全年专利申请量要突破1500件。"
    )
    meta = _describe(gazetteer, text)
    assert meta.title is not None and "月二十日" not in meta.title
    assert (meta.report_year, meta.plan_year, meta.current_year) == (2018, 2019, 2019)


def test_new_fields_are_of_the_documented_sets(gazetteer: Gazetteer) -> None:
    meta = _describe(gazetteer, "2020年科技工作总结\n全年新增高新技术企业20家。")
    assert meta.genre in GENRES
    assert meta.years_basis in YEARS_BASES
    assert meta.city_basis in CITY_BASES
    assert (meta.years_basis, meta.city_basis) == ("title", "undecided")


def test_spring_conference_news_reviews_last_year_and_plans_this_one(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "3月18日,2017年全县科技工作会议在县会议中心召开。记者从会上获悉,去年我县新认定"
        "高新技术企业6家,技术合同成交额1.2亿元。会议要求,今年要力争新增高新技术企业8家。"
    )
    meta = _describe(gazetteer, text)
    assert (meta.report_year, meta.plan_year, meta.current_year) == (2016, 2017, 2017)
    assert meta.years_basis == "dated_statement"
    assert meta.genre == "news"


def test_relative_words_against_a_byline_date(gazetteer: Gazetteer) -> None:
    text = (
        "黄山市科技创新捷报频传\n2019-02-26 08:40 来源:本地新闻网\n"
        "去年,黄山市新增高新技术企业35家,歙县、黟县、休宁县各有突破。"
        "今年,全市将力争新增高新技术企业40家。"
    )
    meta = _describe(gazetteer, text)
    assert meta.published_on == datetime.date(2019, 2, 26)
    assert (meta.report_year, meta.plan_year, meta.current_year) == (2018, 2019, 2019)
    assert meta.years_basis == "relative_words"
    assert (meta.city_zh, meta.genre) == ("黄山市", "news")


def test_summary_written_in_december_calls_its_report_year_this_year(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "发布日期: 2016-12-20\n今年以来,全县科技工作稳步推进,新增省级科技型企业12家,"
        "专利授权量增长18%。"
    )
    meta = _describe(gazetteer, text)
    assert (meta.report_year, meta.plan_year, meta.current_year) == (2016, 2017, 2016)
    assert meta.years_basis == "relative_words"


def test_summary_published_in_spring_without_any_year(gazetteer: Gazetteer) -> None:
    text = "成文日期: 2023-03-02\n全区全年认定高新技术企业15家,比去年增长20%。"
    meta = _describe(gazetteer, text)
    assert (meta.report_year, meta.plan_year) == (2022, 2023)
    assert meta.years_basis == "published_date"  # 比去年 is a base of comparison only


def test_a_page_of_late_spring_on_what_there_is_now_reports_its_own_year(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "发布时间: 2024-06-18\n"
        "近日,省科技厅公布首批科技强县名单,该县榜上有名。近年来,该县目前拥有高新技术企业35家,"
        "省级星创天地3家。"
    )
    assert _describe(gazetteer, text).report_year == 2024
    # a whole year looked back on, or a page of the first quarter, is the year before's
    looked_back = text.replace("近年来,", "全年新认定高新技术企业8家,")
    assert _describe(gazetteer, looked_back).report_year == 2023
    early = text.replace("2024-06-18", "2024-02-27")
    assert _describe(gazetteer, early).report_year == 2023


def test_a_text_citing_last_years_statistics_while_this_year_runs_is_of_this_year(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "根据省统计局最新发布的《2022年度全省科技统计公报》,2022年全市R&D投入强度为2.4%,"
        "居全省第五。今年以来,全市新认定高新技术企业40家,前三季度技术合同成交额9亿元。"
    )
    meta = _describe(gazetteer, text)
    assert (meta.report_year, meta.current_year) == (2023, 2023)
    # without a year under way, the cited year is the one looked back on
    undated = text.replace("今年以来,", "")
    assert _describe(gazetteer, undated).report_year == 2022
    # a year's R&D figures are filed the year after
    filed = "2022年度,全县规上工业企业研发费用网上填报5.2亿元。今年,全县新认定高新技术企业7家。"
    assert _describe(gazetteer, filed).report_year == 2023


def test_a_news_lead_before_the_opening_year_does_not_hide_it(gazetteer: Gazetteer) -> None:
    text = (
        "发布时间:2021-11-05\n"
        "记者日前从县科技局了解到,2012年,全县专利授权量达到310件,创历史新高。"
        "去年以来,县科技局把专利工作作为重点,全年专利授权310件。"
    )
    assert _describe(gazetteer, text).report_year == 2012


def test_a_years_government_work_report_reviews_the_year_before(gazetteer: Gazetteer) -> None:
    text = (
        "2022年政府工作报告\n"
        "各位代表:过去一年,全县新增高新技术企业21家,研发投入强度达到2.1%。"
        "今年全县主要预期目标是:高新技术企业总数突破160家。"
    )
    meta = _describe(gazetteer, text)
    assert (meta.report_year, meta.plan_year, meta.years_basis) == (2021, 2022, "title")
    # the year a title opens on stays part of it when a place follows
    named = _describe(gazetteer, text.replace("2022年政府", "2022年株洲市人民政府"))
    assert (named.title, named.report_year, named.city_zh) == (
        "2022年株洲市人民政府工作报告",
        2021,
        "株洲市",
    )
    # a bureau's own annual report is of its year
    bureau = text.replace("2022年政府工作报告", "县科技局2022年工作报告")
    assert _describe(gazetteer, bureau).report_year == 2022


def test_a_years_statistical_bulletin_is_of_that_year(gazetteer: Gazetteer) -> None:
    text = "某县2019年国民经济和社会发展统计公报\n全年专利授权量1203件,技术合同成交额5.6亿元。"
    meta = _describe(gazetteer, text)
    assert (meta.report_year, meta.years_basis) == (2019, "title")


def test_a_half_year_review_plans_the_rest_of_its_own_year(gazetteer: Gazetteer) -> None:
    body = (
        "一、上半年工作情况\n1-6月,全县新增科技型中小企业31家。\n"
        "二、下半年工作安排\n力争全年新认定高新技术企业12家。"
    )
    titled = _describe(gazetteer, "县科技局2023年上半年工作总结和下半年工作安排\n" + body)
    assert (titled.report_year, titled.plan_year, titled.years_basis) == (2023, 2023, "title")
    # the same phrase as a heading under another title
    headed = _describe(gazetteer, "科技工作简报\n(一)2023年上半年工作总结和下半年工作安排\n" + body)
    assert (headed.report_year, headed.plan_year, headed.years_basis) == (2023, 2023, "heading")


def test_the_year_past_in_words_dates_the_text_after_it(gazetteer: Gazetteer) -> None:
    text = (
        "记者:过去一年,全县科技工作有哪些亮点?\n局长:2021年全县高新技术企业达到61家。\n"
        "记者:今年有哪些打算?\n局长:今年我们力争高新技术企业突破70家。"
    )
    meta = _describe(gazetteer, text)
    assert (meta.report_year, meta.current_year) == (2021, 2022)


def test_mirror_page_dated_years_after_the_report(gazetteer: Gazetteer) -> None:
    text = (
        "发布时间: 2022-07-09\n"
        "2018年,全市科技系统围绕中心工作,推动创新驱动发展取得新进展,高新技术企业达到210家,"
        "技术合同成交额突破9亿元。"
    )
    meta = _describe(gazetteer, text)
    assert (meta.report_year, meta.plan_year) == (2018, 2019)
    assert meta.current_year is None  # the page's date is not the text's
    assert meta.years_basis == "body_years"


def test_one_old_milestone_does_not_date_a_recent_article(gazetteer: Gazetteer) -> None:
    text = (
        "发布时间: 2023-10-12\n"
        "这些年,全市高新技术企业数量持续攀升,目前已达到860家。\n"
        "2014年全市就已获批国家创新型试点城市,创新能力稳居全省前列。"
    )
    meta = _describe(gazetteer, text)
    assert (meta.report_year, meta.years_basis) == (2023, "published_date")


def test_a_text_with_neither_year_nor_date_is_undecided(gazetteer: Gazetteer) -> None:
    text = "去年,全县新增科技型中小企业30家。今年,县科技局将力争新增科技型中小企业40家。"
    meta = _describe(gazetteer, text)
    assert (meta.report_year, meta.plan_year, meta.current_year) == (None, None, None)
    assert meta.years_basis == "undecided"


def test_a_year_inside_a_phrase_does_not_date_a_look_back_on_last_year(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "全县科技工作会召开,总结了去年科技工作情况。去年,全县专利授权量达到80件。"
        "会议还为获得2012年度科技进步奖的项目颁奖。"
    )
    assert _describe(gazetteer, text).years_basis == "undecided"


def test_untitled_plan_sets_targets_for_the_year_it_opens_with(gazetteer: Gazetteer) -> None:
    text = (
        "2022年,区科技局要紧扣创新驱动发展战略,重点抓好以下工作。\n"
        "一、实施企业培育行动。全年新增国家高新技术企业25家以上。\n"
        "二、实施平台建设行动。力争新增省级创新平台4个。"
    )
    meta = _describe(gazetteer, text)
    assert meta.plan_year == 2022
    assert meta.report_year == 2021  # the year before the plan, so recalled figures stay actual
    assert meta.genre == "plan"


def test_notice_wrapping_a_summary(gazetteer: Gazetteer) -> None:
    text = (
        "关于印发《浦城县科技局2017年科技工作总结》的通知\n各乡镇,县直有关单位:\n"
        "现将《浦城县科技局2017年科技工作总结》印发给你们,请认真学习。\n"
        "浦城县科技局\n2018年1月22日\n2017年,全县科技工作取得新成效。"
    )
    meta = _describe(gazetteer, text)
    assert (meta.report_year, meta.plan_year) == (2017, 2018)
    assert (meta.years_basis, meta.genre) == ("quoted_title", "notice")
    assert meta.published_on == datetime.date(2018, 1, 22)
    assert meta.city_zh == "浦城县"


def test_notice_without_a_title_of_its_own_is_titled_by_what_it_wraps(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "各县(市、区)科技局:\n现将《遵义市2021年科技创新工作要点》印发给你们,请抓好落实。\n"
        "遵义市科学技术局\n2021年3月5日\n一、主要目标\n力争全市新增高新技术企业60家。"
    )
    meta = _describe(gazetteer, text)
    assert meta.title == "遵义市2021年科技创新工作要点"
    assert (meta.report_year, meta.plan_year, meta.current_year) == (2020, 2021, 2021)
    assert (meta.city_zh, meta.city_basis) == ("遵义市", "title")
    assert meta.genre == "notice"


def test_a_document_cited_in_a_news_body_is_not_the_documents_title(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "2023年,我市科技创新取得了哪些成绩?\n"
        "2023年,我市印发《湄潭县2023年科技工作思路》等文件,全年新增高新技术企业12家。"
        "2024年,我市将继续力争新增高新技术企业15家。"
    )
    meta = _describe(gazetteer, text)
    assert (meta.report_year, meta.plan_year) == (2023, 2024)


@pytest.mark.parametrize(
    ("title", "report_year", "plan_year"),
    [
        ("某市科技创新“十四五”规划", 2020, 2025),
        ("某州科技工作“十二五”回顾及“十三五”展望", 2015, 2020),
        ("关于印发《某区科技创新行动方案(2023—2025年)》的通知", 2022, 2025),
        ("某市科学技术局2021年度工作任务完成情况", 2021, 2022),
        ("2018年全市科技工作会议召开", 2017, 2018),
        ("2020年度科学技术奖励暨2021年科技工作大会召开", 2020, 2021),
    ],
)
def test_periods_ranges_progress_reports_and_conferences_in_titles(
    gazetteer: Gazetteer, title: str, report_year: int, plan_year: int
) -> None:
    meta = _describe(gazetteer, f"{title}\n正文:全年科技工作稳步推进。")
    assert (meta.report_year, meta.plan_year) == (report_year, plan_year)
    assert meta.years_basis in ("title", "quoted_title")


def test_bases_of_comparison_and_ranges_do_not_date_the_body(gazetteer: Gazetteer) -> None:
    text = (
        "2021年,全市技术合同成交额达到30亿元,是2015年的4倍,较2016年增长150%。"
        "按照《科技强市三年行动计划(2016-2018年)》,由2015年的1.2%提高到2.1%。"
        "截至2021年底,全市高新技术企业突破400家。"
    )
    meta = _describe(gazetteer, text)
    assert (meta.report_year, meta.plan_year, meta.years_basis) == (2021, 2022, "body_years")


def test_a_horizon_target_is_the_plan_year_of_a_news_item(gazetteer: Gazetteer) -> None:
    text = (
        "记者从会上获悉,截至目前,全市高新技术企业已增至88家。省里于2022年5月印发三年行动方案,"
        "要求到2024年底,全市高新技术企业数量达到200家;到2024年底,研发投入强度达到1.8%。"
    )
    meta = _describe(gazetteer, text)
    assert (meta.report_year, meta.plan_year) == (2022, 2024)


def test_a_yearly_target_dates_a_report_whose_figures_lag(gazetteer: Gazetteer) -> None:
    text = (
        "全市科技工作稳步推进,2015年全社会研发投入增长9%。力争2017年高新技术企业达到300家,"
        "确保2017年研发投入强度达到2%。"
    )
    meta = _describe(gazetteer, text)
    assert (meta.report_year, meta.plan_year) == (2016, 2017)


def test_what_a_report_says_it_reports(gazetteer: Gazetteer) -> None:
    text = (
        "2019年,区科委在区委区政府领导下扎实工作。现将2019年工作情况和2020年工作计划汇报如下:"
        "\n一、主要工作\n全年新增国家高新技术企业30家。"
    )
    meta = _describe(gazetteer, text)
    assert (meta.report_year, meta.plan_year) == (2019, 2020)
    assert meta.genre == "summary_plan"


# --- city: prefectures that are 盟, 地区 or 自治州; counties in a prefecture's report ----------


@pytest.mark.parametrize(
    ("text", "city_zh"),
    [
        pytest.param(
            "2021年,全盟科技工作稳步推进。阿拉善左旗、额济纳旗新增高新技术企业各2家,"
            "全盟高新技术企业达到21家。阿拉善高新区获批自治区级高新区。",
            "阿拉善盟",
            id="league named by its banners and its short name",
        ),
        pytest.param(
            "2020年,全地区科技创新工作取得新进展。温宿县、库车市分别新增科技型中小企业5家、"
            "7家,全地区科技型中小企业总数达到120家,阿克苏高新区建设加快推进。",
            "阿克苏地区",
            id="prefecture that is a 地区, not its seat 阿克苏市",
        ),
        pytest.param(
            "2019年,全州科技系统深入实施创新驱动发展战略。吉首市、凤凰县新增高新技术企业"
            "8家、3家,湘西州高新技术企业总数达到96家,获批国家农业科技园区。",
            "湘西土家族苗族自治州",
            id="autonomous prefecture by 州 and its counties",
        ),
        pytest.param(
            "2022年,全市科技工作再上台阶。建瓯市新增高新技术企业12家,浦城县新增6家,"
            "顺昌县新增5家,建瓯市获评省级创新型县(市),浦城县获批省级农业科技园区。"
            "南平市高新技术企业总数达到420家。",
            "南平市",
            id="prefecture wins over the counties its report names",
        ),
    ],
)
def test_the_body_names_its_issuer_by_kind(gazetteer: Gazetteer, text: str, city_zh: str) -> None:
    meta = _describe(gazetteer, text)
    assert (meta.city_zh, meta.city_basis) == (city_zh, "body")


def test_a_district_page_naming_only_its_city_has_no_issuer(gazetteer: Gazetteer) -> None:
    text = (
        "截至2021年底,全区有高新技术企业150家,研发经费投入强度达3.1%,居全市第三,"
        "创新指数居重庆市前列。"
    )
    meta = _describe(gazetteer, text)
    assert (meta.city_id, meta.city_basis) == (None, "undecided")


def test_a_partner_city_from_another_province_is_not_the_issuer(gazetteer: Gazetteer) -> None:
    text = (
        "2023年,全市科技工作座谈会召开。自治区科技厅有关负责人出席。上海市科委与楚雄彝族"
        "自治州签订合作协议,牟定县、禄丰市企业参与,全市争取自治区项目资金1200万元。"
        "克拉玛依市高新技术企业达到50家。"
    )
    meta = _describe(gazetteer, text)
    assert meta.city_zh == "克拉玛依市"  # in an autonomous region, not 上海 nor 楚雄


def test_only_a_bare_short_name_that_reads_as_a_name(gazetteer: Gazetteer) -> None:
    text = (
        "2018年,全市加快建设有铜仁特色的科技创新体系,创新平台建设加快推进,"
        "新增省级创新平台6个,全市高新技术企业达到70家。"
    )
    meta = _describe(gazetteer, text)
    assert (meta.city_zh, meta.city_basis) == ("铜仁市", "body")
    # 创新平台 holds the characters of 新平(县) but not the word; 资源 and 合作 are words first.
    other = "2018年,全县加快创新平台建设,整合资源,深化合作,新增省级创新平台6个。"
    assert _describe(gazetteer, other).city_basis == "undecided"


def test_a_place_inside_a_company_name_is_not_the_issuer(gazetteer: Gazetteer) -> None:
    text = "2019年,全县新增高新技术企业3家,其中恩施华硒生物科技有限公司通过认定。"
    assert _describe(gazetteer, text).city_id is None


def test_city_from_a_source_line_naming_an_office(gazetteer: Gazetteer) -> None:
    text = "来源: 利川市科学技术局\n市科技局2020年工作总结\n全年新增高新技术企业9家。"
    meta = _describe(gazetteer, text)
    assert (meta.city_zh, meta.city_basis) == ("利川市", "source_line")


def test_a_county_text_reposted_by_its_citys_office_is_the_countys(gazetteer: Gazetteer) -> None:
    text = (
        "发布日期:2021-04-02 来源:湖州市科学技术局\n"
        "长兴县推进科技创新工作综述\n"
        "2020年,长兴县全县新增高新技术企业56家,全县研发投入强度达到3.1%。"
    )
    meta = _describe(gazetteer, text)
    # the headline names the county; without it, the body speaks of the county as itself
    assert (meta.city_zh, meta.city_basis) == ("长兴县", "title")
    untitled = text.replace("长兴县推进科技创新工作综述", "推进科技创新工作综述")
    meta = _describe(gazetteer, untitled)
    assert (meta.city_zh, meta.city_basis) == ("长兴县", "body")
    # the office's own text stays the city's
    own = text.replace("长兴县推进", "全市推进").replace("长兴县全县", "全市")
    assert _describe(gazetteer, own).city_zh == "湖州市"


def test_a_city_bureaus_visit_to_one_of_its_counties_is_about_the_county(
    gazetteer: Gazetteer,
) -> None:
    # the visitors (湖州市科技局) head the title; the text is about the county they went to,
    # however often the body names the city's firms
    text = (
        "湖州市科技局赴长兴调研科技型企业培育工作\n"
        "近日,湖州市科技局一行到长兴县走访湖州某某新材料有限公司、湖州某某电子有限公司。"
        "近年来,长兴县高新技术企业每年新增20家以上,总数达到186家。"
    )
    meta = _describe(gazetteer, text)
    assert (meta.city_zh, meta.city_basis) == ("长兴县", "title")
    # the bureau's own news stays the city's
    own = _describe(gazetteer, text.replace("赴长兴调研", "召开会议部署"))
    assert own.city_zh == "湖州市"


def test_city_in_traditional_script_after_normalising(gazetteer: Gazetteer) -> None:
    from ingest.reading.normalise import normalise_text

    text = normalise_text(
        "2017年,全州科技工作會議召開。恩施州新認定高新技術企業12家,利川市、建始縣各新增3家。"
    )
    meta = _describe(gazetteer, text)
    assert meta.city_zh == "恩施土家族苗族自治州"


# --- titles --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        pytest.param(
            ["首页 > 新闻中心 > 部门动态", "呼玛县科技局2020年工作总结", "字号:[大 中 小]"],
            "呼玛县科技局2020年工作总结",
            id="breadcrumb and font-size chrome",
        ),
        pytest.param(
            ["最新电影,免费下载,高清在线观看,手机看片漠河市科技局2021年工作总结"],
            "漠河市科技局2021年工作总结",
            id="spam keyword line glued before the title",
        ),
        pytest.param(
            ["江口县科技局2022年工作总结【打印本页】【关闭窗口】"],
            "江口县科技局2022年工作总结",
            id="print and close buttons",
        ),
        pytest.param(
            ["网站地图联系我们凤冈县科技局2019年工作总结及2020年工作计划"],
            "凤冈县科技局2019年工作总结及2020年工作计划",
            id="navigation glued before an issuer's title",
        ),
        pytest.param(
            ["绥阳县科技创新工作综述 | |||", "2021-12-30 10:20 来源:县融媒体中心"],
            "绥阳县科技创新工作综述",
            id="metadata table bars",
        ),
        pytest.param(
            ["庆阳市R&D经费投入持续增长 - 庆阳市科学技术局庆阳市R&D经费投入持续增长"],
            "庆阳市R&D经费投入持续增长",
            id="page title glued to the heading, an R&D headline",
        ),
        pytest.param(
            ["乌海市全社会研究与试验发展经费稳步提高", "发布时间: 2023-10-09"],
            "乌海市全社会研究与试验发展经费稳步提高",
            id="研究与试验发展 anchors a headline",
        ),
    ],
)
def test_titles_without_page_chrome(gazetteer: Gazetteer, lines: list[str], title: str) -> None:
    text = "\n".join([*lines, "全年科技工作稳步推进,新增高新技术企业10家,研发投入增长12%。"])
    assert _describe(gazetteer, text).title == title


def test_news_headline_and_byline(gazetteer: Gazetteer) -> None:
    text = (
        "网站首页 > 新闻 > 正文\n建始县高新技术企业总数突破30家\n分享至\n"
        "2024年01月15日 09:12 来源:恩施日报\n"
        "记者日前获悉,2023年,建始县新增高新技术企业9家,总数突破30家。"
    )
    meta = _describe(gazetteer, text)
    assert meta.title == "建始县高新技术企业总数突破30家"
    assert meta.published_on == datetime.date(2024, 1, 15)
    assert (meta.report_year, meta.genre, meta.city_zh) == (2023, "news", "建始县")


@pytest.mark.parametrize(
    ("text", "genre"),
    [
        ("在2021年全市科技创新大会上的讲话\n同志们:\n过去一年,全市科技工作成绩显著。", "speech"),
        ("休宁县科技局2019年工作总结\n2019年,全县新增高新技术企业5家。", "summary"),
        ("休宁县科技局2020年工作要点\n一、主要目标\n新增高新技术企业6家。", "plan"),
        ("2019年工作总结和2020年工作打算\n一、2019年工作回顾\n二、2020年工作打算", "summary_plan"),
        ("本网讯(通讯员 李明)全县科技特派员工作推进会召开。", "news"),
        ("全县科技创新稳步推进。", "other"),
    ],
)
def test_genres(gazetteer: Gazetteer, text: str, genre: str) -> None:
    assert _describe(gazetteer, text).genre == genre


# --- the place a body is about: comparisons, levels, kinds, well-known short names ---------


def test_comparisons_with_the_whole_do_not_say_the_kind() -> None:
    from ingest.document.places import own_kind

    # 较全区平均…, 全区占比: the bigger place as a yardstick; 全市 is the text's own kind.
    text = (
        "研发投入增速较全区平均水平高2个百分点,强度较全区平均高0.1个百分点,"
        "全区占比提高到6%;全市高新技术企业达到80家。"
    )
    assert own_kind(text) == "市"


def test_whole_region_in_a_text_that_names_an_autonomous_region(gazetteer: Gazetteer) -> None:
    # 广西 is named only by its short name: 全区 is the region, not the text's own kind.
    text = (
        "2020年,北海市科技局认真落实广西科技创新大会部署,在全区科技工作会议上作交流发言,"
        "全区科技创新大会表彰北海市3家企业。全市新增高新技术企业42家。"
    )
    meta = _describe(gazetteer, text)
    assert (meta.city_zh, meta.city_basis) == ("北海市", "body")


def test_a_bureau_named_by_its_kind_tells_the_kind(gazetteer: Gazetteer) -> None:
    text = (
        "近日,县科技局召开全体干部会议,部署2023年重点工作。会议要求,县科技局要紧扣全省部署,"
        "为凤阳高质量发展贡献科技力量。2023年力争新增高新技术企业10家。"
    )
    meta = _describe(gazetteer, text)
    assert (meta.city_zh, meta.city_basis) == ("凤阳县", "body")


def test_a_place_named_as_a_level_of_recognition_is_not_the_issuer(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "2023年,12家企业获评常州市级工程技术研究中心,溧阳高新区新增入驻企业40家,"
        "全市专利授权量达到5600件。"
    )
    meta = _describe(gazetteer, text)
    assert (meta.city_zh, meta.city_basis) == ("溧阳市", "body")
    # A title naming the level it grants is the granting place's own.
    notice = "关于公布2023年度泰州市级科技计划项目的通知\n各市(区)科技局:现将项目名单公布。"
    meta = _describe(gazetteer, notice)
    assert (meta.city_zh, meta.city_basis) == ("泰州市", "title")


def test_a_title_naming_a_district_by_city_and_district_short_names(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "杭州余杭2022年研发投入突破百亿\n"
        "据杭州市统计局发布的数据,2022年余杭区研发经费投入150亿元,增速高于杭州市平均水平。"
        "杭州市统计局同时发布了各区县数据。"
    )
    meta = _describe(gazetteer, text)
    assert (meta.city_zh, meta.city_basis) == ("余杭区", "title")


def test_a_well_known_city_named_by_its_short_name(gazetteer: Gazetteer) -> None:
    # 杭州 is frequent in jieba's dictionary because the city is well known; a site's
    # copyright notice naming another city's newspaper twice does not outvote it.
    text = (
        "近年来,杭州科技创新成果丰硕。2022年,杭州发明专利授权量突破5万件,"
        "杭州技术合同成交额增长20%。\n"
        "版权声明:凡注明来源为绍兴晚报的作品,版权均属绍兴晚报所有。"
    )
    meta = _describe(gazetteer, text)
    assert (meta.city_zh, meta.city_basis) == ("杭州市", "body")
    # A county's frequent short name is a geographic word first.
    other = "2019年,全县依托黄淮平原农业资源,新增省级农业科技园区1个,平原地区节水灌溉扩面。"
    assert _describe(gazetteer, other).city_basis == "undecided"


# --- a news item of a year's last quarter --------------------------------------------------


@pytest.mark.parametrize(
    ("published", "own_year", "report_year"),
    [
        pytest.param("2021-12-20", "年内", 2021, id="年内 in December"),
        pytest.param("2021-11-03", "今年以来", 2021, id="今年以来 in November"),
        pytest.param("2021-12-20", "", 2020, id="no word of its own year"),
        pytest.param("2021-04-20", "年内", 2020, id="年内 in spring"),
    ],
)
def test_a_late_news_item_quoting_last_years_statistics(
    gazetteer: Gazetteer, published: str, own_year: str, report_year: int
) -> None:
    text = (
        f"{published} 09:30 来源:嘉兴日报\n记者从市科技局获悉,{own_year}全市新增省级工程技术"
        "研究中心9家,居全省第2位。据统计,2020年全市研发经费投入达到45.6亿元,同比增长11.2%。"
    )
    meta = _describe(gazetteer, text)
    assert meta.report_year == report_year
    if report_year == 2021:
        assert meta.current_year == 2021


def test_a_target_within_the_year_is_planned() -> None:
    from ingest.document.relative_words import relative_words

    found = relative_words("力争年内建成省级重点实验室2家。")
    assert (found.this_plan, found.this_done) == (1, 0)
    found = relative_words("年内新增省级重点实验室2家,三年内建成5家。")
    assert (found.this_plan, found.this_done) == (0, 1)


def test_a_namesakes_parent_does_not_vouch_for_it(gazetteer: Gazetteer) -> None:
    # 保定 names the prefecture, the old 保定地区 and a county-level 保定市 that was under
    # that 地区 for three years (later 定州市): the short name is no evidence for the county
    text = (
        "新闻纵深丨保定:创新活力持续迸发\n保定市今年提出,以科技创新引领产业体系建设。"
        "保定新增科技型中小企业一批,保定还入选创新驱动示范市。"
    )
    meta = _describe(gazetteer, text)
    assert (meta.city_zh, meta.city_id) == ("保定市", "130600")


@pytest.mark.parametrize(
    ("sentence", "years"),
    [
        ("市政府工作报告对2022年工作进行了全面回顾,数据显示创新活力增强。", (2022, 2023)),
        ("会议对2021年全市科技工作作出部署,要求各地狠抓落实。", (2020, 2021)),
    ],
)
def test_a_year_that_is_the_object_of_a_review_or_a_plan(
    gazetteer: Gazetteer, sentence: str, years: tuple[int, int]
) -> None:
    meta = _describe(gazetteer, "科技创新成效显著\n" + sentence + "今年,全市将继续加大投入。")
    assert (meta.report_year, meta.plan_year) == years


def test_a_city_named_only_by_its_parts(gazetteer: Gazetteer) -> None:
    text = (
        "1-9月,全市规上工业企业研发费用增长21%。其中江阴市、宜兴市增速居前,"
        "梁溪区、锡山区增速低于全市平均水平,全市高新技术企业新增120家。"
    )
    assert _describe(gazetteer, text).city_zh == "无锡市"


def test_a_page_of_early_january_speaks_of_the_year_just_ended_as_this_year(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "县科技局:以科技服务助企业成长\n时间:2023-01-04\n"
        "今年,全县组织32家企业完成科技型中小企业评价入库,新增市级工程技术研究中心4个。"
    )
    meta = _describe(gazetteer, text)
    assert (meta.report_year, meta.current_year) == (2022, 2022)
    # later in January the same words are this year's
    later = _describe(gazetteer, text.replace("2023-01-04", "2023-03-04"))
    assert later.current_year == 2023


def test_a_year_a_december_page_sets_about_is_reported_not_planned(
    gazetteer: Gazetteer,
) -> None:
    body = (
        "一是推进农业科技示范。2021年,争取自治区科技计划项目12项,落实专项资金480万元。"
        "2022年,将示范基地建设更多向边境乡镇倾斜,已落实资金600万元。"
    )
    december = _describe(gazetteer, f"发布时间:2022-12-20\n{body}")
    assert (december.report_year, december.plan_year) == (2022, 2023)
    # published before that year, the same sentence plans it
    spring = _describe(gazetteer, f"发布时间:2022-02-20\n{body}")
    assert (spring.report_year, spring.plan_year) == (2021, 2022)


def test_the_year_a_series_reaches_does_not_date_the_text_as_a_goal(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "发布时间:2024-11-28\n五年来,全市科技型中小企业从2019年的410家增长到2024年的1260家,"
        "高新技术企业由180家增加至530家。"
    )
    meta = _describe(gazetteer, text)
    assert meta.plan_year != 2024
    assert meta.report_year == 2024
    # when the clause sets it as a goal, it is one
    goal = _describe(
        gazetteer, text.replace("从2019年", "力争从2019年").replace("2024-11-28", "2022-03-01")
    )
    assert goal.plan_year == 2024


def test_a_mid_year_meeting_reviews_its_own_year(gazetteer: Gazetteer) -> None:
    text = (
        "7月12日,县科技局召开2019年全县科技工作会,通报上半年科技工作进展,安排下半年重点任务。"
        "会上通报,全县新增科技型中小企业20家,专利授权量达到140件。"
    )
    meta = _describe(gazetteer, text)
    assert (meta.report_year, meta.years_basis) == (2019, "dated_statement")
    # the same meeting held at the start of the year reviews the year before
    spring = _describe(
        gazetteer, text.replace("通报上半年", "通报去年").replace("安排下半年", "安排今年")
    )
    assert (spring.report_year, spring.plan_year) == (2018, 2019)


def test_a_year_in_the_file_name_dates_a_text_that_names_none(gazetteer: Gazetteer) -> None:
    text = "去年,全县新增科技型中小企业30家,技术合同成交额1.5亿元。"
    assert _describe(gazetteer, text, "reports/12_xiangcheng_2020.txt").report_year == 2020
    assert _describe(gazetteer, text, "2020/summary.txt").report_year == 2020
    # a plan-only text is named by the year it plans
    plan = "一、工作目标\n力争新增科技型中小企业40家,培育高新技术企业10家。"
    meta = _describe(gazetteer, plan, "12_xiangcheng_2021.txt")
    assert (meta.report_year, meta.plan_year) == (2020, 2021)
    # digits inside a hash or a longer number are no year
    assert _describe(gazetteer, text, "000_e0871409eb2019c6.txt").years_basis == "undecided"
    assert _describe(gazetteer, text, "scan_120215.txt").years_basis == "undecided"
    # a statement of what the text covers wins over the name
    dated = "总结2018年科技工作,全县新增科技型中小企业30家。"
    assert _describe(gazetteer, dated, "12_xiangcheng_2020.txt").report_year == 2018


def test_a_year_in_the_file_name_outranks_years_inferred_from_the_body(
    gazetteer: Gazetteer,
) -> None:
    # saved as a 2024 page: it recalls last year's dated totals and says what there is now
    recalled = (
        "2023年全县技术合同成交额2.1亿元。截至9月底,全县现有高新技术企业45家,"
        "科技型中小企业入库112家。"
    )
    assert _describe(gazetteer, recalled).report_year == 2023
    meta = _describe(gazetteer, recalled, "07_lushan_2024.txt")
    assert (meta.report_year, meta.years_basis) == (2024, "path")
    # a repost's date says when it was copied, not what it reports on
    repost = "发布时间:2021-08-31\nXX年,我县新增科技型中小企业30家,高新技术企业总数58家。"
    assert _describe(gazetteer, repost).report_year == 2021
    assert _describe(gazetteer, repost, "lushan_2015.txt").report_year == 2015
    # a name that gives the year the text plans agrees with it
    planned = "2023年,全县新增高新技术企业8家。2024年力争新增高新技术企业10家。"
    meta = _describe(gazetteer, planned, "07_lushan_2024.txt")
    assert (meta.report_year, meta.plan_year, meta.years_basis) == (2023, 2024, "body_years")
    # a folder's year is no word on each file in it
    assert _describe(gazetteer, recalled, "2024/lushan.txt").report_year == 2023


def test_a_meeting_that_deploys_a_years_work_plans_from_its_first_line(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "区科技局召开全体干部会议\n3月2日,区科技局召开会议,传达区委全会精神,部署了局机关2021年"
        "重点工作。科技工作方面,新增高新技术企业10家以上,技术合同成交额达到3亿元,"
        "为2022年创建省级创新型县区打好基础。"
    )
    meta = _describe(gazetteer, text)
    assert (meta.report_year, meta.plan_year, meta.plan_only) == (2020, 2021, True)
    # a text that also looks back on a year is no plan throughout
    looked_back = _describe(gazetteer, text.replace("科技工作方面,", "2020年,全区新增高企8家。"))
    assert looked_back.plan_only is False


def test_a_year_the_text_comes_back_to_dates_it_whatever_it_says_of_last_year(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "近日,省科技厅公布2022年第三批高新技术企业认定名单,某市31家企业上榜。截至目前,某市"
        "2022年认定高新技术企业已达87家,创历史新高。自2017年开展认定以来,某市高新技术企业由"
        "2017年的50家增长到2022年的400家。全市高新技术企业上年度营业收入达120亿元。"
    )
    meta = _describe(gazetteer, text)
    assert (meta.report_year, meta.years_basis) == (2022, "body_years")
    # a year named inside a phrase, beside 去年: which year that was is not said
    once = "某市企业获得2010年度省科技进步奖。去年全市高新技术企业数量达到80家。"
    assert _describe(gazetteer, once).report_year is None


def test_a_task_list_without_a_title_whose_figures_are_all_goals_plans_throughout(
    gazetteer: Gazetteer,
) -> None:
    # the opening of a plan cut off: numbered tasks, every figure a goal, one recalling the
    # year before (奖励2022年度…)
    text = (
        "1、抓好企业培育。推动规上企业研发机构建设,全年新增高新技术企业5家以上。\n"
        "2、强化平台建设。争取省级工程技术研究中心、众创空间等平台认定2家以上。\n"
        "3、落实奖补政策。及时兑现2022年度科技创新奖励,技术合同登记额力争达到1.5亿元。\n"
        "4、加强项目管理。组织申报市级以上科技项目20项以上。"
    )
    meta = _describe(gazetteer, text)
    assert (meta.report_year, meta.plan_year, meta.plan_only) == (2022, 2023, True)
    # one sentence that looks back makes it a text with a summary
    looked_back = _describe(gazetteer, text.replace("4、加强项目管理。", "4、去年同比增长12%。"))
    assert looked_back.plan_only is False


def test_this_years_report_names_no_tense_but_last_year_does(gazetteer: Gazetteer) -> None:
    text = (
        "数说创新 去年全县研发投入达到6.2亿元\n打开今年的政府工作报告,一组组数据令人振奋。"
        "2023年,全县高新技术企业达到85家,研发投入达到6.2亿元。"
    )
    meta = _describe(gazetteer, text)
    assert (meta.report_year, meta.current_year) == (2023, 2024)


def test_a_bare_short_name_from_another_province_than_the_text_names_is_no_issuer(
    gazetteer: Gazetteer,
) -> None:
    body = (
        "全县实施省级科技富民强县专项,推广新品种12个;县科技局组织企业参加在{city}举办的"
        "成果对接会,全县新增高新技术企业5家,科技富民强县项目通过验收。"
    )
    alone = _describe(gazetteer, body.format(city="省城"))
    assert alone.city_zh == "富民县"  # the weak vote alone reads 富民 as the county
    beside = _describe(gazetteer, body.format(city="南充市"))
    assert beside.city_zh != "富民县"  # …not beside a city of Sichuan


def test_a_common_word_that_is_also_a_districts_short_name_is_no_issuer(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "全区科技工作聚焦乡村振兴,选派科技特派员40名服务乡村振兴一线,"
        "全区新增高新技术企业9家,科技助力乡村振兴成效明显。"
    )
    assert _describe(gazetteer, text).city_zh is None


def test_a_page_of_summer_that_says_what_there_is_now_and_plans_the_rest_of_the_year(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "园区科创平台建设提速\n发布时间:2023-06-14\n"
        "最近一年来园区加快创新。目前全区共有高新技术企业52家,科技型中小企业入库80家,"
        "已完成全年任务数的九成。"
        "今年园区将加快推进研发平台建设,力争新增省级平台3家。"
    )
    meta = _describe(gazetteer, text)
    assert (meta.report_year, meta.plan_year) == (2023, 2023)
    # the same page in February looks back on the year before
    winter = _describe(gazetteer, text.replace("2023-06-14", "2023-02-14"))
    assert winter.report_year == 2022


def test_a_province_speaking_as_itself_is_no_city(gazetteer: Gazetteer) -> None:
    # A province's own page names its cities with their figures; none of them issued it.
    text = (
        "2022年,我省研发经费投入达到410亿元,全省新认定高新技术企业1300家。"
        "长春市、吉林市、延边州的科技型企业增长较快,通化市新增孵化器2家。"
        "我省还组织全省科技成果对接会12场。"
    )
    meta = _describe(gazetteer, text)
    assert (meta.city_id, meta.city_zh, meta.city_basis) == (None, None, "province")
    # An autonomous region under a title naming only it, 全区 three times: the region.
    region = (
        "广西技术合同成交额创新高\n"
        "2021年,全区技术合同成交额达到120亿元,全区高新技术企业3000家,"
        "南宁市、柳州市、桂林市合计占全区的七成以上,全区新建重点实验室15个。"
    )
    assert _describe(gazetteer, region).city_basis == "province"
    # a headline under a site's name, not found as the title, still names only the province
    page = (
        "某某资讯网某某资讯网\n\n山西省科技型企业数量再创新高\n\n记者 张三\n\n"
        "2022年,全省新认定高新技术企业1500家,长治市、晋城市增长较快,"
        "全省科技型中小企业评价入库6000家。"
    )
    assert _describe(gazetteer, page).city_basis == "province"


def test_a_city_quoting_its_province_is_still_the_city(gazetteer: Gazetteer) -> None:
    # 全省 as a meeting, an award's level and a yardstick; the city speaks as 全市/我市.
    text = (
        "日前,在全省科技工作会议上,我市获评全省科技管理先进单位。2022年,我市高新技术"
        "企业达到260家,居全省第三;全市研发投入强度2.1%。芜湖市科技局供稿。"
    )
    meta = _describe(gazetteer, text)
    assert meta.city_zh == "芜湖市" and meta.city_basis != "province"
    # a district of an autonomous region (我区) is no region: 我区 once is not enough
    district = "西夏区科技局:2022年,我区新增科技型中小企业40家,企业研发投入持续增长。"
    assert _describe(gazetteer, district).city_basis != "province"


def test_a_pages_time_line_dates_it_and_its_address_is_no_title(gazetteer: Gazetteer) -> None:
    page = (
        "产品中心\n联系我们\n联系人:王五 13800000000\n地 址:柳州市城中区科技路8号3楼\n"
        "柳州高新区新增科技型中小企业40家\n时间:2021-06-18 10:20 | 浏览量:318\n"
        "6月15日,记者从柳州高新区获悉,今年以来该高新区新增科技型中小企业40家,总数达到"
        "260家,高新区高新技术企业达到120家。"
    )
    meta = _describe(gazetteer, page)
    assert meta.published_on is not None and meta.published_on.isoformat() == "2021-06-18"
    assert meta.title == "柳州高新区新增科技型中小企业40家"
    assert meta.report_year == 2021


def test_a_year_in_a_quoted_name_is_no_year_the_text_speaks_of(gazetteer: Gazetteer) -> None:
    page = (
        "盘锦市获评全国科技创新百强市\n2021-03-15\n"
        "由某研究会评定的“2021年全国科技创新百强市”榜单日前发布,盘锦市位列第56位。记者了解到,"
        "2020年,全市新增国家高新技术企业45家,累计达到160家。“2021年全国科技创新百强市”"
        "是对各地创新能力的综合评价。"
    )
    assert _describe(gazetteer, page).report_year == 2020
    # quoted speech goes on past its year: the year counts
    speech = (
        "盘锦市企业创新活力增强\n2024-07-02\n"
        "“今年5月,公司入选了2024年第一批创新型中小企业名单,盘锦良好的创新生态让我们敢于创新。”"
        "企业负责人说。2024年,全市科技型中小企业评价入库320家。"
    )
    assert _describe(gazetteer, speech).report_year == 2024


def test_a_horizon_said_to_be_reached_is_the_year_reported_on(gazetteer: Gazetteer) -> None:
    page = (
        "白银市科技型企业梯次培育成效明显\n2023-04-11\n"
        "白银市自2010年认定首批高新技术企业以来,到2016年达到40家;2017年全市高新技术企业"
        "培育进入快车道,到2022年,白银市高新技术企业已达到186家,科技型中小企业已突破300家。"
    )
    meta = _describe(gazetteer, page)
    assert meta.report_year == 2022
    # 到2025年 with a goal word stays a goal
    goal = page.replace(
        "到2022年,白银市高新技术企业已达到186家", "力争到2025年,白银市高新技术企业达到300家"
    )
    assert _describe(gazetteer, goal).report_year != 2025


def test_the_part_of_a_year_gone_so_far_is_not_the_year_reported_on(
    gazetteer: Gazetteer,
) -> None:
    page = (
        "西宁经开区创新能力持续增强\n2022-09-20\n"
        "截至2021年底,经开区万人发明专利拥有量为41件,企业研发投入增长较快。"
        "2022年1-8月,预计可完成研发费用80亿元。"
    )
    assert _describe(gazetteer, page).report_year == 2021
    # …but eleven months of a year, told before its statistics are out, are that year's
    late = page.replace("2022-09-20", "2023-01-10").replace("2022年1-8月", "2022年1-11月")
    assert _describe(gazetteer, late).report_year == 2022


def test_a_headline_naming_a_place_wins_over_a_site_banner_above_it(
    gazetteer: Gazetteer,
) -> None:
    page = (
        "创新周刊 最新科技资讯发布平台\n\n"
        "淄博市临淄区12家企业被认定为高新技术企业\n\n"
        "2021-12-20 09:10 来源:淄博市科技局\n\n"
        "近日,2021年高新技术企业认定名单公布,淄博市临淄区共有12家企业上榜。"
        "截至目前,临淄区共有高新技术企业136家。"
    )
    meta = _describe(gazetteer, page)
    assert meta.title == "淄博市临淄区12家企业被认定为高新技术企业"
    assert (meta.city_zh, meta.city_basis) == ("临淄区", "title")
    # without a line naming a place, the first headline-like line stays the title
    bare = page.replace("淄博市临淄区12家企业", "12家企业")
    assert _describe(gazetteer, bare).title == "创新周刊 最新科技资讯发布平台"


def test_a_file_named_after_one_of_the_counties_a_digest_lists_is_that_countys(
    gazetteer: Gazetteer,
) -> None:
    page = (
        "三区入选省级创新型县(市、区)建设名单\n2023-07-05\n"
        "近年来,芙蓉区集聚了一批科技型企业。2022年,全区高新技术企业达420家。\n"
        "开福区以科技创新为核心动力,2022年全区研发投入强度达3.1%。\n"
        "岳麓区依托高校资源,2022年全区技术合同成交额达180亿元。"
    )
    assert _describe(gazetteer, page, "kaifu_2022.txt").city_zh == "开福区"
    # with no file name to go by, the body decides (the first district it speaks of)
    assert _describe(gazetteer, page, "report.txt").city_zh != "开福区"


def test_a_september_page_speaking_of_this_year_reports_on_it(gazetteer: Gazetteer) -> None:
    page = (
        "章丘区创新发展成效显著\n2021-09-28 10:05\n"
        "记者从发布会上了解到,今年章丘区加快科技创新步伐,"
        "目前全区共有高新技术企业198家,省级以上研发平台86家。"
        "区委负责人介绍,2020年,章丘区获评省级创新型县(市、区),研发投入强度达2.6%。"
    )
    meta = _describe(gazetteer, page)
    assert (meta.report_year, meta.current_year) == (2021, 2021)
    # in June the year is half gone: its dated figures are still the latest whole year's
    early = page.replace("2021-09-28", "2021-06-28")
    assert _describe(gazetteer, early).report_year == 2020


def test_a_file_named_by_a_year_before_the_goals_it_sets_reports_on_that_year(
    gazetteer: Gazetteer,
) -> None:
    page = (
        "璧山高新区创新发展提速\n"
        "自设立以来,璧山高新区建成各类众创空间5个,共建研发平台31个。"
        "到2025年,力争高新技术企业达到150家,建立新型研发机构20家。"
    )
    meta = _describe(gazetteer, page, "bishan_2021.txt")
    assert (meta.report_year, meta.plan_year) == (2021, 2025)
    # a file named by the year before the goals' is the report of that year, as before
    meta = _describe(gazetteer, page, "bishan_2024.txt")
    assert (meta.report_year, meta.plan_year) == (2024, 2025)


def test_a_late_page_of_goals_years_ahead_reports_what_there_is_now_in_its_own_year(
    gazetteer: Gazetteer,
) -> None:
    page = (
        "县科技局推进创新主体培育\n发布时间:2019-11-06 09:12\n"
        "为实现到2021年全县高新技术企业达到12家的目标,县科技局深入企业开展走访服务。"
        "截至目前,全县有高新技术企业5家,科技型中小企业14家。"
    )
    meta = _describe(gazetteer, page)
    assert (meta.report_year, meta.plan_year) == (2019, 2021)
    # a page that looks back on a whole year, or one of the first quarter, is the year before's
    whole_year = page.replace("截至目前,", "全年新认定高新技术企业2家,截至目前,")
    assert _describe(gazetteer, whole_year).report_year == 2018
    early = page.replace("2019-11-06", "2019-02-20")
    assert _describe(gazetteer, early).report_year == 2018


def test_an_undated_page_whose_figures_stand_under_last_year_was_written_the_year_after(
    gazetteer: Gazetteer,
) -> None:
    page = (
        "近日,省里公布了创新型县建设名单,该县今年成功入选。"
        "去年,该县新认定高新技术企业6家,争取上级科技资金730万元。"
    )
    meta = _describe(gazetteer, page, "p01_someplace_2020.txt")
    assert (meta.report_year, meta.current_year) == (2020, 2021)
    # figures under 今年 and 去年 only in a sentence without any: written in the year itself
    during = (
        "该县去年成功入选创新型县建设名单。今年,该县新认定高新技术企业6家,争取上级科技资金730万元。"
    )
    meta = _describe(gazetteer, during, "p01_someplace_2020.txt")
    assert (meta.report_year, meta.current_year) == (2020, 2020)


def test_a_list_put_up_for_notice_is_no_goal_of_its_year(gazetteer: Gazetteer) -> None:
    page = (
        "省科技厅公示\n2022年拟入库\n科创企业名单\n该区8家企业入选\n"
        "截至目前,该区高新技术企业达到215家,是2018年的3倍,特别是2019-2021年,连续三年净增40家以上。"
    )
    # the file's year is the list's, not a plan's: the page reports on it
    meta = _describe(gazetteer, page, "p05_someplace_2022.txt")
    assert meta.report_year == 2022
    # 拟 as a plan's word still sets a goal for its year
    assert 2022 in classify_mentions("2022年拟新增高新技术企业30家。").annual_target
    assert 2022 not in classify_mentions("2022年拟认定科技型企业名单。").annual_target


def test_a_form_of_a_years_goals_is_a_plan_throughout(gazetteer: Gazetteer) -> None:
    page = (
        "某县科学技术局2022年度部门整体支出绩效目标申报表\n"
        "(2021年度) | | |\n"
        "年度绩效指标 | 新认定高新技术企业数量 | 8家以上 |\n"
        "年度绩效指标 | 技术合同成交额 | 1.2亿元 |"
    )
    meta = _describe(gazetteer, page)
    assert (meta.plan_year, meta.plan_only) == (2022, True)


def test_a_news_lead_opening_on_its_day_dates_an_undated_page(gazetteer: Gazetteer) -> None:
    page = (
        "2022年11月8日,省科技厅公布了科技园区验收结果,某某农业科技园区顺利通过验收。\n"
        "2019年10月,园区获批启动建设。三年来,园区培育国家高新技术企业18家,新建研发平台6个。"
    )
    meta = _describe(gazetteer, page)
    assert meta.published_on == datetime.date(2022, 11, 8)
    assert meta.report_year == 2022
    # a date inside a sentence is an event, no date of the page
    inside = page.replace("2022年11月8日,省科技厅", "省科技厅于2022年11月8日")
    assert _describe(gazetteer, inside).published_on is None


def test_a_part_of_the_year_said_without_it_is_the_year_under_way(gazetteer: Gazetteer) -> None:
    page = (
        "某县专利工作开局良好\n发布日期:2016-05-06\n"
        "一季度,全县发明专利授权量为21件,同比增长40%,居全市第二。"
    )
    assert _describe(gazetteer, page).report_year == 2016
    # a part of a named year says nothing of the page's own
    named = page.replace("一季度,", "2015年一季度,")
    assert _describe(gazetteer, named).report_year == 2015


def test_the_latest_year_a_page_runs_since_is_the_year_it_reports_on(gazetteer: Gazetteer) -> None:
    page = (
        "某某高新区创新成果丰硕\n"
        "园区企业荣获2022年度省科学技术进步奖一等奖、被认定为首批省级创新中心……"
        "2023年以来,园区新认定高新技术企业15家,科技型中小企业入库86家。"
    )
    # the award of the year before is history; NFKC has made the ellipsis three full stops
    assert _describe(gazetteer, page).report_year == 2023
    # a year the page only runs since, before the one it names as done, is no report year
    older = page.replace("2023年以来", "2021年以来")
    assert _describe(gazetteer, older).report_year == 2022


def test_a_year_ahead_that_is_expected_to_bring_something_is_a_goal(gazetteer: Gazetteer) -> None:
    page = (
        "某某高新区简介\n"
        "2021年,园区实现技工贸总收入56亿元,新增高新技术企业9家。"
        "预计2023年将建成省级以上研发平台10个,高新技术企业突破40家。"
    )
    meta = _describe(gazetteer, page)
    assert (meta.report_year, meta.plan_year) == (2022, 2023)
    # an estimate of what a year did (预计…完成) sets no goal: the page's years are its own
    done = _describe(gazetteer, page.replace("预计2023年将建成", "预计2023年完成"))
    assert (done.report_year, done.plan_year) == (2021, 2022)


def test_a_county_named_long_ago_is_no_county_of_a_later_text(gazetteer: Gazetteer) -> None:
    # 宣城 was also 宣城县 until 1986: in a county's text of 2023 it is the city, and the county
    # named in full is the issuer
    page = (
        "一、部门年度目标完成情况\n"
        "今年来,县科技局先后赴宣城、合肥、芜湖等地考察学习,全县新增高新技术企业12家。\n"
        "2024年郎溪县科学技术局对2023年度8个项目进行了绩效自评。"
    )
    assert _describe(gazetteer, page).city_zh == "郎溪县"


def test_a_county_that_names_itself_only_by_its_kind_is_found_in_its_firms_names(
    gazetteer: Gazetteer,
) -> None:
    # the county is never named as such; its firms carry its short name, under its prefecture
    page = (
        "近日,县科技局组织专家走访企业,先后到天峻盐湖化工有限公司、海西州绿源牧业有限公司、"
        "天峻晨光新能源有限公司开展服务。目前我县有效期内高新技术企业6家,"
        "全县今年力争新增2家。"
    )
    assert _describe(gazetteer, page).city_zh == "天峻县"
    # firms of two counties of the prefecture leave the issuer undecided rather than guessed
    two = page.replace("天峻晨光", "乌兰晨光")
    assert _describe(gazetteer, two).city_zh is None
    # without its prefecture named, the firms' names still decide when one county's are the
    # most named, and only then
    bare = page.replace("海西州绿源", "青海绿源")
    assert _describe(gazetteer, bare).city_zh == "天峻县"
    assert _describe(gazetteer, bare.replace("天峻晨光", "乌兰晨光")).city_zh is None


def test_counties_listed_by_short_name_beside_one_named_in_full_speak_for_their_city(
    gazetteer: Gazetteer,
) -> None:
    page = (
        "回顾五年来我市科技工作\n"
        "五年来,全市科技工作稳步推进。会昌寻乌安远南康区石城5县区获评全省科技进步先进县。"
        "我市高新技术企业由2016年的90家增加到2020年的420家。"
    )
    assert _describe(gazetteer, page).city_zh == "赣州市"
    # a county's own text naming its neighbours stays the county's
    county = page.replace("我市", "我区").replace("全市", "全区")
    assert _describe(gazetteer, county).city_zh == "南康区"


def test_a_run_of_caption_lines_at_the_top_holds_no_headline(gazetteer: Gazetteer) -> None:
    page = (
        "科技赋能发展 创新成就未来\n"
        "金山国家级高新技术产业园区\n"
        "赛罕区智慧农业科技示范园\n"
        "和林格尔新区大数据科技产业园\n"
        "托克托县生物科技产业基地\n"
        "近年来,包头市坚持创新驱动发展战略,不断加大科技投入,全市科技支撑作用日益凸显。"
        "2022年,包头市高新技术企业达到328家,技术合同成交额突破50亿元。"
    )
    meta = _describe(gazetteer, page)
    assert meta.title is None
    assert meta.city_zh == "包头市"
    # a headline standing alone above the body is still the title
    single = page.split("\n", 1)[0] + "\n金山高新区科技创新成果丰硕\n" + page.rsplit("\n", 1)[1]
    assert _describe(gazetteer, single).title == "金山高新区科技创新成果丰硕"


def test_a_place_whose_award_a_title_tells_of_winning_is_not_the_issuer(
    gazetteer: Gazetteer,
) -> None:
    page = (
        "三个项目荣获嘉兴市科技进步二等奖\n"
        "近日,嘉兴市科技进步奖揭晓。平湖市两家企业的项目获奖。2021年,平湖市研发经费支出"
        "18.2亿元,全市新增高新技术企业61家。"
    )
    assert _describe(gazetteer, page).city_zh == "平湖市"
    # a title naming the place as its own subject still names the issuer
    own = page.replace("三个项目荣获嘉兴市科技进步二等奖", "嘉兴市科技进步奖评审结果公布")
    assert _describe(gazetteer, own).city_zh == "嘉兴市"


def test_a_province_quoted_once_does_not_make_a_citys_page_the_provinces(
    gazetteer: Gazetteer,
) -> None:
    page = (
        "示范区新增2家省级重点实验室\n"
        "近日,河南省科学技术厅公布名单,济源市两家单位获批。"
        "省级重点实验室是我省科技创新体系的重要组成部分。截至目前,示范区共有省级重点实验室21家。"
    )
    assert _describe(gazetteer, page).city_basis != "province"
    # a province's own text says so again and again
    own = page + "我省将继续推进实验室建设,全省实验室体系不断完善。"
    assert _describe(gazetteer, own).city_basis == "province"


def test_a_year_whose_clause_names_the_goal_set_for_it_is_a_plan_year(
    gazetteer: Gazetteer,
) -> None:
    page = (
        "苏州研发投入再创新高\n2013-02-05 来源:新华网\n"
        "记者从苏州市科技局获悉,去年苏州市研发投入突破300亿元,占GDP比重达到2.5%。"
        "2013年提出的2.7%的目标已写入政府工作报告。去年全市新增高新技术企业420家。"
    )
    meta = _describe(gazetteer, page)
    assert (meta.report_year, meta.plan_year) == (2012, 2013)


def test_a_span_since_a_year_runs_to_the_date_the_page_was_written(
    gazetteer: Gazetteer,
) -> None:
    page = (
        "鹤壁高新技术企业队伍壮大\n2016-05-09 09:12:30 来源:鹤壁日报\n"
        "记者从市科技局获悉,自2011年以来,我市高新技术企业数量逐年增加。"
        "截至目前,全市拥有高新技术企业57家,其中今年新认定的有6家。"
    )
    meta = _describe(gazetteer, page)
    assert meta.report_year == 2016
    # with no date on the page, the year the span begins is all the text gives
    undated = page.replace("2016-05-09 09:12:30 ", "")
    assert _describe(gazetteer, undated).report_year == 2011


def test_a_date_and_time_line_is_no_part_of_the_title_above_it(gazetteer: Gazetteer) -> None:
    page = (
        "盐城市科技创新\n2009-04-02 15:20:11 出处: 浏览:205\n"
        "2007年我市着力提升自主创新能力和科技服务水平,专利申请量达1210件,增长28%。"
    )
    meta = _describe(gazetteer, page, "d41d8cd98f00.txt")
    assert meta.title == "盐城市科技创新"
    # the body's first sentence opens on its year, though its first clause is long
    assert (meta.report_year, meta.years_basis) == (2007, "body_years")


def test_a_goal_years_after_the_page_was_written_is_a_horizon(gazetteer: Gazetteer) -> None:
    page = (
        "示范区创新型企业突破一万家\n12.02.2019 10:05\n"
        "记者从区科技局获悉,去年,示范区新增国家高新技术企业310家,总量达到1200家。"
        "今年示范区将力争国家高新技术企业达到1500家。\n"
        "相关新闻:新材料产业园项目计划2023年投用"
    )
    meta = _describe(gazetteer, page)
    assert (meta.report_year, meta.plan_year) == (2018, 2019)


def test_one_early_year_before_events_of_later_years_is_history(gazetteer: Gazetteer) -> None:
    page = (
        "全省第二批科技强县名单公布 两县入选\n来源:某某网 发布时间:2021-06-18\n"
        "据了解,2015年,省科技厅启动科技强县建设,首批20个县已于2020年9月通过验收。"
        "2020年11月,第二批申报工作启动。近年来,该县深入实施创新驱动发展战略,"
        "现有省级以上研发机构18个,高新技术企业40家。"
    )
    assert _describe(gazetteer, page).report_year == 2021


def test_a_meeting_that_judges_a_year_reviews_that_year(gazetteer: Gazetteer) -> None:
    page = (
        "近日,周口市召开2013年度市直单位目标管理考核表彰大会,市科技局被评为先进单位。"
        "一年来,全市新增高新技术企业9家,专利申请量达到1460件。"
    )
    meta = _describe(gazetteer, page)
    assert (meta.report_year, meta.plan_year) == (2013, 2014)
    # a work conference named by its year still plans that year
    conference = page.replace("目标管理考核表彰大会", "科技工作会议")
    assert _describe(gazetteer, conference).plan_year == 2013


def test_the_year_named_where_this_year_speaks_of_work_done_is_the_texts(
    gazetteer: Gazetteer,
) -> None:
    page = (
        "关于加快科技成果转化的建议的答复\n"
        "截至2022年底,我县共有高新技术企业16家,科技型中小企业48家。"
        "今年以来,我局已组织政策宣讲3场,成功举办2023年县科技活动周,新增科技型中小企业9家。"
    )
    meta = _describe(gazetteer, page)
    assert meta.report_year == 2023
    # without the year named, the stock at the last year's end dates the text
    plain = page.replace("成功举办2023年县科技活动周", "成功举办县科技活动周")
    assert _describe(gazetteer, plain).report_year == 2022


def test_a_dateline_dates_the_item_a_mirror_reposted_later(gazetteer: Gazetteer) -> None:
    page = (
        "发布时间:2023-12-02 08:10:11 来源:转载\n"
        "本报讯 南宁2月14日电 (记者 某某)2022年,全市新增高新技术企业160家,"
        "技术合同成交额增长21%。2023年,我市将力争高新技术企业总数突破1200家。"
    )
    meta = _describe(gazetteer, page)
    assert (meta.report_year, meta.plan_year) == (2022, 2023)
    # the page's own date is kept as published
    assert meta.published_on == datetime.date(2023, 12, 2)


def test_a_year_its_sentence_already_set_goals_for_is_a_goal_again(
    gazetteer: Gazetteer,
) -> None:
    page = (
        "一、总体思路\n坚持创新驱动,加快建设创新型县。\n二、主要目标\n"
        "到2020年,全县高新技术企业达到30家,2020年高新技术产业增加值占规模工业增加值比重达到25%,"
        "专利申请量达到600件。"
    )
    meta = _describe(gazetteer, page)
    assert (meta.report_year, meta.plan_year, meta.genre) == (2019, 2020, "plan")


def test_an_awards_meeting_named_by_a_year_reviews_that_year(gazetteer: Gazetteer) -> None:
    page = (
        "江汉区召开2017年科技奖励大会\n"
        "会上,区政府对获得科技进步奖的单位和个人进行了表彰。近年来,全区高新技术企业达到86家。"
    )
    meta = _describe(gazetteer, page)
    assert (meta.report_year, meta.plan_year) == (2017, 2018)
    # a work conference held with an awards meeting still plans its year
    lead = "近日,江汉区召开2018年科技工作会及科技奖励大会,全区高新技术企业达到86家。"
    assert _describe(gazetteer, lead).plan_year == 2018
