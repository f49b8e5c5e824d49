"""How a score was obtained, where the text says (`3-shot`, `(no tools)`, `with tools`): the setup phrases among
the score's own words, never those of another score beside it. And whether a figure lies in a setup phrase: the 3
of `3-shot` is no figure of any kind."""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Span

from ...entities import Entity
from ...numbers import Figure
from ...prefixes import needed_literals
from ...spans import DocSpans
from ..context import clause_start
from .keys import a_key

BRACKETED = re.compile(r"\s?\([^()\n]{1,40}\)")
SETUP_REACH = 20  # characters around a figure searched for the setup phrase it may be part of
# characters a case-blind regex takes for an ASCII letter that `str.lower` does not make it (İ ı ſ)
ASCII_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


class ScoreSetups:
    """`FigureKinds`'s part that reads a score's setup. The word sets it reads are set by `FigureKinds.__init__`,
    from the rules, once."""

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
        near = text[at:end]
        near = (near if near.isascii() else near.translate(ASCII_FOLD)).lower()
        if self.setup_gate.search(near) is None:  # 85% of figures, told in 3 µs instead of 7
            return False
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
        if benchmark is not None and benchmark.end_char <= figure.start and a_key(spans, benchmark):
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


def setup_gate(patterns: list[str]) -> re.Pattern:
    """Lower-case words one of which every setup holds (`shot`, `pass`, ` tool`), read from the parsed patterns: a
    figure with none of them near it lies in no setup. An empty word (always found) where a pattern has none."""
    words = set()
    for pattern in patterns:
        found = needed_literals(pattern)
        words |= {word.lower() for word in found} if found and all(map(str.isascii, found)) else {""}
    words = {word for word in words if not any(other in word for other in words - {word})}  # `mode`, not ` model`
    return re.compile("|".join(map(re.escape, sorted(words))))


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
