"""Figures that are a comparison's other side or a change's earlier value: `versus X at 88.6%`, the
figure after `vs` (`44.9% vs 41.7%`), `than the 405 billion parameters of X`, `down from $0.55`.
These are not the sentence's subject's, so the finder gives them the foil, or nobody.
"""

from __future__ import annotations

from spacy.tokens import Span

from ...entities import Entity
from ...numbers import Figure
from ...spans import COMPARISON_CUES, LIST_JOINS, DocSpans
from ..context import Claimed, Roles, Subject, subject_of
from ..coordination import list_start
from ..kinds import opens_a_bracketed_change
from .base import AT_WORDS

FOIL_PHRASE_GAP = 1  # words between a foil cue and a figure of the foil's own phrase: "than the 405 billion"
# the word before a figure that follows foils listed ("beats GPT-6 and GLM-5.2 with 88%") and gives it to the verb's
# subject: "with" goes with what the subject does to them; after another ("trails A and B at 91%") it is one of theirs,
# or each one's, which the text does not say: nobody's
SUBJECTS_AFTER_FOILS = {"with"}
PAST_REACH = 3  # "down from $0.55 and $2.19": tokens between "down from" and a past figure
FOIL_CLAUSE_REACH = 10  # tokens before a relative clause's comma its foil's cue may begin: "such as those by Meta"


class Foils:
    """The finder's checks for a comparison's foil and a change's past value."""

    def _describes_a_foil(self, spans: DocSpans, sent: Span, start: int) -> bool:
        """Does the clause at `start` open on a relative pronoun after a comparison's foil the rules cannot name:
        `surpassing Meta's LLaMa, which uses`, `unlike its rivals, which need`, `smaller models such as those built
        by Meta and Mistral, which hover around`? (A model they know there, `beats GPT-4o, which costs`, is the
        figure's subject.)"""
        comma = start - 1
        if comma <= sent.start or spans.lowers[start] not in self.relative_openers:
            return False
        named = spans.entity_ending_at(comma)
        if named is not None and named.type == "model":
            return False
        return bool(spans.markers_in(max(sent.start, comma - FOIL_CLAUSE_REACH), comma, COMPARISON_CUES))

    def _foil_at(self, spans: DocSpans, sent: Span, figure: Figure, roles: Roles) -> Subject | None:
        """`versus Llama 3.1 405B at 88.6%`, `behind GPT-4o with 90.2%`: a figure right after a foil is its; and so
        is one after a name listed after the foil's figure (`ahead of Claude at 74.6 and DeepSeek at 71.3`)."""
        i = figure.token_start - 1
        if i <= sent.start or spans.lowers[i] not in AT_WORDS:
            return None
        foil = spans.entity_ending_at(i)
        if foil is None or foil.type not in self.subject_types or self._closes_a_list_of_foils(spans, foil, roles):
            return None  # "beats GPT-6 and GLM-5.2 with 88%": not GLM-5.2's alone (`_after_a_list_of_foils`)
        listed = spans.lowers[foil.start - 1] in LIST_JOINS and spans.end_of_figure_before(figure, sent.start) == (
            foil.start - 1
        )
        if foil not in roles.foils and not listed:
            return None  # "tops LMArena with 1,450 points": a test topped is nobody's subject
        if spans.marker_before(foil.start, {"BASE"}, self.foil_gap, sent.start) is not None:
            return None  # "an upgraded version of Qwen3 with 9B parameters": the new model's, not its base's
        return subject_of(foil, "named_after")

    def _after_a_list_of_foils(self, spans: DocSpans, sent: Span, figure: Figure, roles: Roles) -> str | None:
        """The word right before the figure (`with`, `at`) where it follows models listed as a comparison's foils
        (`beats GPT-6 and GLM-5.2 with 88%`, `trails GPT-6 and GLM-5.2 at 91%`), else None: the list's last name,
        the nearest, has it no more than the others."""
        i = figure.token_start - 1
        if i <= sent.start or spans.lowers[i] not in AT_WORDS:
            return None
        foil = spans.entity_ending_at(i)
        return spans.lowers[i] if foil is not None and self._closes_a_list_of_foils(spans, foil, roles) else None

    @staticmethod
    def _closes_a_list_of_foils(spans: DocSpans, foil: Entity, roles: Roles) -> bool:
        """Is `foil` a foil listed right after another, only the joins of a list between (`GPT-6 and GLM-5.2`; not
        `GPT-6 at 68% and GLM-5.2`, each with a figure of its own)?"""
        if foil not in roles.foils:
            return False
        i = foil.start
        while i > 0 and spans.lowers[i - 1] in LIST_JOINS:
            i -= 1
        before = spans.entity_ending_at(i) if i < foil.start else None
        return before is not None and before in roles.foils

    def _after_versus(self, spans: DocSpans, sent: Span, figure: Figure, previous) -> bool:
        i = figure.token_start - 1
        return previous is not None and i > sent.start and spans.lowers[i] in self.versus_words

    def _foil_of_pair(self, roles: Roles, previous: Claimed) -> Subject | None:
        """`Kimi beats GPT-5 on HLE (44.9% vs 41.7%)`: after `vs`, the figure of the sentence's foil."""
        foils = [e for e in roles.foils if e.type in self.subject_types and e.start < previous.figure.token_start]
        return subject_of(max(foils, key=lambda e: e.start)) if foils else None

    def _past_value(self, spans: DocSpans, sent: Span, figure: Figure) -> bool:
        """`down from $0.55 and $2.19`, `65.8% for its predecessor`; but not the new value of `from 68% to 81%`.
        A list of figures right after the cue is all past: `down from $0.0145, $1.74 and $3.48`."""
        if opens_a_bracketed_change(spans, sent, figure):
            return True
        labels = spans.labels_in(sent.start, sent.end)  # kept for the sentence: most hold neither cue
        if "PAST" in labels:
            past = spans.marker_before(list_start(spans, sent, figure), {"PAST"}, PAST_REACH, sent.start)
            if past is not None and "to" not in spans.lowers[past.end : figure.token_start]:
                return True
        if "PREDECESSOR" not in labels:
            return False
        return spans.marker_after(figure.token_end, {"PREDECESSOR"}, 2, sent.end) is not None


def new_value_of_a_change_from_a_name(spans: DocSpans, sent: Span, figure: Figure) -> bool:
    """`a price increase from Orca-2 ($0.50 → $2)`, `up from Orca-2 (41% → 62%)`: the value after an arrow, in
    brackets after a name a change is said to be from, is what the change went to: not the bracketed name's, and
    the brackets name no other."""
    if spans.marker_before(figure.token_start, {"ARROW"}, 0, sent.start) is None:
        return False  # asked of every figure: most follow no arrow
    words = spans.words
    for i in range(figure.token_start - 1, sent.start, -1):
        if words[i] == ")":
            return False
        if words[i] == "(":
            named = spans.entity_ending_at(i)
            return named is not None and spans.marker_before(named.start, {"PAST"}, 0, sent.start) is not None
    return False


def in_foil_phrase(spans: DocSpans, sent: Span, figure: Figure) -> bool:
    """Does a foil cue lead the figure's own phrase, with at most a few lower-case words between ('than any
    dense 70B model')? A name between them ('than GPT-5 ($0.20 vs ...)') leads a phrase of its own."""
    i = figure.token_start
    for _ in range(FOIL_PHRASE_GAP + 1):
        if any(marker.label == "FOIL" for marker in spans.markers_to.get(i, ())):
            return True
        i -= 1
        if i <= sent.start or not spans.words[i].isalpha() or not spans.words[i].islower() or i in spans.entity_at:
            return False
    return False
