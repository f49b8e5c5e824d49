"""The command that writes one HTML report for a person: `claimx report`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..corpus import MAX_FILE_MB
from ..crosscheck.confidence import at_least
from .app import app
from .options import (
    CORES,
    MaxFileOption,
    NoCacheOption,
    QuietOption,
    RulesOption,
    ShownConfidenceOption,
    WorkersOption,
    output_to,
    require,
)
from .runs import claims_and_conflicts

DEFAULT_REPORT = Path("report.html")


@app.command()
def report(
    paths: Annotated[
        list[Path],
        typer.Argument(
            metavar="PATHS...", help="Article files or folders, or .jsonl files of records from `claimx extract`."
        ),
    ],
    output: Annotated[
        Path,
        typer.Option(
            "--output", "-o", metavar="FILE", help=f"The page to write (atomically); default: ./{DEFAULT_REPORT}."
        ),
    ] = DEFAULT_REPORT,
    rules: RulesOption = None,
    no_cache: NoCacheOption = False,
    max_file_mb: MaxFileOption = MAX_FILE_MB,
    quiet: QuietOption = False,
    min_confidence: ShownConfidenceOption = "low",
    workers: WorkersOption = CORES,
) -> None:
    """Write one HTML page to read a corpus by: an overview, the conflicts most severe first with filters
    (severity, kind, model, confidence), the models' fact sheets, a timeline, and every claim's evidence.
    The page is self-contained: it opens offline and on a phone. Exits 0 whatever it finds.

    Example: [bold]claimx report corpora/ -o report.html[/bold]
    """
    from ..pages import write_report  # Jinja2 is loaded by the commands that write a page, not by every start

    target = output_to(output)
    require(paths)
    claims, conflicts, _ = claims_and_conflicts(paths, rules or [], max_file_mb, quiet, no_cache, workers)
    shown = [c for c in conflicts if at_least(c.confidence, min_confidence)]
    with target.open() as out:
        write_report(claims, shown, out)
    raise typer.Exit(0)
