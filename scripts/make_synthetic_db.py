#!/usr/bin/env python3
"""Write a synthetic wirecoder database for benchmarks: N events over invented articles.

    .venv/bin/python scripts/make_synthetic_db.py --db bench.db --events 100000
    .venv/bin/python scripts/make_synthetic_db.py --db postgresql://user@127.0.0.1:5432/bench --events 100000

Rows are random but well-formed (real CAMEO codes with their PLOVER and ACLED codings from the
packaged ontology, real country codes, dates over three years, a PAK-AFG dyad that is busier than
the rest) so filters, series and alerts have something to find. The text is filler, not news.
Same ``--seed``, same database.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date, timedelta

from wirecoder.article import Actor, Article, Event, Mention, Participant, Quantity, Quote, stable_id
from wirecoder.coding.ontology import load_ontology
from wirecoder.store import Store, _article_row, _event_row, _quote_row, schema

COUNTRIES = [
    "PAK",
    "AFG",
    "IND",
    "IRN",
    "CHN",
    "USA",
    "RUS",
    "UKR",
    "SYR",
    "IRQ",
    "TUR",
    "ISR",
    "NGA",
    "MLI",
    "SDN",
    "YEM",
]
SECTORS = ["GOV", "MIL", "COP", "REB", "CVL", "OPP", "IGO"]
PLACES = {
    "PAK": ["Peshawar", "Quetta", "Islamabad"],
    "AFG": ["Kabul", "Kunar", "Kandahar"],
    "IND": ["Delhi", "Srinagar"],
}
WORDS = "officials said the forces reported an incident near the border after talks between the two sides".split()
EVENTS_PER_ARTICLE = 8


def _actor(rng: random.Random, country: str) -> Actor:
    sector = rng.choice(SECTORS)
    return Actor(
        f"syn:{country.lower()}-{sector.lower()}", f"{country} {sector.lower()}", country, sector, country + sector
    )


def _article(rng: random.Random, n: int, codes: list[str], ontology, start: date, days: int) -> Article:
    aid = stable_id("synthetic", n)
    published = start + timedelta(days=rng.randrange(days))
    sentences, events, mentions = [], [], []
    offset = 0
    for i in range(EVENTS_PER_ARTICLE):
        if rng.random() < 0.3:
            a, b = rng.sample(["PAK", "AFG"], 2)
        else:
            a, b = rng.choice(COUNTRIES), rng.choice(COUNTRIES)
        src, tgt = _actor(rng, a), _actor(rng, b)
        code = rng.choice(codes)
        coding = ontology.classify(code, source_sector=src.sector, target_sector=tgt.sector)
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 20))).capitalize() + "."
        when = published - timedelta(days=rng.randrange(3))
        precise = rng.random() < 0.9
        place = None
        if rng.random() < 0.6:
            country = rng.choice([a, b])
            place = {
                "name": rng.choice(PLACES.get(country, [country.title() + " city"])),
                "country": country,
                "admin1": None,
                "lat": round(rng.uniform(-40, 60), 4),
                "lon": round(rng.uniform(-120, 140), 4),
            }
        killed = rng.randint(1, 30) if coding["cameo"]["quad_class"] == 4 and rng.random() < 0.4 else None
        m_src = Mention(src.name or "", offset, offset + 5, i, "name", src, "kb", 0)
        m_tgt = Mention(tgt.name or "", offset + 6, offset + 11, i, "name", tgt, "kb", 0)
        mentions += [m_src, m_tgt]
        events.append(
            Event(
                id=stable_id(aid, i, code),
                article_id=aid,
                sentence_index=i,
                trigger={"text": "acted", "lemma": "act", "start": offset, "end": offset + 5},
                date=when.isoformat() if precise else when.isoformat()[:7],
                date_precision="day" if precise else "month",
                source=Participant.from_mention(m_src),
                target=Participant.from_mention(m_tgt),
                cameo=coding["cameo"],
                plover=coding["plover"],
                acled=coding["acled"],
                location=place,
                fatalities=killed,
                quantities=[Quantity("killed", killed, None, str(killed))] if killed else [],
                negated=rng.random() < 0.03,
                hypothetical=rng.random() < 0.03,
                future=rng.random() < 0.05,
                evidence={"sentence": text, "start": offset, "end": offset + len(text)},
                confidence=round(rng.uniform(0.4, 0.95), 2),
            )
        )
        sentences.append(text)
        offset += len(text) + 1
    body = " ".join(sentences)
    art = Article(
        raw=body,
        source=f"synthetic/{n}.txt",
        id=aid,
        url=f"https://synthetic.example/{n}",
        title=f"Synthetic story {n}",
        published=published.isoformat(),
        published_from="input",
        language="en",
        text=body,
        content_hash=stable_id(body, length=40),
    )
    art.mentions, art.events = mentions, events
    art.quotes = [
        Quote(
            stable_id(aid, "q"), 0, events[0].source, sentences[0], 0, len(sentences[0]), "said", published.isoformat()
        )
    ]
    return art


def _bulk_insert(store: Store, batch: list[Article], seen_actors: set[str]) -> None:
    """Insert a batch of new articles with one multi-row INSERT per table (fresh databases only)."""
    from dataclasses import asdict

    from sqlalchemy import insert

    actors = []
    for art in batch:
        for m in art.mentions:
            if m.actor and m.actor.actor_id and m.actor.actor_id not in seen_actors:
                seen_actors.add(m.actor.actor_id)
                actors.append(asdict(m.actor))
    mentions = [
        {
            "article_id": art.id,
            "idx": i,
            "text": m.text,
            "start": m.start,
            "end": m.end,
            "sentence_index": m.sentence_index,
            "kind": m.kind,
            "actor_id": m.actor.actor_id if m.actor else None,
            "via": m.via,
        }
        for art in batch
        for i, m in enumerate(art.mentions)
    ]
    with store.engine.begin() as conn:
        conn.execute(insert(schema.articles), [_article_row(a, None) for a in batch])
        if actors:
            conn.execute(insert(schema.actors), actors)
        conn.execute(insert(schema.mentions), mentions)
        conn.execute(insert(schema.events), [_event_row(asdict(e)) for a in batch for e in a.events])
        conn.execute(insert(schema.quotes), [_quote_row(a.id or "", q) for a in batch for q in a.quotes])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="SQLite path or postgresql:// URL")
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--start", default="2021-01-01", help="first publication date")
    parser.add_argument("--days", type=int, default=3 * 365)
    args = parser.parse_args(argv)

    rng = random.Random(args.seed)
    ontology = load_ontology()
    codes = [c for c in ontology.cameo if len(c) == 3]
    store = Store(args.db)
    started = time.perf_counter()
    n_articles = -(-args.events // EVENTS_PER_ARTICLE)
    # an empty database takes plain bulk inserts; otherwise Store.save_many replaces article by article
    save = _bulk_insert if store.counts()["articles"] == 0 else (lambda st, b, _seen: st.save_many(b))
    seen: set[str] = set()
    batch: list[Article] = []
    for n in range(n_articles):
        batch.append(_article(rng, n, codes, ontology, date.fromisoformat(args.start), args.days))
        if len(batch) == 500 or n == n_articles - 1:
            save(store, batch, seen)
            batch = []
    store.analyze()
    counts = store.counts()
    print(
        f"{args.db}: {counts['articles']} articles, {counts['events']} events in {time.perf_counter() - started:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
