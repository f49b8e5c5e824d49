"""The sieve: paragraphs that cannot hold a claim are blanked, offsets kept; what names a claim's subject is kept."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, kept, blanked",
    [
        # a paragraph with no figure, date or quotation mark is blanked, character for character
        ("Orca-3 ships\n\nA quiet paragraph about nothing.\n\nIt has 40B parameters.", ["It has 40B"], ["quiet"]),
        # but a heading names its section's model, and a lead-in names its table's
        ("Notes\n\n## Orca Max\n\n- Context: 1M tokens", ["## Orca Max"], []),
        ("Notes\n\nThe specs of Orca Max:\n\n| Context | 1M |\n|---|---|", ["The specs of Orca Max:"], []),
        # a page's link to another story is blanked: its names are nobody's subject
        ("Orca-3 has 40B parameters.\nRelated: Nvidia Ships New Chips for 2027\nMore text.", ["Orca-3"], ["Nvidia Ships"]),
        ("Notes\n\nThe card lists these for Orca Max:\n\n- MMLU: 80%", ["The card lists"], []),
        # the paragraphs around a quotation may name its speaker
        ("Notes\n\nJane Roe runs the lab.\n\n\"It is fast,\" she said.", ["Jane Roe runs"], []),
    ],
)
def test_the_sieve_keeps_what_names_a_claims_subject(extractor, text, kept, blanked):
    sieved = extractor.sieve.sieve(text)
    assert len(sieved) == len(text)
    assert all(part in sieved for part in kept)
    assert not any(part in sieved for part in blanked)
