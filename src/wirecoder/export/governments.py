"""The government in office in a country on a date, for ACLED's dated state-force names
("Military Forces of Pakistan (2022-2023)").

Periods come from the actor knowledge base's dated roles (curated entries only: they carry office
labels) and ``data/export/executive.yaml``, which says which office heads each government; that file
states the rules. A date with no known holder gives no period rather than a guessed one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from ..yamlfiles import data_path, read_yaml

# Offices that can head a government, for countries ``executive.yaml`` does not list.
EXECUTIVE_OFFICES = ("president", "prime minister", "premier", "chancellor", "king", "emir", "supreme leader")
_SAME_TENURE_DAYS = 7  # consecutive terms of one holder this close together are one government


@dataclass(frozen=True)
class Term:
    """One holder's continuous tenure of an office (``end`` exclusive; None while in office)."""

    holder: str
    office: str
    start: date
    end: date | None

    def holds_on(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


def _merged(terms: list[Term]) -> list[Term]:
    """Back-to-back terms of the same holder in the same office become one tenure."""
    out: list[Term] = []
    for term in sorted(terms, key=lambda t: (t.holder, t.office, t.start)):
        last = out[-1] if out else None
        if (
            last
            and (last.holder, last.office) == (term.holder, term.office)
            and last.end is not None
            and (term.start - last.end).days <= _SAME_TENURE_DAYS
        ):
            out[-1] = Term(last.holder, last.office, last.start, term.end)
        else:
            out.append(term)
    return out


@dataclass(frozen=True)
class _Tables:
    regimes: dict[str, list[Term]]  # roles with ``governs``, by ISO-3 country
    offices: dict[str, list[Term]]  # labelled government offices, by country
    in_government: dict[str, list[Term]]  # each holder's spans in any government role, by holder id


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    from ..actors.kb import load_kb

    kb = load_kb()
    regimes: dict[str, list[Term]] = {}
    offices: dict[str, list[Term]] = {}
    spans: dict[str, list[Term]] = {}
    for entry in kb.entries.values():
        if entry.id in kb.secondary_ids:
            continue
        for role in entry.roles:
            country = role.country or entry.country
            if not country or role.start is None or role.sector != "GOV":
                continue
            term = Term(entry.id, (role.role or "").strip().lower(), role.start, role.end)
            spans.setdefault(entry.id, []).append(Term(entry.id, "", role.start, role.end))
            if role.governs:
                regimes.setdefault(country, []).append(term)
            elif term.office:
                offices.setdefault(country, []).append(term)
    return _Tables(
        {k: _merged(v) for k, v in regimes.items()},
        {k: _merged(v) for k, v in offices.items()},
        {k: _merged(v) for k, v in spans.items()},
    )


@lru_cache(maxsize=1)
def _executive() -> dict[str, tuple[str, ...]]:
    table = read_yaml(data_path("export", "executive.yaml")) or {}
    return {str(k).upper(): tuple(str(o).lower() for o in v) for k, v in table.items()}


def _office_order(iso3: str, terms: list[Term]) -> tuple[str, ...]:
    listed = _executive().get(iso3)
    if listed is not None:
        return listed
    kinds = {t.office for t in terms if t.office in EXECUTIVE_OFFICES}
    return tuple(kinds) if len(kinds) == 1 else ()


def _in_office(terms: list[Term], day: date) -> Term | None:
    held = [t for t in terms if t.holds_on(day)]
    return max(held, key=lambda t: t.start) if held else None


def _continuous(term: Term, terms: list[Term]) -> Term:
    """``term`` reaching back through the same holder's earlier executive offices held without a break
    (a president who was prime minister just before has governed since then)."""
    start = term.start
    while True:
        before = [
            t
            for t in terms
            if t.holder == term.holder
            and t.office in EXECUTIVE_OFFICES
            and t.start < start
            and t.end is not None
            and 0 <= (start - t.end).days <= _SAME_TENURE_DAYS
        ]
        if not before:
            return Term(term.holder, term.office, start, term.end)
        start = min(t.start for t in before)


def government(iso3: str | None, day: date | None) -> Term | None:
    """The government of ``iso3`` on ``day``: the executive office's holder, or the ``governs`` regime
    when there is one and that holder came to power with it (or there is no holder)."""
    if not iso3 or day is None:
        return None
    tables = _tables()
    regime = _in_office(tables.regimes.get(iso3, []), day)
    terms = tables.offices.get(iso3, [])
    leader = None
    for office in _office_order(iso3, terms):
        leader = _in_office([t for t in terms if t.office == office], day)
        if leader:
            break
    if leader is not None:
        leader = _continuous(leader, terms)
    if regime is None or leader is None:
        return leader or regime
    # a holder in government since the regime's first week (a junta's chief, a movement's leader
    # taking a title) belongs to the regime's period; one who came later starts a period of their own
    spans = tables.in_government.get(leader.holder, [])
    with_regime = any(s.start <= regime.start + timedelta(days=_SAME_TENURE_DAYS) and s.holds_on(day) for s in spans)
    return regime if with_regime or leader.start <= regime.start else leader


def period(iso3: str | None, day: date | None) -> str:
    """ACLED's period suffix: " (2022-2023)" for a government that has ended, " (2022-)" for one in
    office; "" when the government on that day is not known."""
    term = government(iso3, day)
    if term is None:
        return ""
    if term.end is None:
        return f" ({term.start.year}-)"
    last_day = term.end - timedelta(days=1)  # ``end`` is exclusive
    return f" ({term.start.year}-{last_day.year})"
