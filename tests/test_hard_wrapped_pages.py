"""Hard-wrapped pages (text taken out of a PDF or a newspaper's columns) read as the paragraphs
they were: a break at the page's edge falls anywhere but after a sentence's end, inside a
number, an abbreviation, a bracket or a reading in brackets, and is joined; a page that is one
paragraph per line keeps its lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import folder_facts

from ingest.reading.normalise import normalise_text

HEADING = "一、主要指标完成情况"
PARAGRAPHS = (
    "2023年,全县研究与试验发展(R&D)经费投入达到18.65亿元,占地区生产总值(GDP)的比重为"
    "2.41%,比上年提高0.17个百分点;新认定高新技术企业126家,总数突破800家,技术合同登记成交额"
    "46.3亿元,同比增长21.7%。",
    "聚焦“科创走廊”建设,新建省级以上创新平台15个,其中国家级2个;全年争取上级科技项目资金"
    "1.28亿元,落实企业研发费用加计扣除政策,惠及企业1560家(次),覆盖面居全市前列。",
    "2024年,力争全社会研发投入强度达到2.6%,高新技术产业增加值占规上工业增加值比重提高到"
    "55%以上,每万人口高价值发明专利拥有量达到9.5件,引育科技型中小企业300家。",
)


def wrapped(width: int, line_end: str = "\n") -> str:
    """The heading, then each paragraph cut into lines of ``width`` characters."""
    lines = [HEADING]
    for paragraph in PARAGRAPHS:
        lines += [paragraph[i : i + width] for i in range(0, len(paragraph), width)]
    return line_end.join(lines)


# (a page of wider lines holds too few of them here to show its width)
@pytest.mark.parametrize("width", [14, 17, 20, 23, 26, 28, 31, 35, 38, 42])
def test_every_break_of_a_wrapped_page_inside_a_sentence_is_joined(width: int) -> None:
    out = normalise_text(wrapped(width))
    assert out.replace("\n", "") == HEADING + "".join(PARAGRAPHS)
    # a line ends where a sentence or clause does (a break the wrap put right after one of
    # them, or a paragraph's end), or it is the heading
    for line in out.split("\n"):
        assert line == HEADING or line.endswith(("。", ";", ",")), (width, line)


def test_windows_line_ends_and_trailing_spaces_wrap_the_same() -> None:
    plain = normalise_text(wrapped(26))
    assert normalise_text(wrapped(26, " \r\n")) == plain


@pytest.mark.parametrize(
    ("before", "after", "joined"),
    [
        ("总数突破80", "0家", "总数突破800家"),  # a number cut in two
        ("研发经费投入18.", "65亿元", "研发经费投入18.65亿元"),  # after its decimal point
        ("研发经费投入18", ".65亿元", "研发经费投入18.65亿元"),  # before it
        ("研究与试验发展(R", "&D)经费", "研究与试验发展(R&D)经费"),
        ("占地区生产总值(G", "DP)的比重", "占地区生产总值(GDP)的比重"),
        ("聚焦“", "科创走廊”建设", "聚焦“科创走廊”建设"),  # a quote opened
        ("惠及企业1560家(次)", ",覆盖面", "惠及企业1560家(次),覆盖面"),
        ("比重提高到55%", "以上", "比重提高到55%以上"),
        ("占规上工(gō", "ng)业增加值", "占规上工业增加值"),  # a reading in brackets, cut
        ("明确发展定", "位(wèi)和路径", "明确发展定位和路径"),
        ("明确发展定位", "(wèi)和路径", "明确发展定位和路径"),  # …or left at a line's start
        (
            "明确工作思路",
            "(lù)和抓手",
            "明确工作思路和抓手",
        ),  # (思路 may end a title, but not here)
    ],
)
def test_a_break_at_the_edge_of_a_wrapped_page(before: str, after: str, joined: str) -> None:
    # the break between before and after falls at the edge of a page wrapped at its width
    width = len(before)
    filler = "全县坚持创新驱动发展战略推动科技型企业梯次培育加快建设科技强县"
    lead = [filler[i : i + width] for i in range(0, len(filler) - width, width // 2 or 1)]
    lines = [*lead[:6], before, after + "。"]
    out = normalise_text("\n".join(lines))
    assert joined + "。" in out
    assert joined in out.split("\n")[-1]


def test_a_numbered_item_as_wide_as_a_narrow_column_goes_on() -> None:
    column = [
        "近日,县科技局召开全县科技工作会议,通",
        "报去年主要指标完成情况,部署今年重点工",
        "作。会议指出,过去一年全县上下坚持创新",
        "驱动发展战略,科技型企业梯次培育成效明",
        "显,创新平台能级持续提升,科技成果转化",
        "步伐加快。会议提出今年的主要目标:",
        "1.全社会研发投入强度达到2.6%以上,高",
        "新技术企业总数突破800家;",
        "2.技术合同成交额达到50亿元,新增省级",
        "以上创新平台15个。",
    ]
    out = normalise_text("\n".join(column)).split("\n")
    assert out[-2:] == [
        "1.全社会研发投入强度达到2.6%以上,高新技术企业总数突破800家;",
        "2.技术合同成交额达到50亿元,新增省级以上创新平台15个。",
    ]


def test_a_page_of_one_paragraph_per_line_keeps_its_lines() -> None:
    # headings of about one width over paragraphs of one line each, some ending in a bracket
    # or a number: nothing here runs to a page's edge
    page = [
        "一、科技创新投入情况(2023年)",
        "全县研发经费投入18.65亿元,占GDP比重2.41%,较上年提高0.17个百分点。",
        "二、创新主体培育情况(2023年)",
        "新认定高新技术企业126家,总数达到800家,科技型中小企业入库评价356家。",
        "三、成果转化工作情况(2023年)",
        "技术合同登记成交额46.3亿元,同比增长21.7%,居全市第2",
        "四、科技金融工作情况(2023年)",
        "发放科技贷款12.6亿元,惠及企业230家(次)",
    ]
    assert normalise_text("\n".join(page)).split("\n") == page


def test_figures_of_a_wrapped_page_are_extracted_as_from_the_page_unwrapped(
    tmp_path: Path,
) -> None:
    page = "某县科学技术局2023年工作总结\n" + wrapped(23)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "report.txt").write_text(page, encoding="utf-8")
    (tmp_path / "flat").mkdir()
    flat = "某县科学技术局2023年工作总结\n" + HEADING + "\n" + "\n".join(PARAGRAPHS)
    (tmp_path / "flat" / "report.txt").write_text(flat, encoding="utf-8")

    got = folder_facts(tmp_path / "docs")
    assert got == folder_facts(tmp_path / "flat")
    assert ("rd_expenditure", 2023, "actual", "level", 1_865_000_000.0) in got
    assert ("rd_intensity", 2023, "actual", "share_pct", 2.41) in got
    assert ("high_tech_enterprises", 2023, "actual", "level", 800.0) in got
    assert ("sci_tech_funds_secured", 2023, "actual", "level", 128_000_000.0) in got


@pytest.mark.parametrize(
    "number", ["— 3 —", "- 3 -", "3", "·3·", "第3页", "第 3 页 共 10 页", "3/10"]
)
def test_a_page_number_between_the_halves_of_a_phrase_is_dropped(number: str) -> None:
    paragraph = PARAGRAPHS[0] + PARAGRAPHS[2]
    # the page ends inside 126家 (…新认定高新技术企业1|26家…) and its number stands between
    cut = paragraph.index("126家") + 1
    head, tail = paragraph[:cut], paragraph[cut:]
    lines = [head[max(0, j - 23) : j] for j in range(len(head), 0, -23)][::-1]
    lines += ["", number, ""] + [tail[i : i + 23] for i in range(0, len(tail), 23)]
    out = normalise_text("\n".join(lines))
    assert "126家" in out
    assert out.replace("\n", "") == paragraph  # (a break right after 。 may stay)


def test_a_number_alone_on_a_line_of_a_page_that_is_not_wrapped_stays() -> None:
    page = ["高新技术企业数量(家)", "126", "技术合同成交额(亿元)", "46.3"]
    assert normalise_text("\n".join(page)).split("\n") == page


@pytest.mark.parametrize("edge", ["健全“创业-", "定位、思路"])
def test_a_hyphen_or_a_title_word_at_the_page_edge_breaks_no_phrase(edge: str) -> None:
    paragraph = (
        "健全“创业-孵化-加速-产业化”全链条服务体系,进一步明晰科技工作的定位、思路和抓手,"
        "全年新增省级科技企业孵化器3家、众创空间5家,在孵企业达到420家。"
    )
    filler = "全县科技工作坚持以企业为主体、以市场为导向,推动产学研深度融合," * 9
    # lines of 30 characters, the lead's length chosen so that one of them ends on the edge
    end = paragraph.index(edge) + len(edge)
    text = filler[: 30 * 6 - end] + paragraph
    lines = [text[i : i + 30] for i in range(0, len(text), 30)]
    assert lines[5].endswith(edge)
    assert normalise_text("\n".join(lines)) == text
