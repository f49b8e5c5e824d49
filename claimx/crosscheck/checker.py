"""Every cross-check over one set of claims, and the keys under which claims can meet."""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Set

from ..records import Claim, Conflict
from ..ruleset import ConflictRules, RuleSet
from .derived import DerivedCheck
from .events import EventCheck
from .figures import FIGURE_KINDS, FigureCheck, by_attribute
from .positions import key_string
from .quotes import QuoteCheck, words


class CrossCheck:
    """`entity_types` maps the alias table's names to their type (a name not in it is a model); `sizes_of` the
    models whose name alone stands for a family of sizes to those sizes."""

    def __init__(
        self,
        settings: ConflictRules,
        entity_types: Mapping[str, str] | None = None,
        sizes_of: Mapping[str, list[str]] | None = None,
    ):
        self.settings = settings
        self.figures = FigureCheck(settings, entity_types or {}, sizes_of)
        self.derived = DerivedCheck(settings)
        self.events = EventCheck(settings, entity_types or {})
        self.quotes = QuoteCheck(settings)

    @classmethod
    def of(cls, rules: RuleSet) -> CrossCheck:
        return cls(rules.conflicts, {entity.name: entity.type for entity in rules.entities}, rules.names.sizes_of)

    def conflicts(
        self,
        claims: Iterable[Claim],
        involving: Set[str] | None = None,
        names: Callable[[str], set[str]] | None = None,
    ) -> list[Conflict]:
        """Every conflict among `claims`, in a stable order; given `involving` (paths), only those with a claim
        from one of those files. `names(path)` is every name an article's claims give, where `claims` are not
        all of them (a partition of a corpus); by default it is read from `claims`."""
        by_kind: dict[str, list[Claim]] = defaultdict(list)
        for claim in claims:
            by_kind[claim.kind].append(claim)
        figures = self.figures.positions(c for kind in FIGURE_KINDS for c in by_kind[kind])
        found = [
            *self.figures.conflicts(figures, involving, names or self._names(by_kind)),
            *self.derived.conflicts(by_kind["comparison"], by_attribute(figures), involving),
            *self.events.conflicts(by_kind["event"], involving),
            *self.quotes.conflicts(by_kind["quote"], involving),
        ]
        if involving is not None:  # a ratio in words against figures: any of its three claims
            found = [c for c in found if any(claim.source.path in involving for claim in c.claims)]
        return sorted(found, key=lambda c: (c.subject.lower(), c.key, c.id))

    def _names(self, by_kind: dict[str, list[Claim]]) -> Callable[[str], set[str]]:
        """Every name an article's claims give (subjects, what they are compared with, what events act on),
        gathered for an article when first asked: few articles have two figures of one key."""
        by_path: dict[str, list[Claim]] = defaultdict(list)
        for claims in by_kind.values():
            for claim in claims:
                by_path[claim.source.path].append(claim)

        @functools.cache
        def names(path: str) -> set[str]:
            return {name for claim in by_path[path] for name in self.names_given(claim)}

        return names

    def names_given(self, claim: Claim) -> set[str]:
        """The names a claim gives: its subject, what it is compared with, what an event acts on."""
        return {self.subject(name) for name in _names_given(claim) if name}

    def subject(self, name: str) -> str:
        return self.figures.subject(name)

    def keys(self, claim: Claim) -> set[str]:
        """Where `claim` can meet others: two claims can only be in one conflict if they share a key.

        `claimx check` stores these with the cache, to load of a large corpus only
        the claims that can meet the checked articles'.
        """
        if claim.kind in FIGURE_KINDS:
            return {key_string("figure", *self.figures.key(claim)[:3])}
        if claim.kind == "comparison":
            compared = self.derived.compared_detail(claim)
            keys = {
                key_string("figure", self.subject(name), *compared) for name in (claim.subject, claim.other) if name
            }
            return keys | (
                {key_string("ratio", *self.derived.ratio_key(claim))} if claim.relation == "ratio" else set()
            )
        if claim.kind == "event":
            return {key_string("event", action, *objects) for action, objects in self.events.keys(claim)}
        if claim.speaker is None:
            return set()
        return {key_string("words", words(claim.quote)), key_string("speaker", self.subject(claim.speaker))}


def _names_given(claim: Claim) -> list[str | None]:
    if claim.kind == "event":
        return list(claim.objects)
    if claim.kind == "quote":
        return []
    return [claim.subject, claim.other if claim.kind == "comparison" else None]
