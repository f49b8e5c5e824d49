"""Figures: two claims of one key (subject, kind, and attribute, benchmark or scope) whose intervals do not meet.

Beyond the key, a figure may say what it is of: a benchmark's setup, the tokens
of a price or a window, the chip counted, the date it is stated for (its
*facets*). Two figures
whose facets both say and differ are never compared (3-shot vs 0-shot, input vs
output, as of June vs as of June 20); a facet one side leaves unstated may be
the other's, so those are compared, with less confidence; a price or a download
count stating no date is of its article's day against one stated for another.
Where an article gives several figures for one key, another article agreeing
with one of them does not contradict it, and one figure written twice in an
article is one conflict. Within one article, two figures are reported only where
both are attributed surely and the article does not itself tell them apart (by a
facet, a variant of the subject, a hedge on one, or one sentence holding both).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Set
from typing import NamedTuple

from ..literals import alternation
from ..records import Conflict
from ..ruleset import ConflictRules
from . import wording
from .base import Checker
from .confidence import attribution
from .names import is_variant, member_sizes, size_value
from .positions import CONFIDENCE_RANK, Position, apart, article_pairs, interval, rounded

FIGURE_KINDS = ("parameter_count", "benchmark", "measure")
NAME_SIZE = re.compile(r"(\d+(?:\.\d+)?)([BT])")  # a name's last word that is its size: 1B, 405B, 1.2T
SIZE_SCALES = {"B": 1e9, "T": 1e12}
PLAN_REACH = 6  # words before a measure that may tell a plan: "xAI aims to double Colossus's capacity to 200,000"
BINARY = {"K": 1024 / 1000, "k": 1024 / 1000, "M": 1024**2 / 1000**2}


class Facets(NamedTuple):
    """What a figure says it is of, beyond its key; None where the text does not say."""

    setup: str | None
    tokens: str | None
    chip: str | None
    as_of: str | None
    tier: str | None  # prices of different tiers are never compared: no facet one side may leave unstated


def facets(claim) -> Facets:
    setup = claim.setup if claim.kind == "benchmark" else None
    tokens, chip, tier = (claim.tokens, claim.chip, claim.tier) if claim.kind == "measure" else (None, None, None)
    return Facets(" ".join(setup.lower().split()) if setup else None, tokens, chip, claim.as_of, tier)


class FigureCheck(Checker):
    """`entity_types` maps the alias table's names to their type (a name not in it is a model); `sizes_of` the
    models whose name alone stands for a family of sizes to those sizes (`Llama 3`: 8B, 70B, 405B)."""

    def __init__(
        self,
        settings: ConflictRules,
        entity_types: Mapping[str, str] | None = None,
        sizes_of: Mapping[str, Iterable[str]] | None = None,
    ):
        super().__init__(settings)
        self.entity_types = entity_types or {}
        self.sizes_of = {model: {size_value(s) for s in sizes} - {None} for model, sizes in (sizes_of or {}).items()}
        # words of a sentence whose figures the article itself tells apart from its others: versions, a past state
        words = alternation([*settings.version_words, *settings.then_words]) or "(?!)"
        self.telling_apart = re.compile(rf"\b(?:{words})\b", re.IGNORECASE)
        self.stating_a_change = re.compile(rf"\b(?:{alternation(settings.change_words) or '(?!)'})\b", re.IGNORECASE)
        self.telling_a_window = re.compile(rf"\b(?:{alternation(settings.window_words) or '(?!)'})\b", re.IGNORECASE)
        self.telling_a_plan = re.compile(rf"\b(?:{alternation(settings.plan_words) or '(?!)'})\b", re.IGNORECASE)
        forecasting = alternation(settings.forecast_words) or "(?!)"
        self.telling_a_forecast = re.compile(rf"\b(?:{forecasting})\b", re.IGNORECASE)
        computing = alternation(settings.compute_cost_words) or "(?!)"
        self.telling_compute_only = re.compile(rf"\b(?:{computing})\b", re.IGNORECASE)

    def positions(self, claims: Iterable) -> dict[tuple, list[Position]]:
        """The figure claims grouped by key, and within a key by their facets and what they state."""
        grouped: dict[tuple, dict[tuple, list]] = defaultdict(lambda: defaultdict(list))
        for claim in claims:
            if claim.kind == "measure" and claim.attribute == "other":
                continue
            grouped[self.key(claim)][(facets(claim), self.intervals(claim))].append(claim)
        order = lambda item: (tuple(f or "" for f in item[0][0]), item[0][1])  # noqa: E731
        return {
            key: [Position(i, tuple(c), f) for (f, i), c in sorted(ps.items(), key=order)]
            for key, ps in grouped.items()
        }

    def key(self, claim) -> tuple:
        unit = claim.unit if claim.kind == "measure" else None  # FLOP and GPU-hours, USD and EUR: never compared
        return (self.subject(claim.subject), claim.kind, wording.detail(claim).lower(), unit)

    def intervals(self, claim) -> tuple[tuple[float, float], ...]:
        base = self.interval(claim)
        readings = [base]
        if getattr(claim, "attribute", None) == "context_window":
            suffix = re.search(r"\d\s?([A-Za-z])\b", claim.text)
            if suffix and suffix.group(1) in self.settings.binary_suffixes and suffix.group(1) in BINARY:
                factor = BINARY[suffix.group(1)]
                readings.append((base[0] * factor, base[1] * factor))
        return tuple((rounded(lo), rounded(hi)) for lo, hi in readings)

    def interval(self, claim) -> tuple[float, float]:
        """What the figure admits; a limit (a context window) 'up to' a figure is that figure."""
        qualifier = claim.qualifier
        if qualifier == "at_most" and getattr(claim, "attribute", None) in self.settings.limits:
            qualifier = "exact"
        tolerance = self.settings.approximate_tolerance
        if qualifier == "exact" and _restates_its_name(claim):
            qualifier, tolerance = "approximate", self.settings.size_label_tolerance
        return interval(claim.value, claim.low, claim.high, qualifier, claim.resolution, tolerance)

    def reading(self, key: tuple, a: Facets, b: Facets) -> tuple[int, int] | None:
        """Whether figures with facets `a` and `b` can be of one thing: None where both state a facet and it
        differs; else how loosely (facets only one states, then how unlikely the stated tokens are for a figure
        that names none), lower the closer."""
        if a.tier != b.tier:
            return None  # a batch or off-peak price against the standard rate: another price, no contradiction
        unstated, order = 0, 0
        for mine, theirs in ((a.setup, b.setup), (a.chip, b.chip)):  # 3-shot vs 0-shot, H100s vs A100s
            if mine != theirs:
                if mine and theirs:
                    return None
                unstated += 1
        if a.tokens != b.tokens:
            if a.tokens and b.tokens:
                return None
            likely = self.settings.unstated_tokens.get(key[2]) if key[1] == "measure" else None
            if likely is not None:
                if (a.tokens or b.tokens) not in likely:
                    return None  # an output cap is no context window
                order = likely.index(a.tokens or b.tokens)
            unstated += 1
        if a.as_of != b.as_of:
            if a.as_of and b.as_of:
                return None  # figures for different times: a change, not a contradiction
            unstated += 1
        return unstated, order

    def conflicts(
        self,
        figures: dict[tuple, list[Position]],
        involving: Set[str] | None,
        names: Callable[[str], set[str]],
    ) -> Iterable[Conflict]:
        """`names(path)` is every name an article's claims give: an article naming a variant of a subject
        (`gpt-5-mini` beside `GPT-5`) tells that subject's figures apart itself."""
        for key, positions in figures.items():
            readings = _by_article(positions)
            pairs: dict[tuple[str, str], list[tuple[Position, Position]]] = defaultdict(list)
            for a, b in self._disagreeing(key, positions):
                for x, y in article_pairs(a, b, involving):
                    path = x.first.source.path
                    if path == y.first.source.path:
                        if not self._contradicts_itself(key, x, y, names(path)):
                            continue
                    elif (
                        _names_as_old(x, y)
                        or _names_as_old(y, x)
                        or self._another_reading(key, x, y, readings)
                        or self._other_times(key, x, y)
                        or self._holdings_at_other_times(key, x, y)
                        or self._totals_at_other_times(key, x, y)
                        or self._changed_since(key, x, y)
                        or self._changed_since(key, y, x)
                        or self._plans(key, x) != self._plans(key, y)
                    ):
                        continue
                    pairs[(path, y.first.source.path)].append((x, y))
            for paths, found in pairs.items():
                members = self._members(key, paths, names)
                yield from (self._conflict(key, x, y, readings, members) for x, y in _one_per_statement(found))

    def _members(self, key: tuple, paths: tuple[str, str], names: Callable[[str], set[str]]) -> set[float]:
        """The sizes a parameter count's subject comes in, where its name alone stands for a family of them: the
        rules' (`sizes_of`) and those of the members the two articles name (`Llama 3 70B` beside `Llama 3`)."""
        if key[1] != "parameter_count":
            return set()  # the articles' names are read only for parameter counts
        return self.sizes_of.get(key[0], set()) | member_sizes(key[0], names(paths[0]) | names(paths[1]))

    def _other_times(self, key: tuple, x: Position, y: Position) -> bool:
        """Whether a figure that changes with time (a price, downloads) is stated 'as of' a day on one side, and
        on the other, stating none, is of the day its article was published, another: a change."""
        if (
            key[1] != "measure"
            or key[2] not in self.settings.changing
            or (x.facets.as_of is None) == (y.facets.as_of is None)
        ):
            return False
        stated, silent = (x, y) if x.facets.as_of else (y, x)
        day = silent.first.source.published
        return day is not None and not _within(dt.date.fromisoformat(day), stated.facets.as_of)

    def _of_an_unknown_day(self, key: tuple, x: Position, y: Position) -> list[str]:
        """Where a figure that changes over a model's life (a price, a context window) is told by two articles and
        either gives it no day (no 'as of' date, no day of publication): the two may be of two times, before and
        after a price cut or a window raised, so their disagreement is a doubt, not a sure contradiction. A running
        total has its own rule of days; one article's two figures are of its one day."""
        if (
            key[1] != "measure"
            or key[2] not in self.settings.changing
            or key[2] in self.settings.running_totals
            or x.first.source.path == y.first.source.path
        ):
            return []
        undated = next((p for p in (x, y) if not (p.facets.as_of or p.first.source.published)), None)
        if undated is None:
            return []
        what = key[2].replace("_", " ")
        return [f"{undated.first.text} is of a day its article does not give, and a {what} changes over time"]

    def _holdings_at_other_times(self, key: tuple, x: Position, y: Position) -> bool:
        """Whether two articles count what an organisation holds (its chips) for different days, or for days
        unknown: a fleet grows ('100,000 GPUs' in one year, '200,000' the next, '550,000' planned for a new site),
        so its counts only contradict each other when stated for one day (an 'as of' date, else the article's)."""
        if (
            key[1] != "measure"
            or key[2] not in self.settings.holdings
            or self.entity_types.get(key[0], "model") != "org"
        ):
            return False
        return _other_days(x, y)

    def _totals_at_other_times(self, key: tuple, x: Position, y: Position) -> bool:
        """Whether two articles give a running total (downloads) for different days, or for days unknown, and not
        both for a span after release: 400 million in one month and 700 million later are two times."""
        if key[1] != "measure" or key[2] not in self.settings.running_totals:
            return False
        windowed = [any(self.telling_a_window.search(c.sentence) for c in p.claims) for p in (x, y)]
        return not all(windowed) and _other_days(x, y)

    def _changed_since(self, key: tuple, new: Position, old: Position) -> bool:
        """Whether `new` states a measure as a change's new state ('expanded to 1M tokens') in an article published
        after `old`'s: what `old` said was so before the change."""
        published = new.first.source.published, old.first.source.published
        return None not in published and published[1] < published[0] and self._states_a_change(key, new)

    def _plans(self, key: tuple, position: Position) -> bool:
        """Whether a measure is stated as a plan: a plan word among the few words before it."""
        return key[1] == "measure" and any(self.telling_a_plan.search(_words_before(c)) for c in position.claims)

    def _forecast(self, position: Position) -> bool:
        """Whether a figure is a forecast: estimated or approximate, in a sentence telling a model not out yet
        ('when they launch, ... about 100 billion parameters'). A firm figure there ('Orca-4, a 70B model, is
        upcoming') is the model's as announced, compared as any other."""
        return all(
            (c.hedged or c.qualifier == "approximate") and self.telling_a_forecast.search(c.sentence)
            for c in position.claims
        )

    def _of_another_scope(self, key: tuple, x: Position, y: Position) -> str | None:
        """Where one side's cost counts only the compute that trained the model ('$78 million worth of compute',
        'at $1 per GPU hour') and the other's does not say so, the other may count more (staff, experiments, the
        cluster): the two may not be of one thing. None where both or neither say so."""
        if key[1] != "measure" or key[2] not in self.settings.compute_costs:
            return None
        told = [[c for c in p.claims if self.telling_compute_only.search(c.sentence)] for p in (x, y)]
        if bool(told[0]) == bool(told[1]):
            return None
        return f"{(told[0] or told[1])[0].text} counts only compute, the other may count more"

    def _states_a_change(self, key: tuple, position: Position) -> bool:
        return key[1] == "measure" and any(self.stating_a_change.search(c.sentence) for c in position.claims)

    def _change_unordered(self, key: tuple, x: Position, y: Position) -> str | None:
        """Where one side states a change and an article's day is unknown: which came first, and so whether the
        other tells how things stood before, nobody can say."""
        if x.first.source.published and y.first.source.published:
            return None
        changing = next((p for p in (x, y) if self._states_a_change(key, p)), None)
        if changing is None:
            return None
        return f"{changing.first.text} is stated as a change, and which article came first is unknown"

    def _disagreeing(self, key: tuple, positions: list[Position]) -> list[tuple[Position, Position]]:
        """Pairs of positions that do not meet and whose facets can be of one thing."""
        by_facets: dict[Facets, list[Position]] = defaultdict(list)
        for position in positions:
            by_facets[position.facets].append(position)
        groups = list(by_facets.items())
        pairs = []
        for i, (facets_a, left) in enumerate(groups):
            pairs += [(left[m], left[n]) for m, n in apart(left)]
            for facets_b, right in groups[i + 1 :]:
                if self.reading(key, facets_a, facets_b) is not None:
                    pairs += [(left[m], right[n]) for m, n in apart(left, right)]
        return pairs

    def _another_reading(self, key: tuple, x: Position, y: Position, readings: dict[str, list[Position]]) -> bool:
        """Whether either side has a better reading in the other's article: a figure there it meets, or one whose
        facets are closer to its own (a window naming no tokens is compared with the other's total first)."""
        rank = self.reading(key, x.facets, y.facets)
        for mine, other in ((x, y), (y, x)):
            for alternative in readings[other.first.source.path]:
                closeness = self.reading(key, mine.facets, alternative.facets)
                if alternative is other or closeness is None:
                    continue
                if mine.meets(alternative) or closeness < rank:
                    return True
        return False

    def _contradicts_itself(self, key: tuple, x: Position, y: Position, names: set[str]) -> bool:
        """Two figures of one article are a contradiction only where both are attributed surely and the article
        does not tell them apart: by a setup, tokens or a date, by naming a variant of the subject, by giving one
        as a rumour beside the other, by setting both in one sentence (a change, a comparison, a range), by
        stating one in a sentence listing versions or telling how things stood before, or by stating one beside
        the other as an alternative (a cell's `74.9% (78.4% with Agent Swarm)`)."""
        surely = x.surest.confidence == "high" and y.surest.confidence == "high"
        told_apart = (
            x.facets != y.facets
            or any(is_variant(name, key[0]) for name in names)
            or any(c.hedged for c in (*x.claims, *y.claims))
            or bool({c.sentence for c in x.claims} & {c.sentence for c in y.claims})
            or self._told_apart(x)
            or self._told_apart(y)
            or _states_beside(x, y)
            or _states_beside(y, x)
            or _changed(x) != _changed(y)
        )
        return surely and not told_apart

    def _told_apart(self, position: Position) -> bool:
        """Is a figure stated in a sentence listing its family's versions ('in versions from 8B to 400B') or
        telling how things stood before ('at launch, it was limited to 200K')?"""
        return any(self.telling_apart.search(c.sentence) for c in position.claims)

    def _conflict(
        self, key: tuple, x: Position, y: Position, readings: dict[str, list[Position]], members: set[float]
    ) -> Conflict:
        if _over_time(x, y):
            return self._change_over_time(key, x, y)
        # another tier's line of the same figure witnesses whose figure a side is, and nothing else of it
        witnessed_x, witnessed_y = (_lent_by_other_tiers(p, readings) for p in (x, y))
        confidence, why = attribution([witnessed_x, witnessed_y])
        unstated = wording.unstated_facets(x, y) + wording.told_apart_unrecorded(x, y, readings)
        if unstated and confidence == "high":  # taking an unstated setup or tokens for the other's is a guess
            confidence, why = "medium", unstated[0]
        undated = self._of_an_unknown_day(key, x, y)
        if undated and confidence == "high":  # a price cut or a window raised between the two is as likely
            confidence, why = "medium", undated[0]
        family = _family_of_sizes(key, x, y, members)
        if family is not None and CONFIDENCE_RANK[family[0]] < CONFIDENCE_RANK[confidence]:
            confidence, why = family
        unordered = self._change_unordered(key, x, y)
        if unordered is not None:  # the other side may be how things stood before the change
            confidence, why = "low", unordered
        forecast = next((p for p in (x, y) if self._forecast(p)), None)
        if forecast is not None:  # the figure stated at release may revise it
            confidence, why = "low", f"{forecast.first.text} is a forecast for a model not out yet"
        scope = self._of_another_scope(key, x, y)
        if scope is not None:  # a compute bill against what may be the whole bill
            confidence, why = "low", scope
        notes = [*unstated, *undated, *wording.hedges(x, y), *wording.self_reported(x, y)]
        explanation = "; ".join([wording.explanation(key, x, y, self.settings.limits), *notes])
        both_hedged = wording.hedged(x) and wording.hedged(y)
        severity = "low" if both_hedged else None  # rumours that disagree are no news
        return self.conflict(
            "figure",
            key[0],
            wording.key_text(key, x, y),
            witnessed_x,
            witnessed_y,
            explanation,
            sureness=(confidence, why),
            severity=severity,
        )

    def _change_over_time(self, key: tuple, x: Position, y: Position) -> Conflict:
        """One side's article states its figure as a change's new value (`cut the price to $2`), the other's gives
        another with no change: most likely the value before the change (or after another), both right at their
        dates. Reported as a change, low severity and confidence, which never fails a check; the changed claim
        stands first on its side, so the check can tell."""
        new, old = (x, y) if _changed(x) else (y, x)
        new = Position(new.intervals, tuple(sorted(new.claims, key=lambda c: not c.changed)), new.facets)
        said = f"{new.first.text} is stated as a new value"
        was = next((c.was for c in new.claims if c.was is not None), None)
        if was is not None:
            said += f" (from {was:g})"
        explanation = (
            f"{wording.explanation(key, new, old, self.settings.limits)}; "
            f"a change over time, not a contradiction: {said}, "
            f"{old.first.text} may be the value before it; low severity, never fails a check"
        )
        why = f"{new.first.text} is stated as a change's new value, and which article came first is unknown"
        x, y = (new, old) if x is not old else (old, new)
        return self.conflict(
            "figure", key[0], wording.key_text(key, x, y), x, y, explanation, sureness=("low", why), severity="low"
        )


