"""Phenomena met in report-like texts written during stop 40, in texts written for these tests."""

from __future__ import annotations

from pathlib import Path

from conftest import page_meta
from conftest import report_facts as _facts
from conftest import scoped_facts as _scoped_facts


def test_a_clause_framing_an_indicator_hands_it_to_the_figures_after_it(tmp_path: Path) -> None:
    # 方面, 工作成效: the clause only says what the next ones are about
    facts = _facts(
        tmp_path,
        "铜仁市科学技术局2022年工作总结\n"
        "2022年,全市科技工作稳中有进。科技型中小企业方面,全年评价入库417家,较上年多出96家。"
        "专利工作成效明显,全年授权专利1893件。\n",
    )
    assert ("tech_smes", 2022, "actual", "level", 417.0) in facts
    assert ("patent_grants", 2022, "actual", "level", 1893.0) in facts


def test_a_framing_clause_that_counts_or_qualifies_something_else_hands_on_nothing(
    tmp_path: Path,
) -> None:
    facts = _facts(
        tmp_path,
        "铜仁市科学技术局2022年工作总结\n"
        "2022年,全市科技工作稳中有进。"
        # the indicator qualifies the noun after it, the object of a verb: no frame
        "围绕科技型中小企业成长体系,全年落地23个孵化项目,投入资金3000万元。"
        # the frame's own clause counts something: what follows goes on with that
        "61家企业参加科技型中小企业培训,比上年增加19家。\n",
    )
    assert not {f for f in facts if f[0] == "tech_smes"}


def test_a_change_jieba_glues_to_its_manner_is_still_a_change(tmp_path: Path) -> None:
    # jieba tags 持续增长 and 快速增长 as nouns, and 跨越式 and 恢复性 as nouns before 增长
    facts = _facts(
        tmp_path,
        "六盘水市科学技术局2023年工作总结\n"
        "2023年,全市技术合同成交额持续增长38.6%,规模达到21.4亿元。"
        "全社会研发经费投入快速增长17.2%,总量达到9.8亿元。"
        "发明专利授权量恢复性增长12.5%,高新技术企业数量跨越式增长41.3%。"
        "全市经济增长6.1%。\n",
    )
    assert ("tech_contract_turnover", 2023, "actual", "growth_pct", 38.6) in facts
    assert ("rd_expenditure", 2023, "actual", "growth_pct", 17.2) in facts
    assert ("invention_patent_grants", 2023, "actual", "growth_pct", 12.5) in facts
    assert ("high_tech_enterprises", 2023, "actual", "growth_pct", 41.3) in facts
    # 经济增长 is a noun of its own: the economy's growth is no indicator's
    assert not {f for f in facts if f[4] == 6.1}


def test_a_range_of_months_in_a_title_is_no_date(tmp_path: Path) -> None:
    # 2023年1-9月 writes the year with 年 and the months with a dash: a range, not 9 January
    meta = page_meta(
        "芒市科技局2023年1-9月工作推进情况\n"
        "今年以来,市科技局紧扣年度目标任务,抓重点、补短板,各项工作有序推进。"
        "截至9月底,全市科技型中小企业评价入库68家,完成年度任务的85%。\n"
    )
    assert meta.title == "芒市科技局2023年1-9月工作推进情况"
    assert meta.published_on is None
    # a date keeps one way of writing its parts apart
    dated = page_meta(
        "芒市科技局2023年工作总结\n发布时间:2023/12/28\n"
        "2023年,全市科技型中小企业评价入库80家,比上年增加12家,科技工作稳步推进。\n"
    )
    assert str(dated.published_on) == "2023-12-28"


