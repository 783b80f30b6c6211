"""Phenomena met in report-like texts read during stop 42, in texts written for these tests."""

from __future__ import annotations

from pathlib import Path

from conftest import page_meta
from conftest import report_facts as _facts
from conftest import scoped_facts as _scoped_facts


def test_a_meeting_that_deployed_this_years_work_plans_the_year_it_is_held() -> None:
    # 部署了今年…: the meeting's goals are the year of the page, however far a later goal reaches
    meta = page_meta(
        "全县科技工作会议召开\n"
        "发布时间:2016-02-23 来源:县融媒体中心\n\n"
        "2月22日,全县科技工作会议召开。会议回顾了去年全县科技工作,安排了今年工作任务,"
        "表彰了2015年度科技创新先进企业12家。\n\n"
        "去年,全县新认定高新技术企业5家,总数达到31家;专利授权468件。\n\n"
        "会议明确,今年全县科技工作的主要目标是:新认定高新技术企业6家以上,"
        "专利授权520件。到2020年,全县高新技术企业力争达到50家。\n"
    )
    assert (meta.report_year, meta.plan_year) == (2015, 2016)


def test_the_year_before_last_dates_a_figure_two_years_back(tmp_path: Path) -> None:
    # 前年: statistics that lag two years, quoted in a page that looks back on 去年
    facts = _facts(
        tmp_path,
        "县科技局召开年度工作会议\n"
        "发布时间:2019-01-25\n\n"
        "会议总结了去年工作。去年,全县新认定高新技术企业4家,总数达到26家。"
        "据去年秋季公布的统计数据,前年全县研发经费投入2.35亿元,目前年度数据仍在核算。\n",
    )
    assert ("rd_expenditure", 2017, "actual", "level", 2.35e8) in facts
    assert ("high_tech_enterprises", 2018, "actual", "level", 26.0) in facts
    assert not {f for f in facts if f[0] == "rd_expenditure" and f[1] != 2017}


def test_a_list_item_with_its_own_verb_does_not_take_the_new_ones_verb_of_the_list(
    tmp_path: Path,
) -> None:
    # 新增 opens the list; 突破 and a name that is an act (申请专利, 授权专利) measure their own
    facts = _facts(
        tmp_path,
        "抚州市科学技术局2022年工作要点\n\n"
        "2022年主要目标:确保新增高新技术企业40家、技术合同成交额突破12亿元;"
        "全年新增科技型中小企业60家以上,申请专利2600件以上,授权专利1500件。\n",
    )
    assert facts == {
        ("high_tech_enterprises", 2022, "target", "increment", 40.0),
        ("tech_contract_turnover", 2022, "target", "level", 1.2e9),
        ("tech_smes", 2022, "target", "increment", 60.0),
        ("patent_applications", 2022, "target", "level", 2600.0),
        ("patent_grants", 2022, "target", "level", 1500.0),
    }


def test_a_bare_item_after_a_list_of_new_ones_is_still_new(tmp_path: Path) -> None:
    # the guard's other side: an item with no verb of its own goes on with the list's 新增
    facts = _facts(
        tmp_path,
        "抚州市科学技术局2022年工作总结\n\n"
        "2022年,全市新增省级工程技术研究中心5家,省级重点实验室2家,科技企业孵化器3家。\n",
    )
    assert ("key_laboratories", 2022, "actual", "increment", 2.0) in facts
    assert ("incubators", 2022, "actual", "increment", 3.0) in facts


def test_a_paragraph_where_someone_says_what_next_year_holds_is_the_plan(tmp_path: Path) -> None:
    # 负责人表示,明年…: the speaker's lead-in comes before the word of the coming year
    facts = _facts(
        tmp_path,
        "2023年度黄冈科技工作回眸\n"
        "发布时间:2023-12-28\n\n"
        "这一年,全市新认定高新技术企业131家,高新技术企业总数达到862家。"
        "技术合同成交额达到126.5亿元,同比增长24.3%,创历史新高。\n\n"
        "市科技局主要负责人介绍,明年是全面落实三年行动计划的关键之年。"
        "全市将力争高新技术企业总数突破1000家,技术合同成交额达到150亿元。\n",
    )
    assert ("high_tech_enterprises", 2024, "target", "level", 1000.0) in facts
    assert ("tech_contract_turnover", 2024, "target", "level", 1.5e10) in facts
    assert ("high_tech_enterprises", 2023, "actual", "level", 862.0) in facts


