"""`SentenceFocus`: what one sentence tells of what the text is about (its first claim's subject, else
its first name of each type), worked out only when a later figure asks, so that `it`, `the model` and
unnamed figures in later sentences find their model.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span

from ...entities import Entity
from ...spans import DocSpans
from ..context import FoundRoles, Roles, Subject, subject_of
from ..coordination import lists_of_names
from .finder import SubjectFinder

SUBJECT_PRONOUNS = {"it"}  # a sentence about "it" is about the model in focus
LEAD_PHRASE_TOKENS = 8  # "According to Google, it ...": how long an opening phrase before the subject may be


class SentenceFocus:
    """What a sentence tells of what the text is about (`context.Told`): its first claim's subject, else its first
    name of each type, is what comes next refers to; but a sentence whose subject is 'it' goes on about the model
    in focus ('It matches Llama 3.1 on X. It supports ...': the second 'it' is still the first's).

    Each part is worked out when the focus first asks it, and the sentence's roles only where a part turns on them
    (`roles`: its figures' `Roles`, found when first asked, or None where it has no figures; then `roles_of(sent,
    entities)` finds them): the focus asks only where a figure needs it, and reads back from the latest sentence
    no further than the one that settles it."""

    __slots__ = (
        "_finder", "_spans", "sent", "entities", "start_char", "claimed", "_roles", "_roles_of", "_models", "_unknown"
    )

    def __init__(self, finder: SubjectFinder, spans: DocSpans, sent: Span, entities, roles, roles_of: Callable):
        self._finder, self._spans, self.sent, self.entities = finder, spans, sent, entities
        self.start_char = sent.start_char
        self.claimed: Subject | None = None  # the subject of its first claim, set once its figures are read
        self._roles, self._roles_of = roles, roles_of
        self._models: list[Entity] | None = None
        self._unknown: bool | None = None

    @property
    def about_unknown(self) -> bool:
        """Is it about a model the rules cannot name, naming none they can ('Snowflake released Arctic.')?"""
        if self._unknown is None:
            finder, spans, sent = self._finder, self._spans, self.sent
            self._unknown = not self._candidate_models() and (
                finder.unknown_lead(spans, sent.start, sent.end)
                or finder.unknown_model_named(spans, sent, sent.end)
                or finder.model_proper_name_unknown(spans, sent)
            )
        return self._unknown

    @property
    def model_named(self) -> Subject | None:
        if self.about_unknown:
            return None
        subject = self._named("model", self._first_model(self._candidate_models()))
        claimed = self.claimed
        # "It matches ...", not "The model card lists ...": asked only of a sentence that has a model to offer
        if subject is None or ((claimed is None or claimed.source == "anaphor") and _about_it(self._spans, self.sent)):
            return None
        return subject

    def listed_with_others(self, model: Subject) -> bool:
        """Does the sentence name `model` (the one it puts in focus) only in a list of models (`Orca-3, GLM-5.2 and
        Kimi K3 were released`)? Then an `it` after it means one of them, which it cannot tell: the list's first, or
        the last its figure took, is no surer than the others. (A figure naming no one, `MMLU: 88%`, `They support 1M
        tokens`, is more often each one's, and still takes the model in focus.)"""
        candidates = self._candidate_models()
        named = [e for e in candidates if e.name == model.name]
        listed = [e for run in lists_of_names(self._spans, candidates) for e in run] if named else []
        return bool(listed) and all(e in listed for e in named)

    @property
    def org_named(self) -> Subject | None:
        claimed = self.claimed
        if (claimed is None or claimed.type != "org") and all(e.type != "org" for e in self.entities):
            return None  # nothing to offer: what it is about needs no look
        if self.about_unknown:
            return None
        return self._named("org", next(iter(self._candidates("org")), None))

    @property
    def foil_starts(self) -> list[int]:
        return [e.start_char for e in self._roles_now().foils]

    @property
    def compared_unnamed(self) -> list[str]:
        """`SWE-bench: 68.1% (close to o3)`, `Same context window as o3.`: the models it compares its subject with,
        where it names no model that may be the subject, nor says `it`, nor speaks of a class (`Rivals trail o3`), nor
        gave a figure a subject: what it is about is a model the text does not name (a section's whose heading was
        lost), no longer the one compared with."""
        if not self.entities or self.claimed is not None or self._candidate_models():
            return []
        foils = self._roles_now().foils
        spans, sent = self._spans, self.sent
        if not foils or _about_it(spans, sent) or spans.has_marker(sent.start, sent.end, ("GENERIC",)):
            return []
        return [e.name for e in foils if e.type == "model"]

    def models_by_maker(self) -> list[tuple[str, Subject]]:
        maker = self._finder.resolver.maker
        made = [(m, subject_of(e)) for e in self.entities if e.type == "model" and (m := maker(e.name)) is not None]
        return [] if not made or self.about_unknown else made

    def _named(self, type_: str, named: Entity | None) -> Subject | None:
        claimed = self.claimed
        roles = self._roles_now()
        # a foil's figure does not make the foil what comes next is about: "X beats Y, which scores 58.4%. It ...";
        # nor does naming it alone: "It beats Y, which scores 58.4%." leaves the focus on the model "it" is
        if claimed is not None and claimed.type == type_ and claimed.name not in roles.foil_names:
            return claimed
        return subject_of(named) if named is not None and not roles.is_compared(named) else None

    def _first_model(self, named: list[Entity]) -> Entity | None:
        """The sentence's first model (of its `named` candidates); but a family's bare name before one of its
        models names the lab that makes it ('Qwen released Qwen3-Coder-480B ...'), and the model is what comes
        next refers to."""
        if named and named[0].name in self._finder.resolver.families:
            return next((e for e in named[1:] if e.name.startswith(named[0].name)), named[0])
        return named[0] if named else None

    def _candidate_models(self) -> list[Entity]:
        if self._models is None:
            self._models = self._candidates("model")
        return self._models

    def _candidates(self, type_: str) -> list[Entity]:
        """The sentence's names of `type_` that its roles leave candidates for what the text is about: its roles
        are found only where it names one of that type."""
        named = [e for e in self.entities if e.type == type_]
        if not named:
            return named
        roles = self._roles_now()
        return [e for e in named if roles.is_candidate(e)]

    def _roles_now(self) -> Roles | FoundRoles:
        if self._roles is None:
            self._roles = self._roles_of(self.sent, self.entities)
        return self._roles


def _about_it(spans: DocSpans, sent: Span) -> bool:
    """Is the sentence's subject "it", first or after a short opening phrase ("According to Google, it is")?"""
    lowers = spans.lowers
    if lowers[sent.start] in SUBJECT_PRONOUNS:
        return True
    lead = range(sent.start + 1, min(sent.end - 1, sent.start + LEAD_PHRASE_TOKENS))
    comma = next((i for i in lead if lowers[i] == ","), None)
    return comma is not None and lowers[comma + 1] in SUBJECT_PRONOUNS
