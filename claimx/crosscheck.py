"""Cross-checking: claims about the same thing that cannot both be true.

Claims are compared only within one key: the canonical subject and kind, and
the attribute, the benchmark with its version, or the parameter scope. Each
claim's figure becomes an interval (the precision it was written with,
widened by its qualifier; `256K` tokens also admits 262,144), claims stating
the same interval are one *position*, and two positions of a key whose
intervals do not meet are a conflict. Grouping is by dictionary and positions
per key are few, so the work grows with the number of claims, not its square.

Besides figures: a ratio or difference stated in words is checked against the
figures it compares and against other articles' ratios; the same event dated
differently; the same words quoted from different speakers, or one speaker's
quote worded materially differently.
"""

from __future__ import annotations

import bisect
import datetime as dt
import difflib
import hashlib
import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence, Set
from dataclasses import dataclass
from functools import cached_property

from .corpus import portable
from .records import Claim, Comparison, Conflict, Event, Quote
from .ruleset import ConflictRules

FIGURE_KINDS = ("parameter_count", "benchmark", "measure")
BINARY = {"K": 1024 / 1000, "k": 1024 / 1000, "M": 1024**2 / 1000**2}
PUNCTUATION = re.compile(r"[^\w\s]")
DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class Position:
    """What one or more claims state: the intervals their wording admits (more than one for `256K`)."""

    intervals: tuple[tuple[float, float], ...]
    claims: tuple[Claim, ...]

    def meets(self, other: Position) -> bool:
        return any(a[0] <= b[1] and b[0] <= a[1] for a in self.intervals for b in other.intervals)

    def gap(self, other: Position) -> float:
        """Smallest distance between the two positions' intervals."""
        return min(max(b[0] - a[1], a[0] - b[1], 0.0) for a in self.intervals for b in other.intervals)

    @property
    def first(self) -> Claim:
        return self.claims[0]

    @cached_property
    def articles(self) -> dict[str, Position]:
        """The position's claims per article, the one to show first: prose before a table cell, then the earliest."""
        grouped: dict[str, list[Claim]] = defaultdict(list)
        for claim in self.claims:
            grouped[claim.source.path].append(claim)
        order = lambda c: (c.rule.startswith("table."), c.source.start)  # noqa: E731
        return {path: Position(self.intervals, tuple(sorted(claims, key=order))) for path, claims in grouped.items()}


