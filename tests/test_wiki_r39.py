"""Round-39 whole news articles (lane wiki): classes that recur across Wikinews-style articles.

- The audience a speaker tells is not the target of what is said ("the minister told journalists the sanctions were
  illegal": no target, not the journalists); a named counterpart told ("told Erdogan ...") and an audience told to
  act ("told the crowd to go home") are not audiences dropped (coding/told_audiences.py, lexicon
  addressed_audiences).
- A body named by a region's adjective ("European governments", "Western diplomats", "Arab leaders") is of many
  states: it takes no country, not the speaker's or the story's (actors/foreign_actors.py, lexicon foreign_actors
  ``regions``); a name holding such a word ("Western Cape police", "African Union officials") keeps its own.

Every sentence is composed for these tests; tests/data/news_articles_r39*.yaml hold composed whole articles, scored
by `python scripts/score_news_articles.py FILE`.
"""

from __future__ import annotations

from composed import coder_on, current, of_type, pair

events = coder_on("2026-11-02")


def one(short, text: str, kind: str):
    evs = of_type(current(events(short, text)), kind)
    assert len(evs) == 1, [(e.plover, pair(e)) for e in current(events(short, text))]
    return evs[0]


def test_told_journalists_judgement_has_no_target(short):
    e = one(
        short,
        "The Brazilian foreign minister told journalists in Brasilia that the new tariffs were illegal.",
        "ACCUSE",
    )
    assert pair(e) == ("BRA", None)


def test_told_a_news_conference_denial_has_no_target(short):
    e = one(short, "Ghana's information minister told a news conference the reports were baseless.", "REJECT")
    assert pair(e) == ("GHA", None)


def test_told_named_counterpart_keeps_target(short):
    e = one(short, "Vladimir Putin told Recep Tayyip Erdogan the grain arrangement was a sham.", "ACCUSE")
    assert pair(e) == ("RUS", "TUR")


def test_told_reporters_keeps_the_one_judged_in_clause(short):
    e = one(short, "The Kenyan interior minister told reporters that Somalia was reckless.", "ACCUSE")
    assert pair(e) == ("KEN", "SOM")


def _told(short, text: str):
    from wirecoder.article import Article

    doc = short(Article(raw=text, source="test", published="2026-11-02")).doc
    return [t for t in doc if t.lemma_ == "tell"][0]


def test_audience_spans_of_told_reporters(short):
    from wirecoder.coding.told_audiences import audience_spans

    verb = _told(short, "The police chief told reporters the march was illegal.")
    assert [verb.doc.text[a:b] for a, b in audience_spans(verb, frozenset({"tell"}))] == ["reporters"]


def test_audience_told_to_act_is_no_mere_audience(short):
    from wirecoder.coding.told_audiences import audience_spans

    assert audience_spans(_told(short, "The police chief told the crowd to go home."), frozenset({"tell"})) == []


def test_regional_adjective_body_takes_no_speaker_country(short):
    e = one(short, "Tehran accused European governments of meddling in its internal affairs.", "ACCUSE")
    assert pair(e) == ("IRN", None)


def test_western_governments_are_not_the_speakers(short):
    e = one(short, "Beijing on Monday criticised Western governments for the new export curbs.", "ACCUSE")
    assert pair(e) == ("CHN", None)


def test_national_adjective_body_keeps_its_country(short):
    e = one(short, "Beijing on Monday criticised the German government for the new export curbs.", "ACCUSE")
    assert pair(e) == ("CHN", "DEU")


def test_name_holding_region_word_keeps_country(short):
    e = one(short, "Western Cape police arrested four protesters in Cape Town on Sunday.", "COERCE")
    assert pair(e)[0] == "ZAF"
