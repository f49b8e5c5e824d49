"""Accuracy, measured with the evaluation kit's scorer against gold annotations.

The project's own corpus has its gold in `corpora/gold.yaml`; the sample
articles, the real, published articles and the scorer live in the shared
evaluation kit beside the repository (`../shared`), and those runs are skipped
where it is absent.
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
REAL = SHARED / "corpora" / "real"

pytestmark = pytest.mark.skipif(not SCORER.exists(), reason="the evaluation kit (../shared/eval) is not here")


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    """The scorer's figures and printed lines for a corpus, computed once per module."""
    cache = {}

    def get(corpus, gold):
        if corpus not in cache:
            folder = tmp_path_factory.mktemp("score")
            claims, conflicts = folder / "claims.jsonl", folder / "conflicts.json"
            for command, out in (("extract", claims), ("conflicts", conflicts)):
                result = CliRunner().invoke(
                    app, [command, str(corpus), "--format", out.suffix[1:], "--output", str(out)]
                )
                assert result.exit_code == 0, result.output
            run = subprocess.run(
                [sys.executable, str(SCORER), str(gold), str(corpus), str(claims), str(conflicts), "--json"],
                capture_output=True,
                text=True,
                check=True,
            )
            lines = run.stdout.splitlines()
            cache[corpus] = json.loads(lines[-1]), lines[:-1]
        return cache[corpus]

    return get


def seeds(scores):
    return scores(SEEDS, SHARED / "eval" / "gold" / "seeds.yaml")


def real(scores):
    return scores(REAL, SHARED / "eval" / "gold" / "real.yaml")


def test_real_articles_overall(scores):
    """Real, published articles nobody here wrote (issue 19): F1 and precision at least 0.90."""
    figures = real(scores)[0]["all"]
    assert figures["f1"] >= 0.90 and figures["precision"] >= 0.90, figures


@pytest.mark.parametrize("kind", ["parameter_count", "benchmark", "measure", "event", "quote"])
def test_real_articles_per_kind(kind, scores):
    figures = real(scores)[0][kind]
    assert figures["f1"] >= 0.85, figures


@pytest.mark.parametrize("kind", ["parameter_count", "benchmark", "measure"])
def test_sample_articles_numbers(kind, scores):
    figures = seeds(scores)[0][kind]
    assert figures["precision"] >= 0.90 and figures["recall"] >= 0.90, figures


def test_sample_articles_events(scores):
    figures = seeds(scores)[0]["event"]
    assert figures["precision"] >= 0.90 and figures["recall"] >= 0.90, figures


def test_sample_articles_quotes_and_no_scare_quote(scores):
    figures, lines = seeds(scores)
    assert figures["quote"]["precision"] == 1.0 and figures["quote"]["recall"] >= 0.90, figures["quote"]
    assert not [line for line in lines if "scare quote" in line]


@pytest.mark.parametrize("kind", ["parameter_count", "benchmark", "measure", "event", "quote"])
def test_own_corpus_f1(kind, scores):
    figures, lines = scores(CORPUS, CORPUS / "gold.yaml")
    assert figures[kind]["f1"] >= 0.90, figures[kind]
    assert not [line for line in lines if "scare quote" in line]


def test_sample_articles_conflicts(scores):
    figures = seeds(scores)[0]["conflicts"]
    assert figures["recall"] == 1.0 and figures["false_alarms_on_known_non_conflicts"] == 0, figures


def test_own_corpus_conflicts(scores):
    figures = scores(CORPUS, CORPUS / "gold.yaml")[0]["conflicts"]
    assert figures["gold"] >= 12 and figures["recall"] == 1.0, figures
    assert figures["false_alarms_on_known_non_conflicts"] == 0, figures
