"""The command line: `claimx extract`, `conflicts`, `check`, `baseline`, `show`, `schema`.

Exit status: 0 success; 1 some input files could not be read (the records of
the others are still written), for `check` new conflicts, for `show` a file
changed since its record; 2 usage or configuration error (a missing path, a
malformed rule file, manifest or baseline) or an unexpected error, in one line
(`claimx --debug` shows its traceback). Files that are no articles
(binary, empty) are skipped with a message and do not change the status.
`conflicts` exits 0 whatever it finds: gating a build is `check`'s job.
"""

from __future__ import annotations

import re
import sqlite3
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import replace
from pathlib import Path
from typing import Annotated, NoReturn, get_args

import typer
import yaml
from rich.console import Console
from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn

from . import __version__
from .cache import CACHE_DIR, ClaimCache, claims_to_check
from .check import (
    BASELINE_NAME,
    Baseline,
    CheckError,
    RecordMarkers,
    changed_articles,
    judge,
    kinds_chosen,
    unused_markers,
    without_ignored,
)
from .config import CONFIG_NAME, PYPROJECT, RuleSources, Source
from .corpus import (
    MAX_FILE_MB,
    WHAT_IS_READ,
    Article,
    Articles,
    Discovered,
    Extraction,
    InputProblem,
    absolute,
    discover,
    load_manifests,
    read_corpus,
)
from .crosscheck import CrossCheck
from .crosscheck.confidence import LEVELS as CONFIDENCE_LEVELS
from .crosscheck.partitions import Partitions
from .output import Output, OutputError
from .readers import Unreadable, read_file, text_sha256
from .records import ClaimBase, ConflictKind, claim_json_schema, read_claims
from .report import RECORD_FORMATS, Summary, write_evidence, write_records
from .ruleset import RuleSet, load_rules, shipped_rule_texts
from .views import CHECK_FORMATS, CONFLICT_FORMATS, Checked, write_conflicts
from .yamlfile import ConfigError

PROGRESS_AFTER = 10  # files: shorter runs finish before a bar would be read
PROGRESS_AFTER_BYTES = 2**20  # or one file this long: a megabyte takes seconds

app = typer.Typer(
    help="Extract typed, sourced claims from news about AI models, and find where articles disagree.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    add_completion=True,
    rich_markup_mode="rich",
)
stderr = Console(stderr=True)
# set by the options before the command
_settings: dict = {"debug": False, "config": None, "isolated": False, "verbose": False}
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


def _confidence(value: str) -> str:
    if value not in CONFIDENCE_LEVELS:
        raise typer.BadParameter(f"use one of: {', '.join(CONFIDENCE_LEVELS)}")
    return value


def _confidence_option(help_text: str):
    return typer.Option("--min-confidence", metavar="|".join(CONFIDENCE_LEVELS), callback=_confidence, help=help_text)


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
            help=f"The project's rule file ({CONFIG_NAME}, or a {PYPROJECT} with [tool.claimx]), instead of the "
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
    _settings.update(debug=debug, config=config, isolated=isolated, verbose=verbose)