def test_a_report_of_ten_months_plans_the_last_two_of_the_same_year() -> None:
    meta = page_meta(
        "来宾市科技局2019年1-10月工作完成情况及11-12月工作计划\n\n"
        "一、工作完成情况\n"
        "1-10月,全市新认定高新技术企业9家,技术合同成交额0.86亿元,"
        "各项工作按计划有序推进,部分指标提前完成全年任务。\n\n"
        "二、11-12月工作计划\n"
        "力争年内再认定高新技术企业3家,技术合同成交额突破1亿元,确保完成全年目标任务。\n"
    )
    assert (meta.report_year, meta.plan_year) == (2019, 2019)


def test_a_chain_of_goals_dates_each_figure_by_the_year_bracketed_after_it(
    tmp_path: Path,
) -> None:
    # 142家(2024年)→170家以上(2026年)→230家以上(2028年): each bracket is its own figure's year,
    # a bound may stand between, and the chain's first year, already looked back on, is a level
    facts = _facts(
        tmp_path,
        "鹤山市科技创新三年行动方案(2026—2028年)\n\n"
        "一、发展基础\n"
        "截至2024年底,全市有效高新技术企业142家,研发投入强度2.1%,各项工作稳步推进,"
        "为今后三年科技创新工作打下了坚实基础。\n\n"
        "二、主要目标\n"
        "(一)有效高新技术企业数量:142家(2024年)→170家以上(2026年)→230家以上(2028年);\n"
        "(二)研发投入强度:2.1%(2024年)→2.5%(2026年)→不低于3%(2028年)。\n",
    )
    assert {f for f in facts if f[0] == "high_tech_enterprises"} == {
        ("high_tech_enterprises", 2024, "actual", "level", 142.0),
        ("high_tech_enterprises", 2026, "target", "level", 170.0),
        ("high_tech_enterprises", 2028, "target", "level", 230.0),
    }
    assert {f for f in facts if f[0] == "rd_intensity"} == {
        ("rd_intensity", 2024, "actual", "share_pct", 2.1),
        ("rd_intensity", 2026, "target", "share_pct", 2.5),
        ("rd_intensity", 2028, "target", "share_pct", 3.0),
    }


def test_respective_goals_framed_by_later_years_go_through_the_names_stated_first(
    tmp_path: Path,
) -> None:
    # A达到x,B达到y;到2026年,分别达到…;到2027年,分别突破…: each 分别 is of A and B in turn
    facts = _facts(
        tmp_path,
        "白城市科技创新能力提升行动计划\n\n"
        "主要目标:到2025年,全市科技型中小企业达到260家,高新技术企业达到85家;"
        "到2026年,分别达到320家、100家;到2027年,分别突破380家、120家。\n",
    )
    assert {(f[0], f[1], f[4]) for f in facts} == {
        ("tech_smes", 2025, 260.0),
        ("high_tech_enterprises", 2025, 85.0),
        ("tech_smes", 2026, 320.0),
        ("high_tech_enterprises", 2026, 100.0),
        ("tech_smes", 2027, 380.0),
        ("high_tech_enterprises", 2027, 120.0),
    }


def test_a_sentence_opening_on_where_its_figure_comes_from_takes_up_the_indicator_before(
    tmp_path: Path,
) -> None:
    # 经…核定, 据…统计: the source, no subject; the figure is of the indicator named before
    facts = _facts(
        tmp_path,
        "伊犁州科学技术局2019年工作总结\n\n"
        "2019年,全州全社会研发经费支出保持较快增长。经自治区统计局核定,全年达到5.46亿元,"
        "占地区生产总值的0.41%。全州新认定高新技术企业11家。\n",
    )
    assert ("rd_expenditure", 2019, "actual", "level", 5.46e8) in facts
    assert ("rd_intensity", 2019, "actual", "share_pct", 0.41) in facts


def test_statistical_and_agricultural_names_of_two_indicators(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "2020年晋中市国民经济和社会发展统计公报(科技部分)\n\n"
        "全年技术市场合同交易额3.18亿元,增长12.7%。全市共有农业科技特派员215名,"
        "覆盖全部乡镇。\n",
    )
    assert ("tech_contract_turnover", 2020, "actual", "level", 3.18e8) in facts
    assert ("tech_contract_turnover", 2020, "actual", "growth_pct", 12.7) in facts
    assert ("sci_tech_commissioners", 2020, "actual", "level", 215.0) in facts


