"""Figures and dates written as people write them: `1.2T`, `180B`, `1M tokens`, `$50M`, `86.2%`, `$0.15`, `5x`,
`2026-06-13 – 2026-06-16`.

One formatter for every view that shows a figure, so a sheet, a timeline and a table agree on how a value reads.
"""

from __future__ import annotations

import calendar
from datetime import date

from ..records import NumberClaim

SCALES = ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K"))
HUGE = 1e15  # past a thousand trillion people write a power of ten: 2e25 FLOP
UNSHOWN_UNITS = {"parameters", None}  # what the attribute already says: `180B`, not `180B parameters`
QUALIFIER_WORDS = {"approximate": "about ", "at_least": "at least ", "at_most": "at most "}


def shown_value(value: float, unit: str | None) -> str:
    """`value` in `unit` as a person writes it: a currency before, a percent after, a scale letter for big
    counts (`1.2T`), a power of ten past a thousand trillion."""
    if unit == "%":
        return f"{_trimmed(value, 2)}%"
    if unit == "USD":
        return ("-" if value < 0 else "") + "$" + _money(abs(value))
    number = _scaled(value)
    if unit == "x":
        return f"{number}x"
    return number if unit in UNSHOWN_UNITS else f"{number} {unit}"


def shown(claim: NumberClaim) -> str:
    """A claim's figure as written, with its qualifier: `about $5M`, `$5M–$6M`, `at least 100K tokens`."""
    if claim.qualifier == "range" and claim.low is not None and claim.high is not None:
        return f"{shown_value(claim.low, claim.unit)}–{shown_value(claim.high, claim.unit)}"
    return QUALIFIER_WORDS.get(claim.qualifier, "") + shown_value(claim.value, claim.unit)


def _money(amount: float) -> str:
    """`50M`, `1.5B`; cents kept below a thousand (`0.15`, `2.50`), as prices are written."""
    if amount >= 1e3:
        return _scaled(amount)
    if amount == int(amount):
        return f"{int(amount):,}"
    return f"{amount:,.2f}" if round(amount, 2) == amount else _trimmed(amount, 4)


def _scaled(value: float) -> str:
    size = abs(value)
    if size >= HUGE:
        mantissa, exponent = f"{value:.3e}".split("e")
        return f"{_trimmed(float(mantissa), 3)}e{int(exponent)}"
    for scale, letter in SCALES:
        if size >= scale and (scale > 1e3 or size % 100 == 0):  # 128K, but 2,048 and 131,072 in full
            return _trimmed(value / scale, 3) + letter
    return f"{int(value):,}" if value == int(value) else _trimmed(value, 4)


def _trimmed(value: float, decimals: int) -> str:
    """`value` with at most `decimals` decimals and none that are trailing zeros."""
    text = f"{value:,.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def shown_date(start: str, end: str | None, precision: str | None) -> str:
    """`2026-06-13`, `2026-06-13 – 2026-06-16`, `2026-06` for a whole month, `2026` for a year; part of a month
    (`late July`) as the days it spans."""
    if precision == "year":
        return start[:4]
    if precision == "month" and _whole_month(start, end):
        return start[: start.rfind("-")]  # `2026-06`, or `--06` where the year cannot be known
    return f"{start} – {end}" if end and end != start else start


def _whole_month(start: str, end: str | None) -> bool:
    """Whether `start` to `end` is a whole month; a date without its year (`--02-01`) is read in a leap year,
    so that February's 29th counts."""
    year_less = start.startswith("--")
    first = date.fromisoformat(f"2000{start[1:]}" if year_less else start)
    last = first.replace(day=calendar.monthrange(first.year, first.month)[1]).isoformat()
    return first.day == 1 and (end is None or end == (f"-{last[4:]}" if year_less else last))
