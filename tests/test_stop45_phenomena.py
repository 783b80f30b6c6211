"""Phenomena met in report-like texts read during stop 45, in texts written for these tests."""

from __future__ import annotations

from pathlib import Path

from conftest import report_facts as _facts


def test_a_ledger_of_the_years_tasks_is_plan_after_its_look_back(tmp_path: Path) -> None:
    # a title naming a task ledger (任务分解方案) opens the plan, even when it quotes a report
    # (《政府工作报告》) by name; the paragraph on the year before keeps its figures actual, and
    # each numbered task (with who leads it, by when) is a goal of the year the ledger is for
    facts = _facts(
        tmp_path,
        "安顺市2023年《政府工作报告》科技领域重点任务分解方案\n"
        "(安顺市人民政府办公室 2023年3月2日)\n\n"
        "为抓好今年各项目标任务的落实,经市人民政府同意,现将科技领域重点任务分解如下。"
        "2022年,全市研发投入强度约为0.78%,高新技术企业总数达到196家。"
        "各责任单位要细化措施,按季度报送进展。\n\n"
        "一、全社会研发经费投入增长12%,投入强度达到0.85%。(牵头单位:市科技局;"
        "完成时限:2023年12月底)\n\n"
        "二、新增高新技术企业30家,总数达到220家。(牵头单位:市科技局;完成时限:2023年11月底)\n",
    )
    assert facts == {
        ("rd_intensity", 2022, "actual", "share_pct", 0.78),
        ("high_tech_enterprises", 2022, "actual", "level", 196.0),
        ("rd_expenditure", 2023, "target", "growth_pct", 12.0),
        ("rd_intensity", 2023, "target", "share_pct", 0.85),
        ("high_tech_enterprises", 2023, "target", "increment", 30.0),
        ("high_tech_enterprises", 2023, "target", "level", 220.0),
    }


def test_a_goal_column_without_a_year_in_the_plan_is_the_plan_years(tmp_path: Path) -> None:
    # 目标值 names no year: in a notice handing down next year's task table it is that year's
    # goal, not a goal of the year the notice looks back on
    facts = _facts(
        tmp_path,
        "南平市科学技术局关于下达2025年度科技工作目标任务的通知\n\n"
        "各县(市、区)科技局:\n"
        "2024年,全市科技工作取得明显成效,技术合同成交额达到21.6亿元,各项工作扎实推进。"
        "现将2025年度科技工作目标任务下达给你们,请认真抓好落实。\n\n"
        "附件:2025年度科技工作目标任务表\n\n"
        "序号 | 指标 | 目标值 | 责任科室 | 完成时限\n"
        "1 | 技术合同成交额 | 25亿元 | 成果科 | 2025年12月\n"
        "2 | 新增高新技术企业 | 45家 | 高新科 | 2025年11月\n",
    )
    assert facts == {
        ("tech_contract_turnover", 2024, "actual", "level", 2.16e9),
        ("tech_contract_turnover", 2025, "target", "level", 2.5e9),
        ("high_tech_enterprises", 2025, "target", "increment", 45.0),
    }


def test_cells_of_a_goals_and_results_table_read_with_their_words(tmp_path: Path) -> None:
    # 全年完成 is the results column; 累计12家 and 0.96%(预计) are figures with a word before or
    # a remark after; a row named …净增数 counts new ones
    facts = _facts(
        tmp_path,
        "临夏县科学技术局2023年度目标任务完成情况\n\n"
        "2023年,县科技局紧盯年度目标,建立工作台账,按月调度推进,各项任务完成情况如下。\n\n"
        "序号  指标名称                年度目标    全年完成        责任股室\n"
        "1     高新技术企业净增数      5家         7家             科技股\n"
        "2     省级星创天地            累计10家    累计12家        农村股\n"
        "3     研发投入强度            0.9%        0.96%(预计)     综合股\n",
    )
    assert facts == {
        ("high_tech_enterprises", 2023, "target", "increment", 5.0),
        ("high_tech_enterprises", 2023, "actual", "increment", 7.0),
        ("star_innovation_bases", 2023, "target", "level", 10.0),
        ("star_innovation_bases", 2023, "actual", "level", 12.0),
        ("rd_intensity", 2023, "target", "share_pct", 0.9),
        ("rd_intensity", 2023, "actual", "share_pct", 0.96),
    }


