"""The extractor: for each sentence, the dates that govern an event, and the event each makes.

It reads an article's sentences in order, drops the dates of datelines, quotations and qualifiers, gives each
remaining date its year and its clause, and makes an event where a day stands or where its clause has an
action; relative dates are dated last, from the events and dates around them. Each concern lives in its own
module of this package, mixed in here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from ...entities import EntityResolver
from ...literals import alternation
from ...questions import Questions
from ...records import Claim, Event
from ...ruleset import RuleSet
from ...spans import SHORT_LINE_CHARS, DocSpans, line_start_near, title_case_line
from ...tables.grid import Table
from ..dated import Dated, DateMention
from ..grammar import DateGrammar
from ..labels import Labels
from ..parts import Participants
from .clauses import Clauses, between_neighbours, trimmed
from .datelines import Datelines
from .entries import ListEntries
from .qualifiers import REFERENCE_LINE, Qualifiers, names_an_edition
from .records import RELEASE, EventRecords
from .relative import Pending, RelativeDates
from .years import (
    Years,
    days_stated,
    heading_years,
    same_year,
    takes_a_year,
    year_from_before,
    year_of,
    year_of_heading,
    year_stated,
    years_shared,
)


class EventExtractor(Datelines, Qualifiers, Clauses, Years, ListEntries, EventRecords, RelativeDates):
    """The events of articles: this class walks each sentence's dates; the parts it mixes in decide datelines,
    qualifiers, years, clauses, list entries, the records and relative dates, each in the module named for it."""

    def __init__(self, rules: RuleSet, resolver: EntityResolver):
        self.grammar = DateGrammar(rules.dates)
        self.participants = Participants(rules, resolver)
        self.questions = Questions(rules)
        self.resolver = resolver
        self.labels = Labels(rules)
        self.maker_acts = set(rules.events.maker_acts)
        labels = alternation(rules.dates.metadata_labels) or "(?!)"
        self.metadata_label = re.compile(rf"(?:^|[|·•/])\s*(?i:{labels})\s*(?:on\b)?\s*:?\s*$", re.MULTILINE)
        self.any_metadata_label = re.compile(rf"(?<![\w-])(?i:{labels}):?\s*$")
        self.metadata_word = re.compile(rf"(?<![\w-])(?i:{labels})(?![\w-])")  # "Updated · Business Insider · May 19"
        agencies = alternation(rules.dates.wire_agencies) or "(?!)"
        self.wire_agency_after = re.compile(rf"(?:,?\s*\d{{4}})?\s*\((?:{agencies})\)\s*[-—–:]")  # " (Reuters) -"
        openers = alternation(rules.dates.byline_openers) or "(?!)"
        self.byline = re.compile(rf"[ \t*_]*(?i:{openers})\s[^\n]{{1,80}}?\s(?:on\s+)?")
        # its label's colon may be a comma: "Update, May 17." opens a blog's note that it was revised
        self.page_date_label = re.compile(rf"(?<![\w-])(?i:{labels})(?:\s+on)?\s*[:,]?\s*$")
        documents = alternation(rules.dates.document_nouns) or "(?!)"
        self.document_from = re.compile(rf"\b(?i:{documents})\b[^,.;:!?\n]{{0,40}}\bfrom\s+$")
        self.document_after = re.compile(rf"\s+(?i:{documents})\b")  # "in a June 18, 2025 article"
        photos = alternation(rules.events.photo_nouns) or "(?!)"
        self.photo_after = re.compile(rf",?\s+(?i:{photos})\b")  # "This April 12, 2016, file photo shows"
        credits = alternation(rules.events.photo_credits) or "(?!)"
        # a photographer's and an agency's names joined by a slash, in brackets or not, ending the line:
        # "(Jane Roe/Getty Images)", "(AP Photo/Jane Roe)", "REUTERS/Jane Roe/File Photo"; or the agency after a
        # label: "Photo: Reuters", "Photo: Handout"
        self.photo_credit = re.compile(
            rf"(?:\b(?:{credits})/[A-Z][^/\n]{{0,40}}(?:/[^/\n]{{1,30}}){{0,2}}"
            rf"|[A-Z][^/\n]{{0,40}}/(?:{credits})(?: via Getty Images)?"
            rf"|\b(?:Photo|Picture|Image|Photograph)s?:[ \t]*[A-Z][^/\n]{{0,40}})\)?[ \t|]*$"
        )
        participles = alternation(
            sorted({w for words in rules.events.actions.values() for w in words if w.endswith("ed") and " " not in w})
        )
        # "Founded in 2021, Vexel announced its chip in June 2024": a participle's phrase opening the sentence
        # describes its subject; a date after it is the main clause's
        self.opening_participle = re.compile(rf"(?i:{participles or '(?!)'})\b[^,\n]*,")
        self.aside_opener = re.compile(rf",\s+(?i:{alternation(rules.events.aside_openers) or '(?!)'})\b")
        periods = alternation(rules.dates.period_nouns) or "(?!)"
        codes = alternation(rules.dates.period_codes) or "(?!)"
        # "its fiscal quarter ending April 27", "the first quarter 2026 that ends on 27 April", "the quarter, which
        # ended Sept. 30", "FY2024 (ended March 31, 2025)"
        period = rf"(?:\b(?i:{periods})(?:\s+\d{{4}})?|\b(?:{codes})\s?'?(?:\d{{4}}|\d{{2}})?)"
        self.period_end = re.compile(
            rf"{period}(?:,?\s+(?:that|which)\s+|\s*\(\s*|\s+)(?i:end(?:s|ed|ing))\s+(?:on\s+)?$"
        )
        # "the three months to December 31", "the fiscal year through June 30": "the", a word or two, the period;
        # not after "from": "moved from the third quarter to June 30" is the day moved to
        until = alternation(rules.dates.period_until_words) or "(?!)"
        self.period_until = re.compile(
            rf"(?<!from )\b(?i:the)\s+(?:[\w-]+\s+){{0,2}}(?i:{periods})\s+(?i:{until})\s+$"
        )
        # "fiscal Q2 2026 (April 28 – July 27, 2025)", "the period from June 29 to September 27": a span of dates
        # in brackets or after "from" right after a period is the period's (a month alone there may date an event
        # in it: "launched in the third quarter (July 2025)")
        self.period_span = re.compile(rf"{period}(?:\s*\(\s*|\s+from\s+)$")
        # "Original guide published April 3", "Pricing last synced Apr 27", "a snapshot last verified on April 8": a
        # page's noun, or "last", then the verb, says when the page was written or its figures checked
        page_verbs = [w.lower() for w in rules.dates.page_verbs]
        written = rf"(?:\b(?i:{alternation(rules.dates.page_nouns) or '(?!)'})|\b(?i:last))"
        self.page_written = re.compile(
            rf"{written}\s+(?:(?i:was|were|is|first|originally|last)\s+)?(?i:{alternation(page_verbs) or '(?!)'})"
            rf"(?:\s+(?i:on))?\s+$"
        )
        # the words each of those that end right before the date (and spaces) may end on: see `_may_end`
        self.qualifier_ends = [
            (self.document_from, ("from",)),
            (self.page_written, (*page_verbs, "on")),
            (self.period_end, ("ends", "ended", "ending", "on")),
            (self.period_until, tuple(w.lower() for w in rules.dates.period_until_words)),
        ]
        self.qualifier_end_chars = max(len(w) for _, words in self.qualifier_ends for w in words)

    def cue_patterns(self, rules: RuleSet) -> list[dict]:
        """Cue patterns for action words and anaphors."""
        return self.participants.cue_patterns(rules)

    def dates(self, text: str) -> list[DateMention]:
        return self.grammar.find(text)

    def extract(
        self,
        spans: DocSpans,
        mentions: list[DateMention],
        quoted: Callable[[int], bool],
        tables: Sequence[Table] = (),
        prose: Sequence[Claim] = (),
    ) -> Iterator[Event]:
        """Events of one article; `quoted(offset)` tells whether an offset lies inside a quotation; `tables` and
        the article's other claims (`prose`, which say what a key-value table is about) give table rows' events."""
        text = spans.text
        published, year_source = self.publication(spans, mentions)
        releases = list(self.labels.table_releases(spans, list(tables), list(prose), mentions))
        in_tables = {r.mention.start for r in releases}
        outside = [m for m in mentions if m.start not in in_tables]
        in_dateline = [self._in_dateline(spans, m) for m in outside]
        mentions = [m for m, dateline in zip(outside, in_dateline, strict=True) if not dateline]
        # the story's dateline day ("BEIJING, Nov. 25 (Xinhua) --"): what a later day alone ("on the 24th") is of
        story_day = next((m for m, dl in zip(outside, in_dateline, strict=True) if dl and m.day and m.month), None)
        story_dated = self.grammar.resolve(story_day, published, year_source) if story_day else None
        events = [
            self._table_event(spans, r, self.grammar.resolve(r.mention, published, year_source))
            for r in releases
            if r.names
        ]
        anchors: list[tuple[int, Dated]] = []  # every date a relative date may count from, in order
        pending: list[Pending] = []
        bullet: tuple[int, DateMention, Dated] | None = None  # the dated bullet a sentence may belong to
        year_anchor: DateMention | None = None  # the last date with a year: its paragraph's later days are of it
        # the headings' years, read only where a date may take one: most articles date nothing by a heading
        headings = heading_years(text) if any(takes_a_year(m) for m in mentions) else ([], [])
        stated = days_stated(mentions)
        i = 0
        for order, sent in enumerate(spans.sentences):
            start_char, end_char = spans.sentence_bounds[order]
            if bullet is None and (i == len(mentions) or mentions[i].start >= end_char):
                continue  # no date in it and no dated bullet it may belong to: it can make no event
            if not text[start_char:end_char].strip():
                continue
            line_start = line_start_near(text, start_char, SHORT_LINE_CHARS)
            if line_start is not None and REFERENCE_LINE.match(text, line_start):
                continue  # "[1] The Information, 'Inside Meta's bill,' June 3, 2026.": a source's date, no event
            if self._in_a_caption(text, start_char):
                continue  # "A sign outside its headquarters on May 10, 2018. (Jane Roe/Getty Images)": a photo's date
            if bullet is not None and start_char > bullet[0]:
                bullet = None
            own = []
            while i < len(mentions) and mentions[i].start < end_char:
                mention = mentions[i]
                if mention.start >= start_char and not (
                    self._qualifies_a_noun(spans, mention) or names_an_edition(spans, mention)
                ):
                    own.append(mention)
                i += 1
            own = [year_stated(year_of_heading(m, headings), stated) for m in own]
            if published is None:  # where the article's date is known, it places a date better: "takes effect Jan.
                # 13, ... until Jan. 15, 2026" in an article of January 2025
                own = years_shared(own, {m.start for m in own if self.grammar.sets_a_deadline(text, m.start)})
                own = [year_from_before(text, m, year_anchor) for m in own]
                year_anchor = next((m for m in reversed(own) if self._sets_the_year(text, m)), year_anchor)
            governing = _governing(own, quoted)
            acted: tuple[int, int] | None = None  # the clause of the date before this one, where it holds an action
            gloss_end: int | None = None  # where the bracket of a date glossing a released model closes
            for i_mention, mention in enumerate(governing):
                clause = own_clause = between_neighbours(
                    text, self._clause(spans, sent, mention, quoted), governing, i_mention, self._acting(spans)
                )
                if self._gapped(spans, acted, clause, mention):
                    # "released A in September 2025 and B in November": the verb, and the year, of the date before
                    mention = year_of(mention, governing[i_mention - 1])
                    clause = (acted[0], clause[1])
                dated = None if mention.offset is not None else self.grammar.resolve(mention, published, year_source)
                if dated is not None and dated.date is not None:
                    anchors.append((mention.start, dated))  # what a later "six months later" counts from
                acted = clause if self._has_action(spans, clause) else None
                entry = self._timeline_model(spans, mention)  # "- March 2023 — GPT-4 (OpenAI): ..."
                glossed = self._glossed_model(spans, mention)
                if glossed is not None and acted is None:
                    if not self._listed_after(text, gloss_end, glossed):
                        continue  # "Orca-3 (May 2026) costs $5", "o1 (2024-12-17) scored 71%": a name's label
                    entry = glossed  # "released A (May 4, 2026), B (June 1, 2026)": the list's release is B's too
                if mention.day is None and acted is None and entry is None:
                    continue  # a month or a relative date makes an event only where something happens
                if mention.day is None and entry is None and title_case_line(text, mention.start):
                    if not self.labels.keyed_release(text, mention):  # "- Model Release Date: August 2025"
                        continue  # and not in a headline, where every word looks like one: "The June 2026 Open War"
                if not self._asserted(spans, sent, clause, mention):
                    continue  # "has not released X in March", "Did Zhipu ship X on March 3?": nothing happened then
                if dated is None:
                    pending.append(Pending(mention, sent, clause, order))
                    continue
                event = self._event(spans, sent, clause, (mention.start, mention.end), dated, mention, entry=entry)
                if glossed is not None and not self._brought_out(event, glossed):
                    continue  # "Orca-3 (May 2026) beat GLM-5.2, which Zhipu released": May labels Orca-3, no release
                if clause != own_clause:  # ... but each date's objects are its own clause's: B in November, not A
                    named = self._named_in(spans, own_clause)
                    event = event.model_copy(update={"objects": named})
                    before_order, before, before_dated = events[-1] if events else (None, None, None)
                    if before is not None and before.source.start == governing[i_mention - 1].start:
                        kept = [o for o in before.objects if o not in named]
                        events[-1] = (before_order, before.model_copy(update={"objects": kept}), before_dated)
                events.append((order, event, dated))
                released = glossed is not None and event.action == RELEASE  # a list of releases may go on
                gloss_end = self._gloss_end(text, mention) if released else None
                if self._opens_bullet(text, mention):
                    line_end = text.find("\n", mention.end)  # once a line: a bullet's date opens it
                    bullet = (line_end if line_end >= 0 else len(text), mention, dated)
            if own or bullet is None:
                continue
            whole = trimmed(text, start_char, end_char)
            if self._has_action(spans, whole) and not self.participants.negated(spans, whole, (), whole[0]):
                event = self._event(spans, sent, whole, whole, bullet[2], rule="event.bullet")
                events.append((order, event, bullet[2]))
        events += self._relative(spans, pending, events, anchors, published, story_dated)
        seen = set()
        for _, event, _ in sorted(events, key=lambda e: (e[1].source.start, e[1].source.end)):
            if event.date is None:
                continue  # "last week" in an article of no known date: a dated event with no date is no claim
            key = (event.date, event.action) if event.relative else (event.source.start,)
            # a relative date restating an event ("two weeks after the ban", twice) is reported once
            if key not in seen:
                seen.add(key)
                yield event


def _governing(own: list[DateMention], quoted: Callable[[int], bool]) -> list[DateMention]:
    """The dates of a sentence that may date an event: not one in a quotation (the speaker's), nor a period
    ('since June'), nor a month or a relative week or month a day of the sentence says more exactly ('last
    month, on June 12'), nor a relative date counted in days beside a day ('released on June 2, a week after')."""
    days = [m for m in own if m.day is not None]

    def refined(mention: DateMention) -> bool:
        if mention.day is not None or mention.weekday is not None or not days:
            return False
        return mention.month is None or any(d.month == mention.month and same_year(d, mention) for d in days)

    return [m for m in own if not quoted(m.start) and not m.period and not refined(m)]
