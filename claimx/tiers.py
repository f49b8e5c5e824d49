"""Which pricing tier a price is for: `developers using Flex will pay $5`, `the Batch API halves it to $1.50`.

A tier's price is no contradiction of the standard rate, so the cross-check never compares prices whose
tiers differ; a standard rate (`down from the standard rates of $10`) is recorded with no tier.

A price list often names its tier once, above the prices: a table's lead-in (`Discounted rates include:`)
or a column's header (`Batch input`). `named` tells what such a line says, `standard` included, so that a
column headed `Standard` keeps its prices untiered under a lead-in naming another tier.
"""

from __future__ import annotations

import re

from .literals import alternation
from .ruleset import RuleSet

STANDARD = "standard"
# pages write "off-peak" with any of the hyphens ("Off‑Peak" with U+2011): a tier word's hyphen matches each
HYPHENS = "[-\u2010\u2011\u2012\u2013]"


class PriceTiers:
    def __init__(self, rules: RuleSet):
        self.tier_of = {_folded(w): tier for tier, words in rules.numbers.price_tiers.items() for w in words}
        words = alternation(self.tier_of).replace(r"\ ", r"\s+").replace(r"\-", HYPHENS) or "(?!)"
        self.word = re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.IGNORECASE)
        self.carriers = {w.lower() for w in rules.numbers.price_tier_carriers}

    def tier(
        self, text: str, sentence: tuple[int, int], price_start: int, previous: tuple[int, int] | None
    ) -> str | None:
        """The tier the nearest tier word before the price in its sentence names, else, where the sentence opens
        by going on with the one before it (`This comes to $0.035`), the tier that one names; None for none or
        standard."""
        named = self.named(text, sentence[0], price_start)
        if named is None and previous is not None and self._carries_on(text, *sentence):
            named = self.named(text, *previous)
        return recorded(named)

    def _carries_on(self, text: str, start: int, end: int) -> bool:
        words = text[start:end].split(maxsplit=1)
        return bool(words) and words[0].lower() in self.carriers

    def named(self, text: str, start: int, end: int) -> str | None:
        """The tier the last tier word in `text[start:end]` names, `standard` included; None for none."""
        words = list(self.word.finditer(text, start, end))
        return self.tier_of[_folded(words[-1].group())] if words else None


def recorded(tier: str | None) -> str | None:
    """The tier a record states: a standard rate states none."""
    return None if tier == STANDARD else tier


def _folded(word: str) -> str:
    """A tier word as the table of tiers holds it: lower case, one space apart, an ASCII hyphen."""
    return re.sub(HYPHENS, "-", " ".join(word.lower().split()))
