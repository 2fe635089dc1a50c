"""A noun's head phrase through the compounds of its compounds.

The parser often hangs the first word of a three-word name on the second ("water purification equipment":
"water" on "purification", "purification" on "equipment"; "military transport helicopters"), so the one-level
head phrase of coding/frames.phrase reads only "purification equipment". A frame's many-word item matches the
chained phrase too.
"""

from __future__ import annotations

from typing import Any

Token = Any

_MODIFIERS = frozenset({"compound", "amod", "nmod"})


def chained_phrase(tok: Token) -> str:
    """The token's modifiers before it, a compound with its own compounds, then the token, in lowercase."""
    words = [chained_phrase(c) if c.dep_ == "compound" else c.lower_ for c in tok.lefts if c.dep_ in _MODIFIERS]
    return " ".join(words + [tok.lower_])
