"""Where `--output` writes: checked before any work, written so that nothing the path points at is lost.

A regular file (or a symlink to one) is replaced atomically, by a temporary file beside it renamed into
place, and keeps its mode; a new file gets the mode the umask gives. A device or a pipe (`/dev/null`,
`/dev/stdout`, a FIFO) is written directly: renaming over it would replace it. A temporary file that a
killed run left behind is removed by the next run writing the same path.
"""

from __future__ import annotations

import glob
import os
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

TEMPORARY_SUFFIX = ".tmp"


class OutputError(Exception):
    """An output path that cannot be written; the message names it."""


@dataclass(frozen=True)
class Output:
    """A checked output: stdout (`path` None), a file replaced atomically, or a device or pipe written directly."""

    path: Path | None = None
    direct: bool = False

    @classmethod
    def of(cls, path: Path | None) -> Output:
        """Check `path` before any work is done, so a run never ends in a path it cannot write."""
        if path is None:
            return cls()
        try:
            mode = path.stat().st_mode  # follows symlinks: the target is what gets written
        except FileNotFoundError:
            mode = None
        except OSError as exc:
            raise OutputError(f"{path}: cannot write output: {exc.strerror}") from None
        if mode is not None and stat.S_ISDIR(mode):
            raise OutputError(f"{path}: is a folder; --output needs a file name")
        if mode is not None and not stat.S_ISREG(mode):
            return cls(path, direct=True)
        target = Path(os.path.realpath(path))
        if not target.parent.is_dir():
            raise OutputError(f"{path}: no such folder {target.parent}")
        if not os.access(target.parent, os.W_OK | os.X_OK):
            raise OutputError(f"{path}: cannot write to the folder {target.parent}")
        return cls(target)

    @contextmanager
    def open(self) -> Iterator[IO[str]]:
        if self.path is None:
            yield sys.stdout
        elif self.direct:
            with open(self.path, "w", encoding="utf-8", newline="") as out:
                yield out
        else:
            yield from _replace_atomically(self.path)


def _replace_atomically(path: Path) -> Iterator[IO[str]]:
    _remove_abandoned(path)
    temporary = path.with_name(f".{path.name}.{os.getpid()}{TEMPORARY_SUFFIX}")
    temporary.unlink(missing_ok=True)  # left by a killed process whose pid this one now has
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.fchmod(fd, _mode_for(path))
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            yield out
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _mode_for(path: Path) -> int:
    """The mode the file has, or the one a new file gets under the umask."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _remove_abandoned(path: Path) -> None:
    """Temporary files beside `path` whose writing process is gone: a run killed before its rename."""
    for temporary in path.parent.glob(f".{glob.escape(path.name)}.*{TEMPORARY_SUFFIX}"):
        pid = temporary.name[len(path.name) + 2 : -len(TEMPORARY_SUFFIX)]
        if pid.isdigit() and not _running(int(pid)):
            temporary.unlink(missing_ok=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # somebody else's process
        return True
    return True

