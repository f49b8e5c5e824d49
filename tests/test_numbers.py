"""The number grammar: every figure's value, interval, qualifier and unit; and what is not a figure."""

from __future__ import annotations

import pytest

from claimx.numbers import WORD_FIGURE, NumberGrammar
from claimx.ruler import matches
from claimx.spans import CUES_KEY


@pytest.fixture(scope="module")
def grammar(rules):
    return NumberGrammar(rules.numbers)


def figures(grammar, text):
    return [(text[f.start : f.end], f.value, f.low, f.high, f.qualifier, f.unit) for f in grammar.find(text)]


# text, evidence, value, low, high, qualifier, unit
FIGURES = [
    # digits, commas, decimals
    ("scored 86.2% on it", "86.2%", 86.2, None, None, "exact", "%"),
    ("a window of 1,000,000 tokens", "1,000,000", 1e6, None, None, "exact", None),
    ("it scores 81.0 there", "81.0", 81.0, None, None, "exact", None),
    ("87.2 percent of questions", "87.2 percent", 87.2, None, None, "exact", "%"),
    ("87.2 per cent of questions", "87.2 per cent", 87.2, None, None, "exact", "%"),
    # scale words and suffixes
    ("with 1.2 trillion parameters", "1.2 trillion", 1.2e12, None, None, "exact", None),
    ("180B activated", "180B", 1.8e11, None, None, "exact", None),
    ("a 1.2T model", "1.2T", 1.2e12, None, None, "exact", None),
    ("a 256K context", "256K", 256000, None, None, "exact", None),
    # a capital scale letter a space apart
    ("a total of 1.02 T parameters", "1.02 T", 1.02e12, None, None, "exact", None),
    ("a 128 K window", "128 K", 128000, None, None, "exact", None),
    ("it cost $2 M.", "$2 M", 2e6, None, None, "exact", "USD"),
    ("costs $1.5bn a year", "$1.5bn", 1.5e9, None, None, "exact", "USD"),
    # hyphenated forms
    ("a 1-million-token context window", "1-million", 1e6, None, None, "exact", None),
    ("a 1-trillion-parameter coding model", "1-trillion", 1e12, None, None, "exact", None),
    ("a 1T-parameter MoE", "1T", 1e12, None, None, "exact", None),
    # money
    ("trained for $50M", "$50M", 5e7, None, None, "exact", "USD"),
    ("listed at $0.15 per million tokens", "$0.15", 0.15, None, None, "exact", "USD"),
    ("an estimated $200M+ for the run", "an estimated $200M+", 2e8, 2e8, None, "at_least", "USD"),
    ("a budget of €30 million", "€30 million", 3e7, None, None, "exact", "EUR"),
    ("about 80 million US dollars", "about 80 million US dollars", 8e7, 7.2e7, 8.8e7, "approximate", "USD"),
    ("a US$20 million grant", "US$20 million", 2e7, None, None, "exact", "USD"),
    # qualifiers
    ("~200B (est.) parameters", "~200B (est.)", 2e11, 1.8e11, 2.2e11, "approximate", None),
    ("over 50,000 downloads", "over 50,000", 5e4, 5e4, None, "at_least", None),
    ("more than 10,000 chips", "more than 10,000", 1e4, 1e4, None, "at_least", None),
    ("the first model to exceed 90% on it", "exceed 90%", 90, 90, None, "at_least", "%"),
    # a bound after the figure: "or above", "or higher" as "or more" ("~" before is only less sure of the bound)
    ("scored 70% or higher on it", "70% or higher", 70, 70, None, "at_least", "%"),
    ("put at ~10^25 or above", "~10^25 or above", 1e25, 1e25, None, "at_least", None),
    # a bound denied is the other bound
    ("they didn't have more than 100K GPUs", "more than 100K", 1e5, None, 1e5, "at_most", None),
    ("it did not exceed 90% on it", "exceed 90%", 90, None, 90, "at_most", "%"),
    ("not less than 5 billion", "less than 5 billion", 5e9, 5e9, None, "at_least", None),
    ("not only more than 100K GPUs", "more than 100K", 1e5, 1e5, None, "at_least", None),
    ("the first to break 1500 on the board", "break 1500", 1500, 1500, None, "at_least", None),
    # a quotation mark opening on the figure stands between it and its qualifier
    ('Orca-3 has surpassed "2 trillion parameters"', 'surpassed "2 trillion', 2e12, 2e12, None, "at_least", None),
    ("with more than “300 billion” parameters", "more than “300 billion", 3e11, 3e11, None, "at_least", None),
    ("the first to cross the 1,500 Elo mark", "cross the 1,500", 1500, 1500, None, "at_least", None),  # a mark
    # the figure's own noun between a bound and the figure: the bound is the figure's, the evidence the number's
    ("the first model to surpass a score of 1400 on it", "1400", 1400, 1400, None, "at_least", None),
    ("it never exceeded a score of 90% on it", "90%", 90, None, 90, "at_most", "%"),
    ("ratings up to an Elo score of 1,350", "1,350", 1350, None, 1350, "at_most", None),
    ("it reached a score of 1400 on it", "1400", 1400, None, None, "exact", None),
    # "a few", "several": a lower bound before a scale word; "several 3B models" are models of one size
    ("reached a few 10 million users", "a few 10 million", 1e7, 1e7, None, "at_least", None),
    ("improves several 3B models", "3B", 3e9, None, None, "exact", None),
    ("10,000+ chips", "10,000+", 1e4, 1e4, None, "at_least", None),
    ("400+ billion parameters", "400+ billion", 4e11, 4e11, None, "at_least", None),
    ("up to 2 million tokens", "up to 2 million", 2e6, None, 2e6, "at_most", None),
    ("fewer than 20,000 downloads", "fewer than 20,000", 2e4, None, 2e4, "at_most", None),
    ("roughly 5e24 FLOP", "roughly 5e24", 5e24, 4.5e24, 5.5e24, "approximate", None),
    # a share of a whole is at most all of it; a change in per cent may exceed it
    ("scores approximately 92% on", "approximately 92%", 92, 82.8, 100, "approximate", "%"),
    ("about 150% more", "about 150%", 150, 135, 165, "approximate", "%"),
    ("(~$150M) in all", "~$150M", 1.5e8, 1.35e8, 1.65e8, "approximate", "USD"),
    ("models nearing 2 trillion parameters", "nearing 2 trillion", 2e12, 1.8e12, 2.2e12, "approximate", None),
    ("sold in the neighborhood of 1.5 million Orca chips", "in the neighborhood of 1.5 million", 1.5e6, 1.35e6, 1.65e6,
     "approximate", None),
    ("in the ballpark of $40 million in all", "in the ballpark of $40 million", 4e7, 3.6e7, 4.4e7, "approximate", "USD"),
    # a lower bound said with any form of its verb
    ("downloads surpassing 3 million", "surpassing 3 million", 3e6, 3e6, None, "at_least", None),
    ("the app crossed 40 million users", "crossed 40 million", 4e7, 4e7, None, "at_least", None),
    ("weights passing 500 thousand downloads", "passing 500 thousand", 5e5, 5e5, None, "at_least", None),
    # a dot that groups thousands, before things counted whole; a decimal point elsewhere
    ("a team of 50.000 Nvidia Hopper GPUs", "50.000", 50000.0, None, None, "exact", None),
    ("it scores 2.048 on the test", "2.048", 2.048, None, None, "exact", None),
    # ranges
    ("charged $3-$5 per million tokens", "$3-$5", 4.0, 3.0, 5.0, "range", "USD"),
    ("adds 20-30% to costs", "20-30%", 25.0, 20.0, 30.0, "range", "%"),
    ("between 1.2–1.5 trillion", "1.2–1.5 trillion", 1.35e12, 1.2e12, 1.5e12, "range", None),
    ("a 10-30x advantage", "10-30x", 20.0, 10.0, 30.0, "range", "x"),
    ("between 70 and 80 billion parameters", "70 and 80 billion", 7.5e10, 7e10, 8e10, "range", None),
    ("between $40 million and $60 million", "$40 million and $60 million", 5e7, 4e7, 6e7, "range", "USD"),
    # "to" after a scale word joins a range too; a share before it is a change's size ("rose 20% to $4 billion")
    ("may reach 700 billion to 1 trillion", "700 billion to 1 trillion", 8.5e11, 7e11, 1e12, "range", None),
    ("between 1e25 and 1e26 FLOP", "1e25 and 1e26", 5.5e25, 1e25, 1e26, "range", None),
    ("put at 2e25-3e25 FLOP", "2e25-3e25", 2.5e25, 2e25, 3e25, "range", None),
    # a share's sign on each side of a range
    ("it scored between 61.2% and 63.8% on it", "61.2% and 63.8%", 62.5, 61.2, 63.8, "range", "%"),
    ("between 40 percent and 45 percent of runs", "40 percent and 45 percent", 42.5, 40, 45, "range", "%"),
    ("speeds it up by 20%-30% overall", "20%-30%", 25.0, 20.0, 30.0, "range", "%"),
    # ratios
    ("a 5x longer window", "5x", 5.0, None, None, "exact", "x"),
    # a multiplier's sign written apart from its figure
    ("streams tokens up to 8 × faster", "up to 8 ×", 8.0, None, 8.0, "at_most", "x"),
    ("a 3 × longer window", "3 ×", 3.0, None, None, "exact", "x"),
    # a scale letter a space apart, hyphened to what it counts; never to another word
    ("an open 24 B-parameter model", "24 B", 2.4e10, None, None, "exact", None),
    ("contexts of 128 K-tokens", "128 K", 1.28e5, None, None, "exact", None),
    ("a compact 3 B-param model", "3 B", 3e9, None, None, "exact", None),
    ("the Phase 2 B-side", "2", 2.0, None, None, "exact", None),
    ("at 1/33rd the cost", "1/33rd", 1 / 33, None, None, "exact", "fraction"),
    # scientific notation
    ("about 2.1 × 10^24 FLOP", "about 2.1 × 10^24", 2.1e24, 1.89e24, 2.31e24, "approximate", None),
    ("5e25 FLOP", "5e25", 5e25, None, None, "exact", None),
    # a power of ten alone says an order of magnitude: half of one either side
    ("10^25 FLOP", "10^25", 1e25, 10**24.5, 10**25.5, "approximate", None),
    # as a page's LaTeX writes it: its "$" opens a formula, no dollars
    ("GPT-3: $3.1 \\times 10^{23}$ FLOP", "$3.1 \\times 10^{23}", 3.1e23, None, None, "exact", None),
    ("$2 \\cdot 10^{25}$ FLOP", "$2 \\cdot 10^{25}", 2e25, None, None, "exact", None),
    # as a page prints a power: superscript digits
    ("~3.8×10²⁴ FLOP", "~3.8×10²⁴", 3.8e24, 3.42e24, 4.18e24, "approximate", None),
    ("~10²⁵ FLOP", "~10²⁵", 1e25, 10**24.5, 10**25.5, "approximate", None),
    # a bound in a table's cell, as a sign
    ("<10^25", "<10^25", 1e25, None, 1e25, "at_most", None),
    ("≥2e25 FLOP", "≥2e25", 2e25, 2e25, None, "at_least", None),
    # other units
    ("needs ~90GB VRAM", "~90GB", 9e10, 8.1e10, 9.9e10, "approximate", "bytes"),
    ("two 80-gigabyte GPUs", "80-gigabyte", 8e10, None, None, "exact", "bytes"),
    ("27 cents per million tokens", "27 cents", 0.27, None, None, "exact", "USD"),
    ("claims 50 TOPS", "50 TOPS", 50, None, None, "exact", "TOPS"),
    ("RMB 40 million", "RMB 40 million", 4e7, None, None, "exact", "CNY"),
    ("it exceeded 2 × 10^26 FLOP", "exceeded 2 × 10^26", 2e26, 2e26, None, "at_least", None),
]


