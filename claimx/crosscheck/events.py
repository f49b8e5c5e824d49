"""Events: the same once-only action on the same objects, dated on days that cannot meet."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence

from ..records import Conflict, Event
from .base import Checker
from .positions import Position, apart, article_pairs

DAY = dt.timedelta(days=1)
YEARLESS_YEAR = 2000


class EventCheck(Checker):
    def conflicts(self, events: Sequence[Event], involving) -> Iterable[Conflict]:
        grouped: dict[tuple, dict[tuple, list[Event]]] = defaultdict(lambda: defaultdict(list))
        for event in events:
            key = self.key(event)
            if key is not None:
                grouped[key][self._days(event)].append(event)
        for (action, objects), by_days in grouped.items():
            positions = [Position(days, tuple(e)) for days, e in sorted(by_days.items())]
            for a, b in _disagreeing_dates(positions):
                names = " and ".join(sorted(objects))
                gap = int(a.gap(b) if _same_years(a, b) else _yearless(a).gap(_yearless(b)))
                for x, y in article_pairs(a, b, involving):
                    if self._different_actors(x.first, y.first):
                        continue  # South Korea's ban and Italy's ban of one model are two events
                    explanation = f"{action} of {names}: {x.first.text} vs {y.first.text}, {gap} days apart"
                    yield self.conflict("event", sorted(objects)[0], f"{names} · {action}", x, y, explanation, days=gap)

    def key(self, event: Event) -> tuple[str, frozenset[str]] | None:
        """The same action on the same objects; none for an event without a date, objects, or an action that
        happens once (a release, a ban: not a statement)."""
        objects = frozenset(self.subject(o) for o in event.objects)
        if event.date is None or event.action not in self.settings.once_actions or not objects:
            return None
        return event.action, objects

    def _different_actors(self, a: Event, b: Event) -> bool:
        return a.actor is not None and b.actor is not None and self.subject(a.actor) != self.subject(b.actor)

    def _days(self, event: Event) -> tuple[tuple[float, float], ...]:
        """The days an event's date admits, as ordinal numbers."""
        first, last = _date_bounds(event.date), _date_bounds(event.date_end or event.date)
        slack = self.settings.approximate_days if event.approximate else 0
        return ((first[0].toordinal() - slack, last[1].toordinal() + slack),)


def _disagreeing_dates(positions: list[Position]) -> list[tuple[Position, Position]]:
    """The pairs of positions that do not meet, in a stable order: dates without a year are compared with
    dated ones in a stand-in year."""
    dated = [p for p in positions if not p.first.date.startswith("--")]
    undated = [p for p in positions if p.first.date.startswith("--")]
    pairs = [(dated[i], dated[j]) for i, j in apart(dated)]
    pairs += [(undated[i], undated[j]) for i, j in apart(undated)]
    pairs += [(dated[i], undated[j]) for i, j in apart([_yearless(p) for p in dated], undated)]
    return pairs


def _date_bounds(date: str) -> tuple[dt.date, dt.date]:
    """First and last day of an ISO date, a month (2026-06) or a yearless day (--06-12)."""
    if date.startswith("--"):
        date = f"{YEARLESS_YEAR}-{date[2:]}"
    parts = [int(p) for p in date.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        first = dt.date(parts[0], parts[1], 1)
        following = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return first, following - DAY
    day = dt.date(*parts)
    return day, day


def _same_years(a: Position, b: Position) -> bool:
    """Both dated in full, or both without a year: compared as they are."""
    yearless = lambda p: p.first.date.startswith("--")  # noqa: E731
    return yearless(a) == yearless(b)


def _yearless(position: Position) -> Position:
    """A position's days moved into the stand-in year, to compare with a date whose year is unknown."""
    moved = []
    for lo, hi in position.intervals:
        first, last = dt.date.fromordinal(int(lo)), dt.date.fromordinal(int(hi))
        moved.append((_in_year(first).toordinal(), _in_year(last).toordinal()))
    return Position(tuple(moved), position.claims)


def _in_year(day: dt.date) -> dt.date:
    return day.replace(year=YEARLESS_YEAR)
