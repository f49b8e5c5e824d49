"""The interval rules: pairs of statements, whether they conflict, and why."""

from __future__ import annotations

import datetime as dt

import pytest

from claimx.corpus import Article
from claimx.crosscheck import CrossCheck

JUNE_26 = dt.date(2026, 6, 26)


@pytest.fixture(scope="module")
def conflicts(extractor, rules):
    def run(first: str, second: str = ""):
        articles = [Article(f"{name}.txt", text, JUNE_26) for name, text in (("a", first), ("b", second)) if text]
        claims = [c for result in extractor.extract(articles) for c in result.claims]
        return [c.kind for c in CrossCheck(rules.conflicts).conflicts(claims)]

    return run


PAIRS = [
    (
        "GLM-5.2 was trained with 4e25 FLOP. GPT-4o was trained with 2e25 FLOP.",
        "GLM-5.2 used four times the compute of GPT-4o.",
        ["derived"],
        "a ratio of compute the figures contradict",
    ),
    (
        "Kestrel 2 Ultra ships with a 2 million-token context window.",
        "Kestrel 2 Ultra has a 1M-token context window.",
        ["figure"],
        "one significant digit is read no looser than 'about'",
    ),
    (
        "Zhipu said on June 2 that GLM-5.2 is ready.",
        "Zhipu said on June 9 that GLM-5.2 sells well.",
        [],
        "a lab makes many statements: only once-only events (a release, a ban) are compared",
    ),
    (
        "South Korea banned GLM-5.2 on March 3.",
        "Italy banned GLM-5.2 on April 14.",
        [],
        "two countries' bans are two events",
    ),
    (
        "GLM-5.2 was released on June 2.",
        "Zhipu released GLM-5.2 on June 9.",
        ["event"],
        "one release, told in the passive and the active",
    ),
    (
        'Daniel Okafor said: "We did not train on benchmark data at all."',
        'Okafor said: "We did not train on benchmark data at all."',
        [],
        "a surname is the full name told before",
    ),
    # figures: same key, intervals that do or do not meet
    (
        "GPT-4o costs $2.50 per million input tokens.",
        "GPT-4o costs $10 per million output tokens.",
        [],
        "prices of input and output tokens are different things",
    ),
    (
        "GPT-4o costs $2.50 per million input tokens.",
        "GPT-4o costs $5 per million input tokens.",
        ["figure"],
        "two prices of input tokens",
    ),
    (
        "GLM-5.2 has 1.2 trillion parameters.",
        "GLM-5.2 has 1.5 trillion parameters.",
        ["figure"],
        "different exact figures",
    ),
    ("GLM-5.2 has 1.2 trillion parameters.", "GLM-5.2 has 1.2T parameters.", [], "one figure spelled two ways"),
    ("GLM-5.2 has 1.2 trillion parameters.", "GLM-5.2 has 1.23 trillion parameters.", [], "1.2T admits 1.15T to 1.25T"),
    (
        "GLM-5.2 has 1.2 trillion parameters.",
        "GLM-5.2 has 1.26 trillion parameters.",
        ["figure"],
        "1.26T is past 1.2T's rounding",
    ),
    ("GPT-4o has about 200 billion parameters.", "GPT-4o has 215 billion parameters.", [], "about admits ten percent"),
    ("GPT-4o has about 200 billion parameters.", "GPT-4o has 230 billion parameters.", ["figure"], "past ten percent"),
    ("Fable 5 cost $100M+ to train.", "Fable 5 cost $200M+ to train.", [], "two lower bounds always meet"),
    (
        "Llama 3 405B cost more than $100 million to train.",
        "Llama 3 405B cost about $150 million to train.",
        [],
        "the bound is satisfied",
    ),
    (
        "GLM-5.2 logged more than 50,000 downloads.",
        "GLM-5.2 logged fewer than 20,000 downloads.",
        ["figure"],
        "bounds that exclude each other",
    ),
    (
        "GLM-5.2 has a context window of up to 2 million tokens.",
        "GLM-5.2 has a 1M-token context window.",
        [],
        "within the upper bound",
    ),
    (
        "Kimi K2.7-Code has a 256K context window.",
        "Kimi K2.7-Code has a context window of 262,144 tokens.",
        [],
        "256K read as binary",
    ),
    (
        "Kimi K2.7-Code has a 256K context window.",
        "Kimi K2.7-Code has a context window of 128,000 tokens.",
        ["figure"],
        "half the window",
    ),
    (
        "GLM-5.2 has a 1M-token context window.",
        "GLM-5.2 has a context window of 1,000,000 tokens.",
        [],
        "1M is 1,000,000",
    ),
    (
        "GLM-5.2 has a context window of 1,000,000 tokens.",
        "GLM-5.2 has a context window of 1,048,576 tokens.",
        ["figure"],
        "digits are exact",
    ),
    (
        "GLM-5.2 has 1.2 trillion total parameters.",
        "GLM-5.2 has 180B active parameters.",
        [],
        "total is never compared with active",
    ),
    (
        "Llama 3 70B has 70 billion parameters.",
        "Llama 3 405B has 405 billion parameters.",
        [],
        "two models of one family",
    ),
    ("GLM-5.2 scores 86.2% on MMLU.", "GLM-5.2 scores 68.1 on MMLU-Pro.", [], "MMLU is not MMLU-Pro"),
    (
        "GLM-5.2 reaches 74.5 on Terminal-Bench 2.0.",
        "GLM-5.2 reaches 81.0 on Terminal-Bench 2.1.",
        [],
        "versions differ",
    ),
    ("GLM-5.2 scores 86.2% on MMLU.", "GLM-5.2 scores 86.9% on MMLU.", ["figure"], "a different score"),
    ("GLM-5.2 scores 86.2% on MMLU.", "GLM-5.2 scores 86.24% on MMLU.", [], "86.2 admits 86.15 to 86.25"),
    ("GPT-4o charges $3-$5 per million tokens.", "GPT-4o charges $5.00 per million tokens.", [], "within the range"),
    (
        "GPT-4o charges $3-$5 per million tokens.",
        "GPT-4o charges $7 per million tokens.",
        ["figure"],
        "outside the range",
    ),
    (
        "GLM-5.2 took 2.1 × 10^24 FLOP to train.",
        "GLM-5.2 took 4.1 million GPU-hours to train.",
        [],
        "FLOP and GPU-hours differ in unit",
    ),
    (
        "GLM-5.2 took 2.1 × 10^24 FLOP to train.",
        "GLM-5.2 took roughly 5e24 FLOP to train.",
        ["figure"],
        "more than twice",
    ),
    ("GLM-5.2 cost $50 million to train.", "GLM-5.2 cost €50 million to train.", [], "dollars are not euros"),
    (
        "Zhipu's GLM 5.2 has 1.2 trillion parameters.",
        "GLM-5.2 has 1.5 trillion parameters.",
        ["figure"],
        "one model under two spellings",
    ),
    (
        "GLM-5.2 scores 81.0 on Terminal-Bench 2.1, within four points of Claude Opus 4.8's 85.0.",
        "Claude Opus 4.8 scores 85.0 on Terminal-Bench 2.1.",
        [],
        "85.0 is Claude Opus 4.8's",
    ),
    # ratios and differences in words
    (
        "GLM-5.2 has a context window of 1,000,000 tokens. GPT-4o has a context window of 128,000 tokens. "
        "GLM-5.2 offers a 5x longer context window than GPT-4o.",
        "",
        ["derived"],
        "5x against 7.8x",
    ),
    (
        "GLM-5.2 has a context window of 1,000,000 tokens. GPT-4o has a context window of 128,000 tokens. "
        "GLM-5.2 offers an eight times longer context window than GPT-4o.",
        "",
        [],
        "eight times is 7.8x, read loosely",
    ),
    (
        "GLM-5.2 costs one-fifth the price of GPT-4o.",
        "GLM-5.2 costs 1/30th the price of GPT-4o.",
        ["derived"],
        "two ratios apart",
    ),
    ("GLM-5.2 costs about one-fifth the price of GPT-4o.", "GLM-5.2 costs 1/5th the price of GPT-4o.", [], "one ratio"),
    (
        "GLM-5.2's 81.0 on Terminal-Bench 2.1 is within two points of Claude Opus 4.8's 85.0.",
        "",
        ["derived"],
        "four, not two",
    ),
    (
        "GLM-5.2's 81.0 on Terminal-Bench 2.1 is within four points of Claude Opus 4.8's 85.0.",
        "",
        [],
        "four points indeed",
    ),
    # events
    (
        "June 12: Commerce ordered Anthropic to disable Fable 5.",
        "On June 10, Commerce ordered Anthropic to disable Fable 5.",
        ["event"],
        "one order, two dates",
    ),
    (
        "June 13–16: Zhipu AI released GLM-5.2.",
        "Zhipu AI released GLM-5.2 on June 14.",
        [],
        "June 14 is inside June 13–16",
    ),
    (
        "Two weeks after Commerce banned Fable 5, downloads rose.",
        "Commerce banned Fable 5 on June 10.",
        [],
        "two weeks is approximate",
    ),
    ("Zhipu released GLM-5.2 in June.", "Zhipu released GLM-5.2 on June 20.", [], "a month holds its days"),
    (
        "Moonshot AI released Kimi K2.7-Code on June 12.",
        "Moonshot AI released Kimi K2.7-Code on June 19.",
        ["event"],
        "a week apart",
    ),
    # quotes
    (
        'Tang Jie said "the path to AGI must never be enclosed by walls."',
        '"The path to AGI must never be enclosed by walls," said Wen Lianhua.',
        ["quote_speaker"],
        "one quote, two speakers",
    ),
    (
        'Tang Jie said "the path to AGI must never be enclosed by walls."',
        "Tang Jie said: “The path to AGI must never be enclosed by walls,”",
        [],
        "marks and punctuation aside",
    ),
    (
        'Lizzi Lee said "the market immediately understood the opening that Anthropic created."',
        'Lizzi Lee said "the market never understood the opening that Anthropic created."',
        ["quote_wording"],
        "a negation added",
    ),
    (
        'Lizzi Lee said "the market understood the opening at once."',
        'Lizzi Lee said "export controls stop trust, not diffusion."',
        [],
        "two different quotes",
    ),
]


