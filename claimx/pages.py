"""HTML pages for people, rendered from the Jinja2 templates in `claimx/templates/`: the conflicts page
(`claimx conflicts --format html`) and the report's conflicts, through the same macros.

Article text reaches a page only through template variables, and the environment escapes every one of them
(autoescaping on): a headline holding `<script>` is shown, never run. The data handed to a template is plain
dicts built here; the markup is the templates'. Pages are written as the template renders them, a chunk at a
time, so a long report is never held whole.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import IO

from jinja2 import Environment, PackageLoader, StrictUndefined

from .records import ClaimBase, Conflict
from .views import SIDE_NAMES, Checked, by_subject, cited, sentence_parts

ENVIRONMENT = Environment(
    loader=PackageLoader("claimx", "templates"),
    autoescape=True,  # article text is data: every variable is escaped, whatever the template's name
    undefined=StrictUndefined,  # a misspelt field fails a test instead of printing nothing
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)


def render(template: str, page: dict, out: IO[str]) -> None:
    """Write `template` filled with `page`, chunk by chunk as it renders."""
    for chunk in ENVIRONMENT.get_template(template).generate(page):
        out.write(chunk)


def write_conflicts_page(checked: Checked, out: IO[str]) -> None:
    render("conflicts.html.j2", conflicts_page(checked), out)


def conflicts_page(checked: Checked) -> dict:
    """The conflicts page: the summary, then each section (surest first) with its conflicts by subject; the
    conflicts are read (from a spilled report, one at a time) only as the page reaches them."""
    sections = [
        {"title": title, "count": len(section), "subjects": _subjects(section)}
        for title, section in checked.sections()
    ]
    return {"summary": checked.summary(), "sections": sections}


def _subjects(section: Iterable[Conflict]) -> Iterator[tuple[str, Iterator[dict]]]:
    return ((subject, map(conflict_view, conflicts)) for subject, conflicts in by_subject(section))


def conflict_view(conflict: Conflict) -> dict:
    """A conflict as the `conflict` macro shows it: its heading, why, and each side's claims with their evidence;
    each side is anchored (`c-ID-A`) and links to the other."""
    sides = [
        {"name": name, "other": SIDE_NAMES[1 - index], "claims": [evidence_view(c) for c in conflict.side(index)]}
        for index, name in enumerate(SIDE_NAMES)
    ]
    fields = ("id", "severity", "confidence", "kind", "key", "subject", "explanation")
    return {field: getattr(conflict, field) for field in fields} | {"anchor": f"c-{conflict.id}", "sides": sides}


def evidence_view(claim: ClaimBase) -> dict:
    """Where a claim stands (file and line, outlet, date) and its sentence split around the evidence to mark."""
    before, evidence, after = sentence_parts(claim)
    return {"cited": cited(claim), "before": before, "evidence": evidence, "after": after}
