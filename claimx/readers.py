"""How a file becomes an article's text: decoding, web pages, front matter.

The text claimx reads, and every record's offsets index, is:

- `.txt`, `.md`: the file decoded (UTF-8, where a byte-order mark stays the
  character U+FEFF and a few damaged bytes become U+FFFD; UTF-16 by its
  byte-order mark or, lacking one, by its NUL bytes; else the encoding
  charset-normalizer detects) with line ends made `\\n`: exactly
  `Path(path).read_text(encoding=source.encoding, errors="replace")`;
- `.html`, `.htm`: the page decoded the same way, then its main text as
  trafilatura extracts it (navigation, asides and footers dropped): the title,
  then the paragraphs, separated by blank lines, tables as Markdown rows.

A record's source names the reader, the encoding and the SHA-256 of that text,
and `claimx show` reads a file the same way, so any record can be checked.
A Markdown file's front matter (a `---` YAML block at its top) and a page's
metadata give the title, date, outlet and url a manifest gives; the front
matter stays in the text (offsets are the file's) but is never read for claims.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from .yamlfile import SAFE_LOADER

HTML_SUFFIXES = (".html", ".htm")
BINARY_PROBE = 8192  # bytes looked at for a NUL, the mark of a binary file
# Where the detector cannot tell single-byte encodings apart (short texts often tie), the Western one
# wins: claimx reads English news. Latin-1 is cp1252 without the bytes 0x80-0x9F (smart quotes, dashes).
WESTERN = "cp1252"
UTF16_NULS = 0.9  # the share of NULs on one side of the byte pairs that marks English in UTF-16
ESCAPED_BYTES = re.compile("[\udc80-\udcff]+")  # bytes UTF-8 could not read, as `surrogateescape` keeps them
MULTIBYTE = re.compile("[^\x00-\x7f\udc80-\udcff]")  # a character UTF-8 spells in more than one byte
SHOWN_OFFSETS = 5
CP1252_ONLY = re.compile(rb"[\x80-\x9f]")
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)^(?:---|\.\.\.)[ \t]*$\n?", re.S | re.M)
FRONT_MATTER_KEYS = {
    "title": ("title", "headline"),
    "published": ("date", "published", "pubdate", "published_at"),
    "outlet": ("outlet", "publisher", "site", "source"),
    "url": ("url", "link", "canonical_url"),
}


class Unreadable(Exception):
    """A file that gives no article: `skipped` when it is simply no article (binary, empty), else an error."""

    def __init__(self, message: str, skipped: bool = False):
        super().__init__(message)
        self.message, self.skipped = message, skipped


@dataclass(frozen=True)
class Reading:
    text: str
    reader: str  # "text", or "html" and the extractor that read the page
    encoding: str  # a Python codec name: what `read_text(encoding=...)` needs
    body_start: int = 0  # where the article begins, after its front matter
    metadata: dict = field(default_factory=dict)  # title, published, outlet, url found in the file itself
    notes: tuple[str, ...] = ()  # what the user should know: a legacy encoding, a front matter left unread


def read_file(path: Path, max_bytes: int, data: bytes | None = None) -> Reading:
    """Read `path` as claimx reads articles (or `data`, given as the contents of a file of that name, from
    standard input); raises `Unreadable` saying why it cannot be one."""
    size = _size(path) if data is None else len(data)
    if size > max_bytes:
        raise Unreadable(
            f"{size / 2**20:.1f} MB is over the limit of {max_bytes / 2**20:g} MB for one file "
            "(raise it with --max-file-mb)"
        )
    try:
        data = path.read_bytes() if data is None else data
    except OSError as exc:
        raise Unreadable(f"cannot read: {exc.strerror or exc}") from None
    text, encoding, notes = decode(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # universal newlines, as read_text() reads
    if path.suffix.lower() in HTML_SUFFIXES:
        reading = _page(text, encoding)
    elif path.suffix.lower() == ".md":
        reading = _with_front_matter(text, encoding)
    else:
        reading = Reading(text, "text", encoding)
    if not reading.text[reading.body_start :].strip():
        raise Unreadable("empty file" if not text.strip() else "no article text in it", skipped=True)
    return replace(reading, notes=notes + reading.notes)


def text_sha256(text: str) -> str:
    """The SHA-256 of the text read (as UTF-8): records carry it, so a changed file is told from a wrong offset."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError as exc:
        raise Unreadable(f"cannot read: {exc.strerror or exc}") from None


