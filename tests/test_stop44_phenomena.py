"""Phenomena met in report-like texts read during stop 44, in texts written for these tests."""

from __future__ import annotations

from pathlib import Path

from conftest import page_meta
from conftest import report_facts as _facts


def test_an_amount_whose_stem_the_sentence_before_named_goes_on_with_that_indicator(
    tmp_path: Path,
) -> None:
    # 登记技术合同…项。成交额…: the second sentence opens on the amount's last word; the first
    # named only its stem (技术合同), whose count of contracts is no core figure
    facts = _facts(
        tmp_path,
        "樟树市科技局2021年工作总结\n"
        "2021年,全市科技系统围绕中心、服务大局,各项工作稳步推进,为全市经济发展提供了有力支撑。\n"
        "全年共认定登记技术合同214份。成交额7.85亿元,较上年增长31.6%。\n"
        "全市研发经费投入稳定增长,投入强度达到1.74%。\n",
    )
    assert {f for f in facts if f[0] == "tech_contract_turnover"} == {
        ("tech_contract_turnover", 2021, "actual", "level", 7.85e8),
        ("tech_contract_turnover", 2021, "actual", "growth_pct", 31.6),
    }


def test_a_standing_of_a_total_and_its_growth_together_ranks_the_total(tmp_path: Path) -> None:
    # 增速居…第一 alone ranks a growth (no row); 总量和增速均居 ranks the total as well, and
    # 强度与增幅都… the share: the amount or the share the clause gave, never the rate after it
    facts = _facts(
        tmp_path,
        "邵东市科学技术局2022年工作总结\n"
        "2022年,全市上下深入实施创新驱动发展战略,科技创新工作取得了新的成绩,现总结如下。\n"
        "全市有效高新技术企业达到241家,比上年增长18.1%,总量和增速均居邵阳市县市区第一。\n"
        "全社会研发经费投入14.2亿元,增长16.5%,研发投入强度2.07%,总量与增幅均列邵阳市第二。\n"
        "技术合同成交额9.3亿元,增速位居全市第一。\n"
        "高新技术产业增加值占规模以上工业增加值比重达41.3%,比重和增幅都居全市第三。\n",
    )
    assert {f for f in facts if f[3] == "rank"} == {
        ("high_tech_enterprises", 2022, "actual", "rank", 1.0),
        ("rd_expenditure", 2022, "actual", "rank", 2.0),
        ("high_tech_industry_share", 2022, "actual", "rank", 3.0),
    }


def test_a_speech_dated_in_brackets_with_a_remark_plans_the_year_it_was_given(
    tmp_path: Path,
) -> None:
    # （日期，根据录音整理） under a speech's title is the day it was given; 今年 there is that
    # year, both where 今年是…之年 opens the goals and where 今年的目标 restates them, even with a
    # horizon (到2027年) named after them
    text = (
        "在全县科技创新工作会议上的讲话\n"
        "县长  王建国\n"
        "（2024年2月22日，根据录音整理）\n\n"
        "同志们:\n"
        "刚才,几个乡镇和企业作了交流发言,讲得很好。下面,我讲两点意见。\n"
        "一、过去一年成绩来之不易\n"
        "2023年,全县全社会研发投入4.2亿元,增长16.1%;高新技术企业达到87家,净增19家。\n"
        "二、今年的任务\n"
        "今年是实现“十四五”规划目标任务的关键之年。全县科技工作的主要目标是:研发投入增长15%以上,"
        "高新技术企业突破100家。到2027年,全县研发投入强度达到2.5%。\n"
        "今年的目标我再强调一遍,每个乡镇都要有具体措施,确保件件落实。\n"
    )
    meta = page_meta(text)
    assert (meta.report_year, meta.plan_year) == (2023, 2024)
    facts = _facts(tmp_path, text)
    assert {f for f in facts if f[2] == "target"} == {
        ("rd_expenditure", 2024, "target", "growth_pct", 15.0),
        ("high_tech_enterprises", 2024, "target", "level", 100.0),
        ("rd_intensity", 2027, "target", "share_pct", 2.5),
    }


