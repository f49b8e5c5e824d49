"""A family named as a whole: `the Gemma family`, `Alibaba's Qwen series`, `Llama models`. Downloads are counted
for a whole family as often as for one model, and an article about `Gemma 4` that says `the Gemma family is at 500M`
gives the family's count, never the latest model's; the entity resolver names no model by such a phrase (a bare
name before a family noun), so without this the nearest model before it would take the figure."""

from __future__ import annotations

from spacy.tokens import Span

from ...numbers import Figure
from ...spans import DocSpans
from ..context import Subject, clause_start

MODIFIER_TOKENS = 3  # words between the name and its family noun: "open", "-", "weights" in "Gemma open-weights family"


class WholeFamilies:
    """The finder's reading of a family named as a whole, with the word sets `SubjectFinder.__init__` reads."""

    def _family_as_a_whole(self, spans: DocSpans, sent: Span, figure: Figure) -> Subject | None:
        """`Gemma 4 crossed 10M; the Gemma family is at 500M`, `..., and Llama models were downloaded 1B times`: the
        family named as a whole in the figure's clause, before the figure, with no model named in that clause
        (`Gemma 4 joins the Gemma family with 10M downloads` is Gemma 4's), owns it."""
        start = clause_start(spans, sent, figure.token_start, self.openers)
        family = None
        for i in range(start, figure.token_start):
            named = spans.entity_at.get(i)
            if family is None and spans.words[i] in self.whole_families and (named is None or named.end == i + 1):
                family = self._named_whole(spans, i, figure.token_start)
                if family is not None:
                    continue
            if named is not None and named.type == "model":
                return None  # a model named in the clause: the figure may be its
        return family

    def _named_whole(self, spans: DocSpans, name: int, limit: int) -> Subject | None:
        """The family whose bare name is token `name`, if a family noun follows it, past a few modifiers."""
        for i in range(name + 1, min(limit, name + 2 + MODIFIER_TOKENS)):
            if spans.lowers[i] in self.whole_family_nouns:
                phrase = spans.text[spans.doc[name].idx : spans.doc[i].idx + len(spans.words[i])]
                return Subject(spans.words[name], phrase, "model", "clause", whole_family=True)
            if spans.lowers[i] not in self.whole_family_modifiers:
                return None
        return None
