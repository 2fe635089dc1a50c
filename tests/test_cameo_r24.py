"""Round-24 CAMEO-style wire sentences: what a named speaker says of itself is its statement (010: "the ministry
said it was monitoring the situation"), an admission by acknowledge/admit is 015 whatever it is about ("the coast
guard acknowledged that a vessel had collided"); a to-infinitive after a date ("vowed on Monday to fight") is the
verb's complement as it is without the date. Each rule has sentences where it must not fire.

Every sentence is composed for these tests; tests/data/cameo_sentences_verbal_r24.yaml holds a larger composed set,
scored by `python scripts/score_cameo_sentences.py tests/data/cameo_sentences_verbal_r24.yaml`.
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
        "The Lebanese foreign ministry said it was following the developments in the south closely.",
        "The Kremlin said on Friday it was watching the situation in Moldova carefully.",
    ],
)
def test_cameo24_speaker_of_itself_is_a_statement(short, text):
    assert main_code(short, text) == "010"


@pytest.mark.parametrize(
    "text",
    [
        "The Danish navy acknowledged that one of its frigates had fired a missile by mistake during an exercise.",
        "The Greek coast guard admitted that its patrol boat had towed the dinghy back toward Turkish waters.",
    ],
)
def test_cameo24_admission_is_015(short, text):
    assert main_code(short, text) == "015"


@pytest.mark.parametrize(
    "text",
    [
        "It said it was following the developments closely.",  # no speaker named
        "He said he was following the talks closely.",
        "Heavy snow is expected in the mountains this week, the weather service said.",  # an attribution
        "The statistics office said inflation slowed to 4 percent in May.",  # about no actor, not the speaker
        "Prices rose and the minister said he was unaware of the plan.",  # a later clause, not the main verb
        "The company said it was monitoring the situation.",  # a speaker no name stands for
        # a person telling of themself: a state of mind or body, no public stance (test_main_event's convention)
        "The Bolivian president said he was following the talks in Geneva with great interest.",
    ],
)
def test_cameo24_no_statement_without_named_speaker_of_itself(short, text):
    assert main_code(short, text) is None


def test_cameo24_said_act_keeps_its_act(short):
    # the reported clause's act is the event, not the statement
    assert main_code(short, "The Ukrainian army said it had shot down eleven Russian drones overnight.") not in {
        "010",
        None,
    }


@pytest.mark.parametrize(
    "text",
    [
        "The Somali army chief vowed on Monday to fight the militants until they were defeated.",
        "The Houthi leader pledged on Sunday to attack ships bound for Israeli ports.",
    ],
)
def test_cameo24_dated_infinitive_is_complement(short, text):
    assert main_code(short, text) == "138"


@pytest.mark.parametrize(
    "text",
    [
        "The Sudanese army chief vowed on Monday to protect civilians in the capital.",  # no force word: intent
        "Kenya sent 400 police officers on Monday to help restore order in Haiti.",  # an object first: a purpose
    ],
)
def test_cameo24_dated_infinitive_not_a_threat(short, text):
    assert main_code(short, text) != "138"


def test_cameo24_monitoring_situation_is_no_investigation(short):
    assert (
        main_code(short, "The Saudi foreign ministry said it was monitoring the situation in Yemen closely.") == "010"
    )


def test_cameo24_monitoring_other_things_keeps_investigation(short):
    text = "The agency sent experts to the plant in southern Ukraine to monitor the shutdown of its reactors."
    assert main_code(short, text) != "010"
