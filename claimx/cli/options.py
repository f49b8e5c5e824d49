"""The options several commands share, and the checks of their values: a bad one exits 2 before any work."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, get_args

import typer

from ..cache import CACHE_DIR
from ..check import (
    CheckError,
    kinds_chosen,
)
from ..crosscheck.confidence import LEVELS as CONFIDENCE_LEVELS
from ..output import Output, OutputError
from ..records import ConflictKind
from .app import fail

OutputOption = Annotated[
    Path | None, typer.Option("--output", "-o", metavar="FILE", help="Write here (atomically) instead of stdout.")
]


QuietOption = Annotated[bool, typer.Option("--quiet", "-q", metavar="", help="No progress bar and no summary.")]


MaxFileOption = Annotated[
    float,
    typer.Option(
        "--max-file-mb",
        metavar="MB",
        help="Refuse files larger than this many megabytes (read whole, they cost memory).",
    ),
]


NoCacheOption = Annotated[
    bool, typer.Option("--no-cache", metavar="", help=f"Re-extract every article instead of reusing {CACHE_DIR}/.")
]


def confidence(value: str) -> str:
    if value not in CONFIDENCE_LEVELS:
        raise typer.BadParameter(f"use one of: {', '.join(CONFIDENCE_LEVELS)}")
    return value


def confidence_option(help_text: str):
    return typer.Option("--min-confidence", metavar="|".join(CONFIDENCE_LEVELS), callback=confidence, help=help_text)


ShownConfidenceOption = Annotated[
    str, confidence_option("Show only conflicts this sure or surer (default: all, surest first).")
]


KIND_NAMES = ", ".join(get_args(ConflictKind))


SelectOption = Annotated[
    list[str] | None,
    typer.Option("--select", metavar="KIND", help=f"Report only this kind of conflict (repeatable): {KIND_NAMES}."),
]


IgnoreOption = Annotated[
    list[str] | None, typer.Option("--ignore", metavar="KIND", help="Leave out this kind of conflict (repeatable).")
]


STDIN = Path("-")


StdinNameOption = Annotated[
    Path | None,
    typer.Option(
        "--stdin-filename",
        metavar="FILE",
        help="The name of the article read from standard input (path `-`): its records' path; its suffix says "
        "how to read it, its folder's manifest.yaml gives its metadata.",
    ),
]


RulesOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--rules", metavar="FILE", help="An extra rule file (repeatable); a claimx.yaml in a corpus folder is read too."
    ),
]


DaskOption = Annotated[
    str | None,
    typer.Option(
        "--dask",
        metavar="SCHEDULER",
        help="Run on a Dask cluster: a scheduler's address (tcp://host:8786), or `local` for a cluster of "
        "--workers processes on this machine. Needs the extra: pip install 'claimx\\[dask]'.",
    ),
]


def cores() -> int:
    """The cores this process may run on (fewer than the machine's under a CPU affinity mask or a container)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on every platform
        return os.cpu_count() or 1


CORES = cores()


def at_least_one_worker(value: int) -> int:
    if value < 1:
        fail(f"--workers must be 1 or more (1 extracts in this process), not {value}")
    return value


WorkersOption = Annotated[
    int,
    typer.Option(
        "--workers",
        "-j",
        metavar="N",
        callback=at_least_one_worker,
        help="Extract on N processes, each building the pipeline once (default: this machine's cores; 1 for "
        "none); the output is the same whatever N.",
    ),
]


def check_format(fmt: str, formats: tuple[str, ...]) -> None:
    if fmt not in formats:
        fail(f"unknown format {fmt!r}; use one of: {', '.join(formats)}")


def require(paths: list[Path]) -> None:
    missing = [p for p in paths if not p.exists()]
    if missing:
        fail("; ".join(f"{p}: no such file or folder" for p in missing))


def output_to(path: Path | None) -> Output:
    try:
        return Output.of(path)
    except OutputError as exc:
        fail(str(exc))


def max_bytes(megabytes: float) -> int:
    if megabytes <= 0:
        fail(f"--max-file-mb must be more than 0, not {megabytes:g}")
    return int(megabytes * 2**20)


def kinds(select: list[str] | None, ignore: list[str] | None) -> Callable[[str], bool]:
    try:
        return kinds_chosen(select or [], ignore or [])
    except CheckError as exc:
        fail(str(exc))
