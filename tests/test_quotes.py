"""Quotes and their speakers, on texts parsed with the real spaCy pipeline (and on the seed article)."""

from __future__ import annotations

import pytest

from wirecoder.article import Actor, Article, Mention, stable_id
from wirecoder.coding.quotes import find_quotes, quote_at, quote_spans

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def build(settings):
    """Article over ``text`` after the nlp and dates stages; mentions as given (no actor stage)."""
    from wirecoder.dates import TimeStage
    from wirecoder.nlp import NlpStage

    nlp_stage, time_stage = NlpStage(settings), TimeStage(settings)

    def make(text: str, mentions: list[Mention] | None = None, published: str | None = None) -> Article:
        article = Article(raw=text, source="test", id="quote-test", text=text, published=published)
        article = time_stage(nlp_stage(article))
        article.mentions = list(mentions or [])
        return article

    return make


def speakers(article: Article) -> list[tuple[str | None, str | None, str]]:
    return [(q.speaker.text if q.speaker else None, q.verb, q.text) for q in find_quotes(article)]


def test_quote_before_speaker(build):
    a = build("“The road will reopen next week,” Fatima Noor told reporters.")
    assert speakers(a) == [("Fatima Noor", "told", "The road will reopen next week")]


def test_quote_inverted_said_speaker(build):
    a = build("“We have no comment on the matter,” said Daniel Okafor.")
    assert speakers(a) == [("Daniel Okafor", "said", "We have no comment on the matter")]


def test_quote_speaker_is_the_appositive_person(build):
    a = build("“The embassy remains open for visitors,” announced the spokeswoman of the Foreign Office, Maria Lopez.")
    assert speakers(a)[0][:2] == ("Maria Lopez", "announced")


def test_quote_after_speaker_with_colon_and_straight_quotes(build):
    a = build('The mayor said: "Our city will recover from this storm."')
    assert speakers(a) == [("The mayor", "said", "Our city will recover from this storm.")]


def test_quote_pronoun_speaker_falls_back_to_previous_speaker(build):
    a = build(
        "“The bridge is safe for traffic again,” Governor Ahmed Raza said.\n\n"
        "He added that “the repairs cost far less than expected.”"
    )
    assert [s[:2] for s in speakers(a)] == [("Ahmed Raza", "said"), ("Ahmed Raza", "added")]


def test_quote_pronoun_speaker_uses_the_resolved_mention(build):
    text = "“Prices will fall soon,” the trader said.\n\nShe added that “the harvest was the best in years.”"
    she = text.index("She")
    actor = Actor(actor_id="x1", name="Amina Yusuf", country="NGA", sector="BUS")
    mention = Mention("She", she, she + 3, 1, "pronoun", actor=actor, via="coref")
    quotes = find_quotes(build(text, [mention]))
    assert quotes[1].speaker.name == "Amina Yusuf" and quotes[1].speaker.country == "NGA"
    assert quotes[1].speaker.text == "She"


def test_quote_speaker_from_a_name_mention(build):
    text = "“Aid must reach the north,” Pedro Alves told the council."
    start = text.index("Pedro")
    actor = Actor(actor_id="p1", name="Pedro Alves", country="BRA", sector="GOV")
    (quote,) = find_quotes(build(text, [Mention("Pedro Alves", start, start + 11, 0, "name", actor=actor)]))
    assert (quote.speaker.actor_id, quote.speaker.cameo, quote.speaker.start) == ("p1", None, start)


def test_quote_nominal_speaker_keeps_its_defining_phrase(build):
    a = build(
        "“No ships will leave today,” the spokesman for the port authority, which runs the docks, told reporters."
    )
    assert speakers(a)[0][:2] == ("the spokesman for the port authority", "told")


def test_quote_partial_inside_a_sentence(build):
    a = build("The assembly vowed not to let any militia “operate freely inside our borders.”")
    assert speakers(a) == [("The assembly", "vowed", "operate freely inside our borders.")]


def test_quote_spanning_two_sentences_is_one_quote(build):
    a = build("Markets were calm.\n\n“Talks went well. We expect a deal soon,” Lena Fischer wrote on social media.")
    (quote,) = find_quotes(a)
    assert quote.text == "Talks went well. We expect a deal soon"
    assert quote.speaker.text == "Lena Fischer" and quote.verb == "wrote"
    assert quote.sentence_index == 1


def test_quote_demanding_that_takes_the_main_subject(build):
    a = build(
        "Omar Haddad then mocked the board’s report, demanding that they “publish the full accounts before the vote.”"
    )
    assert speakers(a)[0][:2] == ("Omar Haddad", "demanding")


def test_quote_document_speaker_is_its_author(build):
    a = build(
        "The statement issued by the Northern Front, which warned of “a long and bloody campaign ahead,” was read on radio."
    )
    assert speakers(a)[0][:2] == ("the Northern Front", "warned")


def test_quote_paragraph_after_a_colon(build):
    a = build("The harbour master told the inquiry:\n\n“The crane failed because nobody had inspected it for years.”")
    assert speakers(a)[0][:2] == ("The harbour master", "told")


def test_quote_split_around_its_attribution(build):
    a = build("“We will fight,” Imran Qadri said, “until the last village is free.”")
    assert speakers(a) == [
        ("Imran Qadri", "said", "We will fight"),
        ("Imran Qadri", "said", "until the last village is free."),
    ]


def test_quote_verb_that_introduces_the_next_quote(build):
    a = build('The envoy said the blockade "hurts every family in the region," adding, "We need the port open now."')
    assert [s[:2] for s in speakers(a)] == [("The envoy", "said"), ("The envoy", "adding")]


