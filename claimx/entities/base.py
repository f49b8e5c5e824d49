"""What every part of name finding shares: the `Entity` a name becomes, and the tokens a stretch of characters
touches. Its own module so that the parts (mention bounds, short forms, sizes, aliases) can make entities without
importing the resolver that puts them together."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

ENTITIES_KEY = "entities"


@dataclass(slots=True, unsafe_hash=True)
class Entity:
    """A name in the text: tokens `start..end`, characters `start_char..end_char`, its type and canonical name.
    Never changed once made, yet not `frozen`: a frozen dataclass sets each field through `object.__setattr__`,
    and a document makes dozens; `unsafe_hash` keeps it hashable."""

    start: int
    end: int
    start_char: int
    end_char: int
    type: str
    name: str
    text: str


def tokens_touched(token_starts: list[int], start_char: int, end_char: int) -> tuple[int, int]:
    """The tokens (first, end) that characters `start_char..end_char` touch, given each token's first character."""
    return bisect.bisect_right(token_starts, start_char) - 1, bisect.bisect_left(token_starts, end_char)
