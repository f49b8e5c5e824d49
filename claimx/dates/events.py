"""The events dates govern: which date makes an event, the clause it governs, and what a relative date counts from.

A day makes an event, whatever happens in its clause; a month or a relative
date only where its clause has an action. No event comes from a date inside a
quotation (the speaker's), a dateline or a page's date line (`Created on
December 26 | Last edited on January 9`), a footnote's source, or a date that
only qualifies a noun (`Jan. 24's closing price`). The year comes from the date
itself, else the article's publication date (the manifest, else a dateline in
the article such as `Posted on Jun 25, 2026`), else it stays unknown. A relative
date counts from the event it names where the article dates that event, from
the date just before it, or from publication; where none applies it is left
undated rather than guessed.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Span

from ..entities import Entity, EntityResolver
from ..literals import FOLDED_TO_ASCII, alternation
from ..records import Claim, Event
from ..ruleset import RuleSet
from ..spans import PARAGRAPH_BREAK, SHORT_LINE_CHARS, DocSpans, line_start_near, short_line, title_case_line
from ..tables.grid import Table
from .grammar import Dated, DateGrammar, DateMention, iso
from .labels import Labels, TableRelease
from .parts import Participants, Parts

RELEASE = "release"  # the action category of bringing a model out

LIST_MARK = r"(?:[-•*–]|\d+[.)])"  # a list item's mark: "-", "•", "1.", "2)"
BULLET = re.compile(rf"^\s*{LIST_MARK}\s+")
BULLET_CHARS = 12  # an indented list item's mark, and a date after it
# a timeline's entry: a line opening with its date (a list mark, emphasis before it), then a dash or colon and the
# model the entry is about: "- March 2023 — GPT-4 (OpenAI): ...", "**May 13, 2024**: GPT-4o"
ENTRY_BEFORE_DATE = re.compile(rf"[ \t]*(?:{LIST_MARK}[ \t]+)?[*_]*")
CLOSING_BRACKET = re.compile(r"\s*\)")
ENTRY_AFTER_DATE = re.compile(r"[*_]*[ \t]*(?:[—–:|]|-(?=[ \t]))[*_]*[ \t]*[*_]*")
# a wire story's dateline: "BEIJING, June 3 (Reuters) -", "SAN FRANCISCO, Calif., June 3 —"
# 'BEIJING, June 3 (Reuters) -', 'India, June 3 --': a place, capitalised word by word, opens the line
# "BEIJING, June 3 (Reuters) -", "(Yicai) July 21 --": a place, or the agency in brackets, before the date
# "San Francisco — March 14, 2023 — ...": or a place of up to three words and a dash, a dash after the date too;
# "New Delhi [India], May 11 (ANI):": a country in brackets after the place, a colon after the agency;
# "San Francisco, CA – August 7, 2025 –": the state's code and a dash
WIRE_PLACE = re.compile(
    r"\s*(?:(?:[A-Z][A-Za-z.'’-]*\s?)+(?:\[[A-Za-z .]+\])?,(?:\s*[A-Z][A-Za-z.]+(?:,|\s?[—–]))?"
    r"|[A-Z][A-Za-z.'’-]+(?:\s[A-Z][A-Za-z.'’-]+){0,2}\s?[—–]"
    r"|\([A-Z][^()\n]{0,30}\))\s*"
)
# after the date, the agency in brackets or a press-release wire between slashes ("/PRNewswire/ --")
# " date 2025-08-29 ..." opening a page: the date a page store gives it
PAGE_DATE = re.compile(r"\s*date[ \t]+(?P<date>\d{4}-\d\d-\d\d)[ \t]+")
# "2022-09-02 BEIJING - ...": a date, then the wire dateline's place in capitals and its dash
PLACE_AFTER_DATE = re.compile(r"[ \t]+[A-Z][A-Z.'’ -]{2,30}?(?:,[ \t]*[A-Z][A-Za-z. ]{1,20})?[ \t]+[-—–][ \t]")
BRACKET_OPEN = re.compile(r"\s*\(")
BRACKETED_DATELINE_END = re.compile(r"(?:,?\s*\d{4})?\)\s*[:—–-]")
TABLE_LINE = re.compile(r"[ \t]*\|")
BAR_BEFORE = re.compile(r"\|[ \t]*(?:[A-Z][a-z]+,?[ \t]+)?$")  # "| Thursday, " before a date, on a line no table's
BAR_AFTER = re.compile(r"[ \t]*\|")
METADATA_LABEL_CHARS = 30  # characters before a date searched for a page's label of it: "Last modified on"
DATELINE_LABEL_WORDS = 2  # words before such a date on its line: "date", "Published"
# ... or an agency's name alone in brackets, its dash left out: "Taipei, June 3 (CNA) Nvidia ..."
WIRE_AFTER_DATE = re.compile(
    r"(?:,?\s*\d{4})?\s*(?:(?:\([^()\n]{1,40}\)|/[A-Za-z][^/\n]{0,30}/)?\s*[-—–:]|\([A-Z][A-Za-z&.'’ -]{1,25}\)[ \t])"
)
ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d")
REFERENCE_LINE = re.compile(r"[ \t]*(?:\[\d{1,3}\]|\^\d{1,3}|\d{1,3}\.\s+[\"“‘])")  # a footnote's source line
# a page's date line: each date after a label, then a separator, a time or the line's end
METADATA_AFTER = re.compile(r"\s*(?:[|·•/]|$|\d{1,2}:\d\d)", re.MULTILINE)
SEPARATOR_AFTER = re.compile(r"\s*[|·•]")  # "AI News Published May 7, 2026 · openai · o3": a byline's tags
POSSESSIVE = re.compile(r"['’]s\b")
# "and the B in", "and its B model in": the small words a gapped clause may hold beside its name
GAPPED_WORDS = frozenset({"the", "its", "their", "a", "an", "in", "on", "by", "from", "of", "then", "model"})
GAP_JOINERS = frozenset({"and", "then"})  # "released A in March, then B in November"
OBJECT_TYPES = ("model", "chip")  # what a gapped clause may name as acted on
HEADER_LINES = 10  # lines of text (blank lines aside) where a page's own date may stand
# ... and where a date stamped with a time of day may ("Feb 25, 2025 4:52 PM" under a news site's menus and the
# headline said twice): a post's stamp, which menus push further down than a plain date
STAMP_LINES = 25
LINES_ABOVE_PAGE_DATE = 1  # lines (blank ones aside) above a page's " date 2025-08-29" line: its title's
DOCUMENT_REACH = 80  # characters before a date searched for the writing it may date: "a report in X from"
CLAUSE_END = re.compile(r"[,;:.!?]|\s[—–]\s")
CLAUSE_COMMA = re.compile(r",(?!\d)")  # not one in a number: "which leased 20,000 GPUs in March,"
CLAUSE_BREAK = re.compile(r"[,;]|\s[—–]\s")  # between the clauses two dates of a sentence govern
WORD_LETTERS = re.compile(r"[A-Za-z]{2,}")
YEAR_WRITTEN = re.compile(r"\b(?:19|20)\d\d\b")  # what makes a bracketed aside another date's
AND_BREAK = re.compile(r"\s(?=and\s)")  # ... else: "Training began in January and the model shipped April 23"
UNDATED = Dated(None, None, None, "unknown")
# a heading, or a line that is a year alone ("**2024**", "2024:"): the year of the days listed under it
HEADING_LINE = re.compile(
    r"^[ \t]*(?:(?P<level>#{1,6})[ \t]+(?P<text>[^\n]*)|[*_]*(?P<year>(?:19|20)\d\d)[*_]*:?[ \t]*$)", re.MULTILINE
)
HEADING_YEAR = re.compile(r"(?<![\d-])(?:19|20)\d\d(?![\d-])")
HEADING_WORDS = 8  # a longer '#' line is prose, no heading
QUOTE_MARKS = "\"“”‘’«»„"
# a time of day right after a day, no "at" between: "Tue Oct 1 10:35 AM", "07/30/2024 – 21:51"
CLOCK_AFTER = re.compile(r"(?:,|[ \t]+[-–—|·])?[ \t]+\d{1,2}:\d\d(?![\d:])")
QUOTE_OPENING = re.compile("[\"“‘«„]")
QUOTE_CLOSING = re.compile("[\"”’»“]")
QUOTED_WORDS = 4  # a quotation of fewer words names something; of more, says something
# each letter but ASCII ones that `re` matches in any case to an ASCII letter, made that letter
AS_ASCII = str.maketrans({folded: letter for letter, letters in FOLDED_TO_ASCII.items() for folded in letters})


@dataclass(slots=True)
class _Pending:
    """An event whose relative date waits for the absolute dates around it."""

    mention: DateMention
    sentence: Span
    clause: tuple[int, int]
    order: int


class EventExtractor:
    def __init__(self, rules: RuleSet, resolver: EntityResolver):
        self.grammar = DateGrammar(rules.dates)
        self.participants = Participants(rules, resolver)
        self.resolver = resolver
        self.labels = Labels(rules)
        self.maker_acts = set(rules.events.maker_acts)
        labels = alternation(rules.dates.metadata_labels) or "(?!)"
        self.metadata_label = re.compile(rf"(?:^|[|·•/])\s*(?i:{labels})\s*(?:on\b)?\s*:?\s*$", re.MULTILINE)
        self.any_metadata_label = re.compile(rf"(?<![\w-])(?i:{labels}):?\s*$")
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
        # the words each of those that end right before the date (and spaces) may end on: see `_may_end`
        self.qualifier_ends = [
            (self.document_from, ("from",)),
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
        mentions = [m for m in mentions if m.start not in in_tables and not self._in_dateline(spans, m)]
        events = [
            self._table_event(spans, r, self.grammar.resolve(r.mention, published, year_source))
            for r in releases
            if r.names
        ]
        anchors: list[tuple[int, Dated]] = []  # every date a relative date may count from, in order
        pending: list[_Pending] = []
        bullet: tuple[int, DateMention, Dated] | None = None  # the dated bullet a sentence may belong to
        year_anchor: DateMention | None = None  # the last date with a year: its paragraph's later days are of it
        # the headings' years, read only where a date may take one: most articles date nothing by a heading
        headings = _heading_years(text) if any(_takes_a_year(m) for m in mentions) else ([], [])
        stated = _days_stated(mentions)
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
                    self._qualifies_a_noun(spans, mention) or _names_an_edition(spans, mention)
                ):
                    own.append(mention)
                i += 1
            own = [_year_stated(_year_of_heading(m, headings), stated) for m in own]
            if published is None:  # where the article's date is known, it places a date better: "takes effect Jan.
                # 13, ... until Jan. 15, 2026" in an article of January 2025
                own = _years_shared(own, {m.start for m in own if self.grammar.sets_a_deadline(text, m.start)})
                own = [_year_from_before(text, m, year_anchor) for m in own]
                year_anchor = next((m for m in reversed(own) if self._sets_the_year(text, m)), year_anchor)
            governing = _governing(own, quoted)
            acted: tuple[int, int] | None = None  # the clause of the date before this one, where it holds an action
            for i_mention, mention in enumerate(governing):
                clause = own_clause = _between_neighbours(
                    text, self._clause(spans, sent, mention, quoted), governing, i_mention, self._acting(spans)
                )
                if self._gapped(spans, acted, clause, mention):
                    # "released A in September 2025 and B in November": the verb, and the year, of the date before
                    mention = _year_of(mention, governing[i_mention - 1])
                    clause = (acted[0], clause[1])
                dated = None if mention.offset is not None else self.grammar.resolve(mention, published, year_source)
                if dated is not None and dated.date is not None:
                    anchors.append((mention.start, dated))  # what a later "six months later" counts from
                acted = clause if self._has_action(spans, clause) else None
                entry = self._entry_model(spans, mention) is not None  # "- March 2023 — GPT-4 (OpenAI): ..."
                if mention.day is None and acted is None and not entry:
                    continue  # a month or a relative date makes an event only where something happens
                if mention.day is None and not entry and title_case_line(text, mention.start):
                    if not self.labels.keyed_release(text, mention):  # "- Model Release Date: August 2025"
                        continue  # and not in a headline, where every word looks like one: "The June 2026 Open War"
                if dated is None:
                    pending.append(_Pending(mention, sent, clause, order))
                    continue
                event = self._event(spans, sent, clause, (mention.start, mention.end), dated, mention)
                if clause != own_clause:  # ... but each date's objects are its own clause's: B in November, not A
                    named = self._named_in(spans, own_clause)
                    event = event.model_copy(update={"objects": named})
                    before_order, before, before_dated = events[-1] if events else (None, None, None)
                    if before is not None and before.source.start == governing[i_mention - 1].start:
                        kept = [o for o in before.objects if o not in named]
                        events[-1] = (before_order, before.model_copy(update={"objects": kept}), before_dated)
                events.append((order, event, dated))
                if self._opens_bullet(text, mention):
                    line_end = text.find("\n", mention.end)  # once a line: a bullet's date opens it
                    bullet = (line_end if line_end >= 0 else len(text), mention, dated)
            if own or bullet is None:
                continue
            whole = _trimmed(text, start_char, end_char)
            if self._has_action(spans, whole):
                event = self._event(spans, sent, whole, whole, bullet[2], rule="event.bullet")
                events.append((order, event, bullet[2]))
        events += self._relative(spans, pending, events, anchors, published)
        seen = set()
        for _, event, _ in sorted(events, key=lambda e: (e[1].source.start, e[1].source.end)):
            if event.date is None:
                continue  # "last week" in an article of no known date: a dated event with no date is no claim
            key = (event.date, event.action) if event.relative else (event.source.start,)
            # a relative date restating an event ("two weeks after the ban", twice) is reported once
            if key not in seen:
                seen.add(key)
                yield event

    # -- publication and datelines ---------------------------------------------

    def publication(self, spans: DocSpans, mentions: list[DateMention]) -> tuple[dt.date | None, str]:
        article, text = spans.article, spans.text
        if article.published is not None:
            return article.published, article.published_from
        days = [m for m in mentions if m.year and m.day]  # a page's date is a day with its year
        if not days:
            return None, "unknown"
        header_end, stamp_end = _nth_line_end(text, HEADER_LINES), _nth_line_end(text, STAMP_LINES)
        for mention in days:
            if mention.start > stamp_end:
                break
            stamped = CLOCK_AFTER.match(text, mention.end) is not None
            if (mention.start <= header_end or stamped) and self._in_dateline(spans, mention):
                return dt.date(mention.year, mention.month, mention.day), "header"
        return None, "unknown"

    def _in_dateline(self, spans: DocSpans, mention: DateMention) -> bool:
        """A wire story's dateline ('BEIJING, June 3 (Reuters) -'); a page's date line ('Created on December 26 |
        Last edited on January 9'); a line holding a dated year and a few words ('Posted on Jun 25, 2026',
        'When: 2026-06-24'); a day stamped with a time of day; but not a short sentence in which a name acts
        ('OpenAI released GPT-5 on August 7, 2025.')."""
        text = spans.text
        if mention.day is not None and CLOCK_AFTER.match(text, mention.end):
            return True  # "Tue Oct 1 10:35 AM", "Aug 5, 2025 14:02": a post's or a screen's time stamp, wherever
        start = line_start_near(text, mention.start, SHORT_LINE_CHARS)
        if start is None:
            return False  # far into a long line: a dateline's date is near its start
        # the page's date opens it, or stands on the line under its title ("Title (outlet)\n date 2025-08-29 ...")
        page_date = PAGE_DATE.match(text, start)  # rare, so looked for before the lines above it are counted
        if page_date is not None and start >= _nth_line_end(text, LINES_ABOVE_PAGE_DATE + 1):
            page_date = None
        if page_date is not None:  # " date 2025-08-29 DALLAS, Aug. 29, 2025 (GLOBE NEWSWIRE) --": the page's date
            if mention.start == page_date.start("date"):
                return True
            start = page_date.end()  # and the wire dateline after it opens the story
        if WIRE_PLACE.fullmatch(text, start, mention.start) and WIRE_AFTER_DATE.match(text, mention.end):
            return True  # a wire dateline runs on into its story, so its line may be long
        if not text[:start].strip() and BRACKET_OPEN.fullmatch(text, start, mention.start):
            if BRACKETED_DATELINE_END.match(text, mention.end):
                return True  # "(Feb 13): Zhipu is planning ...": a story opening on its date in brackets
        labelled = len(text[start : mention.start].split()) <= DATELINE_LABEL_WORDS
        if labelled and mention.year is not None and PLACE_AFTER_DATE.match(text, mention.end):
            return True  # "date 2022-09-02 BEIJING - ...": the story's date, then its dateline's place
        label = self.page_date_label.search(text, max(0, mention.start - METADATA_LABEL_CHARS), mention.start)
        if label is not None and label.group()[0].isupper():
            return True  # "Last edited on 2 September 2026", "Updated: 2026-06-27": a page's date, wherever it stands
        if self.byline.fullmatch(text, start, mention.start) and METADATA_AFTER.match(text, mention.end):
            return True  # "Posted by Jane Roe & John Doe on September 10, 2024"
        line = short_line(text, mention.start, SHORT_LINE_CHARS)
        if line is None:
            return False
        start, end = line
        if self.metadata_label.search(text, start, mention.start) and METADATA_AFTER.match(text, mention.end):
            return True
        if self.any_metadata_label.search(text, start, mention.start) and SEPARATOR_AFTER.match(text, mention.end):
            return True  # a label anywhere on the line, right before the date, with tags after it
        if self._date_alone(text, mention, (start, end)):
            return True  # "Saturday, October 25" on a line of its own: the page's date
        if not TABLE_LINE.match(text, start) and BAR_BEFORE.search(text, start, mention.start):
            if BAR_AFTER.match(text, mention.end):
                return True  # "FOR IMMEDIATE RELEASE | Thursday, April 4, 2024 | Media Contact": a page's header
        if mention.year is None or not self.labels.few_words(text, mention, (start, end)):
            return False
        if self._entry_model(spans, mention) is not None:
            return False  # "- May 13, 2024 — GPT-4o (OpenAI)": a timeline's entry, no page's date
        action = self.participants.parts(spans, (start, end)).action
        if action in self.maker_acts and self.labels.heading_model(spans, start):
            return False  # "Released November 26, 2024": a label dating the model its heading names
        if action in self.participants.overriding:
            return False  # "The ban took effect May 1, 2026.": no date line says a rule took effect
        return not (spans.entities_within_chars(start, end) and action is not None)

    def _date_alone(self, text: str, mention: DateMention, line: tuple[int, int]) -> bool:
        """A line holding the date and at most its weekday, perhaps as a list item (a byline's `- Apr 17`)."""
        before = BULLET.sub("", text[line[0] : mention.start], count=1)
        rest = (before + " " + text[mention.end : line[1]]).replace(",", " ").split()
        return all(word.rstrip(".").lower() in self.grammar.weekdays for word in rest)

    @staticmethod
    def _opens_bullet(text: str, mention: DateMention) -> bool:
        """`- June 26: Commerce restored ...`: the date heads a list item and governs all of it."""
        if text[mention.end : mention.end + 1] != ":":
            return False
        line_start = line_start_near(text, mention.start, BULLET_CHARS)
        if line_start is None:
            return False
        before = text[line_start : mention.start]
        return not before.strip() or bool(BULLET.fullmatch(before))

    def _sets_the_year(self, text: str, mention: DateMention) -> bool:
        """Whether later days of its paragraph take this date's year: one with a month and a year, never one
        looked back to (`Since March 14, 2023, ...`)."""
        dated = mention.year is not None and bool(mention.month)
        return dated and not self.grammar.bounds_a_period(text, mention.start)

    def _qualifies_a_noun(self, spans: DocSpans, mention: DateMention) -> bool:
        """`Jan. 24's closing price of $142.62`: a date in the possessive says which price, and is no event of its
        own, unless the noun it qualifies is an action ('June 12's ban'); `a report ... from October 2024` and
        `in a June 18, 2025 article` date the writing, `This April 12, 2016, file photo` the picture, and `the
        quarter ending April 27, 2026` and `the three months to December 31` the quarter."""
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

    # -- the event a date governs ---------------------------------------------

    def _in_a_caption(self, text: str, start: int) -> bool:
        """Does the line holding offset `start` end in a photo's credit?"""
        line_end = text.find("\n", start)
        end = line_end if line_end >= 0 else len(text)
        if text.find("/", start, end) < 0 and text.find(":", start, end) < 0:
            return False  # every credit has its slash or its label's colon: most lines are spared the search
        return self.photo_credit.search(text, start, end) is not None

    def _clause(
        self, spans: DocSpans, sent: Span, mention: DateMention, quoted: Callable[[int], bool]
    ) -> tuple[int, int]:
        """The sentence, or after a heading date (`June 12: ...`) the words after it; a sentence that opens
        inside a quotation ('... providers," LMArena posted on X') begins after it: its names are the speaker's;
        one opening on a participle's phrase (`Founded in 2021, Vexel announced ... in June 2024`) after that.
        A quotation after the date ends it: `stated on February 25 that "the US used these issues as tools"`
        issued nothing on that day. A date in an aside between commas ends with the aside: `DeepSeek, which
        gained attention in January, has been using restricted chips` restricts nothing in January."""
        text = spans.text
        start = sent.start_char
        if text[mention.end : mention.end + 1] == ":" and not text[start : mention.start].strip(" -•*–\t"):
            start = mention.end + 1
        start = _trimmed(text, start, sent.end_char)[0]
        opening = self.opening_participle.match(text, start, mention.start)
        if opening is not None:
            start = _trimmed(text, opening.end(), sent.end_char)[0]
        while start < mention.start and quoted(start):
            start += 1
        asides = list(self.aside_opener.finditer(text, start, mention.start))
        aside = asides[-1] if asides else None  # the last one opened before the date
        start, end = _trimmed(text, start, sent.end_char)
        end = _quotation_after(text, mention.end, end, quoted)
        bracket = _bracket_around(text, mention, start, end, self._acting(spans))
        if bracket is not None:  # "DBRX (from MosaicML, acquired in June 2023)": June dates what the bracket says
            return bracket[0] + 1, bracket[1] - 1
        if aside is not None and not CLAUSE_COMMA.search(text, aside.end(), mention.start):
            close = CLAUSE_COMMA.search(text, mention.end, end)  # what the aside is about stays in: "Max is the
            return start, close.start() if close else end  # flagship, which Alibaba made available on Aug. 6"
        return start, end

    def _asides_before(self, text: str, clause: tuple[int, int], mention: DateMention | None) -> list[tuple[int, int]]:
        """The asides between commas a clause closes before its date: `DeepSeek, which was founded in 2023, released
        R1 in January`, `Liquid AI, a startup founded in 2023, launched LFM2 in July`: the founding is no action of
        January's or July's. So are brackets holding a year of their own, before or after the date: `On 27 March
        Acme (formerly Zeta, acquired in 2023) released Orca-3` acquired nothing in March."""
        if mention is None:
            return []
        asides = []
        for opener in self.aside_opener.finditer(text, clause[0], mention.start):
            close = CLAUSE_COMMA.search(text, opener.end(), mention.start)
            if close is not None:
                asides.append((opener.start(), close.end()))
        return asides + _brackets_apart(text, clause, mention)

    def _gapped(
        self, spans: DocSpans, before: tuple[int, int] | None, clause: tuple[int, int], mention: DateMention
    ) -> bool:
        """Does a month's clause go on from the clause before it with its verb left out: `and B in November`
        right after `released A in September` (`, then B in November` after `... in March`), nothing but a comma
        between them, a name and small words only up to the date, and no action of its own?"""
        if mention.day is not None or mention.offset is not None or before is None:
            return False
        if before[1] < clause[0] and spans.text[before[1] : clause[0]].strip(" ,"):
            return False
        first, end = spans.tokens_of(clause[0], mention.start)
        words = [i for i in range(first, end) if spans.token_starts[i] >= clause[0] and not spans.words[i].isspace()]
        if not words or spans.lowers[words[0]] not in GAP_JOINERS or self._has_action(spans, clause):
            return False
        rest = words[1:]  # a name of its own, what the left-out verb acts on: not "in July and September"
        return any(i in spans.entity_at for i in rest) and all(
            i in spans.entity_at or spans.lowers[i] in GAPPED_WORDS for i in rest
        )

    @staticmethod
    def _named_in(spans: DocSpans, clause: tuple[int, int]) -> list[str]:
        return list(dict.fromkeys(e.name for e in spans.entities_within_chars(*clause) if e.type in OBJECT_TYPES))

    def _event(
        self, spans: DocSpans, sent: Span, clause, evidence, dated: Dated, mention=None, rule="event.date", anchor=None
    ) -> Event:
        """An event record: `evidence` is the date expression, or the clause where the date is elsewhere."""
        text = spans.text
        start, end = evidence
        parts = self.participants.parts(spans, clause, self._asides_before(text, clause, mention))
        labelled = mention is not None and self.labels.is_label(text, mention, clause)
        if labelled and parts.action in self.maker_acts and not parts.objects:
            parts = self._heading_model_released(spans, parts, clause[0])
        entry = self._entry_model(spans, mention) if mention is not None and parts.action is None else None
        if entry is not None:  # "- March 2023 — GPT-4 (OpenAI): ...": a timeline's entry dates the model's release
            maker = self.resolver.maker(entry.name)
            parts = replace(parts, actor=maker, action=RELEASE, objects=(entry.name,), confidence="medium")
        relative = mention is not None and mention.offset is not None
        return Event(
            source=spans.source(start, end),
            text=spans.evidence(start, end),
            sentence=text[sent.start_char : sent.end_char].strip(),
            rule=rule,
            confidence=parts.confidence,
            date=dated.date,
            date_end=dated.date_end,
            precision=dated.precision,
            year_source=dated.year_source,
            approximate=mention.approximate if mention is not None else False,
            relative=text[mention.start : mention.end] if relative else None,
            anchor=anchor,
            event=text[clause[0] : clause[1]],
            actor=parts.actor,
            action=parts.action,
            action_text=parts.action_text,
            objects=list(parts.objects),
            planned=parts.planned,
        )

    @staticmethod
    def _entry_model(spans: DocSpans, mention: DateMention) -> Entity | None:
        """The model a date alone in brackets after its name dates (`LLaMA 3 (April 2024)`), or a timeline's entry
        is about: its line opens with the date, then a dash or colon, then the model's name."""
        text = spans.text
        opening = text.rfind("(", max(0, mention.start - 3), mention.start)
        if opening >= 0 and not text[opening + 1 : mention.start].strip() and CLOSING_BRACKET.match(text, mention.end):
            named = spans.entity_ending_at(spans.tokens_of(opening, opening + 1)[0])
            return named if named is not None and named.type == "model" else None
        line = text.rfind("\n", 0, mention.start) + 1
        if not ENTRY_BEFORE_DATE.fullmatch(text, line, mention.start):
            return None
        after = ENTRY_AFTER_DATE.match(text, mention.end)
        if after is None or after.end() == mention.end:
            return None
        line_end = text.find("\n", after.end())
        named = spans.entities_within_chars(after.end(), len(text) if line_end < 0 else line_end)
        model = next((e for e in named if e.start_char == after.end()), None)
        return model if model is not None and model.type == "model" else None

    def _heading_model_released(self, spans: DocSpans, parts: Parts, position: int) -> Parts:
        """`Released November 26, 2024` under the heading `Llama 3.3 70B Instruct`: that model's release, as sure
        as an anaphor for the sentence before."""
        name = self.labels.heading_model(spans, position)
        if name is None:
            return parts
        return replace(parts, actor=parts.actor or self.resolver.maker(name), objects=(name,), confidence="medium")

    def _table_event(self, spans: DocSpans, release: TableRelease, dated: Dated) -> tuple[int, Event, Dated]:
        """A table's release row or column: each date the release of the models its row or column is about."""
        text, mention, row = spans.text, release.mention, release.row
        makers = {self.resolver.maker(name) for name in release.names}
        event = Event(
            source=spans.source(mention.start, mention.end),
            text=spans.evidence(mention.start, mention.end),
            sentence=text[row.start : row.end].strip(),
            rule="event.table",
            confidence=release.confidence,
            date=dated.date,
            date_end=dated.date_end,
            precision=dated.precision,
            year_source=dated.year_source,
            approximate=mention.approximate,
            event=text[row.start : row.end].strip(),
            actor=makers.pop() if len(makers) == 1 else None,
            action=RELEASE,
            action_text=release.label.text,
            objects=list(release.names),
        )
        return 0, event, dated

    def _has_action(self, spans: DocSpans, clause: tuple[int, int]) -> bool:
        return self.participants.parts(spans, clause).action is not None

    def _acting(self, spans: DocSpans) -> Callable[[tuple[int, int]], bool]:
        return functools.partial(self._has_action, spans)

    # -- relative dates -------------------------------------------------------

    def _relative(self, spans: DocSpans, pending: list[_Pending], events, anchors, published: dt.date | None):
        """Date each relative expression from what it counts from; leave it undated where that is unknown."""
        dated = sorted(((e.source.start, e, d) for _, e, d in events if d.day is not None), key=lambda x: x[0])
        for item in pending:
            mention = item.mention
            evidence = (mention.start, mention.end)
            if mention.anchor == "named":
                yield from self._after_named(spans, item, dated, published)
            elif mention.anchor == "previous":
                day = _from_the_date_before(mention, [d for start, d in anchors if start < mention.start])
                yield self._placed(spans, item, evidence, day, "the date before")
            elif published is not None:  # this month, last week, on Tuesday, yesterday, three days ago
                day = self.grammar.from_publication(mention, published)
                yield self._placed(spans, item, evidence, day, "publication")
            elif mention.anchor != "month":
                yield self._placed(spans, item, evidence, UNDATED, "publication")

    def _after_named(self, spans: DocSpans, item: _Pending, dated, published: dt.date | None):
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

    def _placed(self, spans, item: _Pending, evidence, dated: Dated, anchor, rule="event.relative"):
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


def _names_an_edition(spans: DocSpans, mention: DateMention) -> bool:
    """`HMMT Feb 25`, `AIME March 2025`: a date right after a benchmark's name names its edition, no event; and
    an ISO date right after a model's names its snapshot (`Claude 3.5 Sonnet 2024-10-22`)."""
    first, _ = spans.tokens_of(mention.start, mention.end)
    named = spans.entity_ending_at(first)
    if named is None or spans.text[named.end_char : mention.start].strip():
        return False
    return named.type == "benchmark" or (
        named.type == "model" and ISO_DATE.fullmatch(spans.text, mention.start, mention.end) is not None
    )


def _quotation_after(text: str, start: int, end: int, quoted: Callable[[int], bool]) -> int:
    """Where the first quotation of words said between `start` and `end` opens; `end` if none does. A name
    or a title in quotation marks (`introduced "Grok-3"`, `(“CAC”)`) is a few words: it goes on the clause."""
    for mark in QUOTE_OPENING.finditer(text, start, end):
        if quoted(mark.end()):
            close = QUOTE_CLOSING.search(text, mark.end(), end)
            if len(text[mark.end() : close.start() if close else end].split()) >= QUOTED_WORDS:
                return len(text[start : mark.start()].rstrip(" ,;:")) + start
    return end


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in QUOTE_MARKS):
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
    """Where the `n`th line holding anything but spaces ends: a page's blank lines push its date no further."""
    end = -1
    while n > 0:
        start = end + 1
        end = text.find("\n", start)
        if end < 0:
            return len(text)
        n -= bool(text[start:end].strip())
    return end


