"""A development zone as the issuer of a text (ingest/document/zones.py)."""

from __future__ import annotations

import polars as pl

from ingest.document.gazetteer import Gazetteer
from ingest.document.metadata import describe
from ingest.extraction.extract import extract_indicators
from ingest.extraction.segment import segment_documents

ZONE_TEXT = (
    "今年以来,许昌经济技术开发区深入实施创新驱动战略。记者从许昌经济技术开发区获悉,"
    "全区新增高新技术企业12家,高新技术企业总数达到58家;园区技术合同成交额3.1亿元。"
)


def _facts_by_document(docs: pl.DataFrame) -> dict[str, set[tuple[str, float]]]:
    """(indicator, value) of every fact extracted, by document id."""
    facts, _ = extract_indicators(segment_documents(docs), docs)
    got: dict[str, set[tuple[str, float]]] = {doc: set() for doc in docs["document_id"]}
    for r in facts.iter_rows(named=True):
        got[r["document_id"]].add((r["indicator_code"], r["value"]))
    return got


def test_a_text_without_a_city_that_names_one_zone_again_and_again_is_the_zones() -> None:
    gazetteer = Gazetteer.load()
    meta = describe(ZONE_TEXT, "doc.txt", gazetteer)
    # the zone is the issuer, a place of its own beside the gazetteer's
    assert (meta.city_zh, meta.zone, meta.city_basis) == ("许昌经济技术开发区",) * 2 + ("zone",)
    # named once, or beside a city of its own, it is no issuer
    once = ZONE_TEXT.replace("记者从许昌经济技术开发区获悉,", "")
    assert describe(once, "doc.txt", gazetteer).zone is None
    city = "许昌市科技局:" + ZONE_TEXT.replace("全区", "全市")
    assert describe(city, "doc.txt", gazetteer).zone is None
    # a phrase is no zone: 国家自主创新示范区
    phrase = "全力建设国家自主创新示范区,推进国家自主创新示范区建设。全区新增高新技术企业12家。"
    assert describe(phrase, "doc.txt", gazetteer).zone is None


def test_a_zones_own_figures_are_the_issuers_not_a_sub_areas() -> None:
    docs = pl.DataFrame(
        {
            "document_id": ["z", "c"],
            "text": [ZONE_TEXT, ZONE_TEXT],
            "report_year": [2023, 2023],
            "plan_year": [2024, 2024],
            "zone": ["许昌经济技术开发区", None],
        }
    )
    got = _facts_by_document(docs)
    assert got["z"] == {
        ("high_tech_enterprises", 12),
        ("high_tech_enterprises", 58),
        ("tech_contract_turnover", 3.1e8),
    }
    # without the zone, the 园区's figure is a sub-area's
    assert ("tech_contract_turnover", 3.1e8) not in got["c"]


# A city's news page about its zone: the zone is named in the title and again and again after.
ZONE_NEWS = (
    "孝感高新区创新主体培育跑出加速度\n"
    "本报讯 今年以来,孝感高新区把培育科技型企业作为头号工程。记者从孝感市科技局了解到,"
    "该高新区新认定高新技术企业31家,园区高新技术企业总数达到142家。"
    "孝感市有关负责人表示,高新区将继续发挥引领作用。"
)


def test_a_page_that_opens_on_its_citys_zone_and_keeps_to_it_is_the_zones() -> None:
    gazetteer = Gazetteer.load()
    meta = describe(ZONE_NEWS, "doc.txt", gazetteer)
    # named as officials write it in full, with the city it lies in beside it
    full = "孝感高新技术产业开发区"
    assert (meta.city_zh, meta.zone, meta.city_basis) == (full, full, "zone")
    assert meta.zone_place_id == "420900"
    assert meta.city_id is not None and meta.city_id.startswith("420900-")
    # the same page under the city bureau's own site chrome is the city's report on a sub-area
    on_city_site = "欢迎访问孝感市科学技术局\n当前位置:首页 > 科技动态\n" + ZONE_NEWS
    city_page = describe(on_city_site, "doc.txt", gazetteer)
    assert (city_page.city_zh, city_page.zone) == ("孝感市", None)
    # a city's report that mentions its zone along the way is the city's
    report = "孝感市科技局2023年工作总结\n全市新增高新技术企业80家。" + ZONE_NEWS.split("\n", 1)[1]
    assert describe(report, "doc.txt", gazetteer).zone is None


