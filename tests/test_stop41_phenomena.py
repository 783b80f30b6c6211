"""Phenomena met in pages and report-like texts read during stop 41, in texts written for
these tests."""

from __future__ import annotations

from pathlib import Path

from conftest import page_meta
from conftest import report_facts as _facts
from conftest import scoped_facts as _scoped_facts


def test_a_count_of_a_compound_whose_head_follows_the_name_is_no_count_of_the_kind(
    tmp_path: Path,
) -> None:
    # 服务机构, 研发中心: a verbal noun and a noun after the name make the head counted
    facts = _facts(
        tmp_path,
        "白山市科学技术局2021年工作总结\n"
        "2021年,全市科技工作稳步推进。全市现有9家高新技术企业服务机构,"
        "另有14家科技型中小企业研发中心投入运行。"
        "全年新认定高新技术企业23家,总数达到97家。\n",
    )
    assert {f for f in facts if f[0] in ("high_tech_enterprises", "tech_smes")} == {
        ("high_tech_enterprises", 2021, "actual", "increment", 23.0),
        ("high_tech_enterprises", 2021, "actual", "level", 97.0),
    }


def test_firms_a_verb_was_done_to_are_no_count_of_the_kind(tmp_path: Path) -> None:
    # 走访了, 对…进行了调研: those visited or surveyed, however the verb is marked
    facts = _facts(
        tmp_path,
        "白山市科学技术局2021年工作总结\n"
        "2021年,全市科技工作稳步推进。局领导班子先后走访了31家高新技术企业,"
        "帮扶解决实际困难46个。\n\n"
        "全年入库科技型中小企业88家,同比增长12.8%。\n",
    )
    assert {f for f in facts if f[0] in ("high_tech_enterprises", "tech_smes")} == {
        ("tech_smes", 2021, "actual", "level", 88.0),
        ("tech_smes", 2021, "actual", "growth_pct", 12.8),
    }


def test_a_plans_paragraph_opening_on_an_earlier_year_looks_back_on_it(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "通辽市2016年科技工作要点\n\n"
        "2015年,全市科技系统攻坚克难,各项工作稳中有进。全年登记技术合同成交额1.7亿元;"
        "高新技术企业达到21家;授权专利412件。\n\n"
        "一、主要目标\n"
        "(一)高新技术企业达到26家,技术合同成交额力争达到2亿元。\n",
    )
    assert {f for f in facts if f[0] == "high_tech_enterprises"} == {
        ("high_tech_enterprises", 2015, "actual", "level", 21.0),
        ("high_tech_enterprises", 2016, "target", "level", 26.0),
    }
    assert ("tech_contract_turnover", 2015, "actual", "level", 1.7e8) in facts
    assert ("patent_grants", 2015, "actual", "level", 412.0) in facts


def test_a_top_level_key_work_heading_in_a_summary_alone_heads_the_years_work(
    tmp_path: Path,
) -> None:
    # 二、重点工作 in a report titled 工作总结 and nothing ahead: what was done that year
    facts = _facts(
        tmp_path,
        "阿拉善盟科学技术局2020年工作总结\n\n"
        "2020年,盟科技局统筹疫情防控和科技创新,各项工作有序推进。\n\n"
        "一、总体情况\n全年科技工作实现稳中有进。\n\n"
        "二、重点工作\n"
        "(一)壮大创新主体。全盟新认定高新技术企业6家,总数达到31家。\n"
        "(二)加快成果转化。全盟技术合同成交额2.4亿元,同比增长15.2%。\n",
    )
    assert {f for f in facts if f[0] == "high_tech_enterprises"} == {
        ("high_tech_enterprises", 2020, "actual", "increment", 6.0),
        ("high_tech_enterprises", 2020, "actual", "level", 31.0),
    }
    assert ("tech_contract_turnover", 2020, "actual", "growth_pct", 15.2) in facts


def test_a_key_work_heading_still_opens_the_plan_of_a_summary_and_plan(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "阿拉善盟科学技术局2020年工作总结和2021年工作计划\n\n"
        "一、2020年工作情况\n全盟新认定高新技术企业6家,总数达到31家。\n\n"
        "二、重点工作\n(一)壮大创新主体。高新技术企业总数达到36家。\n",
    )
    assert ("high_tech_enterprises", 2021, "target", "level", 36.0) in facts
    assert ("high_tech_enterprises", 2020, "actual", "level", 31.0) in facts


