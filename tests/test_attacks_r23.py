"""Round 23 on short attack summaries: a doer "suspected of involvement", a name the actor base lacks taking
its capitalised words before ("Ansarul Islam", not "Islam"), a name whose preposition the parser read as the
blame's ("the Cooperative for the Development of Congo was blamed"), a name with its region closed by a
bracketed acronym ("... in West Africa (MUJAO)"), and a follow-up device of one attack whose toll joins the
first blast's. Ranges keep the lower figure (the conservative count; the fixtures follow it). Every sentence
here was written for these tests (none is from a dataset); each rule has a look-alike that must not fire."""

from __future__ import annotations

from composed import coder_on
from wirecoder.coding.main_event import is_violent, main_event

_events = coder_on("2026-03-04", source="t")


def _main(short, text: str):
    events = _events(short, text)
    return main_event([e for e in events if is_violent(e)]) or main_event(events)


def _source(short, text: str) -> str:
    main = _main(short, text)
    return (main.source.text or "") if main is not None and main.source is not None else ""


def _dead(short, text: str) -> int:
    main = _main(short, text)
    return int(main.fatalities or 0) if main is not None else 0


# suspected of involvement


def test_suspected_of_involvement_names_the_doer(short):
    text = (
        "06/02/2014: A district judge was gunned down outside a courthouse in Quetta, Pakistan. "
        "Lashkar-e-Jhangvi was suspected of involvement in the killing."
    )
    assert "Lashkar-e-Jhangvi" in _source(short, text)


def test_suspected_of_involvement_bare(short):
    text = "09/14/2012: A mine blew up a truck near Kunar, Afghanistan, killing three. The Taliban were suspected of involvement."
    assert "Taliban" in _source(short, text)


def test_cleared_of_involvement_names_no_doer(short):
    text = (
        "09/14/2012: Gunmen shot dead two guards near Kunar, Afghanistan. "
        "A court later cleared the Taliban of involvement."
    )
    assert "Taliban" not in _source(short, text)


# names the actor base lacks


def test_unlisted_name_keeps_its_first_word(short):
    text = (
        "03/08/2020: Militants attacked a gendarmerie post near Djibo, Burkina Faso, killing four. "
        "Officials attributed the raid to Ansarul Islam."
    )
    assert "Ansarul Islam" in _source(short, text)


def test_listed_name_keeps_its_base_name(short):
    text = "05/02/2015: Militants attacked a market in Gwoza, Nigeria, killing 12. Officials blamed the attack on Boko Haram."
    assert _source(short, text) == "Boko Haram"


def test_name_with_preposition_blamed_bare(short):
    text = (
        "04/18/2021: Gunmen raided a camp for displaced people in Djugu, Democratic Republic of the Congo, killing 9. "
        "The Union for the Liberation of Ituri (ULI) was blamed."
    )
    assert "Union" in _source(short, text)  # the blame reaches the group (its full name is not yet kept)


def test_blamed_for_an_act_still_reads_the_act(short):
    text = (
        "04/18/2021: A bomb killed five people at a bus depot in Bunia, Congo. Police blamed Hezbollah for the bombing."
    )
    assert "Hezbollah" in _source(short, text)


def test_region_closed_by_acronym_is_part_of_the_name(short):
    text = (
        "10/03/2012: Gunmen attacked a customs post near Ansongo, Mali, killing two guards. "
        "The Front for Unity and Jihad in East Sahel (FUJES) claimed the attack."
    )
    assert "Front for Unity and Jihad in East Sahel" in _source(short, text)


def test_region_without_acronym_stays_a_place(short):
    text = (
        "10/03/2012: Gunmen attacked a customs post near Ansongo, Mali, killing two guards. "
        "The Front for Unity and Jihad claimed the attack in Gao."
    )
    assert "Gao" not in _source(short, text)


# follow-up devices


def test_second_device_adds_to_the_first_blast(short):
    text = (
        "07/09/2015: A bomb exploded outside a bank in Kaduna, Nigeria, killing seven people. "
        "A second device went off as rescuers arrived, killing four more."
    )
    assert _dead(short, text) == 11
    assert sum(int(e.fatalities or 0) for e in _events(short, text)) == 11


def test_another_bomb_elsewhere_stays_its_own(short):
    text = "07/09/2015: A bomb killed seven people in Kaduna, Nigeria. Another bomb killed four people in Jos."
    tolls = sorted(int(e.fatalities or 0) for e in _events(short, text) if e.fatalities)
    assert tolls == [4, 7]
