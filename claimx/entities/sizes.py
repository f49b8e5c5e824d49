"""Sizes: whether a name is one sized variant of its family (`Llama 3.1 405B`), and the siblings an article names
by their size alone once it has named one in full (`Llama 3.1 70B and 8B`, `the 3B version`, `the 27B`). A bare
size names a model only where the article says the model comes in that size: most sizes are parameter counts."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..scanning import matches_from
from .base import Entity

SIZED_NAME = re.compile(r"\d.*[BTM]")  # the last word of a name that ends in a size: 70B, 1.5T, 270M
SIZES_REACH = 60  # characters after a model's name where the sizes it comes in may be listed
SIZE_MARKS = "AE"  # a size's mark before it: active (A3B, 3B of 30B at work) or effective (E4B, Gemma 3n's)
# what a bare size may begin with ('27B', 'A3B', 'E4B'), with no word, point or hyphen before it, as `size` asks: the
# digits inside numbers, most of them, skipped in C
SIZE_STARTS = re.compile(rf"[\d{SIZE_MARKS}](?<![\w.-].)")
SIBLING_LEAD_CHARS = 40  # characters before a sibling's size searched for "the", "its", "and" or a comma


def ends_in_a_size(name: str) -> bool:
    """Whether a name ends in its size (`Llama 3.1 405B`): it names one variant of its family."""
    return SIZED_NAME.fullmatch(name.split()[-1]) is not None


def has_a_size(name: str) -> bool:
    """Whether a name holds a size anywhere (`Qwen3 235B A22B Instruct 2507`, its active one too): a variant."""
    return any(SIZED_NAME.fullmatch(word.lstrip(SIZE_MARKS)) for word in name.replace("-", " ").split())


def sibling_named(model: Entity, size: str) -> str:
    """The model of `size` in `model`'s family and version: `Llama 3.1 70B` or `Llama 3.1` and `8B` give
    `Llama 3.1 8B`."""
    last = model.text.split()[-1]
    return model.name[: -len(last)] + size if SIZED_NAME.fullmatch(last) else f"{model.name} {size}"


class Sizes:
    """The part of `EntityResolver` that reads sizes after a model's name, with the regexes its `__init__` compiles
    from the rule set's size grammar."""

    def _bare_sizes(self, text: str) -> Iterator[re.Match]:
        for match in matches_from(self.size, SIZE_STARTS, text):
            if self.variant_after.match(text, match.end()) or (
                self.definite_before.search(text, max(0, match.start() - 5), match.start())
                and not self.figure_after.match(text, match.end())
            ):
                yield match

    def _sized_model_meant(self, named_before: list[Entity], size: str, models: list[Entity]) -> Entity:
        """Whose sibling "the 70B model" is: the last sized model named before's, where the article names that
        sibling (`Llama 3.2 1B ...; the 3B version` after Llama 3.2 3B); else the last model named before whose
        name ends in `size` (after a table of Llama 3.3 70B and Qwen 2.5 72B, Llama 3.3 70B itself, no Qwen 2.5 70B
        nobody names), if any."""
        last = named_before[-1]
        if self.canonical(sibling_named(last, size)) in {m.name for m in models}:
            return last
        same = (m for m in reversed(named_before) if self.canonical(sibling_named(m, size)) == m.name)
        return next(same, last)

    def _sizes_named(self, text: str, models: list[Entity]) -> bool:
        """Whether a size is written after a model's mention or ends a model's name: what `_sizes_listed` reads.
        Three articles in four name no size so, and a bare size then names no model: the text is not searched for
        bare sizes (a search at every character)."""
        return any(
            self.size.search(text, model.end_char, model.end_char + SIZES_REACH) or self.size_ending.search(model.name)
            for model in models
        )

    def _sizes_listed(self, text: str, model: Entity, models: list[Entity]) -> set[str]:
        """The sizes the article gives `model`'s family and version: written right after one of its mentions
        (`Gemma 2 family (2B, 9B, 27B params)`), or in a sibling's name. A size alone names a model only
        where the article says the model comes in that size."""
        base = sibling_named(model, "")
        sizes = set()
        for mention in models:
            if mention.name == model.name:
                sizes.update(self.size.findall(text, mention.end_char, mention.end_char + SIZES_REACH))
            elif mention.name.startswith(base):
                sizes.add(mention.name[len(base) :])
        return sizes

    def _elided_sizes(self, text: str, model: Entity):
        """The sizes coordinated right after a name that ends in a size: `70B, 8B and 1B`."""
        position = model.end_char
        while (match := self.elided_size.match(text, position)) is not None:
            yield match
            position = match.end()
