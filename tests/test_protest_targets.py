"""Force used on people protesting is a protest event in ACLED's terms, whatever the protesters' trade:
"protesting teachers", "striking nurses", "demonstrators" count as protesters for the ACLED rules (the
record keeps their own sector). Composed sentences, other countries, and force on people not protesting."""

from __future__ import annotations

import pytest

from wirecoder.article import Article


def _acled(short, text: str) -> list[tuple[str | None, str | None]]:
    art = short(Article(raw=text, source="t", published="2024-05-10"))
    return [((e.acled or {}).get("event_type"), (e.acled or {}).get("sub_event_type")) for e in art.events]


@pytest.mark.parametrize(
    "text, sub",
    [
        ("Riot police fired tear gas at demonstrators in Lagos on Saturday.", "Protest with intervention"),
        (
            "Police arrested dozens of striking nurses outside the health ministry in Nairobi.",
            "Protest with intervention",
        ),
        (
            "Police opened fire on protesting farmers near Multan, wounding 12 of them.",
            "Excessive force against protesters",
        ),
        ("Soldiers shot dead three marchers in Mandalay on Sunday.", "Excessive force against protesters"),
    ],
)
def test_force_on_people_protesting_is_a_protest_event(short, text, sub):
    assert ("Protests", sub) in _acled(short, text)


@pytest.mark.parametrize(
    "text",
    [
        "Police fired tear gas at looters in the market in Durban.",
        "Police arrested three teachers accused of fraud in Peshawar.",
    ],
)
def test_force_on_people_not_protesting_is_no_protest_event(short, text):
    assert not any(kind == "Protests" for kind, _ in _acled(short, text))
