"""Event detection and typing: which clause is the event, which frame wins, where the target comes from.

Sentences are composed for these tests with the invented actors of ``test_coding`` (not from the seed
article or any gold set).
"""

from __future__ import annotations

import pytest

from wirecoder.article import Article


def _codes(art: Article) -> list[str]:
    return [e.cameo["code"] for e in art.events]


def _roots(art: Article) -> set[str]:
    return {e.cameo["root"] for e in art.events}


def test_relative_clause_is_background_to_the_main_event(code):
    art = code("The Northern Front attacked Zenda, where Ruritanian soldiers had killed villagers last year.")
    assert [e.trigger["text"] for e in art.events] == ["attacked"]


def test_conditional_clause_is_background_and_threat_takes_complement_partner(code):
    art = code("Rufus Firefly threatened to cut ties with Ruritania unless the Northern Front released the villagers.")
    assert _roots(art) == {"13"}
    assert {e.target.country for e in art.events} == {"RUR"}


def test_demand_absorbs_content_through_complements_and_objects(code):
    art = code("The Sylvanian government demanded that Ruritania cancel plans to sell weapons to the Northern Front.")
    assert _roots(art) == {"10"}


def test_event_noun_that_is_the_object_of_another_act_is_its_topic(code):
    art = code("The Ruritanian army lifted the blockade of Zenda on Tuesday.")
    assert _roots(art) == {"08"}


def test_light_verb_yields_to_event_noun_anchored_on_container(code):
    art = code("Rufus Firefly launched a mediation effort between Sylvania and Ruritania.")
    assert _codes(art) and set(_codes(art)) == {"045"}
    assert art.events[0].trigger["text"] == "mediation"
    assert {e.source.name for e in art.events} == {"Rufus Firefly"}
    assert {e.target.country for e in art.events} == {"SYL", "RUR"}


def test_time_object_does_not_fill_a_preposition_frame(code):
    art = code("Rufus Firefly launched a campaign on Monday.")
    assert not [e for e in art.events if e.cameo["root"] == "19"]


def test_must_clause_is_a_demand_even_when_the_act_is_no_trigger(code):
    art = code("Rufus Firefly declared that Ruritania must open its border.")
    demands = [e for e in art.events if e.cameo["root"] == "10"]
    assert demands and demands[0].source.name == "Rufus Firefly" and demands[0].target.country == "RUR"
    assert not code("Rufus Firefly said prices must fall.").events


def test_event_noun_in_a_circumstance_phrase_is_not_a_second_event(code):
    art = code("The Ruritanian army recaptured Zenda after heavy fighting with the Northern Front.")
    assert _codes(art) == ["192"]


def test_container_object_matches_frames_through_what_it_holds(code):
    art = code("The Sylvanian government sent 500 tonnes of food to Ruritania.")
    assert _codes(art) == ["073"]
    assert art.events[0].target.country == "RUR"


def test_nominal_event_under_light_verb_takes_the_verbs_target(code):
    art = code("Villagers staged a rally in Zenda against the Sylvanian government.")
    protests = [e for e in art.events if e.cameo["root"] == "14"]
    assert protests and protests[0].target is not None and protests[0].target.country == "SYL"


@pytest.mark.parametrize(
    "text, code_",
    [
        ("The Northern Front called off its boycott of the elections.", "082"),
        ("The Sylvanian government scrapped restrictions on the press.", "081"),
        ("Karl Hess opened an investigation into the Northern Front.", "090"),
    ],
)
def test_codebook_frames(code, text, code_):
    assert code_ in _codes(code(text))


def test_hostile_act_announced_for_the_future_is_a_threat(code):
    art = code("Anna Berg said the Ruritanian army would attack the Northern Front next week.")
    assert [e.cameo["code"] for e in art.events if e.trigger["text"] == "attack"] == ["138"]


def test_accepting_demands_is_yielding_to_their_maker(code):
    art = code("The Sylvanian government accepted demands from the Northern Front.")
    assert [(e.cameo["code"], e.target.country) for e in art.events] == [("080", "RUR")]


