"""The API under hostile requests: no 5xx from any parameter or body, Host header checked, and uploads
coded in a worker process that stops with the server."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from urllib.parse import quote

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from web_server import demo_db, live_server

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def db(tmp_path_factory, pipeline):
    return demo_db(tmp_path_factory, pipeline)


@pytest.fixture(scope="module")
def server(db):
    from wirecoder.web import create_app

    app = create_app(db["path"], allowed_hosts=["127.0.0.1", "localhost"])
    with live_server(app) as url:
        with httpx.Client(base_url=url, timeout=30) as c:
            yield c


def get_routes(client) -> list[tuple[str, list[dict]]]:
    spec = client.get("/openapi.json").json()
    return [(path, ops["get"].get("parameters", [])) for path, ops in spec["paths"].items() if "get" in ops]


# Values a hostile client sends for any parameter.
HOSTILE = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.sampled_from(["1e23", "-1", "0", "nan", "inf", "-inf", "9" * 400, "%00", "' OR 1=1 --", "../../etc/passwd"]),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    st.text(max_size=60),
    st.dates().map(str),
)


def test_api_huge_offsets_and_numbers_are_422_not_500(server):
    for path in ("/quotes.json", "/quotes", "/events.json", "/actors.json", "/network.json"):
        for value in ("1e23", "100000000000000000000000", "-5", "nan"):
            for name in ("offset", "limit", "min_weight"):
                r = server.get(path, params={name: value})
                assert r.status_code < 500, (path, name, value, r.status_code)


def test_api_every_get_endpoint_survives_fuzzed_parameters(server):
    routes = get_routes(server)
    assert len(routes) >= 10

    @settings(max_examples=12, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(data=st.data())
    def fuzz(data):
        for path, params in routes:
            query, url = {}, path
            for p in params:
                value = data.draw(HOSTILE)
                if p["in"] == "path":
                    url = url.replace("{" + p["name"] + "}", quote(value, safe="") or "x")
                elif p["in"] == "query" and data.draw(st.booleans()):
                    query[p["name"]] = value
            r = server.get(url, params=query)
            assert r.status_code < 500, (url, query, r.status_code, r.text[:200])

    fuzz()


@pytest.mark.parametrize(
    ("content", "ctype"),
    [
        (b"[" * 100_000 + b"]" * 100_000, "application/json"),
        (b'{"text": ' + b"[" * 50_000, "application/json"),
        (b"\xff\xfe\x00garbage", "application/json"),
        (b'{"text": "x", "published": 20230101}', "application/json"),
        (b'{"text": "x", "title": {"a": 1}}', "application/json"),
        (b"", "text/plain"),
        (b"x", "image/png"),
    ],
)
def test_api_hostile_upload_bodies_are_4xx(tmp_path, db, pipeline, content, ctype):
    from wirecoder.web import create_app

    path = tmp_path / "w.db"
    shutil.copy(db["path"], path)
    app = create_app(path, token="t0ken", max_upload_bytes=2_000_000, pipeline=pipeline)
    with live_server(app) as url, httpx.Client(base_url=url, timeout=60) as c:
        r = c.post("/articles", content=content, headers={"Authorization": "Bearer t0ken", "Content-Type": ctype})
        assert 400 <= r.status_code < 500, (r.status_code, r.text[:200])


def test_api_foreign_host_header_is_refused(server):
    assert server.get("/events.json").status_code == 200
    assert server.get("/events.json", headers={"Host": "localhost:1234"}).status_code == 200
    assert server.get("/events.json", headers={"Host": "attacker.example"}).status_code == 400


def test_api_serve_allowed_hosts_default_to_the_bound_name():
    from wirecoder.cli.commands_serve import allowed_hosts

    assert "localhost" in allowed_hosts("127.0.0.1", []) and "127.0.0.1" in allowed_hosts("127.0.0.1", [])
    assert allowed_hosts("10.1.2.3", []) == ["10.1.2.3"]
    assert allowed_hosts("0.0.0.0", []) == ["*"]
    assert allowed_hosts("0.0.0.0", ["news.example.org"]) == ["news.example.org"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.timeout(600)
def test_api_serve_codes_uploads_in_a_worker_and_stops_on_sigterm(tmp_path, db):
    """`wirecoder serve` with a token file: an upload is coded (in the worker process), the command-line
    token warning is absent, and SIGTERM stops the server and its worker promptly."""
    path = tmp_path / "w.db"
    shutil.copy(db["path"], path)
    (tmp_path / "token").write_text("file-t0ken\n", encoding="utf-8")
    port = _free_port()
    cmd = [sys.executable, "-m", "wirecoder", "serve", "--db", str(path), "--port", str(port)]
    proc = subprocess.Popen(
        [*cmd, "--token-file", str(tmp_path / "token")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "WIRECODER_TOKEN": ""},
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{base}/index.json", timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.3)
        auth = {"Authorization": "Bearer file-t0ken"}
        text = "Troops shelled a rebel camp near the northern border on Monday, killing 6 fighters, the army said."
        r = httpx.post(f"{base}/articles", json={"text": text}, headers=auth, timeout=300)
        assert r.status_code == 201, r.text
        assert r.json()["events"] >= 1
        big = " ".join([text.replace(".", ",")] * 4000)  # long work: SIGTERM must not wait for it
        with httpx.Client(timeout=2) as c:
            try:
                c.post(f"{base}/articles", json={"text": big}, headers=auth)
            except httpx.TimeoutException:
                pass
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    err = proc.stderr.read().decode()
    assert code in (0, -signal.SIGTERM, 143), err
    assert "Traceback" not in err and "visible to other users" not in err, err


def test_api_serve_warns_about_a_token_on_the_command_line(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "wirecoder", "serve", "--db", str(tmp_path / "none.db"), "--token", "abc"],
        capture_output=True,
        timeout=120,
    )
    err = proc.stderr.decode()
    assert "visible to other users" in err and proc.returncode == 2 and "Traceback" not in err


def test_api_busy_database_pool_is_503_not_500(db):
    """More requests than database connections, each waiting past the pool's timeout: 503 with Retry-After."""
    from sqlalchemy import create_engine, event

    from wirecoder.store import Store, _sqlite_read_pragmas
    from wirecoder.web import create_app

    store = Store(db["path"], read_only=True)
    store.engine.dispose()
    store.engine = create_engine(store.engine.url, pool_size=1, max_overflow=0, pool_timeout=0.2)
    event.listen(store.engine, "connect", _sqlite_read_pragmas)
    held = store.engine.connect()  # the only connection, taken
    try:
        with live_server(create_app(store)) as url, httpx.Client(base_url=url, timeout=30) as client:
            r = client.get("/events.json")
            assert r.status_code == 503, r.text
            assert r.headers["retry-after"] == "5" and "busy" in r.json()["detail"]
            assert client.get("/events").status_code == 503
            held.close()
            assert client.get("/events.json").status_code == 200
    finally:
        held.close()
