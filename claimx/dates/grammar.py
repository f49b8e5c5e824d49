"""The date grammar: date expressions in text, and where each falls in the calendar.

One regular expression, compiled from the `dates` rule words, finds a day
(`June 12`, `Jan. 10`, `Jun 27, 2026`, `12 June 2026`, `2026-06-24`, `6/22`), a
range (`June 13–16`, `June 13 to 16`), a month (`in June`, `the June fortnight`,
`August 2025`, `late July 2025`); a second, run only near a unit word or a
weekday, finds relative dates (`the day after the ban`, `two weeks after ...`,
`a week later`, `this month`, `last week`, `on Tuesday`).

The year comes from the date itself, else the article's publication date, else
it stays unknown (`--06-12`). A date months after publication belongs to the
year before. A month is the range of its days (`2025-08-01` to `2025-08-31`,
precision `month`); `early`, `mid` and `late` narrow that range to a part of
the month, marked approximate.
"""

from __future__ import annotations

import datetime as dt
import re
import string
from collections.abc import Iterator
from dataclasses import replace

from ..literals import alternation, starts_like
from ..ruleset import DateWords
from ..scanning import lead_digits, matches_at, matches_from
from .dated import YEARLESS, Dated, DateMention, day_of, iso, month_dated

DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
ORDINAL_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)"  # "the 24th": a day written alone is an ordinal
# between the days of a range before its month: "3–5 March", "3rd to 5th March", "between 3 and 5 March"
DAY_RANGE_SEPARATOR = r"[^\S\n]*(?:–|—|-|to|through|until|(?P<dm_and>and))[^\S\n]*"
# what may end a second day after "and" or a day written alone: a stop, a bracket, a dash or the line's end ("on May 5
# and 6.", "on the 25th.", "on the 28th (local time)"); a day alone's words (`day_alone_after`) are added where the
# pattern is compiled
DAY_STOP = r"[^\S\n]*(?:[,.;:!?()—–\n]|$)"
YEAR = r"(?:19|20)\d\d"
SHORT_YEAR_PIVOT = 70  # two digits below it are this century's
SHORT_YEAR = r"['’](?P<md_sy>\d\d)(?![\w'’])"  # "Aug 05 '25": a year's last two digits after an apostrophe
FUTURE_REACH = 60  # characters before a date searched for a word that puts it ahead of publication
UPCOMING_WORDS = 5  # words between a future verb and the date it governs: "is set to leave office on"
MOVE_REACH = 60  # characters between a verb that moves a date and the "from" before the date
PAIRED_REACH = 30  # characters of the first date of a pair: "between March 15, 2024 and ..."
MOVE_WINDOW = MOVE_REACH + 20  # characters before a date searched for such a verb: the reach and the verb
YEAR_BEFORE = re.compile(rf"(?<![\w,.$-])({YEAR})\s+on\s+$")  # "at TED 2025 on April 11": the day is that year's
# on one line: "Apr 17\n- 2 min read" is none; an arrow joins a window's ends as a stats widget writes them ("Download
# Growth (Mar 20 → Mar 27)"): one stretch, not two days
RANGE_SEPARATOR = r"[^\S\n]*(?:–|—|-|→|to|through|until)[^\S\n]*"
# between a date's words: spaces, or one line break where a plain-text file wraps its lines; never a blank line,
# across which "version 5.2" and a heading's "June" would read as "2 June"
GAP = r"(?:[^\S\n]*\n[^\S\n]*|[^\S\n]+)"
# a day written in numbers, then a dash and another: "5/1/2023-2/1/2025" spans a stretch (a data window)
SLASH_RANGE_AFTER = re.compile(rf"\s?[-–—]\s?\d{{1,2}}/\d{{1,2}}/{YEAR}")
SLASH_RANGE_BEFORE = re.compile(rf"\d{{1,2}}/\d{{1,2}}/{YEAR}\s?[-–—]\s?$")
SLASH_DATE_CHARS = 14  # the longest such date and its dash: "12/31/2025 - "
TODAY_ACTOR = r"[A-Z][\w.-]*(?: [A-Z0-9][\w.-]*){0,2}"  # "Today, Ai2 released": a name of up to three words
# a capitalised word right before, on its line and with no stop between: "Today" after it ends a name ("India Today",
# "USA Today", "Business Today" are outlets), never a day as "Today, Zhipu released" after a sentence's stop is
NAME_WORD_BEFORE = re.compile(r"\b[A-Z][\w&'-]*[ \t]+$")
# the words besides counts and weekdays the branches of the relative date pattern open on: a branch opening on
# another must add it here
RELATIVE_OPENERS = "the that on this last next yesterday tomorrow today since by until".split()
# what of a word is looked for in lower-case text: a run of ASCII letters but "i" and "s", which `re` matches in any
# case to "ı" and "ſ" too, letters that `str.lower` leaves as they are
NOT_PLAIN_LETTERS = re.compile(r"[^a-hj-rt-z]+")


