"""What kind of claim a figure makes: the first number-claim rule whose unit, value range and cues fit.

A figure listed beside a claimed one (`$0.30 per million tokens, against $5.00 for
GPT-4o`, `117 billion and 21 billion parameters`) shares its kind. A score takes the
benchmark named right after it (`89.0% on DROP`), else the nearest one in its
sentence; and says how it was obtained where the text does (`3-shot`, `no tools`).

`FigureKinds` (`rules`: the rule a figure fits) is made of one part per concern:
`coordinated` (a figure coordinated with a claimed one shares its kind), `scores`
(whether a figure is written as a score), `benchmarks` (the test a score is on),
`unknown_tests` (a test the rules know no name for, or one described in words),
`setups` (how a score was obtained) and `details` (which tokens a price is for, the
chip a count is of, a hedge). `keys` (a benchmark named before its score's colon),
`changes` (a figure that is the value before a change) and `base` (what several
parts share) hold what the parts ask of the text.
"""

from ...spans import slash_pair_place
from .changes import opens_a_bracketed_change, stated_change, value_before_a_change
from .rules import FigureKinds

__all__ = ["FigureKinds", "opens_a_bracketed_change", "slash_pair_place", "stated_change", "value_before_a_change"]
