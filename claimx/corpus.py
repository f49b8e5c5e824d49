"""Reading the corpus: which files are articles, their text, and their publication metadata.

Offsets in every record refer to the text as `Path.read_text(encoding="utf-8")`
returns it (universal newlines, a BOM kept as U+FEFF), so a record can always be
checked against the file with one line of Python.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from .records import Claim
from .yamlfile import load_model

ARTICLE_SUFFIXES = (".txt", ".md")
MANIFEST_NAME = "manifest.yaml"


@dataclass(frozen=True)
class Article:
    path: str
    text: str
    published: dt.date | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class InputProblem:
    """A file that gave no article: `skipped` for files that are not articles, else an error."""

    path: str
    message: str
    skipped: bool = False

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass(frozen=True)
class Extraction:
    """What came out of one article: its records, or the error that stopped it."""

    article: Article
    claims: list[Claim]
    error: str | None = None


class ManifestEntry(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    file: str
    published: dt.date | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None


class Manifest(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    articles: list[ManifestEntry] = []


def discover(paths: Iterable[Path]) -> tuple[list[Path], list[InputProblem]]:
    """Article files under `paths`, recursively and in sorted order; hidden folders are left out."""
    found: list[Path] = []
    problems: list[InputProblem] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                sorted(
                    (
                        p
                        for p in path.rglob("*")
                        if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file() and not _hidden(p, path)
                    ),
                    key=lambda p: p.relative_to(path).as_posix(),
                )
            )
        elif path.is_file():
            found.append(path)
        else:
            problems.append(InputProblem(str(path), "no such file or folder"))
    return found, problems


def absolute(path: Path) -> str:
    """One name per file however the path was given (`corpora/a.md`, `./corpora/a.md`); lexical, so fast."""
    return os.path.normcase(os.path.abspath(path))


def portable(path: str) -> str:
    """A path as it reads from the working folder (`corpora/a.md`, however it was given): the name that
    fingerprints and baselines use, so a baseline made in CI matches a check run from the repository root."""
    try:
        return Path(os.path.relpath(path)).as_posix()
    except ValueError:  # another drive, on Windows
        return Path(path).as_posix()


def load_manifests(paths: Iterable[Path]) -> dict[str, ManifestEntry]:
    """Manifest entries by resolved article path, from every `manifest.yaml` in or above the given paths."""
    entries: dict[str, ManifestEntry] = {}
    manifests: set[Path] = set()
    for path in paths:
        folder = path if path.is_dir() else path.parent
        manifests.update(folder.rglob(MANIFEST_NAME) if path.is_dir() else folder.glob(MANIFEST_NAME))
    for manifest_path in sorted(manifests):
        manifest = load_model(Manifest, manifest_path)
        for entry in manifest.articles:
            entries[absolute(manifest_path.parent / entry.file)] = entry
    return entries


def read_article(path: Path, entry: ManifestEntry | None) -> Article | InputProblem:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return InputProblem(str(path), f"cannot read: {exc.strerror or exc}")
    if b"\x00" in data[:8192]:
        return InputProblem(str(path), "binary file, not an article", skipped=True)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return InputProblem(str(path), f"not UTF-8 text (byte {exc.start})")
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # as read_text() reads it
    if not text.strip():
        return InputProblem(str(path), "empty file", skipped=True)
    meta = entry or ManifestEntry(file=path.name)
    return Article(str(path), text, meta.published, meta.title, meta.outlet, meta.url)


def read_corpus(paths: Iterable[Path]) -> tuple[list[Path], list[InputProblem], dict[str, ManifestEntry]]:
    """The files to read, the problems found before reading, and the manifest entries.

    Raises `ConfigError` for a malformed manifest: nothing is half-applied.
    """
    paths = list(paths)
    files, problems = discover(paths)
    return files, problems, load_manifests(p for p in paths if p.exists())


def articles(files: Iterable[Path], manifest: dict[str, ManifestEntry]) -> Iterator[Article | InputProblem]:
    for path in files:
        yield read_article(path, manifest.get(absolute(path)))


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)
