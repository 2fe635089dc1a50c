"""The later paragraphs of an obituary tell the dead person's past: "Viktor Petrov, a retired general, has died
aged 81, his family said. He oversaw the assault on the city, in which thousands were killed." The assault and
its dead are his career, not an attack of this week; coded as news, thousands of dead would land on a user's
table. ``obituaries`` covers the lead's own clause on the person; this pass covers the story after it.

An article is an obituary when its first sentence tells one person's death with their age ("has died aged 81",
"died at 90") and no harm as its cause ("died aged 45 after being shot" is news of an attack); with no age, when
it names the one who died and tells who they were ("Hector Ruiz, the guerrilla leader turned senator, died on
Tuesday") or a later sentence gives the age alone ("He was 79."), and the lead tells no harm outside what it says
of them ("died on Monday after gunmen opened fire on his car" is news). In a later
sentence, violence told in the past tense in a clause whose subject is the dead person's pronoun ("He oversaw
the assault, in which thousands were killed") or a group of theirs ("His fighters attacked the garrison",
"soldiers under his command killed 1,000 villagers") is history, unless it has a day of its own ("He was
wounded in an ambush on Monday"). Violence done to others in the story ("Gunmen shot him outside his home")
has no such subject and stays. Words: ``data/lexicon/obituaries.yaml``.
"""

from __future__ import annotations

from typing import Any

from ..constants import Token
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext, suppress_force
from .obituaries import obituary_verb, one_death, words
from .war_tolls import dated_to_a_day


def _harm_cause(verb: Token) -> bool:
    """The death verb gives a cause of harm ("after being shot", "of his wounds", "in an attack")."""
    w = words()
    for c in verb.children:
        if c.dep_ in {"prep", "advcl", "agent"}:
            if any(t.lemma_.lower() in w.injury_words | w.harm_lemmas for t in c.subtree):
                return True
    return False


def _age_beside(verb: Token) -> bool:
    """A death verb with its age as two of its words: "has died aged 84" parsed with "84" on the verb."""
    w = words()
    if verb.lemma_.lower() not in w.death_verbs or verb.pos_ not in {"VERB", "AUX"}:
        return False
    kids = list(verb.children)
    return any(c.lower_ in w.age_words for c in kids) and any(c.like_num and c.ent_type_ != "TIME" for c in kids)


def obituary_lead(doc: object) -> bool:
    """The article's first sentence tells one person's death with their age and no harm as its cause; or,
    with no age, the death of one named person told with who they were ("Hector Ruiz, the guerrilla leader
    turned senator, died on Tuesday after a long illness"), or followed by their age in a sentence of its own
    ("He was 79.")."""
    sents = list(getattr(doc, "sents", []))
    if not sents:
        return False
    verbs = [t for t in sents[0] if obituary_verb(t) or _age_beside(t)]
    if verbs:
        return not any(_harm_cause(v) for v in verbs)
    deaths = [t for t in sents[0] if one_death(t) and not _harm_cause(t)]
    if not deaths or _harm_told(sents[0], deaths[0]):
        return False
    return _named_with_biography(deaths[0]) or any(_age_sentence(s) for s in sents[1:])


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _named_with_biography(verb: Token) -> bool:
    """The one who died is named and told who they were: "Rafael Ortega, the journalist who exposed ...",
    "Colonel Ibrahim Tahir, who led the campaign ..." (not "A soldier died", not "Ahmed died")."""
    subject = _subject(verb)
    if subject is None or subject.pos_ != "PROPN" or subject.ent_type_ not in {"PERSON", ""}:
        return False
    return any(c.dep_ in words().biography_deps for c in subject.children)


def _harm_told(sent: Any, verb: Token) -> bool:
    """The lead tells harm outside what it says of the dead person: "died on Monday after gunmen opened fire on
    his car", "died in hospital, two days after the bombing" (news of an attack, no obituary)."""
    subject = _subject(verb)
    own = {t.i for t in subject.subtree} if subject is not None else set()
    w = words()
    return any(
        t.i not in own and (t.lemma_.lower() in w.harm_lemmas | w.injury_words or t.lower_ in w.injury_words)
        for t in sent
    )


def _age_sentence(sent: Any) -> bool:
    """A sentence giving the dead person's age alone: "He was 79.", "She was 72"."""
    toks = [t for t in sent if not t.is_punct]
    if len(toks) != 3 or toks[0].lower_ not in words().person_pronouns or toks[1].lemma_ != "be":
        return False
    return toks[2].like_num and toks[2].text.isdigit() and 15 <= int(toks[2].text) <= 120


def _theirs(subject: Token) -> bool:
    """The subject is the dead person's pronoun ("He") or holds it ("His fighters", "soldiers under his command")."""
    pronouns = words().person_pronouns
    return any(t.lower_ in pronouns for t in subject.subtree)


def _told_life(tok: Token) -> bool:
    """``tok`` lies in a past clause (or a phrase on its words) whose subject is the dead person's, with no day."""
    for verb in [tok, *tok.ancestors]:
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects and verb.tag_ == "VBD":
            if _theirs(subjects[0]):
                return not dated_to_a_day(verb)
        if verb.dep_ in {"ROOT", "ccomp"}:
            return False
    return False


@combine_passes.register("combine.obituary_story.v1")
def obituary_story(triggers: list[Trigger], ctx: CombineContext) -> None:
    """Violence in a later sentence of an obituary, done by the dead person or theirs: history, no event."""
    if not triggers:
        return
    doc = triggers[0].token.doc
    first = next(iter(doc.sents), None)
    if first is None or triggers[0].token.i < first.end or not obituary_lead(doc):
        return
    suppress_force(triggers, _told_life)
