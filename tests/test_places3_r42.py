"""Places in incident reports (round 42, places3): a settlement "of" a named unit lies in that unit, also through a
possessive region chain ("torched a hamlet of the Segou region's Niono circle"); a real town beats a seat town
standing for its unit ("a camp of the Gao region's Ansongo circle near Tessit"); a settlement noun after a name
marks it a place when an attack verb struck it ("captured Mueda town"). A person's name stays a person, and a
non-settlement noun ("a chief of ... circle") places nothing. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from composed import coder_on, km_from, main_place

events = coder_on("2026-12-05")


@pytest.fixture(scope="module")
def nlp(short: Any) -> Any:
    from wirecoder.evaluation.run import eval_settings
    from wirecoder.nlp import load_spacy

    return load_spacy(eval_settings().spacy_model)


@pytest.mark.parametrize(
    ("text", "country", "lat", "lon"),
    [
        ("Jihadists torched a hamlet of the Segou region's Niono circle, residents said.", "MLI", 14.25, -5.99),
        (
            "Soldiers executed nine herders in a settlement of the Timbuktu region's Goundam circle.",
            "MLI",
            16.41,
            -3.67,
        ),
        ("Gunmen looted a village of the Mopti region's Tenenkou circle on Friday.", "MLI", 14.46, -4.92),
        (
            "Militants attacked a camp of the Gao region's Ansongo circle near Tessit, killing four.",
            "MLI",
            15.22,
            -0.30,
        ),
        ("Insurgents captured Mueda town after a two-day battle, a local source said.", "MOZ", -11.66, 39.55),
        ("Rebels overran Ndele town on Sunday and freed prisoners, residents said.", "CAF", 8.41, 20.65),
        ("Jihadists stormed Tessit town at dawn and burned the market.", "MLI", 15.22, -0.30),
    ],
)
def test_town_within_named_unit(short: Any, text: str, country: str, lat: float, lon: float) -> None:
    loc = main_place(short, text)
    assert loc.get("country") == country, (text, loc)
    assert loc.get("precision") == "place", (text, loc)
    assert km_from(loc, lat, lon) <= 50, (text, loc)


@pytest.mark.parametrize(
    ("text", "country", "lat", "lon"),
    [
        # a person's name before "town official" is no town; the event stays in the city written after it
        (
            "Police detained Ibrahim Bama, a town official, in Maiduguri on Friday, a spokesman said.",
            "NGA",
            11.85,
            13.16,
        ),
        ("Soldiers arrested Musa Goundam in Sevare over the killing of a trader.", "MLI", 14.53, -4.10),
    ],
)
def test_people_stay_people(short: Any, text: str, country: str, lat: float, lon: float) -> None:
    loc = main_place(short, text)
    assert loc.get("country") == country, (text, loc)
    assert km_from(loc, lat, lon) <= 50, (text, loc)


def test_non_settlement_noun_places_nothing(nlp: Any) -> None:
    from wirecoder.geo.tied_objects import settlement_of_unit

    def check(text: str, noun: str) -> bool:
        doc = nlp(text)
        head = next(t for t in doc if t.text == noun)
        prep = next(c for c in head.children if c.dep_ == "prep")
        obj = next(c for c in prep.children if c.dep_ == "pobj")
        return settlement_of_unit(head, prep, obj)

    assert check("Gunmen burned a village of the Mopti region's Bankass circle.", "village")
    assert not check("Gunmen killed a chief of the Mopti region's Bankass circle.", "chief")
    assert not check("Gunmen burned a village of the region.", "village")  # no name of its own: nothing
