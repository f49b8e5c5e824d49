"""Pathological and generated text: no rule backtracks catastrophically, nothing crashes, provenance always holds.

The liveness guard is an alarm, not a timing test: each case runs in well under a
second; the alarm only turns a catastrophic backtrack (minutes, or never) into a
failure naming the input instead of a hung CI.
"""

from __future__ import annotations

import math
import signal
import sys
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimx.corpus import Article
from claimx.crosscheck import CrossCheck
from claimx.quotes import pair_quotation_marks
from claimx.records import CLAIM_ADAPTER
from claimx.report import write_records
from claimx.tables import find_tables

ALARM_SECONDS = 60
DASHES = "-‐‑‒–—―−﹘﹣－"
QUOTES = "\"'`‘’‚‛“”„‟‹›«»「」『』＂＇"

# Each input is a shape that makes a careless pattern backtrack, or a tokenizer or a pairing loop blow up.
ADVERSARIAL = {
    "no spaces": "x" * 100_000,
    "line of digits": "1" * 50_000,
    "digit groups": ",".join(["123"] * 20_000),
    "dots and digits": "1." * 30_000,
    "dashes in a run": DASHES * 5_000,
    "every dash and quote between words": " ".join(f"5{d}6 {q}word{q}" for d in DASHES for q in QUOTES) * 60,
    "nested quotes": "".join(f"{q}he said {q}" for q in QUOTES) * 1_000 + "she said." + '”’»"' * 2_000,
    "unbalanced quotes": 'He said "it is ' * 5_000,
    "quotes without words": '"' * 20_000 + "“" * 10_000,
    "brackets": "(" * 30_000 + ")" * 30_000 + "[1]" * 10_000,
    "currency signs": "$" * 30_000 + "5 " + "$5-$" * 10_000,
    "qualifiers": "~about roughly over up to " * 5_000,
    "ranges": "5-" * 30_000 + "5% " + "20–30% " * 5_000,
    "ratios": "5x" * 20_000 + " 1/" * 10_000 + "one-quarter " * 2_000,
    "scientific": "2.1 × 10^" + "9" * 5_000 + " 5e" + "9" * 5_000 + " FLOP 1/0th 10^999 1e999",
    "scale words": "1 million billion trillion " * 5_000,
    "months": "June 12 " * 10_000 + "June 1–" * 10_000,
    "relative dates": "the day after two weeks after " * 5_000 + "99999999 days after the ban",
    "table pipes": "|" * 30_000 + "\n" + "|---" * 10_000 + "\n",
    "table rows": "| Model | Parameters |\n|---|---|\n" + "| GLM-5.2, Mythos 5 | 1.2T (MoE) |\n" * 5_000,
    "model names": "GLM-5.2 Claude Opus 4.8 Llama 3 405B " * 3_000,
    "version chain": "GLM-" + ".".join(["5"] * 20_000),
    "capitalised words": "Aa Bb Cc said " * 10_000,
    "cue words": "said told warned according to reports " * 5_000,
    "line breaks": "\n" * 50_000 + "- June 1: " * 5_000,
    "control characters": "".join(chr(c) for c in range(32)) * 2_000 + "\ufeff\u200b\u2028\u2029" * 5_000,
}


@contextmanager
def alarm(seconds: int, what: str):
    def stuck(signum, frame):
        raise TimeoutError(f"still running after {seconds} s: {what}")

    previous = signal.signal(signal.SIGALRM, stuck)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


FAMILIES = {
    "numbers": lambda extractor, text: list(extractor.grammar.find(text)),
    "dates": lambda extractor, text: extractor.events.dates(text),
    "quotation marks": lambda extractor, text: pair_quotation_marks(text),
    "tables": lambda extractor, text: find_tables(text),
    "sieve": lambda extractor, text: extractor.sieve.sieve(text),
}


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("name", ADVERSARIAL)
def test_each_rule_family_survives_adversarial_text(extractor, family, name):
    """Each family's patterns run on the raw text, without the sieve's protection the pipeline gives them."""
    with alarm(ALARM_SECONDS, f"{family} on {name}"):
        FAMILIES[family](extractor, ADVERSARIAL[name])


@pytest.mark.parametrize("name", ADVERSARIAL)
def test_the_pipeline_survives_adversarial_text_and_keeps_provenance(extractor, name):
    text = ADVERSARIAL[name]
    with alarm(ALARM_SECONDS, f"the pipeline on {name}"):
        (result,) = extractor.extract([Article("adversarial.txt", text)])
    assert result.error is None
    assert_sound(result.claims, text)


def assert_sound(claims, text: str) -> None:
    """Every record points at its own evidence, validates against the schema, and holds finite figures."""
    for claim in claims:
        source = claim.source
        assert text[source.start : source.end] == claim.text
        assert source.line == text.count("\n", 0, source.start) + 1
        assert source.column == source.start - (text.rfind("\n", 0, source.start) + 1) + 1
        CLAIM_ADAPTER.validate_json(claim.model_dump_json())
        figures = [getattr(claim, name, None) for name in ("value", "low", "high")]
        assert all(math.isfinite(f) for f in figures if isinstance(f, float))


# -- one long line: the work grows with the text, not with its square ------------------------------------------