def test_exercises_are_cooperation_only_when_joint(code):
    joint = code("The Ruritanian army held joint military exercises with Sylvania.")
    assert [(e.cameo["code"], e.target.country) for e in joint.events] == [("062", "SYL")]
    alone = code("The Ruritanian army began a week of naval exercises near Zenda.")
    assert [e.cameo["code"] for e in alone.events] == ["150"]


def test_meeting_hosted_between_two_parties_is_the_hosts_act(code):
    art = code("Rufus Firefly is ready to host a meeting between Sylvania and the Northern Front.")
    assert {(e.cameo["code"], e.source.name, e.target.country) for e in art.events} == {
        ("036", "Rufus Firefly", "SYL"),
        ("036", "Rufus Firefly", "RUR"),
    }


@pytest.mark.parametrize(
    "text, code_",
    [
        ("Sylvania admitted UN inspectors to its nuclear sites on Monday.", "0862"),
        ("The Northern Front defied the curfew in Zenda.", "128"),
    ],
)
def test_codebook_frames_yield_and_defiance(code, text, code_):
    assert code_ in _codes(code(text))


def test_past_tense_clause_under_insist_is_an_assertion(code):
    assert not code("Karl Hess insisted the unrest reflected old ethnic tensions.").events
    assert _roots(code("Karl Hess demanded that Sylvania withdraw its troops.")) == {"10"}


def test_sworn_to_fight_is_a_threat(code):
    art = code("The Northern Front has sworn to fight the Ruritanian army until it leaves Zenda.")
    assert _codes(art) == ["138"]


def test_handing_over_goods_is_aid_and_weapons_demobilization(code):
    assert _codes(code("The Sylvanian government handed over 300 kg of medicine to Ruritania.")) == ["073"]
    assert "0873" in _codes(code("The Northern Front handed over its weapons to the Ruritanian army."))


def test_each_conjoined_demonym_of_an_agent_noun_is_a_source(short):
    art = short(
        Article(
            raw="Polish and Czech diplomats met Slovak officials in Vienna on Friday.",
            source="t",
            published="2024-05-02",
        )
    )
    sources = sorted(e.source.country for e in art.events if e.source and e.cameo["code"][:2] == "04")
    assert sources == ["CZE", "POL"], [(e.source, e.cameo) for e in art.events]


def test_protest_in_the_purpose_clause_of_a_protest_is_one_protest(short):
    art = short(
        Article(
            raw="Ukrainian miners began a hunger strike to protest the decision of the Polish government.",
            source="t",
            published="2024-05-02",
        )
    )
    coded = [
        (e.source.country if e.source else None, e.target.country if e.target else None, e.cameo["code"][:2])
        for e in art.events
    ]
    assert coded == [("UKR", "POL", "14")], coded


def test_two_targets_with_one_actor_code_are_one_coding(short):
    art = short(
        Article(
            raw="Bolivian rebels freed the Peruvian foreign minister and two Peruvian cabinet ministers.",
            source="t",
            published="2024-05-02",
        )
    )
    keys = [
        (e.cameo["code"], e.source.cameo if e.source else None, e.target.cameo if e.target else None)
        for e in art.events
    ]
    assert len(keys) == len(set(keys)), keys


def test_participle_on_a_number_or_pronoun_is_background(short):
    art = short(
        Article(
            raw="Peru has apologized to Ecuador for one of its patrol boats stopping an Ecuadorean "
            "trawler in the Gulf of Fonseca, disputed by Honduras and Nicaragua.",
            source="t",
            published="2024-05-02",
        )
    )
    assert [e.cameo["code"][:2] for e in art.events] == ["05"], [(e.source, e.cameo) for e in art.events]


def test_event_noun_dating_an_act_is_background(short):
    art = short(
        Article(
            raw="Peru today threatened to cut trade with Chile on the eve of a visit to Lima by the "
            "Bolivian president.",
            source="t",
            published="2024-05-02",
        )
    )
    assert [e.cameo["code"][:2] for e in art.events] == ["13"], [(e.source, e.cameo) for e in art.events]


