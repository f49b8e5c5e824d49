"""What kind of claim a figure makes: the first number-claim rule whose unit, value range and cues fit.

A figure listed beside a claimed one (`$0.30 per million tokens, against $5.00 for
GPT-4o`, `117 billion and 21 billion parameters`) shares its kind. A score takes the
benchmark named right after it (`89.0% on DROP`), else the nearest one in its
sentence; and says how it was obtained where the text does (`3-shot`, `no tools`).
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Span

from ..entities import Entity
from ..numbers import Figure, scale_factors
from ..ruleset import CueWindow, NumberClaimRule, RuleSet, any_of
from ..spans import LIST_JOINS, DocSpans, Marker, slash_pair_place
from .context import Claimed, Focus, clause_start, same_clause
from .coordination import list_start

COORDINATION = {"and", "&", "or", ",", ";", "while", "whereas"}
RUN_JOINS = {",", "and"}  # between the scores of a run on one test named after it: "8.7 and 8.9 on MT-Bench"
ITEM_JOINERS = {"and", "or"}  # before a list's last item: "code generation (HumanEval), and agentic coding tasks"
RELATIVE_PRONOUNS = {"which", "who", "whose"}  # "2,000 GPUs, which puts ...": a clause about something else
NOUN_LINKS = {"of", "at"}  # "a power draw of 15", "total FLOPS at 4e18": what the figure is, said before it
MAX_COORDINATION_GAP = 10
WHOLE_BEFORE_A_SLASH = {"scope": "total", "id": "params.whole-before-slash"}  # 400B / 17B active: the total
WHOLE_OPENING_BRACKETS = {"scope": "total", "id": "params.whole-opening-brackets"}  # (400B, 17B active): the total
MAX_WORDS_BEFORE_BENCHMARK = 3  # "81.0 on the older MMLU"
PHRASE_REACH = 8  # tokens of a figure's phrase searched for its test: "91.3% accuracy in chart reading on ChartQA"
ANAPHOR_REACH = 3  # sentences back to the test "this exam" or "the same test" means
SIZE_NEXT = re.compile(r"[ \t]+\d{1,4}(?:\.\d{1,2})?[BMT]\b")  # "3.3 70B": a size right after a figure
TOKEN_WORDS_AFTER, TOKEN_WORDS_BEFORE = 6, 5  # "$3 per million input tokens", "cached input is billed at $0.07"
# what ends a figure's phrase before the side of the next conjunct or list item: "an output of 80K, ...",
# "Context: 131,072 tokens; max output 40,960"
SIDE_ENDS = {",", ";"}
HEDGE_AFTER = 3  # tokens after a figure where a hedge still qualifies it: "$5.6M, reportedly"
BRACKETED = re.compile(r"\s?\([^()\n]{1,40}\)")
PAIRED_SIDES_REACH = 12  # "$3 / $15 per million input/output tokens": tokens from a figure to its pair of sides
LEAD_PHRASE_TOKENS = 6  # "For input processing,", "On the output side,": a sentence's opening phrase, before its comma
CHIP_GAP = 2  # "2,048 Nvidia H800 GPUs": words between a count and its chip
TASK_WORDS = 4  # "on analog clock reading": the words of a task named in words
CLAUSE_CLOSERS = {";", ",", ".", ":", ")", "—", "–"}
DESCRIBED_TEST_TOKENS = 12  # "on a 4M-token Needle-In-A-Haystack retrieval test": hyphens make tokens
TEST_NAME_WORDS = 5  # tokens before "benchmark" that may name it: "OS World's computer-use benchmark"
KEY_ASIDE_TOKENS = 8  # tokens of a bracketed aside between a key's name and its colon: "OSWorld (computer use):"
BRACKETS = re.compile(r"\([^()\n]*\)")
SETUP_REACH = 20  # characters around a figure searched for the setup phrase it may be part of
MAX_LABEL_SETS = 4096  # sets of a sentence's cues whose possible rules are kept; then they are made anew


class FigureKinds:
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
        self.token_sides = rules.numbers.token_sides()
        self.cache_outcomes = rules.numbers.cache_outcome_sides()
        self.price_pair_sides = rules.numbers.price_pair_sides
        self.tiers = set(rules.names.tiers)
        self.not_names = set(rules.names.not_names)
        self.date_words = {w.lower() for w in (*rules.dates.months, *rules.dates.weekdays)}
        self.scales = scale_factors(rules.numbers)
        # what may stand between two figures of one kind; never a semicolon, which closes a list item or a clause
        # whose figure has a kind of its own ("leads among models under 13 billion; 14 trillion tokens trained")
        self.joiners = (COORDINATION - {";"}) | self.versus_words | {"/"}
        self.conjunctions = {w.lower() for w in rules.attribution.conjunctions}
        self.setup_regex = re.compile(any_of(rules.scores.setups), re.IGNORECASE)
        # a setup starting at most SETUP_REACH characters on: its lazy lead tries the starts one by one, as a
        # `match` at each would, but inside the engine (one call instead of one per character)
        self.setup_ahead = re.compile(rf"(?s:.){{0,{SETUP_REACH}}}?(?P<setup>{self.setup_regex.pattern})", re.I)
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

    # -- the rule a figure fits ----------------------------------------------

    def classify(
        self, spans: DocSpans, sent: Span, figure: Figure, entities, focus: Focus, owned: object
    ) -> Claimed | None:
        """The first rule the figure fits (a `none` rule rules it out). `owned`, true when a name owns the figure
        (`GPT-4o's 88.7`, `Qwen 2.5 (24.8)`), so a score may take the benchmark of the sentence before: any object
        whose truth is asked, as finding it out is put off until a rule needs it."""
        # "clusters of 16k and 24k GPUs": the words before a list are each one's
        lead = list_start(spans, sent, figure)
        for rule in self._rules_in(spans, sent, figure.unit_class):
            if not _in_range(rule, figure):
                continue
            if rule.scope is not None and spans.scope_after(figure) not in (None, rule.scope):
                continue  # "Total parameters: 235B and 22B activated": the key is the list's, the scope the figure's
            cue = self._cue(spans, sent, figure, rule, lead)
            if cue is False:
                continue
            if rule.in_sentence and not spans.has_marker(sent.start, sent.end, rule.in_sentence):
                continue
            if rule.unless_before and self._in_window(spans, sent, figure, rule.unless_before, "before", lead):
                continue
            if rule.unless_after and self._in_window(spans, sent, figure, rule.unless_after, "after"):
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

    def in_the_same_row(self, figure: Figure, previous: Claimed | None) -> Claimed | None:
        """`Context Window 200K tokens 200K tokens`: in a flattened table's row, a figure written like the one
        before it is of the kind the row's label gave that one."""
        if previous is None or not self._alike(previous.figure, figure) or not _in_range(previous.rule, figure):
            return None
        return Claimed(figure, previous.rule, previous.benchmark)

    def coordinated(self, spans: DocSpans, figure: Figure, previous: Claimed | None) -> Claimed | None:
        """`$0.30 per million tokens, against $5.00 for GPT-4o and $0.59 for Llama 3 70B`: same kind as the first.

        The figure must be written like the claimed one, follow it closely with a
        comparison or a conjunction between them, and carry no unit noun of its own,
        after it or linked right before it. A clause of its own between them (`2,000 GPUs,
        which puts total FLOPS at 4e18`) says something else, unless it compares them.
        """
        if previous is None or not self._alike(previous.figure, figure) or not _in_range(previous.rule, figure):
            return None
        if figure.token_start - previous.figure.token_end > MAX_COORDINATION_GAP:
            return None
        between = spans.doc[previous.figure.token_end : figure.token_start]
        words = set(spans.lowers[previous.figure.token_end : figure.token_start])
        compared = spans.has_marker(
            previous.figure.token_end, figure.token_start, ("FOIL", "PAST")  # "(doubled from K2's 128K)"
        )
        if words == {"/"} and slash_pair_place(spans, figure) == 1:
            return Claimed(figure, previous.rule, previous.benchmark)  # "$0.12/$0.50": a pair's second sum
        if words == {"to"} and value_before_a_change(spans, between.sent, previous.figure):
            return Claimed(figure, previous.rule, previous.benchmark)  # "grew from 128K to 200K": the new value
        listed = spans.lowers[figure.token_start - 1] == ":" and _opens_a_list(spans, figure)
        if (words.isdisjoint(COORDINATION) and not listed or not words.isdisjoint(RELATIVE_PRONOUNS)) and not compared:
            return None  # but "27 billion parameters in four versions: 4B, 12B, 27B" lists figures of its kind
        if self._linked_noun_before(spans, figure, previous):
            return None
        if previous.rule.kind == "benchmark" and (
            not self.looks_like_score(spans, between.sent, figure)
            or self._unknown_name_after(spans, between.sent, figure.token_end)  # a test of its own, unknown
            or (previous.benchmark and self._unknown_test_listed_after(spans, between.sent, previous.benchmark, figure))
        ):
            return None
        if self._like_version(spans, figure):
            return None
        if figure.token_end < len(spans.doc) and self.has_own_noun(spans, figure):
            return None
        if _hyphened_to_a_word(spans, figure) and not spans.markers_from.get(figure.token_end + 1):
            return None  # "18T tokens; the 72B-Instruct model": hyphened to a word no cue begins, the figure counts
            # what that word names (a name's size), not the first one's kind ("1M-token variants" still is)
        return Claimed(figure, previous.rule, previous.benchmark)

    @staticmethod
    def _linked_noun_before(spans: DocSpans, figure: Figure, previous: Claimed) -> bool:
        """`with a power draw of 15`, `total FLOPS at 4e18`: a word and its link right before the figure say what
        it is. A name (`for GPT-4o at $5`) or a cue of the first figure's kind (`a window of 128K`) does not."""
        link = figure.token_start - 1
        if link - 1 <= previous.figure.token_end or spans.lowers[link] not in NOUN_LINKS:
            return False
        return spans.words[link - 1].isalpha() and not spans.markers_to.get(link)  # no name or cue ends there

    def coordinated_ahead(
        self, spans: DocSpans, sent: Span, figure: Figure, following: list[Figure], entities, focus: Focus
    ) -> Claimed | None:
        """`117 billion and 21 billion parameters`, `$0.09 vs $1.25 per million tokens`, `2B, 9B and 27B
        parameters`: figures joined by conjunctions, commas or `vs` alone share the kind the last one's cue gives
        it, and a bare number the scale written after it (`7 and 13 billion parameters`); so does a price that
        says which tokens it is for first (`$1.25 input and $10 output per million tokens`; but `30B total, 3B
        active` are two scopes)."""
        chain = self._joined_after(spans, figure, following)
        if not chain:
            return None
        last = chain[-1]
        found = self.classify(spans, sent, last, entities, focus, owned=False)
        if found is None or found.rule.kind == "none" or found.cue is None or found.cue.start < last.token_end:
            return None  # the kind must come from a cue after the figures: "... 21 billion parameters"
        if found.rule.scope is not None and spans.scope_after(last) == found.rule.scope:
            if (whole := self._whole_before_a_part(spans, figure, chain, found)) is not None:
                return Claimed(figure, found.rule.model_copy(update=whole), None, found.cue)
            return None  # "235B and 22B activated": a scope said of the last figure alone
        return Claimed(self._scaled_like(figure, chain), found.rule, found.benchmark, found.cue)

    @staticmethod
    def _whole_before_a_part(spans: DocSpans, figure: Figure, chain: list[Figure], found: Claimed) -> dict | None:
        """`Maverick (400B / 17B active)`, `Maverick (400B, 17B active)`: a count written before a slash, or
        opening brackets before a comma, and the active count it is paired with is the whole those are part of,
        the way MoE launches and comparison pages write total/active; never active too, nor a second size of the
        family. A slash or those brackets alone: `235B and 22B activated` may be two models' active counts."""
        if found.rule.scope != "active" or len(chain) != 1 or figure.value <= chain[0].value:
            return None
        between = spans.lowers[figure.token_end : chain[0].token_start]
        if between == ["/"]:
            return WHOLE_BEFORE_A_SLASH
        opens_brackets = figure.token_start > 0 and spans.lowers[figure.token_start - 1] == "("
        return WHOLE_OPENING_BRACKETS if between == [","] and opens_brackets else None

    def _joined_after(self, spans: DocSpans, figure: Figure, following: list[Figure]) -> list[Figure]:
        """The figures after this one that joining words alone link to it, in order."""
        chain, current = [], figure
        for nxt in following:
            if self.has_own_noun(spans, current) or not self._alike(current, nxt):
                break
            between = spans.lowers[current.token_end : nxt.token_start]
            if current.unit_class == "money" and between and between[0] in self.token_sides:
                between = between[1:]
            if not between or any(word not in self.joiners for word in between):
                break
            chain.append(nxt)
            current = nxt
        return chain

    def _scaled_like(self, figure: Figure, chain: list[Figure]) -> Figure:
        """A bare count before counts written with a scale takes their scale: the 7 of `7 and 13 billion`."""
        scale = next((f.scale for f in chain if f.scale is not None), None)
        if figure.scale is not None or scale is None or figure.unit_class != "count" or figure.in_words:
            return figure
        return figure.scaled(scale, self.scales[scale.lower()])

    @staticmethod
    def _alike(a: Figure, b: Figure) -> bool:
        """Is `b` written like `a`: of its unit, and a figure, not a word alone (`four`, `one-fifth`)? A number
        word with a scale word is one (`2 billion and nine billion parameters`)."""
        return a.unit_class == b.unit_class and a.unit == b.unit and (not b.in_words or b.scale is not None)

    # -- scores ----------------------------------------------------------------

    def benchmark(
        self, spans: DocSpans, sent: Span, figure: Figure, entities, focus: Focus, owned: object = False
    ) -> Entity | None:
        """`81.0 on Terminal-Bench 2.1`; else the nearest benchmark named before, or after; or 'the same test';
        or, for a score a name owns or a cue marks, the benchmark of the sentence before."""
        units = {*self.comparisons.difference_cues, "ELO"}  # "3.1 points on X", "a 3455 Elo rating on X"
        position = max(
            (m.end for m in spans.markers_from.get(figure.token_end, ()) if m.label in units and m.end <= sent.end),
            default=figure.token_end,
        )
        position = self._past_its_run(spans, sent, figure, position)
        named = self.benchmark_after(spans, sent, position)
        if named is not None or self._unknown_name_after(spans, sent, position):
            return named  # "38.3% on Scale's MultiChallenge" is a score on a test the rules do not know: none
        if self._on_a_test_described(spans, sent, position):
            return None  # "100% accuracy on a 4M-token retrieval test and 0.91 on RULER": its own test, unnamed
        following = _benchmark(spans.entity_starting_at(figure.token_end))
        if following and not self._named_right_before(spans, figure) and not _a_key(spans, following):
            return following  # "hits 75.2 MMLU, 86.4 HellaSwag": each score before its test
        in_phrase, described = self._test_in_phrase(spans, sent, figure)
        if in_phrase is not None or described:
            return in_phrase  # "91.3% accuracy in chart reading on the ChartQA test", "66% on physics questions"
        benchmarks = [  # not "the successor to the ARC-AGI benchmark", a benchmark the text does not name
            e
            for e in entities
            if e.type == "benchmark" and not spans.marker_before(e.start, {"OTHER_BENCHMARK"}, 0, sent.start)
        ]
        before = [e for e in benchmarks if e.end <= figure.token_start and not _keys_another(spans, e, figure)]
        if before:
            last = before[-1]
            unknown = self._unknown_test_leads_clause(spans, sent, last, figure) or self._unknown_test_listed_after(
                spans, sent, last, figure
            )
            return None if unknown or self._test_described_after(spans, last, figure) else last
        after = next((e for e in benchmarks if e.start >= figure.token_end and not _a_key(spans, e)), None)
        if after is not None and same_clause(spans, sent, figure.token_start, after.start, self.openers):
            if self._refers_back(spans, sent, figure):
                return None  # the test named before; the focus already holds this sentence's last, `after`
            return after  # not "80% success at 30 trials, and it beats older models on CyberGym": another clause's
        if spans.has_marker(sent.start, sent.end, ("ANAPHOR_BENCHMARK",)):  # "on this exam": the last one named
            if self._task_in_words_before(spans, sent, figure.token_start):
                return None  # "50% on analog clock reading; 8.9% on the same test": that task, no test named
            return focus.benchmark if focus.benchmark_sentence >= focus.sentence - ANAPHOR_REACH else None
        if owned and not self._names_a_test_of_its_own(spans, sent):  # "GPT-4o's 88.7", "GPT-4o scored 2%"
            return focus.benchmark if focus.benchmark_sentence >= focus.sentence - 1 else focus.section_benchmark
        return None

    @staticmethod
    def _refers_back(spans: DocSpans, sent: Span, figure: Figure) -> bool:
        """`95% on the same benchmark and 57.7% on SWE-bench Pro`: a score whose own phrase says "the same test"
        is on the test named before, never on the one named after it (the next score's)."""
        ahead = range(figure.token_end, min(sent.end, figure.token_end + 3))  # "on the same", "in this"
        return any(m.label == "ANAPHOR_BENCHMARK" for i in ahead for m in spans.markers_from.get(i, ()))

    @staticmethod
    def _may_find_a_test(spans: DocSpans, figure: Figure, entities, focus: Focus) -> bool:
        """Could `benchmark` find the figure a test: one its sentence names (`entities`), one named right after it,
        or one the focus lends (the test named last, if near; the section's)? Asked first of every score, and most
        sentences name no test: the search for one, and whether a name owns the figure, are skipped."""
        lent = focus.section_benchmark is not None or (
            focus.benchmark is not None and focus.benchmark_sentence >= focus.sentence - ANAPHOR_REACH
        )
        return (
            lent
            or any(e.type == "benchmark" for e in entities)
            or _benchmark(spans.entity_starting_at(figure.token_end)) is not None
        )

    def _test_in_phrase(self, spans: DocSpans, sent: Span, figure: Figure) -> tuple[Entity | None, bool]:
        """The benchmark a lead word names further on in the figure's own phrase, past lower-case words only
        (`91.3% accuracy in chart reading on the ChartQA test`); or whether the phrase describes a test of its own
        in words (`a 66.0% success rate on physics questions`, `95% in basic mathematics`), so that none named
        elsewhere is the score's."""
        words, lowers = spans.words, spans.lowers
        lead = False
        for i in range(figure.token_end, min(sent.end, figure.token_end + PHRASE_REACH)):
            if (named := self.benchmark_after(spans, sent, i)) is not None:
                return named, False
            referring = lowers[i] in self.referring_words or any(
                m.label == "ANAPHOR_BENCHMARK" for m in spans.markers_from.get(i, ())
            )
            if not (words[i].isalpha() and words[i].islower()) or referring:
                break  # a comma, a name, the next figure ends the phrase; "the same test", "this exam" refer back
            if lead and self._ends_a_description(spans, i):
                return None, True
            lead = lead or lowers[i] in self.lead_words
        return None, False

    def _ends_a_description(self, spans: DocSpans, i: int) -> bool:
        """Does word `i` end a test described (`on physics questions`), or a field its lower-case words end on
        (`in high school physics,`), not one they go on past (`at high reasoning intensity`, a setup)?"""
        if spans.lowers[i] in self.described_tests:
            return True
        following = spans.words[i + 1] if i + 1 < len(spans.words) else ""
        return spans.lowers[i] in self.fields and not (following.isalpha() and following.islower())

    def _past_its_run(self, spans: DocSpans, sent: Span, figure: Figure, position: int) -> int:
        """`44.9% vs. 41.7% on Humanity's Last Exam`, `8.7 and 8.9 on MT-Bench`, `75%, 78% on MMLU`: the scores
        of a pair or a run are on the test named after its last, not on one named before them (`... on MMLU, and
        8.7 and 8.9 on MT-Bench`); where the run's last score ends, else `position`. A run's scores are written
        alike: `on AIME 0037 and 54.1% on GPQA` is no run."""
        last = figure
        while position + 1 < sent.end and (word := spans.lowers[position]) in self.pair_joins:
            following = spans.figure_starting_at(position + 1)
            if following is None or (word not in self.versus_words and not self._alike(last, following)):
                break
            position, last = following.token_end, following
        return position

    def also_on(self, spans: DocSpans, sent: Span, benchmark: Entity) -> Entity | None:
        """`89.1 on both IFEval and Arena-Hard`: the second test of a pair the score is said to be on both of."""
        if benchmark.start <= sent.start or spans.lowers[benchmark.start - 1] not in self.both_words:
            return None
        if benchmark.end + 1 >= sent.end or spans.lowers[benchmark.end] != "and":
            return None
        return _benchmark(spans.entity_starting_at(benchmark.end + 1))

    def _unknown_test_leads_clause(self, spans: DocSpans, sent: Span, benchmark: Entity, figure: Figure) -> bool:
        """`68% on MMMU-Pro, and ScreenSpot-Pro jumped to 72.7%`: a clause after the benchmark's, led by a
        capitalised word the rules know no name for, is about a test of its own."""
        start = clause_start(spans, sent, figure.token_start, self.openers)
        words = spans.words
        if ")" in words[start : figure.token_start] and "(" in words[benchmark.end : start]:
            aside = max(i for i in range(benchmark.end, start) if words[i] == "(")  # "(which measures UI use)"
            start = clause_start(spans, sent, aside, self.openers)
        if start <= benchmark.end:
            return False
        if spans.lowers[start] in self.openers:
            start += 1  # ", and ScreenSpot-Pro"
        return start < figure.token_start and start not in spans.entity_at and self._capital_no_name(spans, start)

    def _unknown_test_listed_after(self, spans: DocSpans, sent: Span, benchmark: Entity, figure: Figure) -> bool:
        """`BrowseComp 75.9% and Terminal-Bench-2.0 61.1%`: in a list of tests each named right before its score,
        a capitalised word no rule knows right before a later score names that score's test, not the last one
        the rules know."""
        own = benchmark.end + (benchmark.end < sent.end and spans.words[benchmark.end] == ":")
        if spans.figure_starting_at(own) is None:
            return False  # "On BrowseComp, A scores 75.9% and Kestrel 61.1%": one test, a list of models
        name = figure.token_start - 1
        name -= name > sent.start and spans.words[name] in (":", "(")
        return name > own and name not in spans.entity_at and self._capital_no_name(spans, name)

    def _test_described_after(self, spans: DocSpans, benchmark: Entity, figure: Figure) -> bool:
        """`code generation (HumanEval), and agentic coding tasks, where it scored 64%`: a test described in a
        list's next item, after the benchmark and before the figure, is the figure's, not the benchmark."""
        lowers = spans.lowers
        joiners = [i for i in range(benchmark.end, figure.token_start) if lowers[i] in ITEM_JOINERS]
        return bool(joiners) and any(
            lowers[i] in self.described_tests and i not in spans.entity_at
            for i in range(joiners[0] + 1, figure.token_start)
        )

    def _names_a_test_of_its_own(self, spans: DocSpans, sent: Span) -> bool:
        """`On OS World's computer-use benchmark, A hits 66.3%`: a word naming a test, led by a capitalised word
        outside any name (`a credible benchmark` names none), the rules do not know which; or `on competitive
        coding tests`, a test described (not `on the same tests`); or `For TB Hard,`, `For basic mathematics,`, a
        test or a field opening the sentence."""
        lowers = spans.lowers
        return self._opens_on_a_test_of_its_own(spans, sent) or any(
            i not in spans.entity_at
            and (
                (lowers[i] in self.test_nouns and self._capital_leads(spans, sent, i))
                or (lowers[i] in self.described_tests and self._described_after_on(spans, sent, i))
            )
            for i in range(sent.start, sent.end)
        )

    def _opens_on_a_test_of_its_own(self, spans: DocSpans, sent: Span) -> bool:
        """`For TB Hard, it reaches 4.96%`, `In coding, A reached 84.9%`: an opening word of a test (`test_openers`),
        then, up to a comma, capitalised words naming nothing the rules know, or lower-case words ending on a field:
        the sentence scores on that test, not the one named before (`In internal testing,` is a test's run)."""
        first = sent.start + 1
        if first >= sent.end or spans.lowers[sent.start] not in self.test_openers:
            return False
        return self._unknown_test_to_a_comma(spans, sent, first) or self._field_to_a_comma(spans, sent, first)

    def _unknown_test_to_a_comma(self, spans: DocSpans, sent: Span, first: int) -> bool:
        end = min(sent.end, first + TEST_NAME_WORDS)
        comma = next((i for i in range(first, end) if spans.words[i] == ","), None)
        return (
            comma is not None
            and comma > first
            and self._capital_no_name(spans, first)
            and not any(i in spans.entity_at for i in range(first, comma))
        )

    def _field_to_a_comma(self, spans: DocSpans, sent: Span, first: int) -> bool:
        end = self._words_closing_a_clause(spans, sent, first)
        return end is not None and end < sent.end and spans.words[end] == "," and spans.lowers[end - 1] in self.fields

    def _described_after_on(self, spans: DocSpans, sent: Span, noun: int) -> bool:
        """`on competitive coding tests`: `on`, then words describing the test and naming nothing, then `noun`."""
        lowers = spans.lowers
        for on in range(noun - 1, max(sent.start, noun - TEST_NAME_WORDS) - 1, -1):
            if lowers[on] == "on":
                between = range(on + 1, noun)
                return bool(between) and not any(
                    lowers[i] in self.referring_words or i in spans.entity_at for i in between
                )
        return False

    def _on_a_test_described(self, spans: DocSpans, sent: Span, position: int) -> bool:
        """`100% accuracy on a 4M-token Needle-In-A-Haystack retrieval test`: `on a`, a few words naming nothing
        the rules know, and a word for a test, right after the figure (or its score noun)."""
        lowers = spans.lowers
        on = next((i for i in range(position, min(position + 2, sent.end)) if lowers[i] == "on"), None)
        if on is not None and self._a_task_in_words(spans, sent, on + 1):
            return True
        if on is None or on + 1 >= sent.end or lowers[on + 1] not in ("a", "an"):
            return False
        for i in range(on + 2, min(on + 2 + DESCRIBED_TEST_TOKENS, sent.end)):
            if i in spans.entity_at or lowers[i] in COORDINATION:
                return False
            if lowers[i] in self.test_nouns or lowers[i] in self.described_tests:
                return True
        return False

    def _a_task_in_words(self, spans: DocSpans, sent: Span, start: int) -> bool:
        """`50% accuracy on analog clock reading;`, `95% on basic mathematics.`: a few lower-case words from
        `start` that end their clause on a word for an activity, or a field, name a task of its own, no test named
        elsewhere."""
        end = self._words_closing_a_clause(spans, sent, start)
        return end is not None and (spans.lowers[end - 1].endswith("ing") or spans.lowers[end - 1] in self.fields)

    def _words_closing_a_clause(self, spans: DocSpans, sent: Span, start: int) -> int | None:
        """Where a few lower-case words from `start`, referring to nothing and naming nothing, end their clause;
        None where they do not."""
        lowers, words = spans.lowers, spans.words
        end = start
        while end < sent.end and end - start < TASK_WORDS and words[end].isalpha() and words[end].islower():
            if lowers[end] in self.referring_words or end in spans.entity_at:
                return None
            end += 1
        closes = end == sent.end or words[end] in CLAUSE_CLOSERS
        return end if end > start and closes else None

    def _task_in_words_before(self, spans: DocSpans, sent: Span, end: int) -> bool:
        lowers = spans.lowers
        return any(lowers[i] == "on" and self._a_task_in_words(spans, sent, i + 1) for i in range(sent.start, end))

    @staticmethod
    def _capital_leads(spans: DocSpans, sent: Span, noun: int) -> bool:
        """A capitalised word, not the sentence's first nor part of a name, among the few words before `noun`."""
        lead = range(max(sent.start + 1, noun - TEST_NAME_WORDS), noun)
        return any(spans.words[i][:1].isupper() and i not in spans.entity_at for i in lead)

    def benchmark_after(self, spans: DocSpans, sent: Span, position: int) -> Entity | None:
        """`on Terminal-Bench 2.1`, `on the older MMLU`: the benchmark a lead word right after a figure names."""
        first = self._after_lead_word(spans, sent, position)
        return _benchmark(spans.entity_starting_at(first)) if first is not None else None

    @staticmethod
    def _named_right_before(spans: DocSpans, figure: Figure) -> bool:
        """`MMLU 88.1`, `MMLU: 88.1`, `PIQA (83.2%)`: a test named right before the score, a colon or bracket
        between at most."""
        end = figure.token_start
        if end > 0 and spans.words[end - 1] in (":", "("):
            end -= 1
        return _benchmark(spans.entity_ending_at(end)) is not None

    def _unknown_name_after(self, spans: DocSpans, sent: Span, position: int) -> bool:
        """`on Scale's MultiChallenge`: a lead word right after a figure, then a capitalised word that opens no
        name the rules know (nor a date's, nor a setup's: `with Python tools`)."""
        first = self._after_lead_word(spans, sent, position)
        if first is None or first in spans.entity_at or spans.lowers[position + 1 : first] not in ([], ["the"]):
            return False  # right after the lead word or its "the": "on the same broad Test" names no test
        if self.setup_regex.match(spans.text, spans.doc[position].idx):
            return False  # "91% with Python tools": how the score was obtained, no test
        return self._capital_no_name(spans, first)

    def _capital_no_name(self, spans: DocSpans, i: int) -> bool:
        """Is token `i` a capitalised word that may open a name the rules do not know: no word that never names
        one, nor a month's or weekday's?"""
        word = spans.words[i]
        return word[:1].isupper() and word not in self.not_names and word.lower() not in self.date_words

    def _after_lead_word(self, spans: DocSpans, sent: Span, position: int) -> int | None:
        """The first token after a lead word at `position` and the few lower-case words after it ("on the older
        X"), or None where no lead word stands there."""
        if position >= sent.end or spans.lowers[position] not in self.lead_words:
            return None
        first = position + 1
        limit = min(sent.end, first + MAX_WORDS_BEFORE_BENCHMARK)
        while first < limit and spans.words[first].islower() and spans.entity_starting_at(first) is None:
            first += 1  # "the older"
        return first if first < sent.end else None

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
            self.has_own_noun(spans, figure) or _hyphened_to_a_word(spans, figure)
        )

    def _comparative_after(self, spans: DocSpans, sent: Span, figure: Figure) -> bool:
        """`76% lower cost`, `a 19% gain`, or a noun then such a word (`40% cost savings`, `41% speed improvement`):
        a difference, no score."""
        lowers, end = spans.lowers, figure.token_end
        if end < sent.end and lowers[end] in self.comparative_words:
            return True
        return (
            end + 1 < sent.end
            and lowers[end].isalpha()
            and lowers[end] not in self.next_words
            and lowers[end + 1] in self.comparative_words
        )

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
        if figure.token_end >= len(spans.doc) or _benchmark(spans.entity_starting_at(figure.token_end)):
            return False  # "75.2 MMLU": the test it is a score on
        word = spans.lowers[figure.token_end]
        return spans.words[figure.token_end].isalpha() and word not in self.next_words and word not in self.token_sides

    def in_setup(self, spans: DocSpans, figure: Figure) -> bool:
        """Does the figure lie in a setup phrase? The '3' of '3-shot' is no figure. Kept for the document: every
        figure is asked once as it is read, and a score's neighbours again when its setup is looked for."""
        return spans.kept("in_setup", (figure.start, figure.end), lambda: self._lies_in_setup(spans.text, figure))

    def _lies_in_setup(self, text: str, figure: Figure) -> bool:
        """Only the figure's own neighbourhood is searched: setups are short, figures few. The setups found there
        one after another are tried only from where they may start up to the figure's start: one starting past it
        cannot hold it, and a search would walk the rest of the neighbourhood for it (asked of every figure, found
        of few)."""
        at, end = max(0, figure.start - SETUP_REACH), figure.end + SETUP_REACH
        while (found := self.setup_ahead.match(text, at, end)) is not None and found.start("setup") <= figure.start:
            if found.end() > figure.start:
                return True
            at = max(found.end(), found.start("setup") + 1)  # where the next may start (an empty one holds nothing)
        return False

    def setup(self, spans: DocSpans, sent: Span, figure: Figure, benchmark: Entity | None) -> str | None:
        """`(3-shot F1)` after the benchmark, `(no tools)` after the score, `with tools` in its clause (from its
        key on, if a key names its benchmark): before it, unless in another score's brackets or after another
        score with no comma between (`51.8 HumanEval
        pass@1, 74.0 GSM8K`), or after it up to a comma or the next score (`41.3% on HLE with tools`); a bracket
        after the score that opens with another score is that one's (`41.3% (49.0% with search)`)."""
        text = spans.text
        start = spans.doc[clause_start(spans, sent, figure.token_start, self.openers)].idx
        if benchmark is not None and benchmark.end_char <= figure.start and _a_key(spans, benchmark):
            start = max(start, benchmark.start_char)  # "- GPQA Diamond: 83.4%": a key opens its score's words
        until = self._next_score_start(spans, figure, sent.end_char)
        before = self._previous_score_end(spans, figure, start)
        found = [
            m
            for m in self.setup_regex.finditer(text, start, figure.start)
            if not _in_brackets(text, start, m) and not _trails(text, before, m)
        ]
        places = [(figure.end, min(until, _clause_end(text, figure.end, until)))]
        if (bracketed := BRACKETED.match(text, figure.end)) is not None:
            places.append((bracketed.start(), min(bracketed.end(), until)))
        if benchmark is not None and (bracketed := BRACKETED.match(text, benchmark.end_char)) is not None:
            places.append(bracketed.span())
        for begin, end in sorted(places):
            found += self.setup_regex.finditer(text, begin, end)
        return " ".join(dict.fromkeys(m.group().lower() for m in found)) or None

    def _another_score(self, spans: DocSpans, figure: Figure) -> bool:
        """Could `figure` be a score of its own: a share or a bare number, not a size (`32B-Instruct`) nor the
        5 of `5-shot`?"""
        plain = figure.unit_class == "percent" or (figure.unit_class == "count" and figure.scale is None)
        return plain and not figure.in_words and not self.in_setup(spans, figure)

    def _previous_score_end(self, spans: DocSpans, figure: Figure, start: int) -> int:
        """Where the last other score before `figure` from `start` ends; past `figure`'s start where there is
        none (nothing before it is another score's)."""
        i = bisect.bisect_left(spans.figure_starts, figure.start) - 1
        while i >= 0 and spans.figure_starts[i] >= start:
            if self._another_score(spans, spans.figures[i]):
                return spans.figures[i].end
            i -= 1
        return figure.start + 1

    def _next_score_start(self, spans: DocSpans, figure: Figure, limit: int) -> int:
        """Where the next other score after `figure` begins; at most `limit`."""
        i = bisect.bisect_left(spans.figure_starts, figure.end)
        while i < len(spans.figures) and spans.figure_starts[i] < limit:
            if self._another_score(spans, spans.figures[i]):
                return spans.figure_starts[i]
            i += 1
        return limit

    # -- what else the words around it say --------------------------------------

    def token_side(self, spans: DocSpans, sent: Span, figure: Figure) -> str | None:
        """`$0.90 input / $2.70 output`, `$3 per million input tokens`, `400K input tokens`, `total context
        length: 400,000`: the word right before the figure as its key (`Input: $2`), else the word nearest after
        it (before the next figure), else just before it.
        Paired figures before a pair of sides (`$3 / $15 per million input/output tokens`) take them in order."""
        paired = self._paired_side(spans, sent, figure)
        if paired is not None:
            return paired
        words, lowers = spans.words, spans.lowers  # read as strings: `doc[i]` builds a Token on each look
        key = figure.token_start - 1  # "Input: $2/M tokens · Output: $8/M", "input $2, output $8": its key's side
        key -= key > sent.start and words[key] == ":"
        end = min(_next_figure_token(spans, figure, sent.end), sent.end, figure.token_end + TOKEN_WORDS_AFTER)
        # "an input of up to 1M tokens and an output of 80K", "input drops to $0.43/M, output to $0.87/M": a side
        # past a conjunction, a comma or a semicolon is the next conjunct's
        ends = (i for i in range(figure.token_end, end) if lowers[i] in self.conjunctions or words[i] in SIDE_ENDS)
        end = next(ends, end)
        after = range(figure.token_end, end)
        # a pair written with a slash names its sides after it or not at all: a side before it is an earlier
        # figure's ("... per million input/output tokens for X and $0.12/$0.50 for Y")
        reach = max(sent.start, figure.token_start - TOKEN_WORDS_BEFORE)
        before = () if slash_pair_place(spans, figure) is not None else range(figure.token_start - 1, reach - 1, -1)
        for i in (*([key] if key >= sent.start else []), *after, *before):
            if (side := self.token_sides.get(lowers[i])) is not None:
                if i + 1 < sent.end and lowers[i + 1] in self.cache_outcomes:
                    return self.cache_outcomes[lowers[i + 1]]  # "for cache misses": the full input price
                modifier = self.token_sides.get(lowers[i - 1]) if i > sent.start else None
                return modifier or side  # "cached input": the cached price
        return None

    def _paired_side(self, spans: DocSpans, sent: Span, figure: Figure) -> str | None:
        limit = min(sent.end, figure.token_end + PAIRED_SIDES_REACH)
        for i in range(figure.token_end, limit - 2):
            first, joint, second = spans.lowers[i : i + 3]
            if first in self.token_sides and second in self.token_sides and joint in ("/", "and", "&"):
                sides = (self.token_sides[first], self.token_sides[second])
                # the figure before the pair's other figure takes the first side: never one of a pair after it
                later = _next_figure_token(spans, figure, i) < i
                return sides[0] if later else sides[1]
        return None

    def lead_side(self, spans: DocSpans, sent: Span) -> str | None:
        """`For input processing, X ($3.00/1M tokens) costs 1.5x what Y ($2.00/1M tokens) does`: the one side a
        sentence's short opening phrase names, up to its comma or colon, holds for every figure after it (a
        comparison page sets input prices side by side in one sentence, output prices in the next); a phrase
        holding a figure is no opening phrase, and one naming two sides names neither."""
        words, lowers = spans.words, spans.lowers
        limit = min(sent.end, sent.start + LEAD_PHRASE_TOKENS + 1)
        end = next((i for i in range(sent.start, limit) if words[i] in (",", ":")), None)
        if end is None or _figure_within(spans, spans.token_starts[sent.start], spans.token_starts[end]):
            return None
        sides = {self.token_sides[lowers[i]] for i in range(sent.start, end) if lowers[i] in self.token_sides}
        return sides.pop() if len(sides) == 1 else None

    def pair_side(self, spans: DocSpans, figure: Figure) -> str | None:
        """`$3/$15 per million tokens`: the side of a price one of two written with a slash, in the pair's order."""
        place = slash_pair_place(spans, figure)
        return None if place is None or self.price_pair_sides is None else self.price_pair_sides[place]

    @staticmethod
    def chip(spans: DocSpans, sent: Span, figure: Figure) -> str | None:
        """`2,048 Nvidia H800 GPUs`, `50,000 H100 Nvidia chips`: the chip named just after the count."""
        chip = spans.marker_after(figure.token_end, {"chip"}, CHIP_GAP, sent.end)
        return spans.entity_starting_at(chip.start).name if chip is not None else None

    def hedged(self, spans: DocSpans, sent: Span, figure: Figure) -> bool:
        """`reportedly has one trillion`, `is estimated at around $78M`, `rumored to have over 1.5T`: a hedge in
        the figure's clause before it, or just after it."""
        if "HEDGE" not in spans.labels_in(sent.start, sent.end):
            return False  # asked of every claim, and few sentences hedge: no clause need be found
        start = clause_start(spans, sent, figure.token_start, self.openers)
        return spans.has_marker(start, figure.token_start, ("HEDGE",)) or bool(
            spans.marker_after(figure.token_end, {"HEDGE"}, HEDGE_AFTER, sent.end)
        )


