"""Date mentions and the days they resolve to: what the grammar reads (`DateMention`), the calendar date it
places it on (`Dated`), and the arithmetic of months and days both use. A year the text does not give is
`YEARLESS`, written `--MM-DD`."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

YEARLESS = 2000  # stands in for an unknown year: a leap year, so February 29 stays a day


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression in the text, read but not yet placed in a year."""

    start: int
    end: int
    month: int | None = None
    day: int | None = None
    year: int | None = None
    end_month: int | None = None
    end_day: int | None = None
    # a relative date: days from its anchor (negative: before), and what it counts from
    offset: int | None = None
    # what it counts from: "named" (the event named after it), "previous" (the date before), "publication",
    # or the publication's "month", "week" or "weekday" (`offset` then counts months or weeks); "day": a day alone
    # ("on the 24th"), of a month the text gives elsewhere
    anchor: str | None = None
    approximate: bool = False
    weekday: int | None = None  # "on Tuesday": 1; `offset` then counts weeks from the last one on or before
    part: tuple[int, int] | None = None  # "late July": the first and last day of the month it admits
    # a relative date counted in months ("six months later"): how many; a day alone's month counted from
    # publication's ("the 26th of last month": -1)
    months: int | None = None
    year_offset: int | None = None  # "June of last year": its year is the publication's plus this
    period: bool = False  # "since June": the start or end of a stretch of time, no event's date
    ahead: bool = False  # "will take effect on June 30": its clause puts it after publication, whatever the gap
    upcoming: bool = False  # "is set to leave office on Jan. 20": a future verb governs it, its next occurrence

    @property
    def precision(self) -> str:
        return "month" if self.day is None else "day"


@dataclass(frozen=True, slots=True)
class Dated:
    """A resolved date: the ISO string (or --MM-DD), its end, precision and where its year came from."""

    date: str | None
    date_end: str | None
    precision: str | None
    year_source: str
    day: dt.date | None = None  # what relative dates count from; in YEARLESS when the year is unknown

    def shifted(self, days: int, source: str) -> Dated:
        """The day `days` after this one ("the day after the ban"), as precise as this one."""
        day = self.day + dt.timedelta(days=days)
        return Dated(iso(day), None, "day", source, day)

    def months_later(self, months: int) -> Dated:
        """The month `months` after this date's ("six months later" than July 2023: January 2024), a month
        however precise this date is: a count of months says no day."""
        known, year, month = self._year_and_month()
        index = month - 1 + months
        year = year + index // 12 if known else YEARLESS  # an unknown year stays unknown
        return month_dated(year, index % 12 + 1, None, "relative" if known else "unknown")

    def on_day(self, day: int, weekday: int | None = None) -> Dated:
        """The `day` of this date's month ("on the 5th" after "In March"), its year as known as this one's."""
        _, year, month = self._year_and_month()
        return day_of(year, month, day, self.year_source, weekday)

    def _year_and_month(self) -> tuple[bool, int, int]:
        """Whether the year is known, the year (YEARLESS where not) and the month."""
        known = not self.date.startswith("--")
        return known, *((int(self.date[:4]), int(self.date[5:7])) if known else (YEARLESS, int(self.date[2:4])))


def month_dated(year: int, month: int, part: tuple[int, int] | None, source: str) -> Dated:
    """A month as the range of its days (`2025-08-01` to `2025-08-31`), or of the part `early`/`mid`/`late`
    names; its precision stays `month`, and relative dates never count from it."""
    length = calendar.monthrange(year, month)[1]
    first, last = part or (1, length)
    return Dated(iso(dt.date(year, month, first)), iso(dt.date(year, month, min(last, length))), "month", source)


def iso(day: dt.date) -> str:
    """2026-06-12, or --06-12 for a day whose year the article does not give."""
    return f"--{day.month:02d}-{day.day:02d}" if day.year == YEARLESS else day.isoformat()


def day_of(year: int, month: int, day: int, source: str, weekday: int | None = None) -> Dated:
    """The day `day` of a month, or no date where the month has none (`the 31st` of June) or, its year known, falls
    on another weekday than the text names (`Tuesday the 4th`)."""
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return Dated(None, None, None, source)
    if weekday is not None and year != YEARLESS and date.weekday() != weekday:
        return Dated(None, None, None, source)
    return Dated(iso(date), None, "day", source, date)
