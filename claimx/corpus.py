"""The corpus: which files are articles, and each article with its publication metadata.

Folders are walked in sorted order, hidden folders left out, symbolic links
followed but never twice into one folder. How a file's bytes become the
article's text is `claimx.readers`; the metadata comes from the corpus's
`manifest.yaml`, else from the file itself (front matter, a page's metadata).
"""

from __future__ import annotations

import datetime as dt
import errno
import itertools
import json
import os
from collections.abc import Callable, Iterable, Iterator, Set
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from .memo import SQL_VARIABLES, FileMemo, batched
from .readers import HTML_SUFFIXES, Unreadable, read_file, text_sha256
from .records import Claim
from .yamlfile import load_model

ARTICLE_SUFFIXES = (".txt", ".md", *HTML_SUFFIXES)
WHAT_IS_READ = "claimx reads .txt, .md, .html and .htm files"
MANIFEST_NAME = "manifest.yaml"
CONFIG_FILES = (MANIFEST_NAME, "claimx.yaml")
MAX_FILE_MB = 25


@dataclass(frozen=True)
class Article:
    path: str
    text: str
    published: dt.date | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published_from: str = "manifest"  # or "front_matter", "html": where `published` came from
    reader: str = "text"
    encoding: str = "utf-8"
    body_start: int = 0  # the article proper begins here, after its front matter
    notes: tuple[str, ...] = ()

    @cached_property
    def text_sha256(self) -> str:
        return text_sha256(self.text)


@dataclass(frozen=True)
class Recalled:
    """An article unchanged since it was last read, as the file memo recalls it: all an `Article` is but its
    text, which a warm check needs only for the articles whose cached claims are missing or stale."""

    path: str
    text_sha256: str
    published: dt.date | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published_from: str = "manifest"
    reader: str = "text"
    encoding: str = "utf-8"
    body_start: int = 0
    notes: tuple[str, ...] = ()

    @classmethod
    def of(cls, article: Article) -> Recalled:
        fields = {name: getattr(article, name) for name in cls.__dataclass_fields__}
        return cls(**fields)

    def dumps(self, entry: ManifestEntry | None) -> str:
        """As the memo keeps it, beside the manifest entry it was read with (another entry, another article)."""
        fields = {**self.__dict__, "published": self.published and self.published.isoformat()}
        return json.dumps({"entry": _entry_json(entry), "article": fields}, sort_keys=True)

    @classmethod
    def loads(cls, kept: str, entry: ManifestEntry | None) -> Recalled | None:
        """The article `kept` by the memo, if it was read with this manifest entry."""
        value = json.loads(kept)
        if value["entry"] != _entry_json(entry):
            return None
        fields = value["article"]
        published = fields["published"] and dt.date.fromisoformat(fields["published"])
        return cls(**{**fields, "published": published, "notes": tuple(fields["notes"])})


def _entry_json(entry: ManifestEntry | None) -> str | None:
    return entry.model_dump_json() if entry is not None else None


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


@dataclass
class Discovered:
    files: list[Path]  # the articles, in the order they are read
    problems: list[InputProblem]  # paths that gave no file: missing, broken links, loops
    others: int = 0  # files that are no articles (images, data), left alone
    manifests: list[Path] = field(default_factory=list)  # those of the folders walked, and beside files given


def discover(paths: Iterable[Path]) -> Discovered:
    """Article files under `paths`, recursively and in sorted order; hidden folders are left out."""
    found = Discovered([], [])
    for path in paths:
        if path.is_dir():
            _walk(path, found)
        elif path.is_file() and path.suffix.lower() not in ARTICLE_SUFFIXES:
            found.problems.append(InputProblem(shown(path), f"not an article: {WHAT_IS_READ}", skipped=True))
        elif path.is_file():
            found.files.append(path)
            found.manifests += manifest_beside(path)
        else:
            found.problems.append(InputProblem(shown(path), _missing(path)))
    return found


def manifest_beside(path: Path) -> list[Path]:
    """The manifest of the folder `path` is in, if it has one."""
    manifest = path.parent / MANIFEST_NAME
    return [manifest] if manifest.is_file() else []


