"""A plea in court is no appeal and the charges pleaded to are no new accusation; forces sent to a border or
a region are a deployment, not aid. Every sentence is composed for these tests."""

from __future__ import annotations

import pytest

from wirecoder import Article


def _codes(pipeline, text: str) -> list[str]:
    art = pipeline(Article(raw=text, source="t", id="plea", published="2025-05-14"))
    return sorted(e.cameo["code"] for e in art.events)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("The former mayor pleaded not guilty to corruption charges in a Lima court on Tuesday.", ["016"]),
        ("Two army officers pleaded guilty to charges of smuggling fuel, a court in Harare heard.", []),
        ("The mother of the hostage pleaded with the kidnappers to free her son.", ["020"]),
        # charges laid in the sentence are an accusation still
        ("Prosecutors in Seoul filed charges against the former defence minister on Monday.", ["112"]),
    ],
)
def test_a_plea_in_court_is_no_appeal_and_adds_no_accusation(short, text, codes):
    assert _codes(short, text) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Azerbaijan sent tanks and armoured vehicles to the border on Thursday, the ministry said.", ["154"]),
        ("The junta sent more troops to the north after the rebels took the town.", ["154"]),
        # weapons sent to another state are military aid
        ("Poland sent tanks to Ukraine last year, the defence minister said.", ["072"]),
    ],
)
def test_forces_sent_to_a_border_or_region_are_a_deployment(short, text, codes):
    assert _codes(short, text) == codes
