"""Markdown tables: header cells decide kind, attribute and scope; the row names the subject; each cell is evidence."""

from __future__ import annotations

import pytest

SPEC_TABLE = """\
| Model | Parameters (Total) | Active Parameters | Context Window | License | OpenRouter Cost/1M tokens |
|---|---|---|---|---|---|
| GLM-5.2 | 1.2T (MoE) | 180B | 1,000,000 | MIT | $0.15 |
| GPT-4o | ~200B (est.) | — | 128,000 | Proprietary | $5.00 |
| Claude 3.5 Sonnet | — | — | 200,000 | Proprietary | $3.00 |
"""

COMPANY_TABLE = """\
| Company | Model | Context Window | Training Compute |
|---|---|---|---|
| Anthropic | Fable 5, Mythos 5 | 200,000 | $200M+ (est.) |
| Zhipu AI | GLM-5.2 | 1,000,000 | 2.1 × 10^24 FLOP |
"""

BENCHMARK_TABLE = """\
| Model | MMLU | Terminal-Bench 2.1 |
|---|---|---|
| GLM-5.2 | 86.2% | 78.4 |
| Qwen 3.7 Plus | 85.3% | — |
"""

SCALED_TABLE = """\
| Model | Parameters (B) | Price ($/1M tokens) |
|---|---|---|
| Llama 3 70B | 70 | 0.59 |
"""

TRANSPOSED_TABLE = """\
| Spec | GLM-5.2 | GPT-4o |
|---|---|---|
| Context window | 1,000,000 | 128,000 |
"""

NO_SUBJECT_TABLE = """\
| Market Segment | Compliance Zone | Open Zone |
|---|---|---|
| Model Cost (per 1M tokens) | $3-$5 | $0.10-$0.50 |
"""


def rows(claims):
    data = [c.model_dump() for c in claims]
    return [
        (d["subject"], d.get("scope") or d.get("benchmark") or d.get("attribute"), d["value"], d["text"]) for d in data
    ]


