"""Markdown pipe tables: each figure under a known header is a claim about its row's subject.

Header cells map to kind, attribute and scope through the `tables` rules; a
header naming a benchmark makes a benchmark column. The row's subject comes
from its model (or company) column; a cell naming two models gives a claim for
each. Tables written the other way round (models across the header, measures
down the first column) are read too. Every record's evidence is its own cell.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal

from .entities import Entity
from .numbers import Figure
from .records import Claim, number_claim
from .ruleset import RuleSet, TableColumnRule
from .spans import DocSpans

TABLE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$", re.MULTILINE)
SEPARATOR_CELL = re.compile(r"^\s*:?-{2,}:?\s*$")
PIPE = re.compile(r"(?<!\\)\|")
WORD = re.compile(r"[a-z]+")  # of a lower-cased header
SCOPE_CUES = {"ACTIVE": "active", "TOTAL": "total"}  # cue labels right after a figure in a parameter cell
CITATIONS_AFTER = re.compile(r"(?:\s*\[\d{1,3}\])+$")
HEADER_SCALE = re.compile(r"\(\s*(?:\$|us\$|usd)?\s*([a-z]+)\s*\)")
HEADER_MONEY = re.compile(r"\$|\busd\b")
SUBJECT_TYPES = ("model", "org")


@dataclass(frozen=True, slots=True)
class Cell:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Row:
    start: int
    end: int
    cells: tuple[Cell, ...]


@dataclass(frozen=True, slots=True)
class Column:
    """What a column holds: a rule from the tables section, or a benchmark named in its header."""

    rule: TableColumnRule
    benchmark: str | None = None
    scale: Decimal | None = None
    money: bool = False
    tokens: str | None = None  # a price column's tokens: "Input ($/1M)"


@dataclass(frozen=True, slots=True)
class RowSubject:
    name: str
    text: str
    source: str = "table_row"  # or "table_column": a `SubjectSource`


def find_tables(text: str) -> list[list[Row]]:
    """Runs of consecutive pipe-table lines, each as its rows (the `|---|` separator left out)."""
    tables: list[list[Row]] = []
    previous_end = -2
    for match in TABLE_ROW.finditer(text):
        row = _row(text, match.start(), match.end())
        if match.start() != previous_end + 1:
            tables.append([])
        previous_end = match.end()
        if not all(SEPARATOR_CELL.match(c.text) for c in row.cells):
            tables[-1].append(row)
    return [t for t in map(_without_caption, tables) if len(t) >= 2]


def _without_caption(rows: list[Row]) -> list[Row]:
    """A web page's table caption becomes a first row with one filled cell: the header is the row after it."""
    if len(rows) > 2 and sum(bool(c.text) for c in rows[0].cells) == 1 and sum(bool(c.text) for c in rows[1].cells) > 1:
        return rows[1:]
    return rows


def table_line_test(tables: list[list[Row]]):
    """A fast test: does a character offset lie on a table row?"""
    rows = sorted((row.start, row.end) for table in tables for row in table)
    starts = [start for start, _ in rows]

    def in_table(offset: int) -> bool:
        i = bisect.bisect_right(starts, offset) - 1
        return i >= 0 and offset <= rows[i][1]

    return in_table


