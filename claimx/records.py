"""The typed claim records: the single source of the output schema.

Every record carries its provenance (`source`, `text`, `sentence`, `rule`) so a
report can show and justify it without going back to the article.
`schemas/claim.schema.json` is generated from these models (`claimx schema`).
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Annotated, Literal, get_args

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, TypeAdapter

Qualifier = Literal["exact", "approximate", "at_least", "at_most", "range"]
Precision = Literal["day", "month", "year"]
YearSource = Literal["text", "manifest", "front_matter", "html", "header", "relative", "unknown"]
Scope = Literal["total", "active"]
Attribute = Literal[
    "context_window",
    "training_cost",
    "training_compute",
    "training_tokens",
    "price_per_million_tokens",
    "downloads",
    "chips",
    "other",
]
# how a figure's subject was found, from the surest to the least sure
SubjectSource = Literal[
    "possessive",  # GPT-4o's 88.7%
    "named_after",  # 72.4% for GLM-5.2
    "parenthesis",  # GLM-5.2 (72.4%), Scout (17B active, 109B total)
    "clause",  # the subject of the figure's own clause: GLM-5.2 scores 86.2%
    "sentence",  # a name earlier in the sentence, with other names or clauses between
    "anaphor",  # it, the model, the company
    "paragraph",  # the model the paragraph is about, named in an earlier sentence
    "heading",  # the model the section's heading names
    "article",  # the model the article is about
    "table_row",  # a table's model column
    "table_column",  # a table's header names the model of each column
    "key_value",  # a key-value table or list about one model, named in its heading or the text before
]
Confidence = Literal["high", "medium", "low"]


# A string many records repeat (an article's path, hash and title; a sentence with several figures; a subject):
# one object in memory, not one per record, so a quarter of a million records read back fit in half the memory.
Shared = Annotated[str, AfterValidator(sys.intern)]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(Record):
    """Where the evidence is: `text == article[start:end]` of the article as read (`claimx show` repeats it)."""

    path: Shared = Field(description="The article's path as given on the command line.")
    start: int = Field(ge=0, description="Character offset of the evidence; inclusive.")
    end: int = Field(ge=0, description="Character offset of the evidence; exclusive.")
    line: int = Field(ge=1, description="1-based line of `start`.")
    column: int = Field(ge=1, description="1-based column of `start` on its line.")
    reader: Shared = Field(
        default="text",
        description="How the file was read: 'text' (decoded, line ends made \\n), or 'html/...' (a page's main "
        "text, as that extractor gave it).",
    )
    encoding: Shared = Field(default="utf-8", description="The encoding the file was decoded with (a codec name).")
    text_sha256: Shared | None = Field(default=None, description="SHA-256 of the text read, which the offsets index.")
    published: Shared | None = Field(
        default=None,
        description="The article's publication date (ISO), where the manifest, front matter or page gives it: "
        "the day a price or a count that states no date is of.",
    )
    title: Shared | None = Field(
        default=None, description="The article's title, where the manifest, front matter or page gives it."
    )
    outlet: Shared | None = Field(
        default=None, description="Who published the article, where the manifest, front matter or page says."
    )


class ClaimBase(Record):
    source: Source
    text: str = Field(description="The evidence, exactly as written in the article.")
    sentence: Shared = Field(description="The sentence (or table row) holding the evidence.")
    rule: Shared = Field(description="Id of the rule that produced the record.")
    confidence: Confidence = Field(
        default="high",
        description="How sure the attribution is: of a figure's subject, an event's objects, a quote's speaker. "
        "Low where the text does not make it clear.",
    )


class NumberClaim(ClaimBase):
    subject: Shared = Field(description="Canonical name of the model or organisation the figure is about.")
    subject_text: Shared = Field(description="The subject as written, or the words it was resolved from.")
    subject_source: SubjectSource = Field(description="How the subject was found; `confidence` follows from it.")
    value: float = Field(description="The figure, normalised (1.2 trillion -> 1.2e12, 86.2% -> 86.2).")
    low: float | None = Field(
        description="Lower end of the interval the wording admits; null when exact or open below."
    )
    high: float | None = Field(
        description="Upper end of the interval the wording admits; null when exact or open above."
    )
    qualifier: Qualifier
    resolution: float = Field(
        description="Place value of the last written digit, scaled (1.2T -> 1e11): the figure's rounding step."
    )
    unit: Shared | None = Field(description="USD, %, tokens, FLOP, GPU-hours, ...; null for a bare count.")
    asserted_by: str | None = Field(
        default=None, description="Who the text says asserts the figure ('Zhipu reports', 'according to ...')."
    )
    self_reported: bool = Field(
        default=False, description="True when the asserter is the subject or the subject's maker."
    )
    hedged: bool = Field(
        default=False, description="True when the text hedges the figure: reportedly, rumored, estimated, could be."
    )
    as_of: str | None = Field(
        default=None,
        description="The date or period the figure is stated for, where the text gives one ('as of June 3', "
        "'in 2024'): ISO date, month or year. Figures for different times are a change, never a conflict.",
    )
    changed: bool = Field(
        default=False,
        description="True where the text states the figure as a change's new value ('cut the price to $2', 'now "
        "costs', 'expanded to 1M tokens', a list after 'after an 80% price reduction, the pricing is:'): another "
        "figure elsewhere may be the value before it, a change over time, not a contradiction.",
    )
    was: float | None = Field(
        default=None,
        description="For a figure stated as changed: the value before the change, where the text names it alone "
        "('down from $10', 'from 200K to 1M'); normalised as `value`.",
    )


class ParameterCount(NumberClaim):
    kind: Literal["parameter_count"] = "parameter_count"
    scope: Scope


class Benchmark(NumberClaim):
    kind: Literal["benchmark"] = "benchmark"
    benchmark: Shared = Field(description="Benchmark name with its version where given (Terminal-Bench 2.1).")
    setup: str | None = Field(
        default=None,
        description="How the score was obtained, where the text says ('3-shot', 'no tools', 'pass@1', 'base', "
        "'chat'): scores of different setups are never compared.",
    )


class Measure(NumberClaim):
    kind: Literal["measure"] = "measure"
    attribute: Attribute
    tokens: str | None = Field(
        default=None,
        description="For a price or a context window: the tokens it is for (input, output, cached, total), where "
        "the text says. Figures for different tokens are never compared.",
    )
    chip: str | None = Field(
        default=None,
        description="For a chip count: the chip named with it (Nvidia H800), where the text does. Counts of "
        "different chips are never compared.",
    )
    tier: str | None = Field(
        default=None,
        description="For a price: the pricing tier it is for (batch, flex, priority, off-peak, discount, median), "
        "after the host that sells it where the text names one (Groq, Together AI batch); null for the maker's "
        "standard rates. Prices of different tiers are never compared.",
    )


class Comparison(NumberClaim):
    """A ratio or difference stated in words: '5x longer context window than GPT-4o', 'within four points of'."""

    kind: Literal["comparison"] = "comparison"
    relation: Literal["ratio", "difference"] = Field(
        description="ratio: the subject's figure over the other's; difference: the gap between them."
    )
    attribute: str = Field(description="What is compared: a measure attribute, 'parameters' or 'benchmark'.")
    benchmark: str | None = Field(default=None, description="For a difference in scores: the benchmark.")
    other: str | None = Field(description="Canonical name of what the subject is compared with; null if unnamed.")
    other_text: str | None = Field(default=None, description="The other side as written ('its Western counterparts').")


class Event(ClaimBase):
    """Something that happened on a date: the date as the text gives it, and the clause it governs."""

    kind: Literal["event"] = "event"
    date: str | None = Field(
        description="ISO date (2026-06-12); a month's first day, its last in date_end; --MM-DD where the year "
        "cannot be known; null for a relative date whose anchor is not in the text."
    )
    date_end: str | None = Field(default=None, description="The last day of a range (June 13–16) or a month.")
    precision: Precision | None = Field(description="What the date pins down: a month is never passed off as a day.")
    year_source: YearSource = Field(description="Where the year came from.")
    approximate: bool = Field(default=False, description="True for 'two weeks after ...' and the like.")
    relative: str | None = Field(default=None, description="The relative expression as written ('the day after').")
    anchor: str | None = Field(default=None, description="What a relative date counts from, as written.")
    event: str = Field(description="The clause the date governs.")
    actor: str | None = Field(default=None, description="Canonical name of who acted, where the rules find it.")
    action: str | None = Field(default=None, description="The action's category (release, restrict, ...).")
    action_text: str | None = Field(default=None, description="The action word as written.")
    objects: list[str] = Field(default=[], description="Canonical names acted upon.")
    planned: bool = Field(
        default=False,
        description="True where the clause tells the action as intended, expected or put off, not done ('plans to "
        "release', 'is expected to launch', 'delayed the launch of'): a plan contradicts no date it happened on.",
    )


class Quote(ClaimBase):
    """Words in quotation marks, with who said them."""

    kind: Literal["quote"] = "quote"
    quote: str = Field(description="The words inside the marks (the same as `text`).")
    speaker: Shared | None = Field(description="Canonical name of the speaker; null for an unnamed one.")
    speaker_text: str | None = Field(default=None, description="The speaker as written ('she', 'Han', 'one analyst').")
    speaker_title: str | None = Field(default=None, description="'founder and chief scientist', 'analyst'.")
    speaker_affiliation: str | None = Field(default=None, description="'Zhipu AI', 'Asia Society Policy Institute'.")
    speaker_description: str | None = Field(default=None, description="For an unnamed speaker: 'one analyst'.")
    cue: str | None = Field(default=None, description="The word that attributes the quote ('said', 'told', ':').")


Claim = Annotated[ParameterCount | Benchmark | Measure | Comparison | Event | Quote, Field(discriminator="kind")]
CLAIM_ADAPTER: TypeAdapter[Claim] = TypeAdapter(Claim)


WITNESSES_SHOWN = 3  # per side of a conflict: enough to see that an article repeats a figure, and bounded


ConflictKind = Literal["figure", "derived", "event", "quote_speaker", "quote_wording"]
Severity = Literal["low", "medium", "high"]


class Conflict(Record):
    """Two articles (or one) that cannot both be right: the claims on each side, and who else says the same."""

    id: str = Field(description="Stable across reformatting: from the key, the figures compared and the files.")
    content_id: str = Field(
        description="As `id`, with the files named by the hash of their text, not their path: stable across a rename."
    )
    kind: ConflictKind
    subject: str
    key: str = Field(description="What was compared: subject, kind, and attribute, benchmark or scope.")
    severity: Severity
    confidence: Confidence = Field(
        description="How sure claimx is that the two sides are about the same thing: the confidence of the "
        "weaker side's attribution, lower where one side leaves a setup or tokens unstated. `claimx check` fails "
        "only on conflicts at or above its --min-confidence."
    )
    explanation: str = Field(
        description="Why it is a conflict, in one line: what is compared, why both cannot "
        "hold, how sure claimx is, and whether a side is the maker's own figure or a hedge."
    )
    sides: list[list[int]] = Field(description="Indices into `claims` of the claims on each side.")
    claims: list[Claim] = Field(description="The claims that disagree: one per side, or the figures a ratio compares.")
    witnesses: list[list[Claim]] = Field(
        default=[[], []],
        description=f"Per side, up to {WITNESSES_SHOWN} other claims of the same article that state the same: "
        "a conflict's size stays bounded however often an article repeats a figure.",
    )
    more_witnesses: list[int] = Field(
        default=[0, 0], description="Per side, how many more claims state the same than `witnesses` lists."
    )

    def side(self, index: int) -> list:
        return [self.claims[i] for i in self.sides[index]]


FIGURE_FIELDS = ("value", "low", "high", "resolution")


def conflict_json(conflict: Conflict) -> str:
    """A conflict as `json.dumps(..., indent=2)` writes it. pydantic's serialiser writes the same bytes several
    times faster (a million claims' report in seconds, not a minute), except for a figure below 1e-4 (`0.00001`,
    where json writes `1e-05`) or not finite: a conflict with one takes json's way."""
    claims = [*conflict.claims, *(claim for side in conflict.witnesses for claim in side)]
    figures = (getattr(claim, field, None) for claim in claims for field in FIGURE_FIELDS)
    if all(figure is None or figure == 0 or 1e-4 <= abs(figure) < math.inf for figure in figures):
        return conflict.model_dump_json(indent=2)
    return json.dumps(conflict.model_dump(mode="json"), indent=2, ensure_ascii=False)


