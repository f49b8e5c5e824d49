"""HTML pages for people, rendered from the Jinja2 templates in `claimx/templates/`: the conflicts page
(`claimx conflicts --format html`) and the report's conflicts, through the same macros.

Article text reaches a page only through template variables, and the environment escapes every one of them
(autoescaping on): a headline holding `<script>` is shown, never run. The data handed to a template is plain
dicts built here; the markup is the templates'. Pages are written as the template renders them, a chunk at a
time, so a long report is never held whole.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import IO

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from .crosscheck.confidence import LEVELS as CONFIDENCE_LEVELS
from .reading.sheets import FactSheet, Figure, fact_sheets
from .reading.svg import timeline_svg
from .reading.timeline import Timeline, timeline_of
from .reading.views import agreement_line, figure_line
from .records import ClaimBase, Conflict, sort_key
from .views import SIDE_NAMES, Checked, by_subject, cited, sentence_parts

ABOUT_QUOTES = ("quote_speaker", "quote_wording")

ENVIRONMENT = Environment(
    loader=PackageLoader("claimx", "templates"),
    autoescape=True,  # article text is data: every variable is escaped, whatever the template's name
    undefined=StrictUndefined,  # a misspelt field fails a test instead of printing nothing
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)


CHUNKS_PER_WRITE = 100  # a template renders in hundreds of thousands of small pieces: write them in batches


def render(template: str, page: dict, out: IO[str]) -> None:
    """Write `template` filled with `page` as it renders."""
    stream = ENVIRONMENT.get_template(template).stream(page)
    stream.enable_buffering(CHUNKS_PER_WRITE)
    stream.dump(out)


def write_conflicts_page(checked: Checked, out: IO[str]) -> None:
    render("conflicts.html.j2", conflicts_page(checked), out)


def conflicts_page(checked: Checked) -> dict:
    """The conflicts page: the summary, then each section (surest first) with its conflicts by subject; the
    conflicts are read (from a spilled report, one at a time) only as the page reaches them."""
    sections = [
        {"title": title, "count": len(section), "subjects": _subjects(section)} for title, section in checked.sections()
    ]
    return {"summary": checked.summary(), "sections": sections}


def _subjects(section: Iterable[Conflict]) -> Iterator[tuple[str, Iterator[dict]]]:
    return ((subject, map(conflict_view, conflicts)) for subject, conflicts in by_subject(section))


def conflict_view(conflict: Conflict, evidence: Evidence | None = None) -> dict:
    """A conflict as the `conflict` macro shows it: its heading, why, and each side's claims with their evidence;
    each side is anchored (`c-ID-A`) and links to the other, and each claim to its entry in `evidence` if given."""
    sides = [
        {"name": name, "other": SIDE_NAMES[1 - index], "claims": [_evidence(c, evidence) for c in conflict.side(index)]}
        for index, name in enumerate(SIDE_NAMES)
    ]
    fields = ("id", "severity", "confidence", "kind", "key", "subject", "explanation")
    view = {field: getattr(conflict, field) for field in fields} | {"anchor": f"c-{conflict.id}", "sides": sides}
    return view | {"model": model_of(conflict)}


def model_of(conflict: Conflict) -> str:
    """The model a conflict is about; none for a quote's, whose subject is the quote or its speaker."""
    return "" if conflict.kind in ABOUT_QUOTES else conflict.subject


def evidence_view(claim: ClaimBase) -> dict:
    """Where a claim stands (file and line, outlet, date) and its sentence split around the evidence to mark."""
    before, evidence, after = sentence_parts(claim)
    return {"cited": cited(claim), "before": before, "evidence": evidence, "after": after, "link": ""}


def _evidence(claim: ClaimBase, evidence: Evidence | None) -> dict:
    view = evidence_view(claim)
    return view | {"link": evidence.anchor(claim)} if evidence else view


class Evidence:
    """The report's evidence section: every claim in order (by file, then offset), each with its anchor (`e-N`,
    N its place), so the sections above link to a claim's entry."""

    def __init__(self, claims: Iterable[ClaimBase]):
        self.entries = [(f"e-{number}", claim) for number, claim in enumerate(sorted(claims, key=sort_key))]
        self.anchors: dict[tuple, str] = {}
        for anchor, claim in self.entries:
            self.anchors.setdefault(sort_key(claim), anchor)

    def anchor(self, claim: ClaimBase) -> str:
        return self.anchors.get(sort_key(claim), "")


# -- the report -------------------------------------------------------------------

DISPUTED_SHOWN = 10  # models in the overview's list: the rest are a filter away


def write_report(claims: Sequence[ClaimBase], conflicts: Sequence[Conflict], out: IO[str]) -> None:
    render("report.html.j2", report_page(claims, conflicts), out)


