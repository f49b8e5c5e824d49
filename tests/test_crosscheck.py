"""The interval rules: pairs of statements, whether they conflict, and why."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import get_args

import pytest
import yaml
from typer.testing import CliRunner

from claimx.check import gates
from claimx.cli import app
from claimx.corpus import Article
from claimx.crosscheck import CrossCheck
from claimx.crosscheck.confidence import SUBJECT_FOUND
from claimx.crosscheck.partitions import Partitions
from claimx.records import Conflict, SubjectSource, read_claims
from claimx.report import write_records

from .builders import event, measure, params, quote, score
from .conftest import CORPUS, SHARED

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
        "Zhipu launched GLM-5.3 on June 17, 2026.",
        "On June 18 (Beijing time), Zhipu launched GLM-5.3.",
        [],
        "a day told in another time zone is a day either side",
    ),
    (
        "Llama 5 comes in versions with only 1B and 3B parameters.",
        "Llama 5 1B has 1.23 billion parameters.",
        [],
        "a count equal to the size its model is named by restates the name, rounded as names are",
    ),
    (
        "Llama 5 1B has 1.6 billion parameters.",
        "Llama 5 1B has 1.23 billion parameters.",
        ["figure"],
        "two counts of its own, neither the name's",
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
        "Orca-3 scores 46.4% on Terminal-Bench 2.0 using the Claude Code harness.",
        "Orca-3 scores 30.0% on Terminal-Bench 2.0 with the Terminus 2 harness.",
        [],
        "scores run in two agent harnesses are two setups",
    ),
    (
        "Orca-3 reaches 71.6% on SWE-bench Verified with parallel test-time compute.",
        "Orca-3 reaches 65.8% on SWE-bench Verified with no tools.",
        [],
        "a score with parallel test-time compute is another setup's",
    ),
    (
        "Orca-3 has a blended price of $6 per million tokens.",
        "Orca-3 costs $3 per million input tokens.",
        [],
        "a blended price is neither side's price",
    ),
    (
        "Orca-3 costs $6 per million tokens (blended).",
        "Orca-3 costs $9 per million tokens.",
        [],
        "a blended price is no price naming no tokens",
    ),
    (
        "With Flex, GPT-4o costs $2.50 per million input tokens.",
        "GPT-4o costs $5 per million input tokens.",
        [],
        "a tier's price is no standard rate",
    ),
    (
        "With Flex, GPT-4o costs $2.50 per million input tokens.",
        "Under Flex pricing, GPT-4o costs $1 per million input tokens.",
        ["figure"],
        "two prices of one tier",
    ),
    (
        "Orca-3 costs $0.27 per million input tokens on Together AI.",
        "Orca-3 has median prices of $0.24 per million input tokens.",
        [],
        "a host's price is no median over the hosts",
    ),
    (
        "Orca-3 costs $0.59 per million input tokens on Groq.",
        "Orca-3 costs $0.20 per million input tokens.",
        [],
        "a host's price is no contradiction of the maker's",
    ),
    (
        "Orca-3 costs $0.59 per million input tokens on Groq.",
        "GroqCloud sells Orca-3 at $0.20 per million input tokens.",
        ["figure"],
        "two prices of one host",
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
        ["figure"],
        "a window of up to 2M tokens is a 2M window",
    ),
    (
        "Zeta-3 was trained on up to 20,000 H100 GPUs.",
        "Zeta-3 was trained on 18,000 H100 GPUs.",
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
    (
        "GLM-5.2 took ~10^24 FLOP to train.",
        "GLM-5.2 took 2.1 × 10^24 FLOP to train.",
        [],
        "a power of ten alone is an order of magnitude",
    ),
    (
        "GLM-5.2 took ~10^24 FLOP to train.",
        "GLM-5.2 took 5e24 FLOP to train.",
        ["figure"],
        "beyond half an order of magnitude",
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
        "GLM-5.3 was trained with 4e26 FLOP. GLM-5.2 was trained on 2 million GPU hours.",
        "GLM-5.3 used ten times the compute of GLM-5.2.",
        [],
        "FLOP against GPU-hours is no ratio the words can be checked against",
    ),
    (
        "GLM-5.2 costs one-fifth the price of GPT-4o.",
        "GLM-5.2 costs 1/30th the price of GPT-4o.",
        ["derived"],
        "two ratios apart",
    ),
    ("GLM-5.2 costs about one-fifth the price of GPT-4o.", "GLM-5.2 costs 1/5th the price of GPT-4o.", [], "one ratio"),
    (
        "GLM-5.2 has 400 billion parameters, 17 billion active. GPT-6 has 670 billion parameters, 37 billion active.",
        "GLM-5.2 uses just half the active parameters of GPT-6.",
        [],
        "half of the active parameters, which 17 of 37 is; the totals are not what it compares",
    ),
    (
        "GLM-5.2 is now about 11.5x cheaper than GPT-4o on input and 34.5x cheaper on output.",
        "",
        [],
        "two ratios of one sentence compare different things",
    ),
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
    (
        "GLM-5.2 scores 81.0 on Terminal-Bench 2.1, within four points of Claude Opus 4.8's 85.0. "
        "GLM-5.2 reaches 91.5 on Terminal-Bench 2.1 when using its heavy mode.",
        "",
        [],
        "a score with a setup is not what a comparison saying none compares",
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
        'Li Wen said "the U.S. government never asked us."',
        'Li Wen said "the US government never asked us."',
        [],
        "an initialism with or without its stops",
    ),
    (  # a reprint that drops the apostrophes ("Orcas", "its") quotes the same words
        'Li Wen said "Orca Labs\' partnership with Zhipu is Zhipu\'s best bet, and it\'s ours."',
        'Li Wen said "Orca Labs partnership with Zhipu is Zhipus best bet, and its ours."',
        [],
        "an apostrophe dropped in a reprint",
    ),
    (
        'Li Wen said "the export rule is ill-conceived and counterproductive."',
        'Li Wen said "the export rule is illconceived and counterproductive."',
        [],
        "a hyphen dropped in a reprint",
    ),
    (
        'Li Wen called Orca-3 "the most capable open model on the planet."',
        'Li Wen called it "the fastest model on the planet."',
        [],
        "two sayings built alike share fewer words than they change",
    ),
    (
        '"A ten-year pause is far too blunt a tool," Lizzi Lee said in an op-ed.',
        '"A ten-year pause is far too blunt a tool. The field moves too fast," Lizzi Lee said in the op-ed.',
        [],
        "a quote's first sentence quoted alone is quoted, not reworded",
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
    (
        'Li Wen said "the rules will not stop us, whatever Washington says, from building our own chips."',
        'Li Wen said "the rules will not stop us … from building our own chips."',
        [],
        "a quote with words left out where its marks say is quoted, not reworded",
    ),
    (
        'Li Wen said "the rules will not stop us, whatever Washington says, from building our own chips."',
        'Li Wen said "the rules will stop us... from building our own chips."',
        ["quote_wording"],
        "words left out, and a negation dropped",
    ),
    # two transcripts of one saying: the same words however written
    (
        'Li Wen said "Orca-3 is the model that\'s going to change how every lab we\'ve met trains its agents."',
        'Li Wen said "Orca-3 is the model that is going to change how every lab we have met trains its agents."',
        [],
        "a contraction written out",
    ),
    (
        'Li Wen said "Local (Chinese) labs are very talented and will build their own chips."',
        'Li Wen said "The local labs are very, very talented and will build their own chips."',
        [],
        "a bracketed gloss, and a word said twice",
    ),
    (
        'Li Wen said "we will keep selling [the chips] to every lab in the region."',
        'Li Wen said "we will keep selling them to every lab in the region."',
        [],
        "a bracketed gloss for the speaker's word",
    ),
    (
        'Li Wen said "Chips are infrastructure for every nation. With Zetalab, we are building data centres for '
        'the people of Kenya."',
        'Li Wen said "With Zetalab, we are building data centres for the people in Kenya."',
        [],
        "one quoting a sentence more, the rest differing in a stopword",
    ),
    (
        'Li Wen said "Orca-3 is the model that\'s going to change how every lab trains its agents."',
        'Li Wen said "Orca-3 is the model that is going to change how every lab tests its agents."',
        ["quote_wording"],
        "a contraction written out, and a word changed",
    ),
    (
        'Li Wen said "we don\'t need their chips to build the model."',
        'Li Wen said "we do need their chips to build the model."',
        ["quote_wording"],
        "a contraction written out is no negation dropped",
    ),
    (
        'Li Wen said "we will keep selling [the chips] to every lab in the region."',
        'Li Wen said "we will stop selling them to every lab in the region."',
        ["quote_wording"],
        "a bracketed gloss, and a word changed",
    ),
]


@pytest.mark.parametrize("first, second, expected, why", PAIRS, ids=[p[3] for p in PAIRS])
def test_interval_rules(conflicts, first, second, expected, why):
    assert conflicts(first, second) == expected


# two ratios in words against each other: (first, second, [(kind, confidence)]); one naming nothing it is
# compared with may be against another model or setup than the other's, so it never fails a build
RATIOS_AGAINST_RATIOS = [
    (
        "GLM-5.2 matches its rival at one-fifth the price.",
        "GLM-5.2 costs 1.5 times the price of GPT-4o.",
        [("derived", "medium")],
    ),
    (
        "GLM-5.2 costs roughly three times as much as its predecessor to serve.",
        "GLM-5.2 costs about 10x the price of GPT-4o.",
        [("derived", "medium")],
    ),
    (
        "The GLM-5.2 launch price was a 15x jump.",
        "Serving GLM-5.2 costs three times as much per token.",
        [("derived", "medium")],
    ),
    # both name the same other side: as sure as their attribution
    (
        "GLM-5.2 costs one-fifth the price of GPT-4o.",
        "GLM-5.2 costs 1/30th the price of GPT-4o.",
        [("derived", "high")],
    ),
]


@pytest.mark.parametrize("first, second, expected", RATIOS_AGAINST_RATIOS)
def test_a_ratio_naming_nothing_it_is_compared_with_is_no_sure_conflict(extractor, rules, first, second, expected):
    articles = [Article("a.txt", first, JUNE_26), Article("b.txt", second, JUNE_26)]
    claims = [c for result in extractor.extract(articles) for c in result.claims]
    assert [(c.kind, c.confidence) for c in CrossCheck(rules.conflicts).conflicts(claims)] == expected


# a sentence giving its subject two scores on one benchmark tells them apart by a setup the records do not hold:
# which one another article's score is of is a guess. (first, second, [(kind, confidence)])
TWO_IN_ONE_SENTENCE = [
    (
        "On SWE-bench Verified, Orca-3 scores 70.4% and 68.0%.",
        "Orca-3 scores 72.7% on SWE-bench Verified.",
        [("figure", "medium"), ("figure", "medium")],
    ),
    (
        "Orca-3 scored 38.6% on Humanity's Last Exam on its own and 50.7% when its toolbox was unlocked.",
        "Orca-3 scored 26.9% on Humanity's Last Exam.",
        [("figure", "medium"), ("figure", "medium")],
    ),
    # another benchmark's score beside it is no second reading
    (
        "Orca-3 scores 70.4% on SWE-bench Verified and 81.0% on GPQA Diamond.",
        "Orca-3 scores 72.7% on SWE-bench Verified.",
        [("figure", "high")],
    ),
]


@pytest.mark.parametrize("first, second, expected", TWO_IN_ONE_SENTENCE)
def test_a_score_beside_another_of_its_subject_on_one_benchmark_is_no_sure_conflict(
    extractor, rules, first, second, expected
):
    articles = [Article("a.txt", first, JUNE_26), Article("b.txt", second, JUNE_26)]
    claims = [c for result in extractor.extract(articles) for c in result.claims]
    assert sorted((c.kind, c.confidence) for c in CrossCheck(rules.conflicts).conflicts(claims)) == expected


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


# -- rules on records ----------------------------------------------------------------------
# Each case: claims built by hand (as the extractor would give them), the conflicts expected as
# (kind, confidence, severity), and words the explanation must hold.


def price(path, text, value, *, line=1, how="clause", **fields):
    """A price of Zeta-3 per million tokens, in an article of June 26."""
    return measure(path, text, "Zeta-3", value, "price_per_million_tokens", "USD", line=line, how=how,
                   published="2026-06-26", **fields)  # fmt: skip


def found(rules, claims):
    return CrossCheck.of(rules).conflicts(claims)


def verdicts(conflicts):
    return [(c.kind, c.confidence, c.severity) for c in conflicts]


CONFIDENCE_CASES = [
    (
        [
            params("a.md", "1.2 trillion", "Zeta-3", 1.2e12, how="possessive"),
            params("b.md", "1.5 trillion", "Zeta-3", 1.5e12),
        ],
        [("figure", "high", "medium")],
        "high confidence: every side attributed surely",
        "both subjects named: sure",
    ),
    (
        [
            params("a.md", "1.2 trillion", "Zeta-3", 1.2e12),
            params("b.md", "1.5 trillion", "Zeta-3", 1.5e12, how="sentence"),
        ],
        [("figure", "medium", "medium")],
        "medium confidence: the subject of 1.5 trillion is only a name elsewhere in the sentence",
        "the weaker side decides",
    ),
    (
        [
            params("a.md", "1.2 trillion", "Zeta-3", 1.2e12, how="article"),
            params("b.md", "1.5 trillion", "Zeta-3", 1.5e12, how="anaphor"),
        ],
        [("figure", "low", "medium")],
        "low confidence: the subject of 1.2 trillion is only the model the article is about",
        "the weakest of the two",
    ),
    (
        [
            params("a.md", "1.2 trillion", "Zeta-3", 1.2e12, how="anaphor"),
            params("a.md", "1.2T", "Zeta-3", 1.2e12, how="table_row", line=2),
            params("b.md", "1.5 trillion", "Zeta-3", 1.5e12),
        ],
        [("figure", "high", "medium")],
        "high confidence: every side attributed surely (1.2 trillion by another line of the same article)",
        "a table naming the subject of the same figure makes a side sure",
    ),
    # a price of one tier whose subject is only resolved: the same price of the same subject in another tier, or
    # in none, elsewhere in its article witnesses whose price it is, though the two tiers are never compared
    (
        [
            price("a.md", "$0.30", 0.3, how="anaphor", tier="OpenRouter"),
            price("a.md", "$0.30", 0.3, how="table_row", line=2),
            price("b.md", "$0.15", 0.15, tier="OpenRouter"),
        ],
        [("figure", "high", "medium")],
        "high confidence: every side attributed surely ($0.30 by another line of the same article)",
        "the same price of the subject in another tier makes a side sure",
    ),
    (
        [
            price("a.md", "$0.30", 0.3, how="anaphor", tier="OpenRouter"),
            price("a.md", "$0.40", 0.4, how="table_row", line=2),
            price("b.md", "$0.15", 0.15, tier="OpenRouter"),
        ],
        [("figure", "medium", "medium")],
        "medium confidence: the subject of $0.30 is only resolved from",
        "another price of the subject in another tier witnesses nothing",
    ),
    (
        [
            price("a.md", "$0.30", 0.3, how="anaphor", tier="OpenRouter"),
            price("a.md", "$0.30", 0.3, how="table_row", line=2, tokens="output"),
            price("b.md", "$0.15", 0.15, tier="OpenRouter"),
        ],
        [("figure", "medium", "medium")],
        "medium confidence: the subject of $0.30 is only resolved from",
        "the same price for other tokens in another tier witnesses nothing",
    ),
    (
        [
            price("a.md", "$0.30", 0.3, how="anaphor", tier="OpenRouter"),
            price("b.md", "$0.30", 0.3, how="table_row"),
            price("b.md", "$0.15", 0.15, tier="OpenRouter", line=2),
        ],
        [("figure", "medium", "medium")],
        "medium confidence: the subject of $0.30 is only resolved from",
        "the same price in another tier of another article witnesses nothing",
    ),
    # a name alone that stands for a family of sizes: two articles' sizes for it may be two members'
    (
        [
            params("a.md", "70B", "Llama 3", 7e10),
            params("b.md", "405 billion", "Llama 3", 4.05e11),
        ],
        [("figure", "low", "high")],
        "low confidence: Llama 3 comes in several sizes (8B, 70B, 405B) and each side's is one of them: two members",
        "the rules' sizes of a family: each side one member's size",
    ),
    (
        [
            params("a.md", "70 billion", "Orca 3", 7e10),
            params("a.md", "8B", "Orca 3 8B", 8e9, line=2),
            params("b.md", "405 billion", "Orca 3", 4.05e11),
            params("b.md", "405B", "Orca 3 405B", 4.05e11, line=2),
        ],
        [("figure", "medium", "high")],
        "medium confidence: Orca 3 comes in several sizes (8B, 405B): either side's may be another member's",
        "the articles name two sized members: the family's figures may be members'",
    ),
    (
        [
            params("a.md", "70 billion", "Orca 3", 7e10),
            params("a.md", "8B", "Orca 3 8B", 8e9, line=2),
            params("b.md", "405 billion", "Orca 3", 4.05e11),
        ],
        [("figure", "high", "high")],
        "high confidence: every side attributed surely",
        "one sized member named is no family of several sizes: sure",
    ),
    (
        [
            params("a.md", "70 billion", "Orca 3.1", 7e10),
            params("a.md", "8B", "Orca 3 8B", 8e9, line=2),
            params("b.md", "405 billion", "Orca 3.1", 4.05e11),
            params("b.md", "405B", "Orca 3 405B", 4.05e11, line=2),
        ],
        [("figure", "high", "high")],
        "high confidence: every side attributed surely",
        "another version's sizes are not the name's: sure",
    ),
    (
        [
            score("a.md", "70.1%", "Llama 3", 70.1, "MMLU"),
            score("b.md", "79.5%", "Llama 3", 79.5, "MMLU"),
        ],
        [("figure", "high", "medium")],
        "high confidence: every side attributed surely",
        "a family's scores are not its sizes: the rule is for parameter counts",
    ),
]

SIDE_BY_SIDE = "Zeta-3 costs what an 8B model costs but knows what a 70B model knows."
WITHIN_ONE_ARTICLE = [
    (
        [
            score("a.md", "74.9% (78.4% with Agent Swarm)", "Zeta-3", 74.9, "BrowseComp", line=9),
            score("a.md", "78.4%", "Zeta-3", 78.4, "BrowseComp", line=2),
        ],
        [],
        "",
        "one figure stated beside the other as an alternative",
    ),
    (
        [
            score("a.md", "74.9% (8.4% fewer steps)", "Zeta-3", 74.9, "BrowseComp", line=9),
            score("a.md", "78.4%", "Zeta-3", 78.4, "BrowseComp", line=2),
        ],
        [("figure", "high", "low")],
        "74.9%",
        "a figure inside another's evidence only as a whole figure",
    ),
    (
        [
            params("a.md", "2.4 trillion", "GPT-9", 2.4e12),
            params("a.md", "300 billion", "GPT-9", 3e11, hedged=True, line=2),
        ],
        [],
        "",
        "a rumour beside a stated figure",
    ),
    (
        [
            params("a.md", "8B", "Zeta-3", 8e9, sentence=SIDE_BY_SIDE),
            params("a.md", "70B", "Zeta-3", 7e10, line=2, sentence=SIDE_BY_SIDE),
        ],
        [],
        "",
        "one sentence setting two figures side by side",
    ),
    (
        [
            params("a.md", "8 billion", "Zeta-3", 8e9, sentence="Zeta-3 comes in versions from 8 billion to 400B."),
            params("a.md", "70 billion", "Zeta-3", 7e10, line=2),
        ],
        [],
        "",
        "a sentence listing the family's versions",
    ),
    (
        [
            measure("a.md", "200,000", "Zeta-3", 2e5, "context_window", "tokens",
                    sentence="At launch, Zeta-3 was limited to a context window of 200,000 tokens."),
            measure("a.md", "1M", "Zeta-3", 1e6, "context_window", "tokens", line=2),
        ],
        [],
        "",
        "a sentence telling how things stood before",
    ),
    (
        [
            params("a.md", "12,000", "Zeta-3", 12000, resolution=1),
            params("a.md", "13,000", "Zeta-3", 13000, resolution=1, line=2),
        ],
        [("figure", "high", "low")],
        "12,000 vs 13,000",
        "both sure, nothing tells them apart",
    ),
    (
        [
            params("a.md", "12,000", "Zeta-3", 12000, resolution=1),
            params("a.md", "13,000", "Zeta-3", 13000, how="anaphor", line=2),
        ],
        [],
        "",
        "one only resolved from 'it'",
    ),
    (
        [
            params("a.md", "120B", "Llama 9", 1.2e11, how="key_value"),
            params("a.md", "480B", "Llama 9", 4.8e11, how="key_value", line=2),
            params("a.md", "480B", "Llama 9 Titan", 4.8e11, line=3),
        ],
        [],
        "",
        "the article names a variant of the subject",
    ),
    (
        [
            score("a.md", "80.1", "Zeta-3", 80.1, "MMLU", setup="5-shot"),
            score("a.md", "71.0", "Zeta-3", 71.0, "MMLU", line=2),
        ],
        [],
        "",
        "one states a setup the other leaves out",
    ),
    (
        [
            measure("a.md", "$1.25", "Zeta-3", 1.25, "price_per_million_tokens", "USD", tokens="input"),
            measure("a.md", "$10", "Zeta-3", 10, "price_per_million_tokens", "USD", line=2),
        ],
        [],
        "",
        "input tokens against a price naming none",
    ),
    (
        [
            measure("a.md", "20%", "Ascend 990", 20, "other", "%", as_of="2024"),
            measure("a.md", "200,000", "Ascend 990", 200000, "chips", None, as_of="2024", resolution=1),
            measure("a.md", "300,000", "Ascend 990", 300000, "chips", None, as_of="2025", resolution=1, line=2),
        ],
        [],
        "",
        "a plan for next year against this year's output",
    ),
]

SAME_CLAIM = [
    (
        [
            measure("a.md", "$1.50", "GPT-7", 1.5, "price_per_million_tokens", "USD", tokens="input"),
            measure("b.md", "$0.25", "gpt-7-mini", 0.25, "price_per_million_tokens", "USD", tokens="input"),
        ],
        [],
        "",
        "a model and its mini size",
    ),
    (
        [
            score("a.md", "80.1", "Zeta-3", 80.1, "MMLU", setup="5-shot"),
            score("b.md", "71.0", "Zeta-3", 71.0, "MMLU", setup="0-shot"),
        ],
        [],
        "",
        "two setups",
    ),
    (
        [score("a.md", "80.1", "Zeta-3", 80.1, "MMLU", setup="5-shot"), score("b.md", "71.0", "Zeta-3", 71.0, "MMLU")],
        [("figure", "medium", "medium")],
        "71.0 states no setup, read as 80.1's 5-shot",
        "a setup against none: compared, less sure",
    ),
    (
        [
            score("a.md", "80.1", "Zeta-3", 80.1, "MMLU", setup="5-Shot"),
            score("b.md", "71.0", "Zeta-3", 71.0, "MMLU", setup="5-shot"),
        ],
        [("figure", "high", "medium")],
        "on MMLU (5-shot)",
        "one setup, written two ways",
    ),
    (
        [
            measure("a.md", "600,000", "GPT-7", 600000, "context_window", "tokens", tokens="input", resolution=1),
            measure("b.md", "350,000", "GPT-7", 350000, "context_window", "tokens", tokens="total", resolution=1),
        ],
        [],
        "",
        "input against total",
    ),
    (
        [
            measure("a.md", "two million", "GPT-7", 2e6, "context_window", "tokens"),
            measure(
                "b.md", "500 thousand", "GPT-7", 500000, "context_window", "tokens", tokens="input", resolution=1000
            ),
            measure(
                "b.md",
                "64 thousand",
                "GPT-7",
                64000,
                "context_window",
                "tokens",
                tokens="output",
                resolution=1000,
                line=2,
            ),
        ],
        [("figure", "medium", "high")],
        "two million vs 500 thousand context window (input)",
        "a window naming no tokens against an input limit; an output cap is no window",
    ),
    (
        [
            measure("a.md", "two million", "GPT-7", 2e6, "context_window", "tokens"),
            measure("b.md", "600,000", "GPT-7", 600000, "context_window", "tokens", tokens="total", resolution=1),
            measure(
                "b.md", "350,000", "GPT-7", 350000, "context_window", "tokens", tokens="input", resolution=1, line=2
            ),
        ],
        [("figure", "medium", "high")],
        "two million vs 600,000 context window (total)",
        "a window naming no tokens is first the total",
    ),
    (
        [
            measure("a.md", "$12", "GPT-7", 12, "price_per_million_tokens", "USD"),
            measure("b.md", "$1.50", "GPT-7", 1.5, "price_per_million_tokens", "USD", tokens="input", resolution=0.01),
            measure("b.md", "$12", "GPT-7", 12, "price_per_million_tokens", "USD", tokens="output", line=2),
        ],
        [],
        "",
        "a price naming no tokens that is one of the other's",
    ),
    (
        [
            measure("a.md", "20,000", "Zeta-3", 20000, "chips", None, chip="Nvidia H100", resolution=1),
            measure("b.md", "30,000", "Zeta-3", 30000, "chips", None, chip="Nvidia A100", resolution=1),
        ],
        [],
        "",
        "counts of two chips",
    ),
    (
        [
            measure("a.md", "20,000", "Zeta-3", 20000, "chips", None, chip="Nvidia H100", resolution=1),
            measure("b.md", "30,000", "Zeta-3", 30000, "chips", None, resolution=1),
        ],
        [("figure", "medium", "medium")],
        "chips (Nvidia H100) for Zeta-3",
        "a count of one chip against a count naming none",
    ),
    (
        [
            measure("a.md", "8 million", "Zeta-3", 8e6, "downloads", None, as_of="2026-05"),
            measure("b.md", "12 million", "Zeta-3", 1.2e7, "downloads", None, as_of="2026-06-20"),
        ],
        [],
        "",
        "counts for different times: a change",
    ),
    (
        [
            measure("a.md", "8 million", "Zeta-3", 8e6, "downloads", None, as_of="2026-06"),
            measure("b.md", "12 million", "Zeta-3", 1.2e7, "downloads", None, as_of="2026-06-20"),
        ],
        [],
        "",
        "as of a month and as of a day in it: two times",
    ),
    (
        [
            params("a.md", "2.4 trillion", "GPT-9", 2.4e12),
            params("b.md", "300 billion", "GPT-9", 3e11),
            params("b.md", "2.4 trillion", "GPT-9", 2.4e12, line=2),
        ],
        [("figure", "high", "high")],
        "300 billion vs 2.4 trillion",
        "one article's two figures contradict each other, not the article agreeing with one",
    ),
]

ONE_PER_STATEMENT = [
    (
        [
            measure("a.md", "about 2.1e24", "Zeta-3", 2.1e24, "training_compute", "FLOP", qualifier="approximate"),
            measure("a.md", "2.1e24", "Zeta-3", 2.1e24, "training_compute", "FLOP", line=2),
            measure("b.md", "5e24", "Zeta-3", 5e24, "training_compute", "FLOP"),
        ],
        [("figure", "high", "medium")],
        "about 2.1e24 vs 5e24",
        "one figure written twice in an article is one conflict, its earliest wording shown",
    ),
    (
        [
            params("a.md", "300 billion", "GPT-9", 3e11),
            params("a.md", "2.4 trillion", "GPT-9", 2.4e12, line=2),
            params("b.md", "1.4 trillion", "GPT-9", 1.4e12),
        ],
        [("figure", "high", "medium"), ("figure", "high", "high"), ("figure", "high", "high")],
        "",
        "two different figures of one article are two conflicts with another's, and one within it",
    ),
]

HEDGES_AND_LIMITS = [
    (
        [
            params("a.md", "1.4 trillion", "GPT-9", 1.4e12, hedged=True),
            params("b.md", "2.4 trillion", "GPT-9", 2.4e12, hedged=True),
        ],
        [("figure", "high", "low")],
        "both are hedged (reported, rumoured or estimated): low severity, never fails a check",
        "two rumours",
    ),
    (
        [params("a.md", "1.4 trillion", "GPT-9", 1.4e12, hedged=True), params("b.md", "2.4 trillion", "GPT-9", 2.4e12)],
        [("figure", "high", "medium")],
        "1.4 trillion is hedged, the other stated firmly",
        "a rumour against a firm figure",
    ),
    (
        [
            params("a.md", "1.2 trillion", "Zeta-3", 1.2e12, asserted_by="Zeta Labs", self_reported=True),
            params("b.md", "1.5 trillion", "Zeta-3", 1.5e12),
        ],
        [("figure", "high", "medium")],
        "1.2 trillion is self-reported by Zeta Labs, the other independent",
        "the maker's own figure",
    ),
    (
        [
            measure(
                "a.md",
                "up to two million",
                "GPT-7",
                2e6,
                "context_window",
                "tokens",
                qualifier="at_most",
                high=2e6,
                published="2026-06-26",
            ),
            measure(
                "b.md", "600,000", "GPT-7", 600000, "context_window", "tokens", resolution=1, published="2026-06-26"
            ),
        ],
        [("figure", "high", "high")],
        "stated as exact and the limit",
        "a window of up to two million tokens is a two-million-token window",
    ),
    (
        [
            measure(
                "a.md", "up to 20,000", "Zeta-3", 20000, "chips", None, qualifier="at_most", high=20000, resolution=1
            ),
            measure("b.md", "18,000", "Zeta-3", 18000, "chips", None, resolution=1),
        ],
        [],
        "",
        "a chip count up to a figure is a bound",
    ),
]

SHIPPED = params("b.md", "120 billion", "Orca-4", 1.2e11, sentence="Orca-4 shipped with 120 billion parameters.")
FORECASTS = [
    (
        [
            params(
                "a.md", "about 90 billion", "Orca-4", 9e10, qualifier="approximate",
                sentence="When it launches, Orca-4 will weigh in at about 90 billion parameters.",
            ),
            SHIPPED,
        ],
        [("figure", "low", "medium")],
        "low confidence: about 90 billion is a forecast for a model not out yet",
        "an approximate size told before launch is a forecast: doubtful",
    ),
    (
        [
            params(
                "a.md", "an estimated 60 billion", "Orca-4", 6e10, hedged=True,
                sentence="Orca-4 (expected Q3 2027): an estimated 60 billion parameters, 6 billion active.",
            ),
            SHIPPED,
        ],
        [("figure", "low", "medium")],
        "low confidence: an estimated 60 billion is a forecast for a model not out yet",
        "an estimate for a model expected in a quarter is a forecast: doubtful",
    ),
    (
        [
            params(
                "a.md", "90 billion", "Orca-4", 9e10, sentence="The upcoming Orca-4 has 90 billion parameters."
            ),
            SHIPPED,
        ],
        [("figure", "high", "medium")],
        "high confidence: every side attributed surely",
        "a firm size of an upcoming model is its size as announced: a sure conflict",
    ),
    (
        [
            params(
                "a.md", "about 90 billion", "Orca-4", 9e10, qualifier="approximate",
                sentence="Orca-4 has about 90 billion parameters.",
            ),
            SHIPPED,
        ],
        [("figure", "high", "medium")],
        "high confidence: every side attributed surely",
        "an approximate size with no word of a launch to come: a sure conflict",
    ),
    (
        [
            params(
                "a.md", "an estimated 90 billion", "Orca-4", 9e10, hedged=True,
                sentence="Orca-4 did better than expected with an estimated 90 billion parameters.",
            ),
            SHIPPED,
        ],
        [("figure", "high", "medium")],
        "high confidence: every side attributed surely",
        "'than expected' tells no model to come: a hedge against a firm size stays sure",
    ),
]

WHOLE_BILL = measure(
    "b.md", "$90 million", "Orca-4", 9e7, "training_cost", "USD",
    sentence="Orca-4 cost $90 million to train, its maker said.",
)
COMPUTE_COSTS = [
    (
        [
            measure(
                "a.md", "an estimated $40 million", "Orca-4", 4e7, "training_cost", "USD", hedged=True,
                qualifier="approximate", sentence="Orca-4 used an estimated $40 million worth of compute to train.",
            ),
            WHOLE_BILL,
        ],
        [("figure", "low", "medium")],
        "low confidence: an estimated $40 million counts only compute, the other may count more",
        "a compute bill against a cost saying nothing of its scope: doubtful",
    ),
    (
        [
            measure(
                "a.md", "$40 million", "Orca-4", 4e7, "training_cost", "USD",
                sentence="Priced at $2 per GPU hour, the Orca-4 run comes to $40 million.",
            ),
            WHOLE_BILL,
        ],
        [("figure", "low", "medium")],
        "low confidence: $40 million counts only compute, the other may count more",
        "a cost worked out from an hourly GPU rate is a compute bill: doubtful",
    ),
    (
        [
            measure(
                "a.md", "$40 million", "Orca-4", 4e7, "training_cost", "USD",
                sentence="Orca-4 took $40 million of compute to train.",
            ),
            measure(
                "b.md", "$90 million", "Orca-4", 9e7, "training_cost", "USD",
                sentence="Orca-4 cost $90 million in compute alone.",
            ),
        ],
        [("figure", "high", "medium")],
        "high confidence: every side attributed surely",
        "two compute bills: a sure conflict",
    ),
    (
        [
            measure(
                "a.md", "$40 million", "Orca-4", 4e7, "training_cost", "USD",
                sentence="Orca-4 cost $40 million to train on a compute cluster of 8,000 GPUs.",
            ),
            WHOLE_BILL,
        ],
        [("figure", "high", "medium")],
        "high confidence: every side attributed surely",
        "compute named without scoping the cost: a sure conflict",
    ),
    (
        [
            measure(
                "a.md", "$4", "Orca-4", 4, "price_per_million_tokens", "USD", tokens="output",
                sentence="Orca-4 bills $4 per million output tokens, or $30 per hour of GPU rental price.",
            ),
            measure(
                "b.md", "$9", "Orca-4", 9, "price_per_million_tokens", "USD", tokens="output",
                sentence="Orca-4 costs $9 per million output tokens.", as_of="2026-05-01",
            ),
        ],
        [("figure", "medium", "medium")],
        "medium confidence: $4 states no date",
        "only a training cost has a compute scope: a price keeps its confidence",
    ),
]

EVENTS = [
    (
        [
            event("a.md", "the day after", "2026-06-13", ["Zeta-3"], relative="the day after", anchor="the ban"),
            event("b.md", "June 20", "2026-06-20", ["Zeta-3"]),
        ],
        [("event", "medium", "medium")],
        "medium confidence: 'the day after' is counted from the ban",
        "a relative date is as sure as what it counts from",
    ),
    (
        [
            event("a.md", "March 3, 2026", "2026-03-03", ["GPT-7"], action_text="unveiled", actor="OpenAI"),
            event(
                "b.md",
                "September 9, 2025",
                "2025-09-09",
                ["GPT-7"],
                action="statement",
                action_text="announced",
                actor="OpenAI",
            ),
        ],
        [("event", "high", "high")],
        "release of GPT-7: September 9, 2025 vs March 3, 2026, 175 days apart; a model is released once, told as announced and unveiled",
        "a model announced is a model released",
    ),
    (
        [
            event("a.md", "March 3, 2026", "2026-03-03", ["GPT-7"], action_text="released", actor="OpenAI"),
            event(
                "b.md",
                "September 9, 2025",
                "2025-09-09",
                ["GPT-7"],
                action="statement",
                action_text="announced",
                actor="OpenAI",
            ),
        ],
        [("event", "medium", "high")],
        "release of GPT-7: September 9, 2025 vs March 3, 2026, 175 days apart; a model is released once, told as announced and released; medium confidence: 'September 9, 2025' dates an announcement, which may come before the release",
        "a model announced in one article, released in another: perhaps two steps, a doubtful conflict",
    ),
    (
        [
            event("a.md", "June 2, 2026", "2026-06-02", ["Orca-4"], action="statement", action_text="announced"),
            event("b.md", "June 9, 2026", "2026-06-09", ["Orca-4"], action="statement", action_text="announced"),
        ],
        [("event", "high", "medium")],
        "release of Orca-4: June 2, 2026 vs June 9, 2026, 7 days apart; a model is released once; high confidence",
        "two articles dating one announcement apart: a sure conflict",
    ),
    (
        [
            event("a.md", "June 2, 2026", "2026-06-02", ["Orca-4"], action_text="launched"),
            event("b.md", "June 9, 2026", "2026-06-09", ["Orca-4"], action_text="released"),
        ],
        [("event", "high", "medium")],
        "release of Orca-4: June 2, 2026 vs June 9, 2026, 7 days apart; a model is released once, told as launched and released; high confidence",
        "launched against released, no announcement: a sure conflict",
    ),
    (
        [
            event("a.md", "May 4, 2026", "2026-05-04", ["Zetalab"], action="order", action_text="announced"),
            event("b.md", "May 20, 2026", "2026-05-20", ["Zetalab"], action="order", action_text="issued"),
        ],
        [("event", "high", "high")],
        "order of Zetalab: May 4, 2026 vs May 20, 2026, 16 days apart; one order, told as announced and issued; high confidence",
        "an order announced against one issued: only a release is announced ahead, a sure conflict",
    ),
    (
        [
            event("a.md", "March 3, 2026", "2026-03-03", ["GPT-7"], action_text="unveiled", actor="OpenAI"),
            event(
                "a.md",
                "September 9, 2025",
                "2025-09-09",
                ["GPT-7"],
                action="statement",
                action_text="announced",
                actor="OpenAI",
            ),
        ],
        [],
        "",
        "one article telling a model announced, then released months later, tells two steps apart",
    ),
    (
        [
            event(
                "a.md",
                "March 3",
                "2026-03-03",
                ["Microsoft"],
                action="statement",
                action_text="announced",
                actor="OpenAI",
            ),
            event(
                "b.md",
                "May 9",
                "2026-05-09",
                ["Microsoft"],
                action="statement",
                action_text="announced",
                actor="OpenAI",
            ),
        ],
        [],
        "",
        "a lab announced twice: no release",
    ),
    (
        [
            event("a.md", "May 12, 2025", "2025-05-12", ["Llama 9"], actor="Meta"),
            event("b.md", "May 12, 2026", "2026-05-12", ["Llama 9 Scout", "Llama 9 Titan"], actor="Meta"),
        ],
        [("event", "high", "high")],
        "release of Llama 9: May 12, 2025 vs May 12, 2026, 365 days apart",
        "two variants released together are their family's release",
    ),
    (
        [
            event("a.md", "May 12, 2025", "2025-05-12", ["Llama 9"], actor="Meta"),
            event("b.md", "May 12, 2025", "2025-05-12", ["Llama 9 Scout", "Llama 9 Titan"], actor="Meta"),
        ],
        [],
        "",
        "the same day",
    ),
    (
        [
            event("a.md", "June 20", "2026-06-20", ["Zeta-3"]),
            event("b.md", "Aug. 11", "2026-08-11", ["Zeta-3", "Zeta-3 Air"], action_text="rolled out"),
        ],
        [],
        "",
        "a variant released beside the model it varies: the model is its kin",
    ),
    (
        [
            event("a.md", "June 20", "2025-06-20", ["Llama 9"]),
            event("b.md", "May 12", "2025-05-12", ["Llama 9", "Llama 9 Scout", "Llama 9 Titan"]),
        ],
        [("event", "high", "high")],
        "release of Llama 9:",
        "a family beside two of its variants is released with them",
    ),
    (
        [
            event("a.md", "June 2, 2025", "2025-06-02", ["Kimi K9"]),
            event("b.md", "October 14, 2025", "2025-10-14", ["Kimi K9 Thinking"]),
        ],
        [],
        "",
        "one variant alone is its own model",
    ),
    (
        [
            event("a.md", "in September 2025", "2025-09", ["GPT-7"], action_text="launched"),
            event("b.md", "September 9, 2025", "2025-09-09", ["GPT-7"]),
        ],
        [],
        "",
        "a month holds its days",
    ),
    (
        [
            event("a.md", "in September 2025", "2025-09", ["GPT-7"], action_text="launched"),
            event("b.md", "March 3, 2026", "2026-03-03", ["GPT-7"]),
        ],
        [("event", "high", "high")],
        "release of GPT-7: in September 2025 vs March 3, 2026",
        "a month against a day outside it",
    ),
    (
        [event("a.md", "in 2025", "2025", ["GPT-7"]), event("b.md", "January 3, 2026", "2026-01-03", ["GPT-7"])],
        [("event", "high", "low")],
        "3 days apart",
        "a year against a day",
    ),
    (
        [
            event("a.md", "March 3, 2026", "2026-03-03", ["Zeta-3", "GPT-7"]),
            event("b.md", "September 9, 2025", "2025-09-09", ["GPT-7"]),
        ],
        [("event", "medium", "high")],
        "release of GPT-7: September 9, 2025 vs March 3, 2026, 175 days apart; a model is released once; "
        "medium confidence: 'March 3, 2026' also names Zeta-3",
        "one model in common is one release; another model named makes it less sure",
    ),
    (
        [
            event(
                "a.md",
                "June 12",
                "2026-06-12",
                ["Anthropic", "Fable 5"],
                action="restrict",
                actor="Commerce Department",
            ),
            event("b.md", "June 20", "2026-06-20", ["Fable 5"], action="restrict", actor="Commerce Department"),
        ],
        [],
        "",
        "a ban is told by all it covers",
    ),
    (
        [
            event("a.md", "Jan. 4", "--01-04", ["DeepSeek-V9"]),
            event("b.md", "December 28, 2024", "2024-12-28", ["DeepSeek-V9"]),
        ],
        [("event", "high", "medium")],
        "7 days apart",
        "a day without a year, nearest across the new year",
    ),
    (
        [
            event("a.md", "June 2", "2026-06-02", ["Zeta-3"], actor="Zeta Labs"),
            event("b.md", "June 20", "2026-06-20", ["Zeta-3"], actor="Azure"),
        ],
        [],
        "",
        "two actors: two events",
    ),
    (
        [
            event("a.md", "June 2", "2026-06-02", ["Zeta-3 Mini", "Zeta-3 Max"]),
            event("b.md", "June 20", "2026-06-20", ["Zeta-3 Mini", "Zeta-3 Max"]),
        ],
        [("event", "high", "high")],
        "release of Zeta-3:",
        "two events sharing three names are one conflict",
    ),
    (
        [
            event("a.md", "June 2", "2026-06-02", ["Zeta-3"], confidence="medium"),
            event("b.md", "June 20", "2026-06-20", ["Zeta-3"]),
        ],
        [("event", "medium", "high")],
        "medium confidence: what 'June 2' dates is attributed with medium confidence",
        "an event's attribution",
    ),
    # one day apart in two articles: perhaps one day told in two time zones, or by an article of the day after
    (
        [
            event("a.md", "May 22, 2026", "2026-05-22", ["Orca-4"], action_text="launched"),
            event("b.md", "May 23, 2026", "2026-05-23", ["Orca-4"], action_text="released"),
        ],
        [("event", "low", "low")],
        "low confidence: 1 day apart in two articles",
        "two articles a day apart: a time zone, a doubtful conflict",
    ),
    (
        [
            event("a.md", "May 22", "--05-22", ["Orca-4"]),
            event("b.md", "May 23, 2026", "2026-05-23", ["Orca-4"]),
        ],
        [("event", "low", "low")],
        "1 day apart in two articles",
        "a day without a year, a day apart",
    ),
    (
        [
            event("a.md", "in April 2026", "2026-04", ["Orca-4"]),
            event("b.md", "today", "2026-05-01", ["Orca-4"], relative="today"),
        ],
        [("event", "low", "low")],
        "low confidence: 1 day apart in two articles",
        "a month against the next month's first day, counted from publication",
    ),
    (
        [
            event("a.md", "May 22, 2026", "2026-05-22", ["Orca-4"], confidence="low"),
            event("b.md", "May 23, 2026", "2026-05-23", ["Orca-4"]),
        ],
        [("event", "low", "low")],
        "1 day apart in two articles, as one day told in two time zones",
        "a day apart and attributed unsurely: low, saying both",
    ),
    (
        [
            event("a.md", "May 21, 2026", "2026-05-21", ["Orca-4"], action_text="launched"),
            event("b.md", "May 23, 2026", "2026-05-23", ["Orca-4"], action_text="released"),
        ],
        [("event", "high", "low")],
        "2 days apart; a model is released once, told as launched and released; high confidence",
        "two days apart: no time zone makes them one day, a sure conflict",
    ),
    (
        [
            event("a.md", "May 22, 2026", "2026-05-22", ["Orca-4"], action_text="launched"),
            event("a.md", "May 23, 2026", "2026-05-23", ["Orca-4"], action_text="released"),
        ],
        [("event", "high", "low")],
        "1 day apart; a model is released once, told as launched and released; high confidence",
        "one article telling two days a day apart: no time zone, a sure conflict",
    ),
]

QUOTES = [
    (
        [
            quote("a.md", "Walls never stopped an idea.", "Ada Okafor"),
            quote("b.md", "Walls never stopped an idea.", "Lin Wei", confidence="low"),
        ],
        [("quote_speaker", "low", "high")],
        "low confidence: the speaker of 'Walls never stopped an idea.' is attributed with low confidence",
        "a speaker found unsurely",
    ),
    # transcribed differently as well as worded differently: the rest may be transcription too
    (
        [
            quote(
                "a.md",
                "Local (Chinese) labs are very talented and the export rules gave them the energy to build chips.",
                "Li Wen",
            ),
            quote(
                "b.md",
                "The local labs are very, very talented and very determined, and the export rule gave them the energy "
                "to build chips.",
                "Li Wen",
            ),
        ],
        [("quote_wording", "medium", "medium")],
        "medium confidence: the wordings also differ as transcripts do",
        "a gloss and a word said twice beside words changed",
    ),
    (
        [
            quote("a.md", "The export rules gave them the energy to build their own chips.", "Li Wen"),
            quote("b.md", "The export rules gave them the money to build their own chips.", "Li Wen"),
        ],
        [("quote_wording", "high", "medium")],
        "high confidence: every side attributed surely",
        "one word changed, written alike otherwise: a sure misquote",
    ),
]

RECORD_CASES = (
    CONFIDENCE_CASES
    + WITHIN_ONE_ARTICLE
    + SAME_CLAIM
    + ONE_PER_STATEMENT
    + HEDGES_AND_LIMITS
    + FORECASTS
    + COMPUTE_COSTS
    + EVENTS
    + QUOTES
)


@pytest.mark.parametrize("claims, expected, says, why", RECORD_CASES, ids=[c[3] for c in RECORD_CASES])
def test_rules_on_records(rules, claims, expected, says, why):
    conflicts = found(rules, claims)
    assert verdicts(conflicts) == expected
    assert all(says in c.explanation for c in conflicts), [c.explanation for c in conflicts]


AUGUST_PRICE = measure("a.md", "$0.45", "Zeta-3", 0.45, "price_per_million_tokens", "USD", tokens="input")
SEPTEMBER_LIST = measure(
    "b.md", "$0.35", "Zeta-3", 0.35, "price_per_million_tokens", "USD", tokens="input", as_of="2026-09-01"
)
UNDATED_PRICE = measure("b.md", "$0.35", "Zeta-3", 0.35, "price_per_million_tokens", "USD", tokens="input")


@pytest.mark.parametrize(
    "claims, published, expected",
    [
        ([AUGUST_PRICE, SEPTEMBER_LIST], {"a.md": dt.date(2026, 8, 20)}, []),
        ([AUGUST_PRICE, SEPTEMBER_LIST], {"a.md": dt.date(2026, 9, 1)}, [("figure", "medium", "medium")]),
        ([AUGUST_PRICE, SEPTEMBER_LIST], {}, [("figure", "medium", "medium")]),
        (
            [AUGUST_PRICE, UNDATED_PRICE],
            {"a.md": dt.date(2026, 8, 20), "b.md": dt.date(2026, 9, 2)},
            [("figure", "high", "medium")],
        ),
    ],
    ids=[
        "a price of August against one as of September 1: a change",
        "published that day: compared",
        "publication unknown: compared, less surely",
        "neither states a date: compared, whenever published",
    ],
)
def test_a_figure_that_changes_is_of_its_articles_day_against_one_stated_as_of_another(
    rules, claims, published, expected
):
    assert _verdicts_as_published(rules, claims, published) == expected


MAY_WINDOW = measure(
    "a.md", "200,000", "Zeta-3", 2e5, "context_window", "tokens", sentence="Zeta-3 reads 200,000 tokens at once."
)
AUGUST_WINDOW = measure(
    "b.md", "1 million", "Zeta-3", 1e6, "context_window", "tokens",
    sentence="Zetalab has expanded the window of Zeta-3 to 1 million tokens.",
)  # fmt: skip
NOW_WINDOW = AUGUST_WINDOW.model_copy(update={"sentence": "Zeta-3 now supports 1 million tokens of context."})
PLAIN_WINDOW = AUGUST_WINDOW.model_copy(update={"sentence": "Zeta-3 reads 1 million tokens at once."})
MAY, AUGUST = dt.date(2026, 5, 20), dt.date(2026, 8, 13)


@pytest.mark.parametrize(
    "claims, published, expected",
    [
        ([MAY_WINDOW, AUGUST_WINDOW], {"a.md": MAY, "b.md": AUGUST}, []),
        ([MAY_WINDOW, NOW_WINDOW], {"a.md": MAY, "b.md": AUGUST}, []),
        ([MAY_WINDOW, AUGUST_WINDOW], {"a.md": AUGUST, "b.md": MAY}, [("figure", "high", "high")]),
        ([MAY_WINDOW, AUGUST_WINDOW], {"a.md": MAY}, [("figure", "low", "high")]),
        ([MAY_WINDOW, PLAIN_WINDOW], {"a.md": MAY, "b.md": AUGUST}, [("figure", "high", "high")]),
    ],
    ids=[
        "expanded to 1M, after an article of 200K: a change",
        "now supports 1M, after an article of 200K: a change",
        "the article of the change published first: the later 200K contradicts it",
        "the change's day unknown: compared, with low confidence",
        "no change stated: compared",
    ],
)
def test_a_measure_stated_as_a_change_never_contradicts_an_article_before_it(rules, claims, published, expected):
    assert _verdicts_as_published(rules, claims, published) == expected


LAUNCH_PRICE = measure(
    "a.md", "$10", "Zeta-3", 10, "price_per_million_tokens", "USD", tokens="input",
    sentence="Zeta-3 costs $10 per million input tokens.",
)  # fmt: skip
CUT_PRICE = measure(
    "b.md", "$2", "Zeta-3", 2, "price_per_million_tokens", "USD", tokens="input", changed=True,
    sentence="Zetalab cut the price of Zeta-3 to $2 per million input tokens.",
)  # fmt: skip
CUT_FROM_TEN = CUT_PRICE.model_copy(update={"was": 10.0})
OTHER_PRICE = LAUNCH_PRICE.model_copy(update={"value": 3, "text": "$3", "source": CUT_PRICE.source.model_copy(
    update={"path": "c.md"})})  # fmt: skip
CUT_AGAIN = CUT_PRICE.model_copy(update={"value": 3, "text": "$3", "source": OTHER_PRICE.source})
THE_SAME_ARTICLES_LAUNCH = LAUNCH_PRICE.model_copy(update={"source": CUT_PRICE.source})
LATER_LAUNCH_PRICE = LAUNCH_PRICE.model_copy(
    update={"source": LAUNCH_PRICE.source.model_copy(update={"published": "2026-09-01"})}
)
EARLIER_CUT_PRICE = CUT_PRICE.model_copy(update={"source": CUT_PRICE.source.model_copy(update={"published": "2026-06-01"})})
DATED_OTHER_PRICE = OTHER_PRICE.model_copy(
    update={"source": OTHER_PRICE.source.model_copy(update={"published": "2026-09-01"})}
)


@pytest.mark.parametrize(
    "claims, expected",
    [
        ([LAUNCH_PRICE, CUT_PRICE], [("figure", "low", "low")]),
        (
            [LATER_LAUNCH_PRICE, EARLIER_CUT_PRICE],
            [("figure", "high", "high")],
        ),
        ([LAUNCH_PRICE, CUT_FROM_TEN], []),
        ([OTHER_PRICE, CUT_FROM_TEN], [("figure", "low", "low")]),
        ([LATER_LAUNCH_PRICE, DATED_OTHER_PRICE], [("figure", "high", "high")]),
        ([CUT_PRICE, CUT_AGAIN], [("figure", "low", "medium")]),
        ([CUT_PRICE, THE_SAME_ARTICLES_LAUNCH], []),
    ],
    ids=[
        "a new value against another article's other value: a change over time, low",
        "against an article published after the change: a contradiction",
        "against the old value the article itself names: nothing",
        "against a value the article does not name as the old one: still a change over time",
        "two current prices of one day, no change stated: a contradiction",
        "two new values that differ: compared, as any two changes of unknown days",
        "the article's own old value beside its new one: told apart",
    ],
)
def test_a_measure_stated_as_a_new_value_is_a_change_over_time_never_a_failure(rules, claims, expected):
    found = CrossCheck.of(rules).conflicts(claims)
    assert verdicts(found) == expected
    over_time = [c for c in found if "a change over time" in c.explanation]
    assert len(over_time) == sum(v == ("figure", "low", "low") for v in expected)
    assert not any(gates(c, "low") for c in over_time)


FLEET = measure("a.md", "70,000", "Zetalab", 7e4, "chips", None, sentence="Zetalab runs 70,000 GPUs.", resolution=1)
PLANNED_FLEET = measure(
    "b.md", "350,000", "Zetalab", 3.5e5, "chips", None, resolution=1,
    sentence="Zetalab says it will have 350,000 GPUs in service by the end of the year.",
)  # fmt: skip
PLANNED_AGAIN = measure(
    "c.md", "900,000", "Zetalab", 9e5, "chips", None, resolution=1, sentence="Zetalab plans to buy 900,000 GPUs."
)
FAR_PLAN = FLEET.model_copy(
    update={"sentence": "Zetalab's planned campus dwarfs all the rival sites in town, with 70,000 GPUs."}
)


@pytest.mark.parametrize(
    "claims, expected",
    [
        ([FLEET, PLANNED_FLEET], []),
        ([PLANNED_FLEET, PLANNED_AGAIN], [("figure", "high", "high")]),
        ([FAR_PLAN, PLANNED_FLEET], []),
        ([FAR_PLAN, FLEET.model_copy(update={"value": 9e5, "text": "900,000"})], [("figure", "high", "high")]),
    ],
    ids=[
        "a fleet against a planned one: no contradiction",
        "two plans: compared",
        "a fleet against a plan, the plan word far from the fleet's figure: no contradiction",
        "a plan word far before a figure makes no plan of it: compared",
    ],
)
def test_a_measure_stated_as_a_plan_is_compared_only_with_another_plan(rules, claims, expected):
    assert verdicts(CrossCheck.of(rules).conflicts(claims)) == expected


LAB_FLEET = measure("a.md", "100,000", "Zhipu AI", 1e5, "chips", None, resolution=1,
                    sentence="Zhipu AI runs 100,000 GPUs in its Beijing cluster.")  # fmt: skip
LAB_FLEET_LATER = measure("b.md", "550,000", "Zhipu AI", 5.5e5, "chips", None, resolution=1,
                          sentence="Zhipu AI's second cluster holds 550,000 GPUs.")  # fmt: skip
MODEL_CHIPS = measure("a.md", "10,000", "GLM-5.2", 1e4, "chips", None, resolution=1,
                      sentence="GLM-5.2 was trained on 10,000 GPUs.")  # fmt: skip
MODEL_CHIPS_AGAIN = measure("b.md", "20,000", "GLM-5.2", 2e4, "chips", None, resolution=1,
                            sentence="GLM-5.2 was trained on 20,000 GPUs.")  # fmt: skip
JUNE, MARCH = dt.date(2026, 6, 2), dt.date(2026, 3, 9)


@pytest.mark.parametrize(
    "claims, published, expected",
    [
        ([LAB_FLEET, LAB_FLEET_LATER], {}, []),
        ([LAB_FLEET, LAB_FLEET_LATER], {"a.md": MARCH, "b.md": JUNE}, []),
        ([LAB_FLEET, LAB_FLEET_LATER], {"a.md": JUNE, "b.md": JUNE}, [("figure", "high", "high")]),
        (
            [LAB_FLEET.model_copy(update={"as_of": "2026-05"}), LAB_FLEET_LATER.model_copy(update={"as_of": "2026-05"})],
            {"a.md": MARCH, "b.md": JUNE},
            [("figure", "high", "high")],
        ),
        ([LAB_FLEET, LAB_FLEET_LATER.model_copy(update={"source": LAB_FLEET.source.model_copy(update={"line": 3})})],
         {}, [("figure", "high", "high")]),  # fmt: skip
        ([MODEL_CHIPS, MODEL_CHIPS_AGAIN], {"a.md": MARCH, "b.md": JUNE}, [("figure", "high", "medium")]),
    ],
    ids=[
        "a lab's chips in two articles of unknown days: a fleet at two times, no contradiction",
        "a lab's chips in articles of two days: the fleet grew",
        "a lab's chips in two articles of one day: compared",
        "a lab's chips stated as of one month: compared",
        "a lab's two counts in one article: compared as any figures of one article",
        "a model's chips, those that trained it: one fact, compared whenever told",
    ],
)
def test_what_a_lab_holds_is_compared_only_for_one_day(rules, claims, published, expected):
    assert _verdicts_as_published(rules, claims, published) == expected


TOTAL_SO_FAR = measure("a.md", "400 million", "Orca-3", 4e8, "downloads", "downloads", resolution=1e6,
                       sentence="Orca-3 leads the hub at 400 million downloads.")  # fmt: skip
TOTAL_LATER = measure("b.md", "700 million", "Orca-3", 7e8, "downloads", "downloads", resolution=1e6,
                      sentence="Orca-3 has crossed 700 million downloads.")  # fmt: skip
FIRST_WEEK = measure("a.md", "90,000", "Orca-3", 9e4, "downloads", "downloads", resolution=1,
                     sentence="Orca-3 drew 90,000 downloads in its first week.")  # fmt: skip
FIRST_WEEK_AGAIN = measure("b.md", "30,000", "Orca-3", 3e4, "downloads", "downloads", resolution=1,
                           sentence="In its first week Orca-3 logged 30,000 downloads.")  # fmt: skip


@pytest.mark.parametrize(
    "claims, published, expected",
    [
        ([TOTAL_SO_FAR, TOTAL_LATER], {}, []),
        ([TOTAL_SO_FAR, TOTAL_LATER], {"a.md": MARCH, "b.md": JUNE}, []),
        ([TOTAL_SO_FAR, TOTAL_LATER], {"a.md": JUNE, "b.md": JUNE}, [("figure", "high", "medium")]),
        ([FIRST_WEEK, FIRST_WEEK_AGAIN], {"a.md": MARCH, "b.md": JUNE}, [("figure", "high", "high")]),
        ([FIRST_WEEK, TOTAL_LATER], {"a.md": MARCH, "b.md": JUNE}, []),
    ],
    ids=[
        "downloads in two articles of unknown days: a running total at two times, no contradiction",
        "downloads in articles of two days: the total grew",
        "downloads in two articles of one day: compared",
        "downloads in a model's first week, told on two days: a fixed count, compared",
        "a first week's downloads against a total so far: two counts, no contradiction",
    ],
)
def test_a_running_total_is_compared_only_for_one_day_or_one_span(rules, claims, published, expected):
    assert _verdicts_as_published(rules, claims, published) == expected


LIST_PRICE = measure("a.md", "$4", "Orca-3", 4, "price_per_million_tokens", "USD", tokens="input",
                     sentence="Orca-3 costs $4 per million input tokens.")  # fmt: skip
OTHER_LIST_PRICE = measure("b.md", "$1.50", "Orca-3", 1.5, "price_per_million_tokens", "USD", tokens="input",
                           sentence="Orca-3 bills $1.50 for a million input tokens.")  # fmt: skip
SAME_ARTICLES_PRICE = OTHER_LIST_PRICE.model_copy(update={"source": LIST_PRICE.source.model_copy(update={"line": 7})})
SHORT_WINDOW = measure("a.md", "128K", "GLM-5.2", 1.28e5, "context_window", "tokens",
                       sentence="GLM-5.2 reads 128K tokens at once.")  # fmt: skip
LONG_WINDOW = measure("b.md", "1M", "GLM-5.2", 1e6, "context_window", "tokens",
                      sentence="GLM-5.2 comes with a 1M-token context window.")  # fmt: skip
JUNE_WINDOW = SHORT_WINDOW.model_copy(update={"as_of": "2026-06"})
SIZE, OTHER_SIZE = params("a.md", "400B", "Orca-3", 4e11), params("b.md", "900B", "Orca-3", 9e11)


@pytest.mark.parametrize(
    "claims, published, expected",
    [
        ([LIST_PRICE, OTHER_LIST_PRICE], {}, [("figure", "medium", "medium")]),
        ([LIST_PRICE, OTHER_LIST_PRICE], {"a.md": JUNE}, [("figure", "medium", "medium")]),
        ([SHORT_WINDOW, LONG_WINDOW], {}, [("figure", "medium", "high")]),
        ([LIST_PRICE, OTHER_LIST_PRICE], {"a.md": JUNE, "b.md": JUNE}, [("figure", "high", "medium")]),
        ([LIST_PRICE, OTHER_LIST_PRICE], {"a.md": MARCH, "b.md": JUNE}, [("figure", "high", "medium")]),
        ([JUNE_WINDOW, LONG_WINDOW.model_copy(update={"as_of": "2026-06"})], {}, [("figure", "high", "high")]),
        ([LIST_PRICE, SAME_ARTICLES_PRICE], {}, [("figure", "high", "medium")]),
        ([SIZE, OTHER_SIZE], {}, [("figure", "high", "medium")]),
        ([FIRST_WEEK, FIRST_WEEK_AGAIN], {}, [("figure", "high", "high")]),
    ],
    ids=[
        "two articles' prices, neither's day known: maybe before and after a cut, medium",
        "one article's day unknown: medium",
        "two articles' windows, days unknown: maybe before and after a raise, medium",
        "both articles of one day: a contradiction",
        "both days known, whatever they are: compared as before",
        "two windows stated as of one month, articles undated: compared",
        "one undated article's two prices: of its one day, compared",
        "a parameter count does not change with time: compared whatever the days",
        "a first week's downloads, a fixed count: compared whatever the days",
    ],
)
def test_a_changing_measure_of_an_unknown_day_is_no_sure_contradiction(rules, claims, published, expected):
    dated = [_published(claim, published.get(claim.source.path)) for claim in claims]
    found = CrossCheck.of(rules).conflicts(dated)
    assert verdicts(found) == expected
    doubted = [c for c in found if c.confidence == "medium"]
    assert all("changes over time" in c.explanation for c in doubted), [c.explanation for c in doubted]
    assert not any(gates(c, "high") for c in doubted)


def _verdicts_as_published(rules, claims, published):
    """The verdicts on `claims` as articles published on the days `published` maps their paths to give them."""
    dated = [_published(claim, published.get(claim.source.path)) for claim in claims]
    return verdicts(CrossCheck.of(rules).conflicts(dated))


def _published(claim, day):
    """The claim as an article published on `day` (None: unknown) gives it."""
    source = claim.source.model_copy(update={"published": day.isoformat() if day else None})
    return claim.model_copy(update={"source": source})


def test_the_explanation_is_one_line_saying_what_why_how_sure_and_whose(rules):
    claims = [
        params("a.md", "1.2 trillion", "Zeta-3", 1.2e12, hedged=True, how="sentence"),
        params("b.md", "1.5 trillion", "Zeta-3", 1.5e12, asserted_by="Zeta Labs", self_reported=True),
    ]
    (conflict,) = found(rules, claims)
    assert conflict.explanation == (
        "1.2 trillion vs 1.5 trillion total parameters for Zeta-3: 20% apart, both stated as exact; "
        "1.2 trillion is hedged, the other stated firmly; "
        "1.5 trillion is self-reported by Zeta Labs, the other independent; "
        "medium confidence: the subject of 1.2 trillion is only a name elsewhere in the sentence"
    )


def test_every_way_of_finding_a_subject_is_explained():
    assert set(SUBJECT_FOUND) == set(get_args(SubjectSource))


def test_event_keys_meet_across_a_family_and_its_variants(rules):
    keys = CrossCheck.of(rules).keys
    together = keys(event("b.md", "May 12", "2026-05-12", ["Llama 9 Scout", "Llama 9 Titan"]))
    assert keys(event("a.md", "May 12", "2025-05-12", ["Llama 9"])) <= together
    assert not keys(event("a.md", "May 1", "2026-05-01", ["Anthropic"], action="statement", action_text="announced"))


# -- the real set: the targets of a cross-check a newsroom can trust ------------------------
# Scored with the evaluation kit on the real, published articles; skipped where the kit is absent.

REAL = SHARED / "corpora" / "real"
REAL_GOLD = SHARED / "eval" / "gold" / "real.yaml"
SCORER = SHARED / "eval" / "score.py"


def _score(claims: Path, conflicts: list[dict], gold: Path, folder: Path) -> dict:
    found_file = folder / f"conflicts-{len(list(folder.iterdir()))}.json"
    found_file.write_text(json.dumps({"conflicts": conflicts}), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, str(SCORER), str(gold), str(REAL), str(claims), str(found_file), "--json", "--quiet"],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(run.stdout.splitlines()[-1])["conflicts"]


@pytest.fixture(scope="module")
def real(tmp_path_factory):
    """The scorer's conflict figures on the real set: for everything reported, and for what `check` fails on
    (high confidence, not two hedges) against the gold conflicts alone, stretch ones aside."""
    if not SCORER.exists():
        pytest.skip("the evaluation kit (../shared/eval) is not here")
    folder = tmp_path_factory.mktemp("real")
    claims, reported = folder / "claims.jsonl", folder / "conflicts.json"
    for command, out in (("extract", claims), ("conflicts", reported)):
        result = CliRunner().invoke(app, [command, str(REAL), "--format", out.suffix[1:], "--output", str(out)])
        assert result.exit_code == 0, result.output
    conflicts = json.loads(reported.read_text(encoding="utf-8"))["conflicts"]
    gold = yaml.safe_load(REAL_GOLD.read_text(encoding="utf-8"))
    gold["conflicts"] = [c for c in gold["conflicts"] if not c.get("stretch")]
    strict_gold = folder / "gold-without-stretch.yaml"
    strict_gold.write_text(yaml.safe_dump(gold, allow_unicode=True), encoding="utf-8")
    failing = [c for c in conflicts if gates(Conflict.model_validate(c), "high")]
    return _score(claims, conflicts, REAL_GOLD, folder), _score(claims, failing, strict_gold, folder)


def _share(figures: dict, part: str) -> float:
    return figures[part] / figures["reported"] if figures["reported"] else 0.0


REAL_TARGETS = [
    ("gold conflicts found", lambda everything, high: everything["found"] >= 12),
    ("no known non-conflict", lambda everything, high: everything["false_alarms_on_known_non_conflicts"] == 0),
    ("what check fails on is gold", lambda everything, failing: 1 - _share(failing, "unmatched_reported") >= 0.9),
    ("little in neither gold list", lambda everything, high: _share(everything, "unmatched_reported") <= 0.25),
]


@pytest.mark.parametrize("target, met", REAL_TARGETS, ids=[t[0] for t in REAL_TARGETS])
def test_real_set_conflicts_meet_the_targets(real, target, met):
    everything, high = real
    assert met(everything, high), {"everything": everything, "high confidence": high}


@pytest.mark.parametrize(
    "other, conflicts",
    [
        (params("b.md", "1.8 trillion", "Zeta-3", 1.8e12), True),  # below the bound, however rounded
        (params("b.md", "2.1 trillion", "Zeta-3", 2.1e12), False),
        (params("b.md", "2 trillion", "Zeta-3", 2e12), False),  # the bound itself
    ],
)
def test_a_bound_is_stated_as_a_bound(rules, other, conflicts):
    bound = params("a.md", "over 2 trillion", "Zeta-3", 2e12, qualifier="at_least", low=2e12)
    assert bool(found(rules, [bound, other])) is conflicts


# -- scale: a conflict's size is bounded, however often its articles repeat a figure ------------------------------


def test_a_conflict_lists_a_few_witnesses_and_counts_the_rest(rules):
    repeated = [params("a.md", "1.2 trillion", "Zeta-3", 1.2e12, line=n) for n in range(1, 51)]
    (conflict,) = found(rules, [*repeated, *(params("b.md", "1.5 trillion", "Zeta-3", 1.5e12, line=n) for n in (1, 2))])
    assert [len(w) for w in conflict.witnesses] == [3, 1]
    assert conflict.more_witnesses == [46, 0]


REPEATED = "GLM-5.2 was trained with 4e25 FLOP. GPT-4o was trained with 2e25 FLOP.\n\nGLM-5.2 used four times the compute of GPT-4o.\n\n"


def test_an_article_repeating_a_ratio_contradicts_its_figures_once_at_a_bounded_size(extractor, rules):
    """The same ratio in words against the same figures, again and again: one conflict, the repeats its witnesses."""
    sizes = []
    for copies in (20, 40):
        (result,) = extractor.extract([Article("a.md", REPEATED * copies, JUNE_26)])
        (conflict,) = CrossCheck(rules.conflicts).conflicts(result.claims)
        assert conflict.kind == "derived" and conflict.more_witnesses[0] == copies - 1 - 3
        sizes.append(len(conflict.model_dump_json()))
    assert sizes[1] <= sizes[0] + 100  # the same size, give or take the digits of the counts


def worlds(claims: list, copies: int) -> str:
    """`claims` again and again as JSON Lines, each copy about models of its own (`GLM-5.2 w3`) in files of its
    own: a corpus that grows without its conflicts growing faster."""
    lines = []
    for copy in range(copies):
        for claim in claims:
            data = json.loads(claim.model_dump_json())
            data["source"]["path"] = f"w{copy}/{data['source']['path']}"
            for field in ("subject", "other", "speaker", "actor"):
                if data.get(field):
                    data[field] = f"{data[field]} w{copy}"
            if "objects" in data:
                data["objects"] = [f"{name} w{copy}" for name in data["objects"]]
            lines.append(json.dumps(data))
    return "\n".join(lines) + "\n"


PEAK_MEMORY = """
# VmHWM, not ru_maxrss: that counts the memory of the process this one was forked from
import sys
from claimx.cli import run
sys.argv = ["claimx", "conflicts", sys.argv[1], "--format", "json", "--output", sys.argv[2]]
try:
    run()
