"""ACLED's source_scale from the article's outlet and admin3 (empty: the gazetteer has no third level),
checked on an ACLED export read back with pandas."""

from __future__ import annotations

import io

import pandas as pd
import pytest

from wirecoder.export import acled
from wirecoder.export.outlets import outlet_of, source_scale


def record(n: int, url: str | None, country: str) -> dict:
    return {
        "id": f"{n:016x}",
        "article_id": f"a{n}",
        "date": "2024-02-03",
        "date_precision": "day",
        "source": {"text": "gunmen", "country": country, "sector": "UAF"},
        "target": {"text": "villagers", "country": country, "sector": "CVL"},
        "acled": {"event_type": "Violence against civilians", "sub_event_type": "Attack"},
        "location": {"name": "A village", "country": country, "admin1": "A province", "lat": 1.0, "lon": 2.0},
        "fatalities": 1,
        "evidence": {"sentence": "Gunmen attacked a village."},
        "article": {"id": f"a{n}", "url": url, "source": "feed"},
    }


def test_acled_source_scale_from_the_outlet():
    out = io.StringIO()
    acled.write(
        [
            record(1, "https://www.reuters.com/world/x", "NGA"),  # wire service
            record(2, "https://www.dawn.com/news/1", "PAK"),  # listed outlet, its own country
            record(3, "https://www.dawn.com/news/2", "AFG"),  # the same outlet abroad
            record(4, "https://daily.example.com.pk/story", "PAK"),  # unlisted, country-code domain
            record(5, "https://unknown-outlet.example.com/a", "PAK"),  # unlisted generic domain
            record(6, None, "PAK"),  # no URL
        ],
        out,
    )
    df = pd.read_csv(io.StringIO(out.getvalue()), keep_default_na=False, na_values=[""], dtype={"admin3": "string"})
    assert list(df["source_scale"].fillna("")) == [
        "International",
        "National",
        "International",
        "National",
        "",
        "",
    ]
    assert set(df["source_scale"].dropna()) <= {"International", "National", "Subnational", "Regional", "Other"}
    assert df["admin3"].isna().all()


@pytest.mark.parametrize(
    ("host", "country", "scale"),
    [
        ("edition.cnn.com", "USA", "National"),  # a subdomain matches its listed outlet
        ("edition.cnn.com", "SYR", "International"),
        ("www.bbc.co.uk", "GBR", "International"),  # a world broadcaster even at home
        ("paper.example.co.uk", "GBR", "National"),  # .uk is the United Kingdom
        ("startup.example.io", "GBR", ""),  # a vanity country code says nothing
        ("paper.example.com.pk", None, ""),  # no event country: no comparison
    ],
)
def test_source_scale_rules(host, country, scale):
    assert source_scale(host, country) == scale


def test_outlet_table_rows_are_valid():
    assert outlet_of("reuters.com") is not None and outlet_of("reuters.com").scale == "International"
    assert outlet_of("localhost") is None