def report_page(claims: Sequence[ClaimBase], conflicts: Sequence[Conflict]) -> dict:
    """The report: an overview, the conflicts most severe first with their filters' choices, the models' fact
    sheets, the timeline drawn, and every claim's evidence article by article (by file, then offset: the same
    claims give the same page whatever their order)."""
    evidence = Evidence(claims)
    ordered = sorted(conflicts, key=lambda c: (_rank(c.severity), _rank(c.confidence)))
    return {
        "overview": overview(claims, ordered),
        "filters": filters(ordered),
        "conflicts": [conflict_view(c, evidence) for c in ordered],
        "sheets": [sheet_view(sheet, evidence) for sheet in fact_sheets(claims, ordered)],
        "timeline": timeline_view(timeline_of(claims, ordered)),
        "articles": evidence_by_article(evidence),
    }


def _rank(level: str) -> int:
    return CONFIDENCE_LEVELS.index(level)


def overview(claims: Sequence[ClaimBase], conflicts: Sequence[Conflict]) -> dict:
    """How many articles (that state a claim), claims and conflicts; the conflicts by severity (rows) and
    confidence (columns); the models with the most conflicts, most first."""
    cells = Counter((c.severity, c.confidence) for c in conflicts)
    grid = [
        {
            "severity": severity,
            "counts": [cells[severity, confidence] for confidence in CONFIDENCE_LEVELS],
            "total": sum(cells[severity, confidence] for confidence in CONFIDENCE_LEVELS),
        }
        for severity in CONFIDENCE_LEVELS
    ]
    per_model = Counter(model_of(c) for c in conflicts if model_of(c))
    disputed = sorted(per_model.items(), key=lambda item: (-item[1], item[0]))[:DISPUTED_SHOWN]
    return {
        "articles": len({claim.source.path for claim in claims}),
        "claims": len(claims),
        "conflicts": len(conflicts),
        "levels": CONFIDENCE_LEVELS,
        "grid": grid,
        "disputed": [{"name": name, "conflicts": count} for name, count in disputed],
    }


# what the report's conflicts are filtered by: each filter's name (the conflict's `data-` attribute) and field
FILTERED = (("severity", "severity"), ("kind", "kind"), ("model", "model"), ("confidence", "confidence"))


def filters(conflicts: Sequence[Conflict]) -> list[dict]:
    """A choice per filter, with the values the report's conflicts hold: levels from high to low, the rest sorted."""
    return [{"field": name, "values": _values(conflicts, field)} for name, field in FILTERED]


def _values(conflicts: Sequence[Conflict], field: str) -> list[str]:
    values = {model_of(c) if field == "model" else getattr(c, field) for c in conflicts} - {""}
    if field in ("severity", "confidence"):
        return [level for level in CONFIDENCE_LEVELS if level in values]
    return sorted(values)


def sheet_view(sheet: FactSheet, evidence: Evidence) -> dict:
    """A model's fact sheet: per attribute whether its figures agree, and the figures (most stated first, a
    conflicted one marked), each with its articles, linked to the claim's evidence."""
    rows = [
        {
            "label": row.label,
            "conflict": row.agreement == "conflict",
            "agreement": agreement_line(row),
            "figures": [_figure(figure, evidence) for figure in row.figures],
        }
        for row in sheet.rows
    ]
    return {"model": sheet.model, "rows": rows}


def _figure(figure: Figure, evidence: Evidence) -> dict:
    sources = [_source(claim, evidence) for claim in _first_per_article(figure)]
    return {"line": figure_line(figure), "conflicted": figure.conflicted, "sources": sources}


def _first_per_article(figure: Figure) -> list[ClaimBase]:
    """A figure's claims, one per article: the article's first, as a reader cites it."""
    first: dict[str, ClaimBase] = {}
    for claim in figure.claims:
        first.setdefault(claim.source.path, claim)
    return list(first.values())


def _source(claim: ClaimBase, evidence: Evidence) -> dict:
    return {"cited": cited(claim), "link": evidence.anchor(claim)}


def timeline_view(timeline: Timeline) -> dict:
    """The timeline's drawing and how many events it draws."""
    # the SVG is markup timeline_svg wrote itself, escaping every piece of article text it holds: it goes into
    # the page as it is, where escaping it again would show its tags instead of the drawing
    return {"events": len(timeline.entries), "svg": Markup(timeline_svg(timeline))}


def evidence_by_article(evidence: Evidence) -> list[dict]:
    """Every claim under its article, with what it says and whose, and its sentence, its evidence marked."""
    articles: dict[str, dict] = {}
    for anchor, claim in evidence.entries:
        source = claim.source
        if source.path not in articles:
            about = [part for part in (source.title, source.outlet, source.published) if part]
            heading = {"path": source.path, "anchor": f"a-{len(articles)}", "about": " · ".join(about)}
            articles[source.path] = heading | {"claims": []}
        view = evidence_view(claim) | {"anchor": anchor, "label": claim_label(claim)}
        articles[source.path]["claims"].append(view)
    return list(articles.values())


def claim_label(claim: ClaimBase) -> str:
    """What a claim is and whose: `benchmark · GLM-5.2`, `quote · Tang Jie`."""
    who = getattr(claim, "subject", None) or getattr(claim, "speaker", None) or getattr(claim, "actor", None)
    return f"{claim.kind} · {who}" if who else claim.kind
