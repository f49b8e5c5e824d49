"""Figures in prose: which are claims, of what kind, and about whom.

For each figure the number-claim rules are tried in order (the first whose unit,
value range and cues fit wins); a figure listed after a claimed one in a
comparison (`$0.30 per million tokens, against $5.00 for GPT-4o`) shares its
kind. The subject is then found the way a reader finds it: a possessive
(`GPT-4o's 88.7%`), a `for X` after the figure, the nearest name or anaphor on
the left that is neither a comparison's foil (`than GPT-4o`) nor the claim's
asserter (`Zhipu reports`), or else the model the article is about.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

from spacy.tokens import Span

from .entities import Entity, EntityResolver
from .numbers import Figure
from .records import Claim, Comparison, number_claim
from .ruleset import NumberClaimRule, RuleSet
from .spans import DocSpans, Marker

ANAPHOR_LABELS = {"ANAPHOR_MODEL": "model", "ANAPHOR_ORG": "org"}
NOT_SUBJECTS = {"chip", "platform", "benchmark", "outlet", "place"}
COORDINATION = {"and", "or", ",", ";", "while", "whereas"}
MAX_COORDINATION_GAP = 10
MAX_WORDS_BEFORE_BENCHMARK = 3  # "81.0 on the older MMLU"
PRICE = "price_per_million_tokens"
PAST_REACH = 3  # "down from $0.55 and $2.19": tokens between "down from" and a past figure
PRICE_WORDS_AFTER, PRICE_WORDS_BEFORE = 6, 5  # "$3 per million input tokens", "cached input is billed at $0.07"
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


@dataclass(frozen=True, slots=True)
class Subject:
    name: str
    text: str
    type: str
    source: str = "sentence"  # how it was found: a `SubjectSource`


@dataclass(slots=True)
class Focus:
    """What the text is about at this point: 'the model', 'it', 'the company', 'the same test'."""

    main_model: Subject | None = None  # the model the article is about
    main_model_at: int = 0  # where the article first names it
    model: Subject | None = None
    model_at: int = 0  # where the sentence that last named `model` starts
    org: Subject | None = None
    benchmark: Entity | None = None
    by_maker: dict[str, Subject] = field(default_factory=dict)  # the model each organisation made, named last

    def get(self, type_: str) -> Subject | None:
        return self.model if type_ == "model" else self.org


@dataclass(frozen=True, slots=True)
class Roles:
    """Names in a sentence that are not what its figures are about."""

    excluded: frozenset[Entity]  # foils (`than GPT-4o`) and makers of things (`Huawei's Ascend 910B`)
    asserter: Entity | None

    def is_candidate(self, entity: Entity) -> bool:
        return entity not in self.excluded and entity is not self.asserter


@dataclass(frozen=True, slots=True)
class Claimed:
    """A figure already made a claim in this sentence: what a coordinated figure inherits."""

    figure: Figure
    rule: NumberClaimRule
    benchmark: Entity | None
    cue: Marker | None = None


class NumberClaims:
    def __init__(self, rules: RuleSet, resolver: EntityResolver):
        self.rules = rules.number_claims
        self.resolver = resolver
        attribution = rules.attribution
        self.possessives = set(attribution.possessives)
        self.for_words = {w.lower() for w in attribution.for_words}
        self.subject_types = set(attribution.subject_types)
        self.foil_gap = attribution.foil_gap
        self.comparisons = rules.comparisons
        self.lead_words = {w.lower() for w in rules.scores.lead_words}
        self.not_names = rules.not_name_words()
        self.price_tokens = rules.numbers.token_sides()
        self.next_words = {w.lower() for w in rules.scores.next_words}
        self.confidence = attribution.confidence

    def extract(
        self, spans: DocSpans, in_table: Callable[[int], bool], in_quote: Callable[[int], bool]
    ) -> Iterator[Claim]:
        main = spans.main_model
        focus = Focus(
            main_model=_subject(main, "article") if main else None, main_model_at=main.start_char if main else 0
        )
        figures = spans.figures
        i = 0
        for sent in spans.doc.sents:
            first = i
            while i < len(figures) and figures[i].token_start < sent.end:
                i += 1
            if in_table(sent.start_char) or spans.has_marker(sent.start, sent.end, ("CORRECTION",)):
                continue  # tables have their own reader; "An earlier version said 1M" states a figure withdrawn
            entities = spans.entities_in(sent.start, sent.end)
            roles = self._roles(spans, sent, entities, {f.token_end for f in figures[first:i]})
            self._focus_benchmark(spans, sent, entities, focus)
            previous: Claimed | None = None
            sentence_subject: Subject | None = None
            compared: list[Entity] = []  # what this sentence's ratios compare with: never their subject
            for figure in figures[first:i]:
                found = self._classify(spans, sent, figure, entities, focus) or self._coordinated(
                    spans, figure, previous
                )
                if found is None:
                    comparison = self._comparison(
                        spans, sent, figure, entities, roles, focus, compared, sentence_subject
                    )
                    if comparison is not None:
                        yield comparison
                    continue
                subject = self._subject(spans, sent, found, entities, roles, focus)
                if subject is not None and in_quote(figure.start) and all(e.name != subject.name for e in entities):
                    continue  # '"When a cluster of ten thousand accelerators fails," she said': no one's figure
                if subject is not None:
                    yield self._claim(spans, sent, found, subject, roles)
                    previous = found
                    sentence_subject = sentence_subject or subject
            self._update_focus(focus, sent, entities, roles, sentence_subject)

    # -- what kind of claim a figure makes --------------------------------

    def _classify(self, spans: DocSpans, sent: Span, figure: Figure, entities, focus: Focus) -> Claimed | None:
        for rule in self.rules:
            if figure.unit_class not in rule.units:
                continue
            if (rule.min_value is not None and figure.value < rule.min_value) or (
                rule.max_value is not None and figure.value > rule.max_value
            ):
                continue
            cue = self._cue(spans, sent, figure, rule)
            if cue is False:
                continue
            if rule.in_sentence and not spans.has_marker(sent.start, sent.end, rule.in_sentence):
                continue
            benchmark = None
            if rule.kind == "benchmark":
                benchmark = self._benchmark(spans, sent, figure, entities, focus)
                if benchmark is None or (cue is None and not self._looks_like_score(spans, sent, figure)):
                    continue
            return Claimed(figure, rule, benchmark, cue)
        return None

    def _cue(self, spans: DocSpans, sent: Span, figure: Figure, rule: NumberClaimRule) -> Marker | None | bool:
        """The cue that makes `rule` fit, None when the rule needs none, False when a needed cue is missing."""
        found = None
        for window, direction in ((rule.after, "after"), (rule.before, "before"), (rule.near, "near")):
            if window is None:
                continue
            labels = set(window.labels)
            cue = None
            if direction in ("after", "near"):
                cue = spans.marker_after(figure.token_end, labels, window.gap, sent.end)
            if cue is None and direction in ("before", "near"):
                cue = spans.marker_before(figure.token_start, labels, window.gap, sent.start)
            if cue is None:
                return False
            found = found or cue
        return found

    def _coordinated(self, spans: DocSpans, figure: Figure, previous: Claimed | None) -> Claimed | None:
        """`$0.30 per million tokens, against $5.00 for GPT-4o and $0.59 for Llama 3 70B`: same kind as the first.

        The figure must be written like the claimed one, follow it closely with a
        comparison or a conjunction between them, and carry no unit noun of its own.
        """
        if previous is None or figure.unit_class != previous.figure.unit_class or figure.unit != previous.figure.unit:
            return None
        if figure.token_start - previous.figure.token_end > MAX_COORDINATION_GAP or figure.in_words:
            return None
        between = spans.doc[previous.figure.token_end : figure.token_start]
        if not any(t.lower_ in COORDINATION for t in between) and not spans.has_marker(
            previous.figure.token_end, figure.token_start, ("FOIL",)
        ):
            return None
        if previous.rule.kind == "benchmark" and not self._looks_like_score(spans, between.sent, figure):
            return None
        if figure.token_end < len(spans.doc) and self._has_own_noun(spans, figure):
            return None
        return Claimed(figure, previous.rule, previous.benchmark)

    def _benchmark(self, spans: DocSpans, sent: Span, figure: Figure, entities, focus: Focus) -> Entity | None:
        """`81.0 on Terminal-Bench 2.1`; else the nearest benchmark named before, or after; or 'the same test'."""
        points = spans.marker_after(figure.token_end, self.comparisons.difference_cues, 0, sent.end)
        named = self._benchmark_after(spans, sent, points.end if points else figure.token_end)  # "3.1 points on X"
        if named is not None:
            return named
        benchmarks = [e for e in entities if e.type == "benchmark"]
        before = [e for e in benchmarks if e.end <= figure.token_start]
        if before:
            return before[-1]
        after = next((e for e in benchmarks if e.start >= figure.token_end), None)
        if after is None and spans.has_marker(sent.start, sent.end, ("ANAPHOR_BENCHMARK",)):
            return focus.benchmark
        return after

    def _benchmark_after(self, spans: DocSpans, sent: Span, position: int) -> Entity | None:
        """`on Terminal-Bench 2.1`, `on the older MMLU`: the benchmark a lead word right after a figure names."""
        doc = spans.doc
        if position >= sent.end or doc[position].lower_ not in self.lead_words:
            return None
        first = position + 1
        limit = min(sent.end, first + MAX_WORDS_BEFORE_BENCHMARK)
        while first < limit and doc[first].is_lower and spans.entity_starting_at(first) is None:
            first += 1  # "the older"
        named = spans.entity_starting_at(first) if first < sent.end else None
        return named if named is not None and named.type == "benchmark" else None

    def _looks_like_score(self, spans: DocSpans, sent: Span, figure: Figure) -> bool:
        """A percentage or a bare number in digits: not a count ('48 hours'), rank ('top 10') or gap ('4 points')."""
        if figure.in_words or figure.scale is not None:
            return False
        if spans.marker_before(figure.token_start, {"RANK"}, 0, sent.start):
            return False
        points = spans.marker_after(figure.token_end, {"POINTS"}, 0, sent.end)
        if points and not spans.marker_before(figure.token_start, {"SCORED"}, 0, sent.start):
            return False  # "trails by 3.1 points" is a gap; "scored 92.1 points" a score
        return figure.unit_class == "percent" or not self._has_own_noun(spans, figure)

    def _has_own_noun(self, spans: DocSpans, figure: Figure) -> bool:
        """'1,200 forks', '48 hours': a word right after the figure that says what it counts."""
        if figure.token_end >= len(spans.doc):
            return False
        following = spans.doc[figure.token_end]
        return following.is_alpha and following.lower_ not in self.next_words

    # -- the record ---------------------------------------------------------

    def _claim(self, spans: DocSpans, sent: Span, found: Claimed, subject: Subject, roles: Roles) -> Claim:
        rule = found.rule
        return number_claim(
            rule.kind,
            scope=rule.scope,
            benchmark=found.benchmark.name if found.benchmark else None,
            attribute=rule.attribute,
            tokens=self._price_tokens(spans, sent, found.figure) if rule.attribute == PRICE else None,
            **self._fields(spans, sent, found.figure, subject, roles, rule.id, rule.unit or found.figure.unit),
        )

    def _price_tokens(self, spans: DocSpans, sent: Span, figure: Figure) -> str | None:
        """`$0.90 input / $2.70 output`, `$3 per million input tokens`, `an input price of $2.50`: the word
        nearest after the figure (before the next figure), else just before it."""
        doc = spans.doc
        following = next((f.token_start for f in spans.figures if f.token_start >= figure.token_end), sent.end)
        after = range(figure.token_end, min(following, sent.end, figure.token_end + PRICE_WORDS_AFTER))
        before = range(figure.token_start - 1, max(sent.start, figure.token_start - PRICE_WORDS_BEFORE) - 1, -1)
        for i in (*after, *before):
            if (side := self.price_tokens.get(doc[i].lower_)) is not None:
                modifier = self.price_tokens.get(doc[i - 1].lower_) if i > sent.start else None
                return modifier or side  # "cached input": the cached price
        return None

    def _fields(self, spans: DocSpans, sent: Span, figure: Figure, subject: Subject, roles: Roles, rule: str, unit):
        """What every figure claim records: where, what was written, about whom, said by whom."""
        asserter = roles.asserter.name if roles.asserter is not None else None
        return dict(
            source=spans.source(figure.start, figure.end),
            text=spans.text[figure.start : figure.end],
            sentence=spans.text[sent.start_char : sent.end_char].strip(),
            rule=rule,
            subject=subject.name,
            subject_text=subject.text,
            subject_source=subject.source,
            confidence=self.confidence[subject.source],
            unit=unit,
            asserted_by=asserter,
            self_reported=asserter is not None and asserter in (subject.name, self.resolver.maker(subject.name)),
            **figure.reading(),
        )

    # -- ratios and differences in words -----------------------------------

    def _comparison(self, spans, sent: Span, figure: Figure, entities, roles: Roles, focus: Focus, compared, claimed):
        """'a 5x longer context window than GPT-4o', 'one-quarter of the cost', 'within four points of X's 85.0'.

        Only where the sentence names its subject (or has a claim already: "81.0 ... within four
        points of"): a ratio about nobody in particular is no claim.
        """
        points = spans.marker_after(figure.token_end, self.comparisons.difference_cues, 0, sent.end)
        difference = figure.unit == "points" or points
        benchmark = None
        if difference and spans.marker_before(figure.token_start, {"SCORED"}, 0, sent.start):
            return None  # "scored 92.1 points": a score on a test the sentence does not name
        if difference:
            benchmark = self._benchmark(spans, sent, figure, entities, focus)
            attribute, rule = "benchmark", "compare.difference"
            if benchmark is None:
                return None
        elif figure.unit_class == "ratio":
            found = self._compared(spans, sent, figure)
            if found is None:
                return None
            attribute, rule = found
        else:
            return None
        other = self._other(spans, sent, figure, entities, roles)
        if other is not None:
            compared.append(other)
        left = [e for e in entities if e.end <= figure.token_start and e not in compared]
        subject = self._nearest_left(spans, sent, figure, left, roles, focus) or claimed
        if subject is None or (other is not None and subject.name == other.name):
            return None
        if figure.unit == "x" and spans.marker_after(figure.token_end, self.comparisons.inverse_cues, 1, sent.end):
            figure = _inverse(figure)  # "ten times cheaper": the subject's figure is a tenth of the other's
        return Comparison(
            relation="difference" if difference else "ratio",
            attribute=attribute,
            benchmark=benchmark.name if benchmark else None,
            other=other.name if other else None,
            other_text=other.text if other else None,
            **self._fields(spans, sent, figure, subject, roles, rule, figure.unit),
        )

    def _compared(self, spans: DocSpans, sent: Span, figure: Figure) -> tuple[str, str] | None:
        """What a ratio compares: the attribute whose cue lies nearest it, and that rule's id."""
        window = self.comparisons.window
        start, end = max(sent.start, figure.token_start - window), min(sent.end, figure.token_end + window)
        best = None
        for rule in self.comparisons.attributes:
            for cue in spans.markers_in(start, end, rule.cues):
                distance = max(cue.start - figure.token_end, figure.token_start - cue.end)
                if best is None or distance < best[0]:
                    best = (distance, rule.attribute, rule.id)
        return (best[1], best[2]) if best else None

    def _other(self, spans: DocSpans, sent: Span, figure: Figure, entities, roles: Roles) -> Entity | None:
        """What the subject is compared with: a foil ('trails GLM-5.2 by 3.1 points', 'than GPT-4o'), else
        a name after the figure ("within four points of Claude Opus 4.8's 85.0")."""
        foil = next((e for e in entities if e in roles.excluded and e.type in self.subject_types), None)
        if foil is not None:
            return foil
        limit = min(sent.end, figure.token_end + self.comparisons.window)
        return next((e for e in entities if figure.token_end <= e.start < limit and e.type in self.subject_types), None)

    # -- whose figure it is -----------------------------------------------

    def _subject(
        self, spans: DocSpans, sent: Span, found: Claimed, entities, roles: Roles, focus: Focus
    ) -> Subject | None:
        figure = found.figure
        named = self._possessor(spans, sent, figure) or self._named_after(spans, sent, figure, found.cue, roles)
        if named is not None:
            return named
        if self._past_value(spans, sent, figure):
            return None  # "up from 65.8% for its predecessor": a figure of the past, or of a model not named
        return self._nearest_left(spans, sent, figure, entities, roles, focus) or self._implied(
            spans, sent, figure, focus
        )

    def _past_value(self, spans: DocSpans, sent: Span, figure: Figure) -> bool:
        return bool(
            spans.marker_before(figure.token_start, {"PAST"}, PAST_REACH, sent.start)
            or spans.marker_after(figure.token_end, {"PREDECESSOR"}, 2, sent.end)
        )

    def _possessor(self, spans: DocSpans, sent: Span, figure: Figure) -> Subject | None:
        """`GPT-4o's 88.7%`."""
        i = figure.token_start - 1
        if i <= sent.start or spans.doc[i].text not in self.possessives:
            return None
        owner = spans.entity_ending_at(i)
        return _subject(owner, "possessive") if owner is not None and owner.type in self.subject_types else None

    def _named_after(
        self, spans: DocSpans, sent: Span, figure: Figure, cue: Marker | None, roles: Roles
    ) -> Subject | None:
        """`72.4% for GLM-5.2`, `85.0 on Terminal-Bench 2.1 for Claude Opus 4.8`, `$0.59 for a hosted Llama 3 70B`."""
        doc = spans.doc
        position = figure.token_end
        named = self._benchmark_after(spans, sent, position)
        if named is not None:
            position = named.end
        positions = [position]
        if cue is not None and cue.start >= figure.token_end:
            positions.append(cue.end)
        for pos in positions:
            if pos >= sent.end:
                continue
            if doc[pos].lower_ in self.for_words:
                marker = spans.marker_after(pos + 1, self.subject_types, 2, sent.end)
                named = spans.entity_starting_at(marker.start) if marker is not None else None
            else:
                named = spans.entity_starting_at(pos) if pos != figure.token_end else None  # "training Llama 3 405B"
            if named is not None and named.type in self.subject_types and roles.is_candidate(named):
                return _subject(named, "named_after")
        return None

    def _nearest_left(
        self, spans: DocSpans, sent: Span, figure: Figure, entities, roles: Roles, focus: Focus
    ) -> Subject | None:
        """The nearest model named before the figure; else the nearest organisation or anaphor.

        An organisation yields to the model in focus when it makes that model:
        'Zhipu's own figure of 81.0' is about GLM-5.2, while 'the EUROPA consortium,
        which will develop a 400B model' is about the consortium.
        """
        named = [
            e
            for e in entities
            if e.end <= figure.token_start and e.type in self.subject_types and roles.is_candidate(e)
        ]
        models = [e for e in named if e.type == "model"]
        if models:
            return _subject(models[-1], "sentence")
        candidates: list[tuple[int, Subject]] = [(e.end, _subject(e, "sentence")) for e in named]
        for marker in spans.markers_in(sent.start, figure.token_start, ANAPHOR_LABELS):
            referent = focus.get(ANAPHOR_LABELS[marker.label])
            if referent is not None:
                text = spans.span_text(marker.start, marker.end)
                candidates.append((marker.end, Subject(referent.name, text, referent.type, "anaphor")))
        if not candidates:
            return None
        nearest = max(candidates, key=lambda c: c[0])[1]
        if nearest.type == "org":  # "Zhipu's model reaches 74.0%": the Zhipu model last named
            for model in (focus.model, focus.main_model, focus.by_maker.get(nearest.name)):
                if model is not None and self.resolver.maker(model.name) == nearest.name:
                    return replace(model, source="anaphor")
        return nearest

    def _implied(self, spans: DocSpans, sent: Span, figure: Figure, focus: Focus) -> Subject | None:
        """No name before the figure: the model its paragraph is about so far, else the article's own model;
        none where the sentence is about a class ('open models')."""
        if spans.has_marker(sent.start, figure.token_start, ("GENERIC",)) or self._opens_with_a_name(spans, sent):
            return None  # about a class ('open models'), or about a name the rules do not know ('Kestrel 2 has')
        in_paragraph = focus.model is not None and not PARAGRAPH_BREAK.search(
            spans.text, focus.model_at, sent.start_char
        )
        if in_paragraph:
            return replace(focus.model, source="paragraph")
        main = focus.main_model if focus.main_model_at < sent.end_char else None  # never one named only later
        implied = main or focus.model or focus.org
        return replace(implied, source="article") if implied is not None else None

    def _opens_with_a_name(self, spans: DocSpans, sent: Span) -> bool:
        """Does the sentence open with a name that is no known entity: two capitalised words, or one and a
        number ('Kestrel 2 has 400 billion parameters', 'Corvid AI spent $145 million')?"""
        if sent.end - sent.start < 3 or spans.entity_at.get(sent.start) or spans.entity_at.get(sent.start + 1):
            return False
        first, second = spans.doc[sent.start], spans.doc[sent.start + 1]
        return (
            first.is_title
            and first.text not in self.not_names
            and (second.is_title or second.like_num or second.is_upper)
            and second.text not in self.not_names
        )

    # -- the sentence ---------------------------------------------------------

    def _roles(self, spans: DocSpans, sent: Span, entities: list[Entity], figure_ends: set[int]) -> Roles:
        excluded = frozenset(
            e for e in entities if self._is_foil(spans, sent, e, figure_ends) or self._makes_named_thing(spans, e)
        )
        asserter = next(  # a lab reports a figure; a model that "reports 85.3%" is the figure's subject
            (
                e
                for e in entities
                if e.type == "org"
                and (
                    spans.marker_after(e.end, {"REPORT"}, 1, sent.end) is not None
                    or spans.marker_before(e.start, {"REPORT_BY"}, 0, sent.start) is not None
                )
            ),
            None,
        )
        return Roles(excluded, asserter)

    def _is_foil(self, spans: DocSpans, sent: Span, entity: Entity, figure_ends: set[int]) -> bool:
        """`than GPT-4o`, `similar to Mixtral 8x22B`; but not `trails Kimi K2.7-Code, which drew 85,000 downloads`
        nor `against 65.0 for Claude 3.5 Sonnet`, where the name owns the figure before it."""
        if spans.marker_before(entity.start, {"FOIL"}, self.foil_gap, sent.start) is None:
            return False
        before = entity.start - 1
        if before > sent.start and spans.doc[before].lower_ in self.for_words and before in figure_ends:
            return False
        return spans.marker_after(entity.end, {"RELATIVE"}, 1, sent.end) is None

    def _makes_named_thing(self, spans: DocSpans, entity: Entity) -> bool:
        """`Huawei's Ascend 910B`, `Artificial Analysis's Intelligence Index`: the owner is not the subject."""
        if entity.end >= len(spans.doc) or spans.doc[entity.end].text not in self.possessives:
            return False
        owned = spans.entity_starting_at(entity.end + 1)
        return owned is not None and owned.type in NOT_SUBJECTS

    def _focus_benchmark(self, spans: DocSpans, sent: Span, entities, focus: Focus) -> None:
        named = [e for e in entities if e.type == "benchmark"]
        if named:
            focus.benchmark = named[-1]

    def _update_focus(
        self, focus: Focus, sent: Span, entities: list[Entity], roles: Roles, claimed: Subject | None
    ) -> None:
        """The sentence's first claim's subject, else its first name of each type, is what comes next refers to."""
        for type_ in ("model", "org"):
            named = next((e for e in entities if e.type == type_ and roles.is_candidate(e)), None)
            subject = claimed if claimed is not None and claimed.type == type_ else (named and _subject(named))
            if subject is None:
                continue
            setattr(focus, type_, subject)
            if type_ == "model":
                focus.model_at = sent.start_char
        for entity in entities:
            if entity.type == "model" and (maker := self.resolver.maker(entity.name)) is not None:
                focus.by_maker[maker] = _subject(entity)


def _inverse(figure: Figure) -> Figure:
    """The reciprocal of a ratio, its interval turned round."""
    low = 1 / figure.high if figure.high else None
    high = 1 / figure.low if figure.low else None
    return replace(figure, value=1 / figure.value, low=low, high=high, resolution=figure.resolution / figure.value**2)


def _subject(entity: Entity, source: str = "sentence") -> Subject:
    return Subject(entity.name, entity.text, entity.type, source)
