"""What the eighty-sixth to eighty-eighth blind sets (county pages, a patent statistics report,
a performance-goals form, news of meetings and mid-year status) taught, in texts written for
these tests: a record set (创历史新高) is a predicate, a sentence opening on a bare amount goes
on with the sentence before, kinds sharing one head noun (发明、实用新型专利申请量), a rate
with a minus sign, a standing listed after items that name no indicator, a headline's phrases
set apart by a space, a group counted before an indicator's name, a task named after its
figure, a municipality's page that links to a region's, a place name out of use, and a page of
the year under way that sets goals for a later year."""

from __future__ import annotations

import datetime

import pytest
from conftest import sentence_facts

from ingest.document.gazetteer import Gazetteer
from ingest.document.metadata import describe
from ingest.extraction.extract import DocContext, SentenceExtractor
from ingest.extraction.numbers import find_quantities
from ingest.reading.normalise import normalise_text

CTX = DocContext("d", 2023, 2024, frozenset({"宜宾市", "宜宾"}), 2023)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def test_a_record_set_is_a_predicate_not_a_subject(extractor: SentenceExtractor) -> None:
    for record in ("创历史新高", "创近年新高", "创历史最好水平"):
        text = f"全县技术合同成交额{record},达到8.6亿元。"
        facts = sentence_facts(extractor, text, CTX)
        assert facts == {("tech_contract_turnover", "actual", "level", 860000000.0, 2023)}
    # a noun of its own between still speaks of something else
    other = "全县技术合同成交额稳步提升,科技人才队伍达到8600人。"
    assert sentence_facts(extractor, other, CTX) == set()


def test_a_sentence_opening_on_a_bare_amount_goes_on_with_the_one_before(
    extractor: SentenceExtractor,
) -> None:
    before = "今年全区科技型中小企业评价工作推进有力,上半年入库数量已超过800家。"
    text = "截至年底累计入库1036家,同比增长21.5%。"
    found, _ = extractor.extract(text, "summary", CTX, before)
    facts = {(f.indicator_code, f.measure, f.value) for f in found}
    assert facts == {("tech_smes", "level", 1036.0), ("tech_smes", "growth_pct", 21.5)}
    # a figure that counts the noun after it, or a part (其中…), does not go on
    for other in ("全年新增152家规上企业建有研发机构。", "其中省级以上平台36家。"):
        found, _ = extractor.extract(other, "summary", CTX, before)
        assert not [f for f in found if f.indicator_code == "tech_smes"]


def test_the_tech_smes_name_with_its_words_reordered(extractor: SentenceExtractor) -> None:
    for name in ("科技型中小型企业", "科技中小型企业"):
        facts = sentence_facts(extractor, f"全年新认定{name}45家。", CTX)
        assert facts == {("tech_smes", "actual", "increment", 45.0, 2023)}


def test_kinds_sharing_one_head_noun_take_their_own_indicator(
    extractor: SentenceExtractor,
) -> None:
    text = "全市发明、实用新型专利授权量分别为860件、2400件。"
    facts = sentence_facts(extractor, text, CTX)
    assert facts == {("invention_patent_grants", "actual", "level", 860.0, 2023)}
    # after 其中 too, and the rates listed after them pair the same way
    parts = "其中,发明、外观设计专利申请量分别为410件、95件,同比分别增长12.4%、-3.1%。"
    facts = sentence_facts(extractor, parts, CTX)
    assert facts == {
        ("invention_patent_applications", "actual", "level", 410.0, 2023),
        ("invention_patent_applications", "actual", "growth_pct", 12.4, 2023),
    }
    # kinds that make no indicator of their own with the head stay parts of it
    contracts = "技术开发、技术服务合同成交额分别为3.2亿元、1.1亿元。"
    assert sentence_facts(extractor, contracts, CTX) == set()


def test_a_kind_of_patent_is_no_count_of_all_patents(extractor: SentenceExtractor) -> None:
    text = "发明专利授权量、实用新型专利授权量分别为860件、2400件。"
    facts = sentence_facts(extractor, text, CTX)
    assert facts == {("invention_patent_grants", "actual", "level", 860.0, 2023)}
    for kind in ("实用新型专利授权量达到2400件。", "外观设计专利申请量为95件。"):
        assert sentence_facts(extractor, kind, CTX) == set()


