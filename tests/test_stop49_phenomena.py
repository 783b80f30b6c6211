"""Phenomena met in report-like texts read during stop 49, in texts written for these tests."""

from __future__ import annotations

from pathlib import Path

from conftest import page_meta
from conftest import report_facts as _facts


def test_arrows_and_signs_before_a_rate_mark_its_change(tmp_path: Path) -> None:
    # a deck's figures: ↑ and ▲ a rise, ▼ and ↓ a fall, 同比+ and 同比- the same in signs; an
    # arrow that opens a line is a bullet and says nothing of the figure after it
    facts = _facts(
        tmp_path,
        "滕州市科技局2023年工作总结\n\n"
        "● 全社会研发投入：31.2亿元，↑8.6%\n"
        "● 技术合同成交额 12.4亿元　▼3.5%\n"
        "● 发明专利授权 416件　同比+21.4%\n"
        "● 专利授权 2,210件　同比-4.8%\n"
        "▲ 2.35% 研发投入强度\n",
    )
    assert ("rd_expenditure", 2023, "actual", "growth_pct", 8.6) in facts
    assert ("tech_contract_turnover", 2023, "actual", "growth_pct", -3.5) in facts
    assert ("invention_patent_grants", 2023, "actual", "growth_pct", 21.4) in facts
    assert ("patent_grants", 2023, "actual", "growth_pct", -4.8) in facts
    assert not [f for f in facts if f[3] == "growth_pct" and f[4] == 2.35]
    assert ("rd_intensity", 2023, "actual", "share_pct", 8.6) not in facts


def test_a_tables_change_column_may_mark_its_cells_with_arrows(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "漯河市科技局2023年工作汇报\n\n"
        "指标\t2022年\t2023年\t增幅\n"
        "高新技术企业(家)\t301\t347\t↑15.3%\n"
        "技术合同成交额(亿元)\t20.4\t18.9\t▼7.4%\n",
    )
    assert ("high_tech_enterprises", 2023, "actual", "growth_pct", 15.3) in facts
    assert ("tech_contract_turnover", 2023, "actual", "growth_pct", -7.4) in facts
    assert ("high_tech_enterprises", 2022, "actual", "level", 301.0) in facts


def test_a_scans_broken_figures_are_read_whole_in_prose_but_a_tables_cells_stay_apart() -> None:
    from ingest.reading.normalise import normalise_text

    text = normalise_text(
        "全县高新技术企业达到2 07家，同比增长1 3.5%，科技型中小企业1 O 4家，净增2l家，"
        "每万人口发明专利拥有量达到3.O 8件。\n"
        "专利申请 640 712 518\n"
    )
    assert "达到207家" in text and "增长13.5%" in text and "企业104家" in text
    assert "净增21家" in text and "达到3.08件" in text
    assert "640 | 712 | 518" in text or "640 712 518" in text
    assert normalise_text(text) == text


def test_a_month_under_a_decks_title_is_its_date_and_no_part_of_the_title() -> None:
    # 2024年1月 (and 2024年1月 · 某地) under a title: the date it was given; the report it
    # gives (工作汇报) looks back on the year its title names
    meta = page_meta("济源市科学技术局\n2023年工作汇报\n2024年1月 · 济源\n\n一、主要指标\n"
                     "全市高新技术企业新增23家,总数达到152家。\n")  # fmt: skip
    assert meta.title is not None and "1月" not in meta.title
    assert (meta.report_year, meta.plan_year) == (2023, 2024)


def test_a_decks_running_footer_loses_its_page_number_and_keeps_its_words() -> None:
    from ingest.reading.normalise import normalise_text

    text = normalise_text("霍邱县科技局 · 第3页 / 共8页\n2025年 | 工作目标 第6页\n")
    assert "第3页" not in text and "第6页" not in text
    assert "霍邱县科技局" in text and "工作目标" in text


