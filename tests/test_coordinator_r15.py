"""Round 15, the coordinator's probes of wire sentences: a speaker's act after what the speaker said.

Every sentence is composed for these tests.
"""

from __future__ import annotations

import pytest

from wirecoder.article import Article, Event


def events(short, text: str) -> list[Event]:
    return [e for e in short(Article(raw=text, source="test", published="2026-07-31")).events if not e.background]


def by_trigger(evs: list[Event], word: str) -> Event | None:
    return next((e for e in evs if e.trigger.get("text") == word), None)


@pytest.mark.parametrize(
    ("text", "trigger", "root", "source", "target"),
    [
        (
            "Iran said the sanctions would hurt ordinary people and urged Washington to lift them.",
            "urged",
            "02",
            "IRN",
            "USA",
        ),
        ("Kenya said the talks will resume in May and warned Somalia against delays.", "warned", "13", "KEN", "SOM"),
        (
            "Japan said the missile tests are a threat and urged China to restrain its ally.",
            "urged",
            "02",
            "JPN",
            "CHN",
        ),
    ],
)
def test_a_speakers_act_after_what_was_said_is_the_speakers(short, text, trigger, root, source, target):
    ev = by_trigger(events(short, text), trigger)
    assert ev is not None
    assert ev.cameo["root"] == root
    assert ev.source is not None and ev.source.country == source
    assert ev.target is not None and ev.target.country == target


def test_acts_of_a_reported_past_clause_stay_its_subjects(short):
    # told in the past, the second act is the gunmen's own
    ev = by_trigger(
        events(short, "Police in Nigeria said the gunmen stormed the hotel and demanded a ransom."), "demanded"
    )
    assert ev is None or (ev.source is not None and "gunmen" in ev.source.text)


def test_only_a_speakers_acts_move():
    from wirecoder.nlp import load_spacy, repair_parse
    from wirecoder.settings import Settings

    s = Settings()
    nlp = load_spacy(s.spacy_model, s.max_sentence_tokens, s.max_chars)
    doc = repair_parse(nlp, nlp("Officials said the rebels would regroup and attacked the town."))
    said = next(t for t in doc if t.lower_ == "said")
    attacked = next(t for t in doc if t.lower_ == "attacked")
    assert attacked.head != said  # "attack" is no act a speaker goes on to do: left where the parser put it
    doc = repair_parse(nlp, nlp("Officials said the rebels would regroup and urged residents to leave."))
    said = next(t for t in doc if t.lower_ == "said")
    urged = next(t for t in doc if t.lower_ == "urged")
    assert urged.head == said


def violent(evs: list[Event]) -> list[Event]:
    return [e for e in evs if e.cameo["root"] in {"18", "19", "20"} or e.cameo["code"].startswith("145")]


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Indian police arrested 12 people after communal clashes in Manipur left three dead.", 3),
        ("Authorities imposed a curfew after clashes between two tribes killed seven people in Oromia.", 7),
        ("Hundreds protested in the town after soldiers shot dead two farmers near Jenin.", 2),
    ],
)
def test_violence_in_an_after_clause_of_an_arrest_curfew_or_protest_is_an_event(short, text, dead):
    evs = events(short, text)
    assert any(e.cameo["root"] in {"14", "17"} for e in evs)
    assert sum(e.fatalities or 0 for e in violent(evs)) == dead


@pytest.mark.parametrize(
    "text",
    [
        # what the arrest is about, not a clause of its time
        "Police arrested two men over the bombing that killed 12 people in the market.",
        # no casualties and no maker: the occasion of the curfew
        "The army imposed a curfew after the clashes.",
        "Police detained a man after he was found carrying a pistol.",
    ],
)
def test_a_topic_or_bare_occasion_of_an_arrest_gives_no_violence(short, text):
    assert not [e for e in violent(events(short, text)) if e.fatalities]


@pytest.mark.parametrize(
    "text",
    [
        "The blast left 12 people dead and 30 wounded in the market.",
        "The ambush left four soldiers dead and dozens injured.",
    ],
)
def test_the_wounded_after_left_are_no_attack_of_their_own(short, text):
    evs = violent(events(short, text))
    assert len(evs) == 1 and evs[0].fatalities in {12, 4}


def test_riots_with_a_toll_are_an_event_without_a_named_side(short):
    evs = violent(events(short, "Riots in the city left five dead and dozens injured."))
    assert len(evs) == 1 and evs[0].fatalities == 5 and evs[0].acled.get("event_type") in {"Riots", "Protests"}


