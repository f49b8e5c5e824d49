"""Whether a figure is written as a score: a percentage or a bare number in digits, not a count (`48 hours`), a
rank (`top 10`), a gap (`4 points`), a margin, a difference (`76% lower cost`) nor a version (`Python 3.12`); and
whether a word right after a figure says what it counts. A score rule fits only such a figure, and a figure
coordinated with a score is one only if it is written as one."""

from __future__ import annotations

import re

from spacy.tokens import Span

from ...numbers import Figure
from ...spans import DocSpans
from .base import benchmark_entity, hyphened_to_a_word

# "a 40% inference efficiency improvement": the nouns that may name what changed, between a share and its word of
# change; more would reach into the next clause's words
COMPARED_NOUNS = 2
SIZE_NEXT = re.compile(r"[ \t]+\d{1,4}(?:\.\d{1,2})?[BMT]\b")  # "3.3 70B": a size right after a figure


class ScoreLooks:
    """`FigureKinds`'s part that tells a score from the other figures a test is near. The word sets it reads are set
    by `FigureKinds.__init__`, from the rules, once."""

    @staticmethod
    def _scored(spans: DocSpans, sent: Span, figure: Figure) -> bool:
        """`It scored 96.1% whereas GPT-4o got 95.9%`: a verb of scoring right before the figure."""
        return spans.marker_before(figure.token_start, {"SCORED"}, 0, sent.start) is not None

    def looks_like_score(self, spans: DocSpans, sent: Span, figure: Figure) -> bool:
        """A percentage or a bare number in digits: not a count ('48 hours'), rank ('top 10'), gap ('4 points'),
        margin ('beats it by 47%') or difference ('at 76% lower cost')."""
        if figure.in_words or figure.scale is not None or self._like_version(spans, figure):
            return False
        if self._comparative_after(spans, sent, figure):
            return False
        if spans.marker_before(figure.token_start, {"RANK"}, 0, sent.start):
            return False
        if figure.token_start > sent.start and spans.lowers[figure.token_start - 1] in self.margin_words:
            return False
        points = spans.marker_after(figure.token_end, {"POINTS"}, 0, sent.end)
        if points and not spans.marker_before(figure.token_start, {"SCORED"}, 0, sent.start):
            return False  # "trails by 3.1 points" is a gap; "scored 92.1 points" a score
        return figure.unit_class == "percent" or not (
            self.has_own_noun(spans, figure) or hyphened_to_a_word(spans, figure)
        )

    def _comparative_after(self, spans: DocSpans, sent: Span, figure: Figure) -> bool:
        """`76% lower cost`, `a 19% gain`, or up to COMPARED_NOUNS nouns then such a word (`40% cost savings`,
        `41% speed improvement`, `a 40% inference efficiency improvement`): a difference, no score."""
        lowers, end = spans.lowers, figure.token_end
        for word in range(end, min(end + COMPARED_NOUNS + 1, sent.end)):
            if lowers[word] in self.comparative_words:
                return True
            if not lowers[word].isalpha() or lowers[word] in self.next_words:
                return False  # "71% on GPQA, a gain": what follows the score, or its clause's end, comes first
        return False

    def _like_version(self, spans: DocSpans, figure: Figure) -> bool:
        """`Apache 2.0`, `Python 3.12`: a bare decimal right after a capitalised word (not a model's whole name),
        or right before a size, names a version; so does a whole number right after a tier (`over Small 3`: a
        model named without its family) or after a capitalised word that names nothing the rules know (`PaLM 2`,
        `Large 2`), or a label (`Figure 1`)."""
        if figure.unit is not None or figure.token_start < 1:
            return False
        if SIZE_NEXT.match(spans.text, figure.end):
            return True  # "3.3 70B outperforms": a version, its family left out, before its size
        word = figure.token_start - 1
        text = spans.words[word]  # spaCy's is_alpha is the text's isalpha(); a Token is made only past this test
        if not text.isalpha() or not text[:1].isupper():
            return False
        before = spans.doc[word]
        if before.is_sent_start:  # "Figure 1: ... (MMLU)": a numbered label opening its line
            return text in self.not_names
        if "." in spans.text[figure.start : figure.end]:  # but not a score after a whole name: "Gemini 3.1 Pro 91.7",
            named = spans.entity_at.get(word)  # a test's too: "GSM8K 84.4", "Arena-Hard 85.2"
            whole = named is not None and named.type in ("model", "benchmark") and named.end == figure.token_start
            return before.is_title and not whole
        return text in self.tiers or word not in spans.entity_at

    def has_own_noun(self, spans: DocSpans, figure: Figure) -> bool:
        """'1,200 forks', '48 hours': a word right after the figure that says what it counts ('input' in '400K
        input tokens' only says which tokens)."""
        if figure.token_end >= len(spans.doc) or benchmark_entity(spans.entity_starting_at(figure.token_end)):
            return False  # "75.2 MMLU": the test it is a score on
        word = spans.lowers[figure.token_end]
        return spans.words[figure.token_end].isalpha() and word not in self.next_words and word not in self.token_sides
