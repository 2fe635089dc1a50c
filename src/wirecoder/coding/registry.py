"""Registries of the coder's named rules: combination passes, future-tense rules and target fallbacks.

A rule registers under a versioned name (``"combine.light_verb.v1"``); a pattern set's ``config.yaml``
lists the names that run, in order. Adding a rule is a function, a decorator and one line of config.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Generic, TypeVar

from ..errors import DataError

F = TypeVar("F", bound=Callable[..., Any])


class Registry(Generic[F]):
    """Functions of one kind by name, in the order they were registered."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._rules: dict[str, F] = {}

    def register(self, name: str) -> Callable[[F], F]:
        """Decorator: register the function under ``name`` (a name may be registered once)."""

        def add(fn: F) -> F:
            if name in self._rules and self._rules[name] is not fn:
                raise ValueError(f"{self.kind} rule '{name}' is registered twice")
            self._rules[name] = fn
            return fn

        return add

    def get(self, name: str) -> F:
        """The rule registered as ``name``; KeyError naming the known ones otherwise."""
        try:
            return self._rules[name]
        except KeyError:
            raise KeyError(f"unknown {self.kind} rule '{name}' (known: {', '.join(self.names())})") from None

    def names(self) -> list[str]:
        return list(self._rules)

    def __contains__(self, name: object) -> bool:
        return name in self._rules


# The registry imports none of the rule modules (they import it), so the rule signatures are spelled
# here as comments; coding/combine/context.py and coding/targets.py define the context types.
#: A combination pass ``fn(triggers: list[Trigger], ctx: CombineContext) -> None``: reads and marks the
#: sentence's triggers (suppressed, absorbed, code).
CombinePass = Callable[[list[Any], Any], None]
#: ``fn(trigger: Trigger, ctx: CombineContext) -> None``: a rule for a trigger no governor decided, by its
#: tense and negation ("will not meet": a refusal).
FutureRule = Callable[[Any, Any], None]
#: ``fn(ctx: TargetContext, targets: list[Slot]) -> list[Slot]``: a target fallback; the event's targets
#: after this rule (most only fill an empty list).
TargetFallback = Callable[[Any, list[Any]], list[Any]]

combine_passes: Registry[CombinePass] = Registry("combine")
future_rules: Registry[FutureRule] = Registry("future_rules")
target_fallbacks: Registry[TargetFallback] = Registry("target_fallbacks")
_BY_KEY: dict[str, Registry[Any]] = {
    "combine": combine_passes,
    "future_rules": future_rules,
    "target_fallbacks": target_fallbacks,
}


def check_names(path: Path, key: str, names: Iterable[str]) -> None:
    """Fail with a DataError naming ``path`` and the rule when ``key`` in a config lists an unknown rule.

    The built-in rules are registered when ``coding.combine`` and ``coding.targets`` are imported
    (``coding/patterns.py`` imports them before it checks a config)."""
    registry = _BY_KEY[key]
    for name in names:
        if name not in registry:
            raise DataError(str(path), f"{key}: unknown rule '{name}' (known: {', '.join(registry.names())})")


#: Config keys that list registered rules by name, in the order they run (coding/registry.py).
RULE_KEYS = ("combine", "future_rules", "target_fallbacks")
DEFAULT_RULES: dict[str, tuple[str, ...]] = {
    "combine": (
        "combine.light_verb.v1",
        "combine.spoken_topic.v1",
        "combine.spoken_judgement.v1",
        "combine.past_assertion.v1",
        "combine.obligation.v1",
        "combine.protest_purpose.v1",
        "combine.generic_purpose.v1",
        "combine.violent_participle.v1",
        "combine.violent_means.v1",
        "combine.shared_means.v1",
        "combine.violent_subject.v1",
        "combine.violent_clause.v1",
        "combine.violent_demonstration.v1",
        "combine.weapon_subject.v1",
        "combine.armed_fire.v1",
        "combine.complement.v1",
        "combine.topic_in_phrase.v1",
        "combine.background.v1",
        "combine.told_violence.v1",
    ),
    "future_rules": (
        "future.scheduled_meeting.v1",
        "future.intent.v1",
        "future.decision.v1",
        "future.threat.v1",
        "future.refusal.v1",
    ),
    "target_fallbacks": (
        "targets.absorbed.v1",
        "targets.light_verb_preps.v1",
        "targets.complement_object.v1",
        "targets.fallback_preps.v1",
        "targets.topic_maker.v1",
        "targets.object_agent.v1",
        "targets.victims.v1",
        "targets.inner_object.v2",
    ),
}


#: The coder's rules as PETRARCH2 reads a sentence: every clause is coded (no background pass), a future
#: hostile act is the act itself (no threat rule), and a verb's target is a coded actor of its phrase.
_NOT_IN_PETRARCH2 = frozenset(
    {
        "combine.background.v1",
        "combine.weapon_subject.v1",
        "combine.violent_clause.v1",
        "combine.violent_demonstration.v1",
        "combine.shared_means.v1",
        "future.threat.v1",
        "targets.victims.v1",
    }
)
PETRARCH2_RULES: dict[str, tuple[str, ...]] = {
    "combine": tuple(n for n in DEFAULT_RULES["combine"] if n not in _NOT_IN_PETRARCH2),
    "future_rules": tuple(n for n in DEFAULT_RULES["future_rules"] if n not in _NOT_IN_PETRARCH2),
    # PETRARCH2's target reading in place of the last fallback (an inner object)
    "target_fallbacks": (
        *(n for n in DEFAULT_RULES["target_fallbacks"][:-1] if n not in _NOT_IN_PETRARCH2),
        "targets.coded_actors_only.v1",
        "targets.skip_frame.v1",
        "targets.phrase_actor.v1",
    ),
}


def rule_names(data: dict[str, Any], key: str, path: Path, default: tuple[str, ...]) -> tuple[str, ...]:
    """The rule names listed under ``key`` (``default`` when absent); an unknown name fails here."""
    if key not in data:
        return default
    names = data[key]
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise DataError(str(path), f"'{key}' must be a list of rule names")
    check_names(path, key, names)
    return tuple(names)
