"""Real inputs and bad ones: encodings, front matter, web pages, broken files, long files, atomic output."""

from __future__ import annotations

import codecs
import json
import os
import re
import shutil
import tracemalloc
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from claimx.cli import app
from claimx.corpus import Article, read_article
from claimx.output import Output
from claimx.pipeline import Extractor
from claimx.readers import Unreadable, read_file, text_sha256
from claimx.records import read_claims
from claimx.ruleset import merge_rule_texts, shipped_rule_texts

from .conftest import CORPUS, SHARED

MB = 2**20
runner = CliRunner()
CLAIM = "GLM-5.2 has 1.2 trillion total parameters and a 1M-token context window.\n"


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def records(result) -> list[dict]:
    return [json.loads(line) for line in result.stdout.splitlines()]


# -- encodings: the text read is `read_text(encoding=source.encoding)` ------------------------------------

WESTERN = "“Smart quotes” cost €5 — said the café owner, naïvely. " + CLAIM
UTF8_BYTES = len(WESTERN.encode())
LATIN = "Le café coûte à peu près 5 euros, a déclaré la société. " + CLAIM


@pytest.mark.parametrize(
    ("data", "encoding", "note"),
    [
        (CLAIM.encode(), "utf-8", None),
        (codecs.BOM_UTF8 + CLAIM.encode(), "utf-8", None),
        (CLAIM.replace("\n", "\r\n").encode(), "utf-8", None),
        (CLAIM.encode("utf-16"), "utf-16", None),
        (WESTERN.encode("cp1252"), "cp1252", "not UTF-8: read as cp1252"),
        (LATIN.encode("latin-1"), "latin-1", "not UTF-8: read as latin-1"),
        (CLAIM.encode("utf-16-le"), "utf-16-le", "no byte-order mark: read as utf-16-le"),
        (CLAIM.encode("utf-16-be"), "utf-16-be", "no byte-order mark: read as utf-16-be"),
        # a stray Windows apostrophe in UTF-8, a character cut off at the end: the rest still reads as UTF-8
        (WESTERN.encode() + b"It\x92s.\n", "utf-8", f"not valid UTF-8 at byte {UTF8_BYTES + 2}: read as UTF-8, those bytes replaced by U+FFFD"),
        (WESTERN.encode() + "€".encode()[:2], "utf-8", f"not valid UTF-8 at byte {UTF8_BYTES}: read as UTF-8, those bytes replaced by U+FFFD"),
        (WESTERN.encode() + b"\x80 caf\xc3\xa9. " * 8, "utf-8", f"not valid UTF-8 at byte {', '.join(str(UTF8_BYTES + 9 * i) for i in range(5))} and 3 more: read as UTF-8, those bytes replaced by U+FFFD"),
        # ASCII and one Windows apostrophe: Windows text, nothing of it UTF-8
        (CLAIM.encode() + b"It\x92s.\n", "cp1252", "not UTF-8: read as cp1252"),
    ],
    ids=["utf-8", "bom", "crlf", "utf-16", "cp1252", "latin-1", "utf-16-le no bom", "utf-16-be no bom", "stray byte", "cut off", "many damaged", "ascii and cp1252"],
)
def test_encodings_are_detected_reported_and_read_as_documented(tmp_path, data, encoding, note):
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    reading = read_file(path, MB)
    assert reading.encoding == encoding
    assert reading.notes == ((note,) if note else ())
    assert reading.text == path.read_text(encoding=reading.encoding, errors="replace")  # the documented reading
    assert "\r" not in reading.text


def test_a_byte_order_mark_is_a_character_of_the_text_and_no_word_of_it(tmp_path):
    (tmp_path / "plain.txt").write_text(CLAIM, encoding="utf-8")
    (tmp_path / "marked.txt").write_bytes(codecs.BOM_UTF8 + CLAIM.encode())
    plain, marked = (records(run("extract", tmp_path / name)) for name in ("plain.txt", "marked.txt"))
    assert [r["source"]["start"] + 1 for r in plain] == [r["source"]["start"] for r in marked]
    assert [r["subject"] for r in plain] == [r["subject"] for r in marked] == ["GLM-5.2", "GLM-5.2"]