def test_a_records_fields_take_what_the_heading_says_of_its_indicator(tmp_path: Path) -> None:
    # a list of records, one field per line: the task field names the indicator, with words
    # saying the goal counts new ones at a level (新增省级…) or a share of what (相当于…的比例,
    # 占规模以上工业增加值比重); the goal field's figure takes all of it
    folder = tmp_path
    from conftest import scoped_facts

    found = scoped_facts(
        folder,
        "江北区2024年科技创新重点工作责任清单\n\n"
        "对照全年目标,区科技局会同有关部门制定本清单,各牵头单位要按月报送推进情况。\n\n"
        "编号:1\n"
        "任务名称:新增省级科技企业孵化器\n"
        "目标值:2家\n"
        "牵头单位:区科技局\n\n"
        "编号:2\n"
        "任务名称:全社会研发经费支出相当于地区生产总值的比例\n"
        "目标值:保持在2.6%以上\n"
        "牵头单位:区统计局\n\n"
        "编号:3\n"
        "任务名称:高新技术产业增加值占规模以上工业增加值比重\n"
        "目标值:提高到47%\n"
        "牵头单位:区经信局\n",
    )
    assert found == {
        ("incubators", "increment", 2.0, "省级"),
        ("rd_intensity", "share_pct", 2.6, None),
        ("high_tech_industry_share", "share_pct", 47.0, None),
    }


def test_an_items_name_and_label_before_a_colon_measure_its_figure(tmp_path: Path) -> None:
    # 三级指标:新培育…企业数;指标值:≥12家: the figure after the label counts what the name
    # before it counts (new ones), as if the colon followed the name
    from conftest import scoped_facts

    found = scoped_facts(
        tmp_path,
        "渭源县科学技术局2024年部门整体支出绩效目标\n\n"
        "一、年度绩效目标\n"
        "全年围绕科技创新主责主业,完成以下绩效指标,确保各项资金使用规范、效益明显。\n"
        "三级指标:新认定高新技术企业数;指标值:≥3家\n"
        "三级指标:新建市级以上科技创新平台;指标值:≥4个\n",
    )
    assert found == {
        ("high_tech_enterprises", "increment", 3.0, None),
        ("innovation_platforms", "increment", 4.0, "市级及以上"),
    }


def test_a_field_labelled_in_lenticular_brackets_reads_as_one_labelled_with_a_colon(
    tmp_path: Path,
) -> None:
    # 【年度目标】 in a look back at the year's tasks is that year's goal, as 年度目标: is; a
    # bracketed line alone stays a heading and a bracketed number no label
    facts = _facts(
        tmp_path,
        "青浦区科学技术委员会2023年度重点任务完成情况及2024年工作目标\n\n"
        "按照年度考核要求,现将2023年度重点任务完成情况报告如下,请审阅。\n\n"
        "一、2023年度重点任务完成情况\n\n"
        "【任务名称】技术合同认定登记成交额\n"
        "【年度目标】95亿元\n"
        "【完成情况】全年技术合同成交额达到103.2亿元,超额完成年度目标。\n\n"
        "【01】\n\n"
        "二、2024年工作目标\n\n"
        "2024年,全区技术合同成交额力争达到110亿元。\n",
    )
    assert facts == {
        ("tech_contract_turnover", 2023, "target", "level", 9.5e9),
        ("tech_contract_turnover", 2023, "actual", "level", 1.032e10),
        ("tech_contract_turnover", 2024, "target", "level", 1.1e10),
    }


def test_a_posts_marked_heading_and_a_look_ahead_to_a_year_open_the_plan(tmp_path: Path) -> None:
    # a heading behind an emoji (📌【2025年,我们这样干】) opens the plan as it would bare, and so
    # does a paragraph looking ahead to a year (展望2025,…将力争…) in a post on the year before
    facts = _facts(
        tmp_path,
        "数说2024 | 五华区科技创新成绩单\n"
        "五华科技 2024-12-30\n\n"
        "2024年,五华区坚持创新驱动,科技工作亮点纷呈,小编带您一起回顾。\n\n"
        "▶ 全区技术合同成交额达到18.2亿元,同比增长15.3%。\n\n"
        "展望2025,区科技局将力争技术合同成交额突破20亿元。\n\n"
        "📌【2025年,我们这样干】\n"
        "新认定高新技术企业60家以上;\n"
        "研发投入强度达到1.3%。\n",
    )
    assert facts == {
        ("tech_contract_turnover", 2024, "actual", "level", 1.82e9),
        ("tech_contract_turnover", 2024, "actual", "growth_pct", 15.3),
        ("tech_contract_turnover", 2025, "target", "level", 2.0e9),
        ("high_tech_enterprises", 2025, "target", "increment", 60.0),
        ("rd_intensity", 2025, "target", "share_pct", 1.3),
    }