@pytest.mark.parametrize(
    "table, expected",
    [
        (
            SPEC_TABLE,
            [
                ("GLM-5.2", "total", 1.2e12, "1.2T (MoE)"),
                ("GLM-5.2", "active", 1.8e11, "180B"),
                ("GLM-5.2", "context_window", 1e6, "1,000,000"),
                ("GLM-5.2", "price_per_million_tokens", 0.15, "$0.15"),
                ("GPT-4o", "total", 2e11, "~200B (est.)"),
                ("GPT-4o", "context_window", 128000, "128,000"),
                ("GPT-4o", "price_per_million_tokens", 5.0, "$5.00"),
                ("Claude 3.5 Sonnet", "context_window", 200000, "200,000"),
                ("Claude 3.5 Sonnet", "price_per_million_tokens", 3.0, "$3.00"),
            ],
        ),
        (
            COMPANY_TABLE,
            [
                ("Fable 5", "context_window", 200000, "200,000"),
                ("Mythos 5", "context_window", 200000, "200,000"),
                ("Fable 5", "training_cost", 2e8, "$200M+ (est.)"),
                ("Mythos 5", "training_cost", 2e8, "$200M+ (est.)"),
                ("GLM-5.2", "context_window", 1e6, "1,000,000"),
                ("GLM-5.2", "training_compute", 2.1e24, "2.1 × 10^24 FLOP"),
            ],
        ),
        (
            BENCHMARK_TABLE,
            [
                ("GLM-5.2", "MMLU", 86.2, "86.2%"),
                ("GLM-5.2", "Terminal-Bench 2.1", 78.4, "78.4"),
                ("Qwen 3.7 Plus", "MMLU", 85.3, "85.3%"),
            ],
        ),
        (
            SCALED_TABLE,
            [("Llama 3 70B", "total", 7e10, "70"), ("Llama 3 70B", "price_per_million_tokens", 0.59, "0.59")],
        ),
        (
            TRANSPOSED_TABLE,
            [("GLM-5.2", "context_window", 1e6, "1,000,000"), ("GPT-4o", "context_window", 128000, "128,000")],
        ),
        (NO_SUBJECT_TABLE, []),
        (  # a parameter cell that says which figure is which gives both, each its own evidence
            "| Model | Parameters |\n|---|---|\n| Mistral Large 3 | 675B total / 41B active |\n| Kimi K2 | 1T (32B active) |\n",
            [
                ("Mistral Large 3", "total", 6.75e11, "675B"),
                ("Mistral Large 3", "active", 4.1e10, "41B"),
                ("Kimi K2", "total", 1e12, "1T"),
                ("Kimi K2", "active", 3.2e10, "32B"),
            ],
        ),
        (  # a web page's caption row before the header; input and output price columns; an Elo column
            "| List prices, USD per million tokens |  |  |  |\n|---|---|---|---|\n| Model | Input | Output | Arena Elo |\n"
            "|---|---|---|---|\n| GPT-4o | $2.50 | $10.00 | 1441 |\n",
            [
                ("GPT-4o", "price_per_million_tokens", 2.5, "$2.50"),
                ("GPT-4o", "price_per_million_tokens", 10.0, "$10.00"),
                ("GPT-4o", "Chatbot Arena", 1441, "1441"),
            ],
        ),
        (  # a citation marker after a cell's figure is not part of its evidence
            "| Model | Training cost |\n|---|---|\n| Gemini Ultra | $191M [3] |\n",
            [("Gemini Ultra", "training_cost", 1.91e8, "$191M")],
        ),
        (  # GPU-hours in a column of their own are the training compute
            "| Model | GPU Hours |\n|---|---|\n| Orca-3 | 2.8M |\n",
            [("Orca-3", "training_compute", 2.8e6, "2.8M")],
        ),
        (  # a table without its outer pipes, told by its separator line; the line after it is prose
            "Model | Total Parameters | Active Parameters\n---|---|---\nOrca-3 | 420B | 21B\nSource: its card\n",
            [("Orca-3", "total", 4.2e11, "420B"), ("Orca-3", "active", 2.1e10, "21B")],
        ),
        (  # a table a page flattened onto one line: each row's closing and the next one's opening pipe
            "| Model | Total Parameters | Active Parameters | |---|---|---| | Orca-3 | 420B | 21B | | Orca-4 | 1T | 40B |\n",
            [("Orca-3", "total", 4.2e11, "420B"), ("Orca-3", "active", 2.1e10, "21B"),
             ("Orca-4", "total", 1e12, "1T"), ("Orca-4", "active", 4e10, "40B")],
        ),
        (  # only its rows joined, the header and separator on lines of their own
            "| Model | Total Parameters |\n|---|---|\n| Orca-3 | 420B | | Orca-4 | 1T |\n",
            [("Orca-3", "total", 4.2e11, "420B"), ("Orca-4", "total", 1e12, "1T")],
        ),
        (  # its rows as long as hard-wrapped prose's lines, yet rows
            "Benchmark | Orca-2 7B | Orca-2 13B | Orca-3 8B | Orca-3 70B | Orca-3 405B |\n---|---|---|---|---|---|\n"
            + "".join(f"{name} | 41.10% | 52.20% | 63.30% | 74.40% | 85.50% |\n" for name in ("MMLU", "GSM8K", "MATH", "DROP", "HellaSwag")),
            [
                (model, name, value, f"{value:.2f}%")
                for name in ("MMLU", "GSM8K", "MATH", "DROP", "HellaSwag")
                for model, value in zip(
                    ("Orca-2 7B", "Orca-2 13B", "Orca-3 8B", "Orca-3 70B", "Orca-3 405B"),
                    (41.1, 52.2, 63.3, 74.4, 85.5),
                    strict=True,
                )
            ],
        ),
        (  # a column of benchmarks: each row's score is on the benchmark the row names; one model on one
            # benchmark twice, once in a setup of its own, is still told apart
            "| Model | Benchmark | Published score |\n|---|---|---|\n| Orca-3 | SWE-bench Verified | 61.5% |\n"
            "| Orca-3 | GPQA Diamond | 70.2% |\n| GLM-5.2 | SWE-bench Verified | 58.0% |\n"
            "| Orca-3 (high compute) | SWE-bench Verified | 66.1% |\n",
            [
                ("Orca-3", "SWE-bench Verified", 61.5, "61.5%"),
                ("Orca-3", "GPQA Diamond", 70.2, "70.2%"),
                ("GLM-5.2", "SWE-bench Verified", 58.0, "58.0%"),
                ("Orca-3", "SWE-bench Verified", 66.1, "66.1%"),
            ],
        ),
        (  # a row short of a cell shifts its figures left: the share under "Train FLOPs" is no training run,
            # a figure of a training run's size is
            "| Model | Lab | Cloud | Train FLOPs | Share (%) |\n|---|---|---|---|---|\n"
            "| Orca-3 | Acme | Acme | 4.2e24 | 0.12 |\n| GLM-5.2 | Zhipu | 3.1e24 | 0.015 | |\n",
            [("Orca-3", "training_compute", 4.2e24, "4.2e24")],
        ),
        (  # negative: one model on one benchmark twice, in no setup that tells the rows apart
            "| Model | Benchmark | Result |\n|---|---|---|\n| Orca-3 | MMLU | 81.0 |\n| Orca-3 v2 | MMLU | 84.0 |\n",
            [],
        ),
    ],
)
def test_table_cells_become_claims(extract, table, expected):
    found = rows(extract(table))
    assert sorted(found, key=str) == sorted([(s, k, pytest.approx(v), t) for s, k, v, t in expected], key=str)


def attributed(claims):
    """Table records as (subject, scope/benchmark/attribute, value, evidence, subject_source, confidence)."""
    return [
        (s, k, v, t, c.subject_source, c.confidence)
        for c, (s, k, v, t) in zip(claims, rows(claims), strict=True)
        if c.rule.startswith("table.")
    ]


def assert_attributed(claims, expected):
    expected = [(s, k, pytest.approx(v), t, source, confidence) for s, k, v, t, source, confidence in expected]
    assert sorted(attributed(claims), key=str) == sorted(expected, key=str)


KV, HIGH, MEDIUM, LOW = "key_value", "high", "medium", "low"


