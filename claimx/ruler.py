"""A span ruler compiled for speed: phrases wherever possible.

Patterns have the shape of spaCy's SpanRuler (`{"label", "pattern", "id"}`, a
string is a phrase, a list a token pattern) and the component writes
`doc.spans[key]` like it. The difference is how patterns run: a token pattern
made only of words (ORTH or LOWER, `IN` lists, `OP: "?"`) is expanded into the
phrases it admits, so the trie-based PhraseMatcher finds it in one pass; only
the other token patterns go to the Matcher, whose Python-level predicates
(`IN`, `REGEX`) would otherwise be tried on every token of every document.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

WORD_KEYS = {"ORTH", "TEXT", "LOWER"}
MAX_PHRASES_PER_PATTERN = 5000


@Language.factory(
    "claimx_ruler",
    default_config={"spans_key": "ruler", "phrase_matcher_attr": "LOWER", "longest_first": False},
)
def make_ruler(nlp: Language, name: str, spans_key: str, phrase_matcher_attr: str, longest_first: bool):
    return Ruler(nlp, spans_key, phrase_matcher_attr, longest_first)


class Ruler:
    def __init__(self, nlp: Language, spans_key: str, phrase_matcher_attr: str, longest_first: bool):
        self.nlp = nlp
        self.key = spans_key
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
                self.phrases.add(key, [Doc(self.nlp.vocab, words=list(words)) for words in phrases])
            else:
                self.matcher.add(key, [spec])

    def __call__(self, doc: Doc) -> Doc:
        matches = list(self.phrases(doc))
        if len(self.matcher):
            matches.extend(self.matcher(doc))
        unique = sorted({(s, e, m) for m, s, e in matches if s < e})  # tuples: hashing a Span reads its text
        spans = [Span(doc, s, e, label=self.labels[m][0], span_id=self.labels[m][1]) for s, e, m in unique]
        doc.spans[self.key] = filter_spans(spans) if self.longest_first else spans
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
        if key == "LOWER" and self.attr != "LOWER":
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
