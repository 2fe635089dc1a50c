"""Round 28 incident-notes lane 2: an armed group or a gang announcing or imposing a curfew or a ban on people's
movement or livelihoods is ACLED's Change to group/activity (round 40: so is a state's curfew), and a
firm's ban on smoking is no event."""

from __future__ import annotations

import pytest

from wirecoder import Settings
from wirecoder.article import Article
from wirecoder.evaluation.run import eval_settings
from wirecoder.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(eval_settings(Settings()))


def _events(pipe: Pipeline, text: str) -> list:
    return pipe(Article(raw=text, source="t", published="2026-12-07")).events


def _subs(pipe: Pipeline, text: str) -> list:
    return [(e.acled or {}).get("sub_event_type") for e in _events(pipe, text)]


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2026, JNIM announced a ban on motorcycles in the villages around Djenne (Mopti).",
        "On 3 May 2026, the Grand Grif gang announced a night-time curfew for residents of Petite-Riviere (Artibonite).",
        "On 3 May 2026, al-Shabaab militants imposed a curfew on residents of Bardhere (Gedo).",
        "On 3 May 2026, ISWAP fighters declared a ban on fishing in the lake islands near Baga (Borno).",
    ],
)
def test_armed_group_curfew_or_ban_is_change_to_group(pipe: Pipeline, text: str) -> None:
    assert _subs(pipe, text)[:1] == ["Change to group/activity"]


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2026, the government announced a curfew in Port Harcourt (Rivers) after clashes.",
        "On 3 May 2026, the army imposed a curfew in Bardhere (Gedo).",
    ],
)
def test_state_curfew_is_a_group_change_too(pipe: Pipeline, text: str) -> None:
    # round 40 (lane strategic): ACLED codes a state's curfew as the authorities' change of activity
    assert _subs(pipe, text)[:1] == ["Change to group/activity"]


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2026, the company announced a ban on smoking in its offices in Lagos.",
        "On 3 May 2026, the club announced a ban on plastic bottles at its stadium in Bogota.",
        "On 3 May 2026, the school announced a curriculum change in Kano (Kano).",
    ],
)
def test_other_bans_are_no_event(pipe: Pipeline, text: str) -> None:
    assert _events(pipe, text) == []


def _main(pipe: Pipeline, text: str):
    events = [e for e in _events(pipe, text) if (e.acled or {}).get("event_type")]
    assert events, text
    return events[0]


# ---- a town named with its division in brackets is in that division's country, not its better-known namesake's
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("On 18 May 2026, cartel gunmen shot dead a taxi driver in Cordoba (Veracruz).", "MEX"),
        ("On 18 May 2026, cartel gunmen attacked a police patrol with drones in Zamora (Michoacan).", "MEX"),
        ("On 18 May 2026, cartel gunmen killed 4 people at a party in Leon (Guanajuato).", "MEX"),
        ("On 18 May 2026, cartel gunmen killed 2 people in Cordoba (Veracruz state, Mexico).", "MEX"),
    ],
)
def test_bracketed_division_places_the_town(pipe: Pipeline, text: str, country: str) -> None:
    e = _main(pipe, text)
    assert e.source is not None and e.source.country == country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("On 18 May 2026, masked men set fire to a bar in Cordoba (Spain), wounding two people.", "ESP"),
        ("On 18 May 2026, rioters clashed with police in Leon (Nicaragua).", "NIC"),
    ],
)
def test_bracketed_country_keeps_its_country(pipe: Pipeline, text: str, country: str) -> None:
    e = _main(pipe, text)
    assert (e.location or {}).get("country") == country


# ---- a town seized by bandits or militants is a non-state actor's gain, a state's recapture the government's
@pytest.mark.parametrize(
    "text",
    [
        "On 22 May 2026, bandits seized Dansadau (Maru, Zamfara) after overrunning a police post.",
        "On 22 May 2026, militants seized the town of Kalaa (Tillaberi) after a brief gunfight.",
    ],
)
def test_armed_men_seizing_a_town_overtake_territory(pipe: Pipeline, text: str) -> None:
    assert _subs(pipe, text)[:1] == ["Non-state actor overtakes territory"]


def test_army_recapture_is_government_regaining(pipe: Pipeline) -> None:
    text = "On 22 May 2026, the army recaptured Dansadau (Zamfara) from bandits."
    assert _subs(pipe, text)[:1] == ["Government regains territory"]


# ---- the name compounded with an event noun's weapon is its source ("an RSF drone strike")
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("On 2 May 2026, an RSF drone strike hit a market in Kosti (White Nile), killing 8 civilians.", "RSF", "SDN"),
        ("On 2 May 2026, an ENDF drone strike hit a school near Lalibela (Amhara), killing 4 pupils.", "ENDF", "ETH"),
    ],
)
def test_weapon_owner_is_the_strike_source(pipe: Pipeline, text: str, name: str, country: str) -> None:
    e = _main(pipe, text)
    assert e.source is not None and e.source.text == name and e.source.country == country


def test_place_before_a_weapon_is_no_source(pipe: Pipeline) -> None:
    e = _main(pipe, "On 3 May 2026, a Kharkiv drone strike killed 2 people.")
    assert e.source is None
