"""A name after the figure that it is for: `72.4% for GLM-5.2`, `39.3M GPU hours used to train Llama 3.1`,
`87% (o3)`. English often names the owner after a figure; a supplier there (`chips from Nvidia`) is
not one.
"""

from __future__ import annotations

from spacy.tokens import Span

from ...entities import Entity
from ...numbers import Figure
from ...spans import DocSpans, Marker
from ..context import Roles, Subject, same_clause, subject_of
from ..kinds import slash_pair_place

WORDS_BEFORE_SIZED_NAME = 2  # lower-case words between a size's cue and the model it sizes: "preview"
NAMED_AFTER_GAP = 3  # "39.3 million GPU hours used to train Llama 3.1": words between the cue and the name


class NamedAfter:
    """The finder's check for a name after the figure that it is for."""

    def _named_after(
        self, spans: DocSpans, sent: Span, figure: Figure, cue: Marker | None, roles: Roles, attribute: str | None
    ) -> Subject | None:
        """`72.4% for GLM-5.2`, `85.0 on Terminal-Bench 2.1 for Claude Opus 4.8`, `$50M to train Llama 3 405B`,
        `39.3M GPU hours used to train Llama 3.1`, `87% (o3)`: a name right after the figure or its cue, in its
        clause, or alone in brackets right after the figure; not a supplier (`chips from Nvidia`)."""
        words, lowers = spans.words, spans.lowers
        for_words = self.for_words - self.supplier_words.get(attribute, set())
        position = figure.token_end
        benchmark = self.kinds.benchmark_after(spans, sent, position)
        if benchmark is not None:
            position = benchmark.end  # "85.0 on Terminal-Bench 2.1 for X"
        positions = [position]
        if slash_pair_place(spans, figure) == 0:  # "$0.12/$0.50 for Tern-2 Mini": the pair's name is each one's
            second = spans.figure_starting_at(figure.token_end + 1)
            positions.append(second.token_end)
            cue = cue or next(iter(spans.cues_from.get(second.token_end, ())), None)
        if cue is not None and cue.start >= figure.token_end and same_clause(
            spans, sent, figure.token_end, cue.start, self.openers
        ):  # the longest cue of its kind there: "per million input/output tokens for X"
            alike = (c.end for c in spans.cues_from.get(cue.start, ()) if c.label == cue.label)
            positions.append(max(alike, default=cue.end))
        for pos in positions:
            if pos >= sent.end:
                continue
            named = None
            if pos != figure.token_end and lowers[pos] in self.agent_participles and pos + 1 < sent.end:
                pos += lowers[pos + 1] == "by"  # "224,000 chips bought by Meta": the participle's agent
            if lowers[pos] == "on" and pos == figure.token_end:  # "from 41.0% on Llama 3.1 to 66.3%"
                named = spans.entity_starting_at(pos + 1 + (lowers[pos + 1] == "the"))
                named = named if named is not None and named.type == "model" else None
            elif words[pos] == "(" and pos == figure.token_end:  # "from 53% (GPT-4o) to 87% (o3)"
                named = spans.entity_starting_at(pos + 1)
                alone = named is not None and named.end < sent.end and words[named.end] == ")"
                named = named if alone and named.type == "model" else None
            elif lowers[pos] in for_words:
                marker = spans.marker_after(pos + 1, self.subject_types, 2, sent.end)
                named = spans.entity_starting_at(marker.start) if marker is not None else None
            elif pos != figure.token_end and words[pos] == "(":  # "a 24B model (Kestrel-2, May 2025)": the name
                named = spans.entity_starting_at(pos + 1)  # bracketed after the model the figure sizes
                closed = named is not None and named.end < sent.end and words[named.end] in (")", ",")
                named = named if closed and named.type == "model" else None
            elif pos != figure.token_end:  # after the cue: "training Llama 3 405B", "used to train Llama 3.1"
                training = spans.marker_after(pos, {"TRAINING"}, NAMED_AFTER_GAP, sent.end)
                named = spans.entity_starting_at(training.end if training is not None else pos)
                if named is None and cue is not None and cue.label == "PARAMS" and spans.words[pos - 1] == "parameter":
                    named = self._model_after_words(spans, sent, pos)  # "a 2T parameter preview Behemoth"
            elif spans.text[figure.end - 1 : figure.end].isalpha():  # a size before its name: "compact 106B X"
                named = spans.entity_starting_at(pos)
                named = named if named is not None and named.type == "model" else None
            if named is not None and named.type in self.subject_types and roles.is_candidate(named):
                return subject_of(named, "named_after")
        return None

    @staticmethod
    def _model_after_words(spans: DocSpans, sent: Span, pos: int) -> Entity | None:
        """A model named after a size's cue past a lower-case word or two (`a 2T parameter preview Behemoth`)."""
        words = spans.words
        for i in range(pos, min(pos + WORDS_BEFORE_SIZED_NAME, sent.end - 1)):
            if not (words[i].isalpha() and words[i].islower()):
                return None
            named = spans.entity_starting_at(i + 1)
            if named is not None:
                return named if named.type == "model" else None
        return None
