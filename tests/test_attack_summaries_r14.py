"""Round 14 on short attack summaries in the database register: a state's agents as the doers ("Jordanian
agents were held responsible"), an admission told by the act ("admitted planting the device"), a group named
after a member noun's "of" though the actor base lacks it, a toll sentence keeping the attack's named doer,
and animals that are no casualties. Every sentence here was written for these tests (places and groups vary;
none is from a dataset); each rule has a look-alike that must not fire."""

from __future__ import annotations

from composed import coder_on
from wirecoder.article import Event
from wirecoder.coding.main_event import is_violent, main_event

_events = coder_on("2026-03-04", source="t")


def _main(short, text: str) -> Event:
    events = _events(short, text)
    found = main_event([e for e in events if is_violent(e)]) or main_event(events)
    assert found is not None
    return found


def _doer(event: Event) -> str:
    return f"{event.source.text} / {event.source.name}" if event.source is not None else ""


def test_agents_of_a_state_held_responsible_are_the_doers(short):
    main = _main(
        short,
        "03/11/1984: A bomb exploded outside a cafe in Valletta, Malta. Two people were killed. "
        "Syrian agents were held responsible.",
    )
    assert "Syrian agents" in _doer(main)
    assert main.fatalities == 2


def test_agents_told_as_the_subject_keep_the_noun(short):
    main = _main(short, "06/02/1977: Bulgarian agents shot dead an exiled writer on a street in Vienna, Austria.")
    assert "Bulgarian agents" in _doer(main)


def test_a_nerve_agent_is_no_actor(short):
    main = _main(short, "A nerve agent killed a former officer in a hotel room in Oslo, Norway.")
    assert "nerve agent" not in _doer(main)


def test_officials_blaming_a_state_stay_an_accusation(short):
    main = _main(
        short,
        "Gunmen attacked a border post near Herat, Afghanistan, killing four guards. Officials blamed Iran.",
    )
    assert "Iran" not in _doer(main)


def test_admitted_planting_the_device_names_the_doer(short):
    main = _main(
        short,
        "05/30/1976: A bomb exploded at a hotel in Derry, Northern Ireland. Three guests died. "
        "The Ulster Volunteer Force admitted planting the device.",
    )
    assert "Ulster Volunteer Force" in _doer(main)


def test_defusing_a_device_names_no_doer(short):
    main = _main(
        short,
        "05/30/1976: A bomb exploded at a market in Kaduna, Nigeria. Three traders died. "
        "Soldiers later detonated a second device safely.",
    )
    assert "oldier" not in _doer(main)


def test_extremists_of_a_group_the_base_lacks(short):
    main = _main(
        short,
        "09/14/1989: A bomb exploded on a train near Ludhiana, Punjab, India, killing 14 passengers. "
        "Militants of the Khalistan Liberation Tigers were blamed.",
    )
    assert "Khalistan Liberation Tigers" in _doer(main)


def test_rebels_of_a_region_stay_unnamed(short):
    main = _main(
        short,
        "05/03/1999: Gunmen ambushed a bus near Kitgum, Uganda, killing five passengers. Rebels of the north were blamed.",
    )
    assert "north" not in _doer(main).lower()


def test_name_before_a_group_noun(short):
    main = _main(
        short,
        "11/02/2016: Gunmen attacked a church near Minya, Egypt. Nine worshippers were killed. "
        "Members of the Upper Nile Brigades group were blamed.",
    )
    assert "Upper Nile Brigades" in _doer(main)


def test_toll_sentence_keeps_the_named_attackers(short):
    main = _main(
        short,
        "04/30/2022: Members of the Baloch Republican Army attacked a police post near Turbat, Balochistan, "
        "Pakistan. Five policemen died.",
    )
    assert "Baloch Republican Army" in _doer(main)
    assert main.fatalities == 5


def test_animals_are_no_casualties(short):
    main = _main(short, "Raiders attacked a ranch near Marsabit, Kenya, killing three herders and 40 goats.")
    assert main.fatalities == 3


def test_people_beside_animals_still_count(short):
    main = _main(short, "A bomb exploded at a livestock market in Gao, Mali, killing nine traders.")
    assert main.fatalities == 9


def test_felled_pylons_are_sabotage_by_the_suspect(short):
    main = _main(
        short,
        "02/09/1991: Attackers cut down two power pylons near Durango, Basque Country, Spain. No one was hurt. "
        "Iraultza was suspected.",
    )
    assert main.cameo.get("code") == "1712"
    assert "Iraultza" in _doer(main)


def test_trees_cut_down_are_no_event(short):
    events = _events(short, "Farmers cut down hundreds of trees near Eldoret, Kenya, to clear land.")
    assert not [e for e in events if e.cameo.get("code") == "1712"]


def test_a_bomb_sent_by_post_by_a_self_named_cell(short):
    main = _main(
        short,
        "10/04/2011: A cell calling itself the Black Flame Nucleus mailed a letter bomb to a tax office in "
        "Thessaloniki, Greece. Postal workers spotted the device.",
    )
    assert main.cameo.get("code") == "183"
    assert "Black Flame Nucleus" in _doer(main)


def test_a_letter_sent_is_no_bombing(short):
    events = _events(short, "The ministry mailed a letter to the consulate in Porto on Friday.")
    assert not [e for e in events if is_violent(e)]
