"""A change's old values listed after its new ones (`cut the price to $2 and $8 per million input and output
tokens. Previously it cost $10 and $40, respectively`, `$2 and $8, down from $10 and $40, respectively`): each
new value's record names its old value (`was`), so the cross-check reads another article giving the old value
as the time before the change; and the old values, nobody's figures now, make no record of their own."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from spacy.tokens import Span

from ..changes import may_change
from ..numbers import Figure
from ..records import Claim
from ..spans import DocSpans
from .kinds.changes import OLD_VALUE_CUES, listed_old_values, paired_surely


@dataclass
class Told:
    """A sentence's claims, in text order; `listed`: an item of a list whose lead-in tells a change."""

    index: int
    sent: Span
    claims: list[Claim]
    listed: bool = False


class OldValues:
    def __init__(self, changing: frozenset[str], side: Callable, said_in_order: re.Pattern, list_ends: frozenset[str]):
        self.changing = changing
        self.list_ends = list_ends  # "while", "(": what ends a list of old values with its clause
        self.side = side  # (spans, sent, figure) -> the tokens a price or window is for, or None
        self.said_in_order = said_in_order  # "respectively"

    def told(self, spans: DocSpans, sentences: list[Told]) -> Iterator[Claim]:
        """The sentences' claims, each new value's naming the old one its sentence or the next lists, and the old
        values' gone. The new values waiting for the next sentence are those of the last sentence stated as a
        change's, or of a changed list's items (`the pricing is as follows:` `- Input: $2` `- Output: $8`)."""
        waiting: list[tuple[Told, int]] = []  # (sentence, claim's place) of new values naming no old value yet
        last: Told | None = None
        for told in sentences:
            follows = last is not None and last.index == told.index - 1
            self._pair(spans, told, waiting if follows else [])
            fresh = self._new_unpaired(told)
            waiting = waiting + fresh if follows and told.listed and last.listed else fresh
            last = told
        for told in sentences:
            yield from told.claims

    def _pair(self, spans: DocSpans, told: Told, waiting: list[tuple[Told, int]]) -> None:
        """Name each new value's old one where the sentence lists the old values after a cue: the new values before
        the cue in the sentence, else those waiting from the sentence before."""
        sent = told.sent
        own = [(told, k) for k, c in enumerate(told.claims) if self._may_change(c)]
        if not own and not waiting:
            return  # most sentences: no new value to pair, so their cues are not looked up
        new, after = self._new_values(spans, sent, own, waiting)
        if not new:
            return
        figures = [self._figure(spans, t.claims[k]) for t, k in new]
        olds = listed_old_values(spans, sent, after, figures, self.list_ends)
        sides_new = [t.claims[k].tokens for t, k in new]
        sides_old = [self.side(spans, sent, old) for old in olds]
        said = self.said_in_order.search(spans.text, sent.start_char, sent.end_char) is not None
        if not paired_surely(sides_new, sides_old, said):
            return
        if not self._one_subject(spans, new, after, olds[-1].token_end):
            return  # "Previously, GLM-5.2 cost $10 and $40, respectively": another model's old values
        for (t, k), old in zip(new, olds, strict=True):
            t.claims[k] = t.claims[k].model_copy(update={"changed": True, "was": old.value})
        starts = {old.start for old in olds}
        told.claims[:] = [c for c in told.claims if c.source.start not in starts]  # an old value is nobody's now

    def _new_values(self, spans: DocSpans, sent: Span, own: list, waiting: list) -> tuple[list, int]:
        """The new values the sentence's first old-value cue follows, and the token the old values' stretch starts
        at: two or more of the sentence's own before it (a lone one names its old value as it is read), else,
        where none is, those waiting from the sentence before."""
        cues = spans.markers_in(sent.start, sent.end, OLD_VALUE_CUES)
        if not cues:
            return [], sent.end
        cue = min(marker.start for marker in cues)
        before = [(t, k) for t, k in own if self._figure(spans, t.claims[k]).token_end <= cue]
        if len(before) >= 2:
            return before, max(self._figure(spans, t.claims[k]).token_end for t, k in before)
        return (waiting if not before else []), sent.start

    @staticmethod
    def _one_subject(spans: DocSpans, new: list, start: int, end: int) -> bool:
        """Do the new values share one subject, and does the old values' stretch name no other model (`Previously,
        GLM-5.2 cost $10`, `$2 and $8, while GLM-5.2's fell from $3 to $1`)?"""
        subjects = {t.claims[k].subject for t, k in new}
        named = {e.name for e in spans.entities_in(start, end) if e.type == "model"}
        return len(subjects) == 1 and named <= subjects

    def _new_unpaired(self, told: Told) -> list[tuple[Told, int]]:
        """The sentence's new values naming no old value: those stated as a change's, and the measures of their
        kind beside them (`cut the price to $2 per million input tokens and $8 per million output tokens`)."""
        changed = {c.attribute for c in told.claims if c.kind == "measure" and c.changed and c.was is None}
        return [
            (told, k)
            for k, c in enumerate(told.claims)
            if self._may_change(c) and c.attribute in changed and c.was is None
        ]

    def _may_change(self, claim: Claim) -> bool:
        return may_change(claim.kind, getattr(claim, "attribute", None), getattr(claim, "tier", None), self.changing)

    @staticmethod
    def _figure(spans: DocSpans, claim: Claim) -> Figure:
        """The figure a claim was read from: the first its evidence holds."""
        return spans.figures_within(claim.source.start, claim.source.end)[0]
