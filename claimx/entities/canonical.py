"""Canonical names: one name per thing, however an article writes it. The alias table's names and the ways the
press writes them (the span ruler's patterns); a family's version joined by the family's separator, a tier in the
maker's order, sizes in capitals, an API id's hyphened point read as a point: so `GLM 5.2` is `GLM-5.2` and
`claude-3-5-haiku` is `Claude 3.5 Haiku`. And what a name says beyond itself: its family, its maker, the model a
family's bare name means after a versioned one."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..ruleset import UNICODE_HYPHENS, EntityRule, FamilyRule, RuleSet
from .base import Entity

VERSION = re.compile(r"\d{1,2}(?:\.\d{1,2})?")  # a version written before a tier: "3.5 Sonnet"
LOWER_SIZE = re.compile(r"[ae]?\d+(?:x\d+)?(?:\.\d+)?[bt]")  # a size in lower case, as repositories write it
# an API id's version with its point written as a hyphen: claude-3-5-sonnet is Claude 3.5 Sonnet (never the
# snapshot's month of gpt-4-0613)
HYPHENED_POINT = re.compile(r"(?<=[a-z]-)(\d)-(\d)(?![\d.])")


def _size_case(word: str) -> str:
    """A size as names write it: `405b` -> `405B`, `a12b` -> `A12B`."""
    return word.upper() if LOWER_SIZE.fullmatch(word) else word


def _in_makers_order(family: FamilyRule, words: list[str]) -> list[str]:
    """A version and a tier in the order the maker writes them for that version: `Claude 4 Opus` is `Claude Opus
    4`, `Claude Sonnet 3.5` is `Claude 3.5 Sonnet`, where the family says from which version the tier comes first."""
    if family.tier_first_from is None or len(words) != 2:
        return words
    tier_first = words[0] in family.tiers
    tier, version = words if tier_first else words[::-1]
    if tier not in family.tiers or not VERSION.fullmatch(version):
        return words
    return [tier, version] if float(version) >= family.tier_first_from else [version, tier]


def _written_ways(rule: EntityRule) -> list[str]:
    """A name and its aliases; a model's or benchmark's hyphens may be spaces too (`MATH 500`), and a model's
    lower-case words after the first capitalised (`o3 Mini`, `o3-Mini`), as the press writes them."""
    names = [rule.name, *rule.aliases]
    if rule.type in ("model", "benchmark"):
        names += [name.replace("-", " ") for name in names if "-" in name]
    if rule.type == "model":
        names += [_capitalised_after_first(name) for name in names]
    return names


def _capitalised_after_first(name: str) -> str:
    first, *rest = re.split(r"([ -])", name)
    return first + "".join(part[:1].upper() + part[1:] if part.islower() else part for part in rest)


class CanonicalNames:
    """The part of `EntityResolver` that gives a written name its canonical one, from the alias table and families
    its `__init__` indexes (`canonical` and `_family_words` are these methods, remembered per name)."""

    def ruler_patterns(self, rules: RuleSet) -> list[dict]:
        """Span-ruler patterns: every alias as a phrase, its id the canonical name; and every family's bare name
        the table does not give another meaning (`Mistral` is the company), as a model."""
        aliases = [
            {"label": rule.type, "pattern": alias, "id": rule.name}
            for rule in rules.entities
            for alias in dict.fromkeys(_written_ways(rule))
        ]
        bare = [
            {"label": "model", "pattern": f.family, "id": f.family}
            for f in rules.families
            if f.bare and f.family not in self.by_alias
        ]
        return aliases + bare

    def _read_canonical(self, text: str) -> str:
        """A name's canonical form (`canonical` remembers them): `GLM 5.2` -> `GLM-5.2`; `Qwen2.5` -> `Qwen 2.5`;
        `gpt-5-mini` -> `GPT-5 mini`; `Opus 4.8` -> `Claude Opus 4.8`; `ERNIE Large Model 5.0` -> `ERNIE 5.0`;
        aliases -> their name. A family's version joins it by the family's separator, any tier after it by a space,
        so one model written three ways is one subject."""
        text = text.translate(UNICODE_HYPHENS)  # a name written with a Unicode hyphen is the same name
        if text.islower():
            text = HYPHENED_POINT.sub(r"\1.\2", text)  # claude-3-5-sonnet: an API id's point as a hyphen
        text = self.model_kind.sub("", text)  # "ERNIE Large Model 5.0": what it is, no part of its name
        if text in self.by_alias:
            return self.by_alias[text].name
        if short_year := self.short_year.fullmatch(text):
            return f"{self.by_alias[short_year['name']].name} 20{short_year['year']}"
        family, found_words = self._family_words(text)
        if family is not None:
            words = [self.tier_case.get(w.lower(), w) if i else w for i, w in enumerate(found_words)]  # "pro" is Pro
            words = [_size_case(w) for w in words]  # "405b" is 405B
            words = _in_makers_order(family, words)
            name = family.family + (family.separator + " ".join(words) if words else "")
        elif (first := text.split(" ", 1)[0]) in self.family_of_tier:
            name = f"{self.family_of_tier[first].family} {text}"
        else:
            name = text
        return self.by_alias[name].name if name in self.by_alias else name

    def _read_family_words(self, text: str) -> tuple[FamilyRule | None, tuple[str, ...]]:
        """The family a name begins with (any case, a version glued on or not) and the words after it."""
        prefix = self.family_prefix.match(text)
        if prefix is None:
            return None, ()
        return self.family_by_lower[prefix.group().lower()], tuple(text[prefix.end() :].replace("-", " ").split())

    def named_in_full(self, name: str, latest_first: Iterable[Entity]) -> str | None:
        """The model a family's bare name, or its name and tier with no version, means: the latest of that family
        (and tier) named before, with its version: `Gemini reaches 86.7%` after `Gemini 2.5 Pro`, `Claude Opus
        scored` after `Claude 3 Opus`."""
        family, tiers = self._family_words(name)
        if family is None or any(c.isdigit() for tier in tiers for c in tier):
            return None
        for model in latest_first:
            if model.type != "model" or model.name == name:
                continue
            of, words = self._family_words(model.name)
            if of is family and set(tiers) <= set(words) and any(c.isdigit() for word in words for c in word):
                return model.name
        return None

    def maker(self, name: str) -> str | None:
        """The organisation that makes a model, from the alias table or the model's family."""
        if name in self.makers:
            return self.makers[name]
        family, _ = self._family_words(name)
        return family.maker if family else None