# -- key-value tables: no model in the table, the one the text around it names ---------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # the lead-in names the model; rows of experts and precision name no attribute
            "Helix-3 ships with these specifications:\n| Attribute | Value |\n|---|---|\n"
            "| Total Parameters | 480 Billion |\n| Active Parameters | 22 Billion |\n| Context Window | 512K tokens |\n"
            "| Training Cost | $9.1 Million |\n| Experts per layer | 96 |\n| Precision | FP8 |\n",
            [
                ("Helix-3", "total", 4.8e11, "480 Billion", KV, HIGH),
                ("Helix-3", "active", 2.2e10, "22 Billion", KV, HIGH),
                ("Helix-3", "context_window", 512000, "512K tokens", KV, HIGH),
                ("Helix-3", "training_cost", 9.1e6, "$9.1 Million", KV, HIGH),
            ],
        ),
        (  # the section heading names it
            "Notes on two releases.\n\n## Kestrel 70B at a glance\n\n| Spec | Value |\n|---|---|\n| Context Window | 64K |\n",
            [("Kestrel 70B", "context_window", 64000, "64K", KV, HIGH)],
        ),
        (  # the first header cell names it
            "| Orca-2 | Value |\n|---|---|\n| Context Window | 200K |\n",
            [("Orca-2", "context_window", 200000, "200K", KV, HIGH)],
        ),
        (  # a web page's caption names it
            "| Orca-2 in brief |  |\n|---|---|\n| Spec | Value |\n|---|---|\n| Context Window | 200K |\n",
            [("Orca-2", "context_window", 200000, "200K", KV, HIGH)],
        ),
        (  # a comparison's foil in the lead-in is not what the table is about
            "Unlike GPT-4o, Orca-2 is open:\n| Spec | Value |\n|---|---|\n| Context Window | 256K tokens |\n",
            [("Orca-2", "context_window", 256000, "256K tokens", KV, HIGH)],
        ),
        (  # the heading names nothing: the model the section's claims are about
            "Corvid Review\nOrca-2 has 1.2 trillion parameters.\nArchitecture Notes In Brief\n"
            "The model activates 40B parameters per token, and it was trained for $3M.\n"
            "| Attribute | Value |\n|---|---|\n| Training Tokens | ~18T |\n",
            [("Orca-2", "training_tokens", 1.8e13, "~18T", KV, MEDIUM)],
        ),
        (  # no heading, and the lead-in names only the owner of another figure: the article's model, unsure
            "Nimbus-4 launched with 300B parameters and 20B active.\nIts window doubles GPT-4o's 128K.\n"
            "| Spec | Value |\n|---|---|\n| Context Window | 256K tokens |\n",
            [("Nimbus-4", "context_window", 256000, "256K tokens", KV, LOW)],
        ),
        (  # no header row: the first row is a key and its value too
            "Helix-3 in numbers:\n| Total Parameters | 480B |\n|---|---|\n| Context Window | 512K |\n",
            [
                ("Helix-3", "total", 4.8e11, "480B", KV, HIGH),
                ("Helix-3", "context_window", 512000, "512K", KV, HIGH),
            ],
        ),
        (  # benchmarks as keys
            "How Orca-2 scores:\n| Benchmark | Score |\n|---|---|\n| MMLU | 81.4 |\n| GPQA Diamond | 60.2% |\n",
            [
                ("Orca-2", "MMLU", 81.4, "81.4", KV, HIGH),
                ("Orca-2", "GPQA Diamond", 60.2, "60.2%", KV, HIGH),
            ],
        ),
        (  # a column of notes beside the values is about no model, and leaves the table a key-value one
            "How Orca-2 scores:\n| Benchmark | Score | Notes |\n|---|---|---|\n| MMLU | 81.4 | up from 77% in v1 |\n"
            "| GPQA Diamond | 60.2% | hard science |\n",
            [
                ("Orca-2", "MMLU", 81.4, "81.4", KV, HIGH),
                ("Orca-2", "GPQA Diamond", 60.2, "60.2%", KV, HIGH),
            ],
        ),
        (  # so is a column where the page drew each score as a bar, an empty cell in the text (the last row short)
            "How Orca-2 scores:\n| Benchmark | Score | Bar |\n|---|---|---|\n| MMLU | 81.4 | |\n"
            "| GPQA Diamond | 60.2% |\n",
            [
                ("Orca-2", "MMLU", 81.4, "81.4", KV, HIGH),
                ("Orca-2", "GPQA Diamond", 60.2, "60.2%", KV, HIGH),
            ],
        ),
        (  # a place on a board is no score: "#1" under "Score"
            "How Orca-2 scores:\n| Benchmark | Score |\n|---|---|\n| LMArena | #1 overall |\n| MMLU | 81.4 |\n",
            [("Orca-2", "MMLU", 81.4, "81.4", KV, HIGH)],
        ),
        (  # a key of the data's size counts training tokens, no parameters
            "Helix-3 specifications:\n| Spec | Value |\n|---|---|\n| Pre-training Data Size | ~15 Trillion tokens |\n",
            [("Helix-3", "training_tokens", 1.5e13, "~15 Trillion tokens", KV, HIGH)],
        ),
        # negative: two models in the lead-in and no prose to choose between them
        ("Comparing Orca-2 and Helix-3 on cost:\n| Item | Value |\n|---|---|\n| Training Cost | $5M |\n", []),
        # negative: the lead-in names two models, and the headline's first is no more sure to be the table's
        (
            "Orca-2 vs Helix-3\n\nOrca-2 and Helix-3 are both open:\n| Spec | Value |\n|---|---|\n"
            "| Context Window | 200K |\n",
            [],
        ),
        # negative: no model anywhere
        ("| Spec | Value |\n|---|---|\n| Context Window | 128K |\n", []),
        (  # negative: prices of GPUs
            "Helix-3 was trained on Nvidia hardware.\n| GPU | Price |\n|---|---|\n| H100 | $30,000 |\n"
            "| A100 GPU | $15,000 |\n",
            [],
        ),
        (  # negative: empty values, and a key naming a model of its own
            "Helix-3 specifications:\n| Spec | Value |\n|---|---|\n| Training Cost | — |\n| GPT-4o context | 128K |\n"
            "| Context Window | |\n",
            [],
        ),
    ],
)
def test_key_value_tables(extract, text, expected):
    assert_attributed(extract(text), expected)


