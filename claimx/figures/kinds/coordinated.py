"""Figures coordinated with a claimed one share its kind: `$0.30 per million tokens, against $5.00 for GPT-4o`
(the first's kind, given to those after it), `117 billion and 21 billion parameters` (the last's cue, given to
those before it), a figure in a flattened table's row written like the one before it. Only a figure written alike,
joined closely and carrying no unit noun of its own: a figure that has its own says something else."""

from __future__ import annotations

from spacy.tokens import Span

from ...numbers import Figure
from ...spans import LIST_JOINS, DocSpans, slash_pair_place
from ..context import Claimed, Focus
from .base import COORDINATION, hyphened_to_a_word, in_range
from .changes import value_before_a_change

RELATIVE_PRONOUNS = {"which", "who", "whose"}  # "2,000 GPUs, which puts ...": a clause about something else
NOUN_LINKS = {"of", "at"}  # "a power draw of 15", "total FLOPS at 4e18": what the figure is, said before it
MAX_COORDINATION_GAP = 10
WHOLE_BEFORE_A_SLASH = {"scope": "total", "id": "params.whole-before-slash"}  # 400B / 17B active: the total
WHOLE_OPENING_BRACKETS = {"scope": "total", "id": "params.whole-opening-brackets"}  # (400B, 17B active): the total


