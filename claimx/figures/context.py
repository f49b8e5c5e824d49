"""What the text around a figure says: the names in play in its sentence, and what the text is about so far."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Span

from ..entities import Entity
from ..numbers import Figure
from ..ruleset import NumberClaimRule
from ..spans import DocSpans, Marker

CLAUSE_SEPARATORS = {",", ";", "—", "–", "(", ")"}
MAX_CLAUSE_TOKENS = 30


@dataclass(frozen=True, slots=True)
class Subject:
    name: str
    text: str
    type: str
    source: str = "sentence"  # how it was found: a `SubjectSource`


def subject_of(entity: Entity, source: str = "sentence") -> Subject:
    return Subject(entity.name, entity.text, entity.type, source)


@dataclass(slots=True)
class Focus:
    """What the text is about at this point: 'the model', 'it', 'the company', 'the same test'."""

    # the model the article is about, found when first asked (`DocSpans.main_model`, made once): few articles'
    # figures fall back on it, and finding it reads all the article's names
    article_model: Callable[[], Entity | None] = lambda: None
    model: Subject | None = None
    model_at: int = 0  # where the sentence that last named `model` starts
    org: Subject | None = None
    benchmark: Entity | None = None
    benchmark_sentence: int = -2  # the index of the sentence that last named `benchmark`
    intro: int = -2  # the index of the last heading or line ending in a colon: it introduces what follows
    sentence: int = 0  # the index of the sentence being read
    by_maker: dict[str, Subject] = field(default_factory=dict)  # the model each organisation made, named last
    unknown: bool = False  # the text is about a model the rules cannot name ('Snowflake released Arctic.')
    sections: list[tuple[int, Subject | None]] = field(default_factory=list)  # heading levels and their models
    section_at: int = -1  # where the current section's heading starts
    section_as_of: str | None = None  # the date the current section's heading states its figures for
    intro_as_of: str | None = None  # the date the last line ending in a colon states ("As of May 2026, X costs:")
    list_as_of: str | None = None  # and so the date the list it introduced states its figures for
    section_benchmark: Entity | None = None  # the test a heading names alone (`FrontierMath`): its section's scores'
    foils: set[int] = field(default_factory=set)  # where names stand as foils (`surpass the previous X`)

    @property
    def main_model(self) -> Subject | None:
        main = self.article_model()
        return subject_of(main, "article") if main else None

    @property
    def main_model_at(self) -> int:
        """Where the article first names its model."""
        main = self.article_model()
        return main.start_char if main else 0

    @property
    def section_model(self) -> Subject | None:
        return next((model for _, model in reversed(self.sections) if model is not None), None)

    def enter_section(self, level: int, model: Subject | None, at: int) -> None:
        """A heading: it closes the sections of its level and below, and opens one about the model it names."""
        while self.sections and self.sections[-1][0] >= level:
            self.sections.pop()
        self.sections.append((level, model))
        self.section_at = at

    def get(self, type_: str) -> Subject | None:
        return self.model if type_ == "model" else self.org

    def local(self) -> tuple:
        """What a list item may change and its siblings must not see; and whether the line right before the
        list introduced it with the test it names (`## SWE-bench Verified`, `On MMLU:`)."""
        introduced = self.benchmark_sentence == self.intro == self.sentence - 1
        return self.model, self.model_at, self.org, self.benchmark, self.benchmark_sentence, introduced

    def restore(self, local: tuple) -> None:
        """Back to the focus as the list found it: each item goes on from the text before the list, so a test
        the list's introduction named is as near to every item as to the first."""
        self.model, self.model_at, self.org, self.benchmark, self.benchmark_sentence, introduced = local
        if introduced:
            self.benchmark_sentence = self.sentence - 1


@dataclass(frozen=True, slots=True)
class Roles:
    """Names in a sentence that are not what its figures are about."""

    foils: frozenset[Entity]  # `than GPT-4o`: what the subject is compared with
    makers: frozenset[Entity]  # `Huawei's Ascend 910B`, `H100 Nvidia chips`: makers of a thing named beside them
    asserter: Entity | None
    told: frozenset[Entity] = frozenset()  # `asked Nvidia to ship`, `using Amazon SageMaker`: told to act, or a tool
    compared: frozenset[Entity] = frozenset()  # `beats Y, which scores 58.4%`: compared, yet owning a figure
    adjectives: frozenset[Entity] = frozenset()  # `GPT-4-level performance`: a name made a word describing another
    # the names no subject, in one set: asked of every name again and again, one look hashes a name once, not four
    # times (an Entity's hash is of all its fields)
    _not_candidates: frozenset[Entity] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_not_candidates", self.foils | self.makers | self.told | self.adjectives)

    @property
    def foil_names(self) -> set[str]:
        """The names the sentence compares its subject with."""
        return {e.name for e in (*self.foils, *self.compared)}

    def is_candidate(self, entity: Entity) -> bool:
        return entity is not self.asserter and entity not in self._not_candidates


@dataclass(frozen=True, slots=True)
class Claimed:
    """A figure made a claim in this sentence: what a coordinated figure inherits."""

    figure: Figure
    rule: NumberClaimRule
    benchmark: Entity | None
    cue: Marker | None = None


def clause_start(spans: DocSpans, sent: Span, position: int, openers: set[str]) -> int:
    """Where the clause holding token `position` begins: after a semicolon, or a comma or dash followed by a
    word that opens a clause ('..., and the cost to train X is ...', '..., which has ...')."""
    words, lowers = spans.words, spans.lowers
    limit = max(sent.start, position - MAX_CLAUSE_TOKENS)
    separators = _separators(spans)
    for k in range(bisect.bisect_left(separators, position) - 1, -1, -1):  # the separators before it, nearest first
        i = separators[k]
        if i < limit:
            break
        if words[i] == ";" or (i + 1 < position and lowers[i + 1] in openers):
            return i + 1
    return limit


def _separators(spans: DocSpans) -> list[int]:
    """Where the document's clause separators stand, in order: made once per document, so that each clause's start
    is found among the few before a token, not by reading every token back."""
    words = spans.words
    return spans.kept("clause_separators", None, lambda: [i for i, w in enumerate(words) if w in CLAUSE_SEPARATORS])


def same_clause(spans: DocSpans, sent: Span, start: int, end: int, openers: set[str]) -> bool:
    """Do tokens `start..end` lie in one clause?"""
    return clause_start(spans, sent, end, openers) <= start
