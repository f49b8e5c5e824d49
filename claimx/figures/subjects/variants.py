"""A variant or version its name does not tell apart: a tier named without its family (`Small 3`), a
family's earlier generation (`the original Gemma`), a superlative picking one unnamed variant (`the
largest with 405B`), `Claude 3.5 Sonnet (new)`, variants listed as a family's sizes. The model in
focus would be the wrong one, so such figures have no subject.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from ...entities import Entity, ends_in_a_size
from ...numbers import Figure
from ...spans import DocSpans
from .base import VERSION_NUMBER, key_before, last_model_before

TIER_REACH = 8  # tokens before a figure searched for a tier named without its family: "Small 3, a 24 billion"
# words after a superlative standing for a family's variant: "the largest with 405B", "the smallest version has"
SUPERLATIVE_GLUE = {"with", "at", "of", "one", "version", "variant", "model", "size"}
KEY_WORD = re.compile(r"[A-Za-z]+")
PARTICIPLE_TOKENS = 3  # tokens a derivative's participle may be split into: "fine", "-", "tuned"


class Variants:
    """The finder's checks for a variant or version that no name tells apart."""

    def _a_tier_without_its_family(self, spans: DocSpans, sent: Span, figure: Figure) -> bool:
        """`introduced Small 3, a 24 billion parameter LLM`, `the Small version scored 70.7`: a tier named without its
        family, with a version or a variant's noun, that no rule resolves, is the figure's: a model we cannot name."""
        words = spans.words
        for i in range(max(sent.start, figure.token_start - TIER_REACH), figure.token_start - 1):
            if words[i] not in self.capital_tiers or i in spans.entity_at or i + 1 in spans.entity_at:
                continue
            if words[i - 1] == "-":
                continue  # "the 32B-Instruct model": a size's setup, the family's variant (see `setup`)
            named = any(m.label == "MODEL_NOUN" for m in spans.markers_from.get(i + 1, ()))
            if named or VERSION_NUMBER.fullmatch(words[i + 1]):
                return True
        return False

    def _an_earlier_generation(self, spans: DocSpans, sent: Span, figure: Figure) -> bool:
        """`the original Gemma family ... offered a two-billion-parameter version`: a family's earlier generation,
        named by its bare family name, owns the figures after it, never the model the article named in full."""
        words, lowers, earlier = spans.words, spans.lowers, self.resolver.earlier_generation_words
        for i in range(sent.start, figure.token_start - 1):
            if lowers[i] not in earlier or not words[i + 1][:1].isupper():
                continue
            named = spans.entity_at.get(i + 1)
            if named is None or named.name in self.resolver.families:
                return True
        return False

    def _an_unnamed_variant(self, spans: DocSpans, sent: Span, figure: Figure) -> bool:
        """`The largest Gemma 3 model has 27B`, `Gemma 3's largest version`, `in three sizes, the largest with
        405B`: a superlative picks one of a family's variants, which the text leaves unnamed. Not a model named
        with its size, nor `OpenAI's largest model` (the lab's, a model named elsewhere) or `GPT-4.5, the largest`.
        A superlative before the figure before it is that one's (`the largest model scored 84.9%, above X's 67%`)."""
        lowers = spans.lowers
        for i in range(spans.end_of_figure_before(figure, sent.start + 1), figure.token_start):
            if lowers[i] not in self.variant_superlatives:
                continue
            after, before = spans.entity_starting_at(i + 1), spans.entity_ending_at(i - 1)
            if after is not None:  # "the largest Gemma 3 model"
                return after.type == "model" and not ends_in_a_size(after.text)
            if spans.words[i - 1] in self.possessives:  # "Gemma 3's largest"
                return before is not None and before.type == "model" and not ends_in_a_size(before.text)
            appositive = i >= 2 and spans.words[i - 2] == "," and spans.entity_ending_at(i - 2) is not None
            following = lowers[i + 1]
            elliptic = not following[:1].isalnum() or following in self.subject_verbs or following in SUPERLATIVE_GLUE
            if lowers[i - 1] == "the" and not appositive and elliptic:
                return True  # "three sizes, the largest with": the superlative stands for a variant
        return False

    def _one_of_two_versions(self, spans: DocSpans, sent: Span, figure: Figure, entities, held: frozenset) -> bool:
        """A version its model's name does not tell apart from another: said in a list item's key (`- Claude 3.5
        Sonnet (new): 49.0%`, `- Original Claude 3.5 Sonnet: 33.4%`), or in brackets right after the model named
        last before the figure (`Claude 3.5 Sonnet (new) scored 49.0%`). `held`: the sentence's check words; the
        bracketed word is one of its tokens, looked for only where it holds one."""
        key = key_before(spans, sent, figure)
        if key is not None and not self.version_qualifiers.isdisjoint(w.lower() for w in KEY_WORD.findall(key["key"])):
            return True
        if held.isdisjoint(self.version_qualifiers):
            return False
        last = last_model_before(entities, figure)
        if last is None:
            return False
        after = last.end
        return (
            after + 2 < figure.token_start
            and spans.words[after] == "("
            and spans.lowers[after + 1] in self.version_qualifiers
            and spans.words[after + 2] == ")"
        )

    def _a_derivative_of(self, spans: DocSpans, sent: Span, figure: Figure, entities) -> bool:
        """`GPT-3 (12B params) fine-tuned on GitHub code`, `Llama 3 fine-tuned for law scores 71%`: a participle
        right after the model named last before the figure, or after the brackets holding the figure, makes the name
        the base of a model the text leaves unnamed, whose figure it is. Not `GPT-3 was fine-tuned`: the model's own."""
        last = last_model_before(entities, figure)
        if last is None:
            return False
        after = last.end
        if after < figure.token_start and spans.words[after] == "(":
            after = next((i + 1 for i in range(figure.token_end, sent.end) if spans.words[i] == ")"), after)
        written = "".join(spans.lowers[after : min(sent.end, after + PARTICIPLE_TOKENS)])  # "fine", "-", "tuned"
        return written.startswith(self.derivative_participles)

    def _lists_variants(self, spans: DocSpans, sent: Span, listed: list[Entity]) -> bool:
        """`Available in Nano, Super, and Ultra sizes, the models feature ...`: names `listed` as a family's
        variants; a figure after them is the family's, no one variant's."""
        return len(listed) >= 2 and listed[-1].end < sent.end and spans.lowers[listed[-1].end] in self.variant_nouns
