"""Quotation marks, paired per paragraph.

Straight and curly, double and single, guillemets; an apostrophe inside a word
never opens or closes one; a quote left open at a paragraph's end continues only
if the next paragraph opens again. Unbalanced marks give nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

QUOTE_MARKS = re.compile("[\"“”„‘’«»']")
OPENING_MARK = re.compile(r"[\"“„‘«]|(?<![\w])'(?=\w)")
BLOCK_START = re.compile(r"[ \t]*(?:[-*•|#>]|\d{1,3}[.)]\s|\n|$)")  # a list item, table row, heading, blank line


@dataclass(frozen=True, slots=True)
class Quotation:
    """Words between quotation marks: `start..end` inside the marks, `open`/`close` the marks' offsets."""

    open: int
    close: int
    start: int
    end: int
    run_on: bool = False



def pair_quotation_marks(text: str) -> list[Quotation]:
    """Every paired quotation in `text`, in order; unbalanced marks give nothing."""
    quotations: list[Quotation] = []
    for start, end in _paragraphs(text):
        pairs, open_double = _pair_line(text, start, end)
        quotations.extend(pairs)
        if open_double is not None and _next_line_opens(text, end):
            quotations.append(_quotation(text, open_double, end, run_on=True))
    return quotations


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """Where quotation marks pair: a paragraph, its hard-wrapped lines joined; but each list item,
    table row and heading alone, so a stray mark in one never pairs with the next."""
    start = 0
    line_start = 0
    while line_start <= len(text):
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        following = text[line_end + 1 : line_end + 1 + 8]
        if (
            line_end == len(text)
            or not following.strip()
            or BLOCK_START.match(following)
            or BLOCK_START.match(text, line_start, line_end)
        ):
            yield start, line_end
            start = line_end + 1
        line_start = line_end + 1


def _pair_line(text: str, start: int, end: int) -> tuple[list[Quotation], int | None]:
    opened: dict[str, int] = {}
    pairs = []
    for match in QUOTE_MARKS.finditer(text, start, end):
        mark, i = match.group(), match.start()
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if mark in "“„":
            opened.setdefault("double", i)
        elif mark == "”" and "double" in opened:
            pairs.append(_quotation(text, opened.pop("double"), i))
        elif mark == '"':
            if "double" in opened:
                pairs.append(_quotation(text, opened.pop("double"), i))
            else:
                opened["double"] = i
        elif mark == "«":
            opened.setdefault("guillemet", i)
        elif mark == "»" and "guillemet" in opened:
            pairs.append(_quotation(text, opened.pop("guillemet"), i))
        elif mark == "‘":
            opened.setdefault("single", i)
        elif mark == "’" and "single" in opened and not after.isalnum():
            pairs.append(_quotation(text, opened.pop("single"), i))
        elif mark == "'":
            if "straight" in opened and not after.isalnum() and not before.isspace():
                pairs.append(_quotation(text, opened.pop("straight"), i))
            elif "straight" not in opened and not before.isalnum() and after.isalnum():
                opened["straight"] = i
    return sorted(pairs, key=lambda q: q.open), opened.get("double")


def _quotation(text: str, open_: int, close: int, run_on: bool = False) -> Quotation:
    """The words between the marks, spaces around them left out."""
    inside = text[open_ + 1 : close]
    start = open_ + 1 + len(inside) - len(inside.lstrip())
    return Quotation(open_, close, start, max(start, close - (len(inside) - len(inside.rstrip()))), run_on)


def _next_line_opens(text: str, line_end: int) -> bool:
    rest = text[line_end + 1 : line_end + 200].lstrip()
    return rest[:1] in ("“", '"', "„")

