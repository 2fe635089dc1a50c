"""ACLED typing of news snippets, round 19 (snippets that gave no event at all): a pronoun subject that stands for
its speaker ("the militia announced it was disbanding"); verb particles after a long object ("set a fuel tanker
ablaze", "set three buses on fire"); people accused of a crime burnt by a crowd; fighters switching sides; a
possible or denied development typed no more; the capture, seizure or recapture of a town as a noun; people picked
up for questioning or taken away by men in plain clothes; the agentless passive of alleging as a hedge ("are
alleged to have executed"); projectiles fired and landing parsed as two verbs; an attack noun that targeted
something; barrels or canisters of a poison dropped by aircraft. Sentences written for these tests."""

from __future__ import annotations

import pytest

from composed import main_sub_type

_sub = main_sub_type


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("The Kuki militia announced it was disbanding after the peace talks.", "Change to group/activity"),
        ("The rebel group said it was dissolving itself on Sunday.", "Change to group/activity"),
        ("Attackers set a cargo lorry ablaze on the highway near Kumba.", "Looting/property destruction"),
        ("Bandits set two houses on fire in Zamfara overnight.", "Looting/property destruction"),
        ("A suspected robber was set ablaze by a mob in Onitsha.", "Mob violence"),
        ("A senior al-Shabaab commander switched allegiance to the government.", "Change to group/activity"),
        ("The recapture of the district town by the army was announced on Monday.", "Government regains territory"),
        (
            "The capture of the army base by the insurgents was confirmed by residents.",
            "Non-state actor overtakes territory",
        ),
        ("Police picked up three union leaders in Chittagong for questioning.", "Arrests"),
        ("The journalist was taken away by men in plain clothes in Quetta.", "Abduction/forced disappearance"),
        ("Soldiers are alleged to have executed two herders near Djibo.", "Attack"),
        ("It is alleged that soldiers executed two herders near Djibo.", "Attack"),
        ("Mortar shells fired from the hills landed in a market in Goma.", "Shelling/artillery/missile attack"),
        ("A drone strike targeted a car near Marib.", "Air/drone strike"),
        ("Army helicopters dropped canisters filled with chlorine on Latamneh.", "Chemical weapon"),
    ],
)
def test_snippet_types_r19(short, text: str, sub: str) -> None:
    assert _sub(short, text) == sub


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # a speaker of another number, or a firm, is no armed group disbanding
        ("The spokesman said they had switched sides.", "(none)"),
        ("The union said it was dissolving the strike committee.", "(none)"),
        ("The company announced it was dissolving its board.", "(none)"),
        # a politician switching sides, or a possible switch, is no armed change
        ("The opposition senator switched sides and joined the ruling party.", "(none)"),
        ("Analysts said the rebels might switch sides if talks failed.", "(none)"),
        # the capture of a person stays an arrest; a seizure of goods is no territory
        ("The capture of the gang leader by police was welcomed by residents.", "Arrests"),
        ("The seizure of drugs by customs officers was announced on Monday.", "(none)"),
        # things taken away, passengers picked up, a plane landing, hedged crimes of no violence
        ("The mother took away the children after the hearing.", "(none)"),
        ("The bus picked up passengers for the trip to Kandy.", "(none)"),
        ("The plane took off from Kabul and landed in Delhi.", "(none)"),
        ("It is alleged that the mayor embezzled public funds.", "(none)"),
        ("The cargo ship docked at Mombasa port on Monday.", "(none)"),
        ("Workers dropped cylinders of chlorine at the water treatment plant.", "(none)"),
    ],
)
def test_snippet_lookalikes_r19(short, text: str, sub: str) -> None:
    assert _sub(short, text) in sub.split("|")
