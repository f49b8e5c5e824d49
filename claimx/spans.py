"""One document's spans, indexed for the questions the extractors ask.

Built once per doc from the span groups the pipeline's rulers set: entities,
cues and figures. Extractors ask it "is there a cue of these labels within two
tokens after this figure?" or "which entity ends here?" and get answers without
walking the doc token by token.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Hashable, Iterator
from dataclasses import dataclass
from typing import TypeVar

import numpy
from spacy.attrs import IDX, SPACY
from spacy.tokens import Doc, Span

from .corpus import Article
from .entities import Entity, tokens_touched
from .entities.resolver import token_starts_of
from .numbers import WORD_FIGURE, Figure
from .records import Source
from .ruler import matches

T = TypeVar("T")

NEWLINE = re.compile("\n")
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")  # a blank line, perhaps of spaces
# a plain-text heading: a whole line of a few words, no closing punctuation ('Gemini 2.5 Flash' above its section)
PLAIN_HEADING_WORDS = 8
PLAIN_HEADING_CLOSERS = ".!?:;,)"
HEADING_GLOSS = re.compile(r"(?<=\w)\s+\([^()\d]+\)$")  # "(Code Generation)" after a word; no figure in it
LINE_WORD = re.compile(r"[\w’'-]+")
LOWER_WORD = re.compile(r"\b[a-z][a-z-]*\b")
CUES_KEY = "cues"
TOKENS_KEY = "tokens"  # each token's IDX and SPACY, as the sentence component read them: no second `doc.to_array`
# cues before a name that make it another than the subject: a foil ('than GPT-4o'), an example ('rivals such as X'),
# the model it is built on ('fine-tuned from Llama 3'), a rival it takes on ('challenges GPT-5'), a partner
# ('a deal with Oracle')
OTHER_NAME_CUES = frozenset({"FOIL", "EXAMPLE", "BASE", "RIVAL", "PARTNER"})
COMPARISON_CUES = frozenset({"FOIL", "EXAMPLE", "RIVAL"})  # what a comparison's other side follows: "than", "such as"
MAX_CUE_LENGTH = 8
POSSESSIVE_MARKS = ("'s", "’s")
INDEFINITE_ARTICLES = frozenset({"a", "an"})
FAMILY_WORDS = 2  # capitalised words of a family the rules name no model by, before its class noun: "GPT series"
LIST_JOINS = frozenset({"and", "or", ",", "&"})  # what joins the names of a list: "X, Y, and Z"
SCOPE_CUES = {"ACTIVE": "active", "TOTAL": "total"}  # cue labels saying which parameters a count counts
START, END = operator.attrgetter("start"), operator.attrgetter("end")


@dataclass(slots=True, unsafe_hash=True)
class Marker:
    """A cue or an entity near a figure: its token span and its label (a cue label or an entity type).

    Never changed once made, yet not `frozen`: a frozen dataclass sets each field through `object.__setattr__`,
    which made building a document's hundreds of markers cost twice as much; `unsafe_hash` keeps it hashable.
    """

    start: int
    end: int
    label: str


class DocSpans:
    def __init__(self, doc: Doc, article: Article, text: str, entities: list[Entity], foil_gap: int = 0):
        self.doc = doc
        # the words that may stand between a comparison's cue and its foil (claims.yaml's `foil_gap`): 0, the cue
        # right before the name
        self.foil_gap = foil_gap
        self.text = text  # the text the doc was made from; Doc.text would rebuild it token by token
        self.article = article
        self.entities = entities
        self.figures: list[Figure] = []  # set by the pipeline once figures are read
        self._labels_in: dict[tuple[int, int], frozenset[str]] = {}
        self._kept: dict[str, dict] = defaultdict(dict)  # see `kept`
        self.entity_starts = [e.start for e in entities]
        self.entity_char_starts = [e.start_char for e in entities]
        self.entity_at: dict[int, Entity] = {i: e for e in entities for i in range(e.start, e.end)}
        self.cues_from: dict[int, list[Marker]] = defaultdict(list)
        self.cues_by_label: dict[str, list[Marker]] = defaultdict(list)
        self.markers_to: dict[int, list[Marker]] = defaultdict(list)
        # one pass over the ruler's matches, which come sorted by start: every index lists its cues in text order,
        # and the entities after them
        for start, end, label, _ in matches(doc, CUES_KEY):
            cue = Marker(start, end, label)
            self.cues_from[start].append(cue)
            self.cues_by_label[label].append(cue)
            self.markers_to[end].append(cue)
        # the markers from an index where no entity starts are its cues: one list (never changed) serves both, not
        # a copy of every cue list
        self.markers_from: dict[int, list[Marker]] = defaultdict(list, self.cues_from)
        self._entity_markers = [Marker(entity.start, entity.end, entity.type) for entity in entities]
        for marker in self._entity_markers:
            self.markers_from[marker.start] = [*self.markers_from.get(marker.start, ()), marker]
            self.markers_to[marker.end].append(marker)
        self.cue_starts = {label: [m.start for m in cues] for label, cues in self.cues_by_label.items()}
        # lines as the article has them: the pipeline's text may have joined a hard-wrapped paragraph's lines
        self.line_starts = [0] + [m.end() for m in NEWLINE.finditer(article.text)]
        tokens = doc.user_data.get(TOKENS_KEY)
        if tokens is None:
            tokens = doc.to_array([IDX, SPACY])
        self.token_starts: list[int] = token_starts_of(doc)
        # each token's text and lower-case form, read once as arrays: the rules loop over tokens, and
        # `doc[i].text` builds a Token object every time. A token's text is the text's characters up to the next
        # token, less the space it may have after it: cut from the text, which is in the processor's cache, not
        # looked up by its hash in the whole vocabulary's strings, which are not. The lower-case form is the
        # text's `str.lower`, which is what spaCy's English lexemes store as LOWER (its `lex_attr_getters`)
        ends = numpy.empty_like(tokens[:, 0])
        ends[:-1], ends[-1:] = tokens[1:, 0], len(text)
        ends -= tokens[:, 1]
        # (a comprehension of slices: a quarter faster than mapping `text.__getitem__` over `slice` objects)
        self.words: list[str] = [text[start:end] for start, end in zip(self.token_starts, ends.tolist(), strict=True)]
        self.lowers: list[str] = list(map(str.lower, self.words))

    @functools.cached_property
    def paragraphs_are_lines(self) -> bool:
        """Does the text write each paragraph on a line of its own, with no blank line anywhere (a flattened page)?"""
        return PARAGRAPH_BREAK.search(self.text) is None

    # -- provenance --------------------------------------------------------

    def source(self, start_char: int, end_char: int) -> Source:
        line = bisect.bisect_right(self.line_starts, start_char)
        column = start_char - self.line_starts[line - 1] + 1
        article = self.article
        return Source(
            path=article.path,
            start=start_char,
            end=end_char,
            line=line,
            column=column,
            reader=article.reader,
            encoding=article.encoding,
            text_sha256=article.text_sha256,
            published=article.published.isoformat() if article.published else None,
            title=article.title,
            outlet=article.outlet,
        )

    def evidence(self, start_char: int, end_char: int) -> str:
        """The article's own characters `start_char..end_char`: what a record cites, as written."""
        return self.article.text[start_char:end_char]

    def tokens_of(self, start_char: int, end_char: int) -> tuple[int, int]:
        """The tokens that characters `start_char..end_char` touch."""
        return tokens_touched(self.token_starts, start_char, end_char)

    def span_text(self, start: int, end: int) -> str:
        """The text of tokens `start..end`, cut from the article (Span.text would join token by token)."""
        last = self.doc[end - 1]
        return self.text[self.doc[start].idx : last.idx + len(last)]

    # -- markers: cues and entities -----------------------------------------

    def marker_after(self, pos: int, labels: Collection[str], gap: int, limit: int) -> Marker | None:
        """The first marker with one of `labels` starting within `gap` tokens from `pos` (an entity counts as one)."""
        units, i = 0, pos
        while i < limit and units <= gap:
            for marker in self.markers_from.get(i, ()):
                if marker.label in labels:
                    return marker
            entity = self.entity_at.get(i)
            i = entity.end if entity is not None and entity.start == i else i + 1
            units += 1
        return None

    def marker_before(self, pos: int, labels: Collection[str], gap: int, limit: int) -> Marker | None:
        """The nearest marker with one of `labels` ending within `gap` tokens before `pos`."""
        units, i = 0, pos
        while i > limit and units <= gap:
            for marker in self.markers_to.get(i, ()):
                if marker.label in labels:
                    return marker
            entity = self.entity_at.get(i - 1)
            i = entity.start if entity is not None and entity.end == i else i - 1
            units += 1
        return None

    def markers_in(self, start: int, end: int, labels) -> list[Marker]:
        """Cues with one of `labels` lying within tokens `start..end`."""
        found = []
        for label in labels:
            starts = self.cue_starts.get(label)
            if starts is None:
                continue
            # the label's cues starting within the stretch: a slice between two bisections of their sorted starts
            starting = self.cues_by_label[label][bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
            found.extend(cue for cue in starting if cue.end <= end)
        return found

    def cues_in(self, start: int, end: int) -> list[Marker]:
        """Every cue lying within tokens `start..end`."""
        return [cue for i in range(start, end) for cue in self.cues_from.get(i, ()) if cue.end <= end]

    def labels_in(self, start: int, end: int) -> frozenset[str]:
        """The labels of every cue and name that begins or ends within tokens `start..end`, kept per stretch: a
        sentence's figures ask about it again and again."""
        key = (start, end)
        if key not in self._labels_in:
            starts, start_labels, ends, end_labels = self._labels_by_place
            starting = start_labels[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
            ending = end_labels[bisect.bisect_right(ends, start) : bisect.bisect_right(ends, end)]
            self._labels_in[key] = frozenset(starting + ending)
        return self._labels_in[key]

    @functools.cached_property
    def _labels_by_place(self) -> tuple[list[int], list[str], list[int], list[str]]:
        """Every marker's start and label sorted by start, and its end and label sorted by end: the labels within a
        stretch are two slices between bisections, not a look at each of its tokens."""
        markers = [*itertools.chain.from_iterable(self.cues_from.values()), *self._entity_markers]
        return *_by_place(markers, START), *_by_place(markers, END)

    def has_marker(self, start: int, end: int, labels) -> bool:
        return bool(self.markers_in(start, end, labels))

    def inside_cue(self, start: int, end: int) -> bool:
        """True when tokens `start..end` lie within one cue: the '1M' of 'per 1M tokens'."""
        starts, ends = self._phrase_cues
        near = ends[bisect.bisect_left(starts, start - MAX_CUE_LENGTH) : bisect.bisect_right(starts, start)]
        return max(near, default=-1) >= end

    @functools.cached_property
    def _phrase_cues(self) -> tuple[list[int], list[int]]:
        """The starts and ends of the cues but figures in words, in order of start: those a figure may lie within,
        found by bisection (asked of every figure)."""
        cues = [cue for cues in self.cues_from.values() for cue in cues if cue.label != WORD_FIGURE]
        return [cue.start for cue in cues], [cue.end for cue in cues]

    # -- entities ----------------------------------------------------------

    def entities_in(self, start: int, end: int) -> list[Entity]:
        lo = bisect.bisect_left(self.entity_starts, start)
        hi = bisect.bisect_left(self.entity_starts, end)
        return self.entities[lo:hi]

    def entities_within_chars(self, start_char: int, end_char: int) -> list[Entity]:
        lo = bisect.bisect_left(self.entity_char_starts, start_char)
        hi = bisect.bisect_left(self.entity_char_starts, end_char)
        return [e for e in self.entities[lo:hi] if e.end_char <= end_char]

    def entities_before_char(self, end_char: int) -> Iterator[Entity]:
        """The entities ending by `end_char`, the latest first: read lazily, where the nearest usually decides."""
        hi = bisect.bisect_left(self.entity_char_starts, end_char)
        return (e for e in reversed(self.entities[:hi]) if e.end_char <= end_char)

    def entities_overlapping_chars(self, start_char: int, end_char: int) -> list[Entity]:
        hi = bisect.bisect_left(self.entity_char_starts, end_char)
        return [e for e in self.entities[max(0, hi - 8) : hi] if e.end_char > start_char]

    def entity_ending_at(self, end: int) -> Entity | None:
        entity = self.entity_at.get(end - 1)
        return entity if entity is not None and entity.end == end else None

    def entity_starting_at(self, start: int) -> Entity | None:
        entity = self.entity_at.get(start)
        return entity if entity is not None and entity.start == start else None

    def overlaps_entity(self, start: int, end: int) -> bool:
        return not self.entity_at.keys().isdisjoint(range(start, end))  # in C: asked of every figure

    def kept(self, kind: str, key: Hashable, compute: Callable[[], T]) -> T:
        """`compute()`'s answer of this `kind` for `key`, worked out once for the document: rules ask the same of a
        figure or a sentence again and again (where its list begins, whether it lies in a setup), and the answers
        go with the document, so memory stays bounded by one document's."""
        answers = self._kept[kind]
        if key not in answers:
            answers[key] = compute()
        return answers[key]

    @functools.cached_property
    def sentences(self) -> list[Span]:
        """The doc's sentences, made once: the figure, date and quote rules each walk them all, and every walk
        of `doc.sents` builds its spans anew."""
        return list(self.doc.sents)

    @functools.cached_property
    def sentence_bounds(self) -> list[tuple[int, int]]:
        """Each sentence's first and past-last character (a `Span` computes them from its tokens on each look)."""
        return [(sent.start_char, sent.end_char) for sent in self.sentences]

    @functools.cached_property
    def figure_starts(self) -> list[int]:
        """Where each figure begins, in text order (asked once the pipeline has set `figures`)."""
        return [figure.start for figure in self.figures]

    def figures_within(self, start: int, end: int) -> list[Figure]:
        """The figures beginning in characters `start..end`, in text order."""
        starts = self.figure_starts
        return self.figures[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]

    def figure_starting_at(self, token: int) -> Figure | None:
        """The figure whose first token is `token`, if any."""
        if token >= len(self.doc):
            return None
        at = bisect.bisect_left(self.figure_starts, self.doc[token].idx)
        figure = self.figures[at] if at < len(self.figures) else None
        return figure if figure is not None and figure.token_start == token else None

    def scope_after(self, figure: Figure) -> str | None:
        """The scope a cue right after a parameter count says: `22B activated`, `1T total`."""
        following = {cue.label for cue in self.cues_from.get(figure.token_end, ())}
        return next((scope for label, scope in SCOPE_CUES.items() if label in following), None)

    def end_of_figure_before(self, figure: Figure, start: int) -> int:
        """The token after the figure before `figure`, if it begins at or after token `start`; else `start`."""
        at = bisect.bisect_left(self.figure_starts, figure.start)
        if at and self.figures[at - 1].token_start >= start:
            return self.figures[at - 1].token_end
        return start

    def writes_in_lower_case(self, word: str) -> bool:
        """Does the text write `word` in lower case? A capitalised word it does, opening a sentence, is a common
        word ('Analysts said'), not a name ('Arctic has'). A word found nowhere in the text (most asked are names)
        needs no scan of its words."""
        return word in self.text and word in self._lower_case_words

    @functools.cached_property
    def _lower_case_words(self) -> set[str]:
        """The words the text writes in lower case, read in one scan of the text, made once a word needs it."""
        return set(LOWER_WORD.findall(self.text))

    @functools.cached_property
    def main_model(self) -> Entity | None:
        """The model the article is about, where it is first named: the one named most often, the headline
        counting twice; a rival named as a comparison's foil ('beats GPT-5', 'than GPT-5's', 'beating the 15B
        Qwen3', as a sentence's roles read it) does not count: an article whose own model the rules cannot name
        is not about the rival it beats."""
        headline_end = self.text.find("\n")
        counts: Counter[str] = Counter()
        first_seen: dict[str, Entity] = {}
        foil_ends: set[int] = set()
        sentence_starts = [start for start, _ in self.sentence_bounds]
        for entity in self.entities:
            sentence = self.sentences[bisect.bisect_right(sentence_starts, entity.start_char) - 1]
            foil = self.marker_before(entity.start, OTHER_NAME_CUES, self.foil_gap, sentence.start)
            # "beats GPT-5 and Alibaba's QwQ": both foils; "to compete with Meta's Llama 3": the maker's model too
            if foil or self.listed_after(entity, foil_ends) or self._made_by_one_of(entity, foil_ends):
                foil_ends.add(entity.end)
            elif entity.type == "model":
                counts[entity.name] += 2 if entity.start_char < headline_end else 1
                first_seen.setdefault(entity.name, entity)
        if not counts:
            return None
        name = max(counts, key=lambda n: (counts[n], -first_seen[n].start))
        return first_seen[name]

    def _made_by_one_of(self, entity: Entity, ends: set[int]) -> bool:
        """Is `entity` named with the possessive of a name ending at one of `ends` (`Meta's Llama 3`)?"""
        i = entity.start
        return i > 1 and self.words[i - 1] in POSSESSIVE_MARKS and i - 1 in ends

    def _owner_of_class_end(self, noun: int) -> int:
        """`OpenAI's GPT series`, `OpenAI's models`: where the name owning the class noun at `noun` ends, past a
        family's word or two the rules name no model by ('GPT' alone); else `noun`. In a list the owner stands for
        its class, as GPT-5 does for 'the GPT-5 series'."""
        i = noun
        while i > noun - FAMILY_WORDS and i > 0 and self.words[i - 1][:1].isupper():
            i -= 1
        return i - 1 if i > 0 and self.words[i - 1] in POSSESSIVE_MARKS else noun

    def listed_after(self, entity: Entity, ends: set[int]) -> bool:
        """Does `entity` follow one of the names ending at `ends` in a list: `X and Y`, `X, and Y`, `X and
        Alibaba Y`, `X and Alibaba's Y`, `X models and Y`?"""
        i = entity.start
        maker = self.entity_ending_at(i - (i > 0 and self.words[i - 1] in POSSESSIVE_MARKS))
        if maker is not None and maker.type == "org":
            i = maker.start
        j = i
        while j > 0 and self.lowers[j - 1] in LIST_JOINS:
            j -= 1
        if j == i:
            return False
        # `X series and Y`, `X's GPT series and Y`: a class noun after the name before, or owned by it
        noun = next((m.start for m in self.markers_to.get(j, ()) if m.label == "GENERIC"), None)
        return j in ends if noun is None else noun in ends or self._owner_of_class_end(noun) in ends


def _by_place(markers: list[Marker], place: Callable[[Marker], int]) -> tuple[list[int], list[str]]:
    """Markers' places (token indexes) and their labels, in order of place. Sorted by the place alone, not by (place,
    label) pairs: a stretch's labels are a set, and the cues come in order of start (a third less time)."""
    ordered = sorted(markers, key=place)
    return list(map(place, ordered)), [marker.label for marker in ordered]


def inside_any(stretches) -> Callable[[int], bool]:
    """A fast test: does an offset lie in one of these (sorted, non-overlapping) stretches, each `start..end`?"""
    starts = [s.start for s in stretches]
    ends = [s.end for s in stretches]

    def inside(offset: int) -> bool:
        i = bisect.bisect_right(starts, offset) - 1
        return i >= 0 and offset < ends[i]

    return inside


def plain_heading(line: str) -> bool:
    """Is this line (stripped) a plain-text heading: a few words, no punctuation closing a sentence or clause? A
    gloss in brackets at its end is an aside, no clause's close: 'MMLU (Massive Multitask Language Understanding)',
    'Memory (Context Window)' head the scores and windows listed under them."""
    line = HEADING_GLOSS.sub("", line.strip())
    return bool(line) and line[-1] not in PLAIN_HEADING_CLOSERS and len(line.split()) <= PLAIN_HEADING_WORDS


def title_case_line(text: str, position: int) -> bool:
    """Is the line holding `position` a headline in Title Case: every word but the short ones capitalised?"""
    line = short_line(text, position, SHORT_LINE_CHARS)
    if line is None:
        return False
    words = [w for w in LINE_WORD.findall(text, *line) if w[0].isalpha()]
    return len(words) >= 3 and all(w[0].isupper() for w in words if len(w) > 3)


# Questions about the line a position is on (a headline? a dateline? a bullet?) look only this far: the lines
# they are about are short, and an unbounded look from every date on one long line would be quadratic.
SHORT_LINE_CHARS = 200


def line_start_near(text: str, position: int, reach: int) -> int | None:
    """Where the line holding `position` starts, if at most `reach` characters before it, else None."""
    floor = position - reach - 1  # where the newline before a line starting `reach` back would be
    found = text.rfind("\n", max(0, floor), position)
    if found >= 0:
        return found + 1
    return 0 if floor < 0 else None


def short_line(text: str, position: int, reach: int) -> tuple[int, int] | None:
    """The bounds of the line holding `position` (its newline left out), if it is at most `reach` long."""
    start = line_start_near(text, position, reach)
    if start is None:
        return None
    found = text.find("\n", position, start + reach + 1)
    end = found if found >= 0 else len(text)
    return (start, end) if end - start <= reach else None


def slash_pair_place(spans: DocSpans, figure: Figure) -> int | None:
    """0 or 1 where the figure is the first or second of two sums written with a slash and nothing else between
    them (`$0.31/$0.92`); None where it stands alone or a third joins them (`$1/$4/$16` is no pair)."""
    figures, words = spans.figures, spans.words
    at = bisect.bisect_left(spans.figure_starts, figure.start)

    def slashed(a: int, b: int) -> bool:  # are figures a and b (indexes) two sums with a slash between?
        if a < 0 or b >= len(figures):
            return False
        first, second = figures[a], figures[b]
        money = first.unit_class == second.unit_class == "money"
        return money and second.token_start == first.token_end + 1 and words[first.token_end] == "/"

    before, after = slashed(at - 1, at), slashed(at, at + 1)
    if before == after:
        return None  # alone, or the middle of three
    if after:
        return None if slashed(at + 1, at + 2) else 0
    return None if slashed(at - 2, at - 1) else 1
