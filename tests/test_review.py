"""The fact review page: every fact highlighted in its document, details on a click, filters,
links from the report, corrections shown. Rendered in Debian's headless Chromium, offline."""

from __future__ import annotations

from pathlib import Path

import pytest
from browser import chromium_page, needs_chromium
from dbt_fixtures import (
    HA16,
    HAIAN,
    LY21,
    LY22,
    BuiltWarehouse,
    build_corrected_warehouse,
    expected_fact_id,
)

from zhibiao.report import review_path, write_report
from zhibiao.review import Item, render_text

RD_2021 = expected_fact_id(
    LY21, "rd_expenditure", 2021, "actual", "level", None, "eq", 25_740_000_000.0
)
HTE_TARGET_2022 = expected_fact_id(
    LY21, "high_tech_enterprises", 2022, "target", "level", None, "gte", 300.0
)


def test_marks_split_overlaps_and_keep_the_text() -> None:
    text = "研发投入257.4亿元,增长14.2%。"
    a = Item("fact-a", "fact", "d", 4, 11, "rd_expenditure", css="fact actual", summary="A")
    b = Item("unmapped-b", "unmapped", "d", 8, 11, None, css="unmapped", summary="B")
    c = Item("fact-c", "fact", "d", 14, 19, "rd_expenditure", css="fact actual", summary="C")
    bad = Item("fact-x", "fact", "d", 30, 40, None)  # outside the text: ignored
    html = render_text(text, [a, b, c, bad])
    assert html == (
        "研发投入"
        '<span class="anchor" id="fact-a"></span>'
        '<mark class="fact actual" data-items="fact-a" data-ind="rd_expenditure" title="A" '
        'tabindex="0">257.</mark>'
        '<span class="anchor" id="unmapped-b"></span>'
        '<mark class="fact actual" data-items="fact-a unmapped-b" data-ind="rd_expenditure" '
        'title="A\nB" tabindex="0">4亿元</mark>'
        ",增长"
        '<span class="anchor" id="fact-c"></span>'
        '<mark class="fact actual" data-items="fact-c" data-ind="rd_expenditure" title="C" '
        'tabindex="0">14.2%</mark>'
        "。"
    )


@pytest.fixture(scope="module")
def corrected() -> BuiltWarehouse:
    built = build_corrected_warehouse()
    if built.build.returncode != 0:
        pytest.fail("dbt build failed:\n" + built.build.stdout[-8000:])
    return built