def test_quote_document_with_a_possessor_is_the_possessor(build):
    a = build('The ministry\'s statement said the talks "achieved nothing of value for the farmers."')
    assert speakers(a)[0][:2] == ("The ministry", "said")


def test_quote_according_to(build):
    a = build("According to the police chief, “the suspects fled across the river before dawn.”")
    assert speakers(a)[0][0] == "the police chief"


def test_quote_continuations_keep_the_speaker(build):
    a = build(
        "“We will not back down,” the union leader said. “The strike goes on until wages rise.”\n\n"
        "“Nobody here wants to go back to work for less.”"
    )
    assert [s[0] for s in speakers(a)] == ["the union leader"] * 3


def test_quote_scare_quotes_are_skipped(build):
    assert find_quotes(build("The so-called “peace plan” was rejected by the parliament.")) == []
    assert find_quotes(build('Critics call the deal a "sellout" of farmers.')) == []


def test_quote_short_quote_with_a_framing_speech_verb_is_kept(build):
    a = build("Asked about the talks, the envoy told reporters: “No comment.”")
    assert speakers(a) == [("the envoy", "told", "No comment.")]


def test_quote_single_curly_marks_are_told_apart_from_apostrophes(build):
    a = build("‘We will answer every attack,’ the general told the farmers’ union.")
    assert speakers(a) == [("the general", "told", "We will answer every attack")]
    assert find_quotes(build("The ‘truce plan’ was rejected by the ‘council’ and the elders’ assembly.")) == []


def test_quote_single_marks_inside_a_double_quote_stay_inside(build):
    a = build("“She told me ‘never come back here’ and left the room,” the witness said.")
    (quote,) = find_quotes(a)
    assert quote.speaker.text == "the witness"
    assert quote.text == "She told me ‘never come back here’ and left the room"


def test_quote_without_a_parse_has_no_speaker():
    text = "“The port will stay closed until further notice,” the harbour master said."
    (quote,) = find_quotes(Article(raw=text, source="test", id="raw", text=text))
    assert quote.speaker is None and quote.text.startswith("The port")


def test_quote_record_fields(build):
    text = "“The border stays closed,” the minister said."
    a = build(text, published="2024-05-01")
    (q,) = find_quotes(a)
    assert text[q.start : q.end] == q.text
    assert q.id == stable_id(a.id, q.start)
    assert q.date == "2024-05-01"


def test_quote_spans_close_at_paragraph_end():
    text = "“First part of a long quote\n\n“Second part,” he said."
    spans = quote_spans(text)
    assert [(s.closed, text[s.open + 1 : s.close]) for s in spans] == [
        (False, "First part of a long quote"),
        (True, "Second part,"),
    ]


def test_quote_at_finds_the_enclosing_quote(build):
    text = "Crowds gathered. “We want our jobs back,” the organiser said."
    a = build(text)
    a.quotes = find_quotes(a)
    inside = text.index("jobs")
    assert quote_at(a, inside, inside + 4) is a.quotes[0]
    assert quote_at(a, 0, 6) is None


@pytest.fixture(scope="module")
def seed_quotes(pipeline, seed_text):
    """The seed article through every stage before ``events``, whatever the actor stage resolves."""
    article = Article(raw=seed_text, source="seed-article.txt")
    for stage in pipeline.stages:
        if stage.name == "events":
            break
        article = stage(article)
    return find_quotes(article)


def _who(quote) -> str:
    s = quote.speaker
    return " ".join(x for x in (s.text, s.name or "") if x) if s else ""


@pytest.mark.parametrize(
    ("opening", "speaker", "verb"),
    [
        ("They [TTP] are coming", ("Asif",), "told"),
        ("they may have sleeper cells", ("Asif",), "added"),
        ("We have been requesting", ("Asif",), "noted"),
        ("to provide sanctuaries", ("NSC", "National Security Committee"), "vowed"),
        ("deal with the full force", ("NSC", "National Security Committee", "council"), "promised"),
        ("The Islamic Emirate is trying", ("Mujahid",), "tweeted"),
        ("refrain from giving", ("Mujahid",), "demanding"),
        ("The government of Pakistan is a partner", ("Ned Price",), "announced"),
    ],
)
def test_quotes_seed_article_speakers(seed_quotes, opening, speaker, verb):
    matching = [q for q in seed_quotes if q.text.startswith(opening)]
    assert len(matching) == 1, [q.text[:30] for q in seed_quotes]
    quote = matching[0]
    assert any(name in _who(quote) for name in speaker), _who(quote)
    assert quote.verb == verb


def test_quotes_seed_article_has_only_story_quotes(seed_quotes):
    assert len(seed_quotes) == 8
    assert all(q.speaker is not None for q in seed_quotes)


def test_quote_passive_speech_verb_speaker_is_the_agent(build):
    a = build("The reforms were described by Senator Carla Mendes as “the boldest change in a generation.”")
    assert speakers(a)[0][:2] == ("Carla Mendes", "described")


def test_quote_participle_clause_takes_the_reporting_subject(build):
    a = build("The governor said the budget would not be cut, saying she expected “a difficult but fair year” ahead.")
    assert speakers(a)[0][0] in {"she", "The governor"}  # not "the budget"


def test_quote_speaker_is_never_inside_the_quote(build):
    a = build('The envoy said the blockade "hurts every family in the region," adding that talks would resume.')
    (quote,) = find_quotes(a)
    assert quote.speaker.text == "The envoy"
