"""Phenomena met in report-like texts read during stop 43, in texts written for these tests."""

from __future__ import annotations

from pathlib import Path

from conftest import page_meta
from conftest import report_facts as _facts
from conftest import scoped_facts as _scoped_facts


def test_a_years_goal_with_the_indicator_named_inside_it_and_its_estimate_are_that_years(
    tmp_path: Path,
) -> None:
    # 年度目标为<indicator>增长12%,预计全年增长14.5%: the goal and the estimate after it are both
    # of the year the report looks back on, not of the plan year after it
    facts = _facts(
        tmp_path,
        "南通市科学技术局关于2021年度目标任务完成情况的报告\n\n"
        "市政府:现将我局牵头的科技创新指标完成情况报告如下。\n\n"
        "一、指标完成情况\n"
        "(一)研发投入。年度目标为全社会研发经费增长11%,预计全年增长13.2%,"
        "研发投入强度达到2.95%。\n"
        "(二)高新技术企业。年度目标新增200家,实际新增236家。\n\n"
        "二、2022年工作打算\n"
        "2022年,全社会研发经费增长10%以上,高新技术企业净增220家。\n",
    )
    assert {f for f in facts if f[0] == "rd_expenditure"} == {
        ("rd_expenditure", 2021, "target", "growth_pct", 11.0),
        ("rd_expenditure", 2021, "actual", "growth_pct", 13.2),
        ("rd_expenditure", 2022, "target", "growth_pct", 10.0),
    }
    assert ("rd_intensity", 2021, "actual", "share_pct", 2.95) in facts


def test_goals_set_at_the_start_of_the_year_under_a_goals_heading_are_that_years(
    tmp_path: Path,
) -> None:
    # a performance self-assessment: 年初确定的目标 under 年度绩效目标 is of the year assessed
    facts = _facts(
        tmp_path,
        "慈溪市2022年度科技发展专项资金绩效自评报告\n"
        "(2023年2月)\n\n"
        "一、年度绩效目标\n"
        "年初确定的绩效目标为:新认定国家高新技术企业90家;技术交易额30亿元。\n\n"
        "二、目标完成情况\n"
        "全年新认定国家高新技术企业104家,技术交易额33.5亿元。\n\n"
        "三、下一步打算\n"
        "2023年,力争新认定国家高新技术企业110家以上。\n",
    )
    assert {f for f in facts if f[2] == "target"} == {
        ("high_tech_enterprises", 2022, "target", "increment", 90.0),
        ("tech_contract_turnover", 2022, "target", "level", 3.0e9),
        ("high_tech_enterprises", 2023, "target", "increment", 110.0),
    }


def test_a_deduction_declared_is_the_deduction_not_an_application(tmp_path: Path) -> None:
    # 申报 says firms applied for a status; a tax deduction is claimed by declaring it
    facts = _scoped_facts(
        tmp_path,
        "海宁市科学技术局2022年工作总结\n\n"
        "2022年,全市企业申报享受研发费用加计扣除额21.4亿元,同比增长18%;"
        "全年申报高新技术企业133家,通过认定97家。\n",
    )
    assert ("rd_tax_deduction", "level", 2.14e9, None) in facts
    assert not {f for f in facts if f[0] == "high_tech_enterprises" and f[2] == 133.0}


def test_awards_won_in_a_year_are_a_level_unless_compared_with_a_year_before(
    tmp_path: Path,
) -> None:
    # awards are counted afresh every year: 新获/争创…N项 is the year's count (a level); only a
    # change said against an earlier year is an increment
    facts = _facts(
        tmp_path,
        "绍兴市科学技术局2020年工作总结和2021年工作思路\n\n"
        "2020年,全市新获省科学技术奖22项,比上年增加4项。\n\n"
        "2021年工作思路:争创省科学技术奖25项以上。\n",
    )
    assert {f for f in facts if f[0] == "science_awards"} == {
        ("science_awards", 2020, "actual", "level", 22.0),
        ("science_awards", 2020, "actual", "increment", 4.0),
        ("science_awards", 2021, "target", "level", 25.0),
    }


