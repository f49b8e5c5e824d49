"""Model names that stand for each other: a family and its variants (`Llama 4`: `Llama 4 Scout`, `Llama 4 Maverick`),
and the sizes a family's members are named by (`Llama 3`: `Llama 3 8B`, `Llama 3 70B`)."""

from __future__ import annotations

import re
from collections.abc import Iterable

WORD_BREAK = re.compile(r"[\s-]+")


def is_variant(name: str, of: str) -> bool:
    """`Llama 4 Scout` and `gpt-5-mini` are variants of `Llama 4` and `GPT-5`; `GPT-5.4` and `GPT-4o` are other
    models, not variants of `GPT-5` and `GPT-4`."""
    cut = len(of)
    return len(name) > cut and name[:cut].lower() == of.lower() and bool(WORD_BREAK.match(name[cut]))


def family(a: str, b: str) -> str | None:
    """The name two sibling variants share (`Llama 4` for `Llama 4 Scout` and `Llama 4 Maverick`), where it has a
    version number: a family word alone (`Claude` of `Claude Opus 4` and `Claude Sonnet 4`) names no one model."""
    words_a, words_b = WORD_BREAK.split(a.lower()), WORD_BREAK.split(b.lower())
    shared = 0
    while shared < min(len(words_a), len(words_b)) and words_a[shared] == words_b[shared]:
        shared += 1
    if not shared or shared in (len(words_a), len(words_b)):
        return None  # nothing in common, or one is the other's family already
    breaks = list(WORD_BREAK.finditer(a))
    name = a[: breaks[shared - 1].start()]
    return name if any(ch.isdigit() for ch in name) else None


SIZE_WORD = re.compile(r"(\d+(?:\.\d+)?)([MBT])")  # a member's size as its name writes it: 270M, 70B, 1.2T
SIZE_SCALES = {"M": 1e6, "B": 1e9, "T": 1e12}


def size_value(word: str) -> float | None:
    """`70B` is 7e10; a word that is no size, None."""
    size = SIZE_WORD.fullmatch(word.upper())
    return float(size[1]) * SIZE_SCALES[size[2]] if size else None


def member_sizes(family_name: str, names: Iterable[str]) -> set[float]:
    """The sizes of `family_name`'s members among `names`: `Llama 3 70B` and `Llama 3 8B Instruct` give 7e10 and
    8e9 for `Llama 3`; `Llama 3 Scout` and `Llama 3.1 8B` none."""
    sizes = set()
    for name in names:
        if is_variant(name, family_name):
            size = size_value(WORD_BREAK.split(name[len(family_name) :].strip(" -"))[0])
            if size is not None:
                sizes.add(size)
    return sizes
