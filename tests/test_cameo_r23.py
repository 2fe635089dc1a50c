"""Round-23 CAMEO-style wire sentences: a summit, meeting or visit postponed or called off reduces relations (160);
a visiting leader or envoy welcomed or received is hosted (043); relief goods named one by one (flour, generators,
school kits) are humanitarian aid (073), also when shipped; police sent to another country are protection given
(074); "declined to say" declines comment (011); a report dismissed "as" something is rejected (120). Each rule
has sentences where it must not fire.

Every sentence is composed for these tests; tests/data/cameo_sentences_r23.yaml holds a larger composed set,
scored by `python scripts/score_cameo_sentences.py tests/data/cameo_sentences_r23.yaml`.
"""

from __future__ import annotations

import pytest

from composed import coder_on

events = coder_on("2025-11-10")


def codes(short, text: str) -> list[str]:
    return [str(ev.cameo.get("code")) for ev in events(short, text)]


def main_code(short, text: str) -> str | None:
    found = codes(short, text)
    return found[0] if found else None


@pytest.mark.parametrize(
    "text",
    [
        "The regional bloc postponed its summit with Japan because of the unrest in the host country.",
        "Chile's president called off a meeting with the Peruvian leader after the border incident.",
        "The Kenyan foreign minister cancelled a meeting with his Somali counterpart planned for Friday.",
    ],
)
def test_cameo23_meeting_put_off_reduces_relations(short, text):
    assert main_code(short, text) == "160"


@pytest.mark.parametrize(
    "text",
    [
        "The two leaders ended their meeting with a joint statement on trade.",
        "The electoral commission postponed the vote until next spring.",
    ],
)
def test_cameo23_other_things_put_off_are_not_cut_relations(short, text):
    assert "160" not in codes(short, text)


@pytest.mark.parametrize(
    "text",
    [
        "Qatar's emir received the visiting Somali army chief in Doha on Monday.",
        "The Spanish prime minister welcomed his Moroccan counterpart to Madrid for a two-day visit.",
    ],
)
def test_cameo23_visitor_received_or_welcomed_is_hosted(short, text):
    assert main_code(short, text) == "043"


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan government welcomed the decision of the court.",
        "Germany's chancellor welcomed the release of the two aid workers.",
    ],
)
def test_cameo23_welcoming_a_step_stays_praise(short, text):
    assert main_code(short, text) == "051"


@pytest.mark.parametrize(
    "text",
    [
        "Egypt sent 150 tonnes of flour and sugar to Sudan on Wednesday.",
        "The aid agency handed out school kits and winter coats to children in the camps.",
        "Qatar shipped generators and medical equipment to hospitals in Gaza.",
    ],
)
def test_cameo23_relief_goods_named_are_aid(short, text):
    assert main_code(short, text) == "073"


@pytest.mark.parametrize(
    "text",
    [
        "The carmaker shipped 2,000 vehicles to Europe last month.",
        "The refinery shipped fuel to its customers on the coast.",
    ],
)
def test_cameo23_goods_traded_are_no_aid(short, text):
    assert not [c for c in codes(short, text) if c.startswith("07")]


def test_cameo23_police_sent_abroad_is_protection(short):
    text = "Kenya sent 400 police officers to Haiti on Tuesday to lead a force against the gangs."
    assert main_code(short, text) == "074"


def test_cameo23_police_deployed_at_home_is_mobilisation(short):
    assert main_code(short, "Police deployed officers in the capital ahead of the rally.") == "153"


def test_cameo23_declined_to_say_declines_comment(short):
    text = "The Swiss government declined to say whether it would freeze more assets of the former leadership."
    assert main_code(short, text) == "011"


def test_cameo23_dismissed_as_rejects(short):
    text = "Rwanda's government dismissed the experts' findings as baseless on Saturday."
    assert main_code(short, text) == "120"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The army denied the report that its soldiers had fired on civilians.", "016"),
        ("The president dismissed the army chief on Monday.", "0831"),
    ],
)
def test_cameo23_plain_denial_or_sacking_unchanged(short, text, want):
    assert main_code(short, text) == want