def test_a_sum_before_a_named_places_fund_is_the_funds_size(tmp_path: Path) -> None:
    # 规模10亿元的宜兴市…基金: the figure measures the fund named after it, even with a place's
    # name opening that name; it does not go on with the loans named before
    facts = _scoped_facts(
        tmp_path,
        "宜兴市科学技术局2021年工作总结\n\n"
        "2021年,全市发放科技贷款12.6亿元;设立规模10亿元的宜兴市科创产业基金,"
        "撬动社会资本投向初创企业。\n",
    )
    assert {f for f in facts if f[0] == "tech_finance_loans"} == {
        ("tech_finance_loans", "level", 1.26e9, None)
    }


def test_the_words_of_a_dated_page_name_the_year_it_plans_over_a_horizon(
    tmp_path: Path,
) -> None:
    # 今年目标任务 on a page of early 2022, with 到2025年 among the goals: the plan is 2022's
    meta = page_meta(
        "奋力推进科技强市建设\n"
        "——在全市科技创新大会上的讲话\n"
        "(2022年3月1日)\n\n"
        "一、过去一年工作回顾\n"
        "过去一年,全市新增高新技术企业88家,总数达到402家。\n\n"
        "二、今年目标任务\n"
        "今年全市科技工作的主要目标是:高新技术企业总数突破480家;"
        "技术合同成交额突破60亿元。到2025年,力争高新技术企业达到700家。\n"
    )
    assert (meta.report_year, meta.plan_year) == (2021, 2022)
    # …and so does 明年 on a page of December, against a five-year period named after it
    meta = page_meta(
        "县科技局今年工作总结及明年工作打算\n"
        "发布时间:2020-12-16\n\n"
        "一、今年工作完成情况\n"
        "今年新认定高新技术企业6家,全县高新技术企业达到31家。\n\n"
        "二、明年工作打算\n"
        "明年是“十四五”开局之年,我局将重点做好以下工作:\n"
        "新认定高新技术企业8家以上;专利申请量达到1200件。\n"
    )
    assert (meta.report_year, meta.plan_year) == (2020, 2021)


def test_a_table_laid_out_in_full_width_spaces_keeps_its_columns(tmp_path: Path) -> None:
    # headings one full-width space apart, rows wider apart, a unit's bracket glued to the first
    # figure or one space before it: each column its year and kind
    facts = _facts(
        tmp_path,
        "晋江市科学技术局2022年工作总结和2023年工作计划\n\n"
        "2022年,全市科技工作围绕创新驱动发展战略,各项指标均完成年度任务,现将主要指标列表如下。\n"
        "指标名称\u3000\u3000\u3000\u3000\u3000\u30002022年完成\u3000同比增长\u30002023年目标\n"
        "高新技术企业数(家)\u3000\u3000612\u3000\u3000\u300021.4%\u3000\u3000720\n"
        "科技型中小企业入库数(家)1180\u3000\u3000\u30009.8%\u3000\u30001300\n"
        "技术合同成交额(亿元)\u300014.2\u3000\u3000\u3000-6.5%\u3000\u300016\n"
        "下一步,我局将继续抓好企业创新主体培育,推动全市科技创新工作再上新台阶,为高质量发展提供支撑。\n",
    )
    assert {
        ("high_tech_enterprises", 2022, "actual", "level", 612.0),
        ("high_tech_enterprises", 2022, "actual", "growth_pct", 21.4),
        ("high_tech_enterprises", 2023, "target", "level", 720.0),
        ("tech_smes", 2022, "actual", "level", 1180.0),
        ("tech_smes", 2023, "target", "level", 1300.0),
        ("tech_contract_turnover", 2022, "actual", "level", 1.42e9),
        ("tech_contract_turnover", 2022, "actual", "growth_pct", -6.5),
        ("tech_contract_turnover", 2023, "target", "level", 1.6e9),
    } <= facts