def test_a_neighbour_described_before_its_name_keeps_the_figures_after_it(
    tmp_path: Path,
) -> None:
    # 相邻的绍兴, 省会杭州: words describing a place before its name; the clauses after such an
    # opening, each opening on an indicator (国家高新技术企业…, with its level first), are that
    # place's, until the issuer speaks of itself again
    facts = _facts(
        tmp_path,
        "宁波科创观察:差距在哪里\n"
        "记者 王芳 2024年3月5日\n\n"
        "去年,宁波全市高新技术企业达到5500家,研发投入强度达到3.0%。\n"
        "相邻的绍兴,国家高新技术企业数量已超过3400家,研发投入强度达到3.2%。\n"
        "省会杭州高企数量突破1.5万家,R&D投入强度接近3.9%;宁波技术合同成交额则达到450亿元。\n",
        name="ningbo.txt",
    )
    assert facts == {
        ("high_tech_enterprises", 2023, "actual", "level", 5500.0),
        ("rd_intensity", 2023, "actual", "share_pct", 3.0),
        ("tech_contract_turnover", 2023, "actual", "level", 4.5e10),
    }


def test_a_kind_named_by_the_procedure_granting_its_level_is_no_act(tmp_path: Path) -> None:
    # 国家备案众创空间 names a kind (spaces on the national record): in a bare list it counts
    # them, as 拥有 would; a verb before it (新增) still says new ones; a province that grants
    # the status (江西省认定…) acts
    from conftest import scoped_facts

    found = scoped_facts(
        tmp_path,
        "鹰潭市科学技术局2022年工作总结\n\n"
        "2022年,全市科技工作稳步推进,创新平台建设取得新进展,现将主要情况总结如下。\n"
        "◆ 国家级科技企业孵化器3家、国家备案众创空间9家;\n"
        "全年新增省备案众创空间2家。\n",
    )
    assert found == {
        ("incubators", "level", 3.0, "国家级"),
        ("maker_spaces", "level", 9.0, "国家级"),
        ("maker_spaces", "increment", 2.0, "省级"),
    }


def test_an_autonomous_county_goes_by_its_common_name(tmp_path: Path) -> None:
    # 酉阳县 is what everyone calls 酉阳土家族苗族自治县; no other county bore that name then, so
    # a page signed by the 酉阳县科学技术局 is the autonomous county's
    from conftest import page_meta

    meta = page_meta(
        "回眸2021 | 科技这一年\n"
        "2022-01-12\n\n"
        "2021年,全县科技工作取得新成效,科技特派员达到120名。\n\n"
        "来源:酉阳县科学技术局\n"
    )
    assert (meta.city_zh, meta.city_id) == ("酉阳土家族苗族自治县", "500242")


def test_new_ones_said_after_the_name_before_a_colon_measure_the_items_figures(
    tmp_path: Path,
) -> None:
    # 科技型中小企业新增入库:年度指标值≥25家,全年完成31家: the item counts new ones, its goal
    # and its result alike
    facts = _facts(
        tmp_path,
        "德江县科学技术局2023年项目支出绩效自评报告\n\n"
        "一、绩效目标完成情况\n"
        "2023年,我局严格按照预算批复组织实施项目,各项绩效指标完成良好,具体如下。\n"
        "1.科技型中小企业新增入库:年度指标值≥25家,全年完成31家,得10分。\n",
    )
    assert facts == {
        ("tech_smes", 2023, "target", "increment", 25.0),
        ("tech_smes", 2023, "actual", "increment", 31.0),
    }