def _next_figure_token(spans: DocSpans, figure: Figure, default: int) -> int:
    """The first token of the next figure after `figure`, else `default`: found by bisection, where a look at
    every figure of a long document was made for each price."""
    figures = spans.figures
    for at in range(bisect.bisect_right(spans.figure_starts, figure.start), len(figures)):
        if figures[at].token_start >= figure.token_end:
            return figures[at].token_start
    return default


def _figure_within(spans: DocSpans, start: int, end: int) -> bool:
    """Does a figure begin between characters `start` and `end`?"""
    at = bisect.bisect_left(spans.figure_starts, start)
    return at < len(spans.figure_starts) and spans.figure_starts[at] < end


def _opens(spans: DocSpans, sent: Span, cue: Marker) -> bool:
    """Does the cue open its sentence, or a list item run into it (a mark its pattern matched: `- Serving`)?"""
    return cue.start == sent.start or not spans.words[cue.start].isalpha()


def value_before_a_change(spans: DocSpans, sent: Span, figure: Figure) -> bool:
    """`grew from 128K to 200K`, `up from 68%`, `Arena Hard v2 (19.56% to 43.1%)`: the figure is what the value
    was, nobody's now."""
    return spans.marker_before(figure.token_start, {"PAST"}, 0, sent.start) is not None or opens_a_bracketed_change(
        spans, sent, figure
    )


