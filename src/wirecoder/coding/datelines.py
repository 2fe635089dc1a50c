"""The date that opens a summary before a colon ("07/23/1999: ELN rebels kidnapped ..."): the parser may make it
a second subject of the verb, which is no actor; the verb's other subject is its doer."""

from __future__ import annotations

from typing import Any


def dateline_date(tok: Any) -> bool:
    """A token with digits opening its sentence right before a colon ("07/23/1999:", "2019-06-12:")."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.i == tok.sent.start and nxt is not None and nxt.text == ":" and any(ch.isdigit() for ch in tok.text)
