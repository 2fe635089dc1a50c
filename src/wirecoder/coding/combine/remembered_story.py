"""The later paragraphs of a story that looks back retell the old violence: "Norway marked fifteen years since
the massacre on Wednesday. The gunman, who killed 69 people on the island, is serving a 21-year sentence", or
"The new novel follows a family through the uprising. British forces killed thousands of suspected rebels".

``remembered_act`` covers violence told under the remembering word of its own sentence; this pass covers the
sentences after a lead that remembers (an anniversary, a memorial, years counted since an act) or has a work
as its subject ("the film", "the new novel"), when the lead itself tells no violence of its own beside what it
remembers. In a later sentence, violence told in the past tense with no day or hour of its own is then the
remembered history. Violence of today keeps its day ("Hours later, a bomb exploded near the memorial",
"Police fired tear gas at the marchers on Sunday"), and a present or perfect tense ("the group still attacks
convoys", "the war has killed ...") is left to the other passes. Words: ``data/lexicon/remembered.yaml``
(``remembering_words``, ``works``) and ``data/lexicon/remembered_story.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from .. import lexicon
from ..constants import Token
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext, suppress_force
from .remembered import remembering
from .remembered import words as remembered_words
from .war_tolls import dated_to_a_day

_YEAR = re.compile(r"^(1[89]|20)\d\d$")


@dataclass(frozen=True)
class RememberedStoryWords:
    """The word lists of ``data/lexicon/remembered_story.yaml``."""

    violence_lemmas: frozenset[str]
    near_times: frozenset[str]
    marking_verbs: frozenset[str]
    not_leads: frozenset[str]
    judging_verbs: frozenset[str]
    judging_nouns: frozenset[str]


@cache
def words() -> RememberedStoryWords:
    """The lists, read once per process."""
    return lexicon.word_lists("remembered_story", RememberedStoryWords)


def _looks_back(tok: Token) -> bool:
    """``tok`` makes a lead look back: a remembering word ("anniversary", "memorial"), a verb whose subject is
        a work ("The new film ... is brutal", "The novel follows a family through the uprising"), or a marking verb
        counting years ("marked fifteen years since the massacre"), or a verb of judgement whose words after it name a
    year ("sentenced six men over the 2016 bombings", "upheld his conviction for the 1994 massacre", "an inquiry into the 2017 bombing found ..."). A count of years alone ("Two years after the
        coup, the junta ...") and the people of a war ("veterans") tell today's news."""
    lemma = tok.lemma_.lower()
    if lemma in words().not_leads or tok.lower_ in words().not_leads:
        return False
    if lemma in remembered_words().remembering_words or tok.lower_ in remembered_words().remembering_words:
        return True
    works = remembered_words().works
    if tok.pos_ in {"VERB", "AUX"} and any(c.dep_ == "nsubj" and c.lower_ in works for c in tok.children):
        return True
    judged = (lemma in words().judging_verbs and tok.pos_ == "VERB") or (
        lemma in words().judging_nouns and tok.pos_ == "NOUN"
    )
    if judged:
        return any(_YEAR.match(t.text) and t.ent_type_ == "DATE" for t in tok.subtree if t.i > tok.i)
    return lemma in words().marking_verbs and remembering(tok)


def remembering_lead(lead: Any) -> bool:
    """The first sentence remembers or shows a work, and all the violence it tells hangs below that."""
    looks_back = [t for t in lead if _looks_back(t)]
    if not looks_back:
        return False
    marks = {t.i for t in looks_back}
    violent = [t for t in lead if t.lemma_.lower() in words().violence_lemmas]
    return all(marks & {a.i for a in [t, *t.ancestors]} for t in violent)


def _past_clause(tok: Token) -> bool:
    """``tok`` is told in a past clause ("killed", "were killed", "the gunman, who killed 69, is serving"):
    the nearest verb at or above it, or its auxiliary, is in the simple past."""
    for verb in [tok, *tok.ancestors]:
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        if verb.tag_ == "VBD":
            return True
        if verb.tag_ == "VBN":
            return any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in verb.children)
        return False
    return False


def _near_time(tok: Token) -> bool:
    """The sentence places the act close to now: "hours later", "moments after", "tonight"."""
    return any(t.lower_ in words().near_times for t in tok.sent)


def retold(tok: Token) -> bool:
    """``tok`` (a violent act of a later sentence) is the past retold: simple past, no day or near time."""
    return _past_clause(tok) and not dated_to_a_day(tok.sent.root) and not dated_to_a_day(tok) and not _near_time(tok)


@combine_passes.register("combine.remembered_story.v1")
def remembered_story(triggers: list[Trigger], ctx: CombineContext) -> None:
    """Violence told in the past, with no day, after a lead that remembers or shows a work: history."""
    if not triggers:
        return
    doc = triggers[0].token.doc
    first = next(iter(doc.sents), None)
    if first is None or triggers[0].token.i < first.end or not remembering_lead(first):
        return
    suppress_force(triggers, retold)
    gone = {t.token.i for t in triggers if t.suppressed}
    for trig in triggers:  # "British forces killed thousands and detained tens of thousands in camps"
        tok = trig.token
        if not trig.suppressed and trig.code[:2] == "17" and tok.dep_ == "conj" and tok.head.i in gone:
            if retold(tok):
                trig.suppressed = True
                trig.notes.append("background")