def _walk(root: Path, found: Discovered) -> None:
    """Add the articles under `root` and the manifests beside them, following links to folders once each.
    One listing per folder, whose entries know their type: a corpus of tens of thousands of files is not
    looked up file by file, nor walked twice for its manifests."""
    seen: set[tuple[int, int]] = set()
    files: list[str] = []  # strings, not Paths: a corpus has tens of thousands of files
    folders = [os.fspath(root)]
    while folders:
        folder = folders.pop()
        identity = _identity(folder)
        if identity in seen:  # a link back into a folder already read
            loop = InputProblem(shown(folder), "symbolic link loop: a folder already read", skipped=True)
            found.problems.append(loop)
            continue
        seen.add(identity)
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as error:
            found.problems.append(InputProblem(shown(folder), f"cannot list folder: {error.strerror}"))
            continue
        below = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if _safely(entry.is_dir):
                below.append(entry.path)
            elif entry.name == MANIFEST_NAME:
                found.manifests.append(Path(entry.path))
            elif entry.name in CONFIG_FILES:
                continue
            elif os.path.splitext(entry.name)[1].lower() not in ARTICLE_SUFFIXES:
                found.others += 1
            elif _safely(entry.is_file):
                files.append(entry.path)
            else:
                found.problems.append(InputProblem(shown(entry.path), _missing(Path(entry.path)), skipped=True))
        folders += reversed(below)  # depth first, in sorted order
    # in the order of their paths below the root, written with forward slashes on every system
    start = len(os.fspath(root))
    found.files.extend(map(Path, sorted(files, key=lambda path: path[start:].replace(os.sep, "/"))))


def _safely(test: Callable[[], bool]) -> bool:
    """A directory entry's type test, false where the entry cannot be looked at (a link to a file gone)."""
    try:
        return test()
    except OSError:
        return False


def _identity(folder: str) -> tuple[int, int]:
    status = os.stat(folder)
    return status.st_dev, status.st_ino


def _missing(path: Path) -> str:
    """Why a path names no file: gone, a dangling link, a loop of links."""
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop"
        if path.is_symlink():
            return "broken symbolic link"
    return "no such file or folder"


def absolute(path: Path | str) -> str:
    """One name per file however the path was given (`corpora/a.md`, `./corpora/a.md`); lexical, so fast."""
    return os.path.normcase(os.path.abspath(path))


def portable(path: str) -> str:
    """A path as it reads from the working folder (`corpora/a.md`, however it was given): the name that
    fingerprints and baselines use, so a baseline made in CI matches a check run from the repository root."""
    try:
        return Path(os.path.relpath(path)).as_posix()
    except ValueError:  # another drive, on Windows
        return Path(path).as_posix()


