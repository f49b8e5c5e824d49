"""The command line, as a user runs it: formats, files, exit codes and help."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from claimx.cli import app
from claimx.records import CLAIM_ADAPTER

from .conftest import CORPUS

runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture(scope="module")
def corpus_jsonl():
    result = run("extract", CORPUS)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_extract_writes_one_typed_record_per_line(corpus_jsonl):
    records = [CLAIM_ADAPTER.validate_json(line) for line in corpus_jsonl.splitlines()]
    assert {r.kind for r in records} == {"parameter_count", "benchmark", "measure", "event", "quote"}
    assert all(r.source.path.startswith(str(CORPUS)) for r in records)
    assert [r.source.path for r in records] == sorted(r.source.path for r in records)


def test_output_is_byte_identical_across_runs(corpus_jsonl):
    assert run("extract", CORPUS).stdout == corpus_jsonl


def test_output_file_and_formats(tmp_path, corpus_jsonl):
    out = tmp_path / "claims.jsonl"
    assert run("extract", CORPUS, "--output", out).exit_code == 0
    assert out.read_text(encoding="utf-8") == corpus_jsonl
    as_json = json.loads(run("extract", CORPUS, "--format", "json").stdout)
    assert len(as_json) == len(corpus_jsonl.splitlines())
    rows = list(csv.DictReader(io.StringIO(run("extract", CORPUS, "--format", "csv").stdout)))
    assert len(rows) == len(as_json) and rows[0]["source.path"] == as_json[0]["source"]["path"]
    assert "GLM-5.2" in run("extract", CORPUS / "01-glm52-launch.md", "--format", "table").stdout


def test_missing_path_is_a_usage_error(tmp_path):
    result = run("extract", tmp_path / "absent")
    assert result.exit_code == 2
    assert "absent: no such file or folder" in result.stderr


def test_unknown_format_is_a_usage_error():
    result = run("extract", CORPUS, "--format", "xml")
    assert result.exit_code == 2 and "unknown format 'xml'" in result.stderr


def test_bad_rule_file_names_file_and_line(tmp_path):
    bad = tmp_path / "rules.yaml"
    bad.write_text("entities:\n  - {name: X, type: planet}\n")
    result = run("extract", CORPUS, "--rules", bad)
    assert result.exit_code == 2
    assert f"{bad}:2:" in result.stderr


def test_claimx_yaml_in_the_corpus_is_read(tmp_path):
    (tmp_path / "a.txt").write_text("Quasar-X shipped with 3 trillion parameters.\n")
    (tmp_path / "claimx.yaml").write_text("entities:\n  - {name: Quasar-X, type: model}\n")
    (record,) = [json.loads(line) for line in run("extract", tmp_path).stdout.splitlines()]
    assert (record["subject"], record["value"]) == ("Quasar-X", 3e12)


def test_unreadable_file_costs_only_itself(tmp_path):
    (tmp_path / "a.txt").write_text("GLM-5.2 has a 1M-token context window.\n")
    (tmp_path / "b.txt").write_bytes(b"caf\xe9 GLM-5.2 \xff\xfe")
    result = run("extract", tmp_path)
    assert result.exit_code == 1
    assert "b.txt" in result.stderr and "UTF-8" in result.stderr
    assert len(result.stdout.splitlines()) == 1


def test_malformed_manifest_is_a_configuration_error(tmp_path):
    (tmp_path / "a.txt").write_text("text\n")
    (tmp_path / "manifest.yaml").write_text("articles:\n  - file: a.txt\n    published: not-a-date\n")
    result = run("extract", tmp_path)
    assert result.exit_code == 2
    assert "manifest.yaml:3:" in result.stderr


def test_schema_command_prints_the_schema():
    assert json.loads(run("schema").stdout)["title"] == "claimx claim record"


@pytest.mark.parametrize("command", ["extract", "schema"])
def test_every_command_has_help_with_an_example(command):
    result = run(command, "--help")
    assert result.exit_code == 0 and "Example:" in result.stdout