def test_a_year_opening_the_first_clause_with_figures_reaches_past_a_semicolon(
    tmp_path: Path,
) -> None:
    # 受…影响,2021年…;研发投入强度…: an adverbial clause before the year (a cause, a source) does
    # not stop it dating the sentence's later clauses, as a statement of its own would
    facts = _facts(
        tmp_path,
        "钦州市科学技术局2022年工作总结\n\n"
        "受疫情等因素影响,2021年全市研发经费投入8.6亿元,同比下降2.1%;研发投入强度0.51%。"
        "2022年,全市新认定高新技术企业41家。\n"
        "据统计部门最新发布的数据,2021年全市技术合同成交额6.3亿元;同比增长12%。\n",
    )
    assert ("rd_intensity", 2021, "actual", "share_pct", 0.51) in facts
    assert ("rd_expenditure", 2021, "actual", "growth_pct", -2.1) in facts
    assert ("tech_contract_turnover", 2021, "actual", "growth_pct", 12.0) in facts
    assert not {
        f for f in facts if f[0] in ("rd_intensity", "tech_contract_turnover") and f[1] != 2021
    }


def test_items_after_a_list_of_sub_areas_figures_are_the_issuers_again(tmp_path: Path) -> None:
    # 甲区、乙区…分别达到…;<item>,同比增长…: the places of a 分别 list take their own figures;
    # an item after the list's ';' (and the clauses going on from it) speaks of the issuer
    facts = _facts(
        tmp_path,
        "哈尔滨市科学技术局2020年工作总结\n\n"
        "2020年,全市高新技术企业达到1981家,松北区、南岗区高新技术企业分别达到520家、310家;"
        "全年登记技术合同2,100项,技术合同成交额达到172.4亿元,同比增长9.3%;"
        "新增省级重点实验室8个,新增新型研发机构5家、总数达到44家。\n",
    )
    assert {
        ("high_tech_enterprises", 2020, "actual", "level", 1981.0),
        ("tech_contract_turnover", 2020, "actual", "level", 1.724e10),
        ("tech_contract_turnover", 2020, "actual", "growth_pct", 9.3),
        ("key_laboratories", 2020, "actual", "increment", 8.0),
        ("new_rd_institutions", 2020, "actual", "increment", 5.0),
        ("new_rd_institutions", 2020, "actual", "level", 44.0),
    } <= facts
    assert not {f for f in facts if f[4] in (520.0, 310.0)}


def test_a_firms_or_universitys_figures_are_not_the_places_wherever_its_clause_opens(
    tmp_path: Path,
) -> None:
    # a firm, a works or a university that opens an item after ';', a clause, or the sentence
    # after where it is told (据了解,) is that organisation's subject; one after a verb is an
    # object, and a place's word (全市) takes the figure back
    facts = _scoped_facts(
        tmp_path,
        "襄阳市科学技术局2022年工作总结\n\n"
        "2022年,全市高新技术企业达到1100家;园区龙头企业某汽车零部件有限公司全年研发投入达3.4亿元。"
        "据了解,驻市企业某制药厂今年获得授权专利52件。"
        "全市专利申请量达到9800件,某某理工大学一家申请专利1600件。"
        "引进某某大学技术转移中心等新型研发机构6家。\n",
    )
    assert ("high_tech_enterprises", "level", 1100.0, None) in facts
    assert ("patent_applications", "level", 9800.0, None) in facts
    assert ("new_rd_institutions", "increment", 6.0, None) in facts
    assert not {f for f in facts if f[2] in (3.4e8, 52.0, 1600.0)}


def test_an_estimate_of_the_years_end_told_by_the_bureau_is_no_goal(tmp_path: Path) -> None:
    # 县科技局预计,全年…将突破…: the year's expected end, said after a comma, is what there was
    facts = _facts(
        tmp_path,
        "县科技局2019年工作总结\n\n"
        "2019年,全县新认定高新技术企业5家。县科技局预计,全年发明专利授权量将突破90件。\n",
    )
    assert ("invention_patent_grants", 2019, "actual", "level", 90.0) in facts


