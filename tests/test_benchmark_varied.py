"""The benchmark's varied text: sentences shuffled within each line of prose, tables, headings and lists whole."""

from __future__ import annotations

import importlib.util
import random
import re
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "benchmark.py"
ARTICLE = (
    "Kestrel 2 ships today\n"
    "Kestrel 2 is out. It has many parameters. Nobody saw it coming!\n"
    "\n"
    "| Model | Context |\n"
    "|---|---|\n"
    "| Kestrel 2 | long |\n"
    "\n"
    "## What it costs\n"
    "- The small one. The big one.\n"
    "> A quoted block. Kept whole.\n"
)


@pytest.fixture(scope="module")
def benchmark():
    spec = importlib.util.spec_from_file_location("benchmark", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def digitless(text: str) -> str:
    return re.sub(r"[0-9]", "#", text)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_same_seed_writes_the_same_text(benchmark, seed):
    assert benchmark._varied(ARTICLE, random.Random(seed)) == benchmark._varied(ARTICLE, random.Random(seed))


@pytest.mark.parametrize(
    "line, shuffled",
    [
        ("It is out. It has many parameters. Nobody saw it coming!", True),
        ('She said "it works." Then it failed (twice.) Engineers shrugged.', True),
        ("| Kestrel 2 | long. Very long. |", False),  # a table row
        ("## What it costs. And more.", False),  # a heading
        ("- The small one. The big one.", False),  # a list item
        ("1. The first step. The second.", False),  # a numbered item
        ("> A quoted block. Kept whole.", False),  # a quotation block
    ],
)
def test_only_prose_lines_have_their_sentences_shuffled(benchmark, line, shuffled):
    outcomes = {benchmark._sentences_shuffled(line, random.Random(seed)) for seed in range(20)}
    if not shuffled:
        assert outcomes == {line}
        return
    assert len(outcomes) > 1
    sentences = sorted(benchmark.SENTENCE_BREAK.split(line))
    assert all(sorted(benchmark.SENTENCE_BREAK.split(outcome)) == sentences for outcome in outcomes)


def test_line_breaks_and_whole_blocks_survive(benchmark):
    varied = digitless(benchmark._varied(ARTICLE, random.Random(7)))
    assert varied.count("\n") == ARTICLE.count("\n")
    for block in (
        "| Model | Context |\n|---|---|\n| Kestrel # | long |",
        "## What it costs\n- The small one. The big one.",
    ):
        assert block in varied
