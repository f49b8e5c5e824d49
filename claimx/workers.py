"""Extraction over several processes: `claimx extract --workers N` and the commands that extract.

Each worker process builds the pipeline once (in the pool's initializer, from
the pickled rule set) and extracts the chunks of articles handed to it. The
parent reads the articles, hands them out a few chunks at a time and yields
each article's extraction in input order as its chunk comes back: what is in
flight stays bounded, so memory does not grow with the corpus, and the output is
byte for byte that of one worker. Workers send back claim records and errors,
plain picklable data; spaCy objects never cross a process boundary (its rulers'
matches do not survive the trip).

One worker, or articles that fit in one chunk, run in this process with no pool:
a pool would only add its start-up. The exception is a pool warmed ahead of need
(`Workers.warm`): `check` starts one worker building the pipeline as it begins,
when an article it checks has changed, and reads the corpus meanwhile.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import suppress

from .corpus import Article, Extraction
from .records import Claim
from .ruleset import RuleSet

CHUNK_ARTICLES = 16  # articles per task: enough for nlp.pipe to batch, few enough to spread a small corpus
CHUNK_CHARACTERS = 200_000  # or fewer when they are long: one huge file must not hold a chunk of others back
IN_FLIGHT_PER_WORKER = 3  # chunks handed out ahead: a worker never waits for work, memory stays bounded
PARENT_CHECK_SECONDS = 1.0  # how often a worker checks that the run it works for is still there

OnPart = Callable[[int], None] | None
Outcome = tuple[list[Claim], str | None]  # an article's claims and error, what a worker sends back

_PIPELINES: dict[str, object] = {}


class WorkerCrashed(Exception):
    """A worker process died (killed, out of memory): the run cannot know what it would have extracted."""


def pipeline_for(rules: RuleSet):
    """The pipeline, built on first use and once per rule set and process: importing spaCy and compiling
    the rules is most of a warm check's time, and a check whose articles are all cached needs neither."""
    from .pipeline import Extractor

    if rules.version not in _PIPELINES:
        _PIPELINES[rules.version] = Extractor(rules)
    return _PIPELINES[rules.version]


class Workers:
    """Extraction on `count` processes, started on first need and kept until the `with` block ends, so a
    command that extracts in several batches (`check`'s cache misses) starts them once."""

    def __init__(self, rules: RuleSet, count: int):
        self.rules = rules
        self.count = count
        self.pool: ProcessPoolExecutor | None = None
        self.warming: threading.Thread | None = None

    def warm(self) -> None:
        """Have one worker start building the pipeline now, while this process goes on (a check reading a
        large corpus's cache), so the extraction that follows does not wait for spaCy's import; the articles
        then go to the pool, however few. Nothing with one worker."""
        if self.count > 1:
            pool = self._pool()  # submitting waits for the fork server to import spaCy: not in this thread
            self.warming = threading.Thread(target=_start_one, args=(pool,), name="claimx-warm", daemon=True)
            self.warming.start()

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc_info) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None

    def extract(self, articles: Iterable[Article], on_part: OnPart = None) -> Iterator[Extraction]:
        """Records per article, in the order given, as `Extractor.extract` gives them; `on_part` is told each
        article's length as its records arrive. Raises `WorkerCrashed` when a worker dies."""
        if self.count == 1:
            yield from pipeline_for(self.rules).extract(articles, on_part=on_part)
            return
        chunks = _chunks(iter(articles))
        head = list(itertools.islice(chunks, 2))
        if len(head) < 2 and self.pool is None:
            yield from pipeline_for(self.rules).extract(itertools.chain.from_iterable(head), on_part=on_part)
            return
        if len(head) < 2 and self.warming is not None:
            # one chunk waits for the warmed worker anyway: handed out before that worker is ready, it would
            # have the pool start a second one, which the run's end then waits for while it builds its pipeline
            self.warming.join()
        yield from self._spread(itertools.chain(head, chunks), on_part)

    def _spread(self, chunks: Iterable[list[Article]], on_part: OnPart) -> Iterator[Extraction]:
        pool = self._pool()
        pending: deque[tuple[list[Article], Future]] = deque()
        for chunk in chunks:
            pending.append((chunk, pool.submit(_extract_chunk, chunk)))
            if len(pending) >= self.count * IN_FLIGHT_PER_WORKER:
                yield from _arrived(*pending.popleft(), on_part)
        while pending:
            yield from _arrived(*pending.popleft(), on_part)

    def _pool(self) -> ProcessPoolExecutor:
        if self.pool is None:
            self.pool = ProcessPoolExecutor(
                self.count, mp_context=_context(), initializer=_start_worker, initargs=(self.rules, os.getpid())
            )
        return self.pool


def _context():
    """Workers forked from a fork server that has imported spaCy and claimx once, where there is one: a
    plain fork would copy this process mid-run (the progress bar's thread, the claim cache's SQLite
    connection), and spawning would import spaCy again in every worker."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["claimx.pipeline"])
    return context


def _chunks(articles: Iterator[Article]) -> Iterator[list[Article]]:
    """The articles in chunks of at most `CHUNK_ARTICLES`, cut sooner past `CHUNK_CHARACTERS`."""
    chunk: list[Article] = []
    characters = 0
    for article in articles:
        chunk.append(article)
        characters += len(article.text)
        if len(chunk) == CHUNK_ARTICLES or characters >= CHUNK_CHARACTERS:
            yield chunk
            chunk, characters = [], 0
    if chunk:
        yield chunk


def _arrived(chunk: list[Article], future: Future, on_part: OnPart) -> Iterator[Extraction]:
    """The chunk's extractions, rejoined with the articles this process already holds (their text need
    not travel back)."""
    try:
        outcomes = future.result()
    except BrokenProcessPool:
        first, last = chunk[0].path, chunk[-1].path
        raise WorkerCrashed(f"a worker process died while extracting {first} to {last}") from None
    for article, (claims, error) in zip(chunk, outcomes, strict=True):
        if on_part is not None:
            on_part(len(article.text))
        yield Extraction(article, claims, error)


_worker_rules: RuleSet | None = None  # in a worker process: the rule set its pool was started with


def _start_worker(rules: RuleSet, parent: int) -> None:
    global _worker_rules
    _worker_rules = rules
    threading.Thread(target=_exit_without, args=(parent,), name="claimx-parent-watch", daemon=True).start()
    pipeline_for(rules)


def _exit_without(parent: int) -> None:
    """End this worker once the process that started the pool is gone (killed, say): the pool's queue would
    keep it waiting for work for ever, and forked from the fork server, it is no child of that process."""
    while True:
        time.sleep(PARENT_CHECK_SECONDS)
        try:
            os.kill(parent, 0)
        except ProcessLookupError:
            os._exit(1)


def _start_one(pool: ProcessPoolExecutor) -> None:
    """Have `pool` start a worker and wait until it is ready, unless the run is over first."""
    with suppress(RuntimeError, BrokenProcessPool, CancelledError):  # the run ended first: nothing to extract
        pool.submit(_ready).result()


def _ready() -> None:
    """Nothing: the task that makes the pool start a worker, whose initializer builds the pipeline."""


def _extract_chunk(chunk: list[Article]) -> list[Outcome]:
    """In a worker: each article's claims and error, in the chunk's order."""
    return [(result.claims, result.error) for result in pipeline_for(_worker_rules).extract(chunk)]
