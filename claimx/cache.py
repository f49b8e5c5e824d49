"""The claim cache: the claims of articles already read, so a check re-extracts only what changed.

One SQLite file (`.claimx-cache/claims.sqlite3`), one row per article path: its
claims to cross-check (lines marked `claimx: ignore` already left out), and the
digest they were made from (the article's text and metadata, the rule files,
claimx's own code). A row whose digest no longer matches is a miss, replaced
when the article is read again. Beside each row, the keys under which each of
its claims can meet others (`CrossCheck.keys`), so that checking one article
loads only the claims that can disagree with it, however large the corpus.

The cache is an optimisation, never a source of truth: one that cannot be
opened, read or written is reported and replaced by an in-memory one.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Set
from dataclasses import dataclass
from pathlib import Path

from pydantic import TypeAdapter

from .check import without_ignored
from .corpus import Article, Extraction, Recalled
from .records import Claim

CACHE_DIR = Path(".claimx-cache")
CACHE_FILE = "claims.sqlite3"
SCHEMA_VERSION = 2  # 2: claim_keys name the claim, not only its article
CHUNK = 256  # articles extracted at a time: batched for nlp.pipe, yet streaming
SQL_VARIABLES = 500  # parameters per query, well under SQLite's limit
CLAIMS_ADAPTER: TypeAdapter[list[Claim]] = TypeAdapter(list[Claim])

Keys = Callable[[Claim], Set[str]]
Extract = Callable[[list[Article]], Iterable[Extraction]]


def code_version(rules_version: str) -> str:
    """What claims depend on besides the article: the rule files and the code that applies them."""
    digest = hashlib.sha256(rules_version.encode())
    for source in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(source.read_bytes())
    return digest.hexdigest()


class ClaimCache:
    def __init__(self, folder: Path | None, rules_version: str, keys: Keys, warn: Callable[[str], None]):
        """A cache in `folder`, or in memory (`folder` None: nothing kept after the run)."""
        self.version = code_version(rules_version)
        self.keys = keys
        self.pending: list[tuple[str, str, int, str, list[str]]] = []
        self.db = self._open(folder, warn) if folder is not None else None
        if self.db is None:
            self.db = self._connect(":memory:")

    def _open(self, folder: Path, warn: Callable[[str], None]) -> sqlite3.Connection | None:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            (folder / ".gitignore").write_text("# made by claimx\n*\n", encoding="utf-8")
            return self._connect(folder / CACHE_FILE)
        except (OSError, sqlite3.Error) as exc:
            warn(f"cannot use the cache in {folder} ({exc}); going on without it")
            return None

    @staticmethod
    def _connect(where) -> sqlite3.Connection:
        db = sqlite3.connect(where, timeout=30)
        if db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
            db.executescript(
                f"""
                DROP TABLE IF EXISTS articles;
                DROP TABLE IF EXISTS claim_keys;
                CREATE TABLE articles (path TEXT PRIMARY KEY, digest TEXT NOT NULL, claims INTEGER NOT NULL,
                                       records TEXT NOT NULL);
                CREATE TABLE claim_keys (key TEXT NOT NULL, path TEXT NOT NULL, claim INTEGER NOT NULL,
                                         PRIMARY KEY (key, path, claim)) WITHOUT ROWID;
                CREATE INDEX claim_keys_path ON claim_keys (path);
                PRAGMA user_version = {SCHEMA_VERSION};
                """
            )
        return db

    def digest(self, article: Article | Recalled) -> str:
        meta = (article.path, article.published, article.published_from, article.title, article.outlet, article.url)
        meta += (article.reader, article.encoding, article.body_start)  # records carry them too
        digest = hashlib.sha256(f"{self.version}\0{meta!r}\0".encode())
        digest.update(article.text_sha256.encode())  # a recalled article has no text, only its hash
        return digest.hexdigest()

    def known(self) -> dict[str, tuple[str, int]]:
        """Per cached path: the digest its claims were made from, and how many there are."""
        rows = self.db.execute("SELECT path, digest, claims FROM articles")
        return {path: (digest, count) for path, digest, count in rows}

    def put(self, article: Article, claims: list[Claim]) -> None:
        keys = sorted({(key, i) for i, claim in enumerate(claims) for key in self.keys(claim)})
        records = CLAIMS_ADAPTER.dump_json(claims).decode()
        self.pending.append((article.path, self.digest(article), len(claims), records, keys))

    def save(self) -> None:
        """Write what was added, in one transaction."""
        with self.db:
            for path, digest, count, records, keys in self.pending:
                self.db.execute("DELETE FROM claim_keys WHERE path = ?", (path,))
                self.db.execute("INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?)", (path, digest, count, records))
                self.db.executemany("INSERT INTO claim_keys VALUES (?, ?, ?)", [(key, path, i) for key, i in keys])
        self.pending.clear()

    def claims_with(self, keys: Iterable[str]) -> dict[str, set[int]]:
        """The articles holding a claim under one of `keys`, and which of their claims (by position) do."""
        found: dict[str, set[int]] = {}
        for chunk in _batches(sorted(keys)):
            marks = ",".join("?" * len(chunk))
            for path, claim in self.db.execute(f"SELECT path, claim FROM claim_keys WHERE key IN ({marks})", chunk):
                found.setdefault(path, set()).add(claim)
        return found

    def rows(self, paths: Iterable[str]) -> Iterator[tuple[str, str, str]]:
        """Path, digest and claims (as JSON) of each cached article among `paths`."""
        for chunk in _batches(sorted(paths)):
            marks = ",".join("?" * len(chunk))
            yield from self.db.execute(
                f"SELECT path, digest, records FROM articles WHERE path IN ({marks}) ORDER BY path", chunk
            )


def _some(records: str, positions: Set[int]) -> list[Claim]:
    """The claims at `positions` of a row's records, the others never validated: an article's other claims
    are most of a row, and a check against a large corpus needs only those sharing a key."""
    every = json.loads(records)
    return CLAIMS_ADAPTER.validate_python([every[i] for i in sorted(positions)])


def _batches(items: list[str]) -> Iterator[tuple[str, ...]]:
    iterator = iter(items)
    while batch := tuple(itertools.islice(iterator, SQL_VARIABLES)):
        yield batch


@dataclass(frozen=True)
class Gathered:
    claims: list[Claim]  # what the check needs
    total: int  # claims in all the articles
    articles: int  # articles read


def claims_to_check(
    articles: Iterable[Article | Recalled],
    checked: Set[str] | None,
    cache: ClaimCache,
    extract: Extract,
    reread: Callable[[str], Article | None],
) -> Gathered:
    """The claims a check needs: every claim of the `checked` articles (all when None), and of the
    others, those sharing a key with one of them. Articles the cache does not hold are extracted (a recalled
    one read first; `extract` sees only those, and may drop the ones that fail) and cached. A row that another run
    replaced meanwhile (another digest) or that fails validation is a miss: its article is read again
    (`reread`) and extracted.
    """
    known, total, digests = cache.known(), 0, {}
    misses: list[Article] = []

    def read(batch: list[Article]) -> Iterator[list[Claim]]:
        """The claims of each article of `batch` that extracts, cached and saved (a cold run of a large corpus
        never holds all its rows); `batch` is emptied."""
        for result in extract(batch) if batch else ():
            if not result.error:
                found = without_ignored(result.claims, result.article.text)
                cache.put(result.article, found)
                yield found
        batch.clear()
        cache.save()

    def claims_of(paths: Set[str], only: dict[str, set[int]] | None = None) -> list[Claim]:
        """The cached claims of `paths` (of each, those at the positions `only` gives), a stale row's read again."""
        claims, stale = [], []
        for path, digest, records in cache.rows(paths):
            try:
                if digest != digests[path]:
                    raise ValueError("replaced by another run")
                claims += CLAIMS_ADAPTER.validate_json(records) if only is None else _some(records, only[path])
            except ValueError:  # pydantic's ValidationError is one, and json's JSONDecodeError
                stale.append(path)
        for found in read([article for article in map(reread, stale) if article is not None]):
            claims += found
        return claims

    for article in articles:
        digests[article.path] = digest = cache.digest(article)
        cached = known.get(article.path)
        if cached and cached[0] == digest:
            total += cached[1]
            continue
        text = article if isinstance(article, Article) else reread(article.path)
        misses += [text] if text is not None else []
        if len(misses) == CHUNK:
            total += sum(map(len, read(misses)))
    total += sum(map(len, read(misses)))
    present = set(digests)  # the cache may hold articles since deleted, or read from elsewhere
    mine = claims_of(present if checked is None else checked & present)
    if checked is None:
        return Gathered(mine, total, len(present))
    keys = {key for claim in mine for key in cache.keys(claim)}
    sharing = cache.claims_with(keys)
    related = (sharing.keys() & present) - checked
    # a stale row's article is extracted whole: its claims are kept by their keys
    others = [c for c in claims_of(related, sharing) if not keys.isdisjoint(cache.keys(c))]
    return Gathered(mine + others, total, len(present))
