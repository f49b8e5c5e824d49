"""What several of the parts of `FigureKinds` share: the words that coordinate figures, a rule's value range, a
figure hyphened to a word, a benchmark among names."""

from __future__ import annotations

from ...entities import Entity
from ...numbers import Figure
from ...ruleset import NumberClaimRule
from ...spans import DocSpans

COORDINATION = {"and", "&", "or", ",", ";", "while", "whereas"}


def in_range(rule: NumberClaimRule, figure: Figure) -> bool:
    """Does the figure's value lie in the rule's range: no model has two parameters, no score is 300%? And is the
    figure as wide a range, or as bounded, as the rule asks for?"""
    if rule.qualifiers and figure.qualifier not in rule.qualifiers:
        return False
    if rule.min_spread is not None:
        if figure.qualifier != "range" or figure.high < rule.min_spread * figure.low:
            return False
    return (rule.min_value is None or figure.value >= rule.min_value) and (
        rule.max_value is None or figure.value <= rule.max_value
    )


def hyphened_to_a_word(spans: DocSpans, figure: Figure) -> bool:
    """`the 100-language test`, `100+-language`: a figure hyphened to a word counts what the word names."""
    doc, end = spans.doc, figure.token_end
    if end + 1 < len(doc) and doc[end].text == "-" and not doc[end].whitespace_:
        return doc[end + 1].is_alpha
    return end < len(doc) and doc[end].text[:1] == "-" and doc[end].text[1:].isalpha()


def benchmark_entity(entity: Entity | None) -> Entity | None:
    return entity if entity is not None and entity.type == "benchmark" else None
