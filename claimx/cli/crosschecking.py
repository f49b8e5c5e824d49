"""Commands that cross-check records: `conflicts` reports them, `check` gates a build on them, `baseline`
accepts today's."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..check import (
    BASELINE_NAME,
    Baseline,
    CheckError,
    RecordMarkers,
    changed_articles,
    judge,
    without_ignored,
)
from ..config import CONFIG_NAME
from ..corpus import (
    MAX_FILE_MB,
    Articles,
    Discovered,
    absolute,
    article_kind,
    discover,
)
from ..crosscheck import CrossCheck
from ..crosscheck.confidence import LEVELS as CONFIDENCE_LEVELS
from ..crosscheck.partitions import Partitions
from ..report import Summary
from ..views import CHECK_FORMATS, CONFLICT_FORMATS, Checked, write_conflicts
from ..yamlfile import ConfigError
from . import distributing, runs
from .app import app, fail
from .options import (
    CORES,
    STDIN,
    DaskOption,
    IgnoreOption,
    MaxFileOption,
    NoCacheOption,
    OutputOption,
    QuietOption,
    RulesOption,
    SelectOption,
    ShownConfidenceOption,
    StdinNameOption,
    WorkersOption,
    check_format,
    confidence,
    confidence_option,
    kinds,
    max_bytes,
    output_to,
    require,
)
from .runs import (
    check_rules,
    extraction,
    file_memo,
    gather,
    long_run,
    manifests,
    no_articles,
    note,
    note_unknown_markers,
    noting_unused_markers,
    progress,
    readable,
    start,
    succeeded,
)


@app.command()
def conflicts(
    paths: Annotated[
        list[Path],
        typer.Argument(
            metavar="PATHS...", help="Article files or folders, or .jsonl files of records from `claimx extract`."
        ),
    ],
    output: OutputOption = None,
    fmt: Annotated[
        str, typer.Option("--format", "-f", metavar="FORMAT", help=f"One of: {', '.join(CONFLICT_FORMATS)}.")
    ] = "text",
    rules: RulesOption = None,
    max_file_mb: MaxFileOption = MAX_FILE_MB,
    quiet: QuietOption = False,
    min_confidence: ShownConfidenceOption = "low",
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    stdin_filename: StdinNameOption = None,
    dask: DaskOption = None,
    workers: WorkersOption = CORES,
) -> None:
    """Cross-check the claims and report where articles contradict each other, grouped by how sure claimx is
    (a conflict is as sure as the attribution of its weaker side). Exits 0 whatever it finds.

    Claims on a line marked [bold]claimx: ignore[/bold] are left out. With --dask, PATHS are records (.jsonl
    files or folders of them, as [bold]claimx extract --dask[/bold] writes), cross-checked on a Dask cluster.

    Example: [bold]claimx conflicts corpora/[/bold]   or   [bold]claimx conflicts claims.jsonl --format json[/bold]
    or [bold]claimx conflicts records/ --dask local[/bold]
    """
    check_format(fmt, CONFLICT_FORMATS)
    chosen = kinds(select, ignore)
    target = output_to(output)
    require([p for p in paths if p != STDIN])
    if dask is not None:
        with distributing.conflicts(paths, dask, workers, rules or [], max_file_mb) as (found, claims, files):
            with target.open() as out:
                write_conflicts(Checked(found.at_least(min_confidence).of_kinds(chosen), claims, files), fmt, out)
        raise typer.Exit(0)
    articles = [p for p in paths if p.suffix != ".jsonl"]
    rule_set, source, summary = start(articles, rules or [], max_file_mb, stdin_filename)
    with Partitions(CrossCheck.of(rule_set), workers) as claims:
        try:  # records are parsed and keyed by the --workers processes, each its part of the files
            records = claims.read([p for p in paths if p.suffix == ".jsonl"], RecordMarkers(source.reread))
        except (OSError, ValueError) as exc:
            fail(str(exc))
        note_unknown_markers(records.unknown)
        show = not quiet and runs.stderr.is_terminal and long_run(summary)
        with progress(show, summary.size) as advance, extraction(rule_set, workers) as pipeline:
            stream = readable(source, summary)
            extracted = pipeline.extract(stream, on_part=advance) if summary.files else ()
            for result in noting_unused_markers(succeeded(extracted, summary)):  # records alone need no pipeline
                for claim in without_ignored(result.claims, result.article.text):
                    claims.add(claim)
        found = claims.conflicts().at_least(min_confidence).of_kinds(chosen)
        files = len(records.paths) if summary.articles == 0 else summary.articles
        with target.open() as out:
            write_conflicts(Checked(found, len(claims), files), fmt, out)
    raise typer.Exit(0)


@app.command()
def check(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(metavar="[PATHS]...", help="Articles (or folders of them) to check; optional with --changed."),
    ] = None,
    corpus: Annotated[
        Path, typer.Option("--corpus", metavar="FOLDER", help="The folder of articles to check against.")
    ] = ...,
    changed: Annotated[
        str | None,
        typer.Option(
            "--changed",
            metavar="REF",
            help="Also check the articles under --corpus that git says changed since REF forked from HEAD "
            "(commits since, uncommitted edits, new files), e.g. origin/main.",
        ),
    ] = None,
    baseline: Annotated[
        Path | None,
        typer.Option(
            "--baseline",
            metavar="FILE",
            help=f"Accepted conflicts (`claimx baseline`); default: ./{BASELINE_NAME} if present.",
        ),
    ] = None,
    output: OutputOption = None,
    fmt: Annotated[
        str, typer.Option("--format", "-f", metavar="FORMAT", help=f"One of: {', '.join(CHECK_FORMATS)}.")
    ] = "text",
    rules: RulesOption = None,
    no_cache: NoCacheOption = False,
    max_file_mb: MaxFileOption = MAX_FILE_MB,
    quiet: QuietOption = False,
    min_confidence: Annotated[
        str,
        confidence_option(
            "Fail only on conflicts this sure or surer; the others are listed to review and leave the status alone."
        ),
    ] = "high",
    fail_on: Annotated[
        str,
        typer.Option(
            "--fail-on",
            metavar="|".join(CONFIDENCE_LEVELS),
            callback=confidence,
            help="Fail only on conflicts this severe or more; the others are listed to review.",
        ),
    ] = "low",
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    trust_corpus_rules: Annotated[
        bool,
        typer.Option(
            "--trust-corpus-rules",
            metavar="",
            help=f"Read the corpus's {CONFIG_NAME} as it is now. Without it, check reads it as of where --changed's "
            "REF forked (a pull request cannot change the rules it is checked by), or not at all.",
        ),
    ] = False,
    workers: WorkersOption = CORES,
) -> None:
    """Fail when a new or changed article contradicts the corpus: the CI gate.

    Reports only conflicts that involve a checked article and that the baseline does not accept;
    claims on a line marked [bold]claimx: ignore[/bold] (in Markdown [bold]<!-- claimx: ignore -->[/bold])
    are left out. Only conflicts at or above --min-confidence fail the check (two hedged figures never
    do); the rest are listed to review. Exit status: [bold]0[/bold] no new conflict that fails it,
    [bold]1[/bold] new conflicts, [bold]2[/bold] usage or input error (a missing path, an unreadable
    article, config or baseline).

    Example: [bold]claimx check corpora/new.md --corpus corpora/[/bold]
    or [bold]claimx check --changed origin/main --corpus corpora/ --format github[/bold]
    """
    check_format(fmt, CHECK_FORMATS)
    chosen = kinds(select, ignore)
    target = output_to(output)
    paths = paths or []
    if STDIN in paths:
        fail("check reads its articles from files (they must match the corpus's): name the file, not -")
    require([*paths, corpus])
    if not corpus.is_dir():
        fail(f"{corpus}: --corpus must be a folder")
    rule_set = check_rules([corpus, *paths], rules or [], trust_corpus_rules, changed)
    accepted = baseline_of(baseline)
    targets = _targets(paths, changed, corpus)
    given = discover(targets)
    memo = file_memo(no_cache)  # a warm check parses no unchanged manifest and reads no unchanged article again
    limit = max_bytes(max_file_mb)
    with extraction(rule_set, workers) as pipeline:
        if not all(memo.get(_as_walked(path, corpus), article_kind(limit)) for path in given.files):
            pipeline.warm()  # an article new or edited since the last run, the usual case: not in the cache
        corpus_files, outside, checked_files, found = _checked_corpus(corpus, given)
        checked = {str(p) for p in checked_files}
        summary = Summary(files=len(corpus_files) + len(outside), others=found.others)
        for problem in found.problems:
            note(problem, summary)
        if not corpus_files and not outside:
            no_articles([corpus, *targets])
        manifest = manifests(found.manifests, memo)
        source = Articles([*corpus_files, *outside], manifest, limit, memo=memo, read_always=checked)
        cross_check = CrossCheck.of(rule_set)
        gathered = gather(source, checked, rule_set, pipeline, cross_check, no_cache, summary, quiet)
    # a gate must not pass what it did not read: a checked article, or any corpus file or folder that failed
    unread = checked.intersection(summary.skipped).union(summary.failed)
    if unread:
        fail(f"cannot check, not read: {', '.join(sorted(unread))}: see the messages above")
    found = [c for c in cross_check.conflicts(gathered.claims, involving=checked) if chosen(c.kind)]
    corpus_paths = {str(p) for p in [*corpus_files, *outside]}
    verdict = judge(found, checked, corpus_paths, accepted, min_confidence, fail_on)
    report = Checked(
        verdict.new,
        gathered.total,
        gathered.articles,
        sorted(checked),
        len(verdict.accepted),
        verdict.stale,
        verdict.review,
        min_confidence,
    )
    with target.open() as out:
        write_conflicts(report, fmt, out)
    raise typer.Exit(0 if verdict.passed else 1)


@app.command()
def baseline(
    paths: Annotated[list[Path], typer.Argument(metavar="PATHS...", help="The corpus: article files or folders.")],
    output: Annotated[Path, typer.Option("--output", "-o", metavar="FILE", help="The baseline file to write.")] = Path(
        BASELINE_NAME
    ),
    rules: RulesOption = None,
    no_cache: NoCacheOption = False,
    max_file_mb: MaxFileOption = MAX_FILE_MB,
    quiet: QuietOption = False,
    workers: WorkersOption = CORES,
) -> None:
    """Accept today's conflicts: write them to a baseline file that [bold]claimx check[/bold] reads.

    Example: [bold]claimx baseline corpora/ --output .claimx-baseline.json[/bold]
    """
    target = output_to(output)
    rule_set, source, summary = start(paths, rules or [], max_file_mb)
    cross_check = CrossCheck.of(rule_set)
    with extraction(rule_set, workers) as pipeline:
        gathered = gather(source, None, rule_set, pipeline, cross_check, no_cache, summary, quiet)
    accepted = Baseline.of(cross_check.conflicts(gathered.claims))
    with target.open() as out:
        out.write(accepted.dumps())
    count = len(accepted.conflicts)
    typer.echo(f"claimx: {count} {'conflict' if count == 1 else 'conflicts'} accepted into {output}", err=True)
    raise typer.Exit(1 if summary.failed else 0)


def _targets(paths: list[Path], changed: str | None, corpus: Path) -> list[Path]:
    """The articles to check: those given, and those git says changed; exits 0 when git says none did."""
    targets = list(paths)
    if changed is not None:
        try:
            targets += changed_articles(changed, corpus)
        except CheckError as exc:
            fail(str(exc))
    if not targets:
        if changed is None:
            fail("nothing to check: give articles, or --changed REF")
        typer.echo(f"claimx: no article under {corpus} changed since {changed}", err=True)
        raise typer.Exit(0)
    return targets


def _as_walked(path: Path, corpus: Path) -> Path:
    """`path` as the walk of `corpus` names it (the memo's name for it), where it lies under `corpus` as written:
    `/ci/corpora/new.md` is `corpora/new.md` when the corpus is `corpora`."""
    try:
        return corpus / Path(absolute(path)).relative_to(absolute(corpus))
    except ValueError:
        return path


def _checked_corpus(corpus: Path, given: Discovered):
    """The corpus's articles, the checked ones (`given`) outside it, every checked one named as the corpus walk
    names it, and the problems found on the way: `corpora/new.md` and `./corpora/new.md` are one article, read
    once."""
    in_corpus = discover([corpus])
    named = {absolute(p): p for p in in_corpus.files}
    checked = list(dict.fromkeys(named.get(absolute(p), p) for p in given.files))
    outside = [p for p in checked if absolute(p) not in named]
    found = Discovered([], in_corpus.problems + given.problems, in_corpus.others, in_corpus.manifests + given.manifests)
    return in_corpus.files, outside, checked, found


def baseline_of(path: Path | None) -> Baseline:
    """The accepted conflicts: from `path`, else from ./.claimx-baseline.json where there is one."""
    if path is None:
        path = Path(BASELINE_NAME)
        if not path.is_file():
            return Baseline()
    try:
        return Baseline.read(path)
    except ConfigError as exc:
        fail(str(exc))