def test_a_slides_heading_and_a_plan_word_alone_head_the_plan(tmp_path: Path) -> None:
    # 2024 ┃ 目标任务 (a slide's year, bar, title and page number), 明年重点 alone, and
    # 三、下半年打算(全年目标) with its aside: each heads the goals under it
    slide = _facts(
        tmp_path,
        "沂水县科学技术局2023年工作总结暨2024年工作计划\n\n"
        "2023 ┃ 指标完成情况                    3\n"
        "├ 研发投入强度　　2.41%\n\n"
        "2024 ┃ 目标任务                        7\n"
        "◆ 科技型中小企业430家\n",
    )
    assert ("rd_intensity", 2023, "actual", "share_pct", 2.41) in slide
    assert ("tech_smes", 2024, "target", "level", 430.0) in slide
    (tmp_path / "report.txt").unlink()
    bare = _facts(
        tmp_path,
        "临泉县科学技术局2023年工作总结暨2024年工作计划\n\n"
        "成效回顾\n· 全县新增高新技术企业16家。\n\n"
        "明年重点\n· 高新技术企业总数达到95家\n",
    )
    assert ("high_tech_enterprises", 2024, "target", "level", 95.0) in bare


def test_a_plan_heading_with_an_aside_after_it_still_heads_the_plan(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "新泰市科技局2023年上半年工作总结\n\n"
        "一、上半年工作情况\n全市新认定科技型中小企业46家。\n"
        "二、下半年打算（全年目标）\n高新技术企业总数达到180家。\n",
    )
    assert ("high_tech_enterprises", 2023, "target", "level", 180.0) in facts


def test_a_bracket_naming_the_year_and_source_of_a_figure_dates_it(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "宿州市科技局2024年工作总结\n\n"
        "全市研发投入强度1.41%（2023年统计数），高新技术企业净增61家。"
        "研发经费投入52.6亿元（2023年度，统计公报数）。\n",
    )
    assert ("rd_intensity", 2023, "actual", "share_pct", 1.41) in facts
    assert ("rd_expenditure", 2023, "actual", "level", 5.26e9) in facts
    assert ("high_tech_enterprises", 2024, "actual", "increment", 61.0) in facts


def test_a_five_year_plans_goal_named_in_a_review_is_the_goal_of_its_last_year(
    tmp_path: Path,
) -> None:
    # 规划目标X: the goal of the plan period's last year; a goal in an aside (规划目标…) or one
    # closed on its own figure before a clause with its own year makes nothing after it a goal
    facts = _facts(
        tmp_path,
        "莆田市科技创新规划实施情况中期评估报告（2023年）\n\n"
        "高新技术企业2020年为380家，规划目标650家，2023年达到611家。"
        "每万人口发明专利拥有量（规划目标6.5件）由2020年的3.12件增至2023年的5.34件。\n",
    )
    assert ("high_tech_enterprises", 2025, "target", "level", 650.0) in facts
    assert ("high_tech_enterprises", 2023, "actual", "level", 611.0) in facts
    assert ("invention_patents_per_10k", 2025, "target", "level", 6.5) in facts
    assert ("invention_patents_per_10k", 2023, "actual", "level", 5.34) in facts
    assert ("invention_patents_per_10k", 2020, "actual", "level", 3.12) in facts


def test_a_goal_that_frames_a_list_with_a_colon_still_reaches_its_items(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "三明市科技局2023年工作总结\n\n"
        "全市新增高新技术企业41家。年初确定的目标：新增高新技术企业40家，"
        "2023年研发投入强度达到1.9%。\n",
    )
    assert ("rd_intensity", 2023, "target", "share_pct", 1.9) in facts


def test_an_unnamed_firms_figures_are_not_the_places(tmp_path: Path) -> None:
    # 某…企业: a firm the text leaves unnamed, in an analysis of why a figure fell
    facts = _facts(
        tmp_path,
        "白山市科技局2019年工作总结\n\n"
        "全市研发经费投入3.1亿元，比上年下降9.2%。作为全市研发投入最多的企业，"
        "某钢铁企业全年研发投入1.6亿元，比上年下降12%。\n",
    )
    assert ("rd_expenditure", 2019, "actual", "level", 3.1e8) in facts
    assert ("rd_expenditure", 2019, "actual", "growth_pct", -9.2) in facts
    assert not [f for f in facts if f[4] in (1.6e8, -12.0, 12.0)]


