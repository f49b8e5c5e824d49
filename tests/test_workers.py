"""`--workers N`: the same output as one worker, byte for byte, in input order; errors stay each file's own;
a worker that dies ends the run in one line."""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil

import pytest
from typer.testing import CliRunner

from claimx.cli import app
from claimx.pipeline import Extractor
from claimx.workers import Workers

from .conftest import CORPUS
from .test_inputs import CLAIM, plant_broken_files

runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture
def small_chunks(monkeypatch):
    """Chunks of two articles: a folder of a few files is spread over the workers, not extracted in-process."""
    monkeypatch.setattr("claimx.workers.CHUNK_ARTICLES", 2)


@pytest.fixture
def forked(monkeypatch, small_chunks):
    """Workers forked from this process, so that they see what a test patched in it."""
    monkeypatch.setattr("claimx.workers._context", lambda: multiprocessing.get_context("fork"))


def articles(folder, count: int) -> list[str]:
    """`count` short articles, each with a claim of its own (and each at odds with the others)."""
    folder.mkdir(exist_ok=True)
    for i in range(count):
        (folder / f"{i:02d}.txt").write_text(f"GLM-5.2 has {i + 1} trillion total parameters, Zhipu says.\n")
    return [str(folder / f"{i:02d}.txt") for i in range(count)]


def paths_in(stdout: str) -> list[str]:
    return list(dict.fromkeys(json.loads(line)["source"]["path"] for line in stdout.splitlines()))


def test_two_workers_write_the_own_corpus_byte_for_byte_as_one(small_chunks):
    one, two = run("extract", CORPUS, "--workers", 1), run("extract", CORPUS, "--workers", 2)
    assert one.exit_code == two.exit_code == 0, two.output
    assert one.stdout and two.stdout == one.stdout
    assert two.stderr == one.stderr


def test_records_come_in_input_order_whichever_worker_finishes_first(tmp_path, small_chunks):
    expected = articles(tmp_path, 9)
    result = run("extract", tmp_path, "--workers", 2)
    assert result.exit_code == 0, result.output
    assert paths_in(result.stdout) == expected


def test_broken_files_are_each_named_once_as_with_one_worker(tmp_path, deny_reading, small_chunks):
    folder = tmp_path / "corpus"
    shutil.copytree(CORPUS, folder, ignore=shutil.ignore_patterns("gold.yaml"))
    expected = plant_broken_files(folder, deny_reading)
    one, two = run("extract", folder, "--workers", 1), run("extract", folder, "--workers", 2)
    assert one.exit_code == two.exit_code == 1  # the unreadable and the oversized file are errors
    assert two.stdout == one.stdout
    messages = two.stderr.splitlines()
    for name, line in expected.items():
        assert messages.count(line.format(folder)) == 1, (name, two.stderr)
    assert sorted(messages) == sorted(one.stderr.splitlines())


def test_an_article_failing_in_a_worker_costs_only_that_article(tmp_path, monkeypatch, forked):
    paths = articles(tmp_path, 6)
    claims = Extractor.claims

    def failing_on_the_third(self, doc, article, text):
        if article.path == paths[2]:
            raise RuntimeError("a rule bug")
        return claims(self, doc, article, text)

    monkeypatch.setattr(Extractor, "claims", failing_on_the_third)
    result = run("extract", tmp_path, "--workers", 2)
    assert result.exit_code == 1
    assert result.stderr == f"claimx: error: {paths[2]}: internal error while extracting: RuntimeError: a rule bug\n"
    assert paths_in(result.stdout) == paths[:2] + paths[3:]


def die(chunk):
    """In place of a worker's extraction: the process is killed (out of memory, say)."""
    os._exit(9)


def test_a_worker_that_dies_ends_the_run_in_one_line(tmp_path, monkeypatch, forked):
    articles(tmp_path, 6)
    monkeypatch.setattr("claimx.workers._extract_chunk", die)
    result = run("extract", tmp_path, "--workers", 2, "-o", tmp_path / "out.jsonl")
    assert result.exit_code == 2
    assert result.stderr.startswith("claimx: error: a worker process died while extracting ")
    assert result.stderr.count("\n") == 1
    assert not (tmp_path / "out.jsonl").exists()  # nothing half-written


