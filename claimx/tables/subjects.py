"""Whom a table's figures are about, and in which setup.

A row's subject is the model (or company) its subject column names; a column's,
the model its header names (`Scout` alone is a model where the resolver says so:
after `Llama 4`), with the setup the rest of the header names (`GPT-5 (high)`).
A key-value table (`| Attribute | Value |`) names no model at all: it is about
the one its caption, the sentence leading into it or its section heading names
(high confidence), else the model the prose claims of its section are about
(medium), else of the article so far, else the one its headline names (low). So
is a table whose headers name modes of one model (`| Benchmark | Standard |
Extended thinking |`), each column that model in its own setup. Refusing to
guess: where none of these points to one model, the table gives nothing; where
two columns (or rows) come out as the same model in the same setup, the names
the table tells apart are ones the rules do not know, and neither gives anything.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace

from ..entities import Entity
from ..records import Claim, Confidence
from ..ruleset import RuleSet, any_of
from ..spans import OTHER_NAME_CUES, DocSpans, title_case_line
from .grid import Cell, Table, plain

SUBJECT_TYPES = ("model", "org")
SENTENCE_END = (".", ":", ";", "!", "?", ",")
HEADING_MAX_WORDS = 6  # a short line without end punctuation: "Kimi K2 Thinking specs"


@dataclass(frozen=True, slots=True)
class TableSubject:
    name: str
    text: str
    source: str = "table_row"  # a `SubjectSource`: table_row, table_column or key_value
    confidence: Confidence | None = None  # None: the rating of `source` in `attribution.confidence`
    setup: str | None = None  # the mode its scores are in: "extended thinking"


@dataclass(frozen=True, slots=True)
class Columns:
    """Whom each column after the first is about; `around` where the text around the table names it."""

    subjects: list[list[TableSubject]]
    around: bool = False
    modes: bool = False  # the headers name modes of one model: only its scores are read


class TableSubjects:
    def __init__(self, rules: RuleSet):
        self.possessives = set(rules.attribution.possessives)
        self.foil_gap = rules.attribution.foil_gap
        self.key_value_confidence = rules.tables.key_value_confidence
        setups = any_of([*rules.tables.setup_headers, *rules.scores.setups])
        self.setup_words = re.compile(rf"\b(?:{setups})\b", re.IGNORECASE)
        self.setup_header = re.compile(rf"(?:{setups})(?: mode)?", re.IGNORECASE)
        self.note_headers = {h.lower() for h in rules.tables.note_headers}

    # -- names in cells ------------------------------------------------------

    def named(self, spans: DocSpans, cell: Cell, source: str) -> list[TableSubject]:
        """The models a cell names, else its organisations, in the setup the rest of the cell names."""
        entities = [e for e in spans.entities_within_chars(cell.start, cell.end) if e.type in SUBJECT_TYPES]
        named = [e for e in entities if e.type == "model"] or entities
        setup = self.setup_in(_outside(spans.text, cell, named)) if named else None
        return [TableSubject(e.name, e.text, source, setup=setup) for e in named]

    def setup_in(self, text: str) -> str | None:
        """The setups a cell names beside its model or benchmark: `(pass@1)`, `(extended thinking)`."""
        found = [m.group().lower() for m in self.setup_words.finditer(text)]
        return " ".join(dict.fromkeys(found)) or None

    def across(self, spans: DocSpans, table: Table, prose: list[Claim], key: int = 0) -> Columns | None:
        """Whom the columns after the key column (`key`) of a table are about: the models their headers name;
        else, for one value column or columns of modes, the model the text around the table names."""
        headers = table.header.cells[key + 1 :]
        if not headers:
            return None
        named = [self.named(spans, cell, "table_column") for cell in headers]
        if any(named):
            return Columns(only_distinct(named))
        values = [cell for cell in headers if not self._notes(cell)]  # a column of notes is about no model
        modes = [self._mode(cell) for cell in values]
        if not values or (not all(modes) and len(values) != 1):
            return None
        subject = self.key_value(spans, table, prose)
        if subject is None:
            return None
        setups = iter([mode if all(modes) else None for mode in modes])
        return Columns(
            [[] if self._notes(cell) else [replace(subject, setup=next(setups))] for cell in headers],
            around=True,
            modes=all(modes),
        )

    def _notes(self, cell: Cell) -> bool:
        """A header of a column that describes each row in words: `Notes`, `What It Measures`."""
        return plain(cell.text).lower() in self.note_headers

    def _mode(self, cell: Cell) -> str | None:
        """A header that is a setup and nothing else: `Extended Thinking`, `5-shot`."""
        header = plain(cell.text)
        return header.lower() if self.setup_header.fullmatch(header) else None

    # -- the subject of a key-value table ------------------------------------

    def key_value(self, spans: DocSpans, table: Table, prose: list[Claim]) -> TableSubject | None:
        lead_in, heading = _lead_in(spans, table.start), heading_above(spans.text, table.start)
        places = [table.header.cells[0], table.caption, lead_in, heading]
        several = False  # a place around the table names several models: the headline's need not be the table's
        for place in filter(None, places):
            names = self._subjects_of(spans, place.start, place.end)
            if len(names) == 1:
                name, text = names.popitem()
                return TableSubject(name, text, "key_value", self.key_value_confidence["named"])
            several = several or len(names) > 1
        models = {e.name for e in spans.entities if e.type == "model"}
        since, how = (heading.end, "section") if heading is not None else (0, "article")
        subjects = [c.subject for c in prose if since <= c.source.start < table.start and c.subject in models]
        name = _majority(subjects)
        if name:
            return TableSubject(name, name, "key_value", self.key_value_confidence[how])
        return None if several else self._headline_subject(spans, table)

    def _headline_subject(self, spans: DocSpans, table: Table) -> TableSubject | None:
        """The one model the article's headline names, as what a page about a model is about, unsure."""
        headline = _headline(spans.text)
        if headline is None or headline.end > table.start:
            return None
        names = self._subjects_of(spans, headline.start, headline.end)
        if len(names) != 1:
            return None
        name, text = names.popitem()
        return TableSubject(name, text, "key_value", self.key_value_confidence["article"])

    def _subjects_of(self, spans: DocSpans, start: int, end: int) -> dict[str, str]:
        """The models a caption, lead-in or heading is about: each it names, but for a comparison's foil
        (`unlike GPT-4o`) and a name that owns a figure of its own (`doubled from K2-Instruct's 128K`)."""
        first_token = spans.tokens_of(start, end)[0]
        figure_starts = {f.token_start for f in spans.figures}
        names: dict[str, str] = {}
        for entity in spans.entities_within_chars(start, end):
            if entity.type != "model":
                continue
            if self._is_foil(spans, entity, first_token):
                continue
            if self._owns_a_figure(spans, entity, figure_starts):
                continue
            names.setdefault(entity.name, entity.text)
        return names

    def _is_foil(self, spans: DocSpans, entity: Entity, limit: int) -> bool:
        """`than GPT-4o`, `unlike the GPT-4o`; but in `Unlike GPT-4o, Orca-2 is open` only GPT-4o."""
        foil = spans.marker_before(entity.start, OTHER_NAME_CUES, self.foil_gap, limit)
        return foil is not None and not any(t.is_punct for t in spans.doc[foil.end : entity.start])

    def _owns_a_figure(self, spans: DocSpans, entity: Entity, figure_starts: set[int]) -> bool:
        """`GPT-4o's 128K`: the name, a possessive, a figure."""
        return entity.end + 1 in figure_starts and spans.doc[entity.end].text in self.possessives


