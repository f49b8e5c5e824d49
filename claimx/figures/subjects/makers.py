"""Makers and their products: a chip maker is no owner of the chips counted (`clusters of 25,000
H100s`) nor of a product its brand names (`Nvidia Quantum-X800 links 4,600 GPUs`), nor of chips it hands
on to someone (`Nvidia will supply 18,000 chips to Humain`: Humain's); an organisation's score is a
model's, the one of its own the text names (`OpenAI's 49.3%` beside o3-mini).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import NamedTuple

from spacy.tokens import Span

from ...entities import Entity
from ...numbers import Figure
from ...spans import LIST_JOINS, DocSpans, title_case_line
from ..context import Focus, Roles, Subject, same_clause, subject_of
from ..kinds import FigureKinds

HANDING_GAP = 3  # "supply a total of 18,693 GPUs": lower-case words between the verb handing chips on and the count
# "supply 18,000 of its GB300 chips to Humain", "provide 1 million chips (TPUs) to Anthropic": tokens from the
# count to the word before the recipient
RECIPIENT_REACH = 12
RECIPIENT_LEADS = {"the", "a", "an"}  # "ship 40,000 GPUs to the UAE": a recipient, unnamed


class HandedOn(NamedTuple):
    """Chips a verb hands on to a recipient: the one the text names, if it names one alone (`to Humain`), or
    none (`to Saudi Arabia`, `to Chinese buyers`, `to Humain and G42`)."""

    recipient: Subject | None
    shared: bool = False  # "to Humain and G42": the count is theirs together, no one's alone


class Makers:
    """The finder's checks for a maker beside its product, and the model a maker stands for."""

    def _without_the_chips_maker(self, spans: DocSpans, sent: Span, figure: Figure, free, roles: Roles) -> list:
        """`Meta and Nvidia shared details about clusters of 25,000 H100s`: the maker of the chips counted is no
        owner of them where the sentence names another before the count; alone, it is (`Nvidia shipped 1
        million H20 chips`)."""
        maker = self._chips_maker(spans, sent, figure)
        if maker is None:
            return free
        others = [
            e
            for e in free
            if e.type in self.subject_types and e.name != maker and e.end <= figure.token_start
            and e.start >= sent.start and roles.is_candidate(e)
        ]
        return [e for e in free if e.name != maker] if others else free

    def _a_products_brand(self, spans: DocSpans, sent: Span, entity: Entity, figure: Figure) -> bool:
        """`Nvidia Quantum-X800 InfiniBand links 4,600 GPUs`, `Oracle's AMD Instinct cluster holds 131,000 GPUs`: a
        chip maker named before the count, right before a capitalised name, is the brand of the product that name
        gives, no owner of the chips (not `Nvidia CEO ...`, nor a headline where every word is capitalised)."""
        if entity.name not in self.resolver.chip_makers or not sent.start <= entity.end < figure.token_start:
            return False
        follower = spans.words[entity.end]
        return (
            follower[:1].isupper()
            and follower.rstrip(".") not in self.brand_not_before
            and not title_case_line(spans.text, figure.start)
        )

    def _chips_maker(self, spans: DocSpans, sent: Span, figure: Figure) -> str | None:
        """Who makes the chips counted: the maker of the chip named after the count (`25,000 H100s`), else a chip
        maker written as their brand right after it (`Humain and Nvidia will deploy 200,000 Nvidia GPUs`)."""
        chip = FigureKinds.chip(spans, sent, figure)
        if chip is not None:
            return self.resolver.maker(chip)
        brand = spans.entity_starting_at(figure.token_end)
        return brand.name if brand is not None and brand.name in self.resolver.chip_makers else None

    def _handed_on(
        self, spans: DocSpans, sent: Span, figure: Figure, attribute: str | None, entities, roles: Roles
    ) -> HandedOn | None:
        """`Nvidia will supply 18,000 chips to Humain`, `AMD shipped 50,000 GPUs to Chinese buyers`: a count a verb
        handing things on governs (lower-case words at most between), with a recipient word after it in its clause
        and a recipient after that word (a name, a capitalised word, an article); not `used 16,000 GPUs to train`,
        nor a licence (`approval to ship ...`), which hands nothing on yet. None where the count is handed on to no
        one."""
        verbs = self.transfer_verbs.get(attribute)
        if not verbs or not self._handing_verb_before(spans, sent, figure, verbs):
            return None
        lowers, words = spans.lowers, spans.words
        to_words = self.recipient_words.get(attribute, set())
        end = min(sent.end - 1, figure.token_end + RECIPIENT_REACH)
        to = next((i for i in range(figure.token_end, end) if lowers[i] in to_words), None)
        if to is None or not same_clause(spans, sent, figure.token_end, to, self.openers):
            return None
        lead = to + 1 + (lowers[to + 1] in RECIPIENT_LEADS and to + 2 < sent.end)
        named = spans.entity_starting_at(lead)
        if named is not None and named.type in self.subject_types and roles.is_candidate(named):
            shared = self._another_recipient(spans, named, entities)
            return HandedOn(None if shared else subject_of(named, "named_after"), shared)
        if lowers[to + 1] in RECIPIENT_LEADS or words[lead][:1].isupper():
            return HandedOn(None)  # "to Saudi Arabia", "to Chinese buyers": a place or a class, nobody we can name
        return None  # "to train Llama 3": a purpose, no recipient

    def _handing_verb_before(self, spans: DocSpans, sent: Span, figure: Figure, verbs: set[str]) -> bool:
        """Does a verb of `verbs` stand before the figure, at most a few lower-case words between (`supply a total
        of`), and not after a licence's noun and `to` (`approval to ship`)?"""
        lowers, words = spans.lowers, spans.words
        for i in range(figure.token_start - 1, max(sent.start, figure.token_start - 2 - HANDING_GAP) - 1, -1):
            if lowers[i] in verbs:
                return not (i - 2 >= sent.start and lowers[i - 1] == "to" and lowers[i - 2] in self.approver_nouns)
            if not (words[i].isalpha() and words[i].islower()) or lowers[i] == "to":
                return False
        return False

    def _another_recipient(self, spans: DocSpans, recipient: Entity, entities) -> bool:
        """`to Humain in Saudi Arabia and G42 in the UAE`: another name the sentence joins on after the recipient's
        phrase shares the count."""
        return any(
            e.type in self.subject_types
            and recipient.end <= e.start <= recipient.end + RECIPIENT_REACH
            and spans.lowers[e.start - 1] in LIST_JOINS
            for e in entities
        )

    def _not_the_seller(self, subjects: list[Subject], handed: HandedOn | None) -> list[Subject]:
        """`Nvidia ships 18,000 chips to Saudi Arabia`: chips handed on to nobody we can name are not their seller's,
        a chip maker's (nor one of its models'); another's handed to a place may be its own (`Microsoft will ship
        60,000 chips to the UAE`, to its data centres there)."""
        if handed is None or handed.recipient is not None:
            return subjects
        makers = self.resolver.chip_makers
        return [s for s in subjects if s.name not in makers and self.resolver.maker(s.name) not in makers]

    def _model_of_maker(self, subject: Subject, entities, focus: Focus) -> Subject:
        """`(vs. OpenAI's 49.3%)` where the sentence names o3-mini: a score is a model's, the one its maker's
        name stands for, where the sentence names one model of that maker; where it names none, the one of that
        maker the text named last (`ahead of DeepSeek at 71.3` after `DeepSeek-V3.1`)."""
        if subject.type != "org":
            return subject
        made = {e.name: e for e in entities if e.type == "model" and self.resolver.maker(e.name) == subject.name}
        if len(made) > 1:
            return subject
        model = subject_of(made.popitem()[1], "anaphor") if made else focus.by_maker.get(subject.name)
        return subject if model is None else replace(model, source="anaphor", text=subject.text)

    def _org_stands_for_model(self, spans: DocSpans, sent: Span, rule, entities) -> bool:
        """May an organisation stand for the model it makes, for this rule's figure in this sentence? A family
        named is no model (`Anthropic Project Rainier: ~400k Trainium2 chips for Claude training`: the lab's, not
        the Claude model the article named before)."""
        families = self.resolver.families
        if rule.org_for_model_when is None or any(e.type == "model" and e.name not in families for e in entities):
            return True
        return spans.has_marker(sent.start, sent.end, rule.org_for_model_when)


def makers_models(named_later: Iterator[Subject], focus: Focus, maker: str) -> Iterator[Subject | None]:
    """The models an organisation's figure may be of, the likeliest first: one the sentence names after it, the
    model in focus, the article's, the maker's named last; each looked up only if the ones before are not the
    maker's."""
    yield next(named_later, None)
    yield focus.model
    yield focus.main_model
    yield focus.by_maker.get(maker)
