"""The rule files: their schema, loading, merging and validation.

Rules are data. The shipped files live in `claimx/rules/*.yaml`; a user adds
their own with `--rules FILE` or a `claimx.yaml` in the corpus. Every file is
validated on its own (so errors name the file and line), then all are merged:
lists are concatenated, mappings updated, scalars replaced by the later file.
The schema's sections live in this package's modules, one per concern.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Collection, Iterable, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import Field

from ..literals import alternation
from ..regexes import check_regex
from ..yamlfile import ConfigError, Problem, locate, read_yaml, validate
from .base import (
    CHECK_TOKEN_PATTERNS,
    HYPHEN,
    UNICODE_HYPHENS,
    EntityType,
    SpanPattern,
    Strict,
    UnitClass,
    any_of,
)
from .claims import AttributionRules, ComparisonAttribute, ComparisonRules, CueWindow, NumberClaimRule, ScoreRules
from .conflicts import ConflictRules
from .events import EventAnaphors, EventRules
from .names import EntityRule, FamilyRule, NamePattern, NamePatternError, NameShapes
from .quotes import QuoteRules, SpeakerLink
from .tables import TableColumnRule, TableRules
from .words import DateWords, NumberWords, Qualifiers, TokenizerRules, Unit

__all__ = [
    "AttributionRules",
    "CHECK_TOKEN_PATTERNS",
    "ComparisonAttribute",
    "ComparisonRules",
    "ConflictRules",
    "CueWindow",
    "DateWords",
    "EntityRule",
    "EntityType",
    "EventAnaphors",
    "EventRules",
    "FamilyRule",
    "HYPHEN",
    "NamePattern",
    "NamePatternError",
    "NameShapes",
    "NumberClaimRule",
    "NumberWords",
    "Qualifiers",
    "QuoteRules",
    "RuleFile",
    "RuleSet",
    "SHIPPED_RULE_FILES",
    "ScoreRules",
    "SpanPattern",
    "SpeakerLink",
    "Strict",
    "TableColumnRule",
    "TableRules",
    "TokenizerRules",
    "UNICODE_HYPHENS",
    "Unit",
    "UnitClass",
    "any_of",
    "load_rules",
    "merge_rule_texts",
    "shipped_rule_texts",
]

SHIPPED_RULE_FILES = (
    "tokenizer.yaml",
    "numbers.yaml",
    "dates.yaml",
    "entities.yaml",
    "claims.yaml",
    "tables.yaml",
    "quotes.yaml",
    "conflicts.yaml",
)


class RuleFile(Strict):
    """One rule file: any subset of the sections."""

    vocab: dict[str, Any] = Field(default={}, description="Free space for YAML anchors; not read.")
    tokenizer: TokenizerRules = TokenizerRules()
    numbers: NumberWords = NumberWords()
    dates: DateWords = DateWords()
    events: EventRules = EventRules()
    quotes: QuoteRules = QuoteRules()
    entities: list[EntityRule] = []
    families: list[FamilyRule] = []
    names: NameShapes = NameShapes()
    name_patterns: list[NamePattern] = []
    cues: list[SpanPattern] = []
    number_claims: list[NumberClaimRule] = []
    comparisons: ComparisonRules = ComparisonRules()
    attribution: AttributionRules = AttributionRules()
    conflicts: ConflictRules = ConflictRules()
    scores: ScoreRules = ScoreRules()
    tables: TableRules = TableRules()


class RuleSet(RuleFile):
    """All rule files merged, with a version that changes whenever any of them does."""

    version: str = ""
    sources: list[str] = []

    def name_regex(self) -> re.Pattern:
        """All name patterns as one regular expression, a named group per pattern (`p0`, `p1`, ...), each pattern
        checked first: `NamePatternError` names the first that does not compile or can backtrack catastrophically."""
        regexes = self._filled_name_patterns()
        for i, (pattern, regex) in enumerate(zip(self.name_patterns, regexes, strict=True)):
            try:
                check_regex(regex, f"name pattern {pattern.id!r}")
            except ValueError as exc:
                raise NamePatternError(i, str(exc)) from None
        return re.compile(self._name_alternation(regexes))

    def name_pattern(self) -> str:
        """The text of `name_regex`, its patterns not checked again: a rule set `merge_rule_texts` made has had them
        checked (the shipped ones by the tests), and the check parses each of them twice."""
        return self._name_alternation(self._filled_name_patterns())

    def _name_alternation(self, regexes: list[str]) -> str:
        groups = "|".join(f"(?P<p{i}>{regex})" for i, regex in enumerate(regexes))
        return rf"{self.name_start().pattern}(?:{groups or '(?!)'})(?![\w])"

    def _filled_name_patterns(self) -> list[str]:
        """Each name pattern's regex, its placeholders (`{family}`, `{version}`, ...) filled."""
        not_benchmarks = alternation(self.names.not_benchmarks) or "(?!)"
        parts = {
            "family": alternation(f.family for f in self.families),
            "tier": alternation(self.names.tiers),
            "lower_tier": alternation(self.names.lowercase_tiers) or "(?!)",
            "hyphened_tier": alternation(self.names.hyphened_tiers) or "(?!)",
            "model_kind": alternation(self.names.model_kind_words) or "(?!)",
            "family_tier": alternation(t for f in self.families for t in f.tiers),
            "version": self.names.version,
            "size": self.names.size,
            "small_size": self.names.small_size,
            "not_name": alternation(self.not_name_words()) or "(?!)",
            "benchmark_word": rf"(?!(?:{not_benchmarks})\b){self.names.benchmark_word}",
            "glued_adjective": alternation(self.names.glued_adjectives) or "(?!)",
            "org": alternation(n for e in self.entities if e.type == "org" for n in (e.name, *e.aliases)) or "(?!)",
            "yearly": alternation(e.name for e in self.entities if e.yearly) or "(?!)",
            "hyphen": HYPHEN,
            "sep": f"(?:[ {HYPHEN[1:-1]}])",
        }
        placeholder = re.compile(r"\{(" + "|".join(parts) + r")\}")
        return [placeholder.sub(lambda m: f"(?:{parts[m.group(1)]})", p.regex) for p in self.name_patterns]

    def name_start(self) -> re.Pattern:
        """Where a name may start: a capital, or a family's code in lower case (gpt-5-mini). Before the name
        patterns, it lets the regex engine skip everything else fast."""
        codes = alternation(f.family.lower() for f in self.families) or "(?!)"
        return re.compile(rf"(?=[A-Z]|(?:{codes})-\d)\b")

    def not_name_words(self) -> set[str]:
        """Capitalised words that begin or make no one's name: the quotes section's, the names section's ('Over
        70B'), and the dates section's weekdays and month names ("Last Thursday I", "June Lee" aside; "May" is
        a name too)."""
        months = {m.capitalize() for m in self.dates.months if len(m) > 3}
        weekdays = (d.capitalize() for d in self.dates.weekdays)
        return {*self.quotes.not_first_names, *self.names.not_names, *months, *weekdays}

    def unknown_labels(self) -> dict[str, list[str]]:
        """Number claim rules naming a label that is neither a cue label nor an entity type."""
        known = {cue.label for cue in self.cues} | set(EntityType.__args__)
        unknown = {}
        for rule in self.number_claims:
            windows = [w for w in (rule.after, rule.before, rule.near, rule.unless_before, rule.unless_after) if w]
            named = {label for window in windows for label in window.labels}
            missing = (named | {*rule.in_sentence, *rule.implied_only_with}) - known
            if missing:
                unknown[rule.id] = sorted(missing)
        return unknown


