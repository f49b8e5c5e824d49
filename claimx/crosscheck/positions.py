"""Positions: what one or more claims state, as intervals, and which positions disagree.

Every figure (and every date, as day numbers) becomes an interval; claims
stating the same intervals are one position. Positions whose intervals do not
meet disagree; past a few, each is compared with its nearest neighbours only,
so a figure given a thousand ways does not square the report.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import itertools
import math
import os
from collections import defaultdict
from collections.abc import Iterable, Set
from dataclasses import dataclass
from functools import cached_property

from ..corpus import portable
from ..records import Claim

CONFIDENCE_RANK = {"low": 0, "medium": 1, "high": 2}


@dataclass(frozen=True)
class Position:
    """What one or more claims state: the intervals their wording admits (more than one for `256K`), and for
    figures what they say it is of beyond the key (`facets`: a setup, tokens, a date)."""

    intervals: tuple[tuple[float, float], ...]
    claims: tuple[Claim, ...]
    facets: tuple = ()

    def meets(self, other: Position) -> bool:
        return any(a[0] <= b[1] and b[0] <= a[1] for a in self.intervals for b in other.intervals)

    def gap(self, other: Position) -> float:
        """Smallest distance between the two positions' intervals."""
        return min(max(b[0] - a[1], a[0] - b[1], 0.0) for a in self.intervals for b in other.intervals)

    @property
    def first(self) -> Claim:
        return self.claims[0]

    @cached_property
    def surest(self) -> Claim:
        """The claim attributed most surely: another sentence of the article giving the figure to a named subject
        makes the position sure."""
        return max(self.claims, key=lambda c: CONFIDENCE_RANK[c.confidence])

    @cached_property
    def paths(self) -> frozenset[str]:
        """The articles its claims come from."""
        return frozenset(c.source.path for c in self.claims)

    @cached_property
    def texts(self) -> frozenset[str]:
        """The articles its claims come from, by the hash of their text: the same wherever the file moves."""
        return frozenset(c.source.text_sha256 or c.source.path for c in self.claims)

    @cached_property
    def articles(self) -> dict[str, Position]:
        """The position's claims per article, the one to show first: prose before a table cell, then the earliest."""
        grouped: dict[str, list[Claim]] = defaultdict(list)
        for claim in self.claims:
            grouped[claim.source.path].append(claim)
        order = lambda c: (c.rule.startswith("table."), c.source.start)  # noqa: E731
        return {
            path: Position(self.intervals, tuple(sorted(claims, key=order)), self.facets)
            for path, claims in grouped.items()
        }


def interval(value, low, high, qualifier, resolution, tolerance: float) -> tuple[float, float]:
    """What a figure admits: its rounding step, widened by its qualifier. A figure of one significant
    digit ("1M", "2 million") is read no looser than an approximate one: half its step would let "1M"
    and "2 million" tokens agree. A bound is stated as a bound: "over 2 trillion" admits nothing below; an
    approximate figure admits its own interval, where the wording gives a wider one ("~10^25")."""
    half = min(resolution / 2, abs(value) * tolerance) if value else resolution / 2
    if qualifier == "range":
        return low - half, high + half
    if qualifier == "at_least":
        return (low if low is not None else value), math.inf
    if qualifier == "at_most":
        return -math.inf, (high if high is not None else value)
    spread = abs(value) * tolerance if qualifier == "approximate" else 0.0
    lowest, highest = value - max(half, spread), value + max(half, spread)
    if qualifier == "approximate" and low is not None and high is not None:  # "~10^25": an order of magnitude
        return min(lowest, low), max(highest, high)
    return lowest, highest


MAX_ARTICLE_PAIRS = 50


def article_pairs(a: Position, b: Position, involving: Set[str] | None) -> Iterable[tuple[Position, Position]]:
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


def pairs_or_star(positions: list[Position]) -> Iterable[tuple[Position, Position]]:
    """Every pair of a few positions; past MAX_SPEAKERS, the most attested against each of the others."""
    if len(positions) <= MAX_SPEAKERS:
        return itertools.combinations(positions, 2)
    main = max(positions, key=lambda p: len(p.claims))
    return [(main, p) for p in positions if p is not main]


def representative(position: Position, path: str) -> Position:
    """The position's claims in `path` if it has any there, else in its first article."""
    return position.articles.get(path) or position.articles[min(position.articles)]


MAX_POSITION_PAIRS = 144


def apart(left: list[Position], right: list[Position] | None = None) -> list[tuple[int, int]]:
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


def disagreeing(positions: list[Position]) -> list[tuple[Position, Position]]:
    """The pairs of positions that do not meet, in a stable order."""
    return [(positions[i], positions[j]) for i, j in apart(positions)]


def meets(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def joined(a: Position, b: Position) -> Position:
    both = Position(a.intervals + b.intervals, a.claims + b.claims)
    both.__dict__["paths"] = a.paths | b.paths  # known already: a figure repeated 10,000 times is not walked again
    both.__dict__["texts"] = a.texts | b.texts
    return both


def rounded(value: float) -> float:
    return value if not math.isfinite(value) else float(f"{value:.10g}")


def key_string(*parts: str) -> str:
    return "\x1f".join(parts)


def short(text: str, length: int = 70) -> str:
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def fingerprints(kind: str, key: str, a: Position, b: Position, stated) -> dict[str, str]:
    """A conflict's `id` and `content_id`: from what is compared, what each side states (`stated(position)`) and
    in which files, never where in them, so both survive an article being reformatted or its lines moving. The
    `id` names the files by path (it survives an edit), the `content_id` by their text (it survives a rename)."""
    here = os.getcwd()
    by_path = _fingerprint(kind, key, a, b, stated, lambda p: {_portable(here, path) for path in p.paths})
    return {"id": by_path, "content_id": _fingerprint(kind, key, a, b, stated, lambda p: p.texts)}


def _fingerprint(kind: str, key: str, a: Position, b: Position, stated, files) -> str:
    sides = sorted(f"{stated(p)}@{sorted(files(p))}" for p in (a, b))
    return hashlib.sha256("\x1f".join([kind, key, *sides]).encode("utf-8")).hexdigest()[:16]


@functools.lru_cache(maxsize=65536)
def _portable(here: str, path: str) -> str:
    """`portable`, once per file and working folder: a large check names the same files thousands of times."""
    return portable(path)
