"""Who did what to what: the actor, action and objects of the clause a date governs.

The action is the clause's first action word (`events.actions`, by category). A
word of `events.on_models` names its category only when a model is what it acts
on: `announced GPT-5` is GPT-5's release, `announced that ...` a statement,
`shares dropped` no action at all.

What an action acts on, surest first:

- the names in its phrase, the words after it up to a comma, colon, dash or a
  word opening another clause (`released Llama 4 Scout and Llama 4 Maverick on
  April 5`); a list runs on past its commas. A family released `in two variants:
  Scout and Maverick` gives the variants' names;
- a model named right before it (`GLM-5.2 was released`, `the DeepSeek-V3 model,
  launched on Jan. 10`, `DeepSeek-R1, released last week`);
- after a fronted participle, the subject of the main clause (`Released on
  December 26, this model ...`);
- an anaphor in those places (`this model`, `these models`, `after its
  release`): the models named before it in the sentence or the sentence before,
  else the model the article is about.

`confidence` says which: high where the objects are named in the clause, medium
where an anaphor or the sentence before gives them, low where only the article
does. The actor is who the clause names before an active verb, else the agent
after `by`, else the objects' maker: `GLM-5.2 was released` is its maker's release.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from ..entities import Entity, EntityResolver
from ..literals import alternation
from ..records import Confidence
from ..ruleset import RuleSet
from ..spans import DocSpans, Marker

ACTION = "ACTION"  # cue label of an action word: ACTION:release
NOT_ACTION = "NOT_ACTION"  # of a phrase whose action word names no action: "placed an order"
ON_MODELS = "ACTION_ON_MODELS"  # of a word that is an action only on a model: ACTION_ON_MODELS:release
# of a word that is an action only on a restriction: ACTION_ON_RESTRICTIONS:restore ("lifted the ban", not "demand
# lifted Nvidia's shares")
ON_RESTRICTIONS = "ACTION_ON_RESTRICTIONS"
RESTRICTION = "restrict"  # the category whose words name what an ACTION_ON_RESTRICTIONS word acts on
ANAPHOR = "EVENT_ANAPHOR"  # EVENT_ANAPHOR:one ("this model"), EVENT_ANAPHOR:many ("these models")
PRONOUN = "EVENT_PRONOUN"  # EVENT_PRONOUN:one ("its"), EVENT_PRONOUN:many ("their")
ACTOR_TYPES = ("model", "org", "place")  # who acts in an event, or is acted on
CHIP = "chip"  # acted on by some actions only ('chip_actions'): a chip is banned, never bans
PRODUCT_TYPES = ("model", CHIP)  # what is acted on rather than the firms or places named with it
AGENT_TYPES = ("org", "place")
# where an action's phrase ends: a comma (not the one before a date's year), a colon or semicolon, a dash
PHRASE_END = re.compile(r",(?!\s*(?:19|20)\d\d\b)|[;:!?]|\s[—–]\s|\(")
MARKUP = {"*", "**", "_", "__", "`"}  # emphasis around a name: "**Max** is the flagship"
FAMILY_DASH = re.compile(r"\s*(?:[—–:]|\s-\s)\s*")  # "Llama 4—Scout and Maverick": the family, then its models
QUOTES = "\"“”‘’'"
LIST_WORDS = {",", "and", "or", "&"}
MAX_NOT_ACTION = 3  # tokens a phrase naming no action may begin before its action word: "placed an order"
PLANNED_REACH = 60  # characters before an action searched for what tells it as planned
PLANNED_GAP = 2  # words between a marker of a planned action and the action: "is expected to be released"
MAX_DESCRIPTION = 10  # tokens between a copula and the noun it describes a model by
CHAIN_SENTENCES = 3  # sentences opening on an anaphor followed back to the one naming what they stand for
MAX_PARTICIPLE_MODIFIERS = 2  # words between a participle's lead and it: "the company's previously banned A100"
POSSESSIVE_ENDINGS = {"'s", "’s"}  # a lead that is "is" or "has" after a pronoun: "it's released"
WORDS = re.compile(r"[A-Za-z][\w’'-]*")


@dataclass(frozen=True, slots=True)
class Parts:
    """Who did what to what, and how sure the objects are."""

    actor: str | None = None
    action: str | None = None
    action_text: str | None = None
    objects: tuple[str, ...] = ()
    confidence: Confidence = "high"
    planned: bool = False  # told as intended, expected or put off: "plans to release", "delayed the launch of"
    action_span: tuple[int, int] | None = None  # the action word's characters


@dataclass(frozen=True, slots=True)
class _Action:
    start: int  # tokens
    end: int
    category: str | None  # what it names when no model is acted on
    on_models: str | None  # what it names when one is
    on_restrictions: str | None = None  # what it names when a restriction is acted on ("lifted the ban")


@dataclass(frozen=True, slots=True)
class _Acted:
    """What an action acts on, how it was found ("phrase", "before", "relative", "described", "fronted",
    "possessive") and how surely."""

    names: tuple[str, ...] = ()
    has_model: bool = False
    how: str = "phrase"
    confidence: Confidence = "high"


class Participants:
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
            spans, clause, [a for a in self._actions(spans, first, end) if not _inside(spans, a, asides)]
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
            at = (spans.token_starts[action.start], _end_char(spans, action.end))
            return Parts(actor, category, text, acted.names, acted.confidence, planned, at)
        return Parts(names[0].name if names else None)

    # -- actions ----------------------------------------------------------------

    def _liftings_read(self, spans: DocSpans, clause: tuple[int, int], actions: list[_Action]) -> list[_Action]:
        """The actions, a word that acts only on a restriction ('lifted') given its category where it lifts one
        and dropped where it does not ('demand lifted Nvidia's shares')."""
        read = []
        for action in actions:
            if action.on_restrictions is not None:
                if not self._lifts_a_restriction(spans, clause, action, actions):
                    continue
                action = replace(action, category=action.on_restrictions)
            read.append(action)
        return read

    def _lifts_a_restriction(
        self, spans: DocSpans, clause: tuple[int, int], action: _Action, actions: Sequence[_Action]
    ) -> bool:
        """Is a restriction what the action acts on: one in its phrase ('lifted export restrictions on the H20'),
        or, for a passive, one before it in the clause ('the ban was lifted')?"""
        _, stop = self._phrase(spans, clause, action)
        passive = self._passive(spans, clause, action)
        return any(
            b.category == RESTRICTION
            and ((b.start >= action.end and spans.token_starts[b.start] < stop) or (passive and b.end <= action.start))
            for b in actions
        )

    def _actions(self, spans: DocSpans, first: int, end: int) -> list[_Action]:
        """Action words in tokens `first..end`, in order, the longest where they overlap; not one hyphened to the
        next word or the word before, which is half an adjective or a name ('open-weights', 'ban-proof', 'Ray-Ban'),
        nor one that is a name's word or a purchase here."""
        by_span: dict[tuple[int, int], dict[str, str]] = {}
        cues = spans.cues_in(max(0, first - MAX_NOT_ACTION), end)
        not_actions = {i for c in cues if c.label == NOT_ACTION for i in range(c.start, c.end)}
        for cue in cues:
            kind, _, category = cue.label.partition(":")
            if kind not in (ACTION, ON_MODELS, ON_RESTRICTIONS) or cue.start < first or cue.start in not_actions:
                continue  # "placed an order for 300,000 chips": a purchase
            if cue.end < len(spans.words) and spans.words[cue.end] == "-" and not spans.doc[cue.end - 1].whitespace_:
                continue
            if _hyphened_after_a_word(spans, cue.start):
                continue  # "Ray-Ban glasses", "US-sanctioned firms": half a name or an adjective
            if self._in_a_name(spans, cue.start, cue.end):
                continue  # "Jio Platforms Limited": a company's name
            if self._purchase(spans, cue.start, cue.end):
                continue  # "Alibaba ordered 100,000 H20 chips": a purchase, no directive
            if self._adjectival(spans, cue.start, cue.end):
                continue  # "the restricted chips": a participle describing a noun
            by_span.setdefault((cue.start, cue.end), {})[kind] = category
        actions, taken = [], -1
        for (start, stop), kinds in sorted(by_span.items(), key=lambda item: (item[0][0], -item[0][1])):
            if start >= taken:
                actions.append(
                    _Action(start, stop, kinds.get(ACTION), kinds.get(ON_MODELS), kinds.get(ON_RESTRICTIONS))
                )
                taken = stop
        return actions

    def _in_a_name(self, spans: DocSpans, start: int, end: int) -> bool:
        """Is the one-word action at `start..end` a name's word ('name_words'), capitalised after a capitalised word
        ('Jio Platforms Limited')?"""
        words = spans.words
        return (
            end - start == 1
            and start > 0
            and spans.lowers[start] in self.name_words
            and words[start][:1].isupper()
            and words[start - 1][:1].isupper()
        )

    def _purchase(self, spans: DocSpans, start: int, end: int) -> bool:
        """Is the action at `start..end` a purchase word in lower case with a quantity after it ('ordered 100,000
        chips', 'ordered over 2 million GPUs'), a few of the quantity's leading words between? Capitalised, it names
        a directive by its number: 'Executive Order 14179'."""
        if end - start != 1 or spans.lowers[start] not in self.purchase_words or not spans.words[start].islower():
            return False
        i = end
        while i < len(spans.lowers) and i - end < 3 and spans.lowers[i] in self.quantity_leads:
            i += 1
        return i < len(spans.lowers) and spans.doc[i].like_num

    def _planned(self, spans: DocSpans, clause: tuple[int, int], action: _Action) -> bool:
        """Is the action told as intended, expected or put off within its clause ('is expected to launch')?"""
        start = spans.token_starts[action.start]
        return self.planned_before.search(spans.text, max(clause[0], start - PLANNED_REACH), start) is not None

    def negated(self, spans: DocSpans, clause: tuple[int, int], asides: Sequence[tuple[int, int]], date: int) -> bool:
        """Is the action a date at `date` (characters) tells of said not to have happened: the clause's last action
        before the date (`said it did not release X in March`, not `said`), else its first (`did not launch X on
        March 3, as reports claimed`); no action of its `asides` (`X, which has not released weights, launched
        Y on March 3`)."""
        first, end = spans.tokens_of(*clause)
        actions = [a for a in self._actions(spans, first, end) if not _inside(spans, a, asides)]
        if not actions:
            return False
        before = [a for a in actions if spans.token_starts[a.start] < date]
        return self._negated(spans, clause, before[-1] if before else actions[0])

    def _negated(self, spans: DocSpans, clause: tuple[int, int], action: _Action) -> bool:
        """Is the action told as not done, or denied, within its clause ('was not released', 'denied it would
        ship'), and not as done at last ('was not released until March 3')?"""
        start = spans.token_starts[action.start]
        if self.negated_before.search(spans.text, max(clause[0], start - PLANNED_REACH), start) is None:
            return False
        after = spans.token_starts[action.end] if action.end < len(spans.token_starts) else clause[1]
        return self.done_after_negation.search(spans.text, after, max(after, clause[1])) is None

    def _adjectival(self, spans: DocSpans, start: int, end: int) -> bool:
        """Is the one-word action at `start..end` a participle describing the noun after it: led by a determiner or
        a name's possessive ('the restricted chips', "NVIDIA's restricted B200"), one or two modifiers between at
        most ("the company's previously banned A100"), and a noun after it, lower case or a name, not a word going
        on a verb's phrase ('those released in May')? The clause's own verb, if any, is then its action."""
        lowers = spans.lowers
        if end - start != 1 or end >= len(lowers) or not lowers[start].endswith("ed"):
            return False
        lead = start - 1
        while lead > 0 and start - lead <= MAX_PARTICIPLE_MODIFIERS and lowers[lead] in self.participle_modifiers:
            lead -= 1
        return lead >= 0 and self._leads_a_description(spans, lead) and self._a_described_noun(spans, end)

    def _leads_a_description(self, spans: DocSpans, i: int) -> bool:
        """Is token `i` a determiner or a possessive ending ('participle_leads'), not the 'is' or 'has' of "it's"?"""
        lowers = spans.lowers
        if lowers[i] not in self.participle_leads:
            return False
        return not (lowers[i] in POSSESSIVE_ENDINGS and (i == 0 or lowers[i - 1] in self.contracted_subjects))

    def _a_described_noun(self, spans: DocSpans, i: int) -> bool:
        """Is token `i` a noun a participle before it can describe: a lower-case word or a name ('B200', 'GPT-5'),
        not a word going on a verb's phrase ('participle_verb_followers')?"""
        return spans.words[i][:1].isalnum() and spans.lowers[i] not in self.participle_verb_followers

    def _asks_for_another(self, spans: DocSpans, clause: tuple[int, int], action: _Action, actions) -> bool:
        """Is the action a request word ('request_words') with another action in its phrase ('asked Nvidia to
        ship')?"""
        return spans.lowers[action.start] in self.request_words and self._action_in_phrase(
            spans, clause, action, actions
        )

    def _action_in_phrase(self, spans: DocSpans, clause: tuple[int, int], action: _Action, actions) -> bool:
        """Does another action word stand in this action's phrase?"""
        _, stop = self._phrase(spans, clause, action)
        return any(b.start >= action.end and spans.token_starts[b.start] < stop for b in actions)

    # -- what an action acts on -------------------------------------------------

    def _acted_on(self, spans: DocSpans, clause: tuple[int, int], action: _Action) -> _Acted:
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
        return _Acted()

    def _passive(self, spans: DocSpans, clause: tuple[int, int], action: _Action) -> bool:
        """Is the action a passive participle (`was released`, `has been quietly launched`)?"""
        i = self._before_glue(spans, clause, action.start, self.glue - self.auxiliaries)
        return i > 0 and spans.lowers[i - 1] in self.auxiliaries and spans.token_starts[i - 1] >= clause[0]

    @staticmethod
    def _before_glue(spans: DocSpans, clause: tuple[int, int], i: int, glue: set[str]) -> int:
        """The first of the `glue` words right before token `i` in the clause, or `i`."""
        while i > 0 and spans.lowers[i - 1] in glue and spans.token_starts[i - 1] >= clause[0]:
            i -= 1
        return i

    def _phrase(self, spans: DocSpans, clause: tuple[int, int], action: _Action) -> tuple[int, int]:
        """Characters of an action's phrase: from the action to a comma, colon, dash or a clause's opening word;
        a list of names runs on past its commas ('Fable 5, Mythos 5 and Opus 4')."""
        text = spans.text
        start = end = _end_char(spans, action.end)
        while True:
            stop = min(_first(PHRASE_END, text, end, clause[1]), _first(self.openers, text, end, clause[1]))
            if text[stop : stop + 1] != ",":
                return start, stop
            listed = _listed_after(spans, spans.tokens_of(stop, stop + 1)[0], clause[1])
            if listed is None:
                return start, stop
            end = listed.end_char

    def _in_phrase(self, spans: DocSpans, clause: tuple[int, int], action: _Action) -> _Acted | None:
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
            acted = _acted(_without_families(spans.text, named), "phrase", "high")
            family = [e for e in named if e.type == "model"][-1:]
            variants = self._variants(spans, family[0], stop, clause[1]) if len(acted.names) == 1 and family else ()
            return _Acted(variants, True, "phrase") if variants else acted
        first, end = spans.tokens_of(start, stop)
        anaphor = next((c for c in spans.cues_in(first, end) if c.label.startswith(ANAPHOR)), None)
        if anaphor is not None:
            return self._resolved(spans, anaphor, "phrase")
        # "publishes the weights and model card": a model, though unnamed
        return _Acted(has_model=True) if self.model_nouns.search(spans.text, start, stop) else None

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

    def _direct(self, spans: DocSpans, action: _Action, name: Entity) -> bool:
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

    def _timed_from(self, spans: DocSpans, action: _Action) -> bool:
        """Is the action a point something else is timed from ('rose on Wednesday, in the first session since the
        launch of Qwen3.7 Max'): a reference word, then a determiner, right before it?"""
        i = action.start
        while i > 0 and spans.lowers[i - 1] in self.participle_leads:
            i -= 1
        return i > 0 and spans.lowers[i - 1] in self.reference_words

    def _glossed(self, spans: DocSpans, clause: tuple[int, int], action: _Action) -> _Acted | None:
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
        if model.start > 0 and spans.lowers[model.start - 1] in self.noun_phrase_links:
            return None  # "an audit of GPT-5 (published May 2026)": the bracket may tell of the audit
        return _acted([model], "glossed", "high")

    def _possessive(self, spans: DocSpans, clause: tuple[int, int], action: _Action) -> _Acted | None:
        """`after its release last week`: the pronoun before an action noun is what it acts on."""
        pronoun = next(
            (c for c in spans.cues_in(action.start - 1, action.start) if c.label.startswith(PRONOUN)), None
        )
        return self._resolved(spans, pronoun, "possessive") if pronoun else None

    def _named_before(self, spans: DocSpans, clause: tuple[int, int], action: _Action) -> _Acted | None:
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
        return _acted(listed, "before", "high")

    def _takes_an_object(self, spans: DocSpans, clause: tuple[int, int], action: _Action) -> bool:
        """Is the action an active verb followed by its own object (`introduced a feature`, `introduced "computer
        use"`)?"""
        after = action.end
        return (
            after < len(spans.lowers)
            and spans.token_starts[after] < clause[1]
            and (spans.lowers[after] in self.object_openers or spans.words[after] in QUOTES)
            and not self._passive(spans, clause, action)
        )

    def _relative_head(self, spans: DocSpans, clause: tuple[int, int], action: _Action) -> _Acted | None:
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
        if head is None or head.type != "model":
            return None
        if head.start_char < clause[0] and spans.text[head.end_char : clause[0]].strip(" ,"):
            return None  # beyond the clause, unless it opens with this relative clause: "..., which was released"
        return _acted([head], "relative", "high")

    def _described(self, spans: DocSpans, clause: tuple[int, int], action: _Action) -> _Acted | None:
        """`Hunyuan-T1 is Tencent's reasoning model, released March 21`, `X is a 24-billion-parameter model
        released by Y`: the model a copula describes by the noun right before the participle."""
        i = action.start
        if i > 0 and spans.words[i - 1] == ",":
            i -= 1
        i = self._past_maker_phrase(spans, i)
        model = self._described_model(spans, i, spans.tokens_of(*clause)[0])
        return _acted([model], "described", "high") if model is not None else None

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

    def _fronted_subject(self, spans: DocSpans, clause: tuple[int, int], action: _Action) -> _Acted | None:
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
                return _acted([entity], "fronted", "high")
        return None

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

    # -- anaphors ---------------------------------------------------------------

    def _resolved(self, spans: DocSpans, anaphor: Marker, how: str) -> _Acted | None:
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
            return _acted(models[-1:] if one else models, how, "medium")
        earlier = self._antecedents(spans, sentence.start)
        if earlier:
            return _acted(earlier[:1] if one else earlier, how, "medium")
        main = spans.main_model
        if one and not pronoun and main is not None and main.start_char < spans.token_starts[anaphor.start]:
            return _acted([main], how, "low")
        return _Acted(how=how)  # it stands for nothing named: nothing known is acted on

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

    # -- the actor ----------------------------------------------------------------

    def _in_the_verbs_clause(self, spans: DocSpans, action: _Action, before: list[Entity]) -> list[Entity]:
        """The names before the action that lie in its own clause, where it has any: in 'The news from Nvidia came
        after the Commerce Department had lifted ...', the lifting is Commerce's, not Nvidia's."""
        if not before:
            return before
        text = spans.text
        start = spans.token_starts[before[0].start]
        openers = [m.end() for m in self.openers.finditer(text, start, spans.token_starts[action.start])]
        inside = [e for e in before if openers and e.start_char >= openers[-1]]
        return inside or before

    def _actor(self, spans: DocSpans, action: _Action, names: list[Entity], acted: _Acted, category: str) -> str | None:
        """Who acted: the agent after a participle's `by`, else the first name before an active verb, else the
        agent after `by`, else the first organisation or place before the action, else, for a maker's act, the
        maker of what was acted on."""
        before = self._in_the_verbs_clause(
            spans, action, [e for e in names if e.end <= action.start and e.name not in acted.names]
        )
        after = (e for e in names if e.start >= action.end and e.type in AGENT_TYPES)
        agent = next((e for e in after if spans.lowers[e.start - 1] == "by"), None)
        passive = action.end < len(spans.lowers) and spans.lowers[action.end] == "by"
        if acted.how == "phrase" and before and not (passive and agent is not None):
            return before[0].name  # "Meta released Llama 4": who comes before an active verb
        if agent is not None:
            return agent.name  # "GLM-5.2 was released by Zhipu", "GLM-5.3 beats the model released by Alibaba"
        named = [e for e in before if e.type in AGENT_TYPES]
        if named and acted.how == "relative":
            return named[-1].name  # "GLM-5.2 Air, which Zhipu put out": who the relative clause names
        if named and acted.how != "possessive":
            return named[0].name  # "Researchers at DeepSeek said the V3 model, launched on Jan. 10, ..."
        if category not in self.maker_acts:
            return None  # "Fable 5 was banned": not by its maker
        makers = {self.resolver.maker(name) for name in acted.names}
        return makers.pop() if len(makers) == 1 else None


def _inside(spans: DocSpans, action: _Action, stretches: Sequence[tuple[int, int]]) -> bool:
    """Does the action word lie within one of the stretches (characters)?"""
    at = spans.token_starts[action.start]
    return any(start <= at < end for start, end in stretches)


def _hyphened_after_a_word(spans: DocSpans, start: int) -> bool:
    """Is token `start` hyphened to the word before it, with no space either side ('Ray-Ban', 'US-sanctioned')?"""
    return (
        start > 1
        and spans.words[start - 1] == "-"
        and not spans.doc[start - 1].whitespace_
        and not spans.doc[start - 2].whitespace_
        and spans.words[start - 2][-1:].isalnum()
    )


def _hyphened_on(text: str, name: Entity) -> bool:
    """Is the name hyphened to a lower-case word after it, half an adjective ('V3-powered', 'Llama-based')?"""
    return text[name.end_char : name.end_char + 1] == "-" and text[name.end_char + 1 : name.end_char + 2].islower()


def _acted(entities: Iterable[Entity], how: str, confidence: Confidence) -> _Acted:
    """The models and chips among `entities` where there are any, else all of them."""
    entities = list(entities)
    products = [e for e in entities if e.type in PRODUCT_TYPES]
    names = tuple(sorted({e.name for e in (products or entities)}))
    return _Acted(names, any(e.type == "model" for e in entities), how, confidence)


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


def _listed_before(spans: DocSpans, entity: Entity, limit: int) -> Entity | None:
    """The name listed before `entity` ('Scout and Maverick were released'), of the same type."""
    i = entity.start
    while i > 0 and spans.lowers[i - 1] in LIST_WORDS:
        i -= 1
    earlier = spans.entity_ending_at(i) if i < entity.start else None
    if earlier is None or earlier.type != entity.type or earlier.start_char < limit:
        return None
    return earlier


def _end_char(spans: DocSpans, end: int) -> int:
    return spans.token_starts[end - 1] + len(spans.words[end - 1])


def _first(pattern: re.Pattern, text: str, start: int, limit: int) -> int:
    found = pattern.search(text, start, limit)
    return found.start() if found else limit


def _previous_sentence(spans: DocSpans, start: int) -> tuple[int, int] | None:
    """Tokens of the nearest sentence before token `start` that holds any words."""
    while start > 0:
        sentence = spans.doc[start - 1].sent
        if spans.text[sentence.start_char : sentence.end_char].strip():
            return sentence.start, sentence.end
        start = sentence.start
    return None
