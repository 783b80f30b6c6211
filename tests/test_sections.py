"""Summary and plan parts, whatever the report calls them."""

import itertools

import pytest

from ingest.document.sections import (
    LONGEST_SENTENCE,
    heading_kind,
    initial_section,
    split_sentences,
)


def sections_of(text: str) -> dict[str, str]:
    return {s.text: s.section for s in split_sentences(text, 2023, 2024)}


@pytest.mark.parametrize(
    "plan_heading",
    ["二、2024年工作思路", "二、2024年工作打算", "三、2024年工作要点", "(二)主要目标",
     "二、预期目标", "三、下一步工作计划"],
)  # fmt: skip
def test_plan_headings_switch_to_plan(plan_heading: str) -> None:
    text = f"一、2023年工作回顾\n全年新增高企20家。\n{plan_heading}\n新增高企30家。"
    got = sections_of(text)
    assert got["全年新增高企20家。"] == "summary"
    assert got["新增高企30家。"] == "plan"


def test_a_title_naming_both_parts_is_not_a_switch() -> None:
    text = "晋江市科技局2023年工作总结和2024年工作计划\n今年新增高企20家。"
    assert sections_of(text)["今年新增高企20家。"] == "summary"


def test_plan_only_documents_start_in_the_plan() -> None:
    assert initial_section("一、总体要求\n以创新驱动发展。\n二、主要目标\n") == "plan"
    assert initial_section("2024年科技工作要点\n一、重点任务\n") == "plan"
    assert initial_section("2023年科技工作总结\n一、主要成效\n") == "summary"


def test_semicolons_do_not_end_sentences_and_offsets_hold() -> None:
    text = "2022年,全市R&D支出88亿元;R&D投入强度2.1%。下一句。"
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == ["2022年,全市R&D支出88亿元;R&D投入强度2.1%。", "下一句。"]
    for s in sentences:
        assert text[s.char_start : s.char_end] == s.text


@pytest.mark.parametrize(
    "sub_heading", ["(三)重点工作扎实推进", "(二)全面完成年度目标任务", "(四)主要任务落实有力"]
)
def test_summary_sub_headings_with_plan_words_stay_in_the_summary(sub_heading: str) -> None:
    text = f"一、2023年工作总结\n新增高企20家。\n{sub_heading}\n新增孵化器3家。"
    assert sections_of(text)["新增孵化器3家。"] == "summary"


def test_weak_plan_words_with_the_plan_year_open_the_plan() -> None:
    text = "一、2023年工作总结\n新增高企20家。\n二、2024年重点工作\n新增高企30家。"
    assert sections_of(text)["新增高企30家。"] == "plan"


def test_a_paragraph_that_opens_the_plan_is_plan_and_the_summary_resumes() -> None:
    text = (
        "去年,全县新认定高新技术企业9家。\n"
        "今年,县科技局将力争新认定高新技术企业12家。\n"
        "去年全县技术合同成交额2.3亿元。"
    )
    got = {s.text: s.section for s in split_sentences(text, 2020, 2021)}
    assert got["去年,全县新认定高新技术企业9家。"] == "summary"
    assert got["今年,县科技局将力争新认定高新技术企业12家。"] == "plan"
    assert got["去年全县技术合同成交额2.3亿元。"] == "summary"


@pytest.mark.parametrize(
    ("paragraph", "section"),
    [
        ("下一步,全区将加快培育科技型企业,新增科技型中小企业50家。", "plan"),
        ("2021年,区科技局要围绕产业链部署创新链,新增省级平台3个。", "plan"),
        ("会议强调,2021年各乡镇要加大研发投入,新增高企5家。", "plan"),
        ("2020年,区科技局围绕产业链部署创新链,新增省级平台3个。", "summary"),
        ("今年以来,全区新增科技型中小企业50家。", "summary"),
        ("2020年,我局将5家企业纳入培育库。", "summary"),
    ],
)
def test_which_paragraphs_open_the_plan(paragraph: str, section: str) -> None:
    text = f"一、2020年工作总结\n{paragraph}"
    (sentence,) = [s for s in split_sentences(text, 2020, 2021) if not s.is_heading]
    assert sentence.section == section