def test_a_review_of_part_of_a_year_plans_the_rest_of_that_year(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "芒市科技局2023年1-9月工作推进情况\n"
        "今年以来,市科技局紧扣年度目标任务,抓重点、补短板,各项工作有序推进。\n"
        "一、工作完成情况\n"
        "截至9月底,全市科技型中小企业评价入库68家;技术合同登记额0.42亿元。\n"
        "二、第四季度工作打算\n"
        "全力冲刺全年目标,确保科技型中小企业入库80家,技术合同登记额达到0.6亿元。\n",
    )
    assert ("tech_smes", 2023, "actual", "level", 68.0) in facts
    assert ("tech_smes", 2023, "target", "level", 80.0) in facts
    assert ("tech_contract_turnover", 2023, "target", "level", 60_000_000.0) in facts
    assert not {f for f in facts if f[1] == 2024}


def test_a_date_a_list_of_articles_prints_after_a_title_is_no_part_of_it() -> None:
    body = (
        "\n2022年,全县新认定高新技术企业9家,有效高新技术企业达到37家,科技工作稳步推进。"
        "2023年,力争新认定高新技术企业10家。\n"
    )
    for line in (
        "祁连县科技局2022年工作总结和2023年工作思路(2023-01-29)",
        "祁连县科技局2022年工作总结和2023年工作思路 2023/01/29",
    ):
        meta = page_meta(line + body)
        assert meta.title == "祁连县科技局2022年工作总结和2023年工作思路"
        assert (meta.city_zh, meta.report_year, meta.plan_year) == ("祁连县", 2022, 2023)
        assert meta.years_basis == "title"


def test_an_attachments_file_type_is_no_part_of_its_title() -> None:
    body = "\n2022年,全县新认定高新技术企业9家,有效高新技术企业达到37家,科技工作稳步推进。\n"
    for line in ("祁连县科技局2022年工作总结.docx", "附件:祁连县科技局2022年工作总结.PDF"):
        assert page_meta(line + body).title == "祁连县科技局2022年工作总结"


def test_the_province_before_a_name_is_no_scope_of_the_figure_the_issuer_gives(
    tmp_path: Path,
) -> None:
    facts = _scoped_facts(
        tmp_path,
        "眉山市科学技术局2023年工作总结\n"
        "2023年,全省技术合同成交额达到2026亿元,我市达到41.3亿元,增长23.6%。"
        "全省高新技术企业突破1.9万家,我市达到412家。\n",
    )
    # the province's figures are left out, and 全省 is no scope (省级) of the city's own
    assert facts == {
        ("tech_contract_turnover", "level", 4_130_000_000.0, None),
        ("tech_contract_turnover", "growth_pct", 23.6, None),
        ("high_tech_enterprises", "level", 412.0, None),
    }


def test_what_was_added_over_the_last_few_years_is_no_years_increment(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "德阳市科学技术局2023年工作总结\n"
        "近三年,全市新增高新技术企业214家,总数达到703家。"
        "过去五年来,全市累计新认定省级以上众创空间31家。"
        "2023年,全市新增高新技术企业86家。\n",
    )
    increments = {f for f in facts if f[3] == "increment"}
    assert increments == {("high_tech_enterprises", 2023, "actual", "increment", 86.0)}
    # what there is at the span's end is the year's stock
    assert ("high_tech_enterprises", 2023, "actual", "level", 703.0) in facts


def test_a_report_on_the_years_tasks_reads_each_goal_its_result_and_the_results_change(
    tmp_path: Path,
) -> None:
    # each item: the indicator as a heading of its own, the goal, then what came of it
    facts = _facts(
        tmp_path,
        "关于2022年度科技工作目标任务完成情况的报告\n"
        "市政府:现将我局2022年度目标任务完成情况报告如下。\n"
        "(一)研发经费投入强度。年度目标1.6%,预计完成1.68%。\n"
        "(二)技术合同成交额。年度目标9亿元,完成10.4亿元,比上年增长26%。\n"
        "(三)全社会研发经费投入。目标增长12%,实际增长14.5%。\n"
        "池州市科学技术局\n2023年1月10日\n",
    )
    assert ("rd_intensity", 2022, "target", "share_pct", 1.6) in facts
    assert ("rd_intensity", 2022, "actual", "share_pct", 1.68) in facts
    assert ("tech_contract_turnover", 2022, "target", "level", 900_000_000.0) in facts
    assert ("tech_contract_turnover", 2022, "actual", "level", 1_040_000_000.0) in facts
    # the change said after the result is the result's, not a goal of the next year
    assert ("tech_contract_turnover", 2022, "actual", "growth_pct", 26.0) in facts
    # a goal of growth, then the growth reached
    assert ("rd_expenditure", 2022, "target", "growth_pct", 12.0) in facts
    assert ("rd_expenditure", 2022, "actual", "growth_pct", 14.5) in facts
    assert not {f for f in facts if f[1] == 2023}


