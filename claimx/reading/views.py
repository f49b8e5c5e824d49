"""Fact sheets and timelines for people and machines: terminal (rich), Markdown, JSON, CSV (sheets) and SVG
(timelines).

Every view names each source by outlet and date beside its file and line (`claimx.views.cited`); the terminal
views fit the width they are given (80 columns included); article text is escaped for each medium.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from typing import IO, Literal, get_args

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..escaping import markdown_text, spreadsheet_cell, visible
from ..records import ClaimBase
from ..views import cited
from .sheets import ATTRIBUTE_ORDER, FactSheet, Figure, SheetRow
from .svg import entry_words, timeline_svg
from .timeline import Dating, Entry, Timeline

SheetFormat = Literal["text", "markdown", "json", "csv"]
TimelineFormat = Literal["text", "markdown", "json", "svg"]
SHEET_FORMATS = get_args(SheetFormat)
TIMELINE_FORMATS = get_args(TimelineFormat)
AGREEMENT_WORDS = {"single": "one figure", "agree": "agree", "spread": "spread", "conflict": "CONFLICT"}
CONFLICT_STYLE = "bold red"


def write_sheets(sheets: Sequence[FactSheet], fmt: SheetFormat, out: IO[str], width: int | None = None) -> None:
    views = {"text": _sheets_text, "markdown": _sheets_markdown, "json": _sheets_json, "csv": _sheets_csv}
    views[fmt](sheets, out, width)


def write_timeline(timeline: Timeline, fmt: TimelineFormat, out: IO[str], width: int | None = None) -> None:
    views = {"text": _timeline_text, "markdown": _timeline_markdown, "json": _timeline_json, "svg": _timeline_svg}
    views[fmt](timeline, out, width)


# -- shared -------------------------------------------------------------------------------------------------


def sources(claims: Iterable[ClaimBase]) -> list[str]:
    """Each article once, as cited at its first claim: `file:line (outlet, date)`."""
    first: dict[str, ClaimBase] = {}
    for claim in claims:
        first.setdefault(claim.source.path, claim)
    return [cited(claim) for claim in first.values()]


def _counted(count: int, noun: str) -> str:
    return f"{count} {noun if count == 1 else noun + 's'}"


def _articles(count: int) -> str:
    return _counted(count, "article")


def _console(out: IO[str], width: int | None) -> Console:
    return Console(file=out, width=width, highlight=False, soft_wrap=False)


def _evidence(claims: Iterable[ClaimBase]) -> list[dict]:
    return [{"cited": cited(c), "text": c.text, "sentence": c.sentence, "rule": c.rule} for c in claims]


# -- fact sheets ----------------------------------------------------------------------------------------------


def figure_line(figure: Figure) -> str:
    """`1.2T (2 articles)`, `$0.15 (1 article, conflict)`."""
    return f"{figure.shown} ({_articles(figure.articles)}{', conflict' if figure.conflicted else ''})"


def agreement_line(row: SheetRow) -> str:
    """`agree on 1M tokens`, `CONFLICT`, `spread`."""
    word = AGREEMENT_WORDS[row.agreement]
    return f"{word}: {row.consensus}" if row.consensus and row.agreement == "agree" else word


def _sheets_text(sheets: Sequence[FactSheet], out: IO[str], width: int | None) -> None:
    console = _console(out, width)
    for sheet in sheets:
        table = Table(title=f"[bold]{escape(visible(sheet.model))}[/]", show_lines=True, expand=True)
        table.add_column("Attribute", ratio=3, overflow="fold")
        table.add_column("Figures", ratio=3, overflow="fold")
        table.add_column("Agreement", ratio=2, overflow="fold")
        table.add_column("Sources", ratio=5, overflow="fold")
        for row in sheet.rows:
            style = CONFLICT_STYLE if row.agreement == "conflict" else None
            figures = "\n".join(_marked(figure) for figure in row.figures)
            cited_in = "\n".join(escape(visible(s)) for s in row_sources(row))
            table.add_row(escape(visible(row.label)), figures, agreement_line(row), cited_in, style=style)
        console.print(table)
    console.print(_sheets_summary(sheets))


def row_sources(row: SheetRow) -> list[str]:
    """Each figure's sources; where a row has several figures, each source says which it states."""
    if len(row.figures) == 1:
        return sources(row.figures[0].claims)
    return [f"{figure.shown}: {source}" for figure in row.figures for source in sources(figure.claims)]


def _marked(figure: Figure) -> str:
    line = escape(visible(figure_line(figure)))
    return f"[{CONFLICT_STYLE}]{line}[/]" if figure.conflicted else line


def _sheets_summary(sheets: Sequence[FactSheet]) -> str:
    rows = sum(len(sheet.rows) for sheet in sheets)
    conflicts = sum(row.agreement == "conflict" for sheet in sheets for row in sheet.rows)
    return f"{_counted(len(sheets), 'model')}, {_counted(rows, 'attribute')}, {conflicts} in conflict."


