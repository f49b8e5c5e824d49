"""Quotes of an article in order: whether something attributes each quotation, and to whom, tried from the surest
evidence outwards (a label or a question first, then the quotation's own sentence, then the sentences around it);
a run-on paragraph takes the speaker of the quote that follows it.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator

from ...records import Quote
from ...spans import DocSpans, inside_any
from ..marks import Quotation
from ..speakers import ArticleState, Speaker
from .around import AroundIt
from .base import SENTENCE_STOP, WORD, Place
from .labels import Labels
from .questions import Questions


class QuoteExtractor(AroundIt, Questions, Labels):
    def extract(self, spans: DocSpans, quotations: list[Quotation]) -> Iterator[Quote]:
        text = spans.text
        sentences = spans.sentence_bounds
        starts = [s for s, _ in sentences]
        state = ArticleState(quoted=inside_any([q for q in quotations if _surely_paired(text, q)]))
        previous_close = -1
        waiting: list[tuple[Quotation, tuple[int, int]]] = []  # run-on paragraphs, attributed by what follows
        for quotation in quotations:
            sentence = sentences[max(0, bisect.bisect_right(starts, quotation.open) - 1)]
            closing_at = max(0, bisect.bisect_right(starts, quotation.close) - 1)
            closing = sentences[closing_at]
            following = sentences[min(closing_at + 1, len(sentences) - 1)]
            context_start = _context_start(text, max(sentence[0], previous_close + 1), quotation.open)
            previous_close = quotation.close
            place = Place(context_start, sentence[0], closing[1], following[1])
            found = self._attribution(spans, quotation, place, state)
            context = (sentence[0], max(closing[1], quotation.close + 1))
            if found is None:
                if quotation.run_on:
                    waiting.append((quotation, context))
                continue
            speaker, cue, rule = found
            if speaker.type == "person":
                state.last_person = speaker
                if not speaker.pronoun:
                    state.speaking.add(speaker.position)
            state.last_quote = (quotation.close, speaker, cue)
            for earlier, earlier_context in waiting:  # the quote ran on from the paragraphs before
                yield self._quote(spans, earlier, earlier_context, self._continuing(speaker), cue, "quote.run-on")
            waiting = []
            yield self._quote(spans, quotation, context, speaker, cue, rule)

    def _quote(self, spans: DocSpans, q: Quotation, context: tuple[int, int], speaker: Speaker, cue: str, rule: str):
        text = spans.text
        return Quote(
            source=spans.source(q.start, q.end),
            text=spans.evidence(q.start, q.end),
            sentence=text[context[0] : context[1]].strip(),
            rule=rule,
            quote=text[q.start : q.end],
            speaker=speaker.name,
            speaker_text=speaker.text,
            speaker_title=speaker.title,
            speaker_affiliation=speaker.affiliation,
            speaker_description=speaker.text if speaker.type == "unnamed" else None,
            cue=cue,
            confidence=self.confidence.get(speaker.link, "high"),
        )

    # -- is it attributed, and to whom ------------------------------------------

    def _attribution(self, spans: DocSpans, q: Quotation, place: Place, state: ArticleState):
        """(speaker, cue, rule) of a quotation, or None when nothing attributes it."""
        text = spans.text
        inside = text[q.start : q.end]
        # words read up to one too many for a short quotation, not all of a long one
        short = next(itertools.islice(WORD.finditer(inside), self.rules.short_words, None), None) is None
        left = text[place.context_start : q.open]
        if (short and self._labels(left)) or self._names_a_work(left, inside):
            return None
        if self.marked_as.search(left):
            return None  # 'mislabeling a shipment as "..."': the words on a label, nobody's speech
        if left.lower().endswith(("the ", "a ", "an ")) and self.named_thing.match(text, q.close + 1):
            return None  # 'at the "national AI model review" held in Busan': an event's name, no speech
        if self.hypothetical.search(text, place.sentence_start, q.open):
            return None  # 'It's as if Altman said, "Hold my beer."': speech imagined, nobody's quote
        question = self._question_before(text, place.sentence_start, q.open)
        if question is not None:
            return self._asker(spans, place.sentence_start, question, state)
        found = self._in_its_sentence(spans, q, place, state, short)
        if found is not None:
            return found
        whole_sentence = not short or inside.rstrip()[-1:] in (".", "!", "?")  # "Maybe less." is speech, no label
        if not whole_sentence or left.strip(" -•*–\t"):
            return None
        return self._around_it(spans, q, place, state, short)


def _context_start(text: str, start: int, open_: int) -> int:
    """Where the words leading up to a quotation begin: after the last full stop before it, if any."""
    stops = list(SENTENCE_STOP.finditer(text, start, open_))
    return stops[-1].end() if stops else start


def _surely_paired(text: str, quotation: Quotation) -> bool:
    """Do the quotation's marks surely belong together: within a line, no other double mark between them? Marks
    left unclosed (a quote running on, a page cut short) pair wrongly, across narrative."""
    inner = text[quotation.open + 1 : quotation.close]
    return not any(mark in inner for mark in ('"', "“", "”", "\n"))
