"""The CI gate: which articles are checked, the conflicts already accepted, and the verdict.

A conflict is the checked articles' problem when one of its claims is theirs;
conflicts among the other articles are not. A baseline file lists accepted
conflicts by their fingerprint (`Conflict.id`: subject, key, the figures each
side states and the files, never offsets), so it survives reformatting. A line
holding the marker `claimx: ignore` (in Markdown, `<!-- claimx: ignore -->`)
keeps the claims that start on it out of cross-checking, as do the lines from a
`claimx: off` to the next `claimx: on`; records read back from
JSON Lines are held against their article as it was read when they were written.
"""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, ValidationError

from .corpus import ARTICLE_SUFFIXES, Article, portable
from .crosscheck.confidence import at_least
from .records import Claim, Confidence, Conflict, ConflictKind, Severity
from .yamlfile import ConfigError, Problem

MARKER = re.compile(r"claimx:\s*(ignore|off|on)\b", re.IGNORECASE)
BASELINE_NAME = ".claimx-baseline.json"


class CheckError(Exception):
    """A check that cannot be run as asked: a bad git ref, no repository."""


# -- which articles -----------------------------------------------------------


def changed_articles(ref: str, corpus: Path) -> list[Path]:
    """Articles under `corpus` changed since `ref` forked from HEAD: commits since, uncommitted edits, new files.

    Paths are returned as the corpus walk names them (`corpus/sub/file.md`); deleted files are left out.
    """
    root, base = _fork(ref, corpus)
    changed = _git(root, "diff", "--name-only", "--diff-filter=d", "-z", base, "--").split("\0")
    changed += _git(root, "ls-files", "--others", "--exclude-standard", "-z").split("\0")
    inside = corpus.resolve()
    found = set()
    for name in filter(None, changed):
        path = (root / name).resolve()
        if path.suffix.lower() in ARTICLE_SUFFIXES and path.is_relative_to(inside) and path.is_file():
            found.add(corpus / path.relative_to(inside))
    return sorted(found)


def file_at_fork(ref: str, path: Path) -> str | None:
    """The text of `path` where `ref` forked from HEAD (None if it had no such file): a rule file a pull
    request cannot have changed."""
    root, base = _fork(ref, path.parent)
    name = path.resolve().relative_to(root.resolve()).as_posix()
    shown = subprocess.run(["git", "show", f"{base}:{name}"], cwd=root, capture_output=True, text=True, check=False)
    return shown.stdout if shown.returncode == 0 else None


def _fork(ref: str, where: Path) -> tuple[Path, str]:
    """The repository holding `where`, and the commit where `ref` and HEAD forked."""
    root = Path(_git(where, "rev-parse", "--show-toplevel").strip())
    return root, _git(where, "merge-base", ref, "HEAD").strip()


def _git(where: Path, *args: str) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=where, capture_output=True, text=True, check=False)
    except OSError as exc:
        raise CheckError(f"--changed needs git: {exc}") from None
    if done.returncode:
        raise CheckError(f"git {' '.join(args[:2])}: {done.stderr.strip() or 'failed'}")
    return done.stdout


def without_ignored(claims: Sequence[Claim], text: str) -> list[Claim]:
    """The claims, minus those starting on a line marked `claimx: ignore`."""
    marked = ignored_lines(text)
    return [c for c in claims if c.source.line not in marked]


def ignored_lines(text: str) -> set[int]:
    """The numbers of the lines marked `claimx: ignore`, and of those from a `claimx: off` up to the next
    `claimx: on` (or the end)."""
    if "claimx" not in text.lower():
        return set()
    ignored, off = set(), False
    for number, word in _markers(text):
        off = (off or word == "off") and word != "on"
        if off or word == "ignore":
            ignored.add(number)
    return ignored


def unused_markers(claims: Sequence[Claim], text: str) -> list[tuple[int, str]]:
    """The markers that leave out no claim, by line and word: an `ignore` on a line no claim starts on, an `off`
    whose passage holds none. Stale, like a `noqa` whose warning is gone."""
    if "claimx" not in text.lower():
        return []
    starts = {claim.source.line for claim in claims}
    unused, off_at, used = [], None, False
    for number, word in _markers(text):
        if word == "on" and off_at is not None:
            unused += [] if used else [(off_at, "off")]
            off_at = None
        if word == "off" and off_at is None:
            off_at, used = number, False
        if off_at is not None:
            used = used or number in starts
        elif word == "ignore" and number not in starts:
            unused.append((number, "ignore"))
    return unused + ([(off_at, "off")] if off_at is not None and not used else [])


def _markers(text: str) -> Iterator[tuple[int, str | None]]:
    """Each line's number and its marker's word (`ignore`, `off`, `on`), None where it holds none."""
    for number, line in enumerate(text.split("\n"), 1):
        marker = MARKER.search(line)
        yield number, marker.group(1).lower() if marker else None


class RecordMarkers:
    """Which records read back from JSON Lines lie on a line their article marks `claimx: ignore`: each
    article read once, and only where it still reads as it did when its records were written."""

    def __init__(self, reread: Callable[[str], Article | None]):
        self.reread = reread
        self.marked: dict[tuple[str, str | None], set[int] | None] = {}

    def ignored(self, claim: Claim) -> bool:
        read_as = (claim.source.path, claim.source.text_sha256)
        if read_as not in self.marked:
            article = self.reread(claim.source.path)
            same = article is not None and article.text_sha256 == claim.source.text_sha256
            self.marked[read_as] = ignored_lines(article.text) if same else None
        lines = self.marked[read_as]
        return lines is not None and claim.source.line in lines

    def unknown(self) -> list[str]:
        """The articles whose markers are unknown: changed or gone since their records were written."""
        return sorted({path for (path, _), lines in self.marked.items() if lines is None})


