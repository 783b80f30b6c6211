"""What the hundred-sixth to hundred-eighth blind sets (government-report digests, bulletins,
zones and districts) taught, in texts written for these tests: a page's date in a heading, a
headline naming a city and the district its body speaks of, the issuer under two names, and
an undated half-year report that tells of a day of its year."""

from __future__ import annotations

from pathlib import Path

from conftest import folder_facts

from ingest.document.gazetteer import Gazetteer
from ingest.document.metadata import describe
from ingest.document.year_phrases import phrase_years
from ingest.reading.normalise import normalise_text


def _meta(text: str, name: str = "page.txt"):
    return describe(normalise_text(text), name, Gazetteer.load())


def test_a_date_written_with_separators_dates_the_page_not_the_years_it_names() -> None:
    # a page's date before a headline is no year of the headline's kind word
    assert phrase_years("【2024.02.03】2023年工作总结") == phrase_years("2023年工作总结")
    assert phrase_years("2021-01-15 发布 2020年科技工作总结").summary == 2020
    assert not phrase_years("【2022/01/09】政府工作报告解读").decided()
    # a range of years and a year with its months are still years
    assert phrase_years("2021-2023年科技创新行动计划").plan == 2023
    assert phrase_years("2022.1-2022.6工作总结").summary == 2022


def test_a_digest_of_a_government_report_dated_in_january_reviews_the_year_before() -> None:
    text = (
        "【2024.01.10】报告解读:2023年宜昌交出高质量发展答卷\n"
        "宜昌新闻网消息 今天(1月9日),宜昌市人民代表大会开幕,市长作《政府工作报告》。"
        "刚刚过去的2023年,全市上下奋力攻坚。新增高新技术企业180家,全社会研发投入增长16.2%。"
    )
    assert _meta(text).report_year == 2023


def test_a_headline_naming_a_city_and_the_district_its_body_speaks_of(tmp_path: Path) -> None:
    text = (
        "2022年洛阳市科普宣传周活动在涧西区启动\n(相关资料图)\n"
        "本报讯 5月20日,由洛阳市科技局、涧西区政府联合主办的科普宣传周在涧西区启动。"
        "近年来,涧西区把创新摆在全区发展的核心位置。2021年全区新增高新技术企业23家、"
        "国家科技型中小企业140家。下一步,涧西区将继续加大企业培育力度。"
    )
    meta = _meta(text)
    assert (meta.city_zh, meta.city_basis) == ("涧西区", "title")
    # the city's own text about an event held in one of its districts stays the city's
    city_text = (
        "2022年洛阳市科技工作会议在涧西区召开\n(相关资料图)\n会议指出,2021年全市新增高新技术企业189家,"
        "全市技术合同成交额达到62.4亿元。洛阳市各县区要持续发力。"
    )
    assert _meta(city_text).city_zh == "洛阳市"
    (tmp_path / "jianxi.txt").write_text(text, encoding="utf-8")
    assert ("high_tech_enterprises", 2021, "actual", "increment", 23.0) in folder_facts(tmp_path)


def test_the_issuer_named_with_a_second_name_of_the_same_administration(
    tmp_path: Path,
) -> None:
    text = (
        "萧山区科技创新“十四五”规划\n一、发展基础\n"
        "“十三五”以来,萧山经济技术开发区、萧山区创新投入持续加大,"
        "2016—2020年,全社会R&D经费支出从48亿元增加到86.5亿元。"
        "萧山区与萧山经济技术开发区高新技术企业达到620家。"
        "萧山经济技术开发区、萧山区各类创新平台达到95家。"
        "萧山区、滨江区高新技术企业分别达到620家、2100家。"
    )
    (tmp_path / "xiaoshan.txt").write_text(text, encoding="utf-8")
    found = folder_facts(tmp_path)
    assert ("rd_expenditure", 2016, "actual", "level", 4_800_000_000.0) in found
    assert ("rd_expenditure", 2020, "actual", "level", 8_650_000_000.0) in found
    assert ("high_tech_enterprises", 2020, "actual", "level", 620.0) in found
    assert ("innovation_platforms", 2020, "actual", "level", 95.0) in found  # 各类: every kind
    # 分别 gives each place its own figure: the other district's is not the issuer's
    assert not any(f[4] == 2100.0 for f in found)