except SystemExit:
    pass
print(int(open("/proc/self/status").read().split("VmHWM:")[1].split()[0]) * 1024, file=sys.stdout)
"""


def test_conflicts_on_many_records_hold_a_partition_in_memory_not_the_corpus(extractor, tmp_path):
    articles = (Article(p.name, p.read_text(encoding="utf-8")) for p in sorted(CORPUS.glob("[0-9]*")))
    corpus = [claim for result in extractor.extract(articles) for claim in result.claims]
    sizes, peaks = [], []
    for copies in (40, 80):  # about 12,000 and 24,000 records
        records, out = tmp_path / f"{copies}.jsonl", tmp_path / f"{copies}.json"
        records.write_text(worlds(corpus, copies), encoding="utf-8")
        run = subprocess.run([sys.executable, "-c", PEAK_MEMORY, records, out], capture_output=True, text=True, check=True)
        peaks.append(int(run.stdout.split()[-1]))
        sizes.append(out.stat().st_size)
    assert sizes[1] < 2.05 * sizes[0]  # output in step with the conflicts, which grow with the copies
    # 12,000 records more cost 7 MB: where they lie and their keys (held in memory as records: 157 MB)
    assert peaks[1] - peaks[0] < 30 * 2**20


@pytest.mark.parametrize("processes", [2, 3])
def test_partitions_checked_in_forked_processes_give_one_process_conflicts(extractor, rules, monkeypatch, processes):
    articles = (Article(p.name, p.read_text(encoding="utf-8")) for p in sorted(CORPUS.glob("[0-9]*")))
    corpus = [claim for result in extractor.extract(articles) for claim in result.claims]
    claims = list(read_claims(worlds(corpus, 3).splitlines(), "worlds.jsonl"))
    monkeypatch.setattr("claimx.crosscheck.partitions.PARALLEL_AFTER", 0)
    found = []
    for count in (1, processes):
        with Partitions(CrossCheck.of(rules), processes=count) as partitions:
            for claim in claims:
                partitions.add(claim)
            conflicts = partitions.conflicts()
            found.append([c.model_dump_json() for c in conflicts])
            spills_used = {entry.spill for entry in conflicts.entries}
    assert len(found[0]) > 30 and found[1] == found[0]  # the same conflicts, in the same order
    assert spills_used == set(range(processes))  # every process found some


def test_conflicts_with_workers_write_one_process_report(extractor, tmp_path, monkeypatch):
    articles = (Article(p.name, p.read_text(encoding="utf-8")) for p in sorted(CORPUS.glob("[0-9]*")))
    corpus = [claim for result in extractor.extract(articles) for claim in result.claims]
    records = tmp_path / "claims.jsonl"
    records.write_text(worlds(corpus, 2), encoding="utf-8")
    monkeypatch.setattr("claimx.crosscheck.partitions.PARALLEL_AFTER", 0)
    monkeypatch.setattr("claimx.crosscheck.partitions.READ_APART_AFTER", 0)  # each process reads its part
    reports = [
        CliRunner().invoke(app, ["conflicts", str(records), "-f", "json", "--workers", workers]).stdout
        for workers in ("1", "2")
    ]
    assert reports[1] == reports[0] and json.loads(reports[0])["summary"]["conflicts"] > 30


class SkipFile:
    """Markers that leave out the claims of one article and call another's unknown, in any process."""

    def __init__(self, ignored: str, unknown: str):
        self.ignored_path, self.unknown_path = ignored, unknown

    def ignored(self, claim) -> bool:
        return claim.source.path == self.ignored_path

    def unknown(self) -> list[str]:
        return [self.unknown_path]