# -- models across the header, attributes or benchmarks down the first column ---------------------------

COLUMN, ROW = "table_column", "table_row"


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # tier words alone once the family is named; a row of experts is no parameter count
            "Llama 5 comes in two variants, Scout and Behemoth, each open.\n| Spec | Scout | Behemoth |\n|---|---|---|\n"
            "| Active Parameters | 8B | 30B |\n| Context Window | 128K tokens | 1M tokens |\n"
            "| Training Tokens | ~20T | ~20T |\n| Active Experts | 2 of 64 | 4 of 128 |\n"
            "| Weekly active users | ~45M | ~80M |\n",  # people, no parameters
            [
                ("Llama 5 Scout", "active", 8e9, "8B", COLUMN, HIGH),
                ("Llama 5 Behemoth", "active", 3e10, "30B", COLUMN, HIGH),
                ("Llama 5 Scout", "context_window", 128000, "128K tokens", COLUMN, HIGH),
                ("Llama 5 Behemoth", "context_window", 1e6, "1M tokens", COLUMN, HIGH),
                ("Llama 5 Scout", "training_tokens", 2e13, "~20T", COLUMN, HIGH),
                ("Llama 5 Behemoth", "training_tokens", 2e13, "~20T", COLUMN, HIGH),
            ],
        ),
        (  # a size in brackets after the tier word; benchmarks as rows
            "Llama 5 comes in two variants, Scout and Behemoth.\n"
            "| Benchmark | Scout (8B/60B) | Behemoth (30B/400B) | GPT-4o |\n|---|---|---|---|\n| MMLU | 71.5 | 80.2 | 88.7 |\n",
            [
                ("Llama 5 Scout", "MMLU", 71.5, "71.5", COLUMN, HIGH),
                ("Llama 5 Behemoth", "MMLU", 80.2, "80.2", COLUMN, HIGH),
                ("GPT-4o", "MMLU", 88.7, "88.7", COLUMN, HIGH),
            ],
        ),
        (  # one model in the header
            "| Benchmark | Orca-2 |\n|---|---|\n| MMLU | 77.0 |\n",
            [("Orca-2", "MMLU", 77.0, "77.0", COLUMN, HIGH)],
        ),
        (  # a tier word in a subject column
            "Llama 5 comes in two variants, Scout and Behemoth.\n| Model | Context |\n|---|---|\n| Scout | 256K |\n",
            [("Llama 5 Scout", "context_window", 256000, "256K", ROW, HIGH)],
        ),
        (  # a cell naming another model holds that model's score, not its column's
            "| Benchmark | Orca-2 | GPT-4o |\n|---|---|---|\n| MMLU | 71.0 (Orca-2 Pro) | 88.7 |\n",
            [("GPT-4o", "MMLU", 88.7, "88.7", COLUMN, HIGH)],
        ),
        (  # suffixed codes are models of their own, never the code they extend
            "| Benchmark | o1 | o1-mini | o3-mini-high |\n|---|---|---|---|\n| GPQA Diamond | 78.0 | 60.0 | 79.7 |\n",
            [
                ("o1", "GPQA Diamond", 78.0, "78.0", COLUMN, HIGH),
                ("o1-mini", "GPQA Diamond", 60.0, "60.0", COLUMN, HIGH),
                ("o3-mini-high", "GPQA Diamond", 79.7, "79.7", COLUMN, HIGH),
            ],
        ),
        (  # a column grouping rows before the benchmarks', and a column of metrics: the keys are the benchmarks
            "| Category | Benchmark | Metric | Orca-2 | GPT-4o |\n|---|---|---|---|---|\n"
            "| Knowledge | MMLU | Accuracy | 77.0 | 88.7 |\n",
            [("Orca-2", "MMLU", 77.0, "77.0", COLUMN, HIGH), ("GPT-4o", "MMLU", 88.7, "88.7", COLUMN, HIGH)],
        ),
        (  # a web table's group label spanned the rows after it: their cells one to the left, one empty at the end
            "| Category | Benchmark | Orca-2 | GPT-4o |\n|---|---|---|---|\n| Knowledge | MMLU | 77.0 | 88.7 |\n"
            "| GPQA | 50.1 | 53.6 | |\n| Math | AIME | 60.0 | |\n",
            [
                ("Orca-2", "MMLU", 77.0, "77.0", COLUMN, HIGH),
                ("GPT-4o", "MMLU", 88.7, "88.7", COLUMN, HIGH),
                ("Orca-2", "GPQA", 50.1, "50.1", COLUMN, HIGH),
                ("GPT-4o", "GPQA", 53.6, "53.6", COLUMN, HIGH),
                ("Orca-2", "AIME", 60.0, "60.0", COLUMN, HIGH),
            ],
        ),
        (  # a column of two models, each cell naming whose each figure is: each part of it that model's
            "| Benchmark | OpenAI (Orca-2 / Orca-3) | Orca-1 |\n|---|---|---|\n"
            "| MMLU | Orca-2: 77.0, Orca-3: 81.5 | 70.1 |\n| GPQA | Orca-3: 60.2 | 50.0 |\n",
            [
                ("Orca-2", "MMLU", 77.0, "Orca-2: 77.0", COLUMN, HIGH),
                ("Orca-3", "MMLU", 81.5, "Orca-3: 81.5", COLUMN, HIGH),
                ("Orca-1", "MMLU", 70.1, "70.1", COLUMN, HIGH),
                ("Orca-3", "GPQA", 60.2, "Orca-3: 60.2", COLUMN, HIGH),
                ("Orca-1", "GPQA", 50.0, "50.0", COLUMN, HIGH),
            ],
        ),
        # negative: tier words with no family named before
        ("| Spec | Scout | Behemoth |\n|---|---|---|\n| Context Window | 10M | 1M |\n", []),
        # negative: scores split by slashes, in settings the cell does not tell apart
        ("| Benchmark | Orca-2 |\n|---|---|\n| MMLU | 85.9 / 88.0 / 90.0 |\n", []),
        # negative: plans, not models
        (
            "GPT-5 is open to Plus and Pro users.\n| Feature | Free | Plus | Pro |\n|---|---|---|---|\n"
            "| Context window | 8K | 32K | 128K |\n",
            [],
        ),
    ],
)
def test_models_across_the_header(extract, text, expected):
    assert_attributed(extract(text), expected)