@app.command()
def extract(
    paths: Annotated[
        list[Path],
        typer.Argument(metavar="PATHS...", help="Article files or folders (read recursively, in sorted order)."),
    ],
    output: OutputOption = None,
    fmt: Annotated[
        str, typer.Option("--format", "-f", metavar="FORMAT", help=f"One of: {', '.join(RECORD_FORMATS)}.")
    ] = "jsonl",
    rules: RulesOption = None,
    max_file_mb: MaxFileOption = MAX_FILE_MB,
    quiet: QuietOption = False,
    stdin_filename: StdinNameOption = None,
) -> None:
    """Extract typed claim records, one JSON object per line by default. A path `-` is one article read from
    standard input.

    Example: [bold]claimx extract corpora/ --output claims.jsonl[/bold]
    """
    _check_format(fmt, RECORD_FORMATS)
    target = _output(output)
    rule_set, source, summary = _start(paths, rules or [], max_file_mb, stdin_filename)
    stream = _readable(source, summary)
    show = not quiet and stderr.is_terminal
    with target.open() as out, _progress(show and _long(summary), summary.size) as advance:
        results = _succeeded(_extractor(rule_set).extract(stream, on_part=advance), summary)
        write_records((claim for result in results for claim in result.claims), fmt, out)
    if show:
        stderr.print(summary.table())
    raise typer.Exit(1 if summary.failed else 0)


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
    min_confidence: Annotated[
        str, _confidence_option("Show only conflicts this sure or surer (default: all, surest first).")
    ] = "low",
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    stdin_filename: StdinNameOption = None,
) -> None:
    """Cross-check the claims and report where articles contradict each other, grouped by how sure claimx is
    (a conflict is as sure as the attribution of its weaker side). Exits 0 whatever it finds.

    Claims on a line marked [bold]claimx: ignore[/bold] are left out.

    Example: [bold]claimx conflicts corpora/[/bold]   or   [bold]claimx conflicts claims.jsonl --format json[/bold]
    """
    _check_format(fmt, CONFLICT_FORMATS)
    chosen = _kinds(select, ignore)
    target = _output(output)
    _require([p for p in paths if p != STDIN])
    articles = [p for p in paths if p.suffix != ".jsonl"]
    rule_set, source, summary = _start(articles, rules or [], max_file_mb, stdin_filename)
    with Partitions(CrossCheck.of(rule_set)) as claims:
        markers, files_in_records = RecordMarkers(source.reread), set()
        for claim in _records([p for p in paths if p.suffix == ".jsonl"]):
            files_in_records.add(claim.source.path)
            if not markers.ignored(claim):
                claims.add(claim)
        _note_unknown_markers(markers.unknown())
        show = not quiet and stderr.is_terminal and _long(summary)
        with _progress(show, summary.size) as advance:
            stream = _readable(source, summary)
            extracted = _extractor(rule_set).extract(stream, on_part=advance) if summary.files else ()
            for result in _noting_unused_markers(_succeeded(extracted, summary)):  # records alone need no pipeline
                for claim in without_ignored(result.claims, result.article.text):
                    claims.add(claim)
        found = claims.conflicts().at_least(min_confidence).of_kinds(chosen)
        files = len(files_in_records) if summary.articles == 0 else summary.articles
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
        _confidence_option(
            "Fail only on conflicts this sure or surer; the others are listed to review and leave the status alone."
        ),
    ] = "high",
    fail_on: Annotated[
        str,
        typer.Option(
            "--fail-on",
            metavar="|".join(CONFIDENCE_LEVELS),
            callback=_confidence,
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
    _check_format(fmt, CHECK_FORMATS)
    chosen = _kinds(select, ignore)
    target = _output(output)
    paths = paths or []
    if STDIN in paths:
        _fail("check reads its articles from files (they must match the corpus's): name the file, not -")
    _require([*paths, corpus])
    if not corpus.is_dir():
        _fail(f"{corpus}: --corpus must be a folder")
    rule_set = _check_rules([corpus, *paths], rules or [], trust_corpus_rules, changed)
    accepted = _baseline(baseline)
    targets = _targets(paths, changed, corpus)
    corpus_files, outside, checked_files, found = _checked_corpus(corpus, targets)
    checked = {str(p) for p in checked_files}
    summary = Summary(files=len(corpus_files) + len(outside), others=found.others)
    for problem in found.problems:
        _note(problem, summary)
    if not corpus_files and not outside:
        _no_articles([corpus, *targets])
    source = Articles([*corpus_files, *outside], _manifests([corpus, *targets]), _bytes(max_file_mb))
    cross_check = CrossCheck.of(rule_set)
    gathered = _gather(source, checked, rule_set, cross_check, no_cache, summary, quiet)
    # a gate must not pass what it did not read: a checked article, or any corpus file or folder that failed
    unread = checked.intersection(summary.skipped).union(summary.failed)
    if unread:
        _fail(f"cannot check, not read: {', '.join(sorted(unread))}: see the messages above")
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
) -> None:
    """Accept today's conflicts: write them to a baseline file that [bold]claimx check[/bold] reads.

    Example: [bold]claimx baseline corpora/ --output .claimx-baseline.json[/bold]
    """
    target = _output(output)
    rule_set, source, summary = _start(paths, rules or [], max_file_mb)
    cross_check = CrossCheck.of(rule_set)
    gathered = _gather(source, None, rule_set, cross_check, no_cache, summary, quiet)
    accepted = Baseline.of(cross_check.conflicts(gathered.claims))
    with target.open() as out:
        out.write(accepted.dumps())
    count = len(accepted.conflicts)
    typer.echo(f"claimx: {count} {'conflict' if count == 1 else 'conflicts'} accepted into {output}", err=True)
    raise typer.Exit(1 if summary.failed else 0)


LOCATION = re.compile(r"(?P<path>.+):(?P<start>[0-9]+)-(?P<end>[0-9]+)")


@app.command()
def show(
    location: Annotated[str, typer.Argument(metavar="FILE:START-END", help="A record's path, start and end.")],
    sha256: Annotated[
        str | None,
        typer.Option(
            "--sha256", metavar="HASH", help="The record's text_sha256: exit 1 if the file has changed since."
        ),
    ] = None,
    max_file_mb: MaxFileOption = MAX_FILE_MB,
) -> None:
    """Print a record's evidence: its line and column, how the file was read, and the line with the
    characters START to END highlighted; offsets are those of the text claimx read (for a web page,
    the extracted text), so every record can be checked by a person.

    Example: [bold]claimx show corpora/01-glm52-launch.md:382-394[/bold]
    """
    parts = LOCATION.fullmatch(location)
    if parts is None:
        _fail(f"{location}: expected FILE:START-END, as a record's source.path, start and end")
    path, start, end = Path(parts["path"]), int(parts["start"]), int(parts["end"])
    _require([path])
    try:
        reading = read_file(path, _bytes(max_file_mb))
    except Unreadable as exc:
        _fail(f"{path}: {exc.message}")
    if not start <= end <= len(reading.text):
        _fail(f"{path}: characters {start}-{end} are outside the {len(reading.text):,} characters claimx reads")
    digest = text_sha256(reading.text)
    write_evidence(str(path), reading, digest, start, end, typer.get_text_stream("stdout"))
    if sha256 is not None and sha256 != digest:
        typer.echo(f"claimx: {path} has changed since the record was made: its offsets may not fit", err=True)
        raise typer.Exit(1)


@app.command()
def schema(
    output: Annotated[
        Path | None, typer.Option("--output", "-o", metavar="FILE", help="Write here instead of stdout.")
    ] = None,
) -> None:
    """Print the JSON Schema of a claim record (the file in schemas/ is generated by this).

    Example: [bold]claimx schema --output schemas/claim.schema.json[/bold]
    """
    with _output(output).open() as out:
        out.write(claim_json_schema())


@app.command()
def config(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(metavar="[PATHS]...", help="The corpus folders a run would read, for their claimx.yaml."),
    ] = None,
    rules: RulesOption = None,
) -> None:
    """Print the rule files a run reads, in the order they apply, where each comes from and the sections it sets.

    Example: [bold]claimx config corpora/[/bold]
    """
    found = _sources(lambda sources: sources.run(paths or [], rules or []))
    _load(found)  # a malformed file exits 2 naming it, as a run would
    sources = [*(Source(name, text, "shipped") for name, text in shipped_rule_texts()), *found]
    width = max(len(s.name) for s in sources)
    for source in sources:
        sections = ", ".join(sorted(yaml.safe_load(source.text) or {}))
        typer.echo(f"{source.name:<{width}}  {source.origin}: {sections or 'nothing'}")


