"""The `claimx` program: its options before any command, and how it ends on an error (one line, exit 2)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, NoReturn

import typer

from .. import __version__
from ..config import CONFIG_NAME, PYPROJECT

app = typer.Typer(
    help="Extract typed, sourced claims from news about AI models, and find where articles disagree.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    add_completion=True,
    rich_markup_mode="rich",
)


# set by the options before the command
settings: dict = {"debug": False, "config": None, "isolated": False, "verbose": False}


def _version(value: bool) -> None:
    if value:
        typer.echo(f"claimx {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(
        False, "--version", "-V", metavar="", callback=_version, is_eager=True, help="Print the version and exit."
    ),
    debug: bool = typer.Option(False, "--debug", metavar="", help="On an unexpected error, show its traceback."),
    config: Annotated[
        Path | None,
        typer.Option(
            "--config",
            metavar="FILE",
            help=f"The project's rule file ({CONFIG_NAME}, or a {PYPROJECT} with \\[tool.claimx]), instead of the "
            "one found in the working folder or above it.",
        ),
    ] = None,
    isolated: Annotated[
        bool,
        typer.Option("--isolated", metavar="", help="Read no rule file but the shipped ones and --rules: none found."),
    ] = False,
    verbose: Annotated[
        bool,
        typer.Option("--verbose", "-v", metavar="", help="Say on stderr how each article was read and what it gave."),
    ] = False,
) -> None:
    """claimx reads articles (.txt, .md, .html) and writes typed claim records (parameter counts, benchmark
    scores and other measures, dated events, quotes), each with the file, line and characters it came
    from; then it cross-checks them and reports where articles contradict each other."""
    settings.update(debug=debug, config=config, isolated=isolated, verbose=verbose)


def run() -> None:
    """The `claimx` program: an unexpected error ends in one line and exit 2, as every other error does
    (1 means "files unreadable" or "new conflicts", and a gate must not mistake a crash for either);
    `claimx --debug` shows its traceback."""
    try:
        app(prog_name="claimx")
    except Exception as exc:  # noqa: BLE001 -- the last resort, by design
        if settings["debug"]:
            raise
        message = str(exc).splitlines()[0] if str(exc) else ""
        problem = f"{type(exc).__name__}{': ' + message if message else ''}"
        typer.echo(f"claimx: error: {problem} (--debug shows where)", err=True)
        raise SystemExit(2) from None


def fail(message: str) -> NoReturn:
    typer.echo(f"claimx: error: {message}", err=True)
    raise typer.Exit(2)