class CrossCheck:
    def __init__(self, settings: ConflictRules):
        self.settings = settings
        self.stopwords = {w.lower() for w in settings.quote_stopwords}

    def conflicts(self, claims: Iterable[Claim], involving: Set[str] | None = None) -> list[Conflict]:
        """Every conflict among `claims`, in a stable order; given `involving` (paths), only those with a claim
        from one of those files."""
        by_kind: dict[str, list[Claim]] = defaultdict(list)
        for claim in claims:
            by_kind[claim.kind].append(claim)
        figures = self._figure_positions(c for kind in FIGURE_KINDS for c in by_kind[kind])
        found = [
            *self._figure_conflicts(figures, involving),
            *self._derived_conflicts(by_kind["comparison"], _by_attribute(figures), involving),
            *self._event_conflicts(by_kind["event"], involving),
            *self._quote_conflicts(by_kind["quote"], involving),
        ]
        if involving is not None:  # a ratio in words against figures: any of its three claims
            found = [c for c in found if any(claim.source.path in involving for claim in c.claims)]
        return sorted(found, key=lambda c: (c.subject.lower(), c.key, c.id))

    def subject(self, name: str) -> str:
        return self.settings.merge.get(name, name)

    def keys(self, claim: Claim) -> set[str]:
        """Where `claim` can meet others: two claims can only be in one conflict if they share a key.

        `claimx check` stores these with the cache, to load of a large corpus only
        the claims that can meet the checked articles'.
        """
        if claim.kind in FIGURE_KINDS:
            return {_key_string("figure", *self._figure_key(claim)[:3])}
        if claim.kind == "comparison":
            compared = self._compared_detail(claim)
            keys = {
                _key_string("figure", self.subject(name), *compared) for name in (claim.subject, claim.other) if name
            }
            return keys | ({_key_string("ratio", *self._ratio_key(claim))} if claim.relation == "ratio" else set())
        if claim.kind == "event":
            key = self._event_key(claim)
            return {_key_string("event", key[0], *sorted(key[1]))} if key else set()
        if claim.speaker is None:
            return set()
        return {_key_string("words", _words(claim.quote)), _key_string("speaker", self.subject(claim.speaker))}

    # -- figures -------------------------------------------------------------

    def _figure_positions(self, claims: Iterable[Claim]) -> dict[tuple, list[Position]]:
        grouped: dict[tuple, dict[tuple, list[Claim]]] = defaultdict(lambda: defaultdict(list))
        for claim in claims:
            if claim.kind == "measure" and claim.attribute == "other":
                continue
            grouped[self._figure_key(claim)][self._intervals(claim)].append(claim)
        return {key: [Position(i, tuple(c)) for i, c in sorted(ps.items())] for key, ps in grouped.items()}

    def _figure_key(self, claim: Claim) -> tuple:
        unit = claim.unit if claim.kind == "measure" else None  # FLOP and GPU-hours, USD and EUR: never compared
        return (self.subject(claim.subject), claim.kind, _detail(claim).lower(), unit)

    def _intervals(self, claim) -> tuple[tuple[float, float], ...]:
        base = self._interval(claim.value, claim.low, claim.high, claim.qualifier, claim.resolution)
        readings = [base]
        if getattr(claim, "attribute", None) == "context_window":
            suffix = re.search(r"\d\s?([A-Za-z])\b", claim.text)
            if suffix and suffix.group(1) in self.settings.binary_suffixes and suffix.group(1) in BINARY:
                factor = BINARY[suffix.group(1)]
                readings.append((base[0] * factor, base[1] * factor))
        return tuple((_round(lo), _round(hi)) for lo, hi in readings)

    def _interval(self, value, low, high, qualifier, resolution, tolerance=None) -> tuple[float, float]:
        """What a figure admits: its rounding step, widened by its qualifier. A figure of one significant
        digit ("1M", "2 million") is read no looser than an approximate one: half its step would let "1M"
        and "2 million" tokens agree."""
        tolerance = self.settings.approximate_tolerance if tolerance is None else tolerance
        half = min(resolution / 2, abs(value) * self.settings.approximate_tolerance) if value else resolution / 2
        if qualifier == "range":
            return low - half, high + half
        if qualifier == "at_least":
            return (low if low is not None else value) - half, math.inf
        if qualifier == "at_most":
            return -math.inf, (high if high is not None else value) + half
        spread = abs(value) * tolerance if qualifier == "approximate" else 0.0
        return value - max(half, spread), value + max(half, spread)

    def _figure_conflicts(self, figures: dict[tuple, list[Position]], involving) -> Iterable[Conflict]:
        for key, positions in figures.items():
            for a, b in _disagreeing(positions):
                for x, y in _article_pairs(a, b, involving):
                    key_text = _key_text(key, x.first)
                    yield self._conflict("figure", key[0], key_text, x, y, self._figure_explanation(key, x, y))

    def _figure_explanation(self, key, a: Position, b: Position) -> str:
        subject, kind, detail, _ = key
        if kind == "parameter_count":
            what = f"{detail} parameters"
        elif kind == "benchmark":
            what = f"on {a.first.benchmark}"
        else:
            what = detail.replace("_", " ")
        apart = _percent_apart(a, b)
        qualifiers = {_qualifier_text(a.first.qualifier), _qualifier_text(b.first.qualifier)}
        stated = (
            f"both stated as {qualifiers.pop()}"
            if len(qualifiers) == 1
            else "stated as " + " and ".join(sorted(qualifiers))
        )
        line = f"{a.first.text} vs {b.first.text} {what} for {subject}: {apart}, {stated}"
        return line + _reported(a, b)

    # -- ratios and differences in words --------------------------------------

    def _derived_conflicts(
        self, comparisons: Sequence[Comparison], figures: dict[tuple, list[Position]], involving
    ) -> Iterable[Conflict]:
        """`figures` are keyed by subject, kind and detail, units aside."""
        ratios: dict[tuple, list[Comparison]] = defaultdict(list)
        for claim in comparisons:
            if claim.relation == "ratio":
                ratios[self._ratio_key(claim)].append(claim)
                yield from self._ratio_against_figures(claim, figures)
            else:
                yield from self._difference_against_figures(claim, figures)
        for (subject, attribute), claims in ratios.items():
            positions = self._ratio_positions(claims)
            for a, b in _disagreeing(positions):
                for x, y in _article_pairs(a, b, involving):
                    if _compatible(x.first.other, y.first.other):
                        explanation = (
                            f"{x.first.text} vs {y.first.text} for {subject}'s {attribute.replace('_', ' ')} "
                            f"relative to {x.first.other_text or x.first.other or 'others'}"
                        )
                        yield self._conflict("derived", subject, f"{subject} · ratio · {attribute}", x, y, explanation)

    def _ratio_positions(self, claims: list[Comparison]) -> list[Position]:
        grouped: dict[tuple, list[Comparison]] = defaultdict(list)
        for claim in claims:
            grouped[(self._ratio_interval(claim),)].append(claim)
        return [Position(i, tuple(c)) for i, c in sorted(grouped.items())]

    def _ratio_interval(self, claim: Comparison) -> tuple[float, float]:
        lo, hi = self._interval(claim.value, claim.low, claim.high, claim.qualifier, claim.resolution)
        loose = self.settings.ratio_tolerance
        return _round(min(lo, claim.value * (1 - loose))), _round(max(hi, claim.value * (1 + loose)))

    def _ratio_key(self, claim: Comparison) -> tuple[str, str]:
        return self.subject(claim.subject), claim.attribute

    @staticmethod
    def _compared_detail(claim: Comparison) -> tuple[str, str]:
        """The kind and detail of the figures a comparison compares."""
        if claim.relation == "difference":
            return "benchmark", (claim.benchmark or "").lower()
        return ("parameter_count", "total") if claim.attribute == "parameters" else ("measure", claim.attribute)

    def _compared(self, claim: Comparison, name: str, figures) -> list[Position]:
        """The positions on what a comparison compares, its own article's first."""
        positions = figures.get((self.subject(name), *self._compared_detail(claim)), [])
        own = [p for p in positions if claim.source.path in p.articles]
        return own or positions

    def _ratio_against_figures(self, claim: Comparison, figures) -> Iterable[Conflict]:
        """'a 5x longer context window than GPT-4o' against the two windows the corpus gives."""
        if claim.other is None:
            return
        stated = self._ratio_interval(claim)
        mine, theirs = self._compared(claim, claim.subject, figures), self._compared(claim, claim.other, figures)
        for a, b in itertools.product(mine, theirs):
            actual = _ratio(a.intervals[0], b.intervals[0])
            if actual is None or _meets(stated, actual):
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
        stated = self._interval(claim.value, claim.low, claim.high, claim.qualifier, claim.resolution)
        key = lambda name: (self.subject(name), *self._compared_detail(claim))  # noqa: E731
        same_article = lambda ps: [p for p in ps if claim.source.path in p.articles]  # noqa: E731
        for a, b in itertools.product(
            same_article(figures.get(key(claim.subject), [])), same_article(figures.get(key(claim.other), []))
        ):
            gap = a.gap(b)
            if gap <= stated[1]:
                continue
            subject = self.subject(claim.subject)
            explanation = (
                f"'{claim.text}' of {claim.other}, but {a.first.text} vs {b.first.text} is {_number(gap)} apart"
            )
            key_text = f"{subject} · difference · {claim.benchmark}"
            yield self._against_figures(subject, key_text, claim, stated, a, b, explanation)

    # -- events ----------------------------------------------------------------

    def _event_conflicts(self, events: Sequence[Event], involving) -> Iterable[Conflict]:
        grouped: dict[tuple, dict[tuple, list[Event]]] = defaultdict(lambda: defaultdict(list))
        for event in events:
            key = self._event_key(event)
            if key is not None:
                grouped[key][self._days(event)].append(event)
        for (action, objects), by_days in grouped.items():
            positions = [Position(days, tuple(e)) for days, e in sorted(by_days.items())]
            for a, b in _disagreeing(positions, yearless=True):
                names = " and ".join(sorted(objects))
                gap = int(a.gap(b) if _same_years(a, b) else _yearless(a).gap(_yearless(b)))
                for x, y in _article_pairs(a, b, involving):
                    if self._different_actors(x.first, y.first):
                        continue  # South Korea's ban and Italy's ban of one model are two events
                    explanation = f"{action} of {names}: {x.first.text} vs {y.first.text}, {gap} days apart"
                    yield self._conflict(
                        "event", sorted(objects)[0], f"{names} · {action}", x, y, explanation, days=gap
                    )

    def _event_key(self, event: Event) -> tuple[str, frozenset[str]] | None:
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

    # -- quotes ----------------------------------------------------------------

    def _quote_conflicts(self, quotes: Sequence[Quote], involving) -> Iterable[Conflict]:
        by_words: dict[str, dict[str, list[Quote]]] = defaultdict(lambda: defaultdict(list))
        by_speaker: dict[str, dict[str, list[Quote]]] = defaultdict(lambda: defaultdict(list))
        full_names = _full_names(self.subject(q.speaker) for q in quotes if q.speaker is not None)
        for quote in quotes:
            if quote.speaker is None:
                continue
            words = _words(quote.quote)
            speaker = self.subject(quote.speaker)
            speaker = full_names.get(speaker, speaker)  # "Okafor" in one article is "Daniel Okafor" in another
            by_words[words][speaker].append(quote)
            by_speaker[speaker][words].append(quote)
        for words, speakers in by_words.items():
            positions = [Position(((i, i),), tuple(q)) for i, (_, q) in enumerate(sorted(speakers.items()))]
            for a, b in _pairs_or_star(positions):
                quote = _short(a.first.quote, 60)
                for x, y in _article_pairs(a, b, involving):
                    explanation = f"'{quote}' attributed to {x.first.speaker} and to {y.first.speaker}"
                    yield self._conflict(
                        "quote_speaker", f"“{quote}”", f"quote · {_short(words, 40)}", x, y, explanation
                    )
        for speaker, wordings in by_speaker.items():
            for words_a, words_b in self._reworded(sorted(wordings)):
                first, second = (
                    Position(((0, 0),), tuple(wordings[words_a])),
                    Position(((1, 1),), tuple(wordings[words_b])),
                )
                for x, y in _article_pairs(first, second, involving):
                    explanation = f"{speaker} quoted two ways: '{x.first.quote}' vs '{y.first.quote}'"
                    yield self._conflict("quote_wording", speaker, f"{speaker} · quote", x, y, explanation)

    def _reworded(self, wordings: list[str]) -> list[tuple[str, str]]:
        """Pairs of one speaker's wordings that are one quote told two ways.

        Candidates come from a prefix filter (each wording indexed by its rarest
        words, as many as a pair this alike must share one of), so a speaker
        quoted a thousand times is not compared pairwise.
        """
        sets = [set(words.split()) for words in wordings]
        frequency = Counter(word for words in sets for word in words)
        overlap = self.settings.quote_similarity / (2 - self.settings.quote_similarity)
        index: dict[str, list[int]] = defaultdict(list)
        for i, words in enumerate(sets):
            rarest = sorted(words, key=lambda w: (frequency[w], w))
            for word in rarest[: len(rarest) - math.ceil(overlap * len(rarest)) + 1]:
                index[word].append(i)
        candidates = {pair for members in index.values() for pair in itertools.combinations(members, 2)}
        return [
            (wordings[i], wordings[j])
            for i, j in sorted(candidates)
            if self._same_quote_reworded(wordings[i], wordings[j])
        ]

    def _same_quote_reworded(self, a: str, b: str) -> bool:
        """Alike enough to be one quote, and differing in a word that matters."""
        words_a, words_b = a.split(), b.split()
        matcher = difflib.SequenceMatcher(None, words_a, words_b)
        # the cheap upper bounds first
        if any(
            bound() < self.settings.quote_similarity
            for bound in (matcher.real_quick_ratio, matcher.quick_ratio, matcher.ratio)
        ):
            return False
        return bool((set(words_a) ^ set(words_b)) - self.stopwords)

    # -- the record -------------------------------------------------------------

    def _conflict(self, kind, subject, key, a: Position, b: Position, explanation, days=None) -> Conflict:
        """One article's claim against another's (or the same one's), with what else each article says alike."""
        return Conflict(
            id=_fingerprint(kind, key, a, b),
            kind=kind,
            subject=subject,
            key=key,
            severity=self._severity(a, b, days),
            explanation=explanation,
            sides=[[0], [1]],
            claims=[a.first, b.first],
            witnesses=[list(a.claims[1:]), list(b.claims[1:])],
        )

    def _against_figures(self, subject, key, claim: Comparison, stated, a: Position, b: Position, explanation):
        """A ratio or difference in words on one side; on the other, the two figures it compares."""
        x, y = _representative(a, claim.source.path), _representative(b, claim.source.path)
        stated_position = Position((stated,), (claim,))
        return Conflict(
            id=_fingerprint("derived", key, stated_position, _joined(x, y)),
            kind="derived",
            subject=subject,
            key=key,
            severity=self._severity(stated_position, Position(((*_ratio_bounds(x, y),),), ()), None),
            explanation=explanation,
            sides=[[0], [1, 2]],
            claims=[claim, x.first, y.first],
            witnesses=[[], [*x.claims[1:], *y.claims[1:]]],
        )

    def _severity(self, a: Position, b: Position, days: int | None) -> str:
        if days is not None:
            gap, limits = days, self.settings.severity_days
        elif a.first.kind == "quote":
            return "high" if a.first.speaker != b.first.speaker else "medium"
        else:
            scale = max(abs(v) for p in (a, b) for i in p.intervals for v in i if math.isfinite(v)) or 1.0
            gap, limits = a.gap(b) / scale, self.settings.severity
        return "high" if gap >= limits["high"] else "medium" if gap >= limits["medium"] else "low"


