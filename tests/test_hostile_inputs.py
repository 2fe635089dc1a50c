"""Hostile and unlucky inputs: each ends in a coded article, a reject with its reason, or one line on
stderr with exit 2 — never a traceback, never a hang (every test runs under pytest-timeout)."""

from __future__ import annotations

import pytest

from wirecoder import Article

pytestmark = pytest.mark.slow

# A run-on report with commas and conjunctions but no full stop, composed for these tests.
RUN_ON = (
    "militia fighters shelled two villages near the river crossing, police detained 14 men at a roadside "
    "checkpoint and the governor said that 3 guards were wounded while aid workers counted dozens of "
    "damaged homes; "
)


def run_on(words: int) -> str:
    """``words`` words of run-on text without a single full stop."""
    vocab = RUN_ON.split()
    return " ".join(vocab[i % len(vocab)] for i in range(words))


@pytest.mark.timeout(120)
def test_hostile_long_sentence_is_cut_at_clause_boundaries(short):
    """No parsed sentence is longer than the cap, and the cuts fall after punctuation or before a clause."""
    from wirecoder.settings import MAX_SENTENCE_TOKENS

    nlp = next(s for s in short.stages if s.name == "nlp")
    doc = nlp.nlp(run_on(3000))
    sents = list(doc.sents)
    assert len(sents) >= 3000 // MAX_SENTENCE_TOKENS
    assert max(len(s) for s in sents) <= MAX_SENTENCE_TOKENS
    for s in sents[1:]:
        before, first = doc[s.start - 1], doc[s.start]
        assert before.text in {",", ";"} or first.tag_ in {"CC", "WDT", "WRB", "WP"}, (before.text, first.text)


@pytest.mark.timeout(180)
def test_hostile_no_full_stop_text_is_coded(short):
    """10,000 words without a full stop are coded (events found all along), not stuck in one sentence."""
    article = short(Article(raw=run_on(10_000), source="run-on.txt"))
    assert len(article.sentences) >= 10_000 // 150
    assert article.events
    assert article.events[-1].sentence_index > len(article.sentences) // 2


def test_hostile_normal_sentences_are_not_cut(short):
    """Ordinary sentences keep their boundaries: the cap only touches runs longer than it."""
    text = (
        "Troops fired on a crowd in the northern market town on Sunday, and at least 9 people were hurt, "
        "officials said. Protesters then blocked the main road."
    )
    article = short(Article(raw=text, source="two.txt"))
    assert len(article.sentences) == 2


@pytest.mark.timeout(60)
def test_hostile_article_over_cpu_budget_is_a_timeout_reject(settings):
    """Past the CPU budget an article raises ``Timeout`` (reason "timeout") and the next one is coded."""
    from dataclasses import replace

    from wirecoder.errors import Timeout
    from wirecoder.pipeline import Pipeline

    pipe = Pipeline(replace(settings, cpu_budget=0.3, check_language=False, min_words=1))
    with pytest.raises(Timeout) as info:
        pipe(Article(raw=run_on(20_000), source="slow.txt"))
    assert info.value.reason == "timeout"
    assert "slow.txt" in str(info.value) and "WIRECODER_CPU_BUDGET" in str(info.value)
    coded = pipe(Article(raw="Soldiers detained 6 smugglers at the border post on Friday.", source="ok.txt"))
    assert coded.events


def test_hostile_text_over_parser_limit_is_too_large(settings):
    """A text longer than ``Settings.max_chars`` is a ``too-large`` reject before spaCy sees it."""
    from dataclasses import replace

    from wirecoder.errors import TooLarge
    from wirecoder.pipeline import Pipeline

    pipe = Pipeline(replace(settings, max_chars=2_000, check_language=False))
    with pytest.raises(TooLarge) as info:
        pipe(Article(raw=run_on(1_000), source="big.txt"))
    assert "2,000" in str(info.value) and "big.txt" in str(info.value)
