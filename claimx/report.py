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
from itertools import groupby
from typing import IO, Literal, get_args

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from .escaping import spreadsheet_cell, visible
from .readers import Reading
from .reading.values import shown, shown_date
from .records import ClaimBase, Event, Quote, Source, record_fields
from .views import cited

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
        _tables(records, Console(file=out))  # the terminal's width; 80 columns for a file or pipe


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


KIND_LABELS = {"parameter_count": "params", "benchmark": "score", "measure": "measure", "comparison": "compare"}


def _tables(records: Iterable[ClaimBase], console: Console) -> None:
    """One table per article, titled by its file, outlet and date: rows need only their line, which leaves
    the width to what a person reads (80 columns included)."""
    for _, claims in groupby(records, key=lambda record: record.source.path):
        claims = list(claims)
        console.print(_table(claims, cited(claims[0]).replace(f":{claims[0].source.line}", "", 1)))


def _table(records: list[ClaimBase], title: str) -> Table:
    """An article's records: who or what each is about, what it states, the value as written (`1.2T`,
    `$0.15`, an event's date), and the evidence, which takes what width is left."""
    table = Table(title=escape(visible(title)), title_justify="left", expand=True)
    table.add_column("line", justify="right", no_wrap=True)
    table.add_column("kind", no_wrap=True)
    for name, ratio in (("about", 2), ("what", 2), ("value", 2), ("evidence", 4)):
        table.add_column(name, overflow="fold", ratio=ratio)
    for record in records:
        kind = KIND_LABELS.get(record.kind, record.kind)
        cells = (str(record.source.line), kind, *_about_what_value(record), record.text)
        table.add_row(*(escape(visible(cell or "")) for cell in cells))
    return table


def _about_what_value(record: ClaimBase) -> tuple[str | None, str | None, str | None]:
    """Who or what a record is about, what it states, and its value: for a figure its subject, attribute and
    value as written; for an event its actor, action and date; for a quote its speaker and the attributing word."""
    if isinstance(record, Event):
        date = shown_date(record.date, record.date_end, record.precision) if record.date else record.relative
        return record.actor, record.action_text or record.action, date
    if isinstance(record, Quote):
        speaker = record.speaker or record.speaker_description or record.speaker_text or "unnamed"
        return speaker, record.cue, None
    what = next(
        (getattr(record, name) for name in ("scope", "benchmark", "attribute") if getattr(record, name, None)), None
    )
    detail = getattr(record, "setup", None) or getattr(record, "tokens", None)  # scores and prices differ by them
    if detail:
        what = f"{what} ({detail})"
    return record.subject, what and what.replace("_", " "), shown(record)


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
