"""Round 46 crowds (lane crowds4): mob justice by any unorganised civilians on someone taken for an offender is mob
violence (acled.yaml, the round-46 mob_doers rules); state forces firing into a crowd told as protesting, with the
harm told by a participle, is excessive force (acled_words: the participle takes what its head verb hit); staying
away in a strike is a strike and candles lit at a vigil are a demonstration (verbs.yaml stayaway-strike,
vigil-candles); storming a game's pitch or lines is play, no riot (combine/figurative_force.stormed_ground).
Controls keep their types. The examples are composed for these tests."""

from __future__ import annotations

import pytest

from composed import main_sub_type


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # mob justice by unorganised civilians
        ("Minibus drivers in Lusaka beat a man they suspected of stealing a phone.", "Mob violence"),
        ("Fishermen in Mombasa clubbed a suspected net thief to death.", "Mob violence"),
        ("Angry hawkers in Lagos lynched an alleged pickpocket near the bus terminal.", "Mob violence"),
        # force into a protesting crowd, harm told by a participle
        (
            "Soldiers opened fire into a column of demonstrators in Mandalay, killing three.",
            "Excessive force against protesters",
        ),
        ("Police shot into a crowd of marchers in Conakry, wounding nine.", "Excessive force against protesters"),
        # staying away in a strike; candles at a vigil
        ("Shopkeepers in Quetta stayed at home in protest against the new tax.", "Peaceful protest"),
        ("Miners stayed away from the pits across Potosi in a strike over pay.", "Peaceful protest"),
        ("Students lit candles at a vigil outside the parliament in Minsk.", "Peaceful protest"),
    ],
)
def test_crowd_types(short, text, want):
    assert main_sub_type(short, text) == want, text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Police shot dead a suspected robber during a chase in Nairobi.", "Attack"),
        ("Gunmen opened fire on a bus in Sindh, killing five passengers.", "Attack"),
        ("Angry youths stormed the police station in Enugu.", "Violent demonstration"),
    ],
)
def test_controls_keep_types(short, text, want):
    got = main_sub_type(short, text)
    assert got == want, (text, got)


@pytest.mark.parametrize(
    "text",
    [
        "The away supporters invaded the pitch in Belgrade after the final whistle.",
        "Thousands of fans stormed the pitch in Naples to celebrate the league title.",
        "The winger ransacked the home side's defence with a hat-trick.",
        "The family stayed in the capital over the holidays.",
        "Pilgrims lit candles at the shrine in Lourdes.",
        "The president stayed in power for three decades.",
    ],
)
def test_figures_give_no_crowd_event(short, text):
    assert main_sub_type(short, text) == "(none)", text
