"""Code events from the parse: find triggers, combine them, fill source and target from mentions.

The coder is a sequence of steps (:func:`.events.code_sentence`), each a small module:

1. Triggers (:mod:`.triggers`): a verb whose lemma heads a verb pattern, or a noun heading a noun pattern
   (with the other words of a multi-word pattern present). The first frame that matches gives the code;
   else the pattern's default code. "X said Y must V" is a trigger even when V is none.
2. Combination (:mod:`.combine`): named passes, run in the order the pattern set's ``config.yaml`` lists
   (``combine: [...]``), decide which triggers are events of their own: "threatened to attack" is one 138,
   "condemned the attack" no attack, "a bombing killed 5" one bombing, background clauses nothing.
3. Roles (:mod:`.roles`, :mod:`.targets`): source = subject (active; inherited through xcomp/advcl/conj),
   ``by`` agent, possessor, the subject of a light verb; target = the first role the pattern/frame lists
   that holds an actor, else the config's ``target_fallbacks`` in order. Conjoined actors give one event
   each. A source is never invented.
4. Events (:mod:`.events`): one per source/target pair, with date, place (:mod:`.location`), figures,
   and a confidence (:mod:`.confidence`).

Rules are registered by name in :mod:`.registry`; this module keeps the coder's public names.
"""

from __future__ import annotations

from .events import Helpers, code_article, code_sentence, find_triggers
from .roles import Slot
from .triggers import Trigger, is_light_verb, match_trigger, obligation_triggers, verb_forms

__all__ = [
    "Helpers",
    "Slot",
    "Trigger",
    "code_article",
    "code_sentence",
    "find_triggers",
    "is_light_verb",
    "match_trigger",
    "obligation_triggers",
    "verb_forms",
]
