"""The rule set's quote words compiled once: the cues, the speech nouns a speaker owns, the words of a label, a
question, a hypothetical or a marking, on which every part of attribution reads.
"""

from __future__ import annotations

import re

from ...literals import alternation
from ...ruleset import RuleSet
from ..speakers import PERSON, Speakers, any_word

MARKED_OBJECT_CHARS = 60  # how long the object between a marking verb and its "as" may be: "a shipment of GPUs"


class Patterns:
    def __init__(self, rules: RuleSet):
        words = rules.quotes
        self.rules = words
        self.speakers = Speakers(rules)
        self.cue = any_word(words.cues + words.reported_speech_cues)
        self.reporting = any_word(words.reporting_words)
        # "Altman's February prediction that ... "in a few months"": a speech noun its speaker owns
        self.owned_cue = re.compile(
            rf"(?:'s|’s)\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>(?i:{alternation(words.speech_nouns) or '(?!)'}))\b"
        )
        # "were interpreted as", "is widely seen as": others construe the owned remark before the quotation
        construed = alternation(words.construed_words) or "(?!)"
        self.construed = re.compile(rf"\b(?i:was|were|is|are|been|being)\s+(?:\w+ly\s+)?(?i:{construed})\s+as\b")
        self.label_words = {w.lower() for w in words.label_words}
        self.commitment_cues = {w.lower() for w in words.commitment_cues}
        self.noun_leads = {w.lower() for w in words.noun_leads}
        hypothetical = alternation(words.hypothetical_words).replace(r"\ ", r"\s+") or "(?!)"
        self.hypothetical = re.compile(rf"\b(?i:{hypothetical})\b")
        # "When asked by X whether", "Asked about", "after being pressed on": the question's clause, up to a quotation
        # with no clause's end between; its asker named after "by"
        self.question_clause = re.compile(
            rf"(?:^\s*|\b(?i:when|if|after|once|while|as)\s+(?:(?:he|she|they)\s+(?:was|were)\s+|being\s+)?"
            rf"|\b(?i:was|were|being|been)\s+)(?P<word>(?i:{alternation(words.question_words) or '(?!)'}))\b"
            rf"(?:\s+by\s+(?P<asker>(?:[\w’'-]+\s+){{0,3}}?(?:{PERSON.pattern}|[A-Z][\w’'-]+)))?[^,;:.!?\n]*$"
        )
        self.confidence = words.confidence
        self.joining_words = {w.lower() for w in words.joining_words}
        self.new_clause_words = {w.lower() for w in words.new_clause_words}
        self.relative_pronouns = {w.lower() for w in words.relative_pronouns}
        self.title_words = {w.lower() for w in words.title_words}
        marking = alternation(words.marking_verbs).replace(r"\ ", r"\s+") or "(?!)"
        # "mislabeling a shipment as": the verb, then its object, then "as" right before the quotation
        self.marked_as = re.compile(rf"\b(?i:{marking})\b[^\"“”.;:!?\n]{{0,{MARKED_OBJECT_CHARS}}}\bas\s+$")
        self.named_thing = re.compile(rf"[\s,]*(?:{alternation(words.named_thing_nouns) or '(?!)'})\b")
        self.speaker_follows = {w.lower() for w in words.speaker_follows}
        self.reported_speech = {" ".join(w.lower().split()) for w in words.reported_speech_cues}