class CoordinatedFigures:
    """`FigureKinds`'s part that gives a figure the kind of one it is coordinated with. The word sets it reads are
    set by `FigureKinds.__init__`, from the rules, once."""

    def in_the_same_row(self, figure: Figure, previous: Claimed | None) -> Claimed | None:
        """`Context Window 200K tokens 200K tokens`: in a flattened table's row, a figure written like the one
        before it is of the kind the row's label gave that one."""
        if previous is None or not self._alike(previous.figure, figure) or not in_range(previous.rule, figure):
            return None
        return Claimed(figure, previous.rule, previous.benchmark)

    def coordinated(self, spans: DocSpans, figure: Figure, previous: Claimed | None) -> Claimed | None:
        """`$0.30 per million tokens, against $5.00 for GPT-4o and $0.59 for Llama 3 70B`: same kind as the first.

        The figure must be written like the claimed one, follow it closely with a
        comparison or a conjunction between them, and carry no unit noun of its own,
        after it or linked right before it. A clause of its own between them (`2,000 GPUs,
        which puts total FLOPS at 4e18`) says something else, unless it compares them.
        """
        if previous is None or not self._alike(previous.figure, figure) or not in_range(previous.rule, figure):
            return None
        if figure.token_start - previous.figure.token_end > MAX_COORDINATION_GAP:
            return None
        between = spans.doc[previous.figure.token_end : figure.token_start]
        words = set(spans.lowers[previous.figure.token_end : figure.token_start])
        compared = spans.has_marker(
            previous.figure.token_end, figure.token_start, ("FOIL", "PAST")  # "(doubled from K2's 128K)"
        )
        if words == {"/"} and slash_pair_place(spans, figure) == 1:
            return Claimed(figure, previous.rule, previous.benchmark)  # "$0.12/$0.50": a pair's second sum
        if words == {"to"} and value_before_a_change(spans, between.sent, previous.figure):
            return Claimed(figure, previous.rule, previous.benchmark)  # "grew from 128K to 200K": the new value
        listed = spans.lowers[figure.token_start - 1] == ":" and _opens_a_list(spans, figure)
        if (words.isdisjoint(COORDINATION) and not listed or not words.isdisjoint(RELATIVE_PRONOUNS)) and not compared:
            return None  # but "27 billion parameters in four versions: 4B, 12B, 27B" lists figures of its kind
        if self._linked_noun_before(spans, figure, previous):
            return None
        if previous.rule.kind == "benchmark" and (
            not self.looks_like_score(spans, between.sent, figure)
            or self._unknown_name_after(spans, between.sent, figure.token_end)  # a test of its own, unknown
            or (previous.benchmark and self._unknown_test_listed_after(spans, between.sent, previous.benchmark, figure))
        ):
            return None
        if self._like_version(spans, figure):
            return None
        if figure.token_end < len(spans.doc) and self.has_own_noun(spans, figure):
            return None
        if hyphened_to_a_word(spans, figure) and not spans.markers_from.get(figure.token_end + 1):
            return None  # "18T tokens; the 72B-Instruct model": hyphened to a word no cue begins, the figure counts
            # what that word names (a name's size), not the first one's kind ("1M-token variants" still is)
        return Claimed(figure, previous.rule, previous.benchmark)

    def compared_to_ruled_out(self, spans: DocSpans, figure: Figure, ruled_out: Claimed) -> Claimed | None:
        """`a 37.1% hallucination rate, compared to 61.8% for GPT-4o`: a figure a comparison word leads, close after
        one a rule ruled out with those compared with it (an error rate), is the same rate of the other model, no
        score. Only right after the comparison word: `while Orca-2 scored 86.2%` is a figure of its own."""
        if not self._alike(ruled_out.figure, figure) or not in_range(ruled_out.rule, figure):
            return None
        if figure.token_start - ruled_out.figure.token_end > MAX_COORDINATION_GAP:
            return None
        lead = figure.token_start - 1
        compared = spans.lowers[lead] in self.versus_words or spans.marker_before(
            figure.token_start, ("FOIL",), 0, ruled_out.figure.token_end
        )
        if not compared or self.has_own_noun(spans, figure):
            return None
        return Claimed(figure, ruled_out.rule, None)

    @staticmethod
    def _linked_noun_before(spans: DocSpans, figure: Figure, previous: Claimed) -> bool:
        """`with a power draw of 15`, `total FLOPS at 4e18`: a word and its link right before the figure say what
        it is. A name (`for GPT-4o at $5`) or a cue of the first figure's kind (`a window of 128K`) does not."""
        link = figure.token_start - 1
        if link - 1 <= previous.figure.token_end or spans.lowers[link] not in NOUN_LINKS:
            return False
        return spans.words[link - 1].isalpha() and not spans.markers_to.get(link)  # no name or cue ends there

    def coordinated_ahead(
        self, spans: DocSpans, sent: Span, figure: Figure, following: list[Figure], entities, focus: Focus
    ) -> Claimed | None:
        """`117 billion and 21 billion parameters`, `$0.09 vs $1.25 per million tokens`, `2B, 9B and 27B
        parameters`: figures joined by conjunctions, commas or `vs` alone share the kind the last one's cue gives
        it, and a bare number the scale written after it (`7 and 13 billion parameters`); so does a price that
        says which tokens it is for first (`$1.25 input and $10 output per million tokens`; but `30B total, 3B
        active` are two scopes)."""
        chain = self._joined_after(spans, figure, following)
        if not chain:
            return None
        last = chain[-1]
        found = self.classify(spans, sent, last, entities, focus, owned=False)
        if found is None or found.rule.kind == "none" or found.cue is None or found.cue.start < last.token_end:
            return None  # the kind must come from a cue after the figures: "... 21 billion parameters"
        if found.rule.scope is not None and spans.scope_after(last) == found.rule.scope:
            if (whole := self._whole_before_a_part(spans, figure, chain, found)) is not None:
                return Claimed(figure, found.rule.model_copy(update=whole), None, found.cue)
            return None  # "235B and 22B activated": a scope said of the last figure alone
        return Claimed(self._scaled_like(figure, chain), found.rule, found.benchmark, found.cue)

    @staticmethod
    def _whole_before_a_part(spans: DocSpans, figure: Figure, chain: list[Figure], found: Claimed) -> dict | None:
        """`Maverick (400B / 17B active)`, `Maverick (400B, 17B active)`: a count written before a slash, or
        opening brackets before a comma, and the active count it is paired with is the whole those are part of,
        the way MoE launches and comparison pages write total/active; never active too, nor a second size of the
        family. A slash or those brackets alone: `235B and 22B activated` may be two models' active counts."""
        if found.rule.scope != "active" or len(chain) != 1 or figure.value <= chain[0].value:
            return None
        between = spans.lowers[figure.token_end : chain[0].token_start]
        if between == ["/"]:
            return WHOLE_BEFORE_A_SLASH
        opens_brackets = figure.token_start > 0 and spans.lowers[figure.token_start - 1] == "("
        return WHOLE_OPENING_BRACKETS if between == [","] and opens_brackets else None

    def _joined_after(self, spans: DocSpans, figure: Figure, following: list[Figure]) -> list[Figure]:
        """The figures after this one that joining words alone link to it, in order."""
        chain, current = [], figure
        for nxt in following:
            if self.has_own_noun(spans, current) or not self._alike(current, nxt):
                break
            between = spans.lowers[current.token_end : nxt.token_start]
            if current.unit_class == "money" and between and between[0] in self.token_sides:
                between = between[1:]
            if not between or any(word not in self.joiners for word in between):
                break
            chain.append(nxt)
            current = nxt
        return chain

    def _scaled_like(self, figure: Figure, chain: list[Figure]) -> Figure:
        """A bare count before counts written with a scale takes their scale: the 7 of `7 and 13 billion`."""
        scale = next((f.scale for f in chain if f.scale is not None), None)
        if figure.scale is not None or scale is None or figure.unit_class != "count" or figure.in_words:
            return figure
        return figure.scaled(scale, self.scales[scale.lower()])

    @staticmethod
    def _alike(a: Figure, b: Figure) -> bool:
        """Is `b` written like `a`: of its unit, and a figure, not a word alone (`four`, `one-fifth`)? A number
        word with a scale word is one (`2 billion and nine billion parameters`)."""
        return a.unit_class == b.unit_class and a.unit == b.unit and (not b.in_words or b.scale is not None)


def _opens_a_list(spans: DocSpans, figure: Figure) -> bool:
    """Is the figure the first of a list of figures (`4B, 12B, 27B`): a comma or `and`, then another figure?"""
    if figure.token_end >= len(spans.doc):
        return False
    return spans.lowers[figure.token_end] in LIST_JOINS and spans.figure_starting_at(figure.token_end + 1) is not None