MAX_ARTICLE_PAIRS = 50


def _article_pairs(a: Position, b: Position, involving: Set[str] | None) -> Iterable[tuple[Position, Position]]:
    """The two positions split by article: one conflict per pair of articles that disagree.

    Past MAX_ARTICLE_PAIRS, a star instead of every pair: each article still appears,
    and a figure repeated by thousands of articles does not square the report.
    Given `involving`, every pair with one of those articles, and no other.
    """
    mine, theirs = a.articles, b.articles
    left, right = sorted(mine), sorted(theirs)
    if involving is not None:
        pairs = [(x, y) for x in left if x in involving for y in right]
        pairs += [(x, y) for y in right if y in involving for x in left if x not in involving]
    elif len(left) * len(right) <= MAX_ARTICLE_PAIRS:
        pairs = itertools.product(left, right)
    else:
        pairs = [(x, right[0]) for x in left] + [(left[0], y) for y in right[1:]]
    for x, y in pairs:
        yield mine[x], theirs[y]


MAX_SPEAKERS = 8


def _pairs_or_star(positions: list[Position]) -> Iterable[tuple[Position, Position]]:
    """Every pair of a few positions; past MAX_SPEAKERS, the most attested against each of the others."""
    if len(positions) <= MAX_SPEAKERS:
        return itertools.combinations(positions, 2)
    main = max(positions, key=lambda p: len(p.claims))
    return [(main, p) for p in positions if p is not main]


