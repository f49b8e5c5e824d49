"""The event records: what a date and its clause make, and what a table's release row or column makes.

The clause's parts give who did what to what; where they name no model, a label under a model's heading or a
timeline's entry says which model was released.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from ...entities import Entity
from ...records import Event
from ...spans import DocSpans
from ..dated import Dated, DateMention
from ..labels import TableRelease
from ..parts import Parts

RELEASE = "release"  # the action category of bringing a model out


class EventRecords:
    """Part of `EventExtractor`: the `Event` records it yields."""

    def _event(
        self,
        spans: DocSpans,
        sent: Span,
        clause,
        evidence,
        dated: Dated,
        mention=None,
        rule="event.date",
        anchor=None,
        entry: Entity | None = None,
    ) -> Event:
        """An event record: `evidence` is the date expression, or the clause where the date is elsewhere; `entry`
        the model a timeline's entry, or a list a release heads, dates with no action of the date's own."""
        text = spans.text
        start, end = evidence
        parts = self.participants.parts(spans, clause, self._asides_before(text, clause, mention))
        labelled = mention is not None and self.labels.is_label(text, mention, clause)
        if labelled and parts.action in self.maker_acts and not parts.objects:
            parts = self._heading_model_released(spans, parts, clause[0])
        if entry is not None and parts.action is None:  # "- March 2023 — GPT-4 (OpenAI): ...": the model's release
            maker = self.resolver.maker(entry.name)
            parts = replace(parts, actor=maker, action=RELEASE, objects=(entry.name,), confidence="medium")
        elif mention is not None and parts.action in self.maker_acts and not parts.objects:
            parts = self._entry_released(spans, parts, mention, clause)
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

    def _asserted(self, spans: DocSpans, sent: Span, clause: tuple[int, int], mention: DateMention) -> bool:
        """Does the text say the date's event happened (or is planned): not in a question (`Did Zhipu ship GLM-5.2
        on March 3?`, `was asked whether it would launch on March 3`), nor told as not done or denied (`has not
        released it in March`, `denied it would ship in March`)?"""
        first, _ = spans.tokens_of(mention.start, mention.end)
        if self.questions.asks(spans, sent, first):
            return False
        asides = self._asides_before(spans.text, clause, mention)
        return not self.participants.negated(spans, clause, asides, mention.start)

    def _entry_released(self, spans: DocSpans, parts: Parts, mention: DateMention, clause: tuple[int, int]) -> Parts:
        """`- Mistral Small 3.0 (Jan 2025): Introduced as ...`, `has released upgraded versions: Sonnet 4.5
        (September 29, 2025), ...`: a release naming nothing it acts on, and a model its date glosses in brackets
        (`_entry_model`) before the action or opening the list of models after its phrase, is that model's. Not
        one the action reaches through other words (`released a plugin for GPT-5 (August 2025)`, `released a
        plugin: GPT-5 (August 2025) ...`): the bracket may date what was released. Nor one the action's verb has
        after it, with an object of its own (`Orca-3 (May 2026) introduced a computer-use mode`): the model acts."""
        model = self._entry_model(spans, mention)
        if model is None or parts.action_span is None:
            return parts
        start, end = parts.action_span
        if model.end_char > start and not self._opens_the_variants(spans.text, end, model.start_char):
            return parts
        if model.end_char <= start and self.participants.takes_an_object(spans, clause, parts.action_span):
            return parts
        actor = parts.actor if parts.actor not in (None, model.name) else self.resolver.maker(model.name)
        return replace(parts, actor=actor, objects=(model.name,), confidence="medium")

    def _opens_the_variants(self, text: str, end: int, start: int) -> bool:
        """Do the words from an action's end to a name at `start` introduce a list of models (`released upgraded
        versions: `, `in two sizes: `)? A phrase naming no models (`released a plugin: `) may be what was released."""
        intro = self.participants.variant_intro.match(text, end, start)
        return intro is not None and not text[intro.end() : start].strip()

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
