"""Dates that qualify something else and make no event of their own.

`Jan. 24's closing price` says which price; `a report ... from October 2024` and `Pricing last synced Apr 27`,
`Original guide published April 3` date the writing, `This April 12, 2016, file photo` and a photo's caption the
picture, `the quarter ending April 27` the quarter, a footnote's source line the source, and `AIME March 2025`
names a benchmark's edition: none says something happened then.
"""

from __future__ import annotations

import re

from ...literals import FOLDED_TO_ASCII
from ...spans import DocSpans
from ..dated import DateMention

ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d")
REFERENCE_LINE = re.compile(r"[ \t]*(?:\[\d{1,3}\]|\^\d{1,3}|\d{1,3}\.\s+[\"“‘])")  # a footnote's source line
POSSESSIVE = re.compile(r"['’]s\b")
DOCUMENT_REACH = 80  # characters before a date searched for the writing it may date: "a report in X from"
# each letter but ASCII ones that `re` matches in any case to an ASCII letter, made that letter
AS_ASCII = str.maketrans({folded: letter for letter, letters in FOLDED_TO_ASCII.items() for folded in letters})


class Qualifiers:
    """Part of `EventExtractor`, whose `__init__` compiles the document, photo and period patterns these use."""

    def _qualifies_a_noun(self, spans: DocSpans, mention: DateMention) -> bool:
        """`Jan. 24's closing price of $142.62`: a date in the possessive says which price, and is no event of its
        own, unless the noun it qualifies is an action ('June 12's ban'); `a report ... from October 2024`, `in a
        June 18, 2025 article` and `Original guide published April 3` or `last verified on April 8` date the
        writing, `This April 12, 2016, file photo` the picture, and `the quarter ending April 27, 2026` and `the
        three months to December 31` the quarter."""
        if self.document_after.match(spans.text, mention.end) or self.photo_after.match(spans.text, mention.end):
            return True
        reach = max(0, mention.start - DOCUMENT_REACH)
        patterns = self._may_end(spans.text, reach, mention)
        if any(pattern.search(spans.text, reach, mention.start) for pattern in patterns):
            return True
        if _a_span(mention) and self.period_span.search(spans.text, reach, mention.start):
            return True
        if not POSSESSIVE.match(spans.text, mention.end):
            return False
        first, _ = spans.tokens_of(mention.end, mention.end + 1)
        return not self.participants.categories(spans, first, min(len(spans.doc), first + 4))

    def _may_end(self, text: str, reach: int, mention: DateMention) -> list[re.Pattern]:
        """Those of the patterns a report's, a period's end or a period's run ends on (`from`, `ending`, `to`, then
        spaces) whose word does end the text before the date: each is searched (over 80 characters, at each) only
        then, not before every date, most of which follow "in" or "on"."""
        before = text[reach : mention.start].rstrip()
        if len(before) == mention.start - reach:
            return []  # no space before the date
        word = before[-self.qualifier_end_chars :].translate(AS_ASCII).lower()
        return [pattern for pattern, words in self.qualifier_ends if word.endswith(words)]

    def _in_a_caption(self, text: str, start: int) -> bool:
        """Does the line holding offset `start` end in a photo's credit?"""
        line_end = text.find("\n", start)
        end = line_end if line_end >= 0 else len(text)
        if text.find("/", start, end) < 0 and text.find(":", start, end) < 0:
            return False  # every credit has its slash or its label's colon: most lines are spared the search
        return self.photo_credit.search(text, start, end) is not None


def names_an_edition(spans: DocSpans, mention: DateMention) -> bool:
    """`HMMT Feb 25`, `AIME March 2025`: a date right after a benchmark's name names its edition, no event; and
    an ISO date right after a model's names its snapshot (`Claude 3.5 Sonnet 2024-10-22`)."""
    first, _ = spans.tokens_of(mention.start, mention.end)
    named = spans.entity_ending_at(first)
    if named is None or spans.text[named.end_char : mention.start].strip():
        return False
    return named.type == "benchmark" or (
        named.type == "model" and ISO_DATE.fullmatch(spans.text, mention.start, mention.end) is not None
    )


def _a_span(mention: DateMention) -> bool:
    """`April 28 – July 27`: a date with an end of its own, a stretch of days or months."""
    return mention.end_month is not None or mention.end_day is not None