def test_firms_brought_up_that_a_total_follows_are_the_new_ones(tmp_path: Path) -> None:
    # 培育…N家 alone in a look back is what stands; with ,累计达到M家 after it, N are the new
    facts = _facts(
        tmp_path,
        "汉中市科学技术局2022年工作总结\n\n"
        "一、企业创新主体持续壮大\n"
        "培育科技小巨人企业12家,累计达到47家;培育国家高新技术企业151家。\n",
    )
    assert {f for f in facts if f[0] in ("tech_giant_enterprises", "high_tech_enterprises")} == {
        ("tech_giant_enterprises", 2022, "actual", "increment", 12.0),
        ("tech_giant_enterprises", 2022, "actual", "level", 47.0),
        ("high_tech_enterprises", 2022, "actual", "level", 151.0),
    }


def test_growth_after_how_far_the_goal_was_met_is_the_figures(tmp_path: Path) -> None:
    # 为年度目标任务的118%: a completion rate between the figure and its growth is no figure
    # of another thing that would take the growth
    facts = _facts(
        tmp_path,
        "铜川市科学技术局2021年工作总结\n\n"
        "2021年,全市技术合同成交额完成8.3亿元,为年度目标任务的118%,同比增长26.4%。\n",
    )
    assert ("tech_contract_turnover", 2021, "actual", "growth_pct", 26.4) in facts


def test_one_rate_or_rank_said_of_each_figure_given_before(tmp_path: Path) -> None:
    # 均增长…: each figure since the last ;. 两项指标均居…: the last two indicators, across ;
    facts = _facts(
        tmp_path,
        "定西市科学技术局2020年工作总结\n\n"
        "2020年,全市专利申请846件,专利授权512件,均增长15%以上。"
        "全市高新技术企业达到38家,较上年增加9家;科技型中小企业评价入库143家,"
        "两项指标均位居全省第五。\n",
    )
    assert ("patent_applications", 2020, "actual", "growth_pct", 15.0) in facts
    assert ("patent_grants", 2020, "actual", "growth_pct", 15.0) in facts
    assert {f for f in facts if f[3] == "rank"} == {
        ("high_tech_enterprises", 2020, "actual", "rank", 5.0),
        ("tech_smes", 2020, "actual", "rank", 5.0),
    }


def test_a_count_reached_over_a_plan_period_is_the_count_at_its_end(tmp_path: Path) -> None:
    # “十三五”期间…达到: what there was when the period closed; 新增 over it stays no year's
    facts = _facts(
        tmp_path,
        "忻州市2021年科技工作要点\n\n"
        "“十三五”期间,我市科技事业稳步发展:“十三五”末,全市高新技术企业达到64家;"
        "五年间新增科技型中小企业210家。\n\n"
        "2021年主要目标:高新技术企业达到75家。\n",
    )
    assert ("high_tech_enterprises", 2020, "actual", "level", 64.0) in facts
    assert ("high_tech_enterprises", 2021, "target", "level", 75.0) in facts
    assert not {f for f in facts if f[0] == "tech_smes"}


def test_in_run_on_text_a_figure_after_a_names_verb_is_that_names(tmp_path: Path) -> None:
    # …中小企业达812家高新技术企业达305家: no comma, but the next name has its own 达 and figure
    facts = _facts(
        tmp_path,
        "“十四五”以来钦州市科技创新成效显著\n"
        "2024年全市科技型中小企业达812家高新技术企业达305家技术合同成交额实现翻番\n",
    )
    assert {f for f in facts if f[3] == "level"} == {
        ("tech_smes", 2024, "actual", "level", 812.0),
        ("high_tech_enterprises", 2024, "actual", "level", 305.0),
    }


def test_a_part_by_level_named_with_a_word_of_the_indicators_own_name(tmp_path: Path) -> None:
    # 其中国家级资金…: 资金 restates 科技资金, the level before it scopes the part
    facts = _scoped_facts(
        tmp_path,
        "黄山市科学技术局2019年工作总结\n\n"
        "2019年,全市争取省级以上科技资金2860万元,其中国家级资金740万元;"
        "组织申报省级科技计划项目58项。\n",
    )
    assert {f for f in facts if f[0] == "sci_tech_funds_secured"} == {
        ("sci_tech_funds_secured", "level", 2.86e7, "省级及以上"),
        ("sci_tech_funds_secured", "level", 7.4e6, "国家级"),
    }


