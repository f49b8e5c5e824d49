"""What a file parsed to, kept while the file is unchanged: a warm check against 20,000 articles parses none of
their 1,250 manifests again (parsing YAML was a quarter of its time).

One SQLite file (`.claimx-cache/files.sqlite3`), one row per file and kind of
reading: the file's stamp (size, modification and change times in nanoseconds,
inode and device), the claimx version that read it, and what it read as (JSON).
Rows are named by the path as given: a name read from another folder is
another file, which its inode and device tell apart.
A row is used only while the file's stamp is the same: writing a file changes
its change time, which no tool can set back, so an edit is never missed. The
one gap is an edit within the clock tick of the stamp recorded; as git does
with a racily clean index, a file modified in the last few seconds is never
kept. Like the claim cache, the memo is an optimisation: one that cannot be
opened, read or written is left alone and the file parsed.
"""

from __future__ import annotations

import itertools
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import suppress
from pathlib import Path
from typing import TypeVar

MEMO_FILE = "files.sqlite3"
SQL_VARIABLES = 500  # paths per query, well under SQLite's limit
RACY_NS = 3 * 10**9  # a file modified this recently may change again within its stamp's tick
T = TypeVar("T")


def stamp(path: Path) -> str | None:
    """What changes whenever the file's contents do; None when it cannot be told, or too recent to trust."""
    try:
        status = os.stat(path)
    except OSError:
        return None
    if time.time_ns() - max(status.st_mtime_ns, status.st_ctime_ns) < RACY_NS:
        return None
    return f"{status.st_size}:{status.st_mtime_ns}:{status.st_ctime_ns}:{status.st_ino}:{status.st_dev}"


def batched(items: Iterable[T], size: int) -> Iterator[tuple[T, ...]]:
    """`items` in tuples of `size`, the last shorter (Python 3.12's `itertools.batched`): lookups in SQLite
    go a batch of keys at a time."""
    iterator = iter(items)
    while batch := tuple(itertools.islice(iterator, size)):
        yield batch


class FileMemo:
    def __init__(self, folder: Path | None, version: str):
        """A memo in `folder` for what this `version` of claimx reads; with `folder` None, one that keeps nothing."""
        self.version = version
        self.pending: list[tuple[str, str, str, str, str]] = []
        self.db = self._open(folder) if folder is not None else None

    @staticmethod
    def _open(folder: Path) -> sqlite3.Connection | None:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(folder / MEMO_FILE, timeout=30)
            db.execute(
                "CREATE TABLE IF NOT EXISTS files (path TEXT NOT NULL, kind TEXT NOT NULL, stamp TEXT NOT NULL,"
                " version TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (path, kind))"
            )
            return db
        except (OSError, sqlite3.Error):
            return None

    def get(self, path: Path, kind: str) -> str | None:
        """What `path` read as (as `kind`) when last read, if it is unchanged since."""
        return self.get_many([path], kind).get(str(path))

    def get_many(self, paths: list[Path], kind: str) -> dict[str, str]:
        """What each of `paths` read as (as `kind`) when last read, for those unchanged since: one query for
        them all (a warm check looks up every file of its corpus)."""
        stamps = {str(path): now for path in paths if (now := stamp(path)) is not None} if self.db is not None else {}
        found: dict[str, str] = {}
        for chunk in batched(stamps, SQL_VARIABLES):
            marks = ",".join("?" * len(chunk))
            query = f"SELECT path, stamp, value FROM files WHERE kind = ? AND version = ? AND path IN ({marks})"
            try:
                rows = self.db.execute(query, (kind, self.version, *chunk)).fetchall()
            except sqlite3.Error:
                return {}
            found.update((path, value) for path, kept, value in rows if kept == stamps[path])
        return found

    def put(self, path: Path, kind: str, value: str) -> None:
        """Keep what `path` read as, unless it changed too recently to be told apart from a later edit."""
        now = stamp(path) if self.db is not None else None
        if now is not None:
            self.pending.append((str(path), kind, now, self.version, value))

    def save(self) -> None:
        """Write what was added, in one transaction; a memo that cannot be written only costs speed."""
        if self.db is None or not self.pending:
            return
        with suppress(sqlite3.Error), self.db:
            self.db.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?)", self.pending)
        self.pending.clear()