class _WordFinder:
    """Whole words (phrases) of a list, in any case, as `finditer` of their pattern finds them, but tried only where
    the lower-case text holds a piece of one: `str.find` skips through text many times faster than the regex engine,
    which stops at every letter one of the words begins with ("day", "month", "today", "Tuesday": most letters)."""

    def __init__(self, words: list[str]):
        self.pattern = re.compile(rf"{starts_like(words)}\b(?i:{alternation(words)})\b")
        longest = [max(NOT_PLAIN_LETTERS.split(w.lower()), key=len) for w in words]
        pieces = {p for p in longest if not any(q != p and q in p for q in longest)}  # "day" of "day", "Monday"
        # each piece, and where it stands in the words it is looked for by: "day" 0 in "days", 3 in "Monday"
        self.pieces: dict[str, set[int]] = {}
        for word, piece in zip(words, longest, strict=True):
            inner = next((q for q in sorted(pieces) if q in piece), "")
            self.pieces.setdefault(inner, set()).add(word.lower().index(inner))
        if "" in self.pieces:  # a word with no piece to look for: the pattern is run over all the text
            self.pieces = {}

    def finditer(self, text: str) -> Iterator[re.Match]:
        lower = text.lower()
        if not self.pieces or len(lower) != len(text):  # "İ" lower-cased is two characters: the offsets would shift
            yield from self.pattern.finditer(text)
            return
        starts = set()
        for piece, offsets in self.pieces.items():
            found = lower.find(piece)
            while found >= 0:
                starts.update(found - offset for offset in offsets if found >= offset)
                found = lower.find(piece, found + 1)
        yield from matches_at(self.pattern, text, sorted(starts))


