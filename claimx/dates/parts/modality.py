"""How an action is told: as intended, expected or put off (`is expected to launch`), which marks its event as
planned, or as not done or denied (`was not released`), of which a date makes no event."""

from __future__ import annotations

from collections.abc import Sequence

from ...spans import DocSpans
from .base import PLANNED_REACH, Action, inside


class Modality:
    """Part of `Participants`: whether an action is told as planned or as not done."""

    def _planned(self, spans: DocSpans, clause: tuple[int, int], action: Action) -> bool:
        """Is the action told as intended, expected or put off within its clause ('is expected to launch')?"""
        start = spans.token_starts[action.start]
        return self.planned_before.search(spans.text, max(clause[0], start - PLANNED_REACH), start) is not None

    def negated(self, spans: DocSpans, clause: tuple[int, int], asides: Sequence[tuple[int, int]], date: int) -> bool:
        """Is the action a date at `date` (characters) tells of said not to have happened: the clause's last action
        before the date (`said it did not release X in March`, not `said`), else its first (`did not launch X on
        March 3, as reports claimed`); no action of its `asides` (`X, which has not released weights, launched
        Y on March 3`)."""
        first, end = spans.tokens_of(*clause)
        actions = [a for a in self._actions(spans, first, end) if not inside(spans, a, asides)]
        if not actions:
            return False
        before = [a for a in actions if spans.token_starts[a.start] < date]
        return self._negated(spans, clause, before[-1] if before else actions[0])

    def _negated(self, spans: DocSpans, clause: tuple[int, int], action: Action) -> bool:
        """Is the action told as not done, or denied, within its clause ('was not released', 'denied it would
        ship'), and not as done at last ('was not released until March 3')?"""
        start = spans.token_starts[action.start]
        if self.negated_before.search(spans.text, max(clause[0], start - PLANNED_REACH), start) is None:
            return False
        after = spans.token_starts[action.end] if action.end < len(spans.token_starts) else clause[1]
        return self.done_after_negation.search(spans.text, after, max(after, clause[1])) is None
