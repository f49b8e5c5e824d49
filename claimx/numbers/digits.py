"""Figures written with digits: which matches are figures (not a year, a list number opening a line, a plural
amount), whether a match joined by a word is one range or two figures, and the value, unit and qualifier each
match's groups give."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from ..scanning import matches_from
from .figure import Figure, Place, not_placed
from .qualifiers import OPENING
from .quantities import Quantity, order_of_magnitude, power, power_of, quantity_of, share_scale

DOTTED_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")  # "50.000", "2.048": the whole match, nothing after
# "a few $10M's", "$100Ms": an amount in the plural counts amounts of that size, and says none of them
PLURAL_AMOUNT = re.compile(r"['’]?s\b")
RANGE_OPENER_CHARS = 12  # characters searched before a figure for the word that makes 'A and B' a range
PLUS_GROUPS = ("aplus", "aplus2", "bplus", "bplus2", "cplus", "cplus2")  # "200M+": a figure open above
JOINT_GROUPS = ("to", "and", "xto", "xand")  # the words joining a range's two numbers
# each number's scale, as a letter ("7B"), a letter a space apart ("1.02 T") or a word ("1.2 trillion"); named once
SCALE_GROUPS = {number: (f"{number}letter", f"{number}spaced", f"{number}word") for number in "abc"}


class DigitFigures:
    """Part of `NumberGrammar`: figures written with digits."""

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
            _is_year(match["anum"], quantity_of(match["anum"], None), years)
            and _is_year(second, quantity_of(second, None), years)
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

    def _digits(self, text: str, m: re.Match, place: Place) -> Figure | None:
        if _opens_line_as_list_number(text, m):
            return None
        first = quantity_of(m["anum"], self._scale(m, "a"))
        if DOTTED_THOUSANDS.fullmatch(m.group()) and self.counted_whole.match(text, m.end()):
            first = quantity_of(m["anum"].replace(".", ","), None)  # "50.000 GPUs": its dot groups thousands
        quantities = [first]
        unit, unit_class = None, "count"
        bare_power = m["caret"] or m["supcaret"]  # "10^25", "10²⁵": a power of ten alone
        if m["fraction"]:
            if _is_year(m["anum"], first, self.words.years):
                return None  # "launched 2026/3": a year and a month
            first = Quantity(first.number / Decimal(m["denominator"]), Decimal("0.001"))
            quantities = [first]
            unit, unit_class = "fraction", "ratio"
        elif m["exp"]:
            first.exponent = power(m, "")
            if m["cexp"]:
                second = quantity_of(m["cnum"], self._scale(m, "c"))
                second.exponent = power(m, "c")
                quantities.append(second)
        elif bare_power:
            if m["anum"] != "10":
                return None
            first = Quantity(Decimal(1), exponent=power_of(bare_power))
            quantities = [first]
        elif m["bnum"]:
            quantities.append(quantity_of(m["bnum"], self._scale(m, "b")))
            share_scale(quantities)
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
            return order_of_magnitude(figure)
        return figure

    def _scale(self, m: re.Match, which: str) -> str | None:
        letter, spaced, word = m.group(*SCALE_GROUPS[which])
        return letter or spaced or word


def _joint(match: re.Match) -> str | None:
    """The group of the word joining a match's two numbers, if a word joins them ('to', 'and')."""
    for group, joint in zip(JOINT_GROUPS, match.group(*JOINT_GROUPS), strict=True):
        if joint:
            return group
    return None


def _is_year(digits: str, quantity: Quantity, years: tuple[int, int]) -> bool:
    return digits.isdigit() and len(digits) == 4 and quantity.scale_text is None and years[0] <= int(digits) <= years[1]


def _opens_line_as_list_number(text: str, m: re.Match) -> bool:
    """'1.' or '2)' at the start of a line numbers a list item."""
    if text[m.end() : m.end() + 1] not in (".", ")") or not m.group("anum").isdigit():
        return False  # told before the line is looked back along: most figures are followed by neither
    start = m.start()
    return not text[text.rfind("\n", 0, start) + 1 : start].strip()