def _lent_by_other_tiers(position: Position, readings: dict[str, list[Position]]) -> Position:
    """The position with the claims its article makes of the same figure in another pricing tier, or in none:
    `$0.30 per million tokens on OpenRouter`, whose subject is only resolved from `Zhipu AI's model`, is
    GLM-5.2's where a table row of the same article gives GLM-5.2 $0.30. Those claims only witness whose figure
    it is (they make the side as sure as they are, and are listed beside it); tiers are never compared."""
    untiered = position.facets._replace(tier=None)
    lent = tuple(
        claim
        for other in readings[position.first.source.path]
        if other.facets != position.facets and other.facets._replace(tier=None) == untiered
        for claim in other.claims
        if claim.value == position.first.value
    )
    return Position(position.intervals, position.claims + lent, position.facets) if lent else position


def _family_of_sizes(key: tuple, x: Position, y: Position, members: set[float]) -> tuple[str, str] | None:
    """Where a name alone stands for a family of several sizes (`Llama 3`: 8B, 70B, 405B), two of its parameter
    counts may be two members' ('the 70B Llama 3', 'Llama 3's 405B model'): no sure contradiction. Low where each
    side's total is a member's size, medium otherwise; None for a name of one size."""
    if len(members) < 2:
        return None
    shown = ", ".join(f"{size / 1e9:g}B" if size >= 1e9 else f"{size / 1e6:g}M" for size in sorted(members))
    if key[2] == "total" and all(any(_is_size(p, size) for size in members) for p in (x, y)):
        return "low", f"{key[0]} comes in several sizes ({shown}) and each side's is one of them: two members"
    return "medium", f"{key[0]} comes in several sizes ({shown}): either side's may be another member's"