# -- header words -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "table, expected",
    [
        (  # counts of other things under words that also name attributes
            "| Model | Experts | Active Experts | Vocab Size | Sliding Window Size | Size |\n|---|---|---|---|---|---|\n"
            "| Orca-2 | 128 | 8 | 152K | 4,096 | 30B |\n",
            [("Orca-2", "total", 3e10, "30B")],
        ),
        (  # a context window's size, not a model's
            "| Model | Context Window Size |\n|---|---|\n| Orca-2 | 200K |\n",
            [("Orca-2", "context_window", 200000, "200K")],
        ),
    ],
)
def test_header_words_that_count_other_things(extract, table, expected):
    assert sorted(rows(extract(table)), key=str) == sorted(
        [(s, k, pytest.approx(v), t) for s, k, v, t in expected], key=str
    )


@pytest.mark.parametrize(
    "header, cell, attribute, tokens",
    [
        ("Context (input)", "1,000,000", "context_window", "input"),
        ("Max output tokens", "128,000", "other", None),  # a limit on output is no context window
        ("Context (output)", "64K", "other", None),
        ("Total context", "1,128,000", "context_window", "total"),
        ("Context Window", "400K", "context_window", None),
        ("Output ($/1M)", "$8.00", "price_per_million_tokens", "output"),
        ("Cached input ($/1M)", "$0.10", "price_per_million_tokens", "cached"),
        # a cache outcome says more than the side beside it: a hit is cached input, a miss full input
        ("1M Input Price (Cache Hit)", "$0.07", "price_per_million_tokens", "cached"),
        ("Input (Miss)", "$0.27", "price_per_million_tokens", "input"),
    ],
)
def test_the_tokens_a_header_names(extract, header, cell, attribute, tokens):
    (claim,) = extract(f"| Model | {header} |\n|---|---|\n| GLM-5.2 | {cell} |\n")
    assert (claim.attribute, claim.tokens, claim.text) == (attribute, tokens, cell)


def test_cell_evidence_and_row_sentence(extract):
    claims = extract("Some prose first.\n\n" + SPEC_TABLE)
    claim = next(c for c in claims if c.text == "$0.15")
    assert claim.source.line == 5
    assert claim.sentence == SPEC_TABLE.splitlines()[2]
    assert claim.unit == "USD" and claim.rule == "table.price-per-1m"


def test_prose_after_a_table_is_still_read(extract):
    claims = extract(SPEC_TABLE + "\nGLM-5.2 also has a 1M-token context window.\n")
    assert [c.text for c in claims if c.rule.startswith("context.")] == ["1M"]


@pytest.mark.parametrize(
    "table, expected",
    [
        (  # models across the header: a list of sizes is the family's, no size of the column's model
            "| Spec | Orca-3 | GLM-5.2 |\n|---|---|---|\n| Sizes | 8B, 70B, 405B | 32B |\n",
            [("GLM-5.2", "total", 3.2e10)],
        ),
        (  # a subject column, the list joined by "and"; counts a scope follows are still one model's
            "| Model | Parameters |\n|---|---|\n| Orca-3 | 7B and 70B |\n| GLM-5.2 | 355B |\n"
            "| Kimi K3 | 1T, 32B active |\n",
            [("GLM-5.2", "total", 3.55e11), ("Kimi K3", "total", 1e12), ("Kimi K3", "active", 3.2e10)],
        ),
    ],
)
def test_a_cell_listing_sizes_gives_no_model_a_size(extract, table, expected):
    claims = [c for c in extract(table) if c.kind == "parameter_count"]
    assert [(c.subject, c.scope, c.value) for c in claims] == [(s, scope, pytest.approx(v)) for s, scope, v in expected]


