"""--output: checked before any work, and nothing the path points at is lost or damaged."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading

import pytest
from typer.testing import CliRunner

from claimx.cli import app

runner = CliRunner()
CLAIM = "GLM-5.2 has 1.2 trillion total parameters and a 1M-token context window.\n"


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(CLAIM)
    return path


def test_a_symlink_is_followed_to_the_file_it_names(tmp_path, article):
    target = tmp_path / "real.jsonl"
    target.write_text("old\n")
    link = tmp_path / "link.jsonl"
    link.symlink_to(target)
    assert run("extract", article, "-o", link).exit_code == 0
    assert link.is_symlink() and '"parameter_count"' in target.read_text()


def test_a_replaced_file_keeps_its_mode_and_a_new_one_gets_the_umasks(tmp_path, article):
    kept, new = tmp_path / "kept.jsonl", tmp_path / "new.jsonl"
    kept.write_text("old\n")
    kept.chmod(0o644)
    old_umask = os.umask(0o027)
    try:
        assert run("extract", article, "-o", kept).exit_code == 0
        assert run("extract", article, "-o", new).exit_code == 0
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(kept.stat().st_mode) == 0o644
    assert stat.S_IMODE(new.stat().st_mode) == 0o640


def test_a_pipe_is_written_into_not_replaced(tmp_path, article):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text()), daemon=True)
    reader.start()
    result = run("extract", article, "-o", fifo)
    reader.join(timeout=60)
    assert result.exit_code == 0
    assert stat.S_ISFIFO(fifo.stat().st_mode) and '"parameter_count"' in received[0]


def test_dev_stdout_is_the_standard_output(article):
    command = [sys.executable, "-m", "claimx", "extract", str(article), "-o", "/dev/stdout"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert '"parameter_count"' in result.stdout


@pytest.mark.parametrize(
    "name, message",
    [("no-such-folder/claims.jsonl", "no such folder"), (".", "is a folder; --output needs a file name")],
)
@pytest.mark.parametrize("command", [["extract"], ["conflicts"], ["baseline"]])
def test_an_output_that_cannot_be_written_fails_before_any_work(tmp_path, article, monkeypatch, name, message, command):
    monkeypatch.setattr("claimx.cli.crosschecking.start", lambda *a: pytest.fail("the articles were read"))
    monkeypatch.setattr("claimx.cli.crosschecking.require", lambda *a: pytest.fail("the articles were looked for"))
    result = run(*command, article, "-o", tmp_path / name)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and message in result.stderr


def test_a_killed_runs_temporary_file_is_removed_by_the_next_run(tmp_path, article):
    out = tmp_path / "claims.jsonl"
    abandoned = tmp_path / ".claims.jsonl.999999999.tmp"  # no process has this pid
    in_use = tmp_path / f".claims.jsonl.{os.getppid()}.tmp"  # a running process may still rename it
    abandoned.write_text("half")
    in_use.write_text("half")
    assert run("extract", article, "-o", out).exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([in_use.name, "a.txt", "claims.jsonl"])
