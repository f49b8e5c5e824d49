"""The pipeline: one spaCy pipeline and the extractors, built once, run over a stream of articles.

text -> Doc (tokenizer, line breaks, sentences, span rulers for entities, cues
and figures) -> spans (DocSpans) -> typed records. Nothing is downloaded: the
pipeline is `spacy.blank("en")` plus rule components.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from decimal import Decimal

import numpy
import spacy
from spacy.attrs import IS_SPACE, ORTH, SENT_START
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from .corpus import Article
from .entities import ENTITIES_KEY, EntityResolver
from .figures import NumberClaims
from .numbers import WORD_FIGURE, Figure, NumberGrammar
from .records import Claim, sort_key
from .ruler import Ruler  # noqa: F401  (registers the claimx_ruler factory)
from .ruleset import RuleSet
from .sieve import Sieve
from .spans import CUES_KEY, DocSpans
from .tables import TableClaims, find_tables, table_line_test

BATCH_SIZE = 32


@Language.factory("claimx_sentence_fixes")
def make_sentence_fixes(nlp: Language, name: str):
    return SentenceFixes(nlp.vocab)


class SentenceFixes:
    """Corrections to the punctuation sentencizer, for the shapes of news text.

    A line break always ends a sentence (headlines, bullets and table rows stand
    alone), and a citation marker after a full stop (`hours.[2]`) belongs to the
    sentence it ends. Works on token arrays: no pass over the text in Python.
    """

    def __init__(self, vocab):
        self.open_bracket = vocab.strings.add("[")
        self.close_bracket = vocab.strings.add("]")
        self.newline_orths: dict[int, bool] = {}  # whitespace tokens seen, and whether they break a line

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) < 2:
            return doc
        orth, is_space, sent_start = doc.to_array([ORTH, IS_SPACE, SENT_START]).T
        breaks = numpy.flatnonzero(is_space[:-1] & ~is_space[1:].astype(bool))
        line_breaks = [i for i in breaks.tolist() if self._has_newline(doc.vocab, orth[i])]
        if line_breaks:
            sent_start[numpy.array(line_breaks) + 1] = 1
            doc.from_array([SENT_START], sent_start.reshape(-1, 1))
        for i in numpy.flatnonzero(orth[:-2] == self.open_bracket).tolist():
            if orth[i + 2] == self.close_bracket and doc[i + 1].is_digit:
                self._keep_citation(doc, i)
        return doc

    def _has_newline(self, vocab, orth: int) -> bool:
        if orth not in self.newline_orths:
            self.newline_orths[orth] = "\n" in vocab.strings[orth]
        return self.newline_orths[orth]

    @staticmethod
    def _keep_citation(doc: Doc, bracket: int) -> None:
        """`hours.[2] Mixtral`: the sentence ends after the bracket, not inside it."""
        inside = range(bracket, bracket + 3)
        if bracket == 0 or not any(doc[i].is_sent_start for i in inside):
            return
        for i in inside:
            doc[i].is_sent_start = False
        if bracket + 3 < len(doc):
            doc[bracket + 3].is_sent_start = True


@dataclass(frozen=True)
class Extraction:
    """What came out of one article: its records, or the error that stopped it."""

    article: Article
    claims: list[Claim]
    error: str | None = None


def build_nlp(rules: RuleSet, entity_patterns: list[dict], word_figure_patterns: list[dict]) -> Language:
    """`spacy.blank("en")` with the rule set's tokenizer additions, sentences, and two rulers: names and cues."""
    nlp = spacy.blank("en")
    _customise_tokenizer(nlp, rules)
    nlp.add_pipe("sentencizer", config={"punct_chars": sorted(Sentencizer.default_punct_chars)})
    nlp.add_pipe("claimx_sentence_fixes")
    cue_patterns = [{"label": c.label, "pattern": c.pattern, "id": c.id} for c in rules.cues]
    rulers = (
        (ENTITIES_KEY, "ORTH", True, entity_patterns),
        (CUES_KEY, "LOWER", False, cue_patterns + word_figure_patterns),
    )
    for key, attr, longest_first, patterns in rulers:
        config = {"spans_key": key, "phrase_matcher_attr": attr, "longest_first": longest_first}
        nlp.add_pipe("claimx_ruler", name=f"claimx_{key}", config=config).add_patterns(patterns)
    return nlp


