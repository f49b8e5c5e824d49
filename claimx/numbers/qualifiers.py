"""What the words around a figure admit: the qualifier phrases before and after it ("more than", "(est.)"), a
bound denied ("not more than" is at most), the figure's own noun between a phrase and it ("a score of"), and the
value and interval the strongest qualifier gives the figure."""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection
from dataclasses import replace
from decimal import Decimal

from ..records import Qualifier
from .figure import Figure, plain_float

QUALIFIER_STRENGTH = {"exact": 0, "approximate": 1, "at_least": 2, "at_most": 2, "range": 3}
WORD = re.compile(r"\S+")
OPENING_QUOTES = "\"“‘'"  # 'surpassed "one trillion parameters"': a quote opening on the figure, its qualifier before
OPENING = "([{" + OPENING_QUOTES  # what a phrase may open with, stripped from its first word
LOOK_BEHIND = 40  # characters searched before a figure for qualifier words
NEGATED = {"at_least": "at_most", "at_most": "at_least"}  # a bound denied is the other bound
LOOK_AHEAD = 20
LIST_CONJUNCTIONS = {"and", "or", "&"}  # what joins the last figure of a list to it: "30, 100, and 500"
LIST_JOINS = {",", *LIST_CONJUNCTIONS}
WHOLE = Decimal(100)  # per cent


class Qualifiers:
    """Part of `NumberGrammar`: the qualifier words around a figure, and the figure they make."""

    def _figure(
        self, text, start, end, quantities, qualifier, unit, unit_class, scale, place, in_words=False
    ) -> Figure | None:
        """The figure at `start..end` with the qualifier phrases around it, placed on tokens by `place` (None where
        it puts none: no value is worked out for a figure a name, a date or a cue holds)."""
        before = self._phrase_before(text, start, scale is not None and scale.isalpha() and len(scale) > 1)
        if before:
            qualifier = _stronger(qualifier, before[0])
            start = before[1]
        after = self._phrase_after(text, end)
        if after:
            qualifier = _stronger(qualifier, after[0])
            if text.count("(", end, after[1]) == text.count(")", end, after[1]):  # never end inside a parenthesis
                end = after[1]
        led = before is not None and qualifier == before[0]  # not "about 30 or more": a bound after it says more
        tokens = place(start, end)
        if tokens is None:
            return None
        for q in quantities:
            if q.scale_text:
                q.scale = self.scales[q.scale_text.lower()]
        values = [q.value for q in quantities]
        step = min(q.resolution for q in quantities)
        if qualifier == "range":
            low, high = min(values), max(values)
            value = (low + high) / 2
        else:
            value = values[0]
            low, high = self._interval(qualifier, value, unit_class)
        return Figure(
            start=start,
            end=end,
            value=plain_float(value),
            low=None if low is None else plain_float(low),
            high=None if high is None else plain_float(high),
            qualifier=qualifier,
            resolution=plain_float(step),
            unit=unit,
            unit_class=unit_class,
            scale=scale,
            in_words=in_words,
            led=led,
            token_start=tokens[0],
            token_end=tokens[1],
        )

    def _interval(self, qualifier: Qualifier, value: Decimal, unit_class: str) -> tuple[Decimal | None, Decimal | None]:
        """The interval a qualifier other than a range's admits around `value` (None for an open end)."""
        if qualifier == "at_least":
            return value, None
        if qualifier == "at_most":
            return None, value
        if qualifier != "approximate":
            return None, None
        low, high = value * (1 - self.tolerance), value * (1 + self.tolerance)
        if unit_class == "percent" and value <= WHOLE:
            high = min(high, WHOLE)  # "approximately 92%" of a whole is at most all of it
        return low, high

    def lists_sharing_a_lead(self, text: str, figures: list[Figure]) -> list[Figure]:
        """`figures` (in text order), each figure stated exactly in a list of figures of one unit that a qualifier
        phrase leads taking that qualifier: "about 30, 100, and 500 billion", "over 46% and 50%", "up to 128K,
        256K and 1M" say each approximately, or as a bound, as the writer's one phrase says the list. Only figures
        joined by a comma or a conjunction alone: a word between ("about 30B parameters and 2T tokens") ends the
        phrase's reach, and so does a comma before the conjunction of a list of two ("about $5, and $10 for Pro"),
        which joins clauses; a figure with a qualifier of its own ("about 30, over 100") ends the list."""
        shared = list(figures)
        members = 0  # of the list the figure before is in, while a qualifier leads it
        for k in range(1, len(figures)):
            before, figure = shared[k - 1], figures[k]
            if before.led:
                members = 1
            if members and figure.qualifier == "exact" and _listed(text, before, figure, members):
                low, high = self._interval(before.qualifier, Decimal(str(figure.value)), figure.unit_class)
                shared[k] = replace(
                    figure,
                    qualifier=before.qualifier,
                    low=None if low is None else plain_float(low),
                    high=None if high is None else plain_float(high),
                )
                members += 1
            else:
                members = 0
        return shared

    def _phrase_before(self, text: str, start: int, scaled: bool = True) -> tuple[Qualifier, int] | None:
        """The longest qualifier phrase ending right before `start` ('more than', '~'), and where it starts; of a
        figure written with no scale word, none that qualifies only those ('several 3B models'); past a quotation
        mark that opens on the figure ('has surpassed "one trillion parameters"')."""
        while start > 0 and text[start - 1] in OPENING_QUOTES:
            start -= 1
        if not self._after_a_phrase_end(text, start):
            return None  # most figures: the word before them read once, not once for bounds and again for nouns
        found = self._bound_before(text, start, scaled)
        if found is None and (noun := self._figure_noun_before(text, start)) is not None:
            bound = self._bound_before(text, noun, scaled)  # "to surpass a score of 1400": over 1400
            # the figure still starts at its number: the rules read the noun before it ("a score of 1,433 points")
            found = None if bound is None else (bound[0], start)
        return found

    def _after_a_phrase_end(self, text: str, start: int) -> bool:
        """Is the word right before `start` one a qualifier phrase (out of an opening mark) or a figure's noun may
        end on? The first test of `_bound_before` and `_figure_noun_before` (`_words_ending_on`), made once."""
        before = text[max(0, start - LOOK_BEHIND) : start].rsplit(None, 1)
        return bool(before) and (
            before[-1].lstrip(OPENING).lower() in self.before_ends or before[-1].lower() in self.figure_noun_ends
        )

    def _figure_noun_before(self, text: str, start: int) -> int | None:
        """Where the figure's own noun ending right before `start` ('a score of') starts, or None."""
        words = _words_ending_on(text, start, self.figure_noun_ends)
        if words is None:
            return None
        lowered = tuple(m.group().lower() for m in words)
        return next((words[-n].start() for n in range(len(words), 0, -1) if lowered[-n:] in self.figure_nouns), None)

    def _bound_before(self, text: str, start: int, scaled: bool) -> tuple[Qualifier, int] | None:
        """The longest qualifier phrase ending right before `start`, and where it starts (see `_phrase_before`)."""
        words = _words_ending_on(text, start, self.before_ends, OPENING)
        if words is None:
            return None
        words = words[-self.longest_phrase :]
        lowered = [m.group().lower() for m in words]
        for n in range(len(words), 0, -1):
            first = lowered[-n].lstrip(OPENING)  # "(~$150M)": the bracket is not the phrase's
            opening = len(lowered[-n]) - len(first)
            phrase = (first, *lowered[len(lowered) - n + 1 :])
            if phrase in self.before and (scaled or phrase not in self.before_scale_words):
                qualifier = self.before[phrase]
                if qualifier in NEGATED and self._negated(text, words[-n].start()):
                    qualifier = NEGATED[qualifier]  # "did not have more than 100K": at most 100K
                return qualifier, words[-n].start() + opening
        return None

    def _negated(self, text: str, start: int) -> bool:
        """Is the bound phrase at `start` denied: `not more than`, `didn't exceed`, `did not have over`; but not
        `not only more than`."""
        before = [m.group().lower() for m in WORD.finditer(text, max(0, start - LOOK_BEHIND), start)][-2:]
        denial = [w for w in before if w in self.negations or w.endswith(("n't", "n’t"))]
        return bool(denial) and before[-1] not in self.not_denied

    def _phrase_after(self, text: str, end: int) -> tuple[Qualifier, int] | None:
        """The longest qualifier phrase starting right after `end` ('(est.)', 'or more'), and where it ends."""
        window = text[end : end + LOOK_AHEAD].lower().split(None, 1)
        if not window or window[0].rstrip(",;:") not in self.after_starts:
            return None
        words = list(itertools.islice(WORD.finditer(text, end, min(len(text), end + LOOK_AHEAD)), self.longest_phrase))
        for n in range(len(words), 0, -1):
            phrase = tuple(m.group().lower().rstrip(",;:") for m in words[:n])
            if phrase in self.after:
                return self.after[phrase], words[n - 1].start() + len(phrase[-1])
        return None


