"""The rule a figure fits: the first number-claim rule whose unit, value range and cues fit; a `none` rule rules
the figure out. A cue is looked for in each window the rule names, before or after the figure (counted from
where a list the figure ends begins), and a score rule fits only a figure written as a score, on a test found for
it. A figure is classified with every rule of its unit, so the rules a sentence's cue labels and words cannot fit
are dropped first, from bits set once per rule."""

from __future__ import annotations

import re

from spacy.tokens import Span

from ...numbers import Figure, scale_factors
from ...ruleset import CueWindow, NumberClaimRule, RuleSet, any_of
from ...spans import DocSpans, Marker
from ..context import Claimed, Focus
from ..coordination import list_start, span_of
from .base import COORDINATION, in_range
from .benchmarks import ScoreBenchmarks
from .coordinated import CoordinatedFigures
from .details import FigureDetails
from .scores import ScoreLooks
from .setups import SETUP_REACH, ScoreSetups, setup_gate
from .unknown_tests import UnknownTests

RUN_JOINS = {",", "and"}  # between the scores of a run on one test named after it: "8.7 and 8.9 on MT-Bench"
# what ends the reach of a cue that must come unbroken before its figure: "Contrary to reports of 1.8 trillion, GPT-4
# has 1.76 trillion" (brackets do not: "compares GPT-3 (175 billion) to GPT-4 (100 trillion)" is one phrase)
CLAUSE_BREAKS = frozenset({",", ";", ":", "—", "–"})
MAX_LABEL_SETS = 4096  # sets of a sentence's cues whose possible rules are kept; then they are made anew


