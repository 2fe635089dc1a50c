"""The REST API against a real uvicorn server on loopback, over a database coded from the bundled
example articles by the real pipeline (plus one hand-made hostile article)."""

from __future__ import annotations

import shutil

import httpx
import pytest

from web_server import HOSTILE_EVENT_ID, HOSTILE_ID, IMG_PAYLOAD, SCRIPT_PAYLOAD, demo_db, live_server

pytestmark = pytest.mark.slow

PAGES = ["/", "/events", "/actors", "/quotes", "/dyad?a=PAK&b=AFG", "/alerts", "/network", "/map", "/stats"]


@pytest.fixture(scope="module")
def db(tmp_path_factory, pipeline):
    return demo_db(tmp_path_factory, pipeline)


@pytest.fixture(scope="module")
def client(db):
    from wirecoder.web import create_app

    with live_server(create_app(db["path"])) as url:
        with httpx.Client(base_url=url, timeout=30) as c:
            yield c


def json_twin(path: str) -> str:
    base, _, query = path.partition("?")
    base = "/index" if base == "/" else base
    return f"{base}.json" + (f"?{query}" if query else "")


@pytest.mark.parametrize("path", PAGES)
def test_api_every_page_has_a_json_twin(client, path):
    html = client.get(path, headers={"Accept": "text/html"})
    assert html.status_code == 200
    assert html.headers["content-type"].startswith("text/html")
    twin = client.get(json_twin(path))
    assert twin.status_code == 200
    assert twin.headers["content-type"].startswith("application/json")
    negotiated = client.get(path, headers={"Accept": "application/json"})
    assert negotiated.headers["content-type"].startswith("application/json")
    assert negotiated.json() == twin.json()


def test_api_events_paginate_with_total(client):
    everything = client.get("/events.json", params={"limit": 1000}).json()
    assert everything["total"] == len(everything["items"]) > 3
    first = client.get("/events.json", params={"limit": 2}).json()
    second = client.get("/events.json", params={"limit": 2, "offset": 2}).json()
    assert [e["id"] for e in first["items"] + second["items"]] == [e["id"] for e in everything["items"][:4]]
    assert all({"id", "title", "url", "published"} <= set(e["article"]) for e in everything["items"])


def test_api_events_filter_by_dyad_type_and_date(client):
    dyad = client.get("/events.json", params={"dyad": "PAK-AFG", "limit": 1000}).json()
    assert dyad["total"] >= 1
    for e in dyad["items"]:
        assert {e["source"]["country"], e["target"]["country"]} == {"PAK", "AFG"}
    accuse = client.get("/events.json", params={"type": "ACCUSE", "limit": 1000}).json()
    assert accuse["items"] and all(e["plover"]["type"] == "ACCUSE" for e in accuse["items"])
    feb = client.get("/events.json", params={"since": "2023-02-01", "until": "2023-02-28", "limit": 1000}).json()
    # a day in February, or a coarser date (month, year) whose period overlaps it
    assert feb["items"] and all("2023-02".startswith(e["date"][:7]) for e in feb["items"])
    assert any(e["date"].startswith("2023-02-") for e in feb["items"])


@pytest.mark.parametrize(
    "params",
    [
        {"since": "2023-02-30"},
        {"until": "yesterday"},
        {"since": "2023-03-01", "until": "2023-01-01"},
        {"limit": 0},
        {"limit": 100000},
        {"offset": -1},
        {"dyad": "PAKAFG"},
    ],
)
def test_api_rejects_bad_query_parameters_with_422(client, params):
    response = client.get("/events.json", params=params)
    assert response.status_code == 422
    assert "detail" in response.json()


def test_api_rejects_bad_frequency(client):
    assert client.get("/dyad.json", params={"a": "PAK", "b": "AFG", "freq": "fortnight"}).status_code == 422
    assert client.get("/alerts.json", params={"window": 0}).status_code == 422


def test_api_dyad_series_counts_match_events(client):
    series = client.get("/dyad.json", params={"a": "PAK", "b": "AFG", "freq": "month"}).json()["series"]
    assert series and all({"period", "events", "goldstein_sum", "by_plover", "by_quad"} <= set(r) for r in series)
    assert sum(r["events"] for r in series) >= 1


def test_api_article_has_text_events_and_highlighted_evidence(client, db):
    article_id = db["articles"]["seed-article.txt"]
    record = client.get(f"/articles/{article_id}.json").json()
    assert record["id"] == article_id and record["text"] and record["events"]
    event = record["events"][0]
    page = client.get(f"/articles/{article_id}", params={"event": event["id"]}).text
    assert 'class="evidence selected"' in page or 'class="evidence quote selected"' in page
    assert f'id="ev-{event["id"]}"' in page


def test_api_unknown_article_is_404(client):
    assert client.get("/articles/nosuchid.json").status_code == 404
    html = client.get("/articles/nosuchid")
    assert html.status_code == 404 and "no article" in html.text


