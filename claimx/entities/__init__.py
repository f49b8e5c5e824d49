"""Names: which model, organisation, chip or benchmark a span names, by one canonical name.

The entity ruler finds the alias table's names (phrases, case-sensitive); the
name patterns, one alternation of regular expressions, find model names the
table has never seen. This package merges both (the longer name wins) and gives each an
`Entity` with its canonical name, so `Zhipu`, `Z.ai` and `Zhipu AI` are one
subject and `GLM 5.2` is `GLM-5.2`.

One module per concern: the `Entity` record (`base`); the name patterns (`patterns`); canonical names, the
alias table's ways of writing them and what a name says of its family and maker (`canonical`); where a mention
begins and ends, and what it is (`bounds`); models named short once named in full (`short_forms`); sizes and the
siblings named by them (`sizes`); aliases the article itself gives (`aliases`); and the `EntityResolver` that
reads the rule set once and puts them together (`resolver`).
"""

from .base import ENTITIES_KEY, Entity, tokens_touched
from .resolver import EntityResolver
from .sizes import ends_in_a_size, has_a_size

__all__ = ["ENTITIES_KEY", "Entity", "EntityResolver", "ends_in_a_size", "has_a_size", "tokens_touched"]
