"""Round-26 precision on news that reads like an incident but is not one of this week: an obituary whose lead
gives no age (a named person told with who they were, or their age in a sentence of its own), a story whose
lead remembers, shows a work or judges an act of a past year (its later undated past violence is retold
history), a war's toll whose relative clause the parser hangs on a party of the war, a noun that sums up a
year-dated violent clause ("..., an attack that killed 40"), and a reply told as hitting back "by" a
non-violent act. Each fix has look-alikes that must still code: the death of a named person from an attack,
violence of the day after an anniversary lead, a lead that tells violence of its own, an undated summing noun,
and hitting back by force.

Every sentence is composed for these tests; tests/data/precision_r26.yaml and precision_r26_fresh*.yaml hold
composed batches, scored by `python scripts/score_precision.py FILE`.
"""

from __future__ import annotations

import pytest

from composed import coder_on
from wirecoder.article import Event
from wirecoder.coding import lexicon

events = coder_on("2024-05-20")


def current(evs: list[Event]) -> list[Event]:
    return [e for e in evs if not (e.background or e.negated or e.hypothetical or e.future)]


def types(evs: list[Event]) -> list[str]:
    return [(e.plover or {}).get("type") for e in current(evs)]


def tolls(evs: list[Event]) -> list[int]:
    return [int(e.fatalities) for e in current(evs) if e.fatalities]


def test_precision26_word_lists_load():
    assert "anniversary" not in lexicon.load("remembered_story")["not_leads"]
    assert "sentence" in lexicon.load("remembered_story")["judging_verbs"]
    assert "npadvmod" in lexicon.load("summing_nouns")["summing_deps"]
    assert "back" in lexicon.load("figurative_force")["back_particles"]


@pytest.mark.parametrize(
    "text",
    [
        "Hector Ruiz, the guerrilla commander turned senator, died on Tuesday in Bogota after a long illness, his "
        "party said.\n\nHis fighters ambushed an army patrol near Florencia, killing 22 soldiers.\n\nHe later "
        "helped negotiate a peace accord.",
        "Tomas Varga died at his home in Budapest on Sunday.\n\nHe commanded the unit that shelled the border "
        "villages, and his gunners killed dozens of civilians.\n\nHe was 83.",
    ],
)
def test_an_obituary_without_an_age_tells_history(short, text):
    assert "ASSAULT" not in types(events(short, text))
    assert tolls(events(short, text)) == []


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (
            "Omar Farah, a district commissioner, died on Monday after gunmen opened fire on his car in Baidoa, "
            "officials said.\n\nHis bodyguards killed two of the attackers.",
            3,  # the commissioner and the two attackers: the ambush and his guards' fire both stay
        ),
        ("Ahmed Said died on Friday.\n\nHis guards killed three attackers in Baidoa on Friday.", 3),
    ],
)
def test_a_named_death_from_an_attack_still_codes(short, text, toll):
    evs = events(short, text)
    assert toll in tolls(evs)
    assert types(evs).count("ASSAULT") >= 2 or "Said" in text


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds gathered in Nairobi to mark ten years since the mall siege.\n\nGunmen killed 67 people in "
        "the four-day attack.\n\nWreaths were laid at the entrance.",
        "The new documentary follows three nurses through the siege of the port city.\n\nTroops shelled the "
        "maternity hospital, killing three people.\n\nIt opens in cinemas this week.",
        "A court in Oslo jailed two men on Friday over the 2022 shooting at a bar.\n\nThe gunman opened fire "
        "outside the bar, killing two people.\n\nThe men plan to appeal.",
        "A public inquiry into the 2019 port bombing found that police ignored warnings.\n\nNine people were "
        "killed when a truck bomb exploded at the gate.",
    ],
)
def test_violence_after_a_remembering_lead_is_history(short, text):
    assert tolls(events(short, text)) == []
    assert "ASSAULT" not in types(events(short, text))


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (
            "Hundreds gathered in Nairobi to mark ten years since the mall siege.\n\nHours later, a grenade "
            "exploded near the memorial, killing two people.",
            2,
        ),
        (
            "Police fired tear gas at mourners marking the anniversary of the massacre in Kigali.\n\nGunmen "
            "killed four of the mourners.",
            4,
        ),
        (
            "A court in Lagos jailed two men for fraud on Friday.\n\nGunmen attacked the courthouse on "
            "Saturday, killing a guard and two visitors.",
            3,
        ),
    ],
)
def test_violence_of_the_day_after_a_remembering_lead_still_codes(short, text, toll):
    assert toll in tolls(events(short, text))


def test_a_war_toll_whose_clause_hangs_on_a_party_is_history(short):
    text = (
        "The war between the army and the Rapid Support Forces, which began in April 2023, has killed tens of "
        "thousands of people."
    )
    assert tolls(events(short, text)) == []


def test_a_clash_between_the_same_parties_keeps_its_toll(short):
    text = "Fighting between the army and the Rapid Support Forces killed 40 people in El Fasher on Tuesday."
    assert tolls(events(short, text)) == [40]


@pytest.mark.parametrize(
    "text",
    [
        "Grace Nwosu, a midwife who later ran a maternity home in Aba, has died at 88.\n\nShe was delivering a "
        "baby in Umuahia when the ward was shelled in 1969, an attack that killed 25 patients.",
        "Soldiers killed almost 300 villagers in March 1982, the worst massacre of the war.",
    ],
)
def test_a_noun_summing_up_a_dated_act_gives_no_current_toll(short, text):
    assert tolls(events(short, text)) == []


def test_a_noun_summing_up_an_undated_act_keeps_its_toll(short):
    text = "Gunmen stormed a hotel in Mogadishu on Monday, an attack that killed 12 people."
    assert 12 in tolls(events(short, text))


def test_hitting_back_by_a_non_violent_act_is_no_attack(short):
    text = "Aldi cut the price of bread on Monday, and Tesco hit back by slashing the price of milk."
    assert "ASSAULT" not in types(events(short, text))


def test_hitting_back_by_force_is_an_attack(short):
    text = "The army hit back by launching air strikes on rebel positions near Kidal on Monday."
    assert "ASSAULT" in types(events(short, text))
