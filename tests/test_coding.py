"""Event coding on sentences composed for these tests (not from the seed or the gold sets).

Mentions are made here from a small actor table, as the actors stage would, so that these tests check
the coder alone; ``test_coding_seed_*`` runs the whole pipeline on the seed article.
"""

from __future__ import annotations

import re

import pytest

from wirecoder.article import Actor, Article, Mention

ACTORS = {
    "Rufus Firefly": ("FRD", "GOV"),
    "Firefly": ("FRD", "GOV"),
    "the Sylvanian government": ("SYL", "GOV"),
    "the government of Sylvania": ("SYL", "GOV"),
    "Sylvania": ("SYL", None),
    "the Northern Front": ("RUR", "REB"),
    "the Ruritanian army": ("RUR", "MIL"),
    "Ruritanian soldiers": ("RUR", "MIL"),
    "Ruritania": ("RUR", None),
    "Tomas Varga": ("RUR", "REB"),
    "Anna Berg": ("RUR", "GOV"),
    "Karl Hess": ("RUR", "GOV"),
    "villagers": ("RUR", "CVL"),
}
PLACES = {"Zenda": "RUR", "Strel": "SYL"}


@pytest.fixture(scope="module")
def stages(settings):
    from wirecoder.coding import EventStage
    from wirecoder.dates import TimeStage
    from wirecoder.nlp import NlpStage

    return NlpStage(settings), TimeStage(settings), EventStage(settings)


def _mentions(article: Article) -> list[Mention]:
    doc = article.doc
    taken: list[tuple[int, int]] = []
    out: list[Mention] = []
    names = sorted([*ACTORS, *PLACES], key=len, reverse=True)
    for name in names:
        for m in re.finditer(r"\b" + re.escape(name) + r"\b", article.text, re.IGNORECASE):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            sent = next(s.index for s in article.sentences if s.start <= m.start() < s.end)
            if name in PLACES:
                actor = Actor(name=name, country=PLACES[name])
                kind = "place"
            else:
                country, sector = ACTORS[name]
                actor = Actor(actor_id=name.lower(), name=name, country=country, sector=sector)
                kind = "name"
            out.append(Mention(m.group(0), m.start(), m.end(), sent, kind, actor, "kb", span.root.i))
    return sorted(out, key=lambda x: x.start)


@pytest.fixture(scope="module")
def code(stages):
    nlp, dates, events = stages

    def run(text: str, published: str = "2024-03-05") -> Article:
        art = Article(raw=text, source="test", id="a1", text=text, published=published)
        art = dates(nlp(art))
        art.mentions = _mentions(art)
        return events(art)

    return run


def _only(article: Article, root: str):
    found = [e for e in article.events if e.cameo["root"] == root]
    assert found, [(e.cameo["code"], e.trigger["text"]) for e in article.events]
    return found


def test_coding_active_accuse(code):
    art = code("Rufus Firefly accused the government of Sylvania of sheltering armed groups.")
    ev = _only(art, "11")[0]
    assert ev.cameo["code"].startswith("112")
    assert ev.source.name == "Rufus Firefly" and ev.target.country == "SYL"
    assert ev.plover["type"] == "ACCUSE" and ev.acled == {"event_type": None, "sub_event_type": None}
    assert ev.trigger["lemma"] == "accuse" and ev.evidence["start"] == 0
    assert 0 < ev.confidence <= 1


def test_coding_passive_attack_source_is_agent(code):
    art = code("The Ruritanian army was attacked by the Northern Front on Tuesday.")
    ev = _only(art, "19")[0]
    assert ev.source.name == "the Northern Front"
    assert ev.target.name == "the Ruritanian army"
    assert ev.plover["type"] == "ASSAULT"
    assert ev.acled["sub_event_type"] == "Armed clash"


def test_coding_nominal_with_of_and_by(code):
    art = code("The kidnapping of the mayor Anna Berg by the Northern Front shocked the town.")
    ev = _only(art, "18")[0]
    assert ev.cameo["code"] == "181"
    assert ev.source.name == "the Northern Front" and ev.target.name == "Anna Berg"


def test_coding_assassination_without_source_keeps_source_null(code):
    from wirecoder.coding.calibration import uncalibrated

    with uncalibrated():  # the coder's raw score: an act without its maker is less sure
        art = code("The assassination of the rebel commander Tomas Varga ended the talks.")
    ev = [e for e in art.events if e.cameo["code"] == "186"][0]
    assert ev.source is None
    assert ev.target.name == "Tomas Varga"
    assert ev.confidence < 0.6


