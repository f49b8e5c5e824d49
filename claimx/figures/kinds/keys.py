"""A benchmark named as a key before a colon (`HumanEval: 87.2%`, `OSWorld (computer use): 61.4%`) is the test of
the score after it, never of a score before it; and a key that another score follows is that score's, not a later
one's. Tables flattened into prose and launch posts write scores this way."""

from __future__ import annotations

import re

from ...entities import Entity
from ...numbers import Figure
from ...spans import DocSpans

KEY_ASIDE_TOKENS = 8  # tokens of a bracketed aside between a key's name and its colon: "OSWorld (computer use):"
BRACKETS = re.compile(r"\([^()\n]*\)")


def a_key(spans: DocSpans, benchmark: Entity) -> bool:
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


def keys_another(spans: DocSpans, benchmark: Entity, figure: Figure) -> bool:
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