@pytest.mark.parametrize("text, evidence, value, low, high, qualifier, unit", FIGURES)
def test_figure_is_read_as_written(grammar, text, evidence, value, low, high, qualifier, unit):
    (found,) = figures(grammar, text)
    assert found[0] == evidence
    assert found[1] == pytest.approx(value)
    assert found[2] == (pytest.approx(low) if low is not None else None)
    assert found[3] == (pytest.approx(high) if high is not None else None)
    assert found[4:] == (qualifier, unit)


NOT_FIGURES = [
    "GPT-4o beats it",  # a number inside a name
    "Qwen3 is new",
    "H100 clusters",
    "Mixtral 8x22B is a name",  # "8x22B" is a name, not a figure
    "Kimi K2.7 ships",
    "released in 2024 and again in 2026",  # years
    "dated 2026-06-24 in the filing",  # an ISO date
    "launched 2026/3 with a price cut",  # a year and its month, no fraction
    "cited [7] above",  # a citation marker
    "1. Every model was loaded\n2. Each was run",  # list numbering
    "at 9:30 a.m. and again at 9 pm",  # times of day
    "the 21st century",  # an ordinal
    "it cost a few $10M's to train",  # an amount in the plural: amounts of that size, none of them said
    "a budget of several $100M’s",
]


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_not_a_figure(grammar, text):
    assert figures(grammar, text) == []


