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
        # a plain-text heading too, digit or none: a test it names alone is its section's scores' test
        ("Notes\n\nCorpBench\n\nA hard test.\n\nOrca-3 scored 61%.", ["CorpBench"], ["A hard test"]),
        ("Notes\n\nA hard test, with no figure in it.\n\nOrca-3 scored 61%.", [], ["A hard test"]),
        ("Notes\n\nThe specs of Orca Max:\n\n| Context | 1M |\n|---|---|", ["The specs of Orca Max:"], []),
        # a page's link to another story is blanked: its names are nobody's subject
        (
            "Orca-3 has 40B parameters.\nRelated: Nvidia Ships New Chips for 2027\nMore text.",
            ["Orca-3"],
            ["Nvidia Ships"],
        ),
        ("Notes\n\nThe card lists these for Orca Max:\n\n- MMLU: 80%", ["The card lists"], []),
        ("📚 More on this topic: Orca-2 vs Llama 4\nOrca-3 hits 60.7% on MMLU.", ["Orca-3 hits"], ["Llama 4"]),
        # a web address holds no claim, and its slug would read as a model's name; a link's bracket stays
        ("See https://orca.ai/blog/orca-3-max/ now.\nOrca-3 has 40B parameters.", ["See", "now.", "Orca-3 has"], ["orca-3-max"]),
        ("The card ([Orca-3](www.orca.ai/orca-3)) lists 40B parameters.", ["[Orca-3](", ")) lists 40B"], ["orca.ai"]),
        # a Markdown footnote's mark holds no claim, and would hide the full stop before it
        ("Orca-3 ships with voice.[^1] It has 40B parameters.[^note]", ["voice.", "It has 40B"], ["[^1]", "[^note]"]),
        # a formula's "$" marks from a paper's LaTeX are no dollars: the figure between them is kept, a price is not
        # a formula
        ("Orca-3 is trained on $9.5$T tokens.", ["9.5 T tokens"], ["$"]),
        ("Orca-3 costs $0.10/$0.40 per million tokens.", ["$0.10/$0.40"], []),
        # the paragraphs around a quotation may name its speaker
        ('Notes\n\nJane Roe runs the lab.\n\n"It is fast," she said.', ["Jane Roe runs"], []),
        # and so may a person introduced by a title paragraphs before it; a paragraph naming no one is blanked
        (
            'Notes\n\nJane Roe, chief executive of Orca Labs, disagrees.\n\nThe lab sued.\n\nRoe objects.\n\n"No," she said.',
            ["Jane Roe, chief executive"],
            ["The lab sued"],
        ),
    ],
)
def test_the_sieve_keeps_what_names_a_claims_subject(extractor, text, kept, blanked):
    sieved = extractor.sieve.sieve(text)
    assert len(sieved) == len(text)
    assert all(part in sieved for part in kept)
    assert not any(part in sieved for part in blanked)


WRAPPED = (  # prose wrapped at about 70 characters, several lines breaking mid-sentence
    "Orca-3 review\n"
    "On graduate-level reasoning (GPQA), Orca-3 from the Kestrel lab scores\n"
    "59.4%, a large jump from its predecessor. On undergraduate knowledge\n"
    "(MMLU), it hits 88.7%, while Orca-2 stays at 81.0% on the same broad\n"
    "Test. Input costs $3 per million tokens.\n"
)


def test_hard_wrapped_prose_runs_on_across_its_lines(extractor, extract):
    sieved = extractor.sieve.sieve(WRAPPED)
    assert len(sieved) == len(WRAPPED)
    assert sieved.startswith("Orca-3 review\nOn graduate")  # the headline keeps its break
    assert "scores 59.4%, a large" in sieved and "knowledge (MMLU)" in sieved and "broad Test." in sieved
    records = [
        (c.subject, c.benchmark, c.value, c.source.line, c.text) for c in extract(WRAPPED) if c.kind == "benchmark"
    ]
    assert records == [
        ("Orca-3", "GPQA", 59.4, 3, "59.4%"),
        ("Orca-3", "MMLU", 88.7, 4, "88.7%"),
        ("Orca-2", "MMLU", 81.0, 4, "81.0%"),
    ]


def test_a_long_link_after_hard_wrapped_prose_leaves_it_wrapped_prose(extractor):
    link = "https://example.com/reviews/" + "orca-3-" * 40  # far past any wrapping width, but no prose
    sieved = extractor.sieve.sieve(WRAPPED + "\n" + link + "\n")
    assert "scores 59.4%, a large" in sieved


@pytest.mark.parametrize(
    "text",
    [
        # a line or two breaking mid-sentence is no wrapping
        "Orca-3 has 40B parameters and a context window that holds many pages\nOf text.\n",
        # lists, tables and headings are structure, never wrapped prose
        "Notes\n- Orca-3 has 40 billion parameters in a mixture of sixteen experts\n"
        "- Orca-2 has 30 billion parameters in a mixture of eight small experts\n"
        "- Orca-1 has 20 billion parameters in a mixture of four small experts\n- End\n",
        # a list of facts, one a line, each with room left for the next line's first word: no wrapping
        "Training facts\nOrca-3 (90B parameters) training required 3.1 × 10^24 FLOP\n"
        "Zeta-2 (40B) consumed 2.5 × 10^24 FLOP during its long pre-training run\n"
        "Kestrel-1 (70B) used 1.8 × 10^24 FLOP for training\n"
        "Orca-2 was trained on a dataset of 1.4 trillion tokens\nEnd\n",
        # a flattened table's rows amid prose that runs long on its lines: rows, each its own, no wrapping
        "Cache prices\nProviders now cut the price of a prompt they have seen before, and the cuts have grown "
        "deep enough that a long system prompt read again costs a small part of what it cost at first, which "
        "changes how people build their apps.\n"
        "Orca Labs Yes (Auto) 90% Off (about $0.05/M on Orca-3 Mini) 4,096 tokens\n"
        "Kestrel AI Yes (Manual) 75% Off ($0.50/M instead of $2.00/M) 1,024 tokens\n"
        "Zeta Labs Yes (Manual) 90% Off (about $0.30/M on Zeta-2 Large) 8,192 tokens\n"
        "Vela Cloud Yes (Auto) 50% Off (about $1.10/M on Vela-4 Pro) 2,048 tokens\nEnd\n",
    ],
)
def test_lines_that_are_not_wrapped_prose_keep_their_breaks(extractor, text):
    assert extractor.sieve.sieve(text) == text