def test_api_escapes_untrusted_text_everywhere(client):
    pages = [
        f"/articles/{HOSTILE_ID}?event={HOSTILE_EVENT_ID}",
        "/events?dyad=PAK-AFG&limit=1000",
        "/quotes",
        "/actors",
        "/map",
        "/network",
    ]
    for path in pages:
        body = client.get(path).text
        assert SCRIPT_PAYLOAD not in body, path
        assert IMG_PAYLOAD not in body, path
        assert 'href="javascript:' not in body, path
    article = client.get(f"/articles/{HOSTILE_ID}").text
    assert "&lt;script&gt;window.__pwned" in article
    assert "&lt;img src=x onerror=" in article


def test_api_sends_a_content_security_policy(client):
    headers = client.get("/").headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"


def test_api_openapi_documents_the_json_routes(client):
    spec = client.get("/openapi.json").json()
    for path in [
        "/events.json",
        "/articles/{article_id}.json",
        "/actors.json",
        "/quotes.json",
        "/dyad.json",
        "/alerts.json",
        "/network.json",
        "/map.json",
        "/stats.json",
        "/articles",
    ]:
        assert path in spec["paths"], path
    params = {p["name"] for p in spec["paths"]["/events.json"]["get"]["parameters"]}
    assert {"actor", "dyad", "type", "since", "until", "place", "article_id", "limit", "offset"} <= params


def test_api_is_read_only_without_a_token(client):
    response = client.post("/articles", json={"text": "Pakistan accused Afghanistan of shelling."})
    assert response.status_code == 403


UPLOAD = (
    "Quetta, 3 April 2023 - Pakistani and Afghan officials met in Quetta on Monday to discuss refugees "
    "returning across the border, and both sides agreed to open two more registration centres. "
    "A Pakistani official said the talks had been useful and that a second round would follow in May."
)


def test_api_upload_needs_the_bearer_token_and_codes_the_article(tmp_path, db, pipeline):
    from wirecoder.web import create_app

    path = tmp_path / "upload.db"
    shutil.copy(db["path"], path)
    app = create_app(path, token="s3cret", max_upload_bytes=2000, pipeline=pipeline)
    with live_server(app) as url, httpx.Client(base_url=url, timeout=60) as c:
        before = c.get("/index.json").json()["counts"]["articles"]
        assert c.post("/articles", json={"text": UPLOAD}).status_code == 401
        bad = c.post("/articles", json={"text": UPLOAD}, headers={"Authorization": "Bearer wrong"})
        assert bad.status_code == 401
        auth = {"Authorization": "Bearer s3cret"}
        assert (
            c.post("/articles", content=b"x" * 5000, headers={**auth, "Content-Type": "text/plain"}).status_code == 413
        )
        assert c.post("/articles", json={"title": "no text"}, headers=auth).status_code == 422
        assert c.post("/articles", json={"text": UPLOAD, "published": "April"}, headers=auth).status_code == 422
        created = c.post("/articles", json={"text": UPLOAD, "url": "https://example.org/q"}, headers=auth)
        assert created.status_code == 201, created.text
        body = created.json()
        stored = c.get(f"/articles/{body['id']}.json").json()
        assert stored["text"].startswith("Quetta") and len(stored["events"]) == body["events"]
        again = c.post("/articles", json={"text": UPLOAD, "url": "https://example.org/q"}, headers=auth)
        assert again.json()["id"] == body["id"]
        assert c.get("/index.json").json()["counts"]["articles"] == before + 1


def test_serve_refuses_a_missing_database(tmp_path):
    from typer.testing import CliRunner

    from wirecoder.cli import load_commands

    result = CliRunner().invoke(load_commands(), ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2
    assert "no database" in result.output


def test_serve_binds_loopback_by_default():
    import inspect

    from wirecoder.cli.commands_serve import serve

    assert inspect.signature(serve).parameters["host"].default == "127.0.0.1"


def test_api_answers_the_same_on_postgresql(client, db):
    """One code path for both engines: the same articles stored in PostgreSQL give the same JSON."""
    import pg

    if not pg.have_postgres():
        pytest.skip("needs WIRECODER_TEST_PG or Debian's postgresql binaries (apt-get install postgresql)")
    from wirecoder.store import Store
    from wirecoder.web import create_app

    store = Store(pg.postgres_url())
    pg.reset(store)
    try:
        for article in db["coded"]:
            store.save(article)
        paths = [
            "/events.json?limit=1000",
            "/events.json?dyad=PAK-AFG&since=2023-01-01",
            "/dyad.json?a=PAK&b=AFG",
            "/stats.json",
            "/network.json",
            "/map.json",
            "/quotes.json",
            "/index.json",
            f"/articles/{db['articles']['seed-article.txt']}.json",
        ]
        with live_server(create_app(store)) as url, httpx.Client(base_url=url, timeout=30) as c:
            for path in paths:
                on_pg, on_sqlite = c.get(path), client.get(path)
                assert on_pg.status_code == on_sqlite.status_code == 200, path
                a, b = on_pg.json(), on_sqlite.json()
                for record in (a, b):  # when and by which run it was stored differs, nothing else may
                    record.pop("coded_at", None)
                    record.pop("run_id", None)
                assert a == b, path
    finally:
        pg.reset(store)
