"""The rules for dated events: action words, anaphors, what dates a model's release."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .base import Strict


class EventAnaphors(Strict):
    """Words that stand for models named before: 'this model' for one, 'these models' for several."""

    one: list[str] = []
    many: list[str] = []
    pronouns: dict[str, Literal["one", "many"]] = Field(
        default={}, description="Pronouns read only as a subject or before an action noun: 'its release'."
    )
    possessives: list[str] = Field(
        default=[],
        description="Pronouns that own the noun after them: a sentence opening on one ('Its successor, Wan 2.2, "
        "...') is about that noun, not about what the pronoun stands for.",
    )


class EventRules(Strict):
    actions: dict[str, list[str]] = Field(default={}, description="Action category -> the words that name it.")
    overriding: list[str] = Field(default=[], description="Categories that win over action words before them.")
    on_models: dict[str, list[str]] = Field(
        default={},
        description="Action category -> words that name it only when a model is acted on ('announced GPT-5').",
    )
    on_restrictions: dict[str, list[str]] = Field(
        default={},
        description="Action category -> words that name it only when a restriction is acted on ('lifted the ban', "
        "not 'demand lifted Nvidia's shares').",
    )
    name_words: list[str] = Field(
        default=[],
        description="Action words that, capitalised after a capitalised word, are part of a name: 'Jio Platforms "
        "Limited'.",
    )
    purchase_words: list[str] = Field(
        default=[],
        description="Action words that tell a purchase where a quantity follows: 'ordered 100,000 H20 chips'.",
    )
    quantity_leads: list[str] = Field(
        default=[], description="Words that may lead a quantity after a purchase word: 'ordered over 2 million'."
    )
    request_words: list[str] = Field(
        default=[],
        description="Action words that ask for the action in their phrase: 'asked Nvidia to ship them by May' dates "
        "the shipping asked for.",
    )
    subject_verbs: list[str] = Field(
        default=[], description="Verbs after a clause's subject: 'Arctic has ...', a name the rules do not know."
    )
    as_of_words: list[str] = Field(
        default=[], description="Words before a date a figure is stated for: 'as of July 15', 'by Aug. 31'."
    )
    clause_openers: list[str] = Field(default=[], description="Words that end an action's objects: 'that', 'after'.")
    indirect_words: list[str] = Field(
        default=[], description="Words between an action and a name that make it no object: 'results for X'."
    )
    object_markers: list[str] = Field(
        default=[],
        description="Indirect words that, right after a noun of the action, open its object: 'the release of GPT-4o'.",
    )
    noun_phrase_links: list[str] = Field(
        default=[],
        description="Words before a model's name that make it the end of a longer noun phrase, which a bracket "
        "after the name may tell of instead: 'an audit of GPT-5 (published May 2026)'.",
    )
    part_links: list[str] = Field(
        default=[],
        description="Noun-phrase links after which a model's name ends a phrase whose noun a participle or a "
        "relative clause after the name may tell of: 'the Deep Think mode of Gemini 3, which Google introduced'.",
    )
    own_nouns: list[str] = Field(
        default=[],
        description="Nouns before a noun-phrase link that are the model's own, so a clause after the name still "
        "tells of the model: 'the weights of GLM-5, released in May'.",
    )
    reference_words: list[str] = Field(
        default=[],
        description="Words before a noun of the action (and its determiner) that make it a point another event is "
        "timed from: 'rose on Wednesday, in the first session since the launch of X' dates no launch of X.",
    )
    chip_actions: list[str] = Field(
        default=[], description="Action categories that act on chips: a ban of the H20 (shipping chips is no release)."
    )
    acts_through: dict[str, list[str]] = Field(
        default={},
        description="Action category -> indirect words it acts through all the same: a ban 'on' a chip bans it.",
    )
    passive_glue: list[str] = Field(
        default=[], description="Words between a model and the action done to it: 'GLM-5.2 was released'."
    )
    variant_nouns: list[str] = Field(default=[], description="'Llama 4 in two variants: Scout and Maverick'.")
    described_nouns: list[str] = Field(
        default=[], description="Nouns a copula describes a model by before a participle: 'X is Y's model, released'."
    )
    relative_pronouns: list[str] = Field(
        default=[], description="Words opening a clause about the name before: 'GLM-5.2 Air, which Zhipu put out'."
    )
    aside_openers: list[str] = Field(
        default=[],
        description="Words opening an aside after a comma: 'DeepSeek, which gained attention in January, has "
        "been using restricted chips' dates the aside, whose action is its own.",
    )
    photo_credits: list[str] = Field(
        default=[],
        description="Agencies whose credit ends a photo's caption: '... on May 10, 2018. (Jane Roe/Getty Images)' "
        "tells when a picture was taken, no event.",
    )
    photo_nouns: list[str] = Field(
        default=[],
        description="Nouns of pictures a date right before dates: 'This April 12, 2016, file photo shows the logo' "
        "tells when a picture was taken, no event.",
    )
    copulas: list[str] = Field(default=[], description="Words that describe a model by a noun: 'X is Y's model'.")
    passive_auxiliaries: list[str] = Field(
        default=[], description="Words before a participle that make it passive: 'GPT-4o was released'."
    )
    participle_leads: list[str] = Field(
        default=[], description="Words before a participle that make it an adjective: 'the restricted chips'."
    )
    contracted_subjects: list[str] = Field(
        default=[], description="Words whose ending 's is 'is' or 'has', no possessive: 'it's released'."
    )
    participle_modifiers: list[str] = Field(
        default=[], description="Words between a participle's lead and the participle: 'its newly released weights'."
    )
    participle_verb_followers: list[str] = Field(
        default=[], description="Words after a participle that go on a verb's phrase: 'those released in May'."
    )
    object_openers: list[str] = Field(
        default=[], description="Words opening an active verb's object: 'X introduced a feature' acts on no X."
    )
    release_labels: list[str] = Field(
        default=[], description="A table's key naming a model's release date: 'Released', 'Release date'."
    )
    not_actions: list[str] = Field(
        default=[], description="Phrases holding an action word that name no action: 'placed an order' (a purchase)."
    )
    planned_before: list[str] = Field(
        default=[],
        description="Words (lower case) before an action that tell it as intended, expected or put off, not done: "
        "'plans to release', 'delayed the launch of'.",
    )
    negated_before: list[str] = Field(
        default=[],
        description="Words (lower case) before an action that tell it as not done or denied: 'has not released X in "
        "March', 'denied it would ship'; words ending in n't deny too. Such an event is no claim.",
    )
    negation_undone_by: list[str] = Field(
        default=[], description="Words right after a negation that leave the action done: 'not only released'."
    )
    done_after_negation: list[str] = Field(
        default=[], description="Words after a negated action that date it as done: 'was not released until May'."
    )
    model_nouns: list[str] = Field(default=[], description="Words that make an action one on a model: 'weights'.")
    maker_acts: list[str] = Field(
        default=[], description="Action categories done by the maker of what is acted on, where no actor is named."
    )
    anaphors: EventAnaphors = EventAnaphors()