def test_a_table_whose_cells_hold_sentences_is_read_as_prose(extract):
    table = (
        "Date | Event |\n---|---|\n"
        "Mar 4, 2026 | Orca-3 – our lab's model reads up to 2 million tokens of context, and it is open. |\n"
        "Apr 2026 | Zeta-3 (7B & 70B) – trained on 15T tokens across many languages and scripts. |\n"
    )
    found = [(c.subject, c.value) for c in extract(table) if c.kind in ("measure", "parameter_count")]
    assert found == [("Orca-3", 2e6), ("Zeta-3 7B", 7e9), ("Zeta-3 70B", 7e10), ("Zeta-3", 1.5e13)]


# -- a table a web page wrote a cell per line: a row's first cell between pipes, each next cell closed by one --


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # the row's model, on a line of its own, is its figures' subject, whichever model the article is about
            "Orca-3 is out.\n| Model |\nSWE-bench Verified |\n| Helix-3 |\n71.2% |\n| Zeta-2 |\n64.8% |\n",
            [
                ("Helix-3", "SWE-bench Verified", 71.2, "71.2%", "table_row", HIGH),
                ("Zeta-2", "SWE-bench Verified", 64.8, "64.8%", "table_row", HIGH),
            ],
        ),
        (  # a column of notes names no test: its figures are no model's score, least of all the article's
            "Orca-3 is out.\n| Model |\nStrength |\nKey Metric |\n| Helix-3 |\nCoding |\n71% SWE-bench |\n"
            "| Zeta-2 |\nReasoning |\n19.1% Humanity's Last Exam |\n",
            [],
        ),
        (  # key and value a line each
            "Helix-3 ships with these specifications:\n| Spec |\nValue |\n| Total Parameters |\n480 Billion |\n"
            "| Context Window |\n512K tokens |\n",
            [
                ("Helix-3", "total", 4.8e11, "480 Billion", KV, HIGH),
                ("Helix-3", "context_window", 512000, "512K tokens", KV, HIGH),
            ],
        ),
    ],
)
def test_a_table_written_a_cell_per_line(extract, text, expected):
    claims = [c for c in extract(text) if c.kind != "event"]
    assert_attributed(claims, expected)
    assert all(c.rule.startswith("table.") for c in claims)  # no line of it read as prose


# -- a spec sheet: each key alone on its line, its value on the next, read as a key-value table ---------------

SHEET = "Orca-3 model card\n\nOrca-3 is an open model from Orcalab.\n\n{sheet}"


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a run of fields under a lead-in naming the model
            SHEET.format(
                sheet="Parameters\n235B\nActive Parameters\n22B\nContext Length\n128K\nTraining tokens\n36T\n"
                "Input price\n$0.50 / 1M tokens\n"
            ),
            [
                ("Orca-3", "total", 2.35e11, "235B", KV, HIGH),
                ("Orca-3", "active", 2.2e10, "22B", KV, HIGH),
                ("Orca-3", "context_window", 128000, "128K", KV, HIGH),
                ("Orca-3", "training_tokens", 3.6e13, "36T", KV, HIGH),
                ("Orca-3", "price_per_million_tokens", 0.5, "$0.50 / 1M tokens", KV, HIGH),
            ],
        ),
        (  # a key on a colon, a unit in a gloss, a unit broken onto the next line: the headline's model, unsure
            "Helix-3 (specs)\n\nContext:\n1M\ntokens\nOutput ($/1M tokens)\n$2.50\nMax output\n64K tokens\n",
            [
                ("Helix-3", "context_window", 1e6, "1M\ntokens", KV, LOW),
                ("Helix-3", "price_per_million_tokens", 2.5, "$2.50", KV, LOW),
                ("Helix-3", "other", 64000, "64K tokens", KV, LOW),  # an output limit, no context window
            ],
        ),
        (  # the line above each sheet names its model
            "Two new models\n\nOrca-3\nContext window\n200K tokens\n\nZeta-2\nContext window\n1M tokens\n",
            [
                ("Orca-3", "context_window", 2e5, "200K tokens", KV, HIGH),
                ("Zeta-2", "context_window", 1e6, "1M tokens", KV, HIGH),
            ],
        ),
        (  # a strip of headline figures, each over its label: a label is its own figure's, not the next one's
            SHEET.format(sheet="480B\nTotal Parameters\n35B\nActive Parameters\n2M\nContext Window\n119\nLanguages\n"),
            [
                ("Orca-3", "total", 4.8e11, "480B", KV, HIGH),
                ("Orca-3", "active", 3.5e10, "35B", KV, HIGH),
                ("Orca-3", "context_window", 2e6, "2M", KV, HIGH),
            ],
        ),
        (  # a sheet whose last key has no value under it is still read key over value
            SHEET.format(sheet="Context window\n200K tokens\nTraining tokens\n36T\nModalities\n"),
            [
                ("Orca-3", "context_window", 2e5, "200K tokens", KV, HIGH),
                ("Orca-3", "training_tokens", 3.6e13, "36T", KV, HIGH),
            ],
        ),
        # negative: the page names two models and the sheet does not say whose
        ("Orca-3 vs Zeta-2\n\nOrca-3 and Zeta-2 are both open.\n\nContext window\n200K tokens\n", []),
        # negative: a second value under the key is a flattened table's next column, another model's
        (SHEET.format(sheet="Context window\n200K tokens\n400K tokens\n"), []),
        # negative: a key the rules do not read, a key naming a model, prose after a key, a pipe table's cells
        (
            SHEET.format(
                sheet="Top score\n56.8\nGPT-4o context\n128K\nContext window\n200K tokens is plenty for most.\n"
                "| Zeta-2 |\nContext |\n10M token window |\n"
            ),
            [],
        ),
    ],
)
def test_a_spec_sheet_is_a_key_value_table(extract, text, expected):
    assert_attributed(extract(text), expected)


