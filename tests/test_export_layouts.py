"""Each dataset layout loaded with pandas as a researcher would, checked column by column against its
codebook: four composed stories coded by the real pipeline, stored in SQLite, exported."""

from __future__ import annotations

import json

import pytest

pd = pytest.importorskip("pandas")

from wirecoder.export import export  # noqa: E402
from wirecoder.export.acled import COLUMNS as ACLED_COLUMNS  # noqa: E402
from wirecoder.export.codes import ACLED_INTER, countries  # noqa: E402
from wirecoder.export.columns import FLAT_COLUMNS, pronouns  # noqa: E402
from wirecoder.export.gdelt import COLUMNS as GDELT_COLUMNS  # noqa: E402
from wirecoder.export.icews import COLUMNS as ICEWS_COLUMNS  # noqa: E402
from wirecoder.export.polecat import COLUMNS as POLECAT_COLUMNS  # noqa: E402
from wirecoder.export.polecat import QUAD  # noqa: E402

pytestmark = pytest.mark.slow

STORIES = {
    "teachers": (
        "2024-03-05",
        "Teachers Rally Over Unpaid Salaries\n\nLahore, 4 March 2024 - Several hundred teachers protested "
        "outside the provincial assembly in Lahore on Monday, demanding months of unpaid salaries. Police used "
        "tear gas to disperse the crowd, witnesses said. They later blocked a main road for two hours.",
    ),
    "raid": (
        "2024-05-08",
        "Villagers Killed in Night Raid\n\nMaiduguri, 7 May 2024 - Gunmen killed nine villagers in a raid on a "
        "village in Borno State on Tuesday, local officials said. The attackers burned dozens of homes before "
        "fleeing, a resident said. Nigerian soldiers later clashed with the gunmen near the town of Konduga, "
        "killing four of them, the army said.",
    ),
    "pittsburgh": (
        "2024-06-11",
        "Hundreds March in Pittsburgh\n\nPittsburgh, 10 June 2024 - Hundreds of nurses marched through downtown "
        "Pittsburgh, Pennsylvania, on Monday to demand safer staffing levels. The governor of Pennsylvania met "
        "union leaders later that day.",
    ),
    "accuse": (
        "2024-02-02",
        "Islamabad Accuses Kabul\n\nIslamabad, 1 February 2024 - Pakistan's foreign ministry accused the Afghan "
        "Taliban government on Thursday of sheltering militants who attack Pakistani border posts. It threatened "
        "to close the Torkham crossing.",
    ),
}


@pytest.fixture(scope="module")
def coded_store(pipeline, tmp_path_factory):
    from wirecoder import Article
    from wirecoder.store import Store

    store = Store(tmp_path_factory.mktemp("layouts") / "layouts.db")
    run_id = store.start_run("test layouts", {"spacy_model": pipeline.settings.spacy_model})
    for name, (published, text) in STORIES.items():
        store.save(
            pipeline(Article(raw=text, source=name, url=f"https://news.example/{name}", published=published)), run_id
        )
    store.finish_run(run_id, len(STORIES), 0)
    yield store
    store.close()


@pytest.fixture(scope="module")
def files(coded_store, tmp_path_factory):
    out = tmp_path_factory.mktemp("exports")
    paths = {}
    for fmt, suffix in (
        ("acled", "csv"),
        ("gdelt", "tsv"),
        ("icews", "tab"),
        ("polecat", "tsv"),
        ("csv", "csv"),
        ("parquet", "parquet"),
    ):
        paths[fmt] = out / f"events-{fmt}.{suffix}"
        assert export(coded_store, fmt, paths[fmt]) > 0
    return paths


