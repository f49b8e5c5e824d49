"""Figures nobody named owns: a class of models (`rivals' 41%`, `whereas rival models needed`), examples
in an aside (`Chinese labs (DeepSeek, Zhipu) bought`), a name in brackets beside its own figure, an
indefinite or plural model (`a model with 2 trillion parameters`), people (`Human experts reach 65%`).
The figure is the class's or nobody's we can name, not the nearest name's.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Span

from ...entities import Entity
from ...numbers import Figure
from ...spans import INDEFINITE_ARTICLES, DocSpans, Marker
from ..context import Subject, subject_of
from .base import INDEFINITE_REACH, in_apposition, indefinite_article_before

CLASS_OWNER_REACH = 3  # tokens before a possessive a class of models may end: "the next-best AI system's"
CLASS_SUBJECT_REACH = 3  # tokens after a contrast's opener a class it is about may end: "whereas most rival models"
PEOPLE_SUBJECT_REACH = 3  # words before the people a sentence opens on: "The average human test-takers"
# an aside in brackets, or between two of the same dash: "the Qwen ecosystem—spanning Qwen2.5, QwQ—had"
APPOSITION_ENDS = {",", ".", ";", ":", ")", "—", "–"}  # what closes a name set off after a noun: "a 7B model, Orca-3,"
ASIDE = re.compile(r"\([^()\n]*\)|(?P<dash>—|–|--)[^—–\n]*?(?P=dash)")


class Unnamed:
    """The finder's checks for a class, people or a model unnamed owning the figure."""

    def _a_class_contrasted(self, spans: DocSpans, start: int, end: int) -> bool:
        """Does the clause from `start` to token `end` open on a contrast whose subject is a class: `whereas rival
        models`, `while most labs`?"""
        if start >= end or spans.lowers[start] not in self.contrast_openers:
            return False
        subject_end = min(end, start + 1 + CLASS_SUBJECT_REACH)
        return bool(spans.markers_in(start + 1, subject_end, ("GENERIC",)))

    def _owned_by_a_class(self, spans: DocSpans, sent: Span, figure: Figure) -> bool:
        """A class of models owns the figure: `the next-best AI system's score of 7.8%`, `rivals' 41%`."""
        starts = [figure.token_start]
        starts += [m.start for m in spans.markers_to.get(figure.token_start, ()) if m.label == "SCORED"]
        for start in starts:
            i = start - 1
            if i > sent.start and spans.words[i] in self.possessives:
                ends = range(max(sent.start, i - CLASS_OWNER_REACH), i + 1)
                return any(m.label == "GENERIC" for end in ends for m in spans.markers_to.get(end, ()))
        return False

    def _a_new_model(self, spans: DocSpans, figure: Figure) -> bool:
        """`has pre-trained a 550B parameter model`, `released a new 7B model`: an indefinite model of that size, one
        the article has not named; the maker's model in focus is it only where its name holds a size (`to create a
        405B model` after `Llama 3.1 405B`), which the size check then holds it to."""
        return indefinite_article_before(spans, figure) is not None and self.describes_an_unnamed_model(spans, figure)

    def _an_unnamed_models_size(self, spans: DocSpans, sent: Span, figure: Figure) -> bool:
        """`Orca-3 runs where a conventional 4B model cannot`, `while a typical 7B model needs a GPU`: the figure sizes
        a model its own clause opens on, `a` after a word opening that clause (`other_model_leads`): a model nobody
        names, set against the sentence's, not it."""
        article = indefinite_article_before(spans, figure)
        return (
            article is not None
            and article > sent.start
            and spans.lowers[article - 1] in self.other_model_leads
            and self.describes_an_unnamed_model(spans, figure)
        )

    def describes_a_model_in_the_making(self, spans: DocSpans, figure: Figure) -> bool:
        """`the EUROPA consortium will develop a 400B multilingual model`, `has completed pre-training for a 550B
        model`: a new model still being built or trained, which has no name yet; the lab making it is all a text
        can name. One released or owned (`Acme dropped a 480B model`, `Acme's 3B model`) has a name, left out."""
        article = indefinite_article_before(spans, figure)
        return (
            article is not None
            and spans.has_marker(max(0, article - self.building_reach), article, self.building_cues)
            and self.describes_an_unnamed_model(spans, figure)
        )

    def describes_an_unnamed_model(self, spans: DocSpans, figure: Figure) -> bool:
        """Is the figure followed by a model noun, one model (`the 120B and 20B models` are a lab's, nobody's
        one), within its own phrase (words and hyphens only), and not in apposition to a name (`Foo, a 280B
        model`, a name the rules do not know)?"""
        return not in_apposition(spans, figure) and self._model_noun_after(spans, figure) is not None

    def _model_noun_after(self, spans: DocSpans, figure: Figure) -> Marker | None:
        """The noun naming one model that follows the figure within its own phrase (words and hyphens only)."""
        end = min(len(spans.words), figure.token_end + self.described_model_gap)
        for i in range(figure.token_end, end):
            noun = next((m for m in spans.markers_from.get(i, ()) if m.label == "MODEL_NOUN"), None)
            if noun is not None:
                return None if spans.lowers[noun.end - 1].endswith("s") else noun
            if not (spans.words[i].isalpha() or spans.words[i] == "-"):
                return None
        return None

    def _named_after_its_model(self, spans: DocSpans, sent: Span, figure: Figure) -> Subject | None:
        """`Acme released a new 7B model, Orca-3, on Monday`: a figure describing a model its sentence names right
        after the model's noun is that model's (a lab before it has no size of its own)."""
        noun = self._model_noun_after(spans, figure)
        named = self.model_named_after(spans, sent, noun) if noun is not None else None
        return subject_of(named, "named_after") if named is not None else None

    def model_named_after(self, spans: DocSpans, sent: Span, noun: Marker) -> Entity | None:
        """The model a described model's noun is named as right after it: `Alibaba's 32B model QwQ`, `a new 7B
        model called Orca-3`, `a new 7B model, Orca-3, on Monday`; a name a comma sets off must end its phrase
        there (`a 7B model, Orca-3 and GLM-5.2` lists models, none of them named as the one described)."""
        at = noun.end
        comma = at < sent.end - 1 and spans.words[at] == ","
        at += comma or (at < sent.end - 1 and spans.lowers[at] in self.model_naming_words)
        named = spans.entity_starting_at(at) if at < sent.end else None
        if named is None or named.type != "model":
            return None
        closed = named.end >= sent.end or spans.words[named.end] in APPOSITION_ENDS
        return named if closed or not comma else None

    def _a_model_unnamed(self, spans: DocSpans, sent: Span, figure: Figure) -> bool:
        """`a large language model with ...`, `Google's largest models are nearing ...` before the figure: an
        indefinite model, or models in the plural, nobody named; or a model by a name the rules do not know
        (`the original Tsuzumi model has 7 billion`)."""
        lowers = spans.lowers
        return any(
            lowers[m.end - 1].endswith("s")
            or any(
                lowers[i] in INDEFINITE_ARTICLES for i in range(max(sent.start, m.start - INDEFINITE_REACH), m.start)
            )
            or self._named_unknown(spans, sent, m.start - 1)
            for m in spans.markers_in(sent.start, figure.token_start, ("MODEL_NOUN",))
        )

    @staticmethod
    def _people_lead(spans: DocSpans, sent: Span, figure: Figure) -> bool:
        """`Average humans typically perform poorly, often scoring close to 0%`, `Human experts reach 65%`: a
        sentence opening on people, the subject of its score; but `Experts say it scores 90%`, `People found the
        model scored 90%` hand the score back to a model (an anaphor or a report after them)."""
        lead_end = min(figure.token_start, sent.start + PEOPLE_SUBJECT_REACH + 1)
        people = spans.markers_in(sent.start, lead_end, ("HUMAN",))
        return bool(people) and not spans.has_marker(people[0].end, figure.token_start, ("ANAPHOR_MODEL", "REPORT"))


