"""PETRARCH dictionaries read at run time: verb patterns as frames, agent codes, paired and mutual
codings, PETRARCH's targets. The dictionaries and sentences here are made up for these tests."""

from __future__ import annotations

import pytest

from wirecoder.actors.kb import compose_code
from wirecoder.coding.petrarch_frames import petrarch_frame

ACTORS = """ZORLAND  [ZOR]
+ZORLANDI
QUENTA  [QUE]
MARIBEL  [MAR]
THE_TWIN_ISLES  [TWA/TWB]
"""
AGENTS = """!OFFICE! = MINISTER, MINISTERS, MINISTRY
TRADE_!OFFICE! [~GOV]
ENVOY  [~GOV]
SOLDIER  [~MIL]
RELIEF_BODY {} [NGO~]
LAWMAKER [~LEG]
PRESS {} [~MED]
GOVERNMENT [~GOV]
"""
VERBS = """--- JOURNEY  [032:033] ---
JOURNEY
- * (TO +) [032:033]

--- GO  [012] ---
GO

--- WENT  [036:037] ---
WENT

--- ACCEPT  [081] ---
ACCEPT
- % * [030:030]

--- SHUN  [918] ---
SHUN
- * HERALDS [91B]
- * AT ^ + [919]

--- PRAISE  [051] ---
PRAISE
- NEVER * [---]
- * &ROLES [052]
- * FEAST IN ^ + [057]

&ROLES
+EFFORTS
+MEDIATION
"""


def test_petrarch_frame_words_markers_and_roles():
    syn = {"ROLES": ["efforts", "mediation"]}
    assert petrarch_frame("* &ROLES", syn, dependency=False) == {"after": [["efforts", "mediation"]]}
    assert petrarch_frame("NOT_*", syn) == {"before": [["not"]]}
    assert petrarch_frame("% * ", syn) == {"mutual": True}
    assert petrarch_frame("+ * FROM $", syn, dependency=False) == {
        "after": [["from"]],
        "target": ["nsubj"],
        "source": ["prep:from"],
    }
    assert petrarch_frame("* HIGH_TARIFFS", syn, dependency=False) == {"after": [["high tariffs"]]}
    assert petrarch_frame("* ~ABC", syn) is None


def test_compose_code():
    assert compose_code("ZOR", "~GOV") == "ZORGOV"
    assert compose_code("ZOR", "NGO~") == "NGOZOR"
    assert compose_code(None, "~MIL") == "---MIL"
    assert compose_code("ZORMIL", "~MIL") == "ZORMIL"


def test_agents_expand_substitution_sets(tmp_path):
    from wirecoder.evaluation.petrarch_dicts import agent_items, read_agents

    path = tmp_path / "agents.txt"
    path.write_text(AGENTS, encoding="utf-8")
    agents = read_agents(path)
    assert ("TRADE MINISTER", "~GOV") in agents and ("TRADE MINISTRY", "~GOV") in agents
    items = {i["noun"]: i for i in agent_items(agents, {"GOV", "MIL", "NGO"})}
    assert items["soldier"] == {"noun": "soldier", "sector": "MIL", "kind": "person", "code": "~MIL"}
    assert items["trade ministry"]["kind"] == "group"


DISCARDS = """# discards
CRICKET_MATCH
+HURRICANE
"""


@pytest.fixture(scope="module")
def made_up(tmp_path_factory):
    """A pipeline that knows only the made-up dictionaries above (as PETR.Validate.* files)."""
    from wirecoder.evaluation.petrarch_dicts import validate_pipeline
    from wirecoder.evaluation.run import eval_settings

    folder = tmp_path_factory.mktemp("petr")
    for name, text in (("actors", ACTORS), ("agents", AGENTS), ("verbs", VERBS), ("discards", DISCARDS)):
        (folder / f"PETR.Validate.{name}.txt").write_text(text, encoding="utf-8")
    return validate_pipeline(eval_settings(), folder)


def _codings(pipeline, text: str) -> set[tuple[str | None, str | None, str | None]]:
    from wirecoder.article import Article
    from wirecoder.evaluation.score import event_coding

    article = pipeline(Article(raw=text, source="test", id="t"))
    return {(c.source, c.target, c.cameo) for c in map(event_coding, article.events)}