def _is_size(position: Position, size: float) -> bool:
    """Whether a position's figure is a member's size, as names round it (Llama 3.2 1B has 1.23B)."""
    return math.isclose(position.first.value, size, rel_tol=0.05)


def _over_time(x: Position, y: Position) -> bool:
    """Does one side state its figure as a change's new value and the other none, in an article not known to be
    published after the change's (a later article's other figure contradicts the new value)?"""
    if _changed(x) == _changed(y):
        return False
    new, old = (x, y) if _changed(x) else (y, x)
    days = new.first.source.published, old.first.source.published
    return None in days or days[1] <= days[0]


def _changed(position: Position) -> bool:
    """Does the article state the figure as a change's new value (`cut the price to $2`, `now costs $2`)?"""
    return any(getattr(c, "changed", False) for c in position.claims)


def _names_as_old(new: Position, old: Position) -> bool:
    """Does `new`'s article name `old`'s figure as the value before its change (`$2, down from $10`)? Then both
    say the same thing of two times."""
    olds = {c.was for c in new.claims if getattr(c, "was", None) is not None}
    return any(lo <= was <= hi for was in olds for lo, hi in old.intervals)


def _other_days(x: Position, y: Position) -> bool:
    """Whether two positions are stated for different days, or either for a day unknown (an 'as of' date, else
    the article's)."""
    days = [p.facets.as_of or p.first.source.published for p in (x, y)]
    return None in days or days[0] != days[1]


