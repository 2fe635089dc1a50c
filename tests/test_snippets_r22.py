"""ACLED typing of news snippets, round 22: sexual abuse told by a verb with "sexually" or by a rape noun is sexual
violence; violence named as what an agreement or a truce ends is no event of its own; captives freed or swapped
are ACLED's Agreement; suspending, banning or dissolving parties or groups is a change to group/activity; a
district's headquarters or army positions taken over are territory. Sentences written for these tests."""

from __future__ import annotations

import pytest

from composed import main_sub_type

_sub = main_sub_type


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # sexual abuse by a verb with "sexually", or rape told as a noun with its doers around it
        ("Armed men sexually abused three girls in a camp near Kalehe.", "Sexual violence"),
        ("Soldiers committed mass rape in villages of Darfur, a rights group said.", "Sexual violence"),
        ("The rape of a schoolgirl by two policemen in Lusaka sparked outrage.", "Sexual violence"),
        # negatives: abuse of no one sexually, and rape as a charge, a sentence or a protest's topic
        ("The governor abused his office, an auditor in Nairobi said.", "(none)"),
        ("Women in Nairobi marched against rape and domestic violence.", "Peaceful protest"),
        # violence as what a deal or truce ends: no clash of its own
        ("The government and the rebels signed a peace agreement in Bangui, ending years of fighting.", "Agreement"),
        # negatives: fighting told as happening stays a clash, and so does a clash that ends a calm
        ("Heavy fighting between the army and M23 rebels raged near Sake on Tuesday.", "Armed clash"),
        ("The army clashed with rebels near Sake, ending a week of calm.", "Armed clash"),
        # captives freed by their captors, or swapped by two sides: an agreement
        ("Kidnappers freed a French engineer in Niger's Agadez region after weeks in captivity.", "Agreement"),
        ("Boko Haram released 15 abducted farmers in Borno state.", "Agreement"),
        ("Armenia and Azerbaijan swapped 20 prisoners at the border.", "Agreement"),
        # negatives: a suspect freed on bail, or a report released, is none
        ("Police in Lagos released the suspect on bail.", "(none)"),
        ("The ministry released a report on the economy.", "(none)"),
        # parties or groups suspended, banned or dissolved: a change to group/activity
        ("The military junta suspended the activities of all political parties in Guinea.", "Change to group/activity"),
        ("The government banned the main opposition party in Tajikistan.", "Change to group/activity"),
        # negatives: suspending talks or a player is no change to a group
        ("The league suspended two players for doping.", "(none)"),
        # a district seat or army positions taken over by a non-state group
        (
            "Al-Shabaab fighters took over the district headquarters of Bulo Burde.",
            "Non-state actor overtakes territory",
        ),
        ("Jihadists took over army positions near Djibo.", "Non-state actor overtakes territory"),
        # negatives: a firm's headquarters taken over by a chairman is none
        ("The new chairman took over the company headquarters in London.", "(none)"),
    ],
)
def test_snippet_subtypes_r22(short, text: str, sub: str) -> None:
    assert _sub(short, text) == sub