def _listed(text: str, before: Figure, figure: Figure, members: int) -> bool:
    """Does `figure` go on a list of `members` figures ending on `before`: of its unit, joined by a comma or a
    conjunction alone, or by both where they close a list of three or more ("30, 100, and 500")?"""
    if figure.unit != before.unit or figure.unit_class != before.unit_class:
        return False
    joins = text[before.end : figure.start].replace(",", " , ").split()
    if len(joins) == 1:
        return joins[0] in LIST_JOINS
    return members > 1 and len(joins) == 2 and joins[0] == "," and joins[1] in LIST_CONJUNCTIONS


def _words_ending_on(text: str, start: int, ends: Collection[str], strip: str = "") -> list[re.Match] | None:
    """The words within `LOOK_BEHIND` characters before `start`, where the last of them, lower case and out of the
    marks in `strip`, is one of `ends`; None otherwise: a cheap first test, as most figures follow no such word."""
    before = text[max(0, start - LOOK_BEHIND) : start].rsplit(None, 1)
    if not before or before[-1].lstrip(strip).lower() not in ends:
        return None
    return list(WORD.finditer(text, max(0, start - LOOK_BEHIND), start))


def phrase_table(by_qualifier: dict[Qualifier, list[str]]) -> dict[tuple[str, ...], Qualifier]:
    """Qualifier phrases by their lower-case words: ('more', 'than') -> at_least."""
    return {tuple(p.lower().split()): q for q, phrases in by_qualifier.items() for p in phrases}


def _stronger(current: Qualifier, new: Qualifier) -> Qualifier:
    return new if QUALIFIER_STRENGTH[new] > QUALIFIER_STRENGTH[current] else current
