"""The Dagster UI shows what a build did: `dagster dev` over the instance where the session's
graph build was recorded (as every `zhibiao build` is), looked at in headless Chromium.

Every asset is listed with its last materialisation and every check with its last result; the
four groups are there. Screenshots of an asset graph and of a mart's checks are taken
(``UPDATE_SCREENSHOTS=1`` writes them to docs/screenshots/dagster-assets.png and
dagster-checks.png).
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser import chromium_page, needs_chromium
from conftest import REPO_ROOT, GraphBuild

pytestmark = [needs_chromium, pytest.mark.usefixtures("zhibiao_env")]

SCREENSHOT = REPO_ROOT / "docs" / "screenshots" / "dagster-assets.png"
CHECKS_SCREENSHOT = REPO_ROOT / "docs" / "screenshots" / "dagster-checks.png"
DAGSTER = Path(sys.executable).parent / "dagster"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def ui(graph_build: GraphBuild, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`dagster dev` from the repository root, on the instance that recorded the graph build
    (and nothing else); yields its URL."""
    port = _free_port()
    log = tmp_path_factory.mktemp("dagster-dev") / "dev.log"
    env = {k: v for k, v in os.environ.items() if not k.startswith("ZHIBIAO_")}
    env.update(
        ZHIBIAO_DOCS_DIR=str(graph_build.docs_dir),
        ZHIBIAO_WAREHOUSE=str(graph_build.warehouse),
        DAGSTER_HOME=str(graph_build.dagster_home),
    )
    with log.open("w") as out:
        dev = subprocess.Popen(
            [str(DAGSTER), "dev", "--host", "127.0.0.1", "--port", str(port)],
            cwd=REPO_ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its webserver, daemon and code server die with it
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline:
            assert dev.poll() is None, log.read_text()
            try:
                with urllib.request.urlopen(f"{url}/server_info", timeout=5):
                    break
            except OSError:
                time.sleep(1)
        else:
            pytest.fail(f"dagster dev did not answer: {log.read_text()[-2000:]}")
        yield url
    finally:
        dev.send_signal(signal.SIGINT)  # dagster dev stops its services on an interrupt
        try:
            dev.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(dev.pid, signal.SIGKILL)
            dev.wait()


def _dismiss_popups(page) -> None:
    """Close whatever greets a first visit (the instance turns the welcome dialog off)."""
    for name in ("Dismiss", "Close", "Got it", "Skip", "No thanks"):
        button = page.get_by_role("button", name=name)
        if button.count() and button.first.is_visible():
            button.first.click()
    page.keyboard.press("Escape")


def _wait_for_text(page, pattern: str, count: int, timeout: float = 90_000) -> None:
    page.wait_for_function(
        "([p, n]) => (document.body.innerText.match(new RegExp(p, 'g')) || []).length >= n",
        arg=[pattern, count],
        timeout=timeout,
    )


def _expected() -> tuple[list[str], dict[str, list[str]], dict[str, str]]:
    """Asset keys, check names per asset and groups, from the definitions the UI loads."""
    from orchestration.definitions import defs

    graph = defs.get_repository_def().asset_graph
    keys = sorted(k.to_user_string() for k in graph.get_all_asset_keys())
    checks: dict[str, list[str]] = {}
    for check in graph.asset_check_keys:
        checks.setdefault(check.asset_key.to_user_string(), []).append(check.name)
    groups = {k.to_user_string(): graph.get(k).group_name for k in graph.get_all_asset_keys()}
    return keys, checks, groups


def test_every_asset_is_shown_with_its_last_materialisation(ui: str) -> None:
    keys, _, groups = _expected()
    with chromium_page(1400, 900) as page:
        page.goto(f"{ui}/asset-groups", timeout=120_000)
        _dismiss_popups(page)
        _wait_for_text(page, "warehouse", 1)
        lineage = page.inner_text("body")
        for group in set(groups.values()):
            assert group in lineage, group

    with chromium_page(1400, 60 * len(keys) + 600) as page:  # tall: every row rendered
        page.goto(f"{ui}/assets", timeout=120_000)
        _dismiss_popups(page)
        _wait_for_text(page, r"Materialized\b", len(keys))
        catalog = page.inner_text("body")
    assert "Never materialized" not in catalog
    assert len(re.findall(r"\bMaterialized\b", catalog)) == len(keys)
    for key in keys:
        assert key.replace("/", " / ") in catalog, key


def test_every_check_is_shown_with_its_last_result(ui: str) -> None:
    _, checks, _ = _expected()
    seen: dict[str, str] = {}
    with chromium_page(1400, 2600) as page:
        browser = page.context.browser  # a few tabs at once: one page load each is slow
        size = page.viewport_size
        pages = [page, *(browser.new_page(viewport=size) for _ in range(3))]
        assets = sorted(checks)
        for start in range(0, len(assets), len(pages)):
            batch = list(zip(pages, assets[start : start + len(pages)], strict=False))
            for tab, asset in batch:
                tab.goto(f"{ui}/assets/{asset}?view=checks", wait_until="commit")
            for tab, asset in batch:
                # one result per check: each row says Succeeded or Failed
                _wait_for_text(tab, r"\b(Succeeded|Failed)\b", len(checks[asset]))
                seen[asset] = tab.inner_text("body")
    for asset, names in checks.items():
        text = seen[asset]
        assert f"Checks ({len(names)})" in text, asset
        assert "Not evaluated" not in text, asset
        for name in names:
            assert name in text, (asset, name)


def test_screenshots(ui: str, tmp_path: Path) -> None:
    """The extract group's asset graph, and the checks of fct_indicator_value."""
    shots = {}
    with chromium_page(1200, 700) as page:
        page.goto(f"{ui}/locations/zhibiao/asset-groups/extract", timeout=120_000)
        _dismiss_popups(page)
        _wait_for_text(page, r"Materialized\b", 3)  # sentences, facts, unmapped
        page.wait_for_timeout(500)  # let the graph settle into place
        text = page.inner_text("body")
        for node in ("sentences", "facts", "unmapped", "documents", "published_warehouse"):
            assert node in text
        shots[SCREENSHOT] = tmp_path / SCREENSHOT.name
        page.screenshot(path=str(shots[SCREENSHOT]))

    # The checks list renders only the rows in view: tall enough for all of this mart's.
    _, checks, _ = _expected()
    with chromium_page(1200, 60 * len(checks["fct_indicator_value"]) + 400) as page:
        page.goto(f"{ui}/assets/fct_indicator_value?view=checks", timeout=120_000)
        _dismiss_popups(page)
        _wait_for_text(page, r"\b(Succeeded|Failed)\b", len(checks["fct_indicator_value"]))
        for check in ("provenance", "consistency", "drift", "distribution", "target_dating"):
            assert page.get_by_text(check, exact=True).count(), check
        shots[CHECKS_SCREENSHOT] = tmp_path / CHECKS_SCREENSHOT.name
        page.screenshot(path=str(shots[CHECKS_SCREENSHOT]))
    for target, shot in shots.items():
        data = shot.read_bytes()
        assert data.startswith(b"\x89PNG") and 10_000 < len(data) < 800_000
        if os.environ.get("UPDATE_SCREENSHOTS"):
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
