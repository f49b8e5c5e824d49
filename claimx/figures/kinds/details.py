"""What else the words around a claimed figure say: which tokens a price or a window is for (`$3 per million
input tokens`, `$3/$15` in a pair's order, `For input processing,` opening a sentence of prices), the chip a count
is of (`2,048 Nvidia H800 GPUs`), and whether a hedge qualifies it (`reportedly`). Asked once a figure's kind is
known, for the record's fields."""

from __future__ import annotations

import bisect

from spacy.tokens import Span

from ...numbers import Figure
from ...spans import DocSpans, slash_pair_place
from ..context import clause_start

TOKEN_WORDS_AFTER, TOKEN_WORDS_BEFORE = 6, 5  # "$3 per million input tokens", "cached input is billed at $0.07"
# what ends a figure's phrase before the side of the next conjunct or list item: "an output of 80K, ...",
# "Context: 131,072 tokens; max output 40,960"; and the dot or bar a spec line puts between its fields
# ("Context window: 1,000,000 tokens · Max output: 128,000": the output is the next field's)
SIDE_ENDS = {",", ";", "·", "|"}
HEDGE_AFTER = 3  # tokens after a figure where a hedge still qualifies it: "$5.6M, reportedly"
PAIRED_SIDES_REACH = 12  # "$3 / $15 per million input/output tokens": tokens from a figure to its pair of sides
LEAD_PHRASE_TOKENS = 6  # "For input processing,", "On the output side,": a sentence's opening phrase, before its comma
CHIP_GAP = 2  # "2,048 Nvidia H800 GPUs": words between a count and its chip


class FigureDetails:
    """`FigureKinds`'s part that reads what the words around a claimed figure add. The word sets it reads are set by
    `FigureKinds.__init__`, from the rules, once."""

    def token_side(self, spans: DocSpans, sent: Span, figure: Figure) -> str | None:
        """`$0.90 input / $2.70 output`, `$3 per million input tokens`, `400K input tokens`, `total context
        length: 400,000`: the word right before the figure as its key (`Input: $2`), else the word nearest after
        it (before the next figure), else just before it.
        Paired figures before a pair of sides (`$3 / $15 per million input/output tokens`) take them in order."""
        paired = self._paired_side(spans, sent, figure)
        if paired is not None:
            return paired
        words, lowers = spans.words, spans.lowers  # read as strings: `doc[i]` builds a Token on each look
        key = figure.token_start - 1  # "Input: $2/M tokens · Output: $8/M", "input $2, output $8": its key's side
        key -= key > sent.start and words[key] == ":"
        end = min(_next_figure_token(spans, figure, sent.end), sent.end, figure.token_end + TOKEN_WORDS_AFTER)
        # "an input of up to 1M tokens and an output of 80K", "input drops to $0.43/M, output to $0.87/M": a side
        # past a conjunction, a comma or a semicolon is the next conjunct's
        ends = (i for i in range(figure.token_end, end) if lowers[i] in self.conjunctions or words[i] in SIDE_ENDS)
        end = next(ends, end)
        after = range(figure.token_end, end)
        # a pair written with a slash names its sides after it or not at all: a side before it is an earlier
        # figure's ("... per million input/output tokens for X and $0.12/$0.50 for Y")
        reach = max(sent.start, figure.token_start - TOKEN_WORDS_BEFORE)
        before = () if slash_pair_place(spans, figure) is not None else range(figure.token_start - 1, reach - 1, -1)
        for i in (*([key] if key >= sent.start else []), *after, *before):
            if (side := self.token_sides.get(lowers[i])) is not None:
                if i + 1 < sent.end and lowers[i + 1] in self.cache_outcomes:
                    return self.cache_outcomes[lowers[i + 1]]  # "for cache misses": the full input price
                modifier = self.token_sides.get(lowers[i - 1]) if i > sent.start else None
                return modifier or side  # "cached input": the cached price
        return None

    def _paired_side(self, spans: DocSpans, sent: Span, figure: Figure) -> str | None:
        limit = min(sent.end, figure.token_end + PAIRED_SIDES_REACH)
        for i in range(figure.token_end, limit - 2):
            first, joint, second = spans.lowers[i : i + 3]
            if first in self.token_sides and second in self.token_sides and joint in ("/", "and", "&"):
                sides = (self.token_sides[first], self.token_sides[second])
                # the figure before the pair's other figure takes the first side: never one of a pair after it
                later = _next_figure_token(spans, figure, i) < i
                return sides[0] if later else sides[1]
        return None

    def lead_side(self, spans: DocSpans, sent: Span) -> str | None:
        """`For input processing, X ($3.00/1M tokens) costs 1.5x what Y ($2.00/1M tokens) does`: the one side a
        sentence's short opening phrase names, up to its comma or colon, holds for every figure after it (a
        comparison page sets input prices side by side in one sentence, output prices in the next); a phrase
        holding a figure is no opening phrase, and one naming two sides names neither."""
        words, lowers = spans.words, spans.lowers
        limit = min(sent.end, sent.start + LEAD_PHRASE_TOKENS + 1)
        end = next((i for i in range(sent.start, limit) if words[i] in (",", ":")), None)
        if end is None or _figure_within(spans, spans.token_starts[sent.start], spans.token_starts[end]):
            return None
        sides = {self.token_sides[lowers[i]] for i in range(sent.start, end) if lowers[i] in self.token_sides}
        return sides.pop() if len(sides) == 1 else None

    def pair_side(self, spans: DocSpans, figure: Figure) -> str | None:
        """`$3/$15 per million tokens`: the side of a price one of two written with a slash, in the pair's order."""
        place = slash_pair_place(spans, figure)
        return None if place is None or self.price_pair_sides is None else self.price_pair_sides[place]

    @staticmethod
    def chip(spans: DocSpans, sent: Span, figure: Figure) -> str | None:
        """`2,048 Nvidia H800 GPUs`, `50,000 H100 Nvidia chips`: the chip named just after the count."""
        chip = spans.marker_after(figure.token_end, {"chip"}, CHIP_GAP, sent.end)
        return spans.entity_starting_at(chip.start).name if chip is not None else None

    def hedged(self, spans: DocSpans, sent: Span, figure: Figure) -> bool:
        """`reportedly has one trillion`, `is estimated at around $78M`, `rumored to have over 1.5T`: a hedge in
        the figure's clause before it, in its own qualifier (`an estimated 1.8T and 220B`: the first as much as the
        second), or just after it."""
        if "HEDGE" not in spans.labels_in(sent.start, sent.end):
            return False  # asked of every claim, and few sentences hedge: no clause need be found
        start = clause_start(spans, sent, figure.token_start, self.openers)
        return spans.has_marker(start, figure.token_end, ("HEDGE",)) or bool(
            spans.marker_after(figure.token_end, {"HEDGE"}, HEDGE_AFTER, sent.end)
        )


def _next_figure_token(spans: DocSpans, figure: Figure, default: int) -> int:
    """The first token of the next figure after `figure`, else `default`: found by bisection, where a look at
    every figure of a long document was made for each price."""
    figures = spans.figures
    for at in range(bisect.bisect_right(spans.figure_starts, figure.start), len(figures)):
        if figures[at].token_start >= figure.token_end:
            return figures[at].token_start
    return default


def _figure_within(spans: DocSpans, start: int, end: int) -> bool:
    """Does a figure begin between characters `start` and `end`?"""
    at = bisect.bisect_left(spans.figure_starts, start)
    return at < len(spans.figure_starts) and spans.figure_starts[at] < end