def _utf8_name(path: Path) -> bool:
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def shown(path: Path | str) -> str:
    """A path fit to print and to write in UTF-8 output: bytes no encoding could read shown as `\\xff`."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def load_manifests(manifest_paths: Iterable[Path], memo: FileMemo | None = None) -> dict[str, ManifestEntry]:
    """Manifest entries by resolved article path, from the manifests `discover` found;
    with a `memo`, a manifest unchanged since it was last read is not parsed again."""
    entries: dict[str, ManifestEntry] = {}
    ordered = sorted(set(manifest_paths))
    known = memo.get_many(ordered, MANIFEST_NAME) if memo is not None else {}
    for manifest_path in ordered:
        manifest = _manifest(manifest_path, known.get(str(manifest_path)), memo)
        for entry in manifest.articles:
            entries[absolute(os.path.join(manifest_path.parent, entry.file))] = entry
    if memo is not None:
        memo.save()
    return entries


def _manifest(path: Path, known: str | None, memo: FileMemo | None) -> Manifest:
    """One manifest, from what the memo `known` of it unchanged since read (only a valid one is kept there)."""
    if known is not None:
        return Manifest.model_validate_json(known)
    manifest = load_model(Manifest, path)
    if memo is not None:
        memo.put(path, MANIFEST_NAME, manifest.model_dump_json())
    return manifest


def read_article(
    path: Path, entry: ManifestEntry | None, max_bytes: int = MAX_FILE_MB * 2**20, data: bytes | None = None
) -> Article | InputProblem:
    """The article in `path` (or `data`, read from standard input and named `path`), its metadata from the
    manifest entry where it has them, else from the file."""
    if not _utf8_name(path):  # records are UTF-8 JSON: a name they cannot carry would lose the whole run
        return InputProblem(shown(path), "file name is not valid UTF-8: rename the file to read it")
    try:
        reading = read_file(path, max_bytes, data)
    except Unreadable as exc:
        return InputProblem(shown(path), exc.message, exc.skipped)
    found = {k: v for k, v in reading.metadata.items() if v is not None}
    given = {k: v for k, v in (entry.model_dump(exclude={"file"}) if entry else {}).items() if v is not None}
    origin = "html" if reading.reader.startswith("html") else "front_matter"
    published_from = "manifest" if "published" in given else origin
    return Article(
        str(path),
        reading.text,
        **{**found, **given},
        published_from=published_from,
        reader=reading.reader,
        encoding=reading.encoding,
        body_start=reading.body_start,
        notes=reading.notes,
    )


def read_corpus(paths: Iterable[Path]) -> tuple[Discovered, dict[str, ManifestEntry]]:
    """The files to read (and the problems found before reading), and the manifest entries.

    Raises `ConfigError` for a malformed manifest: nothing is half-applied.
    """
    found = discover(paths)
    return found, load_manifests(found.manifests)


def article_kind(max_bytes: int) -> str:
    """What an article is kept in the memo as: a file read with another size limit may read otherwise."""
    return f"article, at most {max_bytes} bytes"


@dataclass(frozen=True)
class Articles:
    """The articles in `files`, read as they are consumed, each with its manifest entry."""

    files: Iterable[Path]
    manifest: dict[str, ManifestEntry]
    max_bytes: int = MAX_FILE_MB * 2**20
    given: tuple[Article | InputProblem, ...] = ()  # read already: an article from standard input
    memo: FileMemo | None = None  # recalls articles unchanged since last read instead of reading them...
    read_always: Set[str] = frozenset()  # ...except these paths: the articles a check is about

    def __iter__(self) -> Iterator[Article | Recalled | InputProblem]:
        if self.memo is None:
            return itertools.chain(self.given, map(self.read, self.files))
        return itertools.chain(self.given, self._recalling(self.memo))

    def _recalling(self, memo: FileMemo) -> Iterator[Article | Recalled | InputProblem]:
        """Each file recalled where the memo has it unchanged (read with the same manifest entry and size limit),
        else read and kept in the memo; saved at the end. The memo is asked about a batch of files at a time."""
        kind = article_kind(self.max_bytes)
        for batch in batched(self.files, SQL_VARIABLES):
            kept = memo.get_many([path for path in batch if str(path) not in self.read_always], kind)
            for path in batch:
                entry = self.manifest.get(absolute(path))
                recalled = Recalled.loads(kept[str(path)], entry) if str(path) in kept else None
                if recalled is not None:
                    yield recalled
                    continue
                found = self.read(path)
                if isinstance(found, Article):
                    memo.put(path, kind, Recalled.of(found).dumps(entry))
                yield found
        memo.save()

    def from_stdin(self, name: Path, data: bytes) -> Articles:
        """These articles and, first, `data` read as a file named `name` (its manifest entry too)."""
        article = read_article(name, self.manifest.get(absolute(name)), self.max_bytes, data)
        return replace(self, given=(*self.given, article))

    def read(self, path: Path) -> Article | InputProblem:
        return read_article(path, self.manifest.get(absolute(path)), self.max_bytes)

    def reread(self, path: str) -> Article | None:
        """The article at `path` read again (None if it no longer reads): for a cached row found unusable."""
        found = self.read(Path(path))
        return found if isinstance(found, Article) else None
