"""Conflict reports for people and machines: terminal, Markdown, HTML, JSON, GitHub annotations, SARIF.

Every view for people groups conflicts by subject, shows each side's figure as
written with its file and line and its sentence with the figure highlighted,
says in one line why it is a conflict, and ends with a summary line. The CI
views (`github`, `sarif`) put each conflict on the checked article's line and
name the other side.
"""

from __future__ import annotations

import json
import urllib.parse
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import groupby
from pathlib import PurePath
from typing import IO, Literal, get_args

from rich.console import Console
from rich.markup import escape

from . import __version__
from .check import BaselineEntry
from .crosscheck.confidence import LEVELS as CONFIDENCE_LEVELS
from .crosscheck.partitions import ConflictFile
from .escaping import markdown_text, visible
from .records import ClaimBase, Conflict, conflict_json

ConflictFormat = Literal["text", "markdown", "html", "json"]
CheckFormat = Literal["text", "github", "sarif", "json"]
CONFLICT_FORMATS = get_args(ConflictFormat)
CHECK_FORMATS = get_args(CheckFormat)
SIDE_NAMES = ("A", "B")
SEVERITY_STYLE = {"high": "bold red", "medium": "yellow", "low": "cyan"}


@dataclass(frozen=True)
class Checked:
    """What was checked: the conflicts, and how many claims from how many files.

    For `claimx check`, `conflicts` are those that fail it; also the articles checked
    against the rest (`checked`), the new conflicts below `min_confidence` listed to
    review without failing, how many conflicts the baseline accepts, and baseline
    entries no longer seen.
    """

    conflicts: Sequence[Conflict]
    claims: int
    files: int
    checked: Sequence[str] | None = None
    accepted: int = 0
    stale: Sequence[BaselineEntry] = ()
    review: Sequence[Conflict] = ()
    min_confidence: str = "high"

    def summary(self) -> str:
        found = f"{len(self.conflicts)} {_plural(len(self.conflicts), 'conflict')} ({_counts(self.conflicts)})"
        among = f"{self.claims} claims from {self.files} files"
        if self.checked is None:
            return f"{found} among {among}."
        line = f"{found.replace(' conflict', ' new conflict')} in {len(self.checked)} checked "
        line += f"{_plural(len(self.checked), 'article')}, against {among}"
        if self.review:
            line += f"; {len(self.review)} to review ({_counts(self.review)}), which do not fail the check"
        if self.accepted:
            line += f"; {self.accepted} accepted by the baseline"
        if self.stale:
            line += f"; {len(self.stale)} baseline {_plural(len(self.stale), 'entry', 'entries')} no longer seen"
        return line + "."

    def sections(self) -> list[tuple[str, Sequence[Conflict]]]:
        """The conflicts as a person reads them: surest first; for a check, those that fail it, then those to
        review."""
        sections = [
            (f"{level.capitalize()} confidence", _of_confidence(self.conflicts, level)) for level in CONFIDENCE_LEVELS
        ]
        if self.review:
            title = f"To review: below {self.min_confidence} confidence, these do not fail the check"
            sections.append((title, list(self.review)))
        return [(title, conflicts) for title, conflicts in sections if conflicts]

    def located(self, conflict: Conflict) -> tuple[ClaimBase, ClaimBase]:
        """The claim to annotate (the first on a checked article's side) and the other side's first claim."""
        sides = [conflict.side(0), conflict.side(1)]
        checked = set(self.checked or ())
        mine = next((i for i, side in enumerate(sides) if any(c.source.path in checked for c in side)), 0)
        claim = next((c for c in sides[mine] if c.source.path in checked), sides[mine][0])
        return claim, sides[1 - mine][0]


def _plural(count: int, noun: str, plural: str | None = None) -> str:
    return noun if count == 1 else plural or noun + "s"


def _counts(conflicts: Sequence[Conflict]) -> str:
    """`2 high, 1 medium, 0 low confidence; 1 high, 2 medium, 0 low severity`."""
    parts = []
    for field in ("confidence", "severity"):
        count = _tally(conflicts, field)
        parts.append(", ".join(f"{count[level]} {level}" for level in CONFIDENCE_LEVELS) + f" {field}")
    return "; ".join(parts)


