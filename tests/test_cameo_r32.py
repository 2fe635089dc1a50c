"""Round-32 CAMEO lane: verbal and diplomatic acts in wire shapes.

- aid announced with its kind or sum is given (07), its recipient read from a "for" / "to" inside the aid's phrase
  ("announced a package of military aid worth 250 million dollars for Taiwan": USA -> TWN, 072);
- people deported or expelled "from" a country, told in the passive with no agent, are expelled by that country
  (174: the country -> the people's country);
- "X told Y that ..." is a statement to Y (the addressee), not about the clause's subject; "the Kremlin said Putin
  had told Erdogan ..." is Putin's statement (the reported speaker's words are the act);
- "said Europe would not be intimidated by Moscow" is the speaker's rejection of Moscow (120), not an intimidation
  by Moscow;
- seats of government named for their governments (the Blue House, the Casa Rosada).

Every sentence is composed for these tests; tests/data/cameo_sentences_r32*.yaml hold composed batches, scored by
`python scripts/score_cameo_sentences.py FILE`.
"""

from __future__ import annotations

import pytest

from composed import coder_on, pair

events = coder_on("2026-12-01")


def main(short, text: str) -> tuple[str, str | None, str | None]:
    evs = [e for e in events(short, text) if not e.background]
    assert evs, text
    e = evs[0]
    return (e.cameo["code"], *pair(e))


@pytest.mark.parametrize(
    ("text", "code", "src", "tgt"),
    [
        ("The Pentagon announced a new package of military aid worth $250 million for Taiwan.", "072", "USA", "TWN"),
        ("Japan announced a package of economic aid worth 2 billion dollars for the Philippines.", "071", "JPN", "PHL"),
        ("Norway unveiled 40 million dollars in humanitarian aid for Yemen.", "073", "NOR", "YEM"),
    ],
)
def test_announced_aid_is_given_to_its_recipient(short, text, code, src, tgt):
    assert main(short, text) == (code, src, tgt)


def test_announced_intent_to_send_aid_stays_an_intent(short):
    code, src, tgt = main(short, "Kenya announced it would send aid to Somalia.")
    assert code.startswith("03") and (src, tgt) == ("KEN", "SOM")


def test_announced_reforms_are_no_aid(short):
    evs = events(short, "The government announced a package of tax reforms for small businesses.")
    assert not [e for e in evs if e.cameo["code"].startswith("07")]


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Dozens of Syrian refugees were deported from Turkey last week.", "TUR", "SYR"),
        ("About 300 Ethiopian migrants were deported from Saudi Arabia on Tuesday.", "SAU", "ETH"),
        ("Thousands of Afghans were expelled from Iran.", "IRN", "AFG"),
    ],
)
def test_passive_deportation_from_a_country(short, text, src, tgt):
    assert main(short, text) == ("174", src, tgt)


def test_active_deportation_keeps_its_subject(short):
    assert main(short, "Pakistan deported 200 Afghans from Karachi.") == ("174", "PAK", "AFG")


def test_deportation_in_a_life_story_is_no_event(short):
    evs = events(short, "He was deported from the United States in 2019 and now lives in Honduras.")
    assert not [e for e in evs if e.cameo["code"] == "174" and not e.background]


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Putin told Erdogan that Russia was ready to resume grain shipments.", "RUS", "TUR"),
        ("The Kremlin said Putin had told Erdogan that Russia was ready to resume grain shipments.", "RUS", "TUR"),
        ("Italy told France that it would close its ports.", "ITA", "FRA"),
    ],
)
def test_statement_told_to_an_addressee(short, text, src, tgt):
    assert main(short, text) == ("010", src, tgt)


def test_statement_told_to_reporters_is_not_to_them(short):
    evs = events(short, "Putin told reporters that Ukraine was not ready for talks.")
    assert [pair(e) for e in evs if e.cameo["code"] == "010"] == [("RUS", "UKR")]


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("The Polish foreign minister said Europe would not be intimidated by Moscow.", "POL", "RUS"),
        ("Taiwan will not be bullied by Beijing.", "TWN", "CHN"),
    ],
)
def test_refused_pressure_is_a_rejection(short, text, src, tgt):
    assert main(short, text) == ("120", src, tgt)


def test_pressure_suffered_stays_coercion(short):
    code, _, _ = main(short, "Voters were intimidated by armed men in several villages.")
    assert code == "170"


@pytest.mark.parametrize(
    ("text", "src"),
    [
        ("The Blue House said it regretted Tokyo's decision to restrict exports to South Korea.", "KOR"),
        ("The Casa Rosada rejected the criticism from Britain.", "ARG"),
    ],
)
def test_seats_of_government(short, text, src):
    assert main(short, text)[1] == src
