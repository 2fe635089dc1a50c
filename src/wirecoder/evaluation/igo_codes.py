"""The country an intergovernmental organisation is scored with: the code of the body it belongs to.

The Wikinews labelling guide writes an IGO's "country" as its own code ("UNO", "EUR", "NATO"; the African
Union "AFR"), not none. The event record keeps ISO 3166-1 alpha-3 or null in ``country`` (DESIGN.md: a
country-year table must never meet "NATO"), and an IGO's CAMEO code ("IGOUNO", "IGOWSTEEC" for the EU,
"IGOAFRAFU"); the wikinews-dev scorer reads the guide's code from that CAMEO code when a side has no
country. Other IGOs (regional blocs of one sub-region, Interpol, the G7) have none: the guide gives none.
"""

from __future__ import annotations

from ..article import Participant

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


def guide_country(p: Participant | None) -> str | None:
    """A side's country as the Wikinews guide writes it: its own, else its IGO body's code ("AFR")."""
    if p is None:
        return None
    if p.country or p.sector not in (None, "IGO"):
        return p.country
    return igo_country(p.cameo)
