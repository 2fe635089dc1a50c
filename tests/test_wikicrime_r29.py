"""Round-29 security and justice stories in whole news articles (lane wikicrime), read against the wikinews-dev
GUIDE (court rulings, lawsuits and inquiries are ACCUSE; arrests and charges are COERCE).
- Appealing a verdict or a sentence is a legal challenge to the ruling (CAMEO 111, as "challenged the verdict"
  already was), no appeal to anyone for help (verbs.yaml appeal frames); "appealed to X to ..." stays 020.
- The bodies and officers of courts and inquiries are actors: tribunal, magistrate, prosecution, jury, attorney
  general, investigators, ombudsman, oversight agencies (data/actors/agents.yaml).
- A sentence handed out is a sentence (116): "were given life sentences", "handed down a death sentence"; "jailed
  for five years" and "jailed pending trial" stay 173 (the PETRARCH2 AFP gold codes a court jailing for years as
  173). Prosecutors seeking a sentence demand it (100) (verbs.yaml give-sentence, seek-sentence).
- Arrests counted over years ("has arrested hundreds of militants since 2002", "several governors have been
  jailed in recent years") are a record, no incident; this week's count stays (combine/yearly_arrests.py).
Every sentence is composed for these tests; tests/data/news_articles_crime_r29*.yaml hold composed whole
articles, scored by `python scripts/score_news_articles.py FILE`.
"""

from __future__ import annotations

from wirecoder.article import Article


def coded(short, text: str) -> list[tuple[int, str, str | None, str | None]]:
    evs = short(Article(raw=text, source="test", published="2026-11-12")).events
    return [
        (
            e.sentence_index,
            e.cameo["code"],
            e.source.country if e.source else None,
            e.target.country if e.target else None,
        )
        for e in evs
        if not e.background
    ]


def any_codes(short, text: str, sentence: int) -> list[str]:
    """Every event's code in the sentence, background ones too (the Wikinews scoring keeps them)."""
    evs = short(Article(raw=text, source="test", published="2026-06-18")).events
    return [e.cameo["code"] for e in evs if e.sentence_index == sentence]


def codes_of(got: list[tuple[int, str, str | None, str | None]], sentence: int) -> list[str]:
    return [c for s, c, _, _ in got if s == sentence]


# --- appeals against a ruling


def test_appealing_a_sentence_challenges_the_ruling(short):
    got = coded(short, "A court jailed a journalist in Tunis on Monday. The lawyers appealed the sentence on Friday.")
    assert codes_of(got, 1) == ["111"]


def test_saying_one_will_appeal_the_verdict_is_no_request(short):
    got = coded(short, "A court jailed a journalist in Tunis on Monday. His lawyer said he would appeal the verdict.")
    assert codes_of(got, 1) == ["111"]


def test_appealing_to_someone_stays_an_appeal(short):
    got = coded(short, "Fighting broke out in Juba on Monday. The bishop appealed to both sides to stop the fighting.")
    assert codes_of(got, 1) == ["020"]


# --- court and inquiry bodies as actors


def test_a_tribunal_is_a_court(short):
    got = coded(short, "Police in Kinshasa arrested 40 men on Monday. A tribunal later sentenced 37 of them to death.")
    assert [(s, c, src) for s, c, src, _ in got if s == 1] == [(1, "116", "COD")]


def test_an_oversight_agency_opening_an_inquiry_investigates(short):
    got = coded(
        short,
        "Police shot a man in Chicago on Monday. The city's police oversight agency has opened a separate inquiry.",
    )
    assert (1, "090", "USA", None) in got


def test_a_travel_agency_is_no_actor(short):
    got = coded(short, "Police shot a man in Chicago on Monday. A travel agency opened a new office in the city.")
    assert codes_of(got, 1) == []


# --- terms given as sentences


def test_jailed_for_years_stays_an_arrest_code(short):
    # the human-coded CAMEO (PETRARCH2 AFP) gold codes a court jailing someone for years as 173
    got = coded(short, "A court in Dhaka on Monday jailed five student leaders for three years over the protests.")
    assert codes_of(got, 0) == ["173"]


def test_given_life_sentences_is_a_sentence(short):
    got = coded(short, "Two other defendants were given life sentences by the court in Peshawar on Monday.")
    assert codes_of(got, 0) == ["116"]


def test_handed_down_a_death_sentence_is_a_sentence(short):
    got = coded(short, "The judge in Nairobi on Monday handed down a death sentence to the two men.")
    assert codes_of(got, 0) == ["116"]


def test_jailed_pending_trial_stays_an_arrest(short):
    got = coded(short, "A court in Istanbul on Monday jailed the mayor pending trial.")
    assert codes_of(got, 0) == ["173"]


def test_giving_compensation_is_no_sentence(short):
    got = coded(short, "The government in Lima gave the families compensation on Monday.")
    assert "116" not in codes_of(got, 0)


def test_prosecutors_seeking_the_death_penalty_demand_it(short):
    got = coded(short, "Prosecutors in Lima sought the death penalty for the three men on Monday.")
    assert (0, "100", "PER", None) in got


def test_seeking_refuge_is_no_demand(short):
    got = coded(short, "Fighting broke out in Goma on Monday. Thousands of villagers sought refuge in a church.")
    assert "100" not in codes_of(got, 1)


# --- arrests counted over years


def test_arrests_since_a_year_long_ago_are_a_record(short):
    text = (
        "Counter-terrorism police shot dead two suspected militants in a raid in Sulawesi on Tuesday. "
        "Officers seized bombs at the house. "
        "Indonesia has arrested hundreds of suspected militants since the Bali bombings of 2002."
    )
    assert any_codes(short, text, 2) == []


def test_jailings_in_recent_years_are_a_record(short):
    text = (
        "Guatemala on Wednesday handed a former governor to Mexico. He is accused of diverting public money. "
        "Several former governors have been jailed in Mexico for corruption in recent years."
    )
    assert any_codes(short, text, 2) == []


def test_arrests_since_friday_stay(short):
    got = coded(short, "Protests spread across Iran on Monday. Police have arrested more than 300 people since Friday.")
    assert codes_of(got, 1) == ["173"]


def test_arrests_since_the_protests_began_stay(short):
    got = coded(
        short,
        "Protests spread across Iran on Monday. Police have arrested more than 300 people since the protests began.",
    )
    assert codes_of(got, 1) == ["173"]
