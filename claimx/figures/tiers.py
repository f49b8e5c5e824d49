"""Which pricing tier a price is for: `developers using Flex will pay $5`, `the Batch API halves it to $1.50`.

A tier's price is no contradiction of the standard rate, so the cross-check never compares prices whose
tiers differ; a standard rate (`down from the standard rates of $10`) is recorded with no tier.
"""

from __future__ import annotations

import re

from ..literals import alternation
from ..ruleset import RuleSet

STANDARD = "standard"


class PriceTiers:
    def __init__(self, rules: RuleSet):
        self.tier_of = {w.lower(): tier for tier, words in rules.numbers.price_tiers.items() for w in words}
        words = alternation(self.tier_of).replace(r"\ ", r"\s+") or "(?!)"
        self.word = re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.IGNORECASE)

    def tier(self, text: str, sentence_start: int, price_start: int) -> str | None:
        """The tier the nearest tier word before the price in its sentence names; None for none or standard."""
        words = list(self.word.finditer(text, sentence_start, price_start))
        if not words:
            return None
        tier = self.tier_of[" ".join(words[-1].group().lower().split())]
        return None if tier == STANDARD else tier
