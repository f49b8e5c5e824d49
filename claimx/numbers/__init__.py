"""The number grammar: find figures in text and read their value, interval and unit.

Figures are a character-level grammar ("$200M+", "1.2T", "2.1 × 10^24",
"20-30%"), so they are found with two regular expressions compiled once from
the `numbers` vocabulary of the rule files: one for figures written with
digits, one for figures written in words ("one-fifth", "ten times", "one
trillion"). Python then reads each match's groups, and looks just before and
after it for the words that qualify it ("more than", "(est.)").

A figure is read as written: `1.2T` is 1.2e12 with a rounding step of 1e11,
`$200M+` is at least 2e8 USD, `20-30%` is the range 20..30, `~200B (est.)` is
approximately 2e11. Numbers that are not figures are refused: years, ordinals
("12th"), list numbers opening a line, citation markers ("[7]"), times of day.

- `grammar`: `NumberGrammar`, reading the vocabulary once, and `scale_factors`;
- `patterns`: the regular expressions compiled from the vocabulary;
- `digits`: figures written with digits, and when `A to B` is one range or two figures;
- `words`: figures written in words, their span-ruler patterns and their reading;
- `qualifiers`: the qualifier words around a figure, and the value and interval they give it;
- `quantities`: a number's value and step, scale and power of ten;
- `figure`: `Figure`, and `Place`, how a figure is put on a Doc's tokens.
"""

from .figure import Figure, Place
from .grammar import NumberGrammar, scale_factors
from .words import WORD_FIGURE, WORD_FIGURE_TAILS

__all__ = ["WORD_FIGURE", "WORD_FIGURE_TAILS", "Figure", "NumberGrammar", "Place", "scale_factors"]