def test_the_government_portal_a_page_was_taken_from_names_its_issuer() -> None:
    # a county's news that names its prefecture more often than itself
    meta = page_meta(
        "庄河市人民政府门户网站 > 政务动态\n"
        "我市召开科技创新大会\n"
        "发布时间:2015年02月10日 来源:市科技局\n\n"
        "2月9日,我市召开科技创新大会。会议指出,2014年我市争取大连市级以上科技项目38项,"
        "获大连市科学技术奖5项,在大连市所辖县区科技进步考核中位列第二。"
        "全市高新技术企业达到29家。大连市科技局有关负责同志出席会议。\n"
    )
    assert (meta.city_zh, meta.city_basis) == ("庄河市", "site")


def test_a_citys_portal_over_one_of_its_counties_text_gives_the_county() -> None:
    meta = page_meta(
        "大连市人民政府门户网站 > 区市县动态\n"
        "科技特派员服务乡村振兴\n"
        "发布时间:2021年06月02日\n\n"
        "今年以来,庄河市选派科技特派员86名,深入全市乡镇开展技术服务。全市累计推广新品种23个。\n"
    )
    assert meta.city_zh == "庄河市"


def test_goals_a_paragraph_announces_with_a_colon_are_the_list_after_it(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "会宁县科学技术局2016年工作总结\n\n"
        "2016年,全县授权专利146件,高新技术企业达到7家。\n\n"
        "下一步,我局将紧扣脱贫攻坚抓好科技工作,主要目标是:\n"
        "1.高新技术企业达到9家;\n"
        "2.授权专利180件以上。\n"
        "全年共选派科技特派员64名,覆盖全县所有乡镇,科技服务实现全覆盖。\n",
    )
    assert ("high_tech_enterprises", 2017, "target", "level", 9.0) in facts
    assert ("patent_grants", 2017, "target", "level", 180.0) in facts
    assert ("patent_grants", 2016, "actual", "level", 146.0) in facts
    # the list ends where a paragraph that is no item of it begins
    assert ("sci_tech_commissioners", 2016, "actual", "level", 64.0) in facts


def test_a_figure_the_goal_noun_follows_is_the_goal(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "遵义市科学技术局2019年上半年工作总结\n\n"
        "1-6月,全市技术合同成交额9.2亿元,完成全年20亿元目标的46%。"
        "全市新认定高新技术企业31家,实现了25家的年度目标。\n",
    )
    assert {f for f in facts if f[0] == "tech_contract_turnover"} == {
        ("tech_contract_turnover", 2019, "actual", "level", 9.2e8),
        ("tech_contract_turnover", 2019, "target", "level", 2e9),
    }
    assert ("high_tech_enterprises", 2019, "actual", "increment", 31.0) in facts
    assert ("high_tech_enterprises", 2019, "target", "level", 25.0) in facts


def test_a_performance_reviews_bounded_values_and_its_goals_set_at_the_years_start(
    tmp_path: Path,
) -> None:
    from ingest.pipeline import process_folder

    (tmp_path / "review.txt").write_text(
        "文昌市科学技术局2022年度部门整体支出绩效自评报告\n"
        "发布时间:2023-04-11\n\n"
        "(二)年度目标。年初确定的主要目标是:全年入库科技型中小企业25家以上,"
        "技术合同成交额不低于3000万元。\n\n"
        "三、绩效指标完成情况\n"
        "(1)科技型中小企业入库数:年度指标值≥25家,实际完成值29家。\n"
        "(2)研发投入强度:指标值≤0.9%,实际完成值0.7%。\n",
        encoding="utf-8",
    )
    rows = {
        (r["indicator_code"], r["year"], r["kind"], r["comparator"], r["value"])
        for r in process_folder(tmp_path).facts.iter_rows(named=True)
    }
    assert {r for r in rows if r[0] == "tech_smes"} == {
        ("tech_smes", 2022, "target", "gte", 25.0),
        ("tech_smes", 2022, "actual", "eq", 29.0),
    }
    assert ("tech_contract_turnover", 2022, "target", "gte", 3e7) in rows
    assert ("rd_intensity", 2022, "target", "lte", 0.9) in rows
    assert ("rd_intensity", 2022, "actual", "eq", 0.7) in rows


