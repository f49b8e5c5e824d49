"""The claim cache: the claims of articles already read, so a check re-extracts only what changed.

One SQLite file (`.claimx-cache/claims.sqlite3`), one row per article path: the
digest its claims were made from (the article's text and metadata, the rule
files, claimx's own code) and how many there are; and one row per claim to
cross-check (lines marked `claimx: ignore` already left out), as JSON. An article
whose digest no longer matches is a miss, replaced when it is read again. Beside
each claim, the keys under which it can meet others (`CrossCheck.keys`), so that
checking one article reads and parses only the claims that can disagree with
it, however large the corpus.

The cache is an optimisation, never a source of truth: one that cannot be
opened, read or written is reported and replaced by an in-memory one.
"""

from __future__ import annotations

import hashlib
import itertools
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Set
from dataclasses import dataclass
from pathlib import Path

from pydantic import TypeAdapter

from .check import without_ignored
from .corpus import Article, Extraction, Recalled
from .memo import SQL_VARIABLES, batched
from .records import Claim

CACHE_DIR = Path(".claimx-cache")
CACHE_FILE = "claims.sqlite3"
SCHEMA_VERSION = 3  # 2: claim_keys name the claim, not only its article; 3: a row per claim
CHUNK = 256  # articles extracted at a time: batched for nlp.pipe, yet streaming
PACKAGE = Path(__file__).parent  # claimx's own modules, whose code the cached claims depend on
CLAIM_ADAPTER: TypeAdapter[Claim] = TypeAdapter(Claim)
CLAIMS_ADAPTER: TypeAdapter[list[Claim]] = TypeAdapter(list[Claim])

Keys = Callable[[Claim], Set[str]]
Extract = Callable[[list[Article]], Iterable[Extraction]]


def code_version(rules_version: str) -> str:
    """What claims depend on besides the article: the rule files and the code that applies them."""
    digest = hashlib.sha256(rules_version.encode())
    for source in code_sources():
        digest.update(source.relative_to(PACKAGE).as_posix().encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()


def code_sources() -> list[Path]:
    """Every module of claimx, its subpackages' too (the figure, quote and date rules live there), in one order."""
    return sorted(PACKAGE.rglob("*.py"), key=lambda source: source.relative_to(PACKAGE).as_posix())


class ClaimCache:
    def __init__(self, folder: Path | None, rules_version: str, keys: Keys, warn: Callable[[str], None]):
        """A cache in `folder`, or in memory (`folder` None: nothing kept after the run)."""
        self.version = code_version(rules_version)
        self.keys = keys
        self.pending: list[tuple[str, str, list[str], list[tuple[str, int]]]] = []
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
                DROP TABLE IF EXISTS claims;
                DROP TABLE IF EXISTS claim_keys;
                CREATE TABLE articles (path TEXT PRIMARY KEY, digest TEXT NOT NULL, claims INTEGER NOT NULL);
                CREATE TABLE claims (path TEXT NOT NULL, claim INTEGER NOT NULL, record TEXT NOT NULL,
                                     PRIMARY KEY (path, claim));
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
        records = [CLAIM_ADAPTER.dump_json(claim).decode() for claim in claims]
        self.pending.append((article.path, self.digest(article), records, keys))

    def save(self) -> None:
        """Write what was added, in one transaction."""
        with self.db:
            for path, digest, records, keys in self.pending:
                self.db.execute("DELETE FROM claim_keys WHERE path = ?", (path,))
                self.db.execute("DELETE FROM claims WHERE path = ?", (path,))
                self.db.execute("INSERT OR REPLACE INTO articles VALUES (?, ?, ?)", (path, digest, len(records)))
                claims = [(path, i, record) for i, record in enumerate(records)]
                self.db.executemany("INSERT INTO claims VALUES (?, ?, ?)", claims)
                self.db.executemany("INSERT INTO claim_keys VALUES (?, ?, ?)", [(key, path, i) for key, i in keys])
        self.pending.clear()

    def rows(self, paths: Iterable[str]) -> Iterator[Row]:
        """Each cached article among `paths`, with all its claims."""
        for chunk in batched(sorted(paths), SQL_VARIABLES):
            marks = ",".join("?" * len(chunk))
            query = (
                "SELECT a.path, a.digest, c.claim, c.record FROM articles a LEFT JOIN claims c ON c.path = a.path"
                f" WHERE a.path IN ({marks}) ORDER BY a.path, c.claim"
            )
            for (path, digest), claims in itertools.groupby(self.db.execute(query, chunk), key=lambda r: r[:2]):
                yield Row(path, digest, [record for *_, record in claims if record is not None])

    def rows_with(self, keys: Iterable[str]) -> list[Row]:
        """Each cached article holding a claim under one of `keys`, with those of its claims alone (in order): a
        check against a large corpus reads and parses only them."""
        found: dict[tuple[str, str], dict[int, str]] = {}
        for chunk in batched(sorted(keys), SQL_VARIABLES):
            marks = ",".join("?" * len(chunk))
            query = (
                "SELECT a.path, a.digest, c.claim, c.record FROM claim_keys k JOIN articles a ON a.path = k.path"
                f" JOIN claims c ON c.path = k.path AND c.claim = k.claim WHERE k.key IN ({marks})"
            )
            for path, digest, claim, record in self.db.execute(query, chunk):
                found.setdefault((path, digest), {})[claim] = record
        return [Row(path, digest, [by[i] for i in sorted(by)]) for (path, digest), by in sorted(found.items())]


@dataclass(frozen=True)
class Row:
    """A cached article: its path, the digest its claims were made from, and (some of) its claims as JSON."""

    path: str
    digest: str
    records: list[str]

    def claims(self) -> list[Claim]:
        return CLAIMS_ADAPTER.validate_json(f"[{','.join(self.records)}]")


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

    def claims_of(rows: Iterable[Row]) -> list[Claim]:
        """The claims of cached rows, a stale row's article read again."""
        claims, stale = [], []
        for row in rows:
            try:
                if row.digest != digests[row.path]:
                    raise ValueError("replaced by another run")
                claims += row.claims()
            except ValueError:  # pydantic's ValidationError is one
                stale.append(row.path)
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
    mine = claims_of(cache.rows(present if checked is None else checked & present))
    if checked is None:
        return Gathered(mine, total, len(present))
    keys = {key for claim in mine for key in cache.keys(claim)}
    related = [row for row in cache.rows_with(keys) if row.path in present and row.path not in checked]
    # a stale row's article is extracted whole: its claims are kept by their keys
    others = [c for c in claims_of(related) if not keys.isdisjoint(cache.keys(c))]
    return Gathered(mine + others, total, len(present))
