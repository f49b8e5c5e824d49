"""The README tells the truth: two quick-start commands, every command documented, its example record valid."""

from __future__ import annotations

import json
import re
import shlex
import subprocess
import sys

import pytest
import yaml
from typer.main import get_command

from claimx.cli import app
from claimx.records import CLAIM_ADAPTER

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_quick_start_has_exactly_two_commands():
    quick_start = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"```sh\n(.*?)\n```", quick_start, flags=re.S)
    assert len(commands) == 2 and all("\n" not in c for c in commands)
    assert "claimx report corpora/" in commands[0] and "pytest" in commands[1]


@pytest.mark.parametrize("command", sorted(get_command(app).commands))
def test_every_command_is_in_the_readme_and_has_help(command):
    assert f"claimx {command}" in README
    assert get_command(app).commands[command].help


def _options():
    root = get_command(app)
    for name, command in [("claimx", root), *root.commands.items()]:
        for param in command.params:
            yield from ((name, option) for option in param.opts if option.startswith("--") and option != "--help")


@pytest.mark.parametrize("command, option", sorted(_options()))
def test_every_option_is_in_the_readme_and_has_help(command, option):
    assert option in README
    root = get_command(app)
    params = (root if command == "claimx" else root.commands[command]).params
    assert next(p for p in params if option in p.opts).help


def test_readme_example_record_is_a_valid_record():
    example = re.search(r"### A record\n\n```json\n(.*?)\n```", README, flags=re.S).group(1)
    claim = CLAIM_ADAPTER.validate_python(json.loads(example))
    text = (ROOT / claim.source.path).read_text(encoding="utf-8")
    assert text[claim.source.start : claim.source.end] == claim.text


def check_command_line(line: str) -> list[str]:
    """The arguments of a `claimx check` command line, GitHub's `${{ ... }}` expressions filled in."""
    line = re.sub(r"\$\{\{[^}]*\}\}", "main", line)
    return shlex.split(line.split("claimx check", 1)[1])


def test_the_documented_workflow_is_valid_yaml_calling_check_as_it_parses():
    workflow_text = re.search(r"<!-- workflow -->\n```yaml\n(.*?)\n```", README, flags=re.S).group(1)
    workflow = yaml.safe_load(workflow_text)
    runs = [step["run"] for step in workflow["jobs"]["check"]["steps"] if "claimx check" in step.get("run", "")]
    assert len(runs) == 2
    command = get_command(app).commands["check"]
    for run in runs:
        context = command.make_context("check", check_command_line(run))
        assert context.params["changed"] == "origin/main" and context.params["fmt"] in ("github", "sarif")


def test_the_pre_commit_hook_runs_check_on_article_files():
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "claimx-check" and hook["entry"] == "claimx check" and hook["language"] == "python"
    assert re.search(hook["files"], "corpora/new.md") and not re.search(hook["files"], "picture.png")
    documented = re.search(r"### pre-commit\n\n```yaml\n(.*?)\n```", README, flags=re.S).group(1)
    (repository,) = yaml.safe_load(documented)
    (used,) = repository["hooks"]
    assert used["id"] == hook["id"]
    get_command(app).commands["check"].make_context("check", [*used["args"], "corpora/new.md"])


def test_the_benchmark_script_the_readme_quotes_runs():
    """The README's speed figures come from scripts/benchmark.py: it must at least start with today's code."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "benchmark.py"), "conflicts", "--sizes", "200"],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr


def test_every_example_in_the_help_names_files_that_exist():
    examples = [re.search(r"Example: \[bold\](.*?)\[/bold\]", c.help) for c in get_command(app).commands.values()]
    for example in filter(None, examples):
        for word in shlex.split(example.group(1)):
            if word.startswith("corpora/") and not word.endswith("new.md"):  # check's example: the article one writes
                assert (ROOT / word.split(":")[0]).exists(), word
