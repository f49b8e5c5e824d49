"""The test a score is on: the benchmark a lead word names right after it (`89.0% on DROP`, past a run of scores
on one test: `8.7 and 8.9 on MT-Bench`), else one further on in its own phrase, else the nearest one named in its
sentence; else `the same test` named before, or, for a score a name owns, the test of the sentence before. None
where the score's words name or describe a test of their own the rules do not know (`unknown_tests`), or where a
name before it is a key of another score (`keys`)."""

from __future__ import annotations

from spacy.tokens import Span

from ...entities import Entity
from ...numbers import Figure
from ...spans import DocSpans
from ..context import Focus, same_clause
from .base import benchmark_entity
from .keys import a_key, keys_another

MAX_WORDS_BEFORE_BENCHMARK = 3  # "81.0 on the older MMLU"
PHRASE_REACH = 8  # tokens of a figure's phrase searched for its test: "91.3% accuracy in chart reading on ChartQA"
ANAPHOR_REACH = 3  # sentences back to the test "this exam" or "the same test" means


def _lower_word(word: str) -> bool:
    return word.isalpha() and word.islower()


def _glued_hyphen(spans: DocSpans, i: int) -> bool:
    """A hyphen joining two lower-case words (`non-hallucination`, `task-completion`), not one apart from them
    (`80% - on X`)."""
    doc = spans.doc
    return (
        spans.words[i] == "-"
        and 0 < i < len(doc) - 1
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
        and _lower_word(spans.words[i - 1])
        and _lower_word(spans.words[i + 1])
    )


class ScoreBenchmarks:
    """`FigureKinds`'s part that finds the benchmark a score is on. The word sets it reads are set by
    `FigureKinds.__init__`, from the rules, once."""

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
        following = benchmark_entity(spans.entity_starting_at(figure.token_end))
        if following and not self._named_right_before(spans, figure) and not a_key(spans, following):
            return following  # "hits 75.2 MMLU, 86.4 HellaSwag": each score before its test
        in_phrase, described = self._test_in_phrase(spans, sent, figure)
        if in_phrase is not None or described:
            return in_phrase  # "91.3% accuracy in chart reading on the ChartQA test", "66% on physics questions"
        benchmarks = [  # not "the successor to the ARC-AGI benchmark", a benchmark the text does not name
            e
            for e in entities
            if e.type == "benchmark" and not spans.marker_before(e.start, {"OTHER_BENCHMARK"}, 0, sent.start)
        ]
        before = [e for e in benchmarks if e.end <= figure.token_start and not keys_another(spans, e, figure)]
        if before:
            last = before[-1]
            unknown = self._unknown_test_leads_clause(spans, sent, last, figure) or self._unknown_test_listed_after(
                spans, sent, last, figure
            )
            return None if unknown or self._test_described_after(spans, last, figure) else last
        after = next((e for e in benchmarks if e.start >= figure.token_end and not a_key(spans, e)), None)
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
            or benchmark_entity(spans.entity_starting_at(figure.token_end)) is not None
        )

    def _test_in_phrase(self, spans: DocSpans, sent: Span, figure: Figure) -> tuple[Entity | None, bool]:
        """The benchmark a lead word names further on in the figure's own phrase, past lower-case words only
        (`91.3% accuracy in chart reading on the ChartQA test`); or whether the phrase describes a test of its own
        in words (`a 66.0% success rate on physics questions`, `95% in basic mathematics`), so that none named
        elsewhere is the score's."""
        words, lowers = spans.words, spans.lowers
        lead = hyphened = False
        for i in range(figure.token_end, min(sent.end, figure.token_end + PHRASE_REACH)):
            if (named := self.benchmark_after(spans, sent, i)) is not None:
                return named, False
            referring = lowers[i] in self.referring_words or any(
                m.label == "ANAPHOR_BENCHMARK" for m in spans.markers_from.get(i, ())
            )
            if _glued_hyphen(spans, i) and not referring:
                # `a 78% non-hallucination rate on X`: a compound goes on with the phrase, but only to a test named
                # further on; words past it describe no test (`25.2% with high-compute test-time inference`)
                hyphened = True
                continue
            if not _lower_word(words[i]) or referring:
                break  # a comma, a name, the next figure ends the phrase; "the same test", "this exam" refer back
            if lead and not hyphened and self._ends_a_description(spans, i):
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
        return benchmark_entity(spans.entity_starting_at(benchmark.end + 1))

    def benchmark_after(self, spans: DocSpans, sent: Span, position: int) -> Entity | None:
        """`on Terminal-Bench 2.1`, `on the older MMLU`: the benchmark a lead word right after a figure names."""
        first = self._after_lead_word(spans, sent, position)
        return benchmark_entity(spans.entity_starting_at(first)) if first is not None else None

    @staticmethod
    def _named_right_before(spans: DocSpans, figure: Figure) -> bool:
        """`MMLU 88.1`, `MMLU: 88.1`, `PIQA (83.2%)`: a test named right before the score, a colon or bracket
        between at most."""
        end = figure.token_start
        if end > 0 and spans.words[end - 1] in (":", "("):
            end -= 1
        return benchmark_entity(spans.entity_ending_at(end)) is not None

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
