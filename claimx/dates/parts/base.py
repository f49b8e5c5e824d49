"""What the modules of this package share: the cue labels and word limits, the `Parts` a clause yields, an
action word and what it acts on, and the small helpers several of them use."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ...entities import Entity
from ...records import Confidence
from ...spans import DocSpans

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
class Action:
    start: int  # tokens
    end: int
    category: str | None  # what it names when no model is acted on
    on_models: str | None  # what it names when one is
    on_restrictions: str | None = None  # what it names when a restriction is acted on ("lifted the ban")


@dataclass(frozen=True, slots=True)
class Acted:
    """What an action acts on, how it was found ("phrase", "before", "relative", "described", "fronted",
    "possessive") and how surely."""

    names: tuple[str, ...] = ()
    has_model: bool = False
    how: str = "phrase"
    confidence: Confidence = "high"


def inside(spans: DocSpans, action: Action, stretches: Sequence[tuple[int, int]]) -> bool:
    """Does the action word lie within one of the stretches (characters)?"""
    at = spans.token_starts[action.start]
    return any(start <= at < end for start, end in stretches)


def acted_among(entities: Iterable[Entity], how: str, confidence: Confidence) -> Acted:
    """The models and chips among `entities` where there are any, else all of them."""
    entities = list(entities)
    products = [e for e in entities if e.type in PRODUCT_TYPES]
    names = tuple(sorted({e.name for e in (products or entities)}))
    return Acted(names, any(e.type == "model" for e in entities), how, confidence)


def end_char(spans: DocSpans, end: int) -> int:
    return spans.token_starts[end - 1] + len(spans.words[end - 1])
