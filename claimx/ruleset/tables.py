"""The rules for tables: column headers and what each column's figures are."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator

from ..records import Attribute, Confidence, Scope
from .base import Strict, UnitClass, each_compiles


class TableColumnRule(Strict):
    """A header cell that names what its column holds: every word must appear in the header."""

    id: str
    words: list[str]
    kind: Literal["parameter_count", "benchmark", "measure"]
    attribute: Attribute | None = None
    scope: Scope | None = None
    units: list[UnitClass] = ["count"]
    unit: str | None = Field(default=None, description="The unit to record when the cell carries none.")
    by_tokens: dict[str, Attribute] = Field(
        default={}, description="The attribute a figure takes when its header says which tokens it is for."
    )


class TableRules(Strict):
    subject_headers: list[str] = Field(
        default=[], description="Headers of the column naming the row's subject, most specific first."
    )
    columns: list[TableColumnRule] = []
    empty_cells: list[str] = []
    cell_units: dict[str, str] = Field(default={}, description="Cue label -> unit, for a unit written in a cell.")
    min_values: dict[str, float] = Field(
        default={}, description="unit -> the least figure a cell can state in it: '0.015' is no training run's FLOP."
    )
    unit_refinements: dict[Attribute, dict[str, Attribute]] = Field(
        default={}, description="attribute -> unit -> attribute: a 'Training Compute' cell in USD is a cost."
    )
    other_things: list[str] = Field(
        default=[], description="Header words that make a column count something else: 'Active Experts'."
    )
    tokens: dict[str, list[str]] = Field(
        default={}, description="Tokens side -> header words, beside `numbers.price_tokens`: 'Total context'."
    )
    setup_headers: list[str] = Field(
        default=[],
        description="Regular expressions for a header naming a mode of one model ('Extended thinking'), beside "
        "`scores.setups`: a header matching one whole makes its column that model's scores in that setup.",
    )
    benchmark_headers: list[str] = Field(
        default=[], description="First header cells of a table whose row keys are benchmarks, known or not."
    )
    not_benchmarks: list[str] = Field(
        default=[], description="Words of a row key that is no benchmark, in a benchmark table: 'Average'."
    )
    score_headers: list[str] = Field(
        default=[],
        description="Header words of a column of scores on no benchmark of its own ('Score', 'Published result'): "
        "beside a `Benchmark` column, each row's score on the benchmark that row names.",
    )
    note_headers: list[str] = Field(
        default=[],
        description="Headers of a column that describes each row in words ('Notes', 'What It Measures'): no "
        "value column, so a key-value table may have one beside its values.",
    )
    key_value_confidence: dict[Literal["named", "section", "article"], Confidence] = Field(
        default={"named": "high", "section": "medium", "article": "low"},
        description="How sure a key-value table's subject is: named by its caption, lead-in or heading; the "
        "model its section's claims are about; the model the article's claims so far are about, or its headline "
        "names.",
    )

    @field_validator("setup_headers")
    @classmethod
    def _compiles(cls, patterns):
        return each_compiles(patterns, "setup header")
