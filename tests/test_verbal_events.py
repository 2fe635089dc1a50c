"""Verbal acts of real news (issue 11, class 8): characterisations, resignations, calls, hosting, support.

Sentences are composed for these tests with the invented actors of ``test_coding`` (not from any gold set).
"""

from __future__ import annotations

import pytest

from wirecoder.article import Article


def _codes(art: Article) -> list[str]:
    return [e.cameo["code"] for e in art.events]


@pytest.mark.parametrize(
    "text",
    [
        "Rufus Firefly called the Ruritanian plan a disgrace.",
        "Anna Berg called the bombing of the bridge an act of terrorism.",
        "The Sylvanian government described the Ruritanian blockade as illegal.",
        "Karl Hess branded the Northern Front traitors.",
        "Rufus Firefly referred to the raids as acts of brutal aggression.",
    ],
)
def test_calling_something_wrong_is_a_criticism(code, text):
    assert _codes(code(text)) == ["111"]


def test_calling_something_good_is_praise(code):
    assert _codes(code("Rufus Firefly called the Ruritanian offer a historic breakthrough.")) == ["051"]


@pytest.mark.parametrize(
    "text",
    ["Rufus Firefly called Anna Berg on Monday.", "Karl Hess described the flooding in Zenda on Monday."],
)
def test_call_or_describe_without_a_judgement_is_no_event(code, text):
    assert _codes(code(text)) == []


def test_the_judging_word_must_follow_the_verb(code):
    # "illegal" belongs to the subject, not to what Anna Berg was called
    assert _codes(code("The illegal settlers called Anna Berg on Monday.")) == []


@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg announced the resignation of Karl Hess on Tuesday.",
        "Karl Hess tendered his resignation to Anna Berg.",
        "Tomas Varga dropped out of the presidential race.",
        # suspending one's own campaign yields the race too ("ended his bid" is none: tests/test_candidacies.py)
        "Anna Berg suspended her presidential campaign on Friday.",
    ],
)
def test_resigning_or_leaving_a_race_is_a_concession(code, text):
    art = code(text)
    assert [c[:2] for c in _codes(art)] == ["08"]
    assert art.events[0].plover["type"] == "CONCEDE"


def test_ending_a_military_campaign_against_someone_is_no_resignation(code):
    assert not any(
        c.startswith("08") for c in _codes(code("The Ruritanian army ended its campaign against the Northern Front."))
    )


def test_a_resignation_called_for_is_the_appeal_and_names_its_target(code):
    art = code("The Northern Front called for the resignation of Karl Hess.")
    assert _codes(art) == ["0241"]
    assert art.events[0].target.text == "Karl Hess"


def test_a_demanded_withdrawal_with_its_maker_is_no_withdrawal(code):
    art = code("Sylvania demanded Ruritania's withdrawal from Zenda.")
    assert [c[:2] for c in _codes(art)] == ["10"]
    assert art.events[0].target.country == "RUR"


def test_a_demand_with_a_base_form_clause_is_a_demand(code):
    # "cut" is a past form too: in a demand's "that" clause it is the demanded act
    art = code("Sylvania demanded that Ruritania cut fuel prices.")
    assert [c[:2] for c in _codes(art)] == ["10"]


def test_a_call_with_a_leader_is_a_consultation(code):
    art = code("Rufus Firefly had a phone conversation with Anna Berg.")
    assert _codes(art) == ["041"]
    assert (art.events[0].source.text, art.events[0].target.text) == ("Rufus Firefly", "Anna Berg")


def test_receiving_a_visiting_minister_is_hosting(code):
    art = code("Rufus Firefly received the Ruritanian foreign minister in Strel.")
    assert "043" in _codes(art)


def test_receiving_goods_is_not_hosting(code):
    assert "043" not in _codes(code("Rufus Firefly received a shipment of grain from Ruritania."))


def test_a_passive_criticism_targets_its_subject(code):
    art = code("Karl Hess was criticised by Rufus Firefly.")
    assert _codes(art) == ["111"]
    assert (art.events[0].source.text, art.events[0].target.text) == ("Rufus Firefly", "Karl Hess")


def test_announced_support_is_support(code):
    art = code("Rufus Firefly announced his support for Anna Berg.")
    assert _codes(art) == ["051"]
    assert art.events[0].target.text == "Anna Berg"


def test_pushing_for_something_is_an_appeal(code):
    assert [c[:2] for c in _codes(code("The Northern Front pushed for new elections in Ruritania."))] == ["02"]


@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg said the Ruritanian decision was a disgrace.",
        '"It is a propaganda stunt," Rufus Firefly said.',
        "Rufus Firefly added that the offer was a slap in the face.",
    ],
)
def test_a_speaker_judging_in_so_many_words_condemns(code, text):
    assert _codes(code(text)) == ["111"]


def test_a_plain_statement_is_still_no_event(code):
    assert _codes(code("Anna Berg said the talks would resume in Strel.")) == []


def test_attributing_an_attack_accuses_its_author(code):
    art = code("Rufus Firefly attributed the bombing in Zenda to the Northern Front.")
    assert _codes(art) == ["112"]
    assert art.events[0].target.text == "the Northern Front"


def test_a_court_finding_an_act_unlawful_rules_against_it(code):
    assert _codes(code("Karl Hess found the Sylvanian blockade unlawful.")) == ["111"]


def test_a_passive_appeal_targets_its_subject(code):
    art = code("Karl Hess was urged to resign.")
    assert [c[:2] for c in _codes(art)] == ["02"]
    assert art.events[0].target.text == "Karl Hess"


def test_meeting_to_discuss_is_one_consultation(code):
    art = code("Rufus Firefly met Anna Berg in Strel to discuss the blockade of Zenda.")
    assert _codes(art) == ["040"]
    assert art.events[0].target.text == "Anna Berg"


def test_calling_something_for_someone_is_no_appeal(code):
    assert _codes(code("Anna Berg called the vote for Rufus Firefly.")) == []


def test_complying_with_an_order_yields(code):
    art = code("Karl Hess complied with the order from Rufus Firefly.")
    assert _codes(art) == ["080"]


def test_a_participle_set_off_by_commas_has_its_noun_as_subject(code):
    art = code("Rufus Firefly, urging Ruritania to lift the blockade, said talks would resume.")
    assert [(e.cameo["root"], e.source.text, e.target.text) for e in art.events] == [
        ("02", "Rufus Firefly", "Ruritania")
    ]


def test_criticism_from_someone_is_theirs(code):
    art = code("The decision sparked criticism from Rufus Firefly.")
    assert [(e.cameo["code"], e.source.text) for e in art.events] == [("111", "Rufus Firefly")]


def test_criticism_drawn_from_someone_is_theirs(code):
    # the parser hangs "from X" on the verb here
    art = code("The execution drew condemnation from Rufus Firefly.")
    assert [(e.cameo["code"], e.source.text) for e in art.events] == [("111", "Rufus Firefly")]
