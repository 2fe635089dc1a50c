"""Round-33 CAMEO lane: acts announced or told under a statement.

- an expulsion of envoys (166) or a recall (161) announced for the future is the decided measure, not a threat
  (131); put on a condition ("if", "unless") it stays a threat;
- a meeting announced for the future with no one to meet ("the panel will meet again on Friday", "negotiators are
  due to meet") is a schedule, no event; a named counterpart or conjoined parties keep the intent (036);
- warships or warplanes told as the subject of sailing or flying through, near, into or toward a place, and
  patrol craft entering another state's waters, show force (150); ferries and fishing boats do not.

Every sentence is composed for these tests; tests/data/cameo_sentences_r33*.yaml hold composed batches, scored by
`python scripts/score_cameo_sentences.py FILE`.
"""

from __future__ import annotations

import pytest

from composed import coder_on

events = coder_on("2026-12-01")


def codes(short, text: str) -> list[str]:
    return [e.cameo["code"] for e in events(short, text) if not e.background]


@pytest.mark.parametrize(
    "text, code",
    [
        ("The Czech government said it would expel two Hungarian diplomats over a spying affair.", "166"),
        ("Ottawa said Canada will expel six Indian diplomats after the murder inquiry.", "166"),
        ("The ministry said Peru would recall its ambassador from Mexico City for consultations.", "161"),
    ],
)
def test_announced_expulsion_is_the_measure(short, text: str, code: str) -> None:
    got = codes(short, text)
    assert got and got[0] == code, (text, got)


def test_conditioned_expulsion_stays_a_threat(short) -> None:
    text = "Warsaw said Poland would expel Belarusian diplomats if the border provocations continued."
    got = codes(short, text)
    assert got and got[0].startswith("13"), got


@pytest.mark.parametrize(
    "text",
    [
        "The budget panel will meet again on Friday.",
        "Union negotiators are due to meet in Pretoria next week.",
        "The finance ministers are scheduled to meet in Brasilia on Monday.",
    ],
)
def test_scheduled_meeting_without_counterpart_is_no_event(short, text: str) -> None:
    assert not any(c.startswith("03") or c.startswith("04") for c in codes(short, text)), text


@pytest.mark.parametrize(
    "text",
    [
        "Lavrov will meet the Turkish foreign minister in Antalya next week.",
        "Armenia and Azerbaijan will meet in Abu Dhabi on Saturday.",
        "The Saudi king will meet with the Egyptian president in Riyadh on Sunday.",
    ],
)
def test_meeting_with_someone_keeps_intent(short, text: str) -> None:
    got = codes(short, text)
    assert got and got[0] == "036", (text, got)


@pytest.mark.parametrize(
    "text",
    [
        "Manila said Chinese warships had sailed near Second Thomas Shoal on Sunday.",
        "Russian bombers flew toward Alaska before being escorted away, the US military said.",
        "Tokyo said Chinese coast guard patrol vessels entered Japanese territorial waters near the Senkakus.",
    ],
)
def test_war_craft_moving_show_force(short, text: str) -> None:
    assert "150" in codes(short, text), (text, codes(short, text))


@pytest.mark.parametrize(
    "text",
    [
        "The ferry sailed through the strait in heavy seas on Sunday.",
        "Fishing boats entered the harbour at dawn.",
        "Fighter jets flew over the parade to mark independence day.",
    ],
)
def test_other_craft_show_no_force(short, text: str) -> None:
    assert "150" not in codes(short, text), (text, codes(short, text))
