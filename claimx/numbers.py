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
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, replace
from decimal import Decimal

from .literals import alternation
from .records import Qualifier
from .ruleset import NumberWords
from .scanning import lead_digits, matches_from

QUALIFIER_STRENGTH = {"exact": 0, "approximate": 1, "at_least": 2, "at_most": 2, "range": 3}
STEPS = [Decimal(1).scaleb(-n) for n in range(64)]  # the step of a number with n decimals
WORD = re.compile(r"\S+")
OPENING_QUOTES = "\"“‘'"  # 'surpassed "one trillion parameters"': a quote opening on the figure, its qualifier before
OPENING = "([{" + OPENING_QUOTES  # what a phrase may open with, stripped from its first word
DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
NOT_AFTER = r"[\w.,/\[^$+±−-]"  # a figure never begins right after these: it would be part of a longer number
# ... but a size may begin after another size and a slash: the 17B of "400B/17B active" (a total and its active part)
A_SIZE_AND_SLASH = r"\d[KMBTkmbt]/"
AFTER_A_SIZE = rf"(?<={A_SIZE_AND_SLASH})"
# ... and a share may begin right after a word where a page's markup had a break that its text lost: a list's or a
# table's score glued to its test ("- MMLU88.7%", "FACTS Grounding83.6%"), the share ending the word run. Two
# letters before it, so a name's version never runs into it ("Kimi K285%": K2 at 85%, or K at 285%?); the
# tokenizer cuts it off the word the same way (rules/tokenizer.yaml, suffixes)
GLUED_SHARE = r"\d{1,3}(?:\.\d{1,2})?%(?![\w%])"
A_WORD_END = r"[A-Za-z]{2}"
SUPERSCRIPT_POWER = "[⁺⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}(?![⁰¹²³⁴⁵⁶⁷⁸⁹])"  # the ²⁴ of 10²⁴
HALF_AN_ORDER = 10**0.5
FROM_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻", "0123456789+-")
LOOK_BEHIND = 40  # characters searched before a figure for qualifier words
NEGATED = {"at_least": "at_most", "at_most": "at_least"}  # a bound denied is the other bound
LOOK_AHEAD = 20
DOTTED_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")  # "50.000", "2.048": the whole match, nothing after
# "a few $10M's", "$100Ms": an amount in the plural counts amounts of that size, and says none of them
PLURAL_AMOUNT = re.compile(r"['’]?s\b")
WORDS_BEFORE_COUNTED = 3  # "50.000 Nvidia Hopper GPUs": the words between such a number and what it counts
RANGE_OPENER_CHARS = 12  # characters searched before a figure for the word that makes 'A and B' a range
WHOLE = Decimal(100)  # per cent
WORD_FIGURE = "WORD_FIGURE"  # cue label of figures written in words
WORD_FIGURE_TAILS = ("times", "fold")  # "ten times", "ten-fold"
NUMBER_WORD_REACH = 12  # characters before a figure in words searched for a number word that begins it
PLUS_GROUPS = ("aplus", "aplus2", "bplus", "bplus2", "cplus", "cplus2")  # "200M+": a figure open above
JOINT_GROUPS = ("to", "and", "xto", "xand")  # the words joining a range's two numbers
# each number's scale, as a letter ("7B"), a letter a space apart ("1.02 T") or a word ("1.2 trillion"); named once
SCALE_GROUPS = {number: (f"{number}letter", f"{number}spaced", f"{number}word") for number in "abc"}


# where a figure at characters start..end lies on a Doc's tokens (first, end), or None where no figure may stand
Place = Callable[[int, int], "tuple[int, int] | None"]


def not_placed(start: int, end: int) -> tuple[int, int]:
    """Figures found in bare text, no Doc's: their tokens stay -1."""
    return -1, -1


