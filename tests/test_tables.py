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
    ],
)
def test_table_cells_become_claims(extract, table, expected):
    found = rows(extract(table))
    assert sorted(found, key=str) == sorted([(s, k, pytest.approx(v), t) for s, k, v, t in expected], key=str)


def test_cell_evidence_and_row_sentence(extract):
    claims = extract("Some prose first.\n\n" + SPEC_TABLE)
    claim = next(c for c in claims if c.text == "$0.15")
    assert claim.source.line == 5
    assert claim.sentence == SPEC_TABLE.splitlines()[2]
    assert claim.unit == "USD" and claim.rule == "table.price-per-1m"


def test_prose_after_a_table_is_still_read(extract):
    claims = extract(SPEC_TABLE + "\nGLM-5.2 also has a 1M-token context window.\n")
    assert [c.text for c in claims if c.rule.startswith("context.")] == ["1M"]