def test_a_table_set_apart_by_bare_bars_under_its_caption_keeps_its_rows_and_columns(
    tmp_path: Path,
) -> None:
    # the caption and the header row are no wrapped prose to join; the header's years date the
    # columns (base, goal, value reached) and the caption's period names no year of the text;
    # a column of progress (完成进度) is no figure of the indicator
    facts = _facts(
        tmp_path,
        "吉安市“十四五”科技创新规划中期评估报告\n\n"
        "按照统一部署,市科技局对规划实施以来主要指标完成情况进行了评估,现将有关情况报告如下。\n\n"
        "表2 吉安市“十四五”科技创新主要指标完成情况\n"
        "序号|指标|单位|2020年基数|2025年目标|2022年完成值|完成进度\n"
        "1|高新技术企业数|家|412|900|655|49.8%\n"
        "2|技术合同成交额|亿元|12.4|40|25.1|46.0%\n\n"
        "总体看,两项指标均达到时序进度要求,后半程仍需加力推进,确保规划目标如期实现。\n",
    )
    assert {f for f in facts if f[0] == "high_tech_enterprises"} == {
        ("high_tech_enterprises", 2020, "actual", "level", 412.0),
        ("high_tech_enterprises", 2025, "target", "level", 900.0),
        ("high_tech_enterprises", 2022, "actual", "level", 655.0),
    }
    assert ("tech_contract_turnover", 2022, "actual", "level", 2.51e9) in facts


def test_how_far_a_goal_is_done_is_no_share_and_a_counted_off_item_sets_no_goal(
    tmp_path: Path,
) -> None:
    # 完成进度仅为41.2% measures progress, not the indicator; 二是… after an item that named a
    # goal (与规划目标差距较大) is an item of its own: its figure is what there is
    facts = _facts(
        tmp_path,
        "抚州市科学技术局2022年工作总结\n"
        "2022年,全市科技工作在市委、市政府的正确领导下,紧扣中心任务,取得了积极成效。\n"
        "一、存在的问题\n"
        "一是研发投入偏少,研发投入强度完成进度仅为41.2%,与规划目标差距较大;"
        "二是创新主体不强,每万人口发明专利拥有量1.93件,低于全省平均水平。\n"
        "二、2023年工作计划\n"
        "力争每万人口发明专利拥有量达到2.3件。\n",
    )
    assert {f for f in facts if f[0] in ("rd_intensity", "invention_patents_per_10k")} == {
        ("invention_patents_per_10k", 2022, "actual", "level", 1.93),
        ("invention_patents_per_10k", 2023, "target", "level", 2.3),
    }


def test_a_self_check_of_a_years_goals_reports_on_that_year(tmp_path: Path) -> None:
    # …目标责任考核自查报告 / 绩效自评报告: the goals word in the title names what was checked,
    # the year checked is the year the text looks back on; quotas counted off (目标任务二:) are
    # that year's goals, and what follows them (完成情况:) what was done
    text = (
        "上栗县科学技术局2024年度科技创新目标责任考核自查报告\n\n"
        "萍乡市科学技术局:\n"
        "根据考核通知要求,我局对照年初下达的考核指标逐项开展了自查,现将自查情况报告如下。\n\n"
        "目标任务一:全社会研发经费投入增长12%。\n"
        "完成情况:经统计部门初步测算,全县研发经费投入增长14.6%。\n\n"
        "目标任务二:新增高新技术企业9家。\n"
        "完成情况:全年新认定高新技术企业12家,有效期内高新技术企业达到61家。\n"
    )
    meta = page_meta(text)
    assert meta.report_year == 2024
    facts = _facts(tmp_path, text)
    assert facts == {
        ("rd_expenditure", 2024, "target", "growth_pct", 12.0),
        ("rd_expenditure", 2024, "actual", "growth_pct", 14.6),
        ("high_tech_enterprises", 2024, "target", "increment", 9.0),
        ("high_tech_enterprises", 2024, "actual", "increment", 12.0),
        ("high_tech_enterprises", 2024, "actual", "level", 61.0),
    }