@dataclass(slots=True, unsafe_hash=True)
class Figure:
    """A figure as the text states it.

    `start..end` are characters (qualifier words included); `token_start..token_end` the tokens they touch. Never
    changed once made, yet not `frozen`: a frozen dataclass sets each of its thirteen fields through
    `object.__setattr__`, a fifth of making a figure; `unsafe_hash` keeps it hashable.
    """

    start: int
    end: int
    value: float
    low: float | None
    high: float | None
    qualifier: Qualifier
    resolution: float
    unit: str | None
    unit_class: str  # count, money, percent, ratio, other
    scale: str | None = None  # the scale as written ("K", "million"), for binary readings
    in_words: bool = False  # "four", "one-fifth": never a benchmark score
    token_start: int = -1  # set once the figure is placed on a Doc's tokens
    token_end: int = -1

    def scaled(self, scale: str, factor: Decimal) -> Figure:
        """The figure read with a scale written after it elsewhere: the 7 of `7 and 13 billion`."""

        def times(value: float | None) -> float | None:
            return None if value is None else _float(Decimal(str(value)) * factor)

        return replace(
            self,
            value=times(self.value),
            low=times(self.low),
            high=times(self.high),
            resolution=times(self.resolution),
            scale=scale,
        )

    def reading(self) -> dict:
        """The record fields this figure fills: value, interval, qualifier, resolution."""
        return {
            "value": self.value,
            "low": self.low,
            "high": self.high,
            "qualifier": self.qualifier,
            "resolution": self.resolution,
        }