# -- the baseline ---------------------------------------------------------------


class BaselineEntry(BaseModel):
    """An accepted conflict: its fingerprint, and enough to recognise it by eye."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    content_id: str | None = None  # absent from baselines written before renames were recognised
    kind: str
    subject: str
    key: str
    explanation: str
    files: list[str]

    @classmethod
    def of(cls, conflict: Conflict) -> BaselineEntry:
        files = sorted({portable(c.source.path) for c in conflict.claims})
        fields = conflict.model_dump(include={"id", "content_id", "kind", "subject", "key", "explanation"})
        return cls(**fields, files=files)


class Baseline(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    claimx_baseline: Literal[1] = 1
    conflicts: list[BaselineEntry] = []

    @classmethod
    def of(cls, conflicts: Iterable[Conflict]) -> Baseline:
        entries = {c.id: BaselineEntry.of(c) for c in conflicts}
        return cls(conflicts=[entries[i] for i in sorted(entries)])

    @classmethod
    def read(cls, path: Path) -> Baseline:
        """The baseline in `path`; raises `ConfigError` naming the file (and line) when it cannot be used."""
        problem = lambda line, column, message: ConfigError([Problem(str(path), line, column, message)])  # noqa: E731
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise problem(None, None, f"cannot read baseline: {getattr(exc, 'strerror', None) or exc}") from None
        except json.JSONDecodeError as exc:
            raise problem(exc.lineno, exc.colno, f"invalid JSON: {exc.msg}") from None
        except RecursionError:
            raise problem(None, None, "invalid JSON: nested too deeply") from None
        try:
            return cls.model_validate(data)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise problem(None, None, f"not a claimx baseline: {where + ': ' if where else ''}{first['msg']}") from None

    def dumps(self) -> str:
        return json.dumps(self.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"

    @cached_property
    def ids(self) -> set[str]:
        """Both fingerprints of every entry: a conflict is accepted by its path's (an article edited) or by its
        text's (an article renamed)."""
        return {e.id for e in self.conflicts} | {e.content_id for e in self.conflicts if e.content_id}

    def accepts(self, conflict: Conflict) -> bool:
        return conflict.id in self.ids or conflict.content_id in self.ids


# -- the verdict ----------------------------------------------------------------


def gates(conflict: Conflict, min_confidence: Confidence, fail_on: Severity = "low") -> bool:
    """Whether a conflict fails the check: sure enough, severe enough, and not two hedged figures (rumours that
    disagree are no news, whatever the confidence asked for) nor a change over time."""
    hedged = [all(getattr(c, "hedged", False) for c in conflict.side(i)) for i in range(len(conflict.sides))]
    severe = at_least(conflict.severity, fail_on)
    return (
        at_least(conflict.confidence, min_confidence) and severe and not all(hedged) and not over_time(conflict)
    )


def over_time(conflict: Conflict) -> bool:
    """A figure one side's article states as a change's new value against another's that states none: a change
    over time (the cross-check shows the changed claim first on its side), never a failure."""
    if conflict.kind != "figure":
        return False
    changed = [any(getattr(c, "changed", False) for c in conflict.side(i)) for i in range(len(conflict.sides))]
    return any(changed) and not all(changed)


def kinds_chosen(select: Sequence[str], ignore: Sequence[str]) -> Callable[[str], bool]:
    """Which kinds of conflict to report: those `select`ed (all by default) but not `ignore`d."""
    known = get_args(ConflictKind)
    unknown = sorted(set(select).union(ignore).difference(known))
    if unknown:
        raise CheckError(f"no such kind of conflict: {', '.join(unknown)}; the kinds are {', '.join(known)}")
    chosen = set(select or known).difference(ignore)
    return chosen.__contains__


@dataclass(frozen=True)
class Verdict:
    """What the check found: new conflicts that fail it, new ones to review (below the confidence asked for),
    those the baseline accepts, and stale baseline entries."""

    new: list[Conflict]
    review: list[Conflict]
    accepted: list[Conflict]
    stale: list[BaselineEntry]

    @property
    def passed(self) -> bool:
        return not self.new


def judge(
    conflicts: Sequence[Conflict],
    checked: set[str],
    corpus: set[str],
    baseline: Baseline,
    min_confidence: Confidence = "high",
    fail_on: Severity = "low",
) -> Verdict:
    """Sort the conflicts involving `checked` articles into new (failing or to review) and accepted.

    A baseline entry is stale when it involves a checked article and no longer
    occurs, or names a file that is no longer in the corpus.
    """
    involving = [c for c in conflicts if any(claim.source.path in checked for claim in c.claims)]
    found = {c.id for c in involving} | {c.content_id for c in involving}
    unmatched = [e for e in baseline.conflicts if e.id not in found and e.content_id not in found]
    # naming every corpus file the baseline's way costs a second on 20,000 articles: only when an entry needs it
    checked_names, corpus_names = {portable(p) for p in checked}, {portable(p) for p in corpus} if unmatched else set()
    stale = [e for e in unmatched if checked_names.intersection(e.files) or not corpus_names.issuperset(e.files)]
    new = [c for c in involving if not baseline.accepts(c)]
    return Verdict(
        new=[c for c in new if gates(c, min_confidence, fail_on)],
        review=[c for c in new if not gates(c, min_confidence, fail_on)],
        accepted=[c for c in involving if baseline.accepts(c)],
        stale=stale,
    )