def _sheets_markdown(sheets: Sequence[FactSheet], out: IO[str], width: int | None) -> None:
    out.write("# Fact sheets\n")
    for sheet in sheets:
        out.write(f"\n## {_cell(sheet.model)}\n\n| Attribute | Figures | Agreement | Sources |\n|---|---|---|---|\n")
        for row in sheet.rows:
            figures = "<br>".join(_markdown_figure(figure) for figure in row.figures)
            cited_in = "<br>".join(_cell(s) for s in row_sources(row))
            out.write(f"| {_cell(row.label)} | {figures} | {_cell(agreement_line(row))} | {cited_in} |\n")
    out.write(f"\n{_sheets_summary(sheets)}\n")


def _markdown_figure(figure: Figure) -> str:
    line = _cell(figure_line(figure))
    return f"**{line}**" if figure.conflicted else line


def _cell(text: str) -> str:
    """Article text for a Markdown table cell: escaped, its pipes and line breaks kept inside the cell."""
    return markdown_text(text).replace("|", "\\|").replace("\n", " ")


def _sheets_json(sheets: Sequence[FactSheet], out: IO[str], width: int | None) -> None:
    data = [{"model": sheet.model, "rows": [_row_data(row) for row in sheet.rows]} for sheet in sheets]
    out.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def _row_data(row: SheetRow) -> dict:
    return {
        "attribute": row.attribute,
        "label": row.label,
        "agreement": row.agreement,
        "consensus": row.consensus,
        "articles": row.articles,
        "figures": [
            {
                "shown": f.shown,
                "low": f.low,
                "high": f.high,
                "articles": f.articles,
                "conflicted": f.conflicted,
                "claims": _evidence(f.claims),
            }
            for f in row.figures
        ],
    }


def _sheets_csv(sheets: Sequence[FactSheet], out: IO[str], width: int | None) -> None:
    """One row per model, a column per attribute a sheet has: what a data desk diffs against its tracker."""
    columns = _columns(sheets)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["model", *columns])
    for sheet in sheets:
        cells = {row.label: "; ".join(figure_line(f) for f in row.figures) for row in sheet.rows}
        writer.writerow([spreadsheet_cell(v) for v in [sheet.model, *(cells.get(c, "") for c in columns)]])


def _columns(sheets: Sequence[FactSheet]) -> list[str]:
    order = {row.label: (ATTRIBUTE_ORDER.index(row.attribute), row.label) for s in sheets for row in s.rows}
    return sorted(order, key=order.__getitem__)


# -- timeline ------------------------------------------------------------------------------------------------


def dating_line(dating: Dating) -> str:
    """`2026-06-13 – 2026-06-16 (2 articles)`."""
    return f"{dating.shown} ({_articles(dating.articles)})"


def _timeline_text(timeline: Timeline, out: IO[str], width: int | None) -> None:
    console = _console(out, width)
    table = Table(title="[bold]Timeline[/]", show_lines=True, expand=True)
    table.add_column("Date", ratio=3, overflow="fold")
    table.add_column("Event", ratio=4, overflow="fold")
    table.add_column("Sources", ratio=5, overflow="fold")
    for entry in timeline.entries:
        dates = "\n".join(escape(dating_line(d)) for d in entry.datings)
        if entry.disagrees:
            dates = f"[{CONFLICT_STYLE}]dates disagree:\n{dates}[/]"
        cited_in = "\n".join(escape(visible(s)) for s in sources(_claims(entry)))
        table.add_row(dates, escape(visible(entry_words(entry))), cited_in)
    console.print(table)
    console.print(_timeline_summary(timeline))


def _claims(entry: Entry) -> list[ClaimBase]:
    return [claim for dating in entry.datings for claim in dating.claims]


def _timeline_summary(timeline: Timeline) -> str:
    disagreeing = sum(entry.disagrees for entry in timeline.entries)
    return f"{_counted(len(timeline.entries), 'event')}, {disagreeing} dated differently by different articles."


def _timeline_markdown(timeline: Timeline, out: IO[str], width: int | None) -> None:
    out.write("# Timeline\n\n| Date | Event | Sources |\n|---|---|---|\n")
    for entry in timeline.entries:
        dates = "<br>".join(_cell(dating_line(d)) for d in entry.datings)
        if entry.disagrees:
            dates = f"**dates disagree:**<br>{dates}"
        cited_in = "<br>".join(_cell(s) for s in sources(_claims(entry)))
        out.write(f"| {dates} | {_cell(entry_words(entry))} | {cited_in} |\n")
    out.write(f"\n{_timeline_summary(timeline)}\n")


def _timeline_json(timeline: Timeline, out: IO[str], width: int | None) -> None:
    data = [
        {
            "actor": e.actor,
            "action": e.action,
            "objects": list(e.objects),
            "event": e.event,
            "disagrees": e.disagrees,
            "articles": e.articles,
            "datings": [
                {
                    "start": d.start,
                    "end": d.end,
                    "precision": d.precision,
                    "shown": d.shown,
                    "articles": d.articles,
                    "conflicted": d.conflicted,
                    "claims": _evidence(d.claims),
                }
                for d in e.datings
            ],
        }
        for e in timeline.entries
    ]
    out.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def _timeline_svg(timeline: Timeline, out: IO[str], width: int | None) -> None:
    out.write(timeline_svg(timeline))
