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

import os
import sqlite3
import time
from contextlib import suppress
from pathlib import Path

MEMO_FILE = "files.sqlite3"
RACY_NS = 3 * 10**9  # a file modified this recently may change again within its stamp's tick


def stamp(path: Path) -> str | None:
    """What changes whenever the file's contents do; None when it cannot be told, or too recent to trust."""
    try:
        status = os.stat(path)
    except OSError:
        return None
    if time.time_ns() - max(status.st_mtime_ns, status.st_ctime_ns) < RACY_NS:
        return None
    return f"{status.st_size}:{status.st_mtime_ns}:{status.st_ctime_ns}:{status.st_ino}:{status.st_dev}"


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
        now = stamp(path) if self.db is not None else None
        if now is None:
            return None
        try:
            row = self.db.execute(
                "SELECT value FROM files WHERE path = ? AND kind = ? AND stamp = ? AND version = ?",
                (str(path), kind, now, self.version),
            ).fetchone()
        except sqlite3.Error:
            return None
        return row[0] if row else None

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