def test_a_claim_put_to_the_speaker_as_a_question_is_no_figure_of_the_text(
    tmp_path: Path,
) -> None:
    # a reporter quotes what was heard elsewhere and asks; the answer states the figure
    facts = _facts(
        tmp_path,
        "常熟市科技局局长就科技创新工作答记者问\n"
        "发布时间:2023-03-02 来源:常熟市融媒体中心\n\n"
        "记者:听说去年常熟的高新技术企业已经超过1500家,是真的吗?\n"
        "局长:这个说法不准确。2022年,全市有效期内高新技术企业达到1386家,净增211家。\n"
        "记者:今年有什么打算?\n"
        "局长:今年我们力争高新技术企业总数突破1500家。\n",
    )
    assert {f for f in facts if f[0] == "high_tech_enterprises"} == {
        ("high_tech_enterprises", 2022, "actual", "level", 1386.0),
        ("high_tech_enterprises", 2022, "actual", "increment", 211.0),
        ("high_tech_enterprises", 2023, "target", "level", 1500.0),
    }


def test_a_question_naming_only_a_period_heads_no_part_with_its_years() -> None:
    # a news conference of August 2022 reviewing ten years to 2021: the reporter's question
    # about the period's second half (“十四五”后半程) does not make 2020 the year reported on
    meta = page_meta(
        "潍坊市“这十年”科技创新主题新闻发布会\n"
        "发布时间:2022-08-25 来源:潍坊市人民政府新闻办公室\n\n"
        "市科技局局长:十年来,全市研发投入由2012年的61.2亿元增长到2021年的170.6亿元,"
        "2021年全市高新技术企业达到1683家,技术合同成交额达到196.4亿元。\n"
        "记者:“十四五”后半程,潍坊科技创新的目标是什么?\n"
        "市科技局局长:到2025年,全市高新技术企业达到2500家。\n"
    )
    assert (meta.report_year, meta.plan_year) == (2021, 2025)


def test_a_heading_that_says_what_this_year_must_do_opens_the_plan(tmp_path: Path) -> None:
    # 二、今年,我们要… over dashed goals in a speech looking back on 去年
    facts = _facts(
        tmp_path,
        "在全市科技创新大会上的讲话\n"
        "（2024年3月1日）\n\n"
        "一、去年的工作\n"
        "去年,全市高新技术企业达到412家,净增57家;技术合同成交额达到48.2亿元。\n"
        "二、今年,我们要在关键指标上实现新跨越\n"
        "具体来讲:\n"
        "——高新技术企业突破480家;\n"
        "——技术合同成交额达到60亿元。\n",
    )
    assert {f for f in facts if f[2] == "target"} == {
        ("high_tech_enterprises", 2024, "target", "level", 480.0),
        ("tech_contract_turnover", 2024, "target", "level", 6.0e9),
    }


def test_an_assessment_tables_standard_column_holds_the_years_goals(tmp_path: Path) -> None:
    # a table flattened one cell per line: 考核标准(分值) is the goal set, 完成情况 what was done
    facts = _facts(
        tmp_path,
        "贺兰县科学技术局2022年度目标管理考核自查报告\n"
        "按照考核办法要求,我局对本年度各项业务指标逐项进行了自查,现将有关情况报告如下,请予审核。\n"
        "考核项目|\n考核标准(分值)|\n完成情况|\n|\n"
        "高新技术企业|\n新增高新技术企业6家(10分)|\n全年新认定高新技术企业9家|\n|\n"
        "技术市场|\n技术合同成交额达到1.5亿元(10分)|\n技术合同成交额1.82亿元|\n|\n"
        "以上指标全部完成,自评得分为满分,我局将认真总结经验,在新的一年里继续努力推动全县科技工作。\n",
    )
    assert facts == {
        ("high_tech_enterprises", 2022, "target", "increment", 6.0),
        ("high_tech_enterprises", 2022, "actual", "increment", 9.0),
        ("tech_contract_turnover", 2022, "target", "level", 1.5e8),
        ("tech_contract_turnover", 2022, "actual", "level", 1.82e8),
    }