class TableClaims:
    def __init__(self, rules: RuleSet, scales: dict[str, Decimal]):
        self.rules = rules.tables
        self.subject_headers = [h.lower() for h in self.rules.subject_headers]
        self.empty_cells = {c.lower() for c in self.rules.empty_cells}
        self.scales = scales
        self.price_tokens = rules.numbers.token_sides()
        self.confidence = rules.attribution.confidence
        self.benchmark_rule = TableColumnRule(
            id="table.benchmark", words=[], kind="benchmark", units=["count", "percent"]
        )

    def extract(self, spans: DocSpans, tables: list[list[Row]]) -> Iterator[Claim]:
        figure_starts = [f.start for f in spans.figures]
        for rows in tables:
            header, body = rows[0], rows[1:]
            columns = {i: self._column(spans, cell) for i, cell in enumerate(header.cells)}
            subject_columns = self._subject_columns(header)
            if subject_columns:
                for row in body:
                    subjects = self._row_subjects(spans, row, subject_columns)
                    for i, cell in enumerate(row.cells):
                        if columns.get(i) is not None:
                            yield from self._cell_claims(spans, figure_starts, row, cell, columns[i], subjects)
            else:
                yield from self._transposed(spans, figure_starts, header, body)

    def _transposed(self, spans: DocSpans, figure_starts, header: Row, body: list[Row]) -> Iterator[Claim]:
        """Models across the header, one measure per row: the first cell says what the row holds."""
        header_subjects = [
            [replace(s, source="table_column") for s in self._named_subjects(spans, cell)] for cell in header.cells
        ]
        if sum(bool(s) for s in header_subjects[1:]) < 2:
            return
        for row in body:
            if not row.cells or (column := self._column(spans, row.cells[0])) is None:
                continue
            for i, cell in enumerate(row.cells[1:], start=1):
                if i < len(header_subjects) and header_subjects[i]:
                    yield from self._cell_claims(spans, figure_starts, row, cell, column, header_subjects[i])

    # -- headers -------------------------------------------------------------

    def _column(self, spans: DocSpans, cell: Cell) -> Column | None:
        header = cell.text.lower()
        benchmark = next((e for e in self._entities(spans, cell) if e.type == "benchmark"), None)
        if benchmark is not None:
            return Column(self.benchmark_rule, benchmark=benchmark.name)
        rule = next((r for r in self.rules.columns if all(w.lower() in header for w in r.words)), None)
        if rule is None:
            return None
        scale_word = HEADER_SCALE.search(header)
        scale = self.scales.get(scale_word.group(1).rstrip("s")) if scale_word else None
        tokens = next((self.price_tokens[w] for w in WORD.findall(header) if w in self.price_tokens), None)
        return Column(rule, scale=scale, money=bool(HEADER_MONEY.search(header)), tokens=tokens)

    def _subject_columns(self, header: Row) -> list[int]:
        """Columns naming the row's subject, the most specific header (Model before Company) first."""
        ranked = []
        for i, cell in enumerate(header.cells):
            words = cell.text.lower().split()
            if words and words[0] in self.subject_headers and len(words) <= 2:
                ranked.append((self.subject_headers.index(words[0]), i))
        return [i for _, i in sorted(ranked)]

    # -- rows ----------------------------------------------------------------

    def _row_subjects(self, spans: DocSpans, row: Row, subject_columns: list[int]) -> list[RowSubject]:
        for i in subject_columns:
            if i < len(row.cells):
                cell = row.cells[i]
                named = self._named_subjects(spans, cell)
                if named:
                    return named
                if cell.text and cell.text.lower() not in self.empty_cells and any(c.isalpha() for c in cell.text):
                    return [RowSubject(cell.text, cell.text)]
        return []

    def _named_subjects(self, spans: DocSpans, cell: Cell) -> list[RowSubject]:
        entities = [e for e in self._entities(spans, cell) if e.type in SUBJECT_TYPES]
        models = [e for e in entities if e.type == "model"]
        return [RowSubject(e.name, e.text) for e in (models or entities)]

    def _entities(self, spans: DocSpans, cell: Cell) -> list[Entity]:
        return spans.entities_within_chars(cell.start, cell.end)

    def _cell_claims(
        self, spans: DocSpans, figure_starts, row: Row, cell: Cell, column: Column, subjects
    ) -> Iterator[Claim]:
        if not subjects or not cell.text or cell.text.lower() in self.empty_cells:
            return
        figures = spans.figures[
            bisect.bisect_left(figure_starts, cell.start) : bisect.bisect_left(figure_starts, cell.end)
        ]
        for figure, scope, (start, end) in self._cell_figures(spans, cell, figures, column.rule):
            yield from self._figure_claims(spans, row, column, figure, scope, start, end, subjects)

    def _cell_figures(self, spans: DocSpans, cell: Cell, figures: list[Figure], rule: TableColumnRule):
        """The figures a cell states, with their scope and evidence: its first figure, spanning the cell;
        or, in a parameter cell that says which is which (`1T (32B active)`, `675B total / 41B active`),
        each figure, spanning itself."""
        if not figures:
            return []
        if rule.kind == "parameter_count" and len(figures) > 1:
            scopes = [self._scope_after(spans, f) for f in figures]
            if any(scopes[1:]):
                return [
                    (f, scope or rule.scope, (f.start, f.end))
                    for i, (f, scope) in enumerate(zip(figures, scopes, strict=True))
                    if scope or i == 0
                ]
        return [(figures[0], rule.scope, (cell.start, cell.end))]

    def _scope_after(self, spans: DocSpans, figure: Figure) -> str | None:
        following = {cue.label for cue in spans.cues_from.get(figure.token_end, ())}
        return next((scope for label, scope in SCOPE_CUES.items() if label in following), None)

    def _figure_claims(self, spans: DocSpans, row: Row, column: Column, figure, scope, start, end, subjects):
        figure = self._with_header_units(figure, column)
        rule = column.rule
        if figure.unit_class not in rule.units:
            return
        attribute = self.rules.unit_refinements.get(rule.attribute, {}).get(figure.unit or "", rule.attribute)
        unit = figure.unit or self._cell_unit(spans, figure) or rule.unit
        for subject in subjects:
            yield number_claim(
                rule.kind,
                scope=scope,
                benchmark=column.benchmark,
                attribute=attribute,
                tokens=column.tokens if attribute == "price_per_million_tokens" else None,
                source=spans.source(start, end),
                text=spans.text[start:end],
                sentence=spans.text[row.start : row.end].strip(),
                rule=rule.id,
                subject=subject.name,
                subject_text=subject.text,
                subject_source=subject.source,
                confidence=self.confidence[subject.source],
                unit=unit,
                **figure.reading(),
            )

    def _with_header_units(self, figure: Figure, column: Column) -> Figure:
        """`70` under `Parameters (B)` is 70e9; `0.15` under `Price ($/1M)` is money."""
        if figure.unit_class != "count":
            return figure
        if column.money:
            figure = replace(figure, unit="USD", unit_class="money")
        if column.scale is not None and figure.scale is None:
            k = float(column.scale)
            figure = replace(
                figure,
                value=figure.value * k,
                low=None if figure.low is None else figure.low * k,
                high=None if figure.high is None else figure.high * k,
                resolution=figure.resolution * k,
            )
        return figure

    def _cell_unit(self, spans: DocSpans, figure: Figure) -> str | None:
        """A unit written after the figure in its cell: `2.1 × 10^24 FLOP`."""
        following = spans.cues_from.get(figure.token_end, ())
        return next((self.rules.cell_units[c.label] for c in following if c.label in self.rules.cell_units), None)


def _row(text: str, start: int, end: int) -> Row:
    pipes = [m.start() for m in PIPE.finditer(text, start, end)]
    cells = []
    for left, right in itertools.pairwise(pipes):
        raw = text[left + 1 : right]
        stripped = CITATIONS_AFTER.sub("", raw.strip())  # "$78M [2]": the marker is not the cell's figure
        offset = left + 1 + (len(raw) - len(raw.lstrip()))
        cells.append(Cell(offset, offset + len(stripped), stripped))
    return Row(start, end, tuple(cells))