def test_the_whole_years_figure_a_result_passed_is_of_that_year(tmp_path: Path) -> None:
    # 已超过去年全年5.2亿元的水平: the figure passed is last year's, with or without 的 before it
    facts = _facts(
        tmp_path,
        "市科技局2021年前三季度工作总结\n"
        "发布时间:2021-10-20\n\n"
        "今年1—9月,全市技术合同成交额6.1亿元,已超过去年全年5.2亿元的水平。\n",
    )
    assert ("tech_contract_turnover", 2020, "actual", "level", 5.2e8) in facts
    assert ("tech_contract_turnover", 2021, "actual", "level", 6.1e8) in facts


def test_a_list_of_levels_may_name_the_autonomous_regions(tmp_path: Path) -> None:
    # 国家级、自治区级…均新增2家: each level of the list, the region's read as provincial
    facts = _scoped_facts(
        tmp_path,
        "哈密市科学技术局2022年工作总结\n\n"
        "2022年,全市国家级、自治区级科技企业孵化器均新增1家,全市高新技术企业达到45家。\n",
    )
    assert {f for f in facts if f[0] == "incubators"} == {
        ("incubators", "increment", 1.0, "国家级"),
        ("incubators", "increment", 1.0, "省级"),
    }


def test_this_year_in_a_letter_dated_months_into_the_next_year_is_that_year(
    tmp_path: Path,
) -> None:
    # a reply that reports on 2022 and is signed in July 2023: its 今年以来 is 2023's
    facts = _facts(
        tmp_path,
        "市科学技术局关于市政协第0088号提案的答复\n\n"
        "一、基本情况\n"
        "2022年,全市新增高新技术企业210家,总数达到980家。"
        "今年以来,截至6月底,全市技术合同成交额41.5亿元,同比增长22%。\n\n"
        "二、下一步打算\n"
        "到2023年底,力争高新技术企业总数突破1100家。\n\n"
        "市科学技术局\n"
        "2023年7月12日\n",
    )
    assert ("tech_contract_turnover", 2023, "actual", "level", 4.15e9) in facts
    assert ("high_tech_enterprises", 2022, "actual", "level", 980.0) in facts


def test_parts_marked_in_lenticular_brackets_head_the_look_back_and_the_outlook(
    tmp_path: Path,
) -> None:
    # a post's 【回顾2023】 and 【展望2024】 open the summary and the plan, under a headline that
    # names the plan year and is repeated in the body
    text = (
        "2024年海东科技工作这样干!\n\n"
        "海东市科学技术局 2024-02-20 09:12 青海\n\n"
        "2月19日,全市科技工作会议召开。会议回顾2023年科技创新工作成效,安排部署2024年重点任务。\n\n"
        "2024年海东科技工作这样干!\n\n"
        "【回顾2023】\n\n"
        "过去一年,全市科技创新工作稳中有进,各项指标较快增长。\n\n"
        "高新技术企业达到64家,净增9家。\n\n"
        "技术合同成交额8.2亿元,同比增长18%。\n\n"
        "【展望2024】\n\n"
        "会议提出,2024年全市科技工作的主要目标是高新技术企业达到75家,技术合同成交额突破10亿元。\n"
    )
    facts = _facts(tmp_path, text)
    assert {
        ("high_tech_enterprises", 2023, "actual", "level", 64.0),
        ("high_tech_enterprises", 2023, "actual", "increment", 9.0),
        ("tech_contract_turnover", 2023, "actual", "level", 8.2e8),
        ("tech_contract_turnover", 2023, "actual", "growth_pct", 18.0),
        ("high_tech_enterprises", 2024, "target", "level", 75.0),
        ("tech_contract_turnover", 2024, "target", "level", 1.0e9),
    } <= facts


