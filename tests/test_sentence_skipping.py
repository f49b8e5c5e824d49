"""Rule families pass over sentences that hold none of their triggers, and lose no record by it.

The figure rules stop after an article's last figure, the date rules pass over
sentences with no date: such a sentence yields nothing, one with a trigger still
yields its records, and what a trigger-less sentence says the text is about still
reaches the figures after it.
"""

from __future__ import annotations

import datetime

import pytest

from claimx.corpus import Article

PUBLISHED = datetime.date(2026, 5, 1)


def records(extractor, text: str) -> list[tuple]:
    (result,) = extractor.extract([Article("test.txt", text, PUBLISHED)])
    assert result.error is None, result.error
    return [
        (c.kind, getattr(c, "subject", None) or getattr(c, "speaker", None), getattr(c, "date", None))
        for c in result.claims
    ]


CASES = [
    # no figure, date or quotation mark anywhere: no record
    ("GLM-5.2 is new. Its makers are proud of it, they say.", []),
    # a trigger in one sentence: its record, and none from the sentences around it
    (
        "Engineers praised GLM-5.2. It has 1.3 trillion parameters. Nobody expected it.",
        [("parameter_count", "GLM-5.2", None)],
    ),
    (
        "Engineers praised GLM-5.2. Zhipu released GLM-5.2 on March 3, 2026. Nobody expected it.",
        [("event", None, "2026-03-03")],
    ),
    (
        'Zhipu released GLM-5.2. "It is the best model we have built," said Li Wen, its chief scientist. Nobody cared.',
        [("quote", "Li Wen", None)],
    ),
    # the subject named two trigger-less sentences before the figure
    (
        "Zhipu released GLM-5.2 this spring. Engineers praised its design. The model has 1.3 trillion parameters.",
        [("parameter_count", "GLM-5.2", None)],
    ),
    # the focus moved by a trigger-less sentence: the later model is the one meant
    (
        "Zhipu released GLM-5.2 first. Moonshot released Kimi K2.7-Code later. The model has 1 trillion parameters.",
        [("parameter_count", "Kimi K2.7 Code", None)],
    ),
    # and taken by a trigger-less sentence about a model the rules cannot name: nobody we know
    ("Zhipu released GLM-5.2. Snowflake released Arctic. The model has 480 billion parameters.", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_sentences_without_a_trigger_yield_nothing_and_still_carry_what_the_text_is_about(extractor, text, expected):
    assert records(extractor, text) == expected
