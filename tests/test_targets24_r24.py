"""Round-24 targets: conjoined subjects of a bilateral act (ties restored, resumed or reopened; talks held) act
on each other, as the Wikinews coders pair them ("Chile and Peru restored relations": CHL->PER, PER->CHL); deals
(agreed, signed), acts on a named third party, acts that name a third country's place and acts that are not
bilateral (condemned, sent aid) keep what they had.

Every sentence is composed for these tests; tests/data/cameo_sentences_r24*.yaml hold composed batches, scored
by `python scripts/score_cameo_sentences.py FILE`.
"""

from __future__ import annotations

import pytest

from wirecoder.article import Article


def pairs(short, text: str) -> set[tuple[str | None, str | None]]:
    evs = short(Article(raw=text, source="test", published="2024-05-20")).events
    return {
        (e.source.country if e.source else None, e.target.country if e.target else None)
        for e in evs
        if not e.background
    }


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Chile and Peru restored full diplomatic relations on Monday.", "CHL", "PER"),
        ("Colombia and Venezuela reopened their consulates on Saturday.", "COL", "VEN"),
        ("Armenia and Azerbaijan resumed talks on a peace treaty on Friday.", "ARM", "AZE"),
        ("Greek and Turkish diplomats held talks in Ankara on Monday.", "GRC", "TUR"),
        ("Indian and Chinese commanders held another round of talks on Saturday.", "IND", "CHN"),
    ],
)
def test_targets24_bilateral_acts_pair_both_ways(short, text: str, a: str, b: str):
    got = pairs(short, text)
    assert (a, b) in got and (b, a) in got


@pytest.mark.parametrize(
    ("text", "sources", "target"),
    [
        # deals are left to the PLOVER GSR's reading: each signer, no target
        ("Uruguay and Paraguay signed a river navigation agreement on Tuesday.", {"URY", "PRY"}, None),
        ("Kazakhstan and Uzbekistan agreed to build a joint water reservoir.", {"KAZ", "UZB"}, None),
        # not bilateral acts
        ("Britain and France condemned the bombing on Sunday.", {"GBR", "FRA"}, None),
        # a third party named: it stays the target, or the act is not between the two
        ("Britain and France held talks with Iran on Monday.", {"GBR", "FRA"}, "IRN"),
        ("Britain and France reopened their embassies in Damascus on Monday.", {"GBR", "FRA"}, "SYR"),
    ],
)
def test_targets24_other_conjoined_acts_keep_their_targets(short, text: str, sources: set[str], target):
    got = pairs(short, text)
    assert {s for s, _ in got} == sources
    assert {t for _, t in got} == {target}


@pytest.fixture(scope="module")
def nlp_doc(settings):
    """Parse one text and mend it as the pipeline does."""
    from wirecoder.nlp import load_spacy, repair_parse

    nlp = load_spacy(settings.spacy_model, settings.max_sentence_tokens, settings.max_chars)
    return lambda text: repair_parse(nlp, nlp(text))


def recipient_of(short, text: str) -> set[str | None]:
    evs = short(Article(raw=text, source="test", published="2024-05-20")).events
    return {e.target.country if e.target else None for e in evs if not e.background}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Japan will send Sri Lanka medical supplies and tents.", "LKA"),
        ("Britain will give Jordan generators and blankets.", "JOR"),
        ("The EU will give the Philippines food aid after the typhoon.", "PHL"),
    ],
)
def test_targets24_recipient_read_into_the_object(short, text: str, country: str):
    assert recipient_of(short, text) == {country}


def test_targets24_folded_recipient_parse(nlp_doc):
    doc = nlp_doc("Britain will give Jordan water purification equipment and generators.")
    jordan = next(t for t in doc if t.text == "Jordan")
    assert jordan.dep_ == "dative" and jordan.head.lemma_ == "give"


@pytest.mark.parametrize(
    "text",
    [
        "Washington will send US troops to Poland next month.",  # a recipient after "to"; US owns the troops
        "The president will send US warships to the Gulf.",
        "The deal will give Chinese firms access to the market.",  # a demonym, no country name
        "Qatar handed Lebanon's army a shipment of fuel on Monday.",  # the owner, by "'s"
    ],
)
def test_targets24_owner_before_the_object_is_no_recipient(nlp_doc, text: str):
    doc = nlp_doc(text)
    assert not any(t.dep_ == "dative" and t.ent_type_ == "GPE" for t in doc)
