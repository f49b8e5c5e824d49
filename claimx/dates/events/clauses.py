"""The clause a date governs: where it begins and ends in its sentence, and which words in it are not its.

A quotation, an aside between commas, an opening participle's phrase, a bracket of another date's and the
clause of a neighbouring date are cut off, so the date finds its own action and names; a month after `and`
with its verb left out (`released A in September and B in November`) goes on from the clause before it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from spacy.tokens import Span

from ...spans import DocSpans
from ..dated import DateMention

# "and the B in", "and its B model in": the small words a gapped clause may hold beside its name
GAPPED_WORDS = frozenset({"the", "its", "their", "a", "an", "in", "on", "by", "from", "of", "then", "model"})
GAP_JOINERS = frozenset({"and", "then"})  # "released A in March, then B in November"
OBJECT_TYPES = ("model", "chip")  # what a gapped clause may name as acted on
CLAUSE_COMMA = re.compile(r",(?!\d)")  # not one in a number: "which leased 20,000 GPUs in March,"
CLAUSE_BREAK = re.compile(r"[,;]|\s[—–]\s")  # between the clauses two dates of a sentence govern
WORD_LETTERS = re.compile(r"[A-Za-z]{2,}")
YEAR_WRITTEN = re.compile(r"\b(?:19|20)\d\d\b")  # what makes a bracketed aside another date's
AND_BREAK = re.compile(r"\s(?=and\s)")  # ... else: "Training began in January and the model shipped April 23"
QUOTE_MARKS = "\"“”‘’«»„"
QUOTE_OPENING = re.compile("[\"“‘«„]")
QUOTE_CLOSING = re.compile("[\"”’»“]")
QUOTED_WORDS = 4  # a quotation of fewer words names something; of more, says something


class Clauses:
    """Part of `EventExtractor`, whose `__init__` compiles the participle and aside openers these look for."""

    def _clause(
        self, spans: DocSpans, sent: Span, mention: DateMention, quoted: Callable[[int], bool]
    ) -> tuple[int, int]:
        """The sentence, or after a heading date (`June 12: ...`) the words after it; a sentence that opens
        inside a quotation ('... providers," LMArena posted on X') begins after it: its names are the speaker's;
        one opening on a participle's phrase (`Founded in 2021, Vexel announced ... in June 2024`) after that.
        A quotation after the date ends it: `stated on February 25 that "the US used these issues as tools"`
        issued nothing on that day. A date in an aside between commas ends with the aside: `DeepSeek, which
        gained attention in January, has been using restricted chips` restricts nothing in January."""
        text = spans.text
        start = sent.start_char
        if text[mention.end : mention.end + 1] == ":" and not text[start : mention.start].strip(" -•*–\t"):
            start = mention.end + 1
        start = trimmed(text, start, sent.end_char)[0]
        opening = self.opening_participle.match(text, start, mention.start)
        if opening is not None:
            start = trimmed(text, opening.end(), sent.end_char)[0]
        while start < mention.start and quoted(start):
            start += 1
        asides = list(self.aside_opener.finditer(text, start, mention.start))
        aside = asides[-1] if asides else None  # the last one opened before the date
        start, end = trimmed(text, start, sent.end_char)
        end = _quotation_after(text, mention.end, end, quoted)
        bracket = _bracket_around(text, mention, start, end, self._acting(spans))
        if bracket is not None:  # "DBRX (from MosaicML, acquired in June 2023)": June dates what the bracket says
            return bracket[0] + 1, bracket[1] - 1
        if aside is not None and not CLAUSE_COMMA.search(text, aside.end(), mention.start):
            close = CLAUSE_COMMA.search(text, mention.end, end)  # what the aside is about stays in: "Max is the
            return start, close.start() if close else end  # flagship, which Alibaba made available on Aug. 6"
        return start, end

    def _asides_before(self, text: str, clause: tuple[int, int], mention: DateMention | None) -> list[tuple[int, int]]:
        """The asides between commas a clause closes before its date: `DeepSeek, which was founded in 2023, released
        R1 in January`, `Liquid AI, a startup founded in 2023, launched LFM2 in July`: the founding is no action of
        January's or July's. So are brackets holding a year of their own, before or after the date: `On 27 March
        Acme (formerly Zeta, acquired in 2023) released Orca-3` acquired nothing in March."""
        if mention is None:
            return []
        asides = []
        for opener in self.aside_opener.finditer(text, clause[0], mention.start):
            close = CLAUSE_COMMA.search(text, opener.end(), mention.start)
            if close is not None:
                asides.append((opener.start(), close.end()))
        return asides + _brackets_apart(text, clause, mention)

    def _gapped(
        self, spans: DocSpans, before: tuple[int, int] | None, clause: tuple[int, int], mention: DateMention
    ) -> bool:
        """Does a month's clause go on from the clause before it with its verb left out: `and B in November`
        right after `released A in September` (`, then B in November` after `... in March`), nothing but a comma
        between them, a name and small words only up to the date, and no action of its own?"""
        if mention.day is not None or mention.offset is not None or before is None:
            return False
        if before[1] < clause[0] and spans.text[before[1] : clause[0]].strip(" ,"):
            return False
        first, end = spans.tokens_of(clause[0], mention.start)
        words = [i for i in range(first, end) if spans.token_starts[i] >= clause[0] and not spans.words[i].isspace()]
        if not words or spans.lowers[words[0]] not in GAP_JOINERS or self._has_action(spans, clause):
            return False
        rest = words[1:]  # a name of its own, what the left-out verb acts on: not "in July and September"
        return any(i in spans.entity_at for i in rest) and all(
            i in spans.entity_at or spans.lowers[i] in GAPPED_WORDS for i in rest
        )

    @staticmethod
    def _named_in(spans: DocSpans, clause: tuple[int, int]) -> list[str]:
        return list(dict.fromkeys(e.name for e in spans.entities_within_chars(*clause) if e.type in OBJECT_TYPES))

    def _has_action(self, spans: DocSpans, clause: tuple[int, int]) -> bool:
        return self.participants.parts(spans, clause).action is not None

    def _acting(self, spans: DocSpans) -> Callable[[tuple[int, int]], bool]:
        return functools.partial(self._has_action, spans)


def _quotation_after(text: str, start: int, end: int, quoted: Callable[[int], bool]) -> int:
    """Where the first quotation of words said between `start` and `end` opens; `end` if none does. A name
    or a title in quotation marks (`introduced "Grok-3"`, `(“CAC”)`) is a few words: it goes on the clause."""
    for mark in QUOTE_OPENING.finditer(text, start, end):
        if quoted(mark.end()):
            close = QUOTE_CLOSING.search(text, mark.end(), end)
            if len(text[mark.end() : close.start() if close else end].split()) >= QUOTED_WORDS:
                return len(text[start : mark.start()].rstrip(" ,;:")) + start
    return end


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in QUOTE_MARKS):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def between_neighbours(
    text: str, clause: tuple[int, int], neighbours: list[DateMention], i: int, acts: Callable[[tuple[int, int]], bool]
) -> tuple[int, int]:
    """Where a sentence holds several dates ("By August 2024, Grok 2 was released, and on February 18 ..."),
    each date's clause ends at the last comma, semicolon or dash before the next date (else at that date) and
    begins after the one before it, so each finds its own action. `neighbours[i]` is the date asked about."""
    mention = neighbours[i]
    start, end = clause
    if _bracket_around(text, mention, start - 1, end + 1, acts) == (start - 1, end + 1):
        return start, end  # its clause is the bracket it sits in: no date outside it cuts it
    # a date in brackets of its own is an aside of this date's clause (`_brackets_apart`), no clause after it
    neighbours = [m for m in neighbours if m is mention or _bracket_around(text, m, start, end, acts) is None]
    i = neighbours.index(mention)
    if i > 0:
        start = max(start, _break_between(text, neighbours[i - 1], mention)[1])
    if i + 1 < len(neighbours):
        end = min(end, _break_between(text, mention, neighbours[i + 1])[0])
    return start, end


def _bracket_around(
    text: str, mention: DateMention, start: int, end: int, acts: Callable[[tuple[int, int]], bool]
) -> tuple[int, int] | None:
    """The round brackets within `start`..`end` holding `mention` and an action of their own (`(formerly Vexel,
    bought in May 2025)`, as `acts` tells of their inside): where they open and close; None if none do. A bracket
    holding the date alone glosses a time word of its sentence (`released on Tuesday (June 2)`), and one naming no
    action the name before it (`shipped GPT-5 (August 2025, scoring 74.9%)`): the sentence is its clause."""
    opened = text.rfind("(", max(start, 0), mention.start)
    if opened < 0 or text.find(")", opened, mention.start) >= 0:
        return None
    closed = text.find(")", mention.end, end)
    if closed < 0 or text.find("(", mention.end, closed) >= 0:
        return None
    if not WORD_LETTERS.search(text[opened + 1 : mention.start] + text[mention.end : closed]):
        return None
    return (opened, closed + 1) if acts((opened + 1, closed)) else None


def _brackets_apart(text: str, clause: tuple[int, int], mention: DateMention) -> list[tuple[int, int]]:
    """A clause's brackets holding a year and not its own date `mention`: another date's aside, whose words are
    not the clause's."""
    asides = []
    opened = text.find("(", clause[0], clause[1])
    while opened >= 0:
        closed = text.find(")", opened, clause[1])
        if closed < 0:
            break
        if not opened < mention.start < closed and YEAR_WRITTEN.search(text, opened, closed):
            asides.append((opened, closed + 1))
        opened = text.find("(", closed, clause[1])
    return asides


def _break_between(text: str, first: DateMention, second: DateMention) -> tuple[int, int]:
    """Where the clause of `first` ends and that of `second` begins: at the last break between them."""
    found = None
    for match in CLAUSE_BREAK.finditer(text, first.end, second.start):
        found = match
    found = found or AND_BREAK.search(text, first.end, second.start)
    return (found.start(), found.end()) if found else (second.start, first.end)
