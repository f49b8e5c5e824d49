"""A figure that is the value before a change (`grew from 128K to 200K`, `up from 68%`, `LiveBench (31.2% to
48.7%)`): what the value was, nobody's now. The figure after it is the new value, of the same kind; and neither
the old value nor a name near it is anyone's figure now (asked by `subjects` and the figures' claims too)."""

from __future__ import annotations

from spacy.tokens import Span

from ...numbers import Figure
from ...spans import DocSpans


def value_before_a_change(spans: DocSpans, sent: Span, figure: Figure) -> bool:
    """`grew from 128K to 200K`, `up from 68%`, `Arena Hard v2 (19.56% to 43.1%)`: the figure is what the value
    was, nobody's now."""
    return spans.marker_before(figure.token_start, {"PAST"}, 0, sent.start) is not None or opens_a_bracketed_change(
        spans, sent, figure
    )


def opens_a_bracketed_change(spans: DocSpans, sent: Span, figure: Figure) -> bool:
    """`LiveBench (31.2% to 48.7%)`: the figure opens a change in brackets, the value before it."""
    opening, joint = figure.token_start - 1, figure.token_end
    return (
        opening >= sent.start
        and spans.words[opening] == "("
        and joint + 1 < sent.end
        and spans.lowers[joint] == "to"
        and spans.figure_starting_at(joint + 1) is not None
    )