def test_what_the_one_who_asks_says_is_not_the_issuers_figure(tmp_path: Path) -> None:
    # a reply to a message or a proposal quotes the asker first: those figures are the asker's
    facts = _facts(
        tmp_path,
        "关于市政协十届二次会议第0214号提案的答复\n\n"
        "您在提案中提到“我市研发投入强度不足0.6%”，该数据系2020年口径。"
        "来电人称，邻县一年认定高新技术企业三十多家。"
        "2023年，全市研发投入强度为0.92%，新认定高新技术企业27家。\n",
        name="安顺市科技局_2024.txt",
    )
    assert not [f for f in facts if f[4] in (0.6, 30.0)]
    assert ("rd_intensity", 2023, "actual", "share_pct", 0.92) in facts
    assert ("high_tech_enterprises", 2023, "actual", "increment", 27.0) in facts


def test_a_programmes_span_in_a_title_gives_way_to_the_years_the_text_itself_names() -> None:
    # …行动计划(2024—2026年)2024年度实施情况及2025年工作安排: the year carried out and the
    # year planned; the programme's own title still plans its span
    meta = page_meta(
        "霞浦县科技创新三年行动计划（2024—2026年）2024年度实施情况及2025年工作安排\n\n"
        "全县新增高新技术企业9家。\n"
    )
    assert (meta.report_year, meta.plan_year) == (2024, 2025)
    plan = page_meta(
        "霞浦县科技创新三年行动计划（2024—2026年）\n\n到2026年,全县高新技术企业达到60家。\n"
    )
    assert plan.plan_year == 2026


def test_a_quarter_or_half_named_in_a_title_that_plans_nothing_is_the_years_so_far() -> None:
    # a press conference on a half year, a digest labelled with its quarter in brackets: that
    # year so far; a month in brackets under a title is when it was written
    half = page_meta(
        "安康市2023年上半年科技创新工作新闻发布会文字实录\n\n时间:2023年7月20日上午\n"
        "主持人:今年以来,全市科技系统扎实推进各项任务。上半年全市新增科技型中小企业120家。\n"
    )
    assert (half.report_year, half.plan_year) == (2023, 2023)
    quarter = page_meta(
        "铜仁市科学技术局政务咨询答复选编（2023年第二季度）\n\n问:…\n答:目前全市有孵化器6家。\n"
    )
    assert quarter.report_year == 2023
    dated = page_meta(
        "商洛市对标安康市科技创新工作调研报告\n（2022年3月）\n\n两市2021年科技创新主要指标对比如下。\n"
    )
    assert dated.report_year == 2021


def test_a_title_that_reports_on_a_year_with_tongbao_looks_back_on_it() -> None:
    meta = page_meta(
        "通报2023年全市科技创新工作 部署2024年重点任务\n\n全市新增高新技术企业118家。\n"
    )
    assert (meta.report_year, meta.plan_year) == (2023, 2024)


def test_the_provinces_average_said_with_a_copula_is_not_the_places_figure(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "衡阳市科技局2023年工作总结\n\n"
        "全市研发投入强度1.86%，全省平均是2.41%，差距仍然明显。"
        "全市发明专利授权量1210件，全省平均为2980件。\n",
    )
    assert ("rd_intensity", 2023, "actual", "share_pct", 1.86) in facts
    assert not [f for f in facts if f[4] in (2.41, 2980.0)]


def test_a_standing_after_a_yardstick_clause_is_the_last_figures(tmp_path: Path) -> None:
    # 平均水平 says no 均 (all of them); the clauses measuring the figure against a yardstick
    # are no rival for its standing
    facts = _facts(
        tmp_path,
        "灵川县科技局2023年工作总结\n\n"
        "全县全社会研发经费投入3.12亿元，研发投入强度1.35%，高于广西平均水平（0.91%），"
        "位居桂林市各县（市、区）第3位。"
        "全县每万人口发明专利拥有量4.6件，约为全市平均水平（2.1件）的2倍，继续位居全市各县首位。\n",
    )
    assert ("rd_intensity", 2023, "actual", "rank", 3.0) in facts
    assert ("rd_expenditure", 2023, "actual", "rank", 3.0) not in facts
    assert ("invention_patents_per_10k", 2023, "actual", "rank", 1.0) in facts


