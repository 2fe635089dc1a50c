"""Does ``confidence`` mean something? Precision of events per confidence band, and the calibration error.

An event is "right" when the set's rule says so (wikinews-dev and the sentence sets: its PLOVER type is
among its sentence's gold types). The expected calibration error (ECE) is the share-weighted gap between
each band's precision and the band's midpoint, over ten bands of width 0.1 (the wikinews-dev README).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

BANDS = 10
THRESHOLDS = (0.5, 0.7, 0.9)


def band_of(confidence: float) -> int:
    """The band index 0..9 of a confidence (1.0 falls in the top band)."""
    return min(BANDS - 1, max(0, int(confidence * BANDS + 1e-9)))


@dataclass
class Reliability:
    """(confidence, right) of every scored event; bands, ECE and a printable table from them."""

    pairs: list[tuple[float, bool]] = field(default_factory=list)

    def add(self, confidence: float | None, right: bool) -> None:
        self.pairs.append((float(confidence if confidence is not None else 0.0), bool(right)))

    def bands(self) -> list[dict[str, Any]]:
        """One row per band: its range, events, right ones, precision and mean confidence."""
        rows: list[dict[str, Any]] = []
        for b in range(BANDS):
            inside = [(c, r) for c, r in self.pairs if band_of(c) == b]
            n = len(inside)
            right = sum(r for _, r in inside)
            rows.append(
                {
                    "band": f"{b / BANDS:.1f}-{(b + 1) / BANDS:.1f}",
                    "events": n,
                    "right": right,
                    "precision": round(right / n, 4) if n else None,
                    "mean_confidence": round(sum(c for c, _ in inside) / n, 4) if n else None,
                }
            )
        return rows

    def ece(self) -> float | None:
        """Sum over bands of (events in band / all events) x |precision - band midpoint|; None without events."""
        return expected_calibration_error(self.pairs)

    def at_threshold(self, threshold: float) -> tuple[int, int]:
        """Events with confidence >= ``threshold`` and how many of them are right."""
        kept = [r for c, r in self.pairs if c + 1e-9 >= threshold]
        return len(kept), sum(kept)

    def lines(self) -> list[str]:
        ece = self.ece()
        out = [
            f"  confidence reliability ({len(self.pairs)} events; right = PLOVER type among the sentence's gold types;"
            f" ECE {'-' if ece is None else f'{ece:.3f}'})",
            "    band       events  right  precision  mean conf",
        ]
        for row in self.bands():
            if not row["events"]:
                continue
            out.append(
                f"    {row['band']:<9}  {row['events']:6d}  {row['right']:5d}  {row['precision']:9.2f}"
                f"  {row['mean_confidence']:9.2f}"
            )
        kept = []
        for t in THRESHOLDS:
            n, right = self.at_threshold(t)
            kept.append(f">= {t}: {n} events, precision {right / n:.2f}" if n else f">= {t}: no events")
        out.append("    kept at confidence " + "; ".join(kept))
        return out

    def as_dict(self) -> dict[str, Any]:
        ece = self.ece()
        return {"events": len(self.pairs), "ece": None if ece is None else round(ece, 4), "bands": self.bands()}


def expected_calibration_error(pairs: list[tuple[float, bool]]) -> float | None:
    """ECE over ten bands with band midpoints as the stated confidence (see the module docstring)."""
    if not pairs:
        return None
    total = 0.0
    for b in range(BANDS):
        inside = [r for c, r in pairs if band_of(c) == b]
        if inside:
            total += len(inside) / len(pairs) * abs(sum(inside) / len(inside) - (b + 0.5) / BANDS)
    return total
