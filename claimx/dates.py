"""Dates and the events they date.

The date grammar is one regular expression compiled from the `dates` rule
words: a day (`June 12`, `Jun 27, 2026`, `12 June 2026`, `2026-06-24`), a
range (`June 13–16`, `June 13 to 16`), a month (`in June`, `the June
fortnight`, `June 2026`) or a relative date (`the day after the ban`, `two
weeks after ...`, `a week later`, `this month`).

The year comes from the date itself, else the article's publication date (the
manifest, else a dateline in the article such as `Posted on Jun 25, 2026`),
else it stays unknown (`--06-12`). A date months after publication belongs to
the year before. A relative date counts from the event it names where the
article dates that event, from the date just before it, or from publication;
where none applies the date is left empty rather than guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span

from .entities import EntityResolver
from .records import Event
from .ruleset import DateWords, RuleSet, alternation, starts_like
from .spans import DocSpans, title_case_line

DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:19|20)\d\d"
YEARLESS = 2000  # stands in for an unknown year: a leap year, so February 29 stays a day
RANGE_SEPARATOR = r"\s*(?:–|—|-|to|through|until)\s*"
BULLET = re.compile(r"^\s*(?:[-•*–]|\d+[.)])\s+")
ACTION = "ACTION"  # cue label prefix of action words: ACTION:release
# a wire story's dateline: "BEIJING, June 3 (Reuters) -", "SAN FRANCISCO, Calif., June 3 —"
WIRE_PLACE = re.compile(r"\s*[A-Z][A-Z.'’ -]+,(?:\s*[A-Z][A-Za-z.]+,)?\s*")
WIRE_AFTER_DATE = re.compile(r"(?:,?\s*\d{4})?\s*(?:\([^()\n]{1,40}\))?\s*[-—–]")
REFERENCE_LINE = re.compile(r"[ \t]*(?:\[\d{1,3}\]|\^\d{1,3}|\d{1,3}\.\s+[\"“‘])")  # a footnote's source line
ACTOR_TYPES = ("model", "org", "place")  # who acts in an event, or is acted on
CLAUSE_END = re.compile(r"[,;:.!?]|\s[—–]\s")
WORDS = re.compile(r"[A-Za-z]+")


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression in the text, read but not yet placed in a year."""

    start: int
    end: int
    month: int | None = None
    day: int | None = None
    year: int | None = None
    end_month: int | None = None
    end_day: int | None = None
    # a relative date: days from its anchor (negative: before), and what it counts from
    offset: int | None = None
    anchor: str | None = None  # "named" (the words after it), "previous", "publication", "month", "weekday"
    approximate: bool = False
    weekday: int | None = None  # "on Tuesday": 1; `offset` then counts weeks from the last one on or before

    @property
    def precision(self) -> str:
        return "month" if self.day is None else "day"


@dataclass(frozen=True, slots=True)
class Dated:
    """A resolved date: the ISO string (or --MM-DD), its end, precision and where its year came from."""

    date: str | None
    date_end: str | None
    precision: str | None
    year_source: str
    day: dt.date | None = None  # what relative dates count from; in YEARLESS when the year is unknown

    def shifted(self, days: int, source: str) -> Dated:
        """The day `days` after this one ("the day after the ban"), as precise as this one."""
        day = self.day + dt.timedelta(days=days)
        return Dated(_iso(day), None, "day", source, day)