def test_a_posts_list_of_related_items_is_no_part_of_its_text(tmp_path: Path) -> None:
    # 相关阅读 / 往期推荐 alone on a line after the body: the headlines below are other pages'
    from ingest.reading.normalise import normalise_text

    text = (
        "咸宁市高新技术企业突破500家\n\n"
        "来源:咸宁日报 2024-01-22 08:30\n\n"
        "记者从市科技局获悉,2023年,全市高新技术企业达到512家,净增71家,"
        "技术合同成交额达到58.6亿元,同比增长24%,各项指标均创历史新高。\n\n"
        "市科技局相关负责人表示,下一步将持续完善科技型企业梯次培育体系,强化政策精准供给,"
        "推动更多科技型中小企业成长为高新技术企业。\n\n"
        "编辑:刘洋 审核:陈晨\n\n"
        "相关阅读:\n"
        "1. 赤壁市2022年高新技术企业达到96家\n"
        "2. 全省技术合同成交额突破4000亿元\n\n"
        "往期推荐\n"
        "咸宁2021年新增高企63家\n"
    )
    assert "赤壁" not in normalise_text(text)
    facts = _facts(tmp_path, text)
    assert {
        ("high_tech_enterprises", 2023, "actual", "level", 512.0),
        ("high_tech_enterprises", 2023, "actual", "increment", 71.0),
        ("tech_contract_turnover", 2023, "actual", "level", 5.86e9),
    } <= facts
    assert not {f for f in facts if f[4] in (96.0, 63.0, 4.0e11)}


def test_an_infographics_labels_give_their_figures_measure_and_level(tmp_path: Path) -> None:
    # figures above their labels: 净增/新增 in a label makes its figure new ones, a scope in it
    # is the figure's, a label saying only 同比增长 gives the growth of the indicator above;
    # 2025,我们这样干 heads the year's goals
    text = (
        "一图读懂 | 2024年鹰潭科技创新成绩单\n\n"
        "鹰潭市科学技术局 2025年01月21日 09:00 江西\n\n"
        "这一年,全市科技系统紧扣产业发展需要,推动科技创新和产业创新深度融合,各项工作取得新成效。\n\n"
        "一组数据带你看懂鹰潭科技这一年!\n\n"
        "318家\n高新技术企业总数\n\n"
        "47家\n净增高新技术企业\n\n"
        "▲17.3%\n同比增长\n\n"
        "4家\n新增省级重点实验室\n\n"
        "26.4亿元\n技术合同成交额\n\n"
        "2025,我们这样干\n\n"
        "360家\n高新技术企业\n\n"
        "6家\n新增省级以上创新平台\n\n"
        "编辑:李娜 审核:王强\n"
    )
    facts = _facts(tmp_path, text)
    assert {
        ("high_tech_enterprises", 2024, "actual", "level", 318.0),
        ("high_tech_enterprises", 2024, "actual", "increment", 47.0),
        ("high_tech_enterprises", 2024, "actual", "growth_pct", 17.3),
        ("key_laboratories", 2024, "actual", "increment", 4.0),
        ("tech_contract_turnover", 2024, "actual", "level", 2.64e9),
        ("high_tech_enterprises", 2025, "target", "level", 360.0),
        ("innovation_platforms", 2025, "target", "increment", 6.0),
    } <= facts
    assert ("key_laboratories", "increment", 4.0, "省级") in _scoped_facts(tmp_path, text)


def test_a_plans_monitoring_table_reports_the_year_in_its_title() -> None:
    # “十四五”…规划指标监测表(2022年度): the year monitored is looked back on, the end planned
    meta = page_meta(
        "眉山市“十四五”科技创新规划主要指标监测表(2022年度)\n\n"
        "说明:本表监测规划主要指标实施进度,2020年为基期值,2022年为监测年度实际值。\n\n"
        "序号  指标名称              单位     2020年     2022年    2025年目标\n"
        "1     全社会研发经费投入     亿元      18.2       23.6         40\n"
        "2     有效期内高新技术企业数 家         142        231        400\n"
    )
    assert (meta.report_year, meta.plan_year) == (2022, 2025)