def _governing(own: list[DateMention], quoted: Callable[[int], bool]) -> list[DateMention]:
    """The dates of a sentence that may date an event: not one in a quotation (the speaker's), nor a period
    ('since June'), nor a month or a relative week or month a day of the sentence says more exactly ('last
    month, on June 12'), nor a relative date counted in days beside a day ('released on June 2, a week after')."""
    days = [m for m in own if m.day is not None]

    def refined(mention: DateMention) -> bool:
        if mention.day is not None or mention.weekday is not None or not days:
            return False
        return mention.month is None or any(d.month == mention.month and _same_year(d, mention) for d in days)

    return [m for m in own if not quoted(m.start) and not m.period and not refined(m)]


def _same_year(a: DateMention, b: DateMention) -> bool:
    """May two dates be of one year: both say it and agree, or one leaves it open. "January 2025" is no vaguer
    "January 13, 2026", but a date of its own."""
    return a.year is None or b.year is None or a.year == b.year


def _takes_a_year(mention: DateMention) -> bool:
    """Whether a date may take its year from around it: a month or day written without one, and no count from
    another date or from publication (`six months later`, `June of last year`)."""
    return mention.year is None and mention.month is not None and mention.offset is None and mention.year_offset is None


def _heading_years(text: str) -> tuple[list[int], list[int | None]]:
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


