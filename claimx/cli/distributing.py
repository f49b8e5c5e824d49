"""`--dask`: what `extract` and `conflicts` do on a Dask cluster, between their options and their output.

The work itself is `claimx.distributed`'s; here the paths are checked, the cluster is reached or started,
and what the workers report is said as a run on one machine says it. Dask is imported only when a run
asks for it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import typer

from ..crosscheck import CrossCheck
from ..crosscheck.partitions import ConflictFile
from . import runs
from .app import fail
from .runs import note, note_unknown_markers, start


@contextmanager
def cluster(scheduler: str, workers: int) -> Iterator[None]:
    """The Dask client of `scheduler` (for `local`, a cluster of `workers` processes) for the block; exits 2 in
    one line when Dask is missing or unreachable, or when a worker fails on an input (a bad record names its
    file and line)."""
    from .. import distributed

    try:
        with distributed.client(scheduler, workers):
            yield
    except distributed.DaskMissing as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"--dask {scheduler}: {exc}")
    except ValueError as exc:
        fail(str(exc))


def extract(
    paths: list[Path],
    scheduler: str,
    workers: int,
    folder: Path | None,
    rules: list[Path],
    max_file_mb: float,
    quiet: bool,
) -> int:
    """`claimx extract --dask`: the records written to `folder/part-*.jsonl`; the exit status."""
    from .. import distributed

    if folder is None:
        fail("--dask writes its records to a folder of part files: give --output FOLDER")
    if folder.exists() and not folder.is_dir():
        fail(f"{folder}: --output must be a folder with --dask")
    rule_set, source, summary = start(paths, rules, max_file_mb)
    with cluster(scheduler, workers):
        parts = distributed.extract(list(source.files), source.manifest, source.max_bytes, rule_set, folder)
    for part in parts:
        for said in part.notes:
            typer.echo(f"claimx: note: {said}", err=True)
        for problem in part.problems:
            note(problem, summary)
        summary.articles += part.articles
        summary.claims.update(part.claims)
    if not quiet and runs.stderr.is_terminal:
        runs.stderr.print(summary.table())
    return 1 if summary.failed else 0


@contextmanager
def conflicts(
    paths: list[Path], scheduler: str, workers: int, rules: list[Path], max_file_mb: float
) -> Iterator[tuple[ConflictFile, int, int]]:
    """`claimx conflicts --dask`: the conflicts among the records in `paths` (.jsonl files, folders of them),
    read back within the block, with how many claims and files they came from."""
    from .. import distributed

    records = record_files(paths)
    rule_set, source, _ = start([], rules, max_file_mb)
    cross_check = CrossCheck.of(rule_set)
    with cluster(scheduler, workers), distributed.conflicts(records, source.max_bytes, cross_check) as found:
        conflicts, gathered = found
        note_unknown_markers(sorted(gathered.unknown_markers))
        yield conflicts, gathered.claims, len(gathered.files)


def record_files(paths: list[Path]) -> list[Path]:
    """The .jsonl files named, and those in the folders named (as `extract --dask` writes them), in order."""
    files = []
    for path in paths:
        if path.is_dir():
            files += sorted(path.glob("*.jsonl"))
        elif path.suffix == ".jsonl":
            files.append(path)
        else:
            fail(f"{path}: --dask cross-checks records: give .jsonl files or folders of them (claimx extract --dask)")
    if not files:
        fail(f"no .jsonl records in {', '.join(map(str, paths))}")
    return files
