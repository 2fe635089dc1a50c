"""Loading the word lists under ``data/lexicon/`` (number words, quantity kinds, modality cues, speech verbs,
place prepositions, time words).

Each list is one YAML file with a ``version``; :func:`load` reads it once per process, checks the keys
that the code relies on, and raises :class:`~wirecoder.errors.DataError` (file and line) otherwise.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any, TypeVar

import yaml

from ..errors import DataError
from ..yamlfiles import SafeLoader, data_path, read_yaml

LEXICON_DIR = Path(__file__).resolve().parents[1] / "data" / "lexicon"

# Top-level keys each lexicon must have, and the type of their values.
REQUIRED: dict[str, dict[str, type]] = {
    "sieges": {"siege_nouns": list, "ordeal_nouns": list, "part_words": list, "captive_words": list},
    "carried_loads": {"carriers": list, "load_verbs": list},
    "carried_arms": {"bear_verbs": list, "bear_preps": list, "improvised": list, "firearms": list},
    "national_sides": {k: list for k in ("result_verbs", "sure_verbs", "cue_words", "side_words", "harm_words")},
    "sports_talk": {k: list for k in ("players", "their_people", "followers", "clubs", "harm_words", "other_players")},
    "ordered_custody": {"order_verbs": list, "custody_verbs": list, "cued_verbs": list, "custody_nouns": list},
    "stances": {"waging_verbs": list},
    "placed_groups": {"sectors": list},
    "protest_force": {"other_time_words": list, "held_people": list, "grievance_verbs": list, "grievance_preps": list},
    "changing_counts": {
        "change_verbs": list,
        "self_measuring": list,
        "measure_preps": list,
        "degree_adverbs": list,
        "period_words": list,
    },
    "figurative_idioms": {
        "signal_shots": list,
        "figure_shots": list,
        "shot_nouns": list,
        "firing_verbs": list,
        "armed_firers": list,
        "trading_verbs": list,
        "blow_nouns": list,
        "pacing_verbs": list,
        "pavement_words": list,
        "street_words": list,
        "street_forces": list,
    },
    "history_tellers": {"tellers": list},
    "place_histories": {"place_relatives": list, "present_adverbs": list, "reporting_verbs": list},
    "found_dead": {"remains": list, "one_remains": list},
    "own_air_force": {
        "aircraft_nouns": list,
        "military_words": list,
        "military_nouns": list,
        "sub_types": list,
        "foreign_skies": list,
    },
    "told_harm": {"fighting_lemmas": list, "reach": int},
    "quoted_ongoing": {"fighting_lemmas": list, "own_owners": list},
    "labelled_doers": {"patterns": list, "no_doers": list},
    "hidden_detentions": {
        "hidden_words": list,
        "place_nouns": list,
        "place_preps": list,
        "moving_verbs": list,
        "reach": int,
    },
    "fire_deaths": {
        "reach": int,
        "arson_verbs": list,
        "fire_objects": list,
        "dying_verbs": list,
        "fire_preps": list,
        "fire_nouns": list,
        "burning_verbs": list,
        "burning_ends": list,
        "negators": list,
    },
    "name_prefixes": {"prefixes": list},
    "object_control": {"verbs": list},
    "own_government": {"government_nouns": list, "determiners": list, "opposing_sectors": list},
    "numbers": {
        "units": dict,
        "scales": dict,
        "attached_scales": list,
        "vague": dict,
        "approx_cues": list,
        "approx_after_cues": list,
        "range_words": list,
        "ordinals": list,
        "not_counts_after": list,
        "not_counts_before": list,
    },
    "quantity_kinds": {
        "victim_object_verbs": dict,
        "victim_subject_verbs": dict,
        "victim_words": dict,
        "victim_subject_phrases": dict,
        "verb_with_word": list,
        "report_words": list,
        "counted_nouns": dict,
        "of_nouns": dict,
        "toll_nouns": list,
        "group_nouns": dict,
        "currencies": dict,
        "ending_verbs": list,
    },
    "modality": {"negation": dict, "hypothetical": dict, "hedge": dict, "future": dict},
    "speech_verbs": {
        "verbs": dict,
        "document_nouns": list,
        "according_to": list,
        "subsets": dict,
    },
    "place_prepositions": {"prepositions": list, "subsets": dict},
    "tally": {"nouns": list, "tails": list},
    "attacker_deaths": {
        "attackers": list,
        "apart_words": list,
        "short_intervals": list,
        "force_sectors": list,
        "loss_verbs": list,
        "loss_subjects": list,
        "loss_nouns": list,
        "loss_not_deaths": list,
        "harm_participles": list,
        "doer_nouns": list,
        "doer_pronouns": list,
        "force_marks": list,
        "end_prepositions": list,
        "end_death_verbs": list,
        "only_toll_nouns": list,
        "only_people_nouns": list,
        "only_death_words": list,
        "only_unknown_subjects": list,
        "only_told_words": list,
        "suicide_words": list,
        "bomber_persons": list,
        "bomber_told": list,
        "bomber_pronouns": list,
        "bystander_pronouns": list,
        "retelling_dets": list,
    },
    "casualty_shares": {"share_words": list, "dead_subjects": list, "list_verbs": list},
    "non_events": {"industrial_sites": list, "private_mourners": list, "nature_doers": list},
    "drill_force": {
        "sham_words": list,
        "drill_words": list,
        "drill_preps": list,
        "harm_words": list,
        "mishap_verbs": list,
        "drill_munitions": list,
    },
    "match_clashes": {"clash_nouns": list, "competitions": list, "clash_verbs": list, "game_nouns": list},
    "stage_doers": {"stage_doers": list, "armed_marks": list, "people_objects": list, "harm_words": list},
    "corporate_deals": {"deal_words": list, "deal_offers": list, "deal_roots": list},
    "own_exhortations": {"own_sides": list, "readiness_words": list, "own_marks": list},
    "period_tallies": {"stretch_nouns": list, "stretch_marks": list, "running_phrases": list, "year_preps": list},
    "summing_nouns": {"summing_deps": list, "openers": list},
    "remembered_story": {
        "violence_lemmas": list,
        "near_times": list,
        "marking_verbs": list,
        "not_leads": list,
        "judging_verbs": list,
        "judging_nouns": list,
    },
    "obituaries": {
        "death_verbs": list,
        "age_words": list,
        "biography_deps": list,
        "injury_words": list,
        "harm_lemmas": list,
        "person_pronouns": list,
    },
    "seizure_fights": {"fight_nouns": list, "seizure_codes": list, "fight_preps": list},
    "force_nouns": {"nouns": list, "subsets": dict, "demonym_weapons": list},
    "collective_nouns": {"nouns": list},
    "addressed_audiences": {"audiences": list},
    "judged_owners": {"roots": list, "codes": list, "owned_things": list},
    "ceased_acts": {
        "stop_verbs": list,
        "stop_preps": list,
        "noun_stop_verbs": list,
        "noun_stop_nouns": list,
        "duration_nouns": list,
    },
    "offduty_victims": {"modifiers": list},
    "year_tolls": {"span_preps": list},
    "verdicts": {"clearing_verbs": list, "charges": list},
    "alleged_acts": {
        "wrongdoing_verbs": list,
        "accused_pronouns": list,
        "attempt_verbs": list,
        "denial_nouns": list,
        "denial_adjectives": list,
        "responsibility_preps": list,
        "denial_verbs": list,
        "nothing_words": list,
        "claim_verbs": list,
        "alleging_verbs": list,
        "named_speaker_roots": list,
        "sponsor_verbs": list,
        "armed_groups": list,
        "quality_nouns": list,
        "relative_act_roots": list,
        "link_verbs": list,
        "quoting_verbs": list,
        "conditional_marks": list,
        "protest_verbs": list,
        "state_nouns": list,
        "state_offices": list,
        "protest_code": str,
        "accusation_code": str,
        "denial_code": str,
    },
    "holidays": {
        "fixed": dict,
        "easter": dict,
        "lunar": dict,
        "lunar_aliases": dict,
        "day_of": dict,
        "weekend_words": list,
    },
    "time_words": {
        "approx_before": list,
        "asides": dict,
        "within_preps": list,
        "date_adverbs": list,
        "offset_units": dict,
        "offset_same_day": list,
        "offset_counts": dict,
        "ordering_marks": list,
        "stretch_joins": list,
        "anaphoric_years": dict,
        "anaphoric_year_lead": list,
        "plan_verbs": list,
    },
    "perpetrators": {
        "claim_verbs": list,
        "claim_nouns": list,
        "attack_claim_verbs": list,
        "doing_verbs": list,
        "generic_attacks": list,
        "blame_attack": dict,
        "blame_doer": dict,
        "responsible_words": list,
        "deny_verbs": list,
        "suspicion_nouns": list,
        "other_attacks": list,
        "member_nouns": list,
        "link_words": list,
        "belief_verbs": list,
        "belief_preps": list,
        "weapon_nouns": list,
        "self_killing": list,
        "self_blast": list,
        "attacker_nouns": list,
        "local_witnesses": list,
    },
    "hyphen_verbs": {"first_words": list, "verbs": list},
    "speaker_conjuncts": {"acts": list, "unpast_aux": list},
    "office_surnames": {"roles": list, "place_preps": list, "namesake_roles": list, "namesake_preps": list},
    "struck_places": {"roots": list, "things": list, "preps": list},
    "trade_partners": {"buy_verbs": list, "seller_preps": list},
    "sent_from": {"sent_participles": list, "from_preps": list},
    "purchase_recipients": {"buy_verbs": list, "recipient_preps": list},
    "border_partners": {"border_nouns": list, "on_preps": list, "partner_preps": list},
    "custody_places": {
        "roots": list,
        "acts": list,
        "preps": list,
        "held_participles": list,
        "held_preps": list,
    },
    "told_after": {
        "marks": list,
        "past_tags": list,
        "pronoun_subjects": list,
        "subject_deps": list,
        "verbal_roots": list,
        "long_spans": list,
        "patient_verbs": list,
    },
    "foreign_actors": {"modifiers": list, "own_offices": list, "regions": list},
    "conditional_threats": {"marks": list},
    "announced_decisions": {"codes": list, "meeting_verbs": list},
    "characterized": {"patterns": list, "as_verbs": list},
    "folded_recipients": {"verbs": list, "owned_nouns": list},
    "predicted_harm": {"warning_verbs": list, "possibility_modals": list, "harm_verbs": list},
    "world_tallies": {"scope_adverbs": list, "scope_nouns": list, "scope_preps": list},
    "plural_anaphors": {"nouns": list, "counts": dict},
    "age_nouns": {"heads": list, "units": list, "roles": list},
    "angry_crowds": {"moods": list},
    "rate_tolls": {"time_units": list, "rate_words": list, "average_words": list, "magnitudes": list},
    "toll_parts": {
        "breakdown_preps": list,
        "breakdown_wholes": list,
        "risen_verbs": list,
        "toll_nouns": list,
        "later_death_verbs": list,
        "dying_verbs": list,
        "later_death_marks": list,
        "later_death_words": list,
        "ordinal_victims": list,
    },
    "risen_tolls": {
        "risen_verbs": list,
        "toll_nouns": list,
        "number_nouns": list,
        "dead_words": list,
        "incident_nouns": list,
        "stretch_words": list,
        "figure_lead": list,
    },
    "bloc_seats": {"seats": dict},
    "raid_arrests": {"raid_verbs": list, "arrest_codes": list},
    "passing_history": {"adverbial_deps": list, "relative_deps": list, "markers": list, "same_clause_deps": list},
    "ongoing_violence": {"going_verbs": list, "present_tags": list},
    "protest_force_types": {"retypes": list},
    "lasting_campaigns": {"span_nouns": list, "present_tags": list, "noun_deps": list},
    "protest_harm": {
        "crowd_weapons": list,
        "harm_words": list,
        "gathering_nouns": list,
        "not_held_yet": list,
        "remembrance_words": list,
        "harm_outcomes": list,
        "left_states": list,
        "harm_denials": list,
        "force_holders": list,
    },
    "locator_targets": {
        "types": list,
        "locator_preps": list,
        "state_sites": list,
        "settlements": list,
        "gatherings": list,
    },
    "own_speakers": {"verbs": list, "singular": list, "plural": list},
    "described_roles": {"copulas": list, "present_tags": list, "path_deps": list, "attribute_deps": list},
    "own_statements": {
        "admission_verbs": list,
        "person_pronouns": list,
        "own_bodies": list,
        "own_possessives": list,
        "plain_speakers": list,
    },
    "judged_acts": {
        "judged_things": list,
        "judging_nouns": list,
        "plain_nouns": list,
        "judging_adjectives": list,
        "part_heads": list,
        "part_words": list,
        "code": str,
    },
    "hostile_preparations": {"verbs": list, "acts": list, "own_owners": list},
    "refused_acts": {
        "keeping_verbs": list,
        "letting_verbs": list,
        "future_codes": dict,
        "past_codes": dict,
        "actor_entities": list,
    },
    "unasserted_acts": {
        "denial_verbs": list,
        "claim_nouns": list,
        "plan_verbs": list,
        "help_verbs": list,
        "own_pronouns": list,
        "own_owners": list,
        "called_act_roots": list,
        "copulas": list,
    },
    "hedge_passives": {"verbs": list},
    "weapon_outcomes": {"verbs": list, "casualties": list, "nouns": dict},
    "generic_acts": {
        "reason_preps": list,
        "request_nouns": list,
        "usual_adjectives": list,
        "usual_links": list,
        "habit_adverbs": list,
    },
    "conjoined_types": {"violation_codes": list, "violation_acts": list, "protest_codes": list, "riot_acts": list},
    "unknown_perpetrator": {
        "event_types": list,
        "remote_sub_types": list,
        "max_sentences": list,
        "crowd_event_types": list,
    },
    "force_readiness": {
        "governors": list,
        "kept_roots": list,
        "phrases": list,
        "defence_verbs": list,
        "own_defended": list,
        "own_owners": list,
        "recipient_preps": list,
    },
    "judged_agents": {"roots": list, "act_preps": list, "naming_verbs": list, "stance_nouns": list},
    "judged_victims": {"roots": list, "acts": list, "victim_preps": list},
    "unharmed": {"negators": list, "harm_verbs": list, "harm_nouns": list},
    "belief_clauses": {"belief_verbs": list, "speaker_pronouns": list},
}
# The list (or mapping) whose named subsets a lexicon's ``subsets`` are.
SUBSETS_OF = {"speech_verbs": "verbs", "place_prepositions": "prepositions", "force_nouns": "nouns"}


_Lists = TypeVar("_Lists")


def _line_of(text: str, key: str) -> int | None:
    """The 1-based line where ``key:`` is first written, for error messages."""
    for number, line in enumerate(text.splitlines(), start=1):
        if line.lstrip().startswith(f"{key}:"):
            return number
    return None


@cache
def load(name: str, directory: Path = LEXICON_DIR) -> dict[str, Any]:
    """The lexicon ``name`` (``data/lexicon/<name>.yaml``), validated. Cached: treat it as read-only."""
    path = directory / f"{name}.yaml"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(str(path), f"cannot read lexicon '{name}': {exc.strerror}") from exc
    try:
        data = yaml.load(text, Loader=SafeLoader)  # noqa: S506 - libyaml's safe loader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise DataError(str(path), f"not valid YAML: {exc}", mark.line + 1 if mark else None) from exc
    if not isinstance(data, dict):
        raise DataError(str(path), "expected a mapping of lists at the top level")
    if not isinstance(data.get("version"), int):
        raise DataError(str(path), "missing an integer 'version' key", 1)
    for key, kind in REQUIRED.get(name, {}).items():
        if key not in data:
            raise DataError(str(path), f"missing the key '{key}' (a {kind.__name__})")
        if not isinstance(data[key], kind):
            raise DataError(
                str(path), f"'{key}' must be a {kind.__name__}, not {type(data[key]).__name__}", _line_of(text, key)
            )
    return data


@cache
def subset(name: str, key: str) -> frozenset[str]:
    """The named subset ``key`` of lexicon ``name`` (``subsets: {key: [...]}``), lower-case; every member
    must be in the lexicon's main list, so that one list holds every word and rules pick from it."""
    data = load(name)
    path = LEXICON_DIR / f"{name}.yaml"
    subsets = data.get("subsets") or {}
    if key not in subsets or not isinstance(subsets[key], list):
        raise DataError(str(path), f"no subset '{key}' (a list) under 'subsets'")
    odd = [v for v in [*subsets[key], *data[SUBSETS_OF[name]]] if not isinstance(v, str)]
    if odd:  # YAML reads a bare on/off/yes/no as a boolean
        raise DataError(str(path), f'\'{odd[0]}\' is not a word: quote it ("on", "off")')
    members = word_set(subsets[key])
    outside = sorted(members - word_set(data[SUBSETS_OF[name]]))
    if outside:
        raise DataError(str(path), f"subset '{key}': {', '.join(outside)} not in '{SUBSETS_OF[name]}'")
    return members