def test_a_page_break_with_its_running_header_inside_a_phrase_is_read_through(
    tmp_path: Path,
) -> None:
    # text from a PDF: lines wrapped at the page's width, and between two pages the number of
    # the one ending and the document number every page is headed with
    lines = [
        "本溪市科学技术局",
        "本科发〔2023〕7号",
        "2022年全市科技工作总结",
        "2022年，全市科技系统坚持创新驱动发展战略，各项工作取得",
        "了新的成效，现将有关情况总结如下。全年新认定高新技术企业",
        "84家，有效期内高新技术企业总数达到312家，科技型中小企业",
        "评价入库数量创历史新高，企业创新主体地位不断巩固。经统计",
        "部门测算，全市研发投入持续增长，企业研发活动覆盖面进一步",
        "扩大，规上工业企业研发活动覆盖率稳步提高。据统计，全市R&",
        "              — 1 —",
        "本科发〔2023〕7号",
        "D经费投入21.7亿元，同比增长13.4%，技术合同成交额达到",
        "15.2亿元，比上年增长21.6%，各项指标均好于预期目标要求，",
        "为全市经济社会高质量发展提供了有力的科技支撑和保障。",
        "              — 2 —",
        "本科发〔2023〕7号",
    ]
    facts = _facts(tmp_path, "\n".join(lines) + "\n")
    assert ("rd_expenditure", 2022, "actual", "level", 2.17e9) in facts
    assert ("rd_expenditure", 2022, "actual", "growth_pct", 13.4) in facts


def test_a_growth_column_grows_the_value_reached_and_a_rows_year_dates_a_one_year_table(
    tmp_path: Path,
) -> None:
    # 目标值 | 完成值 | 同比增长 of one year: the growth is the result's; a row naming an earlier
    # year in brackets (a statistic that comes out a year late) is of that year
    facts = _facts(
        tmp_path,
        "白银市2023年科技创新主要指标完成情况\n"
        "市科技局对照年度目标对主要科技指标进行了梳理,各项指标完成情况如下表,总体好于预期。\n"
        "| 指标 | 单位 | 2023年目标值 | 2023年完成值 | 同比增长(%) |\n"
        "| 高新技术企业数 | 家 | 120 | 131 | 16.9 |\n"
        "| 研发投入强度(2022年度) | % | 1.2 | 1.26 | — |\n"
        "从表中看,各项指标均完成年度目标,为全年科技工作开了好局,下一步将继续巩固提升。\n",
    )
    assert facts == {
        ("high_tech_enterprises", 2023, "target", "level", 120.0),
        ("high_tech_enterprises", 2023, "actual", "level", 131.0),
        ("high_tech_enterprises", 2023, "actual", "growth_pct", 16.9),
        ("rd_intensity", 2022, "target", "share_pct", 1.2),
        ("rd_intensity", 2022, "actual", "share_pct", 1.26),
    }


def test_an_items_fields_labelled_goal_and_done_keep_their_lines_and_its_indicator(
    tmp_path: Path,
) -> None:
    # a progress report laid out as records: the item's heading names the indicator, each line
    # under it is a field (label: value), never joined to the next
    facts = _facts(
        tmp_path,
        "定西市科学技术局2023年前三季度重点工作进展情况\n\n"
        "今年以来,市科技局紧扣年度目标任务,统筹推进各项工作,主要指标进展总体顺利,现汇报如下。\n\n"
        "1. 技术合同成交额\n"
        "全年目标:6亿元\n"
        "1—9月完成:4.7亿元,同比增长25.3%\n"
        "完成进度:78.3%\n"
        "2. 科技型中小企业\n"
        "全年目标:评价入库260家\n"
        "1—9月完成:入库231家\n",
    )
    assert facts == {
        ("tech_contract_turnover", 2023, "target", "level", 6.0e8),
        ("tech_contract_turnover", 2023, "actual", "level", 4.7e8),
        ("tech_contract_turnover", 2023, "actual", "growth_pct", 25.3),
        ("tech_smes", 2023, "target", "level", 260.0),
        ("tech_smes", 2023, "actual", "level", 231.0),
    }


def test_a_report_on_part_of_a_year_calls_that_year_this_year() -> None:
    # 2024年上半年…完成情况: its 今年 (今年…目标为) is the year it reviews part of, not the next
    meta = page_meta(
        "武威市科学技术局2024年上半年工作完成情况\n\n"
        "上半年,市科技局围绕年度目标任务,扎实推进各项工作。全市新认定高新技术企业12家,"
        "技术合同成交额2.1亿元,同比增长18%。今年全市研发投入强度目标为1.2%,各县区正在加紧落实。\n"
        "下半年,我局将紧盯全年目标,确保各项任务全面完成。\n"
    )
    assert (meta.report_year, meta.current_year) == (2024, 2024)


