"""When claims about the same thing disagree: tolerances, severities, what happens once."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ..records import Attribute
from .base import EntityType, Strict


class ConflictRules(Strict):
    """When claims about the same thing disagree (claimx/crosscheck/)."""

    approximate_tolerance: float = Field(default=0.1, ge=0, lt=1, description="'about 200B' admits 180B to 220B.")
    ratio_tolerance: float = Field(default=0.15, ge=0, lt=1, description="How loosely '5x longer' is read.")
    size_label_tolerance: float = Field(
        default=0.25, ge=0, lt=1, description="How loosely a count restating its model's named size is read: '1B'."
    )
    approximate_days: int = Field(default=3, ge=0, description="Days either side of an approximate date.")
    binary_suffixes: list[str] = Field(default=[], description="Suffixes of context windows read both ways: 256K.")
    severity: dict[Literal["medium", "high"], float] = {"medium": 0.1, "high": 0.5}
    severity_days: dict[Literal["medium", "high"], int] = {"medium": 4, "high": 15}
    adjacent_days: int = Field(
        default=1,
        ge=0,
        description="Two articles' dates of one event at most this many days apart may be one day told in two "
        "time zones, or by an article written the day after: a doubtful conflict (low confidence).",
    )
    quote_similarity: float = Field(default=0.6, gt=0, le=1, description="Wordings this alike are one quote.")
    merge: dict[str, str] = Field(default={}, description="Subjects compared as one: written name -> name.")
    quote_stopwords: list[str] = []
    quote_contractions: dict[str, str] = Field(
        default={}, description="Contracted words and their words written out ('that's': 'that is'): one wording."
    )
    quote_contraction_endings: dict[str, str] = Field(
        default={}, description="Contracted endings of any word and their word written out (\"n't\": 'not')."
    )
    once_actions: list[str] = Field(
        default=[], description="Event actions that happen to an object once, so two dates disagree: a release."
    )
    each_object_actions: list[str] = Field(
        default=[],
        description="Once-only actions that happen to each of their objects once (a model is released once): "
        "two such events sharing an object are one event.",
    )
    announcing_words: list[str] = Field(
        default=[], description="Action words that, with models for objects, tell their release: 'announced GPT-5'."
    )
    availability_words: list[str] = Field(
        default=[],
        description="Action words telling a model made available ('released', 'shipped'): against an announcement in "
        "another article, a doubtful conflict, since a lab may announce a model months before.",
    )
    released_types: list[EntityType] = Field(
        default=["model"], description="What is released (a lab or a country is not); a name not in the table: a model."
    )
    limits: list[Attribute] = Field(
        default=[], description="Attributes that are themselves a maximum: 'up to 1M tokens' states the limit."
    )
    version_words: list[str] = Field(
        default=[],
        description="Words of a sentence listing a family's versions ('in versions from 8B to 400B'): its figures "
        "are each a version's, never at odds with the article's others.",
    )
    then_words: list[str] = Field(
        default=[],
        description="Words of a sentence telling how things stood before ('at launch it was limited to 200K'): "
        "its figures are a change's first state, never at odds with the article's others.",
    )
    changing: list[Attribute] = Field(
        default=[],
        description="Attributes that change with time (a price, a context window, a download count): one figure "
        "stated as of a date and another giving none are compared only where the other's article was published "
        "then; two articles' figures, either of a day unknown, are compared with medium confidence at most.",
    )
    holdings: list[Attribute] = Field(
        default=[],
        description="Attributes that count what an organisation holds (its chips): a fleet that grows, so two "
        "articles' counts are compared only where both are stated for one day (an 'as of' date, else the "
        "article's); a model's count (the chips that trained it) is always compared.",
    )
    running_totals: list[Attribute] = Field(
        default=[],
        description="Attributes that count what only grows (downloads): two articles' counts are compared only "
        "where both are stated for one day (an 'as of' date, else the article's), or both for a span after release "
        "(`window_words` in their sentences).",
    )
    window_words: list[str] = Field(
        default=[],
        description="Words of a sentence stating a running total for a span after release ('in its first 48 "
        "hours'): a fixed count, compared with another such whatever their days.",
    )
    change_words: list[str] = Field(
        default=[],
        description="Words of a sentence stating its measure as a change's new state ('expanded to 1M tokens'): "
        "never at odds with a figure of an article published before.",
    )
    plan_words: list[str] = Field(
        default=[],
        description="Words before a measure in its sentence that tell a plan ('will have 350,000 GPUs'): compared "
        "only with another plan.",
    )
    forecast_words: list[str] = Field(
        default=[],
        description="Words of a sentence telling a model not out yet ('when it launches', 'expected in Q3'): an "
        "estimated or approximate figure there is a forecast, which a later figure revises without contradicting.",
    )
    compute_costs: list[Attribute] = Field(
        default=[],
        description="Costs (training_cost) that may count only the compute that trained the model, or more: "
        "`compute_cost_words` tell the first.",
    )
    compute_cost_words: list[str] = Field(
        default=[],
        description="Words of a cost's sentence saying it counts only compute, as rented GPU time ('worth of "
        "compute', 'at $2 per GPU hour'): a conflict with a cost not saying so is doubtful (low confidence).",
    )
    unstated_tokens: dict[Attribute, list[str]] = Field(
        default={},
        description="Per attribute, the tokens a figure that names none may be for, most likely first; "
        "an attribute not listed: any.",
    )
