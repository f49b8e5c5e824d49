"""The article's own date, and the datelines and date lines that date the page rather than an event.

A wire story's dateline (`BEIJING, June 3 (Reuters) -`), a page's date line (`Created on December 26 | Last
edited on January 9`), a byline's date, a day stamped with a time of day: each says when the page was written,
so it makes no event, and one near the top gives the article's publication date where the manifest has none.
"""

from __future__ import annotations

import datetime as dt
import re

from ...spans import SHORT_LINE_CHARS, DocSpans, line_start_near, short_line
from ..dated import DateMention
from .entries import BULLET

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
# a wire dateline's place in capitals alone, or none: "AMSTERDAM/WASHINGTON March 8 (Reuters) -", "June 8 (Reuters) -"
CAPITALS_PLACE = re.compile(r"[ \t]*(?:[A-Z][A-Z.'’/ -]{1,40}[ \t]+)?")
# "March 11, 2024 — The landscape ...": a dash, then the story; not "13 May 2024 – Today, TII unveiled ...", where
# the story's "today" is that day, so the date is its event's too
STORY_DASH_AFTER = re.compile(r"[ \t]+[—–-][ \t]+(?!(?i:today)\b)\S")
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
# a page's date line: each date after a label, then a separator, a time or the line's end
METADATA_AFTER = re.compile(r"\s*(?:[|·•/]|$|\d{1,2}:\d\d)", re.MULTILINE)
FIELD_SEPARATOR = re.compile(r"[|·•]")  # between a page's fields: "4 articles · Updated · Business Insider"
SEPARATOR_AFTER = re.compile(r"\s*[|·•]")  # "AI News Published May 7, 2026 · openai · o3": a byline's tags
HEADER_LINES = 10  # lines of text (blank lines aside) where a page's own date may stand
# ... and where a date stamped with a time of day may ("Feb 25, 2025 4:52 PM" under a news site's menus and the
# headline said twice): a post's stamp, which menus push further down than a plain date
STAMP_LINES = 25
LINES_ABOVE_PAGE_DATE = 1  # lines (blank ones aside) above a page's " date 2025-08-29" line: its title's
# a time of day right after a day, no "at" between: "Tue Oct 1 10:35 AM", "07/30/2024 – 21:51"
CLOCK_AFTER = re.compile(r"(?:,|[ \t]+[-–—|·])?[ \t]+\d{1,2}:\d\d(?![\d:])")


class Datelines:
    """Part of `EventExtractor`, whose `__init__` compiles the page's labels and bylines these look for."""

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
        if CAPITALS_PLACE.fullmatch(text, start, mention.start) and self.wire_agency_after.match(text, mention.end):
            return True  # "June 8 (Reuters) - Cohere said ...", "AMSTERDAM/WASHINGTON March 8 (Reuters) - The"
        if BRACKET_OPEN.fullmatch(text, start, mention.start) and BRACKETED_DATELINE_END.match(text, mention.end):
            if not text[:start].strip() or (mention.day is not None and _in_header(text, start)):
                return True  # "(Feb 13): Zhipu is planning ...": a story opening on its date in brackets
        if self._opens_the_story(spans, mention, start):
            return True  # "March 11, 2024 — The landscape of AI shifted ...": the story's date, then the story
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
        if self._in_a_field_line(text, mention, start):
            return True  # "4 articles · Updated · Business Insider · May 19": a page's fields, one its label
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

    def _opens_the_story(self, spans: DocSpans, mention: DateMention, start: int) -> bool:
        """A day with its year opening a line of the page's header, a dash after it and the story's first sentence
        after that ('March 11, 2024 — The landscape of AI shifted on March 4 ...'): the date the story was written.
        Not a timeline's entry, which names its model after the dash ('March 4, 2024 — Claude 3 (Anthropic)')."""
        text = spans.text
        if mention.day is None or mention.year is None or text[start : mention.start].strip():
            return False
        if not STORY_DASH_AFTER.match(text, mention.end) or not _in_header(text, start):
            return False
        return self._entry_model(spans, mention) is None

    def _in_a_field_line(self, text: str, mention: DateMention, start: int) -> bool:
        """A line of fields parted by bars or dots ('Updated · Business Insider · May 19', 'View changelog · Figures
        verified against official sources, 30 May 2026'), the date ending its field and a page's label of its date
        in a field before: the page's date, though the label and the date stand apart. Not a table's row."""
        if TABLE_LINE.match(text, start) or not METADATA_AFTER.match(text, mention.end):
            return False
        if FIELD_SEPARATOR.search(text, start, mention.start) is None:
            return False
        return self.metadata_word.search(text, start, mention.start) is not None

    def _date_alone(self, text: str, mention: DateMention, line: tuple[int, int]) -> bool:
        """A line holding the date and at most its weekday, perhaps as a list item (a byline's `- Apr 17`)."""
        before = BULLET.sub("", text[line[0] : mention.start], count=1)
        rest = (before + " " + text[mention.end : line[1]]).replace(",", " ").split()
        return all(word.rstrip(".").lower() in self.grammar.weekdays for word in rest)


def _in_header(text: str, position: int) -> bool:
    """Does `position` stand in the page's first lines, where its own date may (blank lines aside)?"""
    return position <= _nth_line_end(text, HEADER_LINES)


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
