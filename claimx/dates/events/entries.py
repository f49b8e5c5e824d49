"""A list's entries a date heads: a bullet whose date governs all of it, a timeline's entry dating its model.

`- June 26: Commerce restored ...` opens a list item on its date, so the date governs the item's sentences;
`- March 2023 — GPT-4 (OpenAI): ...` and `LLaMA 3 (April 2024)` date a model by where the date stands, with no
action word to say so.
"""

from __future__ import annotations

import re

from ...entities import Entity
from ...spans import DocSpans, line_start_near
from ..dated import DateMention

LIST_MARK = r"(?:[-•*–]|\d+[.)])"  # a list item's mark: "-", "•", "1.", "2)"
BULLET = re.compile(rf"^\s*{LIST_MARK}\s+")
BULLET_CHARS = 12  # an indented list item's mark, and a date after it
# a timeline's entry: a line opening with its date (a list mark, emphasis before it), then a dash or colon and the
# model the entry is about: "- March 2023 — GPT-4 (OpenAI): ...", "**May 13, 2024**: GPT-4o"
ENTRY_BEFORE_DATE = re.compile(rf"[ \t]*(?:{LIST_MARK}[ \t]+)?[*_]*")
CLOSING_BRACKET = re.compile(r"\s*\)")
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