def test_a_status_of_one_character_after_zai_narrows_nothing(tmp_path: Path) -> None:
    # 在岗, 在编: those on duty are all there are, as 在库 and 在册 say
    facts = _facts(
        tmp_path,
        "固原市科学技术局2019年工作总结\n\n2019年,全市在岗科技特派员达到214名,比上年增加31名。\n",
    )
    assert ("sci_tech_commissioners", 2019, "actual", "level", 214.0) in facts


def test_a_goal_takes_the_measure_of_the_figure_it_is_the_stated_share_of(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "固原市科学技术局2019年工作总结\n\n"
        "2019年,全市科技型中小企业达到96家,当年净增18家,完成年度目标(80家)的120%。"
        "技术合同成交额1.1亿元,比上年增加0.3亿元,完成年度目标(1亿元)的110%。\n",
    )
    assert ("tech_smes", 2019, "target", "level", 80.0) in facts
    assert ("tech_contract_turnover", 2019, "target", "level", 1e8) in facts
    assert not {f for f in facts if f[2] == "target" and f[3] == "increment"}


def test_the_years_own_goals_in_a_look_back_written_after_it_are_that_years(
    tmp_path: Path,
) -> None:
    facts = _facts(
        tmp_path,
        "松原市科学技术局2018年工作总结和2019年工作计划\n"
        "发布时间:2019-01-20\n\n"
        "一、2018年工作情况\n"
        # the year's goal said as such, a quota and then what was done of it the same year
        "全市科技型中小企业达到64家,净增12家,年度目标为新增10家,超额完成任务。"
        "技术合同成交额:省下达目标任务1.5亿元,全年完成1.8亿元,完成率120%。"
        # a result measured against its goal closes its item: the next one is no goal
        "全社会研发经费支出完成4.4亿元,为年度目标(4亿元)的110%;研发经费投入强度0.61%。\n",
    )
    assert ("tech_smes", 2018, "target", "increment", 10.0) in facts
    assert ("tech_contract_turnover", 2018, "target", "level", 1.5e8) in facts
    assert ("tech_contract_turnover", 2018, "actual", "level", 1.8e8) in facts
    assert ("rd_expenditure", 2018, "target", "level", 4e8) in facts
    assert ("rd_intensity", 2018, "actual", "share_pct", 0.61) in facts
    assert not {f for f in facts if f[1] == 2019}


def test_goals_met_said_after_the_results_are_those_results_goals(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "忻州市科学技术局2017年工作总结\n\n"
        "2017年,全市授权专利652件、发明专利授权58件,均圆满完成年度目标(600件、50件)。"
        "全年评价入库科技型中小企业147家,超额完成省定的120家目标任务。"
        "技术合同成交额:目标2亿元,实际认定登记2.6亿元。\n",
    )
    assert {f for f in facts if f[2] == "target"} == {
        ("patent_grants", 2017, "target", "level", 600.0),
        ("invention_patent_grants", 2017, "target", "level", 50.0),
        ("tech_smes", 2017, "target", "level", 120.0),
        ("tech_contract_turnover", 2017, "target", "level", 2e8),
    }
    assert ("tech_contract_turnover", 2017, "actual", "level", 2.6e8) in facts


def test_a_table_one_cell_a_line_under_a_labelled_header(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "吐鲁番市科学技术局2020年度主要指标完成情况\n\n"
        "2020年,市科技局紧紧围绕市委、市政府的决策部署,统筹推进疫情防控和科技创新工作,"
        "年初确定的各项指标大部分完成,个别指标受疫情影响未能完成,具体情况见下表。\n\n"
        "指标\n单位\n年度目标\n实际完成\n完成率\n"
        "高新技术企业\n家\n8\n9\n112.5%\n"
        "技术合同成交额\n万元\n3000\n2650\n88.3%\n"
        "数据来源:市科技局统计。\n\n"
        "技术合同成交额未完成的主要原因是部分重点企业的技术合同延期到下一年度签订,"
        "下一步我局将加强跟踪服务,推动技术交易市场健康发展。\n",
    )
    assert facts == {
        ("high_tech_enterprises", 2020, "target", "level", 8.0),
        ("high_tech_enterprises", 2020, "actual", "level", 9.0),
        ("tech_contract_turnover", 2020, "target", "level", 3e7),
        ("tech_contract_turnover", 2020, "actual", "level", 2.65e7),
    }


