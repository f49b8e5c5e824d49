"""Cross-checking: claims about the same thing that cannot both be true.

Claims are compared only within one key: the canonical subject and kind, and
the attribute, the benchmark with its version, or the parameter scope. Each
claim's figure becomes an interval (the precision it was written with,
widened by its qualifier; `256K` tokens also admits 262,144), claims stating
the same interval are one *position*, and two positions of a key whose
intervals do not meet are a conflict. Grouping is by dictionary and positions
per key are few, so the work grows with the number of claims, not its square.

One module per concern: `positions` (intervals and which disagree),
`figures`, `derived` (a ratio or difference stated in words, against the
figures it compares and other articles' ratios), `events` (the same event
dated differently) and `quotes` (the same words from different speakers, or
one speaker's quote worded materially differently); `confidence` says how sure
a conflict is (as sure as its weaker side's attribution) and why, `names` which
models stand for each other (a family and its variants), `base` builds the
conflict record; `checker` runs them all, and `partitions` runs it on a corpus
larger than memory, one group of connected keys at a time.
"""

from .checker import CrossCheck

__all__ = ["CrossCheck"]