class DateGrammar:
    def __init__(self, words: DateWords):
        self.words = words
        self.months = {k.lower(): v for k, v in words.months.items()}
        self.counts = {k.lower(): v for k, v in words.counts.items()}
        self.units = {k.lower(): v for k, v in words.units.items()}
        self.weekdays = {k.lower(): v for k, v in words.weekdays.items()}
        self.absolute = re.compile(self._absolute_pattern())
        self.absolute_starts = re.compile(self._absolute_start_pattern())
        self.relative = re.compile(self._relative_pattern())
        unit_words = [*self.units, *self.weekdays, "yesterday", "today", "tomorrow", "date"]
        self.unit_words = _WordFinder(unit_words)
        self.leads = {w.lower() for w in words.month_lead_words}
        self.periods = [w.lower().split() for w in words.period_words]
        pairs = "|".join(
            rf"{re.escape(first)}\s+[^.;!?\n]{{1,{PAIRED_REACH}}}?\s+(?:{alternation(seconds)})"
            for first, seconds in words.period_pairs.items()
        )
        # a pair's month may carry its lead word or part ("between October 2024 and last May", "from March to late
        # May 2025"): the date begins at that word, its month after it
        lead = rf"(?:(?i:{alternation([*words.month_lead_words, *words.month_parts]) or '(?!)'})(?:\s+|-))?"
        self.period_second = re.compile(rf"\b(?i:{pairs or '(?!)'})\s+{lead}$")
        # "from October 2022 to July 2025": a pair's first word before the date, a second word and a date after it
        self.period_first = re.compile(rf"\b(?i:{alternation(words.period_pairs) or '(?!)'})\s+{lead}$")
        seconds = alternation(s for seconds in words.period_pairs.values() for s in seconds) or "(?!)"
        names = alternation(n for name in self.months for n in (name.capitalize(), name.upper()))
        self.period_first_after = re.compile(rf"[^\S\n]+(?i:{seconds})[^\S\n]+{lead}(?:{names or '(?!)'}|{YEAR})\b")
        self.statuses = [w.lower().split() for w in words.status_words]
        self.deadlines = [w.lower().split() for w in words.deadline_words]
        moves = alternation(words.move_words).replace(r"\ ", r"\s+") or "(?!)"
        self.moved_from = re.compile(rf"\b(?i:{moves})\b[^.;!?\n]{{0,{MOVE_REACH}}}\bfrom\s+$")
        self.vague_counts = {w.lower() for w in words.vague_counts}
        approximate = alternation(words.approximate_words).replace(r"\ ", r"\s+") or "(?!)"
        self.approximate_before = re.compile(rf"\b(?i:{approximate})\s+$")
        zones = alternation(words.time_zone_words).replace(r"\ ", r"\s+") or "(?!)"
        clock = r"(?:,?\s*(?:at\s+)?\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?)?"  # "at 8pm": a time before its zone
        self.time_zone_after = re.compile(rf"{clock},?\s*\(?\s*(?:{zones})\b")
        self.year_words = {re.sub(r"\s+", " ", k.lower()): v for k, v in words.year_words.items()}
        year_words = alternation(self.year_words).replace(r"\ ", r"\s+") or "(?!)"
        self.year_after = re.compile(rf"\s+(?i:({year_words}))\b")
        self.parts = {k.lower(): v for k, v in words.month_parts.items()}
        self.day_alone_months = {re.sub(r"\s+", " ", k.lower()): v for k, v in words.day_alone_months.items()}
        self.names_a_thing = re.compile(rf"[ \t]+(?i:{alternation(words.name_nouns) or '(?!)'})\b")
        self.names_a_version = re.compile(rf"[ \t]+(?i:{alternation(words.version_nouns) or '(?!)'})\b")
        period_nouns = alternation(words.named_period_nouns).replace(r"\ ", r"[ \t-]+") or "(?!)"
        self.names_a_period = re.compile(rf"[ \t-]+(?i:{period_nouns})\b")  # "the July quarter", "July-quarter"
        future = alternation(words.future_words).replace(r"\ ", r"\s+") or "(?!)"
        self.future_before = re.compile(rf"\b(?i:{future})\b[^.;!?\n]*$")
        # the future verb a few words before the date, no comma between: "set to leave office on Jan. 20", never "will
        # ship it, a decision announced in April"
        upcoming = alternation(words.upcoming_words).replace(r"\ ", r"\s+") or "(?!)"
        self.upcoming_before = re.compile(rf"\b(?i:{upcoming})(?:\s+[^\s,;:.!?()]+){{0,{UPCOMING_WORDS}}}\s+$")
        self.part_before = re.compile(rf"\b(?i:({alternation(self.parts) or '(?!)'}))[- ]$")

    def _absolute_pattern(self) -> str:
        """Dates that begin with a digit or a capitalised month: the lookahead lets the regex skip the rest fast."""
        names = [n for name in self.months for n in (name.capitalize(), name.upper())]
        month = rf"(?:{alternation(names)})\.?"
        full_month = alternation(n for name in _full_names(self.months) for n in (name.capitalize(), name.upper()))
        # "Mon 6/22", "Tue. 6/23": a weekday's abbreviation before a day written in numbers
        abbreviations = [d[:3].capitalize() for d in self.weekdays]
        weekday_before = "|".join(f"(?<={d} )|(?<={d}\\. )" for d in abbreviations) or "(?!)"
        # each its own lookbehind, as `re` needs them of one width; their last words ("the") first, a lookbehind
        # most tries fail on before the others are tried
        last_words = sorted({w.split()[-1] for w in self.words.day_alone_before})
        day_alone_last = "|".join(rf"(?<=(?i:{re.escape(w)})\s)" for w in last_words) or "(?!)"
        day_alone_before = "|".join(rf"(?<=\b(?i:{re.escape(w)})\s)" for w in self.words.day_alone_before) or "(?!)"
        day_alone_after = f"(?i:{alternation(self.words.day_alone_after) or '(?!)'})"
        day_alone_months = f"(?i:{alternation(self.words.day_alone_months) or '(?!)'})".replace(r"\ ", GAP)
        return (
            "(?=[0-9A-Z])(?:"
            + "|".join(
                [
                    # not the date a product code carries: gpt-4o-2024-05-13
                    rf"(?<![\w.-])(?P<iso_y>{YEAR})-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>0[1-9]|[12]\d|3[01])(?![\d-])",
                    # 06/24/2026, 22/06/2026; without a year only after a weekday or "on": "Mon 6/22", "on 6/19"
                    rf"\b(?P<sl_a>\d{{1,2}})/(?P<sl_b>\d{{1,2}})/(?P<sl_y>{YEAR})(?![\d/])",
                    rf"(?:{weekday_before}|(?<=\bon ))(?P<sw_a>\d{{1,2}})/(?P<sw_b>\d{{1,2}})(?![\d/]|{GAP}of\b)",
                    rf"(?<=[Bb]etween )(?P<bt_m>{month}){GAP}(?P<bt_d>{DAY}){GAP}and{GAP}(?:(?P<bt_m2>{month}){GAP})?"
                    rf"(?P<bt_d2>{DAY})(?![\d])(?:,?{GAP}(?P<bt_y>{YEAR}))?(?![\d])",  # between June 13 and 16: a range
                    # "May 22,2025" with no space after its comma; never "June 1,500", nor a day whose year runs on
                    # into other digits ("Apr 25, 20254 mins": a page's date glued to its reading time); and a day
                    # glued to the word before it where a page's markup had a break ("By: Acme NewsMay 14, 2025", "3 min
                    # readJul 12, 2023"): after two lower-case letters, never a name's prefix ("LeMay", "McMay")
                    rf"(?:\b|(?<=[a-z]{{2}}))(?P<md_m>{month}){GAP}(?P<md_d>{DAY})(?![\d:]\d|,(?!{YEAR}(?![\d,]))\d)"
                    # "May 5 and 6, 2026": a second day after "and" ends the date, its year or a stop after it
                    rf"(?:(?:{RANGE_SEPARATOR}|{GAP}(?P<md_and>and){GAP}(?={DAY}(?:,?{GAP}{YEAR}|{DAY_STOP})))"
                    rf"(?:(?P<md_m2>{month}){GAP})?(?P<md_d2>{DAY})(?![\d]))?(?:(?:,?{GAP}|,)(?P<md_y>{YEAR})|,?{GAP}{SHORT_YEAR})?"
                    rf"(?![\d]|,?{GAP}{YEAR}\d)",
                    # 12 June 2026, the 12th of June, 2026
                    # not a code's last part: "AMC 10/12 November 2024" is no November 12; nor, across a line
                    # break, a version ending a headline: "Introducing GPT-5\nAug 7, 2025" is no August 5
                    # and a range of days before their month: "3–5 March 2026", "between 3 and 5 March"
                    rf"(?<!/)(?:(?<!-)|(?={DAY}[^\S\n]))\b(?P<dm_d>{DAY})(?:{DAY_RANGE_SEPARATOR}(?P<dm_d2>{DAY}))?"
                    rf"(?:(?<=st|nd|rd|th){GAP}of)?{GAP}(?P<dm_m>{month})(?:,?{GAP}(?P<dm_y>{YEAR}))?(?![\w])",
                    # a day alone, its month told elsewhere: "said on the 24th that", "Tuesday the 4th."
                    rf"(?:{day_alone_last})(?:{day_alone_before})(?P<nth_d>{ORDINAL_DAY})"
                    rf"(?:{GAP}(?P<nth_of>{day_alone_months})\b|(?={DAY_STOP}|{GAP}(?:{day_alone_after})\b))",
                    # February–March 2026, January to March 2025: a stretch of months with the year they share
                    rf"\b(?P<mr_m>{full_month}){RANGE_SEPARATOR}(?P<mr_m2>{full_month}),?{GAP}(?P<mr_y>{YEAR})(?![\d])",
                    rf"\b(?P<my_m>{month})(?:{GAP}of)?{GAP}(?P<my_y>{YEAR})(?![\d])",  # August 2025, August of 2025
                    rf"\b(?P<mo_m>{full_month})\b(?!\.?\s*\d)",  # a month alone: its lead word is checked after
                ]
            )
            + ")"
        )

    def _absolute_start_pattern(self) -> str:
        """Where an absolute date may begin: a month's name as it is capitalised there, or a number's first digit
        where what follows may make a date of it: a year and a dash (`2026-06-24`), a slash (`6/22`), or a day and
        a month's name (`12 June`, `3rd of May`). Most numbers are none, and every try of the grammar costs."""
        names = [n for name in self.months for n in (name.capitalize(), name.upper())]
        initials = re.escape("".join(sorted({name[0] for name in names})))
        day = r"\d?(?:st|nd|rd|th)?"
        range_first = rf"{day}{DAY_RANGE_SEPARATOR.replace('?P<dm_and>', '?:')}\d{{1,2}}"  # "3–5 March": its first day
        # ... or an ordinal, a day alone ("on the 24th")
        ahead = rf"(?=\d{{3}}-|\d?/|(?:{range_first})?{day}\s+(?:of\s+)?[{initials}]|\d?(?:st|nd|rd|th)\b)"
        return "|".join([*(digit + ahead for digit in lead_digits(r"(?<!\w.)")), alternation(names)])

    def _relative_pattern(self) -> str:
        """Relative dates; run only around a unit word ("day", "weeks") or a weekday, which few sentences hold. Its
        branches open on `\\b` or a lookbehind, which the regex engine would try at every character of those
        stretches: a lookahead for a digit or the first letter of a word a branch opens on lets it pass the others."""
        counts = alternation(self.counts) + r"|\d{1,3}"
        units = alternation(self.units)
        weekdays = alternation(self.weekdays) or "(?!)"
        return (
            starts_like([*self.counts, *self.weekdays, *RELATIVE_OPENERS, *string.digits])
            + "(?i:"
            + "|".join(
                [
                    rf"\b(?P<rel_n>{counts}){GAP}(?P<rel_u>{units}){GAP}(?P<rel_dir>after|before|later|earlier|ago)\b",
                    rf"\bthe{GAP}(?P<rel_u2>day|week|month){GAP}(?P<rel_dir2>after|before)\b",
                    rf"\b(?:the|that){GAP}(?P<rel_which>next|following|same|previous){GAP}(?P<rel_u3>day|date)\b",
                    rf"\b(?:on{GAP})?that{GAP}(?P<rel_that>day|date)\b",  # "On that date, Commerce imposed ..."
                    rf"\b(?P<rel_this>this|last|next){GAP}(?P<rel_u4>week|month)\b",
                    r"\b(?P<rel_word>yesterday|tomorrow)\b",
                    # "Mistral today announced", "X today announces", "released Kimi K3 today.", "announced today
                    # that", "Today we release X", "Today, Ai2 released X": not "today it is", "today is"
                    rf"\b(?P<rel_today>today)(?={GAP}(?!(?:is|was|has)\b)[a-z]+(?:ed|s)\b"
                    rf"|,?{GAP}(?-i:we{GAP}[a-z]+|{TODAY_ACTOR}{GAP}[a-z]+ed)\b)"
                    rf"|(?<=\w\s)(?P<rel_today_end>today)(?=\s*[.,;!?])|(?<=ed\s)(?P<rel_today_after>today)\b",
                    rf"\b(?:(?P<rel_wd_which>last|next|this|on|since|by|until){GAP})?(?P<rel_wd>{weekdays})\b",
                ]
            )
            + ")"
        )

    def find(self, text: str) -> list[DateMention]:
        """Every date in `text`, in order."""
        found = [
            self._qualified(m, match.start(), text)
            for match in matches_from(self.absolute, self.absolute_starts, text)
            if (m := self._read(match, text)) and _possible(m) and not self._names_a_thing(m, text)
        ]
        windows = sorted({(max(0, u.start() - 30), u.end() + 30) for u in self.unit_words.finditer(text)})
        days = {m.start for m in found if m.day is not None}
        taken = -1
        for start, end in windows:
            for match in self.relative.finditer(text, start, end):
                if match.start() > taken:
                    taken = match.end()
                    mention = self._relative(match.groupdict(), match.start(), match.end())
                    if mention is None or _ends_a_name(match, text) or (
                        mention.weekday is not None and _names_the_day_after(text, mention.end, days)
                    ):
                        continue  # "Thursday, June 18": the weekday of the date it precedes
                    found.append(mention)
        return sorted(found, key=lambda m: m.start)

    def _names_a_thing(self, mention: DateMention, text: str) -> bool:
        """`the 7 October Rule`: a day without a year that names a rule; `the 2024-08-06 version`: any date that
        names a version, `the July quarter` a reporting period. No day of an event."""
        if self.names_a_version.match(text, mention.end) or self.names_a_period.match(text, mention.end):
            return True
        return mention.year is None and mention.day is not None and bool(self.names_a_thing.match(text, mention.end))

    def _read(self, match: re.Match, text: str) -> DateMention | None:
        g = match.groupdict()
        start, end = match.start(), match.end()
        if g["iso_y"]:
            return DateMention(start, end, int(g["iso_m"]), int(g["iso_d"]), int(g["iso_y"]))
        for form in ("sl", "sw"):
            if g[f"{form}_a"]:
                return _slashed(start, end, int(g[f"{form}_a"]), int(g[f"{form}_b"]), g.get(f"{form}_y"))
        # month and day, perhaps a range: "June 13–16", "between June 13 and June 16", "3–5 March"
        for form in ("bt", "md", "dm"):
            if g[f"{form}_m"]:
                month = self._month(g[f"{form}_m"])
                end_day = _day(g[f"{form}_d2"]) if g[f"{form}_d2"] and self._spans_days(g, form, text, start) else None
                end_month = self._month(g[f"{form}_m2"]) if g.get(f"{form}_m2") else (month if end_day else None)
                year = int(g[f"{form}_y"]) if g[f"{form}_y"] else _short_year(g.get(f"{form}_sy"))
                if end_day and self.moved_from.search(text, max(0, start - MOVE_WINDOW), start):
                    moved_to = match.start(f"{form}_m2") if g.get(f"{form}_m2") else match.start(f"{form}_d2")
                    return DateMention(moved_to, end, end_month, end_day, year)  # the day it was moved to
                return DateMention(start, end, month, _day(g[f"{form}_d"]), year, end_month, end_day)
        if g["nth_d"]:  # its month, from the date before it or from publication, is found once those are known
            months = self.day_alone_months[re.sub(r"\s+", " ", g["nth_of"].lower())] if g["nth_of"] else None
            weekday = self._weekday_before(text, start)  # "Tuesday the 4th"
            return DateMention(start, end, day=_day(g["nth_d"]), offset=0, anchor="day", months=months, weekday=weekday)
        if g["mr_m"]:
            first, last = self._month(g["mr_m"]), self._month(g["mr_m2"])
            if last <= first:  # "December–January 2026": which year the first month is of, the text does not say
                return None
            return DateMention(start, end, first, None, int(g["mr_y"]), end_month=last)
        if g["my_m"]:
            month = DateMention(start, end, self._month(g["my_m"]), None, int(g["my_y"]))
            return self._month_part(month, text) or month
        if g["mo_m"]:
            return self._month_alone(g["mo_m"], start, end, text)
        return None

    def _weekday_before(self, text: str, start: int) -> int | None:
        """The weekday named right before "the" and a day alone ("Tuesday the 4th"): 1; else None."""
        words = text[max(0, start - 16) : start].lower().split()
        return self.weekdays.get(words[-2]) if len(words) >= 2 else None

    @staticmethod
    def _spans_days(g: dict, form: str, text: str, start: int) -> bool:
        """`3 and 4 March`, `May 5 and 6`, `between 3 and 5 March` span the days between; `on 3 and 5 March`, two
        days apart, tells two days, the first of which dates the event."""
        if not g.get(f"{form}_and"):
            return True
        consecutive = _day(g[f"{form}_d2"]) == _day(g[f"{form}_d"]) + 1
        return consecutive or text[max(0, start - 8) : start].lower() == "between "

    def bounds_a_period(self, text: str, date_start: int, date_end: int | None = None) -> bool:
        """Whether the date starting at `date_start` (and ending at `date_end`, where known) opens or closes a
        stretch of time: `since June`, `since at least November 2023`, `until May 15, 2026`, either month of `from
        October 2022 to July 2025`; not a date moved (`delayed from March to June`)."""
        if self._after_words(text, date_start, self.periods):
            return True
        second = self.period_second.search(text, max(0, date_start - PAIRED_REACH - 20), date_start)
        if second is not None:
            first_end = second.start() + len(second.group().split()[0]) + 1  # after "from " or "between "
            return not self.moved_from.search(text, max(0, first_end - MOVE_WINDOW), first_end)
        return (
            date_end is not None
            and bool(self.period_first.search(text, max(0, date_start - 10), date_start))
            and bool(self.period_first_after.match(text, date_end))
        )

    def sets_a_deadline(self, text: str, date_start: int) -> bool:
        """`By August 2024, ...`: what had happened by then, a date looked back from."""
        return self._after_words(text, date_start, self.deadlines)

    def _states_a_status(self, text: str, date_start: int) -> bool:
        """`As of Feb. 12, 2026`: the day things stood on; but `effective as of May 1` is the day a rule starts."""
        return self._after_words(text, date_start, self.statuses) and not self._after_words(
            text, date_start, [["effective", *status] for status in self.statuses]
        )

    @staticmethod
    def _after_words(text: str, date_start: int, phrases: list[list[str]]) -> bool:
        """Whether one of `phrases` (lower case, in words) ends right before the date, `at least` aside."""
        before = text[max(0, date_start - 30) : date_start]
        words = before.lower().split() if before[-1:].isspace() else []
        if words[-2:] == ["at", "least"]:
            words = words[:-2]
        return any(words[-len(phrase) :] == phrase for phrase in phrases)

    def _qualified(self, mention: DateMention, date_start: int, text: str) -> DateMention:
        """What the words around a date say of it: `around April 10` is approximate, `since June` a period,
        `June of last year` a year counted from publication, `Build 2025 on May 19` a day of 2025."""
        before = text[max(0, date_start - 20) : date_start]
        if self.approximate_before.search(before) or (mention.day and self.time_zone_after.match(text, mention.end)):
            mention = replace(mention, approximate=True)  # "around April 10", "February 18 (Beijing time)"
        if self.future_before.search(text, max(0, date_start - FUTURE_REACH), date_start):
            mention = replace(mention, ahead=True)
        if self.upcoming_before.search(text, max(0, date_start - FUTURE_REACH), date_start):
            mention = replace(mention, ahead=True, upcoming=True)
        bounds = mention.day is None and self.bounds_a_period(text, date_start, mention.end)
        if bounds or self._states_a_status(text, date_start):
            mention = replace(mention, period=True)
        if _ends_a_numbered_range(text, date_start, mention.end):
            mention = replace(mention, period=True)  # "(5/1/2023-2/1/2025)": the ends of a stretch, no day of an event
        named_year = YEAR_BEFORE.search(before) if mention.year is None and mention.day is not None else None
        if named_year is not None:
            mention = replace(mention, year=int(named_year.group(1)))
        year = self.year_after.match(text, mention.end) if mention.year is None else None
        if year is not None:
            offset = self.year_words[re.sub(r"\s+", " ", year.group(1).lower())]
            mention = replace(mention, end=year.end(), year_offset=offset)
        return mention

    def _month_part(self, mention: DateMention, text: str) -> DateMention | None:
        """`late July 2025`, `mid-June`: the part of the month a word before it names, or None."""
        part = self.part_before.search(text, max(0, mention.start - 8), mention.start)
        if part is None:
            return None
        first, last = self.parts[part.group(1).lower()]
        return replace(mention, start=part.start(), part=(first, last), approximate=True)

    def _month_alone(self, name: str, start: int, end: int, text: str) -> DateMention | None:
        """`in June`, `mid-June`, `the June fortnight`: a month is a date only after a lead word."""
        if (part := self._month_part(DateMention(start, end, self._month(name)), text)) is not None:
            return part
        before = text[max(0, start - 20) : start]
        words = before.split()
        if not words or not before[-1:].isspace() or words[-1].lower() not in self.leads:
            return None
        return DateMention(start - len(before) + before.rindex(words[-1]), end, self._month(name))

    def _relative(self, g: dict, start: int, end: int) -> DateMention | None:
        if g["rel_u"]:
            count = int(g["rel_n"]) if g["rel_n"].isdigit() else self.counts[g["rel_n"].lower()]
            unit, direction = g["rel_u"].lower(), g["rel_dir"].lower()
            sign = -1 if direction in ("before", "earlier", "ago") else 1
            anchor = (
                "publication" if direction == "ago" else ("named" if direction in ("after", "before") else "previous")
            )
            months = count if unit.startswith("month") else None
            return DateMention(
                start,
                end,
                offset=sign * count * self.units[unit],
                anchor=anchor,
                approximate=self._approximate(unit) or g["rel_n"].lower() in self.vague_counts,  # "a few days ago"
                months=None if months is None else sign * months,
            )
        if g["rel_u2"]:
            unit = g["rel_u2"].lower()
            sign = -1 if g["rel_dir2"].lower() == "before" else 1
            return DateMention(
                start, end, offset=sign * self.units[unit], anchor="named", approximate=self._approximate(unit)
            )
        if g["rel_u3"]:
            unit, which = g["rel_u3"].lower(), g["rel_which"].lower()
            steps = {"next": 1, "following": 1, "same": 0, "previous": -1}[which]
            return DateMention(start, end, offset=steps * self.units.get(unit, 1), anchor="previous")
        if g["rel_that"]:
            return DateMention(start, end, offset=0, anchor="previous")
        if g["rel_u4"]:
            unit, which = g["rel_u4"].lower(), g["rel_this"].lower()
            steps = {"this": 0, "last": -1, "next": 1}[which]
            return DateMention(start, end, offset=steps, anchor="month" if unit.startswith("month") else "week")
        if g["rel_word"]:
            return DateMention(
                start,
                end,
                offset={"yesterday": -1, "tomorrow": 1}[g["rel_word"].lower()],
                anchor="publication",
            )
        if g["rel_today"] or g["rel_today_end"] or g["rel_today_after"]:
            return DateMention(start, end, offset=0, anchor="publication")
        if g["rel_wd"]:
            weeks = {"last": -1, "next": 1}.get((g["rel_wd_which"] or "").lower(), 0)
            return DateMention(start, end, offset=weeks, anchor="weekday", weekday=self.weekdays[g["rel_wd"].lower()])
        return None

    def _month(self, name: str) -> int:
        return self.months[name.rstrip(".").lower()]

    def _approximate(self, unit: str) -> bool:
        return unit in self.words.approximate_units

    def resolve(self, mention: DateMention, published: dt.date | None, year_source: str) -> Dated:
        """Place an absolute date in its year."""
        if mention.year is not None:
            return _dated(mention, mention.year, "text")
        if published is None:
            return _dated(mention, YEARLESS, "unknown")
        if mention.year_offset is not None:
            return _dated(mention, published.year + mention.year_offset, "relative")
        year = published.year
        gap = (dt.date(year, mention.month, mention.day or 1) - published).days
        if gap > self.words.future_tolerance_days and not mention.ahead:
            year -= 1  # "December 20" in an article of January 5 is last year's
        elif -gap > self.words.future_tolerance_days and mention.upcoming:
            year += 1  # "is set to leave office on Jan. 20" in an article of December 3 is next year's
        return _dated(mention, year, year_source)

    @staticmethod
    def from_publication(mention: DateMention, published: dt.date) -> Dated:
        """A date counted from the day of publication: `this month`, `last week` (Monday to Sunday),
        `on Tuesday`, `yesterday`, `three days ago`."""
        if mention.anchor == "month":
            month = published.month + mention.offset - 1
            return month_dated(published.year + month // 12, month % 12 + 1, None, "relative")
        if mention.anchor == "week":
            monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=mention.offset)
            return Dated(iso(monday), iso(monday + dt.timedelta(days=6)), "day", "relative", monday)
        if mention.anchor == "weekday":
            day = _weekday_near(published, mention.weekday, mention.offset)
            return Dated(iso(day), None, "day", "relative", day)
        if mention.anchor == "day":
            return _day_of_publication_month(published, mention.day, mention.months, mention.weekday)
        return Dated(iso(published), None, "day", "manifest", published).shifted(mention.offset, "relative")