def test_a_statistics_table_reads_its_growth_and_cumulative_columns_and_part_rows(
    tmp_path: Path,
) -> None:
    # a digest: 本月 | 1—12月 | 上年同期 | 同比增减(%), a letter-spaced 指    标, part rows under
    # their parent (发明专利 under 专利授权量), one that is a kind of its parent (技术开发合同) no
    # indicator; and a year's growth column (2022年比上年增长(%)) whose row is in another unit
    # (人) no growth of the indicator its name resembles
    text = (
        "2022年12月全市科技统计快报\n\n"
        "一、主要指标完成情况,全市科技创新主要指标保持较快增长,现将有关数据公布如下。\n\n"
        "指    标                计量单位   本月     1—12月     上年同期    同比增减(%)\n"
        "技术合同成交额          万元       3120     86540       70215        23.3\n"
        "  其中:技术开发合同     万元       1210     40210       33120        21.4\n"
        "专利授权量              件          612      7315        6420        13.9\n"
        "  其中:发明专利         件           88       905         760        19.1\n\n"
        "二、研发活动情况,全市研发投入持续增加,研发人员队伍不断壮大,具体如下表所示。\n\n"
        "| 指标 | 单位 | 2021年 | 2022年 | 2022年比上年增长(%) |\n"
        "|---|---|---|---|---|\n"
        "| 全社会研发经费投入 | 亿元 | 41.2 | 46.8 | 13.6 |\n"
        "| 研发人员 | 人 | 15230 | 16100 | 5.7 |\n\n"
        "以上数据均为快报数,最终以统计部门公布数据为准。全市将继续加大研发投入,推动科技创新发展。\n"
    )
    facts = _facts(tmp_path, text)
    assert {
        ("tech_contract_turnover", 2022, "actual", "level", 8.654e8),
        ("tech_contract_turnover", 2022, "actual", "growth_pct", 23.3),
        ("patent_grants", 2022, "actual", "level", 7315.0),
        ("invention_patent_grants", 2022, "actual", "level", 905.0),
        ("invention_patent_grants", 2022, "actual", "growth_pct", 19.1),
        ("rd_expenditure", 2022, "actual", "level", 4.68e9),
        ("rd_expenditure", 2022, "actual", "growth_pct", 13.6),
    } <= facts
    assert not {f for f in facts if f[4] in (4.021e8, 21.4, 5.7, 13.6e8)}
    assert ("rd_expenditure", 2022, "actual", "level", 1.36e9) not in facts


def test_goals_set_as_the_year_began_and_what_was_done_of_them(tmp_path: Path) -> None:
    # 年初确定了…300家: the goal; …的目标,截至6月底已…132家 and 年初确定的目标全部完成,…52家: done
    facts = _facts(
        tmp_path,
        "区人大常委会关于全区科技创新工作情况的调研报告\n"
        "发布时间:2022-07-18\n\n"
        "今年以来,区政府年初确定了新认定高新技术企业260家、技术合同成交额突破80亿元的目标,"
        "截至6月底已新认定高新技术企业118家。\n"
        "去年,区政府年初确定的目标全部完成,全年新增高新技术企业52家。\n",
    )
    assert ("high_tech_enterprises", 2022, "target", "increment", 260.0) in facts
    assert ("tech_contract_turnover", 2022, "target", "level", 8.0e9) in facts
    assert ("high_tech_enterprises", 2022, "actual", "increment", 118.0) in facts
    assert ("high_tech_enterprises", 2021, "actual", "increment", 52.0) in facts