def test_agent_codes_compose_with_their_owner(made_up):
    got = _codings(made_up, "Zorland soldiers praised Quenta on Tuesday.")
    assert ("ZORMIL", "QUE", "051") in got


def test_reverse_code_gives_the_paired_event(made_up):
    got = _codings(made_up, "The Zorland trade minister journeyed to Quenta last week.")
    assert {("ZORGOV", "QUE", "032"), ("QUE", "ZORGOV", "033")} <= got


def test_mutual_pattern_pairs_a_conjoined_subject(made_up):
    got = _codings(made_up, "Zorland and Maribel accepted the new border rules.")
    assert {("ZOR", "MAR", "030"), ("MAR", "ZOR", "030")} <= got


def test_words_after_the_verb_and_no_event_patterns(made_up):
    assert ("MAR", "ZOR", "052") in _codings(made_up, "Maribel praised the mediation efforts of Zorland.")
    assert not any(c[2] == "051" for c in _codings(made_up, "Maribel would never praise Zorland."))


def test_target_is_the_first_actor_in_the_verb_phrase_not_a_pronoun(made_up):
    got = _codings(made_up, "Zorland praised its new partnership with Quenta.")
    assert ("ZOR", "QUE", "051") in got
    assert not any(s == t for s, t, _ in got)


def test_conjoined_owners_each_get_the_agent(made_up):
    got = _codings(made_up, "The envoys of Zorland and Maribel praised Quenta on Friday.")
    assert {("ZORGOV", "QUE", "051"), ("MARGOV", "QUE", "051")} <= got
    got = _codings(made_up, "Lawmakers in Quenta praised Maribel.")
    assert ("QUELEG", "MAR", "051") in got


def test_a_name_the_parser_conjoins_to_the_agent_noun_is_still_an_owner(made_up):
    # parsed with "Quenta" conjoined to "Soldiers", not to "Maribel"
    got = _codings(made_up, "Soldiers and lawmakers in Maribel and Quenta praised Zorland on Monday.")
    assert {("MARMIL", "ZOR", "051"), ("QUEMIL", "ZOR", "051")} <= got


def test_conjoined_agent_nouns_share_their_owner(made_up):
    got = _codings(made_up, "The Zorland press and government praised Maribel.")
    assert {("ZORMED", "MAR", "051"), ("ZORGOV", "MAR", "051")} <= got


def test_an_actor_with_several_codes_is_several_participants(made_up):
    got = _codings(made_up, "The Twin Isles praised Maribel on Sunday.")
    assert {("TWA", "MAR", "051"), ("TWB", "MAR", "051")} <= got
    assert compose_code("TWA/TWB", "~GOV") == "TWAGOV/TWBGOV"


def test_a_verb_form_of_its_own_wins_over_the_lemma(made_up):
    got = _codings(made_up, "Quenta went to Maribel for three days.")
    assert {("QUE", "MAR", "036"), ("MAR", "QUE", "037")} <= got
    assert ("MAR", "QUE", "012") in _codings(made_up, "Maribel will go to Quenta.")


def test_dictionary_codes_outside_cameo_are_kept_with_no_plover_type(made_up):
    from wirecoder.article import Article

    got = _codings(made_up, "Zorland shunned Quenta during the summit.")
    assert ("ZOR", "QUE", "918") in got
    assert ("MAR", "QUE", "91B") in _codings(made_up, "Maribel shunned the heralds of Quenta.")
    event = next(
        e
        for e in made_up(Article(raw="Zorland shunned Quenta.", source="test", id="t")).events
        if e.cameo["code"] == "918"
    )
    assert event.cameo["root"] == "91" and event.cameo["goldstein"] is None
    assert event.plover["type"] is None and event.acled == {"event_type": None, "sub_event_type": None}


def test_a_skipped_actor_is_no_target_even_when_a_role_holds_it(made_up):
    # "* AT ^ +": skip the actor after "at", the next one is the target
    assert _codings(made_up, "Zorland shunned at the Quenta talks of Maribel.") == {("ZOR", "MAR", "919")}