def test_a_result_field_goes_on_with_its_goals_indicator_and_ranks_past_a_completion_rate(
    tmp_path: Path,
) -> None:
    # 完成情况: after the goal's sentence takes that goal's indicator; 完成率…% between a number
    # and its standing (总数居…) is no figure the standing is of
    facts = _facts(
        tmp_path,
        "毕节市科学技术局2023年度重点目标任务完成情况\n\n"
        "今年以来,市科技局紧紧围绕年度目标任务,扎实推进各项工作,现将完成情况公布如下。\n\n"
        "目标任务一:科技型中小企业评价入库500家。\n"
        "完成情况:评价入库562家,完成率112.4%,入库数量居全省第三位。\n\n"
        "目标任务二:有效期内高新技术企业达到300家。\n"
        "完成情况:全市有效期内高新技术企业达到318家,完成率106%,总数居全省第四位。\n",
    )
    assert facts == {
        ("tech_smes", 2023, "target", "level", 500.0),
        ("tech_smes", 2023, "actual", "level", 562.0),
        ("tech_smes", 2023, "actual", "rank", 3.0),
        ("high_tech_enterprises", 2023, "target", "level", 300.0),
        ("high_tech_enterprises", 2023, "actual", "level", 318.0),
        ("high_tech_enterprises", 2023, "actual", "rank", 4.0),
    }


def test_a_table_run_onto_one_line_is_read_as_its_rows(tmp_path: Path) -> None:
    # a page's table scraped into one line of space-separated cells: header (序号, the name,
    # the years' columns) and rows of as many cells
    facts = _facts(
        tmp_path,
        "汉中市2022年科技工作要点\n"
        "2022年全市科技工作的总体要求是:坚持创新驱动发展,加快建设秦巴区域创新高地,为全市高质量发展提供支撑。\n"
        "附表:2022年全市科技创新主要指标 序号 指标 2021年完成 2022年目标 "
        "1 高新技术企业(家) 126 160 2 技术合同成交额(亿元) 18.4 22 3 研发投入强度(%) 0.98 1.1\n"
        "各县区、各部门要按照任务分工,细化工作措施,确保各项目标任务落到实处。\n",
    )
    assert facts == {
        ("high_tech_enterprises", 2021, "actual", "level", 126.0),
        ("high_tech_enterprises", 2022, "target", "level", 160.0),
        ("tech_contract_turnover", 2021, "actual", "level", 1.84e9),
        ("tech_contract_turnover", 2022, "target", "level", 2.2e9),
        ("rd_intensity", 2021, "actual", "share_pct", 0.98),
        ("rd_intensity", 2022, "target", "share_pct", 1.1),
    }


def test_figures_listed_by_year_stay_each_years_after_a_span_or_under_a_total(
    tmp_path: Path,
) -> None:
    # 近五年,…2019—2021年分别为…: a span frames the sentence, but each figure names its year;
    # …总数达到632家,其中2019年、2020年…分别新认定…: the years' new ones, not kinds of the total
    facts = _facts(
        tmp_path,
        "宜兴市科技局2022年工作总结\n"
        "2022年,全市科技工作取得新成效,各项主要指标稳步增长,为全市高质量发展提供了有力支撑。\n"
        "近三年,全市技术合同成交额稳步攀升,2020—2022年分别为8.4亿元、10.2亿元、13.6亿元。\n"
        "全市高新技术企业总数达到586家,其中2020年、2021年、2022年分别新认定97家、132家、151家。\n",
    )
    assert {f for f in facts if f[0] == "tech_contract_turnover"} == {
        ("tech_contract_turnover", 2020, "actual", "level", 8.4e8),
        ("tech_contract_turnover", 2021, "actual", "level", 1.02e9),
        ("tech_contract_turnover", 2022, "actual", "level", 1.36e9),
    }
    assert {f for f in facts if f[3] == "increment"} == {
        ("high_tech_enterprises", 2020, "actual", "increment", 97.0),
        ("high_tech_enterprises", 2021, "actual", "increment", 132.0),
        ("high_tech_enterprises", 2022, "actual", "increment", 151.0),
    }