def test_a_districts_parts_and_its_parent_city_are_not_the_district(tmp_path: Path) -> None:
    # in a district's text: a named part opening its clause (…科学城北区集聚…, …新城新增…) and a
    # whole of the parent's kind before the indicator (支撑全市研发投入强度…) are not the issuer
    facts = _facts(
        tmp_path,
        "闵行区科学技术委员会2022年工作总结\n\n"
        "2022年,全区高新技术企业达到1560家,研发投入强度达到4.9%。"
        "从区域分布看,紫竹科学城北区集聚高新技术企业420余家,南虹桥新城新增高新技术企业36家。"
        "同时,配合做好规划实施评估,支撑全市研发投入强度保持在4.2%左右。\n",
    )
    assert ("high_tech_enterprises", 2022, "actual", "level", 1560.0) in facts
    assert ("rd_intensity", 2022, "actual", "share_pct", 4.9) in facts
    assert not {f for f in facts if f[4] in (420.0, 36.0, 4.2)}


def test_the_places_whole_count_before_what_they_do_is_its_level(tmp_path: Path) -> None:
    # 全县236名科技特派员深入…: all the county has; 36家高新技术企业建立了…: those that did it
    facts = _facts(
        tmp_path,
        "县科技局2022年工作总结\n\n"
        "2022年,全县236名科技特派员深入田间地头,全年服务农户8600户;"
        "36家高新技术企业建立了研发机构。\n",
    )
    assert ("sci_tech_commissioners", 2022, "actual", "level", 236.0) in facts
    assert not {f for f in facts if f[4] == 36.0}


def test_a_plan_paragraph_saying_what_a_year_is_sets_that_years_goals(tmp_path: Path) -> None:
    # after goals to 2025, 2022年是…关键之年。全市…力争… are 2022's goals
    facts = _facts(
        tmp_path,
        "江门市科学技术局2021年工作总结和“十四五”工作思路\n\n"
        "一、2021年工作总结\n"
        "2021年,全市高新技术企业达到2460家,技术合同成交额52亿元。\n\n"
        "二、“十四五”工作思路\n"
        "“十四五”时期,我市将加快建设创新型城市。主要目标是:到2025年,全社会研发经费支出占地区"
        "生产总值比重达到3%,高新技术企业突破4000家。\n\n"
        "2022年是实施“十四五”规划的关键之年。全市科技工作力争新增高新技术企业400家以上,"
        "技术合同成交额增长15%以上。\n",
    )
    assert ("high_tech_enterprises", 2022, "target", "increment", 400.0) in facts
    assert ("tech_contract_turnover", 2022, "target", "growth_pct", 15.0) in facts
    assert ("high_tech_enterprises", 2025, "target", "level", 4000.0) in facts


def test_a_plans_goal_goes_on_a_series_of_years(tmp_path: Path) -> None:
    # 2020年为…,2022年为…,规划目标为2025年达到…: the goal is the series' last item, its year
    facts = _facts(
        tmp_path,
        "湖州市科学技术局2022年工作总结\n\n"
        "一、主要指标完成情况\n"
        "1.研发投入强度。2020年基期值为2.72%,2022年为3.05%,规划目标为2025年达到3.3%,进度符合预期。\n",
    )
    assert {f for f in facts if f[0] == "rd_intensity"} == {
        ("rd_intensity", 2020, "actual", "share_pct", 2.72),
        ("rd_intensity", 2022, "actual", "share_pct", 3.05),
        ("rd_intensity", 2025, "target", "share_pct", 3.3),
    }


def test_a_part_at_a_level_named_with_its_procedure_is_counted_as_its_total(
    tmp_path: Path,
) -> None:
    # 众创空间42家,其中国家备案众创空间9家: the part is a stock like its total; after 新增 in a
    # list (新增…,国家备案众创空间5家) it stays new ones
    facts = _scoped_facts(
        tmp_path,
        "盐城市科学技术局2021年工作总结\n\n"
        "2021年,全市众创空间达到42家,其中国家备案众创空间9家。"
        "全年新增省级孵化器3家,国家备案众创空间5家。\n",
    )
    assert ("maker_spaces", "level", 9.0, "国家级") in facts
    assert ("maker_spaces", "increment", 5.0, "国家级") in facts


