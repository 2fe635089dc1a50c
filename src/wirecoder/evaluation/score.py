"""Scoring coded events against gold codings: alignment per sentence, P/R/F1 per field, confusion.

Both sides are ``GoldCoding`` tuples (source, target, CAMEO code, PLOVER type); our events are turned
into the same shape by ``event_coding``. Within one gold sentence, predicted events are aligned
one-to-one with gold codings so as to maximise agreement, PLOVER type first (then CAMEO root, source,
target); leftovers on either side are misses or spurious events. A field counts a true positive for
an aligned pair whose values agree; its precision divides by the predicted events that have a value
for it, its recall by the gold codings that have one. Details and caveats: docs/evaluation.md.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..article import Event, Participant
from .gold import GoldCoding, GoldItem
from .reliability import Reliability

# CAMEO primary role codes (CAMEO actor codebook): the chunk after the country that names the sector.
ROLE_CODES = frozenset(
    "GOV MIL REB OPP PTY COP JUD SPY MED EDU BUS CRM CVL LEG ELI HLH HRI LAB REF REL AGR UAF INS SEP "
    "MOD RAD IGO NGO ENV AMN".split()
)
# Leading codes that stand where a country stands in CAMEO actor codes.
NON_STATE_PREFIXES = frozenset({"IGO", "NGO", "IMG", "MNC", "NGM"})


def country(code: str | None) -> str | None:
    """Country level of a CAMEO actor code: its first three letters ("USAGOV" -> "USA", "---GOV" -> "---")."""
    if not code:
        return None
    return code[:3]


def country_sector(code: str | None) -> str | None:
    """Country + first role code: "USAGOVMIL" -> "USAGOV", "PSEGZACVL" -> "PSECVL", "IGOUNO" -> "IGO".

    Chunks that are not primary roles (regions like GZA, groups like HMS, religions) are skipped; IGO,
    NGO and IMG codes keep their prefix only (the organisation part is not a sector).
    """
    if not code:
        return None
    head = code[:3]
    if head in NON_STATE_PREFIXES:
        return head
    rest = code[3:]
    for i in range(0, len(rest) - 2, 3):
        chunk = rest[i : i + 3]
        if chunk in ROLE_CODES:
            return head + chunk
    return head


def participant_code(p: Participant | None) -> str | None:
    """A CAMEO actor code for one side of our event: its ``cameo`` or, failing that, country + sector."""
    if p is None:
        return None
    if p.cameo:
        return p.cameo.strip().upper() or None
    sector = (p.sector or "").upper()
    if p.country:
        return p.country.upper() + sector
    if sector in NON_STATE_PREFIXES:
        return sector
    if sector:
        return "---" + sector
    return None


def event_coding(event: Event) -> GoldCoding:
    """Our event in the neutral shape the gold readers produce."""
    code = (event.cameo or {}).get("code")
    ptype = (event.plover or {}).get("type")
    return GoldCoding(participant_code(event.source), participant_code(event.target), code or None, ptype or None)


Extract = Callable[[GoldCoding], Any]

FIELDS: dict[str, Extract] = {
    "plover": lambda c: c.plover,
    "cameo_root": lambda c: c.cameo[:2] if c.cameo else None,
    "cameo": lambda c: c.cameo,
    "source": lambda c: country_sector(c.source),
    "target": lambda c: country_sector(c.target),
    "source_country": lambda c: country(c.source),
    "target_country": lambda c: country(c.target),
    "event": lambda c: (c.plover, country_sector(c.source), country_sector(c.target)) if c.plover else None,
}
FIELD_LABELS = {
    "plover": "PLOVER type",
    "cameo_root": "CAMEO root",
    "cameo": "CAMEO code",
    "source": "source (country+sector)",
    "target": "target (country+sector)",
    "source_country": "source country",
    "target_country": "target country",
    "event": "whole event (type+source+target)",
}


def field_match(name: str, gold: GoldCoding, pred: GoldCoding) -> bool:
    """Do ``gold`` and ``pred`` agree on field ``name``? (A gold event without a target accepts any target.)"""
    g, p = FIELDS[name](gold), FIELDS[name](pred)
    if g is None:
        return False
    if name == "event":
        return p is not None and g[0] == p[0] and g[1] == p[1] and (g[2] is None or g[2] == p[2])
    return bool(g == p)


def reproduced(gold: GoldCoding, pred: GoldCoding) -> bool:
    """PETRARCH's own test: same CAMEO code and the same full source and target codes."""
    return gold.cameo == pred.cameo and gold.source == pred.source and gold.target == pred.target


def _pair_score(gold: GoldCoding, pred: GoldCoding) -> int:
    score = 0
    if gold.plover and gold.plover == pred.plover:
        score += 16
    if gold.cameo and pred.cameo and gold.cameo[:2] == pred.cameo[:2]:
        score += 8
    if gold.cameo and gold.cameo == pred.cameo:
        score += 4
    if field_match("source", gold, pred):
        score += 2
    if field_match("target", gold, pred):
        score += 1
    return score