def test_an_undated_half_year_report_telling_of_a_day_of_its_year(tmp_path: Path) -> None:
    text = (
        "蓄势赋能——江北新区科技创新半年报\n"
        "今年上半年,江北新区新认定科技型中小企业1260家,同比增长31%;"
        "完成技术合同成交额185亿元。\n"
        "2023年11月,科技部批复江北新区建设国家创新型产业集群。"
        "2024年3月26日,江北新区举行创新平台集中签约仪式,签约项目18个。"
    )
    meta = _meta(text, "3f0c9a2b71d4e8aa.txt")
    assert (meta.report_year, meta.current_year) == (2024, 2024)
    # a day set ahead is no day of what was done: the text may be written before it
    ahead = text.replace("2024年3月26日,江北新区举行", "江北新区将于2024年3月26日举行")
    assert _meta(ahead, "3f0c9a2b71d4e8aa.txt").report_year == 2023
    (tmp_path / "3f0c9a2b71d4e8aa.txt").write_text(text, encoding="utf-8")
    assert ("tech_smes", 2024, "actual", "increment", 1260.0) in folder_facts(tmp_path)


def test_a_news_item_on_the_years_work_meeting_named_by_its_business() -> None:
    # …登记工作会: a meeting of the year's work, however its business is named, reviews the year
    # before and plans its own; the figures 去年以来 are the year before's
    text = (
        "德阳推进技术市场建设\n"
        "近日,我市召开2019年度全市技术合同认定登记工作会。去年以来,全市各登记站点主动服务,"
        "全市共登记技术合同612份,成交额9.6亿元,同比增长14.2%。"
        "会议要求,确保完成2019年度目标任务。"
    )
    meta = _meta(text, "5d1e0c77a9f3b2c4.txt")
    assert (meta.report_year, meta.plan_year) == (2018, 2019)


def test_a_year_right_after_the_issuer_speaking_of_itself_heads_its_clause() -> None:
    # 我市2019年度共有…: the year of the news, as much as a year opening a clause; the firms'
    # sales of the year before (2018年这些企业…) do not outweigh it
    text = (
        "我市新增95家国家高新技术企业\n"
        "记者从市科技局获悉,我市2019年度共有95家企业通过国家高新技术企业认定,同比增长18%。"
        "至此,全市高新技术企业总数达到410家。2018年这些企业共实现营业收入260亿元。"
    )
    assert _meta(text, "8c2d41f0a7b3e9d5.txt").report_year == 2019


def test_a_sentence_whose_only_figures_are_round_more_than_counts(tmp_path: Path) -> None:
    # 40多名, 1500余万元: the sentence holds figures although no digit stands right before its
    # measure word; it is read like any other
    text = (
        "汉川市2021年科技工作总结\n"
        "2021年,全市新选派40多名科技特派员深入镇村。全市争取上级科技资金1500余万元。"
    )
    (tmp_path / "hanchuan.txt").write_text(text, encoding="utf-8")
    found = folder_facts(tmp_path)
    assert ("sci_tech_commissioners", 2021, "actual", "increment", 40.0) in found
    assert ("sci_tech_funds_secured", 2021, "actual", "level", 15_000_000.0) in found


def test_the_years_ahead_date_a_goal_at_their_end(tmp_path: Path) -> None:
    text = (
        "宝坻区2012年科技工作总结\n"
        "区委提出,今后三年全区科技型中小企业数量翻一番,达到2600余家。"
        "2012年,全区新增科技型中小企业310家。"
    )
    (tmp_path / "baodi.txt").write_text(text, encoding="utf-8")
    found = folder_facts(tmp_path)
    assert ("tech_smes", 2015, "target", "level", 2600.0) in found
    assert ("tech_smes", 2012, "actual", "increment", 310.0) in found
    assert not any(f[1] == 2012 and f[4] == 2600.0 for f in found)


def test_a_clause_opening_on_the_company_is_the_firms(extractor) -> None:
    from ingest.extraction.extract import DocContext

    ctx = DocContext("d", 2022, 2023, frozenset({"聊城市", "聊城"}), 2022)
    found, _ = extractor.extract(
        "为了开拓市场,公司去年研发投入800多万元,获得发明专利授权6件。", "summary", ctx
    )
    assert found == []
    found, _ = extractor.extract("全市全社会研发投入达到38亿元。", "summary", ctx)
    assert [(f.indicator_code, f.value) for f in found] == [("rd_expenditure", 3.8e9)]


def test_a_round_headline_figure_adds_nothing_to_a_finer_one(tmp_path: Path) -> None:
    text = (
        "两千余家科技型中小企业撑起创新半边天\n2023年,全市科技型中小企业入库2315家,同比增长16.2%。"
    )
    (tmp_path / "jining.txt").write_text(text, encoding="utf-8")
    found = folder_facts(tmp_path)
    assert ("tech_smes", 2023, "actual", "level", 2315.0) in found
    assert not any(f[4] == 2000.0 for f in found)
