"""`zhibiao report`: values in their measure's unit, targets with their status, coverage,
quarantined files and corrections, one self-contained file that renders Chinese offline.

The pages are written from the corrected fixture warehouse (dbt_fixtures) and opened in
Debian's headless Chromium with every request that is not the file itself refused.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from browser import chromium_page, needs_chromium
from dbt_fixtures import LY21, BuiltWarehouse, build_corrected_warehouse, expected_fact_id

from zhibiao.report import review_path, write_report
from zhibiao.units import format_value, format_with_comparator
from zhibiao.webfont import FAMILY


def test_values_print_in_their_measures_unit() -> None:
    # a growth target of an amount of money is a percentage (the report printed "30 元")
    assert format_value(30, "percent", "growth_pct") == "30%"
    assert format_value(30, "yuan", "growth_pct") == "30%"
    assert format_value(1.69, "percent", "share_pct") == "1.69%"
    assert format_value(-3.5, "percent", "growth_pct") == "-3.5%"
    assert format_value(3, "rank", "rank") == "第3"
    assert format_value(25_740_000_000, "yuan", "level") == "257.4亿元"
    assert format_value(140_790_000, "yuan", "level") == "1.4079亿元"
    assert format_value(81_897_500, "yuan", "level") == "8189.75万元"
    assert format_value(500, "yuan", "level") == "500元"
    assert format_value(269, "count", "level", "家") == "269家"
    assert format_value(12_000, "count", "level", "件") == "12000件"
    assert format_value(4.58, "per_10k_people", "level", "件") == "4.58件/万人"
    assert format_value(20_000, "sqm", "level") == "2万平方米"
    assert format_value(None, "yuan", "level") == "–"
    assert format_with_comparator(300, "count", "level", "家", "gte") == "≥300家"
    assert format_with_comparator(15, "percent", "growth_pct", None, "approx") == "≈15%"
    assert format_with_comparator(2.5, "percent", "share_pct", None, "lte") == "≤2.5%"


@pytest.fixture(scope="module")
def corrected() -> BuiltWarehouse:
    built = build_corrected_warehouse()
    if built.build.returncode != 0:
        pytest.fail("dbt build failed:\n" + built.build.stdout[-8000:])
    return built


@pytest.fixture(scope="module")
def report(corrected: BuiltWarehouse, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_report(corrected.warehouse, tmp_path_factory.mktemp("report") / "report.html")


def test_report_and_review_are_self_contained(report: Path) -> None:
    review = review_path(report)
    assert review.name == "report-review.html" and review.exists()
    for path in (report, review):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"<(link|img|iframe)\b", text)
        assert not re.search(r"<script[^>]*\bsrc=", text)
        assert not re.search(r"(src|href)=\"?(https?:)?//", text)
        assert not re.search(r"url\((?!data:)", text)  # fonts and images only as data URLs
        faces = re.findall(r"src: url\(data:font/woff2;base64,([A-Za-z0-9+/=]+)\)", text)
        assert len(faces) == 1 and len(faces[0]) > 10_000
        # subset to the page: far below the 8 MB font
        assert path.stat().st_size < 1_500_000
    assert "<script" not in report.read_text(encoding="utf-8")  # the report reads without one


def _offline(page: object) -> list[str]:
    """Refuse every request but the file itself and data URLs; return what was asked for."""
    asked: list[str] = []

    def route(r: object) -> None:
        url = r.request.url
        if url.startswith(("file:", "data:")):
            r.continue_()
        else:
            asked.append(url)
            r.abort()

    page.route("**/*", route)
    return asked


def _row(page: object, section: str, *cells: str) -> list[str]:
    """The cells of the first row of a section's table that holds all of ``cells``."""
    rows = page.locator(f"#{section} tbody tr")
    for i in range(rows.count()):
        texts = [t.strip() for t in rows.nth(i).locator("td, th").all_inner_texts()]
        if all(c in texts for c in cells):
            return texts
    raise AssertionError(f"no row with {cells} in #{section}")


