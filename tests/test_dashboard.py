"""The dashboard in a real browser: Playwright driving Debian's Chromium against a real uvicorn server.

Screenshots go to ``artifacts/screenshots/`` (gitignored). Skipped when /usr/bin/chromium or the
playwright package is missing (CI installs chromium: scripts/ci_services.sh).
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from web_server import HOSTILE_EVENT_ID, HOSTILE_ID, IMG_PAYLOAD, SCRIPT_PAYLOAD, demo_dashboard

pytestmark = pytest.mark.slow

SHOTS = Path(__file__).resolve().parents[1] / "artifacts" / "screenshots"


@pytest.fixture(scope="module")
def base_url(tmp_path_factory, pipeline):
    with demo_dashboard(tmp_path_factory, pipeline) as url:
        yield url


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_dashboard_dyad_chart_table_and_evidence_highlight(page, base_url):
    page.goto(base_url + "/")
    page.select_option("#dyad-a", "PAK")
    page.select_option("#dyad-b", "AFG")
    page.click("#dyad-show")
    page.wait_for_selector("#dyad-status[data-ready='1']")
    bars = page.locator("#dyad-chart svg g.bar rect")
    assert bars.count() >= 1
    assert page.locator("#dyad-chart svg path.goldstein-line").count() == 1
    assert page.locator("#dyad-legend .legend-item").count() >= 2
    rows = page.locator("#dyad-events tbody tr[data-event]")
    assert rows.count() >= 1
    shot(page, "01-dashboard-dyad-PAK-AFG")

    # a bar is one period: clicking it lists that period's events only
    bar = page.locator("#dyad-chart svg g.bar[role='button']").last
    period = bar.get_attribute("data-period")
    bar.click()
    page.wait_for_selector(f"#dyad-events-caption[data-period='{period}']")
    dates = [
        d for d in page.locator("#dyad-events tbody tr[data-event] td:first-child").all_inner_texts() if len(d) == 10
    ]
    week_end = (date.fromisoformat(period) + timedelta(days=6)).isoformat()
    assert dates and all(period <= d <= week_end for d in dates)

    link = page.locator("#dyad-events tbody tr[data-event] a.event-link").first
    event_id = link.locator("xpath=ancestor::tr").get_attribute("data-event")
    evidence = link.inner_text().rstrip("…")
    link.click()
    page.wait_for_selector("mark.selected")
    assert f"event={event_id}" in page.url
    marked = page.locator("mark.selected")
    assert evidence.strip()[:60] in " ".join(marked.all_inner_texts())
    assert marked.first.is_visible()
    assert page.locator("#selected-event").is_visible()
    shot(page, "02-article-evidence-highlighted")
    assert page.problems == []


def test_dashboard_pages_render_charts(page, base_url):
    page.goto(base_url + "/dyad?a=PAK&b=AFG&freq=month")
    assert page.locator("#dyad-chart svg g.bar").count() >= 1
    shot(page, "03-dyad-timeline-month")
    page.goto(base_url + "/network?by=country")
    assert page.locator("#network-chart svg g.node").count() >= 2
    shot(page, "04-network-by-country")
    page.goto(base_url + "/map")
    page.wait_for_selector("#map-chart[data-ready='1']")
    assert page.locator("#map-chart svg .land path").count() > 100
    assert page.locator("#map-chart svg circle.event-dot").count() >= 1
    shot(page, "05-map")
    page.goto(base_url + "/quotes")
    assert page.locator("table.quotes tbody tr").count() >= 1
    shot(page, "06-quotes")
    page.goto(base_url + "/events?type=ACCUSE")
    assert page.locator("table.events tbody tr[data-event]").count() >= 1
    shot(page, "07-events-filtered")
    page.goto(base_url + "/stats")
    shot(page, "08-stats")
    assert page.problems == []


def test_dashboard_never_runs_script_from_article_text(page, base_url):
    visits = [
        f"/articles/{HOSTILE_ID}?event={HOSTILE_EVENT_ID}",
        "/?a=PAK&b=AFG",
        "/events?dyad=PAK-AFG&limit=1000",
        "/quotes",
        "/actors",
        "/map",
        "/network",
    ]
    for path in visits:
        page.goto(base_url + path)
        if path.startswith("/?"):
            page.wait_for_selector("#dyad-status[data-ready='1']")
        if path == "/map":
            page.wait_for_selector("#map-chart[data-ready='1']")
        assert page.evaluate("window.__pwned") is None, path
        assert page.locator("img[src='x']").count() == 0, path
    page.goto(f"{base_url}/articles/{HOSTILE_ID}?event={HOSTILE_EVENT_ID}")
    text = page.locator("#article-text").inner_text()
    assert SCRIPT_PAYLOAD in text and IMG_PAYLOAD in text  # shown as text, literally
    assert page.locator("a[href^='javascript']").count() == 0
    shot(page, "09-hostile-article-escaped")
    page.goto(base_url + "/?a=PAK&b=AFG")
    page.wait_for_selector(f"#dyad-events tr[data-event='{HOSTILE_EVENT_ID}']")
    assert IMG_PAYLOAD in page.locator(f"#dyad-events tr[data-event='{HOSTILE_EVENT_ID}']").inner_text()
    assert page.evaluate("window.__pwned") is None
    assert page.problems == []