def test_a_rank_among_the_parents_parts_is_the_figures_standing(tmp_path: Path) -> None:
    # …,总数在宜春市各县市区中排名第二 / 在…11个县市区中: among the parent's parts; peers it names
    # one by one are no standing of the figure
    facts = _facts(
        tmp_path,
        "樟树市科学技术局2021年工作总结\n\n"
        "2021年,全市高新技术企业达到96家,净增18家,总数在宜春市各县市区中排名第二;"
        "技术合同成交额5.2亿元,总量在宜春市10个县市区中排名第一;"
        "研发投入强度1.9%,在丰城、高安、樟树三市中位居首位。\n",
    )
    assert ("high_tech_enterprises", 2021, "actual", "rank", 2.0) in facts
    assert ("tech_contract_turnover", 2021, "actual", "rank", 1.0) in facts
    assert not {f for f in facts if f[0] == "rd_intensity" and f[3] == "rank"}


def test_the_provinces_register_after_a_verb_that_makes_them_is_a_level(tmp_path: Path) -> None:
    # 新培育湖北省科技小巨人企业2家: the province names the level of the firms the issuer has; an
    # application to the register (申请备案…) is none, and the province's own count stays its own
    facts = _scoped_facts(
        tmp_path,
        "大冶市科学技术局2021年工作总结\n\n"
        "2021年,全市新培育湖北省科技小巨人企业3家,申请备案湖北省科技型中小企业45家;"
        "湖北省高新技术企业突破1.4万家。\n",
    )
    assert ("tech_giant_enterprises", "increment", 3.0, "省级") in facts
    assert not {f for f in facts if f[2] in (45.0, 14000.0)}


def test_a_flow_summed_over_years_is_no_years_figure(tmp_path: Path) -> None:
    # 五年累计获得…奖46项: awards won over five years; what stands after them (累计建成…) a stock
    facts = _facts(
        tmp_path,
        "某市人民政府工作报告\n\n"
        "一、过去五年工作回顾\n"
        "五年来,全市科技创新成效显著。五年累计获得省科学技术奖38项;"
        "累计建成省级重点实验室15家,高新技术企业达到620家。\n",
        name="shaoxing_2021.txt",
    )
    assert not {f for f in facts if f[0] == "science_awards"}
    assert ("key_laboratories", 2021, "actual", "level", 15.0) in facts


def test_one_standing_after_a_share_and_a_count_is_both_of_theirs(tmp_path: Path) -> None:
    # 强度…3.4%,每万人…52件,均居…首位: the share ranks with the count; a growth would not
    facts = _facts(
        tmp_path,
        "浑南区科学技术局2021年工作总结\n\n"
        "2021年,全区研发投入强度达到3.4%,每万人发明专利拥有量达到52件,均居全省区县首位;"
        "技术合同成交额18亿元,增长21%,均居全市第二。\n",
    )
    assert ("rd_intensity", 2021, "actual", "rank", 1.0) in facts
    assert ("invention_patents_per_10k", 2021, "actual", "rank", 1.0) in facts
    assert ("tech_contract_turnover", 2021, "actual", "rank", 2.0) in facts


def test_a_clause_summing_again_after_a_span_is_no_years_figure(tmp_path: Path) -> None:
    # 五年累计获得…;…,技术合同成交额累计突破300亿元: the span its item opened on is still summed
    facts = _facts(
        tmp_path,
        "某市人民政府工作报告\n\n"
        "一、过去五年工作回顾\n"
        "五年累计获得省科学技术奖38项,技术合同成交额累计突破260亿元,2020年技术合同成交额达到71亿元。\n",
        name="yichang_2021.txt",
    )
    assert {f for f in facts if f[0] == "tech_contract_turnover"} == {
        ("tech_contract_turnover", 2020, "actual", "level", 7.1e9)
    }
