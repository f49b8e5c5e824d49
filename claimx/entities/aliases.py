"""Aliases an article gives: `Mistral Large 2 (ML2)`, an abbreviation in brackets after a model's name, and `the
repository names it GLM-5.2-Air-106B-A12B`, a second name said to be the first model's. Every mention of such a
name, after it is given, is that model; the alias table never hears of them."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from ..literals import alternation
from .base import Entity, tokens_touched

ABBREVIATION = re.compile(r"[*_]* ?\(([A-Z][A-Za-z0-9.]{1,9})\)")  # "Mistral Large 2 (ML2)", "**Qwen3.7 Max** (Q37M)"


def _abbreviates(short: str, name: str) -> bool:
    """Is `short` (`ML2`) made of capitals and digits of `name` (`Mistral Large 2`) in order, its first the name's?"""
    marks = [c for c in short if c.isupper() or c.isdigit()]
    initials = [c for c in name if c.isupper() or c.isdigit()]
    if len(marks) < 2 or not initials or marks[0] != initials[0]:
        return False
    remaining = iter(initials)
    return all(mark in remaining for mark in marks)


class ArticleAliases:
    """The part of `EntityResolver` that reads the names an article gives, and finds their mentions."""

    def _introduced_aliases(self, doc: Doc, text: str, entities: list[Entity]) -> list[Entity]:
        """`GLM-5.2 Air ... the repository names it GLM-5.2-Air-106B-A12B`: the article says the second name is
        the first model's, so every mention of it is that model."""
        renamed: dict[str, str] = {}
        for i, entity in enumerate(entities):
            intro_window = max(0, entity.start_char - 40), entity.start_char
            if entity.type != "model" or not self.alias_intro.search(text, *intro_window):
                continue
            earlier = self._referent(doc, entities[:i], entity)
            if earlier is not None:
                renamed.setdefault(entity.name, renamed.get(earlier.name, earlier.name))
        if not renamed:
            return entities
        return [replace(e, name=renamed[e.name]) if e.type == "model" and e.name in renamed else e for e in entities]

    @staticmethod
    def _referent(doc: Doc, earlier: list[Entity], entity: Entity) -> Entity | None:
        """What 'it' in 'names it X' is: the first model of its sentence, else of the sentence before."""
        sentence = doc[entity.start].sent
        previous = doc[sentence.start - 1].sent if sentence.start > 0 else sentence
        for start in (sentence.start, previous.start):
            first = next((e for e in earlier if e.type == "model" and e.start >= start and e.name != entity.name), None)
            if first is not None:
                return first
        return None

    def _abbreviations(self, doc: Doc, text: str, entities: list[Entity], token_starts, taken) -> list[Entity]:
        """`Mistral Large 2 (ML2)`: an abbreviation in brackets right after a model's name, of the name's capitals
        and digits in order, names that model wherever the article writes it."""
        short = {}
        for entity in entities:
            bracketed = ABBREVIATION.match(text, entity.end_char) if entity.type == "model" else None
            if bracketed is not None and _abbreviates(bracketed[1], entity.text):
                short.setdefault(bracketed[1], entity.name)
        return self._mentions(doc, text, short, "model", token_starts, taken)

    def _mentions(self, doc: Doc, text: str, names: dict[str, str], label: str, token_starts, taken: set[int]):
        """Entities for each whole-token mention of a key of `names` (as the value's name) no other entity takes."""
        if not names:
            return []
        found = []
        for match in re.finditer(rf"(?<![\w.-])(?:{alternation(names)})(?![\w-])", text):
            first, end = tokens_touched(token_starts, match.start(), match.end())
            if not taken.intersection(range(first, end)) and doc[first].idx == match.start():
                found.append(self._entity(doc, text, first, end, label, names[match.group()]))
        return found