def test_goals_set_at_the_years_start_and_what_was_actually_done(tmp_path: Path) -> None:
    # 年初设定…N, 实际新认定M: the year's goal and its result, both of the year looked back on
    facts = _facts(
        tmp_path,
        "资阳市科学技术局2019年度部门整体支出绩效自评报告\n\n"
        "一、年度目标完成情况\n"
        "年初设定新认定高新技术企业12家,实际新认定17家,完成率142%;"
        "设定技术合同登记额6亿元,实际完成7.3亿元。\n",
    )
    assert facts == {
        ("high_tech_enterprises", 2019, "target", "increment", 12.0),
        ("high_tech_enterprises", 2019, "actual", "increment", 17.0),
        ("tech_contract_turnover", 2019, "target", "level", 6e8),
        ("tech_contract_turnover", 2019, "actual", "level", 7.3e8),
    }


def test_a_self_assessments_table_of_quotas_and_results_read_as_its_row_names_say(
    tmp_path: Path,
) -> None:
    # 年度指标值 | 实际完成值: the quota and the result of the report year; a row's name says new
    # ones (新增), a level (省级以上) and the year of a statistic that lags ((2021年统计数据))
    facts = _scoped_facts(
        tmp_path,
        "钦州市科学技术局2022年度部门整体支出绩效自评报告\n\n"
        "2022年,我局认真落实市委、市政府决策部署,围绕科技创新重点工作扎实推进预算绩效管理,"
        "各项绩效指标总体完成情况良好,部门整体支出绩效自评结果如下表所示。\n"
        "| 指标名称 | 年度指标值 | 实际完成值 | 完成情况 |\n"
        "| 新增高新技术企业数 | ≥40家 | 57家 | 完成 |\n"
        "| 新增省级以上众创空间 | ≥2家 | 3家 | 完成 |\n"
        "| 全社会R&D经费投入强度(2021年统计数据) | ≥0.8% | 0.74% | 未完成 |\n"
        "| 服务对象满意度 | ≥90% | 95% | 完成 |\n\n"
        "下一步,我局将进一步加强预算绩效管理,强化项目全过程跟踪问效,确保各项绩效目标按期实现。\n",
    )
    assert {f for f in facts if f[0] == "high_tech_enterprises"} == {
        ("high_tech_enterprises", "increment", 40.0, None),
        ("high_tech_enterprises", "increment", 57.0, None),
    }
    assert {f for f in facts if f[0] == "maker_spaces"} == {
        ("maker_spaces", "increment", 2.0, "省级及以上"),
        ("maker_spaces", "increment", 3.0, "省级及以上"),
    }
    rows = _facts(tmp_path, (tmp_path / "report.txt").read_text(encoding="utf-8"))
    assert ("rd_intensity", 2021, "actual", "share_pct", 0.74) in rows
    assert ("high_tech_enterprises", 2022, "target", "increment", 40.0) in rows


def test_the_aim_a_years_work_had_makes_no_figure_a_goal(tmp_path: Path) -> None:
    # 以建设创新型城市为目标: what the work aimed at, not a goal of the figures after it
    facts = _facts(
        tmp_path,
        "枣庄市科学技术局2015年工作总结\n\n"
        "2015年,全市科技工作以建设创新型城市为目标,全社会研发投入达到21.3亿元,"
        "高新技术企业总数达到92家。\n",
    )
    assert facts == {
        ("rd_expenditure", 2015, "actual", "level", 2.13e9),
        ("high_tech_enterprises", 2015, "actual", "level", 92.0),
    }


def test_a_header_laid_out_in_gaps_heads_the_rows_under_it(tmp_path: Path) -> None:
    # 序号  指标名称  单位  目标值  完成值: no figure in the header, yet it is the table's
    facts = _facts(
        tmp_path,
        "金寨县科技局2017年工作总结\n\n"
        "2017年,县科技局在县委、县政府的正确领导下,紧紧围绕创新驱动发展战略,"
        "扎实推进各项科技工作,年度目标任务全面完成,具体完成情况如下表。\n"
        "序号  指标名称            单位    目标值    完成值\n"
        "1     新增高新技术企业    家      4         6\n"
        "2     技术合同成交额      万元    3000      4120\n\n"
        "下一步,我们将继续加大科技创新工作力度,推动全县科技事业再上新台阶。\n",
    )
    assert facts == {
        ("high_tech_enterprises", 2017, "target", "increment", 4.0),
        ("high_tech_enterprises", 2017, "actual", "increment", 6.0),
        ("tech_contract_turnover", 2017, "target", "level", 3e7),
        ("tech_contract_turnover", 2017, "actual", "level", 4.12e7),
    }


