"""Fact sheets: figures as people write them, grouped per model and attribute, counted by article, agreement and
conflicts marked; `claimx sheet` end to end in every format."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest
from typer.testing import CliRunner

from claimx.cli import app
from claimx.corpus import Article
from claimx.crosscheck import CrossCheck
from claimx.reading.sheets import fact_sheets
from claimx.reading.values import shown_value
from claimx.reading.views import write_sheets

from .builders import params
from .conftest import CORPUS
from .snapshots import matches_snapshot

runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


@pytest.mark.parametrize(
    "value, unit, shown",
    [
        (1.2e12, "parameters", "1.2T"),
        (1.8e11, "parameters", "180B"),
        (1e6, "tokens", "1M tokens"),
        (128_000, "tokens", "128K tokens"),
        (131_072, "tokens", "131,072 tokens"),  # not a round thousand: written in full
        (5e7, "USD", "$50M"),
        (0.15, "USD", "$0.15"),
        (2.5, "USD", "$2.50"),  # cents, as a price is written
        (86.2, "%", "86.2%"),
        (2e25, "FLOP", "2e25 FLOP"),
        (2048, "chips", "2,048 chips"),
        (5, "x", "5x"),
        (70, None, "70"),
    ],
)
def test_values_are_shown_as_people_write_them(value, unit, shown):
    assert shown_value(value, unit) == shown


@pytest.fixture(scope="module")
def sheet_of(extractor, rules):
    """The sheet rows of `model` from articles of short texts: {label: (agreement, [(figure, articles), ...])}."""

    def build(texts: list[str], model: str) -> dict:
        articles = [Article(f"a{number}.txt", text, date(2026, 5, 1)) for number, text in enumerate(texts)]
        claims = [claim for result in extractor.extract(articles) for claim in result.claims]
        assert claims
        (sheet,) = fact_sheets(claims, CrossCheck.of(rules).conflicts(claims), [model])
        return {row.label: (row.agreement, [(f.shown, f.articles) for f in row.figures]) for row in sheet.rows}

    return build


@pytest.mark.parametrize(
    "texts, label, expected",
    [
        (  # two articles writing one figure two ways agree, counted once each
            ["GLM-5.2 has a context window of 1 million tokens.", "GLM-5.2 has a 1M-token context window."],
            "Context window",
            ("single", [("1M tokens", 2)]),  # one figure, however many articles state it
        ),
        (
            ["GLM-5.2 has 400 billion parameters in total.", "GLM-5.2 has 700 billion parameters in total."],
            "Parameters (total)",
            ("conflict", [("400B", 1), ("700B", 1)]),
        ),
        (
            ["GLM-5.2 scored 81.5% on MMLU.", "GLM-5.2 scored 81.5% on MMLU.", "GLM-5.2 scored 90.1% on MMLU."],
            "Benchmark: MMLU",
            ("conflict", [("81.5%", 2), ("90.1%", 1)]),  # most-stated first
        ),
        (
            ["Training GLM-5.2 cost about $20 million."],
            "Training cost",
            ("single", [("about $20M", 1)]),
        ),
    ],
)
def test_sheet_rows_count_articles_and_mark_disagreement(sheet_of, texts, label, expected):
    assert sheet_of(texts, "GLM-5.2")[label] == expected


@pytest.mark.parametrize(
    "label, expected",
    [
        ("Context window", ("single", [("1M tokens", 1)])),  # the figures a wrong ratio compares are its evidence
        ("Context window, relative to GPT-4o", ("conflict", [("5x", 1)])),  # 1M is not 5x 128K: the ratio is wrong
    ],
)
def test_a_ratio_in_words_that_does_not_follow_is_the_conflict_not_its_figures(sheet_of, label, expected):
    text = (
        "GLM-5.2 has a context window of 1 million tokens. GPT-4o has a context window of 128,000 tokens. "
        "GLM-5.2 offers a 5x longer context window than GPT-4o."
    )
    assert sheet_of([text], "GLM-5.2")[label] == expected


@pytest.mark.parametrize(
    "models, expected",
    [
        ((), ["GLM-5.2", "GPT-4o"]),  # every model, by name
        (("gpt-4o", "GLM-5.2"), ["GPT-4o", "GLM-5.2"]),  # any case, in the order named
        (("Whale-2",), []),  # no figures, no sheet
    ],
)
def test_sheets_are_of_the_models_asked_for(models, expected):
    claims = [params("a.txt", "1.2T", "GLM-5.2", 1.2e12), params("a.txt", "200B", "GPT-4o", 2e11, line=2)]
    assert [sheet.model for sheet in fact_sheets(claims, [], models)] == expected


def test_agreeing_intervals_give_a_consensus():
    claims = [
        params("a.txt", "about 1T", "GLM-5.2", 1e12, qualifier="approximate", low=0.95e12, high=1.05e12),
        params("b.txt", "1.02T", "GLM-5.2", 1.02e12),
    ]
    ((row,),) = [sheet.rows for sheet in fact_sheets(claims, [])]
    assert (row.agreement, row.consensus) == ("agree", "1.02T")


@pytest.fixture(scope="module")
def own_sheets():
    return {fmt: run("sheet", CORPUS, "-q", "-f", fmt) for fmt in ("text", "markdown", "json", "csv")}


@pytest.mark.parametrize("fmt", ["text", "markdown", "json", "csv"])
def test_sheet_runs_on_the_own_corpus_in_every_format(own_sheets, fmt):
    result = own_sheets[fmt]
    assert result.exit_code == 0, result.output
    assert "GLM-5.2" in result.stdout


def test_sheet_json_traces_every_figure_to_its_sentences(own_sheets):
    sheets = json.loads(own_sheets["json"].stdout)
    figures = [f for sheet in sheets for row in sheet["rows"] for f in row["figures"]]
    assert figures and all(f["claims"] and all(c["sentence"] and c["cited"] for c in f["claims"]) for f in figures)
    assert all(f["articles"] == len({c["cited"].split(":")[0] for c in f["claims"]}) for f in figures)


def test_sheet_csv_has_one_row_per_model_and_a_column_per_attribute(own_sheets):
    rows = list(csv.reader(io.StringIO(own_sheets["csv"].stdout)))
    header, models = rows[0], [row[0] for row in rows[1:]]
    assert header[0] == "model" and len(set(header)) == len(header)
    assert len(models) == len(set(models)) and all(len(row) == len(header) for row in rows)
    assert {sheet["model"] for sheet in json.loads(own_sheets["json"].stdout)} == set(models)


@pytest.mark.parametrize(
    "named, model",
    [("GLM-5.2", "GLM-5.2"), ("glm-5.2", "GLM-5.2"), ("GPT 4o", "GPT-4o")],  # a name in any case, or an alias
)
def test_sheet_filters_models_by_name_or_alias(named, model):
    result = run("sheet", CORPUS, named, "-q", "-f", "json")
    assert result.exit_code == 0, result.output
    assert [sheet["model"] for sheet in json.loads(result.stdout)] == [model]


def test_sheet_output_is_deterministic(own_sheets):
    assert run("sheet", CORPUS, "-q", "-f", "csv").stdout == own_sheets["csv"].stdout


@pytest.mark.parametrize(
    "args, message",
    [
        (["Whale-2"], "no figures about Whale-2; models it states figures of: "),
        (["-f", "xml"], "unknown format 'xml'"),
    ],
)
def test_sheet_refuses_unknown_models_and_formats_in_one_line(args, message):
    result = run("sheet", CORPUS, *args, "-q")
    assert result.exit_code == 2
    assert result.stderr.startswith("claimx: error: ") and message in result.stderr
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize("width", [80, 120])
@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_sheet_views_match_their_snapshots(extractor, rules, fmt, width):
    articles = [
        Article("a.txt", "GLM-5.2 has 400 billion parameters in total. It scored 81.5% on MMLU.", date(2026, 5, 1)),
        Article("b.txt", "GLM-5.2 has 700 billion parameters in total and costs $0.15 per million input tokens.", None),
    ]
    claims = [claim for result in extractor.extract(articles) for claim in result.claims]
    out = io.StringIO()
    write_sheets(fact_sheets(claims, CrossCheck.of(rules).conflicts(claims)), fmt, out, width)
    assert fmt == "markdown" or all(len(line) <= width for line in out.getvalue().splitlines())
    assert matches_snapshot(f"sheet_{width}.{'txt' if fmt == 'text' else 'md'}", out.getvalue())
