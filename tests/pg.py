"""Test helpers: a real PostgreSQL for the store tests, and a small hand-made corpus of coded articles.

PostgreSQL comes from ``WIRECODER_TEST_PG`` (a ``postgresql://`` URL of a server where the user may
create databases) or, when unset, from a private cluster started here with Debian's binaries
(``/usr/lib/postgresql/*/bin/initdb`` and ``pg_ctl``) in a temporary directory, listening on a free
loopback port. PostgreSQL refuses to run as root, so as root the cluster runs as the ``postgres``
system user (``runuser -u postgres --``). Each test process gets a fresh database, dropped at exit
(with the private cluster); the tests skip with a message only when no PostgreSQL binaries exist.

The corpus (``make_corpus``) is written for these tests, not taken from any gold set: three invented
articles about two fictional-style dyads with known dates, types and Goldstein scores.
"""

from __future__ import annotations

import atexit
import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

from wirecoder.article import Actor, Article, Event, Mention, Participant, Quantity, Quote, stable_id
from wirecoder.store import Store

# -- PostgreSQL -----------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _pg_bindir() -> Path | None:
    dirs = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name))
    for d in reversed(dirs):
        if (Path(d) / "initdb").exists() and (Path(d) / "pg_ctl").exists():
            return Path(d)
    return None


@dataclass
class PrivateCluster:
    """A throwaway PostgreSQL cluster on 127.0.0.1, owned by the ``postgres`` user when run as root."""

    bindir: Path
    root: Path
    port: int
    user: str

    @classmethod
    def start(cls) -> PrivateCluster:
        bindir = _pg_bindir()
        if bindir is None:
            raise FileNotFoundError(
                "no PostgreSQL binaries under /usr/lib/postgresql/*/bin (apt-get install postgresql)"
            )
        root = Path(tempfile.mkdtemp(prefix="wirecoder-pg-"))
        user = pwd.getpwuid(os.getuid()).pw_name
        if os.getuid() == 0:
            user = "postgres"
            pw = pwd.getpwnam(user)
            os.chown(root, pw.pw_uid, pw.pw_gid)
        cluster = cls(bindir, root, _free_port(), user)
        data = root / "data"
        cluster._run("initdb", "-D", str(data), "-A", "trust", "-U", user, "-E", "UTF8", "--no-sync")
        options = f"-p {cluster.port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
        cluster._run("pg_ctl", "-D", str(data), "-l", str(root / "log"), "-o", options, "-w", "-t", "60", "start")
        return cluster

    def _run(self, tool: str, *args: str) -> None:
        cmd = [str(self.bindir / tool), *args]
        if os.getuid() == 0:
            cmd = ["runuser", "-u", self.user, "--", *cmd]
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=self.root)
        if proc.returncode != 0:
            raise RuntimeError(f"{tool} failed ({proc.returncode}): {proc.stderr.strip() or proc.stdout.strip()}")

    @property
    def url(self) -> str:
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.root / "data"), "-m", "fast", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


def _admin(url: str, sql: str) -> None:
    import psycopg

    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as conn:
        conn.execute(sql)


def _with_db(url: str, name: str) -> str:
    base, _, _ = url.rpartition("/")
    return f"{base}/{name}"


_SESSION: dict[str, str] = {}


def _stop_on_sigterm() -> None:
    """Turn SIGTERM (``timeout``, CI cancelling) into KeyboardInterrupt, so pytest ends the session
    cleanly and the atexit hook stops the private cluster instead of leaving it running."""
    if signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:

        def interrupt(_signum: int, _frame: object) -> None:
            raise KeyboardInterrupt("SIGTERM")

        signal.signal(signal.SIGTERM, interrupt)


