"""Helpers for the API and browser tests: a real uvicorn server on a free loopback port, and a
database coded from the bundled example articles (plus one hostile article for the escaping tests).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import uvicorn

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "src" / "wirecoder" / "examples"
SHARED_SEED = ROOT.parent / "shared" / "examples" / "seed-article.txt"  # read in place when present

# Markup that must show as text and never run, wherever the dashboard shows untrusted strings.
SCRIPT_PAYLOAD = "<script>window.__pwned = 'script'</script>"
IMG_PAYLOAD = "<img src=x onerror=\"window.__pwned = 'img'\">"
HOSTILE_ID = "hostile0000000001"
HOSTILE_EVENT_ID = "hostileevent0001"


@contextmanager
def live_server(app: Any) -> Iterator[str]:
    """Run ``app`` with uvicorn in a thread on 127.0.0.1 (a free port); yield its base URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, log_level="warning", lifespan="on", access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


def hostile_article() -> Any:
    """A hand-made coded article whose every shown string carries markup (title, text, actors, quote)."""
    from wirecoder.article import Article, Event, Participant, Quote, Sentence

    first = f"Border officials said {SCRIPT_PAYLOAD} was found in a message."
    second = f"Pakistan accused Afghanistan of shelling the {IMG_PAYLOAD} checkpoint near Torkham."
    third = f'"Stop it {IMG_PAYLOAD} now," the spokesman said.'
    text = "\n\n".join([first, second, third])
    s2 = text.index(second)
    s3 = text.index(third)
    source = Participant("Pakistan", s2, s2 + 8, "PAK", f"Pakistan {SCRIPT_PAYLOAD}", "PAK", "GOV", "PAKGOV")
    target = Participant("Afghanistan", s2 + 18, s2 + 29, "AFG", f"Afghanistan {IMG_PAYLOAD}", "AFG", "GOV", "AFGGOV")
    event = Event(
        id=HOSTILE_EVENT_ID,
        article_id=HOSTILE_ID,
        sentence_index=1,
        trigger={"text": "accused", "lemma": "accuse", "start": s2 + 9, "end": s2 + 16},
        date="2023-02-14",
        date_precision="day",
        source=source,
        target=target,
        cameo={"code": "112", "root": "11", "name": "Accuse of crime, corruption", "goldstein": -2.0, "quad_class": 3},
        plover={"type": "ACCUSE", "mode": None},
        acled={"event_type": None, "sub_event_type": None},
        location={"name": f"Torkham {IMG_PAYLOAD}", "country": "PAK", "admin1": None, "lat": 34.13, "lon": 71.09},
        fatalities=None,
        quantities=[],
        negated=False,
        hypothetical=False,
        future=False,
        evidence={"sentence": second, "start": s2, "end": s2 + len(second)},
        confidence=0.5,
    )
    quote = Quote(
        id="hostilequote0001",
        sentence_index=2,
        speaker=Participant("the spokesman", None, None, None, f"Spokesman {SCRIPT_PAYLOAD}", "AFG", "GOV", "AFGGOV"),
        text=f"Stop it {IMG_PAYLOAD} now",
        start=s3 + 1,
        end=s3 + 1 + len(f"Stop it {IMG_PAYLOAD} now"),
        verb="said",
        date="2023-02-14",
    )
    return Article(
        raw=text,
        source="hostile-test",
        id=HOSTILE_ID,
        url="javascript:window.__pwned='url'",
        title=f"Hostile {SCRIPT_PAYLOAD} title",
        published="2023-02-14",
        published_from="input",
        language="en",
        text=text,
        content_hash="0" * 64,
        sentences=[Sentence(i, text.index(s), text.index(s) + len(s), s) for i, s in enumerate([first, second, third])],
        events=[event],
        quotes=[quote],
    )


def build_demo_db(path: Path, pipeline: Any) -> dict[str, Any]:
    """Code every bundled example through ``pipeline`` into a SQLite file at ``path``; add the hostile
    article. Returns ``{"path", "articles": {source_name: article_id}, "coded": [Article, ...]}``."""
    from wirecoder.article import Article
    from wirecoder.store import Store

    store = Store(path)
    stored: dict[str, str] = {}
    coded = []
    for example in [p for p in [SHARED_SEED] if p.exists()] + sorted(EXAMPLES.glob("*.txt")):
        article = pipeline(Article(raw=example.read_bytes(), source=f"examples/{example.name}"))
        coded.append(article)
        stored[example.name] = article.id
    coded.append(hostile_article())
    for article in coded:
        store.save(article)
    store.close()
    return {"path": path, "articles": stored, "coded": coded}


_DEMO: dict[str, Any] = {}


def demo_db(tmp_path_factory: Any, pipeline: Any) -> dict[str, Any]:
    """The demo database, built once per test session and shared by the API and browser tests."""
    if "db" not in _DEMO:
        _DEMO["db"] = build_demo_db(tmp_path_factory.mktemp("web") / "demo.db", pipeline)
    return _DEMO["db"]


@contextmanager
def demo_dashboard(tmp_path_factory: Any, pipeline: Any) -> Iterator[str]:
    """The dashboard of the demo database on a live loopback server: its base URL."""
    from wirecoder.web import create_app

    db = demo_db(tmp_path_factory, pipeline)
    with live_server(create_app(db["path"])) as url:
        yield url
