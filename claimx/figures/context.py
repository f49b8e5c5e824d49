"""What the text around a figure says: the names in play in its sentence, and what the text is about so far."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from spacy.tokens import Span

from ..entities import Entity
from ..numbers import Figure
from ..ruleset import NumberClaimRule
from ..spans import DocSpans, Marker

CLAUSE_SEPARATORS = {",", ";", "—", "–", "(", ")"}
MAX_CLAUSE_TOKENS = 30


# Subject, FoundRoles and Claimed are never changed once made, yet not `frozen`: a frozen dataclass sets each field
# through `object.__setattr__`, and some 20,000 of each are made on var50; `unsafe_hash` keeps them hashable
@dataclass(slots=True, unsafe_hash=True)
class Subject:
    name: str
    text: str
    type: str
    source: str = "sentence"  # how it was found: a `SubjectSource`
    whole_family: bool = False  # "the Gemma family": the family as a whole, no model of it named before


def subject_of(entity: Entity, source: str = "sentence") -> Subject:
    return Subject(entity.name, entity.text, entity.type, source)


# a section's model the rules cannot name (`FLUX.1 Pro Capabilities`): its figures are no other model's
UNNAMED_MODEL = Subject("", "", "model", "heading")


class Told(Protocol):
    """What a sentence tells of what the text is about (`subjects.SentenceFocus`), each worked out when first asked."""

    start_char: int

    @property
    def about_unknown(self) -> bool: ...  # it is about a model the rules cannot name ('Snowflake released Arctic.')

    @property
    def model_named(self) -> Subject | None: ...  # the model it makes the focus, if any

    def listed_with_others(self, model: Subject) -> bool: ...  # it names `model` only in a list of models

    @property
    def org_named(self) -> Subject | None: ...  # the organisation it makes the focus, if any

    @property
    def foil_starts(self) -> list[int]: ...  # where its foils stand

    def models_by_maker(self) -> list[tuple[str, Subject]]: ...  # the models it names by their makers

    @property
    def compared_unnamed(self) -> list[str]: ...  # the models it compares a subject it leaves unnamed with


@dataclass(slots=True)
class Focus:
    """What the text is about at this point: 'the model', 'it', 'the company', 'the same test'.

    The model, the organisation, the models by their makers and the foils are what the sentences read so far
    `tell`; each is worked out only when a figure asks, from the latest sentence back to the one that settles it:
    most sentences' part is never asked, or is overridden by a later sentence's before it is (a sentence's roles
    and its lead are read only where they decide)."""

    # the model the article is about, found when first asked (`DocSpans.main_model`, made once): few articles'
    # figures fall back on it, and finding it reads all the article's names
    article_model: Callable[[], Entity | None] = lambda: None
    benchmark: Entity | None = None
    benchmark_sentence: int = -2  # the index of the sentence that last named `benchmark`
    intro: int = -2  # the index of the last heading or line ending in a colon: it introduces what follows
    sentence: int = 0  # the index of the sentence being read
    sections: list[tuple[int, Subject | None]] = field(default_factory=list)  # heading levels and their models
    section_at: int = -1  # where the current section's heading starts
    section_as_of: str | None = None  # the date the current section's heading states its figures for
    intro_as_of: str | None = None  # the date the last line ending in a colon states ("As of May 2026, X costs:")
    list_as_of: str | None = None  # and so the date the list it introduced states its figures for
    intro_changed: bool = False  # whether the last line ending in a colon tells a change ("after a price cut:")
    list_changed: bool = False  # and so whether the list it introduced gives the change's new values
    section_benchmark: Entity | None = None  # the test a heading names alone (`FrontierMath`): its section's scores'
    # the sentences told, the latest first, as a chain of (told, the chain before it): a list restores a chain
    # as it found it (`local`), and a chain is shared, not copied
    _told: tuple | None = None
    # the model in focus, where the sentence naming it starts and whether it named it only in a list of models, and
    # the organisation, each as worked out at a chain (the sentences told after it not yet read back)
    _model: tuple[tuple | None, Subject | None, int, bool] = (None, None, -1, False)  # -1: no sentence told a model
    _org: tuple[tuple | None, Subject | None] = (None, None)
    _by_maker: dict[str, Subject] = field(default_factory=dict)
    _foils: set[int] = field(default_factory=set)
    _untold_makers: list[Told] = field(default_factory=list)  # sentences told whose models by makers are unread
    _untold_foils: list[Told] = field(default_factory=list)  # sentences whose foils are unread
    _compared: dict[str, int] = field(default_factory=dict)  # a model compared with what a sentence left unnamed: where
    _untold_compared: list[Told] = field(default_factory=list)  # sentences told whose comparisons are unread

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
        model = self._innermost_section_model()
        return None if model is UNNAMED_MODEL else model

    @property
    def section_unnamed(self) -> bool:
        """Is the section (or the one it is part of) about a model the rules cannot name?"""
        return self._innermost_section_model() is UNNAMED_MODEL

    def _innermost_section_model(self) -> Subject | None:
        return next((model for _, model in reversed(self.sections) if model is not None), None)

    @property
    def model(self) -> Subject | None:
        return self._model_now()[1]

    @property
    def model_at(self) -> int:
        """Where the sentence that last named `model` starts."""
        return self._model_now()[2]

    @property
    def model_listed(self) -> bool:
        """Did the sentence that put `model` in focus name it only in a list of models ('Orca-3, GLM-5.2 and Kimi K3
        were released')? Then an `it` after it means one of them, and which, nobody can tell."""
        return self._model_now()[3]

    @property
    def org(self) -> Subject | None:
        chain, org = self._org
        if chain is not self._told:
            org = self._latest(chain, lambda told: told.org_named) or org
            self._org = (self._told, org)
        return org

    @property
    def unknown(self) -> bool:
        """Is the text about a model the rules cannot name: did the latest sentence about a model name none they
        know ('Snowflake released Arctic.'), whatever sentences naming no model came after it ('Its scores:')?"""
        _, model, at, _ = self._model_now()
        return model is None and at >= 0

    @property
    def by_maker(self) -> dict[str, Subject]:
        """The model each organisation made, named last."""
        for told in self._untold_makers:
            self._by_maker.update(told.models_by_maker())
        self._untold_makers.clear()
        return self._by_maker

    @property
    def foils(self) -> set[int]:
        """Where names stand as foils (`surpass the previous X`)."""
        for told in self._untold_foils:
            self._foils.update(told.foil_starts)
        self._untold_foils.clear()
        return self._foils

    def compared_since(self, name: str, since: int) -> bool:
        """Did a sentence after character `since` compare what it left unnamed with `name` (`SWE-bench: 68.1% (close
        to o3)`)?"""
        for told in self._untold_compared:
            self._compared.update((compared, told.start_char) for compared in told.compared_unnamed)
        self._untold_compared.clear()
        return self._compared.get(name, -1) > since

    def tell_foils(self, told: Told) -> None:
        """The sentence's foils, before its figures are read: a figure's name in full is none of them."""
        self._untold_foils.append(told)

    def tell(self, told: Told) -> None:
        """The sentence read, after its figures: what it makes the text about for the sentences after it."""
        self._told = (told, self._told)
        self._untold_makers.append(told)
        self._untold_compared.append(told)

    def _model_now(self) -> tuple[tuple | None, Subject | None, int, bool]:
        chain, *model = self._model
        if chain is not self._told:
            self._model = (self._told, *(self._latest(chain, _model_told) or model))
        return self._model

    def _latest(self, known: tuple | None, ask: Callable[[Told], object]):
        """`ask`'s first answer, from the latest sentence told back to the chain `known` (exclusive); None if none."""
        chain = self._told
        while chain is not known:
            told, chain = chain
            answer = ask(told)
            if answer is not None:
                return answer
        return None

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
        return self._told, self._model, self._org, self.benchmark, self.benchmark_sentence, introduced

    def restore(self, local: tuple) -> None:
        """Back to the focus as the list found it: each item goes on from the text before the list, so a test
        the list's introduction named is as near to every item as to the first."""
        self._told, self._model, self._org, self.benchmark, self.benchmark_sentence, introduced = local
        if introduced:
            self.benchmark_sentence = self.sentence - 1


def _model_told(told: Told) -> tuple[Subject | None, int, bool] | None:
    """The model a sentence puts in focus, where it starts and whether it names it only in a list of models; none
    where it is about a model the rules cannot name; None where it leaves the focus as it was."""
    if told.about_unknown:
        return None, told.start_char, False
    model = told.model_named
    return (model, told.start_char, told.listed_with_others(model)) if model is not None else None


@dataclass(slots=True, unsafe_hash=True)
class FoundRoles:
    """Names in a sentence that are not what its figures are about."""

    foils: frozenset[Entity]  # `than GPT-4o`: what the subject is compared with
    makers: frozenset[Entity]  # `Huawei's Ascend 910B`, `H100 Nvidia chips`: makers of a thing named beside them
    asserter: Entity | None
    told: frozenset[Entity] = frozenset()  # `asked Nvidia to ship`, `using Amazon SageMaker`: told to act, or a tool
    compared: frozenset[Entity] = frozenset()  # `beats Y, which scores 58.4%`: compared, yet owning a figure
    adjectives: frozenset[Entity] = frozenset()  # `GPT-4-level performance`: a name made a word describing another
    families: frozenset[Entity] = frozenset()  # `Family: GPT-5`: a spec line's field naming the model's family
    # the names no subject, in one set: asked of every name again and again, one look hashes a name once, not four
    # times (an Entity's hash is of all its fields)
    _not_candidates: frozenset[Entity] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._not_candidates = self.foils | self.makers | self.told | self.adjectives | self.families

    @property
    def foil_names(self) -> set[str]:
        """The names the sentence compares its subject with."""
        return {e.name for e in (*self.foils, *self.compared)}

    def is_candidate(self, entity: Entity) -> bool:
        return entity is not self.asserter and entity not in self._not_candidates

    def is_compared(self, entity: Entity) -> bool:
        """Is `entity` what the subject is compared with (a foil, or compared yet owning a figure)?"""
        return entity in self.foils or entity in self.compared


class Roles:
    """A sentence's roles (`FoundRoles`), found when first asked (`find`): nearly half the sentences with figures
    and names never ask, their figures all ruled out or none of them given a subject, and finding the roles reads
    the words around every name."""

    __slots__ = ("_find", "_found")

    def __init__(self, find: Callable[[], FoundRoles]):
        self._find = find
        self._found: FoundRoles | None = None

    @property
    def found(self) -> FoundRoles:
        if self._found is None:
            self._found = self._find()
        return self._found

    @property
    def foils(self) -> frozenset[Entity]:
        return self.found.foils

    @property
    def told(self) -> frozenset[Entity]:
        return self.found.told

    @property
    def asserter(self) -> Entity | None:
        return self.found.asserter

    @property
    def foil_names(self) -> set[str]:
        return self.found.foil_names

    def is_candidate(self, entity: Entity) -> bool:
        return self.found.is_candidate(entity)

    def is_compared(self, entity: Entity) -> bool:
        return self.found.is_compared(entity)


@dataclass(slots=True, unsafe_hash=True)
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
    # the few tokens back read in place: a list of the document's separators made for it cost more than the reads
    for i in range(position - 1, limit - 1, -1):
        word = words[i]
        if word in CLAUSE_SEPARATORS and (word == ";" or (i + 1 < position and lowers[i + 1] in openers)):
            return i + 1
    return limit


def same_clause(spans: DocSpans, sent: Span, start: int, end: int, openers: set[str]) -> bool:
    """Do tokens `start..end` lie in one clause?"""
    return clause_start(spans, sent, end, openers) <= start