def test_coding_event_noun_subject_stands_for_no_actor(code):
    art = code("The assassination of the rebel commander Tomas Varga contributed to the collapse of the truce.")
    assert [e.cameo["code"] for e in art.events if e.source and e.source.name == "Tomas Varga"] == []


def test_coding_negation_flag(code):
    art = code("The Ruritanian army did not attack the Northern Front yesterday.")
    ev = _only(art, "19")[0]
    assert ev.negated is True


def test_coding_conjoined_targets_give_one_event_each(code):
    art = code("Rufus Firefly criticized the Northern Front and the Sylvanian government on Monday.")
    targets = {e.target.name for e in art.events if e.cameo["code"] == "111"}
    assert targets == {"the Northern Front", "the Sylvanian government"}
    ids = [e.id for e in art.events]
    assert len(ids) == len(set(ids))


def test_coding_quantities_fatalities_and_location(code):
    art = code("The Northern Front killed 12 Ruritanian soldiers in Zenda on Sunday.")
    ev = _only(art, "19")[0]
    assert ev.fatalities == 12
    assert any(q.kind == "killed" and q.value == 12 for q in ev.quantities)
    assert ev.location == {"name": "Zenda", "country": "RUR"}
    assert ev.date == "2024-03-03" or ev.date is not None


def test_coding_light_verb_gives_source(code):
    art = code("The Northern Front carried out an attack on the Ruritanian army.")
    ev = _only(art, "19")[0]
    assert ev.source.name == "the Northern Front" and ev.target.name == "the Ruritanian army"


def test_coding_threat_with_military_force(code):
    art = code("Ruritania threatened the Northern Front with military force.")
    ev = _only(art, "13")[0]
    assert ev.cameo["code"] == "138" and ev.target.name == "the Northern Front"
    assert ev.plover == {"type": "THREATEN", "mode": "violence"}


def test_coding_intent_to_assist(code):
    art = code("The Sylvanian government stands ready to assist Ruritania.")
    ev = _only(art, "03")[0]
    assert ev.cameo["code"] == "033" and ev.source.name == "the Sylvanian government"
    assert not [e for e in art.events if e.cameo["root"] == "07"]


def test_coding_responsible_for_attacks(code):
    art = code("The Northern Front is responsible for more than 40 attacks inside Ruritania.")
    ev = _only(art, "19")[0]
    assert ev.source.name == "the Northern Front"
    assert ev.target.name == "Ruritania"
    assert any(q.kind == "attacks" and q.value == 40 for q in ev.quantities)


def test_coding_mediation_between_two_parties(code):
    art = code(
        "Fighting continued despite Sylvania's efforts to broker peace between the Northern Front and Ruritania."
    )
    found = {(e.source.name, e.target.name) for e in art.events if e.cameo["code"] == "045"}
    assert found == {("Sylvania", "the Northern Front"), ("Sylvania", "Ruritania")}


def test_coding_subject_that_is_not_an_actor_is_skipped(code):
    art = code("The remarks criticized the Northern Front sharply.")
    assert not [e for e in art.events if e.cameo["root"] == "11"]


def test_coding_we_in_quote_is_the_speaker(code):
    art = code('"We will never negotiate with the Northern Front," Karl Hess told reporters in Strel.')
    ev = _only(art, "12")  # "will never negotiate": a refusal (125)
    assert any(e.source is not None and e.source.name == "Karl Hess" for e in ev)
    assert all(e.reported_by is None or e.reported_by.name == "Karl Hess" for e in ev)


def test_coding_attack_that_is_condemned_is_not_a_second_event(code):
    art = code("Rufus Firefly condemned the deadly attack on Ruritanian soldiers in Zenda.")
    assert [e.cameo["code"] for e in art.events] == ["111"]
    art = code("Rufus Firefly condemned the Northern Front's attack on the Ruritanian army.")
    assert {e.cameo["root"] for e in art.events} == {"11", "19"}


