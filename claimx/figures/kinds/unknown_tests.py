"""Tests of their own that the rules cannot name: a capitalised name no rule knows (`on Scale's MultiChallenge`,
`For TB Hard,`), a later item of a list of tests (`BrowseComp 75.9% and Terminal-Bench-2.0 61.1%`), or a test or a
task described in words (`on a 4M-token retrieval test`, `on analog clock reading`). A score on one is on no
benchmark named elsewhere in its sentence or before it: no test is better than a wrong one."""

from __future__ import annotations

from spacy.tokens import Span

from ...entities import Entity
from ...numbers import Figure
from ...spans import DocSpans
from ..context import clause_start
from .base import COORDINATION

ITEM_JOINERS = {"and", "or"}  # before a list's last item: "code generation (HumanEval), and agentic coding tasks"
TASK_WORDS = 4  # "on analog clock reading": the words of a task named in words
CLAUSE_CLOSERS = {";", ",", ".", ":", ")", "—", "–"}
DESCRIBED_TEST_TOKENS = 12  # "on a 4M-token Needle-In-A-Haystack retrieval test": hyphens make tokens
TEST_NAME_WORDS = 5  # tokens before "benchmark" that may name it: "OS World's computer-use benchmark"
GLOSS_TOKENS = 4  # tokens a bracketed short name may take: "(AMC)", "(AMC 10/12)"


class UnknownTests:
    """`FigureKinds`'s part that finds the tests a score is on that the rules know no name for. The word sets it
    reads are set by `FigureKinds.__init__`, from the rules, once."""

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
        """`on competitive coding tests`: `on`, then words describing the test and naming nothing, then `noun`. A
        bracketed gloss there (`on recent Foo Bar Contest (FBC) problems`) is the test's short name, not words
        more: it counts as none of the few words the reach allows."""
        lowers = spans.lowers
        on, words = noun - 1, 0
        while on >= sent.start and words < TEST_NAME_WORDS:
            if spans.words[on] == ")":
                on = _bracket_opening(spans, sent, on) - 1
                continue
            if lowers[on] == "on":
                between = range(on + 1, noun)
                return bool(between) and not any(
                    lowers[i] in self.referring_words or i in spans.entity_at for i in between
                )
            on, words = on - 1, words + 1
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


def _bracket_opening(spans: DocSpans, sent: Span, close: int) -> int:
    """Where the bracket closing at token `close` opens, within a short gloss (`(FBC)`); `close` itself where no
    bracket opens that near, so the gloss is read as words."""
    for i in range(close - 1, max(sent.start, close - GLOSS_TOKENS) - 1, -1):
        if spans.words[i] == "(":
            return i
    return close