def test_layouts_acled_codebook(files):
    df = pd.read_csv(files["acled"], keep_default_na=False, na_values=[""])
    assert list(df.columns) == ACLED_COLUMNS
    pd.to_datetime(df["event_date"], format="%Y-%m-%d")
    assert df["year"].dtype.kind == "i" and df["iso"].dtype.kind == "i" and df["fatalities"].dtype.kind == "i"
    assert set(df["time_precision"]) <= {1, 2, 3} and set(df["geo_precision"]) <= {1, 2, 3}
    assert df["location"].notna().all() and df["country"].notna().all() and df["region"].notna().all()
    for col in ("inter1", "inter2"):
        assert set(df[col].dropna()) <= set(ACLED_INTER)
    for _, r in df.iterrows():
        parts = [p for p in (r["inter1"], r["inter2"]) if isinstance(p, str)]
        want = sorted(parts, key=ACLED_INTER.index)
        assert r["interaction"] == ("-".join(want) if len(want) == 2 else f"{want[0]} only"), r.to_dict()
    vac = df[df["event_type"] == "Violence against civilians"]
    assert len(vac) and (vac["civilian_targeting"] == "Civilian targeting").all()
    raid = vac[vac["country"] == "Nigeria"].iloc[0]
    assert raid["actor2"] == "Civilians (Nigeria)" and raid["region"] == "Western Africa" and raid["iso"] == 566
    assert raid["admin1"] == "Borno" and raid["geo_precision"] == 3 and raid["fatalities"] == 9
    clash = df[df["event_type"] == "Battles"].iloc[0]
    assert clash["actor1"] == "Military Forces of Nigeria (2023-)" and clash["inter1"] == "State forces"
    protests = df[df["event_type"] == "Protests"]
    lahore = protests[(protests["location"] == "Lahore") & (protests["inter1"] == "Protesters")].iloc[0]
    assert lahore["actor1"] == "Protesters (Pakistan)"
    assert lahore["interaction"] == "Protesters only" and lahore["region"] == "South Asia"
    assert lahore["tags"].startswith("crowd size=") and lahore["geo_precision"] == 1
    us = protests[protests["country"] == "United States"].iloc[0]
    assert (us["admin1"], us["region"], us["iso"]) == ("Pennsylvania", "North America", 840)
    assert (df["source"] == "news.example").all()


def test_layouts_gdelt_codebook(files):
    df = pd.read_csv(
        files["gdelt"], sep="\t", header=None, names=GDELT_COLUMNS, dtype=str, keep_default_na=False, quoting=3
    )
    assert len(df.columns) == 61
    pd.to_datetime(df["SQLDATE"], format="%Y%m%d")
    ids = df["GLOBALEVENTID"].astype("int64")
    assert ids.is_unique and (ids <= 2**53).all()
    fips = {c.fips for c in countries().values() if c.fips}
    for prefix in ("Actor1Geo", "Actor2Geo", "ActionGeo"):
        assert set(df[f"{prefix}_CountryCode"]) - {""} <= fips
        assert set(df[f"{prefix}_Type"]) <= {"0", "1", "2", "3", "4", "5"}
    for n in ("1", "2"):  # a name only beside a code; never a pronoun
        assert not ((df[f"Actor{n}Name"] != "") & (df[f"Actor{n}Code"] == "")).any()
        assert not set(df[f"Actor{n}Name"].str.casefold()) & pronouns()
    assert df["AvgTone"].astype(float).between(-100, 100).all()
    assert df["NumMentions"].astype(int).ge(1).all() and df["QuadClass"].isin(["1", "2", "3", "4"]).all()
    pitt = df[df["ActionGeo_FullName"].str.startswith("Pittsburgh")].iloc[0]
    assert (pitt["ActionGeo_Type"], pitt["ActionGeo_CountryCode"], pitt["ActionGeo_ADM1Code"]) == ("3", "US", "USPA")
    assert pitt["ActionGeo_FeatureID"].isdigit()
    borno = df[df["ActionGeo_FullName"].str.startswith("Borno")].iloc[0]
    assert (borno["ActionGeo_Type"], borno["ActionGeo_CountryCode"]) == ("5", "NI")
    assert borno["ActionGeo_ADM1Code"].startswith("NI") and len(borno["ActionGeo_ADM1Code"]) == 4
    lahore = df[df["ActionGeo_FullName"].str.startswith("Lahore")].iloc[0]
    assert (lahore["ActionGeo_Type"], lahore["ActionGeo_CountryCode"]) == ("4", "PK")
    assert (lahore["Actor1CountryCode"], lahore["Actor1Geo_Type"], lahore["Actor1Geo_CountryCode"]) == (
        "PAK",
        "1",
        "PK",
    )
    # the tone is the article's: a deadly raid reads darker than a march for safer staffing
    tone = df.groupby("SOURCEURL")["AvgTone"].first().astype(float)
    assert tone["https://news.example/raid"] < tone["https://news.example/pittsburgh"]