def test_coding_conjoined_sources_of_a_mutual_act_give_one_event_each(code):
    art = code("The Sylvanian government and the Northern Front signed a peace agreement in Strel.")
    pairs = {(e.source.name, e.target) for e in art.events if e.cameo["code"] == "057"}
    assert pairs == {("the Sylvanian government", None), ("the Northern Front", None)}
    assert all(e.acled["sub_event_type"] == "Agreement" for e in art.events if e.cameo["code"] == "057")


def test_coding_rockets_fired_at_an_actor(code):
    art = code("The Northern Front fired rockets at Ruritania on Friday.")
    ev = _only(art, "19")[0]
    assert ev.cameo["code"] == "194" and ev.target.name == "Ruritania"
    assert ev.location is None or ev.location["name"] != "Ruritania"


def test_coding_violent_participle_merges_into_the_attack(code):
    art = code("A suicide bomber struck a market in Zenda, killing 9 villagers.")
    violent = [e for e in art.events if e.cameo["root"] in ("18", "19")]
    assert len(violent) == 1
    ev = violent[0]
    # the nine villagers and the bomber, whose death the text leaves untold (attack data count perpetrators)
    assert ev.source is None and ev.target.name == "villagers" and ev.fatalities == 10
    assert ev.cameo["code"] == "1831" and ev.location["name"] == "Zenda"


def test_coding_conjoined_verbs_share_the_subject(code):
    art = code("The Northern Front attacked and occupied Zenda last month.")
    codes = {e.cameo["code"]: e for e in art.events}
    assert {"190", "192"} <= set(codes)
    assert codes["192"].source.name == "the Northern Front" and codes["190"].source.name == "the Northern Front"


def test_coding_violent_noun_subject_is_the_event(code):
    art = code("A Zenda car bombing killed 5 villagers on Friday.")
    violent = [e for e in art.events if e.cameo["root"] in ("18", "19")]
    assert len(violent) == 1
    ev = violent[0]
    assert ev.cameo["code"] == "1832" and ev.trigger["text"] == "bombing"
    assert ev.source is None  # a city in the noun phrase is where, not who
    assert ev.target.name == "villagers" and ev.fatalities == 5
    assert ev.location["name"] == "Zenda"


def test_coding_attacking_a_decision_is_criticism(code):
    art = code("Rufus Firefly attacked the decision of the Sylvanian government.")
    assert [e.cameo["code"] for e in art.events] == ["111"]


def test_coding_they_in_reported_speech_is_the_reporter(code):
    art = code("Karl Hess explained that they contacted the Sylvanian government last week.")
    ev = _only(art, "04")[0]
    assert ev.source.name == "Karl Hess" and ev.target.name == "the Sylvanian government"
    assert ev.reported_by.name == "Karl Hess"


def test_coding_according_to_gives_reported_by(code):
    art = code("According to Anna Berg, the Northern Front killed 3 Ruritanian soldiers.")
    ev = _only(art, "19")[0]
    assert ev.reported_by.name == "Anna Berg" and ev.source.name == "the Northern Front"


def test_coding_every_event_has_three_ontologies_and_stable_id(code):
    text = "Rufus Firefly condemned the Northern Front. The Northern Front kidnapped villagers in Zenda."
    first = code(text)
    second = code(text)
    assert [e.id for e in first.events] == [e.id for e in second.events]
    for e in first.events:
        assert set(e.cameo) == {"code", "root", "name", "goldstein", "quad_class"}
        assert set(e.plover) == {"type", "mode"} and set(e.acled) == {"event_type", "sub_event_type"}
    abduction = [e for e in first.events if e.cameo["code"] == "181"][0]
    assert abduction.acled["sub_event_type"] == "Abduction/forced disappearance"


# --------------------------------------------------------------------------------------- seed article

MUST = [
    # (words of the evidence sentence, CAMEO roots accepted, source country or None for "no source")
    ("issued a harsh statement", {"11"}, "PAK"),
    ("accused the leadership", {"11"}, "PAK"),
    ("150 attacks", {"18", "19"}, "PAK"),
    ("killed 40 Pakistani soldiers", {"19", "18"}, "PAK"),
    ("contacted Afghanistan", {"04", "02"}, "PAK"),
    ("vowed not to allow", {"13"}, "PAK"),
    ("committed to this goal", {"03"}, "AFG"),
    ("ridiculed Asif", {"11", "10"}, "AFG"),
    ("assassination of the group", {"18"}, None),
    ("factored in more than", {"07"}, "USA"),
    ("we stand ready to assist", {"03"}, "USA"),
]


