"""Round 24 incident-notes lane: one marked body is one death, deals with protesters are agreements, a verb the
parser hung on its object as a modifier, new military posts, operating areas of ISCAP, missing places."""

from __future__ import annotations

import pytest

from wirecoder import Settings
from wirecoder.article import Article
from wirecoder.evaluation.run import eval_settings
from wirecoder.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(eval_settings(Settings()))


def _events(pipe: Pipeline, text: str) -> list:
    return pipe(Article(raw=text, source="t", published="2026-12-07")).events


def _subs(pipe: Pipeline, text: str) -> list:
    return [(e.acled or {}).get("sub_event_type") for e in _events(pipe, text)]


@pytest.mark.parametrize(
    "text",
    [
        "On 4 August 2026, the body of a shopkeeper with stab wounds was found in Sibi (Sibi district, Balochistan).",
        "On 4 August 2026, the decapitated body of a herder was recovered near Palma (Cabo Delgado).",
    ],
)
def test_one_marked_body_is_one_death(pipe: Pipeline, text: str) -> None:
    assert sum(e.fatalities or 0 for e in _events(pipe, text)) == 1


def test_marked_bodies_keep_their_count(pipe: Pipeline) -> None:
    text = "On 4 August 2026, the bullet-riddled bodies of three youths were found near Sinaloa de Leyva (Sinaloa)."
    assert sum(e.fatalities or 0 for e in _events(pipe, text)) == 3


def test_two_people_in_one_phrase_are_not_one_body(pipe: Pipeline) -> None:
    text = "On 4 August 2026, the bodies of a man and a woman with gunshot wounds were found in Culiacan (Sinaloa)."
    assert sum(e.fatalities or 0 for e in _events(pipe, text)) != 1


def test_unmarked_body_gives_no_toll(pipe: Pipeline) -> None:
    text = "On 4 August 2026, the body of a boy who drowned was recovered from a canal in Multan (Punjab)."
    assert sum(e.fatalities or 0 for e in _events(pipe, text)) == 0


@pytest.mark.parametrize(
    "text",
    [
        "On 8 August 2026, the provincial government and protesting nurses reached an agreement in Peshawar "
        "(Khyber Pakhtunkhwa), ending their sit-in.",
        "On 8 August 2026, the deputy commissioner signed an agreement with striking traders in Turbat (Kech district).",
    ],
)
def test_deal_with_protesters_is_an_agreement(pipe: Pipeline, text: str) -> None:
    assert "Agreement" in _subs(pipe, text)


def test_deal_between_state_and_lender_is_no_agreement(pipe: Pipeline) -> None:
    text = "On 8 August 2026, the finance ministry and the lenders reached an agreement in Islamabad on a new loan."
    assert "Agreement" not in _subs(pipe, text)


@pytest.mark.parametrize(
    "text",
    [
        "On 9 August 2026, al-Shabaab fired mortars at the Halane base in Mogadishu (Banadir).",
        "On 9 August 2026, the Houthis fired rockets at a market in Taiz city (Taiz).",
    ],
)
def test_verb_read_as_modifier_of_its_object(pipe: Pipeline, text: str) -> None:
    assert "Shelling/artillery/missile attack" in _subs(pipe, text)


def test_true_modifier_stays_a_modifier(pipe: Pipeline) -> None:
    text = "On 9 August 2026, police recovered fired cartridges at the scene in Quetta (Balochistan)."
    assert "Shelling/artillery/missile attack" not in _subs(pipe, text)


def test_new_military_post_is_a_base(pipe: Pipeline) -> None:
    text = "On 10 August 2026, the army set up a new security post near Dera Bugti (Balochistan)."
    assert "Headquarters or base established" in _subs(pipe, text)


def test_post_of_an_office_is_no_base(pipe: Pipeline) -> None:
    text = "On 10 August 2026, the government established the post of provincial ombudsman in Quetta."
    assert "Headquarters or base established" not in _subs(pipe, text)


def test_iscap_in_mozambique_is_mozambican(pipe: Pipeline) -> None:
    text = "On 11 August 2026, ISCAP militants burned houses in Ancuabe (Cabo Delgado), killing two villagers."
    events = [e for e in _events(pipe, text) if e.source is not None]
    assert events and events[0].source.country == "MOZ"


def test_iscap_in_congo_is_congolese(pipe: Pipeline) -> None:
    text = "On 11 August 2026, ISCAP militants killed six farmers near Oicha (Beni, North Kivu)."
    events = [e for e in _events(pipe, text) if e.source is not None]
    assert events and events[0].source.country == "COD"


@pytest.mark.parametrize(
    ("text", "country", "lat"),
    [
        ("On 12 August 2026, Taliban forces clashed with ISKP militants in Barmal district (Paktika).", "AFG", 32.7),
        ("On 12 August 2026, SSPDF troops clashed with SPLA-IO fighters in Nasir (Upper Nile).", "SSD", 8.6),
    ],
)
def test_district_and_town_places(pipe: Pipeline, text: str, country: str, lat: float) -> None:
    loc = _events(pipe, text)[0].location or {}
    assert loc.get("country") == country and abs(loc["lat"] - lat) < 0.3


def test_brokered_truce_is_an_agreement(pipe: Pipeline) -> None:
    text = "On 13 August 2026, religious leaders mediated a truce between two clans in Jowhar (Middle Shabelle)."
    assert "Agreement" in _subs(pipe, text)


def test_brokered_business_deal_is_no_agreement(pipe: Pipeline) -> None:
    text = "On 13 August 2026, the governor brokered a land deal between two developers in Mombasa."
    assert "Agreement" not in _subs(pipe, text)