def _representative(position: Position, path: str) -> Position:
    """The position's claims in `path` if it has any there, else in its first article."""
    return position.articles.get(path) or position.articles[min(position.articles)]


def _by_attribute(figures: dict[tuple, list[Position]]) -> dict[tuple, list[Position]]:
    """Positions keyed by subject, kind and detail: what a comparison in words looks up."""
    index: dict[tuple, list[Position]] = defaultdict(list)
    for key, positions in figures.items():
        index[key[:3]] += positions
    return index


def _ratio_bounds(a: Position, b: Position) -> tuple[float, float]:
    return _ratio(a.intervals[0], b.intervals[0]) or (0.0, 0.0)


MAX_POSITION_PAIRS = 144


def _disagreeing(positions: list[Position], yearless: bool = False) -> list[tuple[Position, Position]]:
    """The pairs of positions that do not meet, in a stable order.

    With `yearless`, dates without a year are compared with dated ones in a stand-in year.
    """
    if not yearless:
        return [(positions[i], positions[j]) for i, j in _apart(positions)]
    dated = [p for p in positions if not p.first.date.startswith("--")]
    undated = [p for p in positions if p.first.date.startswith("--")]
    pairs = [(dated[i], dated[j]) for i, j in _apart(dated)]
    pairs += [(undated[i], undated[j]) for i, j in _apart(undated)]
    pairs += [(dated[i], undated[j]) for i, j in _apart([_yearless(p) for p in dated], undated)]
    return pairs


