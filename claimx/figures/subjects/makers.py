"""Makers and their products: a chip maker is no owner of the chips counted (`clusters of 25,000
H100s`) nor of a product its brand names (`Nvidia Quantum-X800 links 4,600 GPUs`); an organisation's
score is a model's, the one of its own the text names (`OpenAI's 49.3%` beside o3-mini).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span

from ...entities import Entity
from ...numbers import Figure
from ...spans import DocSpans, title_case_line
from ..context import Focus, Roles, Subject, subject_of
from ..kinds import FigureKinds


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

    @staticmethod
    def _org_stands_for_model(spans: DocSpans, sent: Span, rule, entities) -> bool:
        """May an organisation stand for the model it makes, for this rule's figure in this sentence?"""
        if rule.org_for_model_when is None or any(e.type == "model" for e in entities):
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