def _possible(mention: DateMention) -> bool:
    """February 30 is no date."""
    try:
        for month, day in ((mention.month, mention.day), (mention.end_month, mention.end_day)):
            if month is not None:
                dt.date(YEARLESS, month, day or 1)
    except ValueError:
        return False
    return True


def _short_year(digits: str | None) -> int | None:
    """`'25` is 2025, `'99` 1999: the century nearer to coverage of AI."""
    if digits is None:
        return None
    return (2000 if int(digits) < SHORT_YEAR_PIVOT else 1900) + int(digits)


def _day(text: str) -> int:
    return int(text.rstrip("stndrh"))


def _dated(mention: DateMention, year: int, source: str) -> Dated:
    if mention.day is None and mention.end_month is not None:  # a stretch of months: its first day to its last
        first, last = month_dated(year, mention.month, None, source), month_dated(year, mention.end_month, None, source)
        return replace(first, date_end=last.date_end)
    if mention.day is None:
        return month_dated(year, mention.month, mention.part, source)
    try:
        day = dt.date(year, mention.month, mention.day)
        end = dt.date(year, mention.end_month, mention.end_day) if mention.end_day else None
    except ValueError:  # February 29 outside a leap year
        return Dated(None, None, None, source)
    return Dated(iso(day), iso(end) if end else None, "day", source, day)


