"""Round 42 strategic2 lane: prisoner swaps told without a freeing verb.

- sides exchanging, swapping or trading captives (prisoners, hostages, detainees, captured soldiers or fighters)
  free them (CAMEO 0841), which ACLED types as an Agreement, whoever the captives are;
- a prisoner swap or exchange, or a swap or exchange of captives, told by its noun with its parties (between A and
  B, or the subject of a light verb) is the same act;
- exchanged views, goals or fire, and swaps of players or goods, stay as they were (no Agreement).
"""

from __future__ import annotations

import pytest

from composed import cameo_codes, coder_on, sub_types

events = coder_on("2026-12-07")


def subs(short, text: str) -> list[str | None]:
    return sub_types(events(short, text))


def codes(short, text: str) -> list[str | None]:
    return cameo_codes(events(short, text))


@pytest.mark.parametrize(
    "text",
    [
        "Government troops and the insurgents exchanged detainees outside Kidal on Wednesday.",
        "Serbian police and Kosovo authorities exchanged hostages at a border crossing.",
        "Kyiv and Moscow swapped 64 servicemen in a deal mediated by Turkey.",
        "Somali troops and al-Shabaab militants traded captured fighters on Monday, elders in Baidoa said.",
        "The Pakistani army and the Taliban exchanged the bodies of fallen soldiers at Torkham.",
    ],
)
def test_captives_exchanged_are_an_agreement(short, text: str) -> None:
    assert "Agreement" in subs(short, text), text
    assert "0841" in codes(short, text), text


@pytest.mark.parametrize(
    "text",
    [
        "A prisoner swap between the Malian army and the separatist rebels was completed in Gao.",
        "The Yemeni government and the Houthis carried out a prisoner exchange in Sanaa.",
        "Hezbollah and Israel conducted an exchange of bodies and captives through German mediators.",
        "The Colombian army and the FARC dissidents completed a swap of detainees in Cauca.",
    ],
)
def test_a_swap_of_captives_told_by_its_noun_is_an_agreement(short, text: str) -> None:
    assert "Agreement" in subs(short, text), text


@pytest.mark.parametrize(
    "text",
    [
        "The prime ministers of India and Japan exchanged views on regional security in Tokyo.",
        "The two clubs exchanged goals in a lively match in Accra.",
        "Nigeria and Ghana agreed a swap of football players for the friendly in Abuja.",
        "Indian and Chinese traders swapped goods at the border market in Sikkim.",
        "The foreign ministers of Chile and Peru exchanged letters on the maritime dispute.",
    ],
)
def test_other_swaps_are_no_agreement(short, text: str) -> None:
    assert "Agreement" not in subs(short, text), text
    assert "0841" not in codes(short, text), text


def test_exchanging_fire_stays_a_clash(short) -> None:
    text = "The Sudanese army and the Rapid Support Forces exchanged fire in Omdurman on Friday."
    assert "Armed clash" in subs(short, text)
    assert "Agreement" not in subs(short, text)