# "A and B" is two figures but after "between"; "from A to B" is a change, two figures; two years are no range
TWO_FIGURES = [
    ("scored 70 and 80 on it", ["70", "80"]),
    ("from 128,000 to 256,000 tokens", ["128,000", "256,000"]),
    ("from 1e24 to 1e25 FLOP", ["1e24", "1e25"]),
    ("from 400 billion to 600 billion", ["400 billion", "600 billion"]),
    ("revenue rose 20% to $4 billion", ["20%", "$4 billion"]),
    ("it rose from 20% to 30% this year", ["20%", "30%"]),
    ("scored 61.2% and 63.8% on the two tests", ["61.2%", "63.8%"]),
    ("between 5% and 10 billion tokens", ["5%", "10 billion"]),  # a share and a count are no one range
    ("from 70.2% on Llama 3.1 405B to 81.0%", ["70.2%", "3.1", "405B", "81.0%"]),
    ("2.1e25 and 3e25 FLOP", ["2.1e25", "3e25"]),
    ("between 2023 and 2025 it grew 40%", ["40%"]),
    ("1.02 T in all and 42 B active", ["1.02 T", "42 B"]),
    ("the 5 m sprint took 9 M.", ["5", "9 M"]),  # a lower-case letter a space apart is no scale
    ("a model of (90B/12B active) parameters", ["90B", "12B"]),  # a pair of sizes a slash joins: total/active
]