def test_lines_of_no_spec_sheet_stay_prose(extract):
    claims = extract(SHEET.format(sheet="Context length: 128K\n\nZeta-2\n256K context\n"))
    assert [(c.subject, c.value, c.subject_source, c.rule) for c in claims if c.kind == "measure"] == [
        ("Orca-3", 128000, "heading", "context.before"),
        ("Zeta-2", 256000, "paragraph", "context.after"),
    ]


# -- a cell holding as many figures as its header lists tokens -----------------------------------------------

PRICED = "| Spec | Orca-2 |\n|---|---|\n| {header} | {cell} |\n"


@pytest.mark.parametrize(
    "header, cell, expected",
    [
        ("Pricing (Input/Output)", "$4 / $12 per MTok", [(4.0, "input", "$4"), (12.0, "output", "$12")]),
        (
            "Price per 1M tokens (input and output)",
            "$0.25/$1.25",
            [(0.25, "input", "$0.25"), (1.25, "output", "$1.25")],
        ),
        ("Output / Input ($/1M)", "$9 / $3", [(9.0, "output", "$9"), (3.0, "input", "$3")]),  # the header's order
        # one figure under two sides: which it is, the table does not say
        ("Pricing (Input/Output)", "$4 per MTok", [(4.0, None, "$4 per MTok")]),
        # three figures under two sides: the first figure, its tokens unsaid
        ("Pricing (Input/Output)", "$4 / $12 / $1", [(4.0, None, "$4 / $12 / $1")]),
        # "cached input" is one side, not two
        ("Cached input ($/1M)", "$0.50", [(0.5, "cached", "$0.50")]),
        # two prices with a slash under a header naming no sides: input, then output, as in prose
        ("Price ($ per 1M tokens)", "$3.00 / $15.00", [(3.0, "input", "$3.00"), (15.0, "output", "$15.00")]),
        ("$ in / out (per 1M)", "$2/$8", [(2.0, "input", "$2"), (8.0, "output", "$8")]),
        ("Price ($ per 1M tokens)", "$3 / $15 / $1", [(3.0, None, "$3 / $15 / $1")]),  # three are no pair
        # two figures under one side: the first
        ("Input ($/1M)", "$2 (batch $1)", [(2.0, "input", "$2 (batch $1)")]),
    ],
)
def test_figures_of_a_cell_take_the_tokens_the_header_lists(extract, header, cell, expected):
    claims = [c for c in extract(PRICED.format(header=header, cell=cell)) if c.rule.startswith("table.")]
    assert [(c.subject, c.attribute) for c in claims] == [("Orca-2", "price_per_million_tokens")] * len(expected)
    assert [(c.value, c.tokens, c.text) for c in claims] == [(pytest.approx(v), t, e) for v, t, e in expected]


def test_a_context_cell_of_input_and_output(extract):
    claims = extract("| Model | Context (input/output) |\n|---|---|\n| Helix-3 | 400K / 32K |\n")
    assert [(c.attribute, c.value, c.tokens, c.text) for c in claims] == [
        ("context_window", 400000, "input", "400K"),
        ("other", 32000, None, "32K"),  # the output limit
    ]


# -- modes of one model across the header ----------------------------------------------------------------


def assert_scored(claims, expected):
    """Table scores as (subject, benchmark, value, setup, subject_source, confidence)."""
    found = [
        (c.subject, c.benchmark, c.value, c.setup, c.subject_source, c.confidence)
        for c in claims
        if c.rule.startswith("table.")
    ]
    assert sorted(found, key=str) == sorted([(s, b, pytest.approx(v), *rest) for s, b, v, *rest in expected], key=str)


