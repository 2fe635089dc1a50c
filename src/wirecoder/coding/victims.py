"""One killed per singular person told killed without a number ("a policeman also lost his life"), two
for "both" of them ("police shot both attackers dead")."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ..article import Quantity
from . import lexicon as lexicons
from .age_nouns import age_noun
from .conjoined_objects import verb_conjoined_nouns
from .numbers import Lexicon

FATAL_KINDS = ("killed", "dead")  # the kinds of count that are deaths

_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})


_NO_ONE_DETS = frozenset({"no", "each", "every", "any", "all", "some", "which", "what"})
# Singular nouns that count people, not persons: "killed an unknown number of bandits" is no one death.
_COUNT_NOUNS = frozenset({"number", "handful", "couple", "dozen", "score", "host", "total", "majority", "minority"})


def single_victims(doc: Any, floor: int, limit: int, lex: Lexicon) -> list[Quantity]:
    """One killed per singular person told killed without a number: "a policeman also lost his life",
    "Ahmad Khan was killed", "gunmen shot dead a shopkeeper", "he died of his wounds". Not under
    negation or a modal ("could have been killed"), and only for persons (a lexicon noun, a PERSON
    name, he/she)."""
    found: list[Quantity] = []
    for verb in doc[floor:limit]:
        if verb.pos_ not in {"VERB", "AUX"} or any(
            c.dep_ == "neg" or c.tag_ == "MD" or c.lower_ in {"never", "nearly", "almost"} for c in verb.children
        ):
            continue
        lemma = verb.lemma_.lower()
        if natural_death(verb):
            continue  # "the composer ... died in Toronto aged 91": no one killed
        victims = _victims_of(verb, lemma, lex)
        kind = "dead" if any(v.dep_ == "nsubj" for v in victims) else "killed"
        found.extend(_along_with(verb, kind, floor, limit, lex) if victims else [])
        for victim in victims:
            for person in [victim, *victim.conjuncts, *verb_conjoined_nouns(victim), *_their_companions(victim)]:
                pair = _pair(person, lex)  # "shot both attackers dead", "killed both of them": two
                if floor <= person.i < limit and (pair or _one_person(person, lex)):
                    first = person.left_edge.i
                    while first < person.i and doc[first].dep_ in {"det", "punct", "cc"}:
                        first += 1
                    kind = "dead" if victim.dep_ == "nsubj" else "killed"
                    found.append(
                        Quantity(
                            kind=kind,
                            value=2 if pair else 1,
                            approx=None,
                            text=doc[first : person.i + 1].text,
                            unit=None,
                            start=doc[first].idx,
                            end=person.idx + len(person.text),
                        )
                    )
    return found


_ALONG = frozenset({"along", "together"})


def _along_with(verb: Any, kind: str, floor: int, limit: int, lex: Lexicon) -> list[Quantity]:
    """Those told dying "along with" (or "together with") the victims of ``verb``: "Both died along with seven
    shoppers" (7 more), "killed the bomber along with a policeman" (1 more)."""
    from .numbers import as_number, number_at  # noqa: PLC0415  (numbers imports nothing of this module's)

    withs = [p for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"]
    if not any(c.lower_ in _ALONG for c in verb.children):
        withs = []
    withs += [w for p in verb.children if p.lower_ in _ALONG for w in p.children if w.lower_ == "with"]
    out: list[Quantity] = []
    for w in withs:
        for obj in (o for o in w.children if o.dep_ == "pobj"):
            for person in [obj, *obj.conjuncts]:
                if not floor <= person.i < limit:
                    continue
                nums = [c for c in person.children if c.dep_ == "nummod"]
                num = number_at(person.doc, nums[0].i, limit, lex) if nums else None
                value = as_number(num.value) if num is not None and num.vague is None else None
                if value is None and not _one_person(person, lex):
                    continue
                first = nums[0].i if nums else person.i
                out.append(
                    Quantity(
                        kind,
                        value or 1,
                        None,
                        person.doc[first : person.i + 1].text,
                        None,
                        person.doc[first].idx,
                        person.idx + len(person.text),
                    )
                )
    return out


def _their_companions(victim: Any) -> list[Any]:
    """Singular persons told with "their" beside a counted group, which the parser hangs on it as an apposition:
    "killed six aid workers, their guide and their driver" (the guide and the driver too; "two people, a man and
    his son" retells the two)."""
    if not any(c.dep_ == "nummod" for c in victim.children):
        return []
    out = []
    for a in victim.children:
        if a.dep_ == "appos" and a.tag_ == "NN" and any(c.dep_ == "poss" and c.lower_ == "their" for c in a.children):
            out.extend([a, *a.conjuncts])
    return out


@cache
def _natural() -> dict[str, frozenset[str]]:
    data = lexicons.load("natural_deaths")
    return {k: lexicons.word_set(data.get(k)) for k in ("dying_verbs", "age_words", "natural_words")}


def natural_death(verb: Any) -> bool:
    """A death of age or illness: "died in Toronto aged 91", "died of cancer at 66", "died peacefully";
    "died of his wounds" or "died in hospital" is not one."""
    w = _natural()
    if verb.lemma_.lower() not in w["dying_verbs"]:
        return False
    for c in verb.children:
        if c.lower_ in w["age_words"] or (c.dep_ == "advmod" and c.lower_ in w["natural_words"]):
            return True
        if c.dep_ == "prep" and c.lower_ in {"at", "of", "in", "from", "after"}:
            for obj in (o for o in c.children if o.dep_ == "pobj"):
                if c.lower_ == "at" and (obj.lower_ in w["age_words"] or (obj.like_num and obj.i == c.i + 1)):
                    return True  # "at the age of 80", "at 71"
                words = {obj.lower_, *(t.lower_ for t in obj.children if t.dep_ in {"compound", "amod"})}
                if c.lower_ != "at" and words & w["natural_words"]:
                    return True  # "of cancer", "in his sleep", "of natural causes", "after a long illness"
    return False


def _victims_of(verb: Any, lemma: str, lex: Lexicon) -> list[Any]:
    """The nouns a verb of killing or dying says died: the object or passive subject of "kill"/"murder"
    (and of "shoot dead", "gun down"), the subject of "die" and of "lose one's life"."""
    if lex.object_verbs.get(lemma) in FATAL_KINDS:
        own = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        if (
            not own
            and verb.dep_ == "conj"
            and verb.tag_ == "VBN"
            and not any(c.dep_ == "neg" for c in verb.head.children)
        ):
            return [c for c in verb.head.children if c.dep_ == "nsubjpass"]  # "was shot and killed by police"
        return own
    for v, w, kind in lex.verb_with_word:
        if lemma == v and kind in FATAL_KINDS and any(c.lemma_.lower() == w or c.lower_ == w for c in _near(verb)):
            deps = {"nsubj"} if kind == "dead" else {"dobj", "nsubjpass"}  # "lost his life" / "shot dead a man"
            aged = [c for c in verb.children if c.dep_ == "oprd" and age_noun(c)]  # "shot dead a 45-year-old"
            return [c for c in verb.children if c.dep_ in deps and c.lemma_.lower() != w] or aged
    if lex.subject_verbs.get(lemma) in FATAL_KINDS:
        return [c for c in verb.children if c.dep_ == "nsubj"]
    phrase = lex.subject_phrases.get(lemma)
    if phrase is not None and phrase[1] in FATAL_KINDS and any(c.lemma_.lower() == phrase[0] for c in verb.children):
        return [c for c in verb.children if c.dep_ == "nsubj"]
    return []


def _near(verb: Any) -> list[Any]:
    """A verb's dependents and the objects of its "to" ("beat a man to death")."""
    return [*verb.children, *(o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children)]


def _pair(tok: Any, lex: Lexicon) -> bool:
    """ "both" of people: "both of them", "both guards" (a plural person noun), not "both sides"."""
    if tok.lower_ == "both":
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children) or tok.dep_ in {"nsubj", "nsubjpass"}
    lemma = tok.lemma_.lower()
    persons = lemma in lex.person_nouns or lemma in lex.group_nouns or bool(_AGENT_NOUN.search(lemma))
    return (
        tok.tag_ == "NNS" and persons and any(c.lower_ == "both" and c.dep_ in {"det", "predet"} for c in tok.children)
    )


