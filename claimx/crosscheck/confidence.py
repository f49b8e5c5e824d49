"""How sure a conflict is: the confidence of its weaker side, and the words that say why.

A conflict is no surer than the attribution of either side: a figure whose
subject was only inferred from the sentence or the paragraph may belong to
another model, and then there is nothing to contradict. `claimx check` fails a
build only on conflicts at or above its --min-confidence.
"""

from __future__ import annotations

from collections.abc import Sequence

from .positions import CONFIDENCE_RANK, short

LEVELS = ("high", "medium", "low")

# how each way of finding a figure's subject reads in an explanation
SUBJECT_FOUND = {
    "possessive": "named in a possessive",
    "named_after": "named after the figure",
    "parenthesis": "named before the parenthesis holding the figure",
    "clause": "named in the figure's clause",
    "sentence": "only a name elsewhere in the sentence",
    "anaphor": "only resolved from '{text}'",
    "paragraph": "only the model the paragraph is about",
    "heading": "only the model its section's heading names",
    "article": "only the model the article is about",
    "table_row": "the table row's model",
    "table_column": "the table column's model",
    "key_value": "the model a key-value list is about",
}


def at_least(confidence: str, minimum: str) -> bool:
    return CONFIDENCE_RANK[confidence] >= CONFIDENCE_RANK[minimum]


def attribution(sides: Sequence) -> tuple[str, str]:
    """The confidence of the least sure side (each as sure as its surest claim: `Position`s), and why."""
    weakest = min(sides, key=lambda side: CONFIDENCE_RANK[side.surest.confidence])
    if weakest.surest.confidence != "high":
        return weakest.surest.confidence, _why(weakest.surest)
    lent = [side.first.text for side in sides if side.first.confidence != "high"]
    by_other_lines = f" ({' and '.join(lent)} by another line of the same article)" if lent else ""
    return "high", f"every side attributed surely{by_other_lines}"


def _why(claim) -> str:
    if claim.kind == "event":
        return f"what '{claim.text}' dates is attributed with {claim.confidence} confidence"
    if claim.kind == "quote":
        return f"the speaker of '{short(claim.quote, 40)}' is attributed with {claim.confidence} confidence"
    if claim.subject_source == "anaphor" and claim.subject_text == claim.subject:
        return f"the subject of {claim.text} is only resolved from the text before it"
    found = SUBJECT_FOUND.get(claim.subject_source, f"found by its {claim.subject_source}")
    found = found.format(text=claim.subject_text)
    return f"the subject of {claim.text} is {found}"


def phrase(confidence: str, why: str) -> str:
    return f"{confidence} confidence: {why}"
