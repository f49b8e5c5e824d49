"""Whether a measure is stated as a change's new value where a lead-in says so for the figures under it (a list's
or a table's: `After a significant price reduction, the pricing is as follows:`), as a pricing tier is
(`tiers`); and which measures may change over time at all. Shared by the prose and table readers."""

from __future__ import annotations

from .spans import DocSpans

CHANGE_BEFORE = frozenset({"NEW_VALUE", "CHANGE_NAMED"})  # "cut the price to", "now costs", "after the price cut"


def may_change(kind: str, attribute: str | None, tier: str | None, changing: frozenset[str]) -> bool:
    """A price, a window, a count of downloads or chips changes over a model's life (`changing`, from the rules); a
    tier's price is told against the standard rate (`$0.20 with Flex, down from the standard $0.40`), no time
    before it."""
    return kind == "measure" and attribute in changing and tier is None


def marked_changed(claim, changing: frozenset[str]):
    """The claim marked as a change's new value, where its measure may change (a list's or a table's under a lead-in
    telling one); else the claim as it is."""
    if may_change(claim.kind, getattr(claim, "attribute", None), getattr(claim, "tier", None), changing):
        return claim.model_copy(update={"changed": True})
    return claim


def changed_under(spans: DocSpans, places: list[tuple[int, int]]) -> bool:
    """Does a lead-in (characters `places`: a list's or a table's) tell a change: `after a significant price
    reduction, the pricing is as follows:`? Then the figures it introduces are the change's new values."""
    return any(spans.has_marker(*spans.tokens_of(start, end), CHANGE_BEFORE) for start, end in places)