def test_reason_given_in_a_saying_participle_is_background(short):
    art = short(
        Article(
            raw="The Peruvian president has refused to meet the visiting Chilean president in Cuzco, "
            "saying he would only receive him in Lima.",
            source="t",
            published="2024-05-02",
        )
    )
    assert [e.cameo["code"][:2] for e in art.events] == ["12"], [(e.source, e.cameo) for e in art.events]


def test_participle_giving_an_alternative_to_a_rejection_is_background(short):
    art = short(
        Article(
            raw="The Norwegian government flatly rejected a Swedish offer on fishing quotas, urging "
            "Stockholm to reopen negotiations instead.",
            source="t",
            published="2024-05-02",
        )
    )
    assert [e.cameo["code"][:2] for e in art.events] == ["12"], [(e.source, e.cameo) for e in art.events]


def test_allowing_people_to_exercise_a_right_is_a_concession(short):
    art = short(
        Article(
            raw="The Chilean government allowed thousands of Peruvian farmers to return home.",
            source="t",
            published="2024-05-02",
        )
    )
    coded = [(e.cameo["code"], e.target.country if e.target else None) for e in art.events]
    assert coded == [("0833", "PER")], coded


def test_opposing_mediation_or_a_deployment_is_a_rejection(short):
    art = short(
        Article(
            raw="Chile is opposed to Argentine mediation in the border dispute, an aide said on Monday.",
            source="t",
            published="2024-05-02",
        )
    )
    assert [e.cameo["code"] for e in art.events] == ["126"], [(e.source, e.cameo) for e in art.events]
    art = short(
        Article(
            raw="Bolivian rebels said they opposed the deployment of a Brazilian peacekeeping force.",
            source="t",
            published="2024-05-02",
        )
    )
    assert [e.cameo["code"] for e in art.events] == ["1245"], [(e.source, e.cameo) for e in art.events]
    art = short(Article(raw="The Chilean government opposed the Argentine law.", source="t", published="2024-05-02"))
    assert [e.cameo["code"] for e in art.events] == ["110"], [(e.source, e.cameo) for e in art.events]


def test_extending_a_curfew_imposes_it_and_reneging_rejects(short):
    art = short(
        Article(
            raw="The Chilean army extended the curfew in Valparaiso by two weeks.", source="t", published="2024-05-02"
        )
    )
    assert [e.cameo["code"] for e in art.events] == ["1723"], [(e.source, e.cameo) for e in art.events]
    art = short(
        Article(
            raw="The Chilean president announced on Monday that he will extend the nightly curfew in Santiago.",
            source="t",
            published="2024-05-02",
        )
    )
    assert [e.cameo["code"][:2] for e in art.events] == ["13"], [(e.source, e.cameo) for e in art.events]
    art = short(
        Article(
            raw="The Peruvian president has reneged on his pledge to the Bolivian government to hold "
            "talks on gas exports.",
            source="t",
            published="2024-05-02",
        )
    )
    assert [e.cameo["code"] for e in art.events] == ["120"], [(e.source, e.cameo) for e in art.events]


def test_pressuring_someone_to_act_is_a_demand(short):
    art = short(
        Article(
            raw="Chilean authorities have been pressuring dock workers to call off their strike.",
            source="t",
            published="2024-05-02",
        )
    )
    assert [e.cameo["code"] for e in art.events] == ["100"], [(e.source, e.cameo) for e in art.events]


def test_participle_describing_a_riot_is_part_of_the_riot(short):
    art = short(
        Article(
            raw="Bolivian miners rioted on Tuesday at a mine in the south, setting fire to trucks and "
            "smashing windows, police said.",
            source="t",
            published="2024-05-02",
        )
    )
    assert [e.cameo["code"][:2] for e in art.events] == ["14"], [(e.source, e.cameo) for e in art.events]


def test_participle_under_an_absorbed_purpose_clause_is_background(short):
    art = short(
        Article(
            raw="Bolivian farmers began a hunger strike in La Paz to demand the return of land seized "
            "by the Bolivian army in 1980.",
            source="t",
            published="2024-05-02",
        )
    )
    assert [e.cameo["code"][:2] for e in art.events] == ["14"], [(e.source, e.cameo) for e in art.events]
