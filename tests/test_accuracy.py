"""Accuracy, measured with the evaluation kit's scorer against gold annotations.

The project's own corpus has its gold in `corpora/gold.yaml`; the sample
articles and the scorer live in the shared evaluation kit beside the
repository (`../shared`), and those runs are skipped where it is absent.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from claimx.cli import app

from .conftest import CORPUS, SHARED

SCORER = SHARED / "eval" / "score.py"
SEEDS = SHARED / "corpora" / "seeds"

pytestmark = pytest.mark.skipif(not SCORER.exists(), reason="the evaluation kit (../shared/eval) is not here")


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    cache = {}

    def get(corpus, gold):
        if corpus not in cache:
            cache[corpus] = score(corpus, gold, tmp_path_factory.mktemp("score"))
        return cache[corpus]

    return get


def score(corpus, gold, tmp_path) -> dict:
    claims = tmp_path / "claims.jsonl"
    result = CliRunner().invoke(app, ["extract", str(corpus), "--output", str(claims)])
    assert result.exit_code == 0, result.output
    run = subprocess.run(
        [sys.executable, str(SCORER), str(gold), str(corpus), str(claims), "--quiet", "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(run.stdout.splitlines()[-1])


@pytest.mark.parametrize("kind", ["parameter_count", "benchmark", "measure"])
def test_sample_articles_precision_and_recall(kind, scores):
    figures = scores(SEEDS, SHARED / "eval" / "gold" / "seeds.yaml")[kind]
    assert figures["precision"] >= 0.90 and figures["recall"] >= 0.90, figures


@pytest.mark.parametrize("kind", ["parameter_count", "benchmark", "measure"])
def test_own_corpus_f1(kind, scores):
    figures = scores(CORPUS, CORPUS / "gold.yaml")[kind]
    assert figures["f1"] >= 0.90, figures
