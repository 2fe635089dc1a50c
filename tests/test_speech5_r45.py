"""Round 45 "speech5" lane: a state official's trip abroad told with a title for a subject ("Morocco's king arrived
in Dakar", "the Peruvian president arrived in Quito") is a visit to the host though the actor base knows no one by
that title, while trips at home, by people with no state role, or of goods are none; and the lemmatizer's "hop"
for "hoped" / "hoping" / "hopes" is mended, so "said she hoped X would ..." is the speaker's statement about X.
Composed examples."""

from __future__ import annotations

from composed import coder_on, current, pair
from wirecoder.lemma_repairs import verb_lemmas

events = coder_on("2026-12-05")


def _main(short, text):
    evs = current(events(short, text))
    assert evs, text
    return evs[0]


def test_possessive_title_arrival_abroad_is_a_visit(short):
    ev = _main(short, "Morocco's king arrived in Dakar on Tuesday.")
    assert ev.cameo["root"] == "04"
    assert pair(ev) == ("MAR", "SEN")


def test_adjective_title_arrival_abroad_is_a_visit(short):
    ev = _main(short, "The Peruvian president arrived in Quito late on Friday.")
    assert pair(ev) == ("PER", "ECU")


def test_title_arrival_at_home_is_no_event(short):
    assert not current(events(short, "Ghana's president arrived in Kumasi on Sunday."))


def test_arrival_of_people_without_state_role_is_no_event(short):
    assert not current(events(short, "The golf champion arrived in Dubai ahead of the tournament."))
    assert not current(events(short, "The first cargo of wheat arrived in Djibouti on Monday."))


def test_hoped_is_lemmatized_as_hope():
    assert verb_lemmas()["hoped"] == "hope"
    assert "hop" not in verb_lemmas().values()


def test_said_she_hoped_names_the_country_spoken_of(short):
    ev = _main(short, "The Estonian prime minister said she hoped Finland would join the air-defence project.")
    assert ev.cameo["root"] == "01"
    assert pair(ev) == ("EST", "FIN")


def test_hope_about_prices_is_no_event(short):
    evs = current(events(short, "The bakery owner said she hoped flour prices would drop before the holidays."))
    assert not evs or evs[0].target is None


def test_agreeing_to_resume_talks_is_between_the_two(short):
    evs = current(events(short, "Rabat and Algiers agreed to reopen talks on their shared border."))
    assert {pair(e) for e in evs} >= {("MAR", "DZA"), ("DZA", "MAR")}


def test_agreeing_to_act_towards_a_third_keeps_no_mutual_target(short):
    evs = current(events(short, "Spain and Italy agreed to send more medical supplies to Tunisia."))
    assert ("ESP", "ITA") not in {pair(e) for e in evs}


def test_hoped_act_is_no_event_of_its_doer(short):
    ev = _main(short, "The Chadian president said he hoped Libya would reopen its southern border soon.")
    assert ev.cameo["root"] == "01"
    assert pair(ev) == ("TCD", "LBY")


def test_believed_past_act_is_kept(short):
    evs = current(events(short, "The Polish minister said he believed Belarus had shelled the border post."))
    assert any(e.cameo["root"] != "01" for e in evs)
