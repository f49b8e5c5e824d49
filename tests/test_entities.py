"""Names: one canonical name per thing, model names the alias table has never seen, and what is not a name."""

from __future__ import annotations

import pytest


def names(extractor, text):
    doc = extractor.nlp(text)
    return [(e.text, e.type, e.name) for e in extractor.resolver.resolve(doc, text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Zhipu and Z.ai and Zhipu AI",
            [("Zhipu", "org", "Zhipu AI"), ("Z.ai", "org", "Zhipu AI"), ("Zhipu AI", "org", "Zhipu AI")],
        ),
        ("GLM 5.2 and GLM-5.2", [("GLM 5.2", "model", "GLM-5.2"), ("GLM-5.2", "model", "GLM-5.2")]),
        ("Opus 4.8 trails", [("Opus 4.8", "model", "Claude Opus 4.8")]),
        ("Kimi K2.7-Code ships", [("Kimi K2.7-Code", "model", "Kimi K2.7-Code")]),
        (
            "Llama 3 405B and Llama 3 70B",
            [("Llama 3 405B", "model", "Llama 3 405B"), ("Llama 3 70B", "model", "Llama 3 70B")],
        ),
        ("Qwen 3.7 Plus is open", [("Qwen 3.7 Plus", "model", "Qwen 3.7 Plus")]),
        ("GPT-5.6 Sol launched", [("GPT-5.6 Sol", "model", "GPT-5.6 Sol")]),
        (
            "Gemini Ultra and Mistral Large",
            [("Gemini Ultra", "model", "Gemini Ultra"), ("Mistral Large", "model", "Mistral Large")],
        ),
        ("Mixtral 8x22B is a MoE", [("Mixtral 8x22B", "model", "Mixtral 8x22B")]),
        ("the Zeta-3.1 release", [("Zeta-3.1", "model", "Zeta-3.1")]),
        ("on Terminal-Bench 2.1 today", [("Terminal-Bench 2.1", "benchmark", "Terminal-Bench 2.1")]),
        ("MMLU-Pro is not MMLU", [("MMLU-Pro", "benchmark", "MMLU-Pro"), ("MMLU", "benchmark", "MMLU")]),
        ("Huawei Ascend 910B chips", [("Huawei Ascend 910B", "chip", "Huawei Ascend 910B")]),
        ("the Commerce Department said", [("Commerce Department", "org", "Commerce Department")]),
        (  # China's ministry is not the US department
            "China's Ministry of Commerce and MIIT",
            [
                ("China's Ministry of Commerce", "org", "Ministry of Commerce of China"),
                ("MIIT", "org", "Ministry of Industry and Information Technology"),
            ],
        ),
        ("Helix-2 and Lumen-7 ship", [("Helix-2", "model", "Helix-2"), ("Lumen-7", "model", "Lumen-7")]),
        ("Kestrel 70B scores well", [("Kestrel 70B", "model", "Kestrel 70B")]),
        ("Covid-19 and Top-10 lists. Over 70B parameters. Summit-2026 in Part-12.", []),
        ("COVID-19 on June 12 in Section 3.2", []),
        ("a fable about mythos", []),  # names are matched with their case
    ],
)
def test_names_and_their_canonical_form(extractor, text, expected):
    assert names(extractor, text) == expected


def test_makers_come_from_the_alias_table_or_the_family(extractor):
    maker = extractor.resolver.maker
    assert (maker("GPT-4o"), maker("GLM-9"), maker("Claude Opus 4.8"), maker("Zeta-3.1")) == (
        "OpenAI",
        "Zhipu AI",
        "Anthropic",
        None,
    )
