"""Round-22 CAMEO-style wire sentences: aid goods handed out ("distributed food rations to X") and money lent by
"extend" are aid (07); purchases or arms sales suspended are an embargo (163); bans on vigils, sit-ins and parades
restrict freedoms (172); an embassy reopened restores ties (050) and a border or crossing reopened eases a
closure (085); a planned visit or summit called off reduces relations (160); captured soldiers handed back are
released (0841). Each rule has sentences where it must not fire.

Every sentence is composed for these tests; tests/data/cameo_sentences_r22.yaml holds a larger composed set,
scored by `python scripts/score_cameo_sentences.py tests/data/cameo_sentences_r22.yaml`.
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
    ("text", "want"),
    [
        ("The Red Cross distributed blankets and tents to families made homeless by the storm in Malawi.", "073"),
        ("Turkish aid groups handed out food parcels to residents of Idlib on Friday.", "073"),
        ("The Saudi government extended a 2 billion dollar deposit to Egypt's central bank on Monday.", "071"),
        ("India extended a credit line to Sri Lanka to pay for fuel imports.", "071"),
    ],
)
def test_cameo22_aid_handed_out_or_lent(short, text, want):
    assert main_code(short, text) == want


@pytest.mark.parametrize(
    "text",
    [
        "The rebels distributed leaflets in the market calling on soldiers to defect.",
        "The ministry extended the deadline for tax returns by a month.",
    ],
)
def test_cameo22_no_aid_without_aid_goods(short, text):
    assert not any(c.startswith("07") for c in codes(short, text))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Spain suspended arms sales to Israel on Tuesday over the war in Gaza.", "163"),
        ("Chile halted its purchases of Argentine gas after the dispute over prices.", "163"),
        ("Authorities in Minsk banned a candlelight vigil for the victims of the crackdown.", "172"),
        ("The Kenyan government banned all sit-ins near parliament for a month.", "172"),
    ],
)
def test_cameo22_embargo_and_bans(short, text, want):
    assert main_code(short, text) == want


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Qatar and the United Arab Emirates reopened their embassies on Monday after a four-year rift.", "05"),
        ("Georgia reopened its border with Armenia on Sunday after a week-long closure.", "08"),
        ("Egypt opened the Rafah crossing on Monday to let wounded Palestinians leave Gaza.", "08"),
    ],
)
def test_cameo22_reopened_embassy_or_border(short, text, root):
    found = main_code(short, text)
    assert found is not None and found.startswith(root)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor opened a new hospital wing in the city on Friday.",
        "The shopping centre reopened its doors to customers on Monday after renovations.",
    ],
)
def test_cameo22_opening_no_border_or_embassy(short, text):
    assert not any(c in ("050", "085") for c in codes(short, text))


@pytest.mark.parametrize(
    "text",
    [
        "Morocco called off a planned visit by the Algerian foreign minister, the state news agency reported.",
        "Turkey cancelled a planned trip to Athens by its foreign minister after the row over the islands.",
    ],
)
def test_cameo22_visit_called_off_reduces_relations(short, text):
    assert main_code(short, text) == "160"


def test_cameo22_strike_called_off_stays_concession(short):
    assert main_code(short, "The union called off the strike by doctors after the pay deal.") == "082"


def test_cameo22_captured_soldiers_handed_back_are_released(short):
    text = "The government of Ivory Coast handed over 46 detained Malian soldiers to Bamako on Saturday."
    ev = events(short, text)[0]
    assert ev.cameo.get("code") == "0841"
    assert ev.target is not None and ev.target.country == "MLI"


def test_cameo22_suspects_handed_to_prosecutors_stay_judicial(short):
    assert main_code(short, "Police handed over the suspects to prosecutors in Lagos.") == "063"


def test_cameo22_border_opened_to_people_lets_them_in(short):
    text = "Jordan opened its borders on Tuesday to thousands of refugees fleeing the fighting in southern Syria."
    assert main_code(short, text) == "075"


def test_cameo22_border_opened_to_trucks_eases_closure(short):
    assert main_code(short, "Turkey reopened its border to trucks from Iraq on Monday.") == "085"


def test_cameo22_embassy_first_opened_is_no_act_of_its_own(short):
    text = "Rwanda established diplomatic relations with Qatar in May and opened an embassy in Doha, officials said."
    assert not any(ev.trigger.get("text") == "opened" for ev in events(short, text))