def number_claim(
    kind: str, *, scope=None, benchmark=None, setup=None, attribute=None, tokens=None, chip=None, tier=None, **fields
) -> Claim:
    """The typed record of a figure claim: the kind decides which of scope, benchmark, attribute it keeps."""
    if kind == "parameter_count":
        return ParameterCount(scope=scope, **fields)
    if kind == "benchmark":
        return Benchmark(benchmark=benchmark, setup=setup, **fields)
    return Measure(attribute=attribute, tokens=tokens, chip=chip, tier=tier, **fields)


CLAIM_KINDS = get_args(get_args(Claim)[0])
FIELDS_OF_KIND = {model.model_fields["kind"].default: set(model.model_fields) for model in CLAIM_KINDS}


def record_fields() -> list[str]:
    """Every top-level field of every kind, in model order: the keys of each JSON Lines record, whatever its kind,
    so a database loader sees one shape."""
    fields: dict[str, None] = {}
    for model in CLAIM_KINDS:
        fields.update(dict.fromkeys(model.model_fields))
    return list(fields)


def read_claims(lines: Iterable[str], path: str) -> Iterator[Claim]:
    """Claim records from JSON Lines, as `claimx extract` writes them, one at a time; a bad line names its
    file and line."""
    for number, line in enumerate(lines, 1):
        if line.strip():
            try:
                yield claim_of_line(line)
            except ValueError as exc:
                raise _not_a_record(path, number, exc) from None