def test_an_infographics_figures_above_their_labels(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "图说2021|三亚科技这一年\n\n"
        "2021年,三亚市坚持创新驱动发展战略,深入推进科技体制改革,科技创新主要指标稳中有进,"
        "一起来看看这一年的成绩单。\n\n"
        "418家\n科技型中小企业入库\n同比增长31.4%\n\n"
        "2.7亿元\n技术合同成交额\n\n"
        "96家\n有效期内高新技术企业\n",
    )
    assert facts == {
        ("tech_smes", 2021, "actual", "level", 418.0),
        ("tech_smes", 2021, "actual", "growth_pct", 31.4),
        ("tech_contract_turnover", 2021, "actual", "level", 2.7e8),
        ("high_tech_enterprises", 2021, "actual", "level", 96.0),
    }


def test_labels_above_their_figures_still_name_them(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "图说2021|三亚科技这一年\n\n"
        "2021年,三亚市坚持创新驱动发展战略,深入推进科技体制改革,科技创新主要指标稳中有进,"
        "一起来看看这一年的成绩单。\n\n"
        "科技型中小企业入库\n418家\n\n"
        "技术合同成交额\n2.7亿元\n",
    )
    assert facts == {
        ("tech_smes", 2021, "actual", "level", 418.0),
        ("tech_contract_turnover", 2021, "actual", "level", 2.7e8),
    }


def test_a_local_papers_masthead_names_its_city() -> None:
    # the interview names a peer city twice and its own city only in the masthead
    meta = page_meta(
        "绵阳日报 2020年1月16日 第02版\n"
        "创新引领 蓄势赋能\n"
        "——访市科技局局长\n\n"
        "记者:去年我市科技工作有哪些亮点?\n"
        "局长:去年全市新增高新技术企业61家,总数达到312家,总量仅次于成都,位居全省第二。"
        "但与成都相比,我们在研发投入上还有差距。\n"
    )
    assert (meta.city_zh, meta.city_basis) == ("绵阳市", "site")


def test_a_paper_named_as_the_source_of_a_repost_names_no_issuer() -> None:
    meta = page_meta(
        "您当前的位置:首页 > 资讯\n\n"
        "旬阳高新区获批省级高新技术产业开发区\n\n"
        "2021-12-10 15:08 来源:渭南日报\n\n"
        "近日,省政府批复同意旬阳高新区升级为省级高新技术产业开发区。"
        "旬阳高新区现有高新技术企业12家。\n"
    )
    assert meta.city_basis != "site"


def test_what_a_policy_pays_is_no_indicators_figure(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "关于《鄂州市支持科技创新若干措施》的政策解读\n\n"
        "2022年,全市技术合同成交额达到36亿元。"
        "对年度技术合同成交额在1000万元以上的企业,按其成交额的3%给予最高80万元奖励。"
        "对首次认定的国家高新技术企业一次性给予30万元资金支持。"
        "对企业研发投入,按照其上年度研发投入增量的10%给予补助。\n",
    )
    assert facts == {("tech_contract_turnover", 2022, "actual", "level", 3.6e9)}


def test_a_growth_column_is_the_latest_years_whichever_way_the_years_run(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "鞍山高新区2021年科技统计公报\n\n"
        "2021年,高新区科技创新主要指标保持增长,详见下表。\n\n"
        "指标 | 单位 | 2021年 | 2020年 | 增长(%)\n"
        "高新技术企业 | 家 | 230 | 196 | 17.3\n"
        "技术合同成交额 | 亿元 | 14.2 | 12.5 | 13.6\n",
    )
    assert {f for f in facts if f[3] == "growth_pct"} == {
        ("high_tech_enterprises", 2021, "actual", "growth_pct", 17.3),
        ("tech_contract_turnover", 2021, "actual", "growth_pct", 13.6),
    }


def test_a_zone_named_in_full_after_its_citys_short_name_is_the_issuer() -> None:
    # 经济技术开发区 after a short name makes it a place, as 高新区 and 开发区 do; the body's
    # 东川 (a park of the zone) is no district of another province
    meta = page_meta(
        "石嘴山经济技术开发区2020年科技工作总结\n\n"
        "2020年,开发区以东川园区、红果子园区为重点推动科技创新,全区高新技术企业达到26家。"
        "开发区新认定高新技术企业7家,园区技术合同成交额1.2亿元,开发区科技工作走在全市前列。\n"
    )
    assert meta.city_zh == "石嘴山经济技术开发区"


