"""Sentences the parser leaves with no predicate. "An explosive device detonated near a mosque in X." reads
as the noun phrase "a device (that was) detonated near ..." and no event is found: in a sentence of prose
with no finite verb at all, the last participle of an ergative verb (``ergative_verbs.yaml``) that modifies
a noun becomes the sentence's verb, the sentence's head noun its subject. "Gunmen riding a motorcycle shot
dead a policeman" reads "motorcycle shot" as one noun: the sentence is parsed again with the noun before
the verb read as a pronoun, and takes that parse when it makes the word a verb. A past verb hung on its
subject as a relative clause becomes the sentence's verb too when a trailing participle was made the root ("The
agency's chief called on X to halt work, warning that ...") or when every other finite word is inside its own
clause ("Miners threatened on Monday to strike if the company went ahead") or coordinated with a past verb that
takes an object ("A crowd set upon a thief and beat him"), and a participle with an object hung on the noun of a
clause on the subject ("Villagers armed with machetes beat to death two men"). Text, tokens, offsets and
entities stay as they were."""

from __future__ import annotations

from functools import cache
from typing import Any

from .reparse import PARSE_ATTRS, adopt, parse_copy, rehead
from .yamlfiles import data_path, read_yaml

MIN_TOKENS = 8  # a shorter line is a headline, whose participles are passives ("Two killed in blast")
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
# acts told with a to-clause whose participle the parser may read as a passive ("miners threatened to strike")
_INTENT_PARTICIPLES = frozenset({"threaten", "vow", "pledge", "promise", "refuse", "agree", "decide", "offer"})
_CLAUSE_DEPS = frozenset({"prep", "punct", "advmod", "npadvmod", "cc"})  # "On 3 May, ...": the clause's


@cache
def _lists() -> dict[str, frozenset[str]]:
    data = read_yaml(data_path("lexicon", "ergative_verbs.yaml"))
    return {
        k: frozenset(str(v).lower() for v in data[k])
        for k in ("verbs", "noun_read_verbs", "crowd_acts", "double_object_verbs")
    }


def ergative_verbs() -> frozenset[str]:
    """The verbs of ``ergative_verbs.yaml``."""
    return _lists()["verbs"]


def reparse_noun_read_verbs(nlp: Any, doc: Any) -> Any:
    """``doc`` with each sentence whose verb was read into a compound noun ("a motorcycle shot") parsed again."""
    for sent in list(doc.sents):
        tok = next((t for t in sent if _noun_read(t)), None)
        if tok is not None:
            _reparse(nlp, doc, sent, tok)
    return doc


def _noun_read(tok: Any) -> bool:
    """A listed past form the parser tagged a noun right after a noun or a name inside the sentence."""
    if tok.lower_ not in _lists()["noun_read_verbs"] or not tok.tag_.startswith("NN") or tok.i == 0:
        return False
    before = tok.nbor(-1)
    return before.pos_ in {"NOUN", "PROPN"} and before.i > tok.sent.start and tok.i + 1 < tok.sent.end


def _reparse(nlp: Any, doc: Any, sent: Any, tok: Any) -> None:
    noun = tok.nbor(-1)
    words = [t.text for t in sent]
    words[noun.i - sent.start] = "it"
    if noun.i - 1 >= sent.start and doc[noun.i - 1].dep_ == "det":
        words[noun.i - 1 - sent.start] = "the"
    copy = parse_copy(nlp, sent, words)
    verb = copy[tok.i - sent.start]
    if verb.tag_ not in {"VBD", "VBN"} or sum(t.dep_ == "ROOT" for t in copy) != 1:
        return
    if noun.pos_ == "PROPN" and not any(c.dep_ in {"dobj", "obj"} for c in verb.children):
        return  # after a name, only a verb with an object ("the UVF shot dead two men", not "the Reuters shot of")
    # the noun and its article keep their own words' tags
    adopt(doc, sent, copy.to_array(PARSE_ATTRS), keep_tags=(noun.i, noun.i - 1))


