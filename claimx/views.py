"""Conflict reports for people and machines: terminal, Markdown, HTML, JSON.

Every view groups conflicts by subject, shows each side's figure as written
with its file and line and its sentence with the figure highlighted, says in
one line why it is a conflict, and ends with a summary line.
"""

from __future__ import annotations

import html
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import groupby
from typing import IO, Literal, get_args

from rich.console import Console
from rich.markup import escape

from .records import ClaimBase, Conflict

ConflictFormat = Literal["text", "markdown", "html", "json"]
CONFLICT_FORMATS = get_args(ConflictFormat)
SIDE_NAMES = ("A", "B")
SEVERITY_STYLE = {"high": "bold red", "medium": "yellow", "low": "cyan"}


@dataclass(frozen=True)
class Checked:
    """What was checked: the conflicts, and how many claims from how many files."""

    conflicts: Sequence[Conflict]
    claims: int
    files: int

    def summary(self) -> str:
        count = Counter(c.severity for c in self.conflicts)
        severities = ", ".join(f"{count[s]} {s}" for s in ("high", "medium", "low"))
        noun = "conflict" if len(self.conflicts) == 1 else "conflicts"
        return f"{len(self.conflicts)} {noun} ({severities}) among {self.claims} claims from {self.files} files."


def write_conflicts(checked: Checked, fmt: ConflictFormat, out: IO[str]) -> None:
    {"text": _text, "markdown": _markdown, "html": _html, "json": _json}[fmt](checked, out)


def where(claim: ClaimBase) -> str:
    return f"{claim.source.path}:{claim.source.line}"


def _highlighted(claim: ClaimBase, mark, plain) -> str:
    """The claim's sentence, its evidence passed through `mark` and the rest through `plain`."""
    sentence, evidence = claim.sentence, claim.text
    at = sentence.find(evidence)
    if at < 0:
        return mark(evidence)
    return plain(sentence[:at]) + mark(evidence) + plain(sentence[at + len(evidence) :])


def _by_subject(conflicts: Sequence[Conflict]):
    return groupby(conflicts, key=lambda c: c.subject)


def _text(checked: Checked, out: IO[str]) -> None:
    console = Console(file=out, width=120, highlight=False)
    for subject, conflicts in _by_subject(checked.conflicts):
        console.print(f"\n[bold underline]{escape(subject)}[/]")
        for conflict in conflicts:
            style = SEVERITY_STYLE[conflict.severity]
            console.print(
                f"  [{style}]{conflict.severity}[/] {conflict.kind} · {escape(conflict.key)}  [dim]{conflict.id}[/]"
            )
            console.print(f"  {escape(conflict.explanation)}")
            for name, side in zip(SIDE_NAMES, range(2), strict=True):
                for claim in conflict.side(side):
                    sentence = _highlighted(claim, lambda t: f"[bold reverse]{escape(t)}[/]", escape)
                    console.print(f"    {name} [green]{escape(where(claim))}[/]  {sentence}")
    console.print(f"\n{checked.summary()}")


def _markdown(checked: Checked, out: IO[str]) -> None:
    lines = ["# claimx conflicts", ""]
    for subject, conflicts in _by_subject(checked.conflicts):
        lines += [f"## {subject}", ""]
        for conflict in conflicts:
            lines += [f"### {conflict.severity} · {conflict.kind} · {conflict.key}", "", conflict.explanation, ""]
            for name, side in zip(SIDE_NAMES, range(2), strict=True):
                for claim in conflict.side(side):
                    sentence = _highlighted(claim, lambda t: f"**{t}**", lambda t: t)
                    lines.append(f"- **{name}** `{where(claim)}`: {sentence}")
            lines.append("")
    lines.append(checked.summary())
    out.write("\n".join(lines) + "\n")


def _json(checked: Checked, out: IO[str]) -> None:
    document = {
        "conflicts": [c.model_dump(mode="json") for c in checked.conflicts],
        "summary": {
            "conflicts": len(checked.conflicts),
            "by_severity": dict(sorted(Counter(c.severity for c in checked.conflicts).items())),
            "claims": checked.claims,
            "files": checked.files,
            "text": checked.summary(),
        },
    }
    out.write(json.dumps(document, indent=2, ensure_ascii=False) + "\n")


HTML_STYLE = """
body { font: 15px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
h2 { border-bottom: 1px solid #ccc; margin-top: 2.5rem; }
.conflict { border-left: 4px solid #999; padding: 0.3rem 1rem; margin: 1rem 0; }
.high { border-color: #c0392b; } .medium { border-color: #d68910; } .low { border-color: #2e86c1; }
.key { color: #555; font-size: 0.9em; } .id { color: #999; font-family: monospace; font-size: 0.8em; }
.side { margin: 0.4rem 0 0.4rem 1rem; } .where { font-family: monospace; color: #1e8449; }
mark { background: #fde68a; padding: 0 2px; } a { color: #2e86c1; }
"""


def _html(checked: Checked, out: IO[str]) -> None:
    e = html.escape
    body = ["<h1>claimx conflicts</h1>", f"<p>{e(checked.summary())}</p>"]
    for subject, conflicts in _by_subject(checked.conflicts):
        body.append(f"<h2>{e(subject)}</h2>")
        for conflict in conflicts:
            anchor = f"c-{conflict.id}"
            body.append(f'<div class="conflict {conflict.severity}" id="{anchor}">')
            key = f"{e(conflict.kind)} · {e(conflict.key)}"
            body.append(
                f'<p><strong>{e(conflict.severity)}</strong> <span class="key">{key}</span>'
                f' <span class="id">{e(conflict.id)}</span></p><p>{e(conflict.explanation)}</p>'
            )
            for name, side in zip(SIDE_NAMES, range(2), strict=True):
                other = SIDE_NAMES[1 - side]
                body.append(f'<div class="side" id="{anchor}-{name}"><a href="#{anchor}-{other}">see side {other}</a>')
                for claim in conflict.side(side):
                    sentence = _highlighted(claim, lambda t: f"<mark>{e(t)}</mark>", e)
                    body.append(
                        f'<p><strong>{name}</strong> <span class="where">{e(where(claim))}</span> {sentence}</p>'
                    )
                body.append("</div>")
            body.append("</div>")
    body.append(f"<p>{e(checked.summary())}</p>")
    out.write(
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>claimx conflicts</title>'
        f"<style>{HTML_STYLE}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n"
    )
