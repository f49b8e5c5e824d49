"""Tables flattened into lines of text, as a web page's tables come out of its text: a header line naming the
models, one per column, then a line per row holding a label and one figure (or one pair) per model.

    Feature Claude Opus 4 Claude Sonnet 4
    Context Window 200K tokens 200K tokens
    SWE-bench 72.5% 72.7%

A row's figures are its columns' models', by position. A row whose figures do not line up with the columns
gives nothing: read as prose, every figure in it would go to the first model named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span

from ..entities import Entity
from ..numbers import Figure
from ..spans import DocSpans
from .context import Subject, subject_of

MAX_LABEL_WORDS = 2  # "Feature", "Benchmark", "Model name": the words of a header line besides its models
PAIR_JOINERS = {"/", "and", "-", "–"}  # "$15 / $75 per MTok": a pair of figures in one column
SENTENCE_END = (".", "!", "?", ":", ";")
BLANK_TO_LINE_END = re.compile(r"[^\S\n]*(?:\n|\Z)")  # nothing but spaces to the line's end: none copied


@dataclass
class Flattened:
    """A header line's models, one per column, and where its last line read ends."""

    models: list[Subject]
    line_end: int


def header(
    spans: DocSpans, sent: Span, bounds: tuple[int, int], entities: list[Entity], figures: list[Figure]
) -> Flattened | None:
    """A header line: a whole line naming two or more models, at most a label's words besides them, no
    sentence's punctuation, and no figure but in brackets (`Phi-4 (14B)`)."""
    if len(entities) < 2:
        return None  # asked of every sentence: most name fewer than two models
    models = [e for e in entities if e.type == "model"]  # its names first: few lines name only models
    if len(models) < 2 or len({m.name for m in models}) < len(models) or len(models) < len(entities):
        return None
    line_end = _line_end(spans.text, *bounds)
    if line_end is None:
        return None
    bracketed = _bracketed(spans, sent)
    if any(i not in bracketed for f in figures for i in range(f.token_start, f.token_end)):
        return None
    inside = {i for e in models for i in range(e.start, e.end)} | bracketed
    others = [i for i in range(sent.start, sent.end) if i not in inside and not spans.words[i].isspace()]
    if len(others) > MAX_LABEL_WORDS or any(not spans.words[i].isalpha() for i in others):
        return None
    return Flattened([subject_of(m, "table_column") for m in models], line_end)


def _bracketed(spans: DocSpans, sent: Span) -> set[int]:
    """Tokens of brackets and what they hold: `Phi-4 (14B)` in a header says a model's size, no column of its own."""
    inside, depth = set(), 0
    for i in range(sent.start, sent.end):
        word = spans.words[i]
        depth += word == "("
        if depth:
            inside.add(i)
        depth -= word == ")" and depth > 0
    return inside


def row_columns(
    spans: DocSpans, table: Flattened, bounds: tuple[int, int], figures: list[Figure]
) -> list[Subject] | None:
    """Each figure's model, where the sentence is the table's next line and its figures line up with the columns:
    one per column, or one pair per column; None where the sentence is no row of the table. A row that does not
    line up gives an empty list: its figures are nobody's that can be told."""
    text, start_char = spans.text, bounds[0]
    line_end = _line_end(text, *bounds)
    if line_end is None or text[table.line_end : start_char].count("\n") != 1:
        return None
    if text[start_char:line_end].endswith(SENTENCE_END):
        return None  # a line of prose after the table
    table.line_end = line_end
    columns = len(table.models)
    if len(figures) == columns:
        return list(table.models)
    pairs = zip(figures[::2], figures[1::2], strict=True) if len(figures) == 2 * columns else ()
    if pairs and all(_paired(spans, a, b) for a, b in pairs):
        return [model for model in table.models for _ in range(2)]
    return []


def headless_row(spans: DocSpans, bounds: tuple[int, int], figures: list[Figure]) -> bool:
    """Is the sentence a row of a flattened table: a whole line, two figures or more, one right after another
    (`MATH 80.4% 74.6% 77.0%`)?"""
    if len(figures) < 2 or _line_end(spans.text, *bounds) is None:
        return False
    gaps = (spans.words[a.token_end : b.token_start] for a, b in zip(figures, figures[1:], strict=False))
    return all(all(word.isspace() for word in gap) for gap in gaps)


def _paired(spans: DocSpans, first: Figure, second: Figure) -> bool:
    between = spans.words[first.token_end : second.token_start]
    return len(between) == 1 and between[0].lower() in PAIR_JOINERS


def _line_end(text: str, start_char: int, end_char: int) -> int | None:
    """Where the sentence `start_char..end_char` ends, if it fills its line; else None."""
    if start_char > 0 and text[start_char - 1] != "\n":
        return None  # asked of every sentence: most start within a line
    end = start_char + len(text[start_char:end_char].rstrip())
    return end if BLANK_TO_LINE_END.match(text, end) else None