def _tally(conflicts: Sequence[Conflict], field: str) -> Counter[str]:
    """How many conflicts have each confidence or severity; a spilled file counts without reading them back."""
    if isinstance(conflicts, ConflictFile):
        return conflicts.count(field)
    return Counter(getattr(c, field) for c in conflicts)


def _of_confidence(conflicts: Sequence[Conflict], level: str) -> Sequence[Conflict]:
    if isinstance(conflicts, ConflictFile):
        return conflicts.only(level)
    return [c for c in conflicts if c.confidence == level]


def write_conflicts(checked: Checked, fmt: ConflictFormat | CheckFormat, out: IO[str]) -> None:
    views = {"text": _text, "markdown": _markdown, "html": _html, "json": _json, "github": _github, "sarif": _sarif}
    views[fmt](checked, out)


def where(claim: ClaimBase) -> str:
    """`file:line`; for a web page, the line of the text extracted from it, which is no line of the file."""
    if _in_extracted_text(claim):
        return f"{claim.source.path} (its text, line {claim.source.line})"
    return f"{claim.source.path}:{claim.source.line}"


def cited(claim: ClaimBase) -> str:
    """`file:line`, with the outlet and publication date where the manifest, front matter or page gives them:
    a person names an article by who published it and when, not by its file."""
    known = [part for part in (claim.source.outlet, claim.source.published) if part]
    return f"{where(claim)} ({', '.join(known)})" if known else where(claim)


def sentence_parts(claim: ClaimBase) -> tuple[str, str, str]:
    """The claim's sentence around its evidence: before it, the evidence, after it (the evidence alone where the
    sentence does not hold it)."""
    sentence, evidence = claim.sentence, claim.text
    at = sentence.find(evidence)
    if at < 0:
        return "", evidence, ""
    return sentence[:at], evidence, sentence[at + len(evidence) :]


def _highlighted(claim: ClaimBase, mark, plain) -> str:
    """The claim's sentence, its evidence passed through `mark` and the rest through `plain`."""
    before, evidence, after = sentence_parts(claim)
    return plain(before) + mark(evidence) + plain(after)


def by_subject(conflicts: Sequence[Conflict]):
    return groupby(conflicts, key=lambda c: c.subject)


def _shown(text: str) -> str:
    """Article text for the terminal: rich's markup and control characters written out, never run."""
    return escape(visible(text))


def _text(checked: Checked, out: IO[str]) -> None:
    console = Console(file=out, width=120, highlight=False)
    for title, section in checked.sections():
        console.print(f"\n[bold reverse] {_shown(title)} ({len(section)}) [/]")
        for subject, conflicts in by_subject(section):
            console.print(f"\n[bold underline]{_shown(subject)}[/]")
            for conflict in conflicts:
                style = SEVERITY_STYLE[conflict.severity]
                heading = f"[{style}]{conflict.severity} severity[/] · {conflict.kind} · {_shown(conflict.key)}"
                console.print(f"  {heading}  [dim]{conflict.id}[/]")
                console.print(f"  {_shown(conflict.explanation)}")
                for name, side in zip(SIDE_NAMES, range(2), strict=True):
                    for claim in conflict.side(side):
                        sentence = _highlighted(claim, lambda t: f"[bold reverse]{_shown(t)}[/]", _shown)
                        console.print(f"    {name} [green]{_shown(cited(claim))}[/]  {sentence}")
    if checked.stale:
        console.print("\nBaseline entries no longer seen (`claimx baseline` rewrites the file):")
        for entry in checked.stale:
            console.print(f"  [dim]{entry.id}[/] {_shown(entry.key)}  {_shown(', '.join(entry.files))}")
    console.print(f"\n{_shown(checked.summary())}", soft_wrap=True)  # one line, for grep and for logs


