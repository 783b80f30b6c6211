"""Great Expectations Data Docs of the checks render styled from file:// with no network."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from browser import CHROMIUM, CHROMIUM_ARGS, needs_chromium
from checks_fixtures import clean_warehouse, faulty_warehouse, planted

from expectations import CHECKS, CheckContext, check_warehouse

REMOTE = re.compile(r"""<(?:link|script|img)\b[^>]*\b(?:href|src)=["']https?://""", re.I)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Data Docs of every check on the planted-fault warehouse (clean one as the baseline)."""
    folder = tmp_path_factory.mktemp("docs") / "data_docs"
    ctx = CheckContext(baseline=clean_warehouse().warehouse)
    results = check_warehouse(faulty_warehouse().warehouse, ctx, data_docs_dir=folder)
    assert {r.data_docs_index for r in results.values()} == {folder.resolve() / "index.html"}
    return folder


def _page(site: Path, check: str) -> Path:
    (page,) = (site / "validations" / CHECKS[check].suite_name).rglob("*.html")
    return page


def test_no_page_loads_anything_from_the_network(site: Path) -> None:
    pages = list(site.rglob("*.html"))
    assert len(pages) == 1 + 2 * len(CHECKS)  # index, one suite and one validation page each
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert not REMOTE.search(html), page
        assert "zhibiao: the part of Bootstrap 4" in html  # our stylesheet, inlined
    assert (site / "static" / "images" / "logo-long.png").is_file()


@needs_chromium
def test_data_docs_render_styled_offline(site: Path) -> None:
    from playwright.sync_api import sync_playwright

    requests: list[str] = []
    errors: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(offline=True, viewport={"width": 1280, "height": 900})
            context.route(
                re.compile(r"^(?!file:).*"),
                lambda route: (requests.append(route.request.url), route.abort()),
            )
            page = context.new_page()
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.goto((site / "index.html").as_uri())
            styles = _styles(page)
            # Bootstrap's layout and our colours apply (browser defaults: block, transparent, 8px)
            assert styles["navbar"] == "flex"
            assert styles["body_background"] == "rgb(245, 246, 248)"
            assert styles["body_margin"] == "0px"
            assert styles["th_border"] == "2px"
            assert styles["logo_loaded"] is True
            # the index table is drawn without bootstrap-table: one row per validation
            rows = page.locator("table.ge-index-page-validation-results-table tbody tr")
            assert rows.count() == len(CHECKS)
            assert page.locator("text=fct_indicator_value__provenance").first.is_visible()
            # tabs switch without Bootstrap's script
            page.click("a[data-toggle='tab'][href='#Expectation-Suites']")
            assert page.locator("#Expectation-Suites").is_visible()
            assert not page.locator("#Validation-Results").is_visible()

            page.goto(_page(site, "fct_target_attainment.consistency").as_uri())
            failed_icon = page.evaluate(
                "getComputedStyle(document.querySelector('.fa-times'), '::before').content"
            )
            assert failed_icon == '"\u2716"'
            target_fact = next(iter(planted()["pairs"]))
            assert page.locator(f"text={target_fact}").first.is_visible()
            passed = page.locator(".hide-succeeded-validation-target-child").first
            assert passed.is_visible()
            page.click("text=Failed Only")  # GE's filter, on our stand-in for jQuery
            assert not passed.is_visible()
            page.click("text=Show All")
            assert passed.is_visible()
        finally:
            browser.close()
    assert requests == []
    assert errors == []


def _styles(page: Any) -> dict[str, Any]:
    return page.evaluate(
        """() => {
            const css = (sel, prop) => getComputedStyle(document.querySelector(sel))[prop];
            const logo = document.querySelector('.navbar-brand img');
            return {
                navbar: css('.navbar', 'display'),
                body_background: css('body', 'backgroundColor'),
                body_margin: css('body', 'marginTop'),
                th_border: css('table thead th', 'borderBottomWidth'),
                logo_loaded: logo.complete && logo.naturalWidth > 0,
            };
        }"""
    )