class FigureKinds(CoordinatedFigures, ScoreLooks, ScoreBenchmarks, UnknownTests, ScoreSetups, FigureDetails):
    """The kind of claim each figure makes. Its methods are grouped by concern in the parts it is made of; it
    reads the rule files' word sets, and indexes the rules' cue windows, once."""

    def __init__(self, rules: RuleSet):
        self.rules = rules.number_claims
        self.comparisons = rules.comparisons
        self.lead_words = {w.lower() for w in rules.scores.lead_words}
        self.next_words = {w.lower() for w in rules.scores.next_words}
        self.versus_words = {w.lower() for w in rules.attribution.versus_words}
        self.pair_joins = self.versus_words | RUN_JOINS
        self.both_words = {w.lower() for w in rules.attribution.both_words}
        self.margin_words = {w.lower() for w in rules.scores.margin_words}
        self.test_nouns = {w.lower() for w in rules.scores.test_nouns}
        self.test_openers = {w.lower() for w in rules.scores.test_openers}
        self.described_tests = {w.lower() for w in rules.scores.described_tests}
        self.fields = {w.lower() for w in rules.scores.fields}
        self.referring_words = {w.lower() for w in rules.scores.referring_words}
        self.comparative_words = {w.lower() for w in rules.scores.comparative_words}
        self.openers = {w.lower() for w in rules.attribution.clause_openers}
        self.contrast_openers = frozenset(w.lower() for w in rules.attribution.contrast_openers)
        self.token_sides = rules.numbers.token_sides()
        self.cache_outcomes = rules.numbers.cache_outcome_sides()
        self.price_pair_sides = rules.numbers.price_pair_sides
        self.tiers = set(rules.names.tiers)
        self.not_names = set(rules.names.not_names)
        self.date_words = {w.lower() for w in (*rules.dates.months, *rules.dates.weekdays)}
        self.scales = scale_factors(rules.numbers)
        self.span_joints = frozenset(tuple(joint.lower().split()) for joint in rules.numbers.span_joints)
        # what may stand between two figures of one kind; never a semicolon, which closes a list item or a clause
        # whose figure has a kind of its own ("leads among models under 13 billion; 14 trillion tokens trained")
        self.joiners = (COORDINATION - {";"}) | self.versus_words | {"/"}
        self.conjunctions = {w.lower() for w in rules.attribution.conjunctions}
        self.setup_regex = re.compile(any_of(rules.scores.setups), re.IGNORECASE)
        # a setup starting at most SETUP_REACH characters on: its lazy lead tries the starts one by one, as a
        # `match` at each would, but inside the engine (one call instead of one per character)
        self.setup_ahead = re.compile(rf"(?s:.){{0,{SETUP_REACH}}}?(?P<setup>{self.setup_regex.pattern})", re.I)
        self.setup_gate = setup_gate(rules.scores.setups)
        # each cue window's labels as a set and its phrases with their lengths in words, by the word that ends
        # them (looked for before a figure) and the word that begins them (after it), made once: a window is
        # looked at for nearly every figure and rule, and only the phrases that word fits are compared whole
        self.windows = {
            id(window): (set(window.labels), *_phrases_by_edge_word(window.words))
            for rule in self.rules
            for window in (rule.after, rule.before, rule.near, rule.unless_before, rule.unless_after)
            if window is not None
        }
        # each window a rule needs a cue in is a bit, set by any of the window's labels and any first word of its
        # phrases (a phrase lies within the sentence): a rule one of whose bits a sentence's cue labels and words
        # leave unset cannot fit, known before any window is walked
        self.label_bits, self.word_bits, needs = _needed_windows(self.rules, self.windows)
        self.by_unit: dict[str, list[tuple[NumberClaimRule, int]]] = {}  # each unit class's rules, in order
        for rule, needed in zip(self.rules, needs, strict=True):
            for unit_class in rule.units:
                self.by_unit.setdefault(unit_class, []).append((rule, needed))
        self.cue_words = frozenset(self.word_bits)
        self._possible: dict[tuple[frozenset[str], frozenset[str], str], list[NumberClaimRule]] = {}

    def classify(
        self, spans: DocSpans, sent: Span, figure: Figure, entities, focus: Focus, owned: object
    ) -> Claimed | None:
        """The first rule the figure fits (a `none` rule rules it out). `owned`, true when a name owns the figure
        (`GPT-4o's 88.7`, `Qwen 2.5 (24.8)`), so a score may take the benchmark of the sentence before: any object
        whose truth is asked, as finding it out is put off until a rule needs it."""
        # "clusters of 16k and 24k GPUs": the words before a list are each one's
        lead = list_start(spans, sent, figure)
        for rule in self._rules_in(spans, sent, figure.unit_class):
            read, read_lead = self._as_read_by(rule, spans, sent, figure, lead)
            if not in_range(rule, read):
                continue
            if rule.scope is not None and spans.scope_after(figure) not in (None, rule.scope):
                continue  # "Total parameters: 235B and 22B activated": the key is the list's, the scope the figure's
            cue = self._cue(spans, sent, read, rule, read_lead)
            if cue is False:
                continue
            if rule.in_sentence and not spans.has_marker(sent.start, sent.end, rule.in_sentence):
                continue
            if rule.unless_before and self._in_window(spans, sent, read, rule.unless_before, "before", read_lead):
                continue
            if rule.unless_after and self._in_window(spans, sent, read, rule.unless_after, "after"):
                continue
            if rule.kind == "none":
                return Claimed(figure, rule, None, cue)  # "$28,000 each": ruled out, no claim of any kind
            benchmark = None
            if rule.kind == "benchmark":
                if not self._may_find_a_test(spans, figure, entities, focus):
                    continue  # no test named in its sentence, nor right after it, nor lent by the focus: no score
                strong = owned or cue is not None or self._scored(spans, sent, figure)
                benchmark = self.benchmark(spans, sent, figure, entities, focus, strong)
                if benchmark is None or (cue is None and not self.looks_like_score(spans, sent, figure)):
                    continue
                if rule.on_benchmarks and benchmark.name not in rule.on_benchmarks:
                    continue  # "It follows at 1409" after a test scored in shares: no score of that test
            return Claimed(figure, rule, benchmark, cue)
        return None

    def _as_read_by(
        self, rule: NumberClaimRule, spans: DocSpans, sent: Span, figure: Figure, lead: int
    ) -> tuple[Figure, int]:
        """The figure as `rule` reads it, with where the list it ends begins: a rule over spans reads an end of a
        span the text splits (`from 0.5B to 72B parameters`) as the whole span, its cues before the first end and
        after the second."""
        if rule.over_spans:
            span = span_of(spans, sent, figure, self.span_joints)
            if span is not None:
                return span, list_start(spans, sent, span)
        return figure, lead

    def _rules_in(self, spans: DocSpans, sent: Span, unit_class: str) -> list[NumberClaimRule]:
        """The possible rules for a figure of this unit class in this sentence, found once for all its figures of
        the class (a lookup in `_possible` compares whole sets of labels)."""

        def possible() -> list[NumberClaimRule]:
            words = self.cue_words.intersection(spans.lowers[sent.start : sent.end])
            return self._possible_rules((spans.labels_in(sent.start, sent.end), words, unit_class))

        return spans.kept("possible_rules", (sent.start, sent.end, unit_class), possible)

    def _possible_rules(self, present: tuple[frozenset[str], frozenset[str], str]) -> list[NumberClaimRule]:
        """The rules, in order, for a figure of a unit class in a sentence holding these cue labels and cue words:
        but those for other units, or needing a cue the sentence holds neither a label nor a word of. Kept per
        `present` (sentences share a few hundred), so a sentence's figures skip the rest without a look."""
        possible = self._possible.get(present)
        if possible is None:
            if len(self._possible) >= MAX_LABEL_SETS:
                self._possible.clear()
            labels, words, unit_class = present
            unfit = ~self._windows_fit(labels, words)
            possible = self._possible[present] = [
                rule for rule, needed in self.by_unit.get(unit_class, ()) if not needed & unfit
            ]
        return possible

    def _windows_fit(self, labels: frozenset[str], words: frozenset[str]) -> int:
        """The bits of the needed windows a sentence with these cue labels and cue words may fit."""
        fit = 0
        for label in labels:
            fit |= self.label_bits.get(label, 0)
        for word in words:
            fit |= self.word_bits[word]
        return fit

    def _cue(
        self, spans: DocSpans, sent: Span, figure: Figure, rule: NumberClaimRule, lead: int
    ) -> Marker | None | bool:
        """The cue that makes `rule` fit, None when the rule needs none, False when a needed cue is missing.
        A cue on either side (`near`) is looked for before the figure first: '$78 million to train GPT-4, and
        the cost to train X' has the second clause's cue after the first figure."""
        found = None
        for window, direction in ((rule.after, "after"), (rule.before, "before"), (rule.near, "near")):
            if window is None:
                continue
            cue = None
            if direction in ("before", "near"):
                cue = self._in_window(spans, sent, figure, window, "before", lead)
            if cue is None and direction in ("after", "near"):
                cue = self._in_window(spans, sent, figure, window, "after")
            if cue is None:
                return False
            found = found or cue
        return found

    def _in_window(
        self, spans: DocSpans, sent: Span, figure: Figure, window: CueWindow, side: str, lead: int | None = None
    ) -> Marker | None:
        """The cue (or word) of the window on one side of the figure, within its gap; before it, counted from
        `lead`, where the list of figures it ends begins."""
        labels, by_last, by_first = self.windows[id(window)]
        start = figure.token_start if lead is None else lead
        if side == "before":
            cue = spans.marker_before(start, labels, window.gap, sent.start) if labels else None
            if cue is not None and window.opening and not _opens(spans, sent, cue):
                cue = None  # "Meta finished training a 2T model": work on one model, not on any of its size
            if cue is not None and window.unbroken and self._broken(spans, cue.end, start):
                cue = None  # "Contrary to reports of 1.8T, GPT-4 has 1.76T": the cue's phrase ends at the comma
        else:
            cue = spans.marker_after(figure.token_end, labels, window.gap, sent.end) if labels else None
            if cue is not None and _number_between(spans, figure.token_end, cue.start):
                cue = None  # "314 billion parameters, 2 active experts": the cue is the nearer figure's
            if cue is not None and window.through and not _only_through(spans, figure.token_end, cue.start, window):
                cue = None  # "10,000 of its engineers working on chips": the cue ends another noun phrase
        if cue is not None or not by_last:
            return cue
        lowers = spans.lowers
        for distance in range(window.gap + 1):
            if side == "before":
                edge = start - distance - 1
                phrases = by_last.get(lowers[edge], ()) if edge >= sent.start else ()
            else:
                edge = figure.token_end + distance
                phrases = by_first.get(lowers[edge], ()) if edge < sent.end else ()
            for phrase, size in phrases:
                start, end = (edge + 1 - size, edge + 1) if side == "before" else (edge, edge + size)
                if start >= sent.start and end <= sent.end and " ".join(lowers[start:end]) == phrase:
                    return Marker(start, end, "WORDS")
        return None

    def _broken(self, spans: DocSpans, start: int, end: int) -> bool:
        """Does a clause break (a comma, semicolon, colon or dash, or a contrast word) lie within tokens
        `start..end`?"""
        words, lowers = spans.words, spans.lowers
        return any(words[i] in CLAUSE_BREAKS or lowers[i] in self.contrast_openers for i in range(start, end))


