"""Cross-checking more claims than memory holds: spilled to disk, checked one partition at a time.

Two claims can only be in one conflict if they share a key (`CrossCheck.keys`), so the claims fall
into partitions, the connected components of their keys. Each claim is written to a temporary file
as it arrives, keeping in memory only where it lies and its keys; each partition is then read back
and checked alone, and its conflicts written out in turn. What stays in memory is the largest
partition and a few numbers per claim and per conflict, never the corpus: a quarter of a million
claims, a gigabyte as records in memory, are checked in a fraction of that.
"""

from __future__ import annotations

import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence, Set
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from ..records import CLAIM_ADAPTER, Claim, Conflict
from .checker import CrossCheck
from .confidence import at_least


class Spill:
    """Records written one after another to a temporary file, each read back by where it lies."""

    def __init__(self, folder: Path, name: str):
        self.file: IO[bytes] = open(folder / name, "w+b")  # closed by the Partitions that made it

    def write(self, data: bytes) -> tuple[int, int]:
        self.file.seek(0, 2)
        at = self.file.tell()
        self.file.write(data)
        return at, len(data)

    def read(self, span: tuple[int, int]) -> bytes:
        self.file.seek(span[0])
        return self.file.read(span[1])

    def close(self) -> None:
        self.file.close()


@dataclass(frozen=True)
class Found:
    """A conflict as spilled: its place in the report's order, its JSON, and what the summary counts. Small and
    plain, so a Dask worker hands it back as it is."""

    order: tuple[str, str, str]
    data: bytes
    kind: str
    confidence: str
    severity: str

    @classmethod
    def of(cls, conflict: Conflict) -> Found:
        order = (conflict.subject.lower(), conflict.key, conflict.id)
        return cls(order, conflict.model_dump_json().encode(), conflict.kind, conflict.confidence, conflict.severity)


@dataclass(frozen=True)
class _Entry:
    """A spilled conflict: its place in the report's order, where it lies, and what the summary counts."""

    order: tuple[str, str, str]
    span: tuple[int, int]
    kind: str
    confidence: str
    severity: str


class ConflictSpill:
    """Conflicts written to a temporary file as they are found, read back in the report's order."""

    def __init__(self, spill: Spill):
        self.spill, self.entries = spill, []

    def add(self, found: Found) -> None:
        span = self.spill.write(found.data)
        self.entries.append(_Entry(found.order, span, found.kind, found.confidence, found.severity))

    def conflicts(self) -> ConflictFile:
        return ConflictFile(self.spill, sorted(self.entries, key=lambda e: e.order))


class ConflictFile(Sequence[Conflict]):
    """Conflicts in the report's order, each read back from the spill when it is reached."""

    def __init__(self, spill: Spill, entries: list[_Entry]):
        self.spill, self.entries = spill, entries

    def __len__(self) -> int:
        return len(self.entries)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return ConflictFile(self.spill, self.entries[index])
        return Conflict.model_validate_json(self.spill.read(self.entries[index].span))

    def __iter__(self) -> Iterator[Conflict]:
        return (Conflict.model_validate_json(self.spill.read(entry.span)) for entry in self.entries)

    def only(self, confidence: str) -> ConflictFile:
        return ConflictFile(self.spill, [e for e in self.entries if e.confidence == confidence])

    def at_least(self, level: str) -> ConflictFile:
        return ConflictFile(self.spill, [e for e in self.entries if at_least(e.confidence, level)])

    def of_kinds(self, chosen: Callable[[str], bool]) -> ConflictFile:
        return ConflictFile(self.spill, [e for e in self.entries if chosen(e.kind)])

    def count(self, field: str) -> Counter[str]:
        return Counter(getattr(entry, field) for entry in self.entries)


class KeyGroups:
    """Keys joined into groups, the connected components of the keys claims share (union-find): two claims can
    only be in one conflict if they are in one group. A group is named by its smallest key, a fixed order."""

    def __init__(self):
        self.parent: dict[str, str] = {}

    def join(self, keys: Sequence[str]) -> None:
        for key in keys[1:]:
            self._join(keys[0], key)

    def root(self, key: str) -> str:
        self.parent.setdefault(key, key)
        while (parent := self.parent[key]) != key:
            self.parent[key] = self.parent[parent]  # halve the path: later finds are shorter
            key = parent
        return key

    def _join(self, a: str, b: str) -> None:
        root_a, root_b = self.root(a), self.root(b)
        if root_a != root_b:
            self.parent[max(root_a, root_b)] = min(root_a, root_b)


class Partitions:
    """Claims added one at a time; `conflicts()` checks each partition alone. A context manager: its temporary
    files last until the `with` block ends, so the conflicts it returns are read back within it."""

    def __init__(self, cross_check: CrossCheck):
        self.cross_check = cross_check
        self.folder = tempfile.TemporaryDirectory(prefix="claimx-")
        self.claims = Spill(Path(self.folder.name), "claims.jsonl")
        self.found = ConflictSpill(Spill(Path(self.folder.name), "conflicts.jsonl"))
        self.spans: list[tuple[int, int]] = []
        self.key_of: list[str | None] = []  # one of each claim's keys: its partition is that key's
        self.groups = KeyGroups()
        self.names: dict[str, set[str]] = defaultdict(set)  # per article, the names its claims give

    def __enter__(self) -> Partitions:
        return self

    def __exit__(self, *exception) -> None:
        self.claims.close()
        self.found.spill.close()
        self.folder.cleanup()

    def add(self, claim: Claim) -> None:
        keys = sorted(self.cross_check.keys(claim))
        self.groups.join(keys)
        self.spans.append(self.claims.write(CLAIM_ADAPTER.dump_json(claim)))
        self.key_of.append(keys[0] if keys else None)
        self.names[claim.source.path] |= self.cross_check.names_given(claim)

    def __len__(self) -> int:
        return len(self.spans)

    def conflicts(self, involving: Set[str] | None = None) -> ConflictFile:
        """Every conflict, in the order `CrossCheck.conflicts` gives them."""
        for partition in self._partitions():
            claims = [CLAIM_ADAPTER.validate_json(self.claims.read(self.spans[i])) for i in partition]
            for conflict in self.cross_check.conflicts(claims, involving, names=self._names):
                self.found.add(Found.of(conflict))
        return self.found.conflicts()

    def _names(self, path: str) -> set[str]:
        return self.names.get(path, set())

    def _partitions(self) -> list[list[int]]:
        """The claims' indices by partition, each in the order the claims came, the partitions in a fixed order;
        a partition of one claim is left out: it has nothing to disagree with."""
        members: dict[str, list[int]] = defaultdict(list)
        for index, key in enumerate(self.key_of):
            if key is not None:  # a claim no other can meet (a quote of no one named)
                members[self.groups.root(key)].append(index)
        return [members[root] for root in sorted(members) if len(members[root]) > 1]
