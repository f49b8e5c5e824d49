"""Markdown pipe tables as rows of cells, each cell with its place in the article."""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

TABLE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$", re.MULTILINE)
# a table written without its outer pipes ("Model | Params |", then "---|---|"): only its separator tells it
BORDERLESS_SEPARATOR = re.compile(r"^[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)+\|?[ \t]*$", re.MULTILINE)
LINE_WITH_PIPE = re.compile(r"^[^\n]*(?<!\\)\|[^\n]*$", re.MULTILINE)
SEPARATOR_CELL = re.compile(r"^\s*:?-{2,}:?\s*$")
# a table a web page wrote a cell per line: a row's first cell between two pipes on a line of its own, each next
# cell on the next line closed by its pipe ("| Model |", "Strength |", "Key Metric |", then "| Orca-3 |", ...)
CELL_PER_LINE_ROW = re.compile(
    r"^[ \t]*\|[^|\n]*[^|\s][ \t]*\|[ \t]*"  # | Orca-3 |
    r"(?:\n[^|\n]*[^|\s][ \t]*\|[ \t]*(?=\n|\Z))+",  # Coding |  ...  77% SWE-bench |
    re.MULTILINE,
)
PIPE = re.compile(r"(?<!\\)\|")
LINE = re.compile(r"[^\n]+")
CITATIONS_AFTER = re.compile(r"(?:\s*\[\d{1,3}\])+$")
MARKUP = re.compile(r"[*_`]+")  # Markdown emphasis: "**Extended thinking**"
LEAD_IN_HEADING = re.compile(r"#{1,6}\s")  # a Markdown heading right above a table introduces it
PROSE_CELL_WORDS = 12  # a cell this long holds sentences ("Gemini 1.5 Pro – Up to 1 million token context window, ...")


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
class Table:
    """A table's rows, its header first (the `|---|` separator left out), and a web page's caption row."""

    rows: tuple[Row, ...]
    caption: Cell | None = None

    @property
    def start(self) -> int:
        """Where the table begins: its caption, else its header."""
        return self.caption.start if self.caption is not None else self.rows[0].start

    @property
    def header(self) -> Row:
        return self.rows[0]

    @property
    def body(self) -> tuple[Row, ...]:
        return self.rows[1:]

    @property
    def holds_prose(self) -> bool:
        """Does a cell of its body hold sentences, which are read as prose, not as one value?"""
        return any(len(cell.text.split()) >= PROSE_CELL_WORDS for row in self.body for cell in row.cells)


def find_tables(text: str) -> list[Table]:
    """Runs of consecutive pipe-table lines of at least a header and one row, with or without outer pipes."""
    if "|" not in text:
        return []  # told by one scan: most articles have no pipe, and the patterns are tried at every line's start
    tables = _bordered_tables(text) + _borderless_tables(text) + _cell_per_line_tables(text)
    return sorted(tables, key=lambda table: table.start)


def _bordered_tables(text: str) -> list[Table]:
    runs: list[list[Row]] = []
    previous_end = -2
    for match in TABLE_ROW.finditer(text):
        line = _row(text, match.start(), match.end())
        if match.start() != previous_end + 1:
            runs.append([])
        previous_end = match.end()
        width = _separator_width(line) or (len(runs[-1][0].cells) if runs[-1] else 0)
        runs[-1] += [row for row in _unflattened(line, width) if not _separator(row)]
    return [table for table in map(_with_caption, runs) if len(table.rows) >= 2]


def _separator(row: Row) -> bool:
    return all(SEPARATOR_CELL.match(c.text) for c in row.cells)


def _separator_width(line: Row) -> int:
    """The width of a table flattened onto one line, header and separator included (`| a | b | |---|---| |
    ...`), from its separator; 0 for any other line."""
    cells = line.cells
    width = next((i - 1 for i, cell in enumerate(cells) if SEPARATOR_CELL.match(cell.text)), 0)
    if width < 2 or cells[width].text or not _separator(Row(line.start, line.end, cells[width + 1 : 2 * width + 1])):
        return 0
    return width


