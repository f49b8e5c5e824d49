"""Writing records out: JSON Lines, JSON, CSV or a table for people; a record's evidence; the run summary.

Writers stream: JSON Lines and CSV write each article's records as they come,
so a long run neither waits nor holds the corpus in memory. Output is
deterministic: records come sorted by file and offset, fields in model order.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import IO, Literal, get_args

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from .escaping import spreadsheet_cell, visible
from .readers import Reading
from .records import ClaimBase, Source, record_fields

RecordFormat = Literal["jsonl", "json", "csv", "table"]
RECORD_FORMATS = get_args(RecordFormat)


def csv_columns() -> list[str]:
    """Every field of every claim kind, in model order, `source` flattened: one header for all kinds."""
    columns = ["kind"]
    for name in record_fields():
        names = [f"source.{n}" for n in Source.model_fields] if name == "source" else [name]
        columns.extend(n for n in names if n not in columns)
    return columns


def write_records(records: Iterable[ClaimBase], fmt: RecordFormat, out: IO[str]) -> None:
    if fmt == "jsonl":
        fields = record_fields()
        for record in records:
            data = record.model_dump(mode="json")
            out.write(json.dumps({k: data.get(k) for k in fields}, ensure_ascii=False, separators=(",", ":")) + "\n")
    elif fmt == "json":
        out.write("[")
        for i, record in enumerate(records):
            out.write(("," if i else "") + "\n  " + record.model_dump_json())
        out.write("\n]\n")
    elif fmt == "csv":
        columns = csv_columns()
        writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        for record in records:
            writer.writerow(_flat(record))
    else:
        Console(file=out, width=160).print(_table(records))


def _flat(record: ClaimBase) -> dict:
    data = record.model_dump(mode="json")
    source = data.pop("source")
    data.update({f"source.{k}": v for k, v in source.items()})
    return {k: spreadsheet_cell(_cell(v)) for k, v in data.items()}


def _cell(value: object) -> object:
    """A value as spreadsheets and database loaders read it: `true`/`false`, a list of names `a; b`."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "; ".join(value)
    return json.dumps(value) if isinstance(value, (list, dict)) else value


def _table(records: Iterable[ClaimBase]) -> Table:
    table = Table(title="Claims", show_lines=False)
    for column in ("where", "kind", "subject", "what", "value", "evidence"):
        table.add_column(column, overflow="fold")
    for record in records:
        data = record.model_dump()
        what = data.get("scope") or data.get("benchmark") or data.get("attribute") or ""
        value = "" if data.get("value") is None else f"{data['value']:g} {data.get('unit') or ''}".strip()
        cells = (f"{record.source.path}:{record.source.line}", record.kind, data.get("subject") or "", what, value)
        table.add_row(*(escape(visible(cell)) for cell in (*cells, record.text)))
    return table


def write_evidence(path: str, reading: Reading, digest: str, start: int, end: int, out: IO[str]) -> None:
    """Characters `start` to `end` of a file as claimx read it: where they are, how the file was read,
    and the lines that hold them, the evidence highlighted; so a person can check any record."""
    text = reading.text
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    last = len(text) if last < 0 else last
    line = text.count("\n", 0, start) + 1
    console = Console(file=out, width=120, highlight=False, soft_wrap=True)
    console.print(f"[green]{escape(path)}:{line}:{start - first + 1}[/]  characters {start}-{end}")
    console.print(f"read as {reading.reader}, {reading.encoding}; text sha256 {digest}", style="dim")
    console.print(f"evidence: {json.dumps(text[start:end], ensure_ascii=False)}")
    lines = Text(text[first:last])
    lines.stylize("bold reverse", start - first, end - first)
    for number, content in enumerate(lines.split("\n", allow_blank=True), start=line):
        console.print(Text(f"{number:>6} | ", style="dim") + content)


@dataclass
class Summary:
    """What a run did, for the table at its end."""

    files: int = 0
    size: int = 0  # bytes of the files to read: what a progress bar counts
    articles: int = 0
    claims: Counter = field(default_factory=Counter)
    skipped: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    others: int = 0  # files in the folders that are no articles (images, data)

    def table(self) -> Table:
        table = Table(title="claimx extract", show_header=False)
        table.add_column("what")
        table.add_column("count", justify="right")
        table.add_row("files", str(self.files))
        table.add_row("articles read", str(self.articles))
        for kind, count in sorted(self.claims.items()):
            table.add_row(f"  {kind}", str(count))
        table.add_row("claims", str(sum(self.claims.values())))
        table.add_row("files skipped", str(len(self.skipped)))
        table.add_row("other files (not articles)", str(self.others))
        table.add_row("files failed", str(len(self.failed)))
        return table
