"""What several parts of attribution share: how words, sentence stops and the punctuation after a quotation are
read, and `Place`, where a quotation stands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

WORD = re.compile(r"[\w’'-]+")
CLOSING_PUNCTUATION = " ,.;:!?—–-"
# a full stop after a capital letter alone is an initial's ("J. Roe said:", "C.C. Wei said:"), no sentence's end;
# but a country's or a union's initials often end one ("... made in the U.S. Li Wen said:")
SENTENCE_STOP = re.compile(r"(?:(?<!\b[A-Z])\.|(?<=\bU\.S|\bU\.K|\bE\.U|\bU\.N)\.|[!?])[\"”’']?\s+")


@dataclass(frozen=True, slots=True)
class Place:
    """Where a quotation stands: its words leading up to it, its sentence, and the sentence after it."""

    context_start: int
    sentence_start: int
    sentence_end: int
    next_end: int
