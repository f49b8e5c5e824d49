"""The reader of a clause's parts: it reads the rules once and picks, of a clause's action words, the one that
names its event, with what it acts on and who acted. Each concern lives in its own module of this package, mixed
in here: which words are actions (`actions`), how one is told (`modality`), its phrase (`phrase`), what it acts on
beyond its phrase (`objects`), what an anaphor stands for (`anaphors`) and who acted (`actor`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...entities import EntityResolver
from ...literals import alternation
from ...ruleset import RuleSet
from ...spans import DocSpans
from .actions import ActionWords
from .actor import Actors
from .anaphors import Anaphors
from .base import (
    ACTION,
    ACTOR_TYPES,
    ANAPHOR,
    NOT_ACTION,
    ON_MODELS,
    ON_RESTRICTIONS,
    PLANNED_GAP,
    PRONOUN,
    Action,
    Parts,
    end_char,
    inside,
)
from .modality import Modality
from .objects import ActedOn
from .phrase import ActionPhrase


class Participants(ActionWords, Modality, ActionPhrase, ActedOn, Anaphors, Actors):
    """Who did what to what in a dated clause."""

    def __init__(self, rules: RuleSet, resolver: EntityResolver):
        events = rules.events
        self.resolver = resolver
        self.openers = re.compile(rf"\b(?i:{alternation(events.clause_openers) or '(?!)'})\b")
        self.glue = {w.lower() for w in events.passive_glue}
        self.object_openers = {w.lower() for w in events.object_openers}
        self.participle_leads = {w.lower() for w in events.participle_leads}
        self.contracted_subjects = {w.lower() for w in events.contracted_subjects}
        self.participle_modifiers = {w.lower() for w in events.participle_modifiers}
        self.participle_verb_followers = {w.lower() for w in events.participle_verb_followers}
        self.indirect = {w.lower() for w in events.indirect_words}
        self.object_markers = {w.lower() for w in events.object_markers}
        self.noun_phrase_links = {w.lower() for w in events.noun_phrase_links}
        self.part_links = {w.lower() for w in events.part_links}
        self.own_nouns = {w.lower() for w in events.own_nouns}
        self.reference_words = {w.lower() for w in events.reference_words}
        # the marker, then at most two words, then the action: "will soon be released", "delayed the launch of"
        planned = alternation(events.planned_before) or "(?!)"
        self.planned_before = re.compile(rf"\b(?i:{planned})(?:\s+[\w’'-]+){{0,{PLANNED_GAP}}}\s+$")
        # the same for a negation or a denial (not one a word after lifts: "not only released"); "didn't release"
        negators = alternation(events.negated_before) or "(?!)"
        undone = alternation(events.negation_undone_by) or "(?!)"
        self.negated_before = re.compile(
            rf"(?:\b(?i:{negators})|(?<=[A-Za-z])(?i:n['’]t))(?!\s+(?i:{undone})\b)"
            rf"(?:\s+[\w’'-]+){{0,{PLANNED_GAP}}}\s+$"
        )
        self.done_after_negation = re.compile(rf"\b(?i:{alternation(events.done_after_negation) or '(?!)'})\b")
        nouns = alternation(events.variant_nouns) or "(?!)"
        self.variant_intro = re.compile(rf"\s+(?:[\w-]+\s+){{0,3}}?(?i:{nouns})\s*:")
        self.tier = re.compile(rf"\b(?:{alternation(rules.names.tiers) or '(?!)'})\b")
        self.maker_acts = set(events.maker_acts)
        self.overriding = set(events.overriding)
        self.model_nouns = re.compile(rf"\b(?i:{alternation(events.model_nouns) or '(?!)'})\b")
        self.described_nouns = {w.lower() for w in events.described_nouns}
        self.chip_actions = set(events.chip_actions)
        self.acts_through = {category: {w.lower() for w in words} for category, words in events.acts_through.items()}
        self.copulas = {w.lower() for w in events.copulas}
        self.relative_pronouns = {w.lower() for w in events.relative_pronouns}
        self.auxiliaries = {w.lower() for w in events.passive_auxiliaries}
        self.possessives = {w.lower() for w in events.anaphors.possessives}
        self.name_words = {w.lower() for w in events.name_words}
        self.purchase_words = {w.lower() for w in events.purchase_words}
        self.quantity_leads = {w.lower() for w in events.quantity_leads}
        self.request_words = {w.lower() for w in events.request_words}

    @staticmethod
    def cue_patterns(rules: RuleSet) -> list[dict]:
        """Cue patterns for action words and anaphors."""
        events = rules.events
        labelled = [
            *((f"{ACTION}:{category}", words) for category, words in events.actions.items()),
            *((f"{ON_MODELS}:{category}", words) for category, words in events.on_models.items()),
            *((f"{ON_RESTRICTIONS}:{category}", words) for category, words in events.on_restrictions.items()),
            (f"{ANAPHOR}:one", events.anaphors.one),
            (f"{ANAPHOR}:many", events.anaphors.many),
            *((f"{PRONOUN}:{number}", [word]) for word, number in events.anaphors.pronouns.items()),
            (NOT_ACTION, events.not_actions),
        ]
        return [
            {"label": label, "pattern": word, "id": label.lower().replace(":", ".")}
            for label, words in labelled
            for word in words
        ]

    def categories(self, spans: DocSpans, first: int, end: int) -> set[str]:
        """Every action category a word in tokens `first..end` can name ('the day after the release')."""
        return {c for a in self._actions(spans, first, end) for c in (a.category, a.on_models, a.on_restrictions) if c}

    def takes_an_object(self, spans: DocSpans, clause: tuple[int, int], at: tuple[int, int]) -> bool:
        """Is the action at characters `at` an active verb followed by its own object (`Orca-3 (May 2026) introduced
        a computer-use mode`)? A model before it acts, and is not what was brought out."""
        first, end = spans.tokens_of(*at)
        return self._takes_an_object(spans, clause, Action(first, end, None, None))

    def parts(self, spans: DocSpans, clause: tuple[int, int], asides: Sequence[tuple[int, int]] = ()) -> Parts:
        """Actor, action and objects of a clause (characters); no action from its `asides` (characters), which
        describe a name with an action of their own ('DeepSeek, founded in 2023, released R1 in January'). Read
        once per clause of a document (its memo goes with the document): the event extractor asks of most clauses
        both whether they hold an action and what their parts are."""
        return spans.kept("event parts", (clause, tuple(asides)), lambda: self._parts(spans, clause, asides))

    def _parts(self, spans: DocSpans, clause: tuple[int, int], asides: Sequence[tuple[int, int]]) -> Parts:
        first, end = spans.tokens_of(*clause)
        names = [e for e in spans.entities_in(first, end) if e.type in ACTOR_TYPES]
        actions = self._liftings_read(
            spans, clause, [a for a in self._actions(spans, first, end) if not inside(spans, a, asides)]
        )
        # a lifting names the event over the restriction it lifts: "the ban on the H20 was lifted in July"
        actions.sort(key=lambda a: (a.category not in self.overriding, a.on_restrictions is None))
        for i, action in enumerate(actions):
            acted = self._acted_on(spans, clause, action)
            category = action.on_models if action.on_models and acted.has_model else action.category
            if action.on_models and not acted.has_model and self._action_in_phrase(spans, clause, action, actions):
                continue  # "announced the release of GPT-5": the release is the event
            if category is None:
                continue  # "Nvidia's shares dropped": a word that acts only on models, and no model
            if self._asks_for_another(spans, clause, action, actions):
                continue  # "asked Nvidia to ship them by the end of May": the shipping asked for is the date's
            if not acted.names:  # "Commerce's order, dated June 10, instructed Anthropic to disable Fable 5"
                later = (self._in_phrase(spans, clause, b) for b in actions[i + 1 :])
                acted = next((a for a in later if a is not None and a.names), acted)
            actor = self._actor(spans, action, names, acted, category)
            text = spans.span_text(action.start, action.end)
            planned = self._planned(spans, clause, action)
            at = (spans.token_starts[action.start], end_char(spans, action.end))
            return Parts(actor, category, text, acted.names, acted.confidence, planned, at)
        return Parts(names[0].name if names else None)
