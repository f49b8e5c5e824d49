"""Read a YAML file into a pydantic model, reporting every problem with its file and line.

YAML is only ever read with the safe loader. Validation collects all errors of a
file before raising, each located through the nodes `yaml.compose` keeps, so a
user fixing a rule file sees `rules.yaml:12:5: ...` for every mistake at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ValidationError

M = TypeVar("M", bound=BaseModel)
# libyaml's safe loader where PyYAML was built with it (its wheels are): ten times faster on a corpus of manifests
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Problem:
    path: str
    line: int | None
    column: int | None
    message: str

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}:{self.column or 1}"
        return f"{where}: {self.message}"


class ConfigError(Exception):
    """One or more problems in a configuration, manifest or rule file."""

    def __init__(self, problems: Sequence[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def read_yaml(text: str, path: str) -> object:
    """Parse YAML safely; a syntax error becomes a located `ConfigError`."""
    try:
        return yaml.load(text, Loader=SAFE_LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (None, None)
        raise ConfigError([Problem(path, line, col, f"invalid YAML: {exc.problem or exc}")]) from None
    except yaml.YAMLError as exc:
        raise ConfigError([Problem(path, None, None, f"invalid YAML: {exc}")]) from None


def validate(model: type[M], data: object, text: str, path: str, context: dict | None = None) -> M:
    """Validate parsed YAML against `model` (its validators given `context`); every error is reported with its
    line."""
    try:
        return model.model_validate({} if data is None else data, context=context)
    except ValidationError as exc:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        problems = []
        for error in exc.errors(include_url=False):
            line, col = locate(root, error["loc"])
            where = ".".join(str(part) for part in error["loc"])
            problems.append(Problem(path, line, col, f"{where}: {error['msg']}"))
        raise ConfigError(problems) from None


def load_model(model: type[M], file: Path | str, text: str | None = None) -> M:
    """Read and validate one YAML file (or the given text, named by `file`)."""
    path = str(file)
    if text is None:
        try:
            text = Path(file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError([Problem(path, None, None, f"cannot read: {exc}")]) from None
    return validate(model, read_yaml(text, path), text, path)


def locate(node: yaml.Node | None, loc: Sequence[str | int]) -> tuple[int | None, int | None]:
    """Line and column (1-based) of the deepest node on the path `loc`."""
    if node is None:
        return None, None
    found = node
    for part in loc:
        child = _child(found, part)
        if child is None:
            break
        found = child
    return found.start_mark.line + 1, found.start_mark.column + 1


def _child(node: yaml.Node, part: str | int) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if key.value == str(part):
                return value
    elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
        return node.value[part]
    return None
