"""Where a run's rule files come from, beyond the shipped ones, found as ruff finds its configuration.

In order, later ones adding to earlier ones:

1. the project's: `claimx.yaml`, or the `[tool.claimx]` table of a `pyproject.toml`, in the
   working folder or the nearest folder above it that has one (`--config FILE` names it
   instead; `--isolated` reads none);
2. each corpus folder's `claimx.yaml` (none with `--isolated`);
3. the files given with `--rules`.

Each is a rule file (`claimx.rules`'s sections); a `[tool.claimx]` table holds the same
sections in TOML.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass
from pathlib import Path

from .ruleset import RuleFile
from .yamlfile import ConfigError, Problem, validate

CONFIG_NAME = "claimx.yaml"
PYPROJECT = "pyproject.toml"


@dataclass(frozen=True)
class Source:
    """One rule file of a run: its name as shown, its text (YAML), and why it is read."""

    name: str
    text: str
    origin: str


def project_config(start: Path) -> Path | None:
    """`claimx.yaml`, or a `pyproject.toml` with a `[tool.claimx]` table, in `start` or the nearest folder above."""
    for folder in [start, *start.parents]:
        if (folder / CONFIG_NAME).is_file():
            return folder / CONFIG_NAME
        if (folder / PYPROJECT).is_file() and _claimx_table(folder / PYPROJECT, _read(folder / PYPROJECT)) is not None:
            return folder / PYPROJECT
    return None


def source_of(path: Path, origin: str, text: str | None = None) -> Source:
    """The rule file at `path` (or `text`, its contents elsewhere: as of a git ref), as a run reads it."""
    text = _read(path) if text is None else text
    if path.name != PYPROJECT:
        return Source(str(path), text, origin)
    table = _claimx_table(path, text) or {}
    name = f"{path} [tool.claimx]"
    validate(RuleFile, table, "", name)  # errors name the table's keys: TOML has no YAML lines to point at
    return Source(name, json.dumps(table), origin)  # JSON is YAML: the rule loader reads it as it is


def _claimx_table(path: Path, text: str) -> dict | None:
    try:
        table = tomllib.loads(text).get("tool", {}).get("claimx")
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError([Problem(str(path), None, None, f"invalid TOML: {exc}")]) from None
    return table if isinstance(table, dict) else None


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError([Problem(str(path), None, None, f"cannot read: {exc}")]) from None
