"""The README tells the truth: two quick-start commands, every command documented, its example record valid."""

from __future__ import annotations

import json
import re

import pytest
from typer.main import get_command

from claimx.cli import app
from claimx.records import CLAIM_ADAPTER

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_quick_start_has_exactly_two_commands():
    quick_start = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"```sh\n(.*?)\n```", quick_start, flags=re.S)
    assert len(commands) == 2 and all("\n" not in c for c in commands)
    assert "claimx extract corpora/" in commands[0] and "pytest" in commands[1]


@pytest.mark.parametrize("command", sorted(get_command(app).commands))
def test_every_command_is_in_the_readme_and_has_help(command):
    assert f"claimx {command}" in README
    assert get_command(app).commands[command].help


def test_readme_example_record_is_a_valid_record():
    example = re.search(r"### A record\n\n```json\n(.*?)\n```", README, flags=re.S).group(1)
    claim = CLAIM_ADAPTER.validate_python(json.loads(example))
    text = (ROOT / claim.source.path).read_text(encoding="utf-8")
    assert text[claim.source.start : claim.source.end] == claim.text
