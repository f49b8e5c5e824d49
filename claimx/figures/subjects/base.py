"""The words and small tests several of the subject checks share: the words that lead a foil's figure,
Markdown emphasis, an indefinite article, a version number, a list item's key, the last model named
before a figure and a figure in apposition to a name. Kept apart so that the checks' modules import
them from one place and not from each other.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from ...entities import Entity
from ...numbers import Figure
from ...spans import INDEFINITE_ARTICLES, DocSpans

INDEFINITE_REACH = 3  # "a large language model": words between "a" and "model"
VERSION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})?")  # "LVNM 1.0": the version after a name
EMPHASIS = {"*", "_"}  # Markdown emphasis around a name
AT_WORDS = {"at", "with", "on", ":"}  # "versus X at 88.6%", "(vs X: 13.4%)"
LIST_KEY = re.compile(r"[ \t]*(?:[-*•+]|\d{1,3}[.)])\s+(?:\*\*|__)?(?P<key>[^:*_\n]{1,60}?)(?:\*\*|__)?\s?:")


def key_before(spans: DocSpans, sent: Span, figure: Figure) -> re.Match | None:
    """The key of the list item the sentence opens, where it ends before the figure: `- GPT-4o: 88.7%`."""
    key = LIST_KEY.match(spans.text, sent.start_char)
    return key if key is not None and key.end() <= figure.start else None


def last_model_before(entities: list[Entity], figure: Figure) -> Entity | None:
    """The last model the sentence names before the figure."""
    return next((e for e in reversed(entities) if e.type == "model" and e.end <= figure.token_start), None)


def in_apposition(spans: DocSpans, figure: Figure) -> bool:
    """Does `, a` or `, an` stand before the figure: it describes the name before the comma?"""
    return apposition_comma(spans, figure) is not None


def apposition_comma(spans: DocSpans, figure: Figure) -> int | None:
    """The comma of `, a` or `, an` right before the figure, or before the few lower-case words describing it
    (`Zamba, a novel 7B parameter model`, `Vantor, a new open 300B model`), else None."""
    i = indefinite_article_before(spans, figure)
    return i - 1 if i is not None and i >= 1 and spans.words[i - 1] == "," else None


def indefinite_article_before(spans: DocSpans, figure: Figure) -> int | None:
    """Where `a` or `an` stands right before the figure, or before the few lower-case words describing it (`a new
    7B model`, `a novel open 300B model`), else None."""
    words, i = spans.words, figure.token_start - 1
    start = max(0, i - INDEFINITE_REACH)
    while i > start and spans.lowers[i] not in INDEFINITE_ARTICLES and words[i].isalpha() and words[i].islower():
        i -= 1
    return i if i >= 0 and spans.lowers[i] in INDEFINITE_ARTICLES else None
