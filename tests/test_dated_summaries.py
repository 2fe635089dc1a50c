"""Attack summaries dated years before publication, as a terrorism database writes them: the toll told in the
next sentence is the attack's (both are of that past day), and "shot dead two officers" kills two, whoever
the parser hangs the officers on. Every sentence was written for these tests (none is from a dataset)."""

from __future__ import annotations

from composed import coder_on
from wirecoder.article import Event
from wirecoder.coding.main_event import is_violent, main_event

_events = coder_on("2025-03-04", source="t")


def _main(short, text: str) -> Event | None:
    return main_event([e for e in _events(short, text) if is_violent(e)])


def test_a_past_attack_takes_the_toll_of_its_next_sentence(short):
    text = (
        "On June 3, 1988, assailants detonated a bomb at a bus depot in Lurgan, County Armagh, Northern Ireland. "
        "Six people were killed and 14 others were injured in the blast. The Ulster Freedom Front claimed it."
    )
    main = _main(short, text)
    assert main is not None and main.fatalities == 6, main


def test_a_past_attack_does_not_take_a_toll_of_this_week(short):
    text = (
        "On June 3, 1988, assailants detonated a bomb at a bus depot in Lurgan, Northern Ireland. "
        "On Monday, gunmen killed six people at a bar in Lurgan."
    )
    attack = next(e for e in _events(short, text) if is_violent(e) and e.sentence_index == 0)
    main = main_event([attack, *(e for e in _events(short, text) if e.sentence_index == 1 and is_violent(e))])
    assert main is not None and (main is attack or main.sentence_index == 1) and not attack.fatalities


def test_victims_the_parser_hangs_on_dead_are_the_object_of_the_killing(short):
    text = "On May 2, 1976, a gunman shot dead three off-duty soldiers at a pub in Newry, Northern Ireland."
    main = _main(short, text)
    assert main is not None and main.fatalities == 3, main
    assert main.target is not None and "soldiers" in main.target.text, main


def test_a_headline_passive_with_dead_keeps_its_victim(short):
    main = _main(short, "Three traffic wardens shot dead in Sibi")
    assert main is not None and main.fatalities == 3 and main.target is not None and "wardens" in main.target.text


def _toll(short, text: str) -> int:
    return sum(int(e.fatalities or 0) for e in _events(short, text))


def test_the_abducted_found_dead_are_the_abductions_toll(short):
    assert _toll(short, "Gunmen kidnapped three surveyors near Kaduna. Their bodies were found on Friday.") == 3
    assert _toll(short, "Rebels abducted a village chief near Beni. He was found dead two days later.") == 1
    assert _toll(short, "Militants abducted six truck drivers near Kirkuk. Two of them were later found dead.") == 2
    text = "On May 9, 2007, gunmen abducted four Shia traders in Baquba, Iraq. The victims' bodies were found a week later."
    assert _toll(short, text) == 4
    main = _main(short, "Rebels of the Lord's Army abducted a priest near Gulu. The priest was found dead a day later.")
    assert main is not None and main.fatalities == 1 and main.source is not None, main


def test_the_abducted_found_alive_or_things_found_are_no_toll(short):
    assert _toll(short, "Gunmen kidnapped three surveyors near Kaduna. They were found alive on Friday.") == 0
    assert _toll(short, "Gunmen kidnapped two surveyors near Kaduna. Police found their car near a river.") == 0
    assert _toll(short, "Gunmen kidnapped two surveyors near Kaduna. Their bodies have not been found.") == 0
    assert _toll(short, "Police found two bodies near a river in Kaduna on Friday.") == 0


def test_the_victims_of_a_tollless_attack_who_died_are_its_toll(short):
    assert (
        _toll(
            short, "On 4 May 1980, gunmen shot a judge outside a court in Milan, Italy. The victim died at the scene."
        )
        == 1
    )
    assert _toll(short, "Gunmen shot three herders near Mopti. The victims later died in hospital.") == 3
    assert (
        _toll(short, "Gunmen raided two hamlets near Mopti. The victims died at the scene.") == 0
    )  # hamlets count no one
    assert _toll(short, "Gunmen shot three herders near Mopti. The victims survived.") == 0
    assert _toll(short, "Gunmen shot dead a herder near Mopti. The victim died at the scene.") == 1  # not counted twice


def test_more_wounded_beside_the_toll_do_not_make_it_another_attack(short):
    text = (
        "On 5 June 2011, assailants set off three bombs at a fair in Narathiwat, Thailand. Five people were "
        "killed and dozens more were hurt."
    )
    main = _main(short, text)
    assert main is not None and main.fatalities == 5 and main.source is not None, main
    more = _events(short, "Gunmen shot two farmers near Jos. Three more villagers were killed in the night.")
    assert sum(int(e.fatalities or 0) for e in more) == 3


def test_a_suspect_of_the_attack_is_its_source_not_a_retelling(short):
    text = (
        "On 2 April 1999, assailants blew up an oil pipeline near Tibu, Colombia. No one was hurt. The National "
        "Liberation Army was suspected of carrying out the attack."
    )
    main = _main(short, text)
    assert main is not None and main.source is not None and "Liberation Army" in (main.source.name or ""), main
