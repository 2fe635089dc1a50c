"""Round 45 precision (lane precision4): words against a player, a coach or a referee are sports talk
(combine/sports_talk.py); a "call" attacked is criticism (figurative_objects.yaml); a present perfect habit of
critics or fans named only by their kind is no event (coding/generic_acts.py); a state marking an anniversary or
a day of mourning is remembrance (combine/commemorations.py); a deal firms make among themselves is no event
(combine/corporate_deals.py); a drill phrase hung on the verb's place noun still makes force a drill
(combine/drill_force.py); a warning of chaos or disaster is a pessimistic comment, 012, not a threat. Controls
between political actors keep their events. The examples are composed for these tests."""

from __future__ import annotations

import pytest

from composed import cameo_codes, coder_on, current

events = coder_on("2026-12-05")


@pytest.mark.parametrize(
    "text",
    [
        "The Argentine winger blasted the referee's call in the post-match interview.",
        "Angry supporters lambasted the Senegalese coach after the team crashed out.",
        "The Turkish club accused the referee of favouring the visitors.",
        "Critics have long accused the cricket board of cronyism.",
        "Sceptics have often questioned the motives of the Olympic committee.",
        "Poland marked the 85th anniversary of the outbreak of the Second World War.",
        "Indonesians commemorated the victims of the 2004 tsunami in Aceh.",
        "Ghana declared a week of national mourning for the late king.",
        "Two Japanese banks signed a merger agreement in Tokyo.",
        "Samsung and a Dutch chipmaker agreed to build a research centre in Eindhoven.",
    ],
)
def test_sports_critics_commemorations_and_firm_deals_give_no_event(short, text):
    assert cameo_codes(current(events(short, text))) == [], text


def test_drill_phrase_on_the_place_noun_is_a_show_of_force(short):
    codes = cameo_codes(current(events(short, "Indian jets fired missiles at a target range during exercises.")))
    assert codes == ["150"]


def test_warning_of_chaos_is_a_pessimistic_comment(short):
    assert cameo_codes(events(short, "The Bolivian opposition warned of chaos if the count is delayed.")) == ["012"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Iran warned of severe consequences if Israel struck its nuclear sites.", "130"),
        ("The Turkish president accused Greece of harbouring coup plotters.", "112"),
        ("Russia has long accused NATO of encircling it.", "112"),
        ("The US imposed sanctions on three Iranian shipping companies.", "163"),
        ("Kenya and a Chinese firm signed a deal to build a railway.", "057"),
        ("Gunmen shot the referee dead after a village match in Honduras.", "190"),
    ],
)
def test_controls_keep_their_events(short, text, code):
    codes = cameo_codes(current(events(short, text)))
    assert any(c.startswith(code) for c in codes if c), (text, codes)
