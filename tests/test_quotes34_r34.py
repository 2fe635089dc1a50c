"""Round-34 quotes lane: a quoted (or reported) wrongdoing whose subject is a pronoun or a passive.

'"They rigged the count," the opposition leader told reporters' is the named speaker's accusation (ACCUSE, 112)
with no target, as the GUIDE codes it: the sentence does not say who "they" are (not the audience told, nor the
thing wronged). "X said of Y" names them; a passive's agent is the accused. A pronoun quote with no wrongdoing, a
denied wrongdoing, a plain statement, and a quote with no named speaker stay no accusation.

Every sentence is composed for these tests; tests/data/news_articles_quotes_r34*.yaml hold composed articles,
scored by `python scripts/score_news_articles.py FILE`.
"""

from __future__ import annotations

import pytest

from composed import coder_on, of_type, pair

events = coder_on("2026-12-01")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ('"They stole this election in broad daylight," Georgian opposition leader Nika Melia told the crowd.', "GEO"),
        ('"They want to silence every critic," the Polish opposition leader said.', "POL"),
        ('"He has undermined every institution in the country," the Venezuelan opposition leader said.', "VEN"),
        ('"We were cheated," a Bolivian farmer said.', "BOL"),
        ('"The count was falsified in three provinces," the Malawian opposition spokesman said.', "MWI"),
        ("The Chilean minister said they had violated the agreement.", "CHL"),
    ],
)
def test_an_accusation_of_no_one_named_is_the_speakers_with_no_target(short, text, source):
    evs = events(short, text)
    accusations = of_type(evs, "ACCUSE")
    assert len(accusations) == 1, [(e.cameo["code"], e.trigger) for e in evs]
    assert pair(accusations[0]) == (source, None)
    assert accusations[0].target is None


def test_said_of_names_the_accused(short):
    evs = of_type(events(short, '"They are lying to the public," the Philippine senator said of the army.'), "ACCUSE")
    assert [pair(e) for e in evs] == [("PHL", "PHL")]
    assert evs[0].target is not None and evs[0].target.sector == "MIL"


def test_a_passive_accuses_its_agent_not_its_subject(short):
    evs = of_type(
        events(short, '"The vote was rigged by the ruling party," the Zambian opposition leader said.'), "ACCUSE"
    )
    assert len(evs) == 1
    assert evs[0].target is None or evs[0].target.text != "The vote"


@pytest.mark.parametrize(
    "text",
    [
        '"They are very proud of their work," the Nigerian football coach said.',  # no wrongdoing
        '"They did not rig the vote," the Ghanaian electoral commissioner said.',  # denied
        '"It is a beautiful day for our democracy," the Estonian president said.',  # a plain statement
        '"We expect the talks to resume in the spring," the Norwegian envoy said.',  # a plain statement
        '"Critics are being silenced one by one," she said.',  # no named speaker
        '"They rigged the vote," one man shouted.',  # no named speaker either (a bare "one man")
    ],
)
def test_no_accusation_without_a_wrongdoing_or_a_named_speaker(short, text):
    evs = events(short, text)
    assert of_type(evs, "ACCUSE") == [], [(e.cameo["code"], e.source) for e in evs]