def test_an_untitled_plan_that_opens_with_its_year_starts_in_the_plan() -> None:
    text = (
        "2024年,市科技局要聚焦科技强市建设,持续打基础、求突破,重点实施以下行动。\n"
        "一、实施企业培育行动。新增高新技术企业40家以上。"
    )
    assert initial_section(text, 2023, 2024) == "plan"
    assert initial_section(text.replace("2024年,", "2023年,"), 2023, 2024) == "summary"


def test_a_sentence_naming_a_work_plan_does_not_make_the_text_a_plan() -> None:
    text = (
        "2019年,全市科技工作在年初确定的工作思路指引下稳步推进,科技经费投入大幅增长,"
        "全市高新技术企业达到60家。"
    )
    assert initial_section(text) == "summary"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("一、2022年工作回顾", "summary"),
        ("二、2023年工作思路", "plan"),
        ("全年新增高企20家。", None),
    ],
)
def test_heading_kind(line: str, kind: str | None) -> None:
    assert heading_kind(line) == kind


def test_a_plan_opening_after_the_pages_metadata_table() -> None:
    text = (
        "索引号: | 11330500/2025-00031 | 成文日期: | 2025-03-02 |\n"
        "发布机构: | 某某市科学技术局 | 文件编号: | |\n"
        "2025年,全市科技系统将坚持创新驱动,加快建设科创高地,为高质量发展提供支撑。\n"
        "一、重点指标\n1.高新技术企业新增260家;\n"
    )
    sentences = split_sentences(text, 2024, 2025)
    figure = next(s for s in sentences if "260家" in s.text)
    assert figure.section == "plan"


def test_a_horizon_opening_a_sentence_frames_the_rest_of_its_paragraph() -> None:
    text = (
        "一、2021年工作回顾\n全县新增省级企业技术中心3家。\n"
        "二、发展方向 全县将加快建设创新型县城。到2025年,科技创新体系基本建成。"
        "全县国家高新技术企业总数达到80家;研发投入强度达到2.1%。\n"
        "全县去年技术合同成交额4亿元。"
    )
    got = {s.text: s.section for s in split_sentences(text, 2021, 2022)}
    assert got["全县新增省级企业技术中心3家。"] == "summary"
    assert got["全县国家高新技术企业总数达到80家;研发投入强度达到2.1%。"] == "plan"
    assert got["全县去年技术合同成交额4亿元。"] == "summary"  # a new paragraph


@pytest.mark.parametrize(
    "opener",
    [
        "截至2021年底,",  # a stock at a past year-end
        "预计到2022年底,",  # an estimate of what the year will have done
        "到2021年,",  # the report year itself: reached, not aimed at
    ],
)
def test_what_does_not_open_a_horizon(opener: str) -> None:
    text = f"一、2021年工作总结\n{opener}全县高新技术企业达到41家。全县专利授权量320件。"
    sentences = [s for s in split_sentences(text, 2021, 2022) if not s.is_heading]
    assert {s.section for s in sentences} == {"summary"}


def test_a_plan_only_document_is_plan_from_its_first_line() -> None:
    text = "会议部署了今年的工作。\n新增高新技术企业10家以上。"
    assert {s.section for s in split_sentences(text, 2020, 2021, plan_only=True)} == {"plan"}
    assert {s.section for s in split_sentences(text, 2020, 2021)} == {"summary"}


def test_a_digest_run_into_one_line_splits_at_its_bullets() -> None:
    line = (
        "要点 - 全县目标是建设创新型县 [1] 主体培育 - 2023年新增高新技术企业21家 [2] - "
        "研发投入强度达到2.4% [3]"
    )
    texts = [s.text for s in split_sentences(line, 2023, 2024)]
    assert texts == [
        "要点 -",
        "全县目标是建设创新型县 [1] 主体培育 -",
        "2023年新增高新技术企业21家 [2] -",
        "研发投入强度达到2.4% [3]",
    ]
    # a hyphen inside a range or a name with no spaces around it ends nothing
    assert len(split_sentences("2021-2023年全县新增高新技术企业60家", 2023, 2024)) == 1


