"""ACLED sub-event typing of news snippets: the composed set's score (scripts/score_acled_snippets.py) and the
typing rules, on sentences written for these tests (positive and negative)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "data" / "acled_snippets.yaml"


def _scorer():
    spec = importlib.util.spec_from_file_location("score_acled_snippets", ROOT / "scripts" / "score_acled_snippets.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_weighted_f1_counts_untyped_rows_against_precision():
    s = _scorer()
    assert s.weighted_f1([("Attack", "Attack"), ("Grenade", "Grenade")]) == 1.0
    # a negative row we type lowers the precision of that type; NONE is no label of its own
    assert s.weighted_f1([("Attack", "Attack"), (s.NONE, "Attack")]) == pytest.approx(2 / 3)
    result = s.score([{"text": "a", "sub": "Attack"}, {"text": "b", "sub": None}], ["(none)", "(none)"])
    assert result["no_event_share"] == 1.0 and result["false_event_share"] == 0.0


def test_fixture_covers_every_sub_event_type():
    from wirecoder.coding.ontology import load_ontology

    rows = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))
    subs = [r["sub"] for r in rows]
    for sub_types in load_ontology().acled_types.values():
        for sub in sub_types:
            assert subs.count(sub) >= 4, sub
    assert subs.count(None) >= 5


def _sub(short, text: str) -> str | None:
    from wirecoder.article import Article
    from wirecoder.evaluation.acled import main_event

    main = main_event(short(Article(raw=text, source="test", published="2025-03-10")).events)
    return main.acled["sub_event_type"] if main is not None else None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Army sappers blew up an unexploded mortar round found near a primary school.", "Disrupted weapons use"),
        (
            "The two armies exchanged artillery fire along the northern frontier on Monday.",
            "Shelling/artillery/missile attack",
        ),
        ("An attacker lobbed a grenade into a crowded cafe in the old town, wounding five customers.", "Grenade"),
        (
            "Riot police dispersed striking dockworkers who had blocked the entrance to the port.",
            "Protest with intervention",
        ),
        (
            "Police fired rubber bullets at students protesting against tuition fees, wounding 12 of them.",
            "Excessive force against protesters",
        ),
        (
            "Separatists destroyed a bridge in the Anglophone region of Cameroon.",
            "Looting/property destruction",
        ),
        (
            "Bandits ransacked a health centre in the village and carried away medicines.",
            "Looting/property destruction",
        ),
        ("Rebels took a dozen aid workers hostage near the border with Sudan.", "Abduction/forced disappearance"),
        ("The authorities banned all rallies and marches in the capital for one month.", "Other"),
        (
            "More than 200 fighters of the militia surrendered their weapons to the army in a ceremony.",
            "Change to group/activity",
        ),
        ("Unknown assailants stabbed the mayor of the town outside his house.", "Attack"),
        ("Teachers held a sit-in in front of the education ministry to demand unpaid wages.", "Peaceful protest"),
        ("The army and the rebel movement signed an agreement on a prisoner swap.", "Agreement"),
        # the weapon as the subject; force during a protest; restrictions; surrender; liberated places
        ("A rocket landed on a school in the border town, killing two pupils.", "Shelling/artillery/missile attack"),
        ("A grenade went off in a busy market, wounding nine shoppers.", "Grenade"),
        ("Police shot dead two men during a protest over land seizures.", "Excessive force against protesters"),
        ("Authorities cut mobile internet services in the northern province.", "Other"),
        ("More than 100 militants surrendered to the army with their weapons.", "Change to group/activity"),
        ("The rebels surrendered the town to the army after talks.", "Non-violent transfer of territory"),
        ("Government forces liberated three villages from the insurgents.", "Government regains territory"),
        ("Police arrested three opposition politicians on corruption charges.", "Arrests"),
        ("Rebels shot down a military transport plane over the northern desert.", "Shelling/artillery/missile attack"),
        (
            "Two deminers were killed when their pickup hit a landmine near the frontier.",
            "Remote explosive/landmine/IED",
        ),
        ("Villagers burned a suspected cattle thief to death near the market.", "Mob violence"),
        (
            "Police detained 25 people who had taken part in a rally against the new constitution.",
            "Protest with intervention",
        ),
        ("Troops dismantled three explosive devices planted under a bridge.", "Disrupted weapons use"),
        ("Police beat opposition supporters at a rally in the capital.", "Protest with intervention"),
    ],
)
def test_snippet_sub_event_types(short, text, sub):
    assert _sub(short, text) == sub


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "not_sub"),
    [
        ("The company destroyed its old paper records before the audit.", "Looting/property destruction"),
        ("The city council banned plastic bags in shops from next year.", "Other"),
        ("Government forces fired on a chemical plant held by the rebels.", "Chemical weapon"),
        ("The prime minister held talks with union leaders about the strike.", "Peaceful protest"),
        ("The film about a hostage crisis took five years to make.", "Abduction/forced disappearance"),
        ("Soldiers shot dead three militants who attacked their post.", "Attack"),
        ("The ministry suspended the licence of a private school.", "Other"),
        ("Police arrested two men who took part in a robbery at a jewellery shop.", "Protest with intervention"),
        ("The new government dismantled the old planning ministry.", "Disrupted weapons use"),
        ("A pedestrian was killed when a minibus hit a tree on the highway.", "Remote explosive/landmine/IED"),
        ("Police raided the offices of an opposition weekly and took away its computers.", "Protest with intervention"),
        ("Air defence units shot down three drones over the capital overnight.", "Shelling/artillery/missile attack"),
        ("A rocket scientist died in a car crash on the highway.", "Shelling/artillery/missile attack"),
        ("Police arrested a man on 3 March for stealing a car.", "Protest with intervention"),
    ],
)
def test_snippet_sub_event_negatives(short, text, not_sub):
    assert _sub(short, text) != not_sub


@pytest.mark.slow
def test_composed_snippets_score_holds(short):
    """The composed set's weighted F1 and no-event share stay at what the rules reach (measured 2026-12)."""
    s = _scorer()
    rows = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))
    result = s.score(rows, [_sub(short, r["text"]) or s.NONE for r in rows])
    assert result["weighted_f1"] >= 0.86
    assert result["no_event_share"] <= 0.08


@pytest.mark.slow
def test_afpak_snippets_score_holds(short):
    """The Pakistan and Afghanistan snippets (written before their rules: weighted F1 .819; after: .871)."""
    s = _scorer()
    rows = yaml.safe_load((ROOT / "tests" / "data" / "acled_snippets_afpak.yaml").read_text(encoding="utf-8"))
    result = s.score(rows, [_sub(short, r["text"]) or s.NONE for r in rows])
    assert result["weighted_f1"] >= 0.82
    assert result["no_event_share"] <= 0.04 and result["false_event_share"] == 0.0
