"""Analysis of stored events: dyad time series, escalation alerts, actor networks, counts.

Each function takes a ``Store`` and returns JSON-ready dicts; the CLI (``wirecoder stats``) and the
REST API are thin layers over them. Negated and hypothetical events ("did not attack", "could
strike") are left out of series, alerts and networks: they are kept in the store and in exports.
"""

from __future__ import annotations

from .aggregate import aggregate, aggregate_dimensions
from .alerts import alerts
from .network import network
from .series import dyad_series, period_of, periods_between
from .stats import stats

__all__ = [
    "aggregate",
    "aggregate_dimensions",
    "alerts",
    "dyad_series",
    "network",
    "period_of",
    "periods_between",
    "stats",
]