def _year_of_heading(mention: DateMention, headings: tuple[list[int], list[int | None]]) -> DateMention:
    """`## 2024` then `- May 13: OpenAI launches GPT-4o`: a day or month without a year takes its heading's."""
    if not _takes_a_year(mention):
        return mention
    starts, years = headings
    at = bisect.bisect_right(starts, mention.start) - 1
    year = years[at] if at >= 0 else None
    return replace(mention, year=year) if year is not None else mention


def _days_stated(mentions: list[DateMention]) -> dict[tuple[int, int], set[int]]:
    """The years the article writes each day of the year with (`June 30, 2026`, the end of `from February 1 to
    June 30, 2026`)."""
    stated: dict[tuple[int, int], set[int]] = {}
    for m in mentions:
        if m.year is not None and m.offset is None:
            for month, day in ((m.month, m.day), (m.end_month or m.month, m.end_day)):
                if month is not None and day is not None:
                    stated.setdefault((month, day), set()).add(m.year)
    return stated


def _year_stated(mention: DateMention, stated: dict[tuple[int, int], set[int]]) -> DateMention:
    """`The June 30 deadline` after `June 30, 2026`: a day without a year that the article writes with one year
    elsewhere is that year's day."""
    if not _takes_a_year(mention) or mention.day is None:
        return mention
    years = stated.get((mention.month, mention.day), set())
    return replace(mention, year=next(iter(years))) if len(years) == 1 else mention


