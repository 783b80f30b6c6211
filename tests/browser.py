"""Headless Chromium for the tests that look at pages: Debian's /usr/bin/chromium driven by
Playwright (never a browser Playwright downloads). `.ci/run` installs the Debian package; a
test that needs the browser skips with a reason where it is missing."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# The flags a closed network needs: no background fetches, no first-run pop-ups.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def have_chromium() -> bool:
    return shutil.which("chromium") is not None


needs_chromium = pytest.mark.skipif(
    not have_chromium(), reason="Debian's chromium is not installed (.ci/run installs it)"
)


@contextmanager
def chromium_page(width: int = 1280, height: int = 900) -> Iterator[object]:
    """A fresh page in a fresh headless browser (no profile, no cache)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            yield page
        finally:
            browser.close()
