"""Attribution of a quotation that is a sentence of its own, from around it: a speaker and cue opening the next
sentence, a line ending in a colon above it, a person named in the sentence before, or the quote before it that it
continues (no surer than that quote, nor than a continuation).
"""

from __future__ import annotations

import bisect
import re
import string
from dataclasses import replace
from operator import itemgetter

from ...spans import DocSpans, title_case_line
from ..marks import OPENING_MARK, Quotation
from ..speakers import ArticleState, Speaker
from .base import CLOSING_PUNCTUATION, SENTENCE_STOP, Place
from .sentence import InSentence

LIST_MARKS = re.compile(r"^\s*(?:\d{1,3}[.)]|[-*•#]+)")  # a list item's number or bullet, a heading's marks
INTRODUCTION_CHARS = 300  # how far before a quote the sentence introducing its speaker may begin
SENTENCE_ENDS = (".", "!", "?", ":", ",", '"', "”")  # how a sentence ends, where a headline does not
CONTINUATION_CHARS = 400  # how far after a quote another may continue it
# a line a transcript's turn opens ('Q: ', 'A: ', 'INTERVIEWER: ', 'Lin Jian: '): up to three capitalised words and a
# colon, words after it on the line
TURN_LABEL = re.compile(r"^[ \t]*(?:[A-Z][\w.’'-]*[ \t]+){0,2}[A-Z][\w.’'-]*:[ \t]+\S", re.MULTILINE)
LEVELS = {"low": 0, "medium": 1, "high": 2}


