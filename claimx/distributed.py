"""Extraction and cross-checking spread over a Dask cluster, for a corpus beyond one machine.

`extract` hands the articles out as a Dask bag, a partition of many files per task; each worker builds the
pipeline once and writes its partition's records as `part-00000.jsonl`, ... in the output folder, so
the parts, in order, hold what `claimx extract` writes on one machine. `conflicts` reads folders of such
records on the workers, gathers only each claim's keys to join them into groups (`KeyGroups`, as one
machine does), shuffles the claims by group and cross-checks each group on a worker with the same
`CrossCheck`; the conflicts come back as spilled `Found`s, in the order one machine reports them.

Workers read the articles and records by the paths given, so on a cluster those paths name a shared file
system. Dask is an extra (`pip install 'claimx[dask]'`) imported only here and only by a run that asks for
it: `claimx --help` and every other run never load it.
"""

from __future__ import annotations

import functools
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .check import RecordMarkers
from .corpus import Article, Articles, InputProblem, ManifestEntry
from .crosscheck import CrossCheck
from .crosscheck.partitions import ConflictFile, ConflictSpill, Found, KeyGroups, Spill
from .records import CLAIM_ADAPTER, read_claims
from .report import write_records
from .ruleset import RuleSet
from .workers import pipeline_for

LOCAL = "local"  # --dask local: a LocalCluster on this machine
CONNECT_SECONDS = 30  # to reach a scheduler before saying it cannot be reached
ARTICLES_PER_PARTITION = 64  # per task: the pipeline's start-up is paid once per worker, the scheduler's per task


class DaskMissing(Exception):
    """Dask is not installed: the message says how to install it."""


@contextmanager
def client(scheduler: str, workers: int) -> Iterator[None]:
    """A Dask client of the scheduler at `scheduler` (`tcp://host:8786`), or of a LocalCluster of `workers`
    processes for `local`, the one `dask.compute` uses within the block; both closed when it ends."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise DaskMissing("--dask needs Dask: pip install 'claimx[dask]'") from None
    if scheduler != LOCAL:
        with Client(scheduler, timeout=CONNECT_SECONDS):
            yield
        return
    with (
        LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        Client(cluster),
    ):
        yield


# -- extraction -------------------------------------------------------------------


@dataclass
class PartWritten:
    """What a worker made of one partition of articles: the counts and the problems `claimx extract` reports."""

    articles: int = 0
    claims: Counter[str] = field(default_factory=Counter)
    problems: list[InputProblem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def extract(
    files: list[Path], manifest: dict[str, ManifestEntry], max_bytes: int, rules: RuleSet, folder: Path
) -> list[PartWritten]:
    """Every article of `files` extracted on the workers of the current client, partition `i`'s records written
    to `folder/part-0000i.jsonl`; what each partition made, in order."""
    import dask
    import dask.bag

    folder.mkdir(parents=True, exist_ok=True)
    partitions = dask.bag.from_sequence(files, partition_size=ARTICLES_PER_PARTITION).to_delayed()
    rules_once = dask.delayed(rules, traverse=False)  # one copy in the graph, not one per task
    tasks = [
        dask.delayed(_extract_part)(part, manifest, max_bytes, rules_once, folder / f"part-{index:05d}.jsonl")
        for index, part in enumerate(partitions)
    ]
    return list(dask.compute(*tasks))


def _extract_part(
    files: list[Path], manifest: dict[str, ManifestEntry], max_bytes: int, rules: RuleSet, target: Path
) -> PartWritten:
    written = PartWritten()

    def articles() -> Iterator[Article]:
        for item in Articles(files, manifest, max_bytes):
            if isinstance(item, InputProblem):
                written.problems.append(item)
            else:
                written.notes += [f"{item.path}: {said}" for said in item.notes]
                yield item

    def claims():
        for result in pipeline_for(rules).extract(articles()):  # built once per worker process and rule set
            if result.error:
                written.problems.append(InputProblem(result.article.path, result.error))
                continue
            written.articles += 1
            written.claims.update(claim.kind for claim in result.claims)
            yield from result.claims

    with target.open("w", encoding="utf-8") as out:
        write_records(claims(), "jsonl", out)
    return written


# -- cross-checking ---------------------------------------------------------------


@dataclass
class Gathered:
    """What the driver needs of a file of records to group them: each distinct key set, the names each article
    gives, how many claims and files, and the articles whose `claimx: ignore` markers could not be read."""

    key_sets: set[tuple[str, ...]] = field(default_factory=set)
    names: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    claims: int = 0
    files: set[str] = field(default_factory=set)
    unknown_markers: set[str] = field(default_factory=set)

    def merge(self, other: Gathered) -> Gathered:
        self.key_sets |= other.key_sets
        for path, names in other.names.items():
            self.names[path] |= names
        self.claims += other.claims
        self.files |= other.files
        self.unknown_markers |= other.unknown_markers
        return self


@dataclass(frozen=True)
class Keyed:
    """A claim as the workers hold it between the two passes: where it came (file, line: the order one
    machine reads it in), its sorted keys and its JSON."""

    at: tuple[int, int]
    keys: tuple[str, ...]
    data: bytes


@contextmanager
def conflicts(paths: list[Path], max_bytes: int, cross_check: CrossCheck) -> Iterator[tuple[ConflictFile, Gathered]]:
    """The conflicts among the records in the .jsonl `paths`, checked on the workers of the current client,
    read back within the block (they are spilled to a temporary file), and what was gathered of the records."""
    import dask
    import dask.bag

    check = dask.delayed(cross_check, traverse=False)
    parts = [dask.delayed(_keyed_records, nout=2)(i, str(p), max_bytes, check) for i, p in enumerate(paths)]
    records, *summaries = dask.persist(dask.bag.from_delayed([keyed for keyed, _ in parts]), *[g for _, g in parts])
    gathered = functools.reduce(Gathered.merge, dask.compute(*summaries), Gathered())
    group_of = dask.delayed(_groups(gathered.key_sets), traverse=False)
    names = dask.delayed(dict(gathered.names), traverse=False)
    by_group = records.filter(_meets_others).map(_in_group, group_of).groupby(_group, shuffle="tasks")
    found = by_group.map(_checked_group, check, names).compute()
    with tempfile.TemporaryDirectory(prefix="claimx-") as folder, _spill(Path(folder)) as spill:
        for number, (_, group_found) in enumerate(sorted(found, key=lambda pair: pair[0])):
            for rank, one in enumerate(group_found):
                spill.add(one, (number, rank))  # ranked as one machine ranks them: by group, then in the group
        yield spill.conflicts(), gathered


def _groups(key_sets: set[tuple[str, ...]]) -> dict[str, str]:
    """Each key's group, named by its smallest key, as `Partitions` joins them on one machine."""
    groups = KeyGroups()
    for keys in key_sets:
        groups.join(keys)
    return {key: groups.root(key) for keys in key_sets for key in keys}


