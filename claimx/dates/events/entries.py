"""A list's entries a date heads: a bullet whose date governs all of it, a timeline's entry dating its model.

`- June 26: Commerce restored ...` opens a list item on its date, so the date governs the item's sentences;
`- March 2023 — GPT-4 (OpenAI): ...` dates a model's release by where the date stands, with no action word to say
so. `LLaMA 3 (April 2024)` only glosses the name: a version's snapshot, the day a score was measured or a price
listed, a model card's date are written so too, so it dates a release only where a release action governs it
(`Acme released LLaMA 3 (April 2024)`), or governs the list it continues (`released A (May 4), B (June 1)`).
"""

from __future__ import annotations

import re

from ...entities import Entity
from ...records import Event
from ...spans import DocSpans, line_start_near
from ..dated import DateMention

LIST_MARK = r"(?:[-•*–]|\d+[.)])"  # a list item's mark: "-", "•", "1.", "2)"
BULLET = re.compile(rf"^\s*{LIST_MARK}\s+")
BULLET_CHARS = 12  # an indented list item's mark, and a date after it
# a timeline's entry: a line opening with its date (a list mark, emphasis before it), then a dash or colon and the
# model the entry is about: "- March 2023 — GPT-4 (OpenAI): ...", "**May 13, 2024**: GPT-4o"
ENTRY_BEFORE_DATE = re.compile(rf"[ \t]*(?:{LIST_MARK}[ \t]+)?[*_]*")
CLOSING_BRACKET = re.compile(r"\s*\)")
# between two models of a list, each glossed by its date: "A (May 4, 2026), B (June 1, 2026) and C (...)"
LIST_JOIN = re.compile(r"\s*,?\s*(?:(?:and|&)\s+)?")
ENTRY_AFTER_DATE = re.compile(r"[*_]*[ \t]*(?:[—–:|]|-(?=[ \t]))[*_]*[ \t]*[*_]*")


class ListEntries:
    """Part of `EventExtractor`: the list items and timeline entries a date heads."""

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

    def _entry_model(self, spans: DocSpans, mention: DateMention) -> Entity | None:
        """The model a date alone in brackets after its name glosses (`LLaMA 3 (April 2024)`), or a timeline's
        entry is about."""
        return self._glossed_model(spans, mention) or self._timeline_model(spans, mention)

    @staticmethod
    def _glossed_model(spans: DocSpans, mention: DateMention) -> Entity | None:
        """The model a date alone in brackets right after its name glosses: `LLaMA 3 (April 2024)`. The bracket
        says no more than that the date goes with the name: a release, a snapshot, a score's or a price's day."""
        text = spans.text
        opening = text.rfind("(", max(0, mention.start - 3), mention.start)
        if opening < 0 or text[opening + 1 : mention.start].strip() or not CLOSING_BRACKET.match(text, mention.end):
            return None
        named = spans.entity_ending_at(spans.tokens_of(opening, opening + 1)[0])
        return named if named is not None and named.type == "model" else None

    @staticmethod
    def _timeline_model(spans: DocSpans, mention: DateMention) -> Entity | None:
        """The model a timeline's entry is about: its line opens with the date, then a dash or colon, then the
        model's name (`- March 2023 — GPT-4 (OpenAI): ...`)."""
        text = spans.text
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

    def _brought_out(self, event: Event, glossed: Entity) -> bool:
        """Does the event of a date glossing a model's name tell that model brought out (released, opened)? Only
        then is the label its release's date: `Acme said Orca-3 (May 2026) scored 71%` said nothing in May."""
        return event.action in self.maker_acts and glossed.name in event.objects

    @staticmethod
    def _gloss_end(text: str, mention: DateMention) -> int:
        """Where the bracket of a glossed date closes."""
        return CLOSING_BRACKET.match(text, mention.end).end()

    @staticmethod
    def _listed_after(text: str, gloss_end: int | None, model: Entity) -> bool:
        """Does `model` follow the glossed model whose bracket closes at `gloss_end` in the same list, only a comma
        or "and" between them (`released A (May 4, 2026), B (June 1, 2026) and C (July 2, 2026)`)?"""
        return gloss_end is not None and LIST_JOIN.fullmatch(text, gloss_end, model.start_char) is not None