def promote_participles(doc: Any) -> Any:
    """``doc`` with the participle of each verbless prose sentence made its verb (see the module)."""
    for sent in list(doc.sents):
        if len(sent) < MIN_TOKENS:
            continue
        finite = _finite_relative(sent)
        if finite is not None:
            _promote(doc, sent.root, finite)
            continue
        modifier = _subject_modifier(sent)
        if modifier is not None:  # "On 3 May, al-Shabaab fired mortars at X": "fired" read as a modifier of "mortars"
            noun, root = modifier.head, sent.root
            heads = {modifier.i: modifier.i, noun.i: modifier.i}
            heads.update({c.i: modifier.i for c in noun.children if c.i != modifier.i and c.dep_ not in _NOUN_DEPS})
            deps = {modifier.i: "ROOT", noun.i: "dobj"}
            stranded = _stranded_subject(noun, modifier)
            if stranded is not None:  # "On 2 May, youths stoned vehicles": "youths" a modifier of "vehicles"
                heads[stranded.i], deps[stranded.i] = modifier.i, "nsubj"
            if root.i != noun.i:  # "On" made the root with the noun its object: the date's preposition
                heads.update({root.i: modifier.i, **{c.i: modifier.i for c in root.children if c.dep_ == "punct"}})
                deps[root.i] = "prep"
            rehead(doc, heads, deps)
            continue
        trailing = _trailing_participle_root(sent)
        if trailing is not None:  # "The agency's chief called on X to halt work, warning that ..."
            noun, verb = trailing
            participle = sent.root
            heads = {verb.i: verb.i, noun.i: verb.i, participle.i: verb.i}
            for child in noun.children:  # the comma before the participle is the verb's
                if child.i > verb.i:
                    heads[child.i] = verb.i
            rehead(doc, heads, {verb.i: "ROOT", noun.i: "nsubj", participle.i: "advcl"})
            continue
        shared = _of_phrase_coordinate(sent)
        if shared is not None:  # "A crowd of residents set upon X and beat him": "beat" hung on "crowd"
            _promote(doc, sent.root, shared)
            continue
        if any(t.tag_ in _FINITE or t.pos_ == "AUX" for t in sent):
            continue
        nested = _bearer_object_act(sent)
        if nested is not None:  # "Villagers armed with machetes beat to death two men": "beat" hung on "machetes"
            _promote(doc, sent.root, nested)
            continue
        root = sent.root
        verbs = [
            t
            for t in sent
            if t.tag_ == "VBN"
            and t.dep_ == "acl"
            and t.i > root.i
            and (t.lemma_.lower() in ergative_verbs() or _crowd_act(t))
        ]
        if root.pos_ in {"NOUN", "PROPN"} and verbs and not any(c.dep_ == "agent" for c in verbs[-1].children):
            _promote(doc, root, verbs[-1])
    return doc


_NOUN_DEPS = frozenset({"det", "amod", "compound", "nummod", "poss"})  # the words of a noun phrase itself


def _subject_modifier(sent: Any) -> Any | None:
    """The past verb the parser made a modifier of the noun it governs while giving it its own subject ("al-Shabaab
    fired mortars at the base": ``fired`` an ``amod`` of the root ``mortars`` with ``al-Shabaab`` its ``nsubj``): a
    modifier has no subject, so the verb is the sentence's and the noun its object; also when the noun hangs on a
    preposition made the root ("On 3 May, ... mortars"). None otherwise."""
    root = sent.root
    if root.pos_ in {"NOUN", "PROPN"}:
        noun = root
    elif root.pos_ == "ADP":  # "On 3 May, X fired mortars at ..." read as one prepositional phrase
        noun = next((c for c in root.children if c.dep_ == "pobj" and c.pos_ in {"NOUN", "PROPN"} and c.i > 3), None)
        if noun is None:
            return None
    else:
        return None
    for verb in noun.children:
        if verb.dep_ != "amod" or verb.i > noun.i or verb.pos_ != "VERB" or verb.tag_ not in {"VBD", "VBN"}:
            continue
        if any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children) or _stranded_subject(noun, verb) is not None:
            return verb
    return None


def _stranded_subject(noun: Any, verb: Any) -> Any | None:
    """The plural noun the parser hung on ``noun`` as a modifier right before its past-verb modifier ``verb``
    ("youths stoned vehicles": ``youths`` an ``nmod`` of ``vehicles``, ``stoned`` its ``amod``): the verb's own
    subject. None otherwise."""
    return next(
        (c for c in noun.children if c.dep_ == "nmod" and c.tag_ == "NNS" and c.i == verb.i - 1),
        None,
    )


def _crowd_act(verb: Any) -> bool:
    """A crowd's act hung on the sentence's head noun right after its "of" phrase ("a group of students
    protested in X": ``protested`` an ``acl`` of ``group``), with no object of its own."""
    root = verb.head
    of = [c for c in root.children if c.dep_ == "prep" and c.lower_ == "of" and c.right_edge.i + 1 == verb.i]
    return (
        bool(of) and verb.lemma_.lower() in _lists()["crowd_acts"] and not any(c.dep_ == "dobj" for c in verb.children)
    )