def test_a_reporters_turn_at_a_press_conference_states_no_figure_of_the_place(
    tmp_path: Path,
) -> None:
    facts = _facts(
        tmp_path,
        "榆林市2023年科技创新工作新闻发布会\n\n"
        "主持人:下面请记者提问。\n"
        "陕西日报记者:去年我市技术合同成交额超过了80亿元，全市高企总数也超过了900家。\n"
        "市科技局局长:2023年，全市技术合同成交额72.5亿元，同比增长31%。\n",
    )
    assert not [f for f in facts if f[4] in (8e9, 900.0)]
    assert ("tech_contract_turnover", 2023, "actual", "level", 7.25e9) in facts


def test_a_parent_place_said_as_a_level_in_a_list_of_parts_is_a_level(tmp_path: Path) -> None:
    # 其中…、楚雄州级科技特派员: the parent's level (州级 is 市级), no kind of commissioner
    facts = _facts(
        tmp_path,
        "禄丰市科技局2023年工作总结\n\n"
        "全年选派科技特派员63名，其中省级科技特派员22名、楚雄州级科技特派员26名、县级科技特派员15名。\n",
    )
    assert ("sci_tech_commissioners", 2023, "actual", "level", 26.0) in facts


def test_a_research_institutes_figures_are_not_the_places(tmp_path: Path) -> None:
    # 光机所, 海洋研究所 and an oil field run as a firm speak of themselves; an institute that
    # is only honoured in a clause of the place's sentence takes nothing from it
    facts = _facts(
        tmp_path,
        "吉林市科技局2023年工作总结\n\n"
        "吉林化学研究所全年新增发明专利授权215件。吉林油田全年申请专利980件。"
        "全市发明专利授权1830件。"
        "吉林农业科技研究院获评省级新型研发机构，获批省级众创空间2家。\n",
    )
    assert ("invention_patent_grants", 2023, "actual", "level", 1830.0) in facts
    assert not [f for f in facts if f[4] in (215.0, 980.0)]
    assert ("maker_spaces", 2023, "actual", "increment", 2.0) in facts


def test_times_counted_over_years_are_no_count_of_things(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "达州市科技局2023年工作总结\n\n"
        "2021年至2023年，累计认定高新技术企业268家次。全市累计选派科技特派员3100余人次。"
        "全市有效期内高新技术企业达到196家。\n",
    )
    assert not [f for f in facts if f[4] in (268.0, 3100.0)]
    assert ("high_tech_enterprises", 2023, "actual", "level", 196.0) in facts


def test_a_list_under_a_span_of_the_last_years_gives_one_figure_a_year(tmp_path: Path) -> None:
    # 近三年…分别为…: the last of them is the year written of, the others the years before;
    # 连续三年…(分别增长…): a rate a year of the one indicator
    facts = _facts(
        tmp_path,
        "毕节市科技局2023年工作总结\n\n"
        "近三年来，全市科技型中小企业入库数分别为240家、301家和365家。"
        "2023年，全市高新技术企业总数达到212家，连续三年保持两位数增长（分别增长11.4%、13.9%、16.2%）。\n",
    )
    assert ("tech_smes", 2021, "actual", "level", 240.0) in facts
    assert ("tech_smes", 2022, "actual", "level", 301.0) in facts
    assert ("tech_smes", 2023, "actual", "level", 365.0) in facts
    assert ("high_tech_enterprises", 2021, "actual", "growth_pct", 11.4) in facts
    assert ("high_tech_enterprises", 2023, "actual", "growth_pct", 16.2) in facts


def test_an_aside_with_its_own_figure_dates_nothing_after_it(tmp_path: Path) -> None:
    # (2021年为18家) is that year's; what follows the bracket is the sentence's own year. A
    # bracket that only labels the year, 强度(2022年度):1.9%, dates the figure after it
    facts = _facts(
        tmp_path,
        "上林县科技局2022年工作总结\n\n"
        "截至2022年底，全县有高新技术企业26家（2021年为19家），科技型中小企业58家。"
        "全县研发投入强度（2021年度）：0.92%。\n",
    )
    assert ("high_tech_enterprises", 2021, "actual", "level", 19.0) in facts
    assert ("tech_smes", 2022, "actual", "level", 58.0) in facts
    assert ("rd_intensity", 2021, "actual", "share_pct", 0.92) in facts