def test_a_look_backs_heading_on_the_years_own_goals_frames_them_as_that_years_targets() -> None:
    text = (
        "一、绩效自评概况\n(一)部门年度绩效目标\n力争新增高企20家以上。\n"
        "(二)目标完成情况\n全年新增高企23家。"
    )
    got = {s.text: (s.section, s.frame_year) for s in split_sentences(text, 2023, 2024)}
    assert got["力争新增高企20家以上。"] == ("plan", 2023)
    # the next heading ends the frame
    assert got["全年新增高企23家。"] == ("summary", None)
    # a heading naming the goals' year is the plan year's, as before
    dated = text.replace("部门年度绩效目标", "2024年度工作目标")
    got = {s.text: (s.section, s.frame_year) for s in split_sentences(dated, 2023, 2024)}
    assert got["力争新增高企20家以上。"] == ("plan", None)


def test_a_horizon_after_the_plan_it_quotes_frames_the_goals_that_follow() -> None:
    text = (
        "近日,县里印发了《科技强县行动方案》。方案提出,到2026年,科技创新能力显著提升。"
        "全县研发经费投入强度达3%,高新技术企业新增40家。"
    )
    got = {s.text: (s.section, s.frame_year) for s in split_sentences(text, 2023, 2024)}
    assert got["全县研发经费投入强度达3%,高新技术企业新增40家。"] == ("plan", 2026)
    assert got["近日,县里印发了《科技强县行动方案》。"] == ("summary", None)


def test_a_subtitle_naming_the_years_work_and_the_next_years_opens_no_plan() -> None:
    text = (
        "聚力创新 勇毅前行\n"
        "——2023年全县科技工作亮点与2024年重点工作展望\n"
        "全县新认定高新技术企业21家,技术合同成交额4.6亿元。\n"
        "科技创新平台建设提速\n新建省级工程技术研究中心3家。\n"
        "科技成果转化成效明显\n登记技术合同86项。\n"
        "二、2024年重点工作\n"
        "力争新增高新技术企业25家。"
    )
    got = {s.text: s.section for s in split_sentences(text, 2023, 2024)}
    assert got["全县新认定高新技术企业21家,技术合同成交额4.6亿元。"] == "summary"
    assert got["力争新增高新技术企业25家。"] == "plan"


def test_a_page_without_full_stops_is_cut_into_bounded_sentences_at_clause_breaks() -> None:
    # a flattened page: clauses joined by commas and semicolons, no full stop for 30,000 chars
    clauses = [f"第{i}项工作推进顺利,共走访企业{i % 50 + 3}家" for i in range(1, 1500)]
    text = "全县科技局工作情况\n" + ";".join(clauses)
    sentences = split_sentences(text, 2023, 2024)
    body = sentences[1:]
    assert len(body) > 1
    assert all(len(s.text) <= LONGEST_SENTENCE for s in body)
    for s in sentences:
        assert text[s.char_start : s.char_end] == s.text
    # the pieces follow each other without a gap or overlap, each cut after a semicolon
    for before, after in itertools.pairwise(body):
        assert before.text.endswith(";")
        assert before.char_end == after.char_start
    assert body[-1].char_end == len(text)


def test_a_long_clause_without_any_break_is_cut_at_the_bound() -> None:
    text = "甲" * (2 * LONGEST_SENTENCE + 10)
    pieces = [s.text for s in split_sentences(text)]
    assert [len(p) for p in pieces] == [LONGEST_SENTENCE, LONGEST_SENTENCE, 10]
    assert "".join(pieces) == text


def test_a_pages_buttons_run_into_its_first_paragraph_do_not_make_it_a_plan() -> None:
    # a news page scraped as one line: title, widgets and the body's first sentence together
    text = (
        "2024年全县科技创新大会召开【字体:大 中 小】[我要打印][我要纠错] 2月27日,2024年全县"
        "科技创新大会在县行政中心召开。会上通报,去年全县新增高新技术企业21家。"
    )
    assert {s.section for s in split_sentences(text, 2023, 2024)} == {"summary"}
    # …while a paragraph that opens by saying what the year will bring is still the plan
    plan = "2024年,全县将新增高新技术企业25家以上。"
    assert [s.section for s in split_sentences(plan, 2023, 2024)] == ["plan"]


def test_a_long_piece_is_not_cut_inside_a_number() -> None:
    # the only commas near the bound are a number's thousands separators
    head = "甲" * (LONGEST_SENTENCE - 10)
    text = head + ",全年成交1,234,567万元" + "乙" * 600
    pieces = [s.text for s in split_sentences(text)]
    assert "".join(pieces) == text
    assert any("1,234,567万元" in p for p in pieces)
