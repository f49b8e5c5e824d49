"""When a figure is stated for: `as of July 15`, `2.4 million downloads by Aug. 31`, a heading's `(list of Sept. 1)`.

A price, a download count or a ranking stated for different days is a change, not a contradiction: the
cross-check never compares figures whose `as_of` differ.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from ..dates.dated import DateMention
from ..dates.grammar import DateGrammar
from ..literals import alternation
from ..ruleset import RuleSet

LEAD_REACH = 24  # characters before a date searched for the words that make it a figure's date


class StatedDates:
    def __init__(self, rules: RuleSet, grammar: DateGrammar):
        self.grammar = grammar
        words = alternation(rules.attribution.as_of_words).replace(r"\ ", r"\s+") or "(?!)"
        self.lead = re.compile(rf"(?<![\w-])(?:{words})\s+(?:the\s+)?$", re.IGNORECASE)

    def find(
        self, text: str, mentions: list[DateMention], published: dt.date | None, year_source: str
    ) -> list[tuple[int, str]]:
        """(offset, ISO date or month) of every date a figure may be stated for, in order."""
        found = []
        for mention in mentions:
            if mention.month is None or not self.lead.search(text, max(0, mention.start - LEAD_REACH), mention.start):
                continue
            dated = self.grammar.resolve(mention, published, year_source)
            if dated.date is not None:
                found.append((mention.start, dated.date if dated.precision == "day" else dated.date[:7]))
        return found


def nearest(stated: list[tuple[int, str]], start: int, end: int, position: int) -> str | None:
    """The stated date within `start..end` nearest `position`, or None."""
    lo, hi = bisect.bisect_left(stated, (start, "")), bisect.bisect_left(stated, (end, ""))
    inside = stated[lo:hi]
    return min(inside, key=lambda d: abs(d[0] - position))[1] if inside else None