@pytest.mark.parametrize("text, evidence", TWO_FIGURES)
def test_figures_a_word_joins_are_read_apart(grammar, text, evidence):
    assert [found[0] for found in figures(grammar, text)] == evidence


# a qualifier phrase leading a list of figures of one unit is said of each: (evidence, qualifier, low, high)
LISTS = [
    ("about 30, 100, and 500 billion parameters",
     [("about 30", "approximate", 27, 33), ("100", "approximate", 90, 110),
      ("500 billion", "approximate", 4.5e11, 5.5e11)]),
    ("roughly $2, $4 and $8 per million tokens",
     [("roughly $2", "approximate", 1.8, 2.2), ("$4", "approximate", 3.6, 4.4), ("$8", "approximate", 7.2, 8.8)]),
    ("up to 128K, 256K and 1M tokens",
     [("up to 128K", "at_most", None, 128e3), ("256K", "at_most", None, 256e3), ("1M", "at_most", None, 1e6)]),
    ("around 70%, 80% and 95% of prompts",  # a share of a whole is at most all of it
     [("around 70%", "approximate", 63, 77), ("80%", "approximate", 72, 88), ("95%", "approximate", 85.5, 100)]),
    ("at least 10,000 and 20,000 GPUs", [("at least 10,000", "at_least", 1e4, None), ("20,000", "at_least", 2e4, None)]),
    ("over 46% or 50% of prompts", [("over 46%", "at_least", 46, None), ("50%", "at_least", 50, None)]),
    ("they never had more than 100K and 200K GPUs",  # a bound denied is the other bound, for each
     [("more than 100K", "at_most", None, 1e5), ("200K", "at_most", None, 2e5)]),
    # its reach ends at a word between (another unit, another clause), at another unit, at a figure with a qualifier
    # of its own, and at a comma before the conjunction of two figures (it joins clauses); none reaches back
    ("about 30B parameters and 2T tokens", [("about 30B", "approximate", 27e9, 33e9), ("2T", "exact", None, None)]),
    ("about 70% on one test and 75% on another",
     [("about 70%", "approximate", 63, 77), ("75%", "exact", None, None)]),
    ("up to $500 billion and 10% of the grid",
     [("up to $500 billion", "at_most", None, 5e11), ("10%", "exact", None, None)]),
    ("costs about $5, and $10 for the Pro tier", [("about $5", "approximate", 4.5, 5.5), ("$10", "exact", None, None)]),
    ("about 30, over 100 and 500 billion",  # the nearest qualifier leads what follows it
     [("about 30", "approximate", 27, 33), ("over 100", "at_least", 100, None), ("500 billion", "at_least", 5e11, None)]),
    ("30, 100 and about 500 billion",
     [("30", "exact", None, None), ("100", "exact", None, None), ("about 500 billion", "approximate", 4.5e11, 5.5e11)]),
]


