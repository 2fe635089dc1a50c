"""Round-15 whole articles: who "the junta" and "the government" are, the story's country as its lead names it,
and a surname the NER left untagged.

A ruling body acting on a country by name is not that country's ("The junta accused Berlin": not Germany's); a
bare "the government" after a foreign state named only as a state ("Peru said ...") is the story's own; a lead
sentence says where the story is, so its names weigh double when the story's country is counted; "Noboa said"
after "President Daniel Noboa" is that person even when the tagger missed the name.
Every text is composed for these tests; tests/data/news_articles_r15.yaml holds a larger composed set, scored by
`python scripts/score_news_articles.py tests/data/news_articles_r15.yaml`.
"""

from __future__ import annotations

from composed import coder_on, of_type, pair

events = coder_on("2026-06-14")


def test_a_junta_is_not_of_the_country_it_accuses(short):
    evs = events(
        short,
        "On Wednesday, Niger's military government expelled the German ambassador. "
        "The junta accused Berlin of interfering in the country's affairs.",
    )
    accuse = of_type(evs, "ACCUSE", 1)
    assert accuse and all(pair(e)[0] != "DEU" for e in accuse)


def test_a_government_that_accuses_its_own_citizens_keeps_its_country(short):
    evs = events(
        short,
        "On Monday, Zambia's president dissolved the electoral commission. "
        "The government accused Zambian opposition leaders of plotting a coup.",
    )
    assert [pair(e)[0] for e in of_type(evs, "ACCUSE", 1)] == ["ZMB"]


def test_the_government_after_a_foreign_state_is_the_storys(short):
    evs = events(
        short,
        "On Monday, Ecuadorian President Daniel Noboa suspended talks with a criminal gang in Esmeraldas. "
        "Four soldiers were killed in an attack on a base in the province. "
        "Peru said it had sent troops to its side of the border. "
        "The government asked Lima to arrest gang leaders hiding in Peruvian territory.",
    )
    assert [pair(e) for e in of_type(evs, "REQUEST", 3)] == [("ECU", "PER")]


def test_the_government_of_a_one_country_story_stays_its_own(short):
    evs = events(
        short,
        "On Monday, Chad's government closed the border with Sudan. The government said the closure would last a month.",
    )
    govs = [e for e in evs if e.sentence_index == 0 and e.source]
    assert govs and all(pair(e)[0] == "TCD" for e in govs)


def test_the_lead_sentence_decides_the_storys_country(short):
    evs = events(
        short,
        "On Sunday, Ecuadorian soldiers clashed with gunmen in Esmeraldas province. "
        "Peru said it had closed its border crossings. "
        "The Peruvian foreign ministry said its troops were on alert in Tumbes. "
        "Three soldiers were killed, the army said.",
    )
    killed = of_type(evs, "ASSAULT", 3)
    assert killed and all(pair(e)[1] == "ECU" for e in killed)


def test_a_lead_does_not_outweigh_a_story_told_of_another_country(short):
    evs = events(
        short,
        "On Sunday, a Chilean envoy arrived in Lima. "
        "Peruvian police detained 40 protesters in Cusco. "
        "Peru's interior ministry said the protesters had blocked a highway in Puno. "
        "Peruvian lawmakers condemned the arrests. "
        "Officials said two more people were detained on Monday.",
    )
    detained = of_type(evs, "COERCE", 4)
    assert all(pair(e)[1] in ("PER", None) and pair(e)[0] in ("PER", None) for e in detained)


def test_an_untagged_surname_is_the_person_named_before(short):
    evs = events(
        short,
        "On Monday, Colombian President Gustavo Petro suspended peace talks with the rebels. "
        "The ELN has fought the state since 1964. Petro accused the group of choosing war over peace.",
    )
    assert [pair(e)[0] for e in of_type(evs, "ACCUSE", 2)] == ["COL"]


def test_a_word_that_ends_no_earlier_name_is_left_alone(short):
    evs = events(
        short,
        "On Monday, Colombian President Gustavo Petro suspended peace talks with the rebels. "
        "Caracas accused the rebels of choosing war over peace.",
    )
    assert all(pair(e)[0] != "COL" for e in of_type(evs, "ACCUSE", 1))


def test_a_denial_of_a_deed_answers_the_accuser(short):
    evs = events(
        short,
        "On Monday, Ghana's government accused Togo of sheltering rebels near the border. Togo denied sheltering anyone.",
    )
    assert [pair(e) for e in of_type(evs, "REJECT", 1)] == [("TGO", None)]  # round 20: no words, no target


def test_a_denial_of_any_involvement_answers_the_accuser(short):
    evs = events(
        short,
        "On Monday, Benin accused Niger of backing the gunmen who attacked a border post. "
        "Niger's military government denied any involvement, accusing Benin of inventing the story.",
    )
    assert ("NER", "BEN") in [pair(e) for e in of_type(evs, "REJECT", 1)]


def test_a_group_denying_its_attack_answers_its_accuser_not_itself(short):
    evs = events(
        short,
        "On Monday, the Sudanese army accused the RSF of killing civilians in Omdurman. "
        "The paramilitary group denied targeting civilians.",
    )
    rejects = of_type(evs, "REJECT", 1)
    assert rejects and all(e.target is None or "RSF" not in (e.target.text or "") for e in rejects)


def test_a_denial_with_no_charge_before_it_keeps_no_target(short):
    evs = events(short, "On Monday, Togo denied sheltering rebels near the border with Ghana.")
    assert all(e.target is None or e.target.country_basis != "story" for e in of_type(evs, "REJECT"))


def test_a_condemnation_of_the_measures_answers_who_imposed_them(short):
    evs = events(
        short,
        "On Tuesday, the United States imposed sanctions on three Chinese shipping firms. "
        "Beijing condemned the measures.",
    )
    assert [pair(e) for e in of_type(evs, "ACCUSE", 1)] == [("CHN", None)]  # round 20: no words, no target


def test_measures_of_ones_own_answer_no_one(short):
    evs = events(
        short,
        "On Tuesday, China announced new export controls on rare earths. Beijing defended the measures.",
    )
    assert all(pair(e)[1] in (None, "CHN") for e in evs if e.sentence_index == 1)