@pytest.mark.slow
def test_coding_seed_must_events(seed):
    missing = []
    for words, roots, country in MUST:
        hits = [e for e in seed.events if words in e.evidence["sentence"] and e.cameo["root"] in roots]
        if country is None:
            ok = any(e.source is None for e in hits)
        else:
            ok = any(e.source is not None and e.source.country == country for e in hits)
        if not ok:
            missing.append(words)
    assert not missing


@pytest.mark.slow
def test_coding_seed_runs_and_codes_the_assassination_without_source(seed):
    assert all(e.cameo["code"] in ("186", "185") or e.cameo["root"] for e in seed.events)
    assassinations = [e for e in seed.events if e.cameo["code"] == "186"]
    assert assassinations and all(e.source is None for e in assassinations)


# --------------------------------------------------------------------------------------- pattern files


def test_patterns_cover_every_cameo_root():
    from wirecoder.coding.patterns import load_patterns

    ps = load_patterns("cameo.v1")
    roots = set()
    for table in (ps.verbs, ps.nouns):
        for pats in table.values():
            for p in pats:
                if p.origin.startswith("petrarch2"):
                    continue
                roots.update(c[:2] for c in [p.code, *(f.code for f in p.frames)] if c)
    assert {f"{r:02d}" for r in range(1, 21)} <= roots
    assert any(p.origin.startswith("petrarch2") for pats in ps.verbs.values() for p in pats)


def test_patterns_unknown_set_is_a_config_error():
    from wirecoder.coding.patterns import load_patterns
    from wirecoder.errors import ConfigError

    with pytest.raises(ConfigError, match="cameo.v1"):
        load_patterns("no-such-set")


def test_patterns_bad_code_is_a_data_error_with_line(tmp_path):
    import shutil

    from wirecoder.coding.patterns import load_patterns, patterns_dir
    from wirecoder.errors import DataError

    for f in patterns_dir("cameo.v1").iterdir():
        shutil.copy(f, tmp_path / f.name)
    verbs = tmp_path / "verbs.yaml"
    verbs.write_text(
        verbs.read_text(encoding="utf-8") + '  - {id: oops, lemmas: [frobnicate], code: "999"}\n', encoding="utf-8"
    )
    with pytest.raises(DataError) as err:
        load_patterns("cameo.v1", str(tmp_path))
    assert "999" in str(err.value) and err.value.line is not None


def test_patterns_prepositions_stay_words(tmp_path):
    from wirecoder.coding.patterns import load_patterns

    ps = load_patterns("cameo.v1")
    attack = [p for p in ps.candidates("noun", "attack") if p.id == "attack-n"][0]
    assert attack.target[0] == "prep:on"


def test_coding_about_to_is_the_act_not_an_intent(code):
    art = code("The Sylvanian government is about to restore diplomatic relations with Ruritania.")
    roots = {e.cameo["root"] for e in art.events}
    assert roots and "03" not in roots, [(e.cameo["code"], e.pattern) for e in art.events]


def test_coding_reported_clause_is_not_absorbed_by_the_reporting_verb(code):
    art = code("Karl Hess told reporters that the Ruritanian army had shelled villagers near Zenda.")
    ev = _only(art, "19")[0]
    assert ev.source.name == "the Ruritanian army" and ev.target.name == "villagers"
    assert ev.reported_by is not None and ev.reported_by.name == "Karl Hess"


def test_coding_future_cooperation_is_an_intent_even_when_reported(code):
    art = code("Anna Berg said the Sylvanian government will provide food aid to Ruritania.")
    ev = _only(art, "03")[0]
    assert ev.source.name == "the Sylvanian government" and ev.cameo["code"] == "033"


def test_coding_threat_takes_the_target_of_its_complement(code):
    art = code("Tomas Varga vowed to destroy the Ruritanian army.")
    ev = _only(art, "13")[0]
    assert ev.source.name == "Tomas Varga" and ev.target.name == "the Ruritanian army"
    assert not [e for e in art.events if e.cameo["root"] in {"17", "18", "19", "20"}]


def test_coding_condemned_attack_by_an_actor_targets_that_actor(code):
    art = code("Rufus Firefly condemned the shelling by the Northern Front.")
    ev = _only(art, "11")[0]
    assert ev.target is not None and ev.target.name == "the Northern Front"


