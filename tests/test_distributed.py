"""`--dask`: extraction and cross-checking on a Dask cluster give what one machine gives.

One LocalCluster of two worker processes serves the module, reached by its address as a remote
scheduler would be. Without Dask the module is skipped, except in CI, where that is a failure.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from claimx.cli import app
from claimx.records import read_claims

from .conftest import CORPUS

if importlib.util.find_spec("distributed") is None:
    if os.environ.get("CI"):
        pytest.fail("Dask is not installed: CI installs .[test], which brings dask[distributed]")
    pytest.skip("Dask is not installed (pip install 'claimx[dask]')", allow_module_level=True)

runner = CliRunner()
ARTICLES = sum(1 for p in CORPUS.iterdir() if p.suffix in (".md", ".txt"))  # the own corpus's articles


PER_PART = 5  # articles to a partition: the corpus in several parts, spread over both workers


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture(scope="module")
def scheduler():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as cluster:
        yield cluster.scheduler_address


@pytest.fixture(scope="module")
def one_machine(tmp_path_factory):
    records = tmp_path_factory.mktemp("one") / "claims.jsonl"
    assert run("extract", CORPUS, "--output", records).exit_code == 0
    return records


@pytest.fixture(scope="module")
def parts(scheduler, tmp_path_factory):
    folder = tmp_path_factory.mktemp("dask") / "records"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("claimx.distributed.ARTICLES_PER_PARTITION", PER_PART)  # several parts, on both workers
        result = run("extract", CORPUS, "--dask", scheduler, "--output", folder)
    assert result.exit_code == 0, result.output
    return folder


def test_extract_on_dask_writes_part_files_holding_one_machines_records(parts, one_machine):
    assert sorted(p.name for p in parts.iterdir()) == [f"part-{i:05d}.jsonl" for i in range(-(-ARTICLES // PER_PART))]
    written = "".join(p.read_text(encoding="utf-8") for p in sorted(parts.iterdir()))
    assert sorted(written.splitlines()) == sorted(one_machine.read_text(encoding="utf-8").splitlines())
    assert written == one_machine.read_text(encoding="utf-8")  # the parts in order: even the order is kept
    assert len({r.source.path for r in read_claims(written.splitlines(), "parts")}) == ARTICLES


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_conflicts_on_dask_are_one_machines(scheduler, parts, one_machine, fmt):
    alone = run("conflicts", one_machine, "--format", fmt)
    spread = run("conflicts", parts, "--dask", scheduler, "--format", fmt)
    assert spread.exit_code == alone.exit_code == 0, spread.output
    assert spread.stdout == alone.stdout
    if fmt == "json":
        report = json.loads(spread.stdout)
        assert report["summary"]["conflicts"] > 10 and report["summary"]["files"] == ARTICLES


def test_conflicts_on_dask_filter_as_one_machine(scheduler, parts, one_machine):
    options = ["--format", "json", "--min-confidence", "high", "--select", "figure"]
    spread = json.loads(run("conflicts", parts, "--dask", scheduler, *options).stdout)
    assert spread == json.loads(run("conflicts", one_machine, *options).stdout)
    assert {c["kind"] for c in spread["conflicts"]} == {"figure"}
    assert {c["confidence"] for c in spread["conflicts"]} == {"high"}


@pytest.mark.parametrize(
    "args, message",
    [
        (["extract", CORPUS, "--dask", "local"], "--dask writes its records to a folder of part files: give --output"),
        (["extract", CORPUS, "--dask", "local", "-o", CORPUS / "manifest.yaml"], "--output must be a folder"),
        (["extract", CORPUS, "--dask", "local", "-o", "x", "-f", "csv"], "--dask writes JSON Lines"),
        (["conflicts", CORPUS / "01-glm52-launch.md", "--dask", "local"], "01-glm52-launch.md: --dask cross-checks"),
        (["conflicts", CORPUS, "--dask", "local"], "no .jsonl records in"),
    ],
)
def test_dask_runs_refuse_what_they_cannot_do(args, message):
    result = run(*args)
    assert result.exit_code == 2
    assert result.stderr.startswith("claimx: error:") and message in result.stderr, result.stderr


def test_a_bad_record_names_its_file_and_line(scheduler, tmp_path, one_machine):
    folder = tmp_path / "records"
    folder.mkdir()
    lines = one_machine.read_text(encoding="utf-8").splitlines(keepends=True)
    (folder / "part-00000.jsonl").write_text("".join(lines[:3]) + '{"kind": "quote"}\n', encoding="utf-8")
    result = run("conflicts", folder, "--dask", scheduler)
    assert result.exit_code == 2
    assert f"claimx: error: {folder / 'part-00000.jsonl'}:4: not a claim record" in result.stderr


def test_an_unreachable_scheduler_is_one_line(monkeypatch, one_machine):
    monkeypatch.setattr("claimx.distributed.CONNECT_SECONDS", 1)
    result = run("conflicts", one_machine, "--dask", "tcp://127.0.0.1:9")  # the discard port: nothing listens
    assert result.exit_code == 2
    assert result.stderr.startswith("claimx: error: --dask tcp://127.0.0.1:9:") and result.stderr.count("\n") == 1


def test_without_dask_the_run_says_how_to_install_it(monkeypatch, one_machine):
    monkeypatch.setitem(sys.modules, "distributed", None)  # importing it raises ImportError
    result = run("conflicts", one_machine, "--dask", "local")
    assert result.exit_code == 2
    assert "claimx: error: --dask needs Dask: pip install 'claimx[dask]'" in result.stderr


def test_help_does_not_import_dask():
    code = (
        "import sys; from claimx.cli import run; sys.argv = ['claimx', '--help']\ntry: run()\nexcept SystemExit: pass\n"
    )
    code += "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines()[-1] == "[]"