def test_a_part_of_the_year_on_a_page_dated_after_it_is_of_the_pages_year(tmp_path: Path) -> None:
    # a rectification report of September 2023 recalls 2022's figures, then gives 上半年 and
    # 2023年1—8月: those are 2023's so far, not the year looked back on
    facts = _facts(
        tmp_path,
        "龙岩市科技局关于审计发现问题整改进展情况的报告\n\n"
        "2023年9月18日\n\n"
        "审计指出，2022年全市技术合同成交额仅9.1亿元。"
        "整改成效：上半年全市技术合同成交额7.4亿元，同比增长58.3%。"
        "2023年1—8月，全市发明专利授权986件。\n",
    )
    assert ("tech_contract_turnover", 2022, "actual", "level", 9.1e8) in facts
    assert ("tech_contract_turnover", 2023, "actual", "level", 7.4e8) in facts
    assert ("invention_patent_grants", 2023, "actual", "level", 986.0) in facts


def test_a_part_of_the_year_in_a_summary_written_after_it_stays_in_that_year(
    tmp_path: Path,
) -> None:
    facts = _facts(
        tmp_path,
        "南平市科技局2022年工作总结\n\n2023年1月6日\n\n"
        "截至11月底，全市有效高新技术企业达到402家。\n",
    )
    assert ("high_tech_enterprises", 2022, "actual", "level", 402.0) in facts


def test_a_slides_figure_before_its_label_with_a_bracketed_change_is_one_phrase(
    tmp_path: Path,
) -> None:
    # ┃ 158家　　高新技术企业(净增21家): the wide gap is layout, the bracket's figure no phrase
    # of its own (a headline's phrases, each with its own figure, stay apart)
    facts = _facts(
        tmp_path,
        "潜山市科技局2024年工作汇报\n\n一年来各项工作取得新进展。\n■ 数说科技\n"
        "┃ 158家　　高新技术企业（净增21家）\n┃ 312家　　科技型中小企业\n",
    )
    assert ("high_tech_enterprises", 2024, "actual", "level", 158.0) in facts
    assert ("high_tech_enterprises", 2024, "actual", "increment", 21.0) in facts
    assert ("tech_smes", 2024, "actual", "level", 312.0) in facts


def test_a_footnotes_mark_before_a_year_is_not_read_into_it() -> None:
    # ² 2024年末…: NFKC makes the mark a digit; the year after the space is a figure of its own
    from ingest.reading.normalise import normalise_text

    text = normalise_text("² 2024年末全县有效期内高新技术企业312家,其中当年新认定47家。\n")
    assert "22024" not in text and "2024年末" in text


def test_the_years_goal_in_brackets_after_an_amount_and_its_rate_is_the_amounts(
    tmp_path: Path,
) -> None:
    # …成交额235.6亿元,同比增长18.2%,完成年度目标任务(210亿元)的112.2%: the goal of the
    # amount, past its own rate
    facts = _facts(
        tmp_path,
        "连云港市科技局2023年工作总结\n\n"
        "全市技术合同成交额168.4亿元，同比增长21.7%，完成年度目标任务（150亿元）的112.3%。\n",
    )
    assert ("tech_contract_turnover", 2023, "actual", "level", 1.684e10) in facts
    assert ("tech_contract_turnover", 2023, "actual", "growth_pct", 21.7) in facts
    assert ("tech_contract_turnover", 2023, "target", "level", 1.5e10) in facts


def test_the_ones_honoured_for_their_merit_are_no_count_of_the_indicator(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "剑阁县科技局2023年工作总结\n\n"
        "全县选派科技特派员142名。大会表彰了18名优秀科技特派员和4个先进服务团队。"
        "全年新增高新技术企业5家，表彰先进单位3个。\n",
    )
    assert ("sci_tech_commissioners", 2023, "actual", "level", 142.0) in facts
    assert not [f for f in facts if f[4] in (18.0, 4.0)]
    assert ("high_tech_enterprises", 2023, "actual", "increment", 5.0) in facts
