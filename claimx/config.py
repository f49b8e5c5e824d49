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
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .check import file_at_fork
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


@dataclass(frozen=True)
class RuleSources:
    """The rule files of a run beyond the shipped ones, as the global options say: `config` (`--config`), or
    the one found from `start` up; none of those nor the corpus's if `isolated`. Raises `ConfigError` for a
    file that cannot be read, `CheckError` for a git ref that cannot."""

    config: Path | None
    isolated: bool
    start: Path

    def run(self, corpus_folders: list[Path], given: list[Path]) -> list[Source]:
        """What `extract`, `conflicts` and `baseline` read: the project's, each corpus folder's, `--rules`."""
        corpus = [source_of(path, "corpus folder") for path in self.corpus_configs(corpus_folders)]
        return [*self.project(), *corpus, *self.given(given)]

    def check(self, folders: list[Path], given: list[Path], changed: str | None, note: Callable[[str], None]):
        """What `check` reads untrusted: a rule file in the repository (the project's found, a corpus's) only as
        of where `changed` forked, since a pull request may edit it (a regex that never returns, a rule that
        hides its own contradiction); a `--config` file and `--rules` are the user's choice."""
        found = self.discovered() if self.config is None else None
        forked = []
        for path in [*filter(None, [found]), *self.corpus_configs(folders)]:
            text = file_at_fork(changed, path) if changed is not None else None
            if text is not None:
                forked.append(source_of(path, f"as of {changed}", text))
                note(f"{path}: read as of {changed}, which a pull request cannot change")
            elif path.is_file():
                why = "as of REF it did not exist" if changed is not None else "it may come from the change checked"
                note(f"{path}: not read ({why}); --trust-corpus-rules reads it")
        explicit = [] if self.config is None else self.project()
        return [*explicit, *forked, *self.given(given)]

    def project(self) -> list[Source]:
        """The project's rule file: `--config`'s, else the one found from `start` up; none if isolated."""
        if self.isolated:
            return []
        if self.config is not None:
            return [source_of(self.config, "--config")]
        found = self.discovered()
        return [] if found is None else [source_of(found, f"found from {self.start}")]

    def discovered(self) -> Path | None:
        return None if self.isolated else project_config(self.start)

    def corpus_configs(self, folders: list[Path]) -> list[Path]:
        if self.isolated:
            return []
        return list(dict.fromkeys(p / CONFIG_NAME for p in folders if p.is_dir() and (p / CONFIG_NAME).is_file()))

    @staticmethod
    def given(paths: list[Path]) -> list[Source]:
        return [source_of(path, "--rules") for path in paths]


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
