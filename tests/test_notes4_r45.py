"""Round 45 notes4 lane: places and types of ACLED-style incident notes from Pakistan and Afghanistan.

- district seats of Afghanistan and tehsil towns of Pakistan's north-west and Balochistan that the GeoNames extract
  lacks are curated places (places/aliases.yaml), so a note is placed at the town, not its province;
- a place name the tagger cuts at a lowercase joint ("Khost" of "Khost wa Fereng") is read whole when the gazetteer
  knows the whole name (area_words.yaml name_joints, geo/name_extent.py);
- state vehicles whose head word alone is a civilian's ("a police van", "an army truck") are the police or army
  (agents.yaml): militants attacking one fight the state, they do not attack civilians;
- dacoits are an armed gang (acled.yaml armed_victims): police killing them in an encounter is a clash.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from composed import km_from, main_place, main_sub_type


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        ("On 4 October 2026, Taliban forces detained two shopkeepers in Musa Qala district (Helmand).", 32.45, 64.76),
        ("On 5 October 2026, a landmine killed a shepherd in Panjwai district (Kandahar).", 31.55, 65.45),
        ("On 6 October 2026, NRF fighters attacked a Taliban post in Rokha (Panjshir), the NRF said.", 35.23, 69.48),
        (
            "On 7 October 2026, gunmen shot dead a tribal elder near Daraban (Dera Ismail Khan, Khyber Pakhtunkhwa).",
            31.73,
            70.33,
        ),
        (
            "On 8 October 2026, residents protested power cuts in Muslim Bagh (Qila Saifullah, Balochistan).",
            30.83,
            67.73,
        ),
        (
            "On 9 October 2026, a bomb went off near a market in Mihtarlam city (Laghman), wounding four people.",
            34.65,
            70.21,
        ),
        ("On 10 October 2026, Taliban forces clashed with ISKP militants in Asmar district (Kunar).", 35.03, 71.37),
    ],
)
def test_curated_district_seats_place_the_note(short, text: str, lat: float, lon: float) -> None:
    assert km_from(main_place(short, text, "2026-10-20"), lat, lon) <= 30, text


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        (
            "On 11 October 2026, NRF fighters ambushed a Taliban patrol in Khost wa Fereng district (Baghlan).",
            35.88,
            68.90,
        ),
        ("On 12 October 2026, ISKP gunmen killed two Taliban fighters in Khost wa Firing (Baghlan).", 35.88, 68.90),
    ],
)
def test_a_name_cut_at_its_joint_is_read_whole(short, text: str, lat: float, lon: float) -> None:
    assert km_from(main_place(short, text, "2026-10-20"), lat, lon) <= 30, text


def test_a_namesake_province_is_not_the_cut_name(short) -> None:
    # "Khost" alone is the Paktia-side province, 290 km away from the Baghlan district
    loc = main_place(short, "On 11 October 2026, gunmen attacked a Taliban post in Khost wa Fereng district (Baghlan).")
    assert loc.get("admin1") == "Baghlan"


@pytest.mark.parametrize(
    "text",
    [
        "On 3 October 2026, militants attacked a police van near Kohat (Kohat, Khyber Pakhtunkhwa). One constable was killed.",
        "On 4 October 2026, gunmen fired on a police car on the Indus Highway near Dera Ismail Khan. Two policemen were hurt.",
        "On 5 October 2026, insurgents ambushed an army truck near Awaran (Awaran, Balochistan). A soldier died.",
    ],
)
def test_attack_on_a_state_vehicle_is_a_clash(short, text: str) -> None:
    assert main_sub_type(short, text) == "Armed clash", text


@pytest.mark.parametrize(
    "text",
    [
        "On 6 October 2026, gunmen opened fire on a passenger van near Kohat, killing three people.",
        "On 7 October 2026, armed men attacked a car carrying a family near Chaman, killing a woman.",
    ],
)
def test_attack_on_a_civilian_vehicle_stays_an_attack(short, text: str) -> None:
    assert main_sub_type(short, text) == "Attack", text


@pytest.mark.parametrize(
    "text",
    [
        "On 8 October 2026, Punjab police killed three dacoits in an encounter near Rajanpur (Rajanpur, Punjab).",
        "On 9 October 2026, police shot dead a notorious dacoit in the katcha area of Kashmore (Kashmore, Sindh).",
    ],
)
def test_police_killing_dacoits_is_a_clash(short, text: str) -> None:
    assert main_sub_type(short, text) == "Armed clash", text


def test_dacoits_killing_a_shopkeeper_stay_an_attack(short) -> None:
    text = "On 10 October 2026, dacoits shot dead a shopkeeper during a robbery in Ghotki (Ghotki, Sindh)."
    assert main_sub_type(short, text) == "Attack"


@pytest.mark.parametrize(
    "text",
    [
        "On 2 October 2026, gunmen ambushed a police patrol near Tank (Tank, Khyber Pakhtunkhwa), killing a constable.",
        "On 3 October 2026, militants attacked a checkpost on the Tank-Jandola road (Tank, Khyber Pakhtunkhwa). Two soldiers died.",
    ],
)
def test_a_town_named_tank_in_a_note_is_no_tank(short, text: str) -> None:
    assert main_sub_type(short, text) == "Armed clash", text


def test_tanks_in_the_fight_stay_heavy_weapons(short) -> None:
    text = "Rebels attacked the border town with tanks and artillery, killing 6 soldiers."
    assert main_sub_type(short, text) == "Shelling/artillery/missile attack"
