"""The year of a date written without one, taken from around it.

From its heading (`## 2024` above `- May 13: ...`), from the same day written with a year elsewhere in the
article, from the nearest date of its sentence, or, in an article of no known date, from the last date before
it in its paragraph; never from a date looked back to or counted from another.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from ...spans import PARAGRAPH_BREAK
from ..dated import DateMention

# a heading, or a line that is a year alone ("**2024**", "2024:"): the year of the days listed under it
HEADING_LINE = re.compile(
    r"^[ \t]*(?:(?P<level>#{1,6})[ \t]+(?P<text>[^\n]*)|[*_]*(?P<year>(?:19|20)\d\d)[*_]*:?[ \t]*$)", re.MULTILINE
)
HEADING_YEAR = re.compile(r"(?<![\d-])(?:19|20)\d\d(?![\d-])")
HEADING_WORDS = 8  # a longer '#' line is prose, no heading


class Years:
    """Part of `EventExtractor`: which dates give their year to the days after them."""

    def _sets_the_year(self, text: str, mention: DateMention) -> bool:
        """Whether later days of its paragraph take this date's year: one with a month and a year, never one
        looked back to (`Since March 14, 2023, ...`)."""
        dated = mention.year is not None and bool(mention.month)
        return dated and not self.grammar.bounds_a_period(text, mention.start)


def same_year(a: DateMention, b: DateMention) -> bool:
    """May two dates be of one year: both say it and agree, or one leaves it open. "January 2025" is no vaguer
    "January 13, 2026", but a date of its own."""
    return a.year is None or b.year is None or a.year == b.year


def takes_a_year(mention: DateMention) -> bool:
    """Whether a date may take its year from around it: a month or day written without one, and no count from
    another date or from publication (`six months later`, `June of last year`)."""
    return mention.year is None and mention.month is not None and mention.offset is None and mention.year_offset is None


def heading_years(text: str) -> tuple[list[int], list[int | None]]:
    """Where each heading begins, and the year in force below it: its own (one year, in a short heading: `## 2024`,
    `### May 2024`, a line `**2024**`), else that of the heading above it, one level up; a line that is a year
    alone counts as a top heading. The title is no section: `# The models of 2026` may look back on 2025."""
    starts: list[int] = []
    years: list[int | None] = []
    above: list[tuple[int, int | None]] = []  # (level, year) of the headings the current one lies under
    title = len(text) - len(text.lstrip())
    for match in HEADING_LINE.finditer(text):
        if match.start() == title:
            continue
        if match["year"]:
            level, year = 1, int(match["year"])
        elif len(match["text"].split()) <= HEADING_WORDS:
            found = HEADING_YEAR.findall(match["text"])
            level, year = len(match["level"]), int(found[0]) if len(set(found)) == 1 else None
        else:
            continue
        above = [(lvl, y) for lvl, y in above if lvl < level]
        if year is None:
            year = next((y for _, y in reversed(above) if y is not None), None)
        above.append((level, year))
        starts.append(match.start())
        years.append(year)
    return starts, years


def year_of_heading(mention: DateMention, headings: tuple[list[int], list[int | None]]) -> DateMention:
    """`## 2024` then `- May 13: OpenAI launches GPT-4o`: a day or month without a year takes its heading's."""
    if not takes_a_year(mention):
        return mention
    starts, years = headings
    at = bisect.bisect_right(starts, mention.start) - 1
    year = years[at] if at >= 0 else None
    return replace(mention, year=year) if year is not None else mention


def days_stated(mentions: list[DateMention]) -> dict[tuple[int, int], set[int]]:
    """The years the article writes each day of the year with (`June 30, 2026`, the end of `from February 1 to
    June 30, 2026`)."""
    stated: dict[tuple[int, int], set[int]] = {}
    for m in mentions:
        if m.year is not None and m.offset is None:
            for month, day in ((m.month, m.day), (m.end_month or m.month, m.end_day)):
                if month is not None and day is not None:
                    stated.setdefault((month, day), set()).add(m.year)
    return stated


def year_stated(mention: DateMention, stated: dict[tuple[int, int], set[int]]) -> DateMention:
    """`The June 30 deadline` after `June 30, 2026`: a day without a year that the article writes with one year
    elsewhere is that year's day."""
    if not takes_a_year(mention) or mention.day is None:
        return mention
    years = stated.get((mention.month, mention.day), set())
    return replace(mention, year=next(iter(years))) if len(years) == 1 else mention


def year_from_before(text: str, mention: DateMention, anchor: DateMention | None) -> DateMention:
    """`On 9 April 2025, ... On 14 April, ...`: a day or month without a year, in an article of no known date,
    takes the year of the last date before it in its paragraph, where it comes no earlier in that year."""
    if not takes_a_year(mention) or anchor is None or mention.month < anchor.month or mention.start < anchor.start:
        return mention
    if PARAGRAPH_BREAK.search(text, anchor.end, mention.start):
        return mention
    return year_of(mention, anchor)


def years_shared(mentions: list[DateMention], deadlines: set[int]) -> list[DateMention]:
    """`released in July and September 2025`, `began in January 2026 and shipped April 23`: a date without a year
    takes the year the nearest date of its sentence gives; a deadline's (starting at one of `deadlines`) only where
    it comes no earlier in that year: `By August 2024, Grok 2 was out, and on February 18 ...` moves on past it."""
    with_year = [m for m in mentions if m.year is not None and m.month is not None]
    if not with_year:
        return mentions
    shared = []
    for mention in mentions:
        nearest = min(with_year, key=lambda y: abs(y.start - mention.start))
        before_deadline = nearest.start in deadlines and mention.month is not None and mention.month < nearest.month
        takes = takes_a_year(mention) and not before_deadline
        shared.append(replace(mention, year=_year_shared(mention, nearest)) if takes else mention)
    return shared


def _year_shared(mention: DateMention, dated: DateMention) -> int:
    """The year a date without one takes from `dated`, its sentence's nearest with one. A sentence tells its dates
    in the order they fell, so a later month written before it is the year before's: `On December 31 it opened
    its offering, to list on January 9, 2026` opened it in December 2025; not one a future verb governs (`will
    ship on December 1, after a January 9, 2026 beta`)."""
    earlier = mention.start < dated.start and mention.month > dated.month
    return dated.year - 1 if earlier and not (mention.ahead or mention.upcoming) else dated.year


def year_of(mention: DateMention, before: DateMention) -> DateMention:
    """A month without a year in a gapped clause takes the year of the date its verb came with; not one counted
    from publication (`and X in February of this year`)."""
    if takes_a_year(mention) and before.year is not None:
        return replace(mention, year=before.year)
    return mention