def test_a_stock_to_reach_in_a_plan_is_a_goal_like_any_other(tmp_path: Path) -> None:
    # 保有量达到45家 among the year's goals is where the stock is to stand, and the goals after
    # it in the sentence stay goals; only 目前/现有 say what there is as the plan is written
    facts = _facts(
        tmp_path,
        "果洛州科学技术局2024年部门预算编制说明\n\n"
        "一、部门基本情况\n州科学技术局是州人民政府工作部门,负责全州科技创新工作的统筹协调。\n\n"
        "二、2024年部门整体绩效目标\n"
        "2023年,全州科技工作平稳推进。2024年部门整体支出绩效目标如下:\n"
        "目标一:培育创新主体。新增高新技术企业2家,全州高新技术企业保有量达到11家;"
        "新增科技型中小企业6家。\n",
    )
    assert facts == {
        ("high_tech_enterprises", 2024, "target", "increment", 2.0),
        ("high_tech_enterprises", 2024, "target", "level", 11.0),
        ("tech_smes", 2024, "target", "increment", 6.0),
    }


def test_this_years_months_so_far_written_with_a_dash_are_what_was_done(
    tmp_path: Path,
) -> None:
    # 今年1—5月 (a dash between the months, as 今年1-5月) is what the year has done so far, in a
    # text that otherwise looks back on the year before
    facts = _facts(
        tmp_path,
        "通化市人民政府关于科技创新工作审议意见办理情况的报告\n\n"
        "市人大常委会:\n"
        "去年10月,常委会审议了市政府关于科技创新工作情况的报告。现将办理情况报告如下。\n"
        "2022年全市技术合同成交额6.2亿元,今年1—5月实现技术合同成交额2.9亿元。\n\n"
        "通化市人民政府\n2023年7月10日\n",
    )
    assert facts == {
        ("tech_contract_turnover", 2022, "actual", "level", 6.2e8),
        ("tech_contract_turnover", 2023, "actual", "level", 2.9e8),
    }


def test_a_whole_that_leaves_a_part_out_in_brackets_is_still_the_issuers(
    tmp_path: Path,
) -> None:
    # 全县(不含经开区托管乡镇)…: the county's own figure, the zone named only as left out; the
    # zone's figure said on its own stays out
    facts = _facts(
        tmp_path,
        "鄠邑区科学技术局2023年工作总结\n\n"
        "2023年,全区科技工作稳步推进,创新主体持续壮大,现将主要情况总结如下。\n"
        "全区(不含经开区托管区域)高新技术企业总数达到156家,其中新认定41家。\n"
        "经开区高新技术企业达到60家。\n",
    )
    assert facts == {
        ("high_tech_enterprises", 2023, "actual", "level", 156.0),
        ("high_tech_enterprises", 2023, "actual", "increment", 41.0),
    }


def test_a_chronicle_reports_on_the_year_its_title_names(tmp_path: Path) -> None:
    # X年大事记 records the events of year X, posted in the year after; the goals its year's
    # conference put forward (提出…的目标, the word for them after the figures) are goals
    facts = _facts(
        tmp_path,
        "钦州市科学技术局2023年大事记\n\n"
        "发布时间:2024-01-26 来源:钦州市科学技术局\n\n"
        "2月\n"
        "16日 钦州市召开2023年全市科技工作会议,总结2022年工作,部署2023年任务。"
        "会议提出2023年新增高新技术企业60家、技术合同成交额"
        "突破10亿元的工作目标。\n"
        "12月\n"
        "29日 据统计,至年末全市有效高新技术企业达到283家,技术合同成交额9.1亿元。\n",
    )
    assert facts == {
        ("high_tech_enterprises", 2023, "target", "increment", 60.0),
        ("tech_contract_turnover", 2023, "target", "level", 1.0e9),
        ("high_tech_enterprises", 2023, "actual", "level", 283.0),
        ("tech_contract_turnover", 2023, "actual", "level", 9.1e8),
    }


def test_a_yearbooks_edition_is_the_year_after_the_one_it_records(tmp_path: Path) -> None:
    # 梧州年鉴(2023) records 2022: the edition's year names no year of the figures
    from conftest import page_meta

    meta = page_meta(
        "梧州年鉴(2023)·科技大事记\n\n"
        "3月10日 梧州市召开全市科技工作会议,部署全年科技工作。\n"
        "12月28日 梧州市新认定高新技术企业45家,全市有效高新技术企业达到198家。\n"
        "2022年,全市技术合同成交额达到4.6亿元。\n"
    )
    assert meta.report_year == 2022