def _finite_relative(sent: Any) -> Any | None:
    """The past-tense verb the parser hung on the sentence's head noun as a relative clause while tagging it
    finite ("The opposition leader called on X to resign": ``called`` VBD, ``acl`` of ``leader``), when it is
    the sentence's only finite word outside a relative clause set off by commas between the two ("Angola,
    which mediates between the neighbours, called on both governments ...") and the noun its root; None
    otherwise."""
    root = sent.root
    if root.pos_ not in {"NOUN", "PROPN"}:
        return None
    aside = _comma_relative(sent, root)
    finite = [t for t in sent if (t.tag_ in _FINITE or t.pos_ == "AUX") and t.i not in aside]
    after = root.i + 1 + (len(aside) + 2 if aside else 0)  # the verb's place: right after the noun or the aside
    if (
        aside
        and not finite
        and after < sent.end
        and sent.doc[after].tag_ == "VBN"
        and sent.doc[after].lower_.endswith("ed")
    ):
        # "China, which has brokered ceasefires, called on ...": a regular past tagged a participle (never
        # "flown", which is no past tense)
        finite = [sent.doc[after]]
    if len(finite) != 1 or finite[0].i != after:
        finite = _finite_outside(sent, root, after, finite)
    if len(finite) != 1:
        return None
    verb = finite[0]
    if verb.tag_ not in {"VBD", "VBN"} or verb.dep_ != "acl" or verb.head.i != root.i or verb.i != after:
        return None
    return None if any(c.dep_ in {"agent", "nsubj", "nsubjpass"} for c in verb.children) else verb


def _own_object(verb: Any) -> bool:
    """Does a participle read as a relative clause take an object of its own through the predicate word right after
    it? A passive takes none: "a mob set ablaze the house of X" ("ablaze" read as the verb's predicate, the house
    that word's object) is the mob's act. A bare direct object does not count ("a man given shelter" is a
    passive's second object)."""
    for c in verb.children:
        if c.dep_ in ("oprd", "prt") and c.i == verb.i + 1 and any(g.dep_ in ("pobj", "dobj") for g in c.children):
            return True
    return False


def _finite_outside(sent: Any, root: Any, after: int, finite: list[Any]) -> list[Any]:
    """The verb right after the head noun, when every other finite word of the sentence is in its own clause
    ("South African miners threatened on Monday to strike if the company went ahead": ``threatened``, with
    ``went`` inside its clause); a participle there counts only when it is an act taking a to-clause
    (``_INTENT_PARTICIPLES``), since "protesters arrested in X after police said ..." is a passive."""
    if after >= sent.end:
        return finite
    verb = sent.doc[after]
    if verb.dep_ != "acl" or verb.head.i != root.i:
        return finite
    if verb.tag_ == "VBN" and not (
        (verb.lemma_.lower() in _INTENT_PARTICIPLES and any(_to_clause(c) for c in verb.children))
        or _own_object(verb)
        or _finite_coordinate(verb)
    ):
        return finite
    inside = {t.i for t in verb.subtree}
    return [verb] if all(t.i in inside for t in finite) else finite


def _bearer_object_act(sent: Any) -> Any | None:
    """The participle with an object of its own that the parser hung on the noun of a clause right after the
    sentence's head noun ("Villagers armed with machetes beat to death two men": ``beat`` an ``acl`` of
    ``machetes``, ``armed`` of ``Villagers``), in a sentence with no finite word: a passive takes no bare object
    (verbs taking two objects aside: "students given scholarships"), so it is the head noun's act. None otherwise."""
    root = sent.root
    if root.pos_ not in {"NOUN", "PROPN"} or root.i + 1 >= sent.end:
        return None
    bearer = sent.doc[root.i + 1]
    if bearer.dep_ != "acl" or bearer.head.i != root.i or bearer.tag_ not in {"VBN", "VBG"}:
        return None
    for verb in bearer.subtree:
        if (
            verb.i > bearer.i
            and verb.dep_ == "acl"
            and verb.tag_ in {"VBN", "VBD"}
            and verb.head.dep_ in {"pobj", "dobj"}
            and verb.lemma_.lower() not in _lists()["double_object_verbs"]
            and any(c.dep_ == "dobj" and c.i > verb.i for c in verb.children)
            and not any(c.dep_ in {"agent", "nsubj", "nsubjpass"} for c in verb.children)
        ):
            return verb
    return None


