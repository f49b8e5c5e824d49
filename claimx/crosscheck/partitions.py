"""Cross-checking more claims than memory holds: spilled to disk, checked one partition at a time.

Two claims can only be in one conflict if they share a key (`CrossCheck.keys`), so the claims fall
into partitions, the connected components of their keys. Each claim is written to a temporary file
as it arrives, keeping in memory only where it lies and its keys; each partition is then read back
and checked alone, and its conflicts written out in turn. What stays in memory is the largest
partition and a few numbers per claim and per conflict, never the corpus: a million claims, four
gigabytes as records in memory, are checked in a sixth of that. On a large corpus the work is shared
among forked processes twice: each parses, keys and spills its part of the records files (cut at line
starts), the parts' indexes then joined in the files' order; and each checks a share of the
partitions, reading the claims' files by offset and spilling its own conflicts. A conflict's rank (its
partition's place, its place in the partition) keeps the report's order whichever process found it.
`KeyGroups` and `Found` serve the Dask run (`claimx.distributed`) too."""

from __future__ import annotations

import bisect
import itertools
import multiprocessing
import os
import sys
import tempfile
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence, Set
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

from ..records import CLAIM_ADAPTER, Claim, Conflict, claims_between, conflict_json, line_start
from .checker import CrossCheck
from .confidence import at_least

if TYPE_CHECKING:
    from ..check import RecordMarkers


class Spill:
    """Records written one after another to a temporary file, each read back by where it lies. Reads name
    their offset (`pread`), so processes forked from the one that wrote the file read it side by side."""

    def __init__(self, folder: Path, name: str):
        # a large buffer: a million records are written in a thousand calls to the system, not a hundred thousand
        self.file: IO[bytes] = open(folder / name, "w+b", buffering=2**20)  # closed by the Partitions that made it
        self.end = 0

    def write(self, data: bytes) -> tuple[int, int]:
        self.file.write(data)
        at, self.end = self.end, self.end + len(data)
        return at, len(data)

    def read(self, span: tuple[int, int]) -> bytes:
        self.file.flush()  # nothing to do unless written since
        return os.pread(self.file.fileno(), span[1], span[0])

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
        data = conflict_json(conflict).encode()  # as a JSON report writes it: read back, it is written as it is
        return cls(order, data, conflict.kind, conflict.confidence, conflict.severity)


@dataclass(frozen=True)
class _Entry:
    """A spilled conflict: its place in the report's order (`rank`, its group's and its place in the group,
    orders conflicts that tie), in which spill it lies and where, and what the summary counts."""

    order: tuple[str, str, str]
    rank: tuple[int, int]
    spill: int
    span: tuple[int, int]
    kind: str
    confidence: str
    severity: str


class ConflictSpill:
    """Conflicts written to temporary files as they are found, one file per process finding them, read back in
    the report's order."""

    def __init__(self, spills: list[Spill]):
        self.spills, self.entries = spills, []

    def add(self, found: Found, rank: tuple[int, int], spill: int = 0) -> None:
        span = self.spills[spill].write(found.data)
        self.entries.append(_Entry(found.order, rank, spill, span, found.kind, found.confidence, found.severity))

    def conflicts(self) -> ConflictFile:
        return ConflictFile(self.spills, sorted(self.entries, key=lambda e: (e.order, e.rank)))

    def close(self) -> None:
        for spill in self.spills:
            spill.close()


class ConflictFile(Sequence[Conflict]):
    """Conflicts in the report's order, each read back from its spill when it is reached."""

    def __init__(self, spills: list[Spill], entries: list[_Entry]):
        self.spills, self.entries = spills, entries

    def __len__(self) -> int:
        return len(self.entries)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return ConflictFile(self.spills, self.entries[index])
        return self._read(self.entries[index])

    def __iter__(self) -> Iterator[Conflict]:
        return map(self._read, self.entries)

    def _read(self, entry: _Entry) -> Conflict:
        return Conflict.model_validate_json(self.spills[entry.spill].read(entry.span))

    def texts(self) -> Iterator[str]:
        """Each conflict's JSON, as `conflict_json` writes it."""
        return (self.spills[entry.spill].read(entry.span).decode() for entry in self.entries)

    def only(self, confidence: str) -> ConflictFile:
        return ConflictFile(self.spills, [e for e in self.entries if e.confidence == confidence])

    def at_least(self, level: str) -> ConflictFile:
        return ConflictFile(self.spills, [e for e in self.entries if at_least(e.confidence, level)])

    def of_kinds(self, chosen: Callable[[str], bool]) -> ConflictFile:
        return ConflictFile(self.spills, [e for e in self.entries if chosen(e.kind)])

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