def test_a_protest_with_no_violence_named_stays_without_a_toll(short):
    assert not violent(events(short, "Protesters rallied in the capital after the government raised fuel prices."))


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Manila said Chinese coast guard ships fired water cannon at a Philippine supply boat, accusing Beijing "
            "of reckless manoeuvres.",
            "PHL",
            "CHN",
        ),
        (
            "A Vietnamese fishing boat sank near the Paracel Islands, Hanoi said, accusing Beijing of ramming it.",
            "VNM",
            "CHN",
        ),
    ],
)
def test_a_speakers_participle_after_what_was_said_is_the_speakers(short, text, source, target):
    ev = by_trigger(events(short, text), "accusing")
    assert ev is not None and ev.source is not None and ev.source.country == source
    assert ev.target is not None and ev.target.country == target


def test_a_participle_of_the_reported_act_after_x_said_is_the_acts(short):
    evs = events(short, "Rebels attacked an army post in Tillaberi, the army said, killing four soldiers.")
    killers = [e for e in violent(evs) if e.fatalities == 4]
    assert len(killers) == 1 and killers[0].source is not None and "Rebels" in killers[0].source.text


def test_the_speakers_own_participle_stays_the_speakers(short):
    ev = by_trigger(
        events(short, "Troops shelled rebel positions, the Sudanese army said, urging civilians to leave."), "urging"
    )
    assert ev is not None and ev.source is not None and "army" in ev.source.text


def test_deaths_named_as_the_occasion_of_a_closure_are_no_incident_of_it(short):
    evs = events(short, "The army sealed off the district after the deaths of three settlers, officials said.")
    assert not [e for e in violent(evs) if e.fatalities]


def test_warning_that_something_would_happen_stays_where_the_parser_put_it():
    from wirecoder.nlp import load_spacy, repair_parse
    from wirecoder.settings import Settings

    s = Settings()
    nlp = load_spacy(s.spacy_model, s.max_sentence_tokens, s.max_chars)
    doc = repair_parse(nlp, nlp("Egypt said the plan would not work and warned that a war would follow."))
    warned = next(t for t in doc if t.lower_ == "warned")
    assert warned.head.lower_ != "said"  # no one is warned: what it says only says more


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Ethiopian federal forces and Fano militiamen clashed in the Amhara region on Sunday.", {"MIL", "REB"}),
        ("Police and protesters clashed in central Nairobi on Tuesday.", {"COP", "PRO"}),
    ],
)
def test_two_sides_of_one_country_that_clash_are_each_others_targets(short, text, sides):
    clashes = [e for e in events(short, text) if e.cameo["root"] == "19"]
    assert len(clashes) == 2
    assert {e.source.sector for e in clashes if e.source} == sides
    assert all(e.target is not None and e.target.sector != e.source.sector for e in clashes if e.source)


def test_protesters_and_police_clashing_is_one_riot(short):
    clashes = events(short, "Police and protesters clashed in central Nairobi on Tuesday.")
    assert {(e.acled or {}).get("event_type") for e in clashes} == {"Riots"}


def test_allies_fighting_a_named_enemy_are_not_each_others_targets(short):
    evs = events(short, "Soldiers and police fought the rebels near Goma on Monday.")
    assert all(e.target is not None and e.target.sector == "REB" for e in evs if e.cameo["root"] == "19")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Burkina Faso expelled three French diplomats on Monday.", "BFA"),
        ("Mali detained two Ukrainian contractors on Monday.", "MLI"),
    ],
)
def test_people_told_by_nationality_do_not_place_the_act_in_their_country(short, text, country):
    ev = events(short, text)[0]
    assert (ev.location or {}).get("country") == country


def test_a_state_named_as_target_still_places_the_strike(short):
    ev = events(short, "Israel struck Iranian military sites overnight.")[0]
    assert (ev.location or {}).get("country") == "IRN"


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Attackers cut the throats of 17 villagers in a night raid in Ituri.", 17),
        ("Militants slit the throat of a village chief in Cabo Delgado.", 1),
    ],
)
def test_cutting_throats_is_a_killing_with_its_dead(short, text, dead):
    evs = violent(events(short, text))
    assert len(evs) == 1 and evs[0].fatalities == dead


@pytest.mark.parametrize(
    "text",
    ["The singer cut short her tour because of a sore throat.", "The government cut fuel subsidies on Monday."],
)
def test_other_cuts_are_no_killing(short, text):
    assert not violent(events(short, text))