def _opens(spans: DocSpans, sent: Span, cue: Marker) -> bool:
    """Does the cue open its sentence, or a list item run into it (a mark its pattern matched: `- Serving`)?"""
    return cue.start == sent.start or not spans.words[cue.start].isalpha()


def _number_between(spans: DocSpans, start: int, end: int) -> bool:
    """A number standing alone between (not `700W`, which says what the next word is, nor the `910` of a name:
    `5,000 Ascend 910B servers`)."""
    return any(
        word.replace(",", "").replace(".", "").isdigit() and i not in spans.entity_at
        for i, word in enumerate(spans.words[start:end], start)
    )


def _only_through(spans: DocSpans, start: int, end: int, window: CueWindow) -> bool:
    """Whether the words between are all the window's `through` words, names, codes or hyphens: modifiers of the
    cue's noun, which stays the figure's noun."""
    return all(
        lower in window.through or word == "-" or any(c.isupper() or c.isdigit() for c in word)
        for word, lower in zip(spans.words[start:end], spans.lowers[start:end], strict=True)
    )


def _phrases_by_edge_word(words: list[str]) -> tuple[dict[str, list], dict[str, list]]:
    """A window's phrases with their lengths in words, by their last word and by their first, each list in the
    window's order (the first phrase that fits wins)."""
    by_last: dict[str, list] = {}
    by_first: dict[str, list] = {}
    for phrase in words:
        parts = phrase.split(" ")
        by_last.setdefault(parts[-1], []).append((phrase, len(parts)))
        by_first.setdefault(parts[0], []).append((phrase, len(parts)))
    return by_last, by_first


def _needed_windows(
    rules: list[NumberClaimRule], windows: dict[int, tuple]
) -> tuple[dict[str, int], dict[str, int], list[int]]:
    """Each rule's windows that need a cue (`after`, `before`, `near`) as bits: the bits each label and each first
    word of a phrase sets (a window it may fit), and each rule's bits."""
    label_bits: dict[str, int] = {}
    word_bits: dict[str, int] = {}
    needs = []
    bit = 1
    for rule in rules:
        needed = 0
        for window in (rule.after, rule.before, rule.near):
            if window is None:
                continue
            for label in window.labels:
                label_bits[label] = label_bits.get(label, 0) | bit
            for word in windows[id(window)][2]:  # the phrases by their first word
                word_bits[word] = word_bits.get(word, 0) | bit
            needed |= bit
            bit <<= 1
        needs.append(needed)
    return label_bits, word_bits, needs
