"""The rules for names: entities and their aliases, model families, the shapes of names, name patterns."""

from __future__ import annotations

from pydantic import Field, field_validator

from ..regexes import check_regex
from .base import EntityType, Strict


class EntityRule(Strict):
    """A named thing with its canonical name and the other ways it is written."""

    name: str
    type: EntityType
    aliases: list[str] = []
    maker: str | None = Field(default=None, description="For a model: the organisation that makes it.")
    yearly: bool = Field(
        default=False, description="A benchmark set anew each year: AIME 24 and AIME25 are AIME 2024 and AIME 2025."
    )


class FamilyRule(Strict):
    """A model family: names found by pattern inherit its maker; a tier word implies the family."""

    family: str
    maker: str
    separator: str = Field(default=" ", description="Between family and version in the canonical name: GLM-5.2.")
    tiers: list[str] = Field(default=[], description="Words that name only this family's models ('Opus 4.8').")
    tier_first_from: float | None = Field(
        default=None,
        description="The version from which the maker writes a tier before it ('Claude Opus 4', after 'Claude 3.5 "
        "Sonnet'): a name written in the other order is canonically this one.",
    )
    bare: bool = Field(
        default=True,
        description="The family's name alone names a model ('Mixtral has 46.7B'); not where it is also a word or a "
        "first name ('Falcon', 'Ernie').",
    )


class NameShapes(Strict):
    """The parts model-name patterns are made of: `{version}`, `{size}`, `{tier}`."""

    version: str = r"\d+(?:\.\d+)*"
    size: str = r"\d+[BT]"
    small_size: str = Field(default="(?!)", description="A size in millions, only inside a name: 'Gemma 3 270M'.")
    snapshot_stamp: str = Field(
        default="(?!)",
        description="The date an API snapshot's id stamps on a model's name, no part of the model's name: the "
        "'-2025-01-31' of 'o3-mini-2025-01-31'.",
    )
    spaced_version: str = Field(
        default="(?!)",
        description="A version written after a space past a name's hyphened word, still the name's: the 2.6 of "
        "'MiniCPM-V 2.6'.",
    )

    @field_validator("version", "size", "small_size", "benchmark_word", "snapshot_stamp", "spaced_version")
    @classmethod
    def _safe_regex(cls, pattern, info):
        return check_regex(pattern, info.field_name)
    tiers: list[str] = []
    not_names: list[str] = Field(
        default=[], description="Capitalised words that with a number name no model: 'Covid-19', 'Over 70B'."
    )
    benchmark_word: str = Field(
        default="(?!)", description="The shape of a benchmark's name the alias table lacks: DROP, HealthBench, GSM8K."
    )
    not_benchmarks: list[str] = Field(
        default=[], description="Words of that shape that name no benchmark: API, GPU, LLM."
    )
    lowercase_tiers: list[str] = Field(
        default=[], description="Tiers the press also writes in lower case after a version: 'Gemini 2.5 pro'."
    )
    variant_phrase_nouns: list[str] = Field(
        default=[],
        description="Nouns after a tier or size that make it a variant of the model named with them: 'the pro "
        "version of GPT-5', \"Llama 3's 70B version\".",
    )
    parameter_words: list[str] = Field(
        default=[],
        description="Words between a size and the model named after it that keep it the model's size: 'the 70B "
        "parameter Llama 3' is Llama 3 70B where the article names another size of Llama 3.",
    )
    sizes_of: dict[str, list[str]] = Field(
        default={},
        description="Models whose name alone stands for a family of sizes, and those sizes: 'the 70B parameter "
        "Llama 3' is Llama 3 70B, and Llama 3's 70B against its 405B is two members, no contradiction.",
    )
    hyphened_tiers: list[str] = Field(
        default=[], description="Tiers that name a model only hyphened to it: 'Qwen3-Next', not 'GPT-5 Next Week'."
    )
    model_kind_words: list[str] = Field(
        default=[],
        description="Words between a family's name and its version that say what it is, no part of its name: "
        "'ERNIE Large Model 5.0' is ERNIE 5.0.",
    )
    earlier_generation_words: list[str] = Field(
        default=[], description="Words before a short name that make it an earlier generation: 'the original Gemma'."
    )
    benchmark_parts: list[str] = Field(
        default=[], description="Words naming a part of a benchmark before its number: 'MATH Lvl 5'."
    )
    benchmark_qualifiers: list[str] = Field(
        default=[], description="Words before a benchmark's name that make another benchmark: 'the Chinese MMLU'."
    )
    benchmark_variants: list[str] = Field(
        default=[], description="Words after a benchmark's name that make another benchmark: 'SWE-bench Multilingual'."
    )
    glued_adjectives: list[str] = Field(
        default=[], description="Words hyphened after a name that make it an adjective: 'GPT-5-powered'."
    )
    class_words: list[str] = Field(
        default=[], description="Words apart after a name that make it a class's measure: 'a GPT-5 class model'."
    )
    family_keys: list[str] = Field(
        default=[], description="A spec line's keys, before a colon, naming the family a model is in: 'Family: GPT-5'."
    )
    name_prefixes: list[str] = Field(
        default=[], description="Prefixes hyphened before a model's name that keep it that model's: 'pre-GPT-4'."
    )
    lab_words: list[str] = Field(
        default=[], description="Words hyphened after a lab's name that keep it the lab's name: 'DeepSeek-AI'."
    )
    alias_intros: list[str] = Field(
        default=[], description="Words before a second name the article gives a model: 'the repository names it'."
    )
    plan_nouns: list[str] = Field(
        default=[], description="Words after a list of tiers that make them plans, not models: 'Plus and Pro users'."
    )
    family_nouns: list[str] = Field(
        default=[], description="Words after a family's bare name that make it the family, not a model: 'Llama family'."
    )
    base_first_families: list[str] = Field(
        default=[],
        description="Families whose models' names open on their base model's, written apart: 'Llama 3.1 Nemotron"
        " Ultra'.",
    )
    size_nouns: list[str] = Field(
        default=[], description="Words after 'the 27B' that make the size a figure, not a model: 'the 27B parameters'."
    )
    variant_marks: list[str] = Field(
        default=[], description="Words after a bare size that make it a model: '27B PT hits 75.2'."
    )


class NamePattern(Strict):
    """A regular expression for names the alias table lacks, starting with a capital letter;
    `{family}`, `{tier}`, `{family_tier}`, `{version}`, `{size}`, `{not_name}`, `{benchmark_word}`,
    `{glued_adjective}`, `{model_kind}` and `{org}` (the organisations' names) are filled in from the rule set;
    `{hyphen}` is any hyphen (the press writes GPT‑2 with a non-breaking one) and `{sep}` a hyphen or a space."""

    id: str
    label: EntityType
    regex: str


class NamePatternError(ValueError):
    """A name pattern that fails once its placeholders are filled in: `index` in the merged list."""

    def __init__(self, index: int, message: str):
        super().__init__(message)
        self.index = index