def test_a_sentence_naming_the_parent_city_first_but_the_issuer_after_passes_on_no_place(
    tmp_path: Path,
) -> None:
    # 在丹东市…考核中,凤城市名列第一 opens on the parent city, but the issuer is its subject:
    # 全市 in the sentence after speaks of the issuer
    facts = _facts(
        tmp_path,
        "凤城市召开2021年全市科技工作会议\n"
        "来源:凤城市科技局 2021-03-12\n\n"
        "3月11日,凤城市召开全市科技工作会议,总结2020年工作,部署2021年任务。\n"
        "在丹东市科技进步考核中,凤城市名列各县(市)区第一。\n"
        "2020年,全市新认定高新技术企业7家,技术合同成交额1.3亿元。\n",
    )
    assert facts == {
        ("high_tech_enterprises", 2020, "actual", "increment", 7.0),
        ("tech_contract_turnover", 2020, "actual", "level", 1.3e8),
    }


def test_sums_over_a_plan_period_are_no_years_figures(tmp_path: Path) -> None:
    # “十五”期间 (the tenth plan, 2001–2005) and 五年累计 open items whose figures, in every
    # clause of the item, are summed over the period; the year's own figure stays
    facts = _facts(
        tmp_path,
        "长治市科技局2005年工作总结\n\n"
        "2005年,全市科技工作围绕中心、服务大局,取得了新的成绩,现总结如下。\n"
        "“十五”期间,全市累计实施科技项目380项,争取上级科技资金6200万元,累计申请专利1840件。"
        "五年累计登记技术合同2650项,成交额5.2亿元。\n"
        "2005年,全市专利申请量达到468件,技术合同成交额1.3亿元。\n",
    )
    assert facts == {
        ("patent_applications", 2005, "actual", "level", 468.0),
        ("tech_contract_turnover", 2005, "actual", "level", 1.3e8),
    }


def _years(text: str) -> tuple[int | None, int | None]:
    from conftest import page_meta

    meta = page_meta(text)
    return meta.report_year, meta.plan_year


_BULLETIN_BODY = (
    "一、主要指标\n"
    "1—8月,全市技术合同成交额达到12.6亿元,同比增长18%。2022年全市技术合同成交额为15.2亿元。\n"
    "二、下步工作安排\n"
    "力争全年技术合同成交额突破20亿元。\n"
)


def test_a_report_on_part_of_a_year_named_in_its_title_is_that_years(tmp_path: Path) -> None:
    # 2023年第三季度…通报: what was done so far that year, and the rest of it planned; the
    # fourth quarter closes its year, so its plan is the next one's
    assert _years("南城区2023年第三季度科技重点工作通报\n\n" + _BULLETIN_BODY) == (2023, 2023)
    assert _years("南城区2023年第四季度科技重点工作通报\n\n" + _BULLETIN_BODY) == (2023, 2024)
    assert _years("南城区科技局2023年9月份工作简报\n\n" + _BULLETIN_BODY) == (2023, 2023)


def test_an_issue_of_a_bulletin_is_of_the_year_it_came_out_in(tmp_path: Path) -> None:
    # an issue numbered in its year, or a month's bulletin with no year in its title: the year
    # of its date; the January issue closes the year before, the December one looks ahead
    def issue(masthead: str, date: str) -> str:
        return f"{masthead}\n\n南城区科学技术局办公室 {date}\n\n" + _BULLETIN_BODY

    assert _years(issue("南城区科技工作动态\n2023年第9期(总第120期)", "2023年9月12日")) == (
        2023,
        2023,
    )
    assert _years(issue("南城区科技局8月份工作简报", "2023年9月5日")) == (2023, 2023)
    assert _years(issue("南城区科技工作动态\n2024年第1期", "2024年1月15日")) == (2023, 2024)
    assert _years(issue("南城区科技工作动态\n2023年第12期", "2023年12月26日")) == (2023, 2024)
    assert _years(issue("南城区科学技术局月度工作简报\n(2023年8月)", "2023年9月5日")) == (
        2023,
        2023,
    )


