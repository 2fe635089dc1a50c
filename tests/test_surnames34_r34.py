"""Round-34 surnames lane: a current office holder named by surname alone.

spaCy leaves many leaders' surnames untagged ("Modi met ...", "Starmer" even parsed as a noun) or tags them ORG
("Lavrov warned ..."); the pass ``actors.office_surnames.v1`` gives such a lone subject or object the curated KB's
one current office holder of that surname. A modifier ("the Modi government", "a Starmer aide"), a word inside a
longer name ("Starmer Holdings"), a word after a placing preposition ("residents of Modi"), a lower-case word and
a former office holder keep their own reading.

Every sentence is composed for these tests; tests/data/cameo_sentences_surnames_r34*.yaml hold composed batches,
scored by `python scripts/score_cameo_sentences.py FILE`.
"""

from __future__ import annotations

import pytest

from composed import coder_on
from wirecoder.article import Article

events = coder_on("2026-12-01")


def actor_of(short, text: str, word: str):
    """The actor of the mention whose text is ``word`` (None when no mention or no actor)."""
    art = short(Article(raw=text, source="test", published="2026-12-01"))
    found = [m for m in art.mentions if m.text == word]
    return found[0].actor if found else None


@pytest.mark.parametrize(
    "text, word, actor_id",
    [
        ("Starmer will fly to Ottawa on Thursday for talks on Arctic security.", "Starmer", "keir-starmer"),
        ("Lavrov told reporters in Minsk that Moscow saw no basis for new talks.", "Lavrov", "sergey-lavrov"),
        ("Modi inaugurated a new port built with Emirati money.", "Modi", "narendra-modi"),
        ("The Somali president held talks with Ruto on the Jubaland dispute.", "Ruto", "william-ruto"),
        ("Lammy and the Irish foreign minister discussed trade after Brexit.", "Lammy", "david-lammy"),
    ],
)
def test_lone_surname_is_the_office_holder(short, text: str, word: str, actor_id: str) -> None:
    actor = actor_of(short, text, word)
    assert actor is not None and actor.actor_id == actor_id, (text, actor)


@pytest.mark.parametrize(
    "text, src",
    [
        ("Starmer urged Israel to let more aid trucks into Gaza.", "GBR"),
        ("Lavrov accused Finland of turning its border into a military zone.", "RUS"),
        ("Modi congratulated Sri Lanka's new president by telephone.", "IND"),
    ],
)
def test_event_source_is_the_leader_country(short, text: str, src: str) -> None:
    evs = [e for e in events(short, text) if not e.background]
    assert evs and evs[0].source is not None and evs[0].source.country == src, (text, evs)


@pytest.mark.parametrize(
    "text, word",
    [
        ("The Modi government raised the minimum support price for wheat.", "Modi"),
        ("A Starmer adviser quit after a row over lobbying.", "Starmer"),
        ("Starmer Holdings reported a fall in annual profits.", "Starmer Holdings"),
        ("Residents of Modi said the road had been closed for a week.", "Modi"),
        ("Police said a trader known as ruto had been arrested at the market.", "ruto"),
    ],
)
def test_modifiers_places_firms_and_lower_case_stay_unresolved(short, text: str, word: str) -> None:
    actor = actor_of(short, text, word)
    assert actor is None or actor.actor_id not in ("narendra-modi", "keir-starmer", "william-ruto"), (text, actor)


def test_former_office_holder_is_not_resolved_by_surname(short) -> None:
    """Sunak no longer holds an office in 2026: a bare "Sunak" gets no person from the KB by this pass."""
    actor = actor_of(short, "Sunak warned that Britain faced a difficult winter.", "Sunak")
    assert actor is None or actor.country_basis is not None or actor.sector != "GOV", actor