class DateGrammar:
    def __init__(self, words: DateWords):
        self.words = words
        self.months = {k.lower(): v for k, v in words.months.items()}
        self.counts = {k.lower(): v for k, v in words.counts.items()}
        self.units = {k.lower(): v for k, v in words.units.items()}
        self.weekdays = {k.lower(): v for k, v in words.weekdays.items()}
        self.absolute = re.compile(self._absolute_pattern())
        self.relative = re.compile(self._relative_pattern())
        unit_words = [*self.units, *self.weekdays, "yesterday", "today", "tomorrow"]
        self.unit_words = re.compile(rf"{starts_like(unit_words)}\b(?i:{alternation(unit_words)})\b")
        self.leads = {w.lower() for w in words.month_lead_words}

    def _absolute_pattern(self) -> str:
        """Dates that begin with a digit or a capitalised month: the lookahead lets the regex skip the rest fast."""
        names = [n for name in self.months for n in (name.capitalize(), name.upper())]
        month = rf"(?:{alternation(names)})\.?"
        full_month = alternation(n for name in self.months if len(name) > 3 for n in (name.capitalize(), name.upper()))
        # "Mon 6/22", "Tue. 6/23": a weekday's abbreviation before a day written in numbers
        abbreviations = [d[:3].capitalize() for d in self.weekdays]
        weekday_before = "|".join(f"(?<={d} )|(?<={d}\\. )" for d in abbreviations) or "(?!)"
        return (
            "(?=[0-9A-Z])(?:"
            + "|".join(
                [
                    rf"\b(?P<iso_y>{YEAR})-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>0[1-9]|[12]\d|3[01])(?![\d-])",
                    # 06/24/2026, 22/06/2026; without a year only after a weekday or "on": "Mon 6/22", "on 6/19"
                    rf"\b(?P<sl_a>\d{{1,2}})/(?P<sl_b>\d{{1,2}})/(?P<sl_y>{YEAR})(?![\d/])",
                    rf"(?:{weekday_before}|(?<=\bon ))(?P<sw_a>\d{{1,2}})/(?P<sw_b>\d{{1,2}})(?![\d/]|\s+of\b)",
                    rf"(?<=[Bb]etween )(?P<bt_m>{month})\s+(?P<bt_d>{DAY})\s+and\s+(?:(?P<bt_m2>{month})\s+)?"
                    rf"(?P<bt_d2>{DAY})(?![\d])(?:,?\s+(?P<bt_y>{YEAR}))?(?![\d])",  # between June 13 and 16: a range
                    rf"\b(?P<md_m>{month})\s+(?P<md_d>{DAY})(?![\d:,]\d)(?:{RANGE_SEPARATOR}(?:(?P<md_m2>{month})\s+)?"
                    rf"(?P<md_d2>{DAY})(?![\d]))?(?:,?\s+(?P<md_y>{YEAR}))?(?![\d])",
                    rf"\b(?P<dm_d>{DAY})\s+(?P<dm_m>{month})(?:,?\s+(?P<dm_y>{YEAR}))?(?![\w])",
                    rf"\b(?P<my_m>{month})\s+(?P<my_y>{YEAR})(?![\d])",
                    rf"\b(?P<mo_m>{full_month})\b(?!\.?\s*\d)",  # a month alone: its lead word is checked after
                ]
            )
            + ")"
        )

    def _relative_pattern(self) -> str:
        """Relative dates; run only around a unit word ("day", "weeks") or a weekday, which few sentences hold."""
        counts = alternation(self.counts) + r"|\d{1,3}"
        units = alternation(self.units)
        weekdays = alternation(self.weekdays) or "(?!)"
        return (
            "(?i:"
            + "|".join(
                [
                    rf"\b(?P<rel_n>{counts})\s+(?P<rel_u>{units})\s+(?P<rel_dir>after|before|later|earlier|ago)\b",
                    r"\bthe\s+(?P<rel_u2>day|week|month)\s+(?P<rel_dir2>after|before)\b",
                    r"\b(?:the|that)\s+(?P<rel_which>next|following|same|previous)\s+(?P<rel_u3>day)\b",
                    r"\b(?P<rel_this>this|last|next)\s+(?P<rel_u4>week|month)\b",
                    r"\b(?P<rel_word>yesterday|tomorrow)\b",
                    r"\b(?P<rel_today>today)(?=\s+[a-z]+ed\b)",  # "Mistral today announced": not "today it is"
                    rf"\b(?:(?P<rel_wd_which>last|next|this|on|since|by|until)\s+)?(?P<rel_wd>{weekdays})\b",
                ]
            )
            + ")"
        )

    def find(self, text: str) -> list[DateMention]:
        """Every date in `text`, in order."""
        found = [m for match in self.absolute.finditer(text) if (m := self._read(match, text)) and _possible(m)]
        windows = sorted({(max(0, u.start() - 30), u.end() + 30) for u in self.unit_words.finditer(text)})
        days = {m.start for m in found if m.day is not None}
        taken = -1
        for start, end in windows:
            for match in self.relative.finditer(text, start, end):
                if match.start() > taken:
                    taken = match.end()
                    mention = self._relative(match.groupdict(), match.start(), match.end())
                    if mention is None or (
                        mention.weekday is not None and _names_the_day_after(text, mention.end, days)
                    ):
                        continue  # "Thursday, June 18": the weekday of the date it precedes
                    found.append(mention)
        return sorted(found, key=lambda m: m.start)

    def _read(self, match: re.Match, text: str) -> DateMention | None:
        g = match.groupdict()
        start, end = match.start(), match.end()
        if g["iso_y"]:
            return DateMention(start, end, int(g["iso_m"]), int(g["iso_d"]), int(g["iso_y"]))
        for form in ("sl", "sw"):
            if g[f"{form}_a"]:
                return _slashed(start, end, int(g[f"{form}_a"]), int(g[f"{form}_b"]), g.get(f"{form}_y"))
        for form in ("bt", "md"):  # month and day, perhaps a range: "June 13–16", "between June 13 and June 16"
            if g[f"{form}_m"]:
                month = self._month(g[f"{form}_m"])
                end_day = _day(g[f"{form}_d2"]) if g[f"{form}_d2"] else None
                end_month = self._month(g[f"{form}_m2"]) if g[f"{form}_m2"] else (month if end_day else None)
                year = int(g[f"{form}_y"]) if g[f"{form}_y"] else None
                return DateMention(start, end, month, _day(g[f"{form}_d"]), year, end_month, end_day)
        if g["dm_m"]:
            return DateMention(
                start, end, self._month(g["dm_m"]), _day(g["dm_d"]), int(g["dm_y"]) if g["dm_y"] else None
            )
        if g["my_m"]:
            return DateMention(start, end, self._month(g["my_m"]), None, int(g["my_y"]))
        if g["mo_m"]:
            return self._month_alone(g["mo_m"], start, end, text)
        return None

    def _month_alone(self, name: str, start: int, end: int, text: str) -> DateMention | None:
        """`in June`, `mid-June`, `the June fortnight`: a month is a date only after a lead word."""
        if text[max(0, start - 4) : start].lower() == "mid-":
            return DateMention(start - 4, end, self._month(name))
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
            return DateMention(
                start, end, offset=sign * count * self.units[unit], anchor=anchor, approximate=self._approximate(unit)
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
            return DateMention(
                start, end, offset=steps * self.units[unit], anchor="previous", approximate=self._approximate(unit)
            )
        if g["rel_u4"]:
            unit, which = g["rel_u4"].lower(), g["rel_this"].lower()
            steps = {"this": 0, "last": -1, "next": 1}[which]
            if unit.startswith("month"):
                return DateMention(start, end, offset=steps, anchor="month")
            return DateMention(start, end, offset=steps * 7, anchor="publication", approximate=True)
        if g["rel_word"]:
            return DateMention(
                start,
                end,
                offset={"yesterday": -1, "tomorrow": 1}[g["rel_word"].lower()],
                anchor="publication",
            )
        if g["rel_today"]:
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
        year = published.year
        if (dt.date(year, mention.month, 1) - published).days > self.words.future_tolerance_days:
            year -= 1  # "December 20" in an article of January 5 is last year's
        return _dated(mention, year, year_source)


def _possible(mention: DateMention) -> bool:
    """February 30 is no date."""
    try:
        for month, day in ((mention.month, mention.day), (mention.end_month, mention.end_day)):
            if month is not None:
                dt.date(YEARLESS, month, day or 1)
    except ValueError:
        return False
    return True


def _day(text: str) -> int:
    return int(text.rstrip("stndrh"))


def _dated(mention: DateMention, year: int, source: str) -> Dated:
    if mention.day is None:
        month = f"{mention.month:02d}"
        return Dated(f"--{month}" if year == YEARLESS else f"{year:04d}-{month}", None, "month", source)
    try:
        day = dt.date(year, mention.month, mention.day)
        end = dt.date(year, mention.end_month, mention.end_day) if mention.end_day else None
    except ValueError:  # February 29 outside a leap year
        return Dated(None, None, None, source)
    return Dated(_iso(day), _iso(end) if end else None, "day", source, day)


def _iso(day: dt.date) -> str:
    """2026-06-12, or --06-12 for a day whose year the article does not give."""
    return f"--{day.month:02d}-{day.day:02d}" if day.year == YEARLESS else day.isoformat()


@dataclass(slots=True)
class _Pending:
    """An event whose relative date waits for the absolute dates around it."""

    mention: DateMention
    sentence: Span
    clause: tuple[int, int]
    order: int


class EventExtractor:
    def __init__(self, rules: RuleSet, resolver: EntityResolver):
        self.resolver = resolver
        self.grammar = DateGrammar(rules.dates)
        self.max_words = rules.dates.dateline_max_words
        self.month_names = {m.lower() for m in rules.dates.months}

    def action_patterns(self, rules: RuleSet) -> list[dict]:
        """Cue patterns for action words: label ACTION:<category>."""
        return [
            {"label": f"{ACTION}:{category}", "pattern": word, "id": f"action.{category}"}
            for category, words in rules.events.actions.items()
            for word in words
        ]

    def dates(self, text: str) -> list[DateMention]:
        return self.grammar.find(text)

    def extract(self, spans: DocSpans, mentions: list[DateMention], quoted) -> Iterator[Event]:
        """Events of one article; `quoted(offset)` tells whether an offset lies inside a quotation."""
        text = spans.text
        published, year_source = self._publication(spans, mentions)
        mentions = [m for m in mentions if not self._in_dateline(spans, m)]
        events: list[tuple[int, Event, Dated]] = []
        pending: list[_Pending] = []
        bullet: tuple[int, DateMention, Dated] | None = None  # the dated bullet a sentence may belong to
        i = 0
        for order, sent in enumerate(spans.doc.sents):
            if not text[sent.start_char : sent.end_char].strip():
                continue
            if REFERENCE_LINE.match(text, text.rfind("\n", 0, sent.start_char) + 1):
                continue  # "[1] The Information, 'Inside Meta's bill,' June 3, 2026.": a source's date, no event
            line_end = text.find("\n", sent.start_char)
            if bullet is not None and sent.start_char > bullet[0]:
                bullet = None
            own = []
            while i < len(mentions) and mentions[i].start < sent.end_char:
                if mentions[i].start >= sent.start_char:
                    own.append(mentions[i])
                i += 1
            has_day = any(m.day is not None for m in own)
            days = [m for m in own if m.day is not None]
            for mention in own:
                if mention.day is None and mention.weekday is None and (has_day or quoted(mention.start)):
                    continue  # "last month, on June 12": the day says it; vague dates in quotes are the speaker's
                clause = _between_neighbours(self._clause(text, sent, mention), mention, days)
                if mention.day is None and not self._has_action(spans, clause):
                    continue  # a month or a relative date makes an event only where something happens
                if mention.day is None and title_case_line(text, mention.start):
                    continue  # and not in a headline, where every word looks like one: "The June 2026 Open War"
                if mention.offset is not None:
                    pending.append(_Pending(mention, sent, clause, order))
                    continue
                dated = self.grammar.resolve(mention, published, year_source)
                events.append(
                    (order, self._event(spans, sent, clause, (mention.start, mention.end), dated, mention), dated)
                )
                if self._opens_bullet(text, sent, mention):
                    bullet = (line_end if line_end >= 0 else len(text), mention, dated)
            if (
                not own
                and bullet is not None
                and self._has_action(spans, _trimmed(text, sent.start_char, sent.end_char))
            ):
                clause = _trimmed(text, sent.start_char, sent.end_char)
                events.append(
                    (order, self._event(spans, sent, clause, clause, bullet[2], rule="event.bullet"), bullet[2])
                )
        events += self._relative(spans, pending, events, published)
        seen = set()
        for _, event, _ in sorted(events, key=lambda e: (e[1].source.start, e[1].source.end)):
            key = (event.date, event.action) if event.relative else (event.source.start,)
            # a relative date restating an event ("two weeks after the ban", twice) is reported once
            if key not in seen:
                seen.add(key)
                yield event

    # -- publication and datelines ---------------------------------------------

    def _publication(self, spans: DocSpans, mentions: list[DateMention]) -> tuple[dt.date | None, str]:
        article, text = spans.article, spans.text
        if article.published is not None:
            return article.published, article.published_from
        header_end = _nth_line_end(text, 10)
        for mention in mentions:
            if mention.start > header_end:
                break
            if mention.year and mention.day and self._in_dateline(spans, mention):
                return dt.date(mention.year, mention.month, mention.day), "header"
        return None, "unknown"

    def _in_dateline(self, spans: DocSpans, mention: DateMention) -> bool:
        """A wire story's dateline ('BEIJING, June 3 (Reuters) -'); a line holding a dated year and a few
        words ('Posted on Jun 25, 2026', 'When: 2026-06-24'); but not a short sentence in which a name acts
        ('OpenAI released GPT-5 on August 7, 2025.')."""
        text = spans.text
        start = text.rfind("\n", 0, mention.start) + 1
        if WIRE_PLACE.fullmatch(text, start, mention.start) and WIRE_AFTER_DATE.match(text, mention.end):
            return True
        if mention.year is None:
            return False
        end = text.find("\n", mention.end)
        end = len(text) if end < 0 else end
        rest = text[start : mention.start] + " " + text[mention.end : end]
        words = [w for w in WORDS.findall(rest) if w.lower() not in self.month_names]
        if len(words) > self.max_words:
            return False
        return not (spans.entities_within_chars(start, end) and self._has_action(spans, (start, end)))

    @staticmethod
    def _opens_bullet(text: str, sent: Span, mention: DateMention) -> bool:
        """`- June 26: Commerce restored ...`: the date heads a list item and governs all of it."""
        line_start = text.rfind("\n", 0, mention.start) + 1
        before = text[line_start : mention.start]
        return (not before.strip() or bool(BULLET.fullmatch(before))) and text[mention.end : mention.end + 1] == ":"

    # -- the event a date governs ---------------------------------------------

    def _clause(self, text: str, sent: Span, mention: DateMention) -> tuple[int, int]:
        """The sentence, or after a heading date (`June 12: ...`) the words after it."""
        start = sent.start_char
        if text[mention.end : mention.end + 1] == ":" and not text[start : mention.start].strip(" -•*–\t"):
            start = mention.end + 1
        return _trimmed(text, start, sent.end_char)

    def _event(
        self, spans: DocSpans, sent: Span, clause, evidence, dated: Dated, mention=None, rule="event.date", anchor=None
    ) -> Event:
        """An event record: `evidence` is the date expression, or the clause where the date is elsewhere."""
        text = spans.text
        start, end = evidence
        actor, action, action_text, objects = self._parts(spans, clause)
        relative = mention is not None and mention.offset is not None
        return Event(
            source=spans.source(start, end),
            text=text[start:end],
            sentence=text[sent.start_char : sent.end_char].strip(),
            rule=rule,
            date=dated.date,
            date_end=dated.date_end,
            precision=dated.precision,
            year_source=dated.year_source,
            approximate=mention.approximate if mention is not None else False,
            relative=text[mention.start : mention.end] if relative else None,
            anchor=anchor,
            event=text[clause[0] : clause[1]],
            actor=actor,
            action=action,
            action_text=action_text,
            objects=objects,
        )

    def _actions(self, spans: DocSpans, clause: tuple[int, int]):
        """Action words in a clause; not one hyphened to the next word, which is half an adjective
        ('open-weights', 'ban-proof')."""
        first, end = spans.tokens_of(*clause)
        doc = spans.doc
        return [
            m
            for m in spans.cues_in(first, end)
            if m.label.startswith(ACTION)
            and not (m.end < len(doc) and doc[m.end].text == "-" and not doc[m.end - 1].whitespace_)
        ]

    def _has_action(self, spans: DocSpans, clause: tuple[int, int]) -> bool:
        return bool(self._actions(spans, clause))

    def _parts(self, spans: DocSpans, clause: tuple[int, int]):
        """Actor, action and objects of a clause: the first name before its first action word, the names after."""
        first, end = spans.tokens_of(*clause)
        actions = self._actions(spans, clause)
        names = [e for e in spans.entities_in(first, end) if e.type in ACTOR_TYPES]
        if not actions:
            return (names[0].name if names else None), None, None, []
        action = min(actions, key=lambda m: (m.start, m.start - m.end))  # "open-sourced" before "open"
        before = [e for e in names if e.end <= action.start]
        actor = before[0] if before else None
        after = [e for e in names if e.start >= action.end and (actor is None or e.name != actor.name)]
        models = [e for e in after if e.type == "model"]  # what was acted on: the models, where any are named
        objects = sorted({e.name for e in (models or after)})
        category, word = action.label.split(":", 1)[1], spans.span_text(action.start, action.end)
        if actor is not None and actor.type == "model" and not models:
            # "Orion-5 was released on June 2": the model is what was acted on, its maker the actor
            return self.resolver.maker(actor.name), category, word, [actor.name]
        return (actor.name if actor is not None else None), category, word, objects

    # -- relative dates -------------------------------------------------------

    def _relative(self, spans: DocSpans, pending: list[_Pending], events, published: dt.date | None):
        """Date each relative expression from what it counts from; leave it undated where that is unknown."""
        text = spans.text
        dated = sorted(((e.source.start, e, d) for _, e, d in events if d.day is not None), key=lambda x: x[0])
        for item in pending:
            mention = item.mention
            evidence = (mention.start, mention.end)
            if mention.anchor == "month":
                if published is not None:
                    month = published.month + mention.offset - 1
                    dated_month = Dated(
                        f"{published.year + month // 12:04d}-{month % 12 + 1:02d}", None, "month", "relative"
                    )
                    yield self._placed(spans, item, evidence, dated_month, "publication")
                continue
            if mention.anchor == "named":
                anchor_end = _clause_end(text, mention.end, item.clause[1])
                anchor = text[mention.end : anchor_end].strip()
                base = self._named_anchor(spans, (mention.end, anchor_end), dated)
                opens = _opens_clause(text, item.sentence, mention)
                # "launched GLM-5.2 the day after the ban": the event is what comes before the date
                item.clause = (mention.end, anchor_end) if opens else (item.clause[0], mention.start)
                if not self._has_action(spans, item.clause):
                    continue
                if base is None and published is not None and opens:
                    # "Two weeks after the ban, ...": the article speaks that long after the event it names
                    now = Dated(_iso(published), None, "day", "relative", published)
                    yield self._placed(
                        spans,
                        item,
                        (mention.start, anchor_end),
                        now.shifted(-mention.offset, "relative"),
                        anchor,
                        "event.relative-to-now",
                    )
                    continue
            elif mention.anchor == "weekday":
                if published is None:
                    yield self._placed(spans, item, evidence, Dated(None, None, None, "unknown"), "publication")
                    continue
                day = _weekday_near(published, mention.weekday, mention.offset)
                yield self._placed(spans, item, evidence, Dated(_iso(day), None, "day", "relative", day), "publication")
                continue
            elif mention.anchor == "previous":
                before = [d for start, _, d in dated if start < mention.start]
                base, anchor = (before[-1] if before else None), "the date before"
            else:
                base = Dated(_iso(published), None, "day", "manifest", published) if published else None
                anchor = "publication"
            if base is None:
                yield self._placed(spans, item, evidence, Dated(None, None, None, "unknown"), anchor)
                continue
            yield self._placed(spans, item, evidence, base.shifted(mention.offset, "relative"), anchor)

    def _placed(self, spans, item: _Pending, evidence, dated: Dated, anchor, rule="event.relative"):
        return (
            item.order,
            self._event(spans, item.sentence, item.clause, evidence, dated, item.mention, rule, anchor),
            dated,
        )

    def _named_anchor(self, spans: DocSpans, anchor: tuple[int, int], dated) -> Dated | None:
        """The dated event the words after 'the day after' name: its action and, if named, its objects."""
        first, end = spans.tokens_of(*anchor)
        categories = {m.label.split(":", 1)[1] for m in spans.cues_in(first, end) if m.label.startswith(ACTION)}
        names = {e.name for e in spans.entities_in(first, end) if e.type == "model"}
        if not categories and not names:
            return None
        for _, event, d in dated:
            if categories and event.action not in categories:
                continue
            if names and not any(o == n or o.startswith(n + " ") for o in event.objects for n in names):
                continue
            return d
        return None


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _opens_clause(text: str, sent: Span, mention: DateMention) -> bool:
    """'Two weeks after X, ...' opens its sentence (after a label such as 'What:' at most)."""
    before = text[sent.start_char : mention.start].rsplit(":", 1)[-1]
    return not before.strip(" -•*–\t")


def _clause_end(text: str, start: int, limit: int) -> int:
    found = CLAUSE_END.search(text, start, limit)
    return found.start() if found else limit


def _nth_line_end(text: str, n: int) -> int:
    end = -1
    for _ in range(n):
        end = text.find("\n", end + 1)
        if end < 0:
            return len(text)
    return end


def _weekday_near(published: dt.date, weekday: int, weeks: int) -> dt.date:
    """`on Tuesday` (weeks 0): the last Tuesday on or before publication; `last Tuesday` (-1): the one before
    the day of publication; `next Tuesday` (1): the first after it."""
    if weeks > 0:
        return published + dt.timedelta(days=(weekday - published.weekday() - 1) % 7 + 1)
    back = (published.weekday() - weekday) % 7
    if weeks < 0 and back == 0:
        back = 7
    return published - dt.timedelta(days=back)


def _names_the_day_after(text: str, end: int, day_starts: set[int]) -> bool:
    """Is the date right after `end` (", June 18") one of `day_starts`?"""
    gap = len(text[end : end + 3]) - len(text[end : end + 3].lstrip(", "))
    return end + gap in day_starts


def _between_neighbours(clause: tuple[int, int], mention: DateMention, days: list[DateMention]) -> tuple[int, int]:
    """Where a sentence holds several days ("released on June 2, after it announced the model on May 5"),
    a day's clause runs from the day before it to the day after it, so each finds its own action."""
    if mention not in days or len(days) < 2:
        return clause
    i = days.index(mention)
    start = days[i - 1].end if i > 0 else clause[0]
    end = days[i + 1].start if i + 1 < len(days) else clause[1]
    return max(clause[0], start), min(clause[1], end)


def _slashed(start: int, end: int, first: int, second: int, year: str | None) -> DateMention | None:
    """`6/22` or `22/06/2026`: month first, as US news writes it, unless the first number cannot be a month."""
    month, day = (second, first) if first > 12 else (first, second)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return DateMention(start, end, month, day, int(year) if year else None)