def opens_a_bracketed_change(spans: DocSpans, sent: Span, figure: Figure) -> bool:
    """`LiveBench (31.2% to 48.7%)`: the figure opens a change in brackets, the value before it."""
    opening, joint = figure.token_start - 1, figure.token_end
    return (
        opening >= sent.start
        and spans.words[opening] == "("
        and joint + 1 < sent.end
        and spans.lowers[joint] == "to"
        and spans.figure_starting_at(joint + 1) is not None
    )


def _in_range(rule: NumberClaimRule, figure: Figure) -> bool:
    """Does the figure's value lie in the rule's range: no model has two parameters, no score is 300%? And is the
    figure as wide a range, or as bounded, as the rule asks for?"""
    if rule.qualifiers and figure.qualifier not in rule.qualifiers:
        return False
    if rule.min_spread is not None:
        if figure.qualifier != "range" or figure.high < rule.min_spread * figure.low:
            return False
    return (rule.min_value is None or figure.value >= rule.min_value) and (
        rule.max_value is None or figure.value <= rule.max_value
    )


def _a_key(spans: DocSpans, benchmark: Entity) -> bool:
    """`GPT-4o 82% HumanEval: 87.2%`, `OSWorld (computer use): 61.4%`: a benchmark before a colon is the key of
    the score after it, never the benchmark of one before it."""
    return _key_colon(spans, benchmark) is not None


