"""The pipeline: one spaCy pipeline and the extractors, built once, run over a stream of articles.

text -> Doc (tokenizer, line breaks, sentences, span rulers for entities, cues
and figures) -> spans (DocSpans) -> typed records. Nothing is downloaded: the
pipeline is `spacy.blank("en")` plus rule components.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace

import numpy
import spacy
from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from .corpus import Article, Extraction
from .dates import DateMention, EventExtractor
from .entities import ENTITIES_KEY, EntityResolver
from .entities.resolver import TOKEN_STARTS_KEY
from .figures import NumberClaims
from .figures.asof import StatedDates
from .numbers import WORD_FIGURE, Figure, NumberGrammar, Place
from .quotes import QuoteExtractor, pair_quotation_marks
from .records import Claim, sort_key
from .ruler import Ruler  # noqa: F401  (registers the claimx_ruler factory)
from .ruleset import RuleSet
from .sieve import Sieve
from .spans import CUES_KEY, TOKENS_KEY, DocSpans, inside_any
from .tables import Table, TableClaims, find_tables, table_line_test
from .tiers import PriceTiers

BATCH_SIZE = 32
# Words whose tokens spaCy caches (its default is 10,000): varied news has more distinct words (every new
# figure is one), and an entry costs a few dozen bytes
TOKENIZER_CACHE_WORDS = 200_000
# a token's SENT_START as `Doc.from_array` takes it (uint64): 1 begins a sentence, -1 (wrapped around) does not
SENTENCE_START, NO_SENTENCE_START = numpy.uint64(1), numpy.uint64(2**64 - 1)


@Language.factory("claimx_sentences", default_config={"max_tokens": 250})
def make_sentences(nlp: Language, name: str, max_tokens: int):
    return Sentences(nlp.vocab, max_tokens)


class Sentences:
    """Sentence boundaries for news text, computed on token arrays (no Python loop over tokens).

    A sentence ends at a full stop, question or exclamation mark (spaCy's
    sentencizer punctuation); closing quotes and brackets stay with it, and so
    does a citation marker (`hours.[2]`). A line break ends a sentence too, so
    headlines, bullets and table rows stand alone; but a single line break
    before a lower-case word or a comma is a hard-wrapped line running on. A sentence
    longer than `max_tokens` is cut into pieces that long: no news sentence is,
    and rules that look across a sentence must not see a whole broken file.
    """

    def __init__(self, vocab, max_tokens: int):
        self.vocab = vocab
        self.max_tokens = max_tokens
        self.stops = _punctuation(vocab, Sentencizer.default_punct_chars)
        self.quote_marks = _punctuation(vocab, "\"“‘'«„")
        self.open_bracket = vocab.strings.add("[")
        self.close_bracket = vocab.strings.add("]")
        self.newline_orths: dict[int, int] = {}  # whitespace tokens seen, and how many line breaks they hold

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        tokens = doc.to_array([IDX, SPACY, ORTH, IS_PUNCT, IS_SPACE])
        doc.user_data[TOKENS_KEY] = tokens[:, :2]  # DocSpans reads them too: the doc's tokens are read once
        doc.user_data[TOKEN_STARTS_KEY] = tokens[:, 0].tolist()  # and the resolver, as a list
        _, spaced, orth, is_punct, is_space = tokens.T
        is_space, is_punct = is_space.astype(bool), is_punct.astype(bool)
        starts = numpy.zeros(len(doc), dtype=bool)
        starts[0] = True
        # full stops and quotation marks are all punctuation to spaCy: looked up in a set among the punctuation
        # tokens alone, a tenth of the doc (numpy.isin against 128 marks took as long as the rest of this method)
        punct = numpy.flatnonzero(is_punct).tolist()
        marks = list(zip(punct, orth[punct].tolist(), strict=True))
        # an opening quotation mark (a space or a line break before it) begins the next sentence instead of
        # ending this one
        after_space = numpy.concatenate(([True], spaced[:-1].astype(bool) | is_space[:-1]))
        opening = numpy.zeros(len(doc), dtype=bool)
        opening[[i for i, mark in marks if mark in self.quote_marks]] = True
        opening &= after_space
        carried = (is_punct & ~opening) | is_space | self._citations(orth)
        spaces = numpy.flatnonzero(is_space[:-1])
        line_breaks = {  # whitespace token -> the line breaks it holds
            i: newlines
            for i, o in zip(spaces.tolist(), orth[spaces].tolist(), strict=True)
            if (newlines := self._newlines(o))
        }
        # what opens the next line never closes the sentence before it: `### Heading`, `- item`, `| cell`
        carried[numpy.array(list(line_breaks), dtype=int) + 1] = False
        stops = numpy.array([i for i, mark in marks if mark in self.stops], dtype=int)
        self._mark_next(starts, stops, numpy.flatnonzero(~carried))
        # a single line break before a lower-case word, a comma or a semicolon is a hard-wrapped line running on
        # (`such as e5-mistral-7b-instruct\n, which has 7.1 billion parameters`: a page's markup broke it)
        strings = self.vocab.strings
        breaks = [i for i, newlines in line_breaks.items() if newlines > 1 or not _runs_on(strings[orth[i + 1]])]
        self._mark_next(starts, numpy.array(breaks, dtype=int), numpy.flatnonzero(~is_space))
        self._cut_long(starts)
        doc.from_array([SENT_START], numpy.where(starts, SENTENCE_START, NO_SENTENCE_START).reshape(-1, 1))
        return doc

    def _citations(self, orth):
        """Tokens of `[2]` markers: they follow the sentence they cite for. Looked for after the few `[` tokens
        alone: a digit flag read for every token cost a fifth of `doc.to_array`."""
        mask = numpy.zeros(len(orth), dtype=bool)
        for i in numpy.flatnonzero(orth[:-2] == self.open_bracket).tolist():
            if orth[i + 2] == self.close_bracket and self.vocab[orth[i + 1]].is_digit:
                mask[i : i + 3] = True
        return mask

    @staticmethod
    def _mark_next(starts, after, candidates) -> None:
        """Mark, for each position in `after`, the first candidate token following it as a sentence start."""
        if not len(after) or not len(candidates):
            return
        following = numpy.searchsorted(candidates, after + 1)
        starts[candidates[following[following < len(candidates)]]] = True

    def _cut_long(self, starts) -> None:
        # a loop over the twenty-odd sentences of an article: cheaper than the half-dozen numpy calls it replaced
        bounds = numpy.flatnonzero(starts).tolist()
        bounds.append(len(starts))
        for start, end in itertools.pairwise(bounds):
            if end - start > self.max_tokens:
                starts[start + self.max_tokens : end : self.max_tokens] = True

    def _newlines(self, orth: int) -> int:
        if orth not in self.newline_orths:
            self.newline_orths[orth] = self.vocab.strings[orth].count("\n")
        return self.newline_orths[orth]


def _runs_on(word: str) -> bool:
    """Does a line opening on `word` run on from the line before: a lower-case word, a comma or a semicolon? Not
    a lower-case word with a digit, a model's name (`o3 is the successor to o1` after a heading)."""
    return (word[:1].islower() and not any(c.isdigit() for c in word)) or word[:1] in (",", ";")


