"""Figures: two claims of one key (subject, kind, and attribute, benchmark or scope) whose intervals do not meet."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from ..records import Conflict
from .base import Checker
from .positions import Position, article_pairs, disagreeing, interval, rounded

FIGURE_KINDS = ("parameter_count", "benchmark", "measure")
BINARY = {"K": 1024 / 1000, "k": 1024 / 1000, "M": 1024**2 / 1000**2}


class FigureCheck(Checker):
    def positions(self, claims: Iterable) -> dict[tuple, list[Position]]:
        """The figure claims grouped by key, and within a key by what they state."""
        grouped: dict[tuple, dict[tuple, list]] = defaultdict(lambda: defaultdict(list))
        for claim in claims:
            if claim.kind == "measure" and claim.attribute == "other":
                continue
            grouped[self.key(claim)][self.intervals(claim)].append(claim)
        return {key: [Position(i, tuple(c)) for i, c in sorted(ps.items())] for key, ps in grouped.items()}

    def key(self, claim) -> tuple:
        unit = claim.unit if claim.kind == "measure" else None  # FLOP and GPU-hours, USD and EUR: never compared
        return (self.subject(claim.subject), claim.kind, detail(claim).lower(), unit)

    def intervals(self, claim) -> tuple[tuple[float, float], ...]:
        base = self.interval(claim)
        readings = [base]
        if getattr(claim, "attribute", None) == "context_window":
            suffix = re.search(r"\d\s?([A-Za-z])\b", claim.text)
            if suffix and suffix.group(1) in self.settings.binary_suffixes and suffix.group(1) in BINARY:
                factor = BINARY[suffix.group(1)]
                readings.append((base[0] * factor, base[1] * factor))
        return tuple((rounded(lo), rounded(hi)) for lo, hi in readings)

    def interval(self, claim) -> tuple[float, float]:
        tolerance = self.settings.approximate_tolerance
        return interval(claim.value, claim.low, claim.high, claim.qualifier, claim.resolution, tolerance)

    def conflicts(self, figures: dict[tuple, list[Position]], involving) -> Iterable[Conflict]:
        for key, positions in figures.items():
            for a, b in disagreeing(positions):
                for x, y in article_pairs(a, b, involving):
                    key_text = _key_text(key, x.first)
                    yield self.conflict("figure", key[0], key_text, x, y, _explanation(key, x, y))


def by_attribute(figures: dict[tuple, list[Position]]) -> dict[tuple, list[Position]]:
    """Positions keyed by subject, kind and detail: what a comparison in words looks up."""
    index: dict[tuple, list[Position]] = defaultdict(list)
    for key, positions in figures.items():
        index[key[:3]] += positions
    return index


def detail(claim) -> str:
    """What a figure is of, within its subject and kind: `total`, `MMLU`, `price_per_million_tokens (input)`;
    prices of input and output tokens are never compared."""
    if claim.kind == "parameter_count":
        return claim.scope
    if claim.kind == "benchmark":
        return claim.benchmark
    return f"{claim.attribute} ({claim.tokens})" if claim.tokens else claim.attribute


def _key_text(key: tuple, claim) -> str:
    """`GLM-5.2 · parameter_count · total`, `GLM-5.2 · measure · training_cost · USD`: units where they part keys."""
    subject, kind, _, unit = key
    shown_unit = unit if unit and unit != unit.lower() else None
    return " · ".join(p for p in (subject, kind, detail(claim), shown_unit) if p)


def _explanation(key, a: Position, b: Position) -> str:
    subject, kind, what_detail, _ = key
    if kind == "parameter_count":
        what = f"{what_detail} parameters"
    elif kind == "benchmark":
        what = f"on {a.first.benchmark}"
    else:
        what = what_detail.replace("_", " ")
    apart = _percent_apart(a, b)
    qualifiers = {_qualifier_text(a.first.qualifier), _qualifier_text(b.first.qualifier)}
    stated = (
        f"both stated as {qualifiers.pop()}"
        if len(qualifiers) == 1
        else "stated as " + " and ".join(sorted(qualifiers))
    )
    line = f"{a.first.text} vs {b.first.text} {what} for {subject}: {apart}, {stated}"
    return line + _reported(a, b)


def _percent_apart(a: Position, b: Position) -> str:
    values = sorted(abs(p.first.value) for p in (a, b))
    if not values[1]:
        return "apart"
    return f"{(values[1] - values[0]) / values[1]:.0%} apart"


def _qualifier_text(qualifier: str) -> str:
    return {"at_least": "a lower bound", "at_most": "an upper bound", "range": "a range"}.get(qualifier, qualifier)


def _reported(a: Position, b: Position) -> str:
    """Fact-checkers weigh a lab's own figure differently from an outside one: say which is which."""
    own = [p for p in (a, b) if any(getattr(c, "self_reported", False) for c in p.claims)]
    if len(own) != 1:
        return ""
    mine = own[0]
    asserter = next(c.asserted_by for c in mine.claims if getattr(c, "self_reported", False))
    return f"; {mine.first.text} is self-reported by {asserter}, the other independent"