def _start(
    paths: list[Path], extra_rules: list[Path], max_file_mb: float, stdin_name: Path | None = None
) -> tuple[RuleSet, Articles, Summary]:
    """The rules, the articles under `paths` (read as they are consumed), and a summary with the files
    counted and those that are no articles noted; `-` among the paths is one article read from standard input,
    named `stdin_name`. Exits 2 on a missing path or a malformed config."""
    files = [p for p in paths if p != STDIN]
    _require(files)
    rule_set = _rules(files, extra_rules)
    found, manifest = _corpus(files)
    summary = Summary(files=len(found.files) + len(found.problems), size=_size(found.files), others=found.others)
    for problem in found.problems:
        _note(problem, summary)
    articles = Articles(found.files, manifest, _bytes(max_file_mb))
    if STDIN in paths:
        name = stdin_name or STDIN
        articles = replace(articles, manifest={**manifest, **_manifests([name])})
        articles = articles.from_stdin(name, sys.stdin.buffer.read())
        summary.files += 1
    elif files and not found.files:
        _no_articles(files)
    return rule_set, articles, summary


def _size(files: list[Path]) -> int:
    """The bytes of the files, as far as they can be told: a progress bar's total, never a reason to stop."""
    total = 0
    for path in files:
        with suppress(OSError):
            total += path.stat().st_size
    return total


def _no_articles(paths: list[Path]) -> None:
    """Say so when nothing was read: an exit 0 with no output and no word looks like success."""
    named = ", ".join(dict.fromkeys(map(str, paths)))
    typer.echo(f"claimx: note: no article found in {named}: {WHAT_IS_READ}", err=True)


def _bytes(megabytes: float) -> int:
    if megabytes <= 0:
        _fail(f"--max-file-mb must be more than 0, not {megabytes:g}")
    return int(megabytes * 2**20)


