"""Whom a pronoun means: the person mentioned last who may be referred to (not one spoken to, an owner, one of two
named together, one in an aside before another's cue), else the last person quoted; no guess where someone named
later by one unknown word may be meant. A wrong `he` is worse than none.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...spans import DocSpans
from .base import (
    ASIDE_REACH,
    CAPITALISED,
    OBJECT_RELATIVE,
    PLAIN_WORD,
    POSSESSIVE_AFTER,
    SEARCH_BACK,
    SPOKEN_TO_REACH,
    ArticleState,
    Speaker,
)
from .patterns import Patterns
from .people import mentions_before

# "Guillaume Lample and Timothee Lacroix": two names joined, neither of whom a later "he" can mean alone
JOINED_AFTER = re.compile(r"(?:[^\S\n]+[A-Z][\w’'-]*)*[^\S\n]+(?:and|or|&)[^\S\n]+[A-Z]")  # the rest of the name first
DESCRIBING_REACH = 30  # characters before a name searched for a describing word and a first name
JOINED_BEFORE = re.compile(r"[A-Z][\w’'-]*,?[^\S\n]+(?:and|or|&)[^\S\n]+(?:[A-Z][\w’'-]*[^\S\n]+)*$")
OBJECT_REACH = 80  # characters searched back from a name for the word that makes it an object
MAX_TITLE_WORDS = 4  # a title between that word and the name: "to Energy Secretary Jane Roe"


class References(Patterns):
    """What a pronoun refers back to, and who may be referred to."""

    def _pronoun(self, spans: DocSpans, match: re.Match, state: ArticleState) -> Speaker | None:
        word = match.group().lower()
        if word in self.person_pronouns:
            addressed = self._addressed_after(spans.text, match.end(), state)
            named = self._person_mentioned_before(spans, match.start(), state, addressed)
            # no one named near it: the last person quoted, a weaker link
            person = named if named is not None else state.last_person
            if person is None or _may_name(person.name, addressed):
                return None  # asked first: the look below for someone named later can only give None too
            unplaced = self._unplaced_speaker_before(spans, match.start(), state)
            if unplaced is not None and (named is None or unplaced > named.position):
                return None  # `he` may well mean someone named later than the person known: no guess
            link = "pronoun" if named is not None else "remembered"
            return replace(person, text=match.group(), position=match.start(), link=link)
        org = self._organisation_before(spans, match.start(), match.group(), "pronoun")
        if org is not None and self._report_cited_since(spans, org.name, match.start()):
            return None  # '... according to a report by Hankyoreh. "...," it said': the report says it
        return org

    def _addressed_after(self, text: str, position: int, state: ArticleState) -> str | None:
        """The full name of whom the cue right after a pronoun ending at `position` addresses: `he told Altman`."""
        addressed = self.addressed.match(text, position)
        return state.people.get(addressed["name"], addressed["name"]) if addressed else None

    def _person_mentioned_before(
        self, spans: DocSpans, position: int, state: ArticleState, addressed: str | None = None
    ) -> Speaker | None:
        """The person last mentioned before `position`: by full name, or by a surname met before ('Marsh
        disagrees. "...," she said'), as a speaker's or as the last word of a full name written earlier ('Jane Roe
        founded it with Tom Reed. Roe sees ... "...," she said': Roe, though no quote of hers came before); never
        `addressed`, whom the pronoun's own cue speaks to ('The host spoke with Altman. Later, he told Altman')."""
        text = spans.text

        def fits(person: Speaker) -> bool:
            if _may_name(person.name, addressed):
                return False
            end = person.position + len(person.text)
            return self._may_be_referred_to(text, person.position, end, person.position in state.speaking)

        named = self._person_before(spans, position, state, fits=fits)
        start = named.position + len(named.text) if named is not None else max(0, position - SEARCH_BACK)
        # the last words of the full names written before: a surname alone may mean one of them
        full_names_end = {m.group().split()[-1] for m in mentions_before(text, start, state)}
        surnames = [
            m
            for m in CAPITALISED.finditer(text, start, position)
            if (m.group() in state.people or m.group() in full_names_end)
            and not _may_name(state.people.get(m.group(), m.group()), addressed)
            and m.group() not in self.not_first
            and not state.quoted(m.start())
            and self._may_be_referred_to(text, m.start(), m.end(), m.start() in state.speaking)
        ]
        for surname in reversed(surnames):
            word = surname.group()
            earlier = self._person_before(spans, surname.start(), state, word)
            if earlier is not None:
                return replace(earlier, text=word, position=surname.start())
            if word in state.people:
                return Speaker(state.people[word], word, "person", surname.start())
        return named

    def _unplaced_speaker_before(self, spans: DocSpans, position: int, state: ArticleState) -> int | None:
        """Where the last person named by one unknown word speaks before `position` (`Earlier, Trump was
        asked ...`): a word that is no alias, organisation, role or known surname."""
        found = None
        for match in self.lone_speaker.finditer(spans.text, max(0, position - SEARCH_BACK), position):
            word, at = match.group(1), match.start(1)
            if self._no_surname(word):
                continue
            if word in state.people or state.quoted(at) or spans.entities_overlapping_chars(at, at + len(word)):
                continue
            found = at
        return found

    def _may_be_referred_to(self, text: str, start: int, end: int, speaking: bool = False) -> bool:
        """May a later `she said` mean the person named at `start..end`: not the one spoken to, nor one named
        only as an owner (`Elon Musk's bid`) or as what a relative clause acts on (`Lei Jun, whom he praised`),
        nor one of two named together (`Lample and Lacroix`), nor one describing a thing (`a Taylor Swift song`) or
        what a title is of (`General Manager of Mobile Handsets`), nor one in an aside before another's cue (`Roe,
        who replaced John Doe, said`)? An owner `speaking` a quote there, as its clause's subject (`When the host
        raised it, Reed's answer was short: "..."`), is the one the sentence is about, whom a later `he` means."""
        owner_speaks = speaking and opens_a_clause(self._words_before_title(text, start)[0])
        return (
            not self.spoken_to_at(text, start)
            and self.describing_before.search(text, max(0, start - DESCRIBING_REACH), start) is None
            and (owner_speaks or POSSESSIVE_AFTER.match(text, end) is None)
            and OBJECT_RELATIVE.match(text, end) is None
            and JOINED_AFTER.match(text, end) is None
            and JOINED_BEFORE.search(text, max(0, start - 40), start) is None
            and not self._in_an_aside_before_a_cue(text, start, end)
        )

    def _words_before_title(self, text: str, position: int) -> tuple[list[str], int]:
        """The words before a name at `position` less the title right before it (`to Energy Secretary`), and
        how many title words there were."""
        before = text[max(0, position - OBJECT_REACH) : position].split()
        titles = 0
        while before and titles < MAX_TITLE_WORDS and PLAIN_WORD.fullmatch(before[-1]) and (
            before[-1][:1].isupper() or before[-1].lower() in self.roles
        ):
            before.pop()
            titles += 1
        return before, titles

    def _in_an_aside_before_a_cue(self, text: str, start: int, end: int) -> bool:
        """Is the name at `start..end` in an aside between another's name and that one's cue (`Jane Roe, who
        replaced John Doe, said`)? The cue's speaker is the name before the aside, whom a later pronoun means."""
        return (
            self.aside_closed_by_a_cue.match(text, end) is not None
            and self.aside_opened.search(text, max(0, start - ASIDE_REACH), start) is not None
        )

    def spoken_to_at(self, text: str, position: int) -> bool:
        """Is the name at `position` the one spoken to (`told CBS' Lesley Stahl`), not a speaker?"""
        return self.spoken_to.search(text, max(0, position - SPOKEN_TO_REACH), position) is not None


def opens_a_clause(before: list[str]) -> bool:
    """Do the words before a name (its title taken off) leave it opening its sentence or a clause, after a comma
    or a dash: its subject, no object of a word before it?"""
    return len(before) < 2 or not before[-1].isalpha() or not before[-1].islower()


def _may_name(name: str | None, addressed: str | None) -> bool:
    """May `addressed` ('Tran', 'Mia Tran') name the person called `name` ('Mia Tran'): its words all in the name?"""
    return name is not None and addressed is not None and set(addressed.split()) <= set(name.split())
