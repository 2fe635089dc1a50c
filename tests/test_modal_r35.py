"""Round-35 modal lane: acts a sentence says will not happen, were kept from happening or were not done.

- A negated verb of letting is a rejection of the one not let act (CAMEO 120), and the act it would have let is no
  event: "Vietnam will not let Chinese trawlers fish in its waters" (verbs.yaml refuse-permission).
- An act in the "from" clause of a verb of keeping is no event: "authorities stopped the envoy from meeting X".
- A measure its doer says it will not take is a rejection (120); violence it says it will not use an intent to
  de-escalate (0356); violence its doer is told not to have done a denial (016) (combine.refused_act.v1).
Plain acts keep their codes; a negated subject, an event noun's subject and a negated governor change nothing.

Every sentence is composed for these tests; tests/data/cameo_sentences_modal_r35*.yaml hold composed sentences,
scored by `python scripts/score_cameo_sentences.py FILE`.
"""

from __future__ import annotations

import pytest

from composed import coder_on, pair

events = coder_on("2026-12-01")


def codes(evs):
    return [e.cameo["code"] for e in evs]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Vietnam will not let Chinese trawlers fish in its waters, the ministry said.", ("VNM", "CHN")),
        ("Kenya will not allow Somali troops to cross the border.", ("KEN", "SOM")),
        ("The Egyptian foreign minister said Cairo would not permit Ethiopia to fill the dam again.", ("EGY", "ETH")),
    ],
)
def test_a_negated_letting_is_a_rejection_of_the_one_not_let(short, text, want):
    evs = events(short, text)
    assert codes(evs) == ["120"], [(e.cameo["code"], e.trigger) for e in evs]
    assert pair(evs[0]) == want


def test_the_act_not_let_is_no_event(short):
    evs = events(short, "Ghana's minister said Accra would never permit foreign forces to set up a base on its soil.")
    assert codes(evs) == ["120"]
    assert evs[0].source is not None and evs[0].source.country == "GHA"


@pytest.mark.parametrize(
    "text",
    [
        "Authorities stopped the Polish envoy from meeting the opposition leader.",
        "The navy prevented the tanker from delivering fuel to Syria.",
    ],
)
def test_an_act_kept_from_happening_is_no_event(short, text):
    evs = events(short, text)
    assert not [c for c in codes(evs) if c[:2] in {"04", "05", "06", "07", "08"}], codes(evs)


@pytest.mark.parametrize(
    ("text", "code", "want"),
    [
        ("Seoul said it would not join the sanctions against Moscow.", "120", ("KOR", "RUS")),
        ("Malaysia's premier said Kuala Lumpur would not join Western sanctions against China.", "120", ("MYS", "CHN")),
        ("Iran said it would not attack Saudi Arabia.", "0356", ("IRN", "SAU")),
        ("Rwanda did not shell Congolese villages, a government spokeswoman said.", "016", ("RWA", "COD")),
        ("Nigeria's army said it did not bomb the village.", "016", ("NGA", "NGA")),
    ],
)
def test_a_deed_its_doer_will_not_do_or_did_not_do(short, text, code, want):
    evs = events(short, text)
    assert codes(evs)[:1] == [code], [(e.cameo["code"], e.trigger) for e in evs]
    assert pair(evs[0]) == want


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Turkey built a base in Libya.", "15"),  # a plain act
        ("Sudan permitted peacekeepers to enter Darfur.", "08"),  # a letting not negated
        ("The army said it would attack the rebels if they did not withdraw.", "13"),  # a threat, not refused
        ("Tehran did not hesitate to strike Israeli targets, the commander said.", "19"),  # the governor is negated
        ("The junta barred the opposition from holding a rally in the capital.", "17"),  # the keeping stays
    ],
)
def test_plain_and_governed_acts_keep_their_codes(short, text, root):
    evs = events(short, text)
    assert [c[:2] for c in codes(evs)][:1] == [root], [(e.cameo["code"], e.trigger) for e in evs]


@pytest.mark.parametrize(
    "text",
    ["No one was killed in the attack on the convoy.", "The blast did not kill anyone, police said."],
)
def test_a_negated_subject_or_an_event_subject_is_no_denial(short, text):
    assert "016" not in codes(events(short, text))


def test_violence_not_done_told_by_no_one_stays_the_act_flagged_negated(short):
    evs = events(short, "The Bolivian army did not fire on the miners in Potosí.")
    assert "016" not in codes(evs)
    assert all(e.negated for e in evs if e.cameo["root"] in {"18", "19", "20"})
