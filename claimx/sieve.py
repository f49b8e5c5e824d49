"""Skipping text that cannot hold a claim, before the pipeline tokenizes it.

A claim needs a figure (a digit or a number word), a date (a month or a
relative-date phrase) or a quotation mark. Lines with none of these are blanked
out, character for character, so every offset stays the article's own: the
tokenizer then sees one whitespace run where a paragraph was. Table rows, the
headline and the lines around a quotation (where its speaker may be named) are
always kept.
"""

from __future__ import annotations

import re

from .numbers import WORD_FIGURE_TAILS
from .ruleset import RuleSet, alternation

# digits, opening quotation marks, and a straight quote opening a word ('A download is a click')
MARKS = re.compile(r"[0-9\"“”‘«»„]|(?<![\w])'(?=\w)|^\s*\|")
QUOTE_MARKS = re.compile(r"[\"“”‘«»„]|(?<![\w])'(?=\w)")


class Sieve:
    def __init__(self, rules: RuleSet):
        numbers = rules.numbers
        # a number word alone ("one analyst") is no figure: the word after it makes one ("one-fifth", "ten times")
        words = [*numbers.fractions, *numbers.multipliers, *numbers.scales, *numbers.percent, *WORD_FIGURE_TAILS]
        words += rules.dates.relative_words
        self.words = re.compile(
            rf"\b(?:{alternation(w for w in words if w.isascii() and w[0].isalpha())})\b", re.IGNORECASE
        )
        months = [m.capitalize() for m in rules.dates.months]
        self.months = re.compile(rf"\b(?:{alternation(months)})\b")

    def sieve(self, text: str) -> str:
        """The text with every line that cannot hold a claim replaced by spaces."""
        lines = text.split("\n")
        keep = [bool(MARKS.search(line) or self.months.search(line) or self.words.search(line)) for line in lines]
        if all(keep):
            return text
        self._keep_headline_and_speakers(lines, keep)
        return "\n".join(line if kept else " " * len(line) for line, kept in zip(lines, keep, strict=True))

    @staticmethod
    def _keep_headline_and_speakers(lines: list[str], keep: list[bool]) -> None:
        written = [i for i, line in enumerate(lines) if line.strip()]
        if written:
            keep[written[0]] = True
        for n, i in enumerate(written):
            if QUOTE_MARKS.search(lines[i]):
                for j in written[max(0, n - 1) : n + 2]:
                    keep[j] = True
