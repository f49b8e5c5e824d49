"""What a run does between its options and its output: finds the rules and the articles, extracts them
with a progress bar, and says on stderr what it skipped, failed or noted."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import replace
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn

from ..cache import CACHE_DIR, ClaimCache, claims_to_check, code_version
from ..check import (
    CheckError,
    RecordMarkers,
    unused_markers,
)
from ..config import RuleSources, Source
from ..corpus import (
    WHAT_IS_READ,
    Article,
    Articles,
    Extraction,
    InputProblem,
    Recalled,
    load_manifests,
    manifest_beside,
    read_corpus,
)
from ..crosscheck import CrossCheck
from ..memo import FileMemo
from ..records import ClaimBase, Conflict, read_claims
from ..report import Summary
from ..ruleset import RuleSet, load_rules
from ..workers import WorkerCrashed, Workers
from ..yamlfile import ConfigError
from .app import fail, settings
from .options import STDIN, max_bytes, require

PROGRESS_AFTER = 10  # files: shorter runs finish before a bar would be read


PROGRESS_AFTER_BYTES = 2**20  # or one file this long: a megabyte takes seconds


stderr = Console(stderr=True)


def start(
    paths: list[Path], extra_rules: list[Path], max_file_mb: float, stdin_name: Path | None = None
) -> tuple[RuleSet, Articles, Summary]:
    """The rules, the articles under `paths` (read as they are consumed), and a summary with the files
    counted and those that are no articles noted; `-` among the paths is one article read from standard input,
    named `stdin_name`. Exits 2 on a missing path or a malformed config."""
    files = [p for p in paths if p != STDIN]
    require(files)
    rule_set = rules_for(files, extra_rules)
    found, manifest = corpus_of(files)
    summary = Summary(files=len(found.files) + len(found.problems), size=_size(found.files), others=found.others)
    for problem in found.problems:
        note(problem, summary)
    articles = Articles(found.files, manifest, max_bytes(max_file_mb))
    if STDIN in paths:
        name = stdin_name or STDIN
        articles = replace(articles, manifest={**manifest, **manifests(manifest_beside(name))})
        articles = articles.from_stdin(name, sys.stdin.buffer.read())
        summary.files += 1
    elif files and not found.files:
        no_articles(files)
    return rule_set, articles, summary


def claims_and_conflicts(
    paths: list[Path],
    extra_rules: list[Path],
    max_file_mb: float,
    quiet: bool,
    no_cache: bool = False,
    workers: int = 1,
) -> tuple[list[ClaimBase], list[Conflict], Summary]:
    """Every claim of `paths` and their conflicts: what `sheet`, `timeline` and `report` read. Articles go
    through the claim cache (an unchanged corpus is not extracted again), `.jsonl` records are read as written;
    claims on a line marked `claimx: ignore` are left out of both."""
    rule_set, source, summary = start([p for p in paths if p.suffix != ".jsonl"], extra_rules, max_file_mb)
    cross_check = CrossCheck.of(rule_set)
    markers = RecordMarkers(source.reread)
    claims = [c for c in records_in([p for p in paths if p.suffix == ".jsonl"]) if not markers.ignored(c)]
    note_unknown_markers(markers.unknown())
    if summary.files:
        with extraction(rule_set, workers) as pipeline:
            claims += gather(source, None, rule_set, pipeline, cross_check, no_cache, summary, quiet).claims
    return claims, cross_check.conflicts(claims), summary


def _size(files: list[Path]) -> int:
    """The bytes of the files, as far as they can be told: a progress bar's total, never a reason to stop."""
    total = 0
    for path in files:
        with suppress(OSError):
            total += path.stat().st_size
    return total


def no_articles(paths: list[Path]) -> None:
    """Say so when nothing was read: an exit 0 with no output and no word looks like success."""
    named = ", ".join(dict.fromkeys(map(str, paths)))
    typer.echo(f"claimx: note: no article found in {named}: {WHAT_IS_READ}", err=True)


@contextmanager
def extraction(rules: RuleSet, workers: int) -> Iterator[Workers]:
    """Extraction on `workers` processes for the length of a run; a worker that dies ends the run in one line."""
    with Workers(rules, workers) as pipeline:
        try:
            yield pipeline
        except WorkerCrashed as exc:
            fail(f"{exc}; run again, or with fewer --workers")


def gather(
    source: Articles,
    checked,
    rules: RuleSet,
    pipeline: Workers,
    cross_check: CrossCheck,
    no_cache: bool,
    summary: Summary,
    quiet: bool,
):
    """The claims `check` and `baseline` need, through the claim cache (in memory with --no-cache); the cache
    misses are extracted by `pipeline`."""
    warn = lambda message: typer.echo(f"claimx: warning: {message}", err=True)  # noqa: E731
    cache = ClaimCache(None if no_cache else CACHE_DIR, rules.version, cross_check.keys, warn)
    with progress(not quiet and stderr.is_terminal, None) as advance:
        extract = lambda batch: noting_unused_markers(  # noqa: E731
            succeeded(pipeline.extract(batch, on_part=advance), summary)
        )
        try:
            return claims_to_check(readable(source, summary), checked, cache, extract, source.reread)
        except sqlite3.Error as exc:
            fail(f"the claim cache in {CACHE_DIR} failed ({exc}); delete it, or run with --no-cache")


