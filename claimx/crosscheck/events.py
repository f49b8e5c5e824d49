"""Events: the same once-only event dated on days that cannot meet.

An event is once-only by its action (a release, a ban, an order: not a
statement, which a lab makes every week), whatever verb tells it; a statement
announcing models is their release, though only likely so: a model announced
in one article and released on another day in another is a doubtful conflict.
A model is released once, so two releases naming one model are one release,
and two sibling variants released together (`Llama 4 Scout` and `Llama 4
Maverick`) are the release of their family (`Llama 4`); a model named beside
one variant of it is that variant's kin, not released with it. Other once-only
actions are told apart by everything they act on.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from ..records import Conflict, Event
from ..ruleset import ConflictRules
from .base import Checker
from .confidence import attribution
from .names import family, is_variant
from .positions import Position, apart, article_pairs

DAY = dt.timedelta(days=1)
YEARLESS_YEAR = 2000
VERB_STEM = 4  # letters two forms of one verb share at least: post, posts, posted
RELEASE = "release"  # the action a statement announcing models tells
YEAR_DAYS = (dt.date(YEARLESS_YEAR + 1, 1, 1) - dt.date(YEARLESS_YEAR, 1, 1)).days


class EventCheck(Checker):
    def __init__(self, settings: ConflictRules, entity_types: Mapping[str, str]):
        super().__init__(settings)
        self.entity_types = entity_types

    def conflicts(self, events: Sequence[Event], involving) -> Iterable[Conflict]:
        """One conflict per pair of events that disagree, naming every object they share."""
        grouped: dict[tuple, dict[tuple, list[Event]]] = defaultdict(lambda: defaultdict(list))
        for event in events:
            for key in self.keys(event):
                grouped[key][self._days(event)].append(event)
        found: dict[tuple, tuple] = {}
        for (action, objects), by_days in sorted(grouped.items()):
            positions = [Position(days, tuple(e)) for days, e in sorted(by_days.items())]
            for a, b in _disagreeing_dates(positions):
                for x, y in article_pairs(a, b, involving):
                    if self._different_actors(x.first, y.first):
                        continue  # South Korea's ban and Italy's ban of one model are two events
                    if self._announced_then_released(x.first, y.first):
                        continue  # "o3 was announced on December 20 ... On April 16, OpenAI released o3"
                    pair = (_where(x.first), _where(y.first))
                    found.setdefault(pair, (action, x, y, a, b, []))[-1].extend(objects)
        for action, x, y, a, b, objects in found.values():
            yield self._conflict(action, _named(objects), x, y, _gap(a, b))

    def keys(self, event: Event) -> list[tuple[str, tuple[str, ...]]]:
        """Under which keys an event can be the same as another: none for an event without a date, objects, or a
        once-only action, nor for a planned one; per object released (and per family two sibling variants released
        together make); else by all its objects."""
        action = self._once_action(event)
        objects = sorted({self.subject(o) for o in event.objects})
        if event.date is None or action is None or not objects or event.planned:
            return []  # a plan slips without contradicting the day it happens: "plans to release X in October"
        if action not in self.settings.each_object_actions:
            return [(action, tuple(objects))]
        released = _released_together([o for o in objects if self._released(o)])
        families = {f for a, b in itertools.combinations(released, 2) if (f := family(a, b))}
        return [(action, (name,)) for name in sorted({*released, *families})]

    def _once_action(self, event: Event) -> str | None:
        """The once-only action an event tells, whatever its verb."""
        if event.action in self.settings.once_actions:
            return event.action
        if self._announcing(event) and event.objects and all(self._released(self.subject(o)) for o in event.objects):
            return RELEASE
        return None

    def _released(self, name: str) -> bool:
        return self.entity_types.get(name, "model") in self.settings.released_types

    def _different_actors(self, a: Event, b: Event) -> bool:
        return a.actor is not None and b.actor is not None and self.subject(a.actor) != self.subject(b.actor)

    def _announced_then_released(self, a: Event, b: Event) -> bool:
        """One article telling a model announced on one day and released on another: two steps it tells apart,
        no contradiction (across articles an announcement may well be the release told another way: a doubt)."""
        if a.source.path != b.source.path:
            return False
        return self._announcing(a) != self._announcing(b)

    def _announced_against_released(self, action: str, a: Event, b: Event) -> str:
        """Where one article tells a model announced and another made available ('released', 'shipped'): the
        announcement may be the release told another way, or a step months before it ('o3 was announced in
        December', 'released on April 16'): say so. Against one told as unveiled or introduced, both tell the
        model's debut, and their days contradict each other."""
        if action != RELEASE or self._announcing(a) == self._announcing(b):
            return ""
        announced, other = (a, b) if self._announcing(a) else (b, a)
        if (other.action_text or "").lower() not in self.settings.availability_words:
            return ""
        return f"'{announced.text}' dates an announcement, which may come before the release"

    def _announcing(self, event: Event) -> bool:
        return (event.action_text or "").lower() in self.settings.announcing_words

    def _days(self, event: Event) -> tuple[tuple[float, float], ...]:
        """The days an event's date admits, as ordinal numbers."""
        first, last = _date_bounds(event.date), _date_bounds(event.date_end or event.date)
        slack = self.settings.approximate_days if event.approximate else 0
        return ((first[0].toordinal() - slack, last[1].toordinal() + slack),)

    def _conflict(self, action: str, names: list[str], x: Position, y: Position, gap: int) -> Conflict:
        told = " and ".join(names)
        explanation = (
            f"{action} of {told}: {x.first.text} vs {y.first.text}, {gap} {'day' if gap == 1 else 'days'} apart"
        )
        verbs = sorted({e.action_text.lower() for e in (x.first, y.first) if e.action_text})
        once = "a model is released once" if action in self.settings.each_object_actions else f"one {action}"
        explanation += f"; {once}" + (f", told as {' and '.join(verbs)}" if _different_verbs(verbs) else "")
        sureness = attribution([x, y])
        doubt = (
            self._others_named(action, names, x.first, y.first)
            or _counted_from(x.first, y.first)
            or self._announced_against_released(action, x.first, y.first)
        )
        if doubt and sureness[0] == "high":
            sureness = ("medium", doubt)
        if self._adjacent_days(gap, x.first, y.first):
            sureness = ("low", _adjacent_days_note(gap, sureness))
        return self.conflict("event", names[0], f"{told} · {action}", x, y, explanation, days=gap, sureness=sureness)

    def _adjacent_days(self, gap: int, a: Event, b: Event) -> bool:
        """Two articles dating one event a day apart may tell one day: a US evening launch is the next day in
        Asia, and an article written the day after may date it by its own day ('today'). One article telling
        two days, or two days or more apart, is no such slip."""
        return gap <= self.settings.adjacent_days and a.source.path != b.source.path

    def _others_named(self, action: str, names: list[str], *events: Event) -> str:
        """Where a release also names models unrelated to the one compared, which of them it dates is less sure
        ('Zeta Labs shipped Zeta-4 on May 3, a year after Zeta-3 made its name'): say which."""
        if action not in self.settings.each_object_actions:
            return ""
        for event in events:
            others = [
                o
                for o in sorted({self.subject(o) for o in event.objects})
                if self._released(o) and not any(_kin(o, name) for name in names)
            ]
            if others:
                return f"'{event.text}' also names {' and '.join(others)}"
        return ""


def _adjacent_days_note(gap: int, sureness: tuple[str, str]) -> str:
    """Why a conflict of adjacent days is doubtful, and, where it already was, why else."""
    note = (
        f"{gap} {'day' if gap == 1 else 'days'} apart in two articles, as one day told in two time zones "
        "(a US evening launch is the next day in Asia) or by an article written the day after may be"
    )
    return note if sureness[0] == "high" else f"{note}; {sureness[1]}"


def _counted_from(*events: Event) -> str:
    """A relative date ('the day after the ban', 'on Tuesday') is as sure as what it counts from: say so."""
    for event in events:
        if event.relative:
            return f"'{event.text}' is counted from {event.anchor or 'the publication date'}"
    return ""


def _kin(a: str, b: str) -> bool:
    """One model, a variant of the other, or siblings of one family."""
    return a == b or is_variant(a, b) or is_variant(b, a) or family(a, b) is not None


def _different_verbs(verbs: list[str]) -> bool:
    """'unveiled' and 'announced' are; 'orders' and 'order' are one verb."""
    return len(verbs) == 2 and len(os.path.commonprefix(verbs)) < VERB_STEM


def _released_together(names: list[str]) -> list[str]:
    """The models an event releases: a name beside exactly one variant of it is that variant's kin, named for
    context ('GLM-5.2 Air, the compact sibling of GLM-5.2'); beside two or more it is their family, released
    with them ('Llama 4, in two variants: Scout and Maverick')."""
    return [name for name in names if sum(is_variant(other, name) for other in names) != 1]


def _where(event: Event) -> tuple:
    return event.source.path, event.source.start, event.source.end


def _named(objects: list[str]) -> list[str]:
    """The objects two events share, a family standing for its variants."""
    unique = sorted(set(objects))
    return [name for name in unique if not any(is_variant(name, of) for of in unique)]


def _gap(a: Position, b: Position) -> int:
    """Days between two positions; without a year, the nearest the calendar allows (December 25 to January 10
    is 16 days)."""
    if _same_years(a, b):
        return int(a.gap(b))
    days = int(_yearless(a).gap(_yearless(b)))
    return min(days, YEAR_DAYS - days)


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
    """First and last day of an ISO date, a month (2026-06), a year, or a yearless day (--06-12, in the stand-in
    year)."""
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