def test_layouts_icews_codebook(files):
    df = pd.read_csv(files["icews"], sep="\t", quoting=3, keep_default_na=False, na_values=[""])
    assert list(df.columns) == ICEWS_COLUMNS
    pd.to_datetime(df["Event Date"], format="%Y-%m-%d")
    assert df["Story ID"].dtype.kind == "i" and df["Event ID"].dtype.kind == "i"
    assert df["Sentence Number"].min() >= 1
    for side in ("Source", "Target"):
        names = df[f"{side} Name"].dropna()
        assert not set(names.str.casefold()) & pronouns()
    sectors = df["Source Sectors"].dropna()
    assert sectors.str.contains(",").any()  # ICEWS lists several sectors
    ministry = df[df["Source Name"].fillna("").str.contains("Foreign Affairs")].iloc[0]
    assert ministry["Source Sectors"].split(",")[0] == "Government" and ministry["Source Country"] == "Pakistan"
    assert df.groupby("Story ID")["Publisher"].nunique().eq(1).all()


def test_layouts_polecat_codebook(files):
    df = pd.read_csv(files["polecat"], sep="\t", quoting=3, keep_default_na=False, na_values=[""])
    assert list(df.columns) == POLECAT_COLUMNS
    pd.to_datetime(df["Event Date"], format="%Y-%m-%d")
    pd.to_datetime(df["Publication Date"], format="%Y-%m-%d")
    plover = {
        "agree", "consult", "support", "concede", "cooperate", "aid", "retreat", "request",
        "accuse", "reject", "threaten", "protest", "sanction", "mobilize", "coerce", "assault",
    }  # fmt: skip
    assert set(df["Event Type"]) <= plover and set(df["Quad Code"]) <= set(QUAD.values())
    assert df["Intensity"].between(-10, 10).all() and df["Version"].str.startswith("wirecoder ").all()
    accuse = df[df["Event Type"] == "accuse"].iloc[0]
    assert (accuse["Actor Country"], accuse["Actor COW"], accuse["Actor Primary Sector"]) == (
        "Pakistan",
        770,
        "Government",
    )
    assert accuse["Language"] == "en" and accuse["Source"] == "news.example"
    located = df[df["Feature Type"] == "PPL"]
    assert len(located) and located["GeoNames ID"].notna().any()
    assert set(df["Feature Type"].dropna()) <= {"PPL", "ADM2", "ADM1", "PCLI"}


def test_layouts_flat_csv_has_real_dates_and_precisions(files):
    df = pd.read_csv(files["csv"], keep_default_na=False, na_values=[""])
    assert list(df.columns) == FLAT_COLUMNS
    dates = pd.to_datetime(df["date"], format="%Y-%m-%d")
    assert dates.notna().all() and set(df["date_precision"]) <= {"day", "week", "month", "year"}
    assert set(df["location_precision"].dropna()) <= {"place", "district", "province", "country"}
    assert df["negated"].dtype == bool and df["background"].dtype == bool


def test_layouts_parquet_types_and_provenance(files):
    pq = pytest.importorskip("pyarrow.parquet")
    schema = pq.read_schema(files["parquet"])
    assert str(schema.field("date").type) == "date32[day]" and str(schema.field("latitude").type) == "double"
    meta = {k.decode(): v.decode() for k, v in (schema.metadata or {}).items()}
    assert meta["wirecoder.layout"] == "flat" and meta["wirecoder.layout_version"].isdigit()
    [run] = json.loads(meta["wirecoder.provenance"])["runs"]
    prov = run["provenance"]
    assert prov["spacy_model"] and prov["spacy_model_version"] and prov["wirecoder"] == meta["wirecoder.version"]
    assert all(len(prov[k]) == 16 for k in ("patterns_sha256", "actors_sha256", "gazetteer_sha256"))
    df = pd.read_parquet(files["parquet"])
    assert pd.to_datetime(df["date"]).notna().all() and list(df.columns) == FLAT_COLUMNS