def claims_between(path: Path, start: int = 0, end: int | None = None) -> Iterator[tuple[Claim, bytes]]:
    """The claim records of a JSON Lines file from byte `start` (a line's start) to `end` (None: its end), so
    that a process reads its part of a file; each with its JSON as `CLAIM_ADAPTER` reads it back fastest. A bad
    line names its file and line. Read from its start, the file need not be seekable (a pipe)."""
    with path.open("rb") as file:
        if start:
            file.seek(start)
        at = start
        for number, line in enumerate(file, 1):
            if end is not None and at >= end:
                break
            if line.strip():
                try:
                    claim, own = claim_and_json(line.decode("utf-8"))
                except ValueError as exc:  # UnicodeDecodeError included
                    line_number = _line_number(file, start) + number - 1 if start else number
                    raise _not_a_record(str(path), line_number, exc) from None
                yield claim, own.encode() if own is not None else CLAIM_ADAPTER.dump_json(claim)
            at += len(line)


def line_start(path: Path, at: int) -> int:
    """The offset of the first line of `path` that starts at or after byte `at`: where a part of it may begin."""
    if at == 0:
        return 0
    with path.open("rb") as file:
        file.seek(at - 1)
        file.readline()
        return file.tell()


def _line_number(file: IO[bytes], at: int) -> int:
    """The 1-based line at byte `at`, counted only for an error message."""
    file.seek(0)
    return file.read(at).count(b"\n") + 1


