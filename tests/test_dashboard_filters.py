"""The dashboard's event filters in a real browser (Playwright + Chromium on a loopback uvicorn server):
minimum confidence, flagged kinds of event and date precision change the listed events and their
counts exactly as the API's query parameters do. A screenshot goes to ``artifacts/screenshots/``."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.request import Request, urlopen

import pytest

from web_server import demo_dashboard

expect = pytest.importorskip("playwright.sync_api").expect

pytestmark = pytest.mark.slow

SHOTS = Path(__file__).resolve().parents[1] / "artifacts" / "screenshots"


@pytest.fixture(scope="module")
def base_url(tmp_path_factory, pipeline):
    with demo_dashboard(tmp_path_factory, pipeline) as url:
        yield url


def api(base_url: str, path: str) -> dict:
    with urlopen(Request(base_url + path, headers={"Accept": "application/json"}), timeout=30) as response:
        return json.loads(response.read())


def middle_confidence(base_url: str) -> float:
    """A threshold that keeps some of the listed events and drops others."""
    items = api(base_url, "/events.json?limit=1000")["items"]
    scores = sorted({round(e["confidence"], 2) for e in items if e.get("confidence") is not None})
    assert len(scores) >= 2, "the demo corpus needs events of different confidence"
    return scores[len(scores) // 2]


def listed_total(page) -> int:
    return int(page.locator("#events-total").get_attribute("data-total"))


def test_events_page_filters_change_the_table_and_count(page, base_url):
    page.goto(base_url + "/events?limit=1000")
    everything = listed_total(page)
    assert everything == api(base_url, "/events.json")["total"] > 0

    threshold = middle_confidence(base_url)
    page.fill("#f-min-confidence", str(threshold))
    page.click("form.filters button[type='submit']")
    page.wait_for_url(f"**min_confidence={threshold}**")
    assert "since=" not in page.url  # empty fields stay out of the URL
    confident = listed_total(page)
    assert 0 < confident < everything
    assert confident == api(base_url, f"/events.json?min_confidence={threshold}")["total"]
    shown = [float(c) for c in page.locator("table.events td.confidence").all_inner_texts()]
    assert len(shown) == confident and min(shown) >= threshold
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "32-events-min-confidence.png"), full_page=True)

    # ticking every flag lists the flagged events too: never fewer, and the API agrees
    page.fill("#f-min-confidence", "")
    for box in page.locator("#f-include input[type='checkbox']").all():
        box.check()
    page.click("form.filters button[type='submit']")
    page.wait_for_url("**include=background**")
    with_flags = listed_total(page)
    assert with_flags == api(base_url, "/events.json?include=all")["total"] >= everything
    assert page.locator("#f-include input:checked").count() == 4  # the form shows what is applied

    # day precision only: every listed date is a full date
    for box in page.locator("#f-include input[type='checkbox']").all():
        box.uncheck()
    page.check("#f-precision input[value='day']")
    page.click("form.filters button[type='submit']")
    page.wait_for_url("**precision=day**")
    dates = page.locator("table.events tbody tr[data-event] td:first-child").all_inner_texts()
    assert listed_total(page) == api(base_url, "/events.json?precision=day")["total"]
    assert all(len(d.strip()) == 10 for d in dates)
    assert page.problems == []


def test_dashboard_dyad_view_follows_the_filters(page, base_url):
    page.goto(base_url + "/")
    page.select_option("#dyad-a", "PAK")
    page.select_option("#dyad-b", "AFG")
    page.click("#dyad-show")
    page.wait_for_selector("#dyad-status[data-ready='1']")
    before = page.locator("#dyad-events tbody tr[data-event]").count()
    assert before >= 1
    dyad_all = api(base_url, "/events.json?dyad=PAK-AFG")["total"]
    expect(page.locator("#dyad-events-caption")).to_contain_text(f": {dyad_all} ")

    confidences = sorted(
        e["confidence"] for e in api(base_url, "/events.json?dyad=PAK-AFG&limit=1000")["items"] if e.get("confidence")
    )
    middle = confidences[len(confidences) // 2]
    kept = api(base_url, f"/events.json?dyad=PAK-AFG&min_confidence={middle}")["total"]
    assert 0 < kept <= dyad_all
    page.fill("#f-min-confidence", str(middle))
    page.dispatch_event("#f-min-confidence", "change")
    page.wait_for_selector("#dyad-status[data-ready='1']")
    expect(page.locator("#dyad-events-caption")).to_contain_text(f": {kept} ")
    expect(page.locator("#dyad-events tbody tr[data-event]")).to_have_count(min(25, kept))
    assert sum(r["events"] for r in api(base_url, f"/dyad.json?a=PAK&b=AFG&min_confidence={middle}")["series"]) <= kept
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "30-dashboard-dyad-min-confidence.png"), full_page=True)

    threshold = round(confidences[-1] + 0.01, 2)  # above every event of the dyad: none is left
    page.fill("#f-min-confidence", str(threshold))
    page.dispatch_event("#f-min-confidence", "change")
    page.wait_for_selector("#dyad-status[data-ready='1']")
    expect(page.locator("#dyad-events tbody tr[data-event]")).to_have_count(0)
    expect(page.locator("#dyad-events-caption")).to_contain_text(": 0 ")
    assert f"&min_confidence={threshold}" in page.url  # the filtered view is a link that can be shared
    assert api(base_url, f"/dyad.json?a=PAK&b=AFG&min_confidence={threshold}")["series"] == []

    page.fill("#f-min-confidence", "")
    page.check("#f-include input[value='negated']")
    page.wait_for_selector("#dyad-status[data-ready='1']")
    with_negated = api(base_url, "/events.json?dyad=PAK-AFG&include=negated")["total"]
    expect(page.locator("#dyad-events tbody tr[data-event]")).to_have_count(min(25, with_negated))
    expect(page.locator("#dyad-events-caption")).to_contain_text(f": {with_negated} ")
    assert page.problems == []


def test_stats_table_filters(page, base_url):
    page.goto(base_url + "/stats?by=country")
    page.check("#f-include input[value='future']")
    page.check("#f-precision input[value='day']")
    page.click("#aggregate button[type='submit']")
    page.wait_for_url("**precision=day**")
    filtered = api(base_url, "/stats.json?by=country&include=future&precision=day")["table"]["rows"]
    any_precision = api(base_url, "/stats.json?by=country&include=future")["table"]["rows"]
    assert sum(r["events"] for r in filtered) <= sum(r["events"] for r in any_precision)
    shown = page.locator("table.aggregate tbody tr").all_inner_texts()
    assert [row.split("\t")[0] for row in shown] == [str(r["country"]) for r in filtered]
    assert page.locator("#f-include input[value='future']").is_checked()
    href = page.locator("#aggregate a.download").get_attribute("href")
    assert "include=future" in href and "precision=day" in href and "format=csv" in href
    page.screenshot(path=str(SHOTS / "31-stats-filtered.png"), full_page=True)
    assert page.problems == []
