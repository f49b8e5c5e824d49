"""Figures and names coordinated in a sentence: `83.3% and 79.8%`, `o3 and DeepSeek-R1`, `MMLU, MATH and GPQA`.
Runs of them joined by commas and `and`, and the figures that map in order onto a run of tests."""

from __future__ import annotations

import bisect
from dataclasses import replace
from itertools import pairwise

from spacy.tokens import Span

from ..entities import Entity
from ..numbers import Figure
from ..spans import LIST_JOINS, DocSpans

COORDINATING = {",", "and", "&"}  # between coordinated figures or names: "83.3% and 79.8%"
LISTING = {",", "and"}  # "Both GPT-4 and Gemini Ultra": names listed
AND_WORDS = {"and", "&"}  # what makes names joined by commas a list of all of them: "A, B and C"
LIST_CONJUNCTIONS = {"and", "or", "&"}  # one joins a list's last name to it: a comma alone may set a name in apposition
NAMED_SUBJECTS = ("model", "org")  # what coordinated figures may map onto, in order
TESTS_LEAD_WORDS = 4  # words between a run of scores and the tests they are on: "were accurate in"


def benchmarks_in_order(spans: DocSpans, made: list, unowned: list) -> list:
    """`88.7 and 88.3 percent on MMLU and MATH`, `On MMLU and MATH, o1 (92.3 and 47 percent)`: scores coordinated
    next to as many tests coordinated map in order; each score would otherwise take the same test. `unowned`:
    the sentence's scores of nobody named, which still give the runs and the tests of the scores before."""
    found_scores = [found for found, _ in made] + unowned
    scored = {found.figure.start: found for found in found_scores if found.rule.kind == "benchmark" and found.benchmark}
    if len(scored) < 2:
        return made  # a score alone maps onto no run of tests (most sentences hold none)
    figures = sorted(scored.values(), key=lambda found: found.figure.token_start)
    by_figure = {}
    for group in runs(spans, figures, lambda found: found.figure.token_start, lambda found: found.figure.token_end):
        tests = _tests_in_order(spans, group) or _tests_of_the_scores_before(spans, figures, group)
        if tests:
            by_figure.update((found.figure.start, test) for found, test in zip(group, tests, strict=True))
    if not by_figure:
        return made
    return [
        (replace(found, benchmark=by_figure.get(found.figure.start, found.benchmark)), subject)
        for found, subject in made
    ]


def _tests_in_order(spans: DocSpans, group: list) -> list[Entity]:
    """The tests a run of scores that took one test maps onto: as many tests coordinated right after `on` (`88.7
    and 88.3 on MMLU and MATH`), or coordinated before the scores and ending on that test (`On MMLU and MATH, o1
    (92.3 and 47)`); none where the counts differ."""
    if len(group) < 2 or len({found.benchmark.start for found in group}) != 1:
        return []
    first = group[0].benchmark
    tests = [e for e in spans.entities if e.type == "benchmark"]
    if _tests_follow(spans.lowers[group[-1].figure.token_end : first.start]):
        run = first_run(spans, [e for e in tests if e.start >= first.start])
    elif first.end <= group[0].figure.token_start:
        run = last_run(spans, [e for e in tests if e.end <= first.end], lambda e: e.start, lambda e: e.end)
    else:
        return []
    return run if len(run) == len(group) else []


def _tests_follow(between: list[str]) -> bool:
    """Do the words between a run of scores and a test lead to it: `on`, `on the`, or a few lower-case words
    ending so (`77.2% and 93.1% were accurate in AIME 2024 and MATH-500`)?"""
    words = between[:-1] if between[-1:] == ["the"] else between
    return 0 < len(words) <= TESTS_LEAD_WORDS and words[-1] in ("on", "in") and all(w.isalpha() for w in words)