@dataclass(frozen=True, slots=True)
class _Place:
    start: int
    end: int


def _lead_in(spans: DocSpans, table_start: int) -> _Place | None:
    """The sentence just before the table, where the line before it is prose (not a heading)."""
    line = _line_before(spans.text, table_start)
    if line is None or _is_heading(spans.text, *line) or _is_table_row(spans.text, *line):
        return None
    last = spans.tokens_of(line[1] - 1, line[1])[0]
    sent = spans.doc[last].sent
    return _Place(max(sent.start_char, line[0]), line[1])


def _headline(text: str) -> _Place | None:
    """The article's first line with any text (front matter is blanked to spaces)."""
    start = text.rfind("\n", 0, len(text) - len(text.lstrip())) + 1
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    return _Place(start, end) if text[start:end].strip() else None


def heading_above(text: str, line_start: int, headline: bool = False) -> _Place | None:
    """The nearest heading above a line, the article's headline aside unless asked for (it names what the
    article is about, often by what it beat)."""
    first = text.rfind("\n", 0, len(text) - len(text.lstrip())) + 1  # front matter is blanked to spaces
    end = line_start
    while (line := _line_before(text, end)) is not None:
        if line[0] < first or (line[0] == first and not headline):
            return None
        if _is_heading(text, *line) and not _is_table_row(text, *line):
            return _Place(*line)
        end = line[0]
    return None


def _line_before(text: str, position: int) -> tuple[int, int] | None:
    """The last line with any text before `position` (a line start), as character bounds."""
    end = position - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip():
            return start, end
        end = start - 1
    return None


def _is_heading(text: str, start: int, end: int) -> bool:
    line = text[start:end].strip()
    if line.startswith("#"):
        return True
    if line.endswith(SENTENCE_END):
        return False
    return len(line.split()) <= HEADING_MAX_WORDS or title_case_line(text, start)


def _is_table_row(text: str, start: int, end: int) -> bool:
    return text[start:end].lstrip().startswith("|")


def _majority(names: Iterable[str]) -> str | None:
    """The name more than half of `names` are, if any."""
    counts = Counter(names)
    if not counts:
        return None
    name, count = counts.most_common(1)[0]
    return name if 2 * count > sum(counts.values()) else None


def only_distinct(
    subjects: list[list[TableSubject]], benchmarks: list[str | None] | None = None
) -> list[list[TableSubject]]:
    """Each column's (or row's) subjects but those another column also has in the same setup (and, where each
    row names its benchmark, on the same benchmark): `o1` twice means the table tells apart two models the rules
    know by one name, and which is which is unknown."""
    benchmarks = benchmarks or [None] * len(subjects)
    counts = Counter((s.name, s.setup, b) for group, b in zip(subjects, benchmarks, strict=True) for s in group)
    return [
        [s for s in group if counts[s.name, s.setup, b] == 1]
        for group, b in zip(subjects, benchmarks, strict=True)
    ]


def _outside(text: str, cell: Cell, entities: list[Entity]) -> str:
    """A cell's text with the entities' names cut out: what else it says."""
    kept, at = [], cell.start
    for entity in sorted(entities, key=lambda e: e.start_char):
        kept.append(text[at : entity.start_char])
        at = max(at, entity.end_char)
    kept.append(text[at : cell.end])
    return " ".join(kept)