@pytest.fixture(scope="module")
def report(corrected: BuiltWarehouse, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_report(corrected.warehouse, tmp_path_factory.mktemp("review") / "report.html")


def _offline(page: object) -> list[str]:
    asked: list[str] = []

    def route(r: object) -> None:
        if r.request.url.startswith(("file:", "data:")):
            r.continue_()
        else:
            asked.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    return asked


def _details(page: object) -> list[dict[str, str]]:
    """The cards of the details panel: field -> shown text, and the card's title."""
    cards = []
    for card in page.locator("#details-body .card").all():
        fields = {"title": card.locator("h3").inner_text()}
        for dd in card.locator("dd").all():
            fields[dd.get_attribute("data-field")] = dd.inner_text()
        textarea = card.locator("textarea")
        if textarea.count():
            fields["correction_line"] = textarea.input_value()
        cards.append(fields)
    return cards


@needs_chromium
def test_every_fact_is_marked_on_its_own_characters(
    corrected: BuiltWarehouse, report: Path
) -> None:
    facts = dict(corrected.query("select fact_id, raw_text from fct_indicator_value"))
    with chromium_page() as page:
        _offline(page)
        page.goto(review_path(report).as_uri())
        marked = page.evaluate(
            """() => Object.fromEntries(Array.from(document.querySelectorAll('.anchor'))
                 .filter(a => a.id.startsWith('fact-'))
                 .map(a => { let m = a.nextElementSibling;
                             while (m && m.tagName !== 'MARK') m = m.nextElementSibling;
                             return [a.id.slice(5), m.textContent]; }))"""
        )
    assert marked == facts  # each fact once, on exactly the characters it was read from


@needs_chromium
def test_a_click_shows_the_fact(report: Path) -> None:
    with chromium_page() as page:
        asked = _offline(page)
        page.goto(review_path(report).as_uri())
        mark = page.locator(f"#fact-{RD_2021} + mark")
        assert mark.inner_text() == "257.4亿元"
        assert "全社会研发投入 · 2021 · 实际 · 总量 · 257.4亿元" in mark.get_attribute("title")
        mark.click()
        (card,) = _details(page)
        assert {k: card[k] for k in ("title", "name", "indicator", "measure", "year", "kind",
                                     "value_text", "comparator", "raw_text", "fact_id")} == {
            "title": "fact 指标值", "name": "全社会研发投入", "indicator": "rd_expenditure",
            "measure": "level", "year": "2021", "kind": "actual", "value_text": "257.4亿元",
            "comparator": "eq", "raw_text": "257.4亿元", "fact_id": RD_2021,
        }  # fmt: skip
        assert card["correction_line"].startswith(f"{LY21},reject,{RD_2021},")
        assert "selected" in mark.get_attribute("class")
        # an unmapped figure is marked differently and offers an add line
        unmapped = page.locator("mark.unmapped", has_text="2万平方米")
        unmapped.click()
        (card,) = _details(page)
        assert card["title"] == "unmapped figure 未归类数值"
        assert card["context"] == "新增孵化面积" and card["value_text"] == "2万平方米"
        assert card["correction_line"].startswith(f"{LY21},add,,")
    assert asked == []


@needs_chromium
def test_corrections_show_on_the_text(report: Path) -> None:
    with chromium_page() as page:
        _offline(page)
        page.goto(review_path(report).as_uri())
        # the amended turnover: the added 2020 fact over the rejected 2021 one
        amended = page.locator(f"#doc-{LY21} mark", has_text="8189.75万元")
        assert "added" in amended.get_attribute("class")
        amended.click()
        cards = _details(page)
        assert [c["title"] for c in cards] == ["fact 指标值", "rejected fact 已否决"]
        assert cards[0]["year"] == "2020" and cards[0]["correction"].startswith("added by 王分析")
        assert cards[1]["year"] == "2021" and cards[1]["correction"].startswith(
            "rejected by 王分析"
        )
        rejected = page.locator(f"#doc-{HA16} mark.rejected")
        assert rejected.inner_text() == "58家"
        added = page.locator(f"#doc-{LY22} mark.added")
        assert added.inner_text() == "12个"


@needs_chromium
def test_filters_by_indicator_and_city(report: Path) -> None:
    with chromium_page() as page:
        _offline(page)
        page.goto(review_path(report).as_uri())
        visible = (
            "Array.from(document.querySelectorAll('section.doc'))"
            ".filter(d => !d.hidden).map(d => d.id)"
        )
        assert page.evaluate(visible) == [f"doc-{HA16}", f"doc-{LY21}", f"doc-{LY22}"]
        page.select_option("#filter-indicator", "rd_expenditure")
        assert page.evaluate(visible) == [f"doc-{LY21}", f"doc-{LY22}"]
        # in a shown document, the other indicators' marks are dimmed, its own are not
        hte = page.locator(f"#fact-{HTE_TARGET_2022} + mark")
        assert "dim" in hte.get_attribute("class")
        assert "dim" not in page.locator(f"#fact-{RD_2021} + mark").get_attribute("class")
        assert (
            page.locator("#shown").inner_text() == "2 documents, 4 facts shown"
        )  # 257.4亿元, 14.2%, 15%, 13.1%
        page.select_option("#filter-indicator", "")
        page.select_option("#filter-city", HAIAN)
        assert page.evaluate(visible) == [f"doc-{HA16}"]
        assert page.locator(f"#li-doc-{LY21}").is_hidden()
        page.uncheck("#filter-unmapped")
        assert "hide-unmapped" in page.locator("body").get_attribute("class")


@needs_chromium
def test_a_value_in_the_report_opens_its_fact(report: Path) -> None:
    with chromium_page() as page:
        asked = _offline(page)
        page.goto(report.as_uri())
        # the review page opens on the fact even when a filter hid its document
        page.locator(f'#targets a[data-fact="{HTE_TARGET_2022}"]').click()
        page.wait_for_url(f"**/report-review.html#fact-{HTE_TARGET_2022}")
        selected = page.locator("mark.selected")
        assert selected.inner_text() == "300家"
        (card,) = _details(page)
        assert (card["year"], card["kind"], card["comparator"], card["value_text"]) == (
            "2022",
            "target",
            "gte",
            "≥300家",
        )
        assert selected.is_visible()
    assert asked == []