def _tests_of_the_scores_before(spans: DocSpans, figures: list, group: list) -> list[Entity]:
    """`92.7% on HumanEval and 86.3% on EvalPlus, edging past GPT-6 (92.1 and 85.9)`: a bracketed run of scores
    that took one test maps in order onto the tests of as many scores right before it, each on a test of its
    own."""
    if len(group) < 2 or len({found.benchmark.start for found in group}) != 1:
        return []
    first = group[0].figure.token_start
    if first == 0 or spans.words[first - 1] != "(":
        return []
    before = [found for found in figures if found.figure.token_end <= first][-len(group) :]
    tests = [found.benchmark for found in before]
    return tests if len(before) == len(group) and len({t.name for t in tests}) == len(tests) else []


def list_start(spans: DocSpans, sent: Span, figure: Figure) -> int:
    """The first token of the list of figures `figure` ends (`$0.0145, $1.74 and $3.48`, `$75 per million input
    tokens and $150 per million output tokens`): figures joined by commas, `and` or `or`, each perhaps with the
    cue of its unit, nothing else between them. Kept for the document: a figure's kind, its owner and whether it
    is a past value each ask for it, and its owner more than once."""
    if not _joined_before(spans, sent, figure.token_start):
        return figure.token_start  # most figures: known in one look, without a figure before it read
    return spans.kept("list_start", (figure.token_start, sent.start), lambda: _list_start(spans, sent, figure))


def _list_start(spans: DocSpans, sent: Span, figure: Figure) -> int:
    start = figure.token_start
    # the figures before it, the nearest first, read in place: a copy of all a long article's would be made for each
    for at in range(bisect.bisect_left(spans.figure_starts, figure.start) - 1, -1, -1):
        earlier = spans.figures[at]
        if earlier.token_start < sent.start or not _joined_before(spans, sent, start):
            break
        unit_end = _unit_end(spans, earlier)
        between = spans.lowers[unit_end:start]
        if unit_end > start or not between or any(word not in LIST_JOINS for word in between):
            break
        start = earlier.token_start
    return start


def in_a_list_of_figures(spans: DocSpans, sent: Span, figure: Figure) -> bool:
    """Is `figure` listed with another (`90,000 and 70,000 GPUs`): one after it, or it after one, with only the
    joins of a list (and the first one's unit) between? Such figures map in order onto names listed before them."""
    if list_start(spans, sent, figure) < figure.token_start:
        return True
    at = bisect.bisect_right(spans.figure_starts, figure.start)
    if at >= len(spans.figures) or spans.figures[at].token_start >= sent.end:
        return False
    between = spans.lowers[_unit_end(spans, figure) : spans.figures[at].token_start]
    return bool(between) and all(word in LIST_JOINS for word in between)


def _unit_end(spans: DocSpans, figure: Figure) -> int:
    """The token after the figure's unit, a cue right after it (`$75 per million input tokens`), or after it."""
    return max((cue.end for cue in spans.cues_from.get(figure.token_end, ())), default=figure.token_end)


def span_of(spans: DocSpans, sent: Span, figure: Figure, joints: frozenset[tuple[str, ...]]) -> Figure | None:
    """The span `figure` is an end of, as the one range figure it states: `sized from 0.5B to 72B`, `8B (on a
    laptop) to 397B`, which the text splits in two (a letter ends `0.5B`, and `from A to B` reads as a change).
    Two figures of one unit class in the sentence, with only the first's unit, a bracketed aside after it and one
    of `joints` between, the second the larger: a change down (`pruned from 12B to 9B`) spans nothing. Kept for
    the document; None for most figures."""
    return spans.kept("span_of", figure.token_start, lambda: _span_of(spans, sent, figure, joints))


def _span_of(spans: DocSpans, sent: Span, figure: Figure, joints: frozenset[tuple[str, ...]]) -> Figure | None:
    at = bisect.bisect_left(spans.figure_starts, figure.start)
    for first, second in ((at - 1, at), (at, at + 1)):  # the figure as the span's second end, then as its first
        if first < 0 or second >= len(spans.figures):
            continue
        low, high = spans.figures[first], spans.figures[second]
        if low.unit_class == high.unit_class and _joined_as_a_span(spans, sent, low, high, joints):
            if high.value <= low.value:
                return None
            ends = {"low": low.value, "high": high.value, "value": (low.value + high.value) / 2}
            return replace(low, end=high.end, token_end=high.token_end, qualifier="range", **ends)
    return None