@pytest.mark.parametrize("command", ["extract", "conflicts", "baseline", "check", "report"])
@pytest.mark.parametrize("workers", ["0", "-2"])
def test_fewer_than_one_worker_is_refused_in_one_line(tmp_path, command, workers):
    article = tmp_path / "a.txt"
    article.write_text(CLAIM)
    given = ["--corpus", tmp_path] if command == "check" else []
    result = run(command, article, *given, "--workers", workers)
    assert result.exit_code == 2
    assert result.stderr == f"claimx: error: --workers must be 1 or more (1 extracts in this process), not {workers}\n"


def test_check_and_baseline_find_the_same_with_two_workers(tmp_path, monkeypatch, small_chunks):
    corpus = tmp_path / "corpus"
    articles(corpus, 5)
    (corpus / "new.txt").write_text("GLM-5.2 has 70 trillion total parameters, Zhipu says.\n")
    monkeypatch.chdir(tmp_path)
    outputs = {}
    for workers in (1, 2):
        check = run("check", corpus / "new.txt", "--corpus", corpus, "--no-cache", "-f", "json", "--workers", workers)
        accepted = run("baseline", corpus, "--no-cache", "-o", f"baseline-{workers}.json", "--workers", workers)
        assert check.exit_code == 1 and accepted.exit_code == 0, (check.output, accepted.output)
        outputs[workers] = (check.stdout, (tmp_path / f"baseline-{workers}.json").read_text())
    assert len(json.loads(outputs[1][0])["conflicts"]) == 5  # the new article contradicts each of the others
    assert outputs[2] == outputs[1]


def test_check_extracts_an_edited_article_on_a_worker_started_before_the_corpus_is_read(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    articles(corpus, 3)
    new = corpus / "new.txt"
    new.write_text("GLM-5.2 has 70 trillion total parameters, Zhipu says.\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("claimx.memo.RACY_NS", 0)  # the memo keeps files written a moment ago
    warmed, warm = [], Workers.warm
    monkeypatch.setattr(Workers, "warm", lambda self: warmed.append(self.count) or warm(self))
    started, leave = [], Workers.__exit__
    monkeypatch.setattr(Workers, "__exit__", lambda self, *exc: started.append(_processes(self)) or leave(self, *exc))
    in_process = lambda rules: pytest.fail("extracted in this process, not on the warm worker")  # noqa: E731
    check = ("check", new, "--corpus", corpus, "-f", "json", "--workers", 2)
    assert run(*check).exit_code == 1  # the first run extracts every article, the new one among them
    new.write_text("GLM-5.2 has 71 trillion total parameters, Zhipu says.\n")
    warmed.clear(), started.clear()
    with monkeypatch.context() as patched:
        patched.setattr("claimx.workers.pipeline_for", in_process)
        edited = run(*check)
    unchanged = run(*check)
    assert edited.exit_code == unchanged.exit_code == 1, edited.output
    assert "71 trillion" in edited.stdout and unchanged.stdout == edited.stdout
    assert warmed == [2]  # for the edited article, not for it unchanged
    assert started == [1, 0]  # one article waits for the warm worker: no second one is started for it


@pytest.mark.parametrize("named", ["absolute", "relative"])
def test_check_of_an_unchanged_article_starts_no_worker_however_it_is_named(tmp_path, monkeypatch, named):
    articles(tmp_path / "corpus", 3)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("claimx.memo.RACY_NS", 0)  # the memo keeps files written a moment ago
    new = tmp_path / "corpus" / "00.txt" if named == "absolute" else "corpus/00.txt"
    assert run("check", new, "--corpus", "corpus", "-f", "json", "--workers", 2).exit_code == 1  # fills the cache
    warmed = []
    monkeypatch.setattr(Workers, "warm", lambda self: warmed.append(self.count))
    assert run("check", new, "--corpus", "corpus", "-f", "json", "--workers", 2).exit_code == 1
    assert warmed == []


def _processes(workers: Workers) -> int:
    """The worker processes `workers` has started (the pool keeps them by process id)."""
    return len(workers.pool._processes) if workers.pool is not None else 0