_Part = tuple[Path, int, int | None]  # a part of a records file: the file, its first byte, its end (None: all)
PARALLEL_AFTER = 20_000  # claims: below this, checking takes less than starting a process
READ_APART_AFTER = 16 * 2**20  # bytes of records (some 12,000): below this, reading takes less than a process


class _Index:
    """What is kept in memory of each claim: in which spill it lies (one per process reading records) and
    where, its first key; and the groups its keys join, and per article the names its claims give. A process
    reading part of the records builds one, and the one that started it adds it to its own."""

    def __init__(self):
        self.spill, self.at, self.length = array("I"), array("q"), array("q")
        self.key_of: list[str | None] = []  # one of each claim's keys: its partition is that key's
        self.groups = KeyGroups()
        self.names: dict[str, set[str]] = defaultdict(set)

    def add(self, claim: Claim, cross_check: CrossCheck, spill: int, span: tuple[int, int]) -> None:
        keys = sorted(sys.intern(key) for key in cross_check.keys(claim))  # one string per key, sent once
        self.groups.join(keys)
        self.spill.append(spill)
        self.at.append(span[0])
        self.length.append(span[1])
        self.key_of.append(keys[0] if keys else None)
        self.names[claim.source.path] |= cross_check.names_given(claim)

    def extend(self, other: _Index) -> None:
        """`other`'s claims after these, its groups joined to these."""
        for array_, more in ((self.spill, other.spill), (self.at, other.at), (self.length, other.length)):
            array_.extend(more)
        self.key_of += other.key_of
        for key in other.groups.parent:
            self.groups.join([key, other.groups.root(key)])
        for path, names in other.names.items():
            self.names[path] |= names


@dataclass
class RecordsRead:
    """What reading the records files found besides the claims: every article they name, and those whose
    `claimx: ignore` markers are unknown (changed or gone since)."""

    paths: set[str]
    unknown: list[str]


class Partitions:
    """Claims added one at a time, or read from records files by `processes` forked processes, each its part of
    the files; `conflicts()` checks each partition alone, the partitions shared among the processes on a large
    corpus (where processes can be forked, sharing the spills as they are). A context manager: its temporary
    files last until the `with` block ends, so the conflicts it returns are read back within it."""

    def __init__(self, cross_check: CrossCheck, processes: int = 1):
        self.cross_check = cross_check
        self.processes = processes if "fork" in multiprocessing.get_all_start_methods() else 1
        self.folder = tempfile.TemporaryDirectory(prefix="claimx-")
        self.claims = [Spill(Path(self.folder.name), f"claims-{i}.jsonl") for i in range(self.processes)]
        spills = [Spill(Path(self.folder.name), f"conflicts-{i}.jsonl") for i in range(self.processes)]
        self.found = ConflictSpill(spills)
        self.index = _Index()

    def __enter__(self) -> Partitions:
        return self

    def __exit__(self, *exception) -> None:
        for spill in self.claims:
            spill.close()
        self.found.close()
        self.folder.cleanup()

    def add(self, claim: Claim) -> None:
        self.index.add(claim, self.cross_check, 0, self.claims[0].write(CLAIM_ADAPTER.dump_json(claim)))

    def read(self, files: Sequence[Path], markers: RecordMarkers) -> RecordsRead:
        """Add the claims of JSON Lines `files` (as `claimx extract` writes them), in their order, but those on
        a line `markers` says is ignored. On a large corpus, each process parses and keys its part of the files
        (a third of the time, otherwise all in one) and spills the claims to a file of its own. A bad record
        raises ValueError naming its file and line: the first in the files' order."""
        if all(path.is_file() for path in files):
            sizes = [os.path.getsize(path) for path in files]
            shares = _parts(files, sizes, self.processes if sum(sizes) >= READ_APART_AFTER else 1)
        else:  # a pipe (`<(zcat claims.jsonl.gz)`) has no size to cut it by: read whole, here
            shares = [[(path, 0, None) for path in files]]
        others = [_Forked(self._read_share, share, spill, markers) for spill, share in enumerate(shares) if spill]
        outcomes = [_attempt(self._read_share, shares[0], 0, markers), *(_attempt(f.result) for f in others)]
        if problem := next((o for o in outcomes if isinstance(o, BaseException)), None):
            raise problem
        paths, unknown = set(), set()
        for index, read in outcomes:
            self.index.extend(index)
            paths |= read.paths
            unknown.update(read.unknown)
        return RecordsRead(paths, sorted(unknown))

    def _read_share(self, share: list[_Part], spill: int, markers: RecordMarkers) -> tuple[_Index, RecordsRead]:
        """The claims of `share`, parts of records files, written to spill number `spill` and indexed apart."""
        index, paths = _Index(), set()
        for path, start, end in share:
            for claim, data in claims_between(path, start, end):
                paths.add(claim.source.path)
                if not markers.ignored(claim):
                    index.add(claim, self.cross_check, spill, self.claims[spill].write(data))
        self.claims[spill].file.flush()  # read by the processes that check
        return index, RecordsRead(paths, markers.unknown())

    def __len__(self) -> int:
        return len(self.index.at)

    def conflicts(self, involving: Set[str] | None = None) -> ConflictFile:
        """Every conflict, in the order `CrossCheck.conflicts` gives them."""
        partitions = list(enumerate(self._partitions()))
        shares = _shared_out(partitions, self.processes if len(self) >= PARALLEL_AFTER else 1)
        self.claims[0].file.flush()  # the forked processes read what is written
        others = [_Forked(self._check, share, spill, involving) for spill, share in enumerate(shares[1:], 1)]
        self._check(shares[0], 0, involving)  # this process checks its share meanwhile
        for forked in others:
            self.found.entries += forked.result()
        return self.found.conflicts()

    def _check(self, partitions: list[tuple[int, list[int]]], spill: int, involving: Set[str] | None) -> list:
        """Check `partitions` (each with its place in the fixed order), their conflicts written to spill number
        `spill`; the entries added."""
        before = len(self.found.entries)
        for number, partition in partitions:
            claims = [self._claim(i) for i in partition]
            for rank, conflict in enumerate(self.cross_check.conflicts(claims, involving, names=self._names)):
                self.found.add(Found.of(conflict), (number, rank), spill)
        self.found.spills[spill].file.flush()
        return self.found.entries[before:]

    def _claim(self, number: int) -> Claim:
        span = (self.index.at[number], self.index.length[number])
        return CLAIM_ADAPTER.validate_json(self.claims[self.index.spill[number]].read(span))

    def _names(self, path: str) -> set[str]:
        return self.index.names.get(path, set())

    def _partitions(self) -> list[list[int]]:
        """The claims' indices by partition, each in the order the claims came, the partitions in a fixed order;
        a partition of one claim is left out: it has nothing to disagree with."""
        members: dict[str, list[int]] = defaultdict(list)
        for index, key in enumerate(self.index.key_of):
            if key is not None:  # a claim no other can meet (a quote of no one named)
                members[self.index.groups.root(key)].append(index)
        return [members[root] for root in sorted(members) if len(members[root]) > 1]