def _punctuation(vocab, marks) -> frozenset[int]:
    """The marks' hashes, each checked to be punctuation to spaCy: `Sentences` looks for them among
    punctuation tokens only."""
    if not all(vocab[mark].is_punct for mark in marks):
        raise ValueError("sentence marks must be punctuation")
    return frozenset(vocab.strings.add(mark) for mark in marks)


def build_nlp(rules: RuleSet, entity_patterns: list[dict], extra_cue_patterns: list[dict]) -> Language:
    """`spacy.blank("en")` with the rule set's tokenizer additions, sentences, and two rulers: names and cues.

    A Doc's ruler matches are read with `claimx.ruler.matches(doc, key)`.
    """
    nlp = spacy.blank("en")
    nlp.tokenizer = WarmTokenizer(_tokenizer(nlp, rules))
    nlp.add_pipe("claimx_sentences", config={"max_tokens": rules.tokenizer.max_sentence_tokens})
    cue_patterns = [{"label": c.label, "pattern": c.pattern, "id": c.id} for c in rules.cues]
    rulers = (
        (ENTITIES_KEY, "ORTH", True, entity_patterns),
        (CUES_KEY, "LOWER", False, cue_patterns + extra_cue_patterns),
    )
    for key, attr, longest_first, patterns in rulers:
        config = {"key": key, "phrase_matcher_attr": attr, "longest_first": longest_first}
        nlp.add_pipe("claimx_ruler", name=f"claimx_{key}", config=config).add_patterns(patterns)
    return nlp


