"""Ratios and differences stated in words, against the figures they compare and against each other."""

from __future__ import annotations

import itertools
import math
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence

from ..records import WITNESSES_SHOWN, Claim, Comparison, Conflict
from .base import Checker, witnessed
from .confidence import attribution, phrase
from .positions import (
    Position,
    article_pairs,
    disagreeing,
    fingerprints,
    interval,
    joined,
    meets,
    representative,
    rounded,
)

# what a ratio of parameters compares: all of them, or the active part
PARAMETER_SCOPES = {"parameters": ("parameter_count", "total"), "active_parameters": ("parameter_count", "active")}


class DerivedCheck(Checker):
    def conflicts(
        self, comparisons: Sequence[Comparison], figures: dict[tuple, list[Position]], involving
    ) -> Iterable[Conflict]:
        """`figures` are keyed by subject, kind and detail, units aside."""
        return _one_per_id(self._all_conflicts(comparisons, figures, involving))

    def _all_conflicts(self, comparisons, figures, involving) -> Iterator[Conflict]:
        ratios: dict[tuple, list[Comparison]] = defaultdict(list)
        for claim in comparisons:
            if claim.relation == "ratio":
                ratios[self.ratio_key(claim)].append(claim)
                yield from self._ratio_against_figures(claim, figures)
            else:
                yield from self._difference_against_figures(claim, figures)
        for (subject, attribute), claims in ratios.items():
            positions = self._ratio_positions(claims)
            for a, b in disagreeing(positions):
                for x, y in article_pairs(a, b, involving):
                    if _compatible(x.first.other, y.first.other) and _across_or_sure(x, y):
                        explanation = (
                            f"{x.first.text} vs {y.first.text} for {subject}'s {attribute.replace('_', ' ')} "
                            f"relative to {x.first.other_text or x.first.other or 'others'}"
                        )
                        key = f"{subject} · ratio · {attribute}"
                        yield self.conflict("derived", subject, key, x, y, explanation, sureness=_ratio_sureness(x, y))

    def ratio_key(self, claim: Comparison) -> tuple[str, str]:
        return self.subject(claim.subject), claim.attribute

    @staticmethod
    def compared_detail(claim: Comparison) -> tuple[str, str]:
        """The kind and detail of the figures a comparison compares."""
        if claim.relation == "difference":
            return "benchmark", (claim.benchmark or "").lower()
        return PARAMETER_SCOPES.get(claim.attribute) or ("measure", claim.attribute)

    def _interval(self, claim: Comparison) -> tuple[float, float]:
        tolerance = self.settings.approximate_tolerance
        return interval(claim.value, claim.low, claim.high, claim.qualifier, claim.resolution, tolerance)

    def _ratio_positions(self, claims: list[Comparison]) -> list[Position]:
        grouped: dict[tuple, list[Comparison]] = defaultdict(list)
        for claim in claims:
            grouped[(self._ratio_interval(claim),)].append(claim)
        return [Position(i, tuple(c)) for i, c in sorted(grouped.items())]

    def _ratio_interval(self, claim: Comparison) -> tuple[float, float]:
        lo, hi = self._interval(claim)
        loose = self.settings.ratio_tolerance
        return rounded(min(lo, claim.value * (1 - loose))), rounded(max(hi, claim.value * (1 + loose)))

    def _compared(self, claim: Comparison, name: str, figures) -> list[Position]:
        """The positions on what a comparison compares, its own article's first."""
        positions = _plain(figures.get((self.subject(name), *self.compared_detail(claim)), []))
        own = [p for p in positions if claim.source.path in p.articles]
        return own or positions

    def _ratio_against_figures(self, claim: Comparison, figures) -> Iterable[Conflict]:
        """'a 5x longer context window than GPT-4o' against the two windows the corpus gives."""
        if claim.other is None:
            return
        stated = self._ratio_interval(claim)
        mine, theirs = self._compared(claim, claim.subject, figures), self._compared(claim, claim.other, figures)
        for a, b in itertools.product(mine, theirs):
            if not _one_unit(a, b):
                continue
            actual = _ratio(a.intervals[0], b.intervals[0])
            if actual is None or meets(stated, actual):
                continue
            subject = self.subject(claim.subject)
            measured = f"{a.first.text} vs {b.first.text} is {_ratio_text(a, b)}"
            explanation = (
                f"'{claim.text}' {claim.attribute.replace('_', ' ')} of {subject} vs {claim.other}, but {measured}"
            )
            key = f"{subject} · ratio · {claim.attribute}"
            yield self._against_figures(subject, key, claim, stated, a, b, explanation)

    def _difference_against_figures(self, claim: Comparison, figures) -> Iterable[Conflict]:
        """'within two points of Claude Opus 4.8's 85.0' against the two scores it compares."""
        if claim.other is None or claim.benchmark is None:
            return
        stated = self._interval(claim)
        key = lambda name: (self.subject(name), *self.compared_detail(claim))  # noqa: E731
        same_article = lambda ps: [p for p in _plain(ps) if claim.source.path in p.articles]  # noqa: E731
        for a, b in itertools.product(
            same_article(figures.get(key(claim.subject), [])), same_article(figures.get(key(claim.other), []))
        ):
            gap = a.gap(b)
            if gap <= stated[1]:
                continue
            subject = self.subject(claim.subject)
            explanation = f"'{claim.text}' of {claim.other}, but {a.first.text} vs {b.first.text} is {gap:g} apart"
            key_text = f"{subject} · difference · {claim.benchmark}"
            yield self._against_figures(subject, key_text, claim, stated, a, b, explanation)

    def _against_figures(self, subject, key, claim: Comparison, stated, a: Position, b: Position, explanation):
        """A ratio or difference in words on one side; on the other, the two figures it compares."""
        x, y = representative(a, claim.source.path), representative(b, claim.source.path)
        stated_position = Position((stated,), (claim,))
        confidence, why = attribution([stated_position, x, y])
        return Conflict(
            **fingerprints("derived", key, stated_position, joined(x, y), lambda p: repr(p.intervals)),
            kind="derived",
            subject=subject,
            key=key,
            severity=self.severity(stated_position, Position(((*_ratio_bounds(x, y),),), ()), None),
            confidence=confidence,
            explanation=f"{explanation}; {phrase(confidence, why)}",
            sides=[[0], [1, 2]],
            claims=[claim, x.first, y.first],
            **witnessed([], [x, y]),
        )


