"""The rule set's quote words compiled once into the patterns every part of the speaker search reads text with (roles,
unnamed speakers, pronouns, organisation descriptions, clause openers, whom one speaks to): one place, so each part
finds a pattern by the same name and the rule set is read once per process.
"""

from __future__ import annotations

import re

from ...literals import alternation
from ...ruleset import RuleSet
from .base import AT_A_CAPITAL, NAME_WORD, SPOKEN_TO_WORDS, UPPER, any_word


class Patterns:
    """The rule set's speaker words, compiled; the base of every part of `Speakers`."""

    def __init__(self, rules: RuleSet):
        words = rules.quotes
        roles = alternation(w for role in words.roles for w in (role, role + "s"))
        # "one analyst", or any "a senior Commerce Department official": a role with no name after it
        groups = alternation(words.group_nouns) or "(?!)"
        self.unnamed = re.compile(
            rf"(?<![\w-])(?:(?i:{alternation(words.unnamed)})"
            rf"|(?i:a|an|the|one|another|two|three|several|some)\s+(?:[\w.&’'-]+\s+){{0,4}}?"
            rf"(?i:{roles})(?:\s+(?i:{roles}))*"  # "the chief executive": all its role words
            # an organisation's people: "Google employees", "testers at Microsoft"
            rf"|(?:[A-Z][\w.&’'-]*\s+){{1,3}}(?i:{groups})"
            rf"|(?i:{groups})\s+(?:at|from|of|inside)\s+[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){{0,2}}"
            rf")(?![\w-])(?!,?\s+[A-Z])"
        )
        self.pronoun = any_word([*words.person_pronouns, *words.org_pronouns])
        # "reasons that BIS said", "as the agency said": a clause's opener right before a name (or "the ...")
        self.clause_opener_before = re.compile(
            rf"(?<![\w-])(?i:{alternation([*words.relative_openers, *words.subordinate_openers]) or '(?!)'})"
            rf"[^\S\n]+(?:(?i:the)[^\S\n]+)?$"
        )
        self.definite_words = {w.lower() for w in words.definite_words}
        self.object_words = {w.lower() for w in words.object_words}
        self.cue_words = {w.lower() for w in words.cues}
        self.model_tiers = {t for t in rules.names.tiers if t[:1].isupper()}
        self.describing_articles = {w.lower() for w in words.describing_articles}
        # "the company said", "the Beijing-based startup": an organisation named before
        self.org_description = re.compile(
            rf"(?<![\w-])(?i:{alternation(words.definite_words)})\s+(?:[\w’'-]+\s+){{0,2}}?"
            rf"(?i:{alternation(words.organisation_descriptions)})(?![\w-])"
        )
        self.site_types = set(words.site_types)
        self.output_types, self.output_names = set(words.output_types), set(words.output_names)
        # "the chatbot replied", '"...," wrote the bot': a chatbot described right before a cue, or right after one
        nouns = alternation(words.output_nouns).replace(r"\ ", r"\s+") or "(?!)"
        self.output_before = re.compile(rf"(?<![\w-])(?i:{nouns})[^\S\n]*$")
        self.output_after = re.compile(rf"[^\S\n]*(?i:the|a|an|its|his|her|their)[^\S\n]+(?i:{nouns})(?![\w-])")
        # "the ChatGPT maker", "the Claude developer": a product's maker, named by the product
        self.product_makers = {family.family: family.maker for family in rules.families} | {
            name: rule.maker for rule in rules.entities if rule.maker for name in (rule.name, *rule.aliases)
        }
        self.maker_epithet = re.compile(
            rf"(?<![\w-])(?i:{alternation(words.definite_words)})\s+(?P<product>{alternation(self.product_makers)})"
            rf"[-\s](?i:{alternation(words.maker_nouns) or '(?!)'})(?![\w-])(?!['’]s\b)"  # not "the X maker's CEO"
        )
        # "a Taylor Swift analogy", "Manager of Mobile Handsets": the first name may stand between (a surname's check)
        self.describing_before = re.compile(
            rf"\b(?:{alternation(words.describing_words) or '(?!)'})[^\S\n]+(?:[A-Z][\w’'-]*[^\S\n]+)?$"
        )
        self.after_thing_word = re.compile(rf"(?<![\w-])(?i:{alternation(words.thing_words)})\s+$")
        # "its AI Research Institute": an acronym may stand between the possessive and the unit's name
        self.after_unit_possessive = re.compile(
            rf"(?<![\w-])(?i:{alternation(words.unit_possessives) or '(?!)'})[^\S\n]+(?:[{UPPER}]{{2,}}[^\S\n]+)?$"
        )
        organisation, links = alternation(words.organisation_words) or "(?!)", alternation(words.organisation_links)
        self.after_organisation_link = re.compile(
            rf"\b(?:{organisation})[^\S\n]+(?:{links or '(?!)'})[^\S\n]+(?:the[^\S\n]+)?$"
        )
        self.adjective_suffix = re.compile(rf"-(?:{alternation(words.adjective_suffixes) or '(?!)'})$")
        # "told CBS' Lesley Stahl", "told reporter Jo Lin": the words, an outlet's possessive or a role between
        # (and for a surname, the first names before it), and what a name found inside a word leaves of it
        # ("with H.E. Omar Al Olama", the name read from "E.")
        self.spoken_to = re.compile(
            rf"(?<![\w-])(?i:{alternation(words.spoken_to_words)})\s+(?:\S+(?:'s|’s|'|’)\s+)?"
            rf"(?:(?!(?:{alternation(rules.events.clause_openers)})\b)[\w’'.-]+\s+){{0,{SPOKEN_TO_WORDS}}}[\w.]*$"
        )
        # "After the department opened a probe, Sophgo said": the names of an opening clause are not the speaker's
        self.subordinate_clause = re.compile(
            rf"\s*(?i:{alternation(words.subordinate_openers) or '(?!)'})\b[^,;:\n]*,", re.IGNORECASE
        )
        # "X's remarks came after China urged the US to": a lower-case opener mid-sentence, then the word after it
        self.inner_opener = re.compile(
            rf"(?<![\w-])(?:{alternation(words.subordinate_openers) or '(?!)'})[^\S\n]+(?P<next>[\w-]+)"
        )
        # "Jane Roe, who replaced John Doe last year, said", "Roe, acting head as nominee John Doe awaits a vote,
        # said": an aside a clause opener leads, set off by commas between a name and its cue; a name inside it is
        # no one a later "she said" means (the aside's opening, then what follows the name up to the cue)
        openers = alternation([*words.relative_pronouns, *words.subordinate_openers]) or "(?!)"
        self.aside_opened = re.compile(
            rf"[{UPPER}][\w’'-]*,[^,.;:\n]*?(?<![\w-])(?i:{openers})(?![\w-])[^,.;:\n]*$"
        )
        self.aside_closed_by_a_cue = re.compile(
            rf"[^,.;:\n]*,[^\S\n]+(?:[a-z]+[^\S\n]+)?(?:{alternation(words.cues)})(?![\w-])"
        )
        citations = alternation(words.report_citations).replace(r"\ ", r"\s+") or "(?!)"  # a phrase over a line break
        self.report_citation = re.compile(rf"(?<![\w-])(?i:{citations})(?![\w-])")
        self.person_pronouns = {p.lower() for p in words.person_pronouns}
        # "he told Altman", "she asked Jensen Huang": the one a pronoun's cue addresses, whom the pronoun never means
        self.addressed = re.compile(
            rf"[^\S\n]+(?i:{alternation([*words.cues, *words.spoken_to_words])})[^\S\n]+"
            rf"(?P<name>{NAME_WORD}(?:[^\S\n]+{NAME_WORD}){{0,2}})\b"
        )
        self.narrator = re.compile(rf"(?<![\w'’-])(?:{alternation(words.narrator_words) or '(?!)'})(?![\w'’-])")
        self.roles = {w.lower() for w in words.roles}
        self.spokesperson_roles = {w.lower() for w in words.spokesperson_roles}
        self.institutions = {w.lower() for w in words.unnamed if w.lower().split()[0] in self.definite_words}
        self.role_modifiers = {w.lower() for w in words.role_modifiers}
        self.role_endings = {w.lower() for w in words.role_endings}
        self.role_abbreviations = {k.lower(): {w.lower() for w in v} for k, v in words.role_abbreviations.items()}
        self.not_first = rules.not_name_words()
        self.given_names = set(words.given_names)
        self.headline_small_words = set(words.headline_small_words)
        self.organisation_words = set(words.organisation_words)
        self.document_words = set(words.document_words)
        # "Sakana AI", "Tallis Ridge Research": an organisation the alias table lacks, told by its last word
        self.unknown_organisation = re.compile(
            rf"{AT_A_CAPITAL}(?:{NAME_WORD}[^\S\n]+){{1,3}}(?:{alternation(words.organisation_words) or '(?!)'})\b"
        )
        # "Trump was asked ...", "Bessent said": one capitalised word speaking, someone the article has not
        # named in full
        self.lone_speaker = re.compile(
            rf"{AT_A_CAPITAL}({NAME_WORD})[^\S\n]+(?:(?:was|is|has|had)[^\S\n]+)?(?:{alternation(words.cues)})\b"
        )
