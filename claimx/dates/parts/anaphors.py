"""What an anaphor (`this model`, `these models`, `its`) stands for: the models named before it in its sentence,
else in the sentence before, followed back past sentences that open on an anaphor of their own, else the model the
article is about; nothing where a pronoun's nearer name is an organisation."""

from __future__ import annotations

from ...entities import Entity
from ...spans import DocSpans, Marker
from .base import ANAPHOR, CHAIN_SENTENCES, PRONOUN, Acted, acted_among


class Anaphors:
    """Part of `Participants`: the models an anaphor stands for."""

    def _resolved(self, spans: DocSpans, anaphor: Marker, how: str) -> Acted | None:
        """The models an anaphor stands for: those named before it in its sentence, else in the sentence before
        (medium); for `the model`, else the model the article is about (low). A pronoun may stand for an
        organisation instead ('Zhipu's timing: it began its rollout'): where one is named nearer than any model,
        the pronoun is not what is acted on (None)."""
        one = anaphor.label.endswith(":one")
        pronoun = anaphor.label.startswith(PRONOUN)
        sentence = spans.doc[anaphor.start].sent
        before = [e for e in spans.entities_in(sentence.start, anaphor.start) if e.type in ("model", "org")]
        if pronoun and before and before[-1].type == "org":
            return None
        models = [e for e in before if e.type == "model"]
        if models:
            return acted_among(models[-1:] if one else models, how, "medium")
        earlier = self._antecedents(spans, sentence.start)
        if earlier:
            return acted_among(earlier[:1] if one else earlier, how, "medium")
        main = spans.main_model
        if one and not pronoun and main is not None and main.start_char < spans.token_starts[anaphor.start]:
            return acted_among([main], how, "low")
        return Acted(how=how)  # it stands for nothing named: nothing known is acted on

    def _antecedents(self, spans: DocSpans, start: int, sentences: int = CHAIN_SENTENCES) -> list[Entity]:
        """The models named in the sentence before token `start`, for an anaphor to stand for. A sentence that
        opens on an anaphor of its own ('It has 123B parameters and matches GLM-5.2.') is about what that one
        stands for, and the models it goes on to name are its objects, not its subject: the chain is followed back
        to the sentence naming the subject ('Orca-3 is Lumen's flagship.'), and nothing is known where no sentence
        does within a few."""
        previous = _previous_sentence(spans, start)
        if previous is None:
            return []
        if self._opens_on_anaphor(spans, *previous):
            return self._antecedents(spans, previous[0], sentences - 1) if sentences > 1 else []
        return [e for e in spans.entities_in(*previous) if e.type == "model"]

    def _opens_on_anaphor(self, spans: DocSpans, start: int, end: int) -> bool:
        """Does the sentence (tokens `start..end`) open on an anaphor as its subject ('It has', 'This model
        scores'), not on a possessive one, whose sentence is about what it owns ('Its successor, Wan 2.2, ...')?"""
        first = next((i for i in range(start, end) if spans.words[i][:1].isalnum()), None)
        if first is None or spans.lowers[first] in self.possessives:
            return False
        return any(c.start == first and c.label.startswith((ANAPHOR, PRONOUN)) for c in spans.cues_in(first, end))


def _previous_sentence(spans: DocSpans, start: int) -> tuple[int, int] | None:
    """Tokens of the nearest sentence before token `start` that holds any words."""
    while start > 0:
        sentence = spans.doc[start - 1].sent
        if spans.text[sentence.start_char : sentence.end_char].strip():
            return sentence.start, sentence.end
        start = sentence.start
    return None
