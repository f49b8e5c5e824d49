"""The command line, as a user runs it: formats, files, exit codes and help."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
import threading

import pytest
import rich.errors
import rich.style
import typer
from typer.testing import CliRunner

from claimx.cli import app
from claimx.records import CLAIM_ADAPTER, read_claims

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
    lines = corpus_jsonl.splitlines()
    assert len({tuple(json.loads(line)) for line in lines}) == 1  # one shape: a database loader takes it as is
    records = list(read_claims(lines, "claims.jsonl"))
    assert {r.kind for r in records} == {"parameter_count", "benchmark", "measure", "comparison", "event", "quote"}
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
    assert {row["hedged"] for row in rows if row["kind"] == "parameter_count"} == {"true", "false"}
    assert "Fable 5; Mythos 5" in {row["objects"] for row in rows if row["kind"] == "event"}
    assert "GLM-5.2" in run("extract", CORPUS / "01-glm52-launch.md", "--format", "table").stdout


def test_a_run_that_finds_no_article_says_so(tmp_path):
    (tmp_path / "chart.png").write_bytes(b"\x89PNG")
    for args in (["extract", tmp_path], ["check", tmp_path, "--corpus", tmp_path]):
        result = run(*args)
        assert result.exit_code == 0
        assert f"claimx: note: no article found in {tmp_path}: claimx reads .txt, .md, .html and .htm files" in result.stderr


def test_a_file_named_that_is_no_article_is_skipped_saying_what_is_read(tmp_path):
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / "a.txt").write_text("GLM-5.2 has 1.2 trillion total parameters.\n")
    for args in (["extract"], ["check", "--corpus", tmp_path]):
        result = run(*args, tmp_path / "notes.docx", tmp_path / "a.txt")
        assert result.exit_code == 0, result.stderr
        line = f"claimx: skipped: {tmp_path}/notes.docx: not an article: claimx reads .txt, .md, .html and .htm files"
        assert line in result.stderr.splitlines()


def test_an_article_from_standard_input_is_named_by_stdin_filename(tmp_path):
    (tmp_path / "manifest.yaml").write_text("articles:\n  - {file: new.md, outlet: Example Wire}\n")
    text = "GLM-5.2 has 1.5 trillion total parameters.\n"

    def given(*args):
        result = runner.invoke(app, [str(a) for a in args], input=text)
        assert result.exit_code == 0, result.stderr
        return result.stdout

    (record,) = map(json.loads, given("extract", "-", "--stdin-filename", tmp_path / "new.md").splitlines())
    assert (record["source"]["path"], record["source"]["outlet"]) == (f"{tmp_path}/new.md", "Example Wire")
    (unnamed,) = map(json.loads, given("extract", "-").splitlines())
    assert unnamed["source"]["path"] == "-" and unnamed["value"] == 1.5e12
    found = json.loads(given("conflicts", CORPUS, "-", "--stdin-filename", "new.md", "-f", "json"))["conflicts"]
    assert any(claim["source"]["path"] == "new.md" for conflict in found for claim in conflict["claims"])


def test_verbose_says_how_each_article_was_read_and_what_it_gave():
    result = run("-v", "extract", CORPUS / "01-glm52-launch.md")
    count = len(result.stdout.splitlines())
    line = f"claimx: read: {CORPUS}/01-glm52-launch.md (text, utf-8, 3,403 characters): {count} claims"
    assert result.stderr.splitlines() == [line]


def test_missing_path_is_a_usage_error(tmp_path):
    result = run("extract", tmp_path / "absent")
    assert result.exit_code == 2
    assert "absent: no such file or folder" in result.stderr


def test_unknown_format_is_a_usage_error():
    result = run("extract", CORPUS, "--format", "xml")
    assert result.exit_code == 2 and "unknown format 'xml'" in result.stderr


@pytest.mark.parametrize(
    "rules",
    [
        "entities:\n  - {name: X, type: planet}\n",
        "name_patterns:\n  - {id: hang, label: model, regex: '(?:A+)+B'}\n",  # never returns on 36 A's
    ],
)
def test_bad_rule_file_names_file_and_line_in_one_line(tmp_path, rules):
    bad = tmp_path / "rules.yaml"
    bad.write_text(rules)
    result = run("extract", CORPUS, "--rules", bad)
    assert result.exit_code == 2 and not result.stdout
    assert result.stderr.startswith(f"claimx: error: {bad}:2:") and result.stderr.count("\n") == 1


QUASAR = "Quasar-X has 3 trillion total parameters.\n"  # a model only a project's rule file knows


def subjects(*args) -> list:
    result = CliRunner().invoke(app, [str(a) for a in args], input=QUASAR)
    assert result.exit_code == 0, result.stderr
    return [json.loads(line)["subject"] for line in result.stdout.splitlines()]


@pytest.mark.parametrize(
    "name, text",
    [
        ("claimx.yaml", "entities:\n  - {name: Quasar-X, type: model}\n"),
        ("pyproject.toml", '[project]\nname = "desk"\n\n[tool.claimx]\nentities = [{name = "Quasar-X", type = "model"}]\n'),
    ],
)
def test_the_project_rule_file_is_found_from_the_working_folder_up(tmp_path, monkeypatch, name, text):
    (tmp_path / name).write_text(text)
    (tmp_path / "desk" / "drafts").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "desk" / "drafts")
    assert subjects("extract", "-") == ["Quasar-X"]
    assert subjects("--isolated", "extract", "-") == []
    listed = run("config").stdout.splitlines()
    assert listed[-1].startswith(str(tmp_path / name)) and f"found from {tmp_path}/desk/drafts: entities" in listed[-1]


def test_config_names_the_project_rule_file_and_a_bad_table_by_its_keys(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "desk.yaml").write_text("entities:\n  - {name: Quasar-X, type: model}\n")
    assert subjects("--config", tmp_path / "desk.yaml", "extract", "-") == ["Quasar-X"]
    (tmp_path / "pyproject.toml").write_text('[tool.claimx]\nentities = [{name = "Q", type = "planet"}]\n')
    result = run("extract", CORPUS)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"claimx: error: {tmp_path}/pyproject.toml [tool.claimx]: entities.0.type: ")


def test_claimx_yaml_in_the_corpus_is_read(tmp_path):
    (tmp_path / "a.txt").write_text("Quasar-X shipped with 3 trillion parameters.\n")
    (tmp_path / "claimx.yaml").write_text("entities:\n  - {name: Quasar-X, type: model}\n")
    (record,) = [json.loads(line) for line in run("extract", tmp_path).stdout.splitlines()]
    assert (record["subject"], record["value"]) == ("Quasar-X", 3e12)


def test_unreadable_file_costs_only_itself(tmp_path, deny_reading):
    (tmp_path / "a.txt").write_text("GLM-5.2 has a 1M-token context window.\n")
    (tmp_path / "b.txt").write_text("GLM-5.2 has a 2M-token context window.\n")
    deny_reading("b.txt")
    result = run("extract", tmp_path)
    assert result.exit_code == 1
    assert "b.txt: cannot read: Permission denied" in result.stderr
    assert len(result.stdout.splitlines()) == 1


def test_malformed_manifest_is_a_configuration_error(tmp_path):
    (tmp_path / "a.txt").write_text("text\n")
    (tmp_path / "manifest.yaml").write_text("articles:\n  - file: a.txt\n    published: not-a-date\n")
    result = run("extract", tmp_path)
    assert result.exit_code == 2
    assert "manifest.yaml:3:" in result.stderr


def test_schema_command_prints_the_schema():
    assert json.loads(run("schema").stdout)["title"] == "claimx claim record"


@pytest.mark.parametrize("command", ["extract", "conflicts", "check", "baseline", "show", "schema"])
def test_every_command_has_help_with_an_example(command):
    result = run(command, "--help")
    assert result.exit_code == 0 and "Example:" in result.stdout


@pytest.mark.parametrize("command", ["extract", "conflicts", "check", "baseline", "show", "schema"])
def test_help_shows_every_text_whole(command):
    """Help is rendered as rich markup, where `[dask]` would vanish as a tag unless escaped `\\[dask]`."""
    click_command = typer.main.get_command(app).commands[command]
    shown = re.sub(r"[\s│]", "", run(command, "--help").stdout)
    texts = {param.name: getattr(param, "help", None) for param in click_command.params}
    for name, text in {command: click_command.help, **texts}.items():
        assert re.sub(r"\s", "", _without_styles(text or "")) in shown, name


def _without_styles(markup: str) -> str:
    """`markup` as it should read: its style tags (`[bold]`, `[/]`) gone, its escaped brackets plain."""

    def plain(tag: re.Match) -> str:
        try:
            rich.style.Style.parse(tag[1])
        except rich.errors.StyleSyntaxError:
            return tag[0]
        return ""

    return re.sub(r"(?<!\\)\[/?([^\]]*)\]", plain, markup).replace("\\[", "[")


@pytest.fixture(scope="module")
def conflicts_json():
    result = run("conflicts", CORPUS, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_conflicts_json_carries_everything_a_report_needs(conflicts_json):
    conflicts = conflicts_json["conflicts"]
    assert len(conflicts) >= 12
    for conflict in conflicts:
        assert {"id", "kind", "subject", "key", "severity", "explanation", "sides", "claims"} <= set(conflict)
        assert all(CLAIM_ADAPTER.validate_python(c) for c in conflict["claims"])
    assert conflicts_json["summary"]["conflicts"] == len(conflicts)
    assert {c["kind"] for c in conflicts} == {"figure", "derived", "event", "quote_speaker", "quote_wording"}


def test_conflicts_from_records_equal_conflicts_from_articles(tmp_path, corpus_jsonl, conflicts_json):
    records = tmp_path / "claims.jsonl"
    records.write_text(corpus_jsonl, encoding="utf-8")
    from_records = json.loads(run("conflicts", records, "--format", "json").stdout)
    assert from_records["conflicts"] == conflicts_json["conflicts"]


def test_conflicts_read_records_from_a_pipe(tmp_path, corpus_jsonl, conflicts_json):
    """A pipe (`<(zcat claims.jsonl.gz)`) has no size to cut it into parts by: it is read whole."""
    pipe = tmp_path / "claims.jsonl"
    os.mkfifo(pipe)
    writer = threading.Thread(target=pipe.write_text, args=(corpus_jsonl,), kwargs={"encoding": "utf-8"}, daemon=True)
    writer.start()  # a daemon: a run that never opens the pipe leaves it blocked, not the tests
    result = run("conflicts", pipe, "--format", "json", "--workers", "2")
    assert json.loads(result.stdout)["conflicts"] == conflicts_json["conflicts"]


def test_conflicts_text_report_groups_by_subject_and_ends_with_a_summary():
    result = run("conflicts", CORPUS)
    assert result.exit_code == 0
    lines = result.stdout.strip().splitlines()
    assert "GLM-5.2" in lines and lines[-1].endswith(f"claims from {len(list(CORPUS.glob('*.[mt][dx]*')))} files.")
    assert "1.2 trillion vs 1.5 trillion total parameters for GLM-5.2: 20% apart, both stated as exact" in result.stdout


def test_conflicts_are_grouped_surest_first_and_filtered_by_confidence(conflicts_json):
    sections = re.findall(r" (High|Medium|Low) confidence \(", run("conflicts", CORPUS).stdout)
    assert len(sections) >= 2 and sections == sorted(sections, key=["High", "Medium", "Low"].index)
    sure = json.loads(run("conflicts", CORPUS, "--format", "json", "--min-confidence", "high").stdout)["conflicts"]
    everything = conflicts_json["conflicts"]
    assert sure == [c for c in everything if c["confidence"] == "high"] and 0 < len(sure) < len(everything)


def test_conflicts_markdown_highlights_the_evidence():
    report = run("conflicts", CORPUS, "--format", "markdown").stdout
    assert report.startswith("# claimx conflicts") and "## GLM-5.2" in report
    assert "with **1.2 trillion** parameters in total" in report


def test_conflicts_html_is_self_contained_and_links_both_sides(tmp_path):
    out = tmp_path / "report.html"
    assert run("conflicts", CORPUS, "--format", "html", "--output", out).exit_code == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<style>" in page and "<script" not in page and "http" not in page
    ids = set(re.findall(r'id="([^"]+)"', page))
    links = set(re.findall(r'href="#([^"]+)"', page))
    assert links and links <= ids
    assert "<mark>1.2 trillion</mark>" in page


def test_bad_record_line_names_file_and_line(tmp_path):
    records = tmp_path / "claims.jsonl"
    records.write_text('{"kind": "measure"}\n', encoding="utf-8")
    result = run("conflicts", records)
    assert result.exit_code == 2 and f"{records}:1: not a claim record" in result.stderr


CRASH = """
import sys
import claimx.cli
claimx.crosscheck.CrossCheck.of = lambda rules: 1 / 0  # a defect deep in a command
sys.argv = ["claimx", *sys.argv[1:]]
claimx.cli.run()
"""


@pytest.mark.parametrize("debug", [False, True])
def test_an_unexpected_error_is_one_line_and_exit_2_and_debug_shows_where(tmp_path, debug):
    (tmp_path / "a.md").write_text("GLM-5.2 has 1.2T parameters.\n")
    command = [sys.executable, "-c", CRASH, *(["--debug"] if debug else []), "conflicts", str(tmp_path)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert ("Traceback" in result.stderr) == debug
    if not debug:
        assert result.returncode == 2
        assert result.stderr == "claimx: error: ZeroDivisionError: division by zero (--debug shows where)\n"


def test_a_baseline_nested_too_deeply_is_a_configuration_error(tmp_path):
    (tmp_path / "a.md").write_text("GLM-5.2 has 1.2T parameters.\n")
    (tmp_path / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    result = run("check", tmp_path / "a.md", "--corpus", tmp_path, "--baseline", tmp_path / "deep.json", "--no-cache")
    assert result.exit_code == 2
    assert result.stderr.strip().endswith("deep.json: invalid JSON: nested too deeply")


HOSTILE = {  # article text that, written out raw, would run as a formula, as HTML, or as terminal commands
    "a.md": '=HYPERLINK("http://x.test","y") GLM-5.2\'s 1.2 trillion parameters <script>alert(1)</script>\x1b[2J.\n',
    "b.md": "GLM-5.2's 1.5 trillion parameters in total.\x1b]0;owned\x07\n",
}


@pytest.fixture
def hostile(tmp_path):
    for name, text in HOSTILE.items():
        (tmp_path / name).write_text(text)
    return tmp_path


def test_article_text_is_never_a_formula_in_csv(hostile):
    rows = list(csv.DictReader(io.StringIO(run("extract", hostile, "--format", "csv").stdout)))
    sentences = [row["sentence"] for row in rows if row["source.path"].endswith("a.md")]
    assert sentences and all(s.startswith("'=HYPERLINK") for s in sentences)


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_article_text_is_never_markup_or_a_terminal_command_in_reports(hostile, fmt):
    report = run("conflicts", hostile, "--format", fmt).stdout
    assert "1.2 trillion" in report and "\x1b" not in report and "\\x1b[2J" in report
    if fmt == "markdown":
        assert "<script>" not in report and "&lt;script&gt;" in report


def test_article_text_is_never_a_terminal_command_in_github_annotations(hostile, monkeypatch):
    monkeypatch.chdir(hostile)  # no baseline
    report = run("check", hostile / "a.md", "--corpus", hostile, "--format", "github", "--no-cache").stdout
    assert "::error" in report and "\x1b" not in report and "\\x1b]0;owned\\x07" in report