def _ends_a_numbered_range(text: str, start: int, end: int) -> bool:
    """Is the date at `start..end` one end of two written in numbers with a dash between (`5/1/2023-2/1/2025`)?"""
    return bool(
        SLASH_RANGE_AFTER.match(text, end) or SLASH_RANGE_BEFORE.search(text, max(0, start - SLASH_DATE_CHARS), start)
    )


def _day_of_publication_month(published: dt.date, day: int, months: int | None, weekday: int | None) -> Dated:
    """`on the 24th` in a story of June 27: June 24, the last 24th on or before publication (of June 20: May 24);
    `the 26th of last month` (`months` -1): of the month before publication's."""
    if months is None:
        months = 0 if day <= published.day else -1
    year, month = divmod(published.year * 12 + published.month - 1 + months, 12)
    return day_of(year, month + 1, day, "relative", weekday)


def _weekday_near(published: dt.date, weekday: int, weeks: int) -> dt.date:
    """`on Tuesday` (weeks 0): the last Tuesday on or before publication; `last Tuesday` (-1): the one before
    the day of publication; `next Tuesday` (1): the first after it."""
    if weeks > 0:
        return published + dt.timedelta(days=(weekday - published.weekday() - 1) % 7 + 1)
    back = (published.weekday() - weekday) % 7
    if weeks < 0 and back == 0:
        back = 7
    return published - dt.timedelta(days=back)


