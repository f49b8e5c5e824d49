"""Unnamed speakers (`an OpenAI spokesperson`, `a senior Commerce Department official`, `the ministry`): whom they speak
for, and for a definite one (`the Facebook founder`, `the spokesperson`) the person or organisation named before
with that role, which is then the speaker.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from ...spans import DocSpans
from .base import SEARCH_BACK, ArticleState, Speaker
from .patterns import Patterns
from .people import mentions_before

FOR_ORGANISATION = re.compile(r"\s+(?:for|at|of|with)\s+(?P<the>the\s+)?")  # "a spokesperson for Nvidia"


class Unnamed(Patterns):
    """Speakers described, not named."""

    def _unnamed(self, spans: DocSpans, match: re.Match, state: ArticleState) -> Speaker:
        """`an OpenAI spokesperson`, `a spokesperson for Nvidia`: no name, but the organisation it speaks
        for. A definite one (`the Facebook founder`) is the person named before with that role, where there
        is one."""
        institution = self._institution_before(spans, match)
        if institution is not None:
            return institution
        end, affiliation = self._spoken_for_here(spans, match)
        description = spans.text[match.start() : end]
        words = description.lower().split()
        if words[0] in self.definite_words:
            roles = self._role_words(words[1:])
            person = self._person_before(spans, match.start(), state, fits=lambda p: self._holds(p, roles, affiliation))
            person = person or self._only_one_of(spans, match.start(), state, affiliation)
            if person is not None:
                return replace(person, text=description, position=match.start(), link="description")
            if affiliation is None:
                self._remember_spokespeople_before(spans, match.start(), state)
        return Speaker(
            self._spoken_for(words, affiliation, state), description, "unnamed", match.start(), affiliation=affiliation
        )

    def _spoken_for_here(self, spans: DocSpans, match: re.Match) -> tuple[int, str | None]:
        """Where an unnamed speaker's description ends, and the organisation it names (`an OpenAI spokesperson`,
        `a spokesperson for Nvidia`, `a spokesperson for the company`), if any."""
        end, affiliation = match.end(), None
        speaks_for = FOR_ORGANISATION.match(spans.text, end)
        if speaks_for:
            after = [e for e in spans.entities_within_chars(speaks_for.end(), end + 80) if e.type == "org"]
            described = speaks_for["the"] and self.org_description.match(spans.text, speaks_for.start("the"))
            if after and after[0].start_char == speaks_for.end():
                end = after[0].end_char
            elif described:  # "a spokesperson for the company"
                org = self._organisation_before(spans, described.start(), described.group(), "description")
                end, affiliation = described.end(), org.name if org else None
        orgs = [e for e in spans.entities_within_chars(match.start(), end) if e.type == "org"]
        return end, orgs[0].name if orgs else affiliation

    def _remember_spokespeople_before(self, spans: DocSpans, position: int, state: ArticleState) -> None:
        """`..., said a Ministry of Commerce spokesperson on Monday. "...," the spokesperson said`: a spokesperson
        an organisation was given outside any quote's attribution is the one `the spokesperson` means too, unless a
        quote's spokesperson since says otherwise (state.spokespeople is kept in the article's order)."""
        for match in self.unnamed.finditer(spans.text, max(0, position - SEARCH_BACK), position):
            words = match.group().lower().split()
            if words[0] in self.definite_words or state.quoted(match.start()):
                continue
            roles = sorted(self.spokesperson_roles.intersection(words))
            _end, affiliation = self._spoken_for_here(spans, match)
            if roles and affiliation is not None:
                for role in roles:
                    state.spokespeople.setdefault(role, affiliation)

    def _role_words(self, words: list[str]) -> set[str]:
        """The words of a role among `words`, a short form spelt out and a chief's "officer" dropped: 'CEO',
        'Chief Executive Officer' and 'chief executive' are one role; 'chief financial officer' keeps 'financial',
        a modifier before a role word ('the Financial Times quoted the executive' keeps none)."""
        found = set()
        for word, following in itertools.zip_longest(words, words[1:], fillvalue=""):
            if word in self.role_abbreviations:
                found |= self.role_abbreviations[word]
            elif word in self.roles or (word in self.role_modifiers and following in self.roles):
                found.add(word)
        return found - {"officer"} if "chief" in found else found

    def _holds(self, person: Speaker, roles: set[str], affiliation: str | None) -> bool:
        """A person whose title holds all of `roles`, at `affiliation` if one is given: 'the Facebook founder';
        'the chief executive' is not the chief scientist."""
        title = self._role_words((person.title or "").lower().split())
        return bool(roles) and roles <= title and affiliation in (None, person.affiliation)

    def _only_one_of(self, spans: DocSpans, position: int, state: ArticleState, affiliation: str | None):
        """`Anthropic CEO Dario Amodei ... The Anthropic founder said`: the one person of the organisation named
        before, whatever the title given there; with two of them, or none, nobody."""
        if affiliation is None:
            return None
        people = {}
        for match in mentions_before(spans.text, position, state):
            person = self._named_person(spans, match, state)
            if person is not None and person.affiliation == affiliation:
                people.setdefault(person.name, person)
        return next(iter(people.values())) if len(people) == 1 else None

    def _institution_before(self, spans: DocSpans, match: re.Match) -> Speaker | None:
        """`the ministry said`: the organisation named before with that word in its name (`Ministry of Commerce`);
        with none, the institution stays unnamed ('the government' of no one named)."""
        words = match.group().split()
        if len(words) != 2 or match.group().lower() not in self.institutions:
            return None
        noun = words[1].capitalize()
        earlier = spans.entities_within_chars(max(0, match.start() - SEARCH_BACK), match.start())
        named = [e for e in earlier if e.type == "org" and noun in (*e.name.split(), *e.text.split())]
        return Speaker(named[-1].name, match.group(), "org", match.start(), link="description") if named else None

    def _spoken_for(self, words: list[str], affiliation: str | None, state: ArticleState) -> str | None:
        """Whom a spokesperson speaks for: the organisation named with them; for `the spokesperson`, the one the
        article's last spokesperson of that role spoke for."""
        roles = sorted(self.spokesperson_roles.intersection(words))
        if not roles:
            return None
        if affiliation is not None:
            state.spokespeople.update(dict.fromkeys(roles, affiliation))
            return affiliation
        return state.spokespeople.get(roles[0]) if words[0] in self.definite_words else None
