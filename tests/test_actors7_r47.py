"""Round 47 actors (lane actors7): people named by a trade are civilians, never armed men. A plural agent noun of a
trade the actor base does not know ("scrap dealers", "carpet weavers"), heading a clause's subject, is read as
civilians (actors/passes/trade_nouns.py, data/lexicon/trade_nouns.yaml), so their mob act or protest is no armed
attack by unidentified men; keepers of shops and crafts are listed agent nouns (data/actors/agents.yaml), one
each as victims. Armed doers, machines and people of a side keep what they were. The examples are composed for
these tests."""

from __future__ import annotations

import pytest

from composed import main_sub_type
from conftest import events_of
from wirecoder.actors.passes.trade_nouns import trade_noun
from wirecoder.evaluation.acled import main_event
from wirecoder.nlp import load_spacy


def _main(short, text):
    main = main_event(events_of(short, text))
    assert main is not None, text
    return main


@pytest.mark.parametrize(
    "text",
    [
        "Scrap dealers in Gujranwala beat a suspected thief to death.",
        "Carpet weavers in Herat rallied outside the governor's office over unpaid wages.",
        "Brick makers in Sialkot blocked the main road to protest a rise in coal prices.",
        "Cattle breeders and shop owners in Kisumu thrashed a suspected burglar.",
    ],
)
def test_trade_doers_are_civilians(short, text):
    src = _main(short, text).source
    assert src is not None and src.sector in ("CVL", "BUS"), (text, src)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Scrap dealers in Gujranwala beat a suspected thief to death.", "Mob violence"),
        ("Carpet weavers in Herat rallied outside the governor's office over unpaid wages.", "Peaceful protest"),
    ],
)
def test_trade_doers_types(short, text, want):
    assert main_sub_type(short, text) == want, text


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Gunmen killed a pharmacist in Kandahar on Sunday.", "CVL"),
        ("Masked gunmen shot dead a money changer in Kabul.", "BUS"),
        ("Unknown attackers stabbed a shopkeeper in Karachi.", "BUS"),
    ],
)
def test_trade_victims(short, text, sector):
    main = _main(short, text)
    assert main.target is not None and main.target.sector == sector, (text, main.target)
    assert main.source is not None and main.source.sector == "UAF", (text, main.source)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot dead two farmers in Zhob.",
        "Unidentified assailants killed a teacher in Turbat.",
        "Armed men attacked a checkpoint in Khyber.",
    ],
)
def test_armed_doers_stay_unidentified(short, text):
    src = _main(short, text).source
    assert src is not None and src.sector == "UAF", (text, src)


def test_trade_noun_word_class(settings):
    doc = load_spacy(settings.spacy_model)(
        "Bus conductors and porters protested while oil tankers, bombers and members waited."
    )
    by_word = {t.lower_: trade_noun(t) for t in doc}
    assert by_word["conductors"] is not None and by_word["conductors"].sector == "CVL"
    for word in ("tankers", "bombers", "members", "bus"):
        assert by_word[word] is None, word
