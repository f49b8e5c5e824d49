"""Who said a quote: people named (with their titles), organisations, unnamed speakers, pronouns.

A speaker is found in a stretch of text the attribution points at; a pronoun or a
bare surname means the person named before, with the title given there.

The parts, one concern each: `base` (the name patterns, the speaker found, what an article's quotes established),
`patterns` (the rule set's words compiled), `names` (the name a run of capitalised words holds), `people` (people
named, and named before), `titles` (titles and affiliations), `references` (whom a pronoun means), `organisations`
(organisations as speakers), `unnamed` (speakers described, not named) and `choice` (which candidate speaks a cue:
`Speakers`, built of all of them).
"""

from .base import PERSON, TITLE_LINKS, ArticleState, Speaker, any_word
from .choice import Speakers

__all__ = ["PERSON", "TITLE_LINKS", "ArticleState", "Speaker", "Speakers", "any_word"]