def test_a_bracket_naming_a_year_dates_the_figure_before_it(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "北辰区科技局2024年工作总结\n\n"
        "2024年,全区研发投入强度达到3.1%(2023年数据),全区国家高新技术企业达到890家。\n",
    )
    assert ("rd_intensity", 2023, "actual", "share_pct", 3.1) in facts
    assert ("high_tech_enterprises", 2024, "actual", "level", 890.0) in facts


def test_a_brackets_parts_by_level_take_the_figure_and_measure_before_it(tmp_path: Path) -> None:
    facts = _scoped_facts(
        tmp_path,
        "阿荣旗科技局2016年工作总结\n\n"
        "2016年,全旗新认定高新技术企业3家(国家级2家、自治区级1家),"
        "科技企业孵化器达到4家(其中国家级1家)。\n",
    )
    assert facts == {
        ("high_tech_enterprises", "increment", 3.0, None),
        ("high_tech_enterprises", "increment", 2.0, "国家级"),
        ("high_tech_enterprises", "increment", 1.0, "省级"),
        ("incubators", "level", 4.0, None),
        ("incubators", "level", 1.0, "国家级"),
    }


def test_a_respective_clause_goes_through_the_clauses_stated_before_it(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "楚雄州科技局2023年工作总结\n\n"
        "截至2023年底,全州众创空间达到27家,科技企业孵化器9家,分别比上年末增加4家和2家。\n",
    )
    assert facts == {
        ("maker_spaces", 2023, "actual", "level", 27.0),
        ("incubators", 2023, "actual", "level", 9.0),
        ("maker_spaces", 2023, "actual", "increment", 4.0),
        ("incubators", 2023, "actual", "increment", 2.0),
    }


def test_a_round_step_climbed_is_no_figure_of_its_own(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "楚雄州科技局2023年工作总结\n\n2023年,全州技术合同成交额15.3亿元,首次迈上10亿元台阶。\n",
    )
    assert facts == {("tech_contract_turnover", 2023, "actual", "level", 1.53e9)}


def test_must_opening_a_clause_sets_goals_whatever_the_verb(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "楚雄州召开2024年全州科技工作会议\n发布时间:2024-02-20\n\n"
        "会议指出,2023年全州新认定高新技术企业26家。"
        "会议强调,要加快培育创新主体,新认定高新技术企业30家以上。\n",
    )
    assert ("high_tech_enterprises", 2023, "actual", "increment", 26.0) in facts
    assert ("high_tech_enterprises", 2024, "target", "increment", 30.0) in facts


def test_each_sub_areas_quota_is_no_figure_of_the_whole(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "楚雄州科技局2023年工作总结\n\n"
        "2023年,全州共选派科技特派员460名,每个乡镇至少选派科技特派员3名。\n",
    )
    assert facts == {("sci_tech_commissioners", 2023, "actual", "level", 460.0)}


def test_firms_super_deduction_is_the_places_and_a_sum_recognised_is_a_level(
    tmp_path: Path,
) -> None:
    facts = _facts(
        tmp_path,
        "江门市科学技术局2022年工作总结\n\n"
        "2022年,全市企业加计扣除额18.4亿元,同比增长21.5%。"
        "全年认定登记技术合同成交额36.2亿元。\n",
    )
    assert facts == {
        ("rd_tax_deduction", 2022, "actual", "level", 1.84e9),
        ("rd_tax_deduction", 2022, "actual", "growth_pct", 21.5),
        ("tech_contract_turnover", 2022, "actual", "level", 3.62e9),
    }


def test_new_ones_over_last_year_and_a_figure_said_of_each_item(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "天长市科技局2020年工作总结\n\n"
        "2020年,全市高新技术企业达到96家,较上年新增14家。"
        "全市省级科技企业孵化器、省级众创空间均达到3家。\n",
    )
    assert ("high_tech_enterprises", 2020, "actual", "increment", 14.0) in facts
    assert ("incubators", 2020, "actual", "level", 3.0) in facts
    assert ("maker_spaces", 2020, "actual", "level", 3.0) in facts


