"""A number's quantity as written: its value and rounding step from the digits (`86.2` steps by 0.1), its scale
(`1.2T`), its power of ten however written (`^24`, `e24`, `²⁴`), and the scale a range's first number shares with
its second. Kept as Decimals, so no binary noise enters a value before it is a figure's."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from .figure import Figure

STEPS = [Decimal(1).scaleb(-n) for n in range(64)]  # the step of a number with n decimals
HALF_AN_ORDER = 10**0.5
FROM_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻", "0123456789+-")


@dataclass(slots=True)
class Quantity:
    number: Decimal
    step: Decimal = Decimal(1)
    scale: Decimal = Decimal(1)
    scale_text: str | None = None
    exponent: int = 0

    @property
    def value(self) -> Decimal:
        return self._scaled(self.number)

    @property
    def resolution(self) -> Decimal:
        return self._scaled(self.step)

    def _scaled(self, digits: Decimal) -> Decimal:
        scaled = digits * self.scale
        # most figures have no power of ten: times 10**0 changes no digit, and costs a power and a product
        return scaled * (Decimal(10) ** self.exponent) if self.exponent else scaled


def quantity_of(digits: str, scale_text: str | None) -> Quantity:
    """`1,000,000` -> 1e6 with step 1; `86.2` -> 86.2 with step 0.1."""
    plain = digits.replace(",", "")
    point = plain.find(".")
    return Quantity(Decimal(plain), STEPS[len(plain) - point - 1 if point >= 0 else 0], scale_text=scale_text)


def order_of_magnitude(figure: Figure) -> Figure:
    """`10^25 FLOP`, `~10²⁵`: a power of ten alone says an order of magnitude, what lies within half of one
    either side of it (10^24.5 to 10^25.5), never ten per cent."""
    return replace(figure, qualifier="approximate", low=figure.value / HALF_AN_ORDER, high=figure.value * HALF_AN_ORDER)


def power(m: re.Match, prefix: str) -> int:
    """The power of ten an exponent group holds, however written: `^24`, `e24`, `²⁴`."""
    return power_of(next(m[prefix + k] for k in ("power", "sup", "e") if m[prefix + k] is not None))


def power_of(written: str) -> int:
    return int(written.translate(FROM_SUPERSCRIPT))


def share_scale(quantities: list[Quantity]) -> None:
    """In '1.2–1.5 trillion' and '20-30%' the first number takes the second's scale."""
    last = quantities[-1]
    for q in quantities[:-1]:
        if q.scale_text is None:
            q.scale_text = last.scale_text