def _apart(left: list[Position], right: list[Position] | None = None) -> list[tuple[int, int]]:
    """Index pairs of positions that do not meet, within `left` or between `left` and `right`.

    Every pair while there are few; past MAX_POSITION_PAIRS, each position against its
    nearest disagreeing neighbour below and above (by the span of its intervals): every
    position that disagrees still appears, in O(n log n), and a figure given a thousand
    different ways does not square the report.
    """
    within = right is None
    right = left if right is None else right
    if len(left) * len(right) <= MAX_POSITION_PAIRS:
        pairs = (
            itertools.combinations(range(len(left)), 2)
            if within
            else itertools.product(range(len(left)), range(len(right)))
        )
        return [(i, j) for i, j in pairs if not left[i].meets(right[j])]
    lows = sorted((min(lo for lo, _ in p.intervals), j) for j, p in enumerate(right))
    highs = sorted((max(hi for _, hi in p.intervals), j) for j, p in enumerate(right))
    found = set()
    for i, position in enumerate(left):
        low, high = min(lo for lo, _ in position.intervals), max(hi for _, hi in position.intervals)
        above = bisect.bisect_right(lows, (high, math.inf))
        below = bisect.bisect_left(highs, (low, -math.inf)) - 1
        for j in ([lows[above][1]] if above < len(lows) else []) + ([highs[below][1]] if below >= 0 else []):
            found.add((min(i, j), max(i, j)) if within else (i, j))
    return sorted(found)