MODES = "| Benchmark | Standard | Extended thinking |\n|---|---|---|\n| GPQA Diamond | 61.0% | 68.4% |\n"


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # the heading names the model; each column is a setup; an empty cell gives nothing
            "Two launches this week.\n\n## Orca-2 results\n\n"
            "| Benchmark | Standard | Extended thinking |\n|---|---|---|\n| GPQA Diamond | 61.0% | 68.4% |\n"
            "| MMLU | 80.2% | — |\n",
            [
                ("Orca-2", "GPQA Diamond", 61.0, "standard", KV, HIGH),
                ("Orca-2", "GPQA Diamond", 68.4, "extended thinking", KV, HIGH),
                ("Orca-2", "MMLU", 80.2, "standard", KV, HIGH),
            ],
        ),
        (  # a page headed by the model's name alone, its table under a heading naming none: unsure
            "Orca-2\n\nA reasoning model with two modes.\n\nScores\n" + MODES,
            [
                ("Orca-2", "GPQA Diamond", 61.0, "standard", KV, LOW),
                ("Orca-2", "GPQA Diamond", 68.4, "extended thinking", KV, LOW),
            ],
        ),
        (  # shot counts as modes, a row key's bracketed setup beside the column's; a measure row is not read
            "Helix-3 is out.\n| Benchmark | 0-shot | 5-shot |\n|---|---|---|\n| MMLU (CoT) | 70.0 | 74.5 |\n"
            "| Context window | 128K | 128K |\n",
            [("Helix-3", "MMLU", 70.0, "0-shot cot", KV, HIGH), ("Helix-3", "MMLU", 74.5, "5-shot cot", KV, HIGH)],
        ),
        (  # **bold** headers and a trailing "mode"
            "Helix-3 is out.\n| Benchmark | **Low effort** | **High effort mode** |\n|---|---|---|\n"
            "| HumanEval | 81.0 | 88.0 |\n",
            [
                ("Helix-3", "HumanEval", 81.0, "low effort", KV, HIGH),
                ("Helix-3", "HumanEval", 88.0, "high effort mode", KV, HIGH),
            ],
        ),
        # negative: no model named around the table or in the headline
        ("Review notes.\n\n" + MODES, []),
        # negative: two models in the lead-in
        ("Notes.\n\nOrca-2 and Helix-3 both have two modes:\n" + MODES, []),
        # negative: plans are no modes
        ("Helix-3 is out.\n| Benchmark | Free | Pro |\n|---|---|---|\n| MMLU | 70.0 | 74.5 |\n", []),
        # negative: one header a mode, the other not
        ("Helix-3 is out.\n| Benchmark | Standard | Before tuning |\n|---|---|---|\n| MMLU | 70.0 | 64.0 |\n", []),
    ],
)
def test_modes_across_the_header(extract, text, expected):
    assert_scored(extract(text), expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a model header's bracket names its setup: one model, two setups
            "| Benchmark | Orca-2 (thinking) | Orca-2 (no thinking) |\n|---|---|---|\n| MMLU | 82.0 | 79.5 |\n",
            [("Orca-2", "MMLU", 82.0, "thinking", COLUMN, HIGH), ("Orca-2", "MMLU", 79.5, "no thinking", COLUMN, HIGH)],
        ),
        (  # a size in brackets is no setup
            "| Benchmark | Orca-2 (30B) |\n|---|---|\n| MMLU | 82.0 |\n",
            [("Orca-2", "MMLU", 82.0, None, COLUMN, HIGH)],
        ),
        (  # negative: two columns the rules read as one model, in no setup, tell apart what the rules do not
            "| Benchmark | GPT-4o (May) | GPT-4o (Aug) | Orca-2 |\n|---|---|---|---|\n| MMLU | 88.7 | 88.0 | 77.0 |\n",
            [("Orca-2", "MMLU", 77.0, None, COLUMN, HIGH)],
        ),
        (  # the same in rows
            "| Model | MMLU |\n|---|---|\n| GPT-4o (May) | 88.7 |\n| GPT-4o (Aug) | 88.0 |\n"
            "| Orca-2 (high) | 77.0 |\n| Orca-2 (low) | 70.0 |\n",
            [("Orca-2", "MMLU", 77.0, "high", ROW, HIGH), ("Orca-2", "MMLU", 70.0, "low", ROW, HIGH)],
        ),
    ],
)
def test_one_model_twice_needs_a_setup_to_tell_its_columns_apart(extract, text, expected):
    assert_scored(extract(text), expected)


# -- row keys of a benchmark table -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "key, expected",
    [
        ("Puzzle Relay", [("Puzzle Relay", None)]),  # a name the alias table lacks
        ("**Puzzle Relay**", [("Puzzle Relay", None)]),
        ("Puzzle Relay (pass@1)", [("Puzzle Relay", "pass@1")]),  # its setup apart
        ("Puzzle Relay (v2) (pass@1)", [("Puzzle Relay (v2)", "pass@1")]),  # a bracket of no setup stays
        ("High School Puzzles", [("High School Puzzles", None)]),  # a setup word outside brackets is the name's
        ("MMLU (5-shot)", [("MMLU", "5-shot")]),
        ("MATH (500)", [("MATH-500", None)]),  # a version in brackets
        ("MATH Lvl 5", [("MATH Lvl 5", None)]),  # a part: its own benchmark, and its 5 no score
        # negative: what is no benchmark
        ("Average", []),
        ("Overall rank", []),
        ("Release year", []),
        ("Problems from the new internal suite", []),
        ("GPT-4o", []),  # a model: a row of its own, not the column's
    ],
)
def test_row_keys_of_a_benchmark_table(extract, key, expected):
    claims = extract(f"| Benchmark | Orca-2 |\n|---|---|\n| {key} | 71.5 |\n")
    assert [(c.benchmark, c.setup) for c in claims if c.rule.startswith("table.")] == expected


def test_an_unknown_row_key_outside_a_benchmark_table_is_nothing(extract):
    assert extract("| Feature | Orca-2 |\n|---|---|\n| Puzzle Relay | 71.5 |\n") == []
