"""Which cue words report speech: a capitalised one only where a sentence or a quotation begins, none in the
passive, none a noun, none opening a relative clause; and how a cue relates to the words around it (a
participle that describes, a commitment to a deed, a second verb of a subject named before).
"""

from __future__ import annotations

import re

from ..speakers import Speaker
from .patterns import Patterns

# a form of "be" (an adverb aside) right before a cue makes it passive: "was accused of", "were told"
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|being|be|get|gets|got|getting)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# a participle set off by a comma, with no object before "as": "Gemini 3 Pro, touted as "...", is passive too, its
# agent unnamed (not "whom she praised as")
COMMA_BEFORE = re.compile(r",\s+(?:\w+ly\s+)?$")
AS_AFTER = re.compile(r"\s+as\b")


class Cues(Patterns):
    def _cues(self, text: str, start: int, end: int) -> list[re.Match]:
        """The cue words in `start..end`; a capitalised one only where a sentence or a quotation begins:
        'the United States' says nothing; none in the passive: in 'Meta, which was accused of "..."' the
        words are its accuser's, nor in 'X, touted as "..."'; and none a noun (`from states with`)."""
        return [
            cue
            for cue in self.cue.finditer(text, start, end)
            if not cue.group()[0].isupper() or not text[start : cue.start()].rstrip()[-1:].isalnum()
            if cue.group().endswith("ing") or not PASSIVE_BEFORE.search(text, start, cue.start())
            if not self._passive_participle(text, start, cue)
            if not self._a_noun(text, start, cue)
        ]

    @staticmethod
    def _passive_participle(text: str, start: int, cue: re.Match) -> bool:
        """`Gemini 3 Pro, touted as "..."`: a participle set off by a comma, `as` right after it, no object."""
        return (
            cue.group().endswith("ed")
            and AS_AFTER.match(text, cue.end()) is not None
            and COMMA_BEFORE.search(text, start, cue.start()) is not None
        )

    def _a_noun(self, text: str, start: int, cue: re.Match) -> bool:
        """`from states with "..."`, `in remarks to reporters`: a cue word right after a preposition or a
        determiner names a thing."""
        before = text[start : cue.start()].rsplit(None, 1)[-1:]
        return bool(before) and before[0].lower() in self.noun_leads

    def _describing_participle(self, cue: re.Match) -> bool:
        """A cue ending in -ing that describes what stands before it ('the supercomputer claiming'), not a report's
        'quoted Li Wen as saying', whose name before it speaks."""
        return cue.group().lower().endswith("ing") and " ".join(cue.group().lower().split()) not in self.reported_speech

    def _subject_of_the_words_added(self, text: str, cue: re.Match, speaker: Speaker) -> bool:
        """`X said the rule "...," adding that Nvidia would ...`: a participle right after a quotation goes on with
        the speaker before it, and a name or `it` in its own clause (no comma between) opens the words added, no
        one speaking; a speaker in a clause of its own after it still is one (`"...," adding the chips to its list,
        the ministry said`), and so is a person's pronoun, which means the speaker (`adding that he believes`)."""
        if speaker.pronoun and speaker.type == "person":
            return False
        return self._describing_participle(cue) and "," not in text[cue.end() : speaker.position]

    def _commits_to_a_deed(self, text: str, cue: re.Match, open_: int) -> bool:
        """`X agreed to acquire "Windsurf"`: a commitment cue, then `to` and a verb before the quotation, which is
        that verb's object, not what X said."""
        between = text[cue.end() : open_].split()
        return cue.group().lower() in self.commitment_cues and len(between) >= 2 and between[0].lower() == "to"

    def _opens_a_relative_clause(self, text: str, start: int, cue: re.Match) -> bool:
        """`the Conference, which concluded`, `a source who asked not to be named said`: a cue right after a relative
        pronoun tells of what is named before it, and the quote's cue, if any, comes later."""
        before = text[start : cue.start()].rsplit(None, 1)[-1:]
        return bool(before) and before[0].lower() in self.relative_pronouns

    def _coordinated(self, between: str) -> bool:
        """`"MWC 26," in Barcelona, and stated`: a cue right after "and" or "but" is the second verb of a subject
        named before the quotation, and the words between name a place or a thing, nobody who speaks."""
        last_word = between.rsplit(None, 1)[-1:]
        return bool(last_word) and last_word[0].lower() in self.new_clause_words

    def _speaker_follows(self, cue: re.Match) -> bool:
        return " ".join(cue.group().lower().split()) in self.speaker_follows
