"""Round-27 modality: acts a sentence tells without asserting them (combine/unasserted.py, lexicon unasserted_acts).

- What a speaker denies is the denial alone ("denied that the country had sent missiles to X": no aid).
- Violence a named other is told planning or plotting is the speaker's accusation of the planner; of the speaker's
  own side its threat; told by no one no event. Violence another is told helped towards accuses the helper.
- A response promised in kind or with resolve is a threat ("said it would respond in kind").
- A verbal act a speaker calls a thing is the speaker's ("said the launch was a warning to X").
Real acts beside them stay: attacks told done, arrests, aid sent, a denial not made ("did not deny").

Every sentence is composed for these tests; tests/data/news_articles_modal_r27*.yaml hold composed whole articles,
scored by `python scripts/score_news_articles.py FILE`.
"""

from __future__ import annotations

import pytest

from wirecoder.article import Article


def coded(short, text: str) -> list[tuple[str, str | None, str | None]]:
    evs = short(Article(raw=text, source="test", published="2026-05-20")).events
    return [
        (e.cameo["code"], e.source.country if e.source else None, e.target.country if e.target else None)
        for e in evs
        if not e.background
    ]


def roots(got: list[tuple[str, str | None, str | None]]) -> set[str]:
    return {c[:2] for c, _, _ in got}


@pytest.mark.parametrize(
    "text",
    [
        "The Iraqi government denied that it had sent fighters across the border into Syria.",
        "Kenya's interior ministry denied reports that police had shot protesters in Kisumu.",
        "Hanoi denied that it was supplying rockets to the rebels.",
        "The minister denied that Turkey had bombed Kurdish villages in Iraq.",
    ],
)
def test_modality27_a_denied_act_is_the_denial_alone(short, text: str):
    got = coded(short, text)
    assert roots(got) <= {"01", "11", "12"}, got
    assert not roots(got) & {"07", "17", "18", "19", "20"}, got


def test_modality27_a_denial_not_made_keeps_the_act(short):
    got = coded(short, "The army did not deny that its soldiers had shelled the village of Tal Abyad on Monday.")
    assert roots(got) & {"18", "19"}, got


def test_modality27_a_denial_beside_a_real_attack_keeps_the_attack(short):
    got = coded(
        short,
        "Gunmen killed four farmers in Benue state on Sunday. Police denied that officers had fled the scene.",
    )
    assert [e for e in got if e[0][:2] in {"18", "19"}], got


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Venezuela's interior minister said Colombian paramilitaries were plotting to blow up a dam.", "VEN", "COL"),
        ("Kyiv said Russian troops were planning a new offensive in the east.", "UKR", "RUS"),
        ("The Afghan government said Pakistani jets were preparing to bomb villages in Kunar.", "AFG", "PAK"),
    ],
)
def test_modality27_violence_planned_by_a_named_other_is_an_accusation(short, text: str, src: str, tgt: str):
    got = coded(short, text)
    assert ("112", src, tgt) in got, got
    assert not roots(got) & {"18", "19", "20", "03"}, got


def test_modality27_violence_planned_by_the_speakers_side_is_a_threat(short):
    got = coded(short, "The Sudanese army said it was planning a counter-offensive to retake Nyala.")
    assert [e for e in got if e[0][:2] == "13"], got
    assert not roots(got) & {"18", "19", "20"}, got


@pytest.mark.parametrize(
    "text",
    [
        "The rebels are preparing to attack the town of Bunia.",
        "Police arrested four men suspected of plotting to kill a judge in Medellin.",
    ],
)
def test_modality27_violence_planned_told_by_no_one_is_no_attack(short, text: str):
    got = coded(short, text)
    assert not roots(got) & {"18", "19", "20", "03"}, got


def test_modality27_an_arrest_of_plotters_stays(short):
    got = coded(short, "Police arrested four men suspected of plotting to kill a judge in Medellin.")
    assert "17" in roots(got), got


def test_modality27_a_real_attack_on_planners_stays(short):
    got = coded(short, "Soldiers shot dead two men who were planning to attack a checkpoint, the army said.")
    assert roots(got) & {"18", "19"}, got


def test_modality27_helping_another_towards_violence_accuses_the_helper(short):
    got = coded(short, "Britain said Tehran was helping Moscow to bomb Ukrainian cities.")
    assert ("112", "GBR", "IRN") in got, got
    assert not roots(got) & {"07", "18", "19"}, got


@pytest.mark.parametrize(
    "text",
    [
        "Russia has sent hundreds of instructors to help the Malian army.",
        "Britain said it was helping Ukraine to shoot down Iranian-made drones.",
    ],
)
def test_modality27_help_not_alleged_of_another_is_no_accusation(short, text: str):
    got = coded(short, text)
    assert "11" not in roots(got), got


@pytest.mark.parametrize(
    ("text", "src"),
    [
        ("The Belarusian foreign ministry said it would respond in kind.", "BLR"),
        ("China said it would respond firmly if the ships entered its waters.", "CHN"),
        ("Algeria will respond accordingly, the foreign minister said.", "DZA"),
    ],
)
def test_modality27_a_promised_response_is_a_threat(short, text: str, src: str):
    got = coded(short, text)
    assert [e for e in got if e[0][:2] == "13" and e[1] == src], got


def test_modality27_a_response_told_done_is_no_threat(short):
    got = coded(short, "Britain expelled two Russian diplomats on Monday, and Moscow responded in kind.")
    assert not [e for e in got if e[0][:2] == "13"], got


def test_modality27_a_warning_a_speaker_calls_a_launch_is_the_speakers(short):
    got = coded(short, "Pyongyang said the launch was a warning to the United States.")
    assert ("130", "PRK", "USA") in got, got


def test_modality27_a_warning_called_of_anothers_act_is_not_the_speakers(short):
    art = short(
        Article(raw="The minister said Hamas's attack was a warning to Israel.", source="t", published="2026-05-20")
    )
    threats = [e for e in art.events if e.cameo["root"] == "13"]
    assert not [e for e in threats if e.source is not None and "minister" in (e.source.text or "")], threats


def test_an_accusation_told_before_its_denial_stands(short):
    """Negative of the denied-act pass: a clause told before the denying verb was said, then denied ("X accuses Y
    of Z, a charge Y denies"); only a complement after the verb ("denied that ...") is disowned."""
    evs = short(
        Article(raw="Kenya accuses Somalia of shielding bandits, a charge Mogadishu denies.", source="t")
    ).events
    kinds = {(e.plover or {}).get("type") for e in evs if not e.background}
    assert {"ACCUSE", "REJECT"} <= kinds