def test_a_zone_is_named_by_the_fullest_form_of_its_kind() -> None:
    gazetteer = Gazetteer.load()
    # 经开区 is the 经济技术开发区; an untitled page's lead is its first prose sentence
    short = (
        "联系电话:0572-1234567\n湖州经开区科技型企业再添新军,企业研发热情高涨。"
        "今年前三季度,经开区新增科技型中小企业60家;园区研发投入增长20%。"
    )
    assert describe(short, "doc.txt", gazetteer).zone == "湖州经济技术开发区"
    # a zone of another kind keeps the longest form the text writes: 湖州市开发区 is the one
    # 湖州经济开发区 the text names in full
    generic = (
        "近日湖州市开发区召开科技创新大会,表彰一批创新企业。"
        "湖州经济开发区去年新增高新技术企业12家,开发区高企总数达到75家。"
    )
    assert describe(generic, "doc.txt", gazetteer).zone == "湖州经济开发区"
    # a national zone written in full with 国家 is named so; its abbreviation (国家高新区) is
    # no name as written, and the official kind stands without the level
    national = (
        "株洲国家高新技术产业开发区获批知识产权示范园区。株洲国家高新技术产业开发区"
        "全年新增高新技术企业80家,高新区专利授权量突破3000件。"
    )
    assert describe(national, "doc.txt", gazetteer).zone == "株洲国家高新技术产业开发区"
    short_national = national.replace("国家高新技术产业开发区", "国家高新区")
    assert describe(short_national, "doc.txt", gazetteer).zone == "株洲高新技术产业开发区"


def test_a_new_area_is_a_zone_unless_it_is_a_district() -> None:
    gazetteer = Gazetteer.load()
    text = (
        "哈尔滨新区发布科技创新十条\n哈尔滨新区今年新增高新技术企业120家,新区研发投入强度达到4%,"
        "哈尔滨新区将持续加大创新投入。"
    )
    assert describe(text, "doc.txt", gazetteer).zone == "哈尔滨新区"
    # 浦东新区 is a district of 上海: the gazetteer's place, no zone
    district = text.replace("哈尔滨新区", "浦东新区")
    meta = describe(district, "doc.txt", gazetteer)
    assert (meta.zone, meta.city_zh) == (None, "浦东新区")


def test_a_page_that_opens_on_an_unnamed_zone_is_its_citys_zone() -> None:
    gazetteer = Gazetteer.load()
    text = (
        "高新区科技局获评省级先进单位\n来源:许昌日报 发布日期:2023-03-20\n"
        "近日,高新区科技局获评全省科技系统先进集体。近年来,高新区坚持创新引领,"
        "截至2022年底,高新区拥有高新技术企业64家,园区技术合同成交额2.3亿元。"
    )
    meta = describe(text, "doc.txt", gazetteer)
    assert (meta.city_zh, meta.city_basis) == ("许昌高新技术产业开发区", "zone")
    # opening on the city instead, the zone is a sub-area of the city's text
    city = text.replace("高新区科技局获评省级", "许昌市科技局获评省级", 1)
    assert describe(city, "doc.txt", gazetteer).zone is None
    # a zone the text keeps naming by its place is named so, not after the city
    named = text.replace("近年来,高新区", "近年来,长葛高新区")
    assert describe(named, "doc.txt", gazetteer).city_zh != "许昌高新技术产业开发区"


def test_a_zone_named_after_its_prefecture_and_county_lies_in_the_county() -> None:
    # 宜春樟树高新区: the zone of 樟树市 (a county-level city of 宜春), named as officials do
    text = (
        "自获批省级高新区以来,宜春樟树高新区紧扣医药产业,创新能力不断增强。2022年,宜春樟树"
        "高新区新增高新技术企业15家,该高新区技术合同成交额达到2.1亿元,园区研发投入持续增长,"
        "高新区科技型中小企业达到60家。"
    )
    meta = describe(text, "doc.txt", Gazetteer.load())
    assert (meta.city_zh, meta.city_basis) == ("樟树高新技术产业开发区", "zone")
    assert meta.zone_place_id == "360982"  # 樟树市, not 宜春市


def test_henans_industry_clusters_and_industrial_parks_are_zones() -> None:
    gazetteer = Gazetteer.load()
    cluster = (
        "2021年,新乡高新技术产业集聚区新认定高新技术企业23家,新乡高新技术产业集聚区"
        "有效期内高新技术企业达到96家,全区市级以上研发中心累计达到120家。"
    )
    meta = describe(cluster, "doc.txt", gazetteer)
    assert (meta.city_zh, meta.city_basis) == ("新乡高新技术产业集聚区", "zone")
    # a park named by its city's short name is that city's zone, not a city it ranks beside
    park = (
        "近日,2022年国家高新区评价结果发布,无锡工业园区综合排名第十二。目前园区排名仅次于"
        "深圳高新区等。2022年,园区研发投入占GDP比重达到4.2%,园区高新技术企业达到1100家。"
    )
    meta = describe(park, "doc.txt", gazetteer)
    assert (meta.city_zh, meta.city_basis) == ("无锡工业园区", "zone")


def test_a_zone_named_after_a_one_character_county_or_with_its_county_in_brackets() -> None:
    gazetteer = Gazetteer.load()
    text = (
        "江永县高新区高质量发展成效显著。2023年,江永县高新区新增高新技术企业6家,"
        "园区高新技术企业总量达31家,园区研发投入强度达到2.1%。"
    )
    meta = describe(text, "doc.txt", gazetteer)
    assert meta.city_zh == "江永高新技术产业开发区"
    # 道县: a name of one character keeps its 县
    meta = describe(text.replace("江永县", "道县"), "doc.txt", gazetteer)
    assert meta.city_zh == "道县高新技术产业开发区"
    # a city's zone with the county it lies in bracketed, in a text that names that county most
    text = (
        "聊城(临清)高新区成功获批省级高新区\n近日,聊城(临清)高新区获批。临清市委书记表示,"
        "临清将以高新区为平台,2023年,园区新增高新技术企业12家,园区高新技术企业达到60家。"
    )
    meta = describe(text, "doc.txt", gazetteer)
    assert (meta.city_zh, meta.city_basis) == ("聊城高新技术产业开发区", "zone")


