"""What an action acts on, surest first: the names in its phrase, a pronoun before it, a model named right
before it, the head of its relative clause, a model a copula describes, the subject after a fronted participle,
or the model a bracket opened after it glosses."""

from __future__ import annotations

from ...entities import Entity
from ...spans import DocSpans
from .base import (
    AGENT_TYPES,
    ANAPHOR,
    LIST_WORDS,
    MARKUP,
    MAX_DESCRIPTION,
    POSSESSIVE_ENDINGS,
    PRONOUN,
    QUOTES,
    WORDS,
    Acted,
    Action,
    acted_among,
)


class ActedOn:
    """Part of `Participants`: what an action acts on."""

    def _acted_on(self, spans: DocSpans, clause: tuple[int, int], action: Action) -> Acted:
        """What the first of the forms that apply says the action acts on (an anaphor may stand for nothing
        known: then nothing)."""
        finders = (
            self._in_phrase,
            self._possessive,
            self._named_before,
            self._relative_head,
            self._described,
            self._fronted_subject,
            self._glossed,
        )
        if self._passive(spans, clause, action):  # "GPT-4o, which was released in May and GPT-4.5": not GPT-4.5
            finders = (self._named_before, self._relative_head, self._in_phrase, *finders[4:])
        for find in finders:
            acted = find(spans, clause, action)
            if acted is not None:
                return acted
        return Acted()

    def _glossed(self, spans: DocSpans, clause: tuple[int, int], action: Action) -> Acted | None:
        """`OpenAI's latest model, o1 (released December 5, 2024)`, `Llama 3 (announced in April 2024)`: a clause
        that is a bracket opened right after a model's name, its action one done to a model and naming nothing
        it acts on, tells of that model, as the same words between commas would. Only a bracket's own action
        does: one naming none (`GPT-5 (August 2025)`) is no clause of its own (`clauses._bracket_around`)."""
        if action.on_models is None and action.category not in self.maker_acts:
            return None  # "(formerly MosaicML, acquired in June 2023)": the bracket's act is on the name inside
        first = spans.tokens_of(*clause)[0]
        if first == 0 or spans.words[first - 1] != "(" or spans.token_starts[first - 1] != clause[0] - 1:
            return None
        model = spans.entity_ending_at(first - 1)
        if model is None or model.type != "model":
            return None
        if self._ends_a_longer_phrase(spans, model, self.noun_phrase_links):
            return None  # "an audit of GPT-5 (published May 2026)": the bracket may tell of the audit
        return acted_among([model], "glossed", "high")

    def _ends_a_longer_phrase(self, spans: DocSpans, model: Entity, links: set[str]) -> bool:
        """Does the name end a longer noun phrase, after one of `links` and its maker's possessive (`an audit of
        GPT-5`, `the Deep Think mode of Gemini 3`, `a coding variant of OpenAI's GPT-5 model`)? A clause after it
        may then tell of the phrase's noun, not of the model; unless that noun is the model's own (`the weights of
        GLM-5`, `the first version of GLM-5`)."""
        lowers, i = spans.lowers, model.start
        if i > 0 and lowers[i - 1] in self.possessives:  # "a variant of its GLM-5 model"
            i -= 1
        elif i > 1 and lowers[i - 1] in POSSESSIVE_ENDINGS:  # "a variant of OpenAI's GPT-5 model"
            owner = spans.entity_ending_at(i - 1)
            i = owner.start if owner is not None else i - 2
        if i == 0 or lowers[i - 1] not in links:
            return False
        return i < 2 or lowers[i - 2] not in self.own_nouns

    def _possessive(self, spans: DocSpans, clause: tuple[int, int], action: Action) -> Acted | None:
        """`after its release last week`: the pronoun before an action noun is what it acts on."""
        pronoun = next(
            (c for c in spans.cues_in(action.start - 1, action.start) if c.label.startswith(PRONOUN)), None
        )
        return self._resolved(spans, pronoun, "possessive") if pronoun else None

    def _named_before(self, spans: DocSpans, clause: tuple[int, int], action: Action) -> Acted | None:
        """`GLM-5.2 was released`, `the DeepSeek-V3 model, launched on`: a model named right before the action,
        with the names listed with it ('Scout and Maverick were released')."""
        i = self._before_glue(spans, clause, action.start, self.glue)
        model = spans.entity_ending_at(i)
        if model is None or model.type != "model" or model.start_char < clause[0]:
            return None
        if self._takes_an_object(spans, clause, action):
            return None  # "Claude 3.5 Sonnet introduced a computer-use feature": the model acts
        listed = [model]
        while (earlier := _listed_before(spans, listed[0], clause[0])) is not None:
            listed.insert(0, earlier)
        if self._ends_a_longer_phrase(spans, listed[0], self.part_links):
            return None  # "a coding variant of GPT-5, announced on": the variant was announced
        return acted_among(listed, "before", "high")

    def _takes_an_object(self, spans: DocSpans, clause: tuple[int, int], action: Action) -> bool:
        """Is the action an active verb followed by its own object (`introduced a feature`, `introduced "computer
        use"`)?"""
        after = action.end
        return (
            after < len(spans.lowers)
            and spans.token_starts[after] < clause[1]
            and (spans.lowers[after] in self.object_openers or spans.words[after] in QUOTES)
            and not self._passive(spans, clause, action)
        )

    def _relative_head(self, spans: DocSpans, clause: tuple[int, int], action: Action) -> Acted | None:
        """`GLM-5.2 Air, which Zhipu put out in July`, `Max is the flagship, which Alibaba made available`: a
        relative clause's verb acts on the model it follows, named or described."""
        i = self._before_glue(spans, clause, action.start, self.glue - {","})  # "which was first released"
        agent = spans.entity_ending_at(i)
        if agent is not None and agent.type in AGENT_TYPES:
            i = agent.start
        if i == 0 or spans.lowers[i - 1] not in self.relative_pronouns:
            return None
        i -= 1
        if i > 0 and spans.words[i - 1] == ",":
            i -= 1
        head = spans.entity_ending_at(i)
        if head is None:
            head = self._described_model(spans, i, spans.tokens_of(*clause)[0])
        if head is None or head.type != "model" or self._ends_a_longer_phrase(spans, head, self.part_links):
            return None  # "the Deep Think mode of Gemini 3, which Google introduced": the mode was
        if head.start_char < clause[0] and spans.text[head.end_char : clause[0]].strip(" ,"):
            return None  # beyond the clause, unless it opens with this relative clause: "..., which was released"
        return acted_among([head], "relative", "high")

    def _described(self, spans: DocSpans, clause: tuple[int, int], action: Action) -> Acted | None:
        """`Hunyuan-T1 is Tencent's reasoning model, released March 21`, `X is a 24-billion-parameter model
        released by Y`: the model a copula describes by the noun right before the participle."""
        i = action.start
        if i > 0 and spans.words[i - 1] == ",":
            i -= 1
        i = self._past_maker_phrase(spans, i)
        model = self._described_model(spans, i, spans.tokens_of(*clause)[0])
        return acted_among([model], "described", "high") if model is not None else None

    @staticmethod
    def _past_maker_phrase(spans: DocSpans, end: int) -> int:
        """`a large language model developed by Anthropic, released on ...`: where the noun the maker's phrase
        follows ends, or `end` where no such phrase ends there."""
        maker = spans.entity_ending_at(end)
        lowers = spans.lowers
        if maker is None or maker.type != "org" or maker.start < 2 or lowers[maker.start - 1] != "by":
            return end
        return maker.start - 2 if lowers[maker.start - 2].endswith("ed") else end

    def _described_model(self, spans: DocSpans, end: int, first: int) -> Entity | None:
        """The model a copula describes by the noun ending at token `end`: `Kimi K3 is Moonshot's agentic model`,
        `**Max** is the closed flagship`; None where the noun is no description of a model."""
        lowers, words = spans.lowers, spans.words
        if end == 0 or lowers[end - 1] not in self.described_nouns:
            return None
        for j in range(end - 2, max(first, end - 1 - MAX_DESCRIPTION) - 1, -1):
            if lowers[j] in self.copulas:
                while j > first and words[j - 1] in MARKUP:
                    j -= 1
                model = spans.entity_ending_at(j)
                return model if model is not None and model.type == "model" and model.start >= first else None
            if spans.doc[j].is_punct and words[j] not in "-‑":
                return None  # the description runs on no clause's punctuation
        return None

    def _fronted_subject(self, spans: DocSpans, clause: tuple[int, int], action: Action) -> Acted | None:
        """`Released on December 26, 2024, this model boasts ...`: a participle opening the clause acts on the
        subject after its phrase."""
        text = spans.text
        action_start = spans.token_starts[action.start]
        if any(w.lower() not in self.glue for w in WORDS.findall(text, clause[0], action_start)):
            return None
        _, stop = self._phrase(spans, clause, action)
        if text[stop : stop + 1] != ",":
            return None
        first, end = spans.tokens_of(stop + 1, clause[1])
        for i in range(first + 1, min(end, first + 4)):
            for cue in spans.cues_from.get(i, ()):
                if cue.label.startswith((ANAPHOR, PRONOUN)):
                    return self._resolved(spans, cue, "fronted")
            entity = spans.entity_starting_at(i)
            if entity is not None and entity.type == "model":
                return acted_among([entity], "fronted", "high")
        return None


def _listed_before(spans: DocSpans, entity: Entity, limit: int) -> Entity | None:
    """The name listed before `entity` ('Scout and Maverick were released'), of the same type."""
    i = entity.start
    while i > 0 and spans.lowers[i - 1] in LIST_WORDS:
        i -= 1
    earlier = spans.entity_ending_at(i) if i < entity.start else None
    if earlier is None or earlier.type != entity.type or earlier.start_char < limit:
        return None
    return earlier