def postgres_url() -> str:
    """The URL of a fresh PostgreSQL database for this test process, created once, dropped at exit."""
    if "url" in _SESSION:
        return _SESSION["url"]
    server = os.environ.get("WIRECODER_TEST_PG")
    cluster = None
    if not server:
        cluster = PrivateCluster.start()
        atexit.register(cluster.stop)
        _stop_on_sigterm()
        server = cluster.url
    name = f"wirecoder_test_{uuid.uuid4().hex[:10]}"
    _admin(server, f'CREATE DATABASE "{name}"')
    if cluster is None:  # a shared server: leave it as we found it
        atexit.register(_admin, server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    _SESSION["url"] = _with_db(server, name)
    return _SESSION["url"]


def have_postgres() -> bool:
    return bool(os.environ.get("WIRECODER_TEST_PG")) or _pg_bindir() is not None


def reset(store: Store) -> None:
    """Empty every table of a store (between tests sharing one PostgreSQL database)."""
    from sqlalchemy import delete

    from wirecoder.store import schema

    with store.engine.begin() as conn:
        for table in reversed(schema.metadata.sorted_tables):
            if table is not schema.meta:
                conn.execute(delete(table))
    store.engine.dispose()


# -- a hand-made corpus ---------------------------------------------------------------------------

CAMEO = {
    "112": ("11", "Accuse, not specified", -2.0, 3, "ACCUSE"),
    "138": ("13", "Threaten with military force", -7.0, 3, "THREATEN"),
    "036": ("03", "Express intent to meet or negotiate", 4.0, 1, "CONSULT"),
    "190": ("19", "Use conventional military force", -10.0, 4, "ASSAULT"),
    "042": ("04", "Make a visit", 1.9, 1, "CONSULT"),
}

ACTORS = {
    "ruritania-gov": Actor("kb:ruritania-gov", "Government of Ruritania", "RUR", "GOV", "RURGOV"),
    "ruritania-mil": Actor("kb:ruritania-mil", "Ruritanian army", "RUR", "MIL", "RURMIL"),
    "pak-gov": Actor("kb:pak-gov", "Government of Pakistan", "PAK", "GOV", "PAKGOV"),
    "afg-gov": Actor("kb:afg-gov", "Taliban government", "AFG", "GOV", "AFGGOV"),
    "ttp": Actor("kb:ttp", "Tehrik-i-Taliban Pakistan", "PAK", "INS", "PAKINS"),
}


def make_event(
    article_id: str,
    i: int,
    code: str,
    src: str | None,
    tgt: str | None,
    date: str | None,
    *,
    precision: str = "day",
    place: tuple[str, str] | None = None,
    fatalities: int | None = None,
    negated: bool = False,
    acled: tuple[str | None, str | None] = (None, None),
    sentence: str = "",
) -> Event:
    """One coded event with the given CAMEO code, sides (keys of ``ACTORS``), date and extras."""
    root, name, goldstein, quad, plover = CAMEO[code]

    def part(key: str | None) -> Participant | None:
        if key is None:
            return None
        a = ACTORS[key]
        return Participant(a.name or "", 0, 5, a.actor_id, a.name, a.country, a.sector, a.cameo)

    text = sentence or f"Sentence {i} of {article_id}."
    location = {"name": place[0], "country": place[1], "admin1": None, "lat": 1.5, "lon": 2.5} if place else None
    quantities = [Quantity("killed", fatalities, None, str(fatalities))] if fatalities else []
    return Event(
        id=stable_id(article_id, i),
        article_id=article_id,
        sentence_index=i,
        trigger={"text": "acted", "lemma": "act", "start": 0, "end": 5},
        date=date,
        date_precision=precision if date else None,
        source=part(src),
        target=part(tgt),
        cameo={"code": code, "root": root, "name": name, "goldstein": goldstein, "quad_class": quad},
        plover={"type": plover, "mode": None},
        acled={"event_type": acled[0], "sub_event_type": acled[1]},
        location=location,
        fatalities=fatalities,
        quantities=quantities,
        negated=negated,
        hypothetical=False,
        future=False,
        evidence={"sentence": text, "start": 10 * i, "end": 10 * i + len(text)},
        confidence=0.8,
    )


def make_article(article_id: str, published: str, events: list[Event], title: str = "") -> Article:
    text = " ".join(e.evidence["sentence"] for e in events) or "Nothing happened."
    art = Article(
        raw=text,
        source=f"{article_id}.txt",
        id=article_id,
        text=text,
        title=title or f"Story {article_id}",
        url=f"https://news.example/{article_id}",
        published=published,
        content_hash=stable_id(text, length=40),
    )
    seen: set[str] = set()
    for e in events:
        for p in (e.source, e.target):
            if p is not None and p.actor_id and p.actor_id not in seen:
                seen.add(p.actor_id)
                key = p.actor_id.split(":", 1)[1]
                art.mentions.append(Mention(p.text, 0, 5, e.sentence_index, "name", ACTORS[key], "kb", 0))
    art.events = events
    return art


def make_corpus() -> list[Article]:
    """Three articles: a quiet PAK-AFG baseline then a spike, and an unrelated Ruritania story."""
    a1 = make_article(
        "art-1",
        "2023-01-03",
        [
            make_event("art-1", 0, "036", "pak-gov", "afg-gov", "2023-01-02", place=("Islamabad", "PAK")),
            make_event("art-1", 1, "112", "pak-gov", "afg-gov", "2023-01-03"),
            make_event("art-1", 2, "042", "afg-gov", "pak-gov", "2023-01-10", place=("Kabul", "AFG")),
        ],
        title="Talks planned <b>between</b> neighbours",
    )
    a1.quotes = [
        Quote(
            stable_id("art-1", "q0"),
            1,
            a1.events[1].source,
            "They harbour militants on their soil",
            40,
            76,
            "said",
            "2023-01-03",
        )
    ]
    a2 = make_article(
        "art-2",
        "2023-02-20",
        [
            make_event(
                "art-2",
                0,
                "190",
                "pak-gov",
                "afg-gov",
                "2023-02-20",
                place=("Kunar", "AFG"),
                fatalities=4,
                acled=("Battles", "Armed clash"),
            ),
            make_event("art-2", 1, "138", "afg-gov", "pak-gov", "2023-02-21"),
            make_event(
                "art-2",
                2,
                "190",
                "ttp",
                "pak-gov",
                "2023-02-19",
                place=("Peshawar", "PAK"),
                fatalities=7,
                acled=("Battles", "Armed clash"),
            ),
            make_event("art-2", 3, "112", "afg-gov", "pak-gov", "2023-02-22", negated=True),
            make_event("art-2", 4, "112", "afg-gov", "pak-gov", "2023-02", precision="month"),
        ],
    )
    a2.quotes = [
        Quote(
            stable_id("art-2", "q0"),
            1,
            a2.events[1].source,
            "Any further strike will be answered",
            20,
            55,
            "warned",
            "2023-02-21",
        )
    ]
    a3 = make_article(
        "art-3",
        "2022-11-15",
        [
            make_event("art-3", 0, "112", "ruritania-gov", "ruritania-mil", "2022-11-14", place=("Strelsau", "RUR")),
            make_event("art-3", 1, "036", "ruritania-mil", None, None),
        ],
    )
    return [a1, a2, a3]


def store_target(store: Store) -> str:
    """What to pass to ``Store()`` to open the same database again (a path or a postgresql:// URL)."""
    url = store.url
    if url.startswith("postgresql+psycopg://"):
        return "postgresql://" + url[len("postgresql+psycopg://") :]
    return url.removeprefix("sqlite:///")