def _one_person(tok: Any, lex: Lexicon) -> bool:
    if any(c.dep_ == "nummod" or c.lower_ in _NO_ONE_DETS for c in tok.children) or tok.lemma_.lower() in _COUNT_NOUNS:
        return False
    if tok.lower_ in _PERSON_PRONOUNS or age_noun(tok):
        return True  # "him", "a 17-year-old"
    if tok.tag_ == "NNP" and tok.ent_type_ == "PERSON":
        return True
    if tok.tag_ == "NNP" and tok.text.islower() and tok.lower_ in lex.person_nouns:
        return True  # a lower-case person noun the tagger took for a name ("killing a jawan")
    lemma = _hyphened(tok) or tok.lemma_.lower()
    if tok.tag_ == "NN" and lemma in _HEAD_NOUNS and _heads_a_body(tok):
        return True  # "a village head", "the head of the council": one person
    return tok.tag_ == "NN" and (
        lemma in lex.person_nouns or lemma in lex.group_nouns or bool(_AGENT_NOUN.search(lemma))
    )


def _hyphened(tok: Any) -> str | None:
    """The whole of a hyphened noun the tokenizer split ("passer - by" read as "passer-by"), or None."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].head.i == tok.i:
        return f"{doc[tok.i - 2].lower_}-{tok.lower_}"
    return None


# Nouns of a post that name one person only as the head of something ("a village head", not "a head of cattle")
_HEAD_NOUNS = frozenset({"head"})
_NOT_BODIES = frozenset(
    {"cattle", "livestock", "sheep", "goat", "cow", "buffalo", "camel", "lettuce", "cabbage", "hair"}
)


def _heads_a_body(tok: Any) -> bool:
    """ "head" of a place or body: a compound ("village head") or an "of" object that is no herd or crop."""
    if any(c.dep_ == "compound" and c.lemma_.lower() not in _NOT_BODIES for c in tok.children):
        return True
    ofs = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return bool(ofs) and all(o.lemma_.lower() not in _NOT_BODIES for o in ofs)


# Person nouns by their ending: "pharmacist", "politician", "watchman", "teacher", "inspector", "resident".
_AGENT_NOUN = re.compile(r"(?:[a-z]{3}(?:ist|ician|man|woman|er|or|ant)|[a-z]{3}(?<!m)ent)$")