def _words_before(claim) -> str:
    """The last `PLAN_REACH` words of a claim's sentence before its evidence."""
    before = claim.sentence[: max(0, claim.sentence.find(claim.text))]
    return " ".join(before.split()[-PLAN_REACH:])


def _states_beside(x: Position, y: Position) -> bool:
    """Whether a claim of `x` has a figure of `y` written inside its evidence, as a whole figure."""
    return any(
        re.search(rf"(?<![\d.,]){re.escape(theirs.text)}(?![\d])", mine.text)
        for mine in x.claims
        for theirs in y.claims
        if theirs.text and theirs.text != mine.text
    )


def _one_per_statement(pairs: list[tuple[Position, Position]]) -> list[tuple[Position, Position]]:
    """One conflict per statement of each article: where an article gives one figure twice in words that differ
    (`about 2.1e24` in prose, `2.1e24` in its table: they meet), its prose, earliest, stands for both."""
    kept: list[tuple[Position, Position]] = []
    for x, y in sorted(pairs, key=_prose_first):
        if not any(x.meets(mine) and y.meets(theirs) for mine, theirs in kept):
            kept.append((x, y))
    return kept


def _prose_first(pair: tuple[Position, Position]) -> list[tuple[bool, int]]:
    return [(claim.rule.startswith("table."), claim.source.start) for claim in (pair[0].first, pair[1].first)]