def shipped_rule_texts() -> list[tuple[str, str]]:
    folder = resources.files("claimx") / "rules"
    return [(f"claimx/rules/{name}", (folder / name).read_text(encoding="utf-8")) for name in SHIPPED_RULE_FILES]


def load_rules(extra_files: Sequence[Path] = (), extra_texts: Sequence[tuple[str, str]] = ()) -> RuleSet:
    """The shipped rules plus the user's (named texts, then files), validated; raises `ConfigError` listing
    every problem."""
    shipped = shipped_rule_texts()
    named_texts = [*shipped, *extra_texts]
    for file in extra_files:
        try:
            named_texts.append((str(file), Path(file).read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError([Problem(str(file), None, None, f"cannot read rule file: {exc}")]) from None
    return merge_rule_texts(named_texts, checked={name for name, _ in shipped})


def merge_rule_texts(named_texts: Iterable[tuple[str, str]], checked: Collection[str] = ()) -> RuleSet:
    """The named rule texts merged in order into one validated rule set; the token patterns of the texts named in
    `checked` are taken as valid (the tests check the shipped ones), every other's are checked by spaCy."""
    problems: list[Problem] = []
    merged: dict[str, Any] = {}
    digest = hashlib.sha256()
    sources = []
    defined_in: dict[str, str] = {}
    name_patterns_from: list[tuple[str, str, int]] = []  # file, text and index of each name pattern, in order
    for name, text in named_texts:
        digest.update(text.encode("utf-8"))
        sources.append(name)
        context = {CHECK_TOKEN_PATTERNS: name not in checked}
        try:
            rule_file = validate(RuleFile, read_yaml(text, name), text, name, context)
        except ConfigError as exc:
            problems.extend(exc.problems)
            continue
        defined_in.update((rule.id, name) for rule in rule_file.number_claims)
        name_patterns_from += [(name, text, i) for i in range(len(rule_file.name_patterns))]
        merged = _merge(merged, rule_file.model_dump(exclude_unset=True, exclude={"vocab"}))
    if problems:
        raise ConfigError(problems)
    merged |= {"version": digest.hexdigest()[:16], "sources": sources}
    rules = RuleSet.model_validate(merged, context={CHECK_TOKEN_PATTERNS: False})  # each file's were checked above
    try:
        if not set(sources) <= set(checked):  # the shipped patterns are checked by the tests; a warm check skips it
            rules.name_regex()
    except NamePatternError as exc:
        name, text, i = name_patterns_from[exc.index]
        line, column = locate(yaml.compose(text, Loader=yaml.SafeLoader), ("name_patterns", i, "regex"))
        raise ConfigError([Problem(name, line, column, str(exc))]) from None
    unknown = rules.unknown_labels()
    if unknown:
        raise ConfigError(
            [
                Problem(defined_in[rule_id], None, None, f"number claim rule {rule_id!r} uses unknown labels {labels}")
                for rule_id, labels in unknown.items()
            ]
        )
    return rules


def _merge(base: Any, extra: Any) -> Any:
    if isinstance(base, dict) and isinstance(extra, dict):
        out = dict(base)
        for key, value in extra.items():
            out[key] = _merge(base[key], value) if key in base else value
        return out
    if isinstance(base, list) and isinstance(extra, list):
        return base + extra
    return extra