def _not_a_record(path: str, line: int, exc: ValueError) -> ValueError:
    return ValueError(f"{path}:{line}: not a claim record: {_first_error(exc)}")


# `"kind":"event"` and `,"scope":null` as `claimx extract` writes them (compact, keys quoted): outside a string,
# for a quotation mark inside one is always escaped. The first finds a record's kind, the second the empty
# fields of other kinds that JSON Lines carries for one shape.
KIND_WRITTEN = re.compile(r'"kind":"(\w+)"')
OTHER_KINDS_NULLS = {
    kind: re.compile(",(?:" + "|".join(f'"{name}":null' for name in sorted(set(record_fields()) - own)) + ")")
    for kind, own in FIELDS_OF_KIND.items()
}


def claim_of_line(line: str) -> Claim:
    """One record. pydantic parses the line itself, with the empty fields of other kinds cut out of its text,
    several times faster than through `json.loads`; a line written otherwise (spaced, hand-made, wrong) takes
    the slow way, which gives the same claim or the same error."""
    return claim_and_json(line)[0]


def claim_and_json(line: str) -> tuple[Claim, str | None]:
    """One record (as `claim_of_line`), and the text pydantic read it from the fast way, if it did: the record
    as pydantic reads it again fastest."""
    kind = KIND_WRITTEN.search(line)
    if kind is not None and kind[1] in OTHER_KINDS_NULLS:
        own = OTHER_KINDS_NULLS[kind[1]].sub("", line)
        try:
            return CLAIM_ADAPTER.validate_json(own), own
        except ValueError:
            pass
    return CLAIM_ADAPTER.validate_python(_own_fields(json.loads(line))), None


def _own_fields(data: object) -> object:
    """A record's data without the empty fields of other kinds, which JSON Lines carries for one shape."""
    if not isinstance(data, dict) or data.get("kind") not in FIELDS_OF_KIND:
        return data
    own = FIELDS_OF_KIND[data["kind"]]
    return {key: value for key, value in data.items() if key in own or value is not None}


def _first_error(exc: ValueError) -> str:
    errors = getattr(exc, "errors", None)
    if callable(errors):
        first = errors()[0]
        return f"{'.'.join(str(p) for p in first['loc'])}: {first['msg']}"
    return str(exc)


def claim_json_schema() -> str:
    """The JSON Schema of one claim record, as committed in `schemas/claim.schema.json`."""
    schema = CLAIM_ADAPTER.json_schema()
    schema["title"] = "claimx claim record"
    return json.dumps(schema, indent=2, sort_keys=True) + "\n"


def sort_key(claim: ClaimBase) -> tuple:
    """Records sort by where they are, so output order never depends on rule order."""
    return (claim.source.path, claim.source.start, claim.source.end, claim.kind, claim.rule)