def _key_colon(spans: DocSpans, benchmark: Entity) -> int | None:
    """The token of the colon after a benchmark's name (and a bracketed aside), if any."""
    words, colon = spans.words, benchmark.end
    if colon < len(words) and words[colon] == "(":
        aside = words[colon : colon + KEY_ASIDE_TOKENS]
        closing = next((k for k, word in enumerate(aside) if word in (")", "):")), None)  # "):" is one token
        if closing is not None:
            colon += closing + (aside[closing] == ")")
    return colon if colon < len(words) and words[colon] in (":", "):") else None


def _keys_another(spans: DocSpans, benchmark: Entity, figure: Figure) -> bool:
    """`AIME 2024: 93.4% Supported ... 82%`: a key whose colon another score follows is that score's, not the
    benchmark of a later one; but `X: 77.2% (standard) / 82.0%`, `X: 100% with tools / 87% without` key both
    sides of the slash."""
    colon = _key_colon(spans, benchmark)
    if colon is None:
        return False
    keyed = next((f for f in spans.figures if f.token_start > colon), None)
    if keyed is None or keyed.token_start != colon + 1 or keyed.start == figure.start:
        return False
    between = BRACKETS.sub("", spans.text[keyed.end : figure.start]).strip()
    return not between.endswith("/") or ":" in between or "/" in between[:-1]