def _markdown(checked: Checked, out: IO[str]) -> None:
    lines = ["# claimx conflicts", ""]
    for title, section in checked.sections():
        lines += [f"## {title} ({len(section)})", ""]
        for subject, conflicts in by_subject(section):
            lines += [f"### {markdown_text(subject)}", ""]
            for conflict in conflicts:
                lines += [
                    f"#### {conflict.severity} severity · {conflict.kind} · {markdown_text(conflict.key)}",
                    "",
                    markdown_text(conflict.explanation),
                    "",
                ]
                for name, side in zip(SIDE_NAMES, range(2), strict=True):
                    for claim in conflict.side(side):
                        sentence = _highlighted(claim, lambda t: f"**{markdown_text(t)}**", markdown_text)
                        lines.append(f"- **{name}** `{markdown_text(cited(claim))}`: {sentence}")
                lines.append("")
    lines.append(checked.summary())
    out.write("\n".join(lines) + "\n")


def _json(checked: Checked, out: IO[str]) -> None:
    """One JSON document, written a conflict at a time: a large report is never held whole."""
    summary = {
        "conflicts": len(checked.conflicts),
        "by_severity": dict(sorted(_tally(checked.conflicts, "severity").items())),
        "by_confidence": dict(sorted(_tally(checked.conflicts, "confidence").items())),
        "claims": checked.claims,
        "files": checked.files,
        "text": checked.summary(),
    }
    if checked.checked is not None:
        summary |= {"checked": list(checked.checked), "accepted": checked.accepted}
        summary |= {"min_confidence": checked.min_confidence, "review": len(checked.review)}
        summary["stale_baseline_entries"] = [e.model_dump(mode="json") for e in checked.stale]
    out.write('{\n  "conflicts": ')
    _json_list(checked.conflicts, out)
    out.write(',\n  "summary": ' + _json_value(summary))
    if checked.checked is not None:
        out.write(',\n  "review": ')
        _json_list(checked.review, out)
    out.write("\n}\n")


def _json_list(conflicts: Sequence[Conflict], out: IO[str]) -> None:
    """A list of conflicts as `json.dumps(..., indent=2)` writes it one level in, item by item."""
    if not conflicts:
        out.write("[]")
        return
    out.write("[")
    # a spilled conflict is read back as the JSON it was spilled as, not parsed and written again
    texts = conflicts.texts() if isinstance(conflicts, ConflictFile) else map(conflict_json, conflicts)
    for i, text in enumerate(texts):
        out.write(("," if i else "") + "\n    " + text.replace("\n", "\n    "))
    out.write("\n  ]")



def _json_value(value: object, indent: str = "  ") -> str:
    """`value` as JSON for a place `indent` deep in an indented document (its first line placed already)."""
    return json.dumps(value, indent=2, ensure_ascii=False).replace("\n", "\n" + indent)


def _html(checked: Checked, out: IO[str]) -> None:
    # imported here: Jinja2 is loaded only by a run that writes a page, not by every `claimx` start
    from .pages import write_conflicts_page

    write_conflicts_page(checked, out)


# -- CI views ---------------------------------------------------------------------


def _github(checked: Checked, out: IO[str]) -> None:
    """GitHub Actions workflow commands on the checked article's line, the other side named, at SARIF's levels:
    an error for a conflict that fails the check (a warning where it is slight), a notice for one to review."""
    levels = {"error": "error", "warning": "warning", "note": "notice"}
    for conflict in [*checked.conflicts, *checked.review]:
        command = levels[_sarif_level(conflict, checked)]
        claim, other = checked.located(conflict)
        end_line, end_column = _end(claim)
        properties = {"file": claim.source.path}
        if not _in_extracted_text(claim):
            properties |= {"line": claim.source.line, "col": claim.source.column}
            properties |= {"endLine": end_line, "endColumn": end_column}
        properties["title"] = f"claimx: {conflict.kind} conflict ({_sureness(conflict)})"
        fields = ",".join(f"{k}={_github_escape(visible(str(v)), property=True)}" for k, v in properties.items())
        message = f"{conflict.explanation}. Other side: {cited(other)}: {other.sentence}"
        out.write(f"::{command} {fields}::{_github_escape(visible(message))}\n")
    for entry in checked.stale:
        out.write(f"::notice::{_github_escape(f'baseline entry {entry.id} ({entry.key}) no longer seen')}\n")
    out.write(checked.summary() + "\n")


