"""wirecoder: offline, evidence-linked political and conflict event coding from news articles.

>>> import wirecoder
>>> result = wirecoder.code_text("...", published="2023-01-04")   # doctest: +SKIP
"""

from __future__ import annotations

import logging

from .api import code_text
from .article import SCHEMA_VERSION, Actor, Article, Event, Mention, Participant, Quantity, Quote
from .errors import InputError, WirecoderError
from .pipeline import Pipeline
from .settings import Settings
from .stage import Stage
from .version import __version__

__all__ = [
    "Actor",
    "Article",
    "Event",
    "InputError",
    "Mention",
    "Participant",
    "Pipeline",
    "Quantity",
    "Quote",
    "SCHEMA_VERSION",
    "Settings",
    "Stage",
    "WirecoderError",
    "__version__",
    "code_text",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