def test_a_periods_goal_is_of_its_last_year_and_what_was_reached_is_no_goal(
    tmp_path: Path,
) -> None:
    # “十三五”目标30家 in a review written in 2021: the goal of 2020; 2020年实际达到42家 after
    # it, in the same item, is what was reached
    facts = _facts(
        tmp_path,
        "灵川县科学技术局“十三五”工作总结\n"
        "(2021年1月)\n"
        "“十三五”以来,全县科技工作紧扣县委县政府中心工作,科技创新能力稳步提升,主要指标完成情况如下。\n"
        "1.高新技术企业数:“十三五”目标25家,2020年实际达到31家,超额完成目标。\n",
    )
    assert facts == {
        ("high_tech_enterprises", 2020, "target", "level", 25.0),
        ("high_tech_enterprises", 2020, "actual", "level", 31.0),
    }


def test_a_repost_a_year_later_of_a_years_work_meeting_keeps_what_its_body_says() -> None:
    # a mirror dated January 2023 reposts news of the 2022 meeting; the body says it reviewed
    # 2021 and set 2022's tasks: the page's date moves nothing
    meta = page_meta(
        "醴陵市召开2022年科技创新工作会议\n"
        "2023-01-12 09:15:03  来源:醴陵市科学技术局\n\n"
        "2月16日,醴陵市召开2022年科技创新工作会议,全面总结2021年全市科技创新工作,部署2022年重点任务。"
        "会议指出,2021年全市全社会研发投入达到21.6亿元,同比增长15.2%。\n"
    )
    assert (meta.report_year, meta.plan_year) == (2021, 2022)


def test_a_plan_paragraph_saying_what_the_year_reported_on_was_looks_back(
    tmp_path: Path,
) -> None:
    # 2023年是…第一年。全市… at the head of a 2024 工作要点: what that year did, not goals; a
    # paragraph saying what a later year is (2024年是…) still frames goals
    facts = _facts(
        tmp_path,
        "察隅县2024年科技工作要点\n"
        "2023年是全县科技工作承前启后的一年。全县选派科技特派员36名,科技型中小企业入库2家。\n"
        "2024年是实施“十四五”规划的关键一年。全县力争科技型中小企业入库4家以上。\n",
    )
    assert facts == {
        ("sci_tech_commissioners", 2023, "actual", "level", 36.0),
        ("tech_smes", 2023, "actual", "level", 2.0),
        ("tech_smes", 2024, "target", "level", 4.0),
    }


def test_commissioners_a_place_organises_are_its_own(tmp_path: Path) -> None:
    # 组织N家企业申报… counts firms served; 组织N名科技特派员到乡镇… counts the place's own people
    facts = _facts(
        tmp_path,
        "镇宁县科学技术局2023年工作总结\n"
        "2023年,全县科技工作围绕乡村振兴和产业发展,扎实推进各项工作,取得了积极成效。\n"
        "全年组织65名科技特派员到各乡镇开展技术服务,组织12家企业申报高新技术企业。\n",
    )
    assert facts == {("sci_tech_commissioners", 2023, "actual", "level", 65.0)}


def test_a_deductions_benefit_amount_is_the_deduction(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "桐城市科技局2023年工作总结\n"
        "2023年,全市科技工作取得新成效,各项主要指标稳步增长,为全市高质量发展提供了有力支撑。\n"
        "全年兑现惠企政策,全市企业享受研发费用加计扣除优惠额3.7亿元。\n",
    )
    assert facts == {("rd_tax_deduction", 2023, "actual", "level", 3.7e8)}


def test_a_figure_said_not_to_hold_is_no_fact(tmp_path: Path) -> None:
    # an answer correcting a figure: 突破1300家,而不是1200家
    facts = _facts(
        tmp_path,
        "德阳市科技局局长答记者问\n发布时间:2024-02-20\n"
        "局长:需要说明的是,今年的目标是高新技术企业总数突破1300家,而不是1200家。\n",
    )
    assert facts == {("high_tech_enterprises", 2024, "target", "level", 1300.0)}


