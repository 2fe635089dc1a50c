"""Round 43 "nominal" lane: a body sent to speak for a state or group ("delegations from X", "representatives
of X", "delegates from X") takes X's identity; one made of a group of people is that group. Composed examples."""

from __future__ import annotations

from composed import coder_on, current

events = coder_on("2026-05-04")


def _main_source(short, text):
    evs = current(events(short, text))
    assert evs, text
    return evs[0].source


def test_delegations_from_a_country_body_take_its_country(short):
    src = _main_source(short, "Delegations from Chad's government and the rebels opened talks in Doha.")
    assert src is not None and src.country == "TCD"


def test_a_delegation_from_a_country_is_that_state(short):
    src = _main_source(short, "A delegation from Peru visited La Paz to discuss the border.")
    assert src is not None and (src.country, src.sector) == ("PER", "GOV")


def test_representatives_of_a_country_take_its_country(short):
    src = _main_source(short, "Representatives of Ghana met officials of the IMF in Washington.")
    assert src is not None and src.country == "GHA"


def test_delegates_from_a_country_take_its_country(short):
    src = _main_source(short, "Delegates from Bolivia walked out of the trade talks in Geneva.")
    assert src is not None and src.country == "BOL"


def test_a_delegation_of_tourists_is_civilians_not_a_government(short):
    src = _main_source(short, "A delegation of Japanese students visited the memorial in Hanoi.")
    assert src is not None and src.country == "JPN" and src.sector != "GOV"


def test_sales_representatives_are_no_state(short):
    for e in current(events(short, "Sales representatives of the firm marched in Nairobi over unpaid commissions.")):
        assert e.source is None or e.source.sector != "GOV"


def test_the_house_of_representatives_is_untouched(short):
    evs = current(events(short, "The House of Representatives passed the budget bill on Friday."))
    assert all(e.source is None or e.source.sector != "GOV" or e.source.country in (None, "USA") for e in evs)