def _parts(files: Sequence[Path], sizes: list[int], processes: int) -> list[list[_Part]]:
    """The files cut at line starts into `processes` shares of about as many bytes, in the files' order."""
    total = sum(sizes)
    cuts = [total * share // processes for share in range(1, processes)]  # in the files one after another
    shares: list[list[_Part]] = [[] for _ in range(processes)]
    offset = 0
    for path, size in zip(files, sizes, strict=True):
        inside = [line_start(path, cut - offset) for cut in cuts if offset < cut < offset + size]
        bounds = [0, *inside, size]
        for start, end in itertools.pairwise(bounds):
            if end > start:
                shares[bisect.bisect_right(cuts, offset + start)].append((path, start, end))
        offset += size
    return shares


def _shared_out(partitions: list[tuple[int, list[int]]], processes: int) -> list[list[tuple[int, list[int]]]]:
    """The partitions dealt out in `processes` shares of about as many claims, the largest first."""
    shares: list[list[tuple[int, list[int]]]] = [[] for _ in range(processes)]
    sizes = [0] * processes
    for partition in sorted(partitions, key=lambda p: (-len(p[1]), p[0])):
        lightest = sizes.index(min(sizes))
        shares[lightest].append(partition)
        sizes[lightest] += len(partition[1])
    return shares


class _Forked:
    """`work(*args)` run in a forked process, which sees this one's memory as it was: its result (or the
    exception it raised) is sent back through a pipe."""

    def __init__(self, work: Callable, *args):
        context = multiprocessing.get_context("fork")
        self.receive, send = context.Pipe(duplex=False)
        self.process = context.Process(target=_send_result, args=(send, work, args), daemon=True)
        self.process.start()
        send.close()

    def result(self):
        try:
            result = self.receive.recv()
        except EOFError:
            result = RuntimeError(f"a cross-checking process ended without a result (exit {self.process.exitcode})")
        self.process.join()
        if isinstance(result, BaseException):
            raise result
        return result


def _send_result(send, work: Callable, args: tuple) -> None:
    send.send(_attempt(work, *args))
    send.close()


def _attempt(work: Callable, *args):
    """What `work(*args)` returns, or the exception it raised, to raise once every process has ended."""
    try:
        return work(*args)
    except BaseException as exc:
        return exc
