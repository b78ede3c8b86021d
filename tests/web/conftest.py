"""Browser fixtures: `rivalgraph serve` on a fixture store, Debian's Chromium driven by Playwright."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.api.fixture_store import build_fixture_store
from tests.conftest import IN_CI, REPO

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = REPO / "artifacts" / "screenshots"
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`rivalgraph serve` (no extractor) on 127.0.0.1 over a store built from the bundled fixtures."""
    url = f"sqlite:///{tmp_path_factory.mktemp('web') / 'store.db'}"
    build_fixture_store(url)
    port = _free_port()
    env = {**os.environ, "RIVALGRAPH_DB": url, "RIVALGRAPH_API_TOKEN": "browser-test-token"}
    cmd = [sys.executable, "-c", "from rivalgraph.cli import main; main()", "serve", "--no-extract"]
    proc = subprocess.Popen(
        [*cmd, "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            if proc.poll() is not None:
                out = proc.stdout.read() if proc.stdout else ""
                pytest.fail(f"rivalgraph serve exited with {proc.returncode}:\n{out}")
            try:
                if httpx.get(f"{base}/api/documents?limit=1", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("rivalgraph serve did not answer within 30 s")
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian's Chromium, headless; skipped outside CI when it is not installed."""
    if not CHROMIUM.exists():
        if IN_CI:
            pytest.fail("/usr/bin/chromium is missing in CI: scripts/test.sh installs the chromium package")
        pytest.skip("/usr/bin/chromium is not installed (apt-get install chromium); browser tests need it")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=LAUNCH_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def page(browser: Any, server: str) -> Iterator[Any]:
    """A fresh page that records console errors and any request leaving 127.0.0.1."""
    context = browser.new_context(base_url=server, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.console_errors = []  # type: ignore[attr-defined]
    page.remote_requests = []  # type: ignore[attr-defined]
    page.on("console", lambda m: m.type == "error" and page.console_errors.append(m.text))
    page.on("pageerror", lambda e: page.console_errors.append(str(e)))
    page.on(
        "request",
        lambda r: (
            (not r.url.startswith(server) and not r.url.startswith("data:"))
            and page.remote_requests.append(r.url)
        ),
    )
    try:
        yield page
    finally:
        context.close()


def screenshot(page: Any, name: str) -> Path:
    """Save a full-page screenshot under artifacts/screenshots/ (git-ignored) and return its path."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
