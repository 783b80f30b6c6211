"""`zhibiao report --dbt-docs FILE.html`: dbt's documentation site (descriptions, lineage) as
one file that renders in a browser with no network."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest
from browser import chromium_page, needs_chromium
from dbt_fixtures import BuiltWarehouse, build_warehouse

from zhibiao.cli import main
from zhibiao.webfont import FAMILY


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    built: BuiltWarehouse = build_warehouse()
    assert built.build.returncode == 0, built.build.stdout[-4000:]
    out = tmp_path_factory.mktemp("dbt-docs")
    with contextlib.redirect_stdout(io.StringIO()) as printed:
        report, site = out / "report.html", out / "dbt-docs.html"
        code = main(["report", "--warehouse", str(built.warehouse), "--out", str(report),
                     "--dbt-docs", str(site)])  # fmt: skip
    assert code == 0
    assert f"wrote {out / 'dbt-docs.html'} (dbt docs" in printed.getvalue()
    return out / "dbt-docs.html"


def test_one_file_with_the_manifest_and_catalog_inside(docs: Path) -> None:
    text = docs.read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]*\bsrc=", text)
    assert not re.search(r"<link[^>]*rel=\"stylesheet\"", text)
    # the descriptions and the warehouse's columns (the catalog) are in the file
    assert "Targets beside actuals with attainment" in text
    assert "model.zhibiao.latest_indicator_value" in text


@needs_chromium
def test_renders_descriptions_and_lineage_offline(docs: Path) -> None:
    asked: list[str] = []

    def route(r: object) -> None:
        if r.request.url.startswith(("file:", "data:")):
            r.continue_()
        else:
            asked.append(r.request.url)
            r.abort()

    with chromium_page() as page:
        page.route("**/*", route)
        page.goto(docs.as_uri() + "#!/model/model.zhibiao.target_vs_actual")
        page.get_by_text("Targets beside actuals with attainment").first.wait_for()
        body = page.locator("body").inner_text()
        # columns with their types from the warehouse (the catalog) and their descriptions
        assert "attained, missed, not_reported or awaiting_report." in body
        assert re.search(r"status\s+VARCHAR", body)
        # lineage: what the view depends on
        page.get_by_text("Depends On").first.click()
        assert "fct_target_attainment" in page.locator("body").inner_text()
        page.goto(docs.as_uri() + "#!/model/model.zhibiao.fct_indicator_value")
        page.get_by_text("One row per distinct fact stated in an ok document").first.wait_for()
        # Chinese in the descriptions is drawn by the embedded face (no CJK font on CI)
        page.get_by_text("257.4亿元").first.wait_for()
        page.evaluate("document.fonts.ready")
        faces = page.evaluate("Array.from(document.fonts).map(f => [f.family, f.status])")
        assert [FAMILY, "loaded"] in faces
        assert page.evaluate(f"document.fonts.check('16px \"{FAMILY}\"', '257.4亿元')")
    assert asked == []


def test_the_docs_are_written_while_a_reader_holds_the_warehouse(tmp_path: Path) -> None:
    # a BI tool reading the warehouse holds a shared lock: dbt, which opens its database to
    # write, must not need it (nor keep other readers out while it reads the catalog)
    import shutil

    import duckdb

    from zhibiao.dbt_docs import write_dbt_docs

    built: BuiltWarehouse = build_warehouse()
    warehouse = tmp_path / built.warehouse.name
    shutil.copyfile(built.warehouse, warehouse)
    reader = duckdb.connect(str(warehouse), read_only=True)
    try:
        site = write_dbt_docs(warehouse, tmp_path / "site.html")
        assert "model.zhibiao.fct_indicator_value" in site.read_text(encoding="utf-8")
        assert reader.execute("select count(*) from fct_indicator_value").fetchone()[0] > 0
    finally:
        reader.close()
