"""Round-14 CAMEO-style sentences with several verbs: a past verb the parser hung on its subject as a relative
clause before a trailing participle ("called on X ..., warning that ...") or before a clause of its own
("threatened to strike if the company went ahead"), officials dismissed or sacked after a background attack
(0831), convoys let in to enter a place (0863), a mission's mandate renewed (074), envoys ordered out (166),
vessels blocked by a state's forces (191), a state protesting against another state's act (111), workers
threatening to strike (133) and observers sent (070; said of the future, 03).

Every sentence is composed for these tests; tests/data/cameo_sentences_r14.yaml holds a larger composed set,
scored by `python scripts/score_cameo_sentences.py`.
"""

from __future__ import annotations

import pytest

from composed import coder_on

events = coder_on("2024-05-20")


def main_code(short, text: str) -> str | None:
    found = events(short, text)
    return found[0].cameo["code"] if found else None


@pytest.mark.parametrize(
    ("text", "root", "source_country"),
    [
        (
            "The UN atomic agency's head called on Syria on Monday to allow inspectors back into a desert site, "
            "warning that evidence could be lost.",
            "02",
            None,
        ),
        (
            "Nepal's prime minister sacked the home minister on Friday after a week of riots in the capital.",
            "08",
            "NPL",
        ),
        ("The Peruvian president dismissed the police chief on Monday after a prison break in Lima.", "08", "PER"),
        ("Colombian dockworkers threatened on Friday to strike unless the port operator raised wages.", "13", None),
        ("Niger ordered the Beninese ambassador to leave within 72 hours on Sunday.", "16", "NER"),
        ("Indonesian navy ships blocked three fishing boats near the Natuna islands on Monday.", "19", "IDN"),
        ("Japan protested on Monday against China's survey of waters near the Senkaku islands.", "11", "JPN"),
        ("The UN Security Council extended the mandate of its peacekeeping force in Cyprus on Thursday.", "07", None),
        ("Armenia allowed relief convoys to cross into Karabakh on Tuesday.", "08", "ARM"),
        ("The African Union will send election observers to Malawi for the May vote, its commission said.", "03", None),
    ],
)
def test_main_act_of_a_long_sentence(short, text, root, source_country):
    found = events(short, text)
    assert found, text
    assert found[0].cameo["root"] == root
    if source_country is not None:
        assert found[0].source is not None and found[0].source.country == source_country


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Police fired tear gas at the head of the march in Dhaka on Monday.", "0831"),
        ("The bank fired 300 employees after a loss in the third quarter.", "0831"),
        ("Fishermen blocked two cargo ships at the port of Brest on Monday to protest against quotas.", "191"),
        ("Thousands of Kenyans protested against the finance bill in Nairobi on Tuesday.", "111"),
        ("Iran threatened on Monday to strike American bases in the region if attacked.", "133"),
        ("Niger ordered French troops to leave the country within a month.", "166"),
        ("The government extended the deadline for tax returns by one month.", "074"),
    ],
)
def test_look_alikes_keep_their_own_code(short, text, wrong):
    assert wrong not in [e.cameo["code"] for e in events(short, text)]


def test_passive_participle_after_a_head_noun_stays_passive(short):
    """ "Villagers threatened by the floods were moved": no threat made by the villagers."""
    text = "Villagers threatened by the floods were moved to schools on Monday, officials said."
    assert not any(e.cameo["root"] == "13" for e in events(short, text))


def test_arrested_protesters_do_not_arrest(short):
    """A passive participle with no to-clause is not promoted to the sentence's verb."""
    text = "Dozens of protesters arrested in Accra on Tuesday after police said they had blocked roads were freed."
    for e in events(short, text):
        if e.cameo["root"] == "17":
            assert e.source is None or "protesters" not in (e.source.text or "")
