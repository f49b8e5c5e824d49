"""Commands that show what a corpus says, for a person to read: `sheet` (a fact sheet per model) and
`timeline` (its events in date order)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..corpus import MAX_FILE_MB
from ..reading.sheets import FactSheet, fact_sheets
from ..reading.timeline import timeline_of
from ..reading.views import SHEET_FORMATS, TIMELINE_FORMATS, write_sheets, write_timeline
from .app import app, fail
from .options import MaxFileOption, OutputOption, QuietOption, RulesOption, check_format, output_to, require
from .runs import claims_and_conflicts, rules_for

PathsArgument = Annotated[
    list[Path],
    typer.Argument(
        metavar="PATHS...", help="Article files or folders, or .jsonl files of records from `claimx extract`."
    ),
]
KNOWN_NAMED = 8  # models an unknown name's error suggests: enough to see the spelling, short enough for one line


@app.command()
def sheet(
    corpus: Annotated[
        Path,
        typer.Argument(
            metavar="CORPUS", help="An article folder or file, or a .jsonl file of records from `claimx extract`."
        ),
    ],
    models: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[MODEL]...",
            help="Only these models (names or aliases of the entity table, any case); default: all.",
        ),
    ] = None,
    output: OutputOption = None,
    fmt: Annotated[
        str, typer.Option("--format", "-f", metavar="FORMAT", help=f"One of: {', '.join(SHEET_FORMATS)}.")
    ] = "text",
    rules: RulesOption = None,
    max_file_mb: MaxFileOption = MAX_FILE_MB,
    quiet: QuietOption = False,
) -> None:
    """Show a fact sheet per model: for each attribute (parameters, context window, benchmark scores by setup,
    training cost, compute and tokens, prices by tokens, chips, release date) the figures the corpus states,
    how many articles state each, whether they agree, conflicts marked, and each figure's sources. CSV has one
    row per model and a column per attribute.

    Example: [bold]claimx sheet corpora/ GLM-5.2[/bold]   or   [bold]claimx sheet corpora/ -f csv -o sheets.csv[/bold]
    """
    check_format(fmt, SHEET_FORMATS)
    target = output_to(output)
    require([corpus])
    claims, conflicts, _ = claims_and_conflicts([corpus], rules or [], max_file_mb, quiet)
    named = _canonical(models or [], corpus, rules or [])
    sheets = _chosen(fact_sheets(claims, conflicts), named, corpus)
    with target.open() as out:
        write_sheets(sheets, fmt, out)
    raise typer.Exit(0)


def _canonical(models: list[str], corpus: Path, rules: list[Path]) -> list[str]:
    """Each model's canonical name where the entity table knows it by that name or an alias (`gpt 4o` ->
    `GPT-4o`), as written where it does not."""
    if not models:
        return []
    entities = rules_for([corpus] if corpus.suffix != ".jsonl" else [], rules).entities
    canonical = {alias.lower(): entity.name for entity in entities for alias in (entity.name, *entity.aliases)}
    return [canonical.get(name.lower(), name) for name in models]


def _chosen(sheets: list[FactSheet], models: list[str], corpus: Path) -> list[FactSheet]:
    """The sheets of `models` in the order named (all when none is); an unknown name exits 2 naming a few
    known ones."""
    by_name = {sheet.model.lower(): sheet for sheet in sheets}
    unknown = [name for name in models if name.lower() not in by_name]
    if unknown:
        known = ", ".join(sheet.model for sheet in sheets[:KNOWN_NAMED]) or "none"
        more = f" and {len(sheets) - KNOWN_NAMED} more" if len(sheets) > KNOWN_NAMED else ""
        fail(f"{corpus}: no figures about {', '.join(unknown)}; models it states figures of: {known}{more}")
    return [by_name[name.lower()] for name in models] if models else sheets


@app.command()
def timeline(
    paths: PathsArgument,
    output: OutputOption = None,
    fmt: Annotated[
        str, typer.Option("--format", "-f", metavar="FORMAT", help=f"One of: {', '.join(TIMELINE_FORMATS)}.")
    ] = "text",
    rules: RulesOption = None,
    max_file_mb: MaxFileOption = MAX_FILE_MB,
    quiet: QuietOption = False,
) -> None:
    """Show the events the articles date, in date order: who did what to what, how many articles date each,
    and the events whose dates disagree with each date side by side. SVG draws it: ranges and months as bars,
    disagreements in red.

    Example: [bold]claimx timeline corpora/[/bold]   or   [bold]claimx timeline corpora/ -f svg -o timeline.svg[/bold]
    """
    check_format(fmt, TIMELINE_FORMATS)
    target = output_to(output)
    require(paths)
    claims, conflicts, _ = claims_and_conflicts(paths, rules or [], max_file_mb, quiet)
    with target.open() as out:
        write_timeline(timeline_of(claims, conflicts), fmt, out)
    raise typer.Exit(0)