_EXTRACTORS: dict[str, object] = {}


def _extractor(rules: RuleSet):
    """The pipeline, built on first use and once per rule set: importing spaCy and compiling the rules
    is most of a warm check's time, and a check whose articles are all cached needs neither."""
    from .pipeline import Extractor

    if rules.version not in _EXTRACTORS:
        _EXTRACTORS[rules.version] = Extractor(rules)
    return _EXTRACTORS[rules.version]


def _gather(
    source: Articles, checked, rules: RuleSet, cross_check: CrossCheck, no_cache: bool, summary: Summary, quiet: bool
):
    """The claims `check` and `baseline` need, through the claim cache (in memory with --no-cache)."""
    warn = lambda message: typer.echo(f"claimx: warning: {message}", err=True)  # noqa: E731
    cache = ClaimCache(None if no_cache else CACHE_DIR, rules.version, cross_check.keys, warn)
    with _progress(not quiet and stderr.is_terminal, None) as advance:
        extract = lambda batch: _noting_unused_markers(  # noqa: E731
            _succeeded(_extractor(rules).extract(batch, on_part=advance), summary)
        )
        try:
            return claims_to_check(_readable(source, summary), checked, cache, extract, source.reread)
        except sqlite3.Error as exc:
            _fail(f"the claim cache in {CACHE_DIR} failed ({exc}); delete it, or run with --no-cache")


@contextmanager
def _progress(show: bool, total: int | None) -> Iterator[Callable[[int], None]]:
    """A progress bar on stderr while articles are extracted, counting characters: a long file moves it too."""
    columns = (TextColumn("[progress.description]{task.description}"), BarColumn(), TaskProgressColumn())
    with Progress(*columns, TimeRemainingColumn(), console=stderr, transient=True, disable=not show) as bar:
        task = bar.add_task("extracting", total=total or None)
        yield lambda characters: bar.advance(task, characters)


def _long(summary: Summary) -> bool:
    """Whether a run lasts long enough for a progress bar to be read: many files, or a long one."""
    return summary.files > PROGRESS_AFTER or summary.size > PROGRESS_AFTER_BYTES


def _readable(stream: Iterable[Article | InputProblem], summary: Summary) -> Iterator[Article]:
    """The articles of `stream`, each file that gave none noted, and what a reader noted said."""
    for item in stream:
        if isinstance(item, InputProblem):
            _note(item, summary)
            continue
        for note in item.notes:
            typer.echo(f"claimx: note: {item.path}: {note}", err=True)
        yield item


def _noting_unused_markers(results: Iterable[Extraction]) -> Iterator[Extraction]:
    """The extractions, a note said for each `claimx: ignore` or `claimx: off` of theirs that leaves out nothing."""
    for result in results:
        for line, word in unused_markers(result.claims, result.article.text):
            typer.echo(f"claimx: note: {result.article.path}:{line}: claimx: {word} leaves out no claim", err=True)
        yield result


def _succeeded(results: Iterable[Extraction], summary: Summary) -> Iterator[Extraction]:
    """The extractions that succeeded, counted; each failure noted."""
    for result in results:
        if result.error:
            _note(InputProblem(result.article.path, result.error), summary)
            continue
        summary.articles += 1
        summary.claims.update(c.kind for c in result.claims)
        if _settings["verbose"]:
            article = result.article
            read = f"{article.reader}, {article.encoding}, {len(article.text):,} characters"
            typer.echo(f"claimx: read: {article.path} ({read}): {len(result.claims)} claims", err=True)
        yield result


def _records(paths: list[Path]) -> Iterator[ClaimBase]:
    """Claim records from .jsonl files written by `claimx extract`, one at a time."""
    for path in paths:
        try:
            with path.open(encoding="utf-8") as lines:
                yield from read_claims(lines, str(path))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            _fail(str(exc))


NOTES_NAMED = 5  # of one kind: past a few, the rest are counted, not listed


def _note_unknown_markers(paths: list[str]) -> None:
    message = "changed or gone since its records were written: its claimx: ignore markers are not applied"
    for path in paths[:NOTES_NAMED]:
        typer.echo(f"claimx: note: {path}: {message}", err=True)
    if len(paths) > NOTES_NAMED:
        typer.echo(f"claimx: note: and {len(paths) - NOTES_NAMED} more articles like these", err=True)