def test_last_years_start_of_a_change_is_the_year_before_the_one_looked_back_on(
    tmp_path: Path,
) -> None:
    facts = _facts(
        tmp_path,
        "果洛州科技局2019年工作总结\n发布时间:2020-01-10\n\n"
        "2019年,全州科技工作稳步推进。全州高新技术企业由上年的4家增加到7家,"
        "科技型中小企业评价入库12家。\n\n"
        "二、2020年工作计划\n"
        "全州技术合同成交额要由上年的0.8亿元增加至1亿元。\n",
    )
    assert ("high_tech_enterprises", 2018, "actual", "level", 4.0) in facts
    assert ("high_tech_enterprises", 2019, "actual", "level", 7.0) in facts
    assert ("tech_contract_turnover", 2019, "actual", "level", 8e7) in facts
    assert ("tech_contract_turnover", 2020, "target", "level", 1e8) in facts


def test_a_plan_heading_naming_its_year_dates_its_goals_beside_five_year_goals(
    tmp_path: Path,
) -> None:
    facts = _facts(
        tmp_path,
        "玉溪市政府工作报告\n——2021年1月26日在玉溪市第六届人民代表大会第五次会议上\n\n"
        "一、2020年工作回顾\n全市新认定高新技术企业21家,总数达到143家。\n\n"
        "二、“十四五”时期主要目标\n到2025年,全市高新技术企业达到260家。\n\n"
        "三、2021年工作安排\n全年新增高新技术企业25家以上。\n",
    )
    assert {f for f in facts if f[2] == "target"} == {
        ("high_tech_enterprises", 2025, "target", "level", 260.0),
        ("high_tech_enterprises", 2021, "target", "increment", 25.0),
    }


def test_funds_secured_from_levels_listed_with_a_pause_mark_are_of_all_of_them(
    tmp_path: Path,
) -> None:
    facts = _scoped_facts(
        tmp_path,
        "和田地区科技局2017年工作总结\n\n"
        "2017年,全地区争取国家、自治区科技项目资金2870万元,比上年增长9.6%。\n",
    )
    assert ("sci_tech_funds_secured", "level", 2.87e7, "省级及以上") in facts
    assert ("sci_tech_funds_secured", "growth_pct", 9.6, "省级及以上") in facts


def test_a_list_of_years_opening_a_news_item_is_of_its_last_year() -> None:
    meta = page_meta(
        "我市技术合同成交额三年翻番\n\n"
        "发布时间:2025-01-20\n\n"
        "记者从市科技局获悉,2022年、2023年、2024年,全市技术合同成交额分别达到18.2亿元、"
        "26.5亿元和37.9亿元,连续三年保持30%以上的增速。\n"
    )
    assert (meta.report_year, meta.plan_year) == (2024, 2025)


def test_a_province_by_its_one_character_name_and_an_averages_bracket_are_yardsticks(
    tmp_path: Path,
) -> None:
    facts = _facts(
        tmp_path,
        "伊犁州科技局2021年工作总结\n\n"
        "2021年,全州研发经费投入强度为0.52%,同期全疆为0.49%、全国为2.44%。"
        "全州每万人口发明专利拥有量达到1.21件,低于全疆平均水平(1.62件)。"
        "全川高新技术企业突破1.4万家,对我们启发很大。\n",
    )
    assert facts == {
        ("rd_intensity", 2021, "actual", "share_pct", 0.52),
        ("invention_patents_per_10k", 2021, "actual", "level", 1.21),
    }


def test_a_notice_of_an_assessments_results_looks_back_on_the_year_it_names() -> None:
    meta = page_meta(
        "黄南州科学技术局关于2022年度县域科技创新目标责任考核结果的通报\n"
        "发布时间:2023-03-02\n\n"
        "各县人民政府:现将2022年度考核结果通报如下。2022年,全州新认定高新技术企业3家。\n"
    )
    assert (meta.report_year, meta.plan_year) == (2022, 2023)


def test_the_provinces_first_round_and_its_whole_list_are_the_provinces(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "文山州科技局2009年工作总结\n\n"
        "2009年,全州新认定高新技术企业4家。全省首批通过认定的高新技术企业共计212家。"
        "截至年底,全省共有省级众创空间42家、国家级科技企业孵化器3家。"
        "全州高新技术企业数量居全省首位。\n",
    )
    assert facts == {
        ("high_tech_enterprises", 2009, "actual", "increment", 4.0),
        ("high_tech_enterprises", 2009, "actual", "rank", 1.0),
    }
