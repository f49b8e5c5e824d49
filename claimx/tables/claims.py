"""Table cells as claims: what each header says its column (or row) holds, and each figure under it.

Header cells map to kind, attribute and scope through the `tables` rules; a
header naming a benchmark makes a benchmark column, and so does any row key of
a table headed `Benchmark`. Four shapes are read: a subject column
(`| Model | Context | ...`: each row about the model it names), models across
the header (`| Spec | Scout | Behemoth |`: each row one measure, each column
one model), key-value tables (`| Spec | Value |`: every row about the one
model the text around the table names) and modes across the header
(`| Benchmark | Standard | Extended thinking |`: that model's scores, each
column in its setup). Every record's evidence is its own cell, or its own
figure where a cell holds several the header tells apart (`$3 / $15` under
`Price (Input/Output)`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal

from ..changes import changed_under, marked_changed
from ..numbers import Figure
from ..records import Claim, number_claim
from ..ruleset import RuleSet, TableColumnRule
from ..spans import DocSpans, slash_pair_place
from ..tiers import PriceTiers, recorded, sold_by
from .grid import Cell, Row, Table, lead_in, plain
from .sheets import spec_sheets
from .subjects import TableSubject, TableSubjects, only_distinct

WORD = re.compile(r"[a-z]+")  # of a lower-cased header
SIDE_JOINER = re.compile(r"\s*(?:/|&|\+|,|and)\s*")  # "Input/Output", "input and output"
BRACKETED = re.compile(r"\(.*?\)")
LIST_JOINT = re.compile(r"\s*,\s*|\s+(?:and|or)\s+")  # between the items of a list of figures: "8B, 70B and 405B"
PART_SEPARATOR = re.compile(r"[,;]\s+")  # between the parts of a cell that names a model for each
SCORE_CELL = re.compile(r"\s*[-+]?\d[\d.,]*\s*%?\s*$")  # a cell holding a number and nothing else
UNKNOWN_BENCHMARK_WORDS = 4  # a longer row key is a description, not a name
HEADER_SCALE = re.compile(r"\(\s*(?:\$|us\$|usd)?\s*([a-z]+)\s*\)")
HEADER_MONEY = re.compile(r"\$|\busd\b")
PRICE = "price_per_million_tokens"
TOKEN_ATTRIBUTES = (PRICE, "context_window")


@dataclass(frozen=True, slots=True)
class Column:
    """What a column (or, in a table turned round, a row) holds: a rule, or a benchmark named in its header."""

    rule: TableColumnRule
    benchmark: str | None = None
    scale: Decimal | None = None
    money: bool = False
    # the tokens of a price or a context window: "Input ($/1M)", "Max output tokens"; "Input/Output" names two,
    # one for each figure of a cell holding two
    tokens: tuple[str, ...] = ()
    setup: str | None = None  # a benchmark row key's: "MMLU (5-shot)"
    # the pricing tier its header names ("Batch input"), else the one the table's caption or lead-in names
    # ("Discounted rates include:"); "standard" where the header says so, which keeps a lead-in's tier off it
    tier: str | None = None


@dataclass(frozen=True, slots=True)
class Stated:
    """A figure a cell states, what it is of, and its evidence."""

    figure: Figure
    scope: str | None
    tokens: str | None
    start: int
    end: int


class TableClaims:
    def __init__(self, rules: RuleSet, scales: dict[str, Decimal]):
        self.rules = rules.tables
        self.subjects = TableSubjects(rules)
        self.subject_headers = [h.lower() for h in self.rules.subject_headers]
        self.empty_cells = {c.lower() for c in self.rules.empty_cells}
        self.other_things = {w.lower() for w in self.rules.other_things}
        self.scales = scales
        self.token_words = {
            **rules.numbers.token_sides(),
            **{w.lower(): side for side, words in self.rules.tokens.items() for w in words},
        }
        self.cache_outcomes = rules.numbers.cache_outcome_sides()
        self.price_pair_sides = tuple(rules.numbers.price_pair_sides or ())
        self.benchmark_headers = {w.lower() for w in self.rules.benchmark_headers}
        self.not_benchmarks = {w.lower() for w in self.rules.not_benchmarks}
        self.score_headers = {w.lower() for w in self.rules.score_headers}
        self.confidence = rules.attribution.confidence
        self.tiers = PriceTiers(rules)
        self.changing = frozenset(rules.numbers.changing_measures)
        self.benchmark_rule = TableColumnRule(
            id="table.benchmark", words=[], kind="benchmark", units=["count", "percent"]
        )

    def extract(self, spans: DocSpans, tables: list[Table], prose: list[Claim]) -> Iterator[Claim]:
        """Claims of every table; `prose` (the article's other number claims) tells what a key-value table is about."""
        for table in tables:
            tier = self._table_tier(spans.text, table)
            subject_columns = self._subject_columns(table.header)
            if subject_columns:
                claims = self._by_row(spans, table, subject_columns, tier)
            else:
                claims = self._by_column(spans, table, prose, tier)
            if changed_under(spans, self._lead_ins(spans.text, table)):
                # a table under a lead-in telling a change (`After the price cut, Orca-3 costs:`): its prices and
                # windows are the change's new values
                claims = (marked_changed(claim, self.changing) for claim in claims)
            yield from claims

    def sheets(self, spans: DocSpans) -> list[Table]:
        """The article's spec sheets (a key line, then its value's line), as key-value tables of the fields whose
        key the column rules read as one (and that name no model of their own)."""
        return spec_sheets(spans.text, spans.figures, lambda key: self._row_key(spans, key, False, None) is not None)

    def _table_tier(self, text: str, table: Table) -> str | None:
        """The pricing tier a table's caption or the line introducing it names: `Discounted rates include:`."""
        places = self._lead_ins(text, table)
        return next(filter(None, (self.tiers.named(text, start, end) for start, end in places)), None)

    @staticmethod
    def _lead_ins(text: str, table: Table) -> list[tuple[int, int]]:
        """Where a table's caption and the line introducing it lie: what they say holds for every row."""
        places = [(table.caption.start, table.caption.end)] if table.caption is not None else []
        return places + list(filter(None, [lead_in(text, table)]))

    def _by_row(self, spans: DocSpans, table: Table, subject_columns: list[int], tier: str | None) -> Iterator[Claim]:
        """A subject column: each row is about the model it names, each column holds what its header says; in a
        table with a `Benchmark` column (`| Model | Benchmark | Score |`), a score column holds each row's score
        on the benchmark that row names."""
        header = table.header.cells
        columns = {i: self._column(spans, cell, tier) for i, cell in enumerate(header)}
        benchmark_at = next(
            (i for i, cell in enumerate(header) if i not in subject_columns and self._benchmark_header(cell)), None
        )
        scores = [i for i, cell in enumerate(header) if columns[i] is None and self._score_header(cell)]
        row_columns = [columns] * len(table.body)
        if benchmark_at is not None and scores:
            row_columns = [{**columns, **dict.fromkeys(scores, self._row_benchmark(spans, row, benchmark_at))}
                           for row in table.body]
        benchmarks = [next((c.benchmark for i, c in cols.items() if i in scores and c), None) for cols in row_columns]
        row_subjects = only_distinct(
            [self._row_subjects(spans, row, subject_columns) for row in table.body], benchmarks
        )
        for row, subjects, cols in zip(table.body, row_subjects, row_columns, strict=True):
            for i, cell in enumerate(row.cells):
                if cols.get(i) is not None:
                    yield from self._cell_claims(spans, row, cell, cols[i], subjects)

    def _row_benchmark(self, spans: DocSpans, row: Row, at: int) -> Column | None:
        """The benchmark a row's cell under `Benchmark` names, known or not."""
        return self._row_key(spans, row.cells[at], True, None) if at < len(row.cells) else None

    def _score_header(self, cell: Cell) -> bool:
        """A header saying its column holds scores, on no benchmark of its own: `Score`, `Published result`."""
        return bool(self.score_headers.intersection(WORD.findall(cell.text.lower())))

    def _by_column(self, spans: DocSpans, table: Table, prose: list[Claim], tier: str | None) -> Iterator[Claim]:
        """The key cell of each row (the first, or the one under a `Benchmark` header after a `Category`) says
        what the row holds; each column after it is about the model its header names, or, where the header names
        none, about the model the text names (see `TableSubjects.across`)."""
        header = table.header
        key = self._key_column(header)
        columns = self.subjects.across(spans, table, prose, key)
        if columns is None:
            return
        rows = table.body
        if columns.around and len(header.cells) == 2 and self._column(spans, header.cells[0]) is not None:
            rows = table.rows  # no header at all: the first row is a key and its value
        benchmark_keys = self._benchmark_header(header.cells[key]) if header.cells else False
        for row in rows:
            cells = _unspanned(row.cells, key)
            if len(cells) <= key or (column := self._row_key(spans, cells[key], benchmark_keys, tier)) is None:
                continue
            if columns.modes and column.benchmark is None:
                continue  # a mode's setup is a score's: a measure in a column of modes is not read
            for cell, cell_subjects in zip(cells[key + 1 :], columns.subjects, strict=False):
                yield from self._cell_claims(spans, row, cell, column, cell_subjects)

    def _row_key(self, spans: DocSpans, key: Cell, benchmark_keys: bool, tier: str | None) -> Column | None:
        """What a row holds, from its first cell: a column rule or a benchmark; in a benchmark table, the key
        itself where the rules know no benchmark by it. A key naming a model ("GPT-4o context") makes a row
        about a model of its own, not the column's."""
        if self.subjects.named(spans, key, "table_row"):
            return None
        column = self._column(spans, key, tier)
        if column is None and benchmark_keys:
            return self._unknown_benchmark(key)
        return column

    def _benchmark_header(self, cell: Cell) -> bool:
        words = WORD.findall(cell.text.lower())
        return len(words) == 1 and words[0] in self.benchmark_headers

    def _key_column(self, header: Row) -> int:
        """The column of row keys: the first, unless a later header says it holds the benchmarks (`| Category |
        Benchmark | Metric | gpt-oss-120b |`), the columns before it grouping rows."""
        return next((i for i, cell in enumerate(header.cells) if i and self._benchmark_header(cell)), 0)

    def _unknown_benchmark(self, key: Cell) -> Column | None:
        """`Puzzle Relay`, `Puzzle Relay (pass@1)`: a short name, and a setup in brackets apart; an average,
        a rank or a date is no benchmark."""
        setups = [b for b in BRACKETED.findall(key.text) if self.subjects.setup_in(b)]
        name = key.text
        for bracketed in setups:
            name = name.replace(bracketed, " ")
        name = plain(name).rstrip(":")
        setup = self.subjects.setup_in(" ".join(setups))
        words = WORD.findall(name.lower())
        if not words or len(name.split()) > UNKNOWN_BENCHMARK_WORDS or self.not_benchmarks.intersection(words):
            return None
        return Column(self.benchmark_rule, benchmark=name, setup=setup)

    # -- headers -------------------------------------------------------------

    def _column(self, spans: DocSpans, cell: Cell, tier: str | None = None) -> Column | None:
        """What a header cell says its column holds; `tier`: the pricing tier the table names above it."""
        header = cell.text.lower()
        benchmark = next((e for e in spans.entities_within_chars(cell.start, cell.end) if e.type == "benchmark"), None)
        if benchmark is not None:
            setup = self.subjects.setup_in(spans.text[benchmark.end_char : cell.end])
            return Column(self.benchmark_rule, benchmark=benchmark.name, setup=setup)
        words = WORD.findall(header)
        if self.other_things.intersection(words):
            return None  # "Active Experts", "Vocab Size": a count of something else
        rule = next((r for r in self.rules.columns if all(w.lower() in header for w in r.words)), None)
        if rule is None:
            return None
        scale_word = HEADER_SCALE.search(header)
        scale = self.scales.get(scale_word.group(1).rstrip("s")) if scale_word else None
        tier = self.tiers.named(cell.text, 0, len(cell.text)) or tier
        return Column(rule, scale=scale, money=bool(HEADER_MONEY.search(header)), tokens=self._sides(header), tier=tier)

    def _sides(self, header: str) -> tuple[str, ...]:
        """The tokens a header names: the first side it names ("Cached input"), or each of a list of sides
        joined by a slash or "and" ("Input/Output"); a cache outcome, whatever else it names ("Input (Miss)")."""
        outcome = next((w for w in WORD.findall(header) if w in self.cache_outcomes), None)
        if outcome is not None:
            return (self.cache_outcomes[outcome],)
        sides = [m for m in WORD.finditer(header) if m.group() in self.token_words]
        if not sides:
            return ()
        listed = [sides[0]]
        for side in sides[1:]:
            if not SIDE_JOINER.fullmatch(header, listed[-1].end(), side.start()):
                break
            listed.append(side)
        return tuple(dict.fromkeys(self.token_words[m.group()] for m in listed))

    def _subject_columns(self, header: Row) -> list[int]:
        """Columns naming the row's subject, the most specific header (Model before Company) first."""
        ranked = []
        for i, cell in enumerate(header.cells):
            words = cell.text.lower().split()
            if words and words[0] in self.subject_headers and len(words) <= 2:
                ranked.append((self.subject_headers.index(words[0]), i))
        return [i for _, i in sorted(ranked)]

    # -- rows ----------------------------------------------------------------

    def _row_subjects(self, spans: DocSpans, row: Row, subject_columns: list[int]) -> list[TableSubject]:
        for i in subject_columns:
            if i < len(row.cells):
                cell = row.cells[i]
                named = self.subjects.named(spans, cell, "table_row")
                if named:
                    return named
                if cell.text and cell.text.lower() not in self.empty_cells and any(c.isalpha() for c in cell.text):
                    return [TableSubject(cell.text, cell.text)]
        return []

    def _cell_claims(self, spans: DocSpans, row: Row, cell: Cell, column: Column, subjects) -> Iterator[Claim]:
        if not subjects or not cell.text or cell.text.lower() in self.empty_cells:
            return
        if self._names_another_model(spans, cell, subjects):
            return  # "44.9% (K2 Thinking)" under Kimi K2: the cell says whose score it is, not its column's
        if len(subjects) > 1 and self._names_a_model(spans, cell):
            # "GPT-4.1: 54.6%, o3: 69.1%" under "GPT-4.1 / o3": each part of the cell is the model it names
            for part in _parts_of(cell):
                named = self._named_in(spans, part, subjects)
                if named is not None:
                    yield from self._cell_claims(spans, row, part, column, [named])
            return
        starts = spans.figure_starts  # each figure's start, listed once per document
        figures = spans.figures[bisect.bisect_left(starts, cell.start) : bisect.bisect_left(starts, cell.end)]
        for stated in self._cell_figures(spans, cell, figures, column):
            yield from self._figure_claims(spans, row, column, stated, subjects)

    @staticmethod
    def _names_a_model(spans: DocSpans, cell: Cell) -> bool:
        return any(e.type == "model" for e in spans.entities_within_chars(cell.start, cell.end))

    @staticmethod
    def _named_in(spans: DocSpans, part: Cell, subjects) -> TableSubject | None:
        """The one subject a part of a cell names, if it names exactly one."""
        names = {e.name for e in spans.entities_within_chars(part.start, part.end) if e.type == "model"}
        named = [subject for subject in subjects if subject.name in names]
        return named[0] if len(named) == 1 else None

    @staticmethod
    def _names_another_model(spans: DocSpans, cell: Cell, subjects) -> bool:
        names = {subject.name for subject in subjects}
        return any(
            e.type == "model" and e.name not in names for e in spans.entities_within_chars(cell.start, cell.end)
        )

    def _cell_figures(self, spans: DocSpans, cell: Cell, figures: list[Figure], column: Column) -> list[Stated]:
        """The figures a cell states, with their scope, tokens and evidence: its first figure, spanning the
        cell; or, where the cell says which is which, each figure, spanning itself: a parameter cell's
        `1T (32B active)`, `675B total / 41B active`; one figure for each tokens the header lists, in its
        order (`$3 / $15` under `Input/Output`). Fewer figures than the header lists leave the tokens unsaid;
        scores split by slashes (`85.9 / 88.0 / 90.0`) are none."""
        if not figures:
            return []
        rule, sides = column.rule, column.tokens
        if rule.kind == "parameter_count" and len(figures) > 1:
            scopes = [spans.scope_after(f) for f in figures]
            if any(scopes[1:]):
                return [
                    Stated(f, scope or rule.scope, None, f.start, f.end)
                    for i, (f, scope) in enumerate(zip(figures, scopes, strict=True))
                    if scope or i == 0
                ]
        if rule.kind == "parameter_count" and _a_list_of_sizes(spans.text, figures):
            return []  # "8B, 70B, 405B" under "Sizes": the family's models', none of them the column's model's own
        if rule.kind == "benchmark" and len(figures) > 1 and "/" in spans.text[figures[0].end : figures[1].start]:
            return []  # "85.9 / 88.0 / 90.0": scores in settings the cell does not tell apart, none of them sure
        if rule.kind == "benchmark" and self._ranked(spans, cell, figures[0]):
            return []  # "#1 ranking" under "Score": a place on a board, no score, as in prose
        if not sides and rule.attribute == PRICE and self._price_pair(spans, figures):
            sides = self.price_pair_sides  # "$3.00 / $15.00" under "Price (per 1M)": input, then output, as in prose
        if len(sides) > 1:
            if len(figures) == len(sides):
                return [Stated(f, rule.scope, side, f.start, f.end) for f, side in zip(figures, sides, strict=True)]
            sides = ()
        return [Stated(figures[0], rule.scope, sides[0] if sides else None, cell.start, cell.end)]

    def _price_pair(self, spans: DocSpans, figures: list[Figure]) -> bool:
        """Does a cell hold two prices written with a slash and nothing else between (`$2.00 / $8.00`)?"""
        return self.price_pair_sides is not None and len(figures) == 2 and slash_pair_place(spans, figures[0]) == 0

    @staticmethod
    def _ranked(spans: DocSpans, cell: Cell, figure: Figure) -> bool:
        """A figure a rank's cue leads within its cell: `#1`, `No. 2`, `Rank 3`."""
        first_token = spans.tokens_of(cell.start, cell.end)[0]
        return spans.marker_before(figure.token_start, {"RANK"}, 0, first_token) is not None

    def _tier(self, spans: DocSpans, row: Row, column: Column, price_start: int) -> str | None:
        """A price's tier: its column's, after the host its row names (`Llama 4 Maverick (Together)`, a Provider
        cell `OpenRouter`), whose price it then is."""
        seller = self.tiers.seller_near(spans.text, row.start, row.end, price_start)
        return sold_by(seller, recorded(column.tier))

    def _figure_claims(self, spans: DocSpans, row: Row, column: Column, stated: Stated, subjects):
        figure = self._with_header_units(stated.figure, column)
        rule = column.rule
        if figure.unit_class not in rule.units:
            return
        attribute = self.rules.unit_refinements.get(rule.attribute, {}).get(figure.unit or "", rule.attribute)
        attribute = rule.by_tokens.get(stated.tokens or "", attribute)  # "Context (output)": an output limit
        unit = figure.unit or self._cell_unit(spans, figure) or rule.unit
        if figure.value < self.rules.min_values.get(unit or "", float("-inf")):
            return  # a row short of a cell shifts its figures left: a share under 'Train FLOPs' is no training run
        start, end = stated.start, stated.end
        for subject in subjects:
            setups = dict.fromkeys(filter(None, (subject.setup, column.setup)))
            yield number_claim(
                rule.kind,
                scope=stated.scope,
                benchmark=column.benchmark,
                setup=" ".join(setups) or None,
                attribute=attribute,
                tokens=stated.tokens if attribute in TOKEN_ATTRIBUTES else None,
                tier=self._tier(spans, row, column, start) if attribute == PRICE else None,
                source=spans.source(start, end),
                text=spans.evidence(start, end),
                sentence=spans.text[row.start : row.end].strip(),
                rule=rule.id,
                subject=subject.name,
                subject_text=subject.text,
                subject_source=subject.source,
                confidence=subject.confidence or self.confidence[subject.source],
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


def _parts_of(cell: Cell) -> list[Cell]:
    """A cell's parts between commas or semicolons and a space ("1M tokens (GPT-4.1), 200K (o3)"); never the
    comma inside a number ("1,000")."""
    parts, start = [], cell.start
    for separator in PART_SEPARATOR.finditer(cell.text):
        end = cell.start + separator.start()
        parts.append(Cell(start, end, cell.text[start - cell.start : separator.start()]))
        start = cell.start + separator.end()
    parts.append(Cell(start, cell.end, cell.text[start - cell.start :]))
    return parts


def _unspanned(cells: tuple[Cell, ...], key: int) -> tuple[Cell, ...]:
    """`| MMLU-Redux | 95.0 | ... | 92.8 | |` under `| Knowledge | MMLU-Pro | 87.4 | ...`: a row of a group whose
    label spanned it on the web page has its cells one column to the left and an empty one at the end, a score
    where its key should be. Put back in their columns."""
    if not key or len(cells) <= key or cells[-1].text.strip() or not SCORE_CELL.match(cells[key].text):
        return cells
    return (Cell(cells[0].start, cells[0].start, ""), *cells[:-1])


def _a_list_of_sizes(text: str, figures: list[Figure]) -> bool:
    """Does a cell list sizes (`8B, 70B, 405B`): counts of more than one value, the first joined to the next by a
    comma or `and`? A model has one count of each scope, so a list is its family's sizes (a cell whose counts a
    scope follows, `1T, 32B active`, is read before)."""
    if len({f.value for f in figures}) < 2:
        return False
    joint = LIST_JOINT.match(text, figures[0].end, figures[1].start)
    return joint is not None and text[joint.end() : joint.end() + 1].isdigit()  # "7B, 8x7B (MoE), 123B" too