def _year_from_before(text: str, mention: DateMention, anchor: DateMention | None) -> DateMention:
    """`On 9 April 2025, ... On 14 April, ...`: a day or month without a year, in an article of no known date,
    takes the year of the last date before it in its paragraph, where it comes no earlier in that year."""
    if not _takes_a_year(mention) or anchor is None or mention.month < anchor.month or mention.start < anchor.start:
        return mention
    if PARAGRAPH_BREAK.search(text, anchor.end, mention.start):
        return mention
    return _year_of(mention, anchor)


def _years_shared(mentions: list[DateMention], deadlines: set[int]) -> list[DateMention]:
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
        takes = _takes_a_year(mention) and not before_deadline
        shared.append(replace(mention, year=_year_shared(mention, nearest)) if takes else mention)
    return shared


def _year_shared(mention: DateMention, dated: DateMention) -> int:
    """The year a date without one takes from `dated`, its sentence's nearest with one. A sentence tells its dates
    in the order they fell, so a later month written before it is the year before's: `On December 31 it opened
    its offering, to list on January 9, 2026` opened it in December 2025; not one a future verb governs (`will
    ship on December 1, after a January 9, 2026 beta`)."""
    earlier = mention.start < dated.start and mention.month > dated.month
    return dated.year - 1 if earlier and not (mention.ahead or mention.upcoming) else dated.year