def test_a_zone_called_by_its_place_and_park_is_itself() -> None:
    text = "2023年,道县园区新增高新技术企业5家,道县园区高新技术企业总量达27家。"
    docs = pl.DataFrame(
        {
            "document_id": ["z", "c"],
            "text": [text, text],
            "report_year": [2023, 2023],
            "plan_year": [2024, 2024],
            "zone": ["道县高新技术产业开发区", None],
            "city_zh": [None, "道县"],
        }
    )
    got = _facts_by_document(docs)
    assert got["z"] == {("high_tech_enterprises", 5), ("high_tech_enterprises", 27)}
    # in the county's own text, its park is a sub-area
    assert got["c"] == set()


def test_a_district_that_is_one_part_of_its_citys_new_area_keeps_its_text() -> None:
    gazetteer = Gazetteer.load()
    text = (
        "长春新区宽城片区科技型企业数量增长四成\n"
        "2021年以来,长春新区宽城片区推进高新技术企业培育。截至2021年末,长春新区宽城片区"
        "高新技术企业达到126户。2021年,宽城区筛选入库科技型企业300余户。"
    )
    meta = describe(text, "doc.txt", gazetteer)
    assert meta.city_zh == "宽城区" and meta.zone is None


def test_an_agricultural_high_tech_zone_keeps_the_name_and_level_the_text_writes() -> None:
    gazetteer = Gazetteer.load()
    text = (
        "吴忠自治区级农高区建设提速\n"
        "近日,吴忠自治区级农业高新技术产业示范区召开推进会。该农高区入驻企业41家,"
        "其中高新技术企业6家;农高区科技型中小企业达到15家。"
    )
    meta = describe(text, "doc.txt", gazetteer)
    assert (meta.city_zh, meta.city_basis) == ("吴忠自治区级农业高新技术产业示范区", "zone")


def test_a_zone_named_after_a_former_prefecture_is_in_the_district_it_became() -> None:
    gazetteer = Gazetteer.load()
    # 莱芜 was a prefecture until 2019 and is now a district of 济南
    text = (
        "济南市莱芜高新区 创新成果丰硕\n"
        "2023年以来,济南市莱芜高新区坚持创新驱动。莱芜高新区新增高新技术企业21家,"
        "莱芜高新区技术合同成交额6.2亿元,园区研发投入持续增长。"
    )
    meta = describe(text, "doc.txt", gazetteer)
    assert (meta.city_zh, meta.zone) == ("莱芜高新技术产业开发区",) * 2


def test_a_national_agricultural_science_park_is_a_zone_named_as_written() -> None:
    gazetteer = Gazetteer.load()
    text = (
        "近日,科技部公布验收结果,淮安国家农业科技园区顺利通过验收。三年来,淮安国家农业科技园区"
        "新建科技创新平台5个,园区培育国家高新技术企业12家。"
    )
    meta = describe(text, "doc.txt", gazetteer)
    assert (meta.city_zh, meta.city_basis) == ("淮安国家农业科技园区", "zone")


def test_a_page_whose_source_field_is_a_zone_is_the_zones() -> None:
    gazetteer = Gazetteer.load()
    page = (
        "园区创新主体持续壮大\n"
        "发布时间:2023-02-10  来源:无锡高新技术产业开发区管委会\n"
        "去年以来,无锡高新区坚持创新驱动,园区新增高新技术企业160家,园区技术合同成交额"
        "突破40亿元,园区发展动能持续增强。无锡市科技局给予肯定。"
    )
    meta = describe(page, "doc.txt", gazetteer)
    assert (meta.city_zh, meta.city_basis) == ("无锡高新技术产业开发区", "zone")
    # a press conference (新闻发布会) is no field saying where the page comes from
    press = page.replace(
        "来源:无锡高新技术产业开发区管委会", "来源:无锡市科技局 新闻发布会上无锡高新区"
    )
    assert describe(press, "doc.txt", gazetteer).zone is None


def test_a_zone_the_text_applies_for_is_no_issuer_yet() -> None:
    page = (
        "钦州申报创建自治区级高新区工作稳步推进\n"
        "本报讯 近日,钦州市召开会议,部署钦州高新区申报创建工作。钦州高新区规划面积40平方公里。"
        "目前,钦州市拥有高新技术企业52家,自治区级工程技术研究中心11家。"
    )
    meta = describe(page, "a1b2c3.txt", Gazetteer.load())
    assert (meta.city_zh, meta.zone) == ("钦州市", None)