def test_a_legacy_encoded_article_gives_the_records_its_utf8_twin_gives(tmp_path):
    (tmp_path / "utf8").mkdir(), (tmp_path / "legacy").mkdir()
    (tmp_path / "utf8" / "a.txt").write_text(WESTERN, encoding="utf-8")
    (tmp_path / "legacy" / "a.txt").write_bytes(WESTERN.replace("\n", "\r\n").encode("cp1252"))
    twin, legacy = run("extract", tmp_path / "utf8"), run("extract", tmp_path / "legacy")
    assert legacy.exit_code == 0 and "a.txt: not UTF-8: read as cp1252" in legacy.stderr
    without_source = [({k: v for k, v in r.items() if k != "source"}, r["source"]["start"]) for r in records(twin)]
    assert [({k: v for k, v in r.items() if k != "source"}, r["source"]["start"]) for r in records(legacy)] == (
        without_source
    )
    assert {r["source"]["encoding"] for r in records(legacy)} == {"cp1252"}


# -- front matter -------------------------------------------------------------------------------------------

FRONT_MATTER = """---
title: GLM-5.2 arrives
date: 2026-06-20
outlet: Example Wire
url: https://example.com/glm
tags: [parameters, 2 trillion parameters]
---
On June 18, Zhipu released GLM-5.2 with 1.2 trillion total parameters.
"""


def test_front_matter_gives_metadata_and_no_claims(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(FRONT_MATTER, encoding="utf-8")
    article = read_article(path, None)
    assert (article.title, article.published.isoformat(), article.outlet, article.url) == (
        "GLM-5.2 arrives",
        "2026-06-20",
        "Example Wire",
        "https://example.com/glm",
    )
    found = records(run("extract", path))
    assert {r["kind"] for r in found} == {"parameter_count", "event"}
    assert [r["value"] for r in found if r["kind"] == "parameter_count"] == [1.2e12]  # not the tags' 2 trillion
    text = path.read_text(encoding="utf-8")
    assert all(text[r["source"]["start"] : r["source"]["end"]] == r["text"] for r in found)  # offsets are the file's
    (event,) = [r for r in found if r["kind"] == "event"]
    assert (event["date"], event["year_source"]) == ("2026-06-18", "front_matter")
    sources = {(r["source"]["title"], r["source"]["outlet"], r["source"]["published"]) for r in found}
    assert sources == {("GLM-5.2 arrives", "Example Wire", "2026-06-20")}  # every record knows its article


def test_the_manifest_wins_where_both_speak(tmp_path):
    (tmp_path / "a.md").write_text(FRONT_MATTER, encoding="utf-8")
    (tmp_path / "manifest.yaml").write_text("articles:\n  - {file: a.md, published: 2027-01-05, title: Other}\n")
    (event,) = [r for r in records(run("extract", tmp_path)) if r["kind"] == "event"]
    assert (event["date"], event["year_source"]) == ("2026-06-18", "manifest")  # June, before January 2027
    assert (event["source"]["title"], event["source"]["outlet"]) == ("Other", "Example Wire")
    article = read_article(tmp_path / "a.md", None)
    assert article.title == "GLM-5.2 arrives"


def test_a_linked_folder_is_read_with_its_manifest(tmp_path):
    elsewhere, corpus = tmp_path / "elsewhere", tmp_path / "corpus"
    elsewhere.mkdir(), corpus.mkdir()
    (elsewhere / "a.md").write_text(CLAIM, encoding="utf-8")
    (elsewhere / "manifest.yaml").write_text("articles:\n  - {file: a.md, title: Linked, outlet: Example Wire}\n")
    (corpus / "linked").symlink_to(elsewhere, target_is_directory=True)
    sources = {(r["source"]["path"], r["source"]["title"]) for r in records(run("extract", corpus))}
    assert sources == {(str(corpus / "linked" / "a.md"), "Linked")}


@pytest.mark.parametrize(
    ("front_matter", "note"),
    [
        ("---\ntitle: [unclosed\n---\n", "front matter is not valid YAML (line 3): ignored"),
        ("---\n- a list\n---\n", "front matter is not a mapping: ignored"),
        ("---\ndate: next Tuesday\n---\n", "front matter date 'next Tuesday' is not a date: ignored"),
    ],
)
def test_a_bad_front_matter_is_noted_and_the_article_still_read(tmp_path, front_matter, note):
    path = tmp_path / "a.md"
    path.write_text(front_matter + CLAIM, encoding="utf-8")
    result = run("extract", path)
    assert result.exit_code == 0 and f"a.md: {note}" in result.stderr
    assert len(records(result)) == 2


def test_front_matter_yaml_is_read_safely(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(f"---\ntitle: !!python/object/apply:os.system ['touch {tmp_path}/owned']\n---\n{CLAIM}")
    result = run("extract", path)
    assert "front matter is not valid YAML" in result.stderr and not (tmp_path / "owned").exists()


def alias_bomb(levels: int) -> str:
    """A front matter whose title is 9**levels strings, written in a few hundred bytes by nesting aliases."""
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, levels)]
    return "---\n" + "\n".join(lines) + f"\ntitle: *a{levels - 1}\noutlet: {{site: *a{levels - 1}}}\n---\n"


