"""ACLED's dated state-force names ("Military Forces of Pakistan (2022-2023)"): the period of the
government in office on the event's date, from the actor base's dated roles and
``data/export/executive.yaml``; checked on an ACLED export read back with pandas."""

from __future__ import annotations

import io
from datetime import date

import pandas as pd
import pytest

from wirecoder.export import acled
from wirecoder.export.governments import government, period


def record(n: int, day: str, source: dict, target: dict, place: str) -> dict:
    """A hand-made event record: a clash at ``place`` (ISO-3) on ``day``."""
    return {
        "id": f"{n:016x}",
        "article_id": "a1",
        "date": day,
        "date_precision": "day" if len(day) == 10 else "month",
        "source": source,
        "target": target,
        "acled": {"event_type": "Battles", "sub_event_type": "Armed clash"},
        "location": {"name": "Somewhere", "country": place, "precision": "place", "lat": 1.0, "lon": 2.0},
        "fatalities": 2,
        "evidence": {"sentence": "Troops clashed with militants."},
        "article": {"id": "a1", "url": "https://news.example/a1"},
    }


ARMY_PAK = {"text": "troops", "country": "PAK", "sector": "MIL", "cameo": "PAKMIL"}
POLICE_PAK = {"text": "police", "country": "PAK", "sector": "COP", "cameo": "PAKCOP"}
REBELS = {"text": "militants", "country": "PAK", "sector": "REB", "cameo": "PAKREB"}
ARMY_AFG = {"text": "border forces", "country": "AFG", "sector": "MIL", "cameo": "AFGMIL"}


def exported(records: list[dict]) -> pd.DataFrame:
    out = io.StringIO()
    acled.write(records, out)
    return pd.read_csv(io.StringIO(out.getvalue()), keep_default_na=False, na_values=[""])


def test_acled_state_forces_carry_the_government_in_office_on_the_event_date():
    df = exported(
        [
            record(1, "2020-06-03", ARMY_PAK, REBELS, "PAK"),  # a prime minister's whole, finished tenure
            record(2, "2023-01-10", POLICE_PAK, REBELS, "PAK"),  # a later one, also finished
            record(3, "2019-03-01", ARMY_AFG, ARMY_PAK, "AFG"),  # both sides dated by their own country
            record(4, "2023-03-01", ARMY_AFG, ARMY_PAK, "AFG"),  # a regime that is the government
        ]
    )
    assert pd.to_datetime(df["event_date"]).notna().all()
    names = df.set_index(df["event_date"])
    assert names.loc["2020-06-03", "actor1"] == "Military Forces of Pakistan (2018-2022)"
    assert names.loc["2023-01-10", "actor1"] == "Police Forces of Pakistan (2022-2023)"
    assert names.loc["2019-03-01", "actor1"] == "Military Forces of Afghanistan (2014-2021)"
    assert names.loc["2019-03-01", "actor2"] == "Military Forces of Pakistan (2018-2022)"
    assert names.loc["2019-03-01", "inter2"] == "External/Other forces"
    assert names.loc["2023-03-01", "actor1"] == "Military Forces of Afghanistan (2021-)"
    # the non-state side is untouched
    assert names.loc["2020-06-03", "actor2"] == "Unidentified Armed Group (Pakistan)"


def test_acled_state_forces_without_a_known_government_have_no_period():
    # a date before any role the actor base records: no guessed period
    assert government("PAK", date(1890, 5, 1)) is None
    df = exported([record(6, "1890-05-01", ARMY_PAK, REBELS, "PAK"), record(7, "1890-06", POLICE_PAK, REBELS, "PAK")])
    assert list(df["actor1"]) == ["Military Forces of Pakistan", "Police Forces of Pakistan"]


@pytest.mark.parametrize(
    ("iso3", "day", "suffix"),
    [
        ("USA", date(2023, 5, 1), " (2021-2025)"),  # president: the end year is the last year in office
        ("IND", date(2023, 5, 1), " (2014-)"),  # prime minister in a parliamentary system, not the president
        ("MMR", date(2022, 5, 1), " (2021-)"),  # a junta (``governs``) names the period
        ("SYR", date(2025, 3, 1), " (2024-)"),  # a leader who came to power with the regime keeps its period
        ("RUS", date(2023, 5, 1), " (2000-)"),  # back through the same holder's unbroken executive offices
        ("ZZZ", date(2023, 5, 1), ""),
        ("PAK", None, ""),
    ],
)
def test_government_period_rules(iso3, day, suffix):
    assert period(iso3, day) == suffix
