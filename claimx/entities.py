"""Names: which model, organisation, chip or benchmark a span names, by one canonical name.

The entity ruler finds the alias table's names (phrases, case-sensitive); the
name patterns, one compiled regular expression, find model names the table has
never seen. This module merges both (the longer name wins) and gives each an
`Entity` with its canonical name, so `Zhipu`, `Z.ai` and `Zhipu AI` are one
subject and `GLM 5.2` is `GLM-5.2`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy
from spacy.attrs import IDX
from spacy.tokens import Doc

from .ruler import matches
from .ruleset import EntityRule, FamilyRule, RuleSet

ENTITIES_KEY = "entities"
# a benchmark version written after its name: Terminal-Bench 2.1, AIME 2025, ARC-AGI v2
BENCHMARK_VERSION = re.compile(r"^(?:v?\d(?:\.\d{1,2})?|20\d\d)$", re.IGNORECASE)
NOT_AFTER_VERSION = {"%", "percent", "points", "point", "pp"}


@dataclass(frozen=True, slots=True)
class Entity:
    start: int
    end: int
    start_char: int
    end_char: int
    type: str
    name: str
    text: str


class EntityResolver:
    """Canonical names for entity matches, built once from the rule set."""

    def __init__(self, rules: RuleSet):
        self.by_alias: dict[str, EntityRule] = {}
        for rule in rules.entities:
            for alias in (rule.name, *rule.aliases):
                self.by_alias[alias] = rule
        self.families: dict[str, FamilyRule] = {f.family: f for f in rules.families}
        self.family_of_tier: dict[str, FamilyRule] = {t: f for f in rules.families for t in f.tiers}
        self.makers = {rule.name: rule.maker for rule in rules.entities if rule.maker}
        self.name_regex = rules.name_regex()
        self.name_labels = [p.label for p in rules.name_patterns]

    def ruler_patterns(self, rules: RuleSet) -> list[dict]:
        """Span-ruler patterns: every alias as a phrase, its id the canonical name."""
        return [
            {"label": rule.type, "pattern": alias, "id": rule.name}
            for rule in rules.entities
            for alias in (rule.name, *rule.aliases)
        ]

    def resolve(self, doc: Doc, text: str) -> list[Entity]:
        """The doc's names, aliases and pattern matches together, overlaps resolved longest first."""
        token_starts = doc.to_array([IDX]).reshape(-1)
        found = [
            _glued_name(doc, m.start, m.end, m.label, m.id)
            if m.label == "benchmark"
            else (m.start, m.end, m.label, m.id)
            for m in matches(doc, ENTITIES_KEY)
        ]
        for match in self.name_regex.finditer(text):
            first = int(numpy.searchsorted(token_starts, match.start(), side="right")) - 1
            end = int(numpy.searchsorted(token_starts, match.end(), side="left"))
            label = self.name_labels[int(match.lastgroup[1:])]
            found.append((first, end, label, None))
        taken: set[int] = set()
        entities = []
        for start, end, label, name in sorted(found, key=lambda f: (f[0] - f[1], f[0], f[3] is None)):
            if taken.intersection(range(start, end)):
                continue
            taken.update(range(start, end))
            entities.append(self._entity(doc, text, start, end, label, name))
        return sorted(entities, key=lambda e: e.start)

    def _entity(self, doc: Doc, text: str, start: int, end: int, label: str, name: str | None) -> Entity:
        if label == "benchmark" and (version_end := _version_end(doc, end)) > end:
            version = doc[end]
            name = f"{name} {version.text}"
            end = version_end
        last = doc[end - 1]
        start_char, end_char = doc[start].idx, last.idx + len(last)
        written = text[start_char:end_char]
        if name is None:
            name = self.canonical(" ".join(written.split()))
        return Entity(start, end, start_char, end_char, label, name, written)

    def canonical(self, text: str) -> str:
        """`GLM 5.2` -> `GLM-5.2`; `Opus 4.8` -> `Claude Opus 4.8`; aliases -> their name."""
        if text in self.by_alias:
            return self.by_alias[text].name
        first = re.split(r"[\s-]", text, maxsplit=1)[0]
        if first in self.families:
            family = self.families[first]
            rest = text[len(first) :].lstrip(" -")
            name = family.family + family.separator + rest if rest else family.family
        elif first in self.family_of_tier:
            name = f"{self.family_of_tier[first].family} {text}"
        else:
            name = text
        return self.by_alias[name].name if name in self.by_alias else name

    def maker(self, name: str) -> str | None:
        """The organisation that makes a model, from the alias table or the model's family."""
        if name in self.makers:
            return self.makers[name]
        first = re.split(r"[\s-]", name, maxsplit=1)[0]
        family = self.families.get(first)
        return family.maker if family else None


def _glued_name(doc: Doc, start: int, end: int, label: str, name: str) -> tuple[int, int, str, str | None]:
    """`Global-MMLU`, `MMLU-Redux`: a benchmark's name hyphened to a capitalised word is another benchmark's name,
    read as written (no canonical name from the alias table)."""
    glued_before = (
        start >= 2
        and doc[start - 1].text == "-"
        and not doc[start - 2].whitespace_
        and not doc[start - 1].whitespace_
        and doc[start - 2].text[:1].isupper()
    )
    glued_after = (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].text[:1].isupper()
    )
    if not glued_before and not glued_after:
        return start, end, label, name
    return start - 2 * glued_before, end + 2 * glued_after, label, None


def _version_end(doc: Doc, end: int) -> int:
    """The end of a version number written right after a benchmark's name, or `end` if none."""
    if end >= len(doc) or not doc[end - 1].whitespace_:
        return end
    token = doc[end]
    if not BENCHMARK_VERSION.match(token.text):
        return end
    if end + 1 < len(doc) and doc[end + 1].lower_ in NOT_AFTER_VERSION:
        return end
    return end + 1