def _between_neighbours(
    text: str, clause: tuple[int, int], neighbours: list[DateMention], i: int, acts: Callable[[tuple[int, int]], bool]
) -> tuple[int, int]:
    """Where a sentence holds several dates ("By August 2024, Grok 2 was released, and on February 18 ..."),
    each date's clause ends at the last comma, semicolon or dash before the next date (else at that date) and
    begins after the one before it, so each finds its own action. `neighbours[i]` is the date asked about."""
    mention = neighbours[i]
    start, end = clause
    if _bracket_around(text, mention, start - 1, end + 1, acts) == (start - 1, end + 1):
        return start, end  # its clause is the bracket it sits in: no date outside it cuts it
    # a date in brackets of its own is an aside of this date's clause (`_brackets_apart`), no clause after it
    neighbours = [m for m in neighbours if m is mention or _bracket_around(text, m, start, end, acts) is None]
    i = neighbours.index(mention)
    if i > 0:
        start = max(start, _break_between(text, neighbours[i - 1], mention)[1])
    if i + 1 < len(neighbours):
        end = min(end, _break_between(text, mention, neighbours[i + 1])[0])
    return start, end


def _bracket_around(
    text: str, mention: DateMention, start: int, end: int, acts: Callable[[tuple[int, int]], bool]
) -> tuple[int, int] | None:
    """The round brackets within `start`..`end` holding `mention` and an action of their own (`(formerly Vexel,
    bought in May 2025)`, as `acts` tells of their inside): where they open and close; None if none do. A bracket
    holding the date alone glosses a time word of its sentence (`released on Tuesday (June 2)`), and one naming no
    action the name before it (`shipped GPT-5 (August 2025, scoring 74.9%)`): the sentence is its clause."""
    opened = text.rfind("(", max(start, 0), mention.start)
    if opened < 0 or text.find(")", opened, mention.start) >= 0:
        return None
    closed = text.find(")", mention.end, end)
    if closed < 0 or text.find("(", mention.end, closed) >= 0:
        return None
    if not WORD_LETTERS.search(text[opened + 1 : mention.start] + text[mention.end : closed]):
        return None
    return (opened, closed + 1) if acts((opened + 1, closed)) else None


