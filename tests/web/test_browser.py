"""The dashboard in a real browser (Debian's Chromium via Playwright) against `rivalgraph serve`."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.api.fixture_store import HUAWEI, WAIC_2023
from tests.web.conftest import screenshot

pytestmark = pytest.mark.browser

XSS_DOC = "xss_article"


def _bars(page: Any, chart_id: str) -> dict[str, str]:
    """The bars of a drawn Vega-Lite chart: aria-label of each bar mark, keyed by its country."""
    page.wait_for_selector(f"#{chart_id}[data-ready='1'] svg", timeout=15_000)
    labels = page.eval_on_selector_all(
        f"#{chart_id} svg [aria-roledescription='bar']", "els => els.map(e => e.getAttribute('aria-label'))"
    )
    bars = {}
    for label in labels:
        country = re.search(r"country: ([^;]+)", label)
        assert country, label
        bars[country.group(1)] = label
    return bars


def _assert_clean(page: Any) -> None:
    assert page.remote_requests == [], f"requests left 127.0.0.1: {page.remote_requests}"
    assert page.console_errors == [], f"console errors: {page.console_errors}"


def test_web_event_page_sponsor_chart_by_country(page: Any) -> None:
    page.goto(f"/events/{WAIC_2023}")
    bars = _bars(page, "chart-sponsors")
    assert re.search(r"Sponsors: 1(;|$)", bars["United States"]), bars
    assert "Qualcomm" in bars["United States"]
    assert re.search(r"Sponsors: 10(;|$)", bars["China"]), bars
    # The label layer prints the count next to each bar.
    texts = page.eval_on_selector_all(
        "#chart-sponsors svg [aria-roledescription='text mark'], #chart-sponsors svg text",
        "els => els.map(e => e.textContent)",
    )
    assert "1" in texts and "10" in texts
    sanctioned = page.locator("tr.sanctioned[data-entity='org:huawei-technologies'] .flag")
    assert sanctioned.first.is_visible()
    assert page.locator("#role-absentees").is_visible()
    assert "OpenAI" in page.locator("#role-absentees + table").inner_text()
    screenshot(page, "event_waic_2023")
    _assert_clean(page)


def test_web_edition_selector_switches_edition(page: Any) -> None:
    page.goto(f"/events/{WAIC_2023}")
    page.select_option("#edition", label="2024")
    page.wait_for_url(re.compile(r".*conference-2024$"))
    assert "2024" in page.locator("h1").inner_text()
    _assert_clean(page)


def test_web_click_huawei_opens_entity_page_with_sanctions_and_evidence(page: Any) -> None:
    page.goto(f"/events/{WAIC_2023}")
    page.locator(f"#role-sponsors + table tr[data-entity='{HUAWEI}'] a", has_text="Huawei").first.click()
    page.wait_for_url(re.compile(r".*/entities/org:huawei-technologies$"))
    assert page.locator("h1").inner_text().startswith("Huawei Technologies")
    assert page.locator("h1 .flag").first.is_visible()
    sanctions = page.locator("section.sanctions").inner_text()
    assert "Sanctioned by" in sanctions
    assert "Huawei Technologies and SenseTime, both sanctioned by the US" in sanctions
    page.wait_for_selector("#ego-graph[data-ready='1'] canvas", timeout=15_000)
    screenshot(page, "entity_huawei")
    _assert_clean(page)


def test_web_evidence_link_highlights_the_sentence(page: Any) -> None:
    page.goto(f"/entities/{HUAWEI}")
    page.locator("section.sanctions .evidence a").first.click()
    mark = page.locator("#doc-text mark.evidence-hl")
    assert "both sanctioned by the US" in mark.inner_text()
    screenshot(page, "document_seed")
    _assert_clean(page)


def test_web_trend_page_draws_points_per_country(page: Any) -> None:
    page.goto("/trend?series=WAIC&role=sponsors")
    page.wait_for_selector("#trend-chart[data-ready='1'] svg", timeout=15_000)
    points = page.eval_on_selector_all(
        "#trend-chart svg [aria-roledescription='point']", "els => els.map(e => e.getAttribute('aria-label'))"
    )
    assert any("China" in p and "2023" in p for p in points), points
    assert any("United States" in p and "2024" in p for p in points), points
    assert "Qualcomm" in page.locator("table.trend").inner_text()
    screenshot(page, "trend_waic_sponsors")
    _assert_clean(page)


def test_web_xss_article_renders_as_text(page: Any) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto("/search?q=Rogue")
    page.locator("#results a", has_text="Rogue chipmaker").first.click()
    page.wait_for_selector("#doc-text")
    text = page.locator("#doc-text").inner_text()
    assert '<script>alert("xss")</script>' in text
    assert "<img src=x onerror=alert(1)>" in text
    assert page.locator("#doc-text script, #doc-text img, h1 script").count() == 0
    assert "<script>" in page.locator("h1").inner_text()
    assert page.title() != "pwned"
    assert dialogs == []
    screenshot(page, "document_xss")
    page.goto(f"/events/{WAIC_2023}")
    assert page.locator("img[src='x']").count() == 0
    assert dialogs == []


@pytest.mark.parametrize(
    ("path", "name", "ready"),
    [
        ("/", "home", "h1"),
        ("/search?q=Huawei", "search_huawei", "#results"),
        ("/documents", "documents", "h1"),
        ("/docs", "api_docs", "#swagger-ui .info"),
        ("/entities/org:no-such-entity", "error_404", ".error-message"),
    ],
)
def test_web_pages_render_without_errors(page: Any, path: str, name: str, ready: str) -> None:
    page.goto(path)
    page.wait_for_selector(ready, timeout=15_000)
    screenshot(page, name)
    if name == "error_404":
        page.console_errors.clear()  # the 404 status itself is logged by the browser
    _assert_clean(page)
