"""The tally line that closes an incident note, as a cue for the act told before it: a note whose finding of
bodies ends on "2 fatalities." records a killing, though the sentence shows no mark of violence ("the bodies
of two men were recovered from a riverbed. 2 fatalities."); with no tally line, or a tally of none, a body
found is no event (a drowning, a missing person). Frames ask for it with ``tallied: true`` (verbs.yaml).

The tally line's shape: ``coding/tally_line.py`` (``data/lexicon/tally.yaml``).
"""

from __future__ import annotations

from typing import Any

from .numbers import lexicon, number_at
from .tally_line import is_tally_line


def _count(sent: Any) -> int:
    """The tally line's count ("2 fatalities.", "Fatalities: 3"): its first number, 0 when it has none."""
    lex = lexicon()
    for tok in sent:
        num = number_at(tok.doc, tok.i, sent.end, lex)
        if num is not None and num.value is not None:
            return int(num.value)
    return 0


def tallied_after(tok: Any) -> bool:
    """Whether the first tally line after the sentence of ``tok`` in its document counts one dead or more."""
    after = (s for s in tok.doc.sents if s.start > tok.i)
    line = next((s for s in after if is_tally_line(s.text)), None)
    return line is not None and _count(line) >= 1
