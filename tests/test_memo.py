"""The file memo: a warm check parses no unchanged manifest and reads no unchanged article again, and still sees
every edit."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimx import memo
from claimx.cache import ClaimCache
from claimx.cli import app
from claimx.corpus import Article, Articles, ManifestEntry, Recalled, discover, load_manifests
from claimx.memo import FileMemo

runner = CliRunner()

OLD = "GLM-5.2's 1.2 trillion parameters in total, its maker says.\n"
SAME_SIZE_CONTRADICTION = "GLM-5.2's 1.5 trillion parameters in total, its maker says.\n"
NEW = "# A new review\n\nIn our tests, GLM-5.2's 1.2 trillion parameters in total.\n"
MANIFEST = "articles:\n- file: old.md\n  title: {title}\n  published: 2026-06-01\n"


@pytest.fixture
def trusting(monkeypatch):
    """Files written by the test kept in the memo at once (a real run waits out the racy seconds)."""
    monkeypatch.setattr(memo, "RACY_NS", 0)


@pytest.fixture
def corpus(tmp_path, monkeypatch, trusting):
    monkeypatch.chdir(tmp_path)
    folder = Path("corpus")
    folder.mkdir()
    (folder / "old.md").write_text(OLD, encoding="utf-8")
    (folder / "manifest.yaml").write_text(MANIFEST.format(title="Old"), encoding="utf-8")
    (folder / "new.md").write_text(NEW, encoding="utf-8")
    return folder


def check(corpus: Path, *options: str):
    return runner.invoke(app, ["check", str(corpus / "new.md"), "--corpus", str(corpus), "-f", "json", *options])


def rewrite(path: Path, text: str) -> None:
    """Write `text` with another modification time, as any later edit has (the clock may not tick between two
    writes of a test; a time in the future would make the file too recent to keep)."""
    before = path.stat().st_mtime_ns
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(before - 10**9, before - 10**9))


# -- the memo itself ------------------------------------------------------------------


def test_a_file_is_recalled_while_unchanged_and_not_after_an_edit(tmp_path, trusting):
    path = tmp_path / "a.md"
    path.write_text(OLD, encoding="utf-8")
    kept = FileMemo(tmp_path / "memo", "v1")
    kept.put(path, "article", "read as this")
    kept.save()
    assert FileMemo(tmp_path / "memo", "v1").get(path, "article") == "read as this"
    assert FileMemo(tmp_path / "memo", "v2").get(path, "article") is None  # another claimx read it
    assert FileMemo(tmp_path / "memo", "v1").get(path, "manifest.yaml") is None
    rewrite(path, SAME_SIZE_CONTRADICTION)
    assert FileMemo(tmp_path / "memo", "v1").get(path, "article") is None


def test_many_files_are_looked_up_a_batch_at_a_time_and_each_edit_is_seen(tmp_path, trusting, monkeypatch):
    monkeypatch.setattr(memo, "SQL_VARIABLES", 2)  # three batches of paths for five files
    paths = [tmp_path / f"{i}.md" for i in range(5)]
    kept = FileMemo(tmp_path / "memo", "v1")
    for path in paths:
        path.write_text(OLD, encoding="utf-8")
        kept.put(path, "article", f"read {path.name}")
    kept.save()
    rewrite(paths[3], SAME_SIZE_CONTRADICTION)
    found = FileMemo(tmp_path / "memo", "v1").get_many([*paths, tmp_path / "missing.md"], "article")
    assert found == {str(p): f"read {p.name}" for p in paths if p != paths[3]}


def test_a_file_modified_seconds_ago_is_never_kept(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(OLD, encoding="utf-8")  # its change time is now: an edit in the same tick would go unseen
    kept = FileMemo(tmp_path / "memo", "v1")
    kept.put(path, "article", "read as this")
    kept.save()
    assert FileMemo(tmp_path / "memo", "v1").get(path, "article") is None


def test_without_a_folder_nothing_is_kept(tmp_path, trusting):
    path = tmp_path / "a.md"
    path.write_text(OLD, encoding="utf-8")
    kept = FileMemo(None, "v1")
    kept.put(path, "article", "read as this")
    kept.save()
    assert kept.get(path, "article") is None
    assert not (tmp_path / "memo").exists()


ARTICLE = Article("corpus/a.md", OLD, dt.date(2026, 6, 1), "A title", "An outlet", None, "front_matter")


@pytest.mark.parametrize(
    "entry, recalled_with, same",
    [
        (None, None, True),
        (ManifestEntry(file="a.md", title="A title"), ManifestEntry(file="a.md", title="A title"), True),
        (None, ManifestEntry(file="a.md", title="A title"), False),
        (ManifestEntry(file="a.md", title="A title"), ManifestEntry(file="a.md", title="Another"), False),
    ],
)
def test_an_article_is_recalled_only_with_the_manifest_entry_it_was_read_with(entry, recalled_with, same):
    kept = Recalled.of(ARTICLE).dumps(entry)
    assert (Recalled.loads(kept, recalled_with) == Recalled.of(ARTICLE)) is same


def test_a_recalled_article_has_the_cache_digest_of_the_article_read(tmp_path):
    cache = ClaimCache(None, "rules", lambda claim: set(), print)
    again = Recalled.loads(Recalled.of(ARTICLE).dumps(None), None)
    assert cache.digest(again) == cache.digest(ARTICLE)
    assert cache.digest(again) != cache.digest(Article(ARTICLE.path, SAME_SIZE_CONTRADICTION))


# -- a warm check, end to end ------------------------------------------------------------------------


def test_the_corpus_is_recalled_but_the_checked_article_read(corpus):
    with_memo = FileMemo(Path(".claimx-cache"), "v1")
    first = Articles([corpus / "old.md", corpus / "new.md"], load_manifests(discover([corpus]).manifests), memo=with_memo)
    assert [type(a) for a in first] == [Article, Article]
    again = Articles(
        [corpus / "old.md", corpus / "new.md"],
        load_manifests(discover([corpus]).manifests),
        memo=FileMemo(Path(".claimx-cache"), "v1"),
        read_always={str(corpus / "new.md")},
    )
    assert [type(a) for a in again] == [Recalled, Article]


def test_a_warm_check_gives_the_output_of_a_cold_one(corpus):
    cold = check(corpus, "--no-cache")
    first, warm = check(corpus), check(corpus)
    assert cold.exit_code == first.exit_code == warm.exit_code == 0
    assert cold.stdout == first.stdout == warm.stdout


def test_a_warm_check_sees_a_corpus_article_edited_to_the_same_size(corpus):
    assert check(corpus).exit_code == 0
    rewrite(corpus / "old.md", SAME_SIZE_CONTRADICTION)
    edited = check(corpus)
    assert edited.exit_code == 1, edited.output
    assert "1.5 trillion" in edited.stdout


def test_a_warm_check_sees_an_edited_manifest(corpus):
    rewrite(corpus / "old.md", SAME_SIZE_CONTRADICTION)
    assert '"title": "Old"' in check(corpus).stdout
    rewrite(corpus / "manifest.yaml", MANIFEST.format(title="Renamed"))
    renamed = check(corpus).stdout
    assert '"title": "Renamed"' in renamed and '"title": "Old"' not in renamed


def test_a_manifest_made_invalid_is_an_error_however_warm_the_memo(corpus):
    assert check(corpus).exit_code == 0
    rewrite(corpus / "manifest.yaml", "articles:\n- title: no file\n")
    broken = check(corpus)
    assert broken.exit_code == 2
    assert "manifest.yaml" in broken.output and "file" in broken.output
