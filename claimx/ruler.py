"""A span ruler compiled for speed: phrases wherever possible.

Patterns have the shape of spaCy's SpanRuler (`{"label", "pattern", "id"}`, a
string is a phrase, a list a token pattern). The differences are speed:

- a token pattern made only of words (ORTH or LOWER, `IN` lists, `OP: "?"`)
  is expanded into the phrases it admits, so the trie-based PhraseMatcher
  finds it in one pass; only the other token patterns go to the Matcher, whose
  Python-level predicates (`IN`, `REGEX`) would otherwise be tried on every
  token of every document;
- matches are stored as plain `Match` tuples in `doc.user_data[key]`, not as
  a SpanGroup: building and reading back a Span per match cost more than
  finding them.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable
from typing import NamedTuple

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

WORD_KEYS = {"ORTH", "TEXT", "LOWER"}
LEXEME_ATTRS = {"ORTH": "orth", "LOWER": "lower"}  # the phrase matcher attributes a word's lexeme gives


class Match(NamedTuple):
    """A ruler match: tokens `start..end`, the pattern's label and id."""

    start: int
    end: int
    label: str
    id: str


MAX_PHRASES_PER_PATTERN = 5000
# a `Match` made from a plain tuple in C: the NamedTuple's own constructor is a Python function, and a document has
# dozens of cues
_as_match = functools.partial(tuple.__new__, Match)


def matches(doc: Doc, key: str) -> list[Match]:
    """The matches a ruler stored on `doc` under `key`."""
    return doc.user_data.get(key, [])


def _longest_first(found: list[Match]) -> list[Match]:
    """Overlapping matches resolved as spaCy's `filter_spans` does: longest first, then earliest. `found` is
    sorted; where no match overlaps the next (two documents in three), they are all kept, as they are."""
    if all(match.end <= after.start for match, after in itertools.pairwise(found)):
        return found
    taken: set[int] = set()
    kept = []
    for match in sorted(found, key=lambda m: (m.start - m.end, m.start)):
        if taken.isdisjoint(range(match.start, match.end)):
            kept.append(match)
            taken.update(range(match.start, match.end))
    return sorted(kept)


@Language.factory(
    "claimx_ruler",
    default_config={"key": "ruler", "phrase_matcher_attr": "LOWER", "longest_first": False},
)
def make_ruler(nlp: Language, name: str, key: str, phrase_matcher_attr: str, longest_first: bool):
    return Ruler(nlp, key, phrase_matcher_attr, longest_first)


class Ruler:
    def __init__(self, nlp: Language, key: str, phrase_matcher_attr: str, longest_first: bool):
        self.nlp = nlp
        self.key = key
        self.attr = phrase_matcher_attr
        self.longest_first = longest_first
        self.phrases = PhraseMatcher(nlp.vocab, attr=phrase_matcher_attr)
        self.matcher = Matcher(nlp.vocab, validate=True)
        self.labels: dict[int, tuple[str, str]] = {}

    def add_patterns(self, patterns: Iterable[dict]) -> None:
        for pattern in patterns:
            label, spec, pattern_id = pattern["label"], pattern["pattern"], pattern.get("id", "")
            key = f"{label}\x1f{pattern_id}"
            self.labels[self.nlp.vocab.strings.add(key)] = (label, pattern_id)
            if isinstance(spec, str):
                self.phrases.add(key, [self.nlp.make_doc(spec)])
            elif (phrases := self._as_phrases(spec)) is not None:
                self.phrases.add(key, [list(map(self._word_key, words)) for words in phrases])
            else:
                self.matcher.add(key, [spec])

    def _word_key(self, word: str) -> int:
        """A word as the PhraseMatcher keys it: its lexeme's ORTH or LOWER, what it would read from a Doc of the
        phrase's words. A pattern's phrases are its words' combinations, thousands of them: given as these keys
        they are added without a Doc made for each."""
        return getattr(self.nlp.vocab[word], LEXEME_ATTRS[self.attr])

    def __call__(self, doc: Doc) -> Doc:
        matches = self.phrases(doc)  # each phrase's key once at each span: a span is one sequence of words
        if len(self.matcher):
            matches = {*matches, *self.matcher(doc)}  # a token pattern may find what a phrase of its key finds
        found = sorted([_as_match((s, e) + self.labels[m]) for m, s, e in matches if s < e])
        doc.user_data[self.key] = _longest_first(found) if self.longest_first else found
        return doc

    def _words(self, token: dict) -> list[str] | None:
        """The words a token spec admits, if it tests nothing but its text, in this ruler's case."""
        keys = set(token) - {"OP"}
        if len(keys) != 1:
            return None
        (key,) = keys
        value = token[key]
        if isinstance(value, str):
            words = [value]
        elif isinstance(value, dict) and set(value) == {"IN"}:
            words = list(value["IN"])
        else:
            return None
        if key not in WORD_KEYS:
            return None
        if key != "LOWER" and self.attr == "LOWER" and any(w != w.lower() for w in words):
            return None  # an exact-case test ("Fable") cannot be run on lower case
        if (key == "LOWER" and self.attr != "LOWER") or self.attr not in LEXEME_ATTRS:
            return None
        return words

    def _as_phrases(self, spec: list[dict]) -> list[tuple[str, ...]] | None:
        """Every word sequence a word-only pattern admits, or None if it is not word-only or admits too many."""
        choices = []
        for token in spec:
            words = self._words(token)
            op = token.get("OP")
            if words is None or op not in (None, "?"):
                return None
            choices.append([*words, None] if op == "?" else words)
        size = 1
        for choice in choices:
            size *= len(choice)
        if size > MAX_PHRASES_PER_PATTERN:
            return None
        phrases = {tuple(w for w in combo if w is not None) for combo in itertools.product(*choices)}
        return sorted(p for p in phrases if p)