def test_a_goals_table_with_thousands_apart_by_spaces_restating_the_prose_bounds(
    tmp_path: Path,
) -> None:
    # 1 472: a thousands gap in a cell of its own; 突破1,650家 in prose and 1 650 in the table
    # are one goal, with the prose's bound
    text = (
        "宜春市2025年科技工作要点\n\n"
        "2025年全市科技工作的主要目标:高新技术企业突破1,650家,全社会研发经费投入增长12%以上,"
        "各项工作力争走在全省前列,为建设创新型城市提供有力支撑。\n\n"
        "附件:2025年主要指标表\n"
        "指标名称 | 单位 | 2024年基数 | 2025年目标\n"
        "高新技术企业数 | 家 | 1 472 | 1 650\n"
        "科技型中小企业数 | 家 | 1 836 | 2 000\n\n"
        "各县(市、区)要对照上述目标,细化工作措施,确保各项目标任务圆满完成。\n"
    )
    (tmp_path / "report.txt").write_text(text, encoding="utf-8")
    from ingest.pipeline import process_folder

    rows = {
        (r["indicator_code"], r["year"], r["kind"], r["comparator"], r["value"])
        for r in process_folder(tmp_path).facts.iter_rows(named=True)
        if r["measure"] == "level"
    }
    assert rows == {
        ("high_tech_enterprises", 2024, "actual", "eq", 1472.0),
        ("high_tech_enterprises", 2025, "target", "gte", 1650.0),
        ("tech_smes", 2024, "actual", "eq", 1836.0),
        ("tech_smes", 2025, "target", "eq", 2000.0),
    }


def test_a_zone_named_after_a_city_that_shares_its_name_with_a_district_elsewhere() -> None:
    # 西安高新区: 西安 is also a district of 辽源; a zone takes its city's name, so the 西安 of
    # a zone's name is the prefecture, whatever 全区 the text says of itself
    meta = page_meta(
        "西安高新区2024年科技创新工作要点\n"
        "发布时间:2024-02-18\n\n"
        "一、2023年工作基础\n"
        "2023年,高新区科技型中小企业评价入库4800家,全区技术合同成交额突破900亿元,"
        "高新区综合排名位居全国国家高新区前列。\n\n"
        "二、2024年主要目标\n"
        "全区高新技术企业力争突破6000家,高新区技术合同成交额力争达到1000亿元。\n"
    )
    assert (meta.city_zh, meta.zone_place_id) == ("西安高新技术产业开发区", "610100")


def test_a_tables_caption_gives_the_money_unit_of_rows_that_say_none(tmp_path: Path) -> None:
    # (单位:家、亿元、%): a money row's bare figures are in the caption's money unit
    facts = _facts(
        tmp_path,
        "大连市甘井子区2024年科技工作要点\n\n"
        "2024年,全区科技工作将坚持创新驱动发展战略,加快建设区域科技创新中心,"
        "全年主要科技创新指标安排如下(单位:家、亿元):\n"
        "指标 | 2023年完成 | 2024年目标\n"
        "高新技术企业 | 412 | 460\n"
        "技术合同成交额 | 58.6 | 65\n\n"
        "各部门要按照职责分工,细化落实措施,确保各项目标任务圆满完成。\n",
    )
    assert ("tech_contract_turnover", 2023, "actual", "level", 5.86e9) in facts
    assert ("tech_contract_turnover", 2024, "target", "level", 6.5e9) in facts
    assert ("high_tech_enterprises", 2024, "target", "level", 460.0) in facts