def test_a_rate_with_a_minus_sign_is_a_fall(extractor: SentenceExtractor) -> None:
    assert [q.value for q in find_quantities("增长分别为12.4%、-3.1%、−0.5%")] == [12.4, -3.1, -0.5]
    # a dash between two figures is no sign: the range's ends, its lower one a bound
    (bounded,) = find_quantities("增幅在10%-15%之间")
    assert (bounded.value, bounded.comparator, bounded.is_range) == (10.0, "gte", True)
    facts = sentence_facts(extractor, "发明专利授权量同比增长-8.3%。", CTX)
    assert facts == {("invention_patent_grants", "actual", "growth_pct", -8.3, 2023)}


def test_a_standing_listed_after_items_naming_no_indicator(
    extractor: SentenceExtractor,
) -> None:
    text = "引进人才数量和技术合同成交额分别位居全省第四位、第二位。"
    facts = sentence_facts(extractor, text, CTX)
    assert facts == {("tech_contract_turnover", "actual", "rank", 2.0, 2023)}


def test_a_headlines_phrases_set_apart_by_a_space(extractor: SentenceExtractor) -> None:
    line = normalise_text("全县新增高新技术企业15家 技术合同成交额达2亿元")
    assert line == "全县新增高新技术企业15家,技术合同成交额达2亿元"
    assert sentence_facts(extractor, line, CTX) == {
        ("high_tech_enterprises", "actual", "increment", 15.0, 2023),
        ("tech_contract_turnover", "actual", "level", 200000000.0, 2023),
    }
    # a space inside a phrase (a figure and the name it counts) is still layout
    assert normalise_text("全县新认定 15 家 高新技术企业") == "全县新认定15家高新技术企业"


def test_a_group_counted_before_the_name_is_not_the_place(extractor: SentenceExtractor) -> None:
    for text in (
        "全市28家重点企业研发经费投入总额达到12.6亿元。",
        "我市6所高校院所在本地转化的技术合同成交额增长了85%。",
    ):
        assert sentence_facts(extractor, text, CTX) == set()
    # firms that became the named kind are counted with it, and its total stays the place's
    became = "今年又有4家企业被确定为市级新型研发机构、总数达到12家。"
    assert ("new_rd_institutions", "actual", "level", 12.0, 2023) in sentence_facts(
        extractor, became, CTX
    )
    # those served or who benefited are no subject: the place's loans and deductions
    served = "全市为120家企业发放科技贷款3亿元。"
    assert sentence_facts(extractor, served, CTX) == {
        ("tech_finance_loans", "actual", "level", 300000000.0, 2023)
    }
    benefited = "全年1865家企业享受加计扣除减免所得税约15亿元。"
    assert sentence_facts(extractor, benefited, CTX) == {
        ("rd_tax_deduction", "actual", "level", 1500000000.0, 2023)
    }


def test_a_task_named_after_its_figure(extractor: SentenceExtractor) -> None:
    text = "今年已入库科技型中小企业420家,完成全年600家任务的70%。"
    facts = sentence_facts(extractor, text, CTX)
    assert ("tech_smes", "target", "level", 600.0, 2023) in facts
    assert ("tech_smes", "actual", "level", 420.0, 2023) in facts
    # the task of a figure that is no fact is nobody's
    other = "今年孵化器新增在孵企业122家,完成全年170家任务的71.8%。"
    assert sentence_facts(extractor, other, CTX) == set()


def test_a_municipalitys_page_with_links_to_a_regions(gazetteer: Gazetteer) -> None:
    page = (
        "重庆科技型企业突破4万家\n"
        "重庆市科技局近日召开会议。重庆市科技型企业总数已超过4万家,重庆市新增高新技术企业"
        "1200家。\n"
        "相关阅读\n"
        "自治区科技厅赴南宁市调研科技特派员工作\n"
        "自治区科技厅召开专题会议\n"
    )
    assert describe(normalise_text(page), "c41.txt", gazetteer).city_zh == "重庆市"