@pytest.mark.parametrize("processes", [2, 3])
def test_records_read_in_parts_by_forked_processes_give_one_process_conflicts(
    extractor, rules, tmp_path, monkeypatch, processes
):
    articles = (Article(p.name, p.read_text(encoding="utf-8")) for p in sorted(CORPUS.glob("[0-9]*")))
    corpus = [claim for result in extractor.extract(articles) for claim in result.claims]
    claims = list(read_claims(worlds(corpus, 4).splitlines(), "worlds.jsonl"))
    files = [tmp_path / "compact.jsonl", tmp_path / "spaced.jsonl"]  # as extract writes them, and otherwise
    with files[0].open("w", encoding="utf-8") as out:
        write_records(claims[: len(claims) // 2], "jsonl", out)
    files[1].write_text("".join(f"{c.model_dump_json()}\n" for c in claims[len(claims) // 2 :]), encoding="utf-8")
    markers = SkipFile(ignored=claims[0].source.path, unknown="gone.md")
    monkeypatch.setattr("claimx.crosscheck.partitions.PARALLEL_AFTER", 0)
    found, read = [], []
    for count, apart_after in ((1, 10**12), (processes, 0)):
        monkeypatch.setattr("claimx.crosscheck.partitions.READ_APART_AFTER", apart_after)
        with Partitions(CrossCheck.of(rules), processes=count) as partitions:
            read.append(partitions.read(files, markers))
            found.append([c.model_dump_json() for c in partitions.conflicts()])
            spills_used = set(partitions.index.spill)
            claims_kept = len(partitions)
    assert len(found[0]) > 30 and found[1] == found[0]  # the same conflicts, in the same order
    assert spills_used == set(range(processes))  # every process read some
    assert claims_kept == sum(c.source.path != claims[0].source.path for c in claims)
    assert read[0] == read[1] and read[1].paths == {c.source.path for c in claims} and read[1].unknown == ["gone.md"]


@pytest.mark.parametrize("bad_line", [51, 90])  # in the part this process reads, in a forked process's
def test_a_bad_record_read_in_parts_names_the_first_in_the_files_order(rules, tmp_path, monkeypatch, bad_line):
    line = params("a.md", "1.2 trillion", "GLM-5.2", 1.2e12).model_dump_json() + "\n"
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text(line * (bad_line - 1) + "{}\n" + line * (150 - bad_line), encoding="utf-8")
    second.write_text(line * 79 + "{}\n" + line * 70, encoding="utf-8")  # bad too, in the last part
    monkeypatch.setattr("claimx.crosscheck.partitions.READ_APART_AFTER", 0)
    with Partitions(CrossCheck.of(rules), processes=3) as partitions:
        with pytest.raises(ValueError, match=rf"^{first}:{bad_line}: not a claim record"):
            partitions.read([first, second], SkipFile("none", "none"))