def test_pairs_of_figures_take_their_half_of_the_legend(tmp_path: Path) -> None:
    # (2021年完成数/2022年目标数): 专利申请量412件/450件 is the result of 2021 and the 2022 goal
    facts = _facts(
        tmp_path,
        "阿拉善盟科技局2022年工作要点\n\n"
        "按照盟行署下达的考核任务,2022年主要指标如下(2021年完成数/2022年目标数):"
        "专利申请量412件/450件;高新技术企业9家/12家。\n",
    )
    assert facts == {
        ("patent_applications", 2021, "actual", "level", 412.0),
        ("patent_applications", 2022, "target", "level", 450.0),
        ("high_tech_enterprises", 2021, "actual", "level", 9.0),
        ("high_tech_enterprises", 2022, "target", "level", 12.0),
    }


def test_a_bulletins_table_one_cell_a_line_with_parts_of_the_row_above(tmp_path: Path) -> None:
    # 指标 / 单位 / 绝对数 / 比上年增长 / (%): the report year's figures and their growth; #发明专利
    # under 专利授权量 is 发明专利授权量; a fall is written -2.1
    facts = _facts(
        tmp_path,
        "2021年常德市国民经济和社会发展统计公报\n\n"
        "九、科学技术\n"
        "年末全市共有高新技术企业512家,全年技术合同成交额48.2亿元,比上年增长31.5%,"
        "全市科技创新能力进一步增强,创新型城市建设取得新进展。\n"
        "表8 2021年专利授权情况\n"
        "指标\n单位\n绝对数\n比上年增长\n(%)\n"
        "专利授权量\n件\n6,208\n-2.1\n"
        "#发明专利\n件\n731\n18.4\n"
        "年末全市共有普通高等学校5所,在校学生8.6万人,各类教育事业协调发展,办学条件持续改善。\n",
    )
    assert {f for f in facts if "patent" in f[0]} == {
        ("patent_grants", 2021, "actual", "level", 6208.0),
        ("patent_grants", 2021, "actual", "growth_pct", -2.1),
        ("invention_patent_grants", 2021, "actual", "level", 731.0),
        ("invention_patent_grants", 2021, "actual", "growth_pct", 18.4),
    }


def test_one_said_in_words_closing_its_item_is_a_count(tmp_path: Path) -> None:
    # …重点实验室一个, : a count; 一个平台 before its noun stays an article; 各一项 is each's
    facts = _scoped_facts(
        tmp_path,
        "武安市科学技术局2011年工作总结\n\n"
        "2011年,全市新建省级重点实验室一个,建成一个科技服务平台,"
        "获省科技进步奖二三等奖各一项。\n",
    )
    assert facts == {("key_laboratories", "increment", 1.0, "省级")}


def test_a_firm_the_place_works_through_is_not_the_subject_of_its_figures(tmp_path: Path) -> None:
    # 依托…集团,新增…: the firm is the means, the figures are the place's
    facts = _facts(
        tmp_path,
        "寿光市科学技术局2020年工作总结\n\n"
        "2020年,全市科技工作稳步推进。\n\n"
        "依托省农业科学院和寿光种业集团,新增国家级星创天地2家,总数达到5家。\n",
    )
    assert facts == {
        ("star_innovation_bases", 2020, "actual", "increment", 2.0),
        ("star_innovation_bases", 2020, "actual", "level", 5.0),
    }


def test_a_districts_own_total_ranked_among_the_citys(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "十堰市张湾区科技局2019年工作总结\n\n"
        "2019年,全区新认定高新技术企业9家。全市高新技术企业总数312家,我区总量居全市第三。\n",
    )
    # (the city's total is its own; the district's rank among the city's districts is the row)
    assert facts == {
        ("high_tech_enterprises", 2019, "actual", "increment", 9.0),
        ("high_tech_enterprises", 2019, "actual", "rank", 3.0),
    }


def test_a_year_opening_an_enumerated_item_is_its_goals_year(tmp_path: Path) -> None:
    # 一是2024年力争…: 是 numbers the item here, it makes no base of the year
    facts = _facts(
        tmp_path,
        "关于区政协第0211号提案的答复\n"
        "发布时间:2024-05-20\n\n"
        "近年来,我区高新技术企业数量稳步增长,2023年有效期内国家高新技术企业达到1342家。\n\n"
        "下一步工作:一是2024年力争新增国家高新技术企业300家;二是持续完善梯度培育体系。\n",
        name="dafu_2024.txt",  # (the file named by the year it was answered in)
    )
    assert ("high_tech_enterprises", 2024, "target", "increment", 300.0) in facts


