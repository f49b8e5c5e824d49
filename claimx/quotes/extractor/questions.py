"""A quotation in the clause of a question put to someone (`When asked by Zakaria whether "..."`): its asker's
words where named, never the answer's speaker's.
"""

from __future__ import annotations

import re

from ...spans import DocSpans
from ..speakers import ArticleState
from .cues import Cues


class Questions(Cues):
    def _question_before(self, text: str, sentence_start: int, open_: int) -> re.Match | None:
        """The clause of a question put to someone that runs up to a quotation at `open_`, with no cue of an
        answer between ('Asked about it he said "..."' is the answer's)."""
        question = self.question_clause.search(text[sentence_start:open_])
        if question is None:
            return None
        after = sentence_start + question.end("asker" if question["asker"] else "word")
        return None if self._cues(text, after, open_) else question

    def _asker(self, spans: DocSpans, offset: int, question: re.Match, state: ArticleState):
        """A quotation in the clause of a question put to someone ('When asked by Zakaria whether "...", Huang
        said'): its asker's words where named, else nobody's we can tell; never the answer's speaker's."""
        if question["asker"] is None:
            return None
        start, end = offset + question.start("asker"), offset + question.end("asker")
        # "by host Tom Reed", "by CNN's Fareed Zakaria": the person named, a role or an outlet before
        askers = self.speakers.people(spans, start, end, state)
        asker = max(askers, key=lambda p: p.position) if askers else self.speakers.lone_name(spans, start, end, state)
        return (asker, "asked", "quote.question") if asker is not None else None