@contextmanager
def progress(show: bool, total: int | None) -> Iterator[Callable[[int], None]]:
    """A progress bar on stderr while articles are extracted, counting characters: a long file moves it too."""
    columns = (TextColumn("[progress.description]{task.description}"), BarColumn(), TaskProgressColumn())
    with Progress(*columns, TimeRemainingColumn(), console=stderr, transient=True, disable=not show) as bar:
        task = bar.add_task("extracting", total=total or None)
        yield lambda characters: bar.advance(task, characters)


def long_run(summary: Summary) -> bool:
    """Whether a run lasts long enough for a progress bar to be read: many files, or a long one."""
    return summary.files > PROGRESS_AFTER or summary.size > PROGRESS_AFTER_BYTES


def readable(stream: Iterable[Article | Recalled | InputProblem], summary: Summary) -> Iterator[Article | Recalled]:
    """The articles of `stream`, each file that gave none noted, and what a reader noted said."""
    for item in stream:
        if isinstance(item, InputProblem):
            note(item, summary)
            continue
        for said in item.notes:
            typer.echo(f"claimx: note: {item.path}: {said}", err=True)
        yield item


def noting_unused_markers(results: Iterable[Extraction]) -> Iterator[Extraction]:
    """The extractions, a note said for each `claimx: ignore` or `claimx: off` of theirs that leaves out nothing."""
    for result in results:
        for line, word in unused_markers(result.claims, result.article.text):
            typer.echo(f"claimx: note: {result.article.path}:{line}: claimx: {word} leaves out no claim", err=True)
        yield result


def succeeded(results: Iterable[Extraction], summary: Summary) -> Iterator[Extraction]:
    """The extractions that succeeded, counted; each failure noted."""
    for result in results:
        if result.error:
            note(InputProblem(result.article.path, result.error), summary)
            continue
        summary.articles += 1
        summary.claims.update(c.kind for c in result.claims)
        if settings["verbose"]:
            article = result.article
            read = f"{article.reader}, {article.encoding}, {len(article.text):,} characters"
            typer.echo(f"claimx: read: {article.path} ({read}): {len(result.claims)} claims", err=True)
        yield result


def records_in(paths: list[Path]) -> Iterator[ClaimBase]:
    """Claim records from .jsonl files written by `claimx extract`, one at a time."""
    for path in paths:
        try:
            with path.open(encoding="utf-8") as lines:
                yield from read_claims(lines, str(path))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            fail(str(exc))


NOTES_NAMED = 5  # of one kind: past a few, the rest are counted, not listed


def note_unknown_markers(paths: list[str]) -> None:
    message = "changed or gone since its records were written: its claimx: ignore markers are not applied"
    for path in paths[:NOTES_NAMED]:
        typer.echo(f"claimx: note: {path}: {message}", err=True)
    if len(paths) > NOTES_NAMED:
        typer.echo(f"claimx: note: and {len(paths) - NOTES_NAMED} more articles like these", err=True)


def file_memo(no_cache: bool) -> FileMemo:
    """What files read as in earlier runs of this claimx, beside the claim cache (nothing kept with --no-cache)."""
    return FileMemo(None if no_cache else CACHE_DIR, code_version(""))


def corpus_of(paths: list[Path]):
    try:
        return read_corpus(paths)
    except ConfigError as exc:
        fail(str(exc))


def manifests(manifest_paths: list[Path], memo: FileMemo | None = None):
    try:
        return load_manifests(manifest_paths, memo)
    except ConfigError as exc:
        fail(str(exc))


def rules_for(paths: list[Path], extra: list[Path]) -> RuleSet:
    return load(sources(lambda found: found.run(paths, extra)))


def check_rules(folders: list[Path], extra: list[Path], trust: bool, changed: str | None) -> RuleSet:
    if trust:
        return rules_for(folders, extra)
    say = lambda message: typer.echo(f"claimx: note: {message}", err=True)  # noqa: E731
    return load(sources(lambda found: found.check(folders, extra, changed, say)))


def sources(chosen: Callable[[RuleSources], list[Source]]) -> list[Source]:
    """The rule files `chosen` picks among those the global options allow; one that cannot be read (or a git ref)
    exits 2 naming it."""
    if settings["config"] is not None:
        require([settings["config"]])
    try:
        return chosen(RuleSources(settings["config"], settings["isolated"], Path.cwd()))
    except (ConfigError, CheckError) as exc:
        fail(str(exc))


def load(sources: list[Source]) -> RuleSet:
    try:
        return load_rules(extra_texts=[(s.name, s.text) for s in sources])
    except ConfigError as exc:
        fail(str(exc))


def note(problem: InputProblem, summary: Summary) -> None:
    (summary.skipped if problem.skipped else summary.failed).append(problem.path)
    typer.echo(f"claimx: {'skipped' if problem.skipped else 'error'}: {problem}", err=True)