def test_a_count_of_firms_that_did_something_is_no_stock_of_the_kind(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "襄阳市科学技术局2022年工作总结\n"
        "2022年,全市高新技术企业总数达到1210家。"
        "全市已有430家高新技术企业设立了研发机构,65家科技型中小企业开展了校企合作。"
        # …but what they all produced is said of them all, and a procedure is the kind's own
        "全市1210家高新技术企业实现营业收入2200亿元。全年有156家企业通过高新技术企业认定。\n",
    )
    assert {f[4] for f in facts if f[0] in ("high_tech_enterprises", "tech_smes")} == {
        1210.0,
        156.0,
    }
    assert ("high_tech_enterprises", 2022, "actual", "increment", 156.0) in facts


def test_the_laws_name_for_national_high_tech_enterprises_is_national() -> None:
    from ingest.extraction.lexicon import load_lexicon

    lexicon = load_lexicon()
    for name in ("国家重点支持的高新技术企业", "国家重点扶持的高新技术企业"):
        mentions = [m for m in lexicon.find_mentions(f"全县{name}达到41家") if m.indicator_code]
        assert [(m.indicator_code, m.form.qualifier) for m in mentions] == [
            ("high_tech_enterprises", "国家级")
        ]


def test_patents_named_bare_then_counted_by_their_procedure(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "常州市科学技术局2021年工作总结\n"
        "2021年,全市知识产权工作稳步推进。发明专利方面,申请量9160件,授权量3524件。"
        "其中,专利的增速放缓,申请量同比增长4.2%,授权量同比增长3.1%。"
        # a kind of patents, or patents as an object, names no count of all of them
        "实用新型专利数量最多,申请量和授权量分别达2.1万件和1.6万件。\n",
    )
    assert ("invention_patent_applications", 2021, "actual", "level", 9160.0) in facts
    assert ("invention_patent_grants", 2021, "actual", "level", 3524.0) in facts
    assert ("patent_applications", 2021, "actual", "growth_pct", 4.2) in facts
    assert ("patent_grants", 2021, "actual", "growth_pct", 3.1) in facts
    assert not {f for f in facts if f[4] in (21_000.0, 16_000.0)}


def test_a_name_and_its_share_listed_before_one_standing_are_each_ranked(
    tmp_path: Path,
) -> None:
    facts = _facts(
        tmp_path,
        "漳州市科学技术局2022年工作总结\n"
        "2022年,全市研发经费投入、投入强度均居全省第四。"
        "R&D(研究与试验发展)经费投入强度增幅居全省第二。\n",
    )
    ranks = {(f[0], f[4]) for f in facts if f[3] == "rank"}
    # a gloss in brackets (研究与试验发展) lists nothing; a growth's standing is no indicator's
    assert ranks == {("rd_expenditure", 4.0), ("rd_intensity", 4.0)}


def test_a_list_whose_items_end_on_their_procedure_and_count_is_read_item_by_item(
    tmp_path: Path,
) -> None:
    facts = _facts(
        tmp_path,
        "漳州市科学技术局2022年工作总结\n"
        "2022年,全市科技型中小企业评价入库数量、高新技术企业认定数量分别居全省第3位和第6位。\n",
    )
    assert {(f[0], f[4]) for f in facts if f[3] == "rank"} == {
        ("tech_smes", 3.0),
        ("high_tech_enterprises", 6.0),
    }


