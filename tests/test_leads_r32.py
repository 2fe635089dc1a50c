"""Round 32, wire leads: the dateline is where the reporter is, not always where the event is. A weapon a demonym
modifies is that country's forces, not the victims' country (force_nouns.yaml ``demonym_weapons``); a story's
country found off the dateline city gives that city as the finer place (geo/resolve.py); a lower-case area noun
("the city's eastern district") names no gazetteer place (geo/sentence_places.py); the lead counted double is the
first sentence after a dateline standing alone (actors/state.py). Every text is composed for these tests."""

from __future__ import annotations

from composed import coder_on, current, of_type, pair

events = coder_on("2026-12-07")


def assault(short, text: str):
    found = of_type(current(events(short, text)), "ASSAULT")
    assert len(found) == 1, [(e.trigger, e.plover) for e in found]
    return found[0]


def place(e) -> str | None:
    return (e.location or {}).get("name")


# --- a demonym on a weapon names the force that used it, not the country of those it hit


def test_demonym_drones_do_not_give_the_victims_their_country(short):
    e = assault(
        short,
        "LVIV, Ukraine — Russian drones struck a warehouse in the city overnight, killing two workers, the governor said.",
    )
    assert pair(e) == ("RUS", "UKR")
    assert place(e) == "Lviv"


def test_demonym_glide_bombs_are_the_countrys_forces(short):
    e = assault(
        short,
        "ZAPORIZHZHIA, Ukraine — Russian glide bombs hit a warehouse on the city's southern edge on Sunday, wounding "
        "nine people, officials said.",
    )
    assert pair(e) == ("RUS", "UKR")
    assert e.date == "2026-12-06"


def test_a_bomb_defused_by_police_gives_no_foreign_force(short):
    found = current(
        events(short, "ISLAMABAD — Police defused a bomb planted near a school in Peshawar on Sunday, officials said.")
    )
    assert all(e.source is None or e.source.country == "PAK" for e in found)


def test_demonym_missiles_with_a_named_city_keep_that_city(short):
    e = assault(
        short,
        "KYIV (Reuters) - Russian missiles struck an apartment block in Dnipro overnight, killing four people, officials said.",
    )
    assert pair(e) == ("RUS", "UKR")
    assert place(e) == "Dnipro"


def test_a_demonym_on_the_victims_still_names_their_country(short):
    e = assault(short, "KABUL (AP) — Gunmen shot dead three Pakistani traders in Kunduz on Sunday, police said.")
    assert e.target is not None and e.target.country == "PAK"
    assert place(e) == "Kunduz"


# --- the dateline city is the finer place of a story in its country, never of a story elsewhere


def test_the_dateline_city_is_the_place_of_a_foreign_strike_on_it(short):
    e = assault(
        short,
        "ODESA, Ukraine — Russian drones struck port infrastructure in the city overnight, killing two people, the governor said.",
    )
    assert place(e) == "Odesa"
    assert e.date == "2026-12-07"


def test_a_dateline_in_another_country_is_not_the_place(short):
    e = assault(
        short,
        "WARSAW, Poland — Russian drones struck a Ukrainian power plant overnight, killing two workers, officials said.",
    )
    assert place(e) != "Warsaw"


# --- a lower-case area noun names no place of the gazetteer


def test_the_citys_eastern_district_is_the_dateline_city(short):
    e = assault(
        short,
        "BAGHDAD (Reuters) - A bomb exploded at a market in the city's eastern district on Sunday, killing three people, police said.",
    )
    assert place(e) == "Baghdad"
    assert e.target is not None and e.target.country == "IRQ"
    assert e.date == "2026-12-06"


def test_a_capitalised_eastern_province_is_still_a_place(short):
    e = assault(
        short, "RIYADH (Reuters) - A drone struck an oil facility in the Eastern Province on Sunday, the ministry said."
    )
    assert place(e) == "Eastern Province"


# --- the lead after a dateline standing alone counts double for the story's country


def test_a_nairobi_dateline_does_not_make_soldiers_in_somalia_kenyan(short):
    e = assault(
        short,
        "NAIROBI (AP) — Al-Shabaab militants ambushed a convoy in southern Somalia on Sunday, killing six soldiers, officials said.",
    )
    assert e.target is not None and e.target.country == "SOM"
    assert e.date == "2026-12-06"


def test_a_nairobi_story_about_kenya_stays_kenyan(short):
    e = assault(short, "NAIROBI (AP) — Police shot dead two protesters in the city on Sunday, a rights group said.")
    assert pair(e) == ("KEN", "KEN")
    assert place(e) == "Nairobi"


# --- a tied town known only abroad, in a country the story never names, gives way to the story's area


def test_a_namesake_abroad_gives_way_to_the_area_of_the_storys_country(short):
    e = assault(
        short,
        "PORT-AU-PRINCE, Haiti (AP) — Gangs attacked the town of Petite-Riviere in Haiti's central Artibonite region "
        "overnight, killing at least 20 people, a rights group said.",
    )
    assert place(e) == "Artibonite"
    assert e.target is not None and e.target.country == "HTI"


def test_a_place_in_a_country_the_story_names_stays(short):
    e = assault(
        short,
        "KYIV — Ukrainian drones hit an oil depot in Russia's Bryansk region overnight, officials in Sumy said.",
    )
    assert (e.location or {}).get("country") == "RUS"


# --- an act conjoined to an attribution takes the day of the reported clause before it


def test_arrests_after_an_attribution_take_the_protests_day(short):
    evs = current(
        events(
            short,
            "YANGON — Hundreds of people protested in the city of Mandalay on Friday against a conscription drive, "
            "witnesses said, and police arrested about 40 of them.",
        )
    )
    arrests = of_type(evs, "COERCE")
    assert [e.date for e in arrests] == ["2026-12-04"]


def test_a_day_tied_to_after_in_the_reported_clause_does_not_date_the_conjoined_act(short):
    evs = current(
        events(
            short,
            "BAMAKO — The army said it would hold talks after the attack on Tuesday, officials said, and troops "
            "arrested 12 men near Gao.",
        )
    )
    arrests = of_type(evs, "COERCE")
    assert [e.date for e in arrests] == ["2026-12-07"]
