"""Dates that label a model rather than tell of it in a sentence.

A page about one model often dates its release in a label: a line of a few
words under a heading naming the model (`Released November 26, 2024`,
`Anthropic model released February 24, 2025`), a key-value table's row
(`| Released | 2025-01-20 |`, about the model the table is about), a row under
model columns (`| Release date | 2025-05-23 | 2025-05-23 |`, each column its
model's) or a column beside a model column (`| Model | Release date |`). The
model is what was released; where no one model is named, no model is guessed.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..literals import alternation
from ..records import Claim, Confidence
from ..ruleset import RuleSet
from ..spans import SHORT_LINE_CHARS, DocSpans, line_start_near
from ..tables.grid import Cell, Row, Table
from ..tables.subjects import TableSubject, TableSubjects, heading_above
from .dated import DateMention

WORDS = re.compile(r"[A-Za-z]+")
CONFIDENCES = ["low", "medium", "high"]  # least sure first


@dataclass(frozen=True, slots=True)
class TableRelease:
    """A date in a table cell that a release label governs, and the models it dates (none where the table
    names no one model: the date is still no other event's)."""

    mention: DateMention
    row: Row
    label: Cell
    names: tuple[str, ...]
    confidence: Confidence


class Labels:
    def __init__(self, rules: RuleSet):
        self.max_words = rules.dates.dateline_max_words
        self.month_names = {m.lower() for m in rules.dates.months}
        labels = alternation(rules.events.release_labels).replace(r"\ ", r"\s+") or "(?!)"
        self.release_label = re.compile(rf"\s*(?i:{labels})\s*:?\s*")
        # "- Model Release Date: August 2025": a key of a few words ending in a release label, then its date
        self.release_key = re.compile(rf"[ \t]*(?:[-*•+][ \t]+)?(?:[\w-]+[ \t]+){{0,2}}(?i:{labels})[ \t]*:[ \t]*")
        self.subjects = TableSubjects(rules)

    # -- a label line -------------------------------------------------------------

    def few_words(self, text: str, mention: DateMention, bounds: tuple[int, int]) -> bool:
        """Do the words in `bounds` (a line, a sentence) say little besides the date: a label or a dateline?"""
        before, after = WORDS.finditer(text, bounds[0], mention.start), WORDS.finditer(text, mention.end, bounds[1])
        words = itertools.chain(before, after)
        said = (w for w in words if w.group().lower() not in self.month_names)
        return next(itertools.islice(said, self.max_words, None), None) is None  # stops at one word too many

    def is_label(self, text: str, mention: DateMention, clause: tuple[int, int]) -> bool:
        """`Released November 26, 2024`, `Anthropic model released February 24, 2025.`: a sentence of a few
        words opening its line."""
        line_start = line_start_near(text, clause[0], SHORT_LINE_CHARS)
        if line_start is None or text[line_start : clause[0]].strip():
            return False
        return self.few_words(text, mention, clause)

    def keyed_release(self, text: str, mention: DateMention) -> bool:
        """Is the date the value of a release key opening its line (`- Model Release Date: August 2025`)?"""
        line_start = line_start_near(text, mention.start, SHORT_LINE_CHARS)
        return line_start is not None and self.release_key.fullmatch(text, line_start, mention.start) is not None

    @staticmethod
    def heading_model(spans: DocSpans, position: int) -> str | None:
        """The one model the heading above a line names (the headline too: on a page about one model it names
        that model), else None."""
        line_start = spans.text.rfind("\n", 0, position) + 1
        heading = heading_above(spans.text, line_start, headline=True)
        if heading is None:
            return None
        names = {e.name for e in spans.entities_within_chars(heading.start, heading.end) if e.type == "model"}
        return names.pop() if len(names) == 1 else None

    # -- tables -------------------------------------------------------------------

    def table_releases(
        self, spans: DocSpans, tables: list[Table], prose: list[Claim], mentions: list[DateMention]
    ) -> Iterator[TableRelease]:
        """Every date a table's release row or column governs, with the models it dates."""
        for table in tables:
            header = table.header
            if header.cells and self._is_label(header.cells[0]):
                yield from self._release_row(spans, table, header, prose, mentions)
                continue
            for row in table.body:
                if row.cells and self._is_label(row.cells[0]):
                    yield from self._release_row(spans, table, row, prose, mentions)
            columns = [i for i, cell in enumerate(header.cells) if i > 0 and self._is_label(cell)]
            for i in columns:
                yield from self._release_column(spans, table, i, mentions)

    def _is_label(self, cell: Cell) -> bool:
        return bool(self.release_label.fullmatch(cell.text))

    def _release_row(self, spans: DocSpans, table: Table, row: Row, prose, mentions) -> Iterator[TableRelease]:
        """`| Released | 2025-01-20 |`: each date is the release of the model its column's header names, or in a
        key-value table, of the model the table is about."""
        header = table.header
        for i, cell in enumerate(row.cells[1:], start=1):
            mention = _date_in(cell, mentions)
            if mention is None:
                continue
            named = [] if row is header else self.subjects.named(spans, header.cells[i], "table_column")
            if not named and len(header.cells) == 2:
                subject = self.subjects.key_value(spans, table, prose)
                named = [subject] if subject is not None else []
            yield _release(mention, row, row.cells[0], named)

    def _release_column(self, spans: DocSpans, table: Table, column: int, mentions) -> Iterator[TableRelease]:
        """`| Model | Release date |`: each date is the release of the model its row names first."""
        for row in table.body:
            if column >= len(row.cells) or (mention := _date_in(row.cells[column], mentions)) is None:
                continue
            named = self.subjects.named(spans, row.cells[0], "table_row")
            yield _release(mention, row, table.header.cells[column], named)


def _date_in(cell: Cell, mentions: list[DateMention]) -> DateMention | None:
    """The date a cell holds, if it holds one and no more."""
    inside = [m for m in mentions if cell.start <= m.start and m.end <= cell.end and m.offset is None]
    return inside[0] if len(inside) == 1 else None


def _release(mention: DateMention, row: Row, label: Cell, named: list[TableSubject]) -> TableRelease:
    confidence = min((s.confidence or "high" for s in named), key=CONFIDENCES.index, default="high")
    return TableRelease(mention, row, label, tuple(sorted({s.name for s in named})), confidence)
