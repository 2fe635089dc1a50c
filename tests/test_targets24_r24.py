"""Round-24 targets: conjoined subjects of a bilateral act (ties restored, resumed or reopened; talks held) act
on each other, as the Wikinews coders pair them ("Chile and Peru restored relations": CHL->PER, PER->CHL); deals
(agreed, signed), acts on a named third party, acts that name a third country's place and acts that are not
bilateral (condemned, sent aid) keep what they had.

Every sentence is composed for these tests; tests/data/cameo_sentences_r24*.yaml hold composed batches, scored
by `python scripts/score_cameo_sentences.py FILE`.
"""

from __future__ import annotations

import pytest

from wirecoder.article import Article


def pairs(short, text: str) -> set[tuple[str | None, str | None]]:
    evs = short(Article(raw=text, source="test", published="2024-05-20")).events
    return {
        (e.source.country if e.source else None, e.target.country if e.target else None)
        for e in evs
        if not e.background
    }


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Chile and Peru restored full diplomatic relations on Monday.", "CHL", "PER"),
        ("Colombia and Venezuela reopened their consulates on Saturday.", "COL", "VEN"),
        ("Armenia and Azerbaijan resumed talks on a peace treaty on Friday.", "ARM", "AZE"),
        ("Greek and Turkish diplomats held talks in Ankara on Monday.", "GRC", "TUR"),
        ("Indian and Chinese commanders held another round of talks on Saturday.", "IND", "CHN"),
    ],
)
def test_targets24_bilateral_acts_pair_both_ways(short, text: str, a: str, b: str):
    got = pairs(short, text)
    assert (a, b) in got and (b, a) in got


@pytest.mark.parametrize(
    ("text", "sources", "target"),
    [
        # deals are left to the PLOVER GSR's reading: each signer, no target
        ("Uruguay and Paraguay signed a river navigation agreement on Tuesday.", {"URY", "PRY"}, None),
        ("Kazakhstan and Uzbekistan agreed to build a joint water reservoir.", {"KAZ", "UZB"}, None),
        # not bilateral acts
        ("Britain and France condemned the bombing on Sunday.", {"GBR", "FRA"}, None),
        # a third party named: it stays the target, or the act is not between the two
        ("Britain and France held talks with Iran on Monday.", {"GBR", "FRA"}, "IRN"),
        ("Britain and France reopened their embassies in Damascus on Monday.", {"GBR", "FRA"}, "SYR"),
    ],
)
def test_targets24_other_conjoined_acts_keep_their_targets(short, text: str, sources: set[str], target):
    got = pairs(short, text)
    assert {s for s, _ in got} == sources
    assert {t for _, t in got} == {target}
