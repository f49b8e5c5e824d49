"""A fact sheet per model: for each attribute, the figures the corpus states, how many articles state each,
whether they agree, and the claims behind each figure.

`fact_sheets(claims, conflicts, models=())` is the API: the terminal, Markdown, JSON and CSV views and the HTML
report all read the `FactSheet`s it returns. A row is one attribute of one model (a benchmark with its setup, a
price with its tokens); its figures are grouped by how they are written, so `1M` and `1,000,000` tokens are one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

from ..records import Benchmark, ClaimBase, Comparison, Conflict, Event, Measure, NumberClaim, ParameterCount, sort_key
from .values import shown, shown_date, shown_value

Agreement = Literal["single", "agree", "spread", "conflict"]
ATTRIBUTE_ORDER = (
    "parameters",
    "active_parameters",
    "context_window",
    "benchmark",
    "training_cost",
    "training_compute",
    "training_tokens",
    "price_per_million_tokens",
    "chips",
    "release_date",
)
ATTRIBUTE_NAMES = {
    "parameters": "Parameters",
    "active_parameters": "Active parameters",  # a ratio's: "half the active parameters of X"
    "context_window": "Context window",
    "benchmark": "Benchmark",
    "training_cost": "Training cost",
    "training_compute": "Training compute",
    "training_tokens": "Training tokens",
    "price_per_million_tokens": "Price per 1M tokens",
    "chips": "Chips",
    "release_date": "Release date",
}


@dataclass(frozen=True)
class Figure:
    """One figure as written, the articles that state it and their claims; `conflicted` when a conflict names
    one of these claims."""

    shown: str
    low: float | None  # the interval the wording admits (a date as its day number); None where open
    high: float | None
    claims: tuple[ClaimBase, ...]
    conflicted: bool

    @property
    def articles(self) -> int:
        return len({claim.source.path for claim in self.claims})


@dataclass(frozen=True)
class SheetRow:
    """One attribute of a model: `attribute` (a key of ATTRIBUTE_NAMES), `label` as a person reads it
    (`Benchmark: MMLU (5-shot)`), the figures most-stated first, and whether they agree."""

    attribute: str
    label: str
    figures: tuple[Figure, ...]
    agreement: Agreement
    consensus: str | None  # the interval all figures admit, where they meet: `1M tokens`, `$2–$2.50`

    @property
    def articles(self) -> int:
        return len({claim.source.path for figure in self.figures for claim in figure.claims})


@dataclass(frozen=True)
class FactSheet:
    model: str
    rows: tuple[SheetRow, ...]


def fact_sheets(
    claims: Iterable[ClaimBase], conflicts: Sequence[Conflict], models: Sequence[str] = ()
) -> list[FactSheet]:
    """A sheet per model the figures (and release events) are about, by name; only `models` (canonical names,
    any case) where given, in the order given."""
    disputed = {sort_key(claim) for conflict in conflicts for claim in _disputed_claims(conflict)}
    compared = _compared_with(conflicts)
    by_row: dict[str, dict[tuple[str, str, str], list]] = defaultdict(lambda: defaultdict(list))
    for claim in claims:
        for model, key in _rows_of(claim, compared):
            by_row[model][key].append(claim)
    wanted = [name.lower() for name in models]
    chosen = sorted(by_row, key=str.lower) if not models else [m for w in wanted for m in by_row if m.lower() == w]
    return [FactSheet(model, _rows(by_row[model], disputed)) for model in chosen]


def _rows(grouped: dict[tuple[str, str, str], list], disputed: set) -> tuple[SheetRow, ...]:
    ordered = sorted(grouped, key=lambda key: (ATTRIBUTE_ORDER.index(key[0]), key[1].lower(), key[2]))
    return tuple(_row(attribute, label, grouped[(attribute, label, _)], disputed) for attribute, label, _ in ordered)


def _row(attribute: str, label: str, claims: list, disputed: set) -> SheetRow:
    by_shown: dict[str, list] = defaultdict(list)
    for claim in claims:
        by_shown[_shown(claim)].append(claim)
    figures = [_figure(text, group, disputed) for text, group in by_shown.items()]
    figures.sort(key=lambda f: (-f.articles, f.low if f.low is not None else float("-inf"), f.shown))
    low, high = _meeting(figures)
    if any(figure.conflicted for figure in figures):
        agreement = "conflict"
    elif len(figures) == 1:
        agreement = "single"
    else:
        agreement = "agree" if low is not None or high is not None or _all_open(figures) else "spread"
    consensus = _consensus(low, high, claims[0]) if agreement != "spread" else None
    return SheetRow(attribute, label, tuple(figures), agreement, consensus)


def _figure(text: str, claims: list, disputed: set) -> Figure:
    low, high = _interval(claims[0])
    ordered = tuple(sorted(claims, key=lambda c: (c.source.path, c.source.start)))
    return Figure(text, low, high, ordered, any(sort_key(claim) in disputed for claim in claims))


def _compared_with(conflicts: Sequence[Conflict]) -> dict[tuple, str]:
    """For a ratio in words that names no other side (`about a quarter of the price`), the model a conflicting
    ratio names: the conflict says they are about the same comparison, so they belong in one row."""
    named = {}
    for conflict in conflicts:
        comparisons = [c for c in conflict.claims if isinstance(c, Comparison)]
        other = next((c.other for c in comparisons if c.other), None)
        named.update({sort_key(c): other for c in comparisons if other and not c.other})
    return named


def _rows_of(claim: ClaimBase, compared: dict[tuple, str]) -> list[tuple[str, tuple[str, str, str]]]:
    """The (model, row key) pairs a claim belongs to: a figure its subject's, a release event each object's."""
    if isinstance(claim, Event):
        if claim.action != "release" or not claim.date or claim.date.startswith("--"):
            return []
        return [(model, ("release_date", ATTRIBUTE_NAMES["release_date"], "")) for model in claim.objects]
    key = _figure_key(claim, compared.get(sort_key(claim)))
    return [(claim.subject, key)] if key else []


def _figure_key(claim: ClaimBase, compared: str | None) -> tuple[str, str, str] | None:
    """(attribute, label, kind): the label says what the figure is of, as precisely as the claim does."""
    if isinstance(claim, Comparison):
        return _comparison_key(claim, claim.other or compared)
    if isinstance(claim, ParameterCount):
        return "parameters", f"Parameters ({claim.scope})", claim.kind
    if isinstance(claim, Benchmark):
        setup = f" ({claim.setup})" if claim.setup else ""
        return "benchmark", f"Benchmark: {claim.benchmark}{setup}", claim.unit or ""
    if isinstance(claim, Measure) and claim.attribute in ATTRIBUTE_NAMES:
        detail = claim.tokens or claim.chip
        label = ATTRIBUTE_NAMES[claim.attribute] + (f" ({detail})" if detail else "")
        return claim.attribute, label, claim.unit or ""
    return None


def _comparison_key(claim: Comparison, other: str | None) -> tuple[str, str, str] | None:
    """A ratio or difference in words is a row of its own: `Price per 1M tokens, relative to GPT-4o`; one whose
    other side is unnamed joins the row of the model a conflicting ratio names, or stands alone."""
    if claim.attribute not in ATTRIBUTE_NAMES:
        return None
    relation = "relative to" if claim.relation == "ratio" else "difference from"
    other = other or "another model"
    return claim.attribute, f"{ATTRIBUTE_NAMES[claim.attribute]}, {relation} {other}", f"{claim.kind} {claim.relation}"


def _shown(claim: ClaimBase) -> str:
    if isinstance(claim, Comparison):  # `1/33rd`, `a quarter`: a ratio in words reads best as written
        return claim.text
    if isinstance(claim, NumberClaim):
        return shown(claim)
    return shown_date(claim.date, claim.date_end, claim.precision)


def _interval(claim: ClaimBase) -> tuple[float | None, float | None]:
    """The interval a claim's wording admits: a range's ends, one end open for `at least`/`at most`."""
    if isinstance(claim, Event):
        return _day(claim.date), _day(claim.date_end or claim.date)
    low = claim.low if claim.low is not None else (None if claim.qualifier == "at_most" else claim.value)
    high = claim.high if claim.high is not None else (None if claim.qualifier == "at_least" else claim.value)
    return low, high


def _day(iso: str) -> float | None:
    try:
        return float(date.fromisoformat(iso).toordinal())
    except ValueError:
        return None


def _meeting(figures: list[Figure]) -> tuple[float | None, float | None]:
    """Where every figure's interval meets: (None, None) when they do not (or all are open)."""
    lows = [f.low for f in figures if f.low is not None]
    highs = [f.high for f in figures if f.high is not None]
    low, high = (max(lows) if lows else None), (min(highs) if highs else None)
    if low is not None and high is not None and low > high:
        return None, None
    return low, high


def _all_open(figures: list[Figure]) -> bool:
    return all(f.low is None and f.high is None for f in figures)


def _consensus(low: float | None, high: float | None, sample: ClaimBase) -> str | None:
    """The interval every figure admits, written as the figures are: one value, `a–b`, `at least a`."""
    if isinstance(sample, Event):
        first, last = (date.fromordinal(int(x)).isoformat() if x is not None else None for x in (low, high))
        return shown_date(first, last, "day") if first else None
    written = lambda value: shown_value(value, sample.unit)  # noqa: E731
    if low is not None and high is not None:
        return written(low) if low == high else f"{written(low)}–{written(high)}"
    if low is not None:
        return f"at least {written(low)}"
    return f"at most {written(high)}" if high is not None else None


def _disputed_claims(conflict: Conflict) -> Iterable[ClaimBase]:
    """The claims a conflict disputes, with the witnesses that state the same. A ratio in words that does not
    follow from the figures it compares disputes the ratio, not the figures: those are its evidence."""
    claims = [*conflict.claims, *(claim for side in conflict.witnesses for claim in side)]
    if conflict.kind == "derived":
        return [claim for claim in claims if isinstance(claim, Comparison)]
    return claims