# Each phrase repeated on one line, so every question asked of "the line" a date or a quotation sits on (is it a
# dateline? a bullet? a headline? a footnote?) would cost the whole line if its look were unbounded.
LONG_LINES = {
    "dated sentences": "On June 3, 2025 OpenAI released GPT-5 with 300B parameters. ",
    "months": "June 12 ",
    "quotations": '"It is fast," Altman said of GPT-5, which scores 88% on MMLU. ',
    "list items": "- June 3: OpenAI released GPT-5. ",
    "relative dates": "Two weeks after the ban, Nvidia released H20 chips. ",
    "footnotes": "[1] The Information, 'Inside the bill,' June 3, 2026. ",
    "title case": "The June 2026 Open War Begins Now With Models ",
    "table cells": "| GPT-5 | 300B | June 3, 2025 |",
}


def calls_to_extract(extractor, text: str) -> int:
    """The work of extracting `text`, counted in function calls (Python's and C's): a count, not a clock."""
    calls = 0

    def count(frame, event, arg):
        nonlocal calls
        calls += 1

    sys.setprofile(count)
    try:
        list(extractor.extract([Article("long-line.txt", text)]))
    finally:
        sys.setprofile(None)
    return calls


@pytest.mark.parametrize("phrase", LONG_LINES.values(), ids=LONG_LINES)
def test_the_work_on_one_long_line_grows_in_step_with_it(extractor, phrase):
    once, twice = (calls_to_extract(extractor, phrase * n + "\n") for n in (200, 400))
    assert twice < 2.2 * once  # an unbounded look back along the line made it 3.6 times


# -- generated text -------------------------------------------------------------------------------------------

FRAGMENTS = [
    *("GLM-5.2", "Claude Opus 4.8", "GPT-4o", "Kimi K2.7-Code", "Llama 3 405B", "Mixtral 8x22B", "Zhipu", "It"),
    *("the model", "Anthropic", "Commerce", "Tang Jie", "she", "one analyst"),
    *("has", "scores", "reports", "said", "told Reuters:", "according to", "versus", "within four points of"),
    *("1.2 trillion", "180B", "1.2T (MoE)", "$50M", "$0.15", "$200M+", "86.2%", "20-30%", "$3-$5", "5x", "1/33rd"),
    *("one-quarter", "2.1 × 10^24", "5e25", "~", "about", "over", "up to", "est.", "1,000,000", "256K", "0", "1/0"),
    *("total parameters", "active", "per token", "context window", "tokens", "on Terminal-Bench 2.1", "MMLU-Pro"),
    *("training cost", "FLOP", "GPU-hours", "per million tokens", "downloads", "H100 chips", "[7]"),
    *("June 12", "Jun 27, 2026", "12 June 2026", "2026-06-24", "June 13–16", "June 13 to 16", "in June", "May"),
    *("the day after", "two weeks after", "the ban", "ordered", "released", "launched", "disable"),
    *('"', "“", "”", "‘", "’", "'", "«", "»", '"safety-first"', "—", "–", "-", ",", ".", ":", ";", "(", ")", "|"),
    *("\n", "\n\n", "\n- ", "\n| Model | Parameters |\n|---|---|\n| GLM-5.2 | 1.2T |\n", "# ", "---\n"),
]
SENTENCES = [
    "GLM-5.2 has 1.2 trillion total parameters and 180B activated per token.",
    "GLM-5.2 scores 86.2% versus GPT-4o's 88.7% on MMLU.",
    "Zhipu reports a training cost of $50M for the model, about 2.1 × 10^24 FLOP.",
    "It costs $0.15 per million tokens, 1/33rd the price of Claude Opus 4.8.",
    "June 12: Commerce ordered Anthropic to disable Fable 5 and Mythos 5 globally.",
    "The day after the ban, Moonshot released Kimi K2.7-Code.",
    '"We built it on domestic chips," Zhipu founder Tang Jie told Reuters. "It is ours."',
    "Kimi K2.7-Code reached 81.0 on Terminal-Bench 2.1, within four points of Claude Opus 4.8's 85.0.",
]
pieces = st.one_of(st.sampled_from(SENTENCES), st.sampled_from(FRAGMENTS), st.text(max_size=8))
texts = st.lists(pieces, max_size=40).map(" ".join)
PROPERTIES = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTIES
@given(text=texts)
def test_generated_text_never_crashes_and_every_record_points_at_its_evidence(extractor, text):
    (result,) = extractor.extract([Article("generated.txt", text)])
    assert result.error is None
    assert_sound(result.claims, text)
    CrossCheck(extractor.rules.conflicts).conflicts(result.claims)  # cross-checking takes any records


@PROPERTIES
@given(documents=st.lists(texts, min_size=1, max_size=4))
def test_output_is_byte_identical_across_runs_and_batchings(extractor, documents):
    articles = [Article(f"{i}.txt", text) for i, text in enumerate(documents)]

    def output(batch_size: int) -> str:
        lines: list[str] = []
        results = extractor.extract(articles, batch_size=batch_size)
        write_records((c for r in results for c in r.claims), "jsonl", Collect(lines))
        return "".join(lines)

    assert output(1) == output(1) == output(32)


class Collect:
    def __init__(self, lines: list[str]):
        self.write = lines.append