def _hyphened_to_a_word(spans: DocSpans, figure: Figure) -> bool:
    """`the 100-language test`, `100+-language`: a figure hyphened to a word counts what the word names."""
    doc, end = spans.doc, figure.token_end
    if end + 1 < len(doc) and doc[end].text == "-" and not doc[end].whitespace_:
        return doc[end + 1].is_alpha
    return end < len(doc) and doc[end].text[:1] == "-" and doc[end].text[1:].isalpha()


def _benchmark(entity: Entity | None) -> Entity | None:
    return entity if entity is not None and entity.type == "benchmark" else None


def _number_between(spans: DocSpans, start: int, end: int) -> bool:
    """A number standing alone between (not `700W`, which says what the next word is)."""
    return any(word.replace(",", "").replace(".", "").isdigit() for word in spans.words[start:end])


def _only_through(spans: DocSpans, start: int, end: int, window: CueWindow) -> bool:
    """Whether the words between are all the window's `through` words, names, codes or hyphens: modifiers of the
    cue's noun, which stays the figure's noun."""
    return all(
        lower in window.through or word == "-" or any(c.isupper() or c.isdigit() for c in word)
        for word, lower in zip(spans.words[start:end], spans.lowers[start:end], strict=True)
    )


def _in_brackets(text: str, start: int, match: re.Match) -> bool:
    """Is `match` inside brackets opened after `start`: another score's setup (`75.2 MMLU (5-shot), 86.4`)?"""
    opened = text.rfind("(", start, match.start())
    return opened != -1 and text.find(")", opened, match.start()) == -1


def _trails(text: str, score_end: int, match: re.Match) -> bool:
    """Does `match` follow the score ending at `score_end` with no comma between (`51.8 HumanEval pass@1`)?"""
    return score_end <= match.start() and _clause_end(text, score_end, match.start()) == match.start()


def _clause_end(text: str, start: int, limit: int) -> int:
    """The first comma or semicolon from `start`, else `limit`: `96.2 on MATH, and the 94th percentile` ends
    the score's words at the comma."""
    ends = [at for at in (text.find(",", start, limit), text.find(";", start, limit)) if at != -1]
    return min(ends, default=limit)


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


def _opens_a_list(spans: DocSpans, figure: Figure) -> bool:
    """Is the figure the first of a list of figures (`4B, 12B, 27B`): a comma or `and`, then another figure?"""
    if figure.token_end >= len(spans.doc):
        return False
    return spans.lowers[figure.token_end] in LIST_JOINS and spans.figure_starting_at(figure.token_end + 1) is not None