def align(gold: Sequence[GoldCoding], pred: Sequence[GoldCoding]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index) maximising agreement; type agreement first.

    Exact search when the smaller side has at most 6 items (gold sentences are short), greedy beyond.
    """
    if not gold or not pred:
        return []
    scores = [[_pair_score(g, p) for p in pred] for g in gold]
    n, m = len(gold), len(pred)
    if min(n, m) <= 6 and max(n, m) <= 8:
        best: tuple[int, list[tuple[int, int]]] = (-1, [])
        if n <= m:
            for perm in itertools.permutations(range(m), n):
                total = sum(scores[i][j] for i, j in enumerate(perm))
                if total > best[0]:
                    best = (total, list(enumerate(perm)))
        else:
            for perm in itertools.permutations(range(n), m):
                total = sum(scores[i][j] for j, i in enumerate(perm))
                if total > best[0]:
                    best = (total, [(i, j) for j, i in enumerate(perm)])
        return sorted(best[1])
    pairs: list[tuple[int, int]] = []
    used_g: set[int] = set()
    used_p: set[int] = set()
    for s, i, j in sorted(
        ((scores[i][j], i, j) for i in range(n) for j in range(m)), key=lambda t: (-t[0], t[1], t[2])
    ):
        if i not in used_g and j not in used_p:
            pairs.append((i, j))
            used_g.add(i)
            used_p.add(j)
    return sorted(pairs)


@dataclass
class FieldScore:
    """Counts of one field; precision, recall and F1 from them (None when undefined)."""

    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0

    @property
    def precision(self) -> float | None:
        """None when nothing was predicted, or when the gold set never gives this field (no CAMEO in the GSR)."""
        return self.tp / self.n_pred if self.n_pred and self.n_gold else None

    @property
    def recall(self) -> float | None:
        return self.tp / self.n_gold if self.n_gold else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        r = lambda v: None if v is None else round(v, 4)  # noqa: E731
        return {
            "precision": r(self.precision),
            "recall": r(self.recall),
            "f1": r(self.f1),
            "tp": self.tp,
            "predicted": self.n_pred,
            "gold": self.n_gold,
        }


@dataclass
class SetScore:
    """The scores of one gold set."""

    name: str
    format: str
    path: str = ""
    items: int = 0
    codings: int = 0
    expect_none: int = 0
    fields: dict[str, FieldScore] = field(default_factory=lambda: {k: FieldScore() for k in FIELDS})
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    reproduced: int = (
        0  # PETRARCH sets: codings reproduced exactly (CAMEO code, source, target) + no-event records kept empty
    )
    rejected: int = 0  # sentences the pipeline refused (an InputError)
    crashed: list[str] = field(default_factory=list)  # "id: crashed: Error: message" for sentences a stage failed on
    errors: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0
    reliability: Reliability = field(default_factory=Reliability)  # confidence vs PLOVER type right

    @property
    def expected(self) -> int:
        """What ``reproduced`` is out of: gold codings plus records that expect no event."""
        return self.codings + self.expect_none

    def add(self, item: GoldItem, predicted: Sequence[GoldCoding], keep_errors: bool = True) -> None:
        """Score one gold sentence against our codings of it."""
        self.items += 1
        self.codings += len(item.codings)
        self.expect_none += int(item.expect_none)
        pairs = align(item.codings, predicted)
        for name, extract in FIELDS.items():
            fs = self.fields[name]
            fs.n_gold += sum(extract(g) is not None for g in item.codings)
            fs.n_pred += sum(extract(p) is not None for p in predicted)
            fs.tp += sum(field_match(name, item.codings[i], predicted[j]) for i, j in pairs)
        paired_g = {i for i, _ in pairs}
        paired_p = {j for _, j in pairs}
        for i, j in pairs:
            self.confusion[(item.codings[i].plover or "(other)", predicted[j].plover or "(other)")] += 1
        for i, g in enumerate(item.codings):
            if i not in paired_g:
                self.confusion[(g.plover or "(other)", "(none)")] += 1
        for j, p in enumerate(predicted):
            if j not in paired_p:
                self.confusion[("(none)", p.plover or "(other)")] += 1
        hits = sum(reproduced(item.codings[i], predicted[j]) for i, j in pairs)
        if item.expect_none and not predicted:
            hits += 1
        self.reproduced += hits
        # an event is right when its type and actors agree, or (a code outside CAMEO, no PLOVER type)
        # when it is reproduced exactly
        whole = sum(
            field_match("event", item.codings[i], predicted[j]) or reproduced(item.codings[i], predicted[j])
            for i, j in pairs
        )
        wrong = whole < len(item.codings) or len(predicted) > whole or (item.expect_none and predicted)
        if keep_errors and wrong:
            self.errors.append(
                {
                    "id": item.id,
                    "text": item.text,
                    "expect_none": item.expect_none,
                    "gold": [g._asdict() for g in item.codings],
                    "predicted": [p._asdict() for p in predicted],
                }
            )

    def metrics(self) -> dict[str, float]:
        """Flat ``{"<field>.<p|r|f1>": value}`` of the defined scores, plus ``reproduced`` (a fraction)."""
        out: dict[str, float] = {}
        for name, fs in self.fields.items():
            for key, value in (("p", fs.precision), ("r", fs.recall), ("f1", fs.f1)):
                if value is not None:
                    out[f"{name}.{key}"] = value
        if self.expected and self.format.startswith("petr"):
            out["reproduced"] = self.reproduced / self.expected
        return out

    def as_dict(self, with_errors: bool = False) -> dict[str, Any]:
        d: dict[str, Any] = {
            "name": self.name,
            "format": self.format,
            "path": self.path,
            "sentences": self.items,
            "codings": self.codings,
            "expect_none": self.expect_none,
            "rejected": self.rejected,
            "crashed": self.crashed,
            "reproduced": self.reproduced,
            "reproducible": self.expected,
            "seconds": round(self.seconds, 2),
            "fields": {k: v.as_dict() for k, v in self.fields.items()},
            "metrics": {k: round(v, 4) for k, v in self.metrics().items()},
            "confusion": [{"gold": g, "predicted": p, "count": n} for (g, p), n in sorted(self.confusion.items())],
            "reliability": self.reliability.as_dict(),
        }
        if with_errors:
            d["errors"] = self.errors
        return d
