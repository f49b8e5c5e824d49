"""The name patterns: model names the alias table has never seen, found by the rule files' regular expressions.
Tried only where a name may start, each on a window no longer than a name, and most places only with the
patterns that can begin there: a rule file's pattern costs the names it is tried on, not a pass over the text."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..literals import alternation
from ..prefixes import Alternation
from ..ruleset import RuleSet

NAME_WINDOW = 80  # characters: longer than any model's or benchmark's name
LEAD_CHARS = 3  # characters of a name pattern's leading word list looked at before it is tried: 'Dee' of DeepSeek
WORD_CHAR = re.compile(r"\w")


class NamePatterns:
    """The name patterns, tried where a name may start. Most such places ('The', 'AI', 'This') begin no word of the
    lists most patterns are led by (a family, a tier, a chip's brand): there only the patterns that can begin with
    any capital are tried, compiled apart, a regex of half the branches. The same names are found: a pattern is led
    only where every match of it begins with one of its leads, so where none stands it cannot match, and the
    others keep their order."""

    def __init__(self, rules: RuleSet):
        # parsed once, both regexes compiled from the tree; the rule set's patterns have been checked as it was made
        branches = Alternation(rules.name_pattern())
        self.every = branches.compiled()
        self.labels = [p.label for p in rules.name_patterns]  # by group: p0, p1, ...
        prefixes = branches.prefixes(LEAD_CHARS)
        if len(prefixes) != len(self.labels):  # not the alternation name_pattern writes: every pattern tried everywhere
            prefixes = []
        led = [bool(found) and all(text for text, _ in found) for found in prefixes]
        self.unled = branches.only([not is_led for is_led in led]) if any(led) else self.every
        leads = [found for found, is_led in zip(prefixes, led, strict=True) if is_led]
        exact = alternation(text for found in leads for text, ignore_case in found if not ignore_case) or "(?!)"
        any_case = alternation(text for found in leads for text, ignore_case in found if ignore_case) or "(?!)"
        self.lead = re.compile(rf"{exact}|(?i:{any_case})")

    def matches(self, text: str, starts: Iterable[int]) -> Iterator[tuple[re.Match, str]]:
        """The patterns' matches at `starts` (ascending), with their labels, each tried on at most `NAME_WINDOW`
        characters: a rule file's regex that backtracks badly costs the names it is tried on, never a pass over
        the whole text."""
        end = 0
        for at in starts:
            if at < end:
                continue
            regex = self.every if self.lead.match(text, at) else self.unled
            match = regex.match(text, at, at + NAME_WINDOW)
            if match is None or (match.end() == at + NAME_WINDOW and WORD_CHAR.match(text, match.end())):
                continue  # no name, or one the window cut short
            end = match.end()
            yield match, self.labels[int(match.lastgroup[1:])]