YEARLESS_YEAR = 2000


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


def _ratio(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float] | None:
    if b[0] <= 0 or not all(math.isfinite(v) for v in (*a, *b)):
        return None
    return a[0] / b[1], a[1] / b[0]


def _meets(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _joined(a: Position, b: Position) -> Position:
    return Position(a.intervals + b.intervals, a.claims + b.claims)


def _compatible(a: str | None, b: str | None) -> bool:
    """Two ratios compare like with like when they name the same other side, or one names none."""
    return a is None or b is None or a == b


def _words(quote: str) -> str:
    """A quote's words, case, punctuation and quotation marks aside."""
    return " ".join(PUNCTUATION.sub(" ", quote.replace("’", "'").lower()).split())


def _key_string(*parts: str) -> str:
    return "\x1f".join(parts)


def _short(text: str, length: int = 70) -> str:
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def _full_names(speakers: Iterable[str]) -> dict[str, str]:
    """A surname alone -> the one full name among `speakers` that ends with it."""
    by_surname: dict[str, set[str]] = defaultdict(set)
    for name in set(speakers):
        if " " in name:
            by_surname[name.rsplit(" ", 1)[1]].add(name)
    return {surname: next(iter(names)) for surname, names in by_surname.items() if len(names) == 1}


def _key_text(key: tuple, claim) -> str:
    """`GLM-5.2 · parameter_count · total`, `GLM-5.2 · measure · training_cost · USD`: units where they part keys."""
    subject, kind, _, unit = key
    shown_unit = unit if unit and unit != unit.lower() else None
    return " · ".join(p for p in (subject, kind, _detail(claim), shown_unit) if p)


def _detail(claim) -> str:
    """What a figure is of, within its subject and kind: `total`, `MMLU`, `price_per_million_tokens (input)`;
    prices of input and output tokens are never compared."""
    if claim.kind == "parameter_count":
        return claim.scope
    if claim.kind == "benchmark":
        return claim.benchmark
    return f"{claim.attribute} ({claim.tokens})" if claim.tokens else claim.attribute


def _percent_apart(a: Position, b: Position) -> str:
    values = sorted(abs(p.first.value) for p in (a, b))
    if not values[1]:
        return "apart"
    return f"{(values[1] - values[0]) / values[1]:.0%} apart"


def _ratio_text(a: Position, b: Position) -> str:
    ratio = a.first.value / b.first.value if b.first.value else math.inf
    return f"{ratio:.3g}x" if ratio >= 1 else f"1/{1 / ratio:.3g}"


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


def _number(value: float) -> str:
    return f"{value:g}"


def _round(value: float) -> float:
    return value if not math.isfinite(value) else float(f"{value:.10g}")


def _fingerprint(kind: str, key: str, a: Position, b: Position) -> str:
    """From what is compared, what each side states and in which files, never where in them:
    it survives an article being reformatted or its lines moving."""
    sides = sorted(f"{_stated(kind, p)}@{sorted({portable(c.source.path) for c in p.claims})}" for p in (a, b))
    digest = hashlib.sha256("\x1f".join([kind, key, *sides]).encode("utf-8")).hexdigest()
    return digest[:16]


def _stated(kind: str, position: Position) -> str:
    if kind == "quote_speaker":
        return repr(sorted({c.speaker for c in position.claims}))
    if kind == "quote_wording":
        return _words(position.first.quote)
    return repr(position.intervals)