def test_a_front_matter_alias_bomb_is_never_expanded(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(alias_bomb(7) + CLAIM)  # 4.8 million strings: 33 MB as text
    tracemalloc.start()
    article = read_article(path, None)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert article.title is None and article.outlet is None
    assert article.notes == ("front matter title is a list, not text: ignored", "front matter outlet is a dict, not text: ignored")
    assert peak < 5 * MB


# -- web pages ----------------------------------------------------------------------------------------------

PAGE = """<!doctype html>
<html><head><title>GLM-5.2 launches | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2026-06-20T09:00:00Z">
<meta property="og:title" content="GLM-5.2 launches with 1.2 trillion parameters"></head>
<body><nav><a href="/">Home</a> <a href="/ai">AI</a> Subscribe for $5 a month</nav>
<article><h1>GLM-5.2 launches with 1.2 trillion parameters</h1>
<p>Zhipu AI released GLM-5.2 on June 18, a mixture-of-experts model with 1.2 trillion total parameters
and 180B active per token.</p>
<p>The model scores 81.0 on Terminal-Bench 2.1, and its context window reaches one million tokens.</p>
<p>"We built it on domestic chips," Zhipu founder Tang Jie told reporters in Beijing.</p>
</article>
<footer>Copyright 2026 Example News. Read by 12 million people.</footer></body></html>
"""


@pytest.fixture
def page(tmp_path) -> Path:
    path = tmp_path / "glm.html"
    path.write_text(PAGE, encoding="utf-8")
    return path


def test_a_web_page_gives_its_main_text_title_and_date(page):
    reading = read_file(page, MB)
    assert reading.reader.startswith("html/trafilatura-")
    assert reading.text.startswith("GLM-5.2 launches with 1.2 trillion parameters\n\nZhipu AI released")
    assert "Subscribe" not in reading.text and "Copyright" not in reading.text  # navigation and footer dropped
    assert reading.metadata["outlet"] == "Example News"
    assert reading.metadata["published"].isoformat() == "2026-06-20"


def test_a_web_pages_records_point_into_its_extracted_text_and_show_prints_them(page):
    found = list(read_claims(run("extract", page).stdout.splitlines(), "page.jsonl"))
    text = read_file(page, MB).text
    assert {c.kind for c in found} == {"parameter_count", "benchmark", "measure", "event", "quote"}
    assert all(c.source.reader.startswith("html/") and c.source.text_sha256 == text_sha256(text) for c in found)
    assert all(text[c.source.start : c.source.end] == c.text for c in found)
    event = next(c for c in found if c.kind == "event")
    assert (event.date, event.year_source) == ("2026-06-18", "html")
    claim = next(c for c in found if c.kind == "benchmark")
    shown = run("show", f"{page}:{claim.source.start}-{claim.source.end}", "--sha256", claim.source.text_sha256)
    assert shown.exit_code == 0
    assert f"{page}:{claim.source.line}:{claim.source.column}" in shown.stdout
    assert 'evidence: "81.0"' in shown.stdout and "Terminal-Bench 2.1" in shown.stdout


def test_a_web_pages_conflict_is_annotated_on_the_file_not_on_lines_of_the_extracted_text(page, tmp_path):
    (tmp_path / "old.md").write_text("GLM-5.2 has 1.5 trillion total parameters in total.\n", encoding="utf-8")
    github = run("check", page, "--corpus", tmp_path, "--format", "github", "--min-confidence", "low")
    assert github.exit_code == 1
    annotations = [line for line in github.stdout.splitlines() if line.startswith("::") and "file=" in line]
    assert annotations and all(a.startswith(f"::error file={page},title=") for a in annotations)
    sarif = json.loads(run("check", page, "--corpus", tmp_path, "--format", "sarif", "--min-confidence", "low").stdout)
    for result in sarif["runs"][0]["results"]:
        assert "region" not in result["locations"][0]["physicalLocation"]
        assert "region" in result["relatedLocations"][0]["physicalLocation"]  # the Markdown side keeps its lines
    text = run("check", page, "--corpus", tmp_path, "--min-confidence", "low").stdout
    assert f"{page} (its text, line 1)" in text and f"{page}:1 " not in text


def test_a_page_the_extractor_fails_on_costs_only_itself(page, monkeypatch):
    (page.parent / "a.txt").write_text(CLAIM)

    def broken(*args, **kwargs):
        raise ImportError("lxml.html.clean module is now a separate project")

    monkeypatch.setattr("trafilatura.bare_extraction", broken)
    result = run("extract", page.parent)
    assert result.exit_code == 1 and len(records(result)) == 2
    assert f"claimx: error: {page}: the page could not be read: ImportError: lxml.html.clean" in result.stderr


def test_show_says_when_a_file_changed_since_its_record(page):
    (claim, *_) = records(run("extract", page))
    page.write_text(PAGE.replace("Zhipu AI released", "Zhipu released"), encoding="utf-8")
    where = f"{page}:{claim['source']['start']}-{claim['source']['end']}"
    result = run("show", where, "--sha256", claim["source"]["text_sha256"])
    assert result.exit_code == 1 and "has changed since the record was made" in result.stderr


@pytest.mark.parametrize(
    ("location", "message"),
    [
        ("{page}", "expected FILE:START-END"),
        ("{page}:5-2", "characters 5-2 are outside"),
        ("{page}:0-999999", "characters 0-999999 are outside"),
        ("{page}.missing:0-1", "no such file or folder"),
    ],
)
def test_show_rejects_a_bad_location_with_exit_2(page, location, message):
    result = run("show", location.format(page=page))
    assert result.exit_code == 2 and message in result.stderr


# -- broken files: one message each, the good files' records untouched -------------------------------------


def plant_broken_files(folder: Path, deny_reading) -> dict[str, str]:
    """One of each broken file in `folder`; returns each one's expected message line on stderr."""
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02GLM-5.2 has 9 trillion parameters\x00" * 10)
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (folder / "screenshot.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.md").write_text(" \n\t\n   \n")
    (folder / "front-matter-only.md").write_text("---\ntitle: Draft\n---\n\n")
    (folder / "huge.txt").write_bytes(b"x")
    os.truncate(folder / "huge.txt", 200 * MB)  # sparse: 200 MB that cost no disk
    # awkward but good: read, with a note where a guess was made
    (folder / "zz-latin1.txt").write_bytes(LATIN.encode("latin-1"))
    (folder / "zz-bom.txt").write_bytes(codecs.BOM_UTF8 + CLAIM.encode())
    (folder / "zz-crlf.txt").write_bytes(CLAIM.replace("\n", "\r\n").encode())
    (folder / "zz-bad-front-matter.md").write_text("---\ntitle: [unclosed\n---\n" + CLAIM)
    (folder / "locked.txt").write_text("GLM-5.2 has 9 trillion total parameters.\n")
    (folder / "dangling.md").symlink_to(folder / "gone.md")
    (folder / "loop-a.txt").symlink_to(folder / "loop-b.txt")
    (folder / "loop-b.txt").symlink_to(folder / "loop-a.txt")
    (folder / "nested").mkdir()
    (folder / "nested" / "back-up").symlink_to(folder, target_is_directory=True)
    Path(os.fsdecode(os.fsencode(folder) + b"/latin1-name-caf\xe9.txt")).write_text(CLAIM)
    deny_reading("locked.txt")
    return {
        "binary.txt": "claimx: skipped: {}/binary.txt: binary file, not an article",
        "screenshot.md": "claimx: skipped: {}/screenshot.md: binary file, not an article",
        "empty.txt": "claimx: skipped: {}/empty.txt: empty file",
        "blank.md": "claimx: skipped: {}/blank.md: empty file",
        "front-matter-only.md": "claimx: skipped: {}/front-matter-only.md: no article text in it",
        "huge.txt": "claimx: error: {}/huge.txt: 200.0 MB is over the limit of 25 MB for one file "
        "(raise it with --max-file-mb)",
        "locked.txt": "claimx: error: {}/locked.txt: cannot read: Permission denied",
        "latin1-name": "claimx: error: {}/latin1-name-caf\\xe9.txt: file name is not valid UTF-8: rename the file to read it",
        "dangling.md": "claimx: skipped: {}/dangling.md: broken symbolic link",
        "loop-a.txt": "claimx: skipped: {}/loop-a.txt: symbolic link loop",
        "loop-b.txt": "claimx: skipped: {}/loop-b.txt: symbolic link loop",
        "back-up": "claimx: skipped: {}/nested/back-up: symbolic link loop: a folder already read",
        "zz-latin1.txt": "claimx: note: {}/zz-latin1.txt: not UTF-8: read as latin-1",
        "zz-bad-front-matter.md": "claimx: note: {}/zz-bad-front-matter.md: front matter is not valid YAML (line 3): ignored",
    }


SAMPLES = [CORPUS, pytest.param(SHARED / "corpora" / "seeds", id="seeds")]


@pytest.mark.parametrize("sample", SAMPLES, ids=["own corpus", "seeds"])
def test_broken_files_cost_only_themselves(tmp_path, deny_reading, sample):
    if not sample.is_dir():
        pytest.skip(f"{sample} is not here")
    folder = tmp_path / "corpus"
    shutil.copytree(sample, folder)
    alone = run("extract", folder)
    assert alone.exit_code == 0 and alone.stdout
    expected = plant_broken_files(folder, deny_reading)
    tracemalloc.start()
    mixed = run("extract", folder)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert mixed.exit_code == 1  # the unreadable and the oversized file are errors; the rest only skipped
    planted = [line for line in mixed.stdout.splitlines(keepends=True) if "/zz-" in line]
    assert len(planted) == 4 * 2  # each awkward file gives its two claims
    samples = "".join(line for line in mixed.stdout.splitlines(keepends=True) if "/zz-" not in line)
    assert samples == alone.stdout  # byte for byte: the sample articles' records are untouched
    messages = mixed.stderr.splitlines()
    for name, line in expected.items():
        assert messages.count(line.format(folder)) == 1, (name, mixed.stderr)
    assert len(messages) == len(expected)  # one line per broken or guessed file, none for the image
    assert peak < 100 * MB  # the 200 MB file was refused, not read


def test_the_summary_counts_every_fate(tmp_path, monkeypatch, deny_reading):
    (tmp_path / "good.txt").write_text(CLAIM)
    plant_broken_files(tmp_path, deny_reading)
    monkeypatch.setattr("claimx.cli.runs.stderr", Console(stderr=True, force_terminal=True, width=100))
    monkeypatch.setattr("claimx.cli.runs.PROGRESS_AFTER", 10**6)
    monkeypatch.setattr("claimx.cli.runs.PROGRESS_AFTER_BYTES", 10**12)
    table = run("extract", tmp_path).stderr
    for row in ("articles read +5", "files skipped +9", "other files \\(not articles\\) +1", "files failed +3"):
        assert re.search(rf"{row}\b", table.replace("│", " ")), row


def test_raising_the_limit_reads_a_big_file(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(CLAIM * 30_000)  # 2.2 MB
    assert "over the limit of 1 MB" in run("extract", path, "--max-file-mb", "1").stderr
    result = run("extract", path, "--max-file-mb", "3")
    assert result.exit_code == 0 and len(records(result)) == 2 * 30_000


def test_an_oversized_file_is_refused_without_being_read(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"x")
    os.truncate(path, 200 * MB)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read a file over the limit"))
    with pytest.raises(Unreadable, match="200.0 MB is over the limit of 25 MB"):
        read_file(path, 25 * MB)


@pytest.mark.parametrize(
    ("name", "content", "where"),
    [
        ("manifest.yaml", "articles:\n  - file: a.txt\n    published: [2026\n", "manifest.yaml:4:"),
        ("manifest.yaml", "articles: !!python/object/apply:os.system [true]\n", "manifest.yaml:1:"),
        ("claimx.yaml", "benchmarks:\n  - {name: MMLU, versions: 3}\n", "claimx.yaml:2:"),
        ("claimx.yaml", "entities: [\n", "claimx.yaml:2:"),
    ],
)
def test_a_malformed_config_exits_2_naming_file_and_line_and_applies_nothing(tmp_path, name, content, where):
    (tmp_path / "a.txt").write_text(CLAIM)
    (tmp_path / name).write_text(content)
    result = run("extract", tmp_path)
    assert result.exit_code == 2 and where in result.stderr and result.stdout == ""


# -- long articles are read in parts -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def small_parts():
    return Extractor(merge_rule_texts([*shipped_rule_texts(), ("parts.yaml", "tokenizer:\n  max_part_chars: 1000\n")]))


PARAGRAPHS = [
    "GLM-5.2 has 1.2 trillion total parameters and 180B active per token.",
    "On June 18, Zhipu released GLM-5.2 to developers worldwide.",
    'Tang Jie said: "We built it on domestic chips and we are proud of it."',
    "Kimi K2.7-Code scores 81.0 on Terminal-Bench 2.1.",
]


def test_an_article_longer_than_a_part_gives_the_records_its_paragraphs_give(extractor, small_parts):
    text = "\n\n".join(PARAGRAPHS * 40) + "\n"  # about 11,000 characters: a dozen parts
    (whole,) = small_parts.extract([Article("long.txt", text)])
    (usual,) = extractor.extract([Article("long.txt", text)])
    assert whole.error is None and len(whole.claims) == len(usual.claims) == 40 * 5
    assert [c.model_dump() for c in whole.claims] == [c.model_dump() for c in usual.claims]
    for claim in whole.claims:
        assert text[claim.source.start : claim.source.end] == claim.text
        assert claim.source.line == text.count("\n", 0, claim.source.start) + 1
        assert claim.source.text_sha256 == text_sha256(text)


def test_progress_is_told_each_part_of_a_long_article_as_it_is_read(small_parts):
    text = "\n\n".join(PARAGRAPHS * 40) + "\n"
    told: list[int] = []
    (result,) = small_parts.extract([Article("long.txt", text)], on_part=told.append)
    assert len(told) > 10 and sum(told) == len(text)  # a dozen parts, every character counted once


def test_one_long_file_shows_a_progress_bar(tmp_path, monkeypatch):
    (tmp_path / "long.txt").write_text("\n\n".join(PARAGRAPHS * 40) + "\n")
    monkeypatch.setattr("claimx.cli.runs.stderr", Console(stderr=True, force_terminal=True, width=100))
    monkeypatch.setattr("claimx.cli.runs.PROGRESS_AFTER_BYTES", 1000)  # as a megabyte would, in a test's time
    assert "extracting" in run("extract", tmp_path / "long.txt").stderr
    monkeypatch.setattr("claimx.cli.runs.PROGRESS_AFTER_BYTES", 10**9)
    assert "extracting" not in run("extract", tmp_path / "long.txt").stderr


def test_a_part_boundary_without_paragraphs_still_keeps_offsets(small_parts):
    text = " ".join(["GLM-5.2 has 1.2 trillion total parameters."] * 100)  # one line, no paragraph break
    (result,) = small_parts.extract([Article("line.txt", text)])
    assert result.error is None and len(result.claims) == 100
    assert all(text[c.source.start : c.source.end] == c.text and c.source.line == 1 for c in result.claims)


def parameters_table(family: str) -> str:
    """A table of 80 models of one family with their sizes: 1,600 characters, more than a small part holds."""
    rows = "".join(f"| {family} {i // 10}.{i % 10} | {100 + i}B |\n" for i in range(10, 90))
    return "| Model | Parameters |\n|---|---|\n" + rows


@pytest.mark.parametrize(
    "text",
    [
        "\n\n".join(PARAGRAPHS * 3) + "\n\nSizes:\n" + parameters_table("Qwen") + "\n" + "\n\n".join(PARAGRAPHS * 3) + "\n",
        parameters_table("Qwen") + "\n" + parameters_table("Llama"),  # a table longer than a part, then another
    ],
    ids=["after a paragraph", "longer than a part"],
)
def test_a_table_across_a_part_boundary_keeps_every_row(extractor, small_parts, text):
    (whole,) = small_parts.extract([Article("table.md", text)])
    (usual,) = extractor.extract([Article("table.md", text)])
    assert whole.error is None
    assert [c.model_dump() for c in whole.claims] == [c.model_dump() for c in usual.claims]
    assert sum(c.kind == "parameter_count" and c.source.line > 2 for c in whole.claims) >= 80


# -- --output is atomic --------------------------------------------------------------------------------------


def test_an_interrupted_write_leaves_the_old_file_and_no_litter(tmp_path):
    out = tmp_path / "claims.jsonl"
    out.write_text("the good old records\n")
    with pytest.raises(KeyboardInterrupt), Output.of(out).open() as stream:
        stream.write('{"half": ')
        raise KeyboardInterrupt
    assert out.read_text() == "the good old records\n"
    assert list(tmp_path.iterdir()) == [out]


def test_a_failing_run_through_the_cli_keeps_the_old_output(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(CLAIM)
    out = tmp_path / "claims.jsonl"
    out.write_text("the good old records\n")

    def broken(records, fmt, stream):
        stream.write(next(iter(records)).model_dump_json())
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("claimx.cli.extracting.write_records", broken)
    result = run("extract", tmp_path / "a.txt", "--output", out)
    assert result.exit_code != 0 and out.read_text() == "the good old records\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "claims.jsonl"]