def test_scopes_listed_before_a_name_give_a_figure_each_or_one_figure_for_all(
    tmp_path: Path,
) -> None:
    facts = _scoped_facts(
        tmp_path,
        "南平市科学技术局2022年工作总结\n"
        "2022年,全市国家级、省级、市级科技企业孵化器分别达到2家、9家和17家。"
        "全年新备案国家、省、市级星创天地11家。新培育14家省、市级众创空间。\n",
    )
    assert facts == {
        ("incubators", "level", 2.0, "国家级"),
        ("incubators", "level", 9.0, "省级"),
        ("incubators", "level", 17.0, "市级"),
        # one count for every level from the top down to the last
        ("star_innovation_bases", "increment", 11.0, "市级及以上"),
        # …and for two: one figure, not one per scope
        ("maker_spaces", "increment", 14.0, "省级及市级"),
    }


def test_scopes_listed_bottom_up_and_the_ministerial_level(tmp_path: Path) -> None:
    facts = _scoped_facts(
        tmp_path,
        "南平市科学技术局2022年工作总结\n"
        "2022年,全市新获批省部级重点实验室3家,新增省级和国家级众创空间各2家。\n",
    )
    assert facts == {
        ("key_laboratories", "increment", 3.0, "省级"),
        ("maker_spaces", "increment", 2.0, "省级"),
        ("maker_spaces", "increment", 2.0, "国家级"),
    }


def test_a_round_figure_named_by_its_unit_alone_is_read(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "苏州市科学技术局2019年工作总结\n"
        "2019年,全市高新技术企业突破万家。全市技术合同成交额超亿元。千家万户受益于科技创新。\n",
    )
    assert facts == {
        ("high_tech_enterprises", 2019, "actual", "level", 10_000.0),
        ("tech_contract_turnover", 2019, "actual", "level", 100_000_000.0),
    }


def test_a_peer_given_as_the_source_owns_the_whole_area_after_it(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "马鞍山市科学技术局2023年工作总结\n"
        "2023年,全市新认定高新技术企业102家。"
        "2月3日,滁州市科技局发布消息,截至2023年底,全市高新技术企业达到1012家。"
        "据铜陵市科学技术局统计,全市研发投入强度达到2.6%。"
        # …but the issuer speaking as itself keeps what follows
        "滁州市科技局来我市交流,全市技术合同成交额达到86.5亿元。\n",
    )
    assert facts == {
        ("high_tech_enterprises", 2023, "actual", "increment", 102.0),
        ("tech_contract_turnover", 2023, "actual", "level", 8_650_000_000.0),
    }


def test_a_task_report_reads_what_was_done_after_each_goal_as_the_years_actuals(
    tmp_path: Path,
) -> None:
    facts = _facts(
        tmp_path,
        "齐齐哈尔市科学技术局关于2021年度目标任务完成情况的报告\n"
        "市考评办:现将我局2021年度目标任务完成情况报告如下。\n"
        "1.高新技术企业。目标新增30家,完成新增37家,完成目标的123%;全市高新技术企业总数达到206家。\n"
        "2.科技型中小企业。目标入库评价260家,实际入库288家。\n"
        "3.创新平台。目标新增6个,完成9个,其中省级重点实验室3个。\n"
        "4.孵化载体。目标新增2家,完成新增孵化器1家、众创空间2家。\n"
        "5.每万人口发明专利拥有量目标2.6件,实际达到2.71件。\n"
        "二、2022年工作打算\n目标:新增高新技术企业40家,达到246家。\n",
    )
    actual_2021 = {(f[0], f[3], f[4]) for f in facts if f[1:3] == (2021, "actual")}
    assert actual_2021 >= {
        ("high_tech_enterprises", "increment", 37.0),
        ("high_tech_enterprises", "level", 206.0),  # after the result, a statement of its own
        ("tech_smes", "level", 288.0),
        ("innovation_platforms", "increment", 9.0),
        ("key_laboratories", "increment", 3.0),  # a part of the new ones
        ("incubators", "increment", 1.0),
        ("maker_spaces", "increment", 2.0),
        ("invention_patents_per_10k", "level", 2.71),
    }
    targets_2022 = {(f[0], f[4]) for f in facts if f[1:3] == (2022, "target")}
    # (a goal list's next item, 达到…, is no result)
    assert targets_2022 == {("high_tech_enterprises", 40.0), ("high_tech_enterprises", 246.0)}


