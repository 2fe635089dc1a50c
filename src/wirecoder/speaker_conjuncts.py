"""A speaker's own act read into what the speaker said. In "Iran said the sanctions would hurt ordinary people and
urged Washington to lift them" the small parser makes "urged" a conjunct of "would hurt", so it is the sanctions
that urge and no appeal is coded. When a speech verb's reported clause has a subject of its own and is not told in
the simple past (a modal or present auxiliary, a present-tense verb), a conjunct of it in the simple past with no
subject, whose lemma is an act a speaker goes on to do (urge, call, warn, condemn ...), is hung back on the speech
verb, as the parser reads "Iran said it was ready and urged Washington to ...". A reported clause in the past
keeps its conjuncts: in "police said the gunmen stormed the hotel and demanded a ransom" the gunmen demand.
The same holds for a participle after what was said ("Manila said Chinese ships fired water cannon at a supply boat,
accusing Beijing of ...", "... collided near the shoal, Manila said, accusing Beijing"): a participle of such an act,
hung on the reported clause or on the act a parenthetical "X said" reports, is the speaker's. Text, tokens, offsets
and entities stay as they were.

Words: ``data/lexicon/speaker_conjuncts.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from .reparse import rehead

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
_PRESENT = frozenset({"VBZ", "VBP"})
# what makes the act aimed at someone ("urged Washington to", "called on X", "called for calm"); "warned that ..."
# only says more, and is left where the parser put it
_AIMED = frozenset({"dobj", "obj", "prep", "prt", "xcomp", "dative"})


@dataclass(frozen=True)
class SpeakerWords:
    acts: frozenset[str]
    unpast_aux: frozenset[str]


@cache
def _lists() -> SpeakerWords:
    from .coding import lexicon  # imported when first needed, as the coder's speech verbs are

    return lexicon.word_lists("speaker_conjuncts", SpeakerWords)


def speaker_acts() -> frozenset[str]:
    """Lemmas of the acts a speaker goes on to do after speaking ("urged", "accusing")."""
    return _lists().acts


def _unpast(verb: Any) -> bool:
    """``verb``'s clause is told with a modal or in the present ("would hurt", "are illegal", "says")."""
    if verb.tag_ in _PRESENT or verb.tag_ == "MD":
        return True
    return any(c.dep_ in {"aux", "auxpass"} and c.lower_ in _lists().unpast_aux for c in verb.children)


def _misread(said: Any) -> list[Any]:
    """The speaker's acts hung on the clause ``said`` (a speech verb) reports."""
    from .coding.triggers import speech_verbs  # the coder's speech-verb lemmas (imported when first needed)

    if said.pos_ != "VERB" or said.lemma_.lower() not in speech_verbs():
        return []
    if not any(c.dep_ == "nsubj" and c.i < said.i for c in said.children):
        return []
    acts = _lists().acts
    found = []
    for clause in said.children:
        if clause.dep_ != "ccomp" or clause.i < said.i or not _unpast(clause):
            continue
        if not any(c.dep_ in _SUBJECTS for c in clause.children):
            continue
        for conj in clause.children:
            if (
                conj.dep_ == "conj"
                and conj.tag_ == "VBD"
                and conj.lemma_.lower() in acts
                and not any(c.dep_ in _SUBJECTS for c in conj.children)
                and any(c.dep_ in _AIMED for c in conj.children)
            ):
                found.append(conj)
    return found


def _speaker_participle(tok: Any) -> Any | None:
    """The speech verb whose speaker does ``tok``, a trailing participle of a speaker's act ("..., accusing X of
    ...") hung on what was said, or None."""
    from .coding.lexicon import subset  # the plain reporting verbs (imported when first needed)

    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or tok.lemma_.lower() not in _lists().acts:
        return None
    if any(c.dep_ in {"nsubj", "mark"} for c in tok.children) or tok.i == 0 or tok.nbor(-1).text != ",":
        return None
    act = tok.head
    if act.dep_ == "ccomp" and act.head.i < act.i:  # "X said Y did Z, accusing ...": said before the clause
        said = act.head
    else:  # "Y did Z, X said, accusing ...": a parenthetical speech verb between the act and the participle
        said = next((c for c in act.children if c.dep_ == "parataxis" and act.i < c.i < tok.i), None)
    if said is None or said.pos_ != "VERB" or said.lemma_.lower() not in subset("speech_verbs", "reporting"):
        return None  # "acknowledged X, blaming Y": an act of its own, whose participle is its reason
    return said if any(c.dep_ == "nsubj" for c in said.children) else None


def reattach_speaker_conjuncts(doc: Any) -> Any:
    """``doc`` with each speaker's act misread as a conjunct or a participle of what was said hung back on the
    speech verb."""
    moves: dict[int, int] = {}
    for tok in doc:
        for act in _misread(tok):
            moves[act.i] = tok.i
        said = _speaker_participle(tok)
        if said is not None:
            moves[tok.i] = said.i
    if moves:
        rehead(doc, moves)
    return doc
