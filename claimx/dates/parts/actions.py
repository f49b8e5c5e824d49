"""Which words of a clause are actions: an action word, not one hyphened into an adjective or a name, a name's
word, a purchase or a participle describing a noun; a word acting only on a restriction where it lifts one; and
whether another action stands in an action's phrase, which then names the event."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ...spans import DocSpans
from .base import (
    ACTION,
    MAX_NOT_ACTION,
    MAX_PARTICIPLE_MODIFIERS,
    NOT_ACTION,
    ON_MODELS,
    ON_RESTRICTIONS,
    POSSESSIVE_ENDINGS,
    RESTRICTION,
    Action,
)


class ActionWords:
    """Part of `Participants`: the action words of a clause."""

    def _liftings_read(self, spans: DocSpans, clause: tuple[int, int], actions: list[Action]) -> list[Action]:
        """The actions, a word that acts only on a restriction ('lifted') given its category where it lifts one
        and dropped where it does not ('demand lifted Nvidia's shares')."""
        read = []
        for action in actions:
            if action.on_restrictions is not None:
                if not self._lifts_a_restriction(spans, clause, action, actions):
                    continue
                action = replace(action, category=action.on_restrictions)
            read.append(action)
        return read

    def _lifts_a_restriction(
        self, spans: DocSpans, clause: tuple[int, int], action: Action, actions: Sequence[Action]
    ) -> bool:
        """Is a restriction what the action acts on: one in its phrase ('lifted export restrictions on the H20'),
        or, for a passive, one before it in the clause ('the ban was lifted')?"""
        _, stop = self._phrase(spans, clause, action)
        passive = self._passive(spans, clause, action)
        return any(
            b.category == RESTRICTION
            and ((b.start >= action.end and spans.token_starts[b.start] < stop) or (passive and b.end <= action.start))
            for b in actions
        )

    def _actions(self, spans: DocSpans, first: int, end: int) -> list[Action]:
        """Action words in tokens `first..end`, in order, the longest where they overlap; not one hyphened to the
        next word or the word before, which is half an adjective or a name ('open-weights', 'ban-proof', 'Ray-Ban'),
        nor one that is a name's word or a purchase here."""
        by_span: dict[tuple[int, int], dict[str, str]] = {}
        cues = spans.cues_in(max(0, first - MAX_NOT_ACTION), end)
        not_actions = {i for c in cues if c.label == NOT_ACTION for i in range(c.start, c.end)}
        for cue in cues:
            kind, _, category = cue.label.partition(":")
            if kind not in (ACTION, ON_MODELS, ON_RESTRICTIONS) or cue.start < first or cue.start in not_actions:
                continue  # "placed an order for 300,000 chips": a purchase
            if cue.end < len(spans.words) and spans.words[cue.end] == "-" and not spans.doc[cue.end - 1].whitespace_:
                continue
            if _hyphened_after_a_word(spans, cue.start):
                continue  # "Ray-Ban glasses", "US-sanctioned firms": half a name or an adjective
            if self._in_a_name(spans, cue.start, cue.end):
                continue  # "Jio Platforms Limited": a company's name
            if self._purchase(spans, cue.start, cue.end):
                continue  # "Alibaba ordered 100,000 H20 chips": a purchase, no directive
            if self._adjectival(spans, cue.start, cue.end):
                continue  # "the restricted chips": a participle describing a noun
            by_span.setdefault((cue.start, cue.end), {})[kind] = category
        actions, taken = [], -1
        for (start, stop), kinds in sorted(by_span.items(), key=lambda item: (item[0][0], -item[0][1])):
            if start >= taken:
                actions.append(
                    Action(start, stop, kinds.get(ACTION), kinds.get(ON_MODELS), kinds.get(ON_RESTRICTIONS))
                )
                taken = stop
        return actions

    def _in_a_name(self, spans: DocSpans, start: int, end: int) -> bool:
        """Is the one-word action at `start..end` a name's word ('name_words'), capitalised after a capitalised word
        ('Jio Platforms Limited')?"""
        words = spans.words
        return (
            end - start == 1
            and start > 0
            and spans.lowers[start] in self.name_words
            and words[start][:1].isupper()
            and words[start - 1][:1].isupper()
        )

    def _purchase(self, spans: DocSpans, start: int, end: int) -> bool:
        """Is the action at `start..end` a purchase word in lower case with a quantity after it ('ordered 100,000
        chips', 'ordered over 2 million GPUs'), a few of the quantity's leading words between? Capitalised, it names
        a directive by its number: 'Executive Order 14179'."""
        if end - start != 1 or spans.lowers[start] not in self.purchase_words or not spans.words[start].islower():
            return False
        i = end
        while i < len(spans.lowers) and i - end < 3 and spans.lowers[i] in self.quantity_leads:
            i += 1
        return i < len(spans.lowers) and spans.doc[i].like_num

    def _adjectival(self, spans: DocSpans, start: int, end: int) -> bool:
        """Is the one-word action at `start..end` a participle describing the noun after it: led by a determiner or
        a name's possessive ('the restricted chips', "NVIDIA's restricted B200"), one or two modifiers between at
        most ("the company's previously banned A100"), and a noun after it, lower case or a name, not a word going
        on a verb's phrase ('those released in May')? The clause's own verb, if any, is then its action."""
        lowers = spans.lowers
        if end - start != 1 or end >= len(lowers) or not lowers[start].endswith("ed"):
            return False
        lead = start - 1
        while lead > 0 and start - lead <= MAX_PARTICIPLE_MODIFIERS and lowers[lead] in self.participle_modifiers:
            lead -= 1
        return lead >= 0 and self._leads_a_description(spans, lead) and self._a_described_noun(spans, end)

    def _leads_a_description(self, spans: DocSpans, i: int) -> bool:
        """Is token `i` a determiner or a possessive ending ('participle_leads'), not the 'is' or 'has' of "it's"?"""
        lowers = spans.lowers
        if lowers[i] not in self.participle_leads:
            return False
        return not (lowers[i] in POSSESSIVE_ENDINGS and (i == 0 or lowers[i - 1] in self.contracted_subjects))

    def _a_described_noun(self, spans: DocSpans, i: int) -> bool:
        """Is token `i` a noun a participle before it can describe: a lower-case word or a name ('B200', 'GPT-5'),
        not a word going on a verb's phrase ('participle_verb_followers')?"""
        return spans.words[i][:1].isalnum() and spans.lowers[i] not in self.participle_verb_followers

    def _asks_for_another(self, spans: DocSpans, clause: tuple[int, int], action: Action, actions) -> bool:
        """Is the action a request word ('request_words') with another action in its phrase ('asked Nvidia to
        ship')?"""
        return spans.lowers[action.start] in self.request_words and self._action_in_phrase(
            spans, clause, action, actions
        )

    def _action_in_phrase(self, spans: DocSpans, clause: tuple[int, int], action: Action, actions) -> bool:
        """Does another action word stand in this action's phrase?"""
        _, stop = self._phrase(spans, clause, action)
        return any(b.start >= action.end and spans.token_starts[b.start] < stop for b in actions)


def _hyphened_after_a_word(spans: DocSpans, start: int) -> bool:
    """Is token `start` hyphened to the word before it, with no space either side ('Ray-Ban', 'US-sanctioned')?"""
    return (
        start > 1
        and spans.words[start - 1] == "-"
        and not spans.doc[start - 1].whitespace_
        and not spans.doc[start - 2].whitespace_
        and spans.words[start - 2][-1:].isalnum()
    )
