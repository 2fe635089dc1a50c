"""The coder's settings from a pattern set's ``config.yaml``: word lists, code maps, the rules it runs."""

from __future__ import annotations

from dataclasses import dataclass, field

from .registry import DEFAULT_RULES

#: Confidence weights (coding/confidence.py): a frame matched (a hand-written / PETRARCH2 default code
#: otherwise), each participant from the knowledge base / named / a pronoun / by coreference, a hedge,
#: no source (a nominal / verb event), a date in the sentence, inside a quote; clamped to [min, max].
DEFAULT_CONFIDENCE: dict[str, float] = {
    "base": 0.5,
    "frame": 0.15,
    "hand_default": 0.05,
    "petrarch_default": 0.0,
    "knowledge_base": 0.1,
    "named": 0.05,
    "pronoun": 0.15,
    "coreference": 0.05,
    "hedged": 0.1,
    "nominal_without_source": 0.15,
    "verb_without_source": 0.1,
    "dated": 0.05,
    "quoted": 0.05,
    "min": 0.05,
    "max": 0.99,
}


@dataclass(frozen=True)
class CoderConfig:
    """How the coder reads a pattern set: its word lists, code maps and the rules it runs (config.yaml)."""

    light_verbs: frozenset[str] = frozenset()
    responsibility: frozenset[str] = frozenset()
    intent_governors: frozenset[str] = frozenset()
    intent_map: dict[str, str] = field(default_factory=dict)
    kept_intent_roots: frozenset[str] = frozenset()  # "vowed to veto X": the veto itself (12), no pledge
    kept_intent_governors: frozenset[str] = frozenset()  # ... by these words of resolve ("agreed to postpone": no)
    embedding_roots: frozenset[str] = frozenset()
    attempt_words: frozenset[str] = frozenset()
    suppress_codes: frozenset[str] = frozenset()
    speaker_pronouns: frozenset[str] = frozenset()
    reported_pronouns: frozenset[str] = frozenset()
    nominal_absorbing_roots: frozenset[str] = frozenset()
    # Appeals and demands whose object event noun is what they ask for, not an act done (combine/verbal.py).
    requested_act_roots: frozenset[str] = frozenset()
    # Acts whose purpose clause of the same root is the same act ("met to discuss"; combine/verbal.py).
    same_purpose_roots: frozenset[str] = frozenset()
    fallback_target_preps: tuple[str, ...] = ()
    # Read words as PETRARCH2 does, for its own dictionaries: a verb as written is looked up before its lemma
    # ("left" is not "leave"); names conjoined before a plain noun are each a participant ("met A and B
    # leaders": A and B; phrase_targets.py). ``petrarch_mode: true`` in a config turns both on.
    verbs_as_written_first: bool = False
    conjoined_modifier_actors: bool = False
    # Phrases that make a sentence / a whole story code no event (PETRARCH's discards dictionary).
    discard_sentences: frozenset[str] = frozenset()
    discard_stories: frozenset[str] = frozenset()
    future_as_intent: bool = True
    imminent_governors: frozenset[str] = frozenset()
    reporting_verbs: frozenset[str] = frozenset()
    topic_noun_roots: frozenset[str] = frozenset()
    purpose_roots: frozenset[str] = frozenset()
    purpose_governor_roots: frozenset[str] = frozenset()
    obligation_modals: frozenset[str] = frozenset()
    obligation_map: dict[str, str] = field(default_factory=dict)
    refusal_map: dict[str, str] = field(default_factory=dict)
    asserted_transforms: frozenset[str] = frozenset()
    means_preps: frozenset[str] = frozenset()
    # A violent clause opened by one of these words on a victims-only violent verb is the same incident, told
    # by how it was done ("five were killed when a bomb exploded"; combine/violence.py).
    incident_marks: frozenset[str] = frozenset()
    # ... unless a vehicle did it: "a student was killed when a bus hit a rickshaw" is an accident, no event.
    accident_subjects: frozenset[str] = frozenset()
    # A violent act told inside a verbal act of these roots that names its maker or its casualties is an event
    # of its own; the object of an accusing verb with one of these prepositions is its maker (combine/told.py).
    told_violence_roots: frozenset[str] = frozenset()
    accusing_preps: frozenset[str] = frozenset()
    accusing_roots: frozenset[str] = frozenset()  # the verbal acts whose object is so accused (CAMEO 11)
    told_violence_skip: frozenset[str] = frozenset()  # codes never freed: "accused Y of violating a truce" (196)
    # ... and of these roots only when told in a clause or phrase opened by one of the marks ("arrested 12 people
    # after clashes killed three"; not "arrested two men over the bombing that killed 12").
    told_after_roots: frozenset[str] = frozenset()
    # Verbs of result whose second count the parser reads as a verb's subject ("left 5 dead and 30 wounded";
    # combine/left_counts.py).
    result_verbs: frozenset[str] = frozenset()
    told_after_marks: frozenset[str] = frozenset()
    # Fire nouns that, with a nationality on them as a violent verb's subject, name its maker ("Indian fire
    # killed four": India; combine/armed_fire.py).
    fire_nouns: frozenset[str] = frozenset()
    # A participle tagged as a noun before "dead" in a headline -> its verb ("Two shot dead": shoot; triggers.py).
    headline_participles: dict[str, str] = field(default_factory=dict)
    inner_target_preps: frozenset[str] = frozenset()
    aiming_verbs: frozenset[str] = frozenset()
    nominal_inner_preps: frozenset[str] = frozenset()
    # A dictionary's own event codes outside CAMEO (PETRARCH's test dictionary): accepted in the
    # patterns, coded with no PLOVER type (Ontology.extended).
    local_codes: frozenset[str] = frozenset()
    future_threat_map: dict[str, str] = field(default_factory=dict)
    background_marks: frozenset[str] = frozenset()
    background_preps: frozenset[str] = frozenset()
    container_nouns: frozenset[str] = frozenset()
    circumstance_preps: frozenset[str] = frozenset()
    time_frame_nouns: frozenset[str] = frozenset()
    participle_background_roots: frozenset[str] = frozenset()
    # Cooperative acts told in a present relative clause or a gerund on a noun describe it (combine/descriptions.py);
    # praise or defence of one's own supporters, record or policy (these objects) is no act towards anyone.
    descriptive_roots: frozenset[str] = frozenset()
    own_regard_roots: frozenset[str] = frozenset()
    own_regard_objects: frozenset[str] = frozenset()
    solitary_consult_verbs: frozenset[str] = frozenset()  # one actor "discussed the economy": no meeting
    mutual_acts: frozenset[str] = frozenset()  # "A and B signed a pact": A->B, B->A (mutual_subjects.py)
    made_from_objects: frozenset[str] = frozenset()  # "rejected criticism from X": X (targets.object_maker.v1)
    made_from_preps: frozenset[str] = frozenset()  # "warned of threats from X": X (targets.object_maker.v1)
    ballot_verbs: frozenset[str] = frozenset()  # "voted in the election" (ballot_nouns): no act towards anyone
    ballot_nouns: frozenset[str] = frozenset()
    wish_verbs: frozenset[str] = frozenset()  # "might want X to V": no appeal made (combine/descriptions.py)
    complement_target_preps: tuple[str, ...] = ()
    transparent_verbs: frozenset[str] = frozenset()
    # Weapon nouns that, as the subject of a violent verb, say how it was done ("two bombs struck a market":
    # 183; "a rocket hit a school": 194): lemma -> CAMEO code.
    weapon_codes: dict[str, str] = field(default_factory=dict)
    # CAMEO roots whose source may be a plain noun phrase no actor knows ("shopkeepers staged a protest"):
    # a protest is an event whoever holds it.
    span_source_roots: frozenset[str] = frozenset()
    # Event nouns of these roots that the text tells as happening are events with no actor near them
    # ("protests continued", "weeks of protests"; coding/occurrence.py): the verbs and the spans of time.
    occurrence_roots: frozenset[str] = frozenset()
    occurrence_verbs: frozenset[str] = frozenset()
    occurrence_spans: frozenset[str] = frozenset()
    occurrence_frame_preps: frozenset[str] = frozenset()
    # ... or the undetermined object of one of these prepositions, told as the cause of what followed ("a curfew
    # was imposed after rioting", "schools closed following clashes"): it took place
    occurrence_cause_preps: frozenset[str] = frozenset()
    occurrence_cause_codes: frozenset[str] = frozenset()  # ... for events of these CAMEO codes (prefixes)
    occurrence_report_verbs: frozenset[str] = frozenset()  # "X reports fresh clashes": they took place
    # A sentence with no other event whose speaker says something of another actor is the statement
    # ("X said Y's plan was ..."): the code it takes (empty: none) and the verbs that say it.
    statement_code: str = ""
    # Visit codes that a trip to a place of the visitor's own country does not make (coding/visits.py).
    home_visit_codes: frozenset[str] = frozenset()
    statement_verbs: frozenset[str] = frozenset()
    # CAMEO roots of verbal acts whose speaker may be such a noun phrase ("critics accused the mayor").
    speaker_span_roots: frozenset[str] = frozenset()
    # What makes such a noun name people: endings ("shopkeeper", "student"), group nouns, number nouns.
    span_source_people: dict[str, frozenset[str]] = field(default_factory=dict)
    # A violent verb with no violent reading between political actors is words (coding/figurative.py):
    # lemmas, the weapons that make it physical, and the code it takes ("attacked the president over X": 111).
    verbal_violence: dict[str, frozenset[str]] = field(default_factory=dict)
    # Victims as targets and places as no targets of violence (coding/victim_targets.py): the nouns of
    # victims that are no civilians ("attackers"), the prepositions that say where ("in", "near").
    victim_targets: dict[str, frozenset[str]] = field(default_factory=dict)
    # Judgements said of someone (combine/judgements.py): "X said Y was responsible for the deaths" (X accuses
    # Y), "X said attacks will not be tolerated" (a threat by X): governors, roots, tolerance verbs, codes.
    spoken_judgement: dict[str, frozenset[str]] = field(default_factory=dict)
    # A violent act told as a past record ("have previously attacked X") is no incident (combine/records.py):
    # the adverbs ("previously") and phrases ("in the past") that mark it.
    past_record: dict[str, frozenset[str]] = field(default_factory=dict)
    event_nouns: frozenset[str] = frozenset()  # filled from the noun patterns, not from config.yaml
    # The registered rules that run, in order (coding/registry.py); a config without a list gets the default.
    combine: tuple[str, ...] = DEFAULT_RULES["combine"]
    future_rules: tuple[str, ...] = DEFAULT_RULES["future_rules"]
    target_fallbacks: tuple[str, ...] = DEFAULT_RULES["target_fallbacks"]
    # Confidence weights by name (DEFAULT_CONFIDENCE); a config lists only those it changes.
    confidence: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_CONFIDENCE))