def by_attribute(figures: dict[tuple, list[Position]]) -> dict[tuple, list[Position]]:
    """Positions keyed by subject, kind and detail, units aside: what a comparison in words looks up. A ratio
    of prices or windows ('a fifth of the price') compares figures that name no tokens."""
    merged: dict[tuple, dict[tuple, list]] = defaultdict(lambda: defaultdict(list))
    for key, positions in figures.items():
        for position in positions:
            if position.facets.tokens is None:  # one position per figure, whatever setup or date it states
                merged[key[:3]][position.intervals] += position.claims
    return {key: [Position(i, tuple(c)) for i, c in sorted(ps.items())] for key, ps in merged.items()}


def _by_article(positions: list[Position]) -> dict[str, list[Position]]:
    grouped: dict[str, list[Position]] = defaultdict(list)
    for position in positions:
        for path, mine in position.articles.items():
            grouped[path].append(mine)
    return grouped


def _within(day: dt.date, period: str) -> bool:
    """Whether a day falls in an ISO date, month or year; an unreadable period holds any day."""
    try:
        parts = [int(p) for p in period.split("-")]
    except ValueError:
        return True
    return (day.year, day.month, day.day)[: len(parts)] == tuple(parts)


def _restates_its_name(claim) -> bool:
    """`versions with only 1B and 3B parameters` of Llama 3.2: a count equal to the size its model is named by
    restates the name, a label rounded as names are (Llama 3.2 1B has 1.23 billion)."""
    if claim.kind != "parameter_count" or not claim.subject:
        return False
    size = NAME_SIZE.fullmatch(claim.subject.rsplit(" ", 1)[-1])
    return size is not None and math.isclose(claim.value, float(size[1]) * SIZE_SCALES[size[2]])