def _of_phrase_coordinate(sent: Any) -> Any | None:
    """The participle right after the head noun's "of" phrase when the parser hung it on the noun as a relative
    clause and the past verb coordinated with it on the noun or on the participle ("A crowd of residents set upon a man
    and beat him": ``set`` an ``acl`` and ``beat`` a ``conj`` of ``crowd`` or of ``set``), that past verb taking an object and every finite
    word being inside the two clauses; None otherwise."""
    root = sent.root
    if root.pos_ not in {"NOUN", "PROPN"}:
        return None
    of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == root.i + 1), None)
    if of is None or of.right_edge.i + 1 >= sent.end:
        return None
    verb = sent.doc[of.right_edge.i + 1]
    if verb.dep_ != "acl" or verb.head.i != root.i or verb.tag_ not in {"VBN", "VBD"}:
        return None
    if any(c.dep_ in {"agent", "nsubj", "nsubjpass"} for c in verb.children):
        return None
    pasts = [c for c in [*root.children, *verb.children] if _finite_object_conj(c) and c.i > verb.i]
    if not pasts:
        return None
    inside = {t.i for t in verb.subtree} | {t.i for p in pasts for t in p.subtree}
    finite = [t for t in sent if t.tag_ in _FINITE or t.pos_ == "AUX"]
    return verb if all(t.i in inside for t in finite) else None


def _finite_object_conj(tok: Any) -> bool:
    """A past-tense conjunct that takes an object ("... and beat him")."""
    return tok.dep_ == "conj" and tok.tag_ == "VBD" and any(_object(g) for g in tok.children)


def _object(tok: Any) -> bool:
    """A direct object that is no time read as one ("sold the next day")."""
    return tok.dep_ == "dobj" and tok.ent_type_ not in {"DATE", "TIME"}


def _finite_coordinate(verb: Any) -> bool:
    """Is a participle read as a relative clause coordinated with a past-tense verb that takes an object ("an angry
    crowd set upon a thief and beat him to death": ``set`` VBN, ``beat`` VBD its conjunct)? A passive's conjunct
    would be a participle too, so the pair is the sentence's finite predicate."""
    return any(
        c.dep_ == "conj" and c.tag_ == "VBD" and any(g.dep_ == "dobj" for g in c.children) for c in verb.children
    )


def _to_clause(tok: Any) -> bool:
    """Whether ``tok`` heads a to-infinitive clause ("to strike", which the parser hangs as xcomp or advcl)."""
    return tok.dep_ in {"xcomp", "advcl"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _trailing_participle_root(sent: Any) -> tuple[Any, Any] | None:
    """The subject noun and its verb when the parser made a participle after a comma the sentence's root and
    the real past-tense verb a relative clause of that participle's subject ("The agency's chief called on X
    to halt work, warning that the plant posed a risk": ``warning`` the root, ``called`` an ``acl`` of
    ``chief``); None otherwise. The participle then hangs on the verb, as the clause it is."""
    root = sent.root
    if root.tag_ != "VBG" or root.i == sent.start or sent.doc[root.i - 1].text != ",":
        return None
    noun = next((c for c in root.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}), None)
    if noun is None:
        return None
    verb = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBD" and c.i == noun.i + 1), None)
    if verb is None or any(c.dep_ in {"agent", "nsubj", "nsubjpass"} for c in verb.children):
        return None
    return noun, verb


def _comma_relative(sent: Any, root: Any) -> set[int]:
    """The token indexes of a relative clause of ``root`` told between two commas right after it ("Angola,
    which mediates ..., called"); empty when there is none."""
    doc = sent.doc
    if root.i + 1 >= sent.end or doc[root.i + 1].text != ",":
        return set()
    for child in root.children:
        if child.dep_ != "relcl":
            continue
        span = {t.i for t in child.subtree}
        first, last = min(span), max(span)
        if first == root.i + 2 and last + 1 < sent.end and doc[last + 1].text == ",":
            return span
    return set()


def _promote(doc: Any, noun: Any, verb: Any) -> None:
    heads = {verb.i: verb.i, noun.i: verb.i}
    for child in noun.children:  # what follows the verb, and a date or place before the noun, are the verb's
        if child.i > verb.i or (child.i < noun.i and child.dep_ in _CLAUSE_DEPS):
            heads[child.i] = verb.i
    rehead(doc, heads, {verb.i: "ROOT", noun.i: "nsubj"})
    doc[verb.i].tag_ = "VBD"