@needs_chromium
def test_report_renders_values_with_units_offline(report: Path) -> None:
    with chromium_page() as page:
        asked = _offline(page)
        page.goto(report.as_uri())
        assert page.title() == "zhibiao report"
        # targets beside actuals: units by measure, attainment and status
        assert _row(page, "targets", "高新技术企业", "2022", "≥300家") == [
            "龙岩市", "高新技术企业", "总量", "", "2022", "≥300家", "2021: 268家", "320家",
            "106.7%", "✓ 达成",
        ]  # fmt: skip
        growth = _row(page, "targets", "全社会研发投入", "2022")
        assert growth[2] == "增长" and growth[5] == "≈15%" and growth[7] == "13.1%"
        assert growth[-1] == "✗ 未达成"
        national = _row(page, "targets", "国家级", "2022")
        assert national[5:8] == ["≥100家", "2021: 85家", "90家"]
        pending = _row(page, "targets", "高新技术企业", "2023")
        assert pending[5:8] == ["≥400家", "2022: 320家", "–"] and pending[-1] == "待2023年报告"
        # indicators over time: money in 亿元/万元, the corrected 2020 turnover included
        heading = "#ind-tech_contract_turnover"
        text = page.locator(f"{heading} + svg + table, {heading} + table").first.inner_text()
        assert "1.4079亿元" in text and "8189.75万元" in text
        assert "增长" in page.locator("#over-time").inner_text()
        assert "14.2%" in page.locator("#over-time").inner_text()
        # coverage: one row per city, years counted
        coverage = page.locator("#coverage table.coverage")
        # 海安 as its only report (2016) names it
        assert coverage.locator("tbody th").all_inner_texts() == ["海安县", "龙岩市"]
        # quarantined and duplicate files with their reasons
        assert _row(page, "quarantined", "misc/safety.txt")[2] == (
            "not a science and technology work report"
        )
        assert _row(page, "quarantined", "longyan/2021-copy.txt")[2] == (
            "duplicate of longyan/2021.txt"
        )
        # corrections, the unapplied one with its reason
        corrections = page.locator("#corrections").inner_text()
        assert "not applied: raw_text is not the text at these offsets (found 320家)" in corrections
        assert "王分析" in corrections
        # a value links to its fact on the review page
        rd_id = expected_fact_id(
            LY21, "rd_expenditure", 2021, "actual", "level", None, "eq", 25_740_000_000.0
        )
        link = page.locator(f'#over-time a[data-fact="{rd_id}"]')
        assert link.inner_text() == "257.4亿元"
        assert link.get_attribute("href") == f"report-review.html#fact-{rd_id}"
    assert asked == []


DRAW_TWO_GLYPHS = """(font) => {
  const canvas = document.createElement('canvas'); canvas.width = 64; canvas.height = 64;
  const ctx = canvas.getContext('2d');
  const draw = ch => { ctx.clearRect(0, 0, 64, 64); ctx.font = '48px ' + font;
                       ctx.fillText(ch, 8, 52); return canvas.toDataURL(); };
  return [draw('龙'), draw('岩')];
}"""


def _has_cjk_font() -> bool:
    fc_list = shutil.which("fc-list")
    if not fc_list:
        return False
    out = subprocess.run([fc_list, ":lang=zh"], capture_output=True, text=True, check=False)
    return bool(out.stdout.strip())


@needs_chromium
def test_chinese_renders_with_the_embedded_font(report: Path) -> None:
    """The embedded face is loaded and draws the characters: two different characters give
    different glyphs, where the machine's fallback (no CJK font on CI) draws the same box."""
    with chromium_page() as page:
        _offline(page)
        page.goto(report.as_uri())
        page.evaluate("document.fonts.ready")
        faces = page.evaluate(
            "Array.from(document.fonts).map(f => [f.family.replaceAll('\"', ''), f.status])"
        )
        assert [FAMILY, "loaded"] in faces
        assert page.evaluate(f"document.fonts.check('16px \"{FAMILY}\"', '龙岩市高新技术企业')")
        # draw 龙 and 岩 at the same spot of a canvas: real glyphs differ, boxes do not
        embedded = page.evaluate(DRAW_TWO_GLYPHS, f"'{FAMILY}'")
        assert embedded[0] != embedded[1]
        if not _has_cjk_font():  # the control: this machine has only boxes without the face
            fallback = page.evaluate(DRAW_TWO_GLYPHS, "'no such font', sans-serif")
            assert fallback[0] == fallback[1]
