"""The dashboard at corpus scale: the 98-article Wikinews conflict corpus (read in place from ../shared)
coded by the real pipeline, served on loopback, driven by Chromium. Screenshots of the network, map and
stats pages go to ``artifacts/screenshots/`` (gitignored): look at them."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from conftest import shared_path
from test_dashboard import SHOTS, shot
from web_server import live_server

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def corpus_url(tmp_path_factory, pipeline):
    from wirecoder import Article
    from wirecoder.incidents import update
    from wirecoder.store import Store
    from wirecoder.web import create_app

    path = shared_path("corpus", "wikinews-conflict.jsonl")
    db = tmp_path_factory.mktemp("wikinews") / "wikinews.db"
    store = Store(db)
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            store.save(
                pipeline(
                    Article(
                        raw=r["text"],
                        source=r["id"],
                        id=r["id"],
                        url=r["url"],
                        title=r["title"],
                        published=r["published"],
                    )
                )
            )
    update(store)
    store.close()
    with live_server(create_app(db)) as url:
        yield url


def _transform(page, selector: str) -> str:
    return page.locator(selector).first.get_attribute("transform") or ""


def test_dashboard_corpus_network_zooms_drags_and_names(page, corpus_url):
    page.goto(corpus_url + "/network")
    page.wait_for_selector("#network-chart[data-ready='1']")
    nodes = page.locator("#network-chart svg g.node")
    assert nodes.count() >= 20
    labels = page.locator("#network-chart svg .node-label")
    assert 0 < labels.count() <= 40  # only the busiest nodes are labelled
    # the table names actors, not ids; no self-loops by default
    first = page.locator("table.edges tbody tr").first.locator("td")
    assert not re.match(r"^[a-z]+:", first.nth(0).inner_text())
    rows = [
        (r.locator("td").nth(0).inner_text(), r.locator("td").nth(1).inner_text())
        for r in page.locator("table.edges tbody tr").all()[:50]
    ]
    assert all(a != b for a, b in rows)
    shot(page, "20-corpus-network-actors")
    page.locator("#network-chart").screenshot(path=str(SHOTS / "20b-corpus-network-actors-chart.png"))
    node = nodes.first
    start = node.get_attribute("transform")
    node.locator("circle").scroll_into_view_if_needed()
    nb = node.locator("circle").bounding_box()
    page.mouse.move(nb["x"] + nb["width"] / 2, nb["y"] + nb["height"] / 2)
    page.mouse.down()
    page.mouse.move(nb["x"] + 60, nb["y"] + 40, steps=5)
    page.mouse.up()
    assert node.get_attribute("transform") != start  # dragged
    before = _transform(page, "#network-chart svg g.viewport")
    box = page.locator("#network-chart svg").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.wheel(0, -400)
    page.wait_for_timeout(300)
    assert _transform(page, "#network-chart svg g.viewport") != before  # zoomed
    page.goto(corpus_url + "/network?by=country&loops=true")
    page.wait_for_selector("#network-chart[data-ready='1']")
    shot(page, "21-corpus-network-countries")
    page.locator("#network-chart").screenshot(path=str(SHOTS / "21b-corpus-network-countries-chart.png"))
    assert page.problems == []  # type: ignore[attr-defined]


def test_dashboard_corpus_map_marks_precision_and_zooms(page, corpus_url):
    page.goto(corpus_url + "/map")
    page.wait_for_selector("#map-chart[data-ready='1']")
    towns = page.locator("#map-chart svg .event-dot.place")
    countries = page.locator("#map-chart svg .event-dot.country")
    assert towns.count() >= 5 and countries.count() >= 1
    assert page.locator("#map-chart svg rect.event-dot.country").count() == countries.count()  # squares, not dots
    shot(page, "22-corpus-map")
    page.locator("#map-chart").screenshot(path=str(SHOTS / "22b-corpus-map-chart.png"))
    box = page.locator("#map-chart svg").bounding_box()
    page.mouse.move(box["x"] + box["width"] * 0.6, box["y"] + box["height"] * 0.4)
    page.mouse.wheel(0, -600)
    page.wait_for_timeout(300)
    assert "scale" in _transform(page, "#map-chart svg g.viewport")
    shot(page, "23-corpus-map-zoomed")
    page.locator("#map-chart").screenshot(path=str(SHOTS / "23b-corpus-map-zoomed-chart.png"))
    assert page.problems == []  # type: ignore[attr-defined]


def test_dashboard_corpus_stats_table_and_csv(page, corpus_url):
    page.goto(corpus_url + "/stats?by=country,year,event_type")
    rows = page.locator("table.aggregate tbody tr")
    assert rows.count() >= 5
    shot(page, "24-corpus-stats")
    page.screenshot(path=str(SHOTS / "24b-corpus-stats-top.png"))
    href = page.locator("a.download").first.get_attribute("href")
    assert "format=csv" in href
    got = page.request.get(corpus_url + href)
    table = list(csv.DictReader(io.StringIO(got.text())))
    assert got.ok and {"country", "year", "event_type", "events", "fatalities"} == set(table[0])
    assert sum(int(r["events"]) for r in table) == sum(
        int(t) for t in page.locator("table.aggregate tbody tr td:nth-child(4)").all_inner_texts()
    )
    assert page.problems == []  # type: ignore[attr-defined]