def decode(data: bytes) -> tuple[str, str, tuple[str, ...]]:
    """The text of `data`, the encoding it was read with, and notes on any guess made: UTF-16 by its
    byte-order mark or its NUL bytes, else UTF-8 (a UTF-8 byte-order mark kept as U+FEFF, so offsets are
    those `read_text(encoding="utf-8")` gives; a few damaged bytes replaced by U+FFFD), else the detected one."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16", ()
        except UnicodeDecodeError as exc:
            raise Unreadable(f"not UTF-16 text despite its byte-order mark (byte {exc.start})") from None
    if b"\x00" in data[:BINARY_PROBE]:
        return _utf16_without_mark(data)
    try:
        return data.decode("utf-8"), "utf-8", ()
    except UnicodeDecodeError:
        pass
    damage = _utf8_damage(data)
    if damage is not None:
        return data.decode("utf-8", "replace"), "utf-8", (damage,)
    text, encoding = _detected(data)
    return text, encoding, (f"not UTF-8: read as {encoding}",)


def _utf16_without_mark(data: bytes) -> tuple[str, str, tuple[str, ...]]:
    """English in UTF-16 has a NUL beside nearly every letter, on one side: a binary file has them anywhere."""
    probe = data[:BINARY_PROBE]
    for encoding, nuls, letters in (("utf-16-le", probe[1::2], probe[::2]), ("utf-16-be", probe[::2], probe[1::2])):
        if len(data) % 2 == 0 and nuls.count(0) >= UTF16_NULS * len(nuls) and letters.count(0) == 0:
            try:
                return data.decode(encoding), encoding, (f"no byte-order mark: read as {encoding}",)
            except UnicodeDecodeError:
                break
    raise Unreadable("binary file, not an article", skipped=True)


def _utf8_damage(data: bytes) -> str | None:
    """A note naming the bytes that fail in text that is otherwise UTF-8, or None when it is some other
    encoding. UTF-8 it is when its valid multi-byte characters outnumber the failures (a legacy encoding
    almost never forms one by chance), or when the one failure is a character cut off at the end."""
    escaped = data.decode("utf-8", "surrogateescape")  # each failing byte one lone surrogate, in place
    failures = [(m.start(), m.end()) for m in ESCAPED_BYTES.finditer(escaped)]
    characters = len(MULTIBYTE.findall(escaped))
    cut_off = len(failures) == 1 and failures[0][1] == len(escaped)
    if characters <= len(failures) and not cut_off:
        return None
    offsets, byte, at = [], 0, 0
    for start, end in failures[:SHOWN_OFFSETS]:
        byte += len(escaped[at:start].encode("utf-8", "surrogateescape"))
        offsets.append(str(byte))
        byte, at = byte + end - start, end
    more = f" and {len(failures) - SHOWN_OFFSETS} more" if len(failures) > SHOWN_OFFSETS else ""
    return f"not valid UTF-8 at byte {', '.join(offsets)}{more}: read as UTF-8, those bytes replaced by U+FFFD"


def _detected(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes  # only for the rare file that is not UTF-8

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise Unreadable("not text in any encoding claimx recognises", skipped=True)
    tied = [m for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    if any(WESTERN in m.could_be_from_charset for m in tied):
        encoding = WESTERN if CP1252_ONLY.search(data) else "latin-1"
        return data.decode(encoding), encoding
    return str(best), best.encoding


# -- web pages ----------------------------------------------------------------------


def _page(page: str, encoding: str) -> Reading:
    try:  # a library failing on one page (or missing a part) must cost that page, not the run
        import trafilatura  # only for web pages

        document = trafilatura.bare_extraction(page, with_metadata=True, include_tables=True, include_comments=False)
    except Exception as exc:
        raise Unreadable(f"the page could not be read: {type(exc).__name__}: {exc}") from None
    if document is None or not (document.text or "").strip():
        raise Unreadable("no article text found in the page", skipped=True)
    blocks = _blocks(document.text)
    if document.title and (not blocks or blocks[0] != document.title):
        blocks.insert(0, document.title)
    metadata = {
        "title": document.title,
        "published": _date(document.date),
        "outlet": document.sitename,
        "url": document.url,
    }
    return Reading("\n\n".join(blocks) + "\n", f"html/trafilatura-{trafilatura.__version__}", encoding, 0, metadata)


def _blocks(text: str) -> list[str]:
    """trafilatura's lines as paragraphs: each line one, but a table's rows kept together."""
    blocks: list[str] = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        if blocks and line.lstrip().startswith("|") and blocks[-1].lstrip().startswith("|"):
            blocks[-1] += "\n" + line.rstrip()
        else:
            blocks.append(line.rstrip())
    return blocks


# -- front matter ---------------------------------------------------------------------


def _with_front_matter(text: str, encoding: str) -> Reading:
    match = FRONT_MATTER.match(text)
    if match is None:
        return Reading(text, "text", encoding)
    try:
        data = yaml.load(match.group(1), Loader=SAFE_LOADER) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark else ""
        return Reading(text, "text", encoding, match.end(), notes=(f"front matter is not valid YAML{where}: ignored",))
    if not isinstance(data, dict):
        return Reading(text, "text", encoding, match.end(), notes=("front matter is not a mapping: ignored",))
    metadata, notes = {}, []
    for name, keys in FRONT_MATTER_KEYS.items():
        value = next((data[k] for k in keys if data.get(k) is not None), None)
        if isinstance(value, (list, dict)):  # never printed: nested aliases make a few bytes a gigabyte of text
            notes.append(f"front matter {name} is a {type(value).__name__}, not text: ignored")
            value = None
        if name == "published" and value is not None:
            if _date(value) is None:
                notes.append(f"front matter date {value!r} is not a date: ignored")
            value = _date(value)
        metadata[name] = None if value is None else value if name == "published" else str(value)
    return Reading(text, "text", encoding, match.end(), metadata, tuple(notes))


def _date(value: object) -> dt.date | None:
    """A publication date from YAML (a date, a timestamp) or a page's metadata (ISO text)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None
