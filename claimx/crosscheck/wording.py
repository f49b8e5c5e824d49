"""How a figure conflict is told: its key as a reader sees it, what the two sides say, and the notes on why it
is as sure as it is (a facet one side leaves unstated, a setup the records lack, a hedge, a lab's own figure)."""

from __future__ import annotations

from .positions import Position

FACET_WORDS = {"setup": "setup", "tokens": "tokens", "chip": "chip", "as_of": "date"}


def detail(claim) -> str:
    """What a figure is of, within its subject and kind: `total`, `MMLU`, `context_window`."""
    if claim.kind == "parameter_count":
        return claim.scope
    if claim.kind == "benchmark":
        return claim.benchmark
    return claim.attribute


def _stated(x: Position, y: Position) -> list[str]:
    """The facets either side states, as the key shows them: `5-shot`, `input`, `2026-06`."""
    return sorted({value for p in (x, y) for value in p.facets if value})


def key_text(key: tuple, x: Position, y: Position) -> str:
    """`GLM-5.2 · parameter_count · total`, `GPT-5 · measure · price_per_million_tokens (input) · USD`: units where
    they part keys, facets where a side states them."""
    subject, kind, _, unit = key
    shown_unit = unit if unit and unit != unit.lower() else None
    what = detail(x.first)
    stated = _stated(x, y)
    if stated:
        what += f" ({', '.join(stated)})"
    return " · ".join(p for p in (subject, kind, what, shown_unit) if p)


def explanation(key, a: Position, b: Position, limits: list[str]) -> str:
    subject, kind, what_detail, _ = key
    if kind == "parameter_count":
        what = f"{what_detail} parameters"
    elif kind == "benchmark":
        what = f"on {a.first.benchmark}"
    else:
        what = what_detail.replace("_", " ")
    stated = _stated(a, b)
    if stated:
        what += f" ({', '.join(stated)})"
    apart_text = _percent_apart(a, b)
    qualifiers = {_qualifier_text(p.first, limits) for p in (a, b)}
    written = (
        f"both stated as {qualifiers.pop()}"
        if len(qualifiers) == 1
        else "stated as " + " and ".join(sorted(qualifiers))
    )
    return f"{a.first.text} vs {b.first.text} {what} for {subject}: {apart_text}, {written}"


def unstated_facets(x: Position, y: Position) -> list[str]:
    """Where one side leaves unstated what the other states: the comparison takes them as one."""
    notes = []
    for name, word in FACET_WORDS.items():
        mine, theirs = getattr(x.facets, name), getattr(y.facets, name)
        if (mine is None) != (theirs is None):
            silent, stating = (x, y) if mine is None else (y, x)
            notes.append(f"{silent.first.text} states no {word}, read as {stating.first.text}'s {mine or theirs}")
    return notes


def told_apart_unrecorded(x: Position, y: Position, readings: dict[str, list[Position]]) -> list[str]:
    """Where a side's sentence gives its subject another figure of the same facets (`Sonnet 4's 70.4% and 68.0%`,
    `38.6 percent without tools and 50.7 percent with them`): the article tells the two apart by a setup the
    records do not hold, so which of them the other side's figure is of is a guess."""
    notes = []
    for mine in (x, y):
        sentences = {c.sentence for c in mine.claims}
        beside = next(
            (
                other
                for other in readings[mine.first.source.path]
                if other.facets == mine.facets  # not its output price beside an input price
                and not other.meets(mine)
                and sentences.intersection(c.sentence for c in other.claims)
            ),
            None,
        )
        if beside is not None:
            notes.append(f"{mine.first.text}'s sentence gives it {beside.first.text} too, in a setup not recorded")
    return notes


def hedges(x: Position, y: Position) -> list[str]:
    sides = [p for p in (x, y) if hedged(p)]
    if len(sides) == 2:
        return ["both are hedged (reported, rumoured or estimated): low severity, never fails a check"]
    return [f"{sides[0].first.text} is hedged, the other stated firmly"] if sides else []


def hedged(position: Position) -> bool:
    """Hedged wherever the article gives the figure."""
    return all(c.hedged for c in position.claims)


def self_reported(a: Position, b: Position) -> list[str]:
    """Fact-checkers weigh a lab's own figure differently from an outside one: say which is which."""
    own = [p for p in (a, b) if any(getattr(c, "self_reported", False) for c in p.claims)]
    if len(own) != 1:
        return []
    mine = own[0]
    asserter = next(c.asserted_by for c in mine.claims if getattr(c, "self_reported", False))
    return [f"{mine.first.text} is self-reported by {asserter}, the other independent"]


def _percent_apart(a: Position, b: Position) -> str:
    values = sorted(abs(p.first.value) for p in (a, b))
    if not values[1]:
        return "apart"
    return f"{(values[1] - values[0]) / values[1]:.0%} apart"


def _qualifier_text(claim, limits: list[str]) -> str:
    if claim.qualifier == "at_most" and getattr(claim, "attribute", None) in limits:
        return "the limit"
    return {"at_least": "a lower bound", "at_most": "an upper bound", "range": "a range"}.get(
        claim.qualifier, claim.qualifier
    )
