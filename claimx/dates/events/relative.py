"""Relative dates: what `six months later`, `the day after the ban` or `last week` count from.

A relative date counts from the event it names where the article dates that event, from the date just before
it, or from publication; where none applies it is left undated rather than guessed. Each waits as a `Pending`
event until the article's absolute dates are known.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Span

from ...spans import PARAGRAPH_BREAK, DocSpans
from ..dated import Dated, DateMention, iso

CLAUSE_END = re.compile(r"[,;:.!?]|\s[—–]\s")
NEXT_WORD = re.compile(r"\s+\S+")
UNDATED = Dated(None, None, None, "unknown")


@dataclass(slots=True)
class Pending:
    """An event whose relative date waits for the absolute dates around it."""

    mention: DateMention
    sentence: Span
    clause: tuple[int, int]
    order: int


class RelativeDates:
    """Part of `EventExtractor`: the events of relative dates, dated once the article's other events are."""

    def _relative(
        self, spans: DocSpans, pending: list[Pending], events, anchors, published: dt.date | None, story_day=None
    ):
        """Date each relative expression from what it counts from; leave it undated where that is unknown."""
        dated = sorted(((e.source.start, e, d) for _, e, d in events if d.day is not None), key=lambda x: x[0])
        for item in pending:
            mention = item.mention
            evidence = (mention.start, mention.end)
            if mention.anchor == "named":
                yield from self._after_named(spans, item, dated, published)
            elif mention.anchor == "day":
                day, source = self._day_of_month(spans.text, mention, anchors, published, story_day)
                yield self._placed(spans, item, evidence, day, source)
            elif mention.anchor == "previous":
                before = [(start, d) for start, d in anchors if start < mention.start]
                if before and self._names_its_own_day(spans, item) and before[-1][0] < item.sentence.start_char:
                    before = []  # "came on the same day the Commission published new guidelines": not that date's
                day = _from_the_date_before(mention, [d for _, d in before])
                yield self._placed(spans, item, evidence, day, "the date before")
            elif published is not None:  # this month, last week, on Tuesday, yesterday, three days ago
                day = self.grammar.from_publication(mention, published)
                yield self._placed(spans, item, evidence, day, "publication")
            elif mention.anchor != "month":
                yield self._placed(spans, item, evidence, UNDATED, "publication")

    def _day_of_month(self, text: str, mention: DateMention, anchors, published: dt.date | None, story_day=None):
        """`on the 24th`: a day of the month of the date before it in its paragraph (`In March, ... on the 5th`) or
        of publication's (the last 24th on or before it; Korean and Chinese news date a story's events so), no date
        where the two differ, the text not making clear which; else, as publication's would, of the month of the last
        day the article gave before it, or of its dateline's (`BEIJING, Nov. 25 (Xinhua) -- ... on the 24th`), where
        it is no later than that day. With what it counted from."""
        before = [(start, d) for start, d in anchors if start < mention.start]
        in_paragraph = None
        if mention.months is None and before and not PARAGRAPH_BREAK.search(text, before[-1][0], mention.start):
            in_paragraph = before[-1][1].on_day(mention.day, mention.weekday)
        if published is not None:
            day = self.grammar.from_publication(mention, published)
            return (day if in_paragraph is None or in_paragraph.date == day.date else UNDATED), "publication"
        if in_paragraph is not None:
            return in_paragraph, "the date before"
        days = [d for _, d in before if d.day is not None] or ([story_day] if story_day and story_day.day else [])
        if mention.months is None and days and mention.day <= days[-1].day.day:
            return days[-1].on_day(mention.day, mention.weekday), "the date before"
        return UNDATED, "publication"

    def _names_its_own_day(self, spans: DocSpans, item: Pending) -> bool:
        """`Meta's announcement came on the same day the Commission published new guidelines`: 'the same day' inside
        its sentence, an action right after it (no comma between), is the day of that action, which the last date
        written need not be; only one in its own sentence ('published on December 3, the same day the weights were
        made public') says it is. Not 'The same day, OpenAI opened X', 'That day Zhipu released X' or 'OpenAI the
        same day opened X', whose action is their sentence's own, on the date before's day."""
        text, mention = spans.text, item.mention
        if _opens_clause(text, item.sentence, mention) or text[mention.end : mention.end + 1] == ",":
            return False
        first = NEXT_WORD.match(text, mention.end)
        if first is None or self._has_action(spans, (mention.end, first.end())):
            return False  # "OpenAI the same day opened Sol": the sentence's own verb, no clause naming a day
        return self._has_action(spans, (mention.end, _clause_end(text, mention.end, item.sentence.end_char)))

    def _after_named(self, spans: DocSpans, item: Pending, dated, published: dt.date | None):
        """`the day after the Fable ban`: from the day the article gives the event it names; `Two weeks after
        the ban, ...` opening a sentence with that event undated: as long before publication."""
        text, mention = spans.text, item.mention
        anchor_end = _clause_end(text, mention.end, item.clause[1])
        anchor = text[mention.end : anchor_end].strip()
        base = self._named_anchor(spans, (mention.end, anchor_end), dated)
        opens = _opens_clause(text, item.sentence, mention)
        # "launched GLM-5.2 the day after the ban": the event is what comes before the date
        item.clause = (mention.end, anchor_end) if opens else (item.clause[0], mention.start)
        if not self._has_action(spans, item.clause):
            return
        evidence = (mention.start, mention.end)
        if base is not None:
            yield self._placed(spans, item, evidence, base.shifted(mention.offset, "relative"), anchor)
        elif published is not None and opens:
            now = Dated(iso(published), None, "day", "relative", published)
            day = now.shifted(-mention.offset, "relative")
            yield self._placed(spans, item, (mention.start, anchor_end), day, anchor, "event.relative-to-now")
        else:
            yield self._placed(spans, item, evidence, UNDATED, anchor)

    def _placed(self, spans, item: Pending, evidence, dated: Dated, anchor, rule="event.relative"):
        return (
            item.order,
            self._event(spans, item.sentence, item.clause, evidence, dated, item.mention, rule, anchor),
            dated,
        )

    def _named_anchor(self, spans: DocSpans, anchor: tuple[int, int], dated) -> Dated | None:
        """The dated event the words after 'the day after' name: its action and, if named, its objects."""
        first, end = spans.tokens_of(*anchor)
        categories = self.participants.categories(spans, first, end)
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


def _opens_clause(text: str, sent: Span, mention: DateMention) -> bool:
    """'Two weeks after X, ...' opens its sentence (after a label such as 'What:' at most)."""
    before = text[sent.start_char : mention.start].rsplit(":", 1)[-1]
    return not before.strip(" -•*–\t")


def _clause_end(text: str, start: int, limit: int) -> int:
    found = CLAUSE_END.search(text, start, limit)
    return found.start() if found else limit


def _from_the_date_before(mention: DateMention, before: list[Dated]) -> Dated:
    """`six months later` after `founded in July 2023`: months from the month or day before; days and weeks
    from the day before, a month being too vague to count days from."""
    if mention.months is not None and before:
        return before[-1].months_later(mention.months)
    days = [d for d in before if d.day is not None]
    return days[-1].shifted(mention.offset, "relative") if days else UNDATED