def test_a_sum_over_a_few_years_is_no_years_figure(tmp_path: Path) -> None:
    # 两年净增, 五年累计: what those years added together
    facts = _facts(
        tmp_path,
        "嘉兴市科技局2023年工作总结\n\n"
        "2023年,全市高新技术企业由2021年的3046家增加到5318家,两年净增2272家;"
        "“科技贷”五年累计发放贷款56.8亿元。\n",
    )
    assert facts == {
        ("high_tech_enterprises", 2021, "actual", "level", 3046.0),
        ("high_tech_enterprises", 2023, "actual", "level", 5318.0),
    }


def test_a_headline_naming_the_goals_a_meeting_set_leaves_its_look_back_a_look_back(
    tmp_path: Path,
) -> None:
    # …会议召开 明确今年主要目标: the headline names goals, but the item first looks back
    facts = _facts(
        tmp_path,
        "全市科技工作会议召开 明确今年科技创新主要目标\n"
        "发布时间:2016年02月26日\n\n"
        "2月25日,2016年全市科技工作会议召开。会议总结了2015年全市科技工作,部署了2016年重点任务。\n\n"
        "会议指出,2015年全市科技工作取得新成效。全年新增高新技术企业14家,总数达到63家。\n\n"
        "会议提出,2016年全市新增高新技术企业力争达到18家。\n",
    )
    assert {f for f in facts if f[0] == "high_tech_enterprises"} == {
        ("high_tech_enterprises", 2015, "actual", "increment", 14.0),
        ("high_tech_enterprises", 2015, "actual", "level", 63.0),
        ("high_tech_enterprises", 2016, "target", "increment", 18.0),
    }


def test_years_in_chinese_numerals_date_paragraphs_and_figures(tmp_path: Path) -> None:
    # 二〇〇八年,… opening a plan's paragraph looks back on 2008; 到二〇一〇年 frames a goal
    facts = _facts(
        tmp_path,
        "二〇〇九年全市科技工作要点\n\n"
        "二〇〇八年,全市科技工作取得明显成效,全年申请专利512件,新认定高新技术企业6家。\n\n"
        "一、主要目标\n"
        "全年申请专利600件以上;高新技术产业增加值占工业增加值的比重提高到12%,"
        "到二〇一〇年达到15%。\n",
    )
    assert ("patent_applications", 2008, "actual", "level", 512.0) in facts
    assert ("high_tech_enterprises", 2008, "actual", "increment", 6.0) in facts
    assert ("patent_applications", 2009, "target", "level", 600.0) in facts
    assert ("high_tech_industry_share", 2010, "target", "share_pct", 15.0) in facts


def test_other_places_headlines_and_the_average_compared_with_are_not_the_issuers(
    tmp_path: Path,
) -> None:
    # ▶ 昌都市:…: a related item's headline names its own place; 高于全市平均水平2.3件: the
    # yardstick's figure
    facts = _facts(
        tmp_path,
        "林芝市科技局2019年工作总结\n\n"
        "2019年,全市技术合同成交额达到0.6亿元;每万人发明专利拥有量4.1件,高于全区平均水平2.3件。\n\n"
        "相关阅读\n"
        "▶ 昌都市:去年技术合同成交额突破1亿元\n",
    )
    assert facts == {
        ("tech_contract_turnover", 2019, "actual", "level", 6e7),
        ("invention_patents_per_10k", 2019, "actual", "level", 4.1),
    }


def test_a_heading_naming_a_share_and_its_base_year_value_after_it(tmp_path: Path) -> None:
    # 1.全社会R&D经费支出占GDP比重。2020年基期值为2.41%…: the share the heading names; 基期值
    # says which value, it is no subject of its own
    facts = _facts(
        tmp_path,
        "绍兴市科技创新“十四五”规划中期评估报告\n\n"
        "一、主要指标完成情况\n"
        "1.全社会R&D经费支出占GDP比重。2020年基期值为2.41%,2021年为2.55%,"
        "2022年初步测算为2.63%,完成情况总体较好。\n",
    )
    # (and the series goes on, each clause opening on its own year)
    assert {f for f in facts if f[0] == "rd_intensity"} == {
        ("rd_intensity", 2020, "actual", "share_pct", 2.41),
        ("rd_intensity", 2021, "actual", "share_pct", 2.55),
        ("rd_intensity", 2022, "actual", "share_pct", 2.63),
    }