class Extractor:
    """Everything compiled once per process; `extract` streams articles through it."""

    def __init__(self, rules: RuleSet):
        self.rules = rules
        self.resolver = EntityResolver(rules)
        self.grammar = NumberGrammar(rules.numbers)
        self.nlp = build_nlp(rules, self.resolver.ruler_patterns(rules), self.grammar.word_figure_patterns())
        self.number_claims = NumberClaims(rules, self.resolver)
        scales = {k.lower(): Decimal(str(v)) for k, v in rules.numbers.scales.items()}
        self.table_claims = TableClaims(rules, scales)
        self.sieve = Sieve(rules)

    def extract(self, articles: Iterable[Article], batch_size: int = BATCH_SIZE) -> Iterator[Extraction]:
        """Records per article, in the order given; one article's failure never stops the others.

        No `memory_zone`: it made extraction a third slower (every zone tokenizes
        cold), and the vocabulary it would free grows only with the corpus's words.
        """
        articles = iter(articles)
        while chunk := list(itertools.islice(articles, batch_size)):
            texts = [self.sieve.sieve(a.text) for a in chunk]
            for article, text, doc in zip(chunk, texts, self.nlp.pipe(texts, batch_size=batch_size), strict=True):
                yield self._extraction(doc, article, text)

    def _extraction(self, doc: Doc, article: Article, text: str) -> Extraction:
        try:
            return Extraction(article, self.claims(doc, article, text))
        except Exception as exc:  # a rule bug must cost one file, not the run
            return Extraction(article, [], f"internal error while extracting: {type(exc).__name__}: {exc}")

    def claims(self, doc: Doc, article: Article, text: str) -> list[Claim]:
        """Records of one article; `text` is what the pipeline read (the article, its claimless lines blanked)."""
        spans = DocSpans(doc, article, text, self.resolver.resolve(doc, text))
        spans.figures = self._figures(spans)
        tables = find_tables(text)
        claims = [
            *self.table_claims.extract(spans, tables),
            *self.number_claims.extract(spans, table_line_test(tables)),
        ]
        return sorted(claims, key=sort_key)

    def _figures(self, spans: DocSpans) -> list[Figure]:
        """The grammar's figures placed on tokens, minus numbers inside names and cue phrases ('per 1M tokens')."""
        doc, text = spans.doc, spans.text
        in_words = (
            self.grammar.read_words(text, doc[cue.start].idx) for cue in spans.cues_by_label.get(WORD_FIGURE, ())
        )
        figures = []
        for figure in itertools.chain(self.grammar.find(text), in_words):
            if figure is None:
                continue
            first, end = spans.tokens_of(figure.start, figure.end)
            if not spans.overlaps_entity(first, end) and not spans.inside_cue(first, end):
                figures.append(replace(figure, token_start=first, token_end=end))
        return sorted(figures, key=lambda f: f.start)


def _customise_tokenizer(nlp: Language, rules: RuleSet) -> None:
    """Add the rule set's prefixes, suffixes, infixes and special cases to spaCy's English tokenizer."""
    extra = rules.tokenizer
    defaults = nlp.Defaults
    tokenizer = nlp.tokenizer
    tokenizer.prefix_search = compile_prefix_regex([*defaults.prefixes, *extra.prefixes]).search
    tokenizer.suffix_search = compile_suffix_regex([*defaults.suffixes, *extra.suffixes]).search
    tokenizer.infix_finditer = compile_infix_regex([*defaults.infixes, *extra.infixes]).finditer
    for case in extra.special_cases:
        tokenizer.add_special_case(case, [{ORTH: case}])