def _keyed_records(index: int, path: str, max_bytes: int, cross_check: CrossCheck) -> tuple[list[Keyed], Gathered]:
    """A file's records with their keys, those on a line marked `claimx: ignore` left out (the articles read
    again, as one machine does), and what the driver needs of them."""
    markers = RecordMarkers(Articles([], {}, max_bytes).reread)
    gathered, keyed = Gathered(), []
    with open(path, encoding="utf-8") as lines:
        for number, claim in enumerate(read_claims(lines, path)):
            gathered.files.add(claim.source.path)
            if markers.ignored(claim):
                continue
            keys = tuple(sorted(cross_check.keys(claim)))
            gathered.key_sets.add(keys)
            gathered.names[claim.source.path] |= cross_check.names_given(claim)
            gathered.claims += 1
            keyed.append(Keyed((index, number), keys, CLAIM_ADAPTER.dump_json(claim)))
    gathered.unknown_markers.update(markers.unknown())
    return keyed, gathered


def _meets_others(record: Keyed) -> bool:
    return bool(record.keys)  # a claim with no key meets no other (a quote of no one named)


def _in_group(record: Keyed, group_of: dict[str, str]) -> tuple[str, Keyed]:
    return group_of[record.keys[0]], record


def _group(pair: tuple[str, Keyed]) -> str:
    return pair[0]


def _checked_group(
    group: tuple[str, list[tuple[str, Keyed]]], cross_check: CrossCheck, names: dict[str, set[str]]
) -> tuple[str, list[Found]]:
    """One group's conflicts, found by the same `CrossCheck` as on one machine, over its claims in the order
    one machine reads them."""
    name, members = group
    records = sorted((record for _, record in members), key=lambda record: record.at)
    claims = [CLAIM_ADAPTER.validate_json(record.data) for record in records]
    found = cross_check.conflicts(claims, names=lambda path: names.get(path, set()))
    return name, [Found.of(conflict) for conflict in found]


@contextmanager
def _spill(folder: Path) -> Iterator[ConflictSpill]:
    spill = ConflictSpill([Spill(folder, "conflicts.jsonl")])
    try:
        yield spill
    finally:
        spill.close()
