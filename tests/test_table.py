"""`claimx extract --format table`: what a person sees first, readable and within the terminal's width."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from claimx.report import _tables

from .builders import event, measure, params, quote, score

# each record, and the cells it shows: kind, about, what, value
RECORDS = [
    (params("a.md", "1.2 trillion", "GLM-5.2", 1.2e12), ("params", "GLM-5.2", "total", "1.2T")),
    (params("a.md", "180B", "GLM-5.2", 1.8e11, scope="active"), ("params", "GLM-5.2", "active", "180B")),
    (score("a.md", "86.2%", "GLM-5.2", 86.2, "MMLU", setup="5-shot"), ("score", "GLM-5.2", "MMLU (5-shot)", "86.2%")),
    (
        measure("a.md", "$50 million", "GLM-5.2", 5e7, "training_cost", "USD", qualifier="approximate"),
        ("measure", "GLM-5.2", "training cost", "about $50M"),
    ),
    (
        measure("a.md", "$0.15", "GLM-5.2", 0.15, "price_per_million_tokens", "USD", tokens="input"),
        ("measure", "GLM-5.2", "price per million tokens (input)", "$0.15"),
    ),
    (
        event("a.md", "June 13 to 16", "2026-06-13", ["GLM-5.2"], actor="Zhipu AI", date_end="2026-06-16"),
        ("event", "Zhipu AI", "released", "2026-06-13 – 2026-06-16"),
    ),
    (
        event(
            "a.md",
            "in June",
            "2026-06-01",
            ["GLM-5.2"],
            action_text="launched",
            precision="month",
            date_end="2026-06-30",
        ),
        ("event", "", "launched", "2026-06"),
    ),
    (
        event(
            "a.md", "in February", "--02-01", ["GLM-5.2"], action_text="launched", precision="month", date_end="--02-29"
        ),
        ("event", "", "launched", "--02"),
    ),
    (quote("a.md", "Open weights travel", "Tang Jie", cue="said"), ("quote", "Tang Jie", "said", "")),
]


def table_text(records, width: int) -> str:
    out = io.StringIO()
    _tables(records, Console(file=out, width=width, color_system=None))
    return out.getvalue()


@pytest.mark.parametrize(("record", "cells"), RECORDS, ids=[cells[0] + "-" + cells[2] for _, cells in RECORDS])
def test_a_record_shows_what_it_is_about_and_its_value_as_written(record, cells):
    rows = [line.split("│")[2:6] for line in table_text([record], 160).splitlines() if line.startswith("│")]
    folded = tuple(" ".join(part.strip() for part in column if part.strip()) for column in zip(*rows, strict=True))
    assert folded == cells


@pytest.mark.parametrize("width", [80, 120])
def test_the_table_fits_the_width_and_names_each_article_once(width):
    records = [r for r, _ in RECORDS] + [params("b.md", "70B", "Llama 3", 7e10)]
    lines = table_text(records, width).splitlines()
    assert max(len(line) for line in lines) <= width
    titles = [line.strip() for line in lines if line.strip() in ("a.md", "b.md")]
    assert titles == ["a.md", "b.md"]


def test_a_title_names_the_outlet_and_date_and_never_a_line():
    record = params("a.md", "70B", "Llama 3", 7e10, line=12)
    record = record.model_copy(
        update={"source": record.source.model_copy(update={"outlet": "Wire", "published": "2026-06-17"})}
    )
    assert table_text([record], 80).splitlines()[0].strip() == "a.md (Wire, 2026-06-17)"


def test_article_text_in_a_cell_is_shown_not_run_as_markup():
    record = params("a.md", "[bold red]70B[/]", "Llama 3", 7e10)
    assert "[bold red]70B[/]" in table_text([record], 120)