def test_coding_dictionary_default_with_a_known_source_needs_no_target(code):
    # PETRARCH2 wants a dyad; PLOVER codes one-sided acts of a known actor too.
    art = code("The Sylvanian government postponed the regional elections on Friday.")
    ev = _only(art, "12")[0]
    assert ev.source.name == "the Sylvanian government" and ev.target is None
    art = code("The remarks postponed the regional elections on Friday.")
    assert not art.events


def test_petrarch_pattern_shapes_convert_to_frames():
    from wirecoder.coding.petrarch_frames import pattern_frame

    syn = {"ARMS": ["rifle", "mortar"], "KIT": ["&ARMS", "helmet"]}
    assert pattern_frame("* (AGAINST +)", syn) == {"prep": {"against": "any"}, "target": ["prep:against"]}
    assert pattern_frame("* {HEAVY &ARMS}", syn) == {"dobj": ["heavy rifle", "heavy mortar"]}
    assert pattern_frame("* &KIT", syn) == {"dobj": ["rifle", "mortar", "helmet"]}
    assert pattern_frame("* OF TRUCE", syn) == {"prep": {"of": ["truce"]}}
    assert pattern_frame("* DOWN OFFICE", syn) == {"text": ["down"], "dobj": ["office"]}
    assert pattern_frame("* AID +", syn) == {"dobj": ["aid"]}
    stats: dict[str, int] = {}
    assert pattern_frame("TROOPS * BORDER", syn, stats) is None and stats == {"words before the verb": 1}
    assert pattern_frame("* AID (TO $) (FOR FOOD)", syn) is None


def test_coding_rejected_demand_is_the_topic_not_a_second_event(code):
    art = code("The Sylvanian government rejected the Northern Front's demand for a new constitution.")
    roots = [e.cameo["root"] for e in art.events]
    assert "12" in roots and "10" not in roots, [(e.cameo["code"], e.pattern) for e in art.events]
    ev = _only(art, "12")[0]
    assert ev.target is not None and ev.target.name == "the Northern Front"  # who made the demand


def test_coding_demand_that_is_a_protests_purpose_is_absorbed(code):
    art = code("Villagers marched through Zenda on Sunday to demand the release of Tomas Varga.")
    roots = [e.cameo["root"] for e in art.events]
    assert "14" in roots and "10" not in roots, [(e.cameo["code"], e.pattern) for e in art.events]


def test_coding_easing_emergency_rule_is_a_concession(code):
    art = code("The Sylvanian government lifted the state of emergency in Strel.")
    assert [e.cameo["code"] for e in art.events] == ["0814"]
    art = code("Ruritania eased emergency measures in Zenda.")
    assert [e.cameo["code"] for e in art.events] == ["0814"]


def test_coding_reported_obligation_is_a_demand_by_the_speaker(code):
    art = code("Karl Hess said on Monday that the Sylvanian government must negotiate with the Northern Front.")
    ev = _only(art, "10")[0]
    assert ev.source.name == "Karl Hess" and ev.target.name == "the Sylvanian government"
    assert ev.cameo["code"] == "106"
    assert not [e for e in art.events if e.cameo["root"] in {"03", "04"}]


def test_coding_future_negated_cooperation_is_a_refusal(code):
    art = code("The Sylvanian government will not negotiate with the Northern Front.")
    ev = _only(art, "12")[0]
    assert ev.cameo["code"] == "125" and ev.target.name == "the Northern Front"
    art = code("The Sylvanian government did not negotiate with the Northern Front.")
    assert not [e for e in art.events if e.cameo["root"] == "12"]


def test_coding_want_to_is_an_intent(code):
    art = code("Ruritania wants to assist the Sylvanian government.")
    ev = _only(art, "03")[0]
    assert ev.cameo["code"] == "033" and ev.target.name == "the Sylvanian government"


def test_coding_raised_passive_subject_is_the_complements_actor(code):
    art = code("Rufus Firefly is expected to visit Ruritania next week.")  # a future visit: 036
    ev = [e for e in art.events if e.trigger["text"] == "visit"][0]
    assert ev.source.name == "Rufus Firefly" and ev.target.country == "RUR"
    art = code("The Northern Front was forced to withdraw from Zenda.")
    ev = [e for e in art.events if e.trigger["text"] == "withdraw"][0]
    assert ev.source.name == "the Northern Front"