def _sureness(conflict: Conflict) -> str:
    return f"{conflict.severity} severity, {conflict.confidence} confidence"


def _github_escape(value: str, property: bool = False) -> str:
    """Escaping as the workflow-command parser undoes it."""
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return value.replace(":", "%3A").replace(",", "%2C") if property else value


def _end(claim: ClaimBase) -> tuple[int, int]:
    """Line and column (1-based, inclusive) of the evidence's last character."""
    lines = claim.text.split("\n")
    if len(lines) == 1:
        return claim.source.line, claim.source.column + max(len(claim.text) - 1, 0)
    return claim.source.line + len(lines) - 1, max(len(lines[-1]), 1)


SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_RULES = {
    "figure": "Two articles give figures for the same thing whose intervals do not meet.",
    "derived": "A ratio or difference stated in words disagrees with the figures it compares, or with another's.",
    "event": "The same event is dated on days that cannot meet.",
    "quote_speaker": "The same quoted words are attributed to different speakers.",
    "quote_wording": "One speaker is quoted in two wordings that differ in a word that matters.",
}


def _sarif(checked: Checked, out: IO[str]) -> None:
    """SARIF 2.1.0: one rule per conflict kind; each result on the checked article, the other side related."""
    rule_index = {kind: i for i, kind in enumerate(SARIF_RULES)}
    results = []
    for conflict in [*checked.conflicts, *checked.review]:
        claim, other = checked.located(conflict)
        related = _sarif_location(other) | {"id": 1, "message": {"text": f"other side: {other.text}"}}
        results.append(
            {
                "ruleId": conflict.kind,
                "ruleIndex": rule_index[conflict.kind],
                "level": _sarif_level(conflict, checked),
                "message": {"text": f"{conflict.explanation}. Other side: [{where(other)}](1)."},
                "locations": [_sarif_location(claim)],
                "relatedLocations": [related],
                "partialFingerprints": {"claimxConflict/v1": conflict.id},
                "properties": {
                    "severity": conflict.severity,
                    "confidence": conflict.confidence,
                    "subject": conflict.subject,
                    "key": conflict.key,
                },
            }
        )
    rules = [
        {"id": kind, "name": kind.title().replace("_", ""), "shortDescription": {"text": text}}
        for kind, text in SARIF_RULES.items()
    ]
    driver = {"name": "claimx", "version": __version__, "rules": rules}
    run = {"tool": {"driver": driver}, "columnKind": "unicodeCodePoints", "results": results}
    document = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}
    out.write(json.dumps(document, indent=2, ensure_ascii=False) + "\n")


def _sarif_level(conflict: Conflict, checked: Checked) -> str:
    """A conflict to review is a note; one that fails the check an error, or a warning where it is slight."""
    if conflict in checked.review:
        return "note"
    return "warning" if conflict.severity == "low" else "error"


def _sarif_location(claim: ClaimBase) -> dict:
    """The evidence's region; columns count Unicode code points (the run's `columnKind`), as claimx does."""
    end_line, end_column = _end(claim)
    region = {
        "startLine": claim.source.line,
        "startColumn": claim.source.column,
        "endLine": end_line,
        "endColumn": end_column + 1,  # SARIF's end column is exclusive
        "snippet": {"text": claim.text},
    }
    uri = urllib.parse.quote(PurePath(claim.source.path).as_posix())
    if _in_extracted_text(claim):  # no line of the page's own source to point at: the whole file
        return {"physicalLocation": {"artifactLocation": {"uri": uri}}}
    return {"physicalLocation": {"artifactLocation": {"uri": uri}, "region": region}}


def _in_extracted_text(claim: ClaimBase) -> bool:
    """A web page's record: its lines and columns are of the text extracted from the page, not of the file."""
    return claim.source.reader.startswith("html")