def test_a_place_name_out_of_use_is_no_issuer(gazetteer: Gazetteer) -> None:
    # 宣化县 was merged into 张家口's 宣化区 in 2016: 宣化县域 in a text of 2021 is the area
    page = (
        "宣化县域科技创新能力稳步提升\n"
        "2021年,宣化县域创新能力进位明显,张家口市宣化区新增高新技术企业12家,"
        "宣化区技术合同成交额达到1.5亿元。\n"
    )
    assert describe(normalise_text(page), "c42.txt", gazetteer).city_zh == "宣化区"
    # a renamed place's old proper name stays its name (维西县, now 维西傈僳族自治县)
    renamed = (
        "维西县科技工作稳步推进\n2018年,维西县新增科技特派员20名,维西县争取上级项目资金300万元。\n"
    )
    assert describe(normalise_text(renamed), "c43.txt", gazetteer).city_zh == "维西傈僳族自治县"


def test_a_page_of_the_year_under_way_with_goals_for_a_later_year(
    gazetteer: Gazetteer,
) -> None:
    page = (
        "全市科技创新推进会召开\n"
        "发布时间:2019-09-10\n"
        "今年1-8月,宜宾市发明专利授权量达到215件,完成年度任务的71.7%。"
        "会议提出,到2022年,力争全市高新技术企业达到200家。\n"
    )
    meta = describe(normalise_text(page), "c44.txt", gazetteer)
    assert (meta.report_year, meta.plan_year) == (2019, 2022)
    assert meta.published_on == datetime.date(2019, 9, 10)


def test_a_quality_said_to_be_high_does_not_narrow_the_name(
    extractor: SentenceExtractor,
) -> None:
    for praise in ("高能级", "高水平", "高质量"):
        facts = sentence_facts(extractor, f"全年新建{praise}科技企业孵化器2家。", CTX)
        assert facts == {("incubators", "actual", "increment", 2.0, 2023)}
    # a noun that is a kind or a place of its own still narrows it
    for kind in ("全年新建高校科技企业孵化器2家。", "全年新增工业高新技术企业20家。"):
        assert sentence_facts(extractor, kind, CTX) == set()


def test_the_issuers_province_opening_a_register_of_firms_is_its_level(
    extractor: SentenceExtractor,
) -> None:
    ctx = DocContext("d", 2023, 2024, frozenset({"宜宾市", "宜宾"}), 2023, frozenset({"四川省"}))
    text = "截至年底,全市共有国家高新技术企业120家,四川省科技型中小企业560家。"
    found, _ = extractor.extract(text, "summary", ctx)
    assert {(f.indicator_code, f.measure, f.value, f.qualifier) for f in found} == {
        ("high_tech_enterprises", "level", 120.0, "国家级"),
        ("tech_smes", "level", 560.0, "省级"),
    }
    # the province's own count, and a register applied for, are not the issuer's figures
    for other in ("四川省高新技术企业数量突破1.6万家。", "申请备案四川省科技型中小企业6家。"):
        found, _ = extractor.extract(other, "summary", ctx)
        assert found == []


def test_a_from_to_after_a_dated_one_starts_in_its_year(extractor: SentenceExtractor) -> None:
    text = "全县研发经费投入从“十三五”末的2.6亿元增至5.1亿元,投入强度从0.92%提升至1.57%。"
    found, _ = extractor.extract(text, "summary", CTX)
    facts = {(f.indicator_code, f.value, f.year) for f in found}
    assert ("rd_intensity", 0.92, 2020) in facts
    assert ("rd_intensity", 1.57, 2023) in facts
    # with no dated start in the sentence the start figure has no year to take
    alone = "全县研发经费投入强度从0.92%提升至1.57%。"
    found, _ = extractor.extract(alone, "summary", CTX)
    assert {f.value for f in found} == {1.57}


def test_the_firms_part_of_an_indicator_after_the_places_scope_word(
    extractor: SentenceExtractor,
) -> None:
    part = "去年全市企业专利申请5120件,同比增长18.4%,占全市总申请量的55.2%。"
    assert sentence_facts(extractor, part, CTX) == set()
    # the scope word that makes the name the whole still does (全市…, 全社会…)
    for whole, code in (
        ("全市专利申请量5120件。", "patent_applications"),
        ("全社会技术合同成交额达到5亿元。", "tech_contract_turnover"),
    ):
        assert {f[0] for f in sentence_facts(extractor, whole, CTX)} == {code}


def test_the_whole_a_share_is_taken_of_takes_no_later_rate(
    extractor: SentenceExtractor,
) -> None:
    text = "全市职务发明专利申请量8650件,占全市专利申请总量的47.3%,同比增长26.1%。"
    assert sentence_facts(extractor, text, CTX) == set()
