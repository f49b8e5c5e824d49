"""Names that own a figure where it stands: a possessive before it (`GPT-4o's 88.7%`, `Mistral AI's
24 billion parameter model`), a name it is bracketed after (`Qwen 2.5 (24.8)`), a list item's key
(`- **gpt-5-mini**: ... ($0.25/1M input)`). These say whose the figure is more surely than any name
nearby, so they are asked first.
"""

from __future__ import annotations

from spacy.tokens import Span

from ...entities import Entity
from ...numbers import Figure
from ...spans import DocSpans, Marker
from ..context import Roles, Subject, subject_of
from ..coordination import list_start
from .base import EMPHASIS, key_before

MAX_MODIFIERS = 2  # "GPT-4o's already impressive 89.8%": words between a possessive and its figure
MODEL_NOUN_REACH = 4  # "Mistral AI's 24 billion parameter reasoning model": words from the figure to "model"


class Owners:
    """The finder's checks for a name owning the figure where it stands."""

    def owner(
        self, spans: DocSpans, sent: Span, figure: Figure, cue: Marker | None = None, entities=()
    ) -> Subject | None:
        """`GPT-4o's 88.7%`, `Maverick's Elo score of 1417`; `Qwen 2.5 (24.8)`, `Scout (17B active, 109B total)`.
        A maker's possessive before a model described (`X is Mistral AI's 24 billion parameter model`) gives
        the model the sentence names before it."""
        starts = [self._past_modifiers(spans, sent, figure.token_start)]  # "GPT-4o's already impressive 89.8%"
        if cue is not None and cue.end <= figure.token_start:
            starts.append(cue.start)  # the possessive owns the cue phrase before the figure
        # "GPT-5's baseline of 41.7%": and the score phrase right before it
        starts += [m.start for m in spans.markers_to.get(figure.token_start, ()) if m.label == "SCORED"]
        # "Gemini 2.5 Pro's $2 and $12": and the list of figures it ends
        starts.append(list_start(spans, sent, figure))
        for start in starts:
            i = start - 1
            if i > sent.start and spans.words[i] in self.possessives:
                owner = spans.entity_ending_at(i)
                if owner is not None and owner.type == "org" and (noun := self._model_noun(spans, sent, figure)):
                    return self._described_model(spans, sent, noun, owner, entities)
                if owner is not None and owner.type in self.subject_types:
                    return subject_of(owner, "possessive")
        return self._bracketed_after_name(spans, sent, figure)

    def _past_modifiers(self, spans: DocSpans, sent: Span, start: int) -> int:
        """Where a figure's modifiers begin: `already impressive 89.8%`, `modest 48.7%`: lower-case words that
        are no verb, preposition or cue (`Zhipu's model reaches 74.0%` has none); and a citation marker, which
        stands between a possessive and its figure in reports (`Gemini 3 Pro's [4] 69.33`)."""
        i = start
        while i > sent.start and start - i < MAX_MODIFIERS and self._modifier(spans, i - 1):
            i -= 1
        if i - 3 > sent.start and _citation_ending_at(spans.words, i):
            i -= 3
        return i

    def _modifier(self, spans: DocSpans, i: int) -> bool:
        word = spans.words[i]  # spaCy's is_lower and is_alpha are the text's islower() and isalpha()
        return (
            word.islower()
            and word.isalpha()
            and spans.lowers[i] not in self.not_modifiers
            and not spans.markers_to.get(i + 1)
            and not spans.markers_from.get(i)
        )

    @staticmethod
    def _model_noun(spans: DocSpans, sent: Span, figure: Figure) -> Marker | None:
        return spans.marker_after(figure.token_end, {"MODEL_NOUN"}, MODEL_NOUN_REACH, sent.end)

    def _described_model(self, spans: DocSpans, sent: Span, noun: Marker, maker: Entity, entities) -> Subject:
        """The model a maker's described model is: the one named right after the description (`Alibaba's 32B
        model QwQ`, `Alibaba's 32B model, QwQ`, `... model called QwQ`), else the last one named before the maker
        if the maker may have made it (`X is Mistral AI's 24 billion parameter model`), else the maker's own,
        which kinds that a lab cannot have then drop (`o1-mini and Alibaba's 32B model`: a model nobody names)."""
        named = self.model_named_after(spans, sent, noun)
        if named is not None:
            return subject_of(named, "named_after")
        before = [e for e in entities if e.type == "model" and e.end <= maker.start]
        if before and self.resolver.maker(before[-1].name) in (maker.name, None):
            return subject_of(before[-1], "clause")
        return subject_of(maker, "possessive")

    @staticmethod
    def _made_by_a_tool(owned: Subject, rule, roles: Roles) -> bool:
        """`exercises generated with GPT-3.5 (1B tokens)`: a figure in brackets after a tool's name (roles' `told`)
        counts what the tool made; but a size there is still the tool's own (`using Llama 3 (70B) as a teacher`)."""
        return (
            owned.source == "parenthesis"
            and rule.kind != "parameter_count"
            and any(e.name == owned.name for e in roles.told)
        )

    def _bracketed_after_name(self, spans: DocSpans, sent: Span, figure: Figure) -> Subject | None:
        """`Qwen 2.5 (24.8)`, `the 14B Phi-4 model (70.5%)`; but in `than GPT-5 ($0.20 vs $1.50)` the pair is the
        sentence's subject's and the foil's, not the bracketed name's."""
        words = spans.words
        if figure.token_end < sent.end and spans.lowers[figure.token_end] in self.versus_words:
            return None
        if spans.text.rfind("(", sent.start_char, figure.start) == -1:
            return None  # no bracket opens before it: the walk back to the sentence's start would find none
        for i in range(figure.token_start - 1, sent.start, -1):
            if words[i] == ")" or spans.entity_at.get(i) is not None:
                return None
            if words[i] == "(":
                while i > sent.start and words[i - 1] in EMPHASIS:
                    i -= 1  # "**Flash** (30B total)"
                noun = next((m for m in spans.markers_to.get(i, ()) if m.label == "MODEL_NOUN"), None)
                owner = spans.entity_ending_at(noun.start if noun is not None else i)
                if owner is not None and owner.type in self.subject_types:
                    return subject_of(owner, "parenthesis")
                return None
        return None

    def list_key(self, spans: DocSpans, sent: Span, figure: Figure) -> Subject | None:
        """`- **gpt-5-mini**: Mid-size variant ($0.25/1M input)`: a list item's key names the model its value is
        about (an organisation there is where it is sold: `**Price on Alibaba Cloud**: ...`)."""
        key = key_before(spans, sent, figure)
        if key is None:
            return None
        named = [e for e in spans.entities_within_chars(key.start("key"), key.end("key")) if e.type == "model"]
        return subject_of(named[0], "key_value") if len(named) == 1 else None


def _citation_ending_at(words: list[str], end: int) -> bool:
    """Do the tokens before `end` form a citation marker, `[4]`?"""
    return words[end - 3] == "[" and words[end - 2].isdigit() and words[end - 1] == "]"
