"""Incident notes from the regions earlier batches covered least: a tally line after a sentence that already
counted the dead adds none; the note's own place shape ("in X town (Y)", "in X area of Y district (Z)") places
the event when the tagger misses the name; a clash that ends in a seizure is the seizure; state forces harming
people told protesting is excessive force; two sides agreeing together, one armed, is an agreement; chemicals dropped, people set ablaze, posts handed over, tools downed are acts.
Sentences composed for these tests."""

from __future__ import annotations

import pytest

from wirecoder.article import Article
from wirecoder.geo.gazetteer import load_gazetteer
from wirecoder.geo.note_places import note_place

pytestmark = pytest.mark.slow

PUBLISHED = "2024-10-31"


def _events(short, text):
    return short(Article(raw=text, source="test", published=PUBLISHED)).events


def _typed(events):
    return [e for e in events if (e.acled or {}).get("event_type") and not e.background]


def _sub(events):
    typed = _typed(events)
    return typed[0].acled["sub_event_type"] if typed else None


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("On 3 October 2024, gunmen raided a farm near Kaduna (Kaduna). 4 farm workers were killed. 4 fatalities.", 4),
        ("On 3 October 2024, rebels ambushed an army convoy near Beni (North Kivu). 2 soldiers died. 5 fatalities.", 5),
        ("On 3 October 2024, soldiers clashed with bandits near Gusau (Zamfara). 7 fatalities.", 7),
    ],
)
def test_a_tally_line_restates_the_dead_already_counted(short, text, dead):
    assert sum(e.fatalities or 0 for e in _typed(_events(short, text))) == dead


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Soldiers beat two traders at a market in Garissa town (Garissa) on Monday.", "Garissa", "KEN"),
        ("A blast hit a checkpoint in Wadi Hawran area of Rutba district (Anbar).", "Ar Rutbah", "IRQ"),
        ("Gunmen abducted a priest on the road between Zacapu and Uruapan (Michoacan).", "Uruapan", "MEX"),
        ("Troops shelled positions near Gavar (Gegharkunik).", "Gavar", "ARM"),
        # "Nord" is a province of three countries: the one the town is in
        ("Gunmen killed two herders near Titao (Loroum, Nord).", "Titao", "BFA"),
        ("Police beat a vendor in Hoima town (Hoima, Western).", "Hoima", "UGA"),  # "Western": many countries
    ],
)
def test_the_notes_own_place_shape(gazetteer, text, name, country):
    found = note_place(text, gazetteer)
    assert found is not None
    assert (found[0].name, found[0].country) == (name, country)


@pytest.mark.parametrize(
    "text",
    [
        "Members of the Turi Tribal Militia (Pakistan) fired at a bus.",  # an actor's country in brackets
        "A reporter in Kabul (AP) said the roads were closed.",  # an outlet
        "Police arrested two men in Nairobi on Sunday.",  # no bracket at all
        "A rocket fell near Metula (North) on Friday.",  # a bracket that names no area the gazetteer knows
    ],
)
def test_no_note_place_without_the_shape(gazetteer, text):
    assert note_place(text, gazetteer) is None


def test_a_town_unknown_to_the_gazetteer_is_placed_in_the_province_written_last(gazetteer):
    found = note_place("Troops recaptured Nanzaung-Ywa village (Hpakant, Kachin) from the KIA.", gazetteer)
    assert found is not None
    assert (found[0].country, found[0].precision) == ("MMR", "province")


def test_a_missed_town_name_is_placed_by_the_note_not_the_actor(short):
    text = (
        "On 5 October 2024, officers of the Police Forces of Kenya (2022-) reportedly beat a detained hawker at the "
        "main police station in Garissa town (Garissa)."
    )
    loc = _typed(_events(short, text))[0].location
    assert loc["country"] == "KEN" and loc["precision"] != "country"


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "On 9 October 2024, ISWAP fighters attacked an army base in Marte (Borno) and took control of the town "
            "after hours of fighting. 9 fatalities.",
            "Non-state actor overtakes territory",
        ),
        ("On 9 October 2024, ISWAP fighters attacked an army base in Marte (Borno). 9 fatalities.", "Armed clash"),
        (
            "Riot police in Conakry shot dead two young men as they fired on crowds protesting the postponement of the "
            "vote.",
            "Excessive force against protesters",
        ),
        ("Soldiers shot dead two herders near a village in Mopti region on Sunday.", "Attack"),
        ("On 9 October 2024, government aircraft dropped sarin on a village near Idlib (Idlib).", "Chemical weapon"),
        ("On 9 October 2024, a crowd set ablaze a suspected thief in Onitsha (Anambra). 1 fatality.", "Mob violence"),
        (
            "On 9 October 2024, the army handed over its outpost near Hpakant (Kachin) to the KIA and withdrew.",
            "Non-violent transfer of territory",
        ),
        (
            "On 9 October 2024, the army and the rebels agreed on a swap of detainees in Malakal (Upper Nile).",
            "Agreement",
        ),
    ],
)
def test_acled_sub_types_of_the_whole_sentence(short, text, sub):
    assert _sub(_events(short, text)) == sub


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Teachers in Kisumu downed tools on Tuesday over unpaid allowances.", "Peaceful protest"),
        ("Residents of a village near Tamale beat and killed a man they accused of theft.", "Mob violence"),
        ("A man strapped with explosives blew himself up at a checkpoint in Kunduz, killing four.", "Suicide bomb"),
        ("Militants blew up a bridge near Bannu on Monday.", "Remote explosive/landmine/IED"),
        (
            "TNLA fighters captured the township of Mogok after weeks of fighting.",
            "Non-state actor overtakes territory",
        ),
        ("Police captured three robbery suspects in Abuja on Sunday.", "Arrests"),
        ("Armed men seized two engineers from a construction site near Zinder.", "Abduction/forced disappearance"),
        (
            "Soldiers broke up a strike by miners in Kolwezi and detained four union leaders.",
            "Protest with intervention",
        ),
    ],
)
def test_news_snippet_forms(short, text, sub):
    assert _sub(_events(short, text)) == sub


def test_one_side_agreeing_to_talks_is_no_agreement(short):
    assert not _typed(_events(short, "The army agreed to hold talks with the rebels next week."))


def test_goods_seized_are_no_abduction(short):
    assert not _typed(_events(short, "Customs officers seized 300 kilograms of hashish at the port of Tangier."))


def test_a_suspect_handed_over_stays_judicial(short):
    events = _events(short, "Police handed over the suspect to prosecutors on Tuesday.")
    assert not _typed(events)
