"""The rules for quotes: cue words, speakers' roles and titles, how sure each way of finding a speaker is."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from ..records import Confidence
from .base import EntityType, Strict, every_way_rated

# how a quote's speaker was found: named in the quote's sentence, a pronoun or a role that refers back ('the
# founder'), the sentence before or after, an earlier quote it continues, or the last person quoted
SpeakerLink = Literal["named", "pronoun", "description", "introduced", "next_sentence", "continued", "remembered"]


class QuoteRules(Strict):
    cues: list[str] = Field(default=[], description="Words that attribute a quote: said, told, according to.")
    speaker_follows: list[str] = Field(
        default=[], description="Cues whose speaker comes after them: 'according to X', 'the remark came from X'."
    )
    reported_speech_cues: list[str] = Field(
        default=[],
        description="Cues a report's wording ends on, whose speaker is the name right before them, never a "
        "participle describing it: 'Reuters quoted Li Wen as saying', 'Li Wen was quoted as saying'.",
    )
    reporting_words: list[str] = Field(
        default=[],
        description="Words right after a quotation that give it to a report, no speaker the rules may guess: "
        "'\"...,\" reports Investing.com'.",
    )
    short_words: int = Field(default=3, description="Quotes this short need their cue right beside them.")
    speaker_words: int = Field(default=8, ge=1, description="Most words between a quote and its cue: 'X said'.")
    label_words: list[str] = Field(default=[], description="Words before a short quotation that make it a label.")
    commitment_cues: list[str] = Field(
        default=[],
        description="Cues that, with 'to' and a verb after them, report a deed, not words: in 'X agreed to acquire "
        "\"Windsurf\"' the short quotation is the verb's object, no speech.",
    )
    title_words: list[str] = Field(default=[], description="Words before a quotation that make it a title.")
    marking_verbs: list[str] = Field(
        default=[],
        description="Verbs that put words on goods or papers: a quotation after 'as' that one governs is their label, "
        "however long: 'accused of mislabeling a shipment as \"subject to federal laws\"'.",
    )
    describing_articles: list[str] = Field(
        default=[], description="Articles opening capitalised words that describe someone unnamed: 'A South African'."
    )
    named_thing_nouns: list[str] = Field(
        default=[],
        description="Words right after a quotation that an article precedes, making it the name of an event or "
        "programme: 'the \"AI model review\" held in Busan'.",
    )
    noun_leads: list[str] = Field(
        default=[], description="Words right before a cue that make it a noun: 'from states with \"onerous laws\"'."
    )
    hypothetical_words: list[str] = Field(
        default=[], description="Words before a quotation in its sentence that make it imagined speech: 'as if'."
    )
    question_words: list[str] = Field(
        default=[],
        description="Passive verbs of a question put to someone: a quotation in their clause ('When asked by X "
        "whether \"...\", Huang said') is the question's words, the asker's.",
    )
    new_clause_words: list[str] = Field(
        default=[], description="Words after a quote opening a clause of its own: a cue after them is not its."
    )
    relative_pronouns: list[str] = Field(
        default=[],
        description="Relative pronouns: a cue right after one ('the conference, which concluded') tells what the "
        "thing named before it did, never who said the quote before it.",
    )
    joining_words: list[str] = Field(
        default=[], description="Words between two quotes of a sentence that keep its speaker: 'but that'."
    )
    unnamed: list[str] = Field(default=[], description="Unnamed speakers: 'one analyst'.")
    group_nouns: list[str] = Field(
        default=[],
        description="An organisation's people, unnamed, speaking for themselves: 'Google employees', 'testers at "
        "Microsoft'.",
    )
    speech_nouns: list[str] = Field(
        default=[], description="Nouns of speech whose possessive owner is the speaker: 'Altman's prediction that'."
    )
    construed_words: list[str] = Field(
        default=[],
        description="Participles by which others construe a remark ('X's comments were interpreted as'): the words "
        "after them are the construers', not the remark's owner's.",
    )
    subordinate_openers: list[str] = Field(
        default=[],
        description="Words opening a clause before a sentence's main one: a name in it ('After the department opened "
        "a probe, Sophgo said') is not the main clause's speaker.",
    )
    relative_openers: list[str] = Field(
        default=[],
        description="Words opening a relative clause: the name right after one and before a cue ('reasons that BIS "
        "said are') is that clause's subject.",
    )
    person_pronouns: list[str] = []
    narrator_words: list[str] = Field(
        default=[], description="The writer speaking of themself: 'I blurt out: \"No case?\"' is nobody's to name."
    )
    org_pronouns: list[str] = []
    report_citations: list[str] = Field(
        default=[],
        description="Words citing a report or the press ('according to a report by', 'citing local media'): an 'it' "
        "after them means the report, not an organisation named before.",
    )
    roles: list[str] = Field(default=[], description="Words of a speaker's title: founder, analyst.")
    role_modifiers: list[str] = Field(
        default=[], description="Words between a title's role words: 'Chief Financial Officer'."
    )
    role_endings: list[str] = Field(
        default=[],
        description="Words that end a title only right after a role word: 'Attorney General', never 'General Motors'.",
    )
    role_abbreviations: dict[str, list[str]] = Field(
        default={},
        description="A title's short form and the role words it stands for: 'CEO' is the chief executive, so "
        "'the executive' or 'the chief executive' refers back to 'Nvidia CEO Jensen Huang'.",
    )
    not_first_names: list[str] = []
    headline_small_words: list[str] = Field(
        default=[],
        description="Small words a Title Case headline capitalises ('Quips Jane Roe As Acme Fan Asks'): no name or"
        " title holds one, so a run of capitalised words names a person only up to the first, and a name after one"
        " has no title before it.",
    )
    given_names: list[str] = Field(
        default=[],
        description="Words the name rules keep from names ('Will' opening a headline's question) that begin people's"
        " names too ('Will Knight'): a name's first word where another name word follows.",
    )
    organisation_words: list[str] = Field(default=[], description="Last words of organisation names.")
    document_words: list[str] = Field(
        default=[], description="Last words of the names of laws, orders and plans: 'the AI Basic Act' is no one."
    )
    organisation_descriptions: list[str] = Field(
        default=[], description="Nouns that refer back to an organisation: 'the company said'."
    )
    maker_nouns: list[str] = Field(
        default=[],
        description="Nouns that, after 'the' and a product's name, name its maker: 'the ChatGPT maker said' is "
        "OpenAI (the alias table's makers).",
    )
    spokesperson_roles: list[str] = Field(
        default=[], description="Roles that speak for their organisation: 'an Nvidia spokesperson said' is Nvidia."
    )
    object_words: list[str] = Field(
        default=[],
        description="Words before an organisation that make it an object, which 'the company' then refers back to "
        "only when no other is named: 'stopped shipments to Huawei. \"...,\" the company said'.",
    )
    thing_words: list[str] = Field(
        default=[], description="Words right before a capitalised run that make it a thing's name: 'its Strategic "
        "Items List'.",
    )
    unit_possessives: list[str] = Field(
        default=[],
        description="Possessives that make an organisation named after them (an acronym may stand between) a unit of "
        "one named before, never the one a later 'the company' means: 'its AI Research Institute'.",
    )
    organisation_links: list[str] = Field(
        default=[],
        description="Words after an organisation word that carry its name on ('the Select Committee on Strategic "
        "Competition'): the capitalised run after them is the organisation's, no person's.",
    )
    adjective_suffixes: list[str] = Field(
        default=[], description="Hyphened endings that make a name an adjective: 'Sam Altman-led OpenAI'."
    )
    describing_words: list[str] = Field(
        default=[],
        description="Words right before a name, matched as written, that make it describe a thing or say what a "
        "title is of, no one a later 'she said' means: 'a Taylor Swift analogy', 'General Manager of Mobile "
        "Handsets'.",
    )
    spoken_to_words: list[str] = Field(
        default=[],
        description="Words before a person that make them the one spoken to, whom a later 'she said' never "
        "means: 'Raimondo told CBS' Lesley Stahl ... \"...,\" she said'.",
    )
    site_types: list[EntityType] = Field(
        default=[], description="Entities that speak as the subject right before a cue: 'LMArena posted'."
    )
    output_types: list[EntityType] = Field(
        default=[],
        description="Entities whose words are generated output, no one's statement, where one is the subject right "
        "before a cue: 'Grok replied: \"...\"' quotes nobody, least of all its maker or a person named before.",
    )
    output_names: list[str] = Field(
        default=[], description="Names, besides those types, of chatbots whose replies quote nobody: 'ChatGPT told'."
    )
    output_nouns: list[str] = Field(
        default=[],
        description="Nouns that describe a chatbot as the subject right beside a cue ('the chatbot replied', 'her AI "
        "assistant wrote'): its words are output, which quote nobody.",
    )
    definite_words: list[str] = Field(
        default=[], description="Words that make a role refer back to a person named before: 'the founder claims'."
    )
    confidence: dict[SpeakerLink, Confidence] = Field(
        default={}, description="How sure a speaker found each way is: named -> high, remembered -> low."
    )

    @model_validator(mode="after")
    def _every_link_rated(self):
        every_way_rated(self.confidence, SpeakerLink)
        return self
