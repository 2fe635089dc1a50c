"""The main event of single news sentences (issue 11, class 8): advice is an appeal, a judgement an outlet
reports accuses no one. Every sentence is composed for these tests."""

from __future__ import annotations

import pytest

from wirecoder.article import Article, Event


def events(short, text: str) -> list[Event]:
    return short(Article(raw=text, source="test", published="2024-05-20")).events


@pytest.mark.parametrize(
    ("text", "code", "speaker", "addressee"),
    [
        ("The Chinese envoy said Japan should stop interfering in the affairs of the region.", "020", "envoy", "Japan"),
        ("The Kenyan president said Uganda should meet Rwanda in Nairobi next week.", "026", "president", "Uganda"),
    ],
)
def test_should_in_a_reported_clause_is_an_appeal(short, text, code, speaker, addressee):
    main = events(short, text)[0]
    assert main.cameo["code"] == code
    assert speaker in main.source.text and addressee in main.target.text


def test_must_in_a_reported_clause_stays_a_demand(short):
    main = events(short, "The foreign minister said Israel must withdraw its troops from the border area.")[0]
    assert main.cameo["root"] == "10"


@pytest.mark.parametrize(
    "text",
    [
        "According to the BBC, the Islamic State group was responsible for the bombing of the market in Raqqa.",
        "According to Xinhua, the separatists were responsible for the attack on the convoy near Quetta.",
        "According to local media, the Taliban were responsible for the attack on the convoy.",
    ],
)
def test_an_outlet_telling_who_is_responsible_accuses_no_one(short, text):
    evs = events(short, text)
    assert not [e for e in evs if e.cameo["root"] == "11"]
    assert all(e.source is not None for e in evs)


def test_an_actor_telling_who_is_responsible_accuses_them(short):
    evs = events(short, "According to the Nigerian army, Boko Haram was responsible for the bombing of the market.")
    accusations = [e for e in evs if e.cameo["code"] == "112"]
    assert accusations and "army" in accusations[0].source.text and "Boko Haram" in accusations[0].target.text
    assert any(e.cameo["root"] == "18" and e.source and "Boko Haram" in e.source.text for e in evs)
