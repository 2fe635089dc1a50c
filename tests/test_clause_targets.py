"""Targets told outside a verb's plain object (issue 11, real news): the subject of the clause an appeal asks
for, a passive subject, the reason given with a criticism, the partner of a wished act, whoever grants a
request, and targets that must NOT be coded (the speaker's own pronoun, a meeting's venue).

Every sentence is composed for these tests (other names and countries than any gold set);
tests/data/verbal_targets.yaml holds a larger composed set, scored by
`python scripts/score_main_events.py tests/data/verbal_targets.yaml`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from composed import coder_on

FIXTURE = Path(__file__).parent / "data" / "verbal_targets.yaml"


events = coder_on("2024-05-20")


def main_target(short, text: str) -> tuple[str | None, str | None]:
    evs = events(short, text)
    assert evs, text
    tgt = evs[0].target
    return (tgt.text, tgt.country) if tgt is not None else (None, None)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Polish president called for Russia to withdraw its troops from the border.", "RUS"),
        ("Western donors called for the Sudanese army to hand power to a civilian cabinet.", "SDN"),
        ("Rights groups urged that the Egyptian authorities free the detained bloggers.", "EGY"),
        ("The Nigerian senate president called for Ghana to reopen the market to traders.", "GHA"),
    ],
)
def test_an_appeal_targets_the_subject_of_the_clause_it_asks_for(short, text, country):
    assert main_target(short, text)[1] == country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Turkish ambassador was summoned by the Dutch foreign ministry.", "TUR"),
        ("The Venezuelan envoy was criticised by Colombia's president over the border closure.", "VEN"),
    ],
)
def test_a_passive_subject_is_the_target_of_the_agent(short, text, country):
    assert main_target(short, text)[1] == country


def test_a_criticism_targets_whom_its_reason_names(short):
    text = "Biden criticized the decision, arguing that Trump was making the crisis worse."
    assert main_target(short, text)[0] == "Trump"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Kenyan president expressed a desire to work with Tanzania on trade.", "TZA"),
        ("The Brazilian president said he would work with Argentina on a common currency.", "ARG"),
        ("Kenya's president held talks with his Ugandan counterpart in Nairobi.", "UGA"),
    ],
)
def test_the_partner_of_a_wished_or_planned_act_is_the_target(short, text, country):
    assert main_target(short, text)[1] == country


def test_whoever_grants_a_request_is_its_target(short):
    evs = events(short, "At the request of the Malian government, the United Nations extended its mission by a year.")
    requests = [e for e in evs if e.plover["type"] == "REQUEST"]
    assert requests and requests[0].target is not None and "United Nations" in requests[0].target.text


@pytest.mark.parametrize(
    "text",
    [
        "The senator stated her intention to vote for the bill.",
        "The foreign ministers agreed to meet again on Cyprus next month.",
        "The senator from Ohio ended her presidential campaign on Thursday.",
        # no one named acts on the officers: a passive with no agent keeps no target of its own
        "The police officers' lives were threatened during the protest.",
    ],
)
def test_own_pronouns_venues_and_agentless_passives_are_no_target(short, text):
    for e in events(short, text):
        assert e.target is None or e.target.country not in {"CYP"}, text
        assert e.target is None or e.target.text.lower() not in {"her", "his", "their", "its"}, text


def test_asking_about_something_is_no_appeal(short):
    assert events(short, "The reporter asked about the weather in Oslo.") == []


def test_the_composed_target_set_scores(short):
    """The composed set: main-event root right on >= 0.9 of sentences and the target right on >= 0.7 of those
    that name one (scores when the set was written: root 0.85, target 0.54; after the rules: 0.96, 0.78)."""
    rows = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))
    right = tgt_right = tgt_total = 0
    for row in rows:
        evs = events(short, row["text"])
        main = evs[0] if evs else None
        want = row.get("root")
        right += (main is None) if want is None else (main is not None and main.cameo["root"] in want)
        if "target" in row:
            tgt_total += 1
            text = (main.target.text if main is not None and main.target is not None else "") or ""
            tgt_right += (not text) if row["target"] is None else row["target"].lower() in text.lower()
    assert right / len(rows) >= 0.9
    assert tgt_right / tgt_total >= 0.7


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Georgia plans to join the regional trade pact next year.", "AGREE"),
        ("The Malawian army admitted its soldiers had mistakenly shelled the village.", "CONCEDE"),
        ("The interior ministry acknowledged mistakes in its handling of the riots.", "CONCEDE"),
        ("The Liberal party withdrew its candidate for the Senate seat.", "CONCEDE"),
        ("The separatists accepted a truce offer from the government.", "RETREAT"),
        ("The Nepali foreign minister offered to resign over the visa scandal.", "CONCEDE"),
    ],
)
def test_joining_admitting_withdrawing_and_accepting_forms(short, text, plover):
    assert [e.plover["type"] for e in events(short, text)][:1] == [plover]


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers joined the clean-up of the beach on Saturday.",
        "The police admitted that the suspect had escaped from the station.",
        "The army withdrew from the border town on Sunday.",
    ],
)
def test_joining_a_chore_a_plain_admission_or_a_troop_withdrawal_is_no_agreement_or_concession(short, text):
    types = [e.plover["type"] for e in events(short, text)]
    assert "AGREE" not in types and "CONCEDE" not in types


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the possessor of a patient noun suffers the act; an "of" object moves the possessor to the source
        ("The Tunisian government's release of 20 prisoners was welcomed.", "prisoners"),
        ("Houthi drones struck oil facilities belonging to Saudi Aramco.", "Saudi"),
        ("The Greek minister condemned the drilling and the deployment of Turkish ships.", "Turkish"),
        # the agent that made the object: "the law passed by X"
        ("Amnesty criticised the law passed by the Ugandan parliament.", "Ugandan parliament"),
        ("India protested against the map released by Nepal.", "Nepal"),
    ],
)
def test_owners_of_objects_and_patients_of_nouns(short, text, target):
    assert target.lower() in (main_target(short, text)[0] or "").lower()


def test_being_in_talks_is_the_subjects_consultation(short):
    evs = events(short, "Egypt is in talks with Ethiopia over the dam.")
    assert [(e.source.country if e.source else None, e.target.country if e.target else None) for e in evs][:1] == [
        ("EGY", "ETH")
    ]


def test_sanctions_on_a_country_keep_it_as_target(short):
    assert main_target(short, "The Kenyan president agreed to lift the sanctions on Uganda.")[1] == "UGA"


def test_inviting_others_to_talk_is_an_appeal_to_them(short):
    evs = events(short, "The African Union invited Sudan and South Sudan to resume negotiations.")
    assert [(e.plover["type"], e.target.country if e.target else None) for e in evs][:2] == [
        ("REQUEST", "SDN"),
        ("REQUEST", "SSD"),
    ]


def test_an_invitation_to_visit_stays_a_consultation(short):
    assert "REQUEST" not in [e.plover["type"] for e in events(short, "Kenya invited the Ugandan president to visit.")]


def test_an_exception_names_no_target(short):
    text = "The envoys urged every neighbour to join the trade talks, with the exception of Belarus."
    assert all(e.target is None or e.target.country != "BLR" for e in events(short, text))
