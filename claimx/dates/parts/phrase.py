"""An action's phrase and what it names: the words after the action up to a comma, colon, dash or a word opening
another clause, a list running on past its commas; the names in it the action acts on directly, a model apposed
after it, a family's variants; and whether the action is a passive participle."""

from __future__ import annotations

import re

from ...entities import Entity
from ...spans import DocSpans
from .base import (
    ACTOR_TYPES,
    ANAPHOR,
    CHIP,
    FAMILY_DASH,
    LIST_WORDS,
    PHRASE_END,
    QUOTES,
    Acted,
    Action,
    acted_among,
    end_char,
)


class ActionPhrase:
    """Part of `Participants`: an action's phrase and the names in it."""

    def _passive(self, spans: DocSpans, clause: tuple[int, int], action: Action) -> bool:
        """Is the action a passive participle (`was released`, `has been quietly launched`)?"""
        i = self._before_glue(spans, clause, action.start, self.glue - self.auxiliaries)
        return i > 0 and spans.lowers[i - 1] in self.auxiliaries and spans.token_starts[i - 1] >= clause[0]

    @staticmethod
    def _before_glue(spans: DocSpans, clause: tuple[int, int], i: int, glue: set[str]) -> int:
        """The first of the `glue` words right before token `i` in the clause, or `i`."""
        while i > 0 and spans.lowers[i - 1] in glue and spans.token_starts[i - 1] >= clause[0]:
            i -= 1
        return i

    def _phrase(self, spans: DocSpans, clause: tuple[int, int], action: Action) -> tuple[int, int]:
        """Characters of an action's phrase: from the action to a comma, colon, dash or a clause's opening word;
        a list of names runs on past its commas ('Fable 5, Mythos 5 and Opus 4')."""
        text = spans.text
        start = end = end_char(spans, action.end)
        while True:
            stop = min(_first(PHRASE_END, text, end, clause[1]), _first(self.openers, text, end, clause[1]))
            if text[stop : stop + 1] != ",":
                return start, stop
            listed = _listed_after(spans, spans.tokens_of(stop, stop + 1)[0], clause[1])
            if listed is None:
                return start, stop
            end = listed.end_char

    def _in_phrase(self, spans: DocSpans, clause: tuple[int, int], action: Action) -> Acted | None:
        """`released Llama 4 Scout and Llama 4 Maverick`, `unveiled the model`."""
        start, stop = self._phrase(spans, clause, action)
        named = [
            e
            for e in spans.entities_within_chars(start, stop)
            if (e.type in ACTOR_TYPES or (e.type == CHIP and action.category in self.chip_actions))
            and spans.lowers[e.start - 1] != "by"  # "released by Zhipu": who acted
            and not _hyphened_on(spans.text, e)  # "the launch of its DeepSeek-V3-powered assistant": not V3's
        ]
        direct = [e for e in named if self._direct(spans, action, e)]
        if named and not direct:
            return None  # "posted results for Llama 4"
        named = direct  # "released GLM-5.3 under the GLM-5 licence": not the licence's model
        if not named:
            named = self._apposed(spans, stop, clause[1])
        if named:
            acted = acted_among(_without_families(spans.text, named), "phrase", "high")
            family = [e for e in named if e.type == "model"][-1:]
            variants = self._variants(spans, family[0], stop, clause[1]) if len(acted.names) == 1 and family else ()
            return Acted(variants, True, "phrase") if variants else acted
        first, end = spans.tokens_of(start, stop)
        anaphor = next((c for c in spans.cues_in(first, end) if c.label.startswith(ANAPHOR)), None)
        if anaphor is not None:
            return self._resolved(spans, anaphor, "phrase")
        # "publishes the weights and model card": a model, though unnamed
        return Acted(has_model=True) if self.model_nouns.search(spans.text, start, stop) else None

    @staticmethod
    def _apposed(spans: DocSpans, stop: int, limit: int) -> list[Entity]:
        """`introduced its next-generation system, "Grok-3".`: a model named after the phrase's comma, closing
        the clause, is what the phrase described; so is one alone in brackets after it (`its newest series
        (ERNIE 4.5)`)."""
        text = spans.text
        opener = text[stop : stop + 1]
        if opener not in (",", "("):
            return []
        start = stop + 1
        while start < limit and (text[start].isspace() or text[start] in QUOTES):
            start += 1
        model = next((e for e in spans.entities_within_chars(start, limit) if e.start_char == start), None)
        if model is None or model.type != "model":
            return []
        rest = text[model.end_char : limit].strip(QUOTES + " ")
        if opener == "(":
            return [model] if rest[:1] == ")" else []
        return [model] if not rest or rest[0] in ".;!?" else []

    def _direct(self, spans: DocSpans, action: Action, name: Entity) -> bool:
        """Does `name` follow the action directly, or through another action ('ordered Anthropic to disable
        Fable 5', 'announced the release of GPT-5'), rather than through a word such as 'for' or 'of'?"""
        first = action.end
        if first < name.start and spans.lowers[first] in self.object_markers and not self._timed_from(spans, action):
            first += 1  # "the release of GPT-4o in May": a noun of the action takes its object through "of"
        between = range(first, name.start)
        indirect = self.indirect - self.acts_through.get(action.category or "", set())
        if not any(spans.lowers[i] in indirect for i in between):
            return True  # "a license requirement for the export of the H20": a restriction acts through "for"
        return bool(self._actions(spans, action.end, name.start))

    def _timed_from(self, spans: DocSpans, action: Action) -> bool:
        """Is the action a point something else is timed from ('rose on Wednesday, in the first session since the
        launch of Qwen3.7 Max'): a reference word, then a determiner, right before it?"""
        i = action.start
        while i > 0 and spans.lowers[i - 1] in self.participle_leads:
            i -= 1
        return i > 0 and spans.lowers[i - 1] in self.reference_words

    def _variants(self, spans: DocSpans, family: Entity, stop: int, limit: int) -> tuple[str, ...]:
        """`Llama 4 in two variants: Scout (...) and Maverick (...)`: the variants' full names (`Llama 4 Scout`),
        from the list after the phrase's colon, outside brackets: the family's models named there, and tier
        words no other name holds."""
        text = spans.text
        intro = self.variant_intro.match(text, family.end_char, limit) or FAMILY_DASH.match(text, family.end_char)
        if intro is None or stop < intro.start():
            return ()

        def bracketed(at: int) -> bool:
            return text.count("(", intro.end(), at) > text.count(")", intro.end(), at)

        found = {
            e.name
            for e in spans.entities_within_chars(intro.end(), limit)
            if e.type == "model" and e.name.startswith(f"{family.name} ") and not bracketed(e.start_char)
        }
        for tier in self.tier.finditer(text, intro.end(), limit):
            if not bracketed(tier.start()) and not spans.entities_overlapping_chars(tier.start(), tier.end()):
                found.add(self.resolver.canonical(f"{family.name} {tier.group()}"))
        return tuple(sorted(found))