def test_a_heading_on_how_the_key_work_went_looks_back(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "株洲市科学技术局2019年工作总结和2020年工作打算\n"
        "一、主要指标完成情况\n全市高新技术企业总数达到402家,净增71家。\n"
        "二、重点工作推进情况\n(一)平台建设。新建省级工程技术研究中心5个,全市省级以上创新平台达到188个。\n"
        "(二)人才服务。全市共选派科技特派员265名,服务覆盖所有乡镇。\n"
        "三、2020年工作打算\n力争全市高新技术企业突破460家。\n",
    )
    assert ("innovation_platforms", 2019, "actual", "level", 188.0) in facts
    assert ("sci_tech_commissioners", 2019, "actual", "level", 265.0) in facts
    assert {(f[0], f[4]) for f in facts if f[2] == "target"} == {("high_tech_enterprises", 460.0)}


def test_a_short_line_opening_on_the_plan_year_heads_the_plan(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "常州市科技局2022年科技创新工作总结\n"
        "2022年,全市科技创新各项工作稳步推进,多项指标位居全省前列。\n\n"
        "● 高新技术企业总数达到3200家,净增560家\n● 技术合同成交额突破300亿元\n\n"
        # a year alone on its line is a label (an infographic's big figure), no heading
        "2023年\n\n全市新增省级工程技术研究中心28家,研发投入强度居全省第二。\n\n"
        "2023年,我们这样干\n\n● 高新技术企业总数突破3600家\n● 技术合同成交额达到340亿元\n",
    )
    assert ("high_tech_enterprises", 2023, "target", "level", 3600.0) in facts
    assert ("tech_contract_turnover", 2023, "target", "level", 34_000_000_000.0) in facts
    assert ("high_tech_enterprises", 2022, "actual", "level", 3200.0) in facts
    assert ("rd_intensity", 2022, "actual", "rank", 2.0) in facts


def test_a_document_number_on_its_own_line_is_no_title() -> None:
    # a reply whose page kept its document number and lost its heading has no title
    meta = page_meta(
        "承科建〔2022〕9号\n\n王丽代表:\n\n"
        "您提出的《关于支持科技型中小企业发展的建议》收悉。经认真研究,现答复如下:"
        "截至2021年底,全市高新技术企业达到389家,科技型中小企业评价入库612家。\n"
    )
    assert meta.title is None


def test_places_counted_after_a_figure_are_no_indicators(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "固原市科学技术局2021年工作总结\n"
        "2021年,全市选派科技特派员213名,覆盖全市5个县(区)的脱贫村,"
        "深入62个乡镇开展技术服务。全市科技型中小企业评价入库85家,分布在4个县区。\n",
    )
    assert facts == {
        ("sci_tech_commissioners", 2021, "actual", "level", 213.0),
        ("tech_smes", 2021, "actual", "level", 85.0),
    }


def test_a_standing_among_a_counted_group_of_peers_is_the_figures(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "赤峰市科学技术局2022年工作总结\n"
        "2022年,全市科技型中小企业评价入库296家,在全区12个盟市中居第三位;"
        "每万名从业人员研发人员得分为61.2分,在12个盟市中排名第五。\n",
    )
    # the second standing is a score's, whatever the clause before named
    assert {(f[0], f[3], f[4]) for f in facts} == {
        ("tech_smes", "level", 296.0),
        ("tech_smes", "rank", 3.0),
    }