def test_one_months_or_one_quarters_figures_are_no_years(tmp_path: Path) -> None:
    # 9月份,…/ 四季度,…: one month's or one quarter's figures, no fact of the year; 1—9月 and
    # 截至9月底 (the year so far) stay; a month inside a clause is a deadline, not the time of
    # the figures (力争5月份投用…,新建众创空间3家); the contents list a bulletin opens on (本期要目)
    # names a plan item without opening the plan, and …运行情况 heads a look back
    facts = _facts(
        tmp_path,
        "南城区科技工作动态\n2023年第10期\n\n南城区科学技术局办公室 2023年10月9日\n\n"
        "本期要目\n1.9月份主要指标运行情况\n2.10月份重点工作安排\n\n"
        "一、9月份主要指标运行情况\n"
        "9月份,全区认定登记技术合同58项,成交额1.6亿元。"
        "1—9月,全区累计技术合同成交额12.4亿元,同比增长21%。\n"
        "截至9月底,全区有效高新技术企业达到312家。三季度,全区新增科技型中小企业入库45家。\n"
        "二、10月份重点工作安排\n"
        "力争5月份投用的创新中心年内满负荷运行,新建众创空间3家。\n",
    )
    assert facts == {
        ("tech_contract_turnover", 2023, "actual", "level", 1.24e9),
        ("tech_contract_turnover", 2023, "actual", "growth_pct", 21.0),
        ("high_tech_enterprises", 2023, "actual", "level", 312.0),
        ("maker_spaces", 2023, "target", "increment", 3.0),
    }


def test_a_goal_in_brackets_after_a_figures_rate_and_aside_is_that_figures_goal(
    tmp_path: Path,
) -> None:
    # 成交额…,同比增长…(去年同期为…),完成年度目标任务(25亿元)的…: the goal of the amount, its
    # own rate and an aside in brackets standing between; in a month's bulletin, 今年 is the
    # year it reports on
    facts = _facts(
        tmp_path,
        "南城区科技局2024年7月份工作简报\n\n"
        "一、主要指标\n"
        "1—7月,全区累计实现技术合同成交额16.3亿元,同比增长21.5%(去年同期为13.4亿元),"
        "完成年度目标任务(25亿元)的65.2%。\n"
        "今年的年度目标是新增高新技术企业30家。\n",
    )
    assert facts == {
        ("tech_contract_turnover", 2024, "actual", "level", 1.63e9),
        ("tech_contract_turnover", 2024, "actual", "growth_pct", 21.5),
        ("tech_contract_turnover", 2024, "target", "level", 2.5e9),
        ("high_tech_enterprises", 2024, "target", "increment", 30.0),
    }


def test_a_table_saved_as_comma_separated_values_is_read_as_a_table(tmp_path: Path) -> None:
    # a data portal's export kept as text: rows of comma-separated cells under a header of
    # years are a table (each cell its column's year); the province's row is a yardstick, and
    # prose with commas stays prose
    facts = _facts(
        tmp_path,
        "江门市科技创新主要指标数据集\n\n"
        "数据提供方:江门市科学技术局,更新频率:每年,资源格式:CSV。\n"
        "本数据集汇总江门市近三年科技创新主要指标,供社会公众查询,全省数据仅供比对。\n\n"
        "指标名称,单位,2021年,2022年,2023年\n"
        "高新技术企业数,家,2240,2586,2803\n"
        "技术合同成交额,亿元,18.6,24.3,31.7\n"
        "科技馆接待人次,万人次,41.2,63.8,96.5\n"
        "全省高新技术企业数,家,60100,69000,75000\n",
    )
    assert facts == {
        ("high_tech_enterprises", 2021, "actual", "level", 2240.0),
        ("high_tech_enterprises", 2022, "actual", "level", 2586.0),
        ("high_tech_enterprises", 2023, "actual", "level", 2803.0),
        ("tech_contract_turnover", 2021, "actual", "level", 1.86e9),
        ("tech_contract_turnover", 2022, "actual", "level", 2.43e9),
        ("tech_contract_turnover", 2023, "actual", "level", 3.17e9),
    }


def test_figures_of_a_school_or_group_spoken_of_or_of_a_part_of_the_whole_are_not_the_citys(
    tmp_path: Path,
) -> None:
    # 学校…/该校… and 集团… opening a clause speak of the university or the group the text
    # named; a figure that makes a share of the issuer's whole (占全市的…) is a part's; the
    # city's own figures stay, an intensity of the economy (占全市生产总值的…) too
    facts = _facts(
        tmp_path,
        "绥化市校地合作观察\n记者 刘洋 2024年3月8日\n\n"
        "东北农业大学与绥化市合作十年。2023年,学校获专利授权1320件,其中发明专利授权610件。"
        "该校现有国家重点实验室3个。\n"
        "新区现有高新技术企业96家,占全市的四成以上。\n"
        "2023年,全市高新技术企业达到231家,全社会研发经费支出达到9.6亿元,占全市生产总值的0.9%。\n",
        name="suihua.txt",
    )
    assert facts == {
        ("high_tech_enterprises", 2023, "actual", "level", 231.0),
        ("rd_expenditure", 2023, "actual", "level", 9.6e8),
        ("rd_intensity", 2023, "actual", "share_pct", 0.9),
    }


