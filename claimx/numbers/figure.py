"""A figure as the text states it: its characters and tokens, value, interval, unit and scale as written; and
`Place`, how a figure found in text is put on a Doc's tokens (or refused a place)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal

from ..records import Qualifier

# where a figure at characters start..end lies on a Doc's tokens (first, end), or None where no figure may stand
Place = Callable[[int, int], "tuple[int, int] | None"]


def not_placed(start: int, end: int) -> tuple[int, int]:
    """Figures found in bare text, no Doc's: their tokens stay -1."""
    return -1, -1


@dataclass(slots=True, unsafe_hash=True)
class Figure:
    """A figure as the text states it.

    `start..end` are characters (qualifier words included); `token_start..token_end` the tokens they touch. Never
    changed once made, yet not `frozen`: a frozen dataclass sets each of its fourteen fields through
    `object.__setattr__`, a fifth of making a figure; `unsafe_hash` keeps it hashable.
    """

    start: int
    end: int
    value: float
    low: float | None
    high: float | None
    qualifier: Qualifier
    resolution: float
    unit: str | None
    unit_class: str  # count, money, percent, ratio, other
    scale: str | None = None  # the scale as written ("K", "million"), for binary readings
    in_words: bool = False  # "four", "one-fifth": never a benchmark score
    led: bool = False  # its qualifier is a phrase before it ("about 30"), which a list it opens shares
    token_start: int = -1  # set once the figure is placed on a Doc's tokens
    token_end: int = -1

    def scaled(self, scale: str, factor: Decimal) -> Figure:
        """The figure read with a scale written after it elsewhere: the 7 of `7 and 13 billion`."""

        def times(value: float | None) -> float | None:
            return None if value is None else plain_float(Decimal(str(value)) * factor)

        return replace(
            self,
            value=times(self.value),
            low=times(self.low),
            high=times(self.high),
            resolution=times(self.resolution),
            scale=scale,
        )

    def reading(self) -> dict:
        """The record fields this figure fills: value, interval, qualifier, resolution."""
        return {
            "value": self.value,
            "low": self.low,
            "high": self.high,
            "qualifier": self.qualifier,
            "resolution": self.resolution,
        }


def plain_float(value: Decimal) -> float:
    """A float without binary noise: 12 significant digits are more than any article gives."""
    return float(f"{value:.12g}")
