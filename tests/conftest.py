"""Shared fixtures: the pipeline is built once per test session, as in a real run."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimx.corpus import Article
from claimx.pipeline import Extractor
from claimx.ruleset import load_rules

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpora"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def rules():
    return load_rules()


@pytest.fixture(scope="session")
def extractor(rules):
    return Extractor(rules)


@pytest.fixture(scope="session")
def extract(extractor):
    """Records for one text, as `claimx extract` would write them for a file holding it."""

    def run(text: str, published=None):
        (result,) = extractor.extract([Article("test.txt", text, published)])
        assert result.error is None, result.error
        return result.claims

    return run


@pytest.fixture
def deny_reading(monkeypatch):
    """`deny_reading("b.txt")`: reading files of that name fails as chmod 000 would (the tests may run as root)."""

    def deny(name: str) -> None:
        read_bytes = Path.read_bytes

        def denied(path):
            if path.name == name:
                raise PermissionError(13, "Permission denied")
            return read_bytes(path)

        monkeypatch.setattr(Path, "read_bytes", denied)

    return deny
