"""Round-33 whole news articles (lane wiki33): classes that recur across Wikinews-style articles.

- An order that someone be held is the detention, by whoever orders it ("a magistrate ordered the suspects kept in
  custody", "a judge ordered the reporters remanded in prison"): COERCE, no demand on the one held
  (combine/ordered_custody.py, lexicon ordered_custody). "Held" and "kept" need a cue of custody; an order that a
  vote be held or that something be returned stays as before.
- A party leaving the government it sits in ("withdrew from the governing coalition", "pulled out of the cabinet")
  gives up its posts, as "quit" does: CONCEDE; leaving a treaty or an alliance of states stays SANCTION.
- Promising that foes will pay a heavy price or pay dearly threatens them (THREATEN); a promise that someone will
  not pay one stays a promise.

Every sentence is composed for these tests; tests/data/news_articles_wiki33_r33*.yaml hold composed whole
articles, scored by `python scripts/score_news_articles.py FILE`.
"""

from __future__ import annotations

from composed import coder_on, current, of_type

events = coder_on("2026-10-20")


def types(short, text: str) -> list[str]:
    return sorted((e.plover or {}).get("type") for e in current(events(short, text)))


def test_judge_orders_reporters_remanded(short):
    evs = current(events(short, "A judge in Kano ordered the four reporters remanded in prison until the hearing."))
    assert [(e.plover or {}).get("type") for e in evs] == ["COERCE"]
    assert evs[0].source is not None and evs[0].source.country == "NGA"


def test_magistrate_orders_suspects_kept_in_custody(short):
    assert types(short, "A magistrate in Nairobi ordered the eleven suspects kept in police custody for ten days.") == [
        "COERCE"
    ]


def test_court_orders_pronoun_held_for_weeks(short):
    evs = current(events(short, "On Friday a court in Ankara ordered her held for three weeks."))
    coerced = of_type(evs, "COERCE")
    assert len(coerced) == 1 and not of_type(evs, "REQUEST")


def test_court_order_to_hold_a_vote_is_no_detention(short):
    assert "COERCE" not in types(short, "The supreme court ordered the referendum held before the end of the year.")


def test_court_order_to_return_papers_is_no_detention(short):
    assert "COERCE" not in types(short, "The court ordered the confiscated ledgers returned to the charity.")


def test_court_order_to_release_stays_a_demand(short):
    got = types(short, "The high court ordered the police to release the detained lawyer.")
    assert "REQUEST" in got


def test_party_leaves_governing_coalition(short):
    assert types(short, "The Liberal Party of Moldova withdrew from the governing coalition on Thursday.") == [
        "CONCEDE"
    ]


def test_ministers_pull_out_of_cabinet(short):
    assert types(short, "The ministers of the Kurdish bloc pulled out of the cabinet in protest.") == ["CONCEDE"]


def test_leaving_a_treaty_stays_sanction(short):
    assert types(short, "Mali withdrew from the regional defence treaty on Monday.") == ["SANCTION"]


def test_vow_that_foes_pay_heavy_price(short):
    assert types(short, "The police chief vowed that the bandits would pay a heavy price for the raid.") == ["THREATEN"]


def test_pledge_that_attackers_pay_dearly(short):
    assert types(short, "The governor of the province pledged that the gunmen will pay dearly.") == ["THREATEN"]


def test_promise_that_nobody_pays_heavy_price_is_no_threat(short):
    assert "THREATEN" not in types(
        short, "The finance minister promised that pensioners would not pay a heavy price for the reforms."
    )