def test_an_item_labelled_with_a_later_years_work_plans_that_year(tmp_path: Path) -> None:
    # (三)谋划2025年工作。 in a report on 2024's first three quarters: the goals after the label
    # are 2025's, those of the rest of 2024 stay that year's
    facts = _facts(
        tmp_path,
        "永定区科技局2024年前三季度工作总结及第四季度工作计划\n\n"
        "一、前三季度工作情况\n前三季度,全区科技工作稳步推进,各项指标运行良好。\n"
        "二、第四季度工作计划\n"
        "(一)冲刺全年目标。力争全年新增高新技术企业12家以上。\n"
        "(二)谋划2025年工作。力争研发投入强度达到1.2%,新增省级以上创新平台4个。\n",
    )
    assert facts == {
        ("high_tech_enterprises", 2024, "target", "increment", 12.0),
        ("rd_intensity", 2025, "target", "share_pct", 1.2),
        ("innovation_platforms", 2025, "target", "increment", 4.0),
    }


def test_keyed_records_of_an_export_are_read_field_by_field(tmp_path: Path) -> None:
    # a reporting system's export: each record's fields named by their keys, on one line
    # (指标:…|数值:…|单位:…|年份:…) or one per line (a data card, 【指标】… once normalised);
    # a record of another place (口径/地区) is a yardstick; a 目标 type is a goal
    facts = _facts(
        tmp_path,
        "龙海区科技创新指标填报记录(系统导出)\n\n"
        "填报单位:龙海区科学技术局,填报时间:2024年1月12日。以下记录每行一条,字段之间以竖线分隔。\n\n"
        "指标:新认定高新技术企业|数值:38|单位:家|年份:2023|口径:本级|类型:实际\n"
        "指标:技术合同成交额|数值:6.4|单位:亿元|年份:2023|口径:本级|类型:实际\n"
        "指标:技术合同成交额|数值:120.5|单位:亿元|年份:2023|口径:参照(漳州市)|类型:实际\n"
        "指标:研发经费投入强度|数值:1.9|单位:%|年份:2024|口径:本级|类型:目标\n\n"
        "【指标】有效期内高新技术企业\n【数值】214\n【单位】家\n【年份】2023\n【地区】龙海区\n",
    )
    assert facts == {
        ("high_tech_enterprises", 2023, "actual", "increment", 38.0),
        ("tech_contract_turnover", 2023, "actual", "level", 6.4e8),
        ("rd_intensity", 2024, "target", "share_pct", 1.9),
        ("high_tech_enterprises", 2023, "actual", "level", 214.0),
    }


def test_an_organisation_printed_above_a_placeless_title_issued_it() -> None:
    # 乐清市科学技术局 / 2024年度科技统计快报: the masthead names the issuer; the body's talk
    # of the parent city (温州市…参照数) does not
    from conftest import page_meta

    meta = page_meta(
        "乐清市科学技术局\n"
        "2024年度科技统计快报\n"
        "编印日期:2025年1月20日\n\n"
        "本快报根据温州市科技局反馈数据整理,温州市数据为参照数。全市有效高新技术企业达到905家。\n"
        "参照:温州市有效高新技术企业8900家,温州市研发投入强度3.3%,温州市技术交易额420亿元。\n"
    )
    assert meta.city_zh == "乐清市"


def test_the_same_period_of_the_year_before_is_no_years_figure_in_a_part_year_report(
    tmp_path: Path,
) -> None:
    # 较去年同期的2.3亿元 in a report on the first half: the first half of the year before, no
    # fact of that year; the rate after it stays the figure's before
    facts = _facts(
        tmp_path,
        "南城区科技局2024年上半年工作总结及下半年工作计划\n\n"
        "一、上半年工作情况\n"
        "1—6月,全区累计争取省级以上科技项目资金2.9亿元,较去年同期的2.3亿元增长26.1%。\n",
    )
    assert facts == {
        ("sci_tech_funds_secured", 2024, "actual", "level", 2.9e8),
        ("sci_tech_funds_secured", 2024, "actual", "growth_pct", 26.1),
    }