def _plain(positions: list[Position]) -> list[Position]:
    """The positions stated without a setup: `93.8% when using its Deep Think mode` is not the score a comparison
    that says nothing of a setup compares."""
    return [p for p in positions if any(getattr(c, "setup", None) is None for c in p.claims)]


def _one_unit(a: Position, b: Position) -> bool:
    """Are two figures in one unit, so that one divided by the other is a ratio? FLOP against GPU-hours, or
    dollars against euros, is no ratio a comparison in words can state."""
    return getattr(a.first, "unit", None) == getattr(b.first, "unit", None)


def _ratio(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float] | None:
    if b[0] <= 0 or not all(math.isfinite(v) for v in (*a, *b)):
        return None
    return a[0] / b[1], a[1] / b[0]


def _ratio_bounds(a: Position, b: Position) -> tuple[float, float]:
    return _ratio(a.intervals[0], b.intervals[0]) or (0.0, 0.0)


def _ratio_text(a: Position, b: Position) -> str:
    ratio = a.first.value / b.first.value if b.first.value else math.inf
    return f"{ratio:.3g}x" if ratio >= 1 else f"1/{1 / ratio:.3g}"


def _across_or_sure(x: Position, y: Position) -> bool:
    """Two ratios of one article disagree only where both are attributed surely, and never two set in one
    sentence: more often they compare different things the records do not tell apart (`11.5x cheaper on input
    and 34.5x cheaper on output`)."""
    if x.first.source.path != y.first.source.path:
        return True
    one_sentence = bool({c.sentence for c in x.claims} & {c.sentence for c in y.claims})
    return not one_sentence and x.surest.confidence == y.surest.confidence == "high"


def _ratio_sureness(x: Position, y: Position) -> tuple[str, str]:
    """Two ratios' conflict is as sure as the weaker side's attribution, but no surer than medium where a ratio
    names nothing it is compared with (`at 1/5 the cost`, `three times higher than its predecessor`, `a 15x
    jump`): it is more often against another model, price or setup than the other ratio's than against the same
    (`1.5x more expensive than GPT-4.1`), so a build should not fail on it."""
    confidence, why = attribution([x, y])
    unnamed = next((p.first.text for p in (x, y) if p.first.other is None), None)
    if unnamed is not None and confidence == "high":
        return "medium", f"{unnamed} names nothing it is compared with"
    return confidence, why


def _compatible(a: str | None, b: str | None) -> bool:
    """Two ratios compare like with like when they name the same other side, or one names none."""
    return a is None or b is None or a == b


def _one_per_id(conflicts: Iterable[Conflict]) -> Iterator[Conflict]:
    """An article stating one ratio again and again contradicts its figures once: each repeat, which would be
    the same conflict (the same `id`), is a witness of the first."""
    first: dict[str, Conflict] = {}
    repeats: dict[str, list[Claim]] = defaultdict(list)
    for conflict in conflicts:
        if conflict.id in first:
            repeats[conflict.id].append(conflict.claims[0])
        else:
            first[conflict.id] = conflict
    for id_, conflict in first.items():
        if repeats[id_]:
            shown = [*conflict.witnesses[0], *repeats[id_]]
            witnesses = [shown[:WITNESSES_SHOWN], *conflict.witnesses[1:]]
            more = [conflict.more_witnesses[0] + max(0, len(shown) - WITNESSES_SHOWN), *conflict.more_witnesses[1:]]
            conflict = conflict.model_copy(update={"witnesses": witnesses, "more_witnesses": more})
        yield conflict
