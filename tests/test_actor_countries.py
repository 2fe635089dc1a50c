"""Countries of actors the text does not give one: generic groups, unknown persons and namesakes, and how
each country was obtained (``country_basis``). Every story is composed for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirecoder.actors import load_kb
from wirecoder.actors.kbfiles import load_entries
from wirecoder.article import COUNTRY_BASES, Article
from wirecoder.errors import DataError

pytestmark = pytest.mark.slow


def coded(short, text: str, published: str = "2024-05-20") -> Article:
    return short(Article(raw=text, source="news", published=published))


def actors(short, text: str, published: str = "2024-05-20") -> dict[str, tuple[str | None, str | None]]:
    """Mention text -> (country, basis) of the resolved mentions."""
    return {
        m.text: (m.actor.country, m.actor.country_basis)
        for m in coded(short, text, published).mentions
        if m.actor is not None
    }


# --- generic groups in a story about one country -----------------------------------------------------


def test_police_and_traders_take_the_dateline_country(short):
    got = actors(
        short,
        "NAIROBI, Kenya (AP) — Police fired tear gas at hundreds of traders who blocked a highway on Monday "
        "to protest a new market tax. The traders said they would return on Friday.",
    )
    assert got["Police"] == ("KEN", "dateline")
    assert got["The traders"][0] == "KEN"


def test_gunmen_take_the_country_of_the_place_of_their_act(short):
    art = coded(
        short, "Gunmen on motorbikes shot dead three teachers near a school in Kano State, Nigeria, on Tuesday."
    )
    sources = [e.source for e in art.events if e.source is not None]
    assert sources and sources[0].country == "NGA" and sources[0].country_basis == "place"


def test_unowned_lawmakers_take_the_story_country(short):
    got = actors(
        short,
        "Opposition leader Tomas Herrera accused the Bolivian government of rigging the vote on Sunday. "
        "Herrera called for a recount in La Paz. Lawmakers said they would open an inquiry.",
    )
    assert got["Lawmakers"] == ("BOL", "story")


# --- negative cases: foreign actors, IGOs, two-country stories ----------------------------------------


def test_foreign_troops_keep_their_own_country(short):
    got = actors(
        short,
        "American soldiers and Iraqi troops came under rocket fire at a base in Anbar on Sunday. "
        "Iraq's army said the rockets were fired from a nearby village.",
    )
    assert got["American soldiers"][0] == "USA"
    assert got["Iraqi troops"][0] == "IRQ"
    assert got["American soldiers"][1] is None  # stated by the text, not inferred


def test_international_organisations_get_no_country(short):
    got = actors(short, "UN peacekeepers were attacked near Goma in eastern Congo. The peacekeepers returned fire.")
    assert got["UN peacekeepers"][0] is None
    assert got["The peacekeepers"][0] is None


def test_a_person_in_a_sentence_about_two_countries_gets_none(short):
    art = coded(
        short,
        "Ministers of Peru and Chile met in Lima on Monday to discuss a fishing dispute. "
        "Carla Mendoza said the talks had been useful between Peru and Chile.",
    )
    person = next(m for m in art.mentions if m.text == "Carla Mendoza")
    assert person.actor is None or person.actor.country is None


def test_a_story_about_two_countries_gives_its_generic_groups_none(short):
    got = actors(
        short,
        "Fighting broke out between Ethiopia and Eritrea on Monday. Soldiers fired across the border, "
        "and protesters marched in the capital.",
    )
    assert got["Soldiers"][0] is None and got["protesters"][0] is None


def test_the_pakistani_taliban_spelt_taleban_is_the_ttp(short):
    assert actors(short, "Pakistani Taleban claimed an attack on a police station in Bannu.")["Pakistani Taleban"] == (
        "PAK",
        None,
    )


def test_named_actors_keep_their_own_country(short):
    got = actors(
        short, "Hezbollah fighters clashed with rebels near Qusayr in Syria on Monday, Syrian state media said."
    )
    assert got["Hezbollah fighters"][0] == "LBN"
    assert got["rebels"][0] == "SYR"


# --- unknown persons ------------------------------------------------------------------------------------


def test_a_nationality_in_the_persons_phrase_is_stated(short):
    got = actors(short, "Ghanaian lawyer Kwame Mensah criticised the Nigerian government in Abuja on Friday.")
    assert got["Kwame Mensah"] == ("GHA", "stated")


def test_an_unknown_person_takes_the_story_country_and_pronouns_follow(short):
    art = coded(
        short,
        "Zambia's opposition held a rally in Lusaka on Saturday. Grace Phiri told the crowd that the election "
        "had been stolen. She said the party would go to court.",
    )
    banda = next(m for m in art.mentions if m.text == "Grace Phiri")
    assert banda.actor is not None and (banda.actor.country, banda.actor.country_basis) == ("ZMB", "story")
    she = next(m for m in art.mentions if m.text == "She")
    assert she.actor is not None and she.actor.name == "Grace Phiri"


def test_a_surname_follows_its_full_name_and_its_stated_country(short):
    got = actors(
        short,
        "Kenyan activist Wanjiru Kamau led a march through Kampala on Monday. "
        "Kamau said Ugandan police had beaten several marchers.",
    )
    assert got["Wanjiru Kamau"] == ("KEN", "stated")
    assert got["Kamau"] == ("KEN", "stated")
    assert got["Ugandan police"][0] == "UGA"


def test_a_mislabelled_single_word_is_not_a_person(short):
    art = coded(short, "Protesters in Madrid marched against Brexit on Sunday. Spain's police watched the march.")
    brexit = [m for m in art.mentions if m.text == "Brexit"]
    assert all(m.actor is None for m in brexit)


# --- namesakes: a bare "Taliban" where the sentence is placed --------------------------------------------


def test_taliban_attacking_in_pakistan_is_the_pakistani_taliban(short):
    got = actors(
        short, "Taliban militants attacked a police checkpoint in Bannu district on Monday, killing four policemen."
    )
    assert got["Taliban"] == ("PAK", "place")


def test_taliban_in_afghanistan_or_named_with_kabul_stay_afghan(short):
    assert (
        actors(short, "Taliban fighters stormed a district headquarters in Helmand on Sunday.")["Taliban"][0] == "AFG"
    )
    got = actors(short, "Pakistan urged the Taliban government in Kabul to act against militants in Khyber.")
    assert got["Taliban government"][0] == "AFG"


def test_taliban_as_a_government_counterpart_in_pakistan_stays_afghan(short):
    assert actors(short, "Officials in Islamabad said the Taliban must honour their promises.")["Taliban"][0] == "AFG"
    assert actors(short, "Pakistan urged the Taliban to act against militants in Khyber.")["Taliban"][0] == "AFG"


def test_a_story_that_names_the_ttp_keeps_the_taliban_apart(short):
    got = actors(
        short,
        "The TTP has stepped up attacks this year. A spokesman said the Taliban had sheltered fighters who "
        "later attacked a checkpoint in Lakki Marwat.",
    )
    assert got["TTP"][0] == "PAK" and got["Taliban"][0] == "AFG"


def test_a_branch_needs_country_actor_and_aliases(tmp_path: Path):
    kb = load_kb("kb.v1")
    path = tmp_path / "actors.yaml"
    path.write_text(
        "- {id: x-group, name: X Group, type: org, country: KEN, sector: REB, aliases: [X Group],\n"
        "   branches: [{country: UGA, actor: y-group}]}\n",
        encoding="utf-8",
    )
    with pytest.raises(DataError, match="branch"):
        load_entries(path, kb.sectors, kb.countries)


def test_every_branch_of_the_kb_names_a_known_actor():
    kb = load_kb("kb.v1")
    branches = [b for e in kb.entries.values() for b in e.branches]
    assert branches and all(b.actor in kb.entries for b in branches)


# --- the event record --------------------------------------------------------------------------------------


def test_participants_say_how_their_country_was_obtained(short):
    art = coded(short, "LAGOS, Nigeria — Soldiers fired on protesters outside a bank on Tuesday, witnesses said.")
    record = art.to_dict()
    sides = [e[k] for e in record["events"] for k in ("source", "target") if e[k] and e[k]["country"]]
    assert sides and all(side["country_basis"] in COUNTRY_BASES for side in sides)
    assert any(side["country_basis"] != "stated" for side in sides)


def test_acled_names_people_of_no_actor_by_their_country_not_as_the_state(short):
    from wirecoder.export import acled

    art = coded(short, "Shopkeepers staged a demonstration in front of the governor's house in Multan.")
    record = art.to_dict(include_text=False)
    rows = [acled.row({**e, "article": record["article"]}) for e in record["events"]]
    protests = [r for r in rows if r[5] == "Protests"]
    assert protests and protests[0][7] == "Protesters (Pakistan)" and protests[0][9] == "Protesters"
    gov = acled.row(
        {**record["events"][0], "source": {"text": "France", "actor_id": "FRA", "country": "FRA"}, "article": {}}
    )
    assert gov[7].startswith("Government of France")  # a state named bare acts through its government (with its years)
