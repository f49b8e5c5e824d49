"""The subject where the sentence names none: the model its paragraph is about so far, its section's,
else the article's; none where it is about a class, the speaker's own model, or a model the rules cannot
name. And the benchmark the text is about, carried from sentence to sentence.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from ...numbers import Figure
from ...records import Claim
from ...spans import PARAGRAPH_BREAK, DocSpans
from ..context import Focus, Subject

OWN_MARKERS = ("TRAINING", "MODEL_NOUN")  # "we trained", "our model": what a first-person subject made


class Implied:
    """The finder's fallback to what the text is about, and the benchmark in focus."""

    def _implied(self, spans: DocSpans, sent: Span, figure: Figure, focus: Focus) -> Subject | None:
        """No name before the figure: the model its paragraph is about so far, else the article's own model;
        none where the sentence is about a class ('open models'), or the paragraph about a model the rules
        cannot name."""
        if (
            spans.has_marker(sent.start, figure.token_start, ("GENERIC",))
            or self._opens_with_a_name(spans, sent)
            or self._a_model_unnamed(spans, sent, figure)
            or self._speakers_own(spans, sent, figure)
        ):  # about a class ('open models'), a name the rules do not know ('Kestrel 2 has'), a model unnamed, the
            return None  # speaker's own ('we trained our model with $3 million')
        if self._sums_up(spans, sent) and focus.main_model is not None and focus.main_model_at < sent.start_char:
            return replace(focus.main_model, source="article")  # "TL;DR: a 1T MoE model": the article's own model
        in_paragraph = (
            (focus.model is not None or focus.unknown)
            and focus.model_at >= focus.section_at
            and not PARAGRAPH_BREAK.search(spans.text, focus.model_at, sent.start_char)
        )
        if in_paragraph:
            return replace(focus.model, source="paragraph") if focus.model is not None else None
        if focus.section_model is not None:
            return replace(focus.section_model, source="heading")
        main = focus.main_model if focus.main_model_at < sent.end_char else None  # never one named only later
        implied = main or focus.model or focus.org
        return replace(implied, source="article") if implied is not None else None

    def _sums_up(self, spans: DocSpans, sent: Span) -> bool:
        """Does the sentence open with a summary's label ('TL;DR:', 'In short:', 'Bottom line -')?"""
        return self.summary_label.match(spans.text, sent.start_char) is not None

    def _speakers_own(self, spans: DocSpans, sent: Span, figure: Figure) -> bool:
        """`We trained the model with only $3 million`, `our model cost $3 million`: a first-person subject
        right before a word of training or a model's noun; not an author's `we estimate the training run at`."""
        lowers = spans.lowers
        return any(
            lowers[i] in self.first_person and spans.has_marker(i + 1, min(i + 3, figure.token_start), OWN_MARKERS)
            for i in range(sent.start, figure.token_start)
        )

    def note_benchmark(self, entities, focus: Focus) -> None:
        named = [e for e in entities if e.type == "benchmark"]
        if named:
            focus.benchmark = named[-1]
            focus.benchmark_sentence = focus.sentence

    @staticmethod
    def carry_benchmark(claims: list[Claim], focus: Focus) -> None:
        """`On X, A leads at 70.3%. B follows at 63.8%. C scores 38%.`: a sentence whose score took the benchmark
        of the sentence before hands it on to the next."""
        if focus.benchmark is not None and any(getattr(c, "benchmark", None) == focus.benchmark.name for c in claims):
            focus.benchmark_sentence = focus.sentence
