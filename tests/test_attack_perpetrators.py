"""Perpetrators and tolls of dated attack summaries: bare blame and suspicion, claims "for the incident",
groups the actor base lacks or names itself, "X said it was responsible", claims told after the police shot
the attackers, the toll told in the next sentence, and guesses, onlookers, denials and mere mentions that
name no one. Every sentence was written for these tests (places and groups vary; none is from a dataset)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from composed import coder_on
from wirecoder.article import Event
from wirecoder.coding.main_event import is_violent, main_event

_events = coder_on("2025-03-04", source="t")


def _violent(events: list[Event]) -> list[Event]:
    return [e for e in events if is_violent(e) or e.cameo["root"] == "17"]  # "torched a clinic": 17x


def _says(e: Event | None) -> str:
    """Who the event names as its doer; an unnamed doer ("Unidentified Armed Group (Pakistan)", text "") is no one."""
    if e is None or e.source is None or not (e.source.text or e.source.name):
        return ""
    return f"{e.source.text} / {e.source.name}"


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("A blast ripped through a bus in Jammu, killing four passengers. Lashkar-e-Taiba was suspected.", "Lashkar"),
        ("Gunmen torched a clinic near Beni, killing two nurses. Army officials blamed the ADF.", "ADF"),
        (
            "A parcel bomb killed a postal worker in Patras, Greece. "
            "The Nihilist Fire Front claimed responsibility for the incident.",
            "Nihilist Fire Front",
        ),
        (
            "A device went off outside a tax office in Lecce, Italy, killing a night watchman. "
            "A group calling itself Black Iris Brigade claimed the bombing.",
            "Black Iris Brigade",
        ),
        (
            "A truck bomb hit an army post near Kirkuk, killing eight soldiers. The Tawhid Brigade said it was "
            "responsible.",
            "Tawhid",
        ),
        (
            "Fighters of the Arakan Army attacked a police outpost in Maungdaw. Nine policemen were killed.",
            "Arakan Army",
        ),
        ("Militants of Ansar Dine staged an ambush that killed six soldiers near Douentza.", "Ansar Dine"),
    ],
)
def test_the_main_attack_has_the_named_perpetrator_as_source(short, text, group):
    main = main_event(_violent(_events(short, text)))
    assert group.lower() in _says(main).lower(), main


def test_a_group_the_actor_base_lacks_takes_the_country_of_the_attack(short):
    text = (
        "A parcel bomb killed a postal worker in Patras, Greece. "
        "The Nihilist Fire Front claimed responsibility for the incident."
    )
    main = main_event(_violent(_events(short, text)))
    assert main is not None and main.source is not None and main.source.country == "GRC", main


def test_a_claim_after_the_police_shot_the_attackers_is_about_the_attack(short):
    text = (
        "Three gunmen attacked a bank in Kandahar, killing four guards. Police shot the three attackers dead. "
        "The Haqqani Network later claimed the attack."
    )
    events = _violent(_events(short, text))
    attack = next(e for e in events if e.sentence_index == 0)
    police = next(e for e in events if e.sentence_index == 1)
    assert "Haqqani" in _says(attack) and police.source is not None and police.source.sector == "COP", events


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "A bomb killed five people at a market in Quetta. A security analyst speculated that "
            "Lashkar-e-Jhangvi might have been behind the blast.",
            "Jhangvi",
        ),
        (
            "A bomb killed five people at a market in Quetta. Experts said the Islamic State could be responsible.",
            "Islamic",
        ),
        (
            "A bomb killed five people at a market in Turbat. The Baloch Liberation Front said it had nothing to do "
            "with the blast.",
            "Baloch",
        ),
        (
            "Gunmen killed three herders near Baidoa. The village had been held by al-Shabaab until last year.",
            "Shabaab",
        ),
        ("A grenade hit a bar in Goma, killing two customers. A local newspaper blamed the M23.", "M23"),
    ],
)
def test_a_guess_an_onlooker_a_denial_or_a_mention_names_no_perpetrator(short, text, group):
    events = _violent(_events(short, text))
    assert events and all(group.lower() not in _says(e).lower() for e in events), [_says(e) for e in events]


def test_a_belief_about_the_attackers_is_no_act_and_keeps_their_killing(short):
    events = _events(short, "Bandits believed to be loyal to a local warlord killed 11 villagers in Zamfara.")
    assert [(e.cameo["root"], e.fatalities) for e in events] == [("19", 11)], events
    events = _events(short, "Police suspected the bandits of stealing cattle in Kebbi.")
    assert [e.cameo["root"] for e in events] == ["11"], events  # an accusation, as before


def test_the_main_attack_takes_the_toll_told_next_to_it_not_a_far_one(short):
    events = _violent(_events(short, "Rebels stormed a police post in Kidal. Seven officers were killed."))
    main = main_event(events)
    assert main is not None and main.fatalities == 7, events
    first = next(e for e in events if e.sentence_index == 0)
    far = replace(next(e for e in events if e.fatalities), sentence_index=4, confidence=first.confidence)
    assert main_event([first, far]) is first  # another incident four sentences on keeps its own toll
    weak = replace(far, sentence_index=1, confidence=first.confidence - 0.3, pattern="kill")
    assert main_event([first, weak]) is first  # a much less sure telling of its own does not win
    retold = replace(weak, pattern="kill+aftermath")
    assert main_event([first, retold]) is retold  # ... but a retelling of the attack's toll does


def test_a_group_the_actor_base_lacks_is_of_the_place_told_before_its_claim(short):
    text = (
        "A firebomb was hurled into a bank branch in Valparaiso, Chile. A cashier was killed. "
        "The Southern Insurgent Cells claimed responsibility for the incident."
    )
    events = [e for e in _violent(_events(short, text)) if e.fatalities]
    assert events and all("Southern Insurgent Cells" in _says(e) for e in events), events
    assert all(e.source is not None and e.source.country == "CHL" for e in events), events


def test_what_befell_the_attackers_is_not_the_main_event(short):
    text = (
        "Two gunmen stormed a hotel lobby in Bamako, killing six guests. "
        "Soldiers shot both gunmen dead an hour later. The Macina Liberation Front claimed the raid."
    )
    main = main_event(_violent(_events(short, text)))
    assert main is not None and main.sentence_index == 0 and main.fatalities == 6, main
    text = "The suicide bomber and 14 others were killed in Herat. The Islamic State claimed the bombing."
    main = main_event(_violent(_events(short, text)))
    assert main is not None and main.fatalities == 15, main  # the bomber and his victims: the attack itself
    text = "Soldiers killed five militants in a raid on a hideout near Wana."
    main = main_event(_violent(_events(short, text)))
    assert main is not None and main.fatalities == 5, main  # an operation of its own, no attack beside it


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "A roadside bomb killed three soldiers near Panjgur, Pakistan. Responsibility was claimed by "
            "Lashkar-e-Jhangvi.",
            "Jhangvi",
        ),
        (
            "Rockets hit a fuel depot in Marib, Yemen, killing four workers. Officials suspected the involvement "
            "of the Houthis.",
            "Houthi",
        ),
        (
            "Gunmen killed two guards at a mine in Kidal, Mali. Police said the assailants were members of Ansar Dine.",
            "Ansar Dine",
        ),
        (
            "Attackers set fire to a school in Beni and killed its headmaster. The attackers belonged to the "
            "Allied Democratic Forces, the army said.",
            "Allied Democratic Forces",
        ),
        (
            "Gunmen shot dead a tax collector in Butuan, Philippines. The perpetrators were identified as members "
            "of the New People's Army.",
            "New People's Army",
        ),
        (
            "A mine killed four policemen in Bijapur, India. No group claimed responsibility; however, the authorities "
            "suspected Maoist rebels.",
            "Maoist",
        ),
    ],
)
def test_who_the_attackers_were_told_after_the_attack(short, text, group):
    main = main_event(_violent(_events(short, text)))
    assert group.lower() in _says(main).lower(), main


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Gunmen killed two guards at a mine in Kidal. The victims were members of Ansar Dine.", "Ansar Dine"),
        (
            "Gunmen killed two guards at a mine in Kidal. Witnesses said the attackers fled towards Ansar Dine's camp.",
            "Ansar Dine",
        ),
        ("Gunmen killed two guards at a mine in Kidal. The attackers were members of a local gang.", "gang"),
    ],
)
def test_victims_places_and_unnamed_gangs_name_no_perpetrator(short, text, group):
    events = _violent(_events(short, text))
    assert events and all(group.lower() not in _says(e).lower() for e in events), [_says(e) for e in events]


@pytest.mark.parametrize(
    ("text", "group", "not_group"),
    [
        (
            "A grenade exploded in a tea house in Gao, Mali, killing two men. The police blamed a little-known "
            "group, the Niger Bend Patriots, for the attack.",
            "Niger Bend Patriots",
            None,
        ),
        (
            "Gunmen killed three customs officers near Kasserine, Tunisia. The Okba ibn Nafaa Brigade, a branch of "
            "al-Qaida in the Islamic Maghreb, claimed the ambush.",
            "Okba ibn Nafaa Brigade",
            "Qaida",
        ),
    ],
)
def test_a_group_named_beside_a_generic_noun_or_its_parent_is_itself_the_source(short, text, group, not_group):
    main = main_event(_violent(_events(short, text)))
    said = _says(main)
    assert group.lower() in said.lower() and (not_group is None or not_group.lower() not in said.lower()), said


def test_a_count_told_by_ellipsis_after_a_first_one(short):
    text = "Two bombs hit Jolo, Philippines. Six people were killed in the first blast and three in the second."
    assert sum(e.fatalities or 0 for e in _violent(_events(short, text))) == 9
    text = "Gunmen raided two hamlets near Bunia, killing 12 villagers in the first and five in the second."
    assert sum(e.fatalities or 0 for e in _violent(_events(short, text))) == 17
    text = "Rebels shelled two towns near Goma, wounding eight people in the first and 20 in the second."
    assert sum(e.fatalities or 0 for e in _violent(_events(short, text))) == 0  # the wounded stay wounded
    text = "A bomb killed four people in Jolo. The mayor served two terms in the first decade and four in the second."
    assert sum(e.fatalities or 0 for e in _violent(_events(short, text))) == 4  # no count of the dead before it


def test_both_of_the_people_killed_are_two(short):
    text = "Two gunmen shot dead a cashier at a bank in Kisumu before police killed both attackers."
    # both attackers are two, counted with the attack's dead (round 21): three in all
    assert sorted(e.fatalities or 0 for e in _violent(_events(short, text)) if e.fatalities) == [3]
    assert not any(e.fatalities for e in _events(short, "Both sides lost ground in the talks in Geneva."))


@pytest.mark.parametrize(
    "text",
    [
        "A bomb killed four people at a rally in Multan, Pakistan. Officials blamed India.",
        "A bomb killed four people at a rally in Multan, Pakistan. The opposition blamed the government.",
        "The minister toured Rafah on Monday. Hamas was suspected.",
        "Traders shut their shops in Sibi. Police said the attackers were members of Lashkar-e-Jhangvi.",
    ],
)
def test_bare_blame_of_a_state_or_with_no_attack_names_no_perpetrator(short, text):
    events = _violent(_events(short, text))
    assert all(not _says(e) for e in events), [_says(e) for e in events]