@pytest.mark.parametrize("text, expected", LISTS)
def test_a_qualifier_leading_a_list_of_figures_is_said_of_each(grammar, text, expected):
    found = grammar.lists_sharing_a_lead(text, list(grammar.find(text)))
    assert [(text[f.start : f.end], f.qualifier) for f in found] == [(e, q) for e, q, _, _ in expected]
    for f, (_, _, low, high) in zip(found, expected, strict=True):
        assert (f.low, f.high) == (pytest.approx(low) if low is not None else None, pytest.approx(high) if high is not None else None)


def test_resolution_is_the_step_of_the_last_written_digit(grammar):
    steps = {text: f.resolution for text in ("1.2T", "86.2%", "1,000,000", "256K") for f in grammar.find(text)}
    assert steps == {"1.2T": pytest.approx(1e11), "86.2%": pytest.approx(0.1), "1,000,000": 1, "256K": 1000}


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("one-fifth the price", 0.2, "fraction"),
        ("approximately one-quarter of the cost", 0.25, "fraction"),
        ("a third of the cost", 1 / 3, "fraction"),
        ("ten times GPT-4o's window", 10, "x"),
        ("a tenfold rise", 10, "x"),
        ("one trillion parameters", 1e12, None),
        ("six million dollars to train", 6e6, "USD"),  # currencies written out
        ("fifty million US dollars", 5e7, "USD"),
        ("two billion euros", 2e9, "EUR"),
        ("a billion dollars to train", 1e9, "USD"),  # one of a scale, with its currency
        ("about a billion US dollars", 1e9, "USD"),
        ("a trillion-parameter model", 1e12, None),  # one of a scale, with what it counts
        ("a million tokens of context", 1e6, None),
    ],
)
def test_figures_in_words(extractor, text, value, unit):
    doc = extractor.nlp(text)
    cue = next(c for c in matches(doc, CUES_KEY) if c.label == WORD_FIGURE)
    figure = extractor.grammar.read_words(text, doc[cue.start].idx)
    assert figure.value == pytest.approx(value, rel=1e-9)
    assert figure.unit == unit
    assert figure.in_words


@pytest.mark.parametrize(
    "text, evidence, value, low, high",
    [
        # a range in words, as in digits: the scale is the second number's, shared with the first
        ("a model of five to seven trillion parameters", "five to seven trillion", 6e12, 5e12, 7e12),
        ("between two and four billion parameters", "two and four billion", 3e9, 2e9, 4e9),
        ("between ten to twenty million dollars", "ten to twenty million dollars", 1.5e7, 1e7, 2e7),
        # "from A to B" is a change, and "A and B" a range only after "between": the figure is the second alone
        ("grew from five to seven trillion parameters", "seven trillion", 7e12, None, None),
        ("Orca-3 had two and Orca-4 seven billion users", "seven billion", 7e9, None, None),
    ],
)
def test_a_range_in_words_is_one_figure(extractor, text, evidence, value, low, high):
    doc = extractor.nlp(text)
    cue = next(c for c in matches(doc, CUES_KEY) if c.label == WORD_FIGURE)
    figure = extractor.grammar.read_words(text, doc[cue.start].idx)
    assert text[figure.start : figure.end] == evidence
    assert figure.value == pytest.approx(value)
    assert (figure.low, figure.high) == (pytest.approx(low) if low else None, pytest.approx(high) if high else None)