class NumberGrammar:
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
        self.before = _phrase_table(words.qualifiers.before)
        self.before_scale_words = {tuple(p.lower().split()) for p in words.qualifiers.before_scale_words}
        self.figure_nouns = {tuple(p.lower().split()) for p in words.qualifiers.figure_nouns}
        self.figure_noun_ends = {p[-1] for p in self.figure_nouns}
        self.negations = {w.lower() for w in words.qualifiers.negations}
        self.not_denied = {w.lower() for w in words.qualifiers.not_denied}
        self.after = _phrase_table(words.qualifiers.after)
        self.longest_phrase = max((len(p) for p in (*self.before, *self.after)), default=0)
        self.before_ends = {p[-1] for p in self.before}  # a cheap first test: most figures have no qualifier
        self.after_starts = {p[0] for p in self.after}
        self.range_openers = {w.lower() for w in words.range_openers}
        whole = alternation(words.dotted_thousands_nouns) or "(?!)"
        self.counted_whole = re.compile(rf"\s+(?:[\w-]+\s+){{0,{WORDS_BEFORE_COUNTED}}}?(?:{whole})\b")

    # -- the grammar, compiled from the vocabulary ----------------------------

    def _digit_pattern(self) -> str:
        """`$200M+`, `1.2 trillion`, `20-30%`, `1/33rd`, `2.1 × 10^24`, `5e25`, `50 million US dollars`."""
        w = self.words
        symbols = alternation(w.currency_symbols)
        symbol_starts = re.escape("".join(sorted({s[0] for s in w.currency_symbols})))  # a class is fast to skip by
        letters = alternation(k for k in w.scales if len(k) <= 3)
        counted = alternation(w.counted_after_a_scale) or "(?!)"
        scale_words = alternation(k for k in w.scales if len(k) > 3)

        def number(g: str) -> str:
            # a capital scale letter may stand a space apart: "1.02 T parameters", "128 K tokens"; hyphened only to
            # what it counts ("a 24 B-parameter model", "128 K-token contexts"), never to another word ("3 D-printed")
            spaced = rf"(?-i:\s(?P<{g}spaced>[KMBT]))(?![\w'’]|\.\w|-(?!(?i:{counted})\b))"
            scale = rf"(?:(?P<{g}letter>{letters})(?![A-Za-z])|{spaced}|[\s-](?P<{g}word>{scale_words})\b)"
            return rf"(?:(?P<{g}cur>{symbols})\s?)?(?P<{g}num>{DIGITS})(?P<{g}plus>\+)?(?i:{scale})?(?P<{g}plus2>\+)?"

        def exponent(g: str) -> str:
            # "3.1 × 10^23", "1e25", and as a page's LaTeX writes it: "$3.1 \times 10^{23}$"
            sign = rf"(?:[×x*·]|(?P<{g}latex>\\times|\\cdot))"
            return (
                rf"\s?{sign}\s?10(?:\s?\^\s?(?P<{g}brace>\{{)?(?P<{g}power>[+-]?\d{{1,2}})(?({g}brace)\}})"
                rf"|(?P<{g}sup>{SUPERSCRIPT_POWER}))"  # "3.8×10²⁴", as a page prints it
                rf"|[eE](?P<{g}e>[+-]?\d{{1,2}})(?![\w])"
            )

        def joint(g: str) -> str:
            # "to" after a bare number or a scale word ("400 to 600 billion", "400 billion to 600 billion"), never
            # after a share ("rose 20% to $40 billion" is a change's size) or a letter, which ends names too
            # ("from 70.2% on Llama 3.1 405B to 81.0%")
            return rf"(?:\s?[-–—]\s?|(?:(?<=\d)|(?<=illion))(?P<{g}to>\s+to\s+)|(?P<{g}and>\s+and\s+))"

        # a multiplier's sign may stand apart ("up to 10 × faster"), never an x ("8 x H100" counts chips), nor one
        # a figure follows ("1 × 6T-parameter model": a count of models of that size)
        percent = rf"(?i:{alternation(w.percent)})"
        tail = (
            rf"\s?(?P<pct>{percent})(?![\w])|(?P<x>[x×]|\s×(?!\s*\d))(?![\w])|\s(?P<times>times)\b"
            rf"|[\s-](?P<fold>fold)\b|[\s-]?(?P<unit>(?i:{alternation(w.units)}))\b"
            rf"|{self._currency_word('curword')}\b"
        )
        return (
            # not part of a longer number, a fraction or a change ("+6.2", "−3"); but "$0.10/$0.40" is two prices
            rf"(?=[\d.{symbol_starts}])(?:(?<!{NOT_AFTER})|(?<=/)(?=[{symbol_starts}])|{AFTER_A_SIZE}(?=\d)"
            rf"|(?<={A_WORD_END})(?={GLUED_SHARE})){number('a')}"
            rf"(?:(?P<fraction>/(?P<denominator>[1-9]\d{{0,5}})(?:st|nd|rd|th)?)"
            rf"|(?P<exp>{exponent('')})(?:{joint('x')}{number('c')}(?P<cexp>{exponent('c')}))?"
            rf"|\^(?P<caret>[+-]?\d{{1,2}})|(?P<supcaret>{SUPERSCRIPT_POWER})"
            # a range: 20-30%, "$80 to $100 million" (with "to" only after a bare number, which takes the
            # second's scale: "from 20% to 40%" is a change, two figures), "between $40 million and $60 million",
            # "1e25-1e26" (each side its own exponent), and with a share's sign on each side ("20%-30%", "between
            # 88.4% and 89.4%"): the first sign only where the second follows, or "20%-30%" would end at "20"
            rf"|(?:\s?(?P<apct>{percent})(?![\w]))?{joint('')}{number('b')}(?(apct)(?=\s?{percent}(?![\w])))"
            rf")?"
            rf"(?:{tail})?"
            rf"(?![\w])(?!-\d|,\d|\.\d|\]|:\d|\s?[ap]\.?m\.?(?![\w]))"  # never part of a longer number (96.3rd)
        )

    def _digit_start_pattern(self) -> str:
        """Where a figure written with digits may begin: a number's first digit or point, or a currency symbol
        (its first character, the rest looked ahead to)."""
        symbols = [re.escape(s[0]) + (rf"(?={re.escape(s[1:])})" if s[1:] else "") for s in self.words.currency_symbols]
        # led by the digit, the size looked back to: a branch opening on a lookbehind would have `re` try the
        # pattern at every character instead of skipping to the characters that lead a branch
        after_a_size = lead_digits(rf"(?<={A_SIZE_AND_SLASH}.)")
        # a digit no word or number runs into, or one opening a share glued to a word
        alone_or_glued = lead_digits(rf"(?:(?<!{NOT_AFTER}.)|(?<={A_WORD_END}.)(?=[\d.]{{0,6}}%))")
        return "|".join([*alone_or_glued, *after_a_size, rf"\.(?<!{NOT_AFTER}.)(?=\d)", *symbols])

    def _currency_word(self, group: str) -> str:
        """A currency written out after a figure: `50 million US dollars`, `six million euros`."""
        return rf"\s(?:(?:US|U\.S\.)\s)?(?P<{group}>(?i:{alternation(self.words.currency_words)}))"

    def _word_pattern(self) -> str:
        numbers = alternation(k for k in self.words.words if k.isalpha())
        scale_words = alternation(k for k in self.words.scales if len(k) > 3)
        fractions = alternation(self.words.fractions)
        multipliers = alternation(self.words.multipliers)
        counted = alternation(self.words.counted_after_a_scale) or "(?!)"
        return (
            rf"\b(?:(?P<wnum>{numbers})(?:[\s-](?P<wscale>{scale_words})(?:{self._currency_word('wcur')})?|[\s-](?P<wfrac>{fractions})"
            rf"|\s(?P<wtimes>times)|-?(?P<wfold>fold)|\s(?P<wpct>percent)|\s(?P<wpoints>points?))"
            rf"|(?P<article>an?)\s(?P<afrac>{fractions})(?=\s(?:of|the)\b)"
            # "a billion dollars", "a trillion-parameter": one of a scale; not "half a billion", "a quarter of a
            # billion"
            rf"|(?<!half\s)(?<!of\s)an?\s(?P<ascale>{scale_words})"
            rf"(?:{self._currency_word('acur')}|(?=[\s-](?i:{counted})\b))"
            rf"|(?P<half>half)(?=\s(?:the|of)\b)|(?P<mult>{multipliers}))\b"
        )

    # -- finding figures -------------------------------------------------------

    def find(self, text: str, place: Place = not_placed) -> Iterator[Figure]:
        """Every figure written with digits in `text`, in order of position, where `place` puts it on tokens."""
        for match in matches_from(self.digit_figures, self.digit_figure_starts, text):
            if not self._one_range(text, match):
                yield from self._apart(text, match, place)
                continue
            figure = self._digits(text, match, place)
            if figure is not None:
                yield figure

    def _one_range(self, text: str, match: re.Match) -> bool:
        """Is a match joined by a word one range? "from 128,000 to 256,000 tokens" is a change, two figures;
        "A and B" is a range only after "between", and never of two years ("between 2023 and 2025")."""
        joint = _joint(match)
        if joint is None:
            return True
        # the word before, out of any bracket or quotation mark it opens: "(from 1451 to 1501)" is a change
        before = [
            w.lstrip(OPENING)
            for w in text[max(0, match.start() - RANGE_OPENER_CHARS) : match.start()].lower().split()[-1:]
        ]
        if joint.endswith("to"):
            return before != ["from"]
        years = self.words.years
        second = match["bnum"] or match["cnum"]
        return bool(before) and before[0] in self.range_openers and not (
            _is_year(match["anum"], _quantity(match["anum"], None), years)
            and _is_year(second, _quantity(second, None), years)
        )

    def _apart(self, text: str, match: re.Match, place: Place) -> Iterator[Figure]:
        """The two figures a word joins ("from A to B", "A and B"), each read alone."""
        joint = _joint(match)
        second = match.start(joint) + len(match[joint])
        first = self.digit_figures.match(text[: match.start(joint)], match.start())
        for part in (first, self.digit_figures.match(text, second)):
            figure = self._digits(text, part, place) if part is not None else None
            if figure is not None:
                yield figure

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

    def _digits(self, text: str, m: re.Match, place: Place) -> Figure | None:
        if _opens_line_as_list_number(text, m):
            return None
        first = _quantity(m["anum"], self._scale(m, "a"))
        if DOTTED_THOUSANDS.fullmatch(m.group()) and self.counted_whole.match(text, m.end()):
            first = _quantity(m["anum"].replace(".", ","), None)  # "50.000 GPUs": its dot groups thousands
        quantities = [first]
        unit, unit_class = None, "count"
        bare_power = m["caret"] or m["supcaret"]  # "10^25", "10²⁵": a power of ten alone
        if m["fraction"]:
            if _is_year(m["anum"], first, self.words.years):
                return None  # "launched 2026/3": a year and a month
            first = _Quantity(first.number / Decimal(m["denominator"]), Decimal("0.001"))
            quantities = [first]
            unit, unit_class = "fraction", "ratio"
        elif m["exp"]:
            first.exponent = _power(m, "")
            if m["cexp"]:
                second = _quantity(m["cnum"], self._scale(m, "c"))
                second.exponent = _power(m, "c")
                quantities.append(second)
        elif bare_power:
            if m["anum"] != "10":
                return None
            first = _Quantity(Decimal(1), exponent=_power_of(bare_power))
            quantities = [first]
        elif m["bnum"]:
            quantities.append(_quantity(m["bnum"], self._scale(m, "b")))
            _share_scale(quantities)
        if m["pct"]:
            unit, unit_class = "%", "percent"
        elif m["x"] or m["times"] or m["fold"]:
            unit, unit_class = "x", "ratio"
        elif m["unit"]:
            spec = self.units[m["unit"].lower()]
            factor = Decimal(str(spec.factor))
            for q in quantities:
                q.number *= factor
                q.step *= factor
            unit, unit_class = spec.unit, spec.unit_class
        currency = None if m["latex"] else m["acur"] or m["bcur"] or m["ccur"]  # LaTeX's "$" opens a formula
        if currency:
            unit, unit_class = self.words.currency_symbols[currency], "money"
        elif m["curword"]:
            unit, unit_class = self.currency_words[m["curword"].lower()], "money"
        if unit is None and len(quantities) == 1 and _is_year(m["anum"], first, self.words.years):
            return None
        if unit_class == "money" and first.scale_text and PLURAL_AMOUNT.match(text, m.end()):
            return None
        open_above = any(m.group(*PLUS_GROUPS))
        qualifier = "range" if len(quantities) > 1 else ("at_least" if open_above else "exact")
        scale = first.scale_text
        figure = self._figure(text, m.start(), m.end(), quantities, qualifier, unit, unit_class, scale, place)
        if figure is not None and bare_power and figure.qualifier in ("exact", "approximate"):
            return _order_of_magnitude(figure)
        return figure

    def _words_figure(self, text: str, m: re.Match, place: Place) -> Figure | None:
        reading = self._words_reading(m)
        if reading is None:
            return None
        quantity, unit, unit_class, scale = reading
        return self._figure(text, m.start(), m.end(), [quantity], "exact", unit, unit_class, scale, place, True)

    def _words_reading(self, m: re.Match) -> tuple[_Quantity, str | None, str, str | None] | None:
        """A figure in words' quantity, unit, unit class and scale as written."""
        g = m.groupdict()
        if g["mult"]:
            return _Quantity(self.multipliers[g["mult"].lower()]), "x", "ratio", None
        if g["afrac"] or g["half"]:
            value = self.fractions[(g["afrac"] or g["half"]).lower()]
            return _Quantity(value, Decimal("0.001")), "fraction", "ratio", None
        if g["ascale"]:
            scale = g["ascale"]
            q = _Quantity(Decimal(1), Decimal(1), self.scales[scale.lower()], scale)
            if g["acur"] is None:  # "a trillion-parameter model"; not a headline's "A Trillion Parameters"
                return (q, None, "count", scale) if scale.islower() else None
            return q, self.currency_words[g["acur"].lower()], "money", scale
        number = self.number_words[g["wnum"].lower()]
        if g["wscale"]:
            scale = g["wscale"]
            q = _Quantity(number, Decimal(1), self.scales[scale.lower()], scale)
            unit, unit_class = (self.currency_words[g["wcur"].lower()], "money") if g["wcur"] else (None, "count")
            return q, unit, unit_class, scale
        if g["wfrac"]:
            return _Quantity(number * self.fractions[g["wfrac"].lower()], Decimal("0.001")), "fraction", "ratio", None
        if g["wpct"]:
            return _Quantity(number), "%", "percent", None
        if g["wpoints"]:
            return _Quantity(number), "points", "count", None
        return _Quantity(number), "x", "ratio", None

    def _scale(self, m: re.Match, which: str) -> str | None:
        letter, spaced, word = m.group(*SCALE_GROUPS[which])
        return letter or spaced or word

    # -- what the words around it admit ---------------------------------------

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
        tokens = place(start, end)
        if tokens is None:
            return None
        for q in quantities:
            if q.scale_text:
                q.scale = self.scales[q.scale_text.lower()]
        values = [q.value for q in quantities]
        step = min(q.resolution for q in quantities)
        low = high = None
        if qualifier == "range":
            low, high = min(values), max(values)
            value = (low + high) / 2
        else:
            value = values[0]
            if qualifier == "at_least":
                low = value
            elif qualifier == "at_most":
                high = value
            elif qualifier == "approximate":
                low, high = value * (1 - self.tolerance), value * (1 + self.tolerance)
                if unit_class == "percent" and value <= WHOLE:
                    high = min(high, WHOLE)  # "approximately 92%" of a whole is at most all of it
        return Figure(
            start=start,
            end=end,
            value=_float(value),
            low=None if low is None else _float(low),
            high=None if high is None else _float(high),
            qualifier=qualifier,
            resolution=_float(step),
            unit=unit,
            unit_class=unit_class,
            scale=scale,
            in_words=in_words,
            token_start=tokens[0],
            token_end=tokens[1],
        )

    def _phrase_before(self, text: str, start: int, scaled: bool = True) -> tuple[Qualifier, int] | None:
        """The longest qualifier phrase ending right before `start` ('more than', '~'), and where it starts; of a
        figure written with no scale word, none that qualifies only those ('several 3B models'); past a quotation
        mark that opens on the figure ('has surpassed "one trillion parameters"')."""
        while start > 0 and text[start - 1] in OPENING_QUOTES:
            start -= 1
        found = self._bound_before(text, start, scaled)
        if found is None and (noun := self._figure_noun_before(text, start)) is not None:
            bound = self._bound_before(text, noun, scaled)  # "to surpass a score of 1400": over 1400
            # the figure still starts at its number: the rules read the noun before it ("a score of 1,433 points")
            found = None if bound is None else (bound[0], start)
        return found

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