@pytest.mark.parametrize("first, second, expected, why", PAIRS, ids=[p[3] for p in PAIRS])
def test_interval_rules(conflicts, first, second, expected, why):
    assert conflicts(first, second) == expected


def test_conflict_record_names_both_sides_and_explains(extractor, rules):
    articles = [
        Article("a.txt", "GLM-5.2 has 1.2 trillion parameters.", JUNE_26),
        Article("b.txt", "Zhipu reports that GLM-5.2 has 1.5 trillion parameters.", JUNE_26),
    ]
    claims = [c for result in extractor.extract(articles) for c in result.claims]
    (conflict,) = CrossCheck(rules.conflicts).conflicts(claims)
    assert [c.source.path for c in conflict.claims] == ["a.txt", "b.txt"]
    assert conflict.key == "GLM-5.2 · parameter_count · total"
    assert conflict.explanation.startswith("1.2 trillion vs 1.5 trillion total parameters for GLM-5.2: 20% apart")
    assert "self-reported by Zhipu AI" in conflict.explanation
    assert conflict.severity == "medium"


def test_fingerprint_survives_reformatting(extractor, rules):
    def fingerprint(text):
        articles = [Article("a.txt", text, JUNE_26), Article("b.txt", "GLM-5.2 has 1.5 trillion parameters.", JUNE_26)]
        claims = [c for result in extractor.extract(articles) for c in result.claims]
        return [c.id for c in CrossCheck(rules.conflicts).conflicts(claims)]

    assert fingerprint("GLM-5.2 has 1.2 trillion parameters.") == fingerprint(
        "\n\nIntro.\n\nGLM-5.2 has   1.2 trillion\nparameters."
    )
