"""A timeline: the events the corpus dates, in date order, with who acted, how, on what, how many articles date
each, and the events whose dates disagree with each dating side by side.

`timeline_of(claims, conflicts)` is the API; the views, `svg.timeline_svg` and the HTML report read the
`Timeline` it returns. An event is who did what to what (actor, action, objects); each distinct date the
articles give it is a `Dating`, most-stated first.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from ..records import ClaimBase, Conflict, Event, sort_key
from .values import shown_date


@dataclass(frozen=True)
class Dating:
    """One date an event is given: `start` and `end` ISO days (equal for a day; a month's first and last),
    its precision, as shown (`2026-06-13 – 2026-06-16`), and the event claims that give it."""

    start: str
    end: str
    precision: str
    shown: str
    claims: tuple[Event, ...]
    conflicted: bool

    @property
    def articles(self) -> int:
        return len({claim.source.path for claim in self.claims})

    @property
    def is_span(self) -> bool:
        """A range or a month: drawn as a bar, not a point."""
        return self.end != self.start


@dataclass(frozen=True)
class Entry:
    """One event: who (`actor`), what (`action`, as a category such as `release`), on what (`objects`), what
    the first article says happened (`event`), and its datings, most-stated first."""

    actor: str | None
    action: str | None
    objects: tuple[str, ...]
    event: str
    datings: tuple[Dating, ...]

    @property
    def dating(self) -> Dating:
        """The date most articles give: where the entry sits on the timeline."""
        return self.datings[0]

    @property
    def disagrees(self) -> bool:
        """Whether the articles date the event differently in a way that cannot all hold."""
        return len(self.datings) > 1 and (_disjoint(self.datings) or any(d.conflicted for d in self.datings))

    @property
    def articles(self) -> int:
        return len({claim.source.path for dating in self.datings for claim in dating.claims})


@dataclass(frozen=True)
class Timeline:
    entries: tuple[Entry, ...]

    @property
    def first(self) -> str | None:
        return min((d.start for e in self.entries for d in e.datings), default=None)

    @property
    def last(self) -> str | None:
        return max((d.end for e in self.entries for d in e.datings), default=None)


def timeline_of(claims: Iterable[ClaimBase], conflicts: Sequence[Conflict]) -> Timeline:
    """The events of `claims` that have a full date (a relative date with no anchor, or a day without its year,
    cannot be placed), one entry per actor, action and objects, in date order."""
    disputed = {sort_key(c) for conflict in conflicts if conflict.kind == "event" for c in conflict.claims}
    by_event: dict[tuple, list[Event]] = defaultdict(list)
    for claim in claims:
        if isinstance(claim, Event) and _placeable(claim):
            by_event[_event_key(claim)].append(claim)
    entries = [_entry(events, disputed) for events in by_event.values()]
    entries.sort(key=lambda e: (e.dating.start, e.dating.end, e.actor or "", e.action or "", e.objects, e.event))
    return Timeline(tuple(entries))


def _placeable(claim: Event) -> bool:
    return bool(claim.date) and not claim.date.startswith("--") and _is_day(claim.date)


def _is_day(iso: str) -> bool:
    try:
        date.fromisoformat(iso)
    except ValueError:
        return False
    return True


def _event_key(claim: Event) -> tuple:
    """Which event a claim dates: who did what to what; an event the rules find no actor and action for is
    known only by its own clause."""
    if claim.actor or claim.action:
        return claim.actor, claim.action, tuple(sorted(claim.objects))
    return None, None, (), claim.event


def _entry(events: list[Event], disputed: set) -> Entry:
    by_date: dict[tuple, list[Event]] = defaultdict(list)
    for claim in events:
        by_date[(claim.date, claim.date_end or claim.date, claim.precision or "day")].append(claim)
    datings = [_dating(*key, claims, disputed) for key, claims in by_date.items()]
    datings.sort(key=lambda d: (-d.articles, d.start, d.end))
    first = min(events, key=lambda c: (c.source.path, c.source.start))
    return Entry(first.actor, first.action, tuple(sorted(first.objects)), first.event, tuple(datings))


def _dating(start: str, end: str, precision: str, claims: list[Event], disputed: set) -> Dating:
    ordered = tuple(sorted(claims, key=lambda c: (c.source.path, c.source.start)))
    conflicted = any(sort_key(claim) in disputed for claim in claims)
    return Dating(start, end, precision, shown_date(start, end, precision), ordered, conflicted)


def _disjoint(datings: Sequence[Dating]) -> bool:
    """Whether no one day lies in every dating: `June 13` and `June 13–16` can both hold, `June 12` and
    `June 13` cannot."""
    return max(d.start for d in datings) > min(d.end for d in datings)