def test_whole_city_words_after_a_clause_naming_another_city_are_that_citys(
    tmp_path: Path,
) -> None:
    # 放眼苏州,全市…: in 昆山's text, 全市 right after a clause naming 苏州 is 苏州's whole
    facts = _facts(
        tmp_path,
        "昆山市科技局2022年工作总结\n"
        "2022年,全市科技工作取得新成效,各项主要指标稳步增长,为全市高质量发展提供了有力支撑。\n"
        "全市有效高新技术企业达到2675家。放眼苏州,全市高新技术企业总数已超过1.3万家。\n",
    )
    assert facts == {("high_tech_enterprises", 2022, "actual", "level", 2675.0)}


def test_a_standing_after_the_figures_change_in_points_ranks_the_figure(
    tmp_path: Path,
) -> None:
    # …1.63%,比上年提高0.11个百分点,在全省11个设区市中由第7位前移至第5位: the points are the
    # share's change, an aside; the standing moved to is the share's. A clause that makes the
    # change a subject (提高幅度…) is ranked itself: no row
    facts = _facts(
        tmp_path,
        "邢台市科技局2022年工作总结\n"
        "2022年,全市科技工作取得新成效,各项主要指标稳步增长,为全市高质量发展提供了有力支撑。\n"
        "研发投入强度达到1.63%,比上年提高0.11个百分点,在全省11个设区市中由第7位前移至第5位。\n"
        "技术合同成交额占比达到2.1%,同比提高0.3个百分点,提高幅度居全省第一。\n",
    )
    assert {f for f in facts if f[3] == "rank"} == {("rd_intensity", 2022, "actual", "rank", 5.0)}


def test_a_page_whose_figures_stand_under_last_year_reports_on_it() -> None:
    # a press conference of April: 去年,… with the figures, 今年…力争 the plans; what there is
    # now (目前) does not make it this year's report
    meta = page_meta(
        "吉林市科技创新工作新闻发布会\n"
        "发布时间:2024-04-18 10:00\n\n"
        "主持人:各位记者朋友,大家上午好。\n"
        "局长:去年,全市高新技术企业达到1210户,同比增长13.5%;去年全市技术合同成交额突破150亿元。"
        "目前,全市共有省级以上创新平台320个。\n"
        "记者:今年的具体安排呢?\n局长:今年全市高新技术企业力争净增150户以上。\n"
    )
    assert (meta.report_year, meta.plan_year) == (2023, 2024)


def test_a_year_said_to_be_ending_is_the_year_reported_on() -> None:
    # 2024年就要画上句号 / 即将过去 in an undated year-end interview: it looks back on that year
    meta = page_meta(
        "对话宁乡市科技局局长:县域创新如何再上台阶\n\n"
        "2024年即将过去。这一年,宁乡的科技创新有哪些亮点?明年怎么干?\n"
        "局长:全市高新技术企业预计达到560家,净增60家左右。明年我们力争高企突破620家。\n"
    )
    assert (meta.report_year, meta.plan_year) == (2024, 2025)


def test_a_report_delivered_at_a_years_work_meeting_reviews_the_year_before() -> None:
    # a subtitle ——在2022年全市科技工作会议上的工作报告: the meeting plans 2022 and reviews 2021
    meta = page_meta(
        "凝心聚力 开创科技工作新局面\n"
        "——在2022年全市科技工作会议上的工作报告\n"
        "(2022年2月20日)\n\n"
        "一、2021年工作回顾\n"
        "全市高新技术企业达到406家,技术合同成交额18.2亿元。\n"
        "二、2022年工作安排\n"
        "力争高新技术企业突破460家。\n"
    )
    assert (meta.report_year, meta.plan_year) == (2021, 2022)


def test_a_speech_saying_what_this_year_is_then_what_must_be_done_plans_it() -> None:
    # 今年是…关键一年。全市科技工作要确保…; a horizon (到2027年) after it is one goal among them
    meta = page_meta(
        "在全市科技创新大会上的讲话\n(2024年3月12日)\n\n"
        "2023年,全市研发经费投入38.2亿元,增长12.4%。\n"
        "今年是实现“十四五”规划目标任务的关键一年。全市科技工作要确保研发经费投入增长12%以上。"
        "从更长远看,到2027年,全市研发投入强度力争达到1.6%。\n"
    )
    assert (meta.report_year, meta.plan_year) == (2023, 2024)


