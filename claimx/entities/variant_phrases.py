"""Variants written apart from their model's name: a tier or size before "version of" (`the pro version of GPT-5`,
`the 70B version of Llama 3`), after the name's possessive (`Llama 3's 70B version`), or a size right before the
name of a model the article or the rules say comes in sizes (`the 405B Llama 3.1` after Llama 3.1 70B, `the 70B
parameter Llama 3`: rules' `sizes_of`). The mention names that
variant, never the base model: two variants' figures are two models' and never contradict each other."""

from __future__ import annotations

import re

from ..literals import alternation
from ..ruleset import RuleSet
from .base import Entity
from .sizes import ends_in_a_size, has_a_size

PHRASE_REACH = 40  # characters before a name searched for "the pro version of", "the 70B parameter"


def _other_sizes_named(model: Entity, size: str, models: list[Entity]) -> bool:
    """Whether the article names `model` (`Llama 3.1`) in another size than `size` (`Llama 3.1 70B` beside 405B):
    then it comes in sizes, and a size written before its name picks one."""
    base = f"{model.name} "
    return any(m.name.startswith(base) and ends_in_a_size(m.name) and m.name != base + size.upper() for m in models)


class VariantPhrases:
    """The part of `EntityResolver` that reads a variant's tier or size written apart from its model's name."""

    def _compile_variant_phrases(self, rules: RuleSet) -> None:
        names = rules.names
        # a tier as the press writes it apart (Heavy, pro, mini), never a common word's lower case (small, base)
        variant = rf"(?:{alternation([*names.tiers, *names.lowercase_tiers]) or '(?!)'}|{names.size})"
        nouns = alternation(names.variant_phrase_nouns) or "(?!)"
        self.variant_of = re.compile(rf"(?<![\w.-])(?P<variant>{variant})\s+(?:{nouns})\s+of\s+(?:the\s+)?$")
        self.variant_possessed = re.compile(rf"['’]s\s+(?P<variant>{variant})\s+(?:{nouns})\b")
        words = alternation(names.parameter_words) or "(?!)"
        self.size_before_name = re.compile(rf"(?<![\w.$€£¥,-])(?P<variant>{names.size})(?:[ -](?:{words}))? +$")
        self.word_after_name = re.compile(r" (?P<variant>[a-z]{3,})\b(?!-)")  # "Phi-4 reasoning models"
        self.sizes_of = {model: {size.upper() for size in sizes} for model, sizes in names.sizes_of.items()}

    def _variants_written_apart(self, text: str, entities: list[Entity]) -> list[Entity]:
        """`entities`, each model named with a variant written apart renamed to that variant."""
        models = [e for e in entities if e.type == "model"]
        named = {e.name for e in models}
        return [self._variant_named(text, e, named, models) if e.type == "model" else e for e in entities]

    def _variant_named(self, text: str, model: Entity, named: set[str], models: list[Entity]) -> Entity:
        family, words = self._family_words(model.name)
        if family is None or not any(c.isdigit() for word in words for c in word):
            return model  # a family's bare name ("the pro version of Gemini"): which version, the text does not say
        if known := self._known_variant_after(text, model, named):
            return known
        lead = max(0, model.start_char - PHRASE_REACH)
        match = self.variant_of.search(text, lead, model.start_char) or self.variant_possessed.match(
            text, model.end_char
        )
        if match is None and (match := self.size_before_name.search(text, lead, model.start_char)) is not None:
            size = match["variant"]
            if not (_other_sizes_named(model, size, models) or size.upper() in self.sizes_of.get(model.name, ())):
                return model  # "the 14B Phi-4 model": its one size, unless the article or the rules name another
        if match is None:
            return model
        variant = match["variant"]
        if self.size.fullmatch(variant) is not None:
            if len(words) > 1 or has_a_size(model.name):
                return model  # "the 70B Llama 3.1 8B", "a compact 106B GLM-4.5-Air": the name tells its variant
        elif variant.lower() in (w.lower() for w in words):
            return model  # "the Pro version of Gemini 2.5 Pro": the name says it already
        name = self.canonical(f"{model.name} {variant}")
        return Entity(model.start, model.end, model.start_char, model.end_char, model.type, name, model.text)

    def _known_variant_after(self, text: str, model: Entity, named: set[str]) -> Entity | None:
        """`Phi-4 reasoning models`: a tier in lower case after a name, that with it names a model the rules or the
        article name in full (Phi-4-reasoning), is that model's. Not one that names none (`the DeepSeek-R1 reasoning
        model` is DeepSeek-R1, a reasoning model); the name patterns take the tiers the press writes in lower case."""
        match = self.word_after_name.match(text, model.end_char)
        if match is None or match["variant"] not in self.tier_case:
            return None
        name = self.canonical(f"{model.name} {match['variant']}")
        if name == model.name or (name not in self.by_alias and name not in named):
            return None
        return Entity(model.start, model.end, model.start_char, model.end_char, model.type, name, model.text)
