"""Summary and plan parts, whatever the report calls them."""

import pytest

from ingest.document.sections import initial_section, split_sentences


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
