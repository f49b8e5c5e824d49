"""Quotes: quotations something attributes, each with its speaker.

A quotation is a quote when something attributes it:

- a cue right after it: `"...," said Priya Ramdas`, `"...," she said`;
- a name alone after a dash: `"..." — Priya Ramdas, analyst`;
- a cue before it in its sentence: `Kate Koren warned the controls give China "..."`;
- a colon introducing it: `Lizzi Lee ... told the South China Morning Post: "..."`;
- an earlier quote of its sentence: `X said "..." but that "..."`;
- for a quotation that is a sentence of its own, a speaker and cue opening the
  next sentence (`"...." Han said on Monday.`), a person named in the sentence
  before, or a quote just before that it continues.

Short quotations (a few words) need their cue right beside them, and one
preceded by a label word (`the "safety-first" lab`) is a label: scare quotes
and titles are left out rather than guessed at. Each quote's confidence follows
from how its speaker was found (the rule set's `confidence` table).

The parts, one concern each: `patterns` (the rule set's quote words compiled), `cues` (which cue words report
speech), `labels` (labels and titles, nobody's speech), `questions` (a question's asker), `sentence` (attribution
within the quotation's sentence), `around` (the sentences around a quotation of its own, and continuation), `base`
(what they share) and `attribution` (`QuoteExtractor`, built of them all, trying each in turn).
"""

from .attribution import QuoteExtractor

__all__ = ["QuoteExtractor"]