def listed_in_asides(spans: DocSpans, start_char: int, end_char: int, entities, types) -> set[Entity]:
    """Names of `types` listed two or more in brackets or between dashes within `start_char..end_char`: `the Qwen
    ecosystem—spanning Qwen2.5, QwQ and their derivatives—had 40 million downloads`, `Chinese labs (DeepSeek,
    Zhipu) bought`. They are members or examples of what the aside follows: a figure after it is that whole's."""
    members: set[Entity] = set()
    for aside in ASIDE.finditer(spans.text, start_char, end_char):
        inside = [e for e in entities if e.type in types and aside.start() < e.start_char and e.end_char < aside.end()]
        if len(inside) >= 2:
            members.update(inside)
    return members


def in_an_aside_with_a_figure(spans: DocSpans, sent: Span, entity: Entity, figure: Figure) -> bool:
    """Is the name in brackets closed before the figure, beside a figure of their own: `37.4% on HLE (the previous
    record was GPT-5 Pro at 31.64%) and 1,501 Elo`? The brackets' figure is the name's, the figure after not."""
    text = spans.text
    if not sent.start_char <= entity.start_char < figure.start:
        return False
    opened = text.rfind("(", sent.start_char, entity.start_char)
    if opened < 0 or ")" in text[opened : entity.start_char]:
        return False
    closed = text.find(")", entity.end_char, figure.start)
    if closed < 0:
        return False
    at = bisect.bisect_right(spans.figure_starts, opened)
    return at < len(spans.figures) and spans.figures[at].end <= closed
