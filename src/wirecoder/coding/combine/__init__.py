"""Combination: the passes that decide which triggers of a sentence are events of their own.

Each pass is a function ``fn(triggers, ctx) -> None`` registered by name in
:data:`wirecoder.coding.registry.combine_passes`; the pattern set's ``config.yaml`` lists the passes that
run, in order (``combine: [...]``). They talk through the triggers: ``suppressed`` (no event of its own),
``absorbed`` (folded into another trigger, whose roles it may fill), ``code`` and ``notes``.

The packaged order, and what each pass writes (``x.absorbed``: on the trigger that keeps the event):

- ``light_verb`` (objects.py): ``suppressed`` of the verb or its event-noun object
- ``spoken_topic``: ``suppressed`` of the noun; ``topics`` of the verbal act
- ``requested_act`` (verbal.py): ``suppressed`` of the noun; ``topics`` of the appeal or demand
- ``same_act_purpose`` (verbal.py): ``suppressed``; ``absorbed`` of the governing act of the same root
- ``past_assertion`` (clauses.py): ``suppressed``
- ``obligation``: ``code``, ``combined``, ``notes``, ``source_from``/``target_from``, ``speech``
- ``protest_purpose`` / ``generic_purpose``: ``suppressed``; ``absorbed`` of the protest / purpose act
- ``violent_participle`` / ``violent_subject`` (violence.py): ``suppressed``; ``absorbed``
- ``violent_means``: ``suppressed`` of the noun; ``means`` of the verb
- ``shared_means``: ``means`` moved to the violent verb a later one hangs on; ``suppressed``; ``absorbed``; ``code``
- ``violent_subject`` / ``violent_clause`` / ``violent_demonstration``: ``suppressed``; ``absorbed``; the
  last ``code`` (145)
- ``framed_complement`` (framed.py): ``suppressed`` of a complement the governor's frame names; ``absorbed``
- ``complement`` (complements.py): ``suppressed``, ``absorbed``, or ``code``/``combined``/``notes``
  (intent words, then the ``future_rules``)
- ``topic_in_phrase`` / ``background`` (background.py): ``suppressed``, ``notes``
- ``armed_fire`` (armed_fire.py): ``source_from`` (the nationality on the fire), ``notes``
- ``told_violence`` (told.py): ``suppressed`` undone, ``notes`` ("told"), ``absorbed``, ``source_from``
- ``past_record`` (records.py): ``notes`` ("past record": the transformations keep only the claim), ``suppressed``
- ``document_author`` (authors.py): ``source_from`` (the author of a document that speaks), ``notes``
- ``diplomatic_protest`` (diplomatic.py): ``code``, ``combined``, ``target_from``, ``notes``
- ``alleged_wrongdoing`` (alleged.py): ``code``, ``combined``, ``source_from``/``target_from``, ``notes``
- ``figurative_object`` (figurative_objects.py): ``suppressed`` and ``notes``; ``code`` (111) of an attack on a decision
- ``ranking_pass`` (rankings.py): ``suppressed`` and ``notes`` ("overtook China as the most populous country")
- ``changing_count`` / ``natural_death`` (changing_counts.py): ``suppressed`` and ``notes`` ("attacks rose by a
  quarter", "died in custody of a heart attack")
- ``cited_source`` (cited_sources.py): ``suppressed`` and ``notes`` ("according to a UN investigation")
- ``population_share`` (population_shares.py): ``suppressed`` and ``notes`` ("1 in 5 women had been attacked")
- ``told_then`` (told_then.py): ``suppressed`` and ``notes`` ("killed in that offensive, the army said at the time")
- ``pluperfect_history`` (pluperfect_history.py): ``suppressed`` and ``notes`` ("police had used water cannon at a
  rally last year")
- ``accident_toll`` … ``figurative_complement`` (non_events.py): ``suppressed`` and ``notes`` (accidents, animals,
  ceremonies, descriptions, passing mentions, publications, powers, names, a vow to fight a thing); ``crowd_damage``: ``code`` (145)
- ``standing_relation`` … ``meeting_told_again`` (stances.py): ``suppressed`` and ``notes`` (a relation, a stance,
  a record of many acts, a figure, a meeting told again)
- ``summing_noun`` (summing_nouns.py), ``remembered_story`` (remembered_story.py): ``suppressed`` and ``notes``
  ("background": "..., an attack that killed 40" after a clause dated to a year; violence retold after a lead that
  remembers, shows a work or judges an old act)
- ``denied_act`` / ``planned_violence`` (unasserted.py): ``suppressed`` and ``notes`` (a denied clause, planned
  violence); ``code``, ``source_from``/``target_from`` (the speaker's accusation of the planner or helper, or threat)
- ``refused_act`` (refused_acts.py): ``suppressed`` and ``notes`` (an act kept from happening); ``code`` (a deed
  its doer refuses: 120; violence it denies: 016)
- ``suspected_of`` (suspected_of.py): ``suppressed`` (what people are suspected of, beside a coded act)
- ``others_hurt`` (others_hurt.py): ``suppressed``; ``absorbed`` of the act the others were hurt in
- ``failed_vote`` (failed_votes.py): ``notes`` ("actorless:": a lost vote is an event with no actor named)
- ``candidacy_act`` (candidacies.py): ``suppressed`` (a run for office ended, a career move, a candidate picked)
- ``seizure_fight`` (seizure_fights.py): ``suppressed`` undone, ``notes`` (the counted fight a seizure came after)
- ``purpose_of_move`` (purposes.py): ``suppressed`` (help a move was made for: "deployed troops to protect X")
- ``ceased_act`` (ceased.py), ``open_question`` (questions.py): ``suppressed`` ("stop attacking", "did not say whom
  it would back"); ``shelved_measure`` (measures.py): ``notes`` ("actorless:": "the bill was withdrawn")
- ``weapon_instrument`` / ``agentless_release`` (instruments.py): ``code``, ``notes`` ("weapon:", "actorless:")
- ``marked_remains`` (marked_remains.py): ``notes`` ("actorless:": a body found with marks of a killing)
- ``missing_people`` (missing_people.py): ``notes`` ("actorless:": a person taken and missing since)
- ``protester_violence`` / ``intervened_protest`` / ``protest_turned_violent`` (protests.py): ``code`` (145);
  ``suppressed`` of a protest force acts on

Every pass reads ``suppressed`` (a suppressed governor absorbs nothing), so the order matters.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ..config import CoderConfig
from ..constants import Token
from ..registry import combine_passes, future_rules
from ..triggers import Trigger
from . import (  # noqa: F401  (they register the passes)
    agentless_damage,
    alleged,
    alleged_violence,
    announced_decisions,
    armed_fire,
    authors,
    background,
    beliefs,
    candidacies,
    ceased,
    changing_counts,
    characterized,
    cited_sources,
    clauses,
    commemorations,
    complements,
    conjoined_violence,
    corporate_deals,
    counted_dead,
    counted_records,
    court_pleas,
    cumulative_tolls,
    defiance,
    described_roles,
    descriptions,
    diplomatic,
    drill_force,
    failed_votes,
    figurative_force,
    figurative_idioms,
    figurative_objects,
    foiled_fights,
    framed,
    habits,
    history_tellers,
    hoped_acts,
    instruments,
    judgements,
    labelled_doers,
    labour_strikes,
    left_counts,
    marked_remains,
    match_clashes,
    measures,
    missing_people,
    national_sides,
    nested_pasts,
    non_events,
    obituaries,
    obituary_story,
    objects,
    ordered_custody,
    ordered_forces,
    others_hurt,
    own_exhortations,
    period_tallies,
    place_histories,
    pluperfect_history,
    population_shares,
    predicted_harm,
    private_mourning,
    protests,
    purposes,
    questions,
    quoted_ongoing,
    rankings,
    rate_tolls,
    records,
    refused_acts,
    remembered,
    remembered_story,
    seizure_fights,
    sports_talk,
    stage_doers,
    stances,
    summing_nouns,
    suspected_of,
    told,
    told_then,
    trends,
    unasserted,
    unreal,
    verbal,
    verdicts,
    violence,
    war_tolls,
    world_tallies,
    yearly_arrests,
)
from .context import CombineContext
from .marked_remains import one_body

__all__ = ["CombineContext", "combine", "combine_passes", "future_rules", "one_body"]


def combine(triggers: list[Trigger], config: CoderConfig, flags_of: Callable[[Token], Mapping[str, Any]]) -> None:
    """Run the config's combination passes, in its order, over the sentence's triggers (sorted by token)."""
    ctx = CombineContext.of(triggers, config, flags_of)
    for name in config.combine:
        combine_passes.get(name)(triggers, ctx)