def _ends_a_name(match: re.Match, text: str) -> bool:
    """A capitalised "Today" after a capitalised word ends a name, an outlet's mostly: "in a talk with Business Today."
    """
    today = match.group("rel_today") or match.group("rel_today_end")
    return today == "Today" and bool(NAME_WORD_BEFORE.search(text, max(0, match.start() - 40), match.start()))


def _names_the_day_after(text: str, end: int, day_starts: set[int]) -> bool:
    """Is the date right after `end` (", June 18", " the 18th") one of `day_starts`?"""
    gap = len(text[end : end + 3]) - len(text[end : end + 3].lstrip(", "))
    if text[end + gap : end + gap + 4].lower() == "the ":
        gap += 4
    return end + gap in day_starts


def _slashed(start: int, end: int, first: int, second: int, year: str | None) -> DateMention | None:
    """`6/22` or `22/06/2026`: month first, as US news writes it, unless the first number cannot be a month."""
    month, day = (second, first) if first > 12 else (first, second)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return DateMention(start, end, month, day, int(year) if year else None)


def _full_names(months: dict[str, int]) -> list[str]:
    """Each month's longest name (`september`, not `sep` nor `sept`; `may`, its only one): a month written alone
    is one of these."""
    longest: dict[int, str] = {}
    for name, number in months.items():
        if len(name) > len(longest.get(number, "")):
            longest[number] = name
    return list(longest.values())
