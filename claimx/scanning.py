"""Scanning text fast with a pattern that opens on lookbehinds.

Python's `re` skips fast through text only to a place where the pattern's first
character can match, and only when the pattern opens on literal characters or a
character class. A grammar whose every branch opens on a lookbehind (`\\b`,
`(?<![\\w.-])`) is instead tried at every character of an article. A second,
literal-led pattern that finds every place a match may begin (`starts`) lets the
grammar be tried there alone: the same matches, two to three times as fast on
news text, where few characters begin a date or a figure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


def matches_from(pattern: re.Pattern, starts: re.Pattern, text: str) -> Iterator[re.Match]:
    """What `pattern.finditer(text)` finds, where `starts` finds every place a match of `pattern` may begin
    (more do no harm); `pattern` never matches the empty string."""
    return matches_at(pattern, text, (start.start() for start in starts.finditer(text)))


def matches_at(pattern: re.Pattern, text: str, positions: Iterable[int]) -> Iterator[re.Match]:
    """What `pattern.finditer(text)` finds, where `positions` (in order) holds every place a match may begin."""
    taken = 0  # where the last match ended: as `finditer`, the next is looked for after it
    for position in positions:
        if position >= taken and (match := pattern.match(text, position)) is not None:
            taken = match.end()
            yield match


def lead_digits(looked_back: str) -> list[str]:
    """Branches of a `starts` pattern for a number's first digit, one per digit as `re` needs to skip by them, the
    digit's context then asserted by `looked_back`, a lookbehind over it (`(?<!\\w.)`: a digit no word or number
    runs into)."""
    return [rf"{digit}{looked_back}" for digit in "0123456789"]