def word_set(values: Any) -> frozenset[str]:
    """Lower-case strings of a list from a lexicon (numbers and booleans YAML may produce become text)."""
    return frozenset(str(v).lower() for v in values or ())


def word_lists(name: str, lists: type[_Lists]) -> _Lists:
    """Lexicon ``name`` read into ``lists``, a dataclass whose every field is a word set of the same key."""
    data = load(name)
    return lists(**{k: word_set(data.get(k)) for k in lists.__dataclass_fields__})  # type: ignore[attr-defined]


@cache
def person_nouns() -> frozenset[str]:
    """Nouns of one person ("policeman", "commander", "shopkeeper"): the actor base's agent nouns and the
    casualty words of ``quantity_kinds``, less the ``collective_nouns`` ("army", "crowd", "government")."""
    agents = read_yaml(data_path("actors", "agents.yaml"))
    nouns = {str(a["noun"]).lower() for a in agents if isinstance(a, dict) and "noun" in a}
    kinds = load("quantity_kinds")
    nouns |= {str(w).lower() for words in kinds["group_nouns"].values() for w in words}
    nouns |= {str(w).lower() for w in kinds.get("person_nouns", ())}  # "a girl", "a shepherd"
    return frozenset(nouns - word_set(load("collective_nouns")["nouns"]))
