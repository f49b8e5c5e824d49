"""What every kind of cross-check shares: the settings, canonical subjects, and the conflict record."""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable

from ..records import WITNESSES_SHOWN, Conflict
from ..ruleset import ConflictRules
from .confidence import attribution, phrase
from .positions import Position, fingerprints


def witnessed(*sides: list[Position]) -> dict:
    """A conflict's `witnesses` and `more_witnesses`: per side, the claims after the first of the positions it
    stands on, listed up to `WITNESSES_SHOWN` and counted beyond, in time independent of how many there are."""
    others = [[itertools.islice(p.claims, 1, None) for p in side] for side in sides]
    shown = [list(itertools.islice(itertools.chain.from_iterable(side), WITNESSES_SHOWN)) for side in others]
    counts = [sum(len(p.claims) - 1 for p in side) for side in sides]
    return {"witnesses": shown, "more_witnesses": [n - len(s) for n, s in zip(counts, shown, strict=True)]}


def stated_intervals(position: Position) -> str:
    return repr(position.intervals)


class Checker:
    """One kind of cross-check, over the settings of `conflicts.yaml`."""

    def __init__(self, settings: ConflictRules):
        self.settings = settings

    def subject(self, name: str) -> str:
        return self.settings.merge.get(name, name)

    def conflict(
        self,
        kind,
        subject,
        key,
        a: Position,
        b: Position,
        explanation,
        days=None,
        stated: Callable[[Position], str] = stated_intervals,
        sureness: tuple[str, str] | None = None,
        severity: str | None = None,
    ) -> Conflict:
        """One article's claim against another's (or the same one's), with what else each article says alike.

        `sureness` is the conflict's confidence and why, by default that of the weaker side's attribution;
        the explanation ends with it."""
        confidence, why = sureness or attribution([a, b])
        return Conflict(
            **fingerprints(kind, key, a, b, stated),
            kind=kind,
            subject=subject,
            key=key,
            severity=severity or self.severity(a, b, days),
            confidence=confidence,
            explanation=f"{explanation}; {phrase(confidence, why)}",
            sides=[[0], [1]],
            claims=[a.first, b.first],
            **witnessed([a], [b]),
        )

    def severity(self, a: Position, b: Position, days: int | None) -> str:
        if days is not None:
            gap, limits = days, self.settings.severity_days
        elif a.first.kind == "quote":
            return "high" if a.first.speaker != b.first.speaker else "medium"
        else:
            scale = max(abs(v) for p in (a, b) for i in p.intervals for v in i if math.isfinite(v)) or 1.0
            gap, limits = a.gap(b) / scale, self.settings.severity
        return "high" if gap >= limits["high"] else "medium" if gap >= limits["medium"] else "low"