def _targets(paths: list[Path], changed: str | None, corpus: Path) -> list[Path]:
    """The articles to check: those given, and those git says changed; exits 0 when git says none did."""
    targets = list(paths)
    if changed is not None:
        try:
            targets += changed_articles(changed, corpus)
        except CheckError as exc:
            _fail(str(exc))
    if not targets:
        if changed is None:
            _fail("nothing to check: give articles, or --changed REF")
        typer.echo(f"claimx: no article under {corpus} changed since {changed}", err=True)
        raise typer.Exit(0)
    return targets


def _checked_corpus(corpus: Path, targets: list[Path]):
    """The corpus's articles, the checked ones outside it, every checked one named as the corpus walk names it,
    and the problems found on the way: `corpora/new.md` and `./corpora/new.md` are one article, read once."""
    in_corpus, given = discover([corpus]), discover(targets)
    named = {absolute(p): p for p in in_corpus.files}
    checked = list(dict.fromkeys(named.get(absolute(p), p) for p in given.files))
    outside = [p for p in checked if absolute(p) not in named]
    found = Discovered([], in_corpus.problems + given.problems, in_corpus.others)
    return in_corpus.files, outside, checked, found


def _baseline(path: Path | None) -> Baseline:
    """The accepted conflicts: from `path`, else from ./.claimx-baseline.json where there is one."""
    if path is None:
        path = Path(BASELINE_NAME)
        if not path.is_file():
            return Baseline()
    try:
        return Baseline.read(path)
    except ConfigError as exc:
        _fail(str(exc))


def _kinds(select: list[str] | None, ignore: list[str] | None) -> Callable[[str], bool]:
    try:
        return kinds_chosen(select or [], ignore or [])
    except CheckError as exc:
        _fail(str(exc))


def _check_format(fmt: str, formats: tuple[str, ...]) -> None:
    if fmt not in formats:
        _fail(f"unknown format {fmt!r}; use one of: {', '.join(formats)}")


def _require(paths: list[Path]) -> None:
    missing = [p for p in paths if not p.exists()]
    if missing:
        _fail("; ".join(f"{p}: no such file or folder" for p in missing))


def _corpus(paths: list[Path]):
    try:
        return read_corpus(paths)
    except ConfigError as exc:
        _fail(str(exc))


def _manifests(paths: list[Path]):
    try:
        return load_manifests(paths)
    except ConfigError as exc:
        _fail(str(exc))


def _rules(paths: list[Path], extra: list[Path]) -> RuleSet:
    return _load(_sources(lambda sources: sources.run(paths, extra)))


def _check_rules(folders: list[Path], extra: list[Path], trust: bool, changed: str | None) -> RuleSet:
    if trust:
        return _rules(folders, extra)
    note = lambda message: typer.echo(f"claimx: note: {message}", err=True)  # noqa: E731
    return _load(_sources(lambda sources: sources.check(folders, extra, changed, note)))


def _sources(chosen: Callable[[RuleSources], list[Source]]) -> list[Source]:
    """The rule files `chosen` picks among those the global options allow; one that cannot be read (or a git ref)
    exits 2 naming it."""
    if _settings["config"] is not None:
        _require([_settings["config"]])
    try:
        return chosen(RuleSources(_settings["config"], _settings["isolated"], Path.cwd()))
    except (ConfigError, CheckError) as exc:
        _fail(str(exc))


def _load(sources: list[Source]) -> RuleSet:
    try:
        return load_rules(extra_texts=[(s.name, s.text) for s in sources])
    except ConfigError as exc:
        _fail(str(exc))


def _note(problem: InputProblem, summary: Summary) -> None:
    (summary.skipped if problem.skipped else summary.failed).append(problem.path)
    typer.echo(f"claimx: {'skipped' if problem.skipped else 'error'}: {problem}", err=True)


def _output(path: Path | None) -> Output:
    try:
        return Output.of(path)
    except OutputError as exc:
        _fail(str(exc))


def run() -> None:
    """The `claimx` program: an unexpected error ends in one line and exit 2, as every other error does
    (1 means "files unreadable" or "new conflicts", and a gate must not mistake a crash for either);
    `claimx --debug` shows its traceback."""
    try:
        app(prog_name="claimx")
    except Exception as exc:  # noqa: BLE001 -- the last resort, by design
        if _settings["debug"]:
            raise
        message = str(exc).splitlines()[0] if str(exc) else ""
        problem = f"{type(exc).__name__}{': ' + message if message else ''}"
        typer.echo(f"claimx: error: {problem} (--debug shows where)", err=True)
        raise SystemExit(2) from None


def _fail(message: str) -> NoReturn:
    typer.echo(f"claimx: error: {message}", err=True)
    raise typer.Exit(2)
