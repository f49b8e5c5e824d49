"""Shared pieces of the rule schema: strict models, the hyphens names may hold, span-ruler patterns and their
checks, and regex helpers the sections use."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationInfo, field_validator

from ..regexes import check_regex

HYPHEN = "[\\-\u2010\u2011]"  # a hyphen, a Unicode hyphen, a non-breaking hyphen: GPT-2, GPT‐2, GPT‑2


UNICODE_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})  # read as the hyphen they print as


EntityType = Literal["model", "org", "chip", "system", "benchmark", "outlet", "platform", "person", "place"]


UnitClass = Literal["count", "money", "percent", "ratio", "other"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SpanPattern(Strict):
    """A span-ruler pattern, as in spaCy's SpanRuler: a string is a phrase, a list a token pattern."""

    id: str
    label: str
    pattern: str | list[dict[str, Any]]

    @field_validator("pattern")
    @classmethod
    def _valid_token_pattern(cls, pattern, info: ValidationInfo):
        if isinstance(pattern, list):
            if (info.context or {}).get(CHECK_TOKEN_PATTERNS, True):
                check_token_pattern(pattern)
            for regex in token_regexes(pattern):
                check_regex(regex, "REGEX")
        elif not pattern.strip():
            raise ValueError("empty phrase")
        return pattern


# A validation context key: whether spaCy checks token patterns. The shipped rule files' patterns are checked by
# the tests (tests/test_ruleset.py), not on every run: spaCy's import is most of a warm `claimx check`'s start-up.
# A user's rule file is always checked as it is read.
CHECK_TOKEN_PATTERNS = "check_token_patterns"


def check_token_pattern(pattern: list[dict[str, Any]]) -> None:
    from spacy.schemas import validate_token_pattern  # spaCy only where a user's rule is read: --help stays fast

    errors = validate_token_pattern(pattern)
    if errors:
        raise ValueError("; ".join(errors))


def token_regexes(value: Any) -> Iterable[str]:
    """The `REGEX` values anywhere in a token pattern: `{"LOWER": {"REGEX": "^gpt"}}`."""
    if isinstance(value, dict):
        for key, inner in value.items():
            if key == "REGEX" and isinstance(inner, str):
                yield inner
            else:
                yield from token_regexes(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from token_regexes(inner)


def each_compiles(patterns: list[str], what: str) -> list[str]:
    return [check_regex(pattern, what) for pattern in patterns]


def every_way_rated(confidence: dict[str, str], ways) -> None:
    """A confidence table rates every way an attribution can be found, or none (the defaults)."""
    missing = set(ways.__args__) - set(confidence)
    if confidence and missing:
        raise ValueError(f"confidence: no rating for {sorted(missing)}")


def any_of(patterns: Iterable[str]) -> str:
    """An alternation of regex patterns, in order; each run of patterns opening on a word boundary (and holding
    no `|` of their own outside brackets) shares one `\\b`: the engine then tests the boundary once at each
    position, not once per pattern (twice as fast)."""
    runs = []
    for bounded, run in itertools.groupby(patterns, key=_opens_on_boundary):
        if bounded:
            runs.append(r"\b(?:" + "|".join(f"(?:{pattern[2:]})" for pattern in run) + ")")
        else:
            runs += [f"(?:{pattern})" for pattern in run]
    return "|".join(runs) or "(?!)"


def _opens_on_boundary(pattern: str) -> bool:
    """`\\b...` with no alternation at its top level: `\\bfoo|bar` may match `bar` anywhere."""
    if not pattern.startswith(r"\b"):
        return False
    depth, escaped, in_class = 0, False, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            return False
    return True
