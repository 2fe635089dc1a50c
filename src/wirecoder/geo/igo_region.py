"""The country field of an intergovernmental organisation: the code of the body it belongs to.

The Wikinews labelling guide writes an IGO's "country" as its own code ("UNO", "EUR", "NATO"; the African
Union "AFR"), not none. The actor base gives IGOs no country and a CAMEO code ("IGOUNO", "IGOWSTEEC" for
the EU, "IGOAFRAFU"); this step, run after the event's place is chosen (so no IGO code is ever taken for
a place), fills the country of a source or target whose CAMEO code is one of the four families below.
Other IGOs (regional blocs of one sub-region, Interpol, the G7) keep no country: the guide gives none.
"""

from __future__ import annotations

from dataclasses import replace

from ..article import Event, Participant

# CAMEO code prefix -> the guide's country field; longest prefix first.
_FAMILIES: tuple[tuple[str, str], ...] = (
    ("IGOWSTNAT", "NATO"),  # NATO (CAMEO files it under the West)
    ("IGOWSTEEC", "EUR"),  # the European Union and its organs
    ("IGOEUR", "EUR"),  # European bodies: the Commission, the Parliament, the OSCE
    ("IGOUNO", "UNO"),  # the United Nations and its agencies
    ("IGOAFR", "AFR"),  # the African Union and its organs
)


def igo_country(cameo: str | None) -> str | None:
    """The guide's country code for an IGO's CAMEO code ("IGOUNO" -> "UNO"); None for any other code."""
    code = (cameo or "").upper()
    for prefix, country in _FAMILIES:
        if code.startswith(prefix):
            return country
    return None


def _filled(p: Participant | None) -> Participant | None:
    if p is None or p.country or p.sector not in (None, "IGO"):
        return p
    country = igo_country(p.cameo)
    return p if country is None else replace(p, country=country, country_basis="stated")


def mark_igo_countries(event: Event) -> None:
    """Give an IGO source or target with no country its body's code ("the African Union" -> "AFR")."""
    event.source = _filled(event.source)
    event.target = _filled(event.target)
