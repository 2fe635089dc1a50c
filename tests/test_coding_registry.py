"""The coder's rules registry: passes and fallbacks by name, run in the order the pattern set's config lists.

Sentences are composed for these tests; mentions come from a small actor table, as in ``test_coding``.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from wirecoder.article import Actor, Article, Mention
from wirecoder.errors import DataError

ACTORS = {"the Ruritanian army": ("RUR", "MIL"), "Rufus Firefly": ("FRD", "GOV"), "villagers": ("RUR", "CVL")}


@pytest.fixture(scope="module")
def parse(settings):
    from wirecoder.dates import TimeStage
    from wirecoder.nlp import NlpStage

    nlp, dates = NlpStage(settings), TimeStage(settings)

    def run(text: str) -> Article:
        art = dates(nlp(Article(raw=text, source="test", id="r1", text=text, published="2024-03-05")))
        for name, (country, sector) in ACTORS.items():
            for m in re.finditer(re.escape(name), text, re.IGNORECASE):
                span = art.doc.char_span(m.start(), m.end(), alignment_mode="expand")
                actor = Actor(actor_id=name.lower(), name=name, country=country, sector=sector)
                art.mentions.append(Mention(m.group(0), m.start(), m.end(), 0, "name", actor, "kb", span.root.i))
        art.mentions.sort(key=lambda x: x.start)
        return art

    return run


def _code(settings, article: Article, **rules: tuple[str, ...]) -> list[str]:
    """The CAMEO codes of ``article`` with the pattern set's rule lists replaced by ``rules``."""
    from wirecoder.coding import EventStage

    stage = EventStage(settings)
    stage.patterns = replace(stage.patterns, config=replace(stage.patterns.config, **rules))
    return [e.cameo["code"] for e in stage(article).events]


def test_registry_runs_a_toy_pass_listed_in_the_config(settings, parse):
    from wirecoder.coding.registry import combine_passes

    @combine_passes.register("combine.test_no_force.v1")
    def no_force(triggers, ctx):
        """A toy rule: no event of the use-of-force roots (19, 20)."""
        for trig in triggers:
            if trig.code[:2] in {"19", "20"}:
                trig.suppressed = True

    text = "The Ruritanian army attacked villagers near the border on Monday."
    default = _code(settings, parse(text))
    assert any(c.startswith("19") for c in default), default
    listed = (*_default(settings, "combine"), "combine.test_no_force.v1")
    assert _code(settings, parse(text), combine=listed) == []


def _default(settings, key: str) -> tuple[str, ...]:
    """The rule names the packaged pattern set lists under ``key``."""
    from wirecoder.coding.patterns import load_patterns

    return getattr(load_patterns(settings.patterns).config, key)


def test_the_config_decides_which_passes_run(settings, parse):
    text = "Rufus Firefly condemned the attack on villagers."
    assert _code(settings, parse(text)) == ["111"]  # the attack is what was condemned
    assert sorted(_code(settings, parse(text), combine=())) == ["111", "190"]  # no pass: two events


def test_a_target_fallback_listed_in_the_config_runs(settings, parse):
    from wirecoder.coding.registry import target_fallbacks

    @target_fallbacks.register("targets.test_none.v1")
    def none(ctx, targets):
        """A toy rule: no target at all."""
        return []

    from wirecoder.coding import EventStage

    stage = EventStage(settings)
    names = (*_default(settings, "target_fallbacks"), "targets.test_none.v1")
    stage.patterns = replace(stage.patterns, config=replace(stage.patterns.config, target_fallbacks=names))
    events = stage(parse("The Ruritanian army attacked villagers near the border on Monday.")).events
    assert events and all(e.target is None for e in events)


def test_an_unknown_rule_name_fails_at_load_naming_the_file_and_the_name(tmp_path):
    from wirecoder.coding.patterns import load_patterns, patterns_dir

    copy = tmp_path / "edited.v1"
    shutil.copytree(patterns_dir("cameo.v1"), copy)
    config = copy / "config.yaml"
    text = re.sub(
        r"^future_rules:.*$", "future_rules: [future.intent.v1, future.no_such_rule.v9]", config.read_text(), flags=re.M
    )
    config.write_text(text)
    with pytest.raises(DataError) as err:
        load_patterns("edited.v1", str(copy))
    assert str(config) in str(err.value) and "future.no_such_rule.v9" in str(err.value)


def test_a_name_registers_once_and_every_listed_rule_exists():
    from wirecoder.coding.registry import DEFAULT_RULES, PETRARCH2_RULES, Registry, check_names

    reg: Registry = Registry("toy")
    reg.register("toy.a.v1")(len)
    with pytest.raises(ValueError):
        reg.register("toy.a.v1")(abs)
    with pytest.raises(KeyError, match="toy.b.v1"):
        reg.get("toy.b.v1")
    for rules in (DEFAULT_RULES, PETRARCH2_RULES):
        for key, names in rules.items():
            check_names(Path("config.yaml"), key, names)  # raises on an unknown name


def test_the_readme_example_rule_registers_and_runs(settings, parse):
    from wirecoder.coding.registry import combine_passes

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme.split("### The coder's rules", 1)[1]
    code = section.split("```python", 1)[1].split("```", 1)[0]
    if "combine.no_rumours.v1" not in combine_passes:
        exec(compile(code, "README.md", "exec"), {})
    text = "The Ruritanian army is rumoured to attack villagers."
    listed = (*_default(settings, "combine"), "combine.no_rumours.v1")
    assert _code(settings, parse(text), combine=listed) == []


def test_petrarch_mode_is_shorthand_for_petrarchs_reading_and_rules(tmp_path):
    from wirecoder.coding.patterns import _config
    from wirecoder.coding.registry import DEFAULT_RULES, PETRARCH2_RULES

    config = tmp_path / "config.yaml"
    config.write_text("petrarch_mode: true\n")
    read = _config(config)
    assert read.verbs_as_written_first and read.conjoined_modifier_actors
    assert read.combine == PETRARCH2_RULES["combine"] and read.target_fallbacks == PETRARCH2_RULES["target_fallbacks"]
    config.write_text("petrarch_mode: true\ncombine: [combine.light_verb.v1]\n")
    assert _config(config).combine == ("combine.light_verb.v1",)  # a listed rule set wins
    config.write_text("light_verbs: [stage]\n")
    read = _config(config)
    assert not read.verbs_as_written_first and read.future_rules == DEFAULT_RULES["future_rules"]
