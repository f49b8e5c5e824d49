"""Figures written in words ("one-fifth", "ten times", "a billion dollars"): the span-ruler patterns that find
them on tokens, and their reading, refused where a number word before them begins a longer number."""

from __future__ import annotations

import re
from decimal import Decimal

from .figure import Figure, Place, not_placed
from .quantities import Quantity

WORD_FIGURE = "WORD_FIGURE"  # cue label of figures written in words
WORD_FIGURE_TAILS = ("times", "fold")  # "ten times", "ten-fold"
NUMBER_WORD_REACH = 12  # characters before a figure in words searched for a number word that begins it
# "between five to seven trillion", "two and three billion": a number word and the word joining it to the figure,
# right before the figure, with the word before them that makes it a range ("between") or a change ("from")
RANGE_LOW = re.compile(r"(?:\b(?P<opener>[A-Za-z]+)\s+)?\b(?P<low>[A-Za-z]+)[ -](?P<joint>to|and)[ -]\Z")
RANGE_LOW_REACH = 40  # characters before a figure in words searched for a range's low end


class WordFigures:
    """Part of `NumberGrammar`: figures written in words."""

    def word_figure_patterns(self) -> list[dict]:
        """Span-ruler patterns (matched on lower case) for figures written in words."""
        numbers = [w for w in self.number_words if w.isalpha()]
        scales = [w for w in self.scales if len(w) > 3]
        fractions = list(self.fractions)
        shapes = {
            "fraction": [{"LOWER": {"IN": numbers}}, {"ORTH": "-", "OP": "?"}, {"LOWER": {"IN": fractions}}],
            "a-fraction": [
                {"LOWER": {"IN": ["a", "an"]}},
                {"LOWER": {"IN": fractions}},
                {"LOWER": {"IN": ["of", "the"]}},
            ],
            "a-scale-money": [  # "a billion dollars"
                {"LOWER": {"IN": ["a", "an"]}},
                {"LOWER": {"IN": scales}},
                {"LOWER": {"IN": ["us", "u.s."]}, "OP": "?"},
                {"LOWER": {"IN": list(self.currency_words)}},
            ],
            "a-scale-count": [  # "a trillion-parameter model", "a million tokens"
                {"LOWER": {"IN": ["a", "an"]}},
                {"LOWER": {"IN": scales}},
                {"ORTH": "-", "OP": "?"},
                {"LOWER": {"IN": [w.lower() for w in self.words.counted_after_a_scale]}},
            ],
            "half": [{"LOWER": "half"}, {"LOWER": {"IN": ["of", "the"]}}],
            "times": [{"LOWER": {"IN": numbers}}, {"ORTH": "-", "OP": "?"}, {"LOWER": {"IN": list(WORD_FIGURE_TAILS)}}],
            "multiplier": [{"LOWER": {"IN": list(self.multipliers)}}],
            "scale": [{"LOWER": {"IN": numbers}}, {"ORTH": "-", "OP": "?"}, {"LOWER": {"IN": scales}}],
            "percent": [{"LOWER": {"IN": numbers}}, {"LOWER": "percent"}],
            "points": [{"LOWER": {"IN": numbers}}, {"LOWER": {"IN": ["points", "point"]}}],
        }
        return [
            {"label": WORD_FIGURE, "pattern": pattern, "id": f"figure.words-{name}"} for name, pattern in shapes.items()
        ]

    def read_words(self, text: str, start: int, place: Place = not_placed) -> Figure | None:
        """The figure written in words at `text[start:]` ("one-fifth", "ten times"), found by a word-figure pattern,
        where `place` puts it on tokens; none where a number word stands before it: "three hundred billion" is no
        "hundred billion"."""
        before = text[max(0, start - NUMBER_WORD_REACH) : start].split()
        if before and before[-1].lower().rstrip("-") in self.number_words:
            return None
        match = self.word_figures.match(text, start)
        return self._words_figure(text, match, place) if match else None

    def _words_figure(self, text: str, m: re.Match, place: Place) -> Figure | None:
        reading = self._words_reading(m)
        if reading is None:
            return None
        quantity, unit, unit_class, scale = reading
        low = self._range_low(text, m.start(), scale) if m["wscale"] else None
        if low is None:
            return self._figure(text, m.start(), m.end(), [quantity], "exact", unit, unit_class, scale, place, True)
        first, start = low  # "five to seven trillion": one range from the first number word, sharing the scale
        return self._figure(text, start, m.end(), [first, quantity], "range", unit, unit_class, scale, place, True)

    def _range_low(self, text: str, start: int, scale: str) -> tuple[Quantity, int] | None:
        """The low end of a range in words ending right before `start` ("five to" of "five to seven trillion",
        "two and" after "between"), with where it starts; as with digits, "from A to B" is a change, two figures,
        and "A and B" a range only after "between"."""
        m = RANGE_LOW.search(text, max(0, start - RANGE_LOW_REACH), start)
        if m is None or m["low"].lower() not in self.number_words:
            return None
        opener = m["opener"].lower() if m["opener"] else None
        if opener == "from" or (m["joint"].lower() == "and" and opener not in self.range_openers):
            return None
        number = self.number_words[m["low"].lower()]
        return Quantity(number, Decimal(1), self.scales[scale.lower()], scale), m.start("low")

    def _words_reading(self, m: re.Match) -> tuple[Quantity, str | None, str, str | None] | None:
        """A figure in words' quantity, unit, unit class and scale as written."""
        g = m.groupdict()
        if g["mult"]:
            return Quantity(self.multipliers[g["mult"].lower()]), "x", "ratio", None
        if g["afrac"] or g["half"]:
            value = self.fractions[(g["afrac"] or g["half"]).lower()]
            return Quantity(value, Decimal("0.001")), "fraction", "ratio", None
        if g["ascale"]:
            scale = g["ascale"]
            q = Quantity(Decimal(1), Decimal(1), self.scales[scale.lower()], scale)
            if g["acur"] is None:  # "a trillion-parameter model"; not a headline's "A Trillion Parameters"
                return (q, None, "count", scale) if scale.islower() else None
            return q, self.currency_words[g["acur"].lower()], "money", scale
        number = self.number_words[g["wnum"].lower()]
        if g["wscale"]:
            scale = g["wscale"]
            q = Quantity(number, Decimal(1), self.scales[scale.lower()], scale)
            unit, unit_class = (self.currency_words[g["wcur"].lower()], "money") if g["wcur"] else (None, "count")
            return q, unit, unit_class, scale
        if g["wfrac"]:
            return Quantity(number * self.fractions[g["wfrac"].lower()], Decimal("0.001")), "fraction", "ratio", None
        if g["wpct"]:
            return Quantity(number), "%", "percent", None
        if g["wpoints"]:
            return Quantity(number), "points", "count", None
        return Quantity(number), "x", "ratio", None