def _joined_as_a_span(spans: DocSpans, sent: Span, low: Figure, high: Figure, joints) -> bool:
    """Do only `low`'s unit, an aside in brackets after it (`8B (single laptop) to`) and a joint lie between?"""
    if low.token_start < sent.start or high.token_end > sent.end:
        return False
    start = _unit_end(spans, low)
    if start < high.token_start and spans.words[start] == "(":
        start = next((i + 1 for i in range(start, high.token_start) if spans.words[i] == ")"), start)
    return tuple(spans.lowers[start : high.token_start]) in joints


def _joined_before(spans: DocSpans, sent: Span, start: int) -> bool:
    """Is the token before `start` in the sentence a join of a list? Only then may a figure before it be listed
    with the one there: the words between two figures of a list are all joins."""
    return start > sent.start and spans.lowers[start - 1] in LIST_JOINS


def coordinated_figures(spans: DocSpans, made: list) -> list:
    """The last run of `made`'s figures joined by commas and `and` (`83.3% and 79.8%`), in text order."""
    ordered = sorted(made, key=lambda item: item[0].figure.token_start)
    return last_run(spans, ordered, lambda item: item[0].figure.token_start, lambda item: item[0].figure.token_end)


def coordinated_names(spans: DocSpans, entities, before: int) -> list[Entity]:
    """The last run of models or labs named before token `before`, joined by commas and `and` (`o3 and
    DeepSeek-R1`, `Google and Meta`)."""
    named = [e for e in entities if e.type in NAMED_SUBJECTS and e.end <= before]
    return last_run(spans, named, lambda e: e.start, lambda e: e.end)


def lists_of_names(spans: DocSpans, names: list[Entity]) -> list[list[Entity]]:
    """The lists among `names` (in text order): runs of two names or more, not all one, joined by commas, `and` or
    `or`, a conjunction before the last (`Orca-3, GLM-5.2 and Kimi K3`, `Orca-3 or GLM-5.2`); not `Like GLM-5.2,
    Orca-3`, where a comma alone joins them."""
    found = runs(spans, names, lambda e: e.start, lambda e: e.end, LIST_JOINS)
    return [
        run
        for run in found
        if len({e.name for e in run}) > 1
        and not LIST_CONJUNCTIONS.isdisjoint(spans.lowers[run[-2].end : run[-1].start])
    ]


def a_list(spans: DocSpans, sent: Span, names: list) -> bool:
    """Are the names a list: joined by `and` or `&` (`A and B`, `A, B and C`), or by commas alone where they open
    the sentence (a headline's `A, B score 88.7 and 88.3`)? After other words, a comma alone between two names
    closes a phrase on one and opens the clause on the other (`Like GLM-4, GLM-5.2 comes in 9B and 32B versions`),
    so figures after them are not shared out between them unless the text says so ("respectively")."""
    joins = {word for before, after in pairwise(names) for word in spans.lowers[before.end : after.start]}
    return bool(joins & AND_WORDS) or names[0].start == sent.start


def first_run(spans: DocSpans, entities: list[Entity]) -> list[Entity]:
    """The first run of `entities` (in text order) with nothing but commas and `and` between neighbours."""
    run = entities[:1]
    for entity in entities[1:]:
        between = spans.lowers[run[-1].end : entity.start]
        if not between or any(word not in COORDINATING for word in between):
            break
        run.append(entity)
    return run


def last_run(spans: DocSpans, items: list, start_of, end_of, joiners=COORDINATING) -> list:
    """The last run of `items` (in text order) with nothing but `joiners` between neighbours."""
    found = runs(spans, items, start_of, end_of, joiners)
    return found[-1] if found else []


def runs(spans: DocSpans, items: list, start_of, end_of, joiners=COORDINATING) -> list[list]:
    """`items` (in text order) cut into runs with nothing but `joiners` between neighbours: `up to 27 billion
    parameters in four versions: 4B, 12B, 27B` holds a run of one, then one of three."""
    found: list[list] = []
    for item in items:
        between = spans.lowers[end_of(found[-1][-1]) : start_of(item)] if found else []
        if between and all(word in joiners for word in between):
            found[-1].append(item)
        else:
            found.append([item])
    return found
