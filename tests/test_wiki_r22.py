"""Round-22 whole Wikinews-style articles: types, sources and targets of reactions and background.

- A promise to beat armed foes is a threat of force ("vowed to defeat the militants"); a promise to beat a bill
  or a rival at the polls is not.
- A war waged over a long span in the present perfect ("has fought the government for fifteen years") is the
  conflict's background, no fight of the story's time; a fight of hours or since a weekday stays.
- The nationality part of a region word ("Inter-American", "Pan-African") names no country.
- "The government" named bare by an opposition is its own country's, not the last government the story named.
- The object of a verb of causing does the act of its "to" clause ("prompting Peru to summon the envoy"), and
  that act is no part of an accusation above it.
Every text is composed for these tests; tests/data/news_articles_r22.yaml holds a larger composed set, scored by
`python scripts/score_news_articles.py tests/data/news_articles_r22.yaml`.
"""

from __future__ import annotations

from composed import coder_on
from wirecoder.article import Event

events = coder_on("2026-06-14")


def types(evs: list[Event], sentence: int = 0) -> list[str]:
    return [(e.plover or {}).get("type") for e in evs if e.sentence_index == sentence]


def of_type(evs: list[Event], kind: str, sentence: int = 0) -> list[Event]:
    return [e for e in evs if (e.plover or {}).get("type") == kind and e.sentence_index == sentence]


def country(p) -> str | None:
    return p.country if p is not None else None


# --- promises to beat armed foes


def test_vow_to_defeat_militants_is_a_threat(short):
    (ev,) = events(short, "The army chief vowed to defeat the insurgents in the north.")
    assert (ev.plover or {}).get("type") == "THREATEN"
    assert ev.target is not None and ev.target.text == "the insurgents"


def test_pledge_to_drive_out_invaders_is_a_threat(short):
    assert types(events(short, "The president pledged to drive out the invaders before winter.")) == ["THREATEN"]


def test_vow_to_defeat_a_bill_is_no_threat(short):
    """Negative: beating a bill in parliament is no force."""
    assert "THREATEN" not in types(events(short, "The opposition vowed to defeat the budget bill in parliament."))


def test_promise_to_root_out_corruption_is_no_threat(short):
    """Negative: no armed foe follows the verb."""
    assert "THREATEN" not in types(events(short, "The new governor promised to root out corruption in the ports."))


# --- wars waged over years


def test_war_fought_for_years_is_background(short):
    assert events(short, "The rebel movement has fought the central government for more than twenty years.") == []


def test_war_battled_for_a_decade_is_background(short):
    assert events(short, "Separatists have been battling the army for a decade.") == []


def test_fight_of_hours_stays_an_event(short):
    """Negative: a span of hours is the story's own fight."""
    evs = events(short, "The rebels have fought the army for six hours near the airport.")
    assert types(evs) == ["ASSAULT"]


def test_toll_over_years_stays(short):
    """Negative: killing is no waging verb; a toll over a span is kept as before."""
    assert types(events(short, "Insurgents have killed 700 people over four years.")) == ["ASSAULT"]


# --- region words


def test_inter_american_body_has_no_country(short):
    (ev,) = events(short, "The Inter-American Commission on Human Rights asked Ecuador to free the activists.")
    assert country(ev.source) is None
    assert country(ev.target) == "ECU"


def test_plain_nationality_word_keeps_its_country(short):
    """Negative: "American diplomats" are American."""
    (ev,) = events(short, "American diplomats urged Ecuador to free the activists.")
    assert country(ev.source) == "USA"


# --- the government of an opposition


def test_opposition_accuses_its_own_government(short):
    text = (
        "Prime Minister Narendra Modi met President Xi Jinping in Kazan on Tuesday. "
        "Indian opposition leader Rahul Gandhi accused the government of hiding the terms of the deal."
    )
    (ev,) = of_type(events(short, text), "ACCUSE", 1)
    assert country(ev.source) == "IND" and country(ev.target) == "IND"


def test_government_owned_in_words_stays_foreign(short):
    """Negative: "the Chinese government" is China's, whoever accuses it."""
    text = (
        "Prime Minister Narendra Modi met President Xi Jinping in Kazan on Tuesday. "
        "Indian opposition leader Rahul Gandhi accused the Chinese government of grabbing land."
    )
    (ev,) = of_type(events(short, text), "ACCUSE", 1)
    assert country(ev.target) == "CHN"


# --- verbs of causing


def test_prompted_country_summons_the_envoy(short):
    text = "Bolivian President Luis Arce called the removal a coup, prompting Peru to summon Bolivia's ambassador."
    evs = events(short, text)
    accuse = [(country(e.source), country(e.target)) for e in of_type(evs, "ACCUSE")]
    assert ("PER", "BOL") in accuse
    assert ("BOL", "BOL") not in accuse  # the accusation does not take the summoned envoy as its target


def test_forced_minister_resigns(short):
    (ev,) = of_type(events(short, "Weeks of strikes forced Prime Minister Ali to resign on Friday."), "CONCEDE")
    assert ev.source is not None and ev.source.text.endswith("Ali")


def test_urged_to_act_stays_an_appeal(short):
    """Negative: a verb of asking keeps its clause as its content."""
    assert types(events(short, "The government urged the rebels to lay down their arms.")) == ["REQUEST"]