def test_a_standing_said_of_an_amount_and_its_share_with_jun_ranks_both(tmp_path: Path) -> None:
    # 研发经费支出…,占GDP比重…,均居全省第二位: the amount and the share are each ranked
    facts = _facts(
        tmp_path,
        "大庆市科学技术局2013年工作总结\n\n"
        "2013年,全市全社会研发经费支出41.2亿元,占GDP比重1.08%,均居全省第二位。\n",
    )
    assert {f for f in facts if f[3] == "rank"} == {
        ("rd_expenditure", 2013, "actual", "rank", 2.0),
        ("rd_intensity", 2013, "actual", "rank", 2.0),
    }


def test_two_kinds_of_funds_joined_before_one_sum_are_the_funds_secured(tmp_path: Path) -> None:
    # 争取A资金和B经费N: the sum of both, funds secured; two kinds of projects lumped before
    # one count (产学研合作与成果转化项目39项) stay no figure of either
    facts = _scoped_facts(
        tmp_path,
        "宜昌市科学技术局2021年工作总结\n\n"
        "2021年,全市争取中央引导地方科技发展资金和省级科技项目经费1.63亿元;"
        "实施产学研合作与成果转化项目39项。\n",
    )
    assert facts == {("sci_tech_funds_secured", "level", 1.63e8, None)}


def test_the_province_after_the_occasion_word_scopes_its_whole_list(tmp_path: Path) -> None:
    # 此次全省共认定A 121家、B 18家: the province's round, whatever occasion word opens it
    facts = _scoped_facts(
        tmp_path,
        "滁州市科技局2018年工作动态\n\n"
        "近日,省科技厅公布2018年度省级科技创新平台名单。此次全省共认定省级工程技术研究中心"
        "121家、省重点实验室18家,我市新增省重点实验室2家。\n",
    )
    assert facts == {("key_laboratories", "increment", 2.0, "省级")}


def test_the_figure_of_the_year_a_result_passed_is_that_years(tmp_path: Path) -> None:
    # 已超过去年全年的4300万元: last year's own figure, not this year's
    facts = _facts(
        tmp_path,
        "长葛市科技贷业务发展迅速\n发布时间:2019-08-12\n\n"
        "今年1至7月,全市通过“科技贷”业务发放科技贷款5860万元,已超过去年全年的4300万元。\n",
    )
    assert ("tech_finance_loans", 2018, "actual", "level", 4.3e7) in facts
    assert ("tech_finance_loans", 2019, "actual", "level", 4.3e7) not in facts


def test_a_subtitle_under_its_headline_is_not_the_title() -> None:
    meta = page_meta(
        "襄阳研发投入强度再创新高\n"
        "——解读《2023年湖北省科技经费投入统计公报》\n"
        "襄阳日报 2024-10-28\n\n"
        "日前,省统计局等部门联合发布《2023年湖北省科技经费投入统计公报》。数据显示,"
        "去年我市研究与试验发展经费投入增长15.6%,投入强度继续位居全省前列。\n"
    )
    assert meta.title == "襄阳研发投入强度再创新高"


def test_a_year_after_where_the_figures_come_from_reaches_past_the_semicolon(
    tmp_path: Path,
) -> None:
    # 公报显示,2017年…;…强度为3.12%: the sentence's year, said after its source, dates the
    # clauses after ; too
    facts = _facts(
        tmp_path,
        "广汉市R&D经费投入强度达3.12%\n发布时间:2018-10-16\n\n"
        "公报显示,2017年全市R&D经费支出12.35亿元,比上年增长21.4%;"
        "R&D经费投入强度为3.12%。\n",
    )
    assert ("rd_intensity", 2017, "actual", "share_pct", 3.12) in facts
    assert ("rd_expenditure", 2017, "actual", "level", 1.235e9) in facts


def test_agreements_signed_are_counted_as_the_years_level_new_ones_when_said(
    tmp_path: Path,
) -> None:
    # 签订产学研合作项目21项: the year's count; 新签订 says new ones
    facts = _facts(
        tmp_path,
        "枝江市科技局2013年工作总结\n\n"
        "2013年,全市与三峡大学等高校签订产学研合作项目21项。\n\n"
        "二、2014年工作计划\n"
        "新签订产学研合作项目25项以上。\n",
    )
    assert facts == {
        ("industry_university_projects", 2013, "actual", "level", 21.0),
        ("industry_university_projects", 2014, "target", "increment", 25.0),
    }