class Extractor:
    """Everything compiled once per process; `extract` streams articles through it."""

    def __init__(self, rules: RuleSet):
        self.rules = rules
        self.resolver = EntityResolver(rules)
        self.grammar = NumberGrammar(rules.numbers)
        self.events = EventExtractor(rules, self.resolver)
        cue_patterns = self.grammar.word_figure_patterns() + self.events.cue_patterns(rules)
        self.nlp = build_nlp(rules, self.resolver.ruler_patterns(rules), cue_patterns)
        self.number_claims = NumberClaims(rules, self.resolver)
        self.stated_dates = StatedDates(rules, self.events.grammar)
        self.quotes = QuoteExtractor(rules)
        self.table_claims = TableClaims(rules, self.grammar.scales)
        self.tiers = PriceTiers(rules)
        self.sieve = Sieve(rules)
        # the pipeline's objects (spaCy's vocabulary, the compiled rules) live as long as the process: kept out of
        # the garbage collector's full passes, which would walk them all again, time after time
        gc.freeze()

    def extract(
        self, articles: Iterable[Article], batch_size: int = BATCH_SIZE, on_part: Callable[[int], None] | None = None
    ) -> Iterator[Extraction]:
        """Records per article, in the order given; one article's failure never stops the others. `on_part` is
        told the length of each part read, as it is read: progress within a long file.

        No `memory_zone`: it made extraction a third slower (every zone tokenizes
        cold), and the vocabulary it would free grows only with the corpus's words.
        """
        articles = iter(articles)
        while chunk := list(itertools.islice(articles, batch_size)):
            with _collector_paused():
                parts = [part for article in chunk for part in self._parts(article)]
                texts = [self.sieve.sieve(part.article.text, part.article.body_start) for part in parts]
                docs = self.nlp.pipe(texts, batch_size=batch_size)
                results = []
                for part, text, doc in zip(parts, texts, docs, strict=True):
                    results.append(self._extraction(doc, part, text))
                    if on_part is not None:
                        on_part(len(text))
            for article, group in itertools.groupby(zip(parts, results, strict=True), key=lambda pair: pair[0].whole):
                yield _joined(article, [result for _, result in group])

    def _parts(self, article: Article) -> list[_Part]:
        """The article in parts of at most `max_part_chars`, cut at paragraph breaks: spaCy's memory and the
        rules' work stay bounded on a file of any length. An article of news length is one part."""
        text, limit = article.text, self.rules.tokenizer.max_part_chars
        if len(text) <= limit:
            return [_Part(article, article, 0, 0)]
        tables = find_tables(text)
        parts, start, lines, line_start = [], 0, 0, 0
        while start < len(text):
            end = _cut(text, start, start + limit, tables)
            header = _header_carried(text, start, tables)
            piece = replace(article, text=header + text[start:end], body_start=max(0, article.body_start - start))
            parts.append(_Part(article, piece, start, lines, start - line_start, len(header), header.count("\n")))
            lines += text.count("\n", start, end)
            line_start = max(line_start, text.rfind("\n", start, end) + 1)
            start = end
        return parts

    def _extraction(self, doc: Doc, part: _Part, text: str) -> Extraction:
        try:
            claims = self.claims(doc, part.article, text)
        except Exception as exc:  # a rule bug must cost one file, not the run
            return Extraction(part.whole, [], f"internal error while extracting: {type(exc).__name__}: {exc}")
        if part.article is part.whole:
            return Extraction(part.whole, claims)
        return Extraction(part.whole, [part.placed(c) for c in claims if c.source.start >= part.header_chars])

    def claims(self, doc: Doc, article: Article, text: str) -> list[Claim]:
        """Records of one article; `text` is what the pipeline read (the article, its claimless lines blanked)."""
        spans = DocSpans(doc, article, text, self.resolver.resolve(doc, text), self.rules.attribution.foil_gap)
        dates = self.events.dates(text)
        spans.figures = self._figures(spans, dates)
        tables = find_tables(text)
        grids = [t for t in tables if not t.holds_prose]  # a table of sentences ("Date | Event") is read as prose
        grids += self.table_claims.sheets(spans)  # "Context window" over "200K tokens": a key-value table
        quotations = pair_quotation_marks(text)
        stated = self.stated_dates.find(text, dates, *self.events.publication(spans, dates))
        prose = list(self.number_claims.extract(spans, table_line_test(grids), inside_any(quotations), stated))
        numbers = itertools.chain(self.table_claims.extract(spans, grids, prose), prose)
        claims = [
            *(self.tiers.at_makers_own(claim, self.resolver.maker) for claim in numbers),
            *self.events.extract(spans, dates, inside_any(quotations), tables, prose),
            *self.quotes.extract(spans, quotations),
        ]
        return sorted(claims, key=sort_key)

    def _figures(self, spans: DocSpans, dates: list[DateMention]) -> list[Figure]:
        """The grammar's figures placed on tokens, minus numbers in names, dates and cue phrases ('per 1M tokens'); a
        qualifier leading a list of them said of each ("about 30, 100, and 500 billion")."""
        doc, text, place = spans.doc, spans.text, _placing(spans, dates)
        in_words = (
            self.grammar.read_words(text, doc[cue.start].idx, place) for cue in spans.cues_by_label.get(WORD_FIGURE, ())
        )
        figures = [figure for figure in itertools.chain(self.grammar.find(text, place), in_words) if figure is not None]
        return self.grammar.lists_sharing_a_lead(text, sorted(figures, key=lambda f: f.start))


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """The garbage collector off while a batch is read, then one young pass over what it left. A batch's objects
    are freed by their reference counts (no cycles); a pass every 700 of them only walked the live ones again
    (var20: 168 passes, 37 ms, against 20 of 13 ms in all). Its garbage cycles, if any, wait for its end."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
            gc.collect(0)


def _placing(spans: DocSpans, dates: list[DateMention]) -> Place:
    """Where the grammar's figures lie on the document's tokens; none in a date, a name or a cue phrase. Told to the
    grammar, which then makes each figure once, with its tokens, and works out no value for one left out."""
    in_date = inside_any(dates)

    def place(start: int, end: int) -> tuple[int, int] | None:
        if in_date(start) or in_date(end - 1):
            return None
        first, last = spans.tokens_of(start, end)
        return None if spans.overlaps_entity(first, last) or spans.inside_cue(first, last) else (first, last)

    return place


@dataclass(frozen=True)
class _Part:
    """A stretch of an article read as a document of its own, and where it lies in the whole."""

    whole: Article
    article: Article
    start: int  # characters before it
    lines: int  # line breaks before it
    indent: int = 0  # characters of its first line that lie before it (a part cut mid-line)
    header_chars: int = 0  # the header of a table it begins inside, read again before it: no claim of its own
    header_lines: int = 0

    def placed(self, claim: Claim) -> Claim:
        """A claim found in the part, with its place in the whole article."""
        source = claim.source
        shift = self.start - self.header_chars
        place = {"start": source.start + shift, "end": source.end + shift, "line": source.line + self.lines}
        place["line"] -= self.header_lines
        if source.line == self.header_lines + 1:
            place["column"] = source.column + self.indent
        place["text_sha256"] = self.whole.text_sha256
        return claim.model_copy(update={"source": source.model_copy(update=place)})


def _cut(text: str, start: int, limit: int, tables: list[Table]) -> int:
    """Where a part beginning at `start` ends: at the last paragraph break before `limit`, else line break,
    else sentence end, else space, else at `limit` itself; but before a table it would cut, if the part
    holds more than that table."""
    if limit >= len(text):
        return len(text)
    end = limit
    for separator in ("\n\n", "\n", ". ", " "):
        at = text.rfind(separator, start + 1, limit)
        if at > start:
            end = at + len(separator)
            break
    cut = next((t for t in tables if t.start < end <= t.rows[-1].start), None)
    return cut.start if cut is not None and cut.start > start else end


def _header_carried(text: str, start: int, tables: list[Table]) -> str:
    """The lines above the first row of a table's body (caption, header, separator) when a part begins
    among its rows: a table longer than a part still says what each column is."""
    inside = next((t for t in tables if t.header.end < start <= t.rows[-1].start), None)
    return text[inside.start : inside.body[0].start] if inside is not None else ""


def _joined(article: Article, results: list[Extraction]) -> Extraction:
    """One article's extraction from its parts': their claims in order, or the first error."""
    errors = [r.error for r in results if r.error]
    if errors:
        return Extraction(article, [], errors[0])
    return Extraction(article, [claim for result in results for claim in result.claims])


class WarmTokenizer:
    """spaCy's tokenizer with its cache kept effective: the same tokens, most words read from the cache.

    spaCy caches how each whitespace-separated word splits, but stops caching a
    text's new words once it meets a special case in it (`don't`, `U.S.`, `'s`):
    a flag that stays set for the rest of the text. Nearly every news article
    has one early on, so most words went through the affix rules again in every
    article (eight times slower on varied news). Each word not seen before is
    tokenized alone first, which caches it; the text is then tokenized as ever.
    A word splits the same alone or in a text (that is what makes the cache
    valid), so the tokens are the same. Words are remembered up to the cache's
    own bound, past which spaCy caches nothing more: memory stays bounded.
    """

    def __init__(self, tokenizer: Tokenizer):
        self.tokenizer = tokenizer
        self.seen: set[str] = set()

    def __call__(self, text: str) -> Doc:
        words = text.split()
        # once warm, nearly every text's words have all been seen: told by one set operation, no loop over them
        if len(self.seen) < self.tokenizer.max_cache_size and not self.seen.issuperset(words):
            # in text order; the unseen words filtered in C (`filterfalse`), a text's few repeats dropped after
            new = list(dict.fromkeys(itertools.filterfalse(self.seen.__contains__, words)))
            self.seen.update(new)
            for word in new:
                self.tokenizer(word)
        return self.tokenizer(text)


def _tokenizer(nlp: Language, rules: RuleSet) -> Tokenizer:
    """spaCy's English tokenizer plus the rule set's prefixes, suffixes, infixes and special cases.

    Built in one go: setting each on the blank pipeline's tokenizer reloads its
    two thousand special cases every time.
    """
    extra, defaults = rules.tokenizer, nlp.Defaults
    return Tokenizer(
        nlp.vocab,
        rules={**defaults.tokenizer_exceptions, **{case: [{ORTH: case}] for case in extra.special_cases}},
        prefix_search=compile_prefix_regex([*defaults.prefixes, *extra.prefixes]).search,
        suffix_search=compile_suffix_regex([*defaults.suffixes, *extra.suffixes]).search,
        infix_finditer=compile_infix_regex([*defaults.infixes, *extra.infixes]).finditer,
        token_match=defaults.token_match,
        url_match=defaults.url_match,
        max_cache_size=TOKENIZER_CACHE_WORDS,
    )
