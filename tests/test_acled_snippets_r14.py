"""ACLED typing of news snippets, round 14: deaths in a span of fighting ("in two days of fighting between
militias": frames.spanned); breaking up a sit-in (clear-protest); people sitting or camping outside a seat of
power (sit-outside-seat, "in front of" read as outside); a person burnt alive (burn-property); a person taken
from home by men named in a by-phrase (take-hostage-object); agreeing to free hostages (ontology/acled.yaml);
an attacker setting off his own explosives (acled_words "bearer:own-"); a passive participle hung on "be"
("was gang-raped by": frames._passive_complement); a weapon subject of a conjoined verb or a plural read as a
name, and "an Israeli strike" as an air strike (combine/violence.py weapon_subject); an event noun told as still
to come ("ahead of a planned rally") and background told as history ("Ten years ago, ...") get no ACLED type
(acled_modality.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from composed import main_sub_type
from conftest import events_of

_sub = main_sub_type


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "Eleven people have died in three days of clashes between rival armed groups in Bangui, a hospital said.",
            "Armed clash",
        ),
        ("Six people were killed in a night of fighting between police and gang members in Durban.", "Armed clash"),
        (
            "Riot police broke up a sit-in by unpaid nurses outside the health ministry in Lilongwe.",
            "Protest with intervention",
        ),
        (
            "Dozens of pensioners were sitting in front of the labour ministry in Amman on Tuesday, one of them said.",
            "Peaceful protest",
        ),
        ("Sacked miners have camped outside the governor's office in Kolwezi since Monday.", "Peaceful protest"),
        ("A suspected robber was burnt alive by villagers near Mbale on Sunday.", "Mob violence"),
        (
            "The blogger was taken from his house by armed men on Friday night, his brother said.",
            "Abduction/forced disappearance",
        ),
        (
            "The rebels agreed to free 20 soldiers in exchange for captured fighters, the mediators said.",
            "Agreement",
        ),
        ("The attacker detonated his explosives at the gate of a police station in Bannu.", "Suicide bomb"),
        ("A woman was gang-raped by soldiers at a roadblock near Uvira, a rights group said.", "Sexual violence"),
        ("Rockets fired from Gaza hit an empty field near Sderot, the army said.", "Shelling/artillery/missile attack"),
        ("Rockets struck a fuel depot near Kharkiv overnight.", "Shelling/artillery/missile attack"),
        ("A US strike on a compound near Jilib killed three militants, the army said.", "Air/drone strike"),
        ("The students' march to the palace was blocked by riot police in Asunción.", "Protest with intervention"),
        (
            "Dozens of students clashed with police in Tizi Ouzou overnight, setting tyres alight.",
            "Violent demonstration",
        ),
    ],
)
def test_snippet_types_r14(short, text: str, sub: str) -> None:
    assert _sub(short, text) == sub


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # look-alikes that must not become the listed type
        ("Police will be deployed ahead of a planned march by farmers in Delhi on Monday.", "(none)"),
        ("The union said the upcoming strike would close every port.", "(none)"),
        ("Twelve years ago, a suicide bomber killed 30 people at the same market.", "(none)"),
        ("Old people sat in front of the television in the care home all evening.", "(none)"),
        ("Tourists were sitting outside a cafe near the palace.", "(none)"),
        ("The injured were taken from their homes to a hospital in Goma.", "(none)"),
        ("A general strike shut down shops and offices across Dhaka on Sunday.", "Peaceful protest"),
        ("Gunmen detonated explosives planted under a railway bridge in Balochistan.", "Remote explosive/landmine/IED"),
        ("A missile strike hit a power station in Dnipro overnight.", "Shelling/artillery/missile attack"),
        ("He died in two days of hospital care after the accident.", "(none)"),
        ("Farmers blocked the highway to Rosario with tractors on Tuesday.", "Peaceful protest"),
        ("Militiamen clashed with soldiers near Kalehe on Sunday.", "Armed clash"),
    ],
)
def test_snippet_lookalikes_r14(short, text: str, sub: str) -> None:
    assert _sub(short, text) == sub


@pytest.mark.slow
def test_planned_rally_keeps_the_arrest_r14(short) -> None:
    """An event noun still to come loses its ACLED type; the act told with it keeps its own."""
    assert _sub(short, "Police arrested 40 opposition activists ahead of a planned rally in Harare.") == "Arrests"


@pytest.mark.slow
def test_recent_background_keeps_its_type_r14(short) -> None:
    """Background of this year is no history: it keeps its ACLED type."""
    events = events_of(short, "Last week, gunmen killed five farmers in the same village.", published="2025-03-20")
    assert any((e.acled or {}).get("sub_event_type") == "Attack" for e in events)
