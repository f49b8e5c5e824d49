"""The organisation a speaker is or an `it` or `the company` means: the one named last before, not an object
(`shipments to Huawei`), an example, one of a list, nor one in an aside describing another; where the alias table
knows none, an organisation it lacks (`Sakana AI`). A report cited since speaks instead.
"""

from __future__ import annotations

import re

from ...entities import Entity
from ...spans import COMPARISON_CUES, LIST_JOINS, DocSpans
from .base import ASIDE_REACH, SEARCH_BACK, Speaker
from .patterns import Patterns

# an organisation in a list ("SK Hynix, Samsung Electronics and the US's Micron Technology"): one of several, which a
# later "it" or "the company" cannot mean alone; the rest of its name, the names after it, then the joining word
ORG_JOINED_AFTER = re.compile(
    r"(?:[^\S\n]+[A-Z][\w’'.&-]*)*(?:,[^\S\n]+[A-Z][\w’'.&-]*(?:[^\S\n]+[A-Z][\w’'.&-]*)*)*,?[^\S\n]+(?:and|or|&)[^\S\n]+"
)
ORG_JOINED_BEFORE = re.compile(
    r"[A-Z][\w’'.&-]*,?[^\S\n]+(?:and|or|&)[^\S\n]+(?:the[^\S\n]+)?(?:[A-Z][\w’'.&-]*[^\S\n]+)*$"
)
ASIDE_CLOSED = re.compile(r"[^,.;:\n]*,")  # the rest of an aside, to the comma that closes it


class Organisations(Patterns):
    """Organisations as speakers, and the one a description or a pronoun means."""

    def _report_cited_since(self, spans: DocSpans, name: str | None, position: int) -> bool:
        """Is a report or the press cited between the last mention of the organisation `name` and `position`?"""
        last = next((e for e in spans.entities_before_char(position) if e.type == "org" and e.name == name), None)
        since = last.end_char if last is not None else max(0, position - SEARCH_BACK)
        return self.report_citation.search(spans.text, since, position) is not None

    def _organisation_before(self, spans: DocSpans, position: int, text: str, link: str) -> Speaker | None:
        """The organisation named last before `position`: what `it` or `the company` at `position` means; where
        no known one is named, one the alias table lacks."""
        earlier = spans.entities_within_chars(max(0, position - SEARCH_BACK), position)
        orgs = [
            e
            for e in reversed(earlier)
            if e.type == "org" and not self._in_a_closed_aside(spans.text, e.start_char, e.end_char, position)
        ]
        org = next((e for e in orgs if not self._an_object(spans, e) and not _one_of_several(spans.text, e)), None)
        if org is not None:
            return Speaker(org.name, text, "org", position, link=link)
        if orgs:  # each one named is an object, an example ("Like OpenAI's Sora model") or one of a list: none is meant
            return None
        unknown = [  # never "The Ministry": a word that begins no name
            m
            for m in self.unknown_organisation.finditer(spans.text, max(0, position - SEARCH_BACK), position)
            if m.group().split()[0] not in self.not_first and not self._a_unit_of_another(spans.text, m.start())
        ]
        return Speaker(unknown[-1].group(), text, "org", position, link=link) if unknown else None

    def _a_unit_of_another(self, text: str, start: int) -> bool:
        """Is the organisation the alias table lacks at `start` a unit an organisation named before owns ('its AI
        Research Institute')? 'The company' after it means the owner, not the unit."""
        return self.after_unit_possessive.search(text, max(0, start - 20), start) is not None

    def _an_object(self, spans: DocSpans, entity) -> bool:
        """`shipments to Huawei`: an organisation a preposition makes the object of something; `rivals like
        Google, Anthropic and others`: or an example of a comparison."""
        if entity.start > 0 and spans.lowers[entity.start - 1] in self.object_words:
            return True
        i = entity.start
        while i > 0 and not any(m.label in COMPARISON_CUES for m in spans.markers_to.get(i, ())):
            earlier = spans.entity_ending_at(i)
            if earlier is not None:
                i = earlier.start
            elif spans.lowers[i - 1] in LIST_JOINS:
                i -= 1
            else:
                return False
        return i > 0

    def _in_a_closed_aside(self, text: str, start: int, end: int, position: int) -> bool:
        """Is the organisation at `start..end` in an aside a comma closes before `position` (`Zhipu, which is backed
        by Alibaba, called the fine unfair. The company argued`)? The aside describes the name before it, which a
        later `it` or `the company` means."""
        closed = ASIDE_CLOSED.match(text, end)
        return (
            closed is not None
            and closed.end() <= position
            and self.aside_opened.search(text, max(0, start - ASIDE_REACH), start) is not None
        )

    def _organisation(self, entity: Entity) -> Speaker:
        return Speaker(entity.name, entity.text, "org", entity.start_char)


def _one_of_several(text: str, entity: Entity) -> bool:
    """Is the organisation `entity` one of a list joined by `and` or `or` (`Samsung Electronics and Micron`)?"""
    return (
        ORG_JOINED_AFTER.match(text, entity.end_char) is not None
        or ORG_JOINED_BEFORE.search(text, max(0, entity.start_char - 60), entity.start_char) is not None
    )
