"""The subject where the sentence names none: the model its paragraph is about so far, its section's,
else the article's; none where it is about a class, the speaker's own model, or a model the rules cannot
name. And the benchmark the text is about, carried from sentence to sentence.
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from spacy.tokens import Span

from ...entities import Entity
from ...numbers import Figure
from ...records import Claim
from ...sieve import LIST_ITEM
from ...spans import PARAGRAPH_BREAK, DocSpans
from ..context import Focus, Roles, Subject, subject_of

BILLIONS = ("B", "b")  # the scale a family member's size is written in: "90B Vision", "the 11B model"
COUNT_NOUNS = {"PARAMS", "TOKENS", "ACTIVE", "TOTAL", "PART_PARAMS", "SIZE_CLASS"}  # "90B parameters" is a count
LEAD_IN_TAIL = 8  # characters read back from a line for the colon ending the line before (only blanks between)
GUESS_REACH = 2  # tokens from a guess's word to the figure it leads: "perhaps around 2T"
FOR_REACH = 4  # tokens from a figure to the "for" before a member's size: "$2.04/M for 90B"
OWN_FIGURE_GAP = 2  # "Qwen 2.5 72B (85.3%)", "GPT-4o's 88.7%": tokens between a name and a figure of its own
OWN_MARKERS = ("TRAINING", "MODEL_NOUN")  # "we trained", "our model": what a first-person subject made
SHARED_REACH = 3  # the sentences back in which "Both carry a 256K window" may find the models it stands for


def _with_a_model_after(spans: DocSpans, sent: Span, figure: Figure) -> bool:
    """`the test went from 0% with GPT-3 to 5% with GPT-4o`: a model named right after the figure by `with` may
    be the one that scored it; never hand the figure to the model the text is about instead."""
    after = figure.token_end
    if after + 1 >= sent.end or spans.lowers[after] != "with":
        return False
    entity = spans.entity_at.get(after + 1)
    return entity is not None and entity.type == "model"


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
            or _with_a_model_after(spans, sent, figure)
            or self._guessed(spans, sent, figure)
        ):  # about a class ('open models'), a name the rules do not know ('Kestrel 2 has'), a model unnamed, the
            return None  # speaker's own ('we trained our model with $3 million'), one named after it ('0% with GPT-3'),
            # or a guess at something unnamed ('perhaps ~250B active params')
        if self._sums_up(spans, sent) and focus.main_model is not None and focus.main_model_at < sent.start_char:
            return replace(focus.main_model, source="article")  # "TL;DR: a 1T MoE model": the article's own model
        implied = self._in_focus(spans, sent, figure, focus)
        # `o3 is the flagship.` ... `SWE-bench: 68.1% (close to o3)` then `Pricing: $1.10/M input`: a page whose section
        # headings were lost goes from one model to the next naming none; a line comparing what it leaves unnamed with
        # the model in focus (or the section's, or the article's) shows the text is about another model now. Until a
        # name or heading puts a model in focus again, a figure naming no one is nobody's the text makes clear, least
        # of all the model compared with
        if implied is not None and focus.compared_since(implied.name, max(focus.model_at, focus.section_at)):
            return None
        return implied

    def _in_focus(self, spans: DocSpans, sent: Span, figure: Figure, focus: Focus) -> Subject | None:
        """The model its paragraph is about so far, else its section's, else the article's own model."""
        in_paragraph = (
            (focus.model is not None or focus.unknown)
            and focus.model_at >= focus.section_at
            and not PARAGRAPH_BREAK.search(spans.text, focus.model_at, sent.start_char)
            and not self._a_bare_figure_opens_a_paragraph(spans, sent, focus.model_at)
        )
        if in_paragraph:
            return replace(focus.model, source="paragraph") if focus.model is not None else None
        if focus.section_model is not None:
            return replace(focus.section_model, source="heading")
        if focus.section_unnamed:
            return None  # "FLUX.1 Pro Capabilities" heads it: its figures are that model's, not the article's
        main = focus.main_model if focus.main_model_at < sent.end_char else None  # never one named only later
        implied = main or focus.model or self._org_for(spans, sent, figure, focus)
        return replace(implied, source="article") if implied is not None else None

    def _guessed(self, spans: DocSpans, sent: Span, figure: Figure) -> bool:
        """`At 1:8 sparsity (perhaps ~250B active params)`, `In all, maybe 250B active parameters`: is the figure led
        by a word making it the writer's guess (`maybe`, `perhaps`), right before it or one word before (`perhaps
        around 2T`)?"""
        lead = spans.lowers[max(sent.start, figure.token_start - GUESS_REACH) : figure.token_start]
        return not self.guess_words.isdisjoint(lead)

    def _a_bare_figure_opens_a_paragraph(self, spans: DocSpans, sent: Span, since: int) -> bool:
        """`... The small GLM-5.2 runs on a phone.` then a line `300B active params and 20T training tokens give 3.6e25
        FLOPs.`: on a page whose paragraphs are its lines (no blank line anywhere), a line after the one naming the
        model in focus that opens on a figure, naming no one (a footnote's or a note's line, a new paragraph's lead),
        says nowhere whose its figures are: the model a paragraph before named last is no surer their owner than the
        article's own. A list's item, and a line after a lead-in's colon, go on with the line leading them in (`Orca-3
        Mini:` then `- 17B active parameters`)."""
        if not spans.paragraphs_are_lines:
            return False
        text = spans.text
        line_start = text.rfind("\n", since, sent.start_char) + 1
        if not line_start or text[line_start : sent.start_char].strip() or LIST_ITEM.match(text, line_start):
            return False  # the figure's sentence goes on a line begun before it, or the line is a list's item
        if text[max(0, line_start - LEAD_IN_TAIL) : line_start].rstrip().endswith(":"):
            return False  # "Top scores:" then "AIME 2026: 93.4%": the lead-in's model
        first = spans.figures[bisect.bisect_left(spans.figure_starts, sent.start_char)]  # the line's every figure
        return self._opens_on(spans, sent, first)

    def _shared_by_the_models_before(self, spans: DocSpans, sent: Span, figure: Figure, focus: Focus) -> list[Subject]:
        """`Devstral 2 is 123B. Devstral Small 2 is 24B. Both carry a 256K context window`, `... V4-Pro and V4-Flash.
        All three models support 128K`: a sentence opening on words that stand for several models (`Both`, `All
        three models`, `The two models`) and naming none before the figure is about each of the models the
        sentences right before it in its paragraph and section named, not foils, where they name just as many;
        else (none where it opens otherwise) about what any sentence naming none is."""
        count = self._shared_opener_count(spans, sent)
        if not count or any(e.type == "model" for e in spans.entities_in(sent.start, figure.token_start)):
            return []
        starts = [start for start, _ in spans.sentence_bounds]
        at = bisect.bisect_left(starts, sent.start_char)
        named: dict[str, Entity] = {}  # each model once, the latest first
        for before in reversed(spans.sentences[max(0, at - SHARED_REACH) : at]):
            in_another_paragraph = PARAGRAPH_BREAK.search(spans.text, before.end_char, sent.start_char)
            if before.start_char < focus.section_at or in_another_paragraph:
                break
            models = [e for e in spans.entities_in(before.start, before.end) if e.type == "model"]
            for entity in reversed(models):
                if entity.start_char not in focus.foils:
                    named.setdefault(entity.name, entity)
            if len(named) >= count:
                break
        if len(named) > count:  # "shipped V4 in two tiers: V4-Pro and V4-Flash. Both": a family stands for its members
            named = {name: e for name, e in named.items() if not _has_a_member_among(e, named.values())}
        if len(named) != count:
            return []
        return [subject_of(entity, "paragraph") for entity in reversed(named.values())]

    def _shared_opener_count(self, spans: DocSpans, sent: Span) -> int:
        """How many models the sentence's opening words stand for (`Both carry` 2, `All three models` 3, `Each of
        the three models` 3, `The two models` 2); 0 where it opens otherwise (`Both tests gave`, `All models`)."""
        lowers, i = spans.lowers, sent.start
        count = self.shared_openers.get(lowers[i])
        if count is None:
            return 0
        if not count:
            i += 1
            leads = self.shared_count_leads
            while i < sent.end and i - sent.start <= len(leads) and lowers[i] in leads:
                i += 1
            count = self.count_words.get(lowers[i], 0) if i < sent.end else 0
        i += 1
        return count if i >= sent.end or lowers[i] in self.shared_opener_followers else 0

    def _labelled_by_a_members_size(self, spans: DocSpans, sent: Span, figure: Figure, implied: Subject) -> bool:
        """`Benchmarks: 90B Vision — MMMU 60.3%`, `the 90B model scores 60.3%`, `$2.04/M for 90B`: a bare size
        before the figure (or right after it, led by `for`) labels one member of a family by its size alone; the
        figure is that member's, not the model in focus's, unless its name holds that very size (`Llama 3.3 70B
        ... this 70B model scores`)."""
        sizes = {spans.text[label.start : label.end] for label in self._size_labels(spans, sent, figure)}
        return bool(sizes) and sizes.isdisjoint(implied.name.split())

    def _size_labels(self, spans: DocSpans, sent: Span, figure: Figure) -> list[Figure]:
        """The sizes labelling a member before the figure in its sentence, and the one right after it that `for`
        leads (`$2.04/M for 90B`)."""
        first = bisect.bisect_left(spans.figure_starts, sent.start_char)
        at = bisect.bisect_left(spans.figure_starts, figure.start)
        labels = [label for label in spans.figures[first:at] if self._a_size_label(spans, label)]
        after = spans.figures[at + 1] if at + 1 < len(spans.figures) else None
        if after is not None and after.token_end <= sent.end and self._a_size_label(spans, after):
            between = spans.lowers[figure.token_end : after.token_start]
            if 0 < len(between) <= FOR_REACH and between[-1] in self.for_words:
                labels.append(after)
        return labels

    def _another_model_after(
        self, spans: DocSpans, sent: Span, figure: Figure, implied: Subject, entities, roles: Roles
    ) -> bool:
        """`92% on MMLU puts GPT-4o ahead of it`, `$2 per million tokens is what GPT-4o charges`, `a 1501 Elo implies
        Gemini 3 Pro won`: a sentence that opens on its figure says whose it is after it, and a model named there,
        no foil nor in brackets, may be the owner; unless it is the model in focus, or a name of its line (`Llama 3.3`
        for `Llama 3.3 70B`), the text does not make the focus's the figure. Foils (`MMLU at 84.0% trails GPT-4o`,
        `approaches Qwen 2.5 72B (85.3%)`: a name with a figure of its own is compared) and asides (`74.5% (near
        GPT-5)`) leave it the focus's."""
        if not self._opens_on(spans, sent, figure):
            return False
        return any(
            e.type == "model"
            and e.start >= figure.token_end
            and not _one_line(e.name, implied.name)
            and roles.is_candidate(e)
            and not _bracketed_after(spans.text, figure.end, e.start_char)
            and not _with_a_figure_of_its_own(spans, e)
            for e in entities
        )

    def _opens_on(self, spans: DocSpans, sent: Span, figure: Figure) -> bool:
        """Does the figure open its sentence: before it only marks, lead words (`The 123B parameter count`, `Only 15
        billion`) and a test's name (`MMLU at 84.0%`), perhaps after a short connective and its comma (`Therefore,
        a 1501 Elo`)? Never a phrase a fronted opener leads (`At 2 trillion parameters, it ...`)."""
        lowers, start = spans.lowers, sent.start
        if lowers[start] in self.fronted_openers:
            return False
        connective = range(start, min(figure.token_start, start + self.figure_lead_connective + 1))
        comma = next((i for i in connective if lowers[i] == ","), None)
        i = start if comma is None or spans.entities_in(start, comma) else comma + 1
        while i < figure.token_start:
            entity = spans.entity_at.get(i)
            if entity is not None and entity.type == "benchmark":
                i = entity.end
            elif lowers[i][:1].isalnum() and lowers[i] not in self.figure_lead_words:
                return False
            else:
                i += 1
        return True

    def _a_size_label(self, spans: DocSpans, label: Figure) -> bool:
        """A bare size in billions (`90B`), in no name, naming a member: a model's noun, a capitalised word or a
        mark after it (`the 11B model`, `90B Vision —`, `for 11B)`), or `the` or `for` before it; never a count's
        noun (`90B parameters`), a name it sizes (`the 405B Llama 3.1`) or a word describing the model in focus
        (`123B dense transformer`)."""
        end = label.token_end
        if label.unit_class != "count" or label.scale not in BILLIONS or label.token_start in spans.entity_at:
            return False
        if end in spans.entity_at or not self.resolver.size_ending.match(spans.text, label.start, label.end):
            return False
        after = {cue.label for cue in spans.cues_from.get(end, ())}
        if not after.isdisjoint(COUNT_NOUNS):
            return False
        follower = spans.words[end] if end < len(spans.words) else ""
        led = label.token_start > 0 and spans.lowers[label.token_start - 1] in self.size_label_leads
        return led or "MODEL_NOUN" in after or not follower[:1].islower()

    def _org_for(self, spans: DocSpans, sent: Span, figure: Figure, focus: Focus) -> Subject | None:
        """The organisation in focus, where no model is: but `The model was trained on 5.5T tokens` is a model's,
        one the rules cannot name, unless the press writes its maker's name for it (`DeepSeek said the model's
        training cost $5.6 million`)."""
        org = focus.org
        if org is None or org.name in self.makers_named_as_models:
            return org
        return None if spans.has_marker(sent.start, figure.token_start, ("ANAPHOR_MODEL",)) else org

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


def _one_line(named: str, implied: str) -> bool:
    """Is `named` the model `implied`, or a name of its line it begins with (`Llama 3.3` of `Llama 3.3 70B`)?"""
    return implied == named or implied.startswith(named + " ")


def _bracketed_after(text: str, start_char: int, at: int) -> bool:
    """Does a bracket opened after `start_char` stand open at `at`: `74.5% (near GPT-5 ...)`?"""
    opened = text.rfind("(", start_char, at)
    return opened >= 0 and ")" not in text[opened:at]


def _with_a_figure_of_its_own(spans: DocSpans, entity: Entity) -> bool:
    """Does a figure follow the name, only marks or `at` between (`Qwen 2.5 72B (85.3%)`, `GPT-4o's 88.7%`, `GPT-4o
    at 88.7%`)? A name so scored is compared with the figure before it, which it does not own."""
    at = bisect.bisect_left(spans.figure_starts, entity.end_char)
    if at == len(spans.figures):
        return False
    between = spans.lowers[entity.end : spans.figures[at].token_start]
    return len(between) <= OWN_FIGURE_GAP and all(w == "at" or not w[:1].isalnum() for w in between)


def _has_a_member_among(entity: Entity, models) -> bool:
    """`shipped V4 in two tiers: V4-Pro and V4-Flash`: is a model named beside `entity` one of its own (its name
    and more)? The name then stands for those, which "both" counts, not for a model of its own."""
    return any(other.name.startswith(entity.name + " ") for other in models)