def test_a_boxed_tables_blank_cell_keeps_its_column(tmp_path: Path) -> None:
    # | … | 20.1% | | : the remarks column is blank; the figures stay under their own headers
    facts = _facts(
        tmp_path,
        "铁西区2022年科技创新主要指标完成情况\n"
        "区科技局对照年度目标对主要科技指标进行了梳理,各项指标完成情况如下表,总体好于预期。\n"
        "| 指标 | 2021年 | 2022年目标 | 2022年完成 | 同比增长 | 备注 |\n"
        "| 科技型中小企业(家) | 512 | 600 | 634 | 23.8% | |\n"
        "从表中看,各项指标均完成年度目标,为全年科技工作开了好局,下一步将继续巩固提升。\n",
    )
    assert facts == {
        ("tech_smes", 2021, "actual", "level", 512.0),
        ("tech_smes", 2022, "target", "level", 600.0),
        ("tech_smes", 2022, "actual", "level", 634.0),
        ("tech_smes", 2022, "actual", "growth_pct", 23.8),
    }


def test_a_plans_yearly_monitoring_report_is_of_the_year_it_names() -> None:
    # “十四五”…规划实施情况年度监测报告(2022年度): the year monitored is looked back on, the
    # period's end is the one planned
    meta = page_meta(
        "通化市“十四五”科技创新规划实施情况年度监测报告(2022年度)\n\n"
        "2022年,全市有效期内高新技术企业达到186家,技术合同成交额12.6亿元。\n"
    )
    assert (meta.report_year, meta.plan_year) == (2022, 2025)


def test_a_table_of_barred_rows_run_onto_one_line_is_read_as_its_rows(tmp_path: Path) -> None:
    # rows apart by spaces, cells by bars: 指标名称|2022年|同比增长 高新技术企业数(家)|318|14.4% …
    facts = _facts(
        tmp_path,
        "钦州市科学技术局2022年工作总结\n"
        "2022年,全市科技工作在市委、市政府的坚强领导下,紧扣中心任务,取得了积极成效。\n"
        "附:2022年全市主要科技指标 指标名称|2022年|同比增长 高新技术企业数(家)|318|14.4% "
        "技术合同成交额(亿元)|9.6|22.1%\n",
    )
    assert facts == {
        ("high_tech_enterprises", 2022, "actual", "level", 318.0),
        ("high_tech_enterprises", 2022, "actual", "growth_pct", 14.4),
        ("tech_contract_turnover", 2022, "actual", "level", 9.6e8),
        ("tech_contract_turnover", 2022, "actual", "growth_pct", 22.1),
    }


def test_a_mark_not_reached_is_no_figure_but_a_goal_not_met_stays_a_goal(tmp_path: Path) -> None:
    # 还没有达到1%: a threshold; 未达到1.2%的目标: the goal, not met
    facts = _facts(
        tmp_path,
        "乌兰察布市科技局2022年工作总结\n"
        "2022年,全市科技工作取得新成效,各项主要指标稳步增长,为全市高质量发展提供了有力支撑。\n"
        "全市研发投入强度为0.94%,接近但还没有达到1%。\n"
        "全市每万人口发明专利拥有量1.1件,未达到1.2件的年度目标。\n",
    )
    assert facts == {
        ("rd_intensity", 2022, "actual", "share_pct", 0.94),
        ("invention_patents_per_10k", 2022, "actual", "level", 1.1),
        ("invention_patents_per_10k", 2022, "target", "level", 1.2),
    }


def test_a_questioners_question_in_a_transcript_gives_no_fact(tmp_path: Path) -> None:
    # 记者:刚才提到…增长了31%,…? / 问:…都是省级吗?: figures put to the speaker
    facts = _facts(
        tmp_path,
        "包头市科技局局长答记者问\n发布时间:2023-03-06\n"
        "局长:去年,全市高新技术企业达到512家,同比增长31%。\n"
        "包头日报记者:刚才您提到高企同比增长了31%,这个速度在全区排第几?\n"
        "问:刚才说的9家孵化器都是国家级吗?\n",
    )
    assert facts == {
        ("high_tech_enterprises", 2022, "actual", "level", 512.0),
        ("high_tech_enterprises", 2022, "actual", "growth_pct", 31.0),
    }
