"""Round-14 whole articles: talks and deals as each side's act on the other, the far side of a border, people
fleeing a fight, pardons as releases, and rescues of captives.

"Serbian and Kosovar negotiators met in Brussels" is each one's meeting with the other (not with no one), and
"the talks were hosted by Norway and Qatar" makes no pair of the hosts; "near the border with Chad" does not make
the soldiers killed there Chadian; "thousands fled the fighting" is no new attack; "pardoned 40 prisoners" frees
them (RETREAT); "troops freed hostages held by a gang" is a rescue by force (COERCE), not the troops yielding.
Every text is composed for these tests; tests/data/news_articles_r14.yaml holds a larger composed set, scored by
`python scripts/score_news_articles.py tests/data/news_articles_r14.yaml`.
"""

from __future__ import annotations

from composed import coder_on, of_type, pair

events = coder_on("2026-06-14")


def test_two_sides_that_meet_meet_each_other(short):
    evs = events(short, "Serbian and Kosovar negotiators met in Brussels on Thursday.")
    assert sorted(pair(e) for e in of_type(evs, "CONSULT")) == [("SRB", "XKX"), ("XKX", "SRB")]


def test_a_meeting_between_two_ministers_is_each_on_the_other(short):
    evs = events(short, "A meeting between the Ethiopian and Eritrean foreign ministers ended without a statement.")
    assert sorted(pair(e) for e in of_type(evs, "CONSULT")) == [("ERI", "ETH"), ("ETH", "ERI")]


def test_two_sides_that_hold_talks_talk_with_each_other(short):
    evs = events(short, "Talks between Venezuelan and Guyanese officials opened in Brasilia on Monday.")
    assert sorted(pair(e) for e in of_type(evs, "CONSULT")) == [("GUY", "VEN"), ("VEN", "GUY")]


def test_hosts_of_talks_are_no_pair(short):
    evs = events(
        short,
        "Colombian officials and ELN rebels resumed negotiations on Monday. The talks were hosted by Norway and Qatar.",
    )
    hosts = [e for e in evs if e.sentence_index == 1]
    assert not any(pair(e) in {("NOR", "QAT"), ("QAT", "NOR")} for e in hosts)


def test_allies_who_meet_a_third_keep_it_as_target(short):
    evs = events(short, "French and German diplomats met Iranian officials in Vienna on Tuesday.")
    assert {pair(e)[1] for e in of_type(evs, "CONSULT")} == {"IRN"}


def test_the_far_side_of_a_border_is_not_the_soldiers_country(short):
    evs = events(
        short,
        "Chad's army chief visited troops in Mongo on Monday. Gunmen killed nine soldiers near the border with "
        "Sudan on Sunday, the Chadian army said.",
    )
    (attack,) = of_type(evs, "ASSAULT", 1)
    assert pair(attack)[1] != "SDN"


def test_a_border_named_by_its_country_is_not_the_far_side(short):
    evs = events(short, "Sudanese troops clashed with militiamen in Geneina on Sunday, near the border with Chad.")
    assert all(pair(e)[0] != "TCD" for e in of_type(evs, "ASSAULT"))


def test_people_fleeing_the_fighting_is_no_new_attack(short):
    evs = events(
        short,
        "Rebels attacked an army post in Ituri on Friday. About 8,000 residents have fled the fighting, aid groups said.",
    )
    assert not of_type(evs, "ASSAULT", 1)


def test_the_fighting_told_again_with_its_toll_stays_the_attack(short):
    evs = events(
        short,
        "Rebels attacked an army post in Ituri on Friday. The fighting lasted six hours and left 14 dead.",
    )
    assert of_type(evs, "ASSAULT", 1)


def test_pardoned_prisoners_are_released(short):
    evs = events(short, "President Faye pardoned 40 prisoners jailed over last year's protests.")
    assert of_type(evs, "RETREAT") and not of_type(evs, "SUPPORT")


def test_a_pardon_granted_is_a_release(short):
    evs = events(short, "The king granted a pardon to 12 activists on Sunday.")
    assert of_type(evs, "RETREAT")


def test_a_pardon_of_words_is_forgiving(short):
    evs = events(short, "The minister pardoned the insults of his critics.")
    assert not of_type(evs, "RETREAT")


def test_freed_hostages_held_by_a_gang_is_a_rescue(short):
    evs = events(short, "Nigerian troops freed 31 hostages held by a gang in Zamfara state on Friday.")
    assert of_type(evs, "COERCE") and not of_type(evs, "RETREAT")


def test_captors_releasing_hostages_yield(short):
    evs = events(short, "The gang released 31 hostages in Zamfara state on Friday after a ransom was paid.")
    assert of_type(evs, "RETREAT") and not of_type(evs, "COERCE")


def test_a_state_freeing_its_detainees_yields(short):
    evs = events(short, "The junta freed 25 journalists held by the intelligence service since March.")
    assert of_type(evs, "RETREAT") and not of_type(evs, "COERCE")


def test_rescued_from_a_flood_is_no_event(short):
    evs = events(short, "Firefighters rescued dozens of people from the floods in Valencia.")
    assert not of_type(evs, "COERCE")


def test_whom_a_titled_person_accuses_is_not_their_country(short):
    evs = events(
        short,
        "Armenian police detained six men near the border on Friday. "
        "Foreign Minister Ararat Mirzoyan accused Baku of staging the incident.",
    )
    (accuse,) = of_type(evs, "ACCUSE", 1)
    assert pair(accuse)[0] != "AZE"


def test_where_a_subject_acts_still_tells_its_country(short):
    evs = events(short, "Police arrested eleven protesters in Tbilisi on Saturday.")
    (arrest,) = of_type(evs, "COERCE")
    assert pair(arrest)[0] == "GEO"
