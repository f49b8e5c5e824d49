"""Quotation marks, paired per paragraph.

Straight and curly, double and single, guillemets; an apostrophe inside a word
never opens or closes one, nor does one ending a word inside a single-marked
quotation (`‘The labs’ chips ship late,’`). A quotation in the other kind of
marks inside another, even one left open, is part of its words. An opening
mark written where a closing one belongs (glued to the word before it, a space
or the paragraph's end after it) closes.
A quote left open at a paragraph's end continues if the next paragraph opens
again; otherwise it is a quote whose closing mark was left out only when it opens
a sentence or a clause (`He concluded, "...`) and the paragraph ends a sentence.
Other unbalanced marks give nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# an apostrophe between two letters or digits ("it's", "OpenAI’s"), or a possessive's after an abbreviation ("Inc.'s",
# "D.C.’s"), neither opens nor closes a quotation: left out
QUOTE_MARKS = re.compile("[\"“”„«»'‘’](?<![^\\W_]\\.['’](?=s\\b))(?:(?<=[\"“”„«»])|(?<![^\\W_].)|(?![^\\W_]))")
OPENING_MARK = re.compile(r"[\"“„‘«]|(?<![\w])'(?=\w)")
BLOCK_START = re.compile(r"[ \t]*(?:[-*•|#>]|\d{1,3}[.)]\s|\n|$)")  # a list item, table row, heading, blank line
CLAUSE_START = re.compile(r"(?:^|[.!?:,]\s+)$")  # where an unclosed quotation may open: 'He concluded, "'
SENTENCE_END = re.compile(r"[.!?]\s*$")
SINGLE_MARKS = "'‘’"
CLAUSE_END_MARKS = ",.!?;:…"  # inside a quotation's closing mark: `clear,’ said Lee`


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
    # the marks are found in one pass, and only the paragraphs holding one are looked for and read
    marks = list(QUOTE_MARKS.finditer(text))
    first = 0
    while first < len(marks):
        start, end = _paragraph_at(text, marks[first].start())
        last = first + 1
        while last < len(marks) and marks[last].start() < end:
            last += 1
        pairs, opened = _pair_line(text, start, end, marks[first:last])
        first = last
        quotations.extend(_outside_open_quotations(text, pairs, opened))
        if len(opened) != 1:
            continue  # balanced, or too tangled to guess at
        ((kind, open_),) = opened.items()
        if kind == "double" and _next_line_opens(text, end):
            quotations.append(_quotation(text, open_, end, run_on=True))
        elif _closing_left_out(text, start, open_, end):
            quotations.append(_quotation(text, open_, end))
    return _outermost(quotations)


def _outermost(quotations: list[Quotation]) -> list[Quotation]:
    """A quotation inside another (`"... 'beat and raise' ..."`) is part of its words, no quote of its own."""
    kept: list[Quotation] = []
    for quotation in quotations:
        if not kept or quotation.open > kept[-1].close:
            kept.append(quotation)
    return kept


def _outside_open_quotations(text: str, pairs: list[Quotation], opened: dict[str, int]) -> list[Quotation]:
    """The pairs of single marks that open after a double mark left open are left out: a quotation inside that one
    (`“... China is saying, ‘we have plenty’ … And so` on a page cut short) is part of its words, whether or not the
    open one is read as a quote; a stray single mark (an apostrophe in `the ’90s`) never hides a double-marked one."""
    open_double = min((opened[kind] for kind in ("double", "guillemet") if kind in opened), default=len(text))
    return [q for q in pairs if q.open < open_double or text[q.open] not in SINGLE_MARKS]


def _paragraph_at(text: str, position: int) -> tuple[int, int]:
    """Where marks pair around `position`: its paragraph, hard-wrapped lines joined; but a list item, table row or
    heading alone, so a stray mark in one never pairs with the next."""
    start = text.rfind("\n", 0, position) + 1
    while start > 0:
        line_start = text.rfind("\n", 0, start - 1) + 1
        if _ends_a_paragraph(text, line_start, start - 1):
            break
        start = line_start
    line_start = start
    while True:
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        if _ends_a_paragraph(text, line_start, line_end):
            return start, line_end
        line_start = line_end + 1


def _ends_a_paragraph(text: str, line_start: int, line_end: int) -> bool:
    """Does the line `line_start..line_end` end its paragraph: the text's last, before a blank line or a block
    (list item, table row, heading), or one itself?"""
    following = text[line_end + 1 : line_end + 1 + 8]
    return bool(
        line_end == len(text)
        or not following.strip()
        or BLOCK_START.match(following)
        or BLOCK_START.match(text, line_start, line_end)
    )


def _pair_line(text: str, start: int, end: int, marks: list[re.Match]) -> tuple[list[Quotation], dict[str, int]]:
    """The quotations of one paragraph, and the marks of each kind left open at its end; `marks`: its marks."""
    opened: dict[str, int] = {}
    pairs = []
    for k, match in enumerate(marks):
        mark, i = match.group(), match.start()
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if mark in "“„" and "double" in opened and not before.isspace() and after.isspace():
            pairs.append(_quotation(text, opened.pop("double"), i))  # 'the future.“' closes what opened
        elif mark in "“„":
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
        elif mark == "‘" and not (before.isalnum() and after.isalnum()):  # "OpenAI‘s": an apostrophe mistyped
            opened.setdefault("single", i)
        elif mark == "’" and "single" in opened and not after.isalnum() and not _ends_a_word(text, marks, k):
            pairs.append(_quotation(text, opened.pop("single"), i))
        elif mark == "'":
            if "straight" in opened and not after.isalnum() and not before.isspace():
                if not _ends_a_word(text, marks, k):
                    pairs.append(_quotation(text, opened.pop("straight"), i))
            elif "straight" not in opened and not before.isalnum() and after.isalnum():
                opened["straight"] = i
    return sorted(pairs, key=lambda q: q.open), opened


def _ends_a_word(text: str, marks: list[re.Match], k: int) -> bool:
    """Is the single mark `marks[k]`, glued to a word with a lower-case word after it, that word's apostrophe (a
    plural's possessive, an elision: `‘The users’ demands were clear,’ said Lee`, `goin’ home`) rather than the end of
    the single-marked quotation open? It is when the next mark of its kind in the paragraph closes a clause (`clear,’`):
    that one ends the quotation. A scare quote (`called them ‘bold’ and said ‘no’`) has the next one open."""
    i = marks[k].start()
    if not (text[i - 1 : i].isalpha() and text[i + 1 : i + 2] == " " and text[i + 2 : i + 3].islower()):
        return False
    kind = "'" if text[i] == "'" else "‘’"
    following = next((marks[j].start() for j in range(k + 1, len(marks)) if marks[j].group() in kind), None)
    return following is not None and text[following] != "‘" and text[following - 1] in CLAUSE_END_MARKS


def _quotation(text: str, open_: int, close: int, run_on: bool = False) -> Quotation:
    """The words between the marks, spaces around them left out."""
    inside = text[open_ + 1 : close]
    start = open_ + 1 + len(inside) - len(inside.lstrip())
    return Quotation(open_, close, start, max(start, close - (len(inside) - len(inside.rstrip()))), run_on)


def _closing_left_out(text: str, start: int, open_: int, end: int) -> bool:
    """`He concluded, "We will ship.` at a paragraph's end: the quotation opens a sentence or a clause and
    runs to the end of a sentence, so only its closing mark is missing."""
    return bool(CLAUSE_START.search(text[start:open_]) and SENTENCE_END.search(text, open_ + 1, end))


def _next_line_opens(text: str, line_end: int) -> bool:
    rest = text[line_end + 1 : line_end + 200].lstrip()
    return rest[:1] in ("“", '"', "„")