class AroundIt(InSentence):
    def _around_it(self, spans: DocSpans, q: Quotation, place: Place, state: ArticleState, short: bool):
        """For a quotation that is a sentence of its own: the sentence after it (unless it may continue the
        quote before), the sentence before it, or the quote before it."""
        cue = next(iter(self._cues(spans.text, q.close + 1, place.sentence_end)), None)
        report = self.reporting.search(spans.text, q.close + 1, place.sentence_end)
        own_cue = min(filter(None, (cue, report)), key=lambda m: m.start(), default=None)
        if own_cue is not None and not spans.text[q.close + 1 : own_cue.start()].strip(" ,"):
            return None  # '"...," said a company statement', '"...," reports Investing.com': naming no one we know
        if own_cue is not None and self.speakers.output_beside_the_cue(spans, q.close + 1, own_cue.start()):
            return None  # '"...," the chatbot replied': its output, no one's words the sentence before introduces
        last = state.last_quote
        # a new turn of a transcript between them ('Q: ... "..." A: "..."') is another speaker's: no continuation
        continues = (
            last is not None
            and q.open - last[0] < CONTINUATION_CHARS
            and TURN_LABEL.search(spans.text, last[0], q.open) is None
        )
        # '"We are ready." Altman said.': a full stop where a comma belongs. Near a quote it may continue, only
        # a sentence after that names a person right after its cue ('The line came from Ravi Menon') outweighs
        # the continuation, and so does one that is nothing but a speaker and a cue ('Rafael Duarte said.');
        # 'Zhou said the plan changed' is a statement of its own
        after = self._next_sentence(spans, q, place, state, short)
        named = after is not None and (_names_after_cue(after) or self._only_attribution(spans.text, q, place))
        if after is not None and (not continues or named):
            return replace(after[0], link="next_sentence"), after[1], "quote.next-sentence"
        colon_line = self._colon_line_before(spans, q, state, short)
        if colon_line is not None:
            return replace(colon_line[0], link="introduced"), colon_line[1], "quote.colon-line"
        introduced = self._introduced(spans, q, state)
        if introduced is not None:
            return replace(introduced, link="introduced"), "introduced", "quote.introduced"
        if continues:
            return self._continuing(last[1]), last[2], "quote.continued"
        return None

    def _continuing(self, speaker: Speaker) -> Speaker:
        """The speaker of a quote that continues another: no surer than the link of a continuation, nor
        than the quote it continues."""
        weaker = min(("continued", speaker.link), key=lambda link: LEVELS[self.confidence.get(link, "high")])
        return replace(speaker, link=weaker)

    def _only_attribution(self, text: str, q: Quotation, place: Place) -> bool:
        """'"Finally!" Rafael Duarte said.': the sentence after the quotation holds its speaker and cue and
        nothing more, which no statement of its own is."""
        cue = next(iter(self._cues(text, q.close + 1, place.next_end)), None)
        return cue is not None and not text[cue.end() : place.next_end].strip(string.whitespace + ".!?")

    def _next_sentence(self, spans: DocSpans, q: Quotation, place: Place, state: ArticleState, short: bool):
        """A speaker and cue opening the sentence after a quotation that is a sentence of its own."""
        text = spans.text
        if text[q.close + 1 : place.sentence_end].strip(CLOSING_PUNCTUATION) or place.next_end <= place.sentence_end:
            return None
        opening = OPENING_MARK.search(text, q.close + 1, place.next_end)  # never the words of the next quote
        return self._cue_after(spans, q.close + 1, opening.start() if opening else place.next_end, state, short)

    def _colon_line_before(self, spans: DocSpans, q: Quotation, state: ArticleState, short: bool):
        """`Nvidia responded:` as the line before a quotation that opens its own: a speaker and cue ending in a colon
        set out the quotes below them, as a page's block quotes are, an organisation's too (the sentence before
        introduces only a person by name)."""
        text = spans.text
        line_start = text.rfind("\n", 0, q.open) + 1
        if text[line_start : q.open].strip():
            return None
        colon = len(text[:line_start].rstrip())
        if not text[:colon].endswith(":"):
            return None
        # the sentence the colon ends, over the lines of a hard-wrapped paragraph, never a heading's line before it
        bounds = spans.sentence_bounds  # searched by their starts in place, not copied out on every quote
        at = max(0, bisect.bisect_right(bounds, colon - 1, key=itemgetter(0)) - 1)
        start = max(bounds[at][0], colon - INTRODUCTION_CHARS)
        cues = self._cues(text, start, colon)
        found = self._cue_before(spans, start, colon, cues, state, short) if cues else None
        if found is None or found[0].type == "unnamed":
            return None  # 'An engineer writes the goal:' sets out an example under it, nobody's words
        return found

    def _introduced(self, spans: DocSpans, q: Quotation, state: ArticleState) -> Speaker | None:
        """`Zhou Xinyu put it more bluntly. "..."`: a person named in the sentence just before a quote that
        opens a sentence of its paragraph, and after the last quote."""
        text = spans.text
        last_close = state.last_quote[0] if state.last_quote is not None else -1
        line_start = text.rfind("\n", 0, q.open) + 1
        opens_paragraph = not text[line_start : q.open].strip()  # then the paragraph before may introduce it
        # a quote opening its paragraph: the last line with words before it may introduce it, never a line above
        first = _last_line_start(text, line_start) if opens_paragraph else line_start
        start = max(last_close + 1, q.open - INTRODUCTION_CHARS, first)
        if not text[start : q.open].rstrip().endswith(SENTENCE_ENDS):
            return None  # a line with no sentence's end before the quote is a headline or a heading, no speaker's
        # the last sentence before the quote: "said Li Wen. Her rival, Zhou Xinyu, put it more bluntly. "...""
        stops = [m.end() for m in SENTENCE_STOP.finditer(text, start, q.open) if text[m.end() : q.open].strip()]
        start = stops[-1] if stops else start
        people = [
            p
            for p in self.speakers.people(spans, start, q.open, state)
            if not title_case_line(text, p.position)
            and not _heads_its_line(text, p)  # "1. Task Intake": a numbered step's heading, no one's name
            and not self.speakers.spoken_to_at(text, p.position)
        ]  # "she told Faber. "..."": whom she told does not speak
        return min(people, key=lambda p: p.position) if people else None


def _heads_its_line(text: str, person: Speaker) -> bool:
    """Are the capitalised words read as a person alone on their line, but for a list's number or bullet?"""
    line_start = text.rfind("\n", 0, person.position) + 1
    line_end = text.find("\n", person.position)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return not LIST_MARKS.sub("", line.replace(person.text, "", 1)).strip()


def _last_line_start(text: str, line_start: int) -> int:
    """Where the last line with words before `line_start` begins. A quote opening its paragraph is introduced by
    that line alone: lines above it that end in no sentence's stop ('Source: Tomasz Tunguz', 'Title: ...',
    'Summary:') are a page's fields and headings, whose names introduce nothing."""
    return text.rfind("\n", 0, len(text[:line_start].rstrip())) + 1


def _names_after_cue(found: tuple) -> bool:
    """A speaker found as `said Li Wen` or `came from Li Wen`: a person named after the cue, not a pronoun."""
    speaker, _cue, rule = found
    return rule == "quote.cue-then-speaker" and speaker.type == "person" and not speaker.pronoun