def test_discard_phrases_silence_a_sentence_or_a_story(made_up):
    assert not _codings(made_up, "Zorland praised Quenta after the cricket match.")
    assert not _codings(made_up, "Zorland praised Quenta. The hurricanes moved north.")
    assert _codings(made_up, "Zorland praised Quenta after the match.")


def test_an_agent_of_no_one_has_no_country(made_up):
    got = _codings(made_up, "Lawmakers praised Quenta on Monday.")
    assert ("---LEG", "QUE", "051") in got


def test_a_list_the_parser_read_as_an_apposition_is_still_a_list(made_up):
    got = _codings(made_up, "Quenta, the Twin Isles, Zorland and Maribel praised the envoys of Eriador.")
    assert {s for s, _, c in got if c == "051"} >= {"QUE", "TWA", "TWB", "ZOR", "MAR"}


def test_names_conjoined_before_a_plain_noun_are_each_a_target(made_up):
    got = _codings(made_up, "Zorland praised Quenta and Maribel leaders on Monday.")
    assert {("ZOR", "QUE", "051"), ("ZOR", "MAR", "051")} <= got


def test_a_name_right_before_a_title_owns_it(made_up):
    got = _codings(made_up, "Maribel Trade Minister Jonas Vell praised Quenta.")
    assert ("MARGOV", "QUE", "051") in got


def test_a_subject_split_by_the_parser_is_the_name_next_to_the_verb(made_up):
    got = _codings(made_up, "Old friends Zorland and Maribel have accepted the new border rules.")
    assert {("ZOR", "MAR", "030"), ("MAR", "ZOR", "030")} <= got


def test_a_skipped_actor_before_the_target(made_up):
    got = _codings(made_up, "Zorland praised the feast in Quenta with Maribel last week.")
    assert ("ZOR", "MAR", "057") in got


def _parsed(words: list[str], heads: list[int], deps: list[str], names: dict[int, str]):
    """A hand-parsed sentence (a parse the tagger gives real wire text) and its name mentions."""
    import spacy
    from spacy.tokens import Doc

    from wirecoder.article import Actor, Mention

    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    mentions = [
        Mention(
            doc[i].text,
            doc[i].idx,
            doc[i].idx + len(doc[i].text),
            0,
            "name",
            Actor(name=doc[i].text, country=code, cameo=code),
            "kb",
            i,
        )
        for i, code in names.items()
    ]
    return doc, mentions


def test_a_list_the_parser_folds_into_one_noun_phrase_keeps_its_names():
    from wirecoder.coding.phrase_targets import conjoined_owners

    # "Zorland, Maribel and the grim Quenta praised ...": Zorland read as a modifier of Quenta
    words = ["Zorland", ",", "Maribel", "and", "the", "grim", "Quenta", "praised"]
    doc, mentions = _parsed(
        words,
        [6, 0, 0, 2, 6, 6, 7, 7],
        ["nmod", "punct", "conj", "cc", "det", "amod", "nsubj", "ROOT"],
        {0: "ZOR", 2: "MAR", 6: "QUE"},
    )
    assert [t.text for t in conjoined_owners(doc[6], mentions, True)] == ["Zorland", "Maribel"]
    assert conjoined_owners(doc[6], mentions, False) == []
    # "old Zorland, the grim Maribel, and Quenta praised ...": Maribel read as an apposition
    words = ["old", "Zorland", ",", "the", "grim", "Maribel", ",", "and", "Quenta", "praised"]
    doc, mentions = _parsed(
        words,
        [1, 9, 1, 5, 5, 1, 1, 1, 1, 9],
        ["amod", "nsubj", "punct", "det", "amod", "appos", "punct", "cc", "conj", "ROOT"],
        {1: "ZOR", 5: "MAR", 8: "QUE"},
    )
    assert [t.text for t in conjoined_owners(doc[1], mentions, True)] == ["Maribel"]
    # an apposition of a name that is not in a list is the same actor, not a second one
    words = ["Zorland", ",", "the", "grim", "Maribel", ",", "praised"]
    doc, mentions = _parsed(
        words, [6, 0, 4, 4, 0, 0, 6], ["nsubj", "punct", "det", "amod", "appos", "punct", "ROOT"], {0: "ZOR", 4: "MAR"}
    )
    assert conjoined_owners(doc[0], mentions, True) == []