@dataclass(slots=True)
class _Quantity:
    number: Decimal
    step: Decimal = Decimal(1)
    scale: Decimal = Decimal(1)
    scale_text: str | None = None
    exponent: int = 0

    @property
    def value(self) -> Decimal:
        return self.number * self.scale * (Decimal(10) ** self.exponent)

    @property
    def resolution(self) -> Decimal:
        return self.step * self.scale * (Decimal(10) ** self.exponent)


def _quantity(digits: str, scale_text: str | None) -> _Quantity:
    """`1,000,000` -> 1e6 with step 1; `86.2` -> 86.2 with step 0.1."""
    plain = digits.replace(",", "")
    point = plain.find(".")
    return _Quantity(Decimal(plain), STEPS[len(plain) - point - 1 if point >= 0 else 0], scale_text=scale_text)


def _joint(match: re.Match) -> str | None:
    """The group of the word joining a match's two numbers, if a word joins them ('to', 'and')."""
    for group, joint in zip(JOINT_GROUPS, match.group(*JOINT_GROUPS), strict=True):
        if joint:
            return group
    return None


def _order_of_magnitude(figure: Figure) -> Figure:
    """`10^25 FLOP`, `~10²⁵`: a power of ten alone says an order of magnitude, what lies within half of one
    either side of it (10^24.5 to 10^25.5), never ten per cent."""
    return replace(figure, qualifier="approximate", low=figure.value / HALF_AN_ORDER, high=figure.value * HALF_AN_ORDER)