def _brackets_apart(text: str, clause: tuple[int, int], mention: DateMention) -> list[tuple[int, int]]:
    """A clause's brackets holding a year and not its own date `mention`: another date's aside, whose words are
    not the clause's."""
    asides = []
    opened = text.find("(", clause[0], clause[1])
    while opened >= 0:
        closed = text.find(")", opened, clause[1])
        if closed < 0:
            break
        if not opened < mention.start < closed and YEAR_WRITTEN.search(text, opened, closed):
            asides.append((opened, closed + 1))
        opened = text.find("(", closed, clause[1])
    return asides


def _year_of(mention: DateMention, before: DateMention) -> DateMention:
    """A month without a year in a gapped clause takes the year of the date its verb came with; not one counted
    from publication (`and X in February of this year`)."""
    if _takes_a_year(mention) and before.year is not None:
        return replace(mention, year=before.year)
    return mention


def _break_between(text: str, first: DateMention, second: DateMention) -> tuple[int, int]:
    """Where the clause of `first` ends and that of `second` begins: at the last break between them."""
    found = None
    for match in CLAUSE_BREAK.finditer(text, first.end, second.start):
        found = match
    found = found or AND_BREAK.search(text, first.end, second.start)
    return (found.start(), found.end()) if found else (second.start, first.end)


def _from_the_date_before(mention: DateMention, before: list[Dated]) -> Dated:
    """`six months later` after `founded in July 2023`: months from the month or day before; days and weeks
    from the day before, a month being too vague to count days from."""
    if mention.months is not None and before:
        return before[-1].months_later(mention.months)
    days = [d for d in before if d.day is not None]
    return days[-1].shifted(mention.offset, "relative") if days else UNDATED


def _a_span(mention: DateMention) -> bool:
    """`April 28 – July 27`: a date with an end of its own, a stretch of days or months."""
    return mention.end_month is not None or mention.end_day is not None