def _hyphened_on(text: str, name: Entity) -> bool:
    """Is the name hyphened to a lower-case word after it, half an adjective ('V3-powered', 'Llama-based')?"""
    return text[name.end_char : name.end_char + 1] == "-" and text[name.end_char + 1 : name.end_char + 2].islower()


def _without_families(text: str, named: list[Entity]) -> list[Entity]:
    """The names but a family its models are named with (`Llama 4, Llama 4 Scout and Llama 4 Maverick`, `Claude
    4—Opus 4 and Sonnet 4`): the release of the models, not of a third thing called `Llama 4` or `Claude 4`. One
    model named after another's name is no family's member: `its Grok chatbot and Grok 1.5` are two."""
    models = [e for e in named if e.type == "model"]

    def a_family(entity: Entity) -> bool:
        others = [o for o in models if o is not entity]
        if len({o.name for o in others if o.name.startswith(entity.name + " ")}) > 1:
            return True
        dash = FAMILY_DASH.match(text, entity.end_char)
        return dash is not None and any(o.start_char == dash.end() for o in others)

    kept = [e for e in named if not (e.type == "model" and a_family(e))]
    return kept or named


def _listed_after(spans: DocSpans, comma: int, limit: int) -> Entity | None:
    """The name after a list's comma (token `comma`), of the same type as the name right before it."""
    before = spans.entity_ending_at(comma)
    i = comma + 1
    while i < len(spans.lowers) and spans.lowers[i] in LIST_WORDS:
        i += 1
    after = spans.entity_starting_at(i)
    if before is None or after is None or after.type != before.type or after.end_char > limit:
        return None
    return after


def _first(pattern: re.Pattern, text: str, start: int, limit: int) -> int:
    found = pattern.search(text, start, limit)
    return found.start() if found else limit
