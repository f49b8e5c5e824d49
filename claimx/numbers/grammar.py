"""`NumberGrammar`: the vocabulary of a rule set's `numbers` section read once (scales, number words, units,
qualifier phrases), with one part mixed in per concern: the compiled patterns, figures in digits, figures in words,
and the qualifiers around them."""

from __future__ import annotations

import re
from decimal import Decimal

from ..literals import alternation
from ..ruleset import NumberWords
from .digits import DigitFigures
from .patterns import GrammarPatterns
from .qualifiers import Qualifiers, phrase_table
from .words import WordFigures

WORDS_BEFORE_COUNTED = 3  # "50.000 Nvidia Hopper GPUs": the words between such a number and what it counts


class NumberGrammar(GrammarPatterns, DigitFigures, WordFigures, Qualifiers):
    """Figures in text, with the vocabulary of a rule set's `numbers` section."""

    def __init__(self, words: NumberWords):
        self.words = words
        lower = lambda d: {k.lower(): v for k, v in d.items()}  # noqa: E731
        self.scales = scale_factors(words)
        self.number_words = {k: Decimal(str(v)) for k, v in lower(words.words).items()}
        self.fractions = {k: Decimal(str(v)) for k, v in lower(words.fractions).items()}
        self.multipliers = {k: Decimal(str(v)) for k, v in lower(words.multipliers).items()}
        self.currency_words = lower(words.currency_words)
        self.units = lower(words.units)
        self.tolerance = Decimal(str(words.approximate_tolerance))
        self.digit_figures = re.compile(self._digit_pattern())
        self.digit_figure_starts = re.compile(self._digit_start_pattern())
        self.word_figures = re.compile(self._word_pattern(), re.IGNORECASE)
        self.before = phrase_table(words.qualifiers.before)
        self.before_scale_words = {tuple(p.lower().split()) for p in words.qualifiers.before_scale_words}
        self.figure_nouns = {tuple(p.lower().split()) for p in words.qualifiers.figure_nouns}
        self.figure_noun_ends = {p[-1] for p in self.figure_nouns}
        self.negations = {w.lower() for w in words.qualifiers.negations}
        self.not_denied = {w.lower() for w in words.qualifiers.not_denied}
        self.after = phrase_table(words.qualifiers.after)
        self.longest_phrase = max((len(p) for p in (*self.before, *self.after)), default=0)
        self.before_ends = {p[-1] for p in self.before}  # a cheap first test: most figures have no qualifier
        self.after_starts = {p[0] for p in self.after}
        self.range_openers = {w.lower() for w in words.range_openers}
        whole = alternation(words.dotted_thousands_nouns) or "(?!)"
        self.counted_whole = re.compile(rf"\s+(?:[\w-]+\s+){{0,{WORDS_BEFORE_COUNTED}}}?(?:{whole})\b")


def scale_factors(words: NumberWords) -> dict[str, Decimal]:
    """Scale words and letters, lower case, by their factor: `billion` and `b` -> 1e9."""
    return {k.lower(): Decimal(str(v)) for k, v in words.scales.items()}