def _power(m: re.Match, prefix: str) -> int:
    """The power of ten an exponent group holds, however written: `^24`, `e24`, `²⁴`."""
    return _power_of(next(m[prefix + k] for k in ("power", "sup", "e") if m[prefix + k] is not None))


def _power_of(written: str) -> int:
    return int(written.translate(FROM_SUPERSCRIPT))


def _is_year(digits: str, quantity: _Quantity, years: tuple[int, int]) -> bool:
    return digits.isdigit() and len(digits) == 4 and quantity.scale_text is None and years[0] <= int(digits) <= years[1]


def _opens_line_as_list_number(text: str, m: re.Match) -> bool:
    """'1.' or '2)' at the start of a line numbers a list item."""
    if text[m.end() : m.end() + 1] not in (".", ")") or not m.group("anum").isdigit():
        return False  # told before the line is looked back along: most figures are followed by neither
    start = m.start()
    return not text[text.rfind("\n", 0, start) + 1 : start].strip()


def _share_scale(quantities: list[_Quantity]) -> None:
    """In '1.2–1.5 trillion' and '20-30%' the first number takes the second's scale."""
    last = quantities[-1]
    for q in quantities[:-1]:
        if q.scale_text is None:
            q.scale_text = last.scale_text


def _words_ending_on(text: str, start: int, ends: Collection[str], strip: str = "") -> list[re.Match] | None:
    """The words within `LOOK_BEHIND` characters before `start`, where the last of them, lower case and out of the
    marks in `strip`, is one of `ends`; None otherwise: a cheap first test, as most figures follow no such word."""
    before = text[max(0, start - LOOK_BEHIND) : start].rsplit(None, 1)
    if not before or before[-1].lstrip(strip).lower() not in ends:
        return None
    return list(WORD.finditer(text, max(0, start - LOOK_BEHIND), start))


def _phrase_table(by_qualifier: dict[Qualifier, list[str]]) -> dict[tuple[str, ...], Qualifier]:
    """Qualifier phrases by their lower-case words: ('more', 'than') -> at_least."""
    return {tuple(p.lower().split()): q for q, phrases in by_qualifier.items() for p in phrases}


def _stronger(current: Qualifier, new: Qualifier) -> Qualifier:
    return new if QUALIFIER_STRENGTH[new] > QUALIFIER_STRENGTH[current] else current


def scale_factors(words: NumberWords) -> dict[str, Decimal]:
    """Scale words and letters, lower case, by their factor: `billion` and `b` -> 1e9."""
    return {k.lower(): Decimal(str(v)) for k, v in words.scales.items()}


def _float(value: Decimal) -> float:
    """A float without binary noise: 12 significant digits are more than any article gives."""
    return float(f"{value:.12g}")