def _unflattened(line: Row, width: int) -> list[Row]:
    """The rows of `width` cells a line holds, where a page's table was flattened onto it, each row's closing
    and the next one's opening pipe making an empty cell between them (`| a | b | | c | d |`); else the line."""
    cells = line.cells
    joined = width >= 2 and len(cells) > width and (len(cells) + 1) % (width + 1) == 0
    if not joined or any(c.text for c in cells[width :: width + 1]):
        return [line]
    rows = [cells[i : i + width] for i in range(0, len(cells), width + 1)]
    return [Row(row[0].start, row[-1].end, tuple(row)) for row in rows]


def _borderless_tables(text: str) -> list[Table]:
    """Each table whose separator line starts with no pipe: the line with pipes before it is its header, the
    lines with pipes right after it its rows."""
    tables = []
    for separator in BORDERLESS_SEPARATOR.finditer(text):
        header_end = separator.start() - 1  # the line break before the separator
        if header_end < 0:
            continue
        header = LINE_WITH_PIPE.fullmatch(text, text.rfind("\n", 0, header_end) + 1, header_end)
        if header is None:
            continue
        rows = [_row(text, header.start(), header.end())]
        position = separator.end() + 1
        while (line := LINE_WITH_PIPE.match(text, position)) is not None:
            rows.append(_row(text, line.start(), line.end()))
            position = line.end() + 1
        if len(rows) >= 2:
            tables.append(Table(tuple(rows)))
    return tables


def _cell_per_line_tables(text: str) -> list[Table]:
    """Runs of rows written a cell per line, each row as wide as the first: read as prose, every line's figure
    went to the model the article is about, the model its row names left on a line of its own."""
    runs: list[list[Row]] = []
    previous_end = -2
    for match in CELL_PER_LINE_ROW.finditer(text):
        if match.start() != previous_end + 1:
            runs.append([])
        previous_end = match.end()
        lines = [_row(text, line.start(), line.end()) for line in LINE.finditer(text, match.start(), match.end())]
        runs[-1].append(Row(match.start(), match.end(), tuple(cell for line in lines for cell in line.cells)))
    return [Table(tuple(rows)) for rows in runs if len(rows) >= 2 and len({len(row.cells) for row in rows}) == 1]


def _with_caption(rows: list[Row]) -> Table:
    """A web page's table caption becomes a first row with one filled cell: the header is the row after it."""
    if len(rows) > 2 and _filled(rows[0]) == 1 and _filled(rows[1]) > 1:
        return Table(tuple(rows[1:]), caption=next(c for c in rows[0].cells if c.text))
    return Table(tuple(rows))


def _filled(row: Row) -> int:
    return sum(bool(c.text) for c in row.cells)


def plain(text: str) -> str:
    """A cell's words without Markdown emphasis, one space apart."""
    return " ".join(MARKUP.sub("", text).split())


def lead_in(text: str, table: Table) -> tuple[int, int] | None:
    """Where the line introducing a table lies, the blank lines before the table passed over: a heading or a
    line ending in a colon (`Discounted rates include:`); None where the line before is prose or there is none.
    What it says of the table's figures (their pricing tier) holds for every row."""
    end = len(text[: table.start].rstrip())
    start = text.rfind("\n", 0, end) + 1
    line = text[start:end].strip()
    if not line or not (line.endswith(":") or LEAD_IN_HEADING.match(line)):
        return None
    return start, end


def table_line_test(tables: list[Table]):
    """A fast test: does a character offset lie on a table row?"""
    rows = sorted((row.start, row.end) for table in tables for row in table.rows)
    starts = [start for start, _ in rows]

    def in_table(offset: int) -> bool:
        i = bisect.bisect_right(starts, offset) - 1
        return i >= 0 and offset <= rows[i][1]

    return in_table


def _row(text: str, start: int, end: int) -> Row:
    """A row's cells, between its pipes; a row without outer pipes begins and ends a cell at its line's ends."""
    pipes = [m.start() for m in PIPE.finditer(text, start, end)]
    line = text[start:end]
    if not line.lstrip().startswith("|"):
        pipes.insert(0, start - 1)
    if not line.rstrip().endswith("|"):
        pipes.append(end)
    cells = []
    for left, right in itertools.pairwise(pipes):
        raw = text[left + 1 : right]
        stripped = CITATIONS_AFTER.sub("", raw.strip())  # "$78M [2]": the marker is not the cell's figure
        offset = left + 1 + (len(raw) - len(raw.lstrip()))
        cells.append(Cell(offset, offset + len(stripped), stripped))
    return Row(start, end, tuple(cells))
