"""Spec sheets: a model card's or a spec page's fields flattened to text, each key alone on its line and its value
on the next, often one field after another.

    Context window
    200K tokens
    Input ($/1M tokens)
    $0.30

Read as prose, the value line holds no cue, so its figure is lost or taken for another kind. Read as the key-value
table it is (a row per field: its key, then its value), the key says what the value holds, as a pipe table's row
key does, and the table is about the one model the text around it names (`TableSubjects.key_value`), or nobody.
A pair is a sheet's row only where the table rules know its key (`readable`): the lines of any other pair stay
prose, which reads them as before.

A page's strip of headline figures writes each figure over its label instead, one pair after another:

    397B
    Total Parameters
    17B
    Active Parameters

Read key over value, each label would take the next pair's figure ("Total Parameters" 17B, "Active Parameters"
201 languages). A run of alternating lines that opens on a value and closes on a label is such a strip, and each
value's key is the line under it (`_values_lead`); a run opening on a label, or one whose ends say nothing (a value
at both), is read key over value as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..numbers import Figure
from .grid import Cell, Row, Table

MAX_KEY_WORDS = 5  # "Input ($/1M tokens)", "Active Parameters": a label, no sentence
MAX_VALUE_CHARS = 32  # "1.04 Trillion", "$0.50 / 1M tokens", "235B total, 22B active": little more than the figure
VALUE_ENDS = (".", "!", "?", ";")  # a line of prose that opens on a figure, not a field's value
KEY_ENDS = (".", "!", "?", ";", ",")  # a sentence or a clause, no label (a label may end on a colon)
VALUE_OPENERS = "$€£¥~≈<>"  # before a value's digits
GLOSS = re.compile(r"\([^()\n]*\)")  # "Input ($/1M tokens)": what the key's unit is, no figure of its own


def spec_sheets(text: str, figures: list[Figure], readable: Callable[[Cell], bool]) -> list[Table]:
    """Runs of key and value lines, each run a key-value table of one row per pair whose key `readable` says the
    table rules read. `figures`: the article's, in order."""
    sheets: list[list[Row]] = []
    previous_end = -1
    for figure in figures:
        row = _pair(text, figure)
        if row is None or row.start <= previous_end or not readable(row.cells[0]):
            continue
        between = text[previous_end : row.start] if sheets else ""
        if between.count("\n") != 1 or between.strip():  # a row right under the last goes on its sheet
            sheets.append([])
        sheets[-1].append(row)
        previous_end = row.end
    return [Table(tuple(rows)) for rows in sheets]


def _pair(text: str, figure: Figure) -> Row | None:
    """The row of a key line and the value line the figure opens, where the figure's line is little more than it
    (and no other figure's line follows: a column of values under one key is a table of several models) and the
    line above is a short label."""
    value = _line(text, figure.start)
    if value is None or value[0] != figure.start or not _a_value(text[value[0] : value[1]]):
        return None
    if _values_lead(text, value):
        key = _line_after(text, value)  # a headline figure over its label
        start, end = value[0], key[1] if key is not None else value[1]
    else:
        value = _run_on(text, value)
        key = _line_before(text, value)
        if key is not None and _opens_on_a_figure(text, _line_after(text, value)):
            return None
        start, end = key[0] if key is not None else value[0], value[1]
    if key is None or not _a_key(text[key[0] : key[1]]):
        return None
    if "|" in text[start:end]:
        return None  # a pipe table's cells, a line each: the grid's to read
    key_cell = Cell(key[0], key[1], text[key[0] : key[1]])
    return Row(start, end, (key_cell, Cell(value[0], value[1], text[value[0] : value[1]])))


def _values_lead(text: str, value: tuple[int, int]) -> bool:
    """Is the value's line in a strip of figures each over its label: a run of value and key lines taking turns
    that opens on a value and closes on a key, two pairs at least? A run opening on a key is a spec sheet; one
    with a value at both ends could be either, and is read as a sheet, as it always was."""
    top, values = value, 1
    while (key := _key_line(text, _line_before(text, top))) is not None:
        above = _line_before(text, key)
        if not _a_figure_line(text, above):
            return False  # a key opens the run
        top, values = above, values + 1
    bottom = value
    while True:
        key = _key_line(text, _line_after(text, bottom))
        if key is None:
            return False  # a value closes the run
        below = _line_after(text, key)
        if not _a_figure_line(text, below):
            return values >= 2
        bottom, values = below, values + 1


def _key_line(text: str, line: tuple[int, int] | None) -> tuple[int, int] | None:
    return line if line is not None and _a_key(text[line[0] : line[1]]) else None


def _a_figure_line(text: str, line: tuple[int, int] | None) -> bool:
    """A value's line: short, and opening on a digit or a currency sign."""
    return _opens_on_a_figure(text, line) and _a_value(text[line[0] : line[1]])  # type: ignore[index]


def _line(text: str, position: int) -> tuple[int, int] | None:
    """The bounds of the line holding `position`, its outer spaces left out; None where it is blank."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    end = len(text) if end < 0 else end
    line = text[start:end]
    if not line.strip():
        return None
    return start + len(line) - len(line.lstrip()), start + len(line.rstrip())


def _line_before(text: str, line: tuple[int, int]) -> tuple[int, int] | None:
    """The line right above (None where it is blank or there is none)."""
    newline = text.rfind("\n", 0, line[0])
    return _line(text, newline) if newline >= 0 else None


def _line_after(text: str, line: tuple[int, int]) -> tuple[int, int] | None:
    """The line right below (None where it is blank or there is none)."""
    newline = text.find("\n", line[1])
    return _line(text, newline + 1) if 0 <= newline < len(text) - 1 else None


def _a_value(line: str) -> bool:
    return len(line) <= MAX_VALUE_CHARS and not line.endswith(VALUE_ENDS)


def _a_key(line: str) -> bool:
    """A label alone on its line: a few words beginning on a letter, no digit but in a gloss in brackets, no
    sentence or clause closed."""
    if not line[0].isalpha() or len(line.split()) > MAX_KEY_WORDS:
        return False
    return not any(c.isdigit() for c in GLOSS.sub("", line)) and not line.endswith(KEY_ENDS)


def _run_on(text: str, value: tuple[int, int]) -> tuple[int, int]:
    """A value with its unit broken onto the next line (`1M` then `tokens`, `$2.50` then `per MTok`): a short
    line opening on a lower-case word, as the sentence splitter runs it on."""
    following = _line_after(text, value)
    if following is None or not text[following[0]].islower() or not _a_value(text[value[0] : following[1]]):
        return value
    return value[0], following[1]


def _opens_on_a_figure(text: str, line: tuple[int, int] | None) -> bool:
    """Does the line open on a digit or a currency sign: another value?"""
    return line is not None and (text[line[0]].isdigit() or text[line[0]] in VALUE_OPENERS)
